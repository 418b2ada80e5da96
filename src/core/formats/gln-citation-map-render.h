/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "gln-citation-map.h"

G_BEGIN_DECLS

void    gln_citation_map_draw   (const GlnCitationMap  *map,
                                 cairo_t               *cr,
                                 int                    focused);
char   *gln_citation_map_to_svg (const GlnCitationMap  *map,
                                 const char            *title);
GBytes *gln_citation_map_to_png (const GlnCitationMap  *map,
                                 double                 scale,
                                 GError               **error);

G_END_DECLS
