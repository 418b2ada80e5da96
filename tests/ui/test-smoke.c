/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "test-smoke"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "gln-add-feed-dialog.h"
#include "gln-application.h"
#include "gln-compare-view.h"
#include "gln-review-window.h"
#include "gln-ui-test-utils.h"
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

/* Every test drives the one application, in the order they are added, on a library of its
 * own in a temporary XDG_DATA_HOME. */
static GlnApplication *app;
static char *data_home;
static SoupServer *server;

typedef gboolean (*Predicate) (gpointer data);

/* Runs the main loop until @predicate holds, failing after a few seconds. */
static void
spin_until (Predicate  predicate,
            gpointer   data,
            const char *what)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!predicate (data))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("Timed out waiting for %s", what);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

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

static GlnWindow *
get_main_window (void)
{
  return GLN_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
}

static gboolean
skip_without_display (void)
{
  if (app != NULL)
    return FALSE;

  g_test_skip ("No display available");

  return TRUE;
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

static void
test_window (void)
{
  GlnWindow *window;

  if (skip_without_display ())
    return;

  g_application_activate (G_APPLICATION (app));
  gln_ui_test_spin (300);

  window = get_main_window ();
  g_assert_true (GLN_IS_WINDOW (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Gleaner");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  g_assert_cmpint (gtk_widget_has_css_class (GTK_WIDGET (window), "devel"), ==, DEVELOPMENT_BUILD);

  /* A new, empty library shows the first-run page with its ways forward. */
  spin_until (page_is_not_loading, window, "the library to open");
  g_assert_cmpstr (gln_window_get_page (window), ==, "welcome");
  g_assert_nonnull (gln_window_get_store (window));

  /* Activating again presents the same window. */
  g_application_activate (G_APPLICATION (app));
  g_assert_true (GLN_WINDOW (get_main_window ()) == window);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);
}

typedef struct
{
  gboolean done;
  gpointer result;
} Wait;

static void
import_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  Wait *wait = user_data;
  g_autoptr(GError) error = NULL;
  GlnImportStats stats;

  g_assert_true (gln_store_import_finish (GLN_STORE (object), result, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.added, >, 0);
  wait->done = TRUE;
}

static gboolean
wait_done (gpointer data)
{
  return ((Wait *) data)->done;
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

static gboolean
list_has_items (gpointer data)
{
  GListModel *papers = gln_window_get_papers (data);

  return papers != NULL && g_list_model_get_n_items (papers) > 0 &&
         !gln_paper_list_get_loading (GLN_PAPER_LIST (papers));
}

static void
test_browse (void)
{
  g_autoptr(GPtrArray) arxiv = NULL;
  g_autoptr(GPtrArray) hf = NULL;
  GlnWindow *window;
  GlnSidebarItem *item;
  Wait wait = { 0 };

  if (skip_without_display ())
    return;

  window = get_main_window ();
  arxiv = parse_sample ("arxiv-api", "query_all-electron-AND-all-proton_2025-11-11.xml");
  hf = parse_sample ("hf-daily-papers", "daily_papers_2024-10-25_first2entries.json");
  g_ptr_array_extend_and_steal (arxiv, g_steal_pointer (&hf));

  gln_store_import_async (gln_window_get_store (window), arxiv, 0, NULL, import_done_cb, &wait);
  spin_until (wait_done, &wait, "the import");

  /* The library gained papers: the window leaves the first-run page for the library. */
  spin_until (page_is_browse, window, "the browse page");
  spin_until (list_has_items, window, "the papers");
  item = gln_sidebar_get_selected (window->sidebar);
  g_assert_cmpint (gln_sidebar_item_get_kind (item), ==, GLN_SIDEBAR_KIND_LIBRARY);
  g_assert_cmpuint (g_list_model_get_n_items (gln_window_get_papers (window)), ==, arxiv->len);
  g_assert_cmpuint (g_list_model_get_n_items (gln_sidebar_get_items (window->sidebar)), ==, 4);
  gln_ui_test_spin (200);
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

static void
notes_listed_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  Wait *wait = user_data;
  g_autoptr(GError) error = NULL;

  wait->result = gln_store_list_notes_finish (GLN_STORE (object), result, &error);
  g_assert_no_error (error);
  wait->done = TRUE;
}

static gboolean
editor_idle (gpointer data)
{
  return !gln_note_editor_get_busy (data);
}

static void
test_reading (void)
{
  GlnWindow *window;
  GlnPaper *paper;
  GlnNoteList *notes;
  GtkWidget *editor;
  g_autoptr(GPtrArray) stored = NULL;
  Wait wait = { 0 };
  guint n_items;

  if (skip_without_display ())
    return;

  window = get_main_window ();

  /* j opens the first paper and marks it read, everywhere at once. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next", NULL);
  paper = gln_paper_view_get_paper (window->paper_view);
  g_assert_nonnull (paper);
  g_assert_true (paper == gtk_single_selection_get_selected_item (window->selection));
  spin_until (paper_is_read, paper, "the paper to be read");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.next", NULL);
  g_assert_true (gln_paper_view_get_paper (window->paper_view) != paper);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.previous", NULL);
  g_assert_true (gln_paper_view_get_paper (window->paper_view) == paper);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.rate", "i", 4);
  g_assert_cmpint (gln_paper_get_rating (paper), ==, 4);
  spin_until (paper_has_rating, paper, "the rating");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-star", NULL);
  g_assert_true (gln_paper_get_starred (paper));

  /* n writes a note; it is stored without a save button. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-note", NULL);
  notes = GLN_NOTE_LIST (gln_paper_view_get_note_list (window->paper_view));
  g_assert_cmpuint (gln_note_list_get_n_notes (notes), ==, 1);
  editor = gln_note_list_get_note (notes, 0);
  gln_note_editor_set_text (GLN_NOTE_EDITOR (editor), "Compare with **Bernauer 2016**.");
  gln_ui_test_spin (700);
  spin_until (editor_idle, editor, "the note to be saved");
  g_assert_cmpint (gln_note_editor_get_note_id (GLN_NOTE_EDITOR (editor)), >, 0);

  gln_store_list_notes_async (gln_window_get_store (window), gln_paper_get_id (paper), NULL,
                              notes_listed_cb, &wait);
  spin_until (wait_done, &wait, "the notes");
  stored = wait.result;
  g_assert_cmpuint (stored->len, ==, 1);
  g_assert_cmpstr (((GlnNote *) g_ptr_array_index (stored, 0))->body, ==,
                   "Compare with **Bernauer 2016**.");

  /* Search narrows the list as the user types. */
  n_items = g_list_model_get_n_items (gln_window_get_papers (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  g_assert_true (gtk_search_bar_get_search_mode (window->search_bar));
  gtk_editable_set_text (GTK_EDITABLE (window->search_entry), "wakefield");
  gln_ui_test_spin (500);
  spin_until (list_has_items, window, "the search results");
  g_assert_cmpuint (g_list_model_get_n_items (gln_window_get_papers (window)), <, n_items);
  g_assert_cmpuint (g_list_model_get_n_items (gln_window_get_papers (window)), ==, 1);

  gtk_search_bar_set_search_mode (window->search_bar, FALSE);
  gln_ui_test_spin (300);
  spin_until (list_has_items, window, "the whole list again");
  g_assert_cmpuint (g_list_model_get_n_items (gln_window_get_papers (window)), ==, n_items);
}

static void
test_narrow (void)
{
  GlnWindow *window;

  if (skip_without_display ())
    return;

  window = get_main_window ();
  gtk_window_set_default_size (GTK_WINDOW (window), 480, 700);
  gln_ui_test_spin (400);

  /* The sidebar folds away and the list and the pane take turns. */
  g_assert_true (adw_flap_get_folded (window->flap));
  g_assert_true (adw_leaflet_get_folded (window->leaflet));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-note", NULL);
  g_assert_true (adw_leaflet_get_visible_child (window->leaflet) == window->pane);
  g_assert_true (gtk_widget_get_visible (window->back_button));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  gln_ui_test_spin (400);
  g_assert_true (adw_leaflet_get_visible_child (window->leaflet) == window->list_pane);

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 760);
  gln_ui_test_spin (400);
  g_assert_false (adw_leaflet_get_folded (window->leaflet));
}

static void
test_add_feed_dialog (void)
{
  GlnAddFeedDialog *dialog;
  g_autofree char *params = NULL;

  if (skip_without_display ())
    return;

  gtk_widget_activate_action (GTK_WIDGET (get_main_window ()), "win.add-feed", NULL);
  gln_ui_test_spin (300);

  dialog = GLN_ADD_FEED_DIALOG (find_toplevel (GLN_TYPE_ADD_FEED_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) ==
                 GTK_WINDOW (get_main_window ()));

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

  gtk_window_destroy (GTK_WINDOW (dialog));
  gln_ui_test_spin (100);
  g_assert_null (find_toplevel (GLN_TYPE_ADD_FEED_DIALOG));
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

static gboolean
feed_in_sidebar (gpointer data)
{
  GlnWindow *window = data;
  GListModel *items = gln_sidebar_get_items (window->sidebar);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GlnSidebarItem) item = g_list_model_get_item (items, i);

      if (gln_sidebar_item_get_kind (item) == GLN_SIDEBAR_KIND_FEED &&
          gln_sidebar_item_get_count (item) > 0)
        return TRUE;
    }

  return FALSE;
}

static gboolean
not_refreshing (gpointer data)
{
  return !gln_application_get_refreshing (data);
}

typedef struct
{
  const char *path;
  const char *collection;
  gboolean    exists;
} CollectionCheck;

static gboolean
collection_is (gpointer data)
{
  CollectionCheck *check = data;
  g_autoptr(GlnDatabase) db = gln_database_open (check->path, GLN_DATABASE_FLAGS_READ_ONLY, NULL);
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (db == NULL)
    return FALSE;
  id = gln_database_lookup_collection (db, check->collection, &error);

  return check->exists ? id > 0 : id < 0;
}

static gboolean
no_message_dialog (gpointer data)
{
  return find_toplevel (ADW_TYPE_MESSAGE_DIALOG) == NULL;
}

static AdwMessageDialog *
wait_for_message_dialog (void)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  GtkWindow *dialog;

  while (!(dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) && g_get_monotonic_time () < deadline)
    gln_ui_test_spin (20);
  g_assert_nonnull (dialog);

  return ADW_MESSAGE_DIALOG (dialog);
}

/* A paper dragged onto a collection joins it (a new name makes one), and the sidebar's
 * menu renames and deletes collections; deleting keeps the papers. */
static void
test_collections (void)
{
  g_autoptr(GlnSidebarItem) target = NULL;
  g_autoptr(GlnSidebarItem) item = NULL;
  g_autoptr(GlnPaper) paper = NULL;
  g_autoptr(GlnDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  CollectionCheck check = { 0, };
  AdwMessageDialog *dialog;
  GlnWindow *window;
  GtkWidget *sidebar;
  gint64 id;

  if (skip_without_display ())
    return;

  window = get_main_window ();
  sidebar = find_descendant (GTK_WIDGET (window), GLN_TYPE_SIDEBAR);
  g_assert_nonnull (sidebar);
  check.path = gln_store_get_path (gln_window_get_store (window));

  db = gln_database_open (check.path, GLN_DATABASE_FLAGS_READ_ONLY, &error);
  g_assert_no_error (error);
  paper = gln_database_find_paper (db, "arxiv:1309.4668", &error);
  g_assert_no_error (error);
  g_clear_object (&db);

  target = gln_sidebar_item_new (GLN_SIDEBAR_KIND_COLLECTION, 0, "Dropped papers");
  g_signal_emit_by_name (sidebar, "paper-dropped", target, paper);
  check.collection = "Dropped papers";
  check.exists = TRUE;
  spin_until (collection_is, &check, "the dropped paper's collection");

  db = gln_database_open (check.path, GLN_DATABASE_FLAGS_READ_ONLY, &error);
  id = gln_database_lookup_collection (db, "Dropped papers", &error);
  g_clear_object (&paper);
  paper = gln_database_find_paper (db, "arxiv:1309.4668", &error);
  g_assert_cmpstrv (gln_paper_get_collections (paper),
                    ((const char *[]) { "Dropped papers", NULL }));
  g_clear_object (&db);

  item = gln_sidebar_item_new (GLN_SIDEBAR_KIND_COLLECTION, id, "Dropped papers");
  g_signal_emit_by_name (sidebar, "rename-collection", item);
  dialog = wait_for_message_dialog ();
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)), "Kept papers");
  /* A click closes a message dialog after its response; a response given in code does not. */
  adw_message_dialog_response (dialog, "rename");
  gtk_window_close (GTK_WINDOW (dialog));
  check.collection = "Kept papers";
  spin_until (collection_is, &check, "the renamed collection");
  spin_until (no_message_dialog, NULL, "the rename dialog to close");

  g_signal_emit_by_name (sidebar, "delete-collection", item);
  dialog = wait_for_message_dialog ();
  adw_message_dialog_response (dialog, "delete");
  gtk_window_close (GTK_WINDOW (dialog));
  check.exists = FALSE;
  spin_until (collection_is, &check, "the deleted collection");
  spin_until (no_message_dialog, NULL, "the delete dialog to close");

  db = gln_database_open (check.path, GLN_DATABASE_FLAGS_READ_ONLY, &error);
  g_clear_object (&paper);
  paper = gln_database_find_paper (db, "arxiv:1309.4668", &error);
  g_assert_no_error (error);
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

/* X marks papers while reading; Ctrl+Shift+C puts the marked ones side by side. */
static void
test_compare_marked (void)
{
  CollectionCheck check = { 0, };
  GlnWindow *window;
  GtkWidget *view;

  if (skip_without_display ())
    return;

  window = get_main_window ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next", NULL);
  gln_ui_test_spin (100);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.mark", NULL);
  /* One paper is not a comparison. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.compare", NULL);
  gln_ui_test_spin (100);
  g_assert_null (find_compare_view ());

  gtk_widget_activate_action (GTK_WIDGET (window), "win.next", NULL);
  gln_ui_test_spin (100);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.mark", NULL);

  /* Adding the paper shown to a collection takes the other marked paper along. */
  check.path = gln_store_get_path (gln_window_get_store (window));
  check.collection = "Marked together";
  check.exists = TRUE;
  g_signal_emit_by_name (find_descendant (GTK_WIDGET (window), GLN_TYPE_PAPER_VIEW),
                         "collection-added", "Marked together");
  spin_until (collection_is, &check, "the marked papers' collection");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.compare", NULL);
  gln_ui_test_spin (300);

  view = find_compare_view ();
  g_assert_nonnull (view);
  g_assert_cmpuint (gln_compare_view_get_papers (GLN_COMPARE_VIEW (view))->len, ==, 2);
  gtk_window_destroy (GTK_WINDOW (gtk_widget_get_root (view)));
}

static void
test_follow_feed (void)
{
  GlnAddFeedDialog *dialog;
  GlnWindow *window;

  if (skip_without_display ())
    return;

  window = get_main_window ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.add-feed", NULL);
  gln_ui_test_spin (200);
  dialog = GLN_ADD_FEED_DIALOG (find_toplevel (GLN_TYPE_ADD_FEED_DIALOG));
  gln_add_feed_dialog_set_kind (dialog, 0);
  gln_add_feed_dialog_set_value (dialog, "hep-ph");

  /* The preview shows the first papers before anything is stored... */
  gln_add_feed_dialog_preview (dialog);
  spin_until (preview_shown, dialog, "the preview");
  g_assert_cmpuint (gln_add_feed_dialog_get_n_preview (dialog), ==, 10);

  /* ...adding follows the feed and fetches it at once: its papers arrive in the inbox. */
  gln_add_feed_dialog_add (dialog);
  spin_until (feed_in_sidebar, window, "the new feed and its unread papers");
  spin_until (not_refreshing, app, "the refresh");
  g_assert_null (find_toplevel (GLN_TYPE_ADD_FEED_DIALOG));
  gln_ui_test_spin (300);
}

typedef struct
{
  const char *path;
  const char *title;   /* NULL: no feed at all */
} FeedCheck;

static gboolean
feeds_are (gpointer data)
{
  FeedCheck *check = data;
  g_autoptr(GlnDatabase) db = gln_database_open (check->path, GLN_DATABASE_FLAGS_READ_ONLY, NULL);
  g_autoptr(GPtrArray) feeds = NULL;

  if (db == NULL || !(feeds = gln_database_list_feeds (db, NULL)))
    return FALSE;
  if (check->title == NULL)
    return feeds->len == 0;

  return feeds->len == 1 &&
         g_strcmp0 (gln_feed_get_title (g_ptr_array_index (feeds, 0)), check->title) == 0;
}

/* A feed's menu in the sidebar renames it and removes it; its papers stay. */
static void
test_feed_menu (void)
{
  g_autoptr(GlnSidebarItem) item = NULL;
  g_autoptr(GlnDatabase) db = NULL;
  g_autoptr(GPtrArray) feeds = NULL;
  g_autoptr(GError) error = NULL;
  FeedCheck check = { 0, };
  AdwMessageDialog *dialog;
  GlnWindow *window;
  GtkWidget *sidebar;
  GlnQuery all = { 0, };
  gint64 before;

  if (skip_without_display ())
    return;

  window = get_main_window ();
  sidebar = find_descendant (GTK_WIDGET (window), GLN_TYPE_SIDEBAR);
  check.path = gln_store_get_path (gln_window_get_store (window));
  db = gln_database_open (check.path, GLN_DATABASE_FLAGS_READ_ONLY, &error);
  g_assert_no_error (error);
  feeds = gln_database_list_feeds (db, &error);
  g_assert_cmpuint (feeds->len, ==, 1);
  before = gln_database_count_papers (db, &all, &error);
  item = gln_sidebar_item_new (GLN_SIDEBAR_KIND_FEED,
                               gln_feed_get_id (g_ptr_array_index (feeds, 0)), "arXiv");
  g_clear_object (&db);

  g_signal_emit_by_name (sidebar, "feed-action", item, "rename");
  dialog = wait_for_message_dialog ();
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)), "Physics");
  adw_message_dialog_response (dialog, "rename");
  gtk_window_close (GTK_WINDOW (dialog));
  check.title = "Physics";
  spin_until (feeds_are, &check, "the renamed feed");
  spin_until (no_message_dialog, NULL, "the rename dialog to close");

  g_signal_emit_by_name (sidebar, "feed-action", item, "remove");
  dialog = wait_for_message_dialog ();
  adw_message_dialog_response (dialog, "remove");
  gtk_window_close (GTK_WINDOW (dialog));
  check.title = NULL;
  spin_until (feeds_are, &check, "the removed feed");
  spin_until (no_message_dialog, NULL, "the remove dialog to close");

  db = gln_database_open (check.path, GLN_DATABASE_FLAGS_READ_ONLY, &error);
  g_assert_cmpint (gln_database_count_papers (db, &all, &error), ==, before);
}

