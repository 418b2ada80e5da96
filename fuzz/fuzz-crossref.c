/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

/* Crossref's JSON: one work or a list of works (gln-crossref-source.c). */

#include "gln-crossref-source.h"
#include "gln-fuzz.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  gln_fuzz_source (GLN_SOURCE (gln_crossref_source_new ()), data, size);
  return 0;
}
