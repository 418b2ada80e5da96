/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

/* OpenAlex's JSON (gln-openalex-source.c): lists of works with their cursor, and the single
 * author or institution an id resolves to; a citation search's lookups and pages
 * (gln-openalex-citations.c). */

#include "gln-fuzz.h"
#include "gln-openalex-citations.h"
#include "gln-openalex-source.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GPtrArray) papers = NULL;
  g_autofree char *cursor = NULL;
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) entity_error = NULL;

  if (!gln_openalex_source_parse_full (bytes, &papers, &cursor, &error))
    g_assert (error != NULL);
  if (!gln_openalex_source_parse_entity (bytes, &id, &name, &entity_error))
    g_assert (entity_error != NULL);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GlnCitationPage) lookup = gln_openalex_citations_parse (bytes, i, NULL, NULL);
      g_autoptr(GlnCitationPage) refs = gln_openalex_citations_parse (bytes, i, "refs:W1|W2",
                                                                      NULL);
      g_autoptr(GlnCitationPage) cites = gln_openalex_citations_parse (bytes, i, "cites:W1:*",
                                                                       NULL);
    }
  return 0;
}
