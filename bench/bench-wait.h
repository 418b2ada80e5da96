/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "gln-core.h"

G_BEGIN_DECLS

void          bench_ready_cb      (GObject         *object,
                                   GAsyncResult    *result,
                                   gpointer         user_data);
GAsyncResult *bench_wait          (GAsyncResult   **slot);
GArray       *bench_query_ids     (GlnStore        *store,
                                   const GlnQuery  *query,
                                   GError         **error);
gint64        bench_count_papers  (GlnStore        *store,
                                   GError         **error);

G_END_DECLS
