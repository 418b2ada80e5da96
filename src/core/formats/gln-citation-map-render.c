/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-citation-map"

#include "config.h"

#include "gln-citation-map-render.h"

#include "gln-drawing.h"

#include <glib/gi18n-lib.h>
#include <math.h>

/* A citation map, from its layout: drawn with cairo (the window, PNG files) or written as
 * SVG with its labels as text, each paper a group titled with its description. Included
 * papers are large dots in the accent colour, excluded ones small and grey, the others
 * open; a dashed ring marks the papers a citation search found. Links are curves from the
 * citing paper to the cited one, ending in an arrow. */

#define ACCENT        0x3584e4
#define ACCENT_DARK   0x1c71d8
#define INK           0x241f31
#define MUTED         0x77767b
#define EXCLUDED_FILL 0xc0bfbc
#define LINK          0x5e5c64
#define LINK_ALPHA    0.45
#define BAND          0xf6f5f4
#define LABEL_X       12.0
#define LEGEND_GAP    36.0
#define LABEL_HEIGHT  16.0

/* The legend: three decisions, a found paper, a link. */
static const char * const legend[] = {
  N_("Included"), N_("Excluded"), N_("Not decided"), N_("Found by citation search"), N_("Cites"),
};
static const GlnScreening legend_statuses[] = {
  GLN_SCREENING_INCLUDE, GLN_SCREENING_EXCLUDE, GLN_SCREENING_UNSCREENED, GLN_SCREENING_UNSCREENED,
};

typedef struct
{
  double   radius;
  guint32  fill;
  guint32  stroke;
  guint32  text;
  gboolean bold;
} NodeStyle;

typedef struct
{
  double x1, y1, c1x, c1y, c2x, c2y, x2, y2, angle;
} Curve;

static NodeStyle
style_of (GlnScreening status)
{
  switch (status)
    {
    case GLN_SCREENING_INCLUDE:
      return (NodeStyle) { 7.0, ACCENT, ACCENT_DARK, INK, TRUE };
    case GLN_SCREENING_EXCLUDE:
      return (NodeStyle) { 4.0, EXCLUDED_FILL, MUTED, MUTED, FALSE };
    case GLN_SCREENING_MAYBE:
    case GLN_SCREENING_UNSCREENED:
    default:
      return (NodeStyle) { 5.0, 0xffffff, INK, INK, FALSE };
    }
}

/* The link from @citing to @cited: across columns an S-curve entering the cited dot from
 * the side it comes from; within a year a bow out to the left. */
static Curve
curve_of (const GlnCitationMapNode *citing,
          const GlnCitationMapNode *cited)
{
  double radius = style_of (cited->status).radius + 1.5;
  Curve curve = { citing->x, citing->y, 0, 0, 0, 0, cited->x, cited->y, 0 };

  if (citing->column == cited->column)
    {
      double bow = 18 + MIN (72, fabs (cited->y - citing->y) / 4);

      curve.c1x = citing->x - bow;
      curve.c2x = cited->x - bow;
    }
  else
    curve.c1x = curve.c2x = (citing->x + cited->x) / 2;
  curve.c1y = citing->y;
  curve.c2y = cited->y;
  curve.angle = curve.c2x < cited->x ? 0 : G_PI;
  curve.x2 = cited->x + (curve.c2x < cited->x ? -radius : radius);

  return curve;
}

static void
set_source (cairo_t *cr,
            guint32  rgb,
            double   alpha)
{
  cairo_set_source_rgba (cr, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0,
                         (rgb & 0xff) / 255.0, alpha);
}

/* Text with a white halo, readable over the links. */
static void
show_text (cairo_t    *cr,
           double      x,
           double      y,
           const char *text,
           guint32     rgb)
{
  cairo_move_to (cr, x, y);
  cairo_text_path (cr, text);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_set_line_width (cr, 3);
  cairo_stroke_preserve (cr);
  set_source (cr, rgb, 1);
  cairo_fill (cr);
}

static void
draw_dot (cairo_t         *cr,
          double           x,
          double           y,
          const NodeStyle *style,
          gboolean         found)
{
  cairo_new_path (cr);
  cairo_arc (cr, x, y, style->radius, 0, 2 * G_PI);
  set_source (cr, style->fill, 1);
  cairo_fill_preserve (cr);
  set_source (cr, style->stroke, 1);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);
  if (found)
    {
      static const double dashes[] = { 2.5, 2.0 };

      cairo_arc (cr, x, y, style->radius + 3, 0, 2 * G_PI);
      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
      set_source (cr, INK, 1);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }
}

