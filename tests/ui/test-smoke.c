/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "test-smoke"

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "gln-add-feed-dialog.h"
#include "gln-application.h"
#include "gln-compare-view.h"
#include "gln-review-window.h"
#include "gln-ui-test-utils.h"
#include "../core/gln-test-store.h"
#include "gln-note-editor.h"
#include "gln-note-list.h"
#include "gln-paper-row.h"
#include "gln-paper-view.h"
#include "gln-paste-dialog.h"
#include "gln-preferences-window.h"
#include "gln-sidebar.h"
#include "gln-window.h"
#include "gln-window-private.h"

#include "gln-add-feed-dialog.h"
#include "gln-arxiv-source.h"
#include "gln-hf-source.h"
#include "gln-import.h"
#include "gln-test-utils.h"

/* Every test opens a library of its own in the one application, with a new window, so that
 * it passes alone and in any order; it waits for what a user would wait for, never for a
 * fixed time. */
static GlnApplication *app;
static SoupServer *server;

typedef struct
{
  char           *dir;
  GlnApplication *app;
  GlnWindow      *window;
} Fixture;

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n_items = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

static gboolean
toplevel_mapped (gpointer data)
{
  GtkWindow *window = find_toplevel (GPOINTER_TO_SIZE (data));

  return window != NULL && gtk_widget_get_mapped (GTK_WIDGET (window));
}

static gboolean
toplevel_gone (gpointer data)
{
  return find_toplevel (GPOINTER_TO_SIZE (data)) == NULL;
}

/* Waits for a window of @type to show, and returns it. */
static GtkWindow *
wait_for_toplevel (GType       type,
                   const char *what)
{
  gln_ui_test_wait_until (toplevel_mapped, GSIZE_TO_POINTER (type), what);

  return find_toplevel (type);
}

static void
destroy_toplevel (GtkWindow  *window,
                  const char *what)
{
  GType type = G_OBJECT_TYPE (window);

  gtk_window_destroy (window);
  gln_ui_test_wait_until (toplevel_gone, GSIZE_TO_POINTER (type), what);
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

static gboolean
page_is_not_loading (gpointer data)
{
  const char *page = gln_window_get_page (data);

  return page != NULL && !g_str_equal (page, "loading");
}

static gboolean
page_is_browse (gpointer data)
{
  return g_strcmp0 (gln_window_get_page (data), "browse") == 0;
}

static gboolean
no_toplevels (gpointer data)
{
  return g_list_model_get_n_items (gtk_window_get_toplevels ()) == 0;
}

/* A new application on the test's own empty library, its window shown and the library
 * open. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (app == NULL)
    return;

  fixture->dir = g_dir_make_tmp ("gleaner-smoke-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "library.db", NULL);
  fixture->app = g_object_ref (app);
  gln_application_set_library_path (app, path);

  g_application_activate (G_APPLICATION (fixture->app));
  fixture->window = GLN_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (fixture->app)));
  g_assert_true (GLN_IS_WINDOW (fixture->window));
  gln_ui_test_wait_until (page_is_not_loading, fixture->window, "the library to open");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  if (fixture->app == NULL)
    return;

  while (g_list_model_get_n_items (toplevels) > 0)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, 0);

      gtk_window_destroy (window);
    }
  gln_ui_test_wait_until (no_toplevels, NULL, "every window to close");
  gln_ui_test_settle ();

  /* The library is closed before its folder goes. */
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

static gboolean
list_has_items (gpointer data)
{
  GListModel *papers = gln_window_get_papers (data);

  return papers != NULL && g_list_model_get_n_items (papers) > 0 &&
         !gln_paper_list_get_loading (GLN_PAPER_LIST (papers));
}

static GPtrArray *
parse_sample (const char *dir,
              const char *file)
{
  g_autofree char *path = gln_test_shared_path ("samples", dir, file, NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  GPtrArray *papers;
  gsize len;

  g_assert_true (g_file_get_contents (path, &contents, &len, &error));
  bytes = g_bytes_new_take (g_steal_pointer (&contents), len);
  papers = gln_import_parse (bytes, GLN_IMPORT_FORMAT_AUTO, NULL, &error);
  g_assert_no_error (error);

  return papers;
}

/* Brings the arXiv and Hugging Face samples into the library, as an import from the
 * window would, and waits for the list to show them. Returns how many there are. */
static guint
import_samples (Fixture *fixture)
{
  g_autoptr(GPtrArray) arxiv = parse_sample ("arxiv-api",
                                             "query_all-electron-AND-all-proton_2025-11-11.xml");
  g_autoptr(GPtrArray) hf = parse_sample ("hf-daily-papers",
                                          "daily_papers_2024-10-25_first2entries.json");
  g_autoptr(GlnImporter) importer = gln_importer_new (gln_window_get_store (fixture->window));
  g_autoptr(GlnImportResult) result = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_extend_and_steal (arxiv, g_steal_pointer (&hf));
  gln_importer_import_papers_async (importer, arxiv, 0, NULL, gln_test_ready_cb, NULL);
  result = gln_importer_import_finish (importer, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (result->stats.added, ==, arxiv->len);

  gln_ui_test_wait_until (page_is_browse, fixture->window, "the browse page");
  gln_ui_test_wait_until (list_has_items, fixture->window, "the papers");

  return arxiv->len;
}

static void
test_window (Fixture       *fixture,
             gconstpointer  data)
{
  GlnWindow *window = fixture->window;

  if (skip_without_display (fixture))
    return;

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Gleaner");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  g_assert_cmpint (gtk_widget_has_css_class (GTK_WIDGET (window), "devel"), ==, DEVELOPMENT_BUILD);

  /* A new, empty library shows the first-run page with its ways forward. */
  g_assert_cmpstr (gln_window_get_page (window), ==, "welcome");
  g_assert_nonnull (gln_window_get_store (window));

  /* Activating again presents the same window. */
  g_application_activate (G_APPLICATION (fixture->app));
  g_assert_true (GLN_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (fixture->app)))
                 == window);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (fixture->app))),
                    ==, 1);
}

