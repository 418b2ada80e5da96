/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "gln-store.h"

G_BEGIN_DECLS

void      gln_store_trash_papers_async     (GlnStore             *self,
                                            GArray               *ids,
                                            GCancellable         *cancellable,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
void      gln_store_restore_papers_async   (GlnStore             *self,
                                            GArray               *ids,
                                            GCancellable         *cancellable,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
void      gln_store_delete_trashed_async   (GlnStore             *self,
                                            GArray               *ids,
                                            GCancellable         *cancellable,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
gboolean  gln_store_trash_finish           (GlnStore             *self,
                                            GAsyncResult         *result,
                                            guint                *n_papers,
                                            GError              **error);

G_END_DECLS
