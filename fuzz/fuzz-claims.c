/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

/* The claims extractor (gln-claims.c): an abstract to its quantitative claims. */

#include "gln-claims.h"
#include "gln-fuzz.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *abstract = gln_fuzz_dup_utf8 (data, size);
  g_auto(GStrv) claims = gln_claims_extract (abstract, 8);

  g_assert (g_strv_length (claims) <= 8);
  for (guint i = 0; claims[i] != NULL; i++)
    g_assert (g_utf8_validate (claims[i], -1, NULL));
  return 0;
}
