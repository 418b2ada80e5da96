/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

/* arXiv's RSS listings (gln-arxiv-rss-source.c). */

#include "gln-arxiv-rss-source.h"
#include "gln-fuzz.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  gln_fuzz_source (GLN_SOURCE (gln_arxiv_rss_source_new ()), data, size);
  return 0;
}
