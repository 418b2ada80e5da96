/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "gln-core.h"

G_BEGIN_DECLS

#define GLN_TYPE_CITATION_MAP_AREA (gln_citation_map_area_get_type ())
G_DECLARE_FINAL_TYPE (GlnCitationMapArea, gln_citation_map_area, GLN, CITATION_MAP_AREA, GtkWidget)

GtkWidget      *gln_citation_map_area_new         (void);
GlnCitationMap *gln_citation_map_area_get_map     (GlnCitationMapArea *self);
void            gln_citation_map_area_set_map     (GlnCitationMapArea *self,
                                                   GlnCitationMap     *map);
int             gln_citation_map_area_get_focused (GlnCitationMapArea *self);
void            gln_citation_map_area_set_focused (GlnCitationMapArea *self,
                                                   int                 index);
double          gln_citation_map_area_get_zoom    (GlnCitationMapArea *self);
void            gln_citation_map_area_set_zoom    (GlnCitationMapArea *self,
                                                   double              zoom);
void            gln_citation_map_area_zoom_to_fit (GlnCitationMapArea *self);

G_END_DECLS
