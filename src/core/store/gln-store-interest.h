/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "gln-features.h"
#include "gln-store.h"

G_BEGIN_DECLS

/**
 * GlnSharing:
 * @n_papers: about how many papers the library has (its highest id)
 * @papers: (element-type GArray): for each phrase asked, the ids of the papers that have it;
 *   empty when none or too many have it
 *
 * Which papers share words or authors with a paper.
 */
typedef struct
{
  gint64     n_papers;
  GPtrArray *papers;
} GlnSharing;

void        gln_sharing_free (GlnSharing *self);

void       gln_store_set_not_interested_async (GlnStore             *self,
                                               GlnPaper             *paper,
                                               gboolean              not_interested,
                                               GCancellable         *cancellable,
                                               GAsyncReadyCallback   callback,
                                               gpointer              user_data);
void       gln_store_load_interest_async      (GlnStore             *self,
                                               GArray               *known,
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
void        gln_store_find_sharing_async       (GlnStore             *self,
                                               const char * const   *words,
                                               const char * const   *authors,
                                               guint                 cap,
                                               GCancellable         *cancellable,
                                               GAsyncReadyCallback   callback,
                                               gpointer              user_data);
GlnSharing *gln_store_find_sharing_finish      (GlnStore             *self,
                                               GAsyncResult         *result,
                                               GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlnSharing, gln_sharing_free)

G_END_DECLS
