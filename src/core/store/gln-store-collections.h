/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "gln-collection.h"
#include "gln-store.h"

G_BEGIN_DECLS

void                gln_store_create_collection_async   (GlnStore             *self,
                                                         const char           *name,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
void                gln_store_find_collection_async     (GlnStore             *self,
                                                         const char           *name,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
GlnCollectionInfo  *gln_store_find_collection_finish    (GlnStore             *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);
void                gln_store_list_collections_async    (GlnStore             *self,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
GPtrArray          *gln_store_list_collections_finish   (GlnStore             *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);
void                gln_store_describe_collection_async (GlnStore             *self,
                                                         gint64                collection_id,
                                                         const char           *description,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
void                gln_store_rename_collection_async   (GlnStore             *self,
                                                         gint64                collection_id,
                                                         const char           *name,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
void                gln_store_delete_collection_async   (GlnStore             *self,
                                                         gint64                collection_id,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
void                gln_store_collection_add_async      (GlnStore             *self,
                                                         const char           *collection,
                                                         GlnPaper            **papers,
                                                         guint                 n_papers,
                                                         gboolean              create,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
void                gln_store_collection_remove_async   (GlnStore             *self,
                                                         const char           *collection,
                                                         GlnPaper            **papers,
                                                         guint                 n_papers,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);

void                gln_store_screen_async              (GlnStore             *self,
                                                         gint64                collection_id,
                                                         gint64                paper_id,
                                                         GlnScreening          status,
                                                         const char           *reason,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
void                gln_store_undo_screening_async      (GlnStore             *self,
                                                         gint64                collection_id,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
GlnScreeningChange *gln_store_screening_finish          (GlnStore             *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);
void                gln_store_set_key_results_async     (GlnStore             *self,
                                                         gint64                collection_id,
                                                         gint64                paper_id,
                                                         const char           *text,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);

G_END_DECLS
