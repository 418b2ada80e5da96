/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "gln-review-item.h"

G_BEGIN_DECLS

/**
 * GlnReviewEdit:
 * @view: the view that asked for the edit, held weakly
 * @item: (nullable): the paper edited
 * @column_id: the criteria column of a cell edit
 * @previous_status: the decision before a screening edit
 * @previous: (nullable): the reason, cell value or Key results before the edit
 *
 * What a view needs to finish an edit it showed ahead of the store: edits are not cancelled
 * with the view, so that what the user did just before closing it is still stored, and the
 * callback finds the view through a weak reference, or nothing once it is gone.
 */
typedef struct
{
  GWeakRef       view;
  GlnReviewItem *item;
  gint64         column_id;
  GlnScreening   previous_status;
  char          *previous;
} GlnReviewEdit;

GlnReviewEdit *gln_review_edit_new             (gpointer       view,
                                                GlnReviewItem *item,
                                                const char    *previous);
void           gln_review_edit_free            (GlnReviewEdit *edit);
gpointer       gln_review_edit_dup_view        (GlnReviewEdit *edit);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlnReviewEdit, gln_review_edit_free)

GStrv          gln_review_dup_keywords         (const char    *description);
char          *gln_review_dup_stem             (const char    *word);
char          *gln_review_dup_bulleted         (const char    *text);
char          *gln_review_dup_authors          (GlnPaper      *paper,
                                                guint          max_names);
char          *gln_review_dup_meta             (GlnPaper      *paper);
void           gln_review_set_accessible_label (GtkWidget     *widget,
                                                const char    *label);

G_END_DECLS
