/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "gln-source.h"

G_BEGIN_DECLS

/**
 * GlnTitleService:
 * @GLN_TITLE_SERVICE_SEMANTIC_SCHOLAR: Semantic Scholar's best title match
 * @GLN_TITLE_SERVICE_ARXIV: the arXiv API, searching titles
 * @GLN_TITLE_SERVICE_CROSSREF: Crossref's bibliographic query
 * @GLN_TITLE_SERVICE_N: how many there are
 *
 * The services a paper known only by its title is looked for in, in the order they are
 * asked.
 */
typedef enum
{
  GLN_TITLE_SERVICE_SEMANTIC_SCHOLAR,
  GLN_TITLE_SERVICE_ARXIV,
  GLN_TITLE_SERVICE_CROSSREF,
  GLN_TITLE_SERVICE_N,
} GlnTitleService;

char       *gln_title_search_dup_url          (GlnTitleService  service,
                                               const char      *title,
                                               const char      *first_family,
                                               int              year);
GlnSource  *gln_title_search_new_source       (GlnTitleService  service);
const char *gln_title_search_get_group        (GlnTitleService  service);
const char *gln_title_search_get_service_name (GlnTitleService  service);

G_END_DECLS