static void
test_browse (Fixture       *fixture,
             gconstpointer  data)
{
  GlnWindow *window = fixture->window;
  GlnSidebarItem *item;
  guint n_papers;

  if (skip_without_display (fixture))
    return;

  /* The library gains papers: the window leaves the first-run page for the library. */
  n_papers = import_samples (fixture);
  item = gln_sidebar_get_selected (window->sidebar);
  g_assert_cmpint (gln_sidebar_item_get_kind (item), ==, GLN_SIDEBAR_KIND_LIBRARY);
  g_assert_cmpuint (g_list_model_get_n_items (gln_window_get_papers (window)), ==, n_papers);
  /* Inbox, For you, Updated, Starred, Library, Possible Duplicates and Trash. */
  g_assert_cmpuint (g_list_model_get_n_items (gln_sidebar_get_items (window->sidebar)), ==, 7);
}

static gboolean
paper_is_read (gpointer data)
{
  return gln_paper_get_read (data);
}

static gboolean
paper_has_rating (gpointer data)
{
  return gln_paper_get_rating (data) == 4;
}

static gboolean
note_saved (gpointer data)
{
  return !gln_note_editor_get_busy (data) && gln_note_editor_get_note_id (data) > 0;
}

typedef struct
{
  GlnWindow *window;
  guint      n_items;
} ListCheck;

static gboolean
list_count_is (gpointer data)
{
  ListCheck *check = data;
  GListModel *papers = gln_window_get_papers (check->window);

  return papers != NULL && !gln_paper_list_get_loading (GLN_PAPER_LIST (papers)) &&
         g_list_model_get_n_items (papers) == check->n_items;
}

static void
test_reading (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GlnPaper) first = NULL;
  GlnWindow *window = fixture->window;
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GError) error = NULL;
  ListCheck check = { window, 0 };
  GlnNoteList *notes;
  GtkWidget *editor;
  GlnPaper *paper;
  guint n_items;

  if (skip_without_display (fixture))
    return;

  n_items = import_samples (fixture);

  /* j opens the first paper and marks it read, everywhere at once. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next", NULL);
  paper = gln_paper_view_get_paper (window->paper_view);
  g_assert_nonnull (paper);
  g_assert_true (gtk_selection_model_is_selected (GTK_SELECTION_MODEL (window->selection), 0));
  first = g_list_model_get_item (G_LIST_MODEL (window->selection), 0);
  g_assert_true (paper == first);
  gln_ui_test_wait_until (paper_is_read, paper, "the paper to be read");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.next", NULL);
  g_assert_true (gln_paper_view_get_paper (window->paper_view) != paper);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.previous", NULL);
  g_assert_true (gln_paper_view_get_paper (window->paper_view) == paper);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.rate", "i", 4);
  g_assert_cmpint (gln_paper_get_rating (paper), ==, 4);
  gln_ui_test_wait_until (paper_has_rating, paper, "the rating");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-star", NULL);
  g_assert_true (gln_paper_get_starred (paper));

  /* n writes a note; it is stored without a save button. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-note", NULL);
  notes = GLN_NOTE_LIST (gln_paper_view_get_note_list (window->paper_view));
  g_assert_cmpuint (gln_note_list_get_n_notes (notes), ==, 1);
  editor = gln_note_list_get_note (notes, 0);
  gln_note_editor_set_text (GLN_NOTE_EDITOR (editor), "Compare with **Bernauer 2016**.");
  gln_ui_test_wait_until (note_saved, editor, "the note to be saved");

  gln_store_list_notes_async (gln_window_get_store (window), gln_paper_get_id (paper), NULL,
                              gln_test_ready_cb, NULL);
  stored = gln_store_list_notes_finish (gln_window_get_store (window), gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stored->len, ==, 1);
  g_assert_cmpstr (((GlnNote *) g_ptr_array_index (stored, 0))->body, ==,
                   "Compare with **Bernauer 2016**.");

  /* Search narrows the list as the user types. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  g_assert_true (gtk_search_bar_get_search_mode (window->search_bar));
  gtk_editable_set_text (GTK_EDITABLE (window->search_entry), "wakefield");
  check.n_items = 1;
  gln_ui_test_wait_until (list_count_is, &check, "the search results");

  gtk_search_bar_set_search_mode (window->search_bar, FALSE);
  check.n_items = n_items;
  gln_ui_test_wait_until (list_count_is, &check, "the whole list again");
}

static gboolean
window_is_folded (gpointer data)
{
  GlnWindow *window = data;

  return adw_flap_get_folded (window->flap) && adw_leaflet_get_folded (window->leaflet);
}

static gboolean
window_is_wide (gpointer data)
{
  return !adw_leaflet_get_folded (((GlnWindow *) data)->leaflet);
}

static gboolean
list_is_shown (gpointer data)
{
  GlnWindow *window = data;

  return adw_leaflet_get_visible_child (window->leaflet) == window->list_pane;
}

static void
test_narrow (Fixture       *fixture,
             gconstpointer  data)
{
  GlnWindow *window = fixture->window;

  if (skip_without_display (fixture))
    return;

  import_samples (fixture);
  gtk_window_set_default_size (GTK_WINDOW (window), 480, 700);
  gln_ui_test_wait_until (window_is_folded, window, "the narrow layout");

  /* The sidebar folds away and the list and the pane take turns. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-note", NULL);
  g_assert_true (adw_leaflet_get_visible_child (window->leaflet) == window->pane);
  g_assert_true (gtk_widget_get_visible (window->back_button));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  gln_ui_test_wait_until (list_is_shown, window, "the list to come back");

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 760);
  gln_ui_test_wait_until (window_is_wide, window, "the wide layout");
}

static void
test_add_feed_dialog (Fixture       *fixture,
                      gconstpointer  data)
{
  GlnAddFeedDialog *dialog;
  g_autofree char *params = NULL;

  if (skip_without_display (fixture))
    return;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.add-feed", NULL);
  dialog = GLN_ADD_FEED_DIALOG (wait_for_toplevel (GLN_TYPE_ADD_FEED_DIALOG, "the dialog"));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) ==
                 GTK_WINDOW (fixture->window));

  gln_add_feed_dialog_set_kind (dialog, 0);
  gln_add_feed_dialog_set_value (dialog, " cs.CL ");
  g_assert_cmpstr (gln_add_feed_dialog_get_kind (dialog), ==, "arxiv");
  params = gln_add_feed_dialog_dup_params (dialog);
  g_assert_nonnull (strstr (params, "\"category\""));
  g_assert_nonnull (strstr (params, "\"cs.CL\""));

  /* Every kind the dialog offers is one the feeds know. */
  for (guint i = 0; i < 8; i++)
    {
      gln_add_feed_dialog_set_kind (dialog, i);
      g_assert_true (gln_feed_kind_is_valid (gln_add_feed_dialog_get_kind (dialog)));
    }

  destroy_toplevel (GTK_WINDOW (dialog), "the dialog to close");
}

