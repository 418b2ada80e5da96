/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "gln-store.h"

G_BEGIN_DECLS

/* Runs on the main thread after a job succeeded, before its caller gets @result; a job with
 * one makes the store emit GlnStore::changed once its caller has the result. */
typedef void (*GlnStoreApplyFunc) (GlnStore *self,
                                   gpointer  data,
                                   gpointer  result);

void     _gln_store_push           (GlnStore            *self,
                                    GlnStoreJobFunc      func,
                                    gpointer             data,
                                    GDestroyNotify       data_free,
                                    GDestroyNotify       result_free,
                                    GlnStoreApplyFunc    apply,
                                    gpointer             source_tag,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data);
gpointer _gln_store_propagate      (GlnStore            *self,
                                    GAsyncResult        *result,
                                    GError             **error);
void     _gln_store_refresh_papers (GlnStore            *self,
                                    const gint64        *ids,
                                    guint                n_ids);

G_END_DECLS
