/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "gln-citation.h"
#include "gln-prisma.h"
#include "gln-store.h"

G_BEGIN_DECLS

/**
 * GlnCitationSearchFlags:
 * @GLN_CITATION_SEARCH_BACKWARD: read the references of the papers
 * @GLN_CITATION_SEARCH_FORWARD: read the papers that cite them
 *
 * Which ways a citation search goes.
 */
typedef enum
{
  GLN_CITATION_SEARCH_BACKWARD = 1 << 0,
  GLN_CITATION_SEARCH_FORWARD  = 1 << 1,
} GlnCitationSearchFlags;

void             gln_store_start_citation_search_async  (GlnStore                *self,
                                                         gint64                   collection_id,
                                                         const gint64            *paper_ids,
                                                         guint                    n_papers,
                                                         GlnCitationSearchFlags   flags,
                                                         int                      depth,
                                                         guint                    max_candidates,
                                                         GCancellable            *cancellable,
                                                         GAsyncReadyCallback      callback,
                                                         gpointer                 user_data);
void             gln_store_next_citation_work_async     (GlnStore                *self,
                                                         gint64                   search_id,
                                                         GCancellable            *cancellable,
                                                         GAsyncReadyCallback      callback,
                                                         gpointer                 user_data);
GlnCitationWork *gln_store_next_citation_work_finish    (GlnStore                *self,
                                                         GAsyncResult            *result,
                                                         GError                 **error);
void             gln_store_save_citation_page_async     (GlnStore                *self,
                                                         const GlnCitationWork   *work,
                                                         GlnCitationPage         *page,
                                                         const char              *failure,
                                                         GCancellable            *cancellable,
                                                         GAsyncReadyCallback      callback,
                                                         gpointer                 user_data);
gint64           gln_store_save_citation_page_finish    (GlnStore                *self,
                                                         GAsyncResult            *result,
                                                         GError                 **error);
void             gln_store_list_citations_async         (GlnStore                *self,
                                                         gint64                   paper_id,
                                                         GlnCitationDirection     direction,
                                                         GCancellable            *cancellable,
                                                         GAsyncReadyCallback      callback,
                                                         gpointer                 user_data);
void             gln_store_list_provenance_async        (GlnStore                *self,
                                                         gint64                   collection_id,
                                                         GCancellable            *cancellable,
                                                         GAsyncReadyCallback      callback,
                                                         gpointer                 user_data);
GPtrArray       *gln_store_list_citations_finish        (GlnStore                *self,
                                                         GAsyncResult            *result,
                                                         GError                 **error);

void             gln_store_read_prisma_async            (GlnStore                *self,
                                                         gint64                   collection_id,
                                                         GCancellable            *cancellable,
                                                         GAsyncReadyCallback      callback,
                                                         gpointer                 user_data);
GlnPrismaCounts *gln_store_read_prisma_finish           (GlnStore                *self,
                                                         GAsyncResult            *result,
                                                         GError                 **error);

G_END_DECLS