static gboolean
paste_found (gpointer data)
{
  return gln_paste_dialog_get_n_found (data) > 0;
}

/* The arXiv API of the feed tests: the first page is the real sample, later pages are
 * empty, so that a refresh ends after one page. */
static void
arxiv_handler_cb (SoupServer        *soup_server,
                  SoupServerMessage *message,
                  const char        *path,
                  GHashTable        *query,
                  gpointer           user_data)
{
  const char *start = query ? g_hash_table_lookup (query, "start") : NULL;
  const char *file = start == NULL || g_str_equal (start, "0")
                       ? "query_all-electron-AND-all-proton_2025-11-11.xml"
                       : "query_id_list_nonexistent_2025-11-11.xml";
  g_autofree char *sample = gln_test_shared_path ("samples", "arxiv-api", file, NULL);
  g_autofree char *contents = NULL;
  gsize len = 0;

  g_assert_true (g_file_get_contents (sample, &contents, &len, NULL));
  soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (message, "application/atom+xml", SOUP_MEMORY_COPY,
                                    contents, len);
}

static gboolean
preview_shown (gpointer data)
{
  return gln_add_feed_dialog_get_n_preview (data) > 0;
}

typedef struct
{
  GlnWindow      *window;
  GlnSidebarKind  kind;
  const char     *title;     /* NULL: any */
  gboolean        present;
  gboolean        unread;    /* with unread papers */
} SidebarCheck;

static GlnSidebarItem *
find_sidebar_item (SidebarCheck *check)
{
  GListModel *items = gln_sidebar_get_items (check->window->sidebar);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GlnSidebarItem) item = g_list_model_get_item (items, i);

      if (gln_sidebar_item_get_kind (item) == check->kind &&
          (check->title == NULL ||
           g_strcmp0 (gln_sidebar_item_get_title (item), check->title) == 0) &&
          (!check->unread || gln_sidebar_item_get_count (item) > 0))
        return g_steal_pointer (&item);
    }

  return NULL;
}

/* Whether the sidebar shows the item @data describes, or no longer does. */
static gboolean
sidebar_shows (gpointer data)
{
  SidebarCheck *check = data;
  g_autoptr(GlnSidebarItem) item = find_sidebar_item (check);

  return (item != NULL) == check->present;
}

static gboolean
not_refreshing (gpointer data)
{
  return !gln_application_get_refreshing (data);
}

static gboolean
no_message_dialog (gpointer data)
{
  return find_toplevel (ADW_TYPE_MESSAGE_DIALOG) == NULL;
}

/* Answers the message dialog the sidebar opened, as a click would. */
static void
respond (const char *response,
         const char *text)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG,
                                                                    "the dialog"));

  if (text != NULL)
    gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)), text);
  /* A click closes a message dialog after its response; a response given in code does not. */
  adw_message_dialog_response (dialog, response);
  gtk_window_close (GTK_WINDOW (dialog));
  gln_ui_test_wait_until (no_message_dialog, NULL, "the dialog to close");
}

static GlnCollectionInfo *
find_collection (GlnStore   *store,
                 const char *name)
{
  gln_store_find_collection_async (store, name, NULL, gln_test_ready_cb, NULL);
  return gln_store_find_collection_finish (store, gln_test_wait (), NULL);
}

/* A paper dragged onto a collection joins it (a new name makes one), and the sidebar's
 * menu renames and deletes collections; deleting keeps the papers. */
static void
test_collections (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GlnSidebarItem) target = NULL;
  g_autoptr(GlnSidebarItem) item = NULL;
  g_autoptr(GlnCollectionInfo) info = NULL;
  g_autoptr(GlnPaper) paper = NULL;
  SidebarCheck check = { fixture->window, GLN_SIDEBAR_KIND_COLLECTION, "Dropped papers", TRUE };
  GlnStore *store;
  GtkWidget *sidebar;

  if (skip_without_display (fixture))
    return;

  import_samples (fixture);
  store = gln_window_get_store (fixture->window);
  sidebar = find_descendant (GTK_WIDGET (fixture->window), GLN_TYPE_SIDEBAR);
  g_assert_nonnull (sidebar);
  paper = gln_test_store_find (store, "arxiv:1309.4668");

  target = gln_sidebar_item_new (GLN_SIDEBAR_KIND_COLLECTION, 0, "Dropped papers");
  g_signal_emit_by_name (sidebar, "paper-dropped", target, paper);
  gln_ui_test_wait_until (sidebar_shows, &check, "the dropped paper's collection");
  g_assert_cmpstrv (gln_paper_get_collections (paper),
                    ((const char *[]) { "Dropped papers", NULL }));

  info = find_collection (store, "Dropped papers");
  g_assert_nonnull (info);
  item = gln_sidebar_item_new (GLN_SIDEBAR_KIND_COLLECTION, info->id, "Dropped papers");
  g_signal_emit_by_name (sidebar, "rename-collection", item);
  respond ("rename", "Kept papers");
  check.title = "Kept papers";
  gln_ui_test_wait_until (sidebar_shows, &check, "the renamed collection");
  g_assert_cmpstrv (gln_paper_get_collections (paper),
                    ((const char *[]) { "Kept papers", NULL }));
  g_clear_pointer (&info, gln_collection_info_free);
  info = find_collection (store, "Kept papers");
  g_assert_nonnull (info);
  g_assert_null (find_collection (store, "Dropped papers"));

  g_signal_emit_by_name (sidebar, "delete-collection", item);
  respond ("delete", NULL);
  check.present = FALSE;
  gln_ui_test_wait_until (sidebar_shows, &check, "the deleted collection");
  g_clear_pointer (&info, gln_collection_info_free);
  g_assert_null (find_collection (store, "Kept papers"));

  g_clear_object (&paper);
  paper = gln_test_store_find (store, "arxiv:1309.4668");
  g_assert_null (gln_paper_get_collections (paper)[0]);
}

