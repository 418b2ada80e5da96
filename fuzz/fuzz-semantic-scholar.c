/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

/* Semantic Scholar's JSON: a paper, a list of papers, a search answer
 * (gln-semantic-scholar-source.c), and pages of references and citations with the paper
 * records carrying them (gln-semantic-scholar.c). */

#include "gln-fuzz.h"
#include "gln-semantic-scholar.h"
#include "gln-semantic-scholar-source.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);

  gln_fuzz_source (GLN_SOURCE (gln_semantic_scholar_source_new ()), data, size);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GlnCitationPage) page = NULL;
      g_autoptr(GlnCitationPage) paper = NULL;

      page = gln_semantic_scholar_parse_page (bytes, i, NULL);
      paper = gln_semantic_scholar_parse_paper (bytes, i, NULL);
    }

  return 0;
}
