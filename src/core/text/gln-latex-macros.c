/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-latex"

#include "config.h"

#include "gln-latex-private.h"

#include <string.h>

/* Control sequences: arguments, accents, fonts, fractions, roots, links and the fallback
 * for macros we do not know. */

/* One argument: a {group}, a control sequence or one character. */
gboolean
_gln_latex_get_arg (Doc         *doc,
                    const char  *p,
                    const char  *end,
                    const char **arg_start,
                    const char **arg_end,
                    const char **next)
{
  while (p < end && is_space (*p))
    p++;
  if (p >= end || *p == '}')
    return FALSE;

  if (*p == '{')
    {
      const char *close = _gln_latex_group_end (doc, p, end);

      if (close == NULL)
        return FALSE;
      *arg_start = p + 1;
      *arg_end = close;
      *next = close + 1;
      return TRUE;
    }

  *arg_start = p;
  if (*p == '\\' && p + 1 < end)
    {
      p++;
      if (is_alpha (*p))
        while (p < end && is_alpha (*p))
          p++;
      else
        p = _gln_latex_next_char (p, end);
    }
  else
    p = _gln_latex_next_char (p, end);
  *arg_end = p;
  *next = p;

  return TRUE;
}

static gboolean
needs_parens (const char *s)
{
  if (g_utf8_strlen (s, -1) <= 1)
    return FALSE;

  for (const char *q = s; *q != '\0'; q = g_utf8_next_char (q))
    {
      gunichar c = g_utf8_get_char (q);

      if (!g_unichar_isalnum (c) && c != '.' && c != 0x2032)
        return TRUE;
    }

  return FALSE;
}

void
_gln_latex_emit_font (Out        *out,
                      guint       style,
                      Font        font,
                      const char *content)
{
  for (const char *q = content; *q != '\0'; q = g_utf8_next_char (q))
    _gln_latex_emit_unichar (out, style, _gln_latex_map_font (font, g_utf8_get_char (q)));
}

static void
emit_accented (Out        *out,
               guint       style,
               const char *base,
               const char *mark)
{
  g_autoptr(GString) s = g_string_new (NULL);
  g_autofree char *composed = NULL;
  const char *rest;

  if (base[0] == '\0')
    {
      _gln_latex_emit (out, style, mark);
      return;
    }
  if (g_utf8_strlen (base, -1) > 1 && mark[0] != '\0' && (guchar) mark[0] != 0xcc)
    {
      _gln_latex_emit (out, style, base);
      return;
    }

  /* A dotless i or j under an accent is the ordinary letter. */
  rest = g_utf8_next_char (base);
  if (strncmp (base, "ı", rest - base) == 0)
    g_string_append_c (s, 'i');
  else if (strncmp (base, "ȷ", rest - base) == 0)
    g_string_append_c (s, 'j');
  else
    g_string_append_len (s, base, rest - base);
  g_string_append (s, mark);
  g_string_append (s, rest);

  composed = g_utf8_normalize (s->str, s->len, G_NORMALIZE_NFC);
  _gln_latex_emit (out, style, composed != NULL ? composed : s->str);
}


static const char *
render_accent (Doc        *doc,
               Out        *out,
               const char *p,
               const char *end,
               guint       style,
               gboolean    math,
               const char *mark)
{
  const char *arg_start, *arg_end, *next;
  g_autofree char *base = NULL;

  if (!_gln_latex_get_arg (doc, p, end, &arg_start, &arg_end, &next))
    return p;
  base = _gln_latex_render_plain (doc, arg_start, arg_end, math);
  emit_accented (out, style, base, mark);

  return next;
}

static const char *
render_fraction (Doc        *doc,
                 Out        *out,
                 const char *p,
                 const char *end,
                 guint       style,
                 gboolean    binom)
{
  const char *a0, *a1, *b0, *b1, *next;
  g_autofree char *num = NULL;
  g_autofree char *den = NULL;
  g_autofree char *s = NULL;

  if (!_gln_latex_get_arg (doc, p, end, &a0, &a1, &next) ||
      !_gln_latex_get_arg (doc, next, end, &b0, &b1, &next))
    return p;

  num = _gln_latex_render_plain (doc, a0, a1, TRUE);
  den = _gln_latex_render_plain (doc, b0, b1, TRUE);
  if (binom)
    s = g_strdup_printf ("C(%s, %s)", num, den);
  else if (g_str_equal (num, "1") && g_str_equal (den, "2"))
    s = g_strdup ("½");
  else
    s = g_strdup_printf ("%s%s%s/%s%s%s",
                         needs_parens (num) ? "(" : "", num, needs_parens (num) ? ")" : "",
                         needs_parens (den) ? "(" : "", den, needs_parens (den) ? ")" : "");
  _gln_latex_emit (out, style, s);

  return next;
}

