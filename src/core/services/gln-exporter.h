/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "gln-board-table.h"
#include "gln-export.h"
#include "gln-query.h"
#include "gln-store.h"

G_BEGIN_DECLS

void      gln_export_async        (GlnStore                 *store,
                                   const GlnQuery           *query,
                                   GlnExportFormat           format,
                                   const GlnExportOptions   *options,
                                   GFile                    *file,
                                   GCancellable             *cancellable,
                                   GAsyncReadyCallback       callback,
                                   gpointer                  user_data);
void      gln_export_papers_async (GlnStore                 *store,
                                   GPtrArray                *papers,
                                   GlnExportFormat           format,
                                   const GlnExportOptions   *options,
                                   GFile                    *file,
                                   GCancellable             *cancellable,
                                   GAsyncReadyCallback       callback,
                                   gpointer                  user_data);
void      gln_export_board_async  (GlnStore                 *store,
                                   gint64                    collection_id,
                                   GlnBoardExport            format,
                                   int                       status,
                                   GFile                    *file,
                                   GCancellable             *cancellable,
                                   GAsyncReadyCallback       callback,
                                   gpointer                  user_data);
char     *gln_export_finish       (GAsyncResult             *result,
                                   guint                    *n_papers,
                                   GError                  **error);
gboolean  gln_export_write_file   (const char               *path,
                                   const char               *contents,
                                   gssize                    length,
                                   GError                  **error);

G_END_DECLS