static void
draw_link (cairo_t     *cr,
           const Curve *curve,
           guint32      rgb,
           double       alpha,
           double       width)
{
  set_source (cr, rgb, alpha);
  cairo_set_line_width (cr, width);
  cairo_move_to (cr, curve->x1, curve->y1);
  cairo_curve_to (cr, curve->c1x, curve->c1y, curve->c2x, curve->c2y, curve->x2, curve->y2);
  cairo_stroke (cr);
  gln_drawing_arrow_head (cr, curve->x2, curve->y2, curve->angle);
}

static void
draw_legend (cairo_t *cr)
{
  double x = GLN_CITATION_MAP_MARGIN + 8;
  double y = GLN_CITATION_MAP_LEGEND_Y;

  for (guint i = 0; i < G_N_ELEMENTS (legend); i++)
    {
      cairo_text_extents_t extents;

      if (i < G_N_ELEMENTS (legend_statuses))
        {
          NodeStyle style = style_of (legend_statuses[i]);

          draw_dot (cr, x, y, &style, i == 3);
        }
      else
        {
          Curve curve = { x - 8, y, x, y, x, y, x + 14, y, 0 };

          draw_link (cr, &curve, LINK, 1, 1);
          x += 14;
        }
      show_text (cr, x + LABEL_X, y + 4, _(legend[i]), INK);
      cairo_text_extents (cr, _(legend[i]), &extents);
      x += LABEL_X + extents.x_advance + LEGEND_GAP;
    }
}

static void
draw_axis (const GlnCitationMap *map,
           cairo_t              *cr)
{
  for (guint c = 0; c < map->years->len; c++)
    {
      double left = GLN_CITATION_MAP_MARGIN + c * GLN_CITATION_MAP_COLUMN_WIDTH;
      g_autofree char *year = gln_citation_map_dup_year_label (g_array_index (map->years, int, c));

      if (c % 2 == 1)
        {
          set_source (cr, BAND, 1);
          cairo_rectangle (cr, left, GLN_CITATION_MAP_AXIS_Y, GLN_CITATION_MAP_COLUMN_WIDTH,
                           map->height - GLN_CITATION_MAP_AXIS_Y - GLN_CITATION_MAP_MARGIN / 2);
          cairo_fill (cr);
        }
      show_text (cr, left + GLN_CITATION_MAP_DOT_X - 4, GLN_CITATION_MAP_AXIS_Y - 8, year, INK);
    }
  set_source (cr, MUTED, 1);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, GLN_CITATION_MAP_MARGIN, GLN_CITATION_MAP_AXIS_Y + 0.5);
  cairo_line_to (cr, map->width - GLN_CITATION_MAP_MARGIN, GLN_CITATION_MAP_AXIS_Y + 0.5);
  cairo_stroke (cr);
}

static void
draw_links (const GlnCitationMap *map,
            cairo_t              *cr,
            int                   focused)
{
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < map->edges->len; i++)
      {
        GlnCitationMapEdge *edge = &g_array_index (map->edges, GlnCitationMapEdge, i);
        gboolean lit = focused >= 0 && ((int) edge->citing == focused ||
                                        (int) edge->cited == focused);
        Curve curve;

        /* The focused paper's links go on top. */
        if (lit != (pass == 1))
          continue;
        curve = curve_of (g_ptr_array_index (map->nodes, edge->citing),
                          g_ptr_array_index (map->nodes, edge->cited));
        if (lit)
          draw_link (cr, &curve, ACCENT_DARK, 1, 2);
        else
          draw_link (cr, &curve, LINK, LINK_ALPHA, 1);
      }
}

