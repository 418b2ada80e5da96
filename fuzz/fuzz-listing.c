/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

/* Copied web pages (gln-listing*.c): what the user pastes, not NUL-terminated. */

#include "gln-fuzz.h"
#include "gln-listing.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  GlnListingOptions options = { 2024 };
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(GError) error = NULL;

  if (gln_listing_looks_like ((const char *) data, size))
    g_assert (size > 0);
  papers = gln_listing_parse ((const char *) data, size, &options, &error);
  g_assert ((papers == NULL) == (error != NULL));
  return 0;
}