static void
test_paste_dialog (void)
{
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  GlnPasteDialog *dialog;

  if (skip_without_display ())
    return;

  gtk_widget_activate_action (GTK_WIDGET (get_main_window ()), "win.paste-dialog", NULL);
  gln_ui_test_spin (300);

  dialog = GLN_PASTE_DIALOG (find_toplevel (GLN_TYPE_PASTE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (dialog)));

  /* Text in a format the importers know is counted before anything is added. */
  path = gln_test_shared_path ("samples", "hf-daily-papers",
                               "daily_papers_2024-10-25_first2entries.json", NULL);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  gln_paste_dialog_set_text (dialog, text);
  spin_until (paste_found, dialog, "the pasted papers");
  g_assert_cmpuint (gln_paste_dialog_get_n_found (dialog), ==, 2);

  gtk_window_destroy (GTK_WINDOW (dialog));
  gln_ui_test_spin (100);
  g_assert_null (find_toplevel (GLN_TYPE_PASTE_DIALOG));
}

static void
test_save_search_dialog (void)
{
  GlnWindow *window;
  GtkWindow *dialog;

  if (skip_without_display ())
    return;

  window = get_main_window ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  gtk_editable_set_text (GTK_EDITABLE (window->search_entry), "proton");
  gln_ui_test_spin (300);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save-search", NULL);
  gln_ui_test_spin (300);

  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  gtk_window_destroy (dialog);
  gtk_search_bar_set_search_mode (window->search_bar, FALSE);
  gln_ui_test_spin (100);
}