static const char *
render_root (Doc        *doc,
             Out        *out,
             const char *p,
             const char *end,
             guint       style)
{
  const char *root = "√";
  const char *a0, *a1, *next;
  g_autofree char *body = NULL;

  p = _gln_latex_skip_spaces (p, end);
  if (p < end && *p == '[')
    {
      const char *close = memchr (p, ']', end - p);

      if (close != NULL)
        {
          if (close - p == 2 && p[1] == '3')
            root = "∛";
          else if (close - p == 2 && p[1] == '4')
            root = "∜";
          p = close + 1;
        }
    }
  _gln_latex_emit (out, style, root);
  if (!_gln_latex_get_arg (doc, p, end, &a0, &a1, &next))
    return p;

  body = _gln_latex_render_plain (doc, a0, a1, TRUE);
  if (needs_parens (body))
    {
      _gln_latex_emit (out, style, "(");
      _gln_latex_emit (out, style, body);
      _gln_latex_emit (out, style, ")");
    }
  else
    _gln_latex_emit (out, style, body);

  return next;
}

static const char *
render_url_arg (Doc        *doc,
                Out        *out,
                const char *p,
                const char *end,
                guint       style)
{
  const char *a0, *a1, *next;

  if (!_gln_latex_get_arg (doc, p, end, &a0, &a1, &next))
    return p;
  for (const char *q = a0; q < a1; q++)
    if (!(*q == '\\' && q + 1 < a1 && strchr ("_%#&~$/", q[1]) != NULL))
      _gln_latex_emit_len (out, style, q, 1);

  return next;
}

/* \href{url}{text} and \textcolor{red}{text} show their second argument. */
static const char *
render_second_arg (Doc        *doc,
                   Out        *out,
                   const char *p,
                   const char *end,
                   guint       style,
                   gboolean    math)
{
  const char *a0, *a1, *b0, *b1, *next;

  if (!_gln_latex_get_arg (doc, p, end, &a0, &a1, &next) ||
      !_gln_latex_get_arg (doc, next, end, &b0, &b1, &next))
    return p;
  _gln_latex_render_inner (doc, out, b0, b1, style, math);

  return next;
}

/* A footnote in parentheses, a citation or reference in brackets. */
static const char *
render_note (Doc        *doc,
             Out        *out,
             const char *p,
             const char *end,
             guint       style,
             gboolean    math,
             gboolean    footnote)
{
  const char *a0, *a1, *next;

  if (!_gln_latex_get_arg (doc, p, end, &a0, &a1, &next))
    return p;

  if (footnote && out->text->len > 0 && !is_space (out->text->str[out->text->len - 1]))
    _gln_latex_emit (out, style, " ");
  _gln_latex_emit (out, style, footnote ? "(" : "[");
  _gln_latex_render_inner (doc, out, a0, a1, style, math);
  _gln_latex_emit (out, style, footnote ? ")" : "]");

  return next;
}

static const char *
render_negation (Doc        *doc,
                 Out        *out,
                 const char *p,
                 const char *end,
                 guint       style)
{
  static const char * const negated[][2] = {
    { "=", "≠" }, { "∈", "∉" }, { "<", "≮" }, { ">", "≯" }, { "≡", "≢" },
    { "⊂", "⊄" }, { "⊆", "⊈" }, { "~", "≁" }, { "≤", "≰" }, { "≥", "≱" },
  };
  const char *a0, *a1, *next;
  g_autofree char *rel = NULL;

  if (!_gln_latex_get_arg (doc, p, end, &a0, &a1, &next))
    return p;

  rel = _gln_latex_render_plain (doc, a0, a1, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (negated); i++)
    if (g_str_equal (rel, negated[i][0]))
      {
        _gln_latex_emit (out, style, negated[i][1]);
        return next;
      }
  _gln_latex_emit (out, style, rel);
  _gln_latex_emit (out, style, "\xcc\xb8");

  return next;
}