static GtkWidget *
find_compare_view (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);
      GtkWidget *view = find_descendant (GTK_WIDGET (window), GLN_TYPE_COMPARE_VIEW);

      if (view != NULL && !GLN_IS_REVIEW_WINDOW (window))
        return view;
    }

  return NULL;
}

static gboolean
compare_view_shown (gpointer data)
{
  GtkWidget *view = find_compare_view ();

  return view != NULL && gtk_widget_get_mapped (view);
}

/* X marks papers while reading; Ctrl+Shift+C puts the marked ones side by side. */
static void
test_compare_marked (Fixture       *fixture,
                     gconstpointer  data)
{
  GlnWindow *window = fixture->window;
  SidebarCheck check = { window, GLN_SIDEBAR_KIND_COLLECTION, "Marked together", TRUE };
  g_autoptr(GlnPaper) first = NULL;
  GtkWidget *view;

  if (skip_without_display (fixture))
    return;

  import_samples (fixture);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next", NULL);
  first = g_object_ref (gln_paper_view_get_paper (window->paper_view));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.mark", NULL);
  /* One paper is not a comparison. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.compare", NULL);
  gln_ui_test_settle ();
  g_assert_null (find_compare_view ());

  gtk_widget_activate_action (GTK_WIDGET (window), "win.next", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.mark", NULL);

  /* Adding the paper shown to a collection takes the other marked paper along. */
  g_signal_emit_by_name (find_descendant (GTK_WIDGET (window), GLN_TYPE_PAPER_VIEW),
                         "collection-added", "Marked together");
  gln_ui_test_wait_until (sidebar_shows, &check, "the marked papers' collection");
  g_assert_cmpstrv (gln_paper_get_collections (first),
                    ((const char *[]) { "Marked together", NULL }));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.compare", NULL);
  gln_ui_test_wait_until (compare_view_shown, NULL, "the papers side by side");
  view = find_compare_view ();
  g_assert_cmpuint (gln_compare_view_get_papers (GLN_COMPARE_VIEW (view))->len, ==, 2);
}

/* Follows the arXiv category of the loopback server through the add-feed dialog, and
 * waits for its papers. */
static void
follow_feed (Fixture *fixture)
{
  SidebarCheck check = { fixture->window, GLN_SIDEBAR_KIND_FEED, NULL, TRUE, TRUE };
  GlnAddFeedDialog *dialog;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.add-feed", NULL);
  dialog = GLN_ADD_FEED_DIALOG (wait_for_toplevel (GLN_TYPE_ADD_FEED_DIALOG, "the dialog"));
  gln_add_feed_dialog_set_kind (dialog, 0);
  gln_add_feed_dialog_set_value (dialog, "hep-ph");

  /* The preview shows the first papers before anything is stored... */
  gln_add_feed_dialog_preview (dialog);
  gln_ui_test_wait_until (preview_shown, dialog, "the preview");
  g_assert_cmpuint (gln_add_feed_dialog_get_n_preview (dialog), ==, 10);

  /* ...adding follows the feed and fetches it at once: its papers arrive in the inbox. */
  gln_add_feed_dialog_add (dialog);
  gln_ui_test_wait_until (sidebar_shows, &check, "the new feed and its unread papers");
  gln_ui_test_wait_until (not_refreshing, fixture->app, "the refresh");
  gln_ui_test_wait_until (toplevel_gone, GSIZE_TO_POINTER (GLN_TYPE_ADD_FEED_DIALOG),
                          "the dialog to close");
}

static void
test_follow_feed (Fixture       *fixture,
                  gconstpointer  data)
{
  if (skip_without_display (fixture))
    return;

  follow_feed (fixture);
}

static GPtrArray *
list_feeds (GlnStore *store)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *feeds;

  gln_store_list_feeds_async (store, 0, NULL, gln_test_ready_cb, NULL);
  feeds = gln_store_list_feeds_finish (store, gln_test_wait (), &error);
  g_assert_no_error (error);

  return feeds;
}

/* A feed's menu in the sidebar renames it and removes it; its papers stay. */
static void
test_feed_menu (Fixture       *fixture,
                gconstpointer  data)
{
  SidebarCheck check = { fixture->window, GLN_SIDEBAR_KIND_FEED, "Physics", TRUE };
  g_autoptr(GlnSidebarItem) item = NULL;
  g_autoptr(GPtrArray) feeds = NULL;
  GlnQuery all = { 0, };
  GlnStore *store;
  GtkWidget *sidebar;
  gint64 before;

  if (skip_without_display (fixture))
    return;

  follow_feed (fixture);
  store = gln_window_get_store (fixture->window);
  sidebar = find_descendant (GTK_WIDGET (fixture->window), GLN_TYPE_SIDEBAR);
  feeds = list_feeds (store);
  g_assert_cmpuint (feeds->len, ==, 1);
  before = gln_test_store_count (store, &all);
  g_assert_cmpint (before, >, 0);
  item = gln_sidebar_item_new (GLN_SIDEBAR_KIND_FEED,
                               gln_feed_get_id (g_ptr_array_index (feeds, 0)), "arXiv");

  g_signal_emit_by_name (sidebar, "feed-action", item, "rename");
  respond ("rename", "Physics");
  gln_ui_test_wait_until (sidebar_shows, &check, "the renamed feed");
  g_clear_pointer (&feeds, g_ptr_array_unref);
  feeds = list_feeds (store);
  g_assert_cmpuint (feeds->len, ==, 1);
  g_assert_cmpstr (gln_feed_get_title (g_ptr_array_index (feeds, 0)), ==, "Physics");

  g_signal_emit_by_name (sidebar, "feed-action", item, "remove");
  respond ("remove", NULL);
  check.present = FALSE;
  gln_ui_test_wait_until (sidebar_shows, &check, "the removed feed");

  g_clear_pointer (&feeds, g_ptr_array_unref);
  feeds = list_feeds (store);
  g_assert_cmpuint (feeds->len, ==, 0);
  g_assert_cmpint (gln_test_store_count (store, &all), ==, before);
}

