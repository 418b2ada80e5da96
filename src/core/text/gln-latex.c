/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-latex"

#include "config.h"

#include "gln-latex.h"

#include "gln-latex-private.h"

#include <string.h>

/* The renderer walks the text once, recursing into {groups}, math and macro arguments
 * over ranges whose ends are known in advance (braces are matched before rendering), so it
 * never reads past a range and an unclosed brace or "$" only loses its own character. It
 * writes plain text and Pango markup side by side; styles open and close as whole
 * <b>/<i> tags, so the markup is always well nested. Decoding a .bib field takes the same
 * walk (doc->mode): it only skips the guesses made for half-LaTeX abstracts and keeps
 * math and unknown commands as written. */

const char *
_gln_latex_skip_spaces (const char *p,
                        const char *end)
{
  while (p < end && (*p == ' ' || *p == '\t'))
    p++;

  return p;
}

/* p + n, without forming a pointer past end. */
const char *
_gln_latex_limit (const char *p,
                  const char *end,
                  gsize       n)
{
  return (gsize) (end - p) > n ? p + n : end;
}

gunichar
_gln_latex_prev_char (Doc        *doc,
                      const char *p)
{
  const char *q;

  if (p <= doc->start)
    return 0;
  q = g_utf8_find_prev_char (doc->start, p);

  return q != NULL ? g_utf8_get_char (q) : 0;
}

const char *
_gln_latex_next_char (const char *p,
                      const char *end)
{
  const char *q = g_utf8_next_char (p);

  return q > end ? end : q;
}

static void
append_escaped (GString    *markup,
                const char *s,
                gsize       len)
{
  for (gsize i = 0; i < len; i++)
    {
      guchar c = s[i];

      switch (c)
        {
        case '&': g_string_append (markup, "&amp;"); break;
        case '<': g_string_append (markup, "&lt;"); break;
        case '>': g_string_append (markup, "&gt;"); break;
        case '\'': g_string_append (markup, "&#39;"); break;
        case '"': g_string_append (markup, "&quot;"); break;
        default:
          if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r')
            g_string_append_c (markup, c);
          break;
        }
    }
}

static void
out_sync (Out   *out,
          guint  style)
{
  if (out->markup == NULL || out->markup_style == style)
    return;

  if (out->markup_style & STYLE_ITALIC)
    g_string_append (out->markup, "</i>");
  if (out->markup_style & STYLE_BOLD)
    g_string_append (out->markup, "</b>");
  if (style & STYLE_BOLD)
    g_string_append (out->markup, "<b>");
  if (style & STYLE_ITALIC)
    g_string_append (out->markup, "<i>");
  out->markup_style = style;
}

void
_gln_latex_emit_len (Out        *out,
                     guint       style,
                     const char *s,
                     gssize      len)
{
  if (len < 0)
    len = strlen (s);
  if (len == 0)
    return;

  /* "{\MF} book" kept as LaTeX is "\MF{} book", not "\MF book", which TeX reads as "MFbook". */
  if (out->open_name)
    {
      out->open_name = FALSE;
      if (is_alpha (s[0]) || is_space (s[0]))
        g_string_append (out->text, "{}");
    }

  /* Control characters are noise in an abstract and invalid in markup. */
  for (gssize i = 0; i < len; i++)
    {
      guchar c = s[i];

      if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r')
        g_string_append_c (out->text, c);
    }

  if (out->markup != NULL)
    {
      out_sync (out, style);
      append_escaped (out->markup, s, len);
    }
}

void
_gln_latex_emit (Out        *out,
                 guint       style,
                 const char *s)
{
  _gln_latex_emit_len (out, style, s, -1);
}

void
_gln_latex_emit_unichar (Out      *out,
                         guint     style,
                         gunichar  c)
{
  char buf[8];
  int n = g_unichar_to_utf8 (c, buf);

  _gln_latex_emit_len (out, style, buf, n);
}

