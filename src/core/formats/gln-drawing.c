/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-drawing"

#include "config.h"

#include "gln-drawing.h"

#include <gio/gio.h>

#include <glib/gi18n-lib.h>
#include <math.h>

/* What the diagrams of a review (the PRISMA flow, the citation map) share: arrow heads, a
 * drawing made a PNG image, and the start of an SVG document whose text stays text. */

/* cairo's image surfaces stop at 32767 pixels a side. */
#define MAX_PIXELS 32000.0

/**
 * gln_drawing_arrow_head:
 * @cr: a cairo context, its source set
 * @x: the arrow's tip
 * @y: the arrow's tip
 * @angle: the direction the arrow points to
 *
 * Fills an arrow's head at its tip.
 */
void
gln_drawing_arrow_head (cairo_t *cr,
                        double   x,
                        double   y,
                        double   angle)
{
  cairo_move_to (cr, x, y);
  cairo_line_to (cr, x - 9 * cos (angle - 0.4), y - 9 * sin (angle - 0.4));
  cairo_line_to (cr, x - 9 * cos (angle + 0.4), y - 9 * sin (angle + 0.4));
  cairo_close_path (cr);
  cairo_fill (cr);
}

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/**
 * gln_drawing_to_png:
 * @width: the drawing's width
 * @height: its height
 * @scale: pixels per unit (2 for a sharp print); less for a drawing that would not fit
 *   the largest image cairo makes
 * @draw: draws it
 * @data: what @draw draws
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the drawing as a PNG image, or %NULL with @error set
 */
GBytes *
gln_drawing_to_png (double          width,
                    double          height,
                    double          scale,
                    GlnDrawFunc     draw,
                    gconstpointer   data,
                    GError        **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (width > 0 && height > 0 && scale > 0 && draw != NULL, NULL);

  scale = MIN (scale, MAX_PIXELS / MAX (width, height));
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) ceil (width * scale),
                                        (int) ceil (height * scale));
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  draw (data, cr);
  cairo_destroy (cr);
  status = cairo_surface_write_to_png_stream (surface, append_cb, bytes);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not draw the diagram: %s"), cairo_status_to_string (status));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

/**
 * gln_drawing_svg_begin:
 * @out: where the document goes
 * @width: the drawing's width
 * @height: its height
 * @font_size: the size of its text
 * @title: (nullable): its title, for the SVG's `<title>`
 *
 * Starts an SVG document on a white background, with an arrow marker (`url(#arrow)`);
 * the caller adds the shapes and closes it with `</svg>`.
 */
void
gln_drawing_svg_begin (GString    *out,
                       double      width,
                       double      height,
                       double      font_size,
                       const char *title)
{
  g_string_append_printf (out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\""
                          " height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" font-family=\"%s\""
                          " font-size=\"%.0f\">\n",
                          width, height, width, height, GLN_DRAWING_FONT, font_size);
  if (title != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (title, -1);

      g_string_append_printf (out, "<title>%s</title>\n", escaped);
    }
  g_string_append (out, "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\""
                   " refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto\">"
                   "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#333\"/></marker></defs>\n"
                   "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n");
}
