/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "gln-store.h"

G_BEGIN_DECLS

/**
 * GLN_BACKUPS_KEEP_DEFAULT:
 *
 * How many automatic backups are kept unless the user chose otherwise.
 */
#define GLN_BACKUPS_KEEP_DEFAULT 7

char      *gln_backups_dup_dir       (const char           *library_path);
GPtrArray *gln_backups_list          (const char           *dir);
void       gln_backups_run_async     (GlnStore             *store,
                                      const char           *dir,
                                      guint                 keep,
                                      gboolean              daily,
                                      GCancellable         *cancellable,
                                      GAsyncReadyCallback   callback,
                                      gpointer              user_data);
char      *gln_backups_run_finish    (GAsyncResult         *result,
                                      GError              **error);

G_END_DECLS
