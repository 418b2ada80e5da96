/* SPDX-License-Identifier: GPL-3.0-or-later */

/* A window with the review widgets (screening mode, comparison board, side by side) on a
 * given library, for the AT-SPI test and for screenshots, until the main window shows them.
 *
 *   review-harness --db LIBRARY [--view screening|board|compare|all] [--collection NAME]
 *                  [--papers N] [--width W] [--height H] [--window] [--source N]
 *
 * --window shows the app's own review window (GlnReviewWindow) on the page --view names.
 */

#define G_LOG_DOMAIN "review-harness"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <stdlib.h>

#include "gln-board-view.h"
#include "gln-compare-view.h"
#include "gln-review-window.h"
#include "gln-screening-view.h"

static char *db_path;
static char *view_name;
static char *collection_name;
static int n_compared = 3;
static int width = 1280;
static int height = 800;
static gboolean review_window;
static int source;

typedef struct
{
  GlnStore     *store;
  gint64        collection_id;
  char         *collection;
  GArray       *compared;   /* paper ids to show side by side at start */
  AdwViewStack *stack;
  GtkWidget    *screening;
  GtkWidget    *board;
  GtkWidget    *compare;
} Harness;

static GAsyncResult *ready;

static void
ready_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  ready = g_object_ref (result);
}

/* Waits for the store operation started with ready_cb(); the caller owns the result. */
static GAsyncResult *
wait_ready (void)
{
  while (ready == NULL)
    g_main_context_iteration (NULL, TRUE);

  return g_steal_pointer (&ready);
}

static gboolean
find_collection (Harness  *harness,
                 GError  **error)
{
  g_autoptr(GPtrArray) collections = NULL;
  g_autoptr(GlnBoardState) state = NULL;
  g_autoptr(GAsyncResult) listed = NULL;
  g_autoptr(GAsyncResult) loaded = NULL;

  gln_store_list_collections_async (harness->store, NULL, ready_cb, NULL);
  listed = wait_ready ();
  if (!(collections = gln_store_list_collections_finish (harness->store, listed, error)))
    return FALSE;

  for (guint i = 0; i < collections->len; i++)
    {
      GlnCollectionInfo *info = g_ptr_array_index (collections, i);

      if (collection_name == NULL || g_strcmp0 (info->name, collection_name) == 0)
        {
          harness->collection_id = info->id;
          harness->collection = g_strdup (info->name);
          break;
        }
    }
  if (harness->collection_id == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "No collection %s",
                   collection_name ? collection_name : "at all");
      return FALSE;
    }

  gln_store_load_board_async (harness->store, harness->collection_id, NULL, ready_cb, NULL);
  loaded = wait_ready ();
  if (!(state = gln_store_load_board_finish (harness->store, loaded, error)))
    return FALSE;

  /* Side by side starts with the first included papers, or the first papers. */
  harness->compared = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (int pass = 0; pass < 2 && harness->compared->len == 0; pass++)
    for (guint i = 0; i < state->entries->len && harness->compared->len < (guint) n_compared; i++)
      {
        GlnCollectionPaper *entry = g_ptr_array_index (state->entries, i);

        if (pass == 1 || entry->status == GLN_SCREENING_INCLUDE)
          g_array_append_val (harness->compared, entry->paper_id);
      }

  return TRUE;
}

static void
compare_cb (GlnBoardView *board,
            GPtrArray    *papers,
            Harness      *harness)
{
  gln_compare_view_set_papers (GLN_COMPARE_VIEW (harness->compare), papers,
                               harness->collection_id);
  adw_view_stack_set_visible_child_name (harness->stack, "compare");
}

static void
add_page (Harness    *harness,
          GtkWidget  *view,
          const char *name,
          const char *title,
          const char *icon)
{
  AdwViewStackPage *page = adw_view_stack_add_titled (harness->stack, view, name, title);

  adw_view_stack_page_set_icon_name (page, icon);
}

static void
present_review_window (GApplication *app,
                       Harness      *harness)
{
  GlnReviewWindow *review = gln_review_window_new (harness->store, harness->collection_id,
                                                   harness->collection);

  gtk_window_set_application (GTK_WINDOW (review), GTK_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (review), width, height);
  gln_review_window_show_page (review, g_str_equal (view_name, "all") ? "screening" : view_name);
  gln_screening_view_set_source (GLN_SCREENING_VIEW (gln_review_window_get_page (review,
                                                                                 "screening")),
                                 source);
  gtk_window_present (GTK_WINDOW (review));
}

