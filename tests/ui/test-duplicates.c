/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "test-duplicates"

#include "config.h"

#include <glib/gstdio.h>

#include "gln-application.h"
#include "gln-duplicates-view.h"
#include "gln-merge-pane.h"
#include "gln-paste-dialog.h"
#include "gln-sidebar.h"
#include "gln-ui-test-utils.h"
#include "gln-window.h"
#include "gln-window-private.h"
#include "../core/gln-test-store.h"

/* The Duplicates view in a real window: a BibTeX file with one paper twice (same title,
 * authors and year, two cite keys) leaves a pair of possible duplicates, which the user
 * merges choosing a value of the other record, undoes, or keeps apart. */

#define TITLE "Quantized Echoes in Lattice Gardens of the Northern Fjords"
#define SHORT_ABSTRACT "We count echoes."
#define LONG_ABSTRACT "We count echoes in lattice gardens and find that they are quantized."

static const char bibtex[] =
  "@article{lindqvist2019echoes,\n"
  "  title = {" TITLE "},\n"
  "  author = {Lindqvist, Maren and Okafor, Tobi},\n"
  "  year = {2019},\n"
  "  journal = {Journal of Improbable Lattices},\n"
  "  abstract = {" SHORT_ABSTRACT "},\n"
  "}\n"
  "\n"
  "@article{lindqvist2019echoes-preprint,\n"
  "  title = {" TITLE "},\n"
  "  author = {Lindqvist, Maren and Okafor, Tobi},\n"
  "  year = {2019},\n"
  "  journal = {Journal of Improbable Lattices},\n"
  "  abstract = {" LONG_ABSTRACT "},\n"
  "}\n";

static GlnApplication *app;

typedef struct
{
  char              *dir;
  GlnApplication    *app;
  GlnWindow         *window;
  GlnStore          *store;
  GlnDuplicatesView *view;
  GlnPaper          *first;    /* the first entry of the file */
  GlnPaper          *second;
} Fixture;

static gboolean
page_is_not_loading (gpointer data)
{
  const char *page = gln_window_get_page (data);

  return page != NULL && !g_str_equal (page, "loading");
}

static gboolean
no_toplevels (gpointer data)
{
  return g_list_model_get_n_items (gtk_window_get_toplevels ()) == 0;
}

static GlnSidebarItem *
find_duplicates_item (GlnWindow *window)
{
  GListModel *items = gln_sidebar_get_items (window->sidebar);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GlnSidebarItem) item = g_list_model_get_item (items, i);

      if (gln_sidebar_is_duplicates (item))
        return item;
    }

  return NULL;
}

static gboolean
sidebar_counts_one_pair (gpointer data)
{
  return gln_sidebar_item_get_count (find_duplicates_item (data)) == 1;
}

typedef struct
{
  GlnDuplicatesView *view;
  guint              n_pairs;
} PairCheck;

static gboolean
view_shows_pairs (gpointer data)
{
  PairCheck *check = data;

  return gtk_widget_get_mapped (GTK_WIDGET (check->view)) &&
         !gln_duplicates_view_get_loading (check->view) &&
         gln_duplicates_view_get_n_pairs (check->view) == check->n_pairs;
}

static void
wait_for_pairs (Fixture *fixture,
                guint    n_pairs)
{
  PairCheck check = { fixture->view, n_pairs };

  gln_ui_test_wait_until (view_shows_pairs, &check, "the pairs in the Duplicates view");
}

/* The two entries of the file, imported as the window imports a file, then tagged, starred
 * and rated so that each carries user data of its own. */
