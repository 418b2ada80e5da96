/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "gln-store.h"

G_BEGIN_DECLS

/**
 * GlnLibraryReport:
 * @schema_version: the library's schema version
 * @n_papers: papers
 * @n_notes: notes
 * @n_collections: review collections
 * @n_feeds: feeds
 * @n_duplicates: possible duplicates waiting for the user
 *
 * What `gleaner-cli check` reports beside the problems it finds.
 */
typedef struct
{
  int    schema_version;
  gint64 n_papers;
  gint64 n_notes;
  gint64 n_collections;
  gint64 n_feeds;
  gint64 n_duplicates;
} GlnLibraryReport;

void              gln_store_backup_async        (GlnStore             *self,
                                                 const char           *path,
                                                 GCancellable         *cancellable,
                                                 GAsyncReadyCallback   callback,
                                                 gpointer              user_data);
gboolean          gln_store_backup_finish       (GlnStore             *self,
                                                 GAsyncResult         *result,
                                                 GError              **error);
void              gln_store_report_async        (GlnStore             *self,
                                                 GCancellable         *cancellable,
                                                 GAsyncReadyCallback   callback,
                                                 gpointer              user_data);
GlnLibraryReport *gln_store_report_finish       (GlnStore             *self,
                                                 GAsyncResult         *result,
                                                 GError              **error);

void              gln_store_quick_check_async   (const char           *library_path,
                                                 GCancellable         *cancellable,
                                                 GAsyncReadyCallback   callback,
                                                 gpointer              user_data);
GStrv             gln_store_quick_check_finish  (GAsyncResult         *result,
                                                 GError              **error);
gboolean          gln_store_restore_backup      (const char           *library_path,
                                                 const char           *backup_path,
                                                 gboolean              force,
                                                 char                **replaced,
                                                 GError              **error);

G_END_DECLS