static void
activate_views (GApplication *app,
                Harness      *harness)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *switcher = adw_view_switcher_title_new ();
  g_autofree char *title = g_strdup_printf ("%s — %s", harness->collection, "Gleaner");
  gboolean all = g_str_equal (view_name, "all");

  harness->stack = ADW_VIEW_STACK (adw_view_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (harness->stack), TRUE);

  if (all || g_str_equal (view_name, "screening"))
    {
      harness->screening = gln_screening_view_new ();
      gln_screening_view_set_store (GLN_SCREENING_VIEW (harness->screening), harness->store);
      gln_screening_view_set_collection (GLN_SCREENING_VIEW (harness->screening),
                                         harness->collection_id);
      gln_screening_view_set_source (GLN_SCREENING_VIEW (harness->screening), source);
      add_page (harness, harness->screening, "screening", _("Screening"), "object-select-symbolic");
    }
  if (all || g_str_equal (view_name, "board"))
    {
      harness->board = gln_board_view_new ();
      gln_board_view_set_store (GLN_BOARD_VIEW (harness->board), harness->store);
      gln_board_view_set_collection (GLN_BOARD_VIEW (harness->board), harness->collection_id);
      add_page (harness, harness->board, "board", _("Board"), "view-grid-symbolic");
    }
  if (all || g_str_equal (view_name, "compare"))
    {
      g_autoptr(GPtrArray) papers = NULL;
      g_autoptr(GError) error = NULL;

      harness->compare = gln_compare_view_new ();
      gln_compare_view_set_store (GLN_COMPARE_VIEW (harness->compare), harness->store);
      papers = gln_store_lookup_papers (harness->store, (const gint64 *) harness->compared->data,
                                        harness->compared->len, &error);
      if (papers == NULL)
        g_printerr ("%s\n", error->message);
      gln_compare_view_set_papers (GLN_COMPARE_VIEW (harness->compare), papers,
                                   harness->collection_id);
      add_page (harness, harness->compare, "compare", _("Side by Side"), "view-dual-symbolic");
    }
  if (harness->board != NULL && harness->compare != NULL)
    g_signal_connect (harness->board, "compare", G_CALLBACK (compare_cb), harness);

  adw_view_switcher_title_set_stack (ADW_VIEW_SWITCHER_TITLE (switcher), harness->stack);
  adw_view_switcher_title_set_title (ADW_VIEW_SWITCHER_TITLE (switcher), harness->collection);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), switcher);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (harness->stack));
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_title (GTK_WINDOW (window), title);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));

  /* Keys go to the screening mode from the start. */
  if (harness->screening != NULL)
    gtk_widget_grab_focus (harness->screening);
}

static void
activate_cb (GApplication *app,
             Harness      *harness)
{
  if (review_window)
    present_review_window (app, harness);
  else
    activate_views (app, harness);
}

int
main (int   argc,
      char *argv[])
{
  const GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db_path, "The library", "PATH" },
    { "view", 0, 0, G_OPTION_ARG_STRING, &view_name, "screening, board, compare or all", "VIEW" },
    { "collection", 0, 0, G_OPTION_ARG_STRING, &collection_name, "The collection", "NAME" },
    { "papers", 0, 0, G_OPTION_ARG_INT, &n_compared, "Papers side by side", "N" },
    { "width", 0, 0, G_OPTION_ARG_INT, &width, "The window's width", "W" },
    { "height", 0, 0, G_OPTION_ARG_INT, &height, "The window's height", "H" },
    { "window", 0, 0, G_OPTION_ARG_NONE, &review_window, "The app's review window", NULL },
    { "source", 0, 0, G_OPTION_ARG_INT, &source,
      "Screen papers from all sources (0), the user's (1) or citation search (2)", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(AdwApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  Harness harness = { 0 };
  int status;

  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || db_path == NULL)
    {
      g_printerr ("%s\n", error ? error->message : "--db is required");
      return EXIT_FAILURE;
    }

  if (view_name == NULL)
    view_name = g_strdup ("all");

  if (!(harness.store = gln_store_open_sync (db_path, &error)) ||
      !find_collection (&harness, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  app = adw_application_new ("io.github.gleaner.ReviewHarness", G_APPLICATION_NON_UNIQUE);
  g_application_set_resource_base_path (G_APPLICATION (app), RESOURCE_BASE);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), &harness);
  status = g_application_run (G_APPLICATION (app), 1, argv);

  g_clear_object (&harness.store);
  g_clear_pointer (&harness.compared, g_array_unref);
  g_free (harness.collection);

  return status;
}
