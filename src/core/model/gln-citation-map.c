/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-citation-map"

#include "config.h"

#include "gln-citation-map.h"

#include "gln-macros.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/* A collection's citation map (issue 17), laid out by year: a column per year, oldest on
 * the left, so that most links point back to the left. Within a column the papers are
 * ordered by the barycentre heuristic: each is placed at the mean row of its neighbours in
 * the columns already placed, sweeping left to right and back a few times. Every sweep
 * costs O(E + N log N), so a few thousand papers lay out at once; ties break on the
 * previous row and the paper's id, so the same map always gets the same drawing. */

#define SWEEPS      4
#define LABEL_CHARS 24

typedef struct
{
  guint  node;
  double key;
  guint  row;
  gint64 paper_id;
} Placement;

static void
node_free (GlnCitationMapNode *node)
{
  g_free (node->title);
  g_free (node->first_author);
  g_free (node);
}

/**
 * gln_citation_map_new:
 *
 * Returns: (transfer full): an empty map, to fill with papers and their links
 */
GlnCitationMap *
gln_citation_map_new (void)
{
  GlnCitationMap *self = g_new0 (GlnCitationMap, 1);

  self->nodes = g_ptr_array_new_with_free_func ((GDestroyNotify) node_free);
  self->edges = g_array_new (FALSE, FALSE, sizeof (GlnCitationMapEdge));
  self->years = g_array_new (FALSE, FALSE, sizeof (int));
  self->columns = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->by_paper = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  return self;
}

void
gln_citation_map_free (GlnCitationMap *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->nodes);
  g_array_unref (self->edges);
  g_array_unref (self->years);
  g_ptr_array_unref (self->columns);
  g_hash_table_unref (self->by_paper);
  g_free (self);
}

/**
 * gln_citation_map_add_node:
 * @self: a map
 * @paper_id: the paper
 * @title: its title
 * @first_author: (nullable): its first author
 * @year: its year, or 0
 * @status: its screening decision
 * @found_by_citation: whether a citation search brought it
 *
 * Returns: the node's index
 */
guint
gln_citation_map_add_node (GlnCitationMap *self,
                           gint64          paper_id,
                           const char     *title,
                           const char     *first_author,
                           int             year,
                           GlnScreening    status,
                           gboolean        found_by_citation)
{
  GlnCitationMapNode *node = g_new0 (GlnCitationMapNode, 1);

  g_return_val_if_fail (self != NULL, 0);

  node->paper_id = paper_id;
  node->title = g_strdup (title != NULL ? title : "");
  node->first_author = gln_str_empty0 (first_author) ? NULL : g_strdup (first_author);
  node->year = MAX (year, 0);
  node->status = status;
  node->found_by_citation = found_by_citation;
  g_ptr_array_add (self->nodes, node);
  g_hash_table_insert (self->by_paper, g_memdup2 (&paper_id, sizeof paper_id),
                       GUINT_TO_POINTER (self->nodes->len));

  return self->nodes->len - 1;
}

/**
 * gln_citation_map_find:
 * @self: a map
 * @paper_id: a paper
 *
 * Returns: the index of the paper's node, or -1 when the map does not show it
 */
int
gln_citation_map_find (GlnCitationMap *self,
                       gint64          paper_id)
{
  gpointer value = g_hash_table_lookup (self->by_paper, &paper_id);

  return value != NULL ? (int) GPOINTER_TO_UINT (value) - 1 : -1;
}

GlnCitationMapNode *
gln_citation_map_get_node (GlnCitationMap *self,
                           guint           index)
{
  g_return_val_if_fail (self != NULL && index < self->nodes->len, NULL);

  return g_ptr_array_index (self->nodes, index);
}

/**
 * gln_citation_map_add_edge:
 * @self: a map
 * @citing_id: the citing paper
 * @cited_id: the cited paper
 *
 * Adds a link between two papers of the map; a link to a paper it does not show, or to
 * the paper itself, is left out.
 *
 * Returns: %TRUE when the link was added
 */
gboolean
gln_citation_map_add_edge (GlnCitationMap *self,
                           gint64          citing_id,
                           gint64          cited_id)
{
  int citing = gln_citation_map_find (self, citing_id);
  int cited = gln_citation_map_find (self, cited_id);
  GlnCitationMapEdge edge;

  if (citing < 0 || cited < 0 || citing == cited)
    return FALSE;

  edge.citing = citing;
  edge.cited = cited;
  g_array_append_val (self->edges, edge);
  gln_citation_map_get_node (self, citing)->n_cites++;
  gln_citation_map_get_node (self, cited)->n_cited_by++;

  return TRUE;
}

