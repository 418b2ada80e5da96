/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "gln-feed.h"
#include "gln-store.h"

G_BEGIN_DECLS

void         gln_store_add_feed_async          (GlnStore             *self,
                                                const char           *kind,
                                                const char           *params,
                                                const char           *title,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
void         gln_store_list_feeds_async        (GlnStore             *self,
                                                gint64                feed_id,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
GPtrArray   *gln_store_list_feeds_finish       (GlnStore             *self,
                                                GAsyncResult         *result,
                                                GError              **error);
void         gln_store_remove_feed_async       (GlnStore             *self,
                                                gint64                feed_id,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
void         gln_store_rename_feed_async       (GlnStore             *self,
                                                gint64                feed_id,
                                                const char           *title,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
void         gln_store_set_feed_enabled_async  (GlnStore             *self,
                                                gint64                feed_id,
                                                gboolean              enabled,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
void         gln_store_set_feed_interval_async (GlnStore             *self,
                                                gint64                feed_id,
                                                int                   seconds,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
void         gln_store_set_feed_params_async   (GlnStore             *self,
                                                gint64                feed_id,
                                                const char           *params,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
void         gln_store_record_fetch_async      (GlnStore             *self,
                                                gint64                feed_id,
                                                const char           *last_error,
                                                gboolean              set_validators,
                                                const char           *etag,
                                                const char           *last_modified,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
void         gln_store_list_arrivals_async     (GlnStore             *self,
                                                gint64                paper_id,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
GArray      *gln_store_list_arrivals_finish    (GlnStore             *self,
                                                GAsyncResult         *result,
                                                GError              **error);

G_END_DECLS
