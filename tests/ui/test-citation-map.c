/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The citation map page of the review window (issue 17) on a real library with known links:
 * it shows every paper and link of the collection, the arrow keys move the focus from paper
 * to paper (by year, then within one), the focused paper is the drawing's accessible
 * description, Enter opens it on the screening page whatever the filter, and the list
 * shows the same papers and opens them too. */

#define G_LOG_DOMAIN "test-citation-map"

#include "config.h"

#include <adwaita.h>

#include "gln-citation-map-area.h"
#include "gln-citation-map-view.h"
#include "gln-review-window.h"
#include "gln-screening-view.h"
#include "gln-ui-test-utils.h"

#include "gln-test-citation-map.h"
#include "gln-test-store.h"

#define COLLECTION "Proton structure"
#define KEYS       "citation-map-keys"

static gboolean have_display;

static gboolean
map_loaded (gpointer data)
{
  GlnCitationMap *map = gln_citation_map_area_get_map (data);

  return map != NULL && map->nodes->len == GLN_TEST_COLLECTION_SIZE + 1;
}

static gboolean
screening_loaded (gpointer data)
{
  return gln_screening_view_get_paper (data) != NULL;
}

static gint64
focused_paper (GlnCitationMapArea *area)
{
  int focused = gln_citation_map_area_get_focused (area);

  g_assert_cmpint (focused, >=, 0);

  return gln_citation_map_get_node (gln_citation_map_area_get_map (area), focused)->paper_id;
}

static void
assert_opens (GlnReviewWindow *window,
              gint64           paper_id)
{
  GtkWidget *screening = gln_review_window_get_page (window, "screening");

  g_assert_cmpint (gln_paper_get_id (gln_screening_view_get_paper (GLN_SCREENING_VIEW (screening))),
                   ==, paper_id);
  g_assert_true (gtk_widget_get_mapped (screening));
}

/* Walks right through the years to the first with several papers, then down it. */
static void
walk (GlnCitationMapArea *area)
{
  GlnCitationMap *map = gln_citation_map_area_get_map (area);
  GlnCitationMapNode *node;
  GArray *column;
  int before;

  /* Nothing has the focus yet: the first key gives it to the first paper of the first year. */
  if (gln_citation_map_area_get_focused (area) < 0)
    g_assert_true (gln_ui_test_press_key (GTK_WIDGET (area), KEYS, GDK_KEY_Right));
  g_assert_cmpint (gln_citation_map_area_get_focused (area), ==,
                   g_array_index ((GArray *) g_ptr_array_index (map->columns, 0), guint, 0));

  for (;;)
    {
      node = gln_citation_map_get_node (map, gln_citation_map_area_get_focused (area));
      column = g_ptr_array_index (map->columns, node->column);
      if (column->len > 1)
        break;
      before = node->year;
      g_assert_true (gln_ui_test_press_key (GTK_WIDGET (area), KEYS, GDK_KEY_Right));
      node = gln_citation_map_get_node (map, gln_citation_map_area_get_focused (area));
      g_assert_cmpint (node->year, >, before);
    }

  g_assert_cmpuint (node->row, ==, 0);
  g_assert_true (gln_ui_test_press_key (GTK_WIDGET (area), KEYS, GDK_KEY_Down));
  g_assert_cmpint (gln_citation_map_area_get_focused (area), ==, g_array_index (column, guint, 1));
  g_assert_true (gln_ui_test_press_key (GTK_WIDGET (area), KEYS, GDK_KEY_Up));
  g_assert_cmpint (gln_citation_map_area_get_focused (area), ==, g_array_index (column, guint, 0));
}