/* The first check button under a widget that is not active. */
static GtkWidget *
find_unchecked (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_CHECK_BUTTON (child) && !gtk_check_button_get_active (GTK_CHECK_BUTTON (child)))
        return child;
      if ((found = find_unchecked (child)) != NULL)
        return found;
    }

  return NULL;
}

static void
test_paste_dialog (Fixture       *fixture,
                   gconstpointer  data)
{
  static const char *page_with_advert =
    "Sparse Probing of Vision Transformers\n"
    "Mei Lin, Jonas Berg\n"
    "We probe vision transformers with sparse linear classifiers. A handful of neurons "
    "carries most of the information about object classes in every layer.\n"
    "Jun 2\n"
    "Try our new reference manager today. It imports your library in one click and syncs "
    "it across every device you own, for free.\n"
    "Faster Depth Completion for Driving\n"
    "Ana Costa, Piet Smit\n"
    "We complete sparse depth maps in real time. A small network guided by the image "
    "halves the error of interpolation on two driving benchmarks.\n"
    "Jun 3\n";
  static const char *untaken_citations =
    "List of publication\n"
    "published articles\n"
    "Burning Kneser graphs in few rounds arXiv (2023/5/2) Graphs Combin. 40 (2024), no. 6, "
    "Paper No. 111, 3 pp. journal\n"
    "\n"
    "Shadows of uniform families arXiv (2021/12/16) Discrete Math. 346 (2023) 113368-113377. "
    "journal\n"
    "\n"
    "The measure of 3-wise intersecting families arXiv (2021/12/17, 2023/03/02) European J. "
    "Combin. 110 (2023), Paper No. 103703, 17 pp. journal\n";
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  GlnPasteDialog *dialog;
  GtkWidget *check;
  GtkWidget *row;

  if (skip_without_display (fixture))
    return;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.paste-dialog", NULL);
  dialog = GLN_PASTE_DIALOG (wait_for_toplevel (GLN_TYPE_PASTE_DIALOG, "the paste dialog"));

  /* Text in a format the importers know is counted before anything is added. */
  path = gln_test_shared_path ("samples", "hf-daily-papers",
                               "daily_papers_2024-10-25_first2entries.json", NULL);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  gln_paste_dialog_set_text (dialog, text);
  gln_ui_test_wait_until (paste_found, dialog, "the pasted papers");
  g_assert_cmpuint (gln_paste_dialog_get_n_found (dialog), ==, 2);
  g_assert_cmpuint (gln_paste_dialog_get_n_checked (dialog), ==, 2);

  /* A DBLP page shows its papers plainly: every one is checked; its "Coauthor Index"
   * waits, unchecked, with the reason. */
  g_clear_pointer (&path, g_free);
  g_clear_pointer (&text, g_free);
  path = gln_test_data_path ("listings", "dblp-person.txt", NULL);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  gln_paste_dialog_set_text (dialog, text);
  gln_ui_test_wait_until (paste_found, dialog, "the pasted DBLP papers");
  g_assert_cmpuint (gln_paste_dialog_get_n_found (dialog), ==, 10);
  g_assert_cmpuint (gln_paste_dialog_get_n_checked (dialog), ==, 9);

  /* A paragraph without a title between two papers waits, unchecked, for the user;
   * checking it counts it. */
  gln_paste_dialog_set_text (dialog, page_with_advert);
  gln_ui_test_wait_until (paste_found, dialog, "the pasted page with an advertisement");
  g_assert_cmpuint (gln_paste_dialog_get_n_found (dialog), ==, 3);
  g_assert_cmpuint (gln_paste_dialog_get_n_checked (dialog), ==, 2);
  check = find_unchecked (GTK_WIDGET (dialog));
  g_assert_nonnull (check);
  /* The block shows nothing but text: its row quotes the text, for the user to judge. */
  row = gtk_widget_get_ancestor (check, ADW_TYPE_ACTION_ROW);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                            "It imports your library in one click"));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  g_assert_cmpuint (gln_paste_dialog_get_n_checked (dialog), ==, 3);

  /* A citation no reader took apart stores no abstract: its row quotes its line on the
   * page, so the user sees all of it. */
  gln_paste_dialog_set_text (dialog, untaken_citations);
  gln_ui_test_wait_until (paste_found, dialog, "the pasted citations not taken apart");
  g_assert_cmpuint (gln_paste_dialog_get_n_found (dialog), ==, 3);
  g_assert_cmpuint (gln_paste_dialog_get_n_checked (dialog), ==, 0);
  check = find_unchecked (GTK_WIDGET (dialog));
  g_assert_nonnull (check);
  row = gtk_widget_get_ancestor (check, ADW_TYPE_ACTION_ROW);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                            "Graphs Combin. 40 (2024), no. 6"));

  destroy_toplevel (GTK_WINDOW (dialog), "the paste dialog to close");
}

static void
test_save_search_dialog (Fixture       *fixture,
                         gconstpointer  data)
{
  GlnWindow *window = fixture->window;
  ListCheck check = { window, 0 };

  if (skip_without_display (fixture))
    return;

  check.n_items = import_samples (fixture);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  gtk_editable_set_text (GTK_EDITABLE (window->search_entry), "proton");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save-search", NULL);

  destroy_toplevel (wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG, "the save dialog"),
                    "the save dialog to close");
  gtk_search_bar_set_search_mode (window->search_bar, FALSE);
  gln_ui_test_wait_until (list_count_is, &check, "the whole list again");
}

