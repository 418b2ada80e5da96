/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How much of the LaTeX becomes Unicode. */
typedef enum
{
  /* Everything, math included, for reading; LaTeX that lost its backslashes is guessed at. */
  GLN_LATEX_MODE_RENDER,
  /* Text commands, accents and ligatures, as a .bib field means them; math and unknown
   * commands stay LaTeX and white space collapses. */
  GLN_LATEX_MODE_DECODE,
  /* Only what spells one character (accents, letters, symbols); the rest stays as written. */
  GLN_LATEX_MODE_FOLD,
} GlnLatexMode;

char        *gln_latex_to_text       (const char   *input);
char        *gln_latex_to_markup     (const char   *input);
char        *gln_latex_decode        (const char   *latex,
                                      GlnLatexMode  mode);
const char  *gln_latex_find_math_end (const char   *p,
                                      const char   *end);
gboolean     gln_latex_append_ascii  (GString      *out,
                                      gunichar      c);

G_END_DECLS
