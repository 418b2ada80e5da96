/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "gln-core.h"
#include "gln-test-citation-map.h"
#include "gln-test-store.h"
#include "gln-test-utils.h"

#include <string.h>

/* The citation map of issue 17: a collection's papers and links as the store reads them,
 * their layout by year (columns in year order, no two papers in one place, few crossings,
 * the same drawing every time, keyboard moves), and the drawing as SVG and PNG. */

static guint
add (GlnCitationMap *map,
     gint64          id,
     const char     *title,
     int             year)
{
  return gln_citation_map_add_node (map, id, title, NULL, year, GLN_SCREENING_UNSCREENED, FALSE);
}

static guint
count_crossings (GlnCitationMap *map)
{
  guint crossings = 0;

  /* Two links between the same two columns cross when their ends are in opposite orders. */
  for (guint i = 0; i < map->edges->len; i++)
    for (guint j = i + 1; j < map->edges->len; j++)
      {
        GlnCitationMapEdge *a = &g_array_index (map->edges, GlnCitationMapEdge, i);
        GlnCitationMapEdge *b = &g_array_index (map->edges, GlnCitationMapEdge, j);
        GlnCitationMapNode *a1 = gln_citation_map_get_node (map, a->citing);
        GlnCitationMapNode *a2 = gln_citation_map_get_node (map, a->cited);
        GlnCitationMapNode *b1 = gln_citation_map_get_node (map, b->citing);
        GlnCitationMapNode *b2 = gln_citation_map_get_node (map, b->cited);

        if (a1->column == b1->column && a2->column == b2->column && a1->column != a2->column &&
            ((a1->row < b1->row && a2->row > b2->row) || (a1->row > b1->row && a2->row < b2->row)))
          crossings++;
      }

  return crossings;
}

/* Every paper in its year's column, columns in year order with the undated last, no two
 * papers in one place, and each column's rows from the top without a gap. */
static void
assert_laid_out (GlnCitationMap *map)
{
  g_autoptr(GHashTable) places = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint c = 0; c + 1 < map->years->len; c++)
    {
      int year = g_array_index (map->years, int, c);
      int next = g_array_index (map->years, int, c + 1);

      g_assert_cmpint (year, >, 0);
      g_assert_true (next == 0 || next > year);
    }
  for (guint i = 0; i < map->nodes->len; i++)
    {
      GlnCitationMapNode *node = gln_citation_map_get_node (map, i);
      GArray *column = g_ptr_array_index (map->columns, node->column);
      char *place = g_strdup_printf ("%.1f,%.1f", node->x, node->y);

      g_assert_cmpint (g_array_index (map->years, int, node->column), ==, node->year);
      g_assert_cmpuint (g_array_index (column, guint, node->row), ==, i);
      g_assert_false (g_hash_table_contains (places, place));
      g_hash_table_add (places, place);
      g_assert_cmpfloat (node->x, >, 0);
      g_assert_cmpfloat (node->x, <, map->width);
      g_assert_cmpfloat (node->y, <, map->height);
      if (node->row > 0)
        {
          GlnCitationMapNode *above = gln_citation_map_get_node (map, g_array_index (column, guint,
                                                                                    node->row - 1));

          g_assert_cmpfloat (above->y + GLN_CITATION_MAP_ROW_HEIGHT, <=, node->y);
          g_assert_cmpfloat (above->x, ==, node->x);
        }
    }
  for (guint i = 0; i < map->nodes->len; i++)
    {
      GlnCitationMapNode *node = gln_citation_map_get_node (map, i);

      for (guint j = 0; j < map->nodes->len; j++)
        {
          GlnCitationMapNode *other = gln_citation_map_get_node (map, j);

          if (other->year > 0 && node->year > other->year)
            g_assert_cmpfloat (node->x, >, other->x);
        }
    }
}