static int
compare_years (gconstpointer a,
               gconstpointer b)
{
  int x = *(const int *) a;
  int y = *(const int *) b;

  /* Papers without a year go last. */
  if (x == 0 || y == 0)
    return (x == 0) - (y == 0);
  return (x > y) - (x < y);
}

static int
compare_placements (gconstpointer a,
                    gconstpointer b)
{
  const Placement *x = a;
  const Placement *y = b;

  if (x->key != y->key)
    return x->key < y->key ? -1 : 1;
  if (x->row != y->row)
    return x->row < y->row ? -1 : 1;
  return (x->paper_id > y->paper_id) - (x->paper_id < y->paper_id);
}

static int
compare_titles (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  GlnCitationMap *self = user_data;
  const GlnCitationMapNode *x = g_ptr_array_index (self->nodes, *(const guint *) a);
  const GlnCitationMapNode *y = g_ptr_array_index (self->nodes, *(const guint *) b);
  int cmp = strcmp (x->title, y->title);

  if (cmp != 0)
    return cmp;
  return (x->paper_id > y->paper_id) - (x->paper_id < y->paper_id);
}

/* Puts each node in its year's column, ordered by title to begin with. */
static void
fill_columns (GlnCitationMap *self)
{
  g_autoptr(GHashTable) column_of = g_hash_table_new (NULL, NULL);

  g_array_set_size (self->years, 0);
  g_ptr_array_set_size (self->columns, 0);
  for (guint i = 0; i < self->nodes->len; i++)
    {
      GlnCitationMapNode *node = g_ptr_array_index (self->nodes, i);

      if (!g_hash_table_contains (column_of, GINT_TO_POINTER (node->year)))
        {
          g_hash_table_add (column_of, GINT_TO_POINTER (node->year));
          g_array_append_val (self->years, node->year);
        }
    }
  g_array_sort (self->years, compare_years);
  for (guint c = 0; c < self->years->len; c++)
    {
      g_hash_table_insert (column_of, GINT_TO_POINTER (g_array_index (self->years, int, c)),
                           GUINT_TO_POINTER (c));
      g_ptr_array_add (self->columns, g_array_new (FALSE, FALSE, sizeof (guint)));
    }
  for (guint i = 0; i < self->nodes->len; i++)
    {
      GlnCitationMapNode *node = g_ptr_array_index (self->nodes, i);

      node->column = GPOINTER_TO_UINT (g_hash_table_lookup (column_of,
                                                            GINT_TO_POINTER (node->year)));
      g_array_append_val (g_ptr_array_index (self->columns, node->column), i);
    }
  for (guint c = 0; c < self->columns->len; c++)
    {
      GArray *column = g_ptr_array_index (self->columns, c);

      g_array_sort_with_data (column, compare_titles, self);
      for (guint r = 0; r < column->len; r++)
        gln_citation_map_get_node (self, g_array_index (column, guint, r))->row = r;
    }
}

/* Each node's neighbours, in one array: those of node i from offsets[i] to offsets[i + 1]. */
static guint *
build_adjacency (GlnCitationMap  *self,
                 guint          **offsets_out)
{
  guint n = self->nodes->len;
  guint *offsets = g_new0 (guint, n + 1);
  guint *fill = g_new0 (guint, n);
  guint *neighbours = g_new (guint, 2 * self->edges->len + 1);

  for (guint i = 0; i < self->edges->len; i++)
    {
      GlnCitationMapEdge *edge = &g_array_index (self->edges, GlnCitationMapEdge, i);

      offsets[edge->citing + 1]++;
      offsets[edge->cited + 1]++;
    }
  for (guint i = 0; i < n; i++)
    offsets[i + 1] += offsets[i];
  for (guint i = 0; i < self->edges->len; i++)
    {
      GlnCitationMapEdge *edge = &g_array_index (self->edges, GlnCitationMapEdge, i);

      neighbours[offsets[edge->citing] + fill[edge->citing]++] = edge->cited;
      neighbours[offsets[edge->cited] + fill[edge->cited]++] = edge->citing;
    }
  g_free (fill);
  *offsets_out = offsets;

  return neighbours;
}

