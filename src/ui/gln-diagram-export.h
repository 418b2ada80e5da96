/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/**
 * GlnDiagramWriteFunc:
 * @widget: the view whose diagram is exported
 * @png: %TRUE for a PNG image, %FALSE for SVG
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the diagram's file, or %NULL with @error set
 */
typedef GBytes *(*GlnDiagramWriteFunc) (GtkWidget  *widget,
                                        gboolean    png,
                                        GError    **error);

void gln_diagram_export (GtkWidget           *widget,
                         const char          *title,
                         const char          *file_name,
                         GlnDiagramWriteFunc  write);

G_END_DECLS
