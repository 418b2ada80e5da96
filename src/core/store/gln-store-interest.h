/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "gln-features.h"
#include "gln-store.h"

G_BEGIN_DECLS

void       gln_store_set_not_interested_async (GlnStore             *self,
                                               GlnPaper             *paper,
                                               gboolean              not_interested,
                                               GCancellable         *cancellable,
                                               GAsyncReadyCallback   callback,
                                               gpointer              user_data);
void       gln_store_load_interest_async      (GlnStore             *self,
                                               GHashTable           *known,
                                               guint                 max_candidates,
                                               GCancellable         *cancellable,
                                               GAsyncReadyCallback   callback,
                                               gpointer              user_data);
GPtrArray *gln_store_load_interest_finish     (GlnStore             *self,
                                               GAsyncResult         *result,
                                               GError              **error);
void       gln_store_read_texts_async         (GlnStore             *self,
                                               GArray               *ids,
                                               GCancellable         *cancellable,
                                               GAsyncReadyCallback   callback,
                                               gpointer              user_data);
GPtrArray *gln_store_read_texts_finish        (GlnStore             *self,
                                               GAsyncResult         *result,
                                               GError              **error);

G_END_DECLS
