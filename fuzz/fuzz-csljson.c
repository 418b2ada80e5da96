/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

/* CSL-JSON files (gln-csljson.c), not NUL-terminated. */

#include "gln-csljson.h"
#include "gln-fuzz.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(GError) error = NULL;

  gln_csljson_looks_like ((const char *) data, size);
  papers = gln_csljson_parse ((const char *) data, size, &error);
  g_assert ((papers == NULL) == (error != NULL));
  return 0;
}
