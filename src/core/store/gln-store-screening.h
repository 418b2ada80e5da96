/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "gln-store.h"

G_BEGIN_DECLS

void   gln_store_edit_reason_async  (GlnStore             *self,
                                     gint64                collection_id,
                                     const char           *reason,
                                     const char           *new_reason,
                                     GCancellable         *cancellable,
                                     GAsyncReadyCallback   callback,
                                     gpointer              user_data);
GStrv  gln_store_edit_reason_finish (GlnStore             *self,
                                     GAsyncResult         *result,
                                     GError              **error);
void   gln_store_set_keywords_async (GlnStore             *self,
                                     gint64                collection_id,
                                     const char           *include_words,
                                     const char           *exclude_words,
                                     GCancellable         *cancellable,
                                     GAsyncReadyCallback   callback,
                                     gpointer              user_data);

G_END_DECLS