/* Renders a range into a fresh plain-text buffer (for scripts, fonts and accents). */
char *
_gln_latex_render_plain (Doc        *doc,
                         const char *p,
                         const char *end,
                         gboolean    math)
{
  Out sub = { g_string_new (NULL), NULL, 0 };

  _gln_latex_render_inner (doc, &sub, p, end, 0, math);

  return g_string_free (sub.text, FALSE);
}

const char *
_gln_latex_group_end (Doc        *doc,
                      const char *p,
                      const char *end)
{
  gint32 m;

  g_assert (*p == '{');
  m = doc->match[p - doc->start];
  if (m < 0 || doc->start + m >= end)
    return NULL;

  return doc->start + m;
}

static gboolean
map_script (const char *s,
            gboolean    sup,
            GString    *dest)
{
  for (const char *q = s; *q != '\0'; q = g_utf8_next_char (q))
    {
      gunichar mapped = _gln_latex_script_char (g_utf8_get_char (q), sup);

      if (mapped == 0)
        return FALSE;
      g_string_append_unichar (dest, mapped);
    }

  return TRUE;
}

static void
emit_script (Out        *out,
             guint       style,
             const char *content,
             gboolean    sup)
{
  g_autoptr(GString) mapped = g_string_new (NULL);

  if (content[0] == '\0')
    return;

  if (map_script (content, sup, mapped))
    {
      _gln_latex_emit_len (out, style, mapped->str, mapped->len);
      return;
    }

  g_string_append_c (out->text, sup ? '^' : '_');
  if (g_utf8_strlen (content, -1) == 1)
    g_string_append (out->text, content);
  else
    g_string_append_printf (out->text, "(%s)", content);

  if (out->markup != NULL)
    {
      out_sync (out, style);
      g_string_append (out->markup, sup ? "<sup>" : "<sub>");
      append_escaped (out->markup, content, strlen (content));
      g_string_append (out->markup, sup ? "</sup>" : "</sub>");
    }
}

/* Where the argument of a ^ or _ is, and what follows it. */
typedef struct
{
  const char *start;
  const char *end;
  const char *next;
  const char *glued;      /* a stripped symbol glued to the subscript, or NULL */
} ScriptArg;

/* Past an optional sign and at least one digit, or NULL. */
static const char *
skip_signed_digits (const char *p,
                    const char *end)
{
  if (p < end && (*p == '-' || *p == '+'))
    p++;
  if (p >= end || !g_ascii_isdigit (*p))
    return NULL;
  while (p < end && g_ascii_isdigit (*p))
    p++;

  return p;
}

/* "q^{+}": a group counts only when glued to what comes before it. */
static gboolean
find_group_script (Doc        *doc,
                   const char *p,
                   const char *end,
                   ScriptArg  *arg)
{
  gunichar before = _gln_latex_prev_char (doc, p);

  if (before == 0 || g_unichar_isspace (before))
    return FALSE;
  arg->start = p + 2;
  arg->end = _gln_latex_group_end (doc, p + 1, end);
  arg->next = arg->end + 1;

  return TRUE;
}

/* "10^(-7)" */
static gboolean
find_paren_script (const char *q,
                   const char *end,
                   ScriptArg  *arg)
{
  const char *r = skip_signed_digits (q + 1, end);

  if (r == NULL || r >= end || *r != ')')
    return FALSE;
  arg->start = q + 1;
  arg->end = r;
  arg->next = r + 1;

  return TRUE;
}

/* Bare digits only: "GeV^2", "10^-1". */
static gboolean
find_digits_script (const char *q,
                    const char *end,
                    ScriptArg  *arg)
{
  const char *r = skip_signed_digits (q, end);

  if (r == NULL)
    return FALSE;
  arg->start = q;
  arg->end = arg->next = r;

  return TRUE;
}

