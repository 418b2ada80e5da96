/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

#include "gln-citation.h"
#include "gln-paper.h"

G_BEGIN_DECLS

/* The fields a citation search asks Semantic Scholar for, about each paper it finds. */
#define GLN_SEMANTIC_SCHOLAR_FIELDS \
  "title,authors,year,publicationDate,venue,externalIds,abstract"

/* Papers asked for per request: the Graph API gives up to 1,000, but with abstracts a page
 * of 100 is already 100-300 KB. */
#define GLN_SEMANTIC_SCHOLAR_PAGE_SIZE 100

GlnCitationPage *gln_semantic_scholar_parse_page   (GBytes                *body,
                                                    GlnCitationDirection   direction,
                                                    GError               **error);
GlnCitationPage *gln_semantic_scholar_parse_paper  (GBytes                *body,
                                                    GlnCitationDirection   direction,
                                                    GError               **error);
GlnPaper        *gln_semantic_scholar_read_record  (JsonObject            *record);
char            *gln_semantic_scholar_dup_paper_id (GlnPaper              *paper);
char            *gln_semantic_scholar_dup_url      (const char            *paper_id,
                                                    GlnCitationDirection   direction,
                                                    gint64                 offset,
                                                    guint                  limit);

G_END_DECLS
