/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "gln-review-item.h"
#include "gln-store-board.h"

G_BEGIN_DECLS

#define GLN_TYPE_COLLECTION_LOADER (gln_collection_loader_get_type ())
G_DECLARE_FINAL_TYPE (GlnCollectionLoader, gln_collection_loader, GLN, COLLECTION_LOADER, GObject)

GlnCollectionLoader *gln_collection_loader_new            (void);
GlnStore            *gln_collection_loader_get_store      (GlnCollectionLoader *self);
void                 gln_collection_loader_set_store      (GlnCollectionLoader *self,
                                                           GlnStore            *store);
gint64               gln_collection_loader_get_collection (GlnCollectionLoader *self);
void                 gln_collection_loader_set_collection (GlnCollectionLoader *self,
                                                           gint64               collection_id);
void                 gln_collection_loader_reload         (GlnCollectionLoader *self);
void                 gln_collection_loader_refresh        (GlnCollectionLoader *self);
void                 gln_collection_loader_begin_edit     (GlnCollectionLoader *self);
void                 gln_collection_loader_end_edit       (GlnCollectionLoader *self);
gboolean             gln_collection_loader_is_busy        (GlnCollectionLoader *self);
void                 gln_collection_loader_stop           (GlnCollectionLoader *self);
GPtrArray           *gln_collection_loader_merge_items    (GlnCollectionLoader *self,
                                                           GListModel          *current,
                                                           GlnBoardState       *state,
                                                           gboolean            *changed,
                                                           GError             **error);

G_END_DECLS
