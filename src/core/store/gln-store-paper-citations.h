/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "gln-citation.h"
#include "gln-store.h"

G_BEGIN_DECLS

void     gln_store_count_citations_async   (GlnStore              *self,
                                            gint64                 paper_id,
                                            GCancellable          *cancellable,
                                            GAsyncReadyCallback    callback,
                                            gpointer               user_data);
gboolean gln_store_count_citations_finish  (GlnStore              *self,
                                            GAsyncResult          *result,
                                            guint                 *n_references,
                                            guint                 *n_citations,
                                            GError               **error);
void     gln_store_save_paper_links_async  (GlnStore              *self,
                                            GlnPaper              *paper,
                                            GlnCitationDirection   direction,
                                            GlnCitationPage       *page,
                                            GCancellable          *cancellable,
                                            GAsyncReadyCallback    callback,
                                            gpointer               user_data);
gint64   gln_store_save_paper_links_finish (GlnStore              *self,
                                            GAsyncResult          *result,
                                            GError               **error);
void     gln_store_add_linked_title_async  (GlnStore              *self,
                                            const char            *key,
                                            const char            *title,
                                            GCancellable          *cancellable,
                                            GAsyncReadyCallback    callback,
                                            gpointer               user_data);

G_END_DECLS