static void
test_import_dialog (void)
{
  GtkWindow *dialog;

  if (skip_without_display ())
    return;

  /* Without a portal, the native chooser is GTK's own dialog. */
  gtk_widget_activate_action (GTK_WIDGET (get_main_window ()), "win.import-file", NULL);
  gln_ui_test_spin (500);

  dialog = find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  if (dialog == NULL)
    {
      g_test_skip ("The file chooser is a portal here");
      return;
    }
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  gln_ui_test_spin (200);
  g_assert_null (find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
}

static void
test_preferences (void)
{
  GSettings *settings;
  GtkWindow *preferences;
  GtkSpinButton *spin;
  GtkEditable *key_row;

  if (skip_without_display ())
    return;

  settings = gln_application_get_settings (app);
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  gln_ui_test_spin (300);

  preferences = find_toplevel (GLN_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (preferences);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (preferences)));
  g_assert_true (gtk_window_get_transient_for (preferences) == GTK_WINDOW (get_main_window ()));

  spin = GTK_SPIN_BUTTON (find_descendant (GTK_WIDGET (preferences), GTK_TYPE_SPIN_BUTTON));
  g_assert_cmpfloat (gtk_spin_button_get_value (spin), ==, 60);
  g_settings_set_uint (settings, "refresh-interval", 120);
  g_assert_cmpfloat (gtk_spin_button_get_value (spin), ==, 120);
  gtk_spin_button_set_value (spin, 30);
  g_assert_cmpuint (g_settings_get_uint (settings, "refresh-interval"), ==, 30);

  key_row = GTK_EDITABLE (find_descendant (GTK_WIDGET (preferences), ADW_TYPE_PASSWORD_ENTRY_ROW));
  gtk_editable_set_text (key_row, "secret");
  g_assert_cmpstr (g_settings_get_string (settings, "openalex-api-key"), ==, "secret");
  g_settings_reset (settings, "openalex-api-key");
  g_assert_cmpstr (gtk_editable_get_text (key_row), ==, "");

  g_settings_reset (settings, "refresh-interval");
  gtk_window_destroy (preferences);
  gln_ui_test_spin (100);
  g_assert_null (find_toplevel (GLN_TYPE_PREFERENCES_WINDOW));
}

