/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

/* arXiv's Atom API responses (gln-arxiv-source.c), with the paging numbers the pager reads. */

#include "gln-arxiv-source.h"
#include "gln-fuzz.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(GError) error = NULL;
  guint total = 0;
  guint start = 0;

  if (!gln_arxiv_source_parse_full (bytes, &papers, &total, &start, &error))
    g_assert (error != NULL);
  gln_fuzz_source (GLN_SOURCE (gln_arxiv_source_new ()), data, size);
  return 0;
}