static const char *
render_degree (Doc        *doc,
               Out        *out,
               const char *p,
               guint       style)
{
  const char *q = p;

  /* "{\deg}C" means degrees; the group may end before the "C". */
  while (q < doc->end && (*q == '}' || *q == ' '))
    q++;
  _gln_latex_emit (out, style, q < doc->end && strchr ("CFK", *q) != NULL ? "°" : "deg");

  return p;
}

static const char *
render_special (Doc        *doc,
                Out        *out,
                const char *p,
                const char *end,
                guint       style,
                gboolean    math,
                Special     special)
{
  const char *a0, *a1, *next;

  switch (special)
    {
    case SPECIAL_FRAC:
    case SPECIAL_BINOM:
      return render_fraction (doc, out, p, end, style, special == SPECIAL_BINOM);
    case SPECIAL_SQRT:
      return render_root (doc, out, p, end, style);
    case SPECIAL_URL:
      return render_url_arg (doc, out, p, end, style);
    case SPECIAL_HREF:
    case SPECIAL_SECOND_ARG:
      return render_second_arg (doc, out, p, end, style, math);
    case SPECIAL_FOOTNOTE:
    case SPECIAL_CITE:
      return render_note (doc, out, p, end, style, math, special == SPECIAL_FOOTNOTE);
    case SPECIAL_NOT:
      return render_negation (doc, out, p, end, style);
    case SPECIAL_DEG:
      return render_degree (doc, out, p, style);
    case SPECIAL_SPACE_ARG:
      if (!_gln_latex_get_arg (doc, p, end, &a0, &a1, &next))
        return p;
      _gln_latex_emit (out, style, " ");
      return next;
    default:
      g_assert_not_reached ();
    }

  return p;
}

/* p points just after the backslash of a control word of length len. */
static const char *
render_control_word (Doc        *doc,
                     Out        *out,
                     const char *name,
                     gsize       len,
                     const char *end,
                     guint      *style,
                     gboolean    math)
{
  const char *p = name + len;
  const Macro *macro = _gln_latex_lookup_macro (name, len);
  const char *a0, *a1, *next;

  if (macro == NULL)
    {
      gboolean shown = FALSE;

      /* Unknown macros keep their arguments; the name shows only when they have none. */
      while (doc->depth < GLN_LATEX_MAX_DEPTH)
        {
          const char *q = _gln_latex_skip_spaces (p, end);

          if (q >= end || *q != '{' || _gln_latex_group_end (doc, q, end) == NULL)
            break;
          next = _gln_latex_group_end (doc, q, end) + 1;
          if (next - q > 2)
            {
              _gln_latex_render_inner (doc, out, q + 1, next - 1, *style, math);
              shown = TRUE;
            }
          p = next;
        }
      if (!shown)
        _gln_latex_emit_len (out, *style, name, len);
      return p;
    }

  switch (macro->kind)
    {
    case KIND_SYMBOL:
      _gln_latex_emit (out, *style, macro->text);
      /* "a\cdot b" is "a·b": a symbol glued to its left operand is glued on both sides. */
      if (math && name - 1 > doc->start && (g_ascii_isalnum (name[-2]) || name[-2] == ')'))
        return _gln_latex_skip_spaces (p, end);
      return p;

    case KIND_LETTER:
      _gln_latex_emit (out, *style, macro->text);
      return math ? p : _gln_latex_skip_spaces (p, end);

    case KIND_IGNORE:
      return _gln_latex_skip_spaces (p, end);

    case KIND_SWITCH:
      *style |= macro->value & 0xf;
      *style &= ~(macro->value >> 4);
      return _gln_latex_skip_spaces (p, end);

    case KIND_STYLE:
      if (doc->depth < GLN_LATEX_MAX_DEPTH && _gln_latex_get_arg (doc, p, end, &a0, &a1, &next))
        {
          _gln_latex_render_inner (doc, out, a0, a1, *style | macro->value, math);
          return next;
        }
      return p;

    case KIND_FONT:
      if (doc->depth < GLN_LATEX_MAX_DEPTH && _gln_latex_get_arg (doc, p, end, &a0, &a1, &next))
        {
          g_autofree char *content = _gln_latex_render_plain (doc, a0, a1, math);

          _gln_latex_emit_font (out, *style, macro->value, content);
          return next;
        }
      return p;

    case KIND_ACCENT:
      if (doc->depth < GLN_LATEX_MAX_DEPTH)
        return render_accent (doc, out, p, end, *style, math, macro->text);
      return p;

    case KIND_DROP_ARG:
      if (_gln_latex_get_arg (doc, p, end, &a0, &a1, &next))
        return next;
      return p;

    case KIND_SPECIAL:
      if (doc->depth < GLN_LATEX_MAX_DEPTH)
        return render_special (doc, out, p, end, *style, math, macro->value);
      return p;

    default:
      g_assert_not_reached ();
    }

  return p;
}