static void
test_style_variant (void)
{
  GSettings *settings;
  AdwStyleManager *style_manager;

  if (skip_without_display ())
    return;

  settings = gln_application_get_settings (app);
  style_manager = adw_style_manager_get_default ();

  g_settings_set_string (settings, "style-variant", "dark");
  g_assert_cmpint (adw_style_manager_get_color_scheme (style_manager), ==,
                   ADW_COLOR_SCHEME_FORCE_DARK);
  gln_ui_test_spin (100);

  g_settings_set_string (settings, "style-variant", "light");
  g_assert_cmpint (adw_style_manager_get_color_scheme (style_manager), ==,
                   ADW_COLOR_SCHEME_FORCE_LIGHT);

  g_settings_reset (settings, "style-variant");
  g_assert_cmpint (adw_style_manager_get_color_scheme (style_manager), ==,
                   ADW_COLOR_SCHEME_DEFAULT);
}

static void
test_about (void)
{
  GtkWindow *about;

  if (skip_without_display ())
    return;

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  gln_ui_test_spin (300);

  about = find_toplevel (ADW_TYPE_ABOUT_WINDOW);
  g_assert_nonnull (about);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (about)));
  g_assert_cmpstr (adw_about_window_get_application_name (ADW_ABOUT_WINDOW (about)), ==, "Gleaner");
  g_assert_cmpstr (adw_about_window_get_version (ADW_ABOUT_WINDOW (about)), ==, PACKAGE_VERSION);

  gtk_window_destroy (about);
  gln_ui_test_spin (100);
  g_assert_null (find_toplevel (ADW_TYPE_ABOUT_WINDOW));
}

