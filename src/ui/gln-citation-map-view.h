/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "gln-core.h"

G_BEGIN_DECLS

#define GLN_TYPE_CITATION_MAP_VIEW (gln_citation_map_view_get_type ())
G_DECLARE_FINAL_TYPE (GlnCitationMapView, gln_citation_map_view, GLN, CITATION_MAP_VIEW, GtkWidget)

GtkWidget *gln_citation_map_view_new           (GlnStore           *store,
                                                gint64              collection_id);
GtkWidget *gln_citation_map_view_get_area      (GlnCitationMapView *self);
GtkWidget *gln_citation_map_view_get_list      (GlnCitationMapView *self);
void       gln_citation_map_view_set_show_list (GlnCitationMapView *self,
                                                gboolean            list);

G_END_DECLS
