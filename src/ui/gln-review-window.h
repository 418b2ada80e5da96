/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "gln-core.h"

G_BEGIN_DECLS

#define GLN_TYPE_REVIEW_WINDOW (gln_review_window_get_type ())
G_DECLARE_FINAL_TYPE (GlnReviewWindow, gln_review_window, GLN, REVIEW_WINDOW, AdwWindow)

GlnReviewWindow *gln_review_window_new           (GlnStore        *store,
                                                  gint64           collection_id,
                                                  const char      *name);
gint64           gln_review_window_get_collection (GlnReviewWindow *self);
void             gln_review_window_show_page     (GlnReviewWindow *self,
                                                  const char      *page);
GtkWidget       *gln_review_window_get_page      (GlnReviewWindow *self,
                                                  const char      *page);

G_END_DECLS