static void
test_layout_by_year (void)
{
  g_autoptr(GlnCitationMap) map = gln_citation_map_new ();

  /* Titled so that the first order (by title) crosses both links of 2021. */
  add (map, 1, "A older", 2020);
  add (map, 2, "B older", 2020);
  add (map, 3, "C newer", 2021);
  add (map, 4, "D newer", 2021);
  add (map, 5, "Undated", 0);
  add (map, 6, "Oldest", 1999);
  g_assert_true (gln_citation_map_add_edge (map, 3, 2));
  g_assert_true (gln_citation_map_add_edge (map, 4, 1));
  g_assert_true (gln_citation_map_add_edge (map, 5, 6));
  g_assert_false (gln_citation_map_add_edge (map, 5, 5));
  g_assert_false (gln_citation_map_add_edge (map, 5, 99));

  gln_citation_map_layout (map);
  assert_laid_out (map);
  g_assert_cmpuint (map->years->len, ==, 4);
  g_assert_cmpint (g_array_index (map->years, int, 0), ==, 1999);
  g_assert_cmpint (g_array_index (map->years, int, 3), ==, 0);
  g_assert_cmpuint (count_crossings (map), ==, 0);
  g_assert_cmpuint (gln_citation_map_get_node (map, 0)->n_cited_by, ==, 1);
  g_assert_cmpuint (gln_citation_map_get_node (map, 2)->n_cites, ==, 1);
}

static GlnCitationMap *
random_map (guint    n_nodes,
            guint    n_edges,
            guint32  seed,
            int      n_years,
            gboolean reversed)
{
  GlnCitationMap *map = gln_citation_map_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) edges = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < n_nodes; i++)
    {
      int year = g_rand_int_range (rand, 2000, 2000 + n_years);

      if (g_rand_int_range (rand, 0, 8) == 0)
        year = 0;

      g_array_append_val (years, year);
    }
  for (guint i = 0; i < 2 * n_edges; i++)
    {
      gint64 id = g_rand_int_range (rand, 1, n_nodes + 1);

      g_array_append_val (edges, id);
    }
  for (guint k = 0; k < n_nodes; k++)
    {
      guint i = reversed ? n_nodes - 1 - k : k;
      g_autofree char *title = g_strdup_printf ("Paper %u", i % 97);

      add (map, i + 1, title, g_array_index (years, int, i));
    }
  for (guint k = 0; k < n_edges; k++)
    {
      guint i = reversed ? n_edges - 1 - k : k;

      gln_citation_map_add_edge (map, g_array_index (edges, gint64, 2 * i),
                                 g_array_index (edges, gint64, 2 * i + 1));
    }

  return map;
}

/* A few thousand papers lay out (the sweeps are bounded; bench figures go elsewhere), and
 * the drawing does not depend on the order the store gave the papers and links in. */
static void
test_layout_large_and_deterministic (void)
{
  g_autoptr(GlnCitationMap) map = random_map (3000, 9000, 17, 36, FALSE);
  g_autoptr(GlnCitationMap) again = random_map (3000, 9000, 17, 36, TRUE);

  gln_citation_map_layout (map);
  gln_citation_map_layout (again);
  assert_laid_out (map);
  for (guint i = 0; i < map->nodes->len; i++)
    {
      GlnCitationMapNode *node = gln_citation_map_get_node (map, i);
      GlnCitationMapNode *same = gln_citation_map_get_node (again,
                                                            gln_citation_map_find (again,
                                                                                   node->paper_id));

      g_assert_cmpfloat (node->x, ==, same->x);
    }
  /* Rows may differ only where the links' order matters; the columns never do. */
  g_assert_cmpfloat (map->width, ==, again->width);
  g_assert_cmpfloat (map->height, ==, again->height);
}

/* The sweeps cross fewer links than the first order, by title. */
static void
test_layout_reduces_crossings (void)
{
  g_autoptr(GlnCitationMap) map = random_map (200, 300, 5, 5, FALSE);
  g_autoptr(GlnCitationMap) by_title = random_map (200, 300, 5, 5, FALSE);

  gln_citation_map_layout (map);
  /* Without links the layout keeps the order by title; then the same links go back. */
  g_array_set_size (by_title->edges, 0);
  gln_citation_map_layout (by_title);
  g_array_append_vals (by_title->edges, map->edges->data, map->edges->len);
  g_assert_cmpuint (count_crossings (by_title), >, 0);
  g_assert_cmpuint (count_crossings (map), <, count_crossings (by_title) / 2);
}