/* "z_j", "max_k": a single character after a one-letter base or an operator. */
static gboolean
find_bare_subscript (Doc        *doc,
                     const char *p,
                     const char *end,
                     ScriptArg  *arg)
{
  const char *q = p + 1;
  const char *base = p;
  const char *r;
  gunichar before;

  if (q >= end || !g_ascii_isalnum (*q))
    return FALSE;
  r = q + 1;
  while (base > doc->start && is_alpha (base[-1]))
    base--;
  if (base == p)
    {
      const char *prev = g_utf8_find_prev_char (doc->start, p);

      if (prev == NULL || !g_unichar_isalpha (g_utf8_get_char (prev)))
        return FALSE;
      base = prev;
    }
  before = _gln_latex_prev_char (doc, base);
  if (g_unichar_isalpha (before))
    return FALSE;
  if (!(g_utf8_strlen (base, p - base) == 1 || _gln_latex_is_script_base (base, p - base)))
    return FALSE;
  arg->start = q;
  arg->end = arg->next = r;
  if (r < end && g_ascii_isalnum (*r))
    {
      /* "z_kcdot v": the stripped "\cdot" is glued to the subscript. */
      const char *w = r;

      while (w < end && is_alpha (*w))
        w++;
      if (!_gln_latex_is_remains_word (r, w - r))
        return FALSE;
      arg->glued = _gln_latex_remains_text (r, w - r);
      arg->next = w;
    }

  return TRUE;
}

/* Outside math a ^ or _ is a script only where a stripped formula surely meant one. */
static gboolean
find_text_script (Doc        *doc,
                  const char *p,
                  const char *end,
                  ScriptArg  *arg)
{
  const char *q = p + 1;
  gboolean sup = *p == '^';

  if (q < end && *q == '{' && _gln_latex_group_end (doc, q, end) != NULL)
    return find_group_script (doc, p, end, arg);
  if (sup && q + 2 < end && *q == '(')
    return find_paren_script (q, end, arg);
  if (sup)
    return find_digits_script (q, end, arg);

  return find_bare_subscript (doc, p, end, arg);
}

/* Handles ^ and _; returns NULL when the character is to be shown as itself. */
static const char *
render_script (Doc        *doc,
               Out        *out,
               const char *p,
               const char *end,
               guint       style,
               gboolean    math)
{
  ScriptArg arg = { NULL, NULL, NULL, NULL };
  g_autofree char *content = NULL;

  if (doc->depth >= GLN_LATEX_MAX_DEPTH)
    return NULL;

  if (math ? !_gln_latex_get_arg (doc, p + 1, end, &arg.start, &arg.end, &arg.next)
           : !find_text_script (doc, p, end, &arg))
    return NULL;

  content = _gln_latex_render_plain (doc, arg.start, arg.end, TRUE);
  emit_script (out, style, content, *p == '^');
  if (arg.glued != NULL)
    _gln_latex_emit (out, style, arg.glued);

  return arg.next;
}

static gboolean
is_url_start (const char *p,
              const char *end)
{
  gsize n = end - p;

  return (n > 8 && g_ascii_strncasecmp (p, "https://", 8) == 0) ||
         (n > 7 && g_ascii_strncasecmp (p, "http://", 7) == 0) ||
         (n > 4 && g_ascii_strncasecmp (p, "www.", 4) == 0);
}

static const char *
render_url (Out        *out,
            const char *p,
            const char *end,
            guint       style)
{
  while (p < end && !is_space (*p) && strchr ("{}<>\"$", *p) == NULL)
    {
      if (*p == '\\')
        {
          if (p + 1 < end && strchr ("_%#&~/", p[1]) != NULL)
            p++;
          else
            break;
        }
      _gln_latex_emit_len (out, style, p, 1);
      p++;
    }

  return p;
}

