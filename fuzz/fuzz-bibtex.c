/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

/* BibTeX and BibLaTeX files (gln-bibtex*.c), not NUL-terminated. */

#include "gln-bibtex.h"
#include "gln-fuzz.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  guint n_skipped = 0;

  gln_bibtex_looks_like ((const char *) data, size);
  papers = gln_bibtex_parse_full ((const char *) data, size, &problems, &n_skipped, &error);
  g_assert ((papers == NULL) == (error != NULL));
  return 0;
}
