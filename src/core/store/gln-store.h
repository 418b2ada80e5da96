/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "gln-database.h"

G_BEGIN_DECLS

/**
 * GlnStoreJobFunc:
 * @database: the store's database, on the store's worker thread
 * @data: the job's data
 * @cancellable: (nullable): the job's cancellable
 * @error: return location for a #GError
 *
 * A unit of work run on the worker thread. It runs inside one transaction: returning
 * %NULL with @error set rolls everything it did back.
 *
 * Returns: (transfer full) (nullable): the result handed to the finish function
 */
typedef gpointer (*GlnStoreJobFunc) (GlnDatabase   *database,
                                     gpointer       data,
                                     GCancellable  *cancellable,
                                     GError       **error);

#define GLN_TYPE_STORE (gln_store_get_type ())
G_DECLARE_FINAL_TYPE (GlnStore, gln_store, GLN, STORE, GObject)

void         gln_store_open_async          (const char           *path,
                                            GCancellable         *cancellable,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
GlnStore    *gln_store_open_finish         (GAsyncResult         *result,
                                            GError              **error);
GlnStore    *gln_store_open_sync           (const char           *path,
                                            GError              **error);
const char  *gln_store_get_path            (GlnStore             *self);

void         gln_store_run_async           (GlnStore             *self,
                                            GlnStoreJobFunc       func,
                                            gpointer              data,
                                            GDestroyNotify        data_free,
                                            GDestroyNotify        result_free,
                                            GCancellable         *cancellable,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
gpointer     gln_store_run_finish          (GlnStore             *self,
                                            GAsyncResult         *result,
                                            GError              **error);

void         gln_store_import_async        (GlnStore             *self,
                                            GPtrArray            *papers,
                                            gint64                feed_id,
                                            GCancellable         *cancellable,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
gboolean     gln_store_import_finish       (GlnStore             *self,
                                            GAsyncResult         *result,
                                            GlnImportStats       *stats,
                                            GError              **error);
void         gln_store_query_ids_async     (GlnStore             *self,
                                            const GlnQuery       *query,
                                            GCancellable         *cancellable,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
GArray      *gln_store_query_ids_finish    (GlnStore             *self,
                                            GAsyncResult         *result,
                                            GError              **error);

void         gln_store_set_rating_async    (GlnStore             *self,
                                            GlnPaper             *paper,
                                            int                   rating,
                                            GCancellable         *cancellable,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
void         gln_store_set_starred_async   (GlnStore             *self,
                                            GlnPaper             *paper,
                                            gboolean              starred,
                                            GCancellable         *cancellable,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
void         gln_store_set_read_async      (GlnStore             *self,
                                            GlnPaper             *paper,
                                            gboolean              read,
                                            GCancellable         *cancellable,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
void         gln_store_add_tag_async       (GlnStore             *self,
                                            GlnPaper             *paper,
                                            const char           *tag,
                                            GCancellable         *cancellable,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
void         gln_store_add_note_async      (GlnStore             *self,
                                            GlnPaper             *paper,
                                            const char           *body,
                                            GCancellable         *cancellable,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
gboolean     gln_store_edit_finish         (GlnStore             *self,
                                            GAsyncResult         *result,
                                            GError              **error);

GlnPaper    *gln_store_lookup_paper        (GlnStore             *self,
                                            gint64                id,
                                            GError              **error);
GPtrArray   *gln_store_lookup_papers       (GlnStore             *self,
                                            const gint64         *ids,
                                            guint                 n_ids,
                                            GError              **error);
guint64      gln_store_get_n_rows_read     (GlnStore             *self);

/* The main window (issue 5): the sidebar summary, notes, tag and collection edits, saved
 * searches. Implemented in gln-store-library.c; paper edits finish with
 * gln_store_edit_finish(). */
void               gln_store_load_summary_async      (GlnStore             *self,
                                                      GCancellable         *cancellable,
                                                      GAsyncReadyCallback   callback,
                                                      gpointer              user_data);
GlnLibrarySummary *gln_store_load_summary_finish     (GlnStore             *self,
                                                      GAsyncResult         *result,
                                                      GError              **error);
void               gln_store_list_notes_async        (GlnStore             *self,
                                                      gint64                paper_id,
                                                      GCancellable         *cancellable,
                                                      GAsyncReadyCallback   callback,
                                                      gpointer              user_data);
GPtrArray         *gln_store_list_notes_finish       (GlnStore             *self,
                                                      GAsyncResult         *result,
                                                      GError              **error);
void               gln_store_save_note_async         (GlnStore             *self,
                                                      GlnPaper             *paper,
                                                      gint64                note_id,
                                                      const char           *body,
                                                      GCancellable         *cancellable,
                                                      GAsyncReadyCallback   callback,
                                                      gpointer              user_data);
GlnNote           *gln_store_save_note_finish        (GlnStore             *self,
                                                      GAsyncResult         *result,
                                                      GError              **error);
void               gln_store_delete_note_async       (GlnStore             *self,
                                                      gint64                note_id,
                                                      GCancellable         *cancellable,
                                                      GAsyncReadyCallback   callback,
                                                      gpointer              user_data);
gboolean           gln_store_delete_note_finish      (GlnStore             *self,
                                                      GAsyncResult         *result,
                                                      GError              **error);
void               gln_store_remove_tag_async        (GlnStore             *self,
                                                      GlnPaper             *paper,
                                                      const char           *tag,
                                                      GCancellable         *cancellable,
                                                      GAsyncReadyCallback   callback,
                                                      gpointer              user_data);
void               gln_store_collection_add_async    (GlnStore             *self,
                                                      GlnPaper             *paper,
                                                      const char           *collection,
                                                      GCancellable         *cancellable,
                                                      GAsyncReadyCallback   callback,
                                                      gpointer              user_data);
void               gln_store_collection_remove_async (GlnStore             *self,
                                                      GlnPaper             *paper,
                                                      const char           *collection,
                                                      GCancellable         *cancellable,
                                                      GAsyncReadyCallback   callback,
                                                      gpointer              user_data);
void               gln_store_save_search_async       (GlnStore             *self,
                                                      const char           *name,
                                                      const GlnQuery       *query,
                                                      GCancellable         *cancellable,
                                                      GAsyncReadyCallback   callback,
                                                      gpointer              user_data);
gint64             gln_store_save_search_finish      (GlnStore             *self,
                                                      GAsyncResult         *result,
                                                      GError              **error);
void               gln_store_delete_search_async     (GlnStore             *self,
                                                      gint64                search_id,
                                                      GCancellable         *cancellable,
                                                      GAsyncReadyCallback   callback,
                                                      gpointer              user_data);
gboolean           gln_store_delete_search_finish    (GlnStore             *self,
                                                      GAsyncResult         *result,
                                                      GError              **error);

G_END_DECLS