const char *
_gln_latex_find_string (const char *p,
                        const char *end,
                        const char *needle)
{
  gsize n = strlen (needle);

  for (; p + n <= end && p < end; p++)
    {
      if (memcmp (p, needle, n) == 0)
        return p;
      if (*p == '\\' && needle[0] != '\\')
        p++;
    }

  return NULL;
}

/* "\(x\)" and "\[x\]"; name points at the bracket. */
static const char *
render_math_bracket (Doc        *doc,
                     Out        *out,
                     const char *name,
                     const char *end,
                     guint       style)
{
  const char *next = _gln_latex_render_math_to (doc, out, name + 1, end,
                                                *name == '(' ? "\\)" : "\\]", style);

  if (next != NULL)
    return next;
  _gln_latex_emit_len (out, style, name, 1);

  return name + 1;
}

/* A backslash before white space; p points at the backslash. */
static const char *
render_control_space (Doc        *doc,
                      Out        *out,
                      const char *p,
                      const char *end,
                      guint       style)
{
  gunichar before = _gln_latex_prev_char (doc, p);

  /* "e.g.\ the" is a control space; elsewhere a lone backslash means itself. */
  if (before == '.' || g_unichar_isalpha (before))
    {
      _gln_latex_emit (out, style, " ");
      return _gln_latex_skip_spaces (p + 2, end);
    }
  _gln_latex_emit (out, style, "\\");

  return p + 1;
}

/* \' \` \^ \" \~ \= \. on the argument after name. */
static const char *
render_symbol_accent (Doc        *doc,
                      Out        *out,
                      const char *name,
                      const char *end,
                      guint       style,
                      gboolean    math)
{
  static const char * const marks[] = {
    "\xcc\x81", "\xcc\x80", "\xcc\x82", "\xcc\x88", "\xcc\x83", "\xcc\x84", "\xcc\x87",
  };
  static const char which[] = "'`^\"~=.";

  if (doc->depth >= GLN_LATEX_MAX_DEPTH)
    return name + 1;

  return render_accent (doc, out, name + 1, end, style, math, marks[strchr (which, *name) - which]);
}

/* p points at a backslash. */
const char *
_gln_latex_render_macro (Doc        *doc,
                         Out        *out,
                         const char *p,
                         const char *end,
                         guint      *style,
                         gboolean    math)
{
  const char *name = p + 1;
  const char *q;

  if (name >= end)
    {
      _gln_latex_emit (out, *style, "\\");
      return end;
    }

  if (is_alpha (*name))
    {
      q = name;
      while (q < end && is_alpha (*q))
        q++;
      return render_control_word (doc, out, name, q - name, end, style, math);
    }

  switch (*name)
    {
    case '\\': case ',': case ';': case ':': case '>':
      _gln_latex_emit (out, *style, " ");
      return name + 1;

    case '!': case '-': case '/': case '@': case ')': case ']':
      return name + 1;

    case '%': case '$': case '&': case '#': case '_': case '{': case '}':
      _gln_latex_emit_len (out, *style, name, 1);
      return name + 1;

    case '|':
      _gln_latex_emit (out, *style, "‖");
      return name + 1;

    case '(': case '[':
      return render_math_bracket (doc, out, name, end, *style);

    case '\'': case '`': case '^': case '"': case '~': case '=': case '.':
      return render_symbol_accent (doc, out, name, end, *style, math);

    case ' ': case '\t': case '\n': case '\r':
      return render_control_space (doc, out, p, end, *style);

    default:
      q = _gln_latex_next_char (name, end);
      _gln_latex_emit_len (out, *style, name, q - name);
      return q;
    }
}