static void
test_map_page (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GlnStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ids[GLN_TEST_COLLECTION_SIZE];
  gint64 collection, found;
  GlnReviewWindow *window;
  GtkWidget *view, *list;
  GListModel *rows;
  GlnCitationMapArea *area;
  GlnCitationMap *map;
  g_autofree char *description = NULL;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  path = gln_test_tmp_db_path ();
  store = gln_store_open_sync (path, &error);
  g_assert_no_error (error);
  collection = gln_test_collection_fill (store, COLLECTION, NULL, ids);
  found = gln_test_citation_map_fill (store, collection, ids);

  window = gln_review_window_new (store, collection, COLLECTION);
  gtk_window_present (GTK_WINDOW (window));
  gln_ui_test_wait_until (screening_loaded, gln_review_window_get_page (window, "screening"),
                          "the screening page");
  gln_review_window_show_page (window, "map");
  view = gln_review_window_get_page (window, "map");
  area = GLN_CITATION_MAP_AREA (gln_citation_map_view_get_area (GLN_CITATION_MAP_VIEW (view)));
  gln_ui_test_wait_until (map_loaded, area, "the citation map");
  map = gln_citation_map_area_get_map (area);
  g_assert_cmpuint (map->edges->len, ==, GLN_TEST_CITATION_MAP_N_EDGES);
  g_assert_true (gln_citation_map_get_node (map, gln_citation_map_find (map, found))
                 ->found_by_citation);

  walk (area);
  description = gln_citation_map_dup_description (gln_citation_map_get_node (map,
                                                  gln_citation_map_area_get_focused (area)));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (area), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       description);

  /* Enter opens the focused paper: the excluded one, which the screening filter hides. */
  gln_citation_map_area_set_focused (area, gln_citation_map_find (map, ids[4]));
  g_assert_true (gln_ui_test_press_key (GTK_WIDGET (area), KEYS, GDK_KEY_Return));
  gln_ui_test_settle ();
  assert_opens (window, ids[4]);
  g_assert_cmpint (focused_paper (area), ==, ids[4]);

  /* The list: the same papers, each opened by activating its row. */
  gln_review_window_show_page (window, "map");
  gln_citation_map_view_set_show_list (GLN_CITATION_MAP_VIEW (view), TRUE);
  list = gln_citation_map_view_get_list (GLN_CITATION_MAP_VIEW (view));
  gln_ui_test_settle ();
  g_assert_true (gtk_widget_get_mapped (list));
  rows = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, GLN_TEST_COLLECTION_SIZE + 1);
  g_signal_emit_by_name (list, "activate", 0);
  gln_ui_test_settle ();
  assert_opens (window, gln_citation_map_get_node (map, g_array_index (
    (GArray *) g_ptr_array_index (map->columns, 0), guint, 0))->paper_id);

  gtk_window_destroy (GTK_WINDOW (window));
  gln_ui_test_settle ();
}

typedef struct
{
  GlnReviewWindow *window;
  gint64           paper_id;
} Opened;

static gboolean
paper_opened (gpointer data)
{
  Opened *opened = data;
  GtkWidget *screening = gln_review_window_get_page (opened->window, "screening");
  GlnPaper *paper = gln_screening_view_get_paper (GLN_SCREENING_VIEW (screening));

  return paper != NULL && gln_paper_get_id (paper) == opened->paper_id;
}

/* The map is the first page shown: the screening page has not loaded the collection when
 * a paper is opened, and shows it once it has. */
static void
test_open_first (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GlnStore) store = NULL;
  gint64 ids[GLN_TEST_COLLECTION_SIZE];
  gint64 collection;
  GlnCitationMapArea *area;
  GlnCitationMap *map;
  Opened opened;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  path = gln_test_tmp_db_path ();
  store = gln_store_open_sync (path, NULL);
  collection = gln_test_collection_fill (store, COLLECTION, NULL, ids);
  gln_test_citation_map_fill (store, collection, ids);

  opened.window = gln_review_window_new (store, collection, COLLECTION);
  opened.paper_id = ids[4];
  gln_review_window_show_page (opened.window, "map");
  gtk_window_present (GTK_WINDOW (opened.window));
  area = GLN_CITATION_MAP_AREA (gln_citation_map_view_get_area (
    GLN_CITATION_MAP_VIEW (gln_review_window_get_page (opened.window, "map"))));
  gln_ui_test_wait_until (map_loaded, area, "the citation map");
  map = gln_citation_map_area_get_map (area);
  gln_citation_map_area_set_focused (area, gln_citation_map_find (map, ids[4]));
  g_assert_true (gln_ui_test_press_key (GTK_WIDGET (area), KEYS, GDK_KEY_KP_Enter));
  gln_ui_test_wait_until (paper_opened, &opened, "the paper on the screening page");
  assert_opens (opened.window, ids[4]);

  gtk_window_destroy (GTK_WINDOW (opened.window));
  gln_ui_test_settle ();
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = NULL;
  int ret;

  data_home = g_dir_make_tmp ("gleaner-citation-map-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  /* GTK's test context keeps the accessible properties, for the test to read. */
  g_setenv ("GTK_A11Y", "test", TRUE);

  g_test_init (&argc, &argv, NULL);
  g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);

  if ((have_display = gtk_init_check ()))
    adw_init ();

  gln_test_add_shared_func ("/gln/citation-map/page", test_map_page);
  gln_test_add_shared_func ("/gln/citation-map/open-first", test_open_first);

  ret = g_test_run ();
  gln_ui_test_remove (data_home);

  return ret;
}