static void
test_import_dialog (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWindow *dialog;

  if (skip_without_display (fixture))
    return;

  /* Without a portal, the native chooser is GTK's own dialog. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.import-file", NULL);
  gln_ui_test_settle ();

  if (!(dialog = find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG)))
    {
      g_test_skip ("The file chooser is a portal here");
      return;
    }
  gln_ui_test_wait_until (toplevel_mapped, GSIZE_TO_POINTER (GTK_TYPE_FILE_CHOOSER_DIALOG),
                          "the chooser");
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  gln_ui_test_wait_until (toplevel_gone, GSIZE_TO_POINTER (GTK_TYPE_FILE_CHOOSER_DIALOG),
              "the chooser to close");
}

/* The API key rows of the preferences and their settings. */
static const struct
{
  const char *title;
  const char *key;
} key_rows[] = {
  { "Semantic Scholar API _Key", "semantic-scholar-api-key" },
  { "_OpenAlex API Key", "openalex-api-key" },
};

static GtkWidget *
find_row_titled (GtkWidget  *root,
                 const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (ADW_IS_PREFERENCES_ROW (child) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0)
        return child;
      if ((found = find_row_titled (child, title)) != NULL)
        return found;
    }

  return NULL;
}

static void
test_preferences (Fixture       *fixture,
                  gconstpointer  data)
{
  GSettings *settings;
  GtkWindow *preferences;
  GtkSpinButton *spin;
  GtkEditable *key_row;

  if (skip_without_display (fixture))
    return;

  settings = gln_application_get_settings (fixture->app);
  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "preferences", NULL);
  preferences = wait_for_toplevel (GLN_TYPE_PREFERENCES_WINDOW, "the preferences");
  g_assert_true (gtk_window_get_transient_for (preferences) == GTK_WINDOW (fixture->window));

  spin = GTK_SPIN_BUTTON (find_descendant (GTK_WIDGET (preferences), GTK_TYPE_SPIN_BUTTON));
  g_assert_cmpfloat (gtk_spin_button_get_value (spin), ==, 60);
  g_settings_set_uint (settings, "refresh-interval", 120);
  g_assert_cmpfloat (gtk_spin_button_get_value (spin), ==, 120);
  gtk_spin_button_set_value (spin, 30);
  g_assert_cmpuint (g_settings_get_uint (settings, "refresh-interval"), ==, 30);

  /* One key row per service, each bound to its own setting. */
  for (guint i = 0; i < G_N_ELEMENTS (key_rows); i++)
    {
      key_row = GTK_EDITABLE (find_row_titled (GTK_WIDGET (preferences), key_rows[i].title));
      g_assert_nonnull (key_row);
      g_assert_true (ADW_IS_PASSWORD_ENTRY_ROW (key_row));
      gtk_editable_set_text (key_row, "secret");
      g_assert_cmpstr (g_settings_get_string (settings, key_rows[i].key), ==, "secret");
      for (guint j = 0; j < G_N_ELEMENTS (key_rows); j++)
        if (j != i)
          g_assert_cmpstr (g_settings_get_string (settings, key_rows[j].key), ==, "");
      g_settings_reset (settings, key_rows[i].key);
      g_assert_cmpstr (gtk_editable_get_text (key_row), ==, "");
      g_settings_set_string (settings, key_rows[i].key, "from-settings");
      g_assert_cmpstr (gtk_editable_get_text (key_row), ==, "from-settings");
      g_settings_reset (settings, key_rows[i].key);
    }

  g_settings_reset (settings, "refresh-interval");
  destroy_toplevel (preferences, "the preferences to close");
}

static void
test_style_variant (Fixture       *fixture,
                    gconstpointer  data)
{
  GSettings *settings;
  AdwStyleManager *style_manager;

  if (skip_without_display (fixture))
    return;

  settings = gln_application_get_settings (fixture->app);
  style_manager = adw_style_manager_get_default ();

  g_settings_set_string (settings, "style-variant", "dark");
  g_assert_cmpint (adw_style_manager_get_color_scheme (style_manager), ==,
                   ADW_COLOR_SCHEME_FORCE_DARK);

  g_settings_set_string (settings, "style-variant", "light");
  g_assert_cmpint (adw_style_manager_get_color_scheme (style_manager), ==,
                   ADW_COLOR_SCHEME_FORCE_LIGHT);

  g_settings_reset (settings, "style-variant");
  g_assert_cmpint (adw_style_manager_get_color_scheme (style_manager), ==,
                   ADW_COLOR_SCHEME_DEFAULT);
}

static void
test_about (Fixture       *fixture,
            gconstpointer  data)
{
  GtkWindow *about;

  if (skip_without_display (fixture))
    return;

  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "about", NULL);
  about = wait_for_toplevel (ADW_TYPE_ABOUT_WINDOW, "the about window");
  g_assert_cmpstr (adw_about_window_get_application_name (ADW_ABOUT_WINDOW (about)), ==, "Gleaner");
  g_assert_cmpstr (adw_about_window_get_version (ADW_ABOUT_WINDOW (about)), ==, PACKAGE_VERSION);

  destroy_toplevel (about, "the about window to close");
}

static gboolean
widget_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

static gboolean
widget_hidden (gpointer data)
{
  return !gtk_widget_get_visible (data);
}

static void
test_shortcuts (Fixture       *fixture,
                gconstpointer  data)
{
  GtkApplicationWindow *window;
  GtkWindow *shortcuts;

  if (skip_without_display (fixture))
    return;

  window = GTK_APPLICATION_WINDOW (fixture->window);
  shortcuts = GTK_WINDOW (gtk_application_window_get_help_overlay (window));
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (shortcuts));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));

  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "shortcuts", NULL);
  gln_ui_test_wait_until (widget_mapped, shortcuts, "the shortcuts window");

  gtk_window_close (shortcuts);
  gln_ui_test_wait_until (widget_hidden, shortcuts, "the shortcuts window to close");
}

