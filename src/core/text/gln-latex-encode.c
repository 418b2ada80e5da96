/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-latex"

#include "config.h"

#include "gln-latex.h"

#include "gln-latex-private.h"

#include <string.h>

/* The way back: how LaTeX writes a character in ASCII, read off the table the decoder
 * reads, so that decoding what is written gives the character again. */

static void
append_command (GString     *out,
                const Macro *macro)
{
  /* "{\ss}" keeps a letter whole when a style changes case; "\ldots{}" ends a word. */
  if (macro->kind == KIND_LETTER)
    g_string_append_printf (out, "{\\%s}", macro->name);
  else if (!is_alpha (macro->name[0]))
    g_string_append_printf (out, "\\%s", macro->name);
  else
    g_string_append_printf (out, "\\%s{}", macro->name);
}

/* Accents on an ASCII letter, innermost first: "ế" is "{\'{\^e}}". */
static gboolean
append_accented (GString    *out,
                 const char *utf8)
{
  g_autofree char *decomposed = g_utf8_normalize (utf8, -1, G_NORMALIZE_NFD);
  g_autoptr(GString) cmd = NULL;
  const char *p;
  gunichar base;

  if (decomposed == NULL || (base = g_utf8_get_char (decomposed)) >= 0x80 ||
      !g_ascii_isalpha (base) || *(p = g_utf8_next_char (decomposed)) == '\0')
    return FALSE;

  /* Accents go on a dotless i or j. */
  cmd = g_string_new (NULL);
  if (base == 'i' || base == 'j')
    g_string_append_c (cmd, '\\');
  g_string_append_c (cmd, (char) base);

  for (; *p != '\0'; p = g_utf8_next_char (p))
    {
      char mark[8] = { 0, };
      const Macro *accent;
      g_autofree char *wrapped = NULL;

      g_unichar_to_utf8 (g_utf8_get_char (p), mark);
      if ((accent = _gln_latex_find_written (mark)) == NULL || accent->kind != KIND_ACCENT)
        return FALSE;
      /* "\"o" for the symbol accents on a letter, braces for the rest: "\v{s}", "\'{\i}". */
      if (!is_alpha (accent->name[0]) && cmd->len == 1)
        wrapped = g_strdup_printf ("\\%s%s", accent->name, cmd->str);
      else
        wrapped = g_strdup_printf ("\\%s{%s}", accent->name, cmd->str);
      g_string_assign (cmd, wrapped);
    }
  g_string_append_printf (out, "{%s}", cmd->str);

  return TRUE;
}

/**
 * gln_latex_append_ascii:
 * @out: where to append
 * @c: a character
 *
 * Appends how LaTeX writes @c in ASCII: as a ligature ("--" for "–", "~" for a no-break
 * space), a letter ("{\ss}"), a symbol ("\ldots{}"), an escape ("\&") or accents on an
 * ASCII letter ("{\v{S}}"). gln_latex_decode() reads each back as @c.
 *
 * Returns: %FALSE, appending nothing, when LaTeX has no such spelling for @c
 */
gboolean
gln_latex_append_ascii (GString  *out,
                        gunichar  c)
{
  char utf8[8] = { 0, };
  const char *ligature;
  const Macro *macro;

  g_return_val_if_fail (out != NULL, FALSE);

  g_unichar_to_utf8 (c, utf8);
  if ((ligature = _gln_latex_spell_ligature (utf8)) != NULL)
    {
      g_string_append (out, ligature);
      return TRUE;
    }
  if ((macro = _gln_latex_find_written (utf8)) != NULL && macro->kind != KIND_ACCENT)
    {
      append_command (out, macro);
      return TRUE;
    }

  return append_accented (out, utf8);
}