static void
test_keyboard_moves (void)
{
  g_autoptr(GlnCitationMap) map = gln_citation_map_new ();
  guint a, b, c, d;

  g_assert_cmpint (gln_citation_map_move (map, -1, GLN_CITATION_MAP_DOWN), ==, -1);
  a = add (map, 1, "A", 2000);
  b = add (map, 2, "B", 2000);
  c = add (map, 3, "C", 2000);
  d = add (map, 4, "D", 2001);
  gln_citation_map_layout (map);

  g_assert_cmpint (gln_citation_map_move (map, -1, GLN_CITATION_MAP_RIGHT), ==, a);
  g_assert_cmpint (gln_citation_map_move (map, a, GLN_CITATION_MAP_DOWN), ==, b);
  g_assert_cmpint (gln_citation_map_move (map, b, GLN_CITATION_MAP_DOWN), ==, c);
  g_assert_cmpint (gln_citation_map_move (map, c, GLN_CITATION_MAP_DOWN), ==, c);
  g_assert_cmpint (gln_citation_map_move (map, c, GLN_CITATION_MAP_UP), ==, b);
  g_assert_cmpint (gln_citation_map_move (map, a, GLN_CITATION_MAP_UP), ==, a);
  /* The year after has one paper: the nearest row is its only one. */
  g_assert_cmpint (gln_citation_map_move (map, c, GLN_CITATION_MAP_RIGHT), ==, d);
  g_assert_cmpint (gln_citation_map_move (map, d, GLN_CITATION_MAP_RIGHT), ==, d);
  g_assert_cmpint (gln_citation_map_move (map, d, GLN_CITATION_MAP_LEFT), ==, a);
  g_assert_cmpint (gln_citation_map_move (map, a, GLN_CITATION_MAP_LEFT), ==, a);

  g_assert_cmpint (gln_citation_map_hit (map, gln_citation_map_get_node (map, b)->x + 40,
                                         gln_citation_map_get_node (map, b)->y), ==, b);
  g_assert_cmpint (gln_citation_map_hit (map, 1, 1), ==, -1);
}

static GlnCitationMap *
read_map (GlnStore *store,
          gint64    collection)
{
  g_autoptr(GError) error = NULL;
  GlnCitationMap *map;

  gln_store_read_citation_map_async (store, collection, NULL, gln_test_ready_cb, NULL);
  map = gln_store_read_citation_map_finish (store, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_nonnull (map);

  return map;
}

static void
test_store_reads_map (void)
{
  g_autofree char *path = gln_test_tmp_db_path ();
  g_autoptr(GlnStore) store = gln_store_open_sync (path, NULL);
  g_autoptr(GlnCitationMap) map = NULL;
  g_autoptr(GlnCitationMap) empty = NULL;
  gint64 ids[GLN_TEST_COLLECTION_SIZE];
  gint64 collection, other, found;
  GlnCitationMapNode *node;
  int index;

  collection = gln_test_collection_fill (store, "Proton structure", NULL, ids);
  found = gln_test_citation_map_fill (store, collection, ids);

  map = read_map (store, collection);
  g_assert_cmpuint (map->nodes->len, ==, GLN_TEST_COLLECTION_SIZE + 1);
  g_assert_cmpuint (map->edges->len, ==, GLN_TEST_CITATION_MAP_N_EDGES);
  assert_laid_out (map);

  node = gln_citation_map_get_node (map, gln_citation_map_find (map, ids[0]));
  g_assert_cmpint (node->status, ==, GLN_SCREENING_INCLUDE);
  g_assert_false (node->found_by_citation);
  g_assert_cmpuint (node->n_cites, ==, 3);
  g_assert_cmpuint (node->n_cited_by, ==, 1);
  g_assert_cmpint (node->year, ==, 2004);
  g_assert_nonnull (node->first_author);
  g_assert_cmpint (gln_citation_map_get_node (map, gln_citation_map_find (map, ids[4]))->status,
                   ==, GLN_SCREENING_EXCLUDE);

  index = gln_citation_map_find (map, found);
  g_assert_cmpint (index, >=, 0);
  node = gln_citation_map_get_node (map, index);
  g_assert_true (node->found_by_citation);
  g_assert_cmpstr (node->title, ==, GLN_TEST_CITATION_MAP_FOUND_TITLE);
  g_assert_cmpstr (node->first_author, ==, "Ada Q. Lovelace");
  g_assert_cmpint (node->year, ==, 2019);
  g_assert_cmpuint (node->n_cites, ==, 1);
  g_assert_cmpuint (node->n_cited_by, ==, 1);
  {
    g_autofree char *label = gln_citation_map_dup_label (node);

    g_assert_cmpstr (label, ==, "Lovelace 2019");
  }

  /* Another collection with some of the same papers sees only its own links. */
  {
    g_autoptr(GPtrArray) papers = g_ptr_array_new_with_free_func (g_object_unref);

    for (guint i = 3; i < 5; i++)
      {
        g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, ids[i]);

        g_ptr_array_add (papers, gln_test_store_find (store, text));
      }
    other = gln_test_store_create_collection (store, "Other", papers);
  }
  empty = read_map (store, other);
  g_assert_cmpuint (empty->nodes->len, ==, 2);
  g_assert_cmpuint (empty->edges->len, ==, 0);

  gln_test_store_close (g_steal_pointer (&store));
}

