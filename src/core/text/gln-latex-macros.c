/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-latex"

#include "config.h"

#include "gln-latex-private.h"

#include <string.h>

/* Control sequences: each kind of macro in the table, arguments, accents, fonts, fractions,
 * roots, links, and what each mode does with a macro it does not know. */

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

/* The accent alone, as "\'{}" writes it; for most there is nothing to show. */
static void
emit_lone_accent (Out         *out,
                  guint        style,
                  const Macro *accent)
{
  if (accent->value != 0)
    _gln_latex_emit_unichar (out, style, accent->value);
}

static void
emit_accented (Out         *out,
               guint        style,
               const char  *base,
               const Macro *accent)
{
  g_autoptr(GString) s = g_string_new (NULL);
  g_autofree char *composed = NULL;
  gunichar mark = g_utf8_get_char (accent->text);
  const char *rest;

  if (base[0] == '\0')
    {
      emit_lone_accent (out, style, accent);
      return;
    }
  /* An arrow over several letters ("\vec{AB}") cannot sit on the first: show them bare. */
  if (g_utf8_strlen (base, -1) > 1 && (mark < 0x0300 || mark > 0x036f))
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
  g_string_append (s, accent->text);
  g_string_append (s, rest);

  composed = g_utf8_normalize (s->str, s->len, G_NORMALIZE_NFC);
  _gln_latex_emit (out, style, composed != NULL ? composed : s->str);
}

static const char *
render_accent (Doc         *doc,
               Out         *out,
               const char  *p,
               const char  *end,
               guint        style,
               gboolean     math,
               const Macro *accent)
{
  const char *arg_start, *arg_end, *next;
  g_autofree char *base = NULL;

  if (!_gln_latex_get_arg (doc, p, end, &arg_start, &arg_end, &next))
    {
      emit_lone_accent (out, style, accent);
      return p;
    }
  base = _gln_latex_render_plain (doc, arg_start, arg_end, math);
  emit_accented (out, style, base, accent);

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
  /* A field keeps an address as written; for reading, the escapes abstracts put in go. */
  if (doc->mode != GLN_LATEX_MODE_RENDER)
    {
      _gln_latex_emit_len (out, style, a0, a1 - a0);
      return next;
    }
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

/* A backslash before white space; name points at the white space. */
static const char *
render_control_space (Doc        *doc,
                      Out        *out,
                      const char *name,
                      const char *end,
                      guint       style)
{
  gunichar before = _gln_latex_prev_char (doc, name - 1);

  /* "e.g.\ the" is a control space; in an abstract a lone backslash may mean itself. */
  if (doc->mode != GLN_LATEX_MODE_RENDER)
    {
      _gln_latex_emit (out, style, " ");
      return name + 1;
    }
  if (before == '.' || g_unichar_isalpha (before))
    {
      _gln_latex_emit (out, style, " ");
      return _gln_latex_skip_spaces (name + 1, end);
    }
  _gln_latex_emit (out, style, "\\");

  return name;
}

/* name points at the name of the macro, p just after it. */
static const char *
render_special (Doc        *doc,
                Out        *out,
                const char *name,
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
    case SPECIAL_MATH_BRACKET:
      return render_math_bracket (doc, out, name, end, style);
    case SPECIAL_CONTROL_SPACE:
      return render_control_space (doc, out, name, end, style);
    default:
      g_assert_not_reached ();
    }

  return p;
}

/* TeX drops the spaces after a control word, and "\ss{}" ends one with an empty group. For
 * reading, a line break after one stays. */
static const char *
skip_after_word (Doc        *doc,
                 const char *p,
                 const char *end)
{
  if (doc->mode == GLN_LATEX_MODE_RENDER)
    p = _gln_latex_skip_spaces (p, end);
  else
    while (p < end && g_ascii_isspace (*p))
      p++;
  if (p + 1 < end && p[0] == '{' && p[1] == '}')
    p += 2;

  return p;
}

/* For reading, "\ldots and" keeps its space, as the writer of an abstract meant it. */
static const char *
skip_after_symbol (Doc        *doc,
                   const char *name,
                   const char *p,
                   const char *end,
                   gboolean    math)
{
  if (doc->mode != GLN_LATEX_MODE_RENDER)
    return skip_after_word (doc, p, end);
  /* "a\cdot b" is "a·b": a symbol glued to its left operand is glued on both sides. */
  if (math && name - 1 > doc->start && (g_ascii_isalnum (name[-2]) || name[-2] == ')'))
    return _gln_latex_skip_spaces (p, end);

  return p;
}

/* \textbf{x} and \mathbb{R}. */
static const char *
render_styled_arg (Doc         *doc,
                   Out         *out,
                   const Macro *macro,
                   const char  *p,
                   const char  *end,
                   guint        style,
                   gboolean     math)
{
  const char *a0, *a1, *next;
  g_autofree char *content = NULL;

  if (doc->depth >= GLN_LATEX_MAX_DEPTH || !_gln_latex_get_arg (doc, p, end, &a0, &a1, &next))
    return p;

  if (macro->kind == KIND_STYLE)
    {
      _gln_latex_render_inner (doc, out, a0, a1, style | macro->value, math);
      return next;
    }
  content = _gln_latex_render_plain (doc, a0, a1, math);
  _gln_latex_emit_font (out, style, macro->value, content);

  return next;
}

