/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/**
 * GlnDrawFunc:
 * @data: what to draw
 * @cr: where, at the drawing's size
 *
 * Draws a diagram (a PRISMA flow, a citation map) with cairo.
 */
typedef void (*GlnDrawFunc) (gconstpointer  data,
                             cairo_t       *cr);

#define GLN_DRAWING_FONT "sans-serif"

void    gln_drawing_arrow_head (cairo_t      *cr,
                                double        x,
                                double        y,
                                double        angle);
GBytes *gln_drawing_to_png     (double        width,
                                double        height,
                                double        scale,
                                GlnDrawFunc   draw,
                                gconstpointer data,
                                GError      **error);
void    gln_drawing_svg_begin  (GString      *out,
                                double        width,
                                double        height,
                                double        font_size,
                                const char   *title);

G_END_DECLS