static void
import_pair (Fixture *fixture)
{
  g_autoptr(GlnImporter) importer = gln_importer_new (fixture->store);
  g_autoptr(GlnImportResult) result = NULL;
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "echoes.bib", NULL);
  GlnParseInputs *inputs = gln_parse_inputs_new (GLN_IMPORT_FORMAT_AUTO);

  g_assert_true (g_file_set_contents (path, bibtex, -1, &error));
  file = g_file_new_for_path (path);
  gln_parse_inputs_add_file (inputs, file);
  gln_importer_import_async (importer, gln_parse_inputs_parse, inputs,
                             (GDestroyNotify) gln_parse_inputs_free, 0, NULL, gln_test_ready_cb,
                             NULL);
  result = gln_importer_import_finish (importer, gln_test_wait (), &error);
  g_assert_no_error (error);

  /* Kept apart, and recorded for the user to decide. */
  g_assert_cmpuint (result->stats.found, ==, 2);
  g_assert_cmpuint (result->stats.added, ==, 2);
  g_assert_cmpuint (result->stats.duplicates, ==, 1);

  papers = gln_test_store_papers (fixture->store, result);
  fixture->first = g_object_ref (g_ptr_array_index (papers, 0));
  fixture->second = g_object_ref (g_ptr_array_index (papers, 1));
  g_assert_true (fixture->first != fixture->second);

  gln_store_add_tag_async (fixture->store, fixture->first, "lattices", NULL, gln_test_ready_cb,
                           NULL);
  gln_test_store_edited (fixture->store);
  gln_store_set_rating_async (fixture->store, fixture->first, 4, NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (fixture->store);
  gln_store_add_tag_async (fixture->store, fixture->second, "to-cite", NULL, gln_test_ready_cb,
                           NULL);
  gln_test_store_edited (fixture->store);
  gln_store_set_starred_async (fixture->store, fixture->second, TRUE, NULL, gln_test_ready_cb,
                               NULL);
  gln_test_store_edited (fixture->store);
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_descendant (child, type)) != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return GTK_WIDGET (window);
    }

  return NULL;
}

static gboolean
widget_is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

/* Enter on the pair opens it, which matters where the window is too narrow for the list
 * and the merge pane side by side (the test's screen is). */
static void
open_pair (Fixture *fixture)
{
  GtkWidget *row = find_descendant (GTK_WIDGET (fixture->view), GTK_TYPE_LIST_BOX_ROW);

  g_assert_nonnull (row);
  g_assert_true (gtk_widget_activate (row));
  gln_ui_test_wait_until (widget_is_mapped, gln_duplicates_view_get_merge_pane (fixture->view),
                          "the merge pane");
}

/* A library of the test's own with the pair in it, and the Duplicates view open at it. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (app == NULL)
    return;

  fixture->dir = g_dir_make_tmp ("gleaner-duplicates-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "library.db", NULL);
  fixture->app = g_object_ref (app);
  gln_application_set_library_path (app, path);

  g_application_activate (G_APPLICATION (fixture->app));
  fixture->window = GLN_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (fixture->app)));
  g_assert_true (GLN_IS_WINDOW (fixture->window));
  gln_ui_test_wait_until (page_is_not_loading, fixture->window, "the library to open");
  fixture->store = gln_window_get_store (fixture->window);
  fixture->view = fixture->window->duplicates_view;

  import_pair (fixture);
  gln_ui_test_wait_until (sidebar_counts_one_pair, fixture->window, "the sidebar's count");

  /* The row leads to the view, where the one pair is selected. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-duplicates", NULL);
  g_assert_true (gln_sidebar_is_duplicates (gln_sidebar_get_selected (fixture->window->sidebar)));
  wait_for_pairs (fixture, 1);
  g_assert_nonnull (gln_duplicates_view_get_selected (fixture->view));
  open_pair (fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  if (fixture->app == NULL)
    return;

  g_clear_object (&fixture->first);
  g_clear_object (&fixture->second);
  while (g_list_model_get_n_items (toplevels) > 0)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, 0);

      gtk_window_destroy (window);
    }
  gln_ui_test_wait_until (no_toplevels, NULL, "every window to close");
  gln_ui_test_settle ();

  gln_application_set_library_path (app, NULL);
  g_clear_object (&fixture->app);
  gln_ui_test_remove (fixture->dir);
  g_free (fixture->dir);
}

static gboolean
skip_without_display (Fixture *fixture)
{
  if (fixture->app != NULL)
    return FALSE;

  g_test_skip ("No display available");

  return TRUE;
}

static gint64
count_papers (GlnStore *store)
{
  g_autoptr(GlnQuery) query = gln_query_new ();

  return gln_test_store_count (store, query);
}

static gboolean
strv_has (const char * const *strv,
          const char         *value)
{
  return strv != NULL && g_strv_contains (strv, value);
}

static GtkWidget *
find_action_button (GtkWidget  *widget,
                    const char *action_name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action_name) == 0)
        return child;
      if ((found = find_action_button (child, action_name)) != NULL)
        return found;
    }

  return NULL;
}

static gboolean
toggle_is_active (gpointer data)
{
  return gtk_toggle_button_get_active (data);
}

/* A button's activation shows it pressed for a moment before it clicks. */
static void
press (GtkWidget *toggle)
{
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle)));
  g_assert_true (gtk_widget_activate (toggle));
  gln_ui_test_wait_until (toggle_is_active, toggle, "the toggle to be pressed");
}

