/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "gln-citation.h"
#include "gln-fetcher.h"
#include "gln-store.h"
#include "gln-store-citations.h"

G_BEGIN_DECLS

/**
 * GlnCitationService:
 * @GLN_CITATION_SERVICE_AUTO: Semantic Scholar, and OpenAlex for the papers it fails on
 *   when an OpenAlex key is set
 * @GLN_CITATION_SERVICE_OPENALEX: OpenAlex for every paper (it needs its key)
 *
 * Which service a citation search asks.
 */
typedef enum
{
  GLN_CITATION_SERVICE_AUTO,
  GLN_CITATION_SERVICE_OPENALEX,
} GlnCitationService;

#define GLN_TYPE_CITATION_SEARCH (gln_citation_search_get_type ())
G_DECLARE_FINAL_TYPE (GlnCitationSearch, gln_citation_search, GLN, CITATION_SEARCH, GObject)

GlnCitationSearch         *gln_citation_search_new          (GlnStore               *store,
                                                             GlnFetcher             *fetcher);
void                       gln_citation_search_set_api_key  (GlnCitationSearch      *self,
                                                             const char             *api_key);
void                       gln_citation_search_set_openalex_key (GlnCitationSearch *self,
                                                                 const char        *api_key);
void                       gln_citation_search_set_service  (GlnCitationSearch      *self,
                                                             GlnCitationService      service);
void                       gln_citation_search_set_max_candidates (GlnCitationSearch *self,
                                                                   guint              max_candidates);
const GlnCitationProgress *gln_citation_search_get_progress (GlnCitationSearch      *self);
void                       gln_citation_search_run_async    (GlnCitationSearch      *self,
                                                             gint64                  collection_id,
                                                             const gint64           *paper_ids,
                                                             guint                   n_papers,
                                                             GlnCitationSearchFlags  flags,
                                                             int                     depth,
                                                             GCancellable           *cancellable,
                                                             GAsyncReadyCallback     callback,
                                                             gpointer                user_data);
gboolean                   gln_citation_search_run_finish   (GlnCitationSearch      *self,
                                                             GAsyncResult           *result,
                                                             GError                **error);

G_END_DECLS
