/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "gln-core.h"
#include "gln-merge-pane.h"

G_BEGIN_DECLS

#define GLN_TYPE_DUPLICATES_VIEW (gln_duplicates_view_get_type ())
G_DECLARE_FINAL_TYPE (GlnDuplicatesView, gln_duplicates_view, GLN, DUPLICATES_VIEW, GtkWidget)

GtkWidget          *gln_duplicates_view_new                     (void);
void                gln_duplicates_view_set_store               (GlnDuplicatesView *self,
                                                                 GlnStore          *store);
gboolean            gln_duplicates_view_get_loading             (GlnDuplicatesView *self);
guint               gln_duplicates_view_get_n_pairs             (GlnDuplicatesView *self);
const GlnDuplicate *gln_duplicates_view_get_selected            (GlnDuplicatesView *self);
GlnMergePane       *gln_duplicates_view_get_merge_pane          (GlnDuplicatesView *self);
void                gln_duplicates_view_set_start_title_buttons (GlnDuplicatesView *self,
                                                                 gboolean           show);

G_END_DECLS
