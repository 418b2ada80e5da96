/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "gln-citation.h"
#include "gln-fetcher.h"

G_BEGIN_DECLS

const char      *gln_citation_fetch_env_api_key (void);
void             gln_citation_fetch_page_async  (GlnFetcher            *fetcher,
                                                 const char            *paper_id,
                                                 GlnCitationDirection   direction,
                                                 gint64                 offset,
                                                 const char            *api_key,
                                                 GCancellable          *cancellable,
                                                 GAsyncReadyCallback    callback,
                                                 gpointer               user_data);
GlnCitationPage *gln_citation_fetch_page_finish (GlnFetcher            *fetcher,
                                                 GAsyncResult          *result,
                                                 GError               **error);
void             gln_citation_fetch_openalex_async (GlnFetcher         *fetcher,
                                                 GlnPaper              *paper,
                                                 GlnCitationDirection   direction,
                                                 const char            *cursor,
                                                 const char            *api_key,
                                                 GCancellable          *cancellable,
                                                 GAsyncReadyCallback    callback,
                                                 gpointer               user_data);
void             gln_citation_fetch_all_async   (GlnFetcher            *fetcher,
                                                 const char            *paper_id,
                                                 GlnCitationDirection   direction,
                                                 const char            *api_key,
                                                 GCancellable          *cancellable,
                                                 GAsyncReadyCallback    callback,
                                                 gpointer               user_data);
GlnCitationPage *gln_citation_fetch_all_finish  (GlnFetcher            *fetcher,
                                                 GAsyncResult          *result,
                                                 GError               **error);

G_END_DECLS