/* A click on the button bound to @action_name, which must be enabled. */
static void
click (Fixture    *fixture,
       const char *action_name)
{
  GtkWidget *button = find_action_button (GTK_WIDGET (fixture->view), action_name);

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_assert_true (gtk_widget_activate (button));
}

static gboolean
toast_shown (gpointer data)
{
  GlnWindow *window = data;

  return window->last_toast != NULL &&
         g_strcmp0 (adw_toast_get_title (window->last_toast), "Papers merged") == 0;
}

/* Merging with one value taken from the other record leaves one paper with that value and
 * the user data of both; Undo brings both papers back as they were. */
static void
test_merge_and_undo (Fixture       *fixture,
                     gconstpointer  data)
{
  GlnMergePane *pane;
  const GlnDuplicate *pair;
  g_autoptr(GlnPaper) merged = NULL;
  g_autoptr(GlnPaper) restored = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) take = NULL;
  GlnPaper *master;
  GlnPaper *other;
  GtkWidget *choice;

  if (skip_without_display (fixture))
    return;

  pane = gln_duplicates_view_get_merge_pane (fixture->view);
  pair = gln_duplicates_view_get_selected (fixture->view);
  g_assert_true ((pair->paper_a == fixture->first && pair->paper_b == fixture->second) ||
                 (pair->paper_a == fixture->second && pair->paper_b == fixture->first));

  /* A is the master unless the user says otherwise; B's abstract is the one picked. */
  g_assert_cmpint (gln_merge_pane_get_master (pane), ==, GLN_MERGE_SIDE_A);
  master = gln_merge_pane_get_paper (pane, GLN_MERGE_SIDE_A);
  other = gln_merge_pane_get_paper (pane, GLN_MERGE_SIDE_B);
  g_assert_null (gln_merge_pane_get_choice (pane, "title", GLN_MERGE_SIDE_B));
  choice = gln_merge_pane_get_choice (pane, "abstract", GLN_MERGE_SIDE_B);
  g_assert_nonnull (choice);
  press (choice);
  take = gln_merge_pane_dup_take (pane);
  g_assert_cmpstrv (take, ((const char *[]) { "abstract", NULL }));

  click (fixture, "duplicates.merge");
  gln_ui_test_wait_until (toast_shown, fixture->window, "the toast of the merge");
  wait_for_pairs (fixture, 0);

  g_assert_cmpint (count_papers (fixture->store), ==, 1);
  merged = gln_store_lookup_paper (fixture->store, gln_paper_get_id (master), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (gln_paper_get_abstract (merged), ==,
                   master == fixture->first ? LONG_ABSTRACT : SHORT_ABSTRACT);
  g_assert_cmpstr (gln_paper_get_key (merged), ==, gln_paper_get_key (master));
  g_assert_true (strv_has (gln_paper_get_tags (merged), "lattices"));
  g_assert_true (strv_has (gln_paper_get_tags (merged), "to-cite"));
  g_assert_true (gln_paper_get_starred (merged));
  g_assert_cmpint (gln_paper_get_rating (merged), ==, 4);

  /* The view is empty, and says so. */
  g_assert_null (gln_duplicates_view_get_selected (fixture->view));

  /* Undo, from the toast. */
  g_signal_emit_by_name (fixture->window->last_toast, "button-clicked");
  wait_for_pairs (fixture, 1);
  g_assert_cmpint (count_papers (fixture->store), ==, 2);
  restored = gln_store_lookup_paper (fixture->store, gln_paper_get_id (other), &error);
  g_assert_no_error (error);
  g_assert_nonnull (restored);
  g_assert_true (strv_has (gln_paper_get_tags (restored), "to-cite") ==
                 (other == fixture->second));
  g_clear_object (&merged);
  merged = gln_store_lookup_paper (fixture->store, gln_paper_get_id (master), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (gln_paper_get_abstract (merged), ==,
                   master == fixture->first ? SHORT_ABSTRACT : LONG_ABSTRACT);
  g_assert_false (strv_has (gln_paper_get_tags (merged),
                            master == fixture->first ? "to-cite" : "lattices"));

  /* The pair is back in the pane. */
  pair = gln_duplicates_view_get_selected (fixture->view);
  g_assert_nonnull (pair);
  g_assert_true (pair->paper_a == master || pair->paper_b == master);
}

static gboolean
duplicates_row_hidden (gpointer data)
{
  GlnWindow *window = data;
  GlnSidebarItem *item = find_duplicates_item (window);

  return gln_sidebar_item_get_count (item) == 0 &&
         gln_sidebar_get_selected (window->sidebar) != item;
}

/* Not Duplicates keeps both papers and takes the pair off the list for good. */
static void
test_not_duplicates (Fixture       *fixture,
                     gconstpointer  data)
{
  if (skip_without_display (fixture))
    return;

  click (fixture, "duplicates.dismiss");
  wait_for_pairs (fixture, 0);
  g_assert_cmpint (count_papers (fixture->store), ==, 2);
  g_assert_false (gtk_widget_is_sensitive (find_action_button (GTK_WIDGET (fixture->view),
                                                                "duplicates.merge")));

  /* Leaving the view leaves no row for pairs that are no more. */
  gln_sidebar_select (fixture->window->sidebar, GLN_SIDEBAR_KIND_LIBRARY, 0);
  gln_ui_test_wait_until (duplicates_row_hidden, fixture->window, "the row to go");
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (fixture->view)));
}

