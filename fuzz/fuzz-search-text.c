/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

/* The search-text parser (gln-search-text.c): what the user types, to FTS5 and to terms. */

#include "gln-fuzz.h"
#include "gln-search-text.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = gln_fuzz_dup_utf8 (data, size);
  g_autofree char *fts = gln_search_text_to_fts (text);
  g_auto(GStrv) terms = gln_search_text_get_terms (text);

  return 0;
}