/* The macro named from name to p, as the table has it; returns what follows it. */
const char *
_gln_latex_render_known (Doc         *doc,
                         Out         *out,
                         const Macro *macro,
                         const char  *name,
                         const char  *p,
                         const char  *end,
                         guint       *style,
                         gboolean     math)
{
  gboolean word = is_alpha (*name);
  const char *a0, *a1, *next;

  switch (macro->kind)
    {
    case KIND_SYMBOL:
      _gln_latex_emit (out, *style, macro->text);
      return word ? skip_after_symbol (doc, name, p, end, math) : p;
    case KIND_LETTER:
      _gln_latex_emit (out, *style, macro->text);
      return math ? p : skip_after_word (doc, p, end);
    case KIND_IGNORE:
      return word ? skip_after_word (doc, p, end) : p;
    case KIND_SWITCH:
      *style |= macro->value & 0xf;
      *style &= ~(macro->value >> 4);
      return skip_after_word (doc, p, end);
    case KIND_STYLE:
    case KIND_FONT:
      return render_styled_arg (doc, out, macro, p, end, *style, math);
    case KIND_ACCENT:
      if (doc->depth >= GLN_LATEX_MAX_DEPTH)
        return p;
      return render_accent (doc, out, p, end, *style, math, macro);
    case KIND_DROP_ARG:
      return _gln_latex_get_arg (doc, p, end, &a0, &a1, &next) ? next : p;
    case KIND_SPECIAL:
      /* "\(" and "\ " guard their own depth. */
      if (word && doc->depth >= GLN_LATEX_MAX_DEPTH)
        return p;
      return render_special (doc, out, name, p, end, *style, math, macro->value);
    default:
      g_assert_not_reached ();
    }

  return p;
}

/* Unknown macros keep their arguments; the name shows only when they have none. */
static const char *
render_unknown (Doc        *doc,
                Out        *out,
                const char *name,
                const char *p,
                const char *end,
                guint       style,
                gboolean    math)
{
  gsize len = p - name;
  gboolean shown = FALSE;

  if (!is_alpha (*name))
    {
      _gln_latex_emit_len (out, style, name, len);
      return p;
    }

  while (doc->depth < GLN_LATEX_MAX_DEPTH)
    {
      const char *q = _gln_latex_skip_spaces (p, end);
      const char *close;

      if (q >= end || *q != '{' || (close = _gln_latex_group_end (doc, q, end)) == NULL)
        break;
      if (close - q > 1)
        {
          _gln_latex_render_inner (doc, out, q + 1, close, style, math);
          shown = TRUE;
        }
      p = close + 1;
    }
  if (!shown)
    _gln_latex_emit_len (out, style, name, len);

  return p;
}

/* Decoding, an unknown command stays LaTeX with its arguments, and the spaces TeX skips
 * before them: "\cite{knuth}", "\tubissue {12}". A control word without them keeps the
 * spaces TeX drops after it; when a group or a control space ended it instead, the next
 * letter or space must not join it ("{\TUB} tour"). */
static const char *
keep_command (Doc        *doc,
              Out        *out,
              const char *backslash,
              const char *p,
              const char *end)
{
  const char *name_end = p;
  const char *first = is_alpha (backslash[1]) ? _gln_latex_skip_spaces (p, end) : p;
  const char *close;

  if (first < end && *first == '{' && _gln_latex_group_end (doc, first, end) != NULL)
    p = first;
  while (p < end && *p == '{' && (close = _gln_latex_group_end (doc, p, end)) != NULL)
    p = close + 1;
  _gln_latex_emit_len (out, 0, backslash, p - backslash);
  if (p != name_end || !is_alpha (backslash[1]))
    return p;

  if (p < end && is_space (*p))
    {
      _gln_latex_emit (out, 0, " ");
      while (p < end && is_space (*p))
        p++;
    }
  else
    out->open_name = TRUE;

  return p;
}

/* Past the name of the control sequence at name: a run of letters or one character. */
const char *
_gln_latex_name_end (const char *name,
                     const char *end)
{
  if (!is_alpha (*name))
    return _gln_latex_next_char (name, end);
  while (name < end && is_alpha (*name))
    name++;

  return name;
}

/* The macro named from name to end, if the mode of doc knows it. */
const Macro *
_gln_latex_lookup_in_mode (Doc        *doc,
                           const char *name,
                           const char *end)
{
  const Macro *macro = _gln_latex_lookup_macro (name, end - name);

  if (macro == NULL || (macro->reach == REACH_DISPLAY && doc->mode != GLN_LATEX_MODE_RENDER))
    return NULL;

  return macro;
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
  const char *after;
  const Macro *macro;

  if (name >= end)
    {
      _gln_latex_emit (out, *style, "\\");
      return end;
    }

  after = _gln_latex_name_end (name, end);
  if ((macro = _gln_latex_lookup_in_mode (doc, name, after)) != NULL)
    return _gln_latex_render_known (doc, out, macro, name, after, end, style, math);
  if (doc->mode != GLN_LATEX_MODE_RENDER)
    return keep_command (doc, out, p, after, end);

  return render_unknown (doc, out, name, after, end, *style, math);
}
