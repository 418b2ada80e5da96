/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-latex"

#include "config.h"

#include "gln-latex.h"

#include "gln-latex-private.h"

#include <string.h>

/* What the modes that keep LaTeX need beyond the renderer, which asks doc->mode at each
 * step: where math ends, the folding walk, and white space. Folding decodes what spells
 * one character and keeps the rest as written, so a field reads the same however an
 * export spelled its letters. */

/**
 * gln_latex_find_math_end:
 * @p: a "$"
 * @end: the end of the text
 *
 * Finds where the math that starts at @p ends, as decoding and the BibTeX encoder agree:
 * at the next "$" (or "$$" for display math) outside braces.
 *
 * Returns: (nullable): past the closing "$" or "$$", or %NULL when the math does not close
 *   with its braces balanced
 */
const char *
gln_latex_find_math_end (const char *p,
                         const char *end)
{
  gboolean display = p + 1 < end && p[1] == '$';
  int depth = 0;

  for (p += display ? 2 : 1; p < end; p++)
    {
      if (*p == '\\' && p + 1 < end)
        p++;
      else if (*p == '{')
        depth++;
      else if (*p == '}' && --depth < 0)
        return NULL;
      else if (*p == '$')
        {
          if (depth != 0)
            return NULL;
          if (!display)
            return p + 1;
          return p + 1 < end && p[1] == '$' ? p + 2 : NULL;
        }
    }

  return NULL;
}

/* Escapes such as "\&" are not folded: they are how LaTeX has to write their character. */
static gboolean
spells_character (const Macro *macro,
                  const char  *name)
{
  return macro->kind == KIND_ACCENT ||
         ((macro->kind == KIND_LETTER || macro->kind == KIND_SYMBOL) && is_alpha (*name));
}

static gboolean fold_range (Doc        *doc,
                            Out        *out,
                            const char *p,
                            const char *end);

/* made_char is set when the command was one letter or accent, not a symbol. */
static const char *
fold_command (Doc        *doc,
              Out        *out,
              const char *p,
              const char *end,
              gboolean   *made_char)
{
  const char *name = p + 1;
  const char *after;
  const Macro *macro;
  guint style = 0;
  Doc decoding;

  if (name >= end)
    {
      _gln_latex_emit (out, 0, "\\");
      return end;
    }

  after = _gln_latex_name_end (name, end);
  macro = _gln_latex_lookup_in_mode (doc, name, after);
  if (macro == NULL || !spells_character (macro, name))
    {
      _gln_latex_emit_len (out, 0, p, after - p);
      return after;
    }

  /* The argument of an accent is decoded whole: "\'{\i}" is "í". */
  decoding = *doc;
  decoding.mode = GLN_LATEX_MODE_DECODE;
  *made_char = macro->kind != KIND_SYMBOL;

  return _gln_latex_render_known (&decoding, out, macro, name, after, end, &style, FALSE);
}

/* "{\"o}" folds to "ö", but "{BERT}" and "{\ldots}" keep their braces. */
static const char *
fold_group (Doc        *doc,
            Out        *out,
            const char *p,
            const char *end,
            gboolean   *made_char)
{
  const char *close = _gln_latex_group_end (doc, p, end);
  g_autoptr(GString) inner = NULL;
  Out sub = { NULL, NULL, 0 };
  gboolean one_char;

  if (close == NULL)
    return p + 1;
  if (doc->depth >= GLN_LATEX_MAX_DEPTH)
    {
      /* Too deep to look inside: the braces stay as written. */
      _gln_latex_emit (out, 0, "{");
      *made_char = FALSE;
      return p + 1;
    }

  inner = sub.text = g_string_new (NULL);
  doc->depth++;
  one_char = fold_range (doc, &sub, p + 1, close) && g_utf8_strlen (inner->str, -1) == 1;
  doc->depth--;

  if (!one_char)
    _gln_latex_emit (out, 0, "{");
  _gln_latex_emit_len (out, 0, inner->str, inner->len);
  if (!one_char)
    _gln_latex_emit (out, 0, "}");
  *made_char = one_char;

  return close + 1;
}

/* Returns whether the range ended with a letter or an accent. */
static gboolean
fold_range (Doc        *doc,
            Out        *out,
            const char *p,
            const char *end)
{
  gboolean made_char = FALSE;

  while (p < end)
    {
      const char *next = NULL;

      if (*p == '\\')
        next = fold_command (doc, out, p, end, &made_char);
      else if (*p == '{')
        next = fold_group (doc, out, p, end, &made_char);
      else
        {
          made_char = FALSE;
          if (*p == '$')
            next = gln_latex_find_math_end (p, end);
          if (next == NULL)
            next = _gln_latex_next_char (p, end);
          _gln_latex_emit_len (out, 0, p, next - p);
        }
      p = next;
    }

  return made_char;
}

void
_gln_latex_fold (Doc        *doc,
                 Out        *out,
                 const char *p,
                 const char *end)
{
  fold_range (doc, out, p, end);
}

/* Every run of white space becomes one space, and none is left at either end: in LaTeX
 * white space is only a separator. Frees text. */
char *
_gln_latex_collapse_space (GString *text)
{
  GString *out = g_string_sized_new (text->len);
  gboolean pending = FALSE;

  for (gsize i = 0; i < text->len; i++)
    {
      if (g_ascii_isspace (text->str[i]))
        {
          pending = out->len > 0;
          continue;
        }
      if (pending)
        g_string_append_c (out, ' ');
      pending = FALSE;
      g_string_append_c (out, text->str[i]);
    }
  g_string_free (text, TRUE);

  return g_string_free (out, FALSE);
}