static gint64
find_collection (GlnStore   *store,
                 const char *name)
{
  g_autoptr(GlnCollectionInfo) info = NULL;

  gln_store_find_collection_async (store, name, NULL, gln_test_ready_cb, NULL);
  info = gln_store_find_collection_finish (store, gln_test_wait (), NULL);
  g_assert_nonnull (info);

  return info->id;
}

static void
screen (GlnStore     *store,
        gint64        collection,
        GlnPaper     *paper,
        GlnScreening  status)
{
  g_autoptr(GlnScreeningChange) change = NULL;
  g_autoptr(GError) error = NULL;

  gln_store_screen_async (store, collection, gln_paper_get_id (paper), status, NULL, NULL,
                          gln_test_ready_cb, NULL);
  change = gln_store_screening_finish (store, gln_test_wait (), &error);
  g_assert_no_error (error);
}

static gboolean
merge_enabled (gpointer data)
{
  return gtk_widget_is_sensitive (find_action_button (data, "duplicates.merge"));
}

static gboolean
shows_conflict (gpointer data)
{
  const GlnDuplicate *pair = gln_duplicates_view_get_selected (data);

  return !gln_duplicates_view_get_loading (data) && pair != NULL &&
         gln_duplicate_has_conflict (pair);
}

/* Two decisions that disagree are not settled for the user: Merge waits for a choice. */
static void
test_screening_conflict (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GPtrArray) both = g_ptr_array_new ();
  g_auto(GStrv) take = NULL;
  GlnMergePane *pane;
  GtkWidget *choice;
  gint64 collection;

  if (skip_without_display (fixture))
    return;

  g_ptr_array_add (both, fixture->first);
  g_ptr_array_add (both, fixture->second);
  gln_store_collection_add_async (fixture->store, "Echo review", (GlnPaper **) both->pdata, 2,
                                  TRUE, NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (fixture->store);
  collection = find_collection (fixture->store, "Echo review");
  screen (fixture->store, collection, fixture->first, GLN_SCREENING_INCLUDE);
  screen (fixture->store, collection, fixture->second, GLN_SCREENING_EXCLUDE);

  /* Screening does not signal a change; the view reads the pair again at the next visit. */
  gln_sidebar_select (fixture->window->sidebar, GLN_SIDEBAR_KIND_LIBRARY, 0);
  gln_sidebar_select (fixture->window->sidebar, GLN_SIDEBAR_KIND_LIBRARY,
                      GLN_SIDEBAR_DUPLICATES_ID);
  gln_ui_test_wait_until (shows_conflict, fixture->view, "the screening conflict");
  open_pair (fixture);
  pane = gln_duplicates_view_get_merge_pane (fixture->view);

  /* Merging now would silently drop a decision. */
  g_assert_false (gln_merge_pane_get_ready (pane));
  g_assert_false (merge_enabled (fixture->view));

  choice = gln_merge_pane_get_choice (pane, NULL, GLN_MERGE_SIDE_B);
  g_assert_nonnull (choice);
  press (choice);
  g_assert_true (gln_merge_pane_get_ready (pane));
  g_assert_true (merge_enabled (fixture->view));
  take = gln_merge_pane_dup_take (pane);
  g_assert_true (g_strv_contains ((const char * const *) take, GLN_MERGE_TAKE_SCREENING));

  click (fixture, "duplicates.merge");
  gln_ui_test_wait_until (toast_shown, fixture->window, "the toast of the merge");
  g_assert_cmpint (count_papers (fixture->store), ==, 1);
}