static void
test_shortcuts (void)
{
  GtkApplicationWindow *window;
  GtkWindow *shortcuts;

  if (skip_without_display ())
    return;

  window = GTK_APPLICATION_WINDOW (get_main_window ());
  shortcuts = GTK_WINDOW (gtk_application_window_get_help_overlay (window));
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (shortcuts));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));

  g_action_group_activate_action (G_ACTION_GROUP (app), "shortcuts", NULL);
  gln_ui_test_spin (300);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (shortcuts)));

  gtk_window_close (shortcuts);
  gln_ui_test_spin (100);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
}

static void
test_accels (void)
{
  struct {
    const char *action;
    const char *accel;
  } expected[] = {
    { "app.quit", "<Control>q" },
    { "app.preferences", "<Control>comma" },
    { "app.shortcuts", "<Control>question" },
  };

  if (skip_without_display ())
    return;

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                                    expected[i].action);

      g_assert_cmpstrv (accels, ((const char * const []) { expected[i].accel, NULL }));
    }
}

static void
test_quit (void)
{
  GSettings *settings;

  if (skip_without_display ())
    return;

  settings = gln_application_get_settings (app);
  gtk_window_set_default_size (GTK_WINDOW (get_main_window ()), 820, 610);

  /* Quitting closes the windows, which remember their size. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  gln_ui_test_spin (100);

  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 820);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 610);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  /* The library is created here, never in the user's own data folder. */
  data_home = g_dir_make_tmp ("gleaner-smoke-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  g_test_init (&argc, &argv, NULL);

  /* Any warning, such as a .ui file naming a property or widget newer than the
   * libadwaita 1.2 floor, fails the test.
   */
  g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);

  /* Feeds talk to a local stand-in for arXiv, never to the network. */
  server = soup_server_new (NULL, NULL);
  soup_server_add_handler (server, "/api/query", arxiv_handler_cb, NULL, NULL);
  g_assert_true (soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error));
  {
    GSList *uris = soup_server_get_uris (server);
    g_autofree char *base = g_uri_to_string_partial (uris->data, G_URI_HIDE_PASSWORD);

    if (g_str_has_suffix (base, "/"))
      base[strlen (base) - 1] = '\0';
    g_setenv ("GLEANER_BASE_URL_ARXIV", base, TRUE);
    g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  }

  if (gtk_init_check ())
    {
      app = gln_application_new (APP_ID, G_APPLICATION_NON_UNIQUE);
      g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
      g_assert_no_error (error);
    }

  /* Browsing imports the shared samples, and the tests marked shared after it work on the
   * library it leaves (feeds fetch a shared sample too); without ../shared they skip. */
  g_test_add_func ("/gln/ui/window", test_window);
  gln_test_add_shared_func ("/gln/ui/browse", test_browse);
  gln_test_add_shared_func ("/gln/ui/reading", test_reading);
  gln_test_add_shared_func ("/gln/ui/narrow", test_narrow);
  g_test_add_func ("/gln/ui/add-feed-dialog", test_add_feed_dialog);
  gln_test_add_shared_func ("/gln/ui/collections", test_collections);
  gln_test_add_shared_func ("/gln/ui/compare-marked", test_compare_marked);
  gln_test_add_shared_func ("/gln/ui/follow-feed", test_follow_feed);
  gln_test_add_shared_func ("/gln/ui/feed-menu", test_feed_menu);
  gln_test_add_shared_func ("/gln/ui/paste-dialog", test_paste_dialog);
  gln_test_add_shared_func ("/gln/ui/save-search-dialog", test_save_search_dialog);
  g_test_add_func ("/gln/ui/import-dialog", test_import_dialog);
  g_test_add_func ("/gln/ui/preferences", test_preferences);
  g_test_add_func ("/gln/ui/style-variant", test_style_variant);
  g_test_add_func ("/gln/ui/about", test_about);
  g_test_add_func ("/gln/ui/shortcuts", test_shortcuts);
  g_test_add_func ("/gln/ui/accels", test_accels);
  g_test_add_func ("/gln/ui/quit", test_quit);

  ret = g_test_run ();

  g_clear_object (&app);
  g_clear_object (&server);
  gln_ui_test_remove (data_home);
  g_free (data_home);

  return ret;
}
