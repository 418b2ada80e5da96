/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "gln-library-summary.h"
#include "gln-query.h"
#include "gln-store.h"

G_BEGIN_DECLS

void               gln_store_load_summary_async  (GlnStore             *self,
                                                  GCancellable         *cancellable,
                                                  GAsyncReadyCallback   callback,
                                                  gpointer              user_data);
GlnLibrarySummary *gln_store_load_summary_finish (GlnStore             *self,
                                                  GAsyncResult         *result,
                                                  GError              **error);
void               gln_store_save_search_async   (GlnStore             *self,
                                                  const char           *name,
                                                  const GlnQuery       *query,
                                                  GCancellable         *cancellable,
                                                  GAsyncReadyCallback   callback,
                                                  gpointer              user_data);
void               gln_store_delete_search_async (GlnStore             *self,
                                                  gint64                search_id,
                                                  GCancellable         *cancellable,
                                                  GAsyncReadyCallback   callback,
                                                  gpointer              user_data);
void               gln_store_check_async         (GlnStore             *self,
                                                  GCancellable         *cancellable,
                                                  GAsyncReadyCallback   callback,
                                                  gpointer              user_data);
GStrv              gln_store_check_finish        (GlnStore             *self,
                                                  GAsyncResult         *result,
                                                  GError              **error);

G_END_DECLS