static void
test_accels (Fixture       *fixture,
             gconstpointer  data)
{
  struct {
    const char *action;
    const char *accel;
  } expected[] = {
    { "app.quit", "<Control>q" },
    { "app.preferences", "<Control>comma" },
    { "app.shortcuts", "<Control>question" },
  };

  if (skip_without_display (fixture))
    return;

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (fixture->app),
                                                                    expected[i].action);

      g_assert_cmpstrv (accels, ((const char * const []) { expected[i].accel, NULL }));
    }
}

static gboolean
no_windows (gpointer data)
{
  return gtk_application_get_windows (data) == NULL;
}

static void
test_quit (Fixture       *fixture,
           gconstpointer  data)
{
  GSettings *settings;

  if (skip_without_display (fixture))
    return;

  settings = gln_application_get_settings (fixture->app);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 820, 610);

  /* Quitting closes the windows, which remember their size. */
  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "quit", NULL);
  gln_ui_test_wait_until (no_windows, fixture->app, "the windows to close");

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 820);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 610);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
}

static void
serve_arxiv (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *base = NULL;
  GSList *uris;

  server = soup_server_new (NULL, NULL);
  soup_server_add_handler (server, "/api/query", arxiv_handler_cb, NULL, NULL);
  g_assert_true (soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error));
  g_assert_no_error (error);

  uris = soup_server_get_uris (server);
  base = g_uri_to_string_partial (uris->data, G_URI_HIDE_PASSWORD);
  if (g_str_has_suffix (base, "/"))
    base[strlen (base) - 1] = '\0';
  g_setenv ("GLEANER_BASE_URL_ARXIV", base, TRUE);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
}

static gboolean
has_backup (gpointer data)
{
  g_autoptr(GPtrArray) backups = gln_backups_list (data);

  return backups->len > 0;
}

/* A library the window opens gets its daily backup, and it is a library that opens. */
static void
test_daily_backup (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "backed-up.db", NULL);
  g_autofree char *backups = g_build_filename (fixture->dir, "backups", NULL);
  g_autoptr(GPtrArray) written = NULL;
  g_autoptr(GlnStore) copy = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (g_settings_get_uint (gln_application_get_settings (fixture->app),
                                         "backups-kept"), ==, 7);
  g_setenv ("GLEANER_BACKUP_DELAY", "0", TRUE);
  gln_application_set_library_path (fixture->app, path);
  gln_ui_test_wait_until (has_backup, backups, "the daily backup");
  g_unsetenv ("GLEANER_BACKUP_DELAY");

  written = gln_backups_list (backups);
  g_assert_cmpuint (written->len, ==, 1);
  copy = gln_store_open_sync (g_ptr_array_index (written, 0), &error);
  g_assert_no_error (error);
}

static gboolean
damage_dialog_shown (gpointer data)
{
  AdwMessageDialog **found = data;
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) &&
          g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (window)),
                     "The Library Is Damaged") == 0)
        {
          *found = ADW_MESSAGE_DIALOG (window);
          return TRUE;
        }
    }

  return FALSE;
}

static gboolean
window_lists_papers (gpointer data)
{
  GlnApplication *application = data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));
  GListModel *papers;

  return GLN_IS_WINDOW (window) && (papers = gln_window_get_papers (GLN_WINDOW (window))) &&
         g_list_model_get_n_items (papers) == 3;
}

/* Makes the file's last page one that opening the library never reads: an overflow page of
 * a table of the test's own. (The last page of a fresh library is whatever the newest
 * migration step wrote last, which can be the schema itself.) */
static void
add_unread_page (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE test_unread (data BLOB);"
                                     "INSERT INTO test_unread VALUES (zeroblob (3 * 4096));",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

/* A library with three papers and a backup, then damaged: every page but the header's
 * overwritten, which SQLite finds as it opens the file, or with @last_page only its last
 * page, which only a check of the whole file finds. */
static void
make_damaged_library (const char *path,
                      gboolean    last_page)
{
  g_autoptr(GlnStore) store = NULL;
  g_autoptr(GPtrArray) papers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GlnImportResult) result = NULL;
  g_autofree char *dir = gln_backups_dup_dir (path);
  g_autofree char *backup = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  store = gln_store_open_sync (path, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 3; i++)
    {
      GlnPaper *paper = gln_paper_new ();
      g_autofree char *title = g_strdup_printf ("Kept paper %u on proton radii", i);

      gln_paper_set_title (paper, title);
      g_ptr_array_add (papers, paper);
    }
  result = gln_test_store_import (store, papers, 0);
  gln_backups_run_async (store, dir, 7, FALSE, NULL, gln_test_ready_cb, NULL);
  backup = gln_backups_run_finish (gln_test_wait (), &error);
  g_assert_no_error (error);
  gln_test_store_close (g_steal_pointer (&store));
  if (last_page)
    add_unread_page (path);

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 3 * 4096);
  if (last_page)
    memset (contents + length - 4096, 0x55, 4096);
  else
    memset (contents + 4096, 0x55, length - 4096);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
}

/* A damaged library is said to be damaged, and its newest backup put back on request. */
static void
test_damaged_library (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "damaged.db", NULL);
  AdwMessageDialog *dialog = NULL;
  g_autoptr(GDir) listing = NULL;
  const char *name;
  gboolean kept = FALSE;

  make_damaged_library (path, FALSE);
  gln_application_set_library_path (fixture->app, path);
  gln_ui_test_wait_until (damage_dialog_shown, &dialog, "the damage to be told");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "newest backup"));

  adw_message_dialog_response (dialog, "restore");
  gln_ui_test_wait_until (window_lists_papers, fixture->app, "the restored library");

  /* The damaged file is kept beside the library, never deleted. */
  listing = g_dir_open (fixture->dir, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    kept |= g_str_has_prefix (name, "damaged.db.replaced-");
  g_assert_true (kept);
  fixture->window = GLN_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (fixture->app)));
}

static gboolean
library_is_open (gpointer data)
{
  return gln_application_get_store (data) != NULL;
}

