/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "gln-feed-refresher.h"
#include "gln-core.h"

G_BEGIN_DECLS

#define GLN_TYPE_ADD_FEED_DIALOG (gln_add_feed_dialog_get_type ())
G_DECLARE_FINAL_TYPE (GlnAddFeedDialog, gln_add_feed_dialog, GLN, ADD_FEED_DIALOG, AdwWindow)

GlnAddFeedDialog *gln_add_feed_dialog_new           (GlnStore         *store,
                                                     GlnFeedRefresher *refresher);
const char       *gln_add_feed_dialog_get_kind      (GlnAddFeedDialog *self);
char             *gln_add_feed_dialog_dup_params    (GlnAddFeedDialog *self);
void              gln_add_feed_dialog_set_kind      (GlnAddFeedDialog *self,
                                                     guint             position);
void              gln_add_feed_dialog_set_value     (GlnAddFeedDialog *self,
                                                     const char       *value);
void              gln_add_feed_dialog_preview       (GlnAddFeedDialog *self);
void              gln_add_feed_dialog_add           (GlnAddFeedDialog *self);
guint             gln_add_feed_dialog_get_n_preview (GlnAddFeedDialog *self);

G_END_DECLS