/* A run of ASCII letters in text mode: URLs and the remains of stripped LaTeX. */
static const char *
render_word (Doc        *doc,
             Out        *out,
             const char *p,
             const char *end,
             guint       style)
{
  static const char * const font_words[] = { "mathbb", "mathcal", "mathfrak", "mathscr" };
  static const char * const style_words[] = { "mathrm", "mathbf", "textbf", "textit", "emph",
                                              "operatorname", "boldsymbol" };
  const char *w = p;
  gsize n;
  gunichar before = _gln_latex_prev_char (doc, p);
  char after;

  if (!g_unichar_isalnum (before) && is_url_start (p, end))
    return render_url (out, p, end, style);

  while (w < end && is_alpha (*w))
    w++;
  n = w - p;
  after = w < end ? *w : '\0';

  if (g_unichar_isalpha (before))
    {
      /* The tail of a word that began with other letters ("Ł" + "ojasiewicz"). */
      _gln_latex_emit_len (out, style, p, n);
      return w;
    }

  if (_gln_latex_word_in (p, n, font_words, G_N_ELEMENTS (font_words)) ||
      _gln_latex_word_in (p, n, style_words, G_N_ELEMENTS (style_words)))
    {
      const char *a0 = NULL, *a1 = NULL, *next = NULL;

      if (after == '{' && _gln_latex_group_end (doc, w, end) != NULL)
        {
          a0 = w + 1;
          a1 = _gln_latex_group_end (doc, w, end);
          next = a1 + 1;
        }
      else if (after == ' ' && w + 1 < end && is_alpha (w[1]) &&
               (w + 2 >= end || !g_ascii_isalnum (w[2])))
        {
          a0 = w + 1;
          a1 = next = w + 2;
        }

      if (a0 != NULL && doc->depth < GLN_LATEX_MAX_DEPTH)
        {
          g_autofree char *content = _gln_latex_render_plain (doc, a0, a1, TRUE);
          const char *macro = p;
          const Macro *m = _gln_latex_lookup_macro (macro, n);

          if (m != NULL && m->kind == KIND_FONT)
            _gln_latex_emit_font (out, style, m->value, content);
          else if (m != NULL && m->kind == KIND_STYLE && m->value != 0)
            _gln_latex_render_inner (doc, out, a0, a1, style | m->value, TRUE);
          else
            _gln_latex_emit (out, style, content);
          return next;
        }
    }

  if (!is_alpha (after) && _gln_latex_is_remains_word (p, n))
    {
      _gln_latex_emit (out, style, _gln_latex_remains_text (p, n));
      return w;
    }

  /* "sum_j" is a stripped "\sum_j"; "max_k" keeps its name. */
  if (((n == 3 && memcmp (p, "sum", 3) == 0) || (n == 4 && memcmp (p, "prod", 4) == 0)) &&
      (after == '_' || after == '^'))
    {
      _gln_latex_emit (out, style, _gln_latex_remains_text (p, n));
      return w;
    }

  if ((n == 5 && memcmp (p, "times", 5) == 0 && g_unichar_isdigit (before)) ||
      (n == 3 && memcmp (p, "sim", 3) == 0 && g_ascii_isdigit (after)))
    {
      _gln_latex_emit (out, style, n == 5 ? "×" : "~");
      return w;
    }

  if (_gln_latex_is_remains_greek (p, n) &&
      ((before != 0 && strchr ("/=^_*", (int) before) != NULL) || g_unichar_isdigit (before) ||
       (after != '\0' && strchr ("^_=/", after) != NULL)))
    {
      _gln_latex_emit (out, style, _gln_latex_remains_text (p, n));
      return w;
    }

  _gln_latex_emit_len (out, style, p, n);
  return w;
}

/* A {group} in text mode whose content is a stripped symbol: "D{to}infty", "10{,}000". */
static const char *
render_remains_group (Doc        *doc,
                      Out        *out,
                      const char *p,
                      const char *close,
                      const char *end,
                      guint       style)
{
  const char *content = p + 1;
  gsize n = close - content;

  if (n == 1 && *content == ',' && g_unichar_isdigit (_gln_latex_prev_char (doc, p)))
    {
      const char *q = _gln_latex_skip_spaces (close + 1, end);

      _gln_latex_emit (out, style, ",");
      return q < end && g_ascii_isdigit (*q) ? q : close + 1;
    }

  /* In braces, any symbol name is a stripped macro: "64{times}64", "D{to}infty". */
  if (n >= 2 && _gln_latex_remains_text (content, n) != NULL &&
      !(n == 2 && memcmp (content, "in", 2) == 0))
    {
      for (gsize i = 0; i < n; i++)
        if (!is_alpha (content[i]))
          return NULL;
      _gln_latex_emit (out, style, _gln_latex_remains_text (content, n));
      return close + 1;
    }

  return NULL;
}

