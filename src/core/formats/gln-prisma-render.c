/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-prisma"

#include "config.h"

#include "gln-prisma-render.h"

#include "gln-drawing.h"

#include <math.h>

/* A PRISMA flow diagram, from its layout: drawn with cairo (the window, PNG files) or
 * written as SVG. The SVG is written here rather than by cairo's SVG surface, which turns
 * text into glyph outlines: the counts stay text, to be searched, read aloud and checked. */

static void
draw_arrow (cairo_t *cr,
            double   x1,
            double   y1,
            double   x2,
            double   y2)
{
  cairo_move_to (cr, x1, y1);
  cairo_line_to (cr, x2, y2);
  cairo_stroke (cr);
  gln_drawing_arrow_head (cr, x2, y2, atan2 (y2 - y1, x2 - x1));
}

static void
draw_box (cairo_t            *cr,
          const GlnPrismaBox *box)
{
  cairo_rectangle (cr, box->x + 0.5, box->y + 0.5, box->width, box->height);
  cairo_set_source_rgb (cr, box->phase ? 0.82 : 1.0, box->phase ? 0.89 : 1.0,
                        box->phase ? 0.97 : 1.0);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
  cairo_stroke (cr);

  for (guint i = 0; i < box->lines->len; i++)
    {
      const char *line = g_ptr_array_index (box->lines, i);
      cairo_text_extents_t extents;

      cairo_save (cr);
      if (box->phase)
        {
          cairo_text_extents (cr, line, &extents);
          cairo_move_to (cr, box->x + box->width / 2 + extents.height / 2,
                         box->y + box->height / 2 + extents.width / 2);
          cairo_rotate (cr, -G_PI / 2);
        }
      else
        cairo_move_to (cr, box->x + 10, box->y + 10 + (i + 0.75) * GLN_PRISMA_LINE_HEIGHT);
      cairo_show_text (cr, line);
      cairo_restore (cr);
    }
}

/**
 * gln_prisma_draw:
 * @layout: the diagram
 * @cr: where to draw it, at the layout's size
 *
 * Draws the diagram: boxes, their text and the arrows, black on white.
 */
void
gln_prisma_draw (const GlnPrismaLayout *layout,
                 cairo_t               *cr)
{
  g_return_if_fail (layout != NULL && cr != NULL);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_select_font_face (cr, GLN_DRAWING_FONT, CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size (cr, GLN_PRISMA_FONT_SIZE);
  cairo_set_line_width (cr, 1.0);

  for (guint i = 0; i < layout->boxes->len; i++)
    draw_box (cr, g_ptr_array_index (layout->boxes, i));

  cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
  for (guint i = 0; i + 3 < layout->arrows->len; i += 4)
    draw_arrow (cr, g_array_index (layout->arrows, double, i),
                g_array_index (layout->arrows, double, i + 1),
                g_array_index (layout->arrows, double, i + 2),
                g_array_index (layout->arrows, double, i + 3));
  cairo_restore (cr);
}

static void
svg_box (GString            *out,
         const GlnPrismaBox *box)
{
  g_string_append_printf (out, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\""
                          " fill=\"%s\" stroke=\"#333\"/>\n",
                          box->x, box->y, box->width, box->height,
                          box->phase ? "#d1e3f7" : "#fff");
  for (guint i = 0; i < box->lines->len; i++)
    {
      g_autofree char *text = g_markup_escape_text (g_ptr_array_index (box->lines, i), -1);

      if (box->phase)
        g_string_append_printf (out, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\""
                                " transform=\"rotate(-90 %.1f %.1f)\">%s</text>\n",
                                box->x + box->width / 2 + 4, box->y + box->height / 2,
                                box->x + box->width / 2 + 4, box->y + box->height / 2, text);
      else
        g_string_append_printf (out, "<text x=\"%.1f\" y=\"%.1f\" xml:space=\"preserve\">%s</text>\n",
                                box->x + 10,
                                box->y + 10 + (i + 0.75) * GLN_PRISMA_LINE_HEIGHT, text);
    }
}

/**
 * gln_prisma_to_svg:
 * @layout: the diagram
 * @title: (nullable): its title, for the SVG's `<title>`
 *
 * Returns: (transfer full): the diagram as an SVG document, its text as text
 */
char *
gln_prisma_to_svg (const GlnPrismaLayout *layout,
                   const char            *title)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (layout != NULL, NULL);

  gln_drawing_svg_begin (out, layout->width, layout->height, GLN_PRISMA_FONT_SIZE, title);
  for (guint i = 0; i < layout->boxes->len; i++)
    svg_box (out, g_ptr_array_index (layout->boxes, i));
  for (guint i = 0; i + 3 < layout->arrows->len; i += 4)
    g_string_append_printf (out, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\""
                            " stroke=\"#333\" marker-end=\"url(#arrow)\"/>\n",
                            g_array_index (layout->arrows, double, i),
                            g_array_index (layout->arrows, double, i + 1),
                            g_array_index (layout->arrows, double, i + 2),
                            g_array_index (layout->arrows, double, i + 3));
  g_string_append (out, "</svg>\n");

  return g_string_free (out, FALSE);
}

static void
draw_cb (gconstpointer  data,
         cairo_t       *cr)
{
  gln_prisma_draw (data, cr);
}

/**
 * gln_prisma_to_png:
 * @layout: the diagram
 * @scale: pixels per unit of the layout (2 for a sharp print)
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the diagram as a PNG image, or %NULL with @error set
 */
GBytes *
gln_prisma_to_png (const GlnPrismaLayout  *layout,
                   double                  scale,
                   GError                **error)
{
  g_return_val_if_fail (layout != NULL && scale > 0, NULL);

  return gln_drawing_to_png (layout->width, layout->height, scale, draw_cb, layout, error);
}
