/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define GLN_TYPE_RATING (gln_rating_get_type ())
G_DECLARE_FINAL_TYPE (GlnRating, gln_rating, GLN, RATING, GtkWidget)

GtkWidget *gln_rating_new       (void);
int        gln_rating_get_value (GlnRating *self);
void       gln_rating_set_value (GlnRating *self,
                                 int        value);

G_END_DECLS
