/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "gln-collection.h"
#include "gln-paper.h"

G_BEGIN_DECLS

#define GLN_TYPE_REVIEW_ITEM (gln_review_item_get_type ())
G_DECLARE_FINAL_TYPE (GlnReviewItem, gln_review_item, GLN, REVIEW_ITEM, GObject)

GlnReviewItem *gln_review_item_new                  (GlnPaper       *paper);
GlnPaper      *gln_review_item_get_paper            (GlnReviewItem  *self);
gint64         gln_review_item_get_paper_id         (GlnReviewItem  *self);
GlnScreening   gln_review_item_get_status           (GlnReviewItem  *self);
const char    *gln_review_item_get_reason           (GlnReviewItem  *self);
void           gln_review_item_set_screening        (GlnReviewItem  *self,
                                                     GlnScreening    status,
                                                     const char     *reason);
const char    *gln_review_item_get_key_results      (GlnReviewItem  *self);
void           gln_review_item_set_key_results      (GlnReviewItem  *self,
                                                     const char     *key_results);
const char    *gln_review_item_get_key_results_text (GlnReviewItem  *self);
const char    *gln_review_item_get_cell             (GlnReviewItem  *self,
                                                     gint64          column_id);
void           gln_review_item_set_cell             (GlnReviewItem  *self,
                                                     gint64          column_id,
                                                     const char     *value);
char          *gln_review_item_dup_title_text       (GlnReviewItem  *self);

G_END_DECLS
