/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "gln-duplicate.h"
#include "gln-store.h"

G_BEGIN_DECLS

/**
 * GLN_MERGE_TAKE_SCREENING:
 *
 * In the fields of gln_store_merge_duplicates_async(): where both papers are screened in a
 * collection and disagree, the other paper's decision wins.
 */
#define GLN_MERGE_TAKE_SCREENING "screening"

/**
 * GLN_MERGE_KEEP_SCREENING:
 *
 * In the fields of gln_store_merge_duplicates_async(): where both papers are screened in a
 * collection and disagree, the master's decision stays. Without this or
 * %GLN_MERGE_TAKE_SCREENING such a merge fails with %GLN_DATABASE_ERROR_CONFLICT.
 */
#define GLN_MERGE_KEEP_SCREENING "keep-screening"

void       gln_store_list_duplicates_async    (GlnStore             *self,
                                               GCancellable         *cancellable,
                                               GAsyncReadyCallback   callback,
                                               gpointer              user_data);
GPtrArray *gln_store_list_duplicates_finish   (GlnStore             *self,
                                               GAsyncResult         *result,
                                               GError              **error);
void       gln_store_find_duplicate_async     (GlnStore             *self,
                                               gint64                paper_a,
                                               gint64                paper_b,
                                               GCancellable         *cancellable,
                                               GAsyncReadyCallback   callback,
                                               gpointer              user_data);
GlnDuplicate *gln_store_find_duplicate_finish (GlnStore             *self,
                                               GAsyncResult         *result,
                                               GError              **error);
void       gln_store_merge_duplicates_async   (GlnStore             *self,
                                               gint64                master_id,
                                               gint64                other_id,
                                               const char * const   *take,
                                               GCancellable         *cancellable,
                                               GAsyncReadyCallback   callback,
                                               gpointer              user_data);
gint64     gln_store_merge_duplicates_finish  (GlnStore             *self,
                                               GAsyncResult         *result,
                                               GError              **error);
void       gln_store_undo_merge_async         (GlnStore             *self,
                                               gint64                merge_id,
                                               GCancellable         *cancellable,
                                               GAsyncReadyCallback   callback,
                                               gpointer              user_data);
gboolean   gln_store_undo_merge_finish        (GlnStore             *self,
                                               GAsyncResult         *result,
                                               GError              **error);
void       gln_store_dismiss_duplicate_async  (GlnStore             *self,
                                               gint64                paper_a,
                                               gint64                paper_b,
                                               GCancellable         *cancellable,
                                               GAsyncReadyCallback   callback,
                                               gpointer              user_data);
gboolean   gln_store_dismiss_duplicate_finish (GlnStore             *self,
                                               GAsyncResult         *result,
                                               GError              **error);

G_END_DECLS
