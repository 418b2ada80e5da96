/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "gln-core.h"

G_BEGIN_DECLS

#define GLN_TYPE_COMPARE_VIEW (gln_compare_view_get_type ())
G_DECLARE_FINAL_TYPE (GlnCompareView, gln_compare_view, GLN, COMPARE_VIEW, GtkWidget)

GtkWidget *gln_compare_view_new        (void);
GlnStore  *gln_compare_view_get_store  (GlnCompareView *self);
void       gln_compare_view_set_store  (GlnCompareView *self,
                                        GlnStore       *store);
void       gln_compare_view_set_papers (GlnCompareView *self,
                                        GPtrArray      *papers,
                                        gint64          collection_id);
GPtrArray *gln_compare_view_get_papers (GlnCompareView *self);
gboolean   gln_compare_view_is_busy    (GlnCompareView *self);

G_END_DECLS