typedef struct
{
  GHashTable *texts;
  GString    *current;
  gboolean    in_text;
} SvgTexts;

static void
start_cb (GMarkupParseContext  *context,
          const char           *element,
          const char          **names,
          const char          **values,
          gpointer              user_data,
          GError              **error)
{
  SvgTexts *texts = user_data;

  texts->in_text = g_str_equal (element, "text");
  g_string_truncate (texts->current, 0);
}

static void
text_cb (GMarkupParseContext  *context,
         const char           *text,
         gsize                 length,
         gpointer              user_data,
         GError              **error)
{
  SvgTexts *texts = user_data;

  if (texts->in_text)
    g_string_append_len (texts->current, text, length);
}

static void
end_cb (GMarkupParseContext  *context,
        const char           *element,
        gpointer              user_data,
        GError              **error)
{
  SvgTexts *texts = user_data;

  if (texts->in_text)
    g_hash_table_add (texts->texts, g_strdup (texts->current->str));
  texts->in_text = FALSE;
}

static void
test_svg_and_png (void)
{
  static const GMarkupParser parser = { start_cb, end_cb, text_cb, NULL, NULL };
  g_autoptr(GlnCitationMap) map = gln_citation_map_new ();
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GHashTable) texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GString) current = g_string_new (NULL);
  SvgTexts state = { texts, current, FALSE };
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) png = NULL;
  g_autofree char *svg = NULL;
  g_auto(GStrv) paths = NULL;

  gln_citation_map_add_node (map, 1, "Attention <is> all you need", "Ashish Vaswani", 2017,
                             GLN_SCREENING_INCLUDE, FALSE);
  gln_citation_map_add_node (map, 2, "Sequence & sequence", "Sutskever, Ilya", 2014,
                             GLN_SCREENING_EXCLUDE, TRUE);
  gln_citation_map_add_node (map, 3, "A paper nobody dated, with a long title", NULL, 0,
                             GLN_SCREENING_MAYBE, TRUE);
  gln_citation_map_add_edge (map, 1, 2);
  gln_citation_map_add_edge (map, 3, 1);
  gln_citation_map_layout (map);

  svg = gln_citation_map_to_svg (map, "Citation map: <Proton & co>");
  context = g_markup_parse_context_new (&parser, 0, &state, NULL);
  g_assert_true (g_markup_parse_context_parse (context, svg, -1, &error));
  g_assert_no_error (error);
  g_assert_true (g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < map->nodes->len; i++)
    {
      g_autofree char *label = gln_citation_map_dup_label (gln_citation_map_get_node (map, i));

      g_assert_true (g_hash_table_contains (texts, label));
    }
  g_assert_true (g_hash_table_contains (texts, "Vaswani 2017"));
  g_assert_true (g_hash_table_contains (texts, "Sutskever 2014"));
  g_assert_true (g_hash_table_contains (texts, "A paper nobody dated, w…"));
  g_assert_true (g_hash_table_contains (texts, "2014"));
  g_assert_nonnull (strstr (svg, "stroke-dasharray"));
  /* Only the links are drawn see-through. */
  paths = g_strsplit (svg, "stroke-opacity", -1);
  g_assert_cmpuint (g_strv_length (paths), ==, 3);

  png = gln_citation_map_to_png (map, 2.0, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (png, NULL), 8, "\x89PNG\r\n\x1a\n", 8);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/gln/citation-map/layout/by-year", test_layout_by_year);
  g_test_add_func ("/gln/citation-map/layout/large-deterministic",
                   test_layout_large_and_deterministic);
  g_test_add_func ("/gln/citation-map/layout/fewer-crossings", test_layout_reduces_crossings);
  g_test_add_func ("/gln/citation-map/keyboard", test_keyboard_moves);
  g_test_add_func ("/gln/citation-map/svg-png", test_svg_and_png);
  gln_test_add_shared_func ("/gln/citation-map/store", test_store_reads_map);

  return g_test_run ();
}