static const char *
strpbrk_len (const char *p,
             const char *end,
             const char *accept)
{
  for (; p < end; p++)
    if (strchr (accept, *p) != NULL)
      return p;

  return NULL;
}

static const char *
find_math_close (const char *p,
                 const char *end)
{
  const char *stop = _gln_latex_limit (p, end, GLN_LATEX_MAX_MATH_SPAN);

  /* Pandoc's rule: "$" opens only before a non-space and closes only after a non-space,
   * not followed by a digit, so "$5 and $10" stay prices. Unlike pandoc, the first "$"
   * decides: a price never swallows the text up to some later formula. */
  if (p + 1 >= end || is_space (p[1]) || p[1] == '$')
    return NULL;

  for (const char *q = p + 1; q < stop; q++)
    {
      if (*q == '\\')
        {
          q++;
          continue;
        }
      if (*q == '\n' && q + 1 < stop && q[1] == '\n')
        return NULL;
      /* A digit may follow only what is surely math: "$\sim$10%" but not "$5/$10". */
      if (*q == '$')
        return !is_space (q[-1]) &&
               (!(q + 1 < end && g_ascii_isdigit (q[1])) || strpbrk_len (p + 1, q, "\\^_{") != NULL)
               ? q : NULL;
    }

  return NULL;
}

/* Renders a range one level deeper: a group, an argument or a formula. */
void
_gln_latex_render_inner (Doc        *doc,
                         Out        *out,
                         const char *p,
                         const char *end,
                         guint       style,
                         gboolean    math)
{
  doc->depth++;
  _gln_latex_render (doc, out, p, end, style, math);
  doc->depth--;
}

static const char *
render_group (Doc        *doc,
              Out        *out,
              const char *p,
              const char *end,
              guint       style,
              gboolean    math)
{
  const char *close = _gln_latex_group_end (doc, p, end);
  const char *next;

  if (close == NULL || doc->depth >= GLN_LATEX_MAX_DEPTH)
    return p + 1;
  if (!math && doc->mode == GLN_LATEX_MODE_RENDER &&
      (next = render_remains_group (doc, out, p, close, end, style)) != NULL)
    return next;
  _gln_latex_render_inner (doc, out, p + 1, close, style, math);

  return close + 1;
}

/* Renders the formula from p to the closer; returns what follows the closer, or NULL when
 * the formula does not close within the span one may take. */
const char *
_gln_latex_render_math_to (Doc        *doc,
                           Out        *out,
                           const char *p,
                           const char *end,
                           const char *closer,
                           guint       style)
{
  const char *stop = _gln_latex_limit (p, end, GLN_LATEX_MAX_MATH_SPAN);
  const char *close;

  if (doc->depth >= GLN_LATEX_MAX_DEPTH ||
      (close = _gln_latex_find_string (p, stop, closer)) == NULL)
    return NULL;
  _gln_latex_render_inner (doc, out, p, close, style, TRUE);

  return close + strlen (closer);
}

/* "$x$" and "$$x$$" in text; NULL when the dollar is only a dollar. */
static const char *
render_dollar (Doc        *doc,
               Out        *out,
               const char *p,
               const char *end,
               guint       style)
{
  const char *close;

  /* A field keeps its math as LaTeX: that is how titles carry it. */
  if (doc->mode != GLN_LATEX_MODE_RENDER)
    {
      if ((close = gln_latex_find_math_end (p, end)) == NULL)
        return NULL;
      _gln_latex_emit_len (out, style, p, close - p);
      return close;
    }

  if (p + 1 < end && p[1] == '$')
    {
      /* "$$$$" is no formula. */
      if (p + 3 < end && p[2] == '$' && p[3] == '$')
        return NULL;
      return _gln_latex_render_math_to (doc, out, p + 2, end, "$$", style);
    }

  if (doc->depth >= GLN_LATEX_MAX_DEPTH || (close = find_math_close (p, end)) == NULL)
    return NULL;
  _gln_latex_render_inner (doc, out, p + 1, close, style, TRUE);

  return close + 1;
}