/* Opens the library at @path, last checked @days ago. */
static void
open_checked (Fixture    *fixture,
              const char *path,
              gint64      days)
{
  GSettings *settings = gln_application_get_settings (fixture->app);

  g_settings_set (settings, "library-checked", "(sx)", path,
                  g_get_real_time () / G_USEC_PER_SEC - days * 24 * 3600);
  gln_application_set_library_path (fixture->app, path);
}

static gboolean
check_noted (gpointer data)
{
  GlnApplication *application = data;
  g_autofree char *library = NULL;
  g_autofree char *path = NULL;
  gint64 when = 0;

  g_object_get (application, "library-path", &library, NULL);
  g_settings_get (gln_application_get_settings (application), "library-checked", "(sx)",
                  &path, &when);
  return g_strcmp0 (path, library) == 0 &&
         when > g_get_real_time () / G_USEC_PER_SEC - 3600;
}

/* A large library (GLEANER_CHECK_ALWAYS_BYTES=0 makes any library large) is read whole for
 * damage at start only when it was not closed cleanly or its last check is a week old:
 * reading gigabytes at every start would slow every start. A sound check is noted. */
static void
test_library_check_due (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *recent = g_build_filename (fixture->dir, "recent.db", NULL);
  g_autofree char *killed = g_build_filename (fixture->dir, "killed.db", NULL);
  g_autofree char *log = g_strconcat (killed, "-wal", NULL);
  g_autofree char *old = g_build_filename (fixture->dir, "old.db", NULL);
  AdwMessageDialog *dialog = NULL;
  g_autoptr(GError) error = NULL;

  g_setenv ("GLEANER_CHECK_ALWAYS_BYTES", "0", TRUE);

  /* Checked yesterday, closed cleanly: the library opens and is not read again. */
  make_damaged_library (recent, TRUE);
  open_checked (fixture, recent, 1);
  gln_ui_test_wait_until (library_is_open, fixture->app, "the library to open");
  gln_ui_test_settle ();
  g_assert_false (damage_dialog_shown (&dialog));

  /* Left with its write-ahead log, as when Gleaner was killed: checked at once. */
  make_damaged_library (killed, TRUE);
  g_assert_true (g_file_set_contents (log, "not a log", -1, NULL));
  open_checked (fixture, killed, 1);
  gln_ui_test_wait_until (damage_dialog_shown, &dialog, "the damage to be told");
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* Checked eight days ago: checked again, and the check of a sound library noted. */
  gln_test_store_close (gln_store_open_sync (old, &error));
  g_assert_no_error (error);
  open_checked (fixture, old, 8);
  gln_ui_test_wait_until (check_noted, fixture->app, "the check to be noted");

  g_unsetenv ("GLEANER_CHECK_ALWAYS_BYTES");
}

typedef struct
{
  const char  *path;
  void       (*func) (Fixture       *fixture,
                      gconstpointer  data);
  gboolean     shared;  /* reads the shared samples, or serves them as a feed */
} SmokeTest;

static const SmokeTest smoke_tests[] = {
  { "/gln/ui/window", test_window, FALSE },
  { "/gln/ui/browse", test_browse, TRUE },
  { "/gln/ui/reading", test_reading, TRUE },
  { "/gln/ui/narrow", test_narrow, TRUE },
  { "/gln/ui/add-feed-dialog", test_add_feed_dialog, FALSE },
  { "/gln/ui/collections", test_collections, TRUE },
  { "/gln/ui/compare-marked", test_compare_marked, TRUE },
  { "/gln/ui/follow-feed", test_follow_feed, TRUE },
  { "/gln/ui/feed-menu", test_feed_menu, TRUE },
  { "/gln/ui/paste-dialog", test_paste_dialog, TRUE },
  { "/gln/ui/save-search-dialog", test_save_search_dialog, TRUE },
  { "/gln/ui/import-dialog", test_import_dialog, FALSE },
  { "/gln/ui/preferences", test_preferences, FALSE },
  { "/gln/ui/style-variant", test_style_variant, FALSE },
  { "/gln/ui/about", test_about, FALSE },
  { "/gln/ui/shortcuts", test_shortcuts, FALSE },
  { "/gln/ui/accels", test_accels, FALSE },
  { "/gln/ui/quit", test_quit, FALSE },
  { "/gln/ui/daily-backup", test_daily_backup, FALSE },
  { "/gln/ui/damaged-library", test_damaged_library, FALSE },
  { "/gln/ui/library-check-due", test_library_check_due, FALSE },
};

/* Every test opens a library of its own, so none depends on what ran before it; the suite
 * runs them a second time in reverse (GLN_TEST_REVERSE=1) to keep it that way. */
static void
add_tests (gboolean reverse)
{
  for (guint i = 0; i < G_N_ELEMENTS (smoke_tests); i++)
    {
      const SmokeTest *test = &smoke_tests[reverse ? G_N_ELEMENTS (smoke_tests) - 1 - i : i];

      if (test->shared && !gln_test_have_shared ())
        gln_test_add_skipped (test->path);
      else
        g_test_add (test->path, Fixture, NULL, fixture_set_up, test->func, fixture_tear_down);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = NULL;
  int ret;

  /* Each test's library is made in a folder of its own, never in the user's. */
  g_test_init (&argc, &argv, NULL);

  /* Any warning, such as a .ui file naming a property or widget newer than the
   * libadwaita 1.2 floor, fails the test.
   */
  g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);

  /* Feeds talk to a local stand-in for arXiv, never to the network. */
  serve_arxiv ();

  /* The application's own library, before the first test opens one, lies in a throw-away
   * XDG_DATA_HOME: never the user's. */
  data_home = g_dir_make_tmp ("gleaner-smoke-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  if (gtk_init_check ())
    {
      app = gln_application_new (APP_ID, G_APPLICATION_NON_UNIQUE);
      g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
      g_assert_no_error (error);
    }

  /* Tests that read the shared samples (or serve them as a feed) skip without ../shared. */
  add_tests (g_strcmp0 (g_getenv ("GLN_TEST_REVERSE"), "1") == 0);

  ret = g_test_run ();

  g_clear_object (&app);
  g_clear_object (&server);
  gln_ui_test_remove (data_home);

  return ret;
}