static const char second_pair[] =
  "@article{okafor2021fjords,\n"
  "  title = {Tidal Harmonics of Northern Fjord Lattices},\n"
  "  author = {Okafor, Tobi},\n"
  "  year = {2021},\n"
  "}\n"
  "@article{okafor2021fjords-again,\n"
  "  title = {Tidal Harmonics of Northern Fjord Lattices},\n"
  "  author = {Okafor, Tobi},\n"
  "  year = {2021},\n"
  "  note = {Again},\n"
  "}\n";

static gboolean
toast_names_duplicates (gpointer data)
{
  GlnWindow *window = data;

  return window->last_toast != NULL &&
         g_strcmp0 (adw_toast_get_title (window->last_toast),
                    "Added 1 paper, 1 possible duplicate to review") == 0;
}

/* Papers added from the window say how many possible duplicates they left, counted apart
 * from the papers new to the library, and the toast leads to them. */
static void
test_import_toast (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (second_pair, sizeof second_pair - 1);
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;

  if (skip_without_display (fixture))
    return;

  gln_sidebar_select (fixture->window->sidebar, GLN_SIDEBAR_KIND_LIBRARY, 0);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (fixture->view)));

  /* As the paste dialog hands them over. */
  papers = gln_import_parse (bytes, GLN_IMPORT_FORMAT_AUTO, NULL, &error);
  g_assert_no_error (error);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.paste-dialog", NULL);
  dialog = find_toplevel (GLN_TYPE_PASTE_DIALOG);
  g_assert_nonnull (dialog);
  g_signal_emit_by_name (dialog, "add-papers", papers);
  gtk_window_destroy (GTK_WINDOW (dialog));

  gln_ui_test_wait_until (toast_names_duplicates, fixture->window, "the toast of the import");
  g_assert_cmpstr (adw_toast_get_action_name (fixture->window->last_toast), ==,
                   "win.show-duplicates");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window),
                              adw_toast_get_action_name (fixture->window->last_toast), NULL);
  wait_for_pairs (fixture, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);
  g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);

  data_home = g_dir_make_tmp ("gleaner-duplicates-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  if (gtk_init_check ())
    {
      app = gln_application_new (APP_ID, G_APPLICATION_NON_UNIQUE);
      g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
      g_assert_no_error (error);
    }

  g_test_add ("/gln/ui/duplicates/merge-and-undo", Fixture, NULL, fixture_set_up,
              test_merge_and_undo, fixture_tear_down);
  g_test_add ("/gln/ui/duplicates/not-duplicates", Fixture, NULL, fixture_set_up,
              test_not_duplicates, fixture_tear_down);
  g_test_add ("/gln/ui/duplicates/screening-conflict", Fixture, NULL, fixture_set_up,
              test_screening_conflict, fixture_tear_down);
  g_test_add ("/gln/ui/duplicates/import-toast", Fixture, NULL, fixture_set_up,
              test_import_toast, fixture_tear_down);

  ret = g_test_run ();

  g_clear_object (&app);
  gln_ui_test_remove (data_home);

  return ret;
}
