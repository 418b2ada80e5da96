/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "gln-core.h"

G_BEGIN_DECLS

#define GLN_TYPE_FOR_YOU_VIEW (gln_for_you_view_get_type ())
G_DECLARE_FINAL_TYPE (GlnForYouView, gln_for_you_view, GLN, FOR_YOU_VIEW, GtkWidget)

GtkWidget *gln_for_you_view_new           (void);
void       gln_for_you_view_set_store     (GlnForYouView *self,
                                           GlnStore      *store);
GlnForYou *gln_for_you_view_get_for_you   (GlnForYouView *self);
guint      gln_for_you_view_get_n_rows    (GlnForYouView *self);
gint64     gln_for_you_view_get_row_id    (GlnForYouView *self,
                                           guint          position);
const char *gln_for_you_view_get_row_because (GlnForYouView *self,
                                              guint          position);
void       gln_for_you_view_show_similar  (GlnForYouView *self,
                                           GlnPaper      *paper);
void       gln_for_you_view_not_interested (GlnForYouView *self,
                                            GlnPaper      *paper);

G_END_DECLS
