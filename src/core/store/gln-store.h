/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "gln-error.h"
#include "gln-paper.h"

G_BEGIN_DECLS

#define GLN_TYPE_STORE (gln_store_get_type ())
G_DECLARE_FINAL_TYPE (GlnStore, gln_store, GLN, STORE, GObject)

char        *gln_store_dup_default_path (void);
void         gln_store_open_async       (const char           *path,
                                         GCancellable         *cancellable,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
GlnStore    *gln_store_open_finish      (GAsyncResult         *result,
                                         GError              **error);
GlnStore    *gln_store_open_sync        (const char           *path,
                                         GError              **error);
const char  *gln_store_get_path         (GlnStore             *self);

GlnPaper    *gln_store_lookup_paper     (GlnStore             *self,
                                         gint64                id,
                                         GError              **error);
GPtrArray   *gln_store_lookup_papers    (GlnStore             *self,
                                         const gint64         *ids,
                                         guint                 n_ids,
                                         GError              **error);
guint64      gln_store_get_n_rows_read  (GlnStore             *self);

gboolean     gln_store_edit_finish      (GlnStore             *self,
                                         GAsyncResult         *result,
                                         GError              **error);
gint64       gln_store_id_finish        (GlnStore             *self,
                                         GAsyncResult         *result,
                                         GError              **error);

G_END_DECLS