static void
draw_node (cairo_t                  *cr,
           const GlnCitationMapNode *node,
           gboolean                  focused)
{
  NodeStyle style = style_of (node->status);
  g_autofree char *label = gln_citation_map_dup_label (node);

  cairo_text_extents_t extents;

  draw_dot (cr, node->x, node->y, &style, node->found_by_citation);
  cairo_select_font_face (cr, GLN_DRAWING_FONT, CAIRO_FONT_SLANT_NORMAL,
                          style.bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
  /* The label on its column's ground, over the links that pass under it. */
  cairo_text_extents (cr, label, &extents);
  set_source (cr, node->column % 2 == 1 ? BAND : 0xffffff, 0.9);
  cairo_rectangle (cr, node->x + LABEL_X - 2, node->y - LABEL_HEIGHT / 2,
                   extents.x_advance + 4, LABEL_HEIGHT);
  cairo_fill (cr);
  show_text (cr, node->x + LABEL_X, node->y + 4, label, style.text);
  if (focused)
    {
      double left = node->x - GLN_CITATION_MAP_DOT_X + 2;
      double top = node->y - GLN_CITATION_MAP_ROW_HEIGHT / 2 + 2;

      set_source (cr, ACCENT, 1);
      cairo_set_line_width (cr, 2);
      cairo_rectangle (cr, left, top, GLN_CITATION_MAP_COLUMN_WIDTH - 8,
                       GLN_CITATION_MAP_ROW_HEIGHT - 4);
      cairo_stroke (cr);
    }
}

/**
 * gln_citation_map_draw:
 * @map: a laid out map
 * @cr: where to draw it, at the map's size; only what lies in its clip is drawn
 * @focused: the node with the keyboard's focus, drawn with a ring and its links lit, or -1
 *
 * Draws the map on white: its legend, the year axis, the links and the papers.
 */
void
gln_citation_map_draw (const GlnCitationMap *map,
                       cairo_t              *cr,
                       int                   focused)
{
  double x1, y1, x2, y2;

  g_return_if_fail (map != NULL && cr != NULL);

  cairo_save (cr);
  cairo_clip_extents (cr, &x1, &y1, &x2, &y2);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_select_font_face (cr, GLN_DRAWING_FONT, CAIRO_FONT_SLANT_NORMAL,
                          CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size (cr, GLN_CITATION_MAP_FONT_SIZE);
  draw_axis (map, cr);
  draw_legend (cr);
  draw_links (map, cr, focused);
  for (guint i = 0; i < map->nodes->len; i++)
    {
      const GlnCitationMapNode *node = g_ptr_array_index (map->nodes, i);

      if (node->y + GLN_CITATION_MAP_ROW_HEIGHT >= y1 &&
          node->y - GLN_CITATION_MAP_ROW_HEIGHT <= y2 &&
          node->x + GLN_CITATION_MAP_COLUMN_WIDTH >= x1 && node->x - LABEL_X <= x2)
        draw_node (cr, node, (int) i == focused);
    }
  cairo_restore (cr);
}

static void
svg_dot (GString         *out,
         double           x,
         double           y,
         const NodeStyle *style,
         gboolean         found)
{
  g_string_append_printf (out, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"#%06x\""
                          " stroke=\"#%06x\" stroke-width=\"1.5\"/>",
                          x, y, style->radius, style->fill, style->stroke);
  if (found)
    g_string_append_printf (out, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"none\""
                            " stroke=\"#%06x\" stroke-width=\"1.5\" stroke-dasharray=\"2.5 2\"/>",
                            x, y, style->radius + 3, INK);
}

static void
svg_text (GString    *out,
          double      x,
          double      y,
          const char *text,
          guint32     rgb,
          gboolean    bold)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append_printf (out, "<text x=\"%.1f\" y=\"%.1f\" fill=\"#%06x\"%s stroke=\"#fff\""
                          " stroke-width=\"3\" paint-order=\"stroke\">%s</text>\n",
                          x, y, rgb, bold ? " font-weight=\"bold\"" : "", escaped);
}

/* SVG has no font to measure with: an average advance per character. */
static double
estimate_width (const char *text)
{
  return 0.6 * GLN_CITATION_MAP_FONT_SIZE * g_utf8_strlen (text, -1);
}

static void
svg_legend_and_axis (const GlnCitationMap *map,
                     GString              *out)
{
  double x = GLN_CITATION_MAP_MARGIN + 8;
  double y = GLN_CITATION_MAP_LEGEND_Y;

  for (guint c = 0; c < map->years->len; c++)
    {
      double left = GLN_CITATION_MAP_MARGIN + c * GLN_CITATION_MAP_COLUMN_WIDTH;
      g_autofree char *year = gln_citation_map_dup_year_label (g_array_index (map->years, int, c));

      if (c % 2 == 1)
        g_string_append_printf (out, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\""
                                " fill=\"#%06x\"/>\n", left, GLN_CITATION_MAP_AXIS_Y,
                                GLN_CITATION_MAP_COLUMN_WIDTH,
                                map->height - GLN_CITATION_MAP_AXIS_Y - GLN_CITATION_MAP_MARGIN / 2,
                                BAND);
      svg_text (out, left + GLN_CITATION_MAP_DOT_X - 4, GLN_CITATION_MAP_AXIS_Y - 8, year, INK,
                FALSE);
    }
  g_string_append_printf (out, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\""
                          " stroke=\"#%06x\"/>\n", GLN_CITATION_MAP_MARGIN,
                          GLN_CITATION_MAP_AXIS_Y + 0.5, map->width - GLN_CITATION_MAP_MARGIN,
                          GLN_CITATION_MAP_AXIS_Y + 0.5, MUTED);

  for (guint i = 0; i < G_N_ELEMENTS (legend); i++)
    {
      if (i < G_N_ELEMENTS (legend_statuses))
        {
          NodeStyle style = style_of (legend_statuses[i]);

          svg_dot (out, x, y, &style, i == 3);
        }
      else
        {
          g_string_append_printf (out, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\""
                                  " stroke=\"#%06x\" marker-end=\"url(#arrow)\"/>", x - 8, y,
                                  x + 14, y, LINK);
          x += 14;
        }
      svg_text (out, x + LABEL_X, y + 4, _(legend[i]), INK, FALSE);
      x += LABEL_X + LEGEND_GAP +
           estimate_width (_(legend[i]));
    }
}

static void
svg_node (GString                  *out,
          const GlnCitationMapNode *node)
{
  NodeStyle style = style_of (node->status);
  g_autofree char *label = gln_citation_map_dup_label (node);
  g_autofree char *description = gln_citation_map_dup_description (node);
  g_autofree char *escaped = g_markup_escape_text (description, -1);

  g_string_append_printf (out, "<g><title>%s</title>", escaped);
  svg_dot (out, node->x, node->y, &style, node->found_by_citation);
  g_string_append_printf (out, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\""
                          " fill=\"#%06x\" fill-opacity=\"0.9\"/>",
                          node->x + LABEL_X - 2, node->y - LABEL_HEIGHT / 2,
                          estimate_width (label) + 4,
                          LABEL_HEIGHT, node->column % 2 == 1 ? BAND : 0xffffff);
  svg_text (out, node->x + LABEL_X, node->y + 4, label, style.text, style.bold);
  g_string_append (out, "</g>\n");
}

/**
 * gln_citation_map_to_svg:
 * @map: a laid out map
 * @title: (nullable): its title, for the SVG's `<title>`
 *
 * Returns: (transfer full): the map as an SVG document, its labels as text and each paper
 *   titled with its description
 */
char *
gln_citation_map_to_svg (const GlnCitationMap *map,
                         const char           *title)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (map != NULL, NULL);

  gln_drawing_svg_begin (out, map->width, map->height, GLN_CITATION_MAP_FONT_SIZE, title);
  svg_legend_and_axis (map, out);
  for (guint i = 0; i < map->edges->len; i++)
    {
      GlnCitationMapEdge *edge = &g_array_index (map->edges, GlnCitationMapEdge, i);
      Curve c = curve_of (g_ptr_array_index (map->nodes, edge->citing),
                          g_ptr_array_index (map->nodes, edge->cited));

      g_string_append_printf (out, "<path d=\"M%.1f,%.1f C%.1f,%.1f %.1f,%.1f %.1f,%.1f\""
                              " fill=\"none\" stroke=\"#%06x\" stroke-opacity=\"%.2f\""
                              " marker-end=\"url(#arrow)\"/>\n", c.x1, c.y1, c.c1x, c.c1y,
                              c.c2x, c.c2y, c.x2, c.y2, LINK, LINK_ALPHA);
    }
  for (guint i = 0; i < map->nodes->len; i++)
    svg_node (out, g_ptr_array_index (map->nodes, i));
  g_string_append (out, "</svg>\n");

  return g_string_free (out, FALSE);
}

static void
draw_cb (gconstpointer  data,
         cairo_t       *cr)
{
  gln_citation_map_draw (data, cr, -1);
}

/**
 * gln_citation_map_to_png:
 * @map: a laid out map
 * @scale: pixels per unit (2 for a sharp print)
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the map as a PNG image, or %NULL with @error set
 */
GBytes *
gln_citation_map_to_png (const GlnCitationMap  *map,
                         double                 scale,
                         GError               **error)
{
  g_return_val_if_fail (map != NULL && scale > 0, NULL);

  return gln_drawing_to_png (map->width, map->height, scale, draw_cb, map, error);
}
