/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

/* RIS files (gln-ris.c), not NUL-terminated. */

#include "gln-fuzz.h"
#include "gln-ris.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  gln_ris_looks_like ((const char *) data, size);
  papers = gln_ris_parse ((const char *) data, size, &problems, &error);
  g_assert ((papers == NULL) == (error != NULL));
  return 0;
}