/* Orders one column by the mean row of each node's neighbours on the side already placed;
 * a node without any keeps its row. */
static void
order_column (GlnCitationMap *self,
              guint           c,
              gboolean        from_left,
              const guint    *offsets,
              const guint    *neighbours,
              GArray         *placements)
{
  GArray *column = g_ptr_array_index (self->columns, c);

  g_array_set_size (placements, column->len);
  for (guint r = 0; r < column->len; r++)
    {
      guint index = g_array_index (column, guint, r);
      GlnCitationMapNode *node = g_ptr_array_index (self->nodes, index);
      Placement *placement = &g_array_index (placements, Placement, r);
      double sum = 0;
      guint count = 0;

      for (guint k = offsets[index]; k < offsets[index + 1]; k++)
        {
          GlnCitationMapNode *other = g_ptr_array_index (self->nodes, neighbours[k]);

          if (from_left ? other->column < c : other->column > c)
            {
              sum += other->row;
              count++;
            }
        }
      placement->node = index;
      placement->row = node->row;
      placement->paper_id = node->paper_id;
      placement->key = count > 0 ? sum / count : node->row;
    }
  g_array_sort (placements, compare_placements);
  for (guint r = 0; r < column->len; r++)
    {
      guint index = g_array_index (placements, Placement, r).node;

      g_array_index (column, guint, r) = index;
      gln_citation_map_get_node (self, index)->row = r;
    }
}

/**
 * gln_citation_map_layout:
 * @self: a map
 *
 * Places every paper: its year's column, its row in the column, and the centre of its dot;
 * sets the drawing's size.
 */
void
gln_citation_map_layout (GlnCitationMap *self)
{
  g_autoptr(GArray) placements = g_array_new (FALSE, FALSE, sizeof (Placement));
  g_autofree guint *offsets = NULL;
  g_autofree guint *neighbours = NULL;
  guint rows = 0;

  g_return_if_fail (self != NULL);

  fill_columns (self);
  neighbours = build_adjacency (self, &offsets);
  for (guint sweep = 0; sweep < SWEEPS; sweep++)
    {
      gboolean from_left = sweep % 2 == 0;
      guint n = self->columns->len;

      for (guint i = 1; i < n; i++)
        order_column (self, from_left ? i : n - 1 - i, from_left, offsets, neighbours,
                      placements);
    }

  for (guint i = 0; i < self->nodes->len; i++)
    {
      GlnCitationMapNode *node = g_ptr_array_index (self->nodes, i);

      node->x = GLN_CITATION_MAP_MARGIN + node->column * GLN_CITATION_MAP_COLUMN_WIDTH +
                GLN_CITATION_MAP_DOT_X;
      node->y = GLN_CITATION_MAP_TOP + (node->row + 0.5) * GLN_CITATION_MAP_ROW_HEIGHT;
      rows = MAX (rows, node->row + 1);
    }
  self->width = MAX (GLN_CITATION_MAP_MIN_WIDTH, 2 * GLN_CITATION_MAP_MARGIN +
                     self->columns->len * GLN_CITATION_MAP_COLUMN_WIDTH);
  self->height = GLN_CITATION_MAP_TOP + rows * GLN_CITATION_MAP_ROW_HEIGHT +
                 GLN_CITATION_MAP_MARGIN;
}

static int
node_at (GlnCitationMap *self,
         guint           column,
         guint           row)
{
  GArray *nodes = g_ptr_array_index (self->columns, column);

  return g_array_index (nodes, guint, MIN (row, nodes->len - 1));
}

/**
 * gln_citation_map_move:
 * @self: a laid out map
 * @from: the node with the focus, or -1 for none
 * @move: where to
 *
 * Returns: the node the focus goes to: from none, the first paper of the first year; at
 *   an edge of the map, @from itself; -1 when the map is empty
 */
int
gln_citation_map_move (GlnCitationMap     *self,
                       int                 from,
                       GlnCitationMapMove  move)
{
  GlnCitationMapNode *node;

  g_return_val_if_fail (self != NULL, -1);

  if (self->columns->len == 0)
    return -1;
  if (from < 0 || (guint) from >= self->nodes->len)
    return node_at (self, 0, 0);

  node = g_ptr_array_index (self->nodes, from);
  switch (move)
    {
    case GLN_CITATION_MAP_LEFT:
      return node->column > 0 ? node_at (self, node->column - 1, node->row) : from;
    case GLN_CITATION_MAP_RIGHT:
      return node->column + 1 < self->columns->len ? node_at (self, node->column + 1, node->row)
                                                   : from;
    case GLN_CITATION_MAP_UP:
      return node->row > 0 ? node_at (self, node->column, node->row - 1) : from;
    case GLN_CITATION_MAP_DOWN:
    default:
      return node_at (self, node->column, node->row + 1);
    }
}

