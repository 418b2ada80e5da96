/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

/* Hugging Face's JSON: daily papers, search and paper records (gln-hf-source.c). */

#include "gln-hf-source.h"
#include "gln-fuzz.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  gln_fuzz_source (GLN_SOURCE (gln_hf_source_new ()), data, size);
  return 0;
}
