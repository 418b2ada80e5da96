/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "gln-citation-map.h"
#include "gln-store.h"

G_BEGIN_DECLS

void            gln_store_read_citation_map_async  (GlnStore             *self,
                                                    gint64                collection_id,
                                                    GCancellable         *cancellable,
                                                    GAsyncReadyCallback   callback,
                                                    gpointer              user_data);
GlnCitationMap *gln_store_read_citation_map_finish (GlnStore             *self,
                                                    GAsyncResult         *result,
                                                    GError              **error);

G_END_DECLS
