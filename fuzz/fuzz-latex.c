/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

/* The LaTeX renderer (gln-latex*.c): titles and abstracts to text and to Pango markup, and
 * .bib values decoded in every mode. */

#include "gln-fuzz.h"
#include "gln-latex.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *input = gln_fuzz_dup_utf8 (data, size);
  g_autofree char *text = gln_latex_to_text (input);
  g_autofree char *markup = gln_latex_to_markup (input);
  g_autofree char *rendered = gln_latex_decode (input, GLN_LATEX_MODE_RENDER);
  g_autofree char *decoded = gln_latex_decode (input, GLN_LATEX_MODE_DECODE);
  g_autofree char *folded = gln_latex_decode (input, GLN_LATEX_MODE_FOLD);

  g_assert (g_utf8_validate (text, -1, NULL));
  g_assert (g_utf8_validate (markup, -1, NULL));
  g_assert (g_utf8_validate (rendered, -1, NULL));
  g_assert (g_utf8_validate (decoded, -1, NULL));
  g_assert (g_utf8_validate (folded, -1, NULL));
  return 0;
}
