/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "gln-import-result.h"
#include "gln-store.h"

G_BEGIN_DECLS

void             gln_store_import_async  (GlnStore             *self,
                                          GPtrArray            *papers,
                                          gint64                feed_id,
                                          GCancellable         *cancellable,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);
GlnImportResult *gln_store_import_finish (GlnStore             *self,
                                          GAsyncResult         *result,
                                          GError              **error);

G_END_DECLS
