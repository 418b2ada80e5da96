/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "gln-citation.h"
#include "gln-paper.h"

G_BEGIN_DECLS

/* Works asked for by id in one request: OpenAlex ORs at most 50 values of a filter. */
#define GLN_OPENALEX_CITATION_BATCH     50
/* Citing works per page of a cursor walk. */
#define GLN_OPENALEX_CITATION_PAGE_SIZE 100

char            *gln_openalex_citations_dup_url (GlnPaper              *paper,
                                                 GlnCitationDirection   direction,
                                                 const char            *cursor,
                                                 const char            *api_key);
GlnCitationPage *gln_openalex_citations_parse   (GBytes                *body,
                                                 GlnCitationDirection   direction,
                                                 const char            *cursor,
                                                 GError               **error);

G_END_DECLS
