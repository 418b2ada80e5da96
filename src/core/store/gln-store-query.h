/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "gln-query.h"
#include "gln-store.h"

G_BEGIN_DECLS

void    gln_store_query_ids_async     (GlnStore             *self,
                                       const GlnQuery       *query,
                                       GCancellable         *cancellable,
                                       GAsyncReadyCallback   callback,
                                       gpointer              user_data);
GArray *gln_store_query_ids_finish    (GlnStore             *self,
                                       GAsyncResult         *result,
                                       GError              **error);
void    gln_store_count_papers_async  (GlnStore             *self,
                                       const GlnQuery       *query,
                                       GCancellable         *cancellable,
                                       GAsyncReadyCallback   callback,
                                       gpointer              user_data);
gint64  gln_store_count_papers_finish (GlnStore             *self,
                                       GAsyncResult         *result,
                                       GError              **error);

G_END_DECLS