/* Abstracts are not all LaTeX: "--option" is an option and "~10%" means about, while a tie
 * sits between two words ("AIME~2025", "Fig.~3"). In math only the tie is a ligature. */
static gboolean
is_ligature_meant (Doc        *doc,
                   const char *p,
                   const char *end,
                   gsize       len,
                   gboolean    math)
{
  gunichar before = _gln_latex_prev_char (doc, p);

  if (doc->mode != GLN_LATEX_MODE_RENDER)
    return TRUE;
  if (*p == '~')
    return (g_unichar_isalnum (before) || before == '.' || before == ')') &&
           p + 1 < end && !is_space (p[1]);
  if (math)
    return FALSE;
  if (*p == '-' && len == 2)
    return !((before == 0 || g_unichar_isspace (before)) && p + 2 < end && is_alpha (p[2]));

  return TRUE;
}

static const char *
render_ligature (Doc        *doc,
                 Out        *out,
                 const char *p,
                 const char *end,
                 guint       style,
                 gboolean    math)
{
  gsize len = 0;
  const char *text = _gln_latex_match_ligature (p, end, &len);

  if (text == NULL || !is_ligature_meant (doc, p, end, len, math))
    return NULL;
  _gln_latex_emit (out, style, text);

  return p + len;
}

/* In math a hyphen is a minus and ' a prime. */
static const char *
render_math_sign (Out        *out,
                  const char *p,
                  const char *end,
                  guint       style)
{
  gboolean dbl = *p == '\'' && p + 1 < end && p[1] == '\'';

  if (*p == '-')
    _gln_latex_emit (out, style, "−");
  else
    _gln_latex_emit (out, style, dbl ? "″" : "′");

  return p + (dbl ? 2 : 1);
}

/* TeX ignores spaces in math; keep them except before a script. */
static const char *
skip_math_space (const char *p,
                 const char *end)
{
  const char *q = p;

  while (q < end && is_space (*q))
    q++;

  return q < end && (*q == '^' || *q == '_') ? q : NULL;
}

void
_gln_latex_render (Doc        *doc,
                   Out        *out,
                   const char *p,
                   const char *end,
                   guint       style,
                   gboolean    math)
{
  gboolean guess = doc->mode == GLN_LATEX_MODE_RENDER;

  while (p < end)
    {
      const char *next = NULL;

      switch (*p)
        {
        case '\\':
          next = _gln_latex_render_macro (doc, out, p, end, &style, math);
          break;
        case '{':
          next = render_group (doc, out, p, end, style, math);
          break;
        case '}':
          next = p + 1;
          break;
        case '$':
          if (!math)
            next = render_dollar (doc, out, p, end, style);
          break;
        case '^':
        case '_':
          if (guess)
            next = render_script (doc, out, p, end, style, math);
          break;
        case '-':
        case '\'':
          next = math ? render_math_sign (out, p, end, style)
                      : render_ligature (doc, out, p, end, style, math);
          break;
        case '`':
        case '!':
        case '?':
        case '~':
          next = render_ligature (doc, out, p, end, style, math);
          break;
        case '&':
          if (math)
            next = p + 1;
          break;
        case ' ':
        case '\t':
        case '\n':
          if (math)
            next = skip_math_space (p, end);
          break;
        default:
          if (!math && guess && is_alpha (*p))
            next = render_word (doc, out, p, end, style);
          break;
        }

      if (next == NULL)
        {
          /* An ordinary character, shown as itself. */
          next = _gln_latex_next_char (p, end);
          _gln_latex_emit_len (out, style, p, next - p);
        }
      p = next;
    }
}

/* For each '{' of text, the offset of its '}', or -1 when it has none. Matching them all
 * first lets every step know where a group ends without reading past it. */
