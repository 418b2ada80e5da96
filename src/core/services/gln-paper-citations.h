/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "gln-citation.h"
#include "gln-fetcher.h"
#include "gln-store.h"

G_BEGIN_DECLS

#define GLN_TYPE_PAPER_CITATIONS (gln_paper_citations_get_type ())
G_DECLARE_FINAL_TYPE (GlnPaperCitations, gln_paper_citations, GLN, PAPER_CITATIONS, GObject)

GlnPaperCitations    *gln_paper_citations_new           (GlnStore           *store,
                                                         GlnFetcher         *fetcher);
void                  gln_paper_citations_set_api_key   (GlnPaperCitations  *self,
                                                         const char         *api_key);
GlnCitationDirection  gln_paper_citations_get_direction (GlnPaperCitations  *self);
guint                 gln_paper_citations_get_n_links   (GlnPaperCitations  *self);
void                  gln_paper_citations_fetch_async   (GlnPaperCitations  *self,
                                                         GlnPaper           *paper,
                                                         GCancellable       *cancellable,
                                                         GAsyncReadyCallback callback,
                                                         gpointer            user_data);
gboolean              gln_paper_citations_fetch_finish  (GlnPaperCitations  *self,
                                                         GAsyncResult       *result,
                                                         GError            **error);

G_END_DECLS