/**
 * gln_citation_map_hit:
 * @self: a laid out map
 * @x: a point of the drawing
 * @y: a point of the drawing
 *
 * Returns: the node whose dot or label is at the point, or -1
 */
int
gln_citation_map_hit (GlnCitationMap *self,
                      double          x,
                      double          y)
{
  double column = (x - GLN_CITATION_MAP_MARGIN) / GLN_CITATION_MAP_COLUMN_WIDTH;
  double row = (y - GLN_CITATION_MAP_TOP) / GLN_CITATION_MAP_ROW_HEIGHT;
  GArray *nodes;

  g_return_val_if_fail (self != NULL, -1);

  if (column < 0 || row < 0 || column >= self->columns->len)
    return -1;
  nodes = g_ptr_array_index (self->columns, (guint) column);
  if ((guint) row >= nodes->len)
    return -1;

  return g_array_index (nodes, guint, (guint) row);
}

/* The family name as written: before the comma of "Family, Given", else the last word. */
static char *
dup_family (const char *name)
{
  const char *comma = strchr (name, ',');
  const char *space;

  if (comma != NULL)
    return g_strstrip (g_strndup (name, comma - name));
  space = strrchr (name, ' ');

  return g_strdup (space != NULL && space[1] != '\0' ? space + 1 : name);
}

/**
 * gln_citation_map_dup_label:
 * @node: a paper of the map
 *
 * Returns: (transfer full): what the drawing writes beside its dot: the first author's
 *   family name and the year ("Vaswani 2017"), or the start of the title without an author
 */
char *
gln_citation_map_dup_label (const GlnCitationMapNode *node)
{
  g_autofree char *text = NULL;

  if (node->first_author != NULL)
    {
      g_autofree char *family = dup_family (node->first_author);

      text = node->year > 0 ? g_strdup_printf ("%s %d", family, node->year) : g_strdup (family);
    }
  else
    text = g_strdup (node->title);

  if (g_utf8_strlen (text, -1) > LABEL_CHARS)
    {
      g_autofree char *start = g_utf8_substring (text, 0, LABEL_CHARS - 1);

      return g_strconcat (start, "…", NULL);
    }

  return g_steal_pointer (&text);
}

/**
 * gln_citation_map_dup_year_label:
 * @year: a column's year, or 0
 *
 * Returns: (transfer full): the year as the axis writes it
 */
char *
gln_citation_map_dup_year_label (int year)
{
  /* Translators: the citation map's column of papers whose year is not known */
  return year > 0 ? g_strdup_printf ("%d", year) : g_strdup (_("No year"));
}

/**
 * gln_citation_map_dup_links_text:
 * @node: a paper of the map
 *
 * Returns: (transfer full): its links within the collection, "cites 2 / cited by 5 in this
 *   collection"
 */
char *
gln_citation_map_dup_links_text (const GlnCitationMapNode *node)
{
  /* Translators: a paper's links to the other papers of a review collection */
  return g_strdup_printf (_("cites %u / cited by %u in this collection"), node->n_cites,
                          node->n_cited_by);
}

/**
 * gln_citation_map_dup_description:
 * @node: a paper of the map
 *
 * Returns: (transfer full): the paper as a screen reader reads it out: title, first author,
 *   year, decision, whether a citation search found it, and its links
 */
char *
gln_citation_map_dup_description (const GlnCitationMapNode *node)
{
  GString *text = g_string_new (node->title);
  g_autofree char *year = gln_citation_map_dup_year_label (node->year);
  g_autofree char *links = gln_citation_map_dup_links_text (node);

  if (node->first_author != NULL)
    g_string_append_printf (text, ", %s", node->first_author);
  g_string_append_printf (text, ", %s. %s", year, gln_screening_get_label (node->status));
  if (node->found_by_citation)
    g_string_append_printf (text, ", %s", _("found by citation search"));
  g_string_append_printf (text, ". %s", links);

  return g_string_free (text, FALSE);
}