static gint32 *
match_braces (const char *text,
              gsize       len)
{
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (gint32));
  gint32 *match = g_new (gint32, len + 1);

  for (gsize i = 0; i < len; i++)
    {
      match[i] = -1;
      if (text[i] == '\\' && i + 1 < len)
        {
          match[++i] = -1;
        }
      else if (text[i] == '{')
        {
          gint32 open = i;

          g_array_append_val (stack, open);
        }
      else if (text[i] == '}' && stack->len > 0)
        {
          gint32 open = g_array_index (stack, gint32, stack->len - 1);

          match[open] = i;
          g_array_set_size (stack, stack->len - 1);
        }
    }

  return match;
}

static char *
convert (const char   *input,
         GlnLatexMode  mode,
         gboolean      markup)
{
  g_autofree char *valid = NULL;
  g_autofree gint32 *match = NULL;
  Out out = { NULL, NULL, 0 };
  Doc doc;
  gsize len;

  if (input == NULL)
    return g_strdup ("");

  valid = g_utf8_make_valid (input, -1);
  len = strlen (valid);
  g_return_val_if_fail (len < G_MAXINT32, g_strdup (""));

  match = match_braces (valid, len);
  doc = (Doc) { valid, valid + len, match, 0, mode };
  out.text = g_string_sized_new (len);
  if (markup)
    out.markup = g_string_sized_new (len + 16);

  if (mode == GLN_LATEX_MODE_FOLD)
    _gln_latex_fold (&doc, &out, valid, valid + len);
  else
    _gln_latex_render (&doc, &out, valid, valid + len, 0, FALSE);

  if (markup)
    {
      out_sync (&out, 0);
      g_string_free (out.text, TRUE);
      return g_string_free (out.markup, FALSE);
    }
  if (mode != GLN_LATEX_MODE_RENDER)
    return _gln_latex_collapse_space (out.text);

  return g_string_free (out.text, FALSE);
}

/**
 * gln_latex_to_text:
 * @input: (nullable): text that may contain LaTeX, as arXiv abstracts and titles do
 *
 * Renders @input as readable Unicode: `$\Theta(T)$` becomes "Θ(T)", `Schr\"odinger`
 * becomes "Schrödinger", `\textbf{x}` becomes "x". Unknown macros keep their argument,
 * unbalanced braces and dollars are shown or dropped without losing the text after
 * them, and invalid UTF-8 is repaired first.
 *
 * Returns: (transfer full): the readable text
 */
char *
gln_latex_to_text (const char *input)
{
  return convert (input, GLN_LATEX_MODE_RENDER, FALSE);
}

/**
 * gln_latex_to_markup:
 * @input: (nullable): text that may contain LaTeX
 *
 * Like gln_latex_to_text(), but returns Pango markup: `\textbf` becomes `<b>`,
 * `\emph` and `\textit` become `<i>`, scripts without a Unicode form become `<sup>` or
 * `<sub>`, and everything else is escaped, so the result always parses.
 *
 * Returns: (transfer full): Pango markup
 */
char *
gln_latex_to_markup (const char *input)
{
  return convert (input, GLN_LATEX_MODE_RENDER, TRUE);
}

/**
 * gln_latex_decode:
 * @latex: (nullable): LaTeX, such as the value of a .bib field
 * @mode: how much of it to turn into Unicode
 *
 * Decodes @latex with the same table as gln_latex_to_text(). %GLN_LATEX_MODE_DECODE gives
 * the text a .bib field means: `{\"o}`, `\"{o}` and `\"o` all become "ö", `--` becomes
 * "–", escapes and grouping braces go, while `$x^2$` and unknown commands such as
 * `\cite{knuth}` stay as written. %GLN_LATEX_MODE_FOLD only turns what spells one
 * character into Unicode and keeps everything else, braces included. Both collapse
 * white space.
 *
 * Returns: (transfer full): the decoded text
 */
char *
gln_latex_decode (const char   *latex,
                  GlnLatexMode  mode)
{
  return convert (latex, mode, FALSE);
}
