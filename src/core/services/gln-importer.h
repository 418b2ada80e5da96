/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "gln-import-result.h"
#include "gln-parse-task.h"
#include "gln-store.h"

G_BEGIN_DECLS

#define GLN_TYPE_IMPORTER (gln_importer_get_type ())
G_DECLARE_FINAL_TYPE (GlnImporter, gln_importer, GLN, IMPORTER, GObject)

GlnImporter     *gln_importer_new                 (GlnStore             *store);
void             gln_importer_import_async        (GlnImporter          *self,
                                                   GlnParseFunc          func,
                                                   gpointer              data,
                                                   GDestroyNotify        data_free,
                                                   gint64                feed_id,
                                                   GCancellable         *cancellable,
                                                   GAsyncReadyCallback   callback,
                                                   gpointer              user_data);
void             gln_importer_import_papers_async (GlnImporter          *self,
                                                   GPtrArray            *papers,
                                                   gint64                feed_id,
                                                   GCancellable         *cancellable,
                                                   GAsyncReadyCallback   callback,
                                                   gpointer              user_data);
GlnImportResult *gln_importer_import_finish       (GlnImporter          *self,
                                                   GAsyncResult         *result,
                                                   GError              **error);

G_END_DECLS
