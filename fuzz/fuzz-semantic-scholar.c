/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

/* Semantic Scholar's JSON: a paper, a list of papers, a search answer
 * (gln-semantic-scholar-source.c). */

#include "gln-semantic-scholar-source.h"
#include "gln-fuzz.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  gln_fuzz_source (GLN_SOURCE (gln_semantic_scholar_source_new ()), data, size);
  return 0;
}
