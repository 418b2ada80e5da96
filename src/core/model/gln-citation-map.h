/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "gln-collection.h"

G_BEGIN_DECLS

/**
 * GlnCitationMapNode:
 * @paper_id: the paper
 * @title: its title
 * @first_author: (nullable): its first author's name as stored
 * @year: the year it appeared, or 0
 * @status: its screening decision in the collection
 * @found_by_citation: %TRUE when a citation search put it in the collection
 * @n_cites: how many papers of the collection it cites
 * @n_cited_by: how many papers of the collection cite it
 * @column: its year's column, from the left
 * @row: its place in the column, from the top
 * @x: the centre of its dot
 * @y: the centre of its dot
 *
 * One paper of a citation map.
 */
typedef struct
{
  gint64        paper_id;
  char         *title;
  char         *first_author;
  int           year;
  GlnScreening  status;
  gboolean      found_by_citation;
  guint         n_cites;
  guint         n_cited_by;
  guint         column;
  guint         row;
  double        x;
  double        y;
} GlnCitationMapNode;

/**
 * GlnCitationMapEdge:
 * @citing: the index of the citing paper's node
 * @cited: the index of the cited paper's node
 *
 * A citation between two papers of the map.
 */
typedef struct
{
  guint citing;
  guint cited;
} GlnCitationMapEdge;

/**
 * GlnCitationMap:
 * @nodes: (element-type GlnCitationMapNode): the papers
 * @edges: (element-type GlnCitationMapEdge): the citations among them, each once
 * @years: (element-type int): the year of each column, from the left; 0 for the papers
 *   without a year, in the last column
 * @columns: (element-type GArray): for each column, its nodes' indices (guint) from the top
 * @width: the drawing's width, once laid out
 * @height: its height
 *
 * A review collection's papers and the citations among them, laid out by year: each year
 * a column, its papers stacked in the order that crosses the fewest links.
 */
typedef struct
{
  GPtrArray  *nodes;
  GArray     *edges;
  GArray     *years;
  GPtrArray  *columns;
  GHashTable *by_paper;
  double      width;
  double      height;
} GlnCitationMap;

/**
 * GlnCitationMapMove:
 * @GLN_CITATION_MAP_LEFT: the nearest paper of the year before
 * @GLN_CITATION_MAP_RIGHT: the nearest paper of the year after
 * @GLN_CITATION_MAP_UP: the paper above in the same year
 * @GLN_CITATION_MAP_DOWN: the paper below in the same year
 *
 * A move of the keyboard's focus from one paper of a map to another.
 */
typedef enum
{
  GLN_CITATION_MAP_LEFT,
  GLN_CITATION_MAP_RIGHT,
  GLN_CITATION_MAP_UP,
  GLN_CITATION_MAP_DOWN,
} GlnCitationMapMove;

/* The drawing's measures, shared by the layout and the renderer. */
#define GLN_CITATION_MAP_COLUMN_WIDTH 190.0
#define GLN_CITATION_MAP_ROW_HEIGHT   30.0
#define GLN_CITATION_MAP_MARGIN       24.0
#define GLN_CITATION_MAP_LEGEND_Y     24.0
#define GLN_CITATION_MAP_AXIS_Y       64.0
#define GLN_CITATION_MAP_TOP          92.0
#define GLN_CITATION_MAP_DOT_X        14.0
#define GLN_CITATION_MAP_FONT_SIZE    12.0
#define GLN_CITATION_MAP_MIN_WIDTH    840.0

GlnCitationMap *gln_citation_map_new            (void);
void            gln_citation_map_free           (GlnCitationMap     *self);
guint           gln_citation_map_add_node       (GlnCitationMap     *self,
                                                 gint64              paper_id,
                                                 const char         *title,
                                                 const char         *first_author,
                                                 int                 year,
                                                 GlnScreening        status,
                                                 gboolean            found_by_citation);
gboolean        gln_citation_map_add_edge       (GlnCitationMap     *self,
                                                 gint64              citing_id,
                                                 gint64              cited_id);
int             gln_citation_map_find           (GlnCitationMap     *self,
                                                 gint64              paper_id);
GlnCitationMapNode *gln_citation_map_get_node   (GlnCitationMap     *self,
                                                 guint               index);
void            gln_citation_map_layout         (GlnCitationMap     *self);
int             gln_citation_map_move           (GlnCitationMap     *self,
                                                 int                 from,
                                                 GlnCitationMapMove  move);
int             gln_citation_map_hit            (GlnCitationMap     *self,
                                                 double              x,
                                                 double              y);
char           *gln_citation_map_dup_label      (const GlnCitationMapNode *node);
char           *gln_citation_map_dup_year_label (int                 year);
char           *gln_citation_map_dup_links_text (const GlnCitationMapNode *node);
char           *gln_citation_map_dup_description (const GlnCitationMapNode *node);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlnCitationMap, gln_citation_map_free)

G_END_DECLS
