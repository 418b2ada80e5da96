/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "gln-application.h"
#include "gln-core.h"
#include "gln-find-ids-dialog.h"
#include "gln-paste-dialog.h"
#include "gln-test-server.h"
#include "gln-test-store.h"
#include "gln-test-utils.h"
#include "gln-ui-test-utils.h"
#include "gln-window-private.h"

static GlnApplication *app;

/* The Find Identifiers dialog on pasted papers, against a loopback server answering as
 * arXiv does (the real sample) and as Semantic Scholar and Crossref do when they know no
 * such title. */

static const char *disease =
  "Asymptotic Analysis for a Nonlinear Reaction-Diffusion System Modeling an Infectious Disease";

static GlnPaper *
pasted (const char *title,
        const char *author)
{
  GlnPaper *paper = gln_paper_new ();
  const char *authors[] = { author, NULL };
  g_autofree char *key = gln_paper_key_build (NULL, NULL, title);

  gln_paper_set_key (paper, key);
  gln_paper_set_title (paper, title);
  gln_paper_set_source (paper, "listing");
  gln_paper_set_authors (paper, authors, NULL);

  return paper;
}

static void
collect_rows (GtkWidget *widget,
              GPtrArray *rows)
{
  if (ADW_IS_ACTION_ROW (widget))
    g_ptr_array_add (rows, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_rows (child, rows);
}

static gboolean
has_rows (gpointer data)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect_rows (data, rows);
  return rows->len == 3;
}

static const char *
subtitle_of (GPtrArray  *rows,
             const char *title)
{
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (rows->pdata[i]), title) == 0)
      return adw_action_row_get_subtitle (rows->pdata[i]);

  return NULL;
}

static void
test_dialog (void)
{
  g_autoptr(GlnTestServer) server = gln_test_server_new ();
  g_autofree char *arxiv = gln_test_shared_path ("samples", "arxiv-api",
                                                 "query_id_list_with_missing_ids_2025-11-11.xml",
                                                 NULL);
  static const char no_works[] =
    "{\"status\":\"ok\",\"message-type\":\"work-list\",\"message\":{\"items\":[]}}";
  static const char no_match[] = "{\"error\": \"Title match not found\"}";
  g_autoptr(GBytes) works = g_bytes_new_static (no_works, strlen (no_works));
  g_autoptr(GBytes) match = g_bytes_new_static (no_match, strlen (no_match));
  g_autoptr(GlnStore) store = gln_test_store_new ();
  g_autoptr(GPtrArray) papers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GlnImportResult) result = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GlnFetcher) fetcher = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GlnPaper) found = NULL;
  GlnFindIdsDialog *dialog;
  GlnPaper *paper;

  gln_test_server_respond_file (server, "/api/query", "application/atom+xml", arxiv);
  gln_test_server_respond (server, "/works", 200, "application/json", works, NULL);
  gln_test_server_respond (server, "/graph/v1/paper/search/match", 404, "application/json",
                           match, NULL);
  g_setenv ("GLEANER_BASE_URL_ARXIV", gln_test_server_get_url (server), TRUE);
  g_setenv ("GLEANER_BASE_URL_CROSSREF", gln_test_server_get_url (server), TRUE);
  g_setenv ("GLEANER_BASE_URL_SEMANTIC_SCHOLAR", gln_test_server_get_url (server), TRUE);
  g_setenv ("GLEANER_ARXIV_INTERVAL_MS", "0", TRUE);
  g_setenv ("GLEANER_FETCH_INTERVAL_MS", "0", TRUE);

  g_ptr_array_add (papers, pasted (disease, "Hong-Ming Yin"));
  g_ptr_array_add (papers, pasted ("A Paper No Service Knows", "Jane Doe"));
  paper = pasted ("Known Already", "Richard Roe");
  gln_paper_set_doi (paper, "10.5555/known");
  gln_paper_set_key (paper, "doi:10.5555/known");
  g_ptr_array_add (papers, paper);
  result = gln_test_store_import (store, papers, 0);
  for (guint i = 0; i < 3; i++)
    {
      gint64 id = gln_import_result_get_id (result, i);

      g_array_append_val (ids, id);
    }

  fetcher = gln_fetcher_new ();
  gln_fetcher_set_retries (fetcher, 0, 0);
  dialog = gln_find_ids_dialog_new (store, fetcher, ids);
  gtk_window_present (GTK_WINDOW (dialog));
  gln_ui_test_wait_until (has_rows, dialog, "a row for each paper");

  collect_rows (GTK_WIDGET (dialog), rows);
  g_assert_nonnull (strstr (subtitle_of (rows, disease), "Found — arXiv 2201.13452 at arXiv"));
  g_assert_true (g_str_has_prefix (subtitle_of (rows, "A Paper No Service Knows"), "Not found"));
  g_assert_true (g_str_has_prefix (subtitle_of (rows, "Known Already"), "Already identified"));

  found = gln_test_store_find (store, "arxiv:2201.13452");
  g_assert_cmpstr (gln_paper_get_title (found), ==, disease);

  gtk_window_destroy (GTK_WINDOW (dialog));
  gln_test_store_close (g_steal_pointer (&store));
}

/* Closed while a service does not answer: nothing is left running, nothing changes. */
static void
test_close_while_looking (void)
{
  g_autoptr(GlnTestServer) server = gln_test_server_new ();
  g_autoptr(GlnStore) store = gln_test_store_new ();
  g_autoptr(GPtrArray) papers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GlnImportResult) result = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GlnFetcher) fetcher = gln_fetcher_new ();
  g_autoptr(GlnPaper) stored = NULL;
  GlnFindIdsDialog *dialog;
  gint64 id;

  gln_test_server_hang (server, "/graph/v1/paper/search/match");
  g_setenv ("GLEANER_BASE_URL_SEMANTIC_SCHOLAR", gln_test_server_get_url (server), TRUE);
  g_setenv ("GLEANER_FETCH_INTERVAL_MS", "0", TRUE);
  g_ptr_array_add (papers, pasted (disease, "Hong-Ming Yin"));
  result = gln_test_store_import (store, papers, 0);
  id = gln_import_result_get_id (result, 0);
  g_array_append_val (ids, id);

  dialog = gln_find_ids_dialog_new (store, fetcher, ids);
  gtk_window_present (GTK_WINDOW (dialog));
  while (gln_test_server_count_requests (server, "/graph/v1/paper/search/match") == 0)
    g_main_context_iteration (NULL, TRUE);
  gtk_window_destroy (GTK_WINDOW (dialog));
  gln_ui_test_settle ();

  stored = gln_test_store_find (store, gln_paper_get_key (g_ptr_array_index (papers, 0)));
  g_assert_null (gln_paper_get_arxiv_id (stored));
  gln_test_store_close (g_steal_pointer (&store));
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }

  return NULL;
}

static gboolean
has_find_dialog (gpointer data)
{
  return find_toplevel (GLN_TYPE_FIND_IDS_DIALOG) != NULL;
}

static gboolean
has_paste_dialog (gpointer data)
{
  return find_toplevel (GLN_TYPE_PASTE_DIALOG) != NULL;
}

static gboolean
paste_found (gpointer data)
{
  return gln_paste_dialog_get_n_found (data) > 0;
}

static gboolean
toast_offers_find_ids (gpointer data)
{
  GlnWindow *window = data;

  return window->last_toast != NULL &&
         g_strcmp0 (adw_toast_get_button_label (window->last_toast), "_Find Identifiers") == 0;
}

static GtkButton *
find_add_button (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_has_css_class (widget, "suggested-action"))
    return GTK_BUTTON (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkButton *button = find_add_button (child);

      if (button != NULL)
        return button;
    }

  return NULL;
}

static void
paste_and_add (GlnWindow  *window,
               const char *text)
{
  GlnPasteDialog *paste;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.paste-dialog", NULL);
  gln_ui_test_wait_until (has_paste_dialog, NULL, "the paste dialog");
  paste = GLN_PASTE_DIALOG (find_toplevel (GLN_TYPE_PASTE_DIALOG));
  gln_paste_dialog_set_text (paste, text);
  gln_ui_test_wait_until (paste_found, paste, "the pasted papers");
  gtk_widget_activate (GTK_WIDGET (find_add_button (GTK_WIDGET (paste))));
}

/* In the real window: a pasted DBLP page's papers have no identifiers, so the toast that
 * says they were added offers Find Identifiers, whose button opens the dialog on them; the
 * paper menu offers it for the selected paper. */
static void
test_window (void)
{
  g_autoptr(GlnTestServer) server = gln_test_server_new ();
  g_autofree char *path = gln_test_data_path ("listings", "dblp-person.txt", NULL);
  g_autofree char *page = NULL;
  g_autofree char *dir = NULL;
  GtkWindow *dialog;
  GVariant *target;
  GlnWindow *window;

  if (app == NULL)
    {
      g_test_skip ("No display available");
      return;
    }
  gln_test_server_hang (server, "/graph/v1/paper/search/match");
  g_setenv ("GLEANER_BASE_URL_SEMANTIC_SCHOLAR", gln_test_server_get_url (server), TRUE);
  window = gln_ui_test_open_library (app, &dir);

  g_assert_true (g_file_get_contents (path, &page, NULL, NULL));
  paste_and_add (window, page);
  gln_ui_test_wait_until (toast_offers_find_ids, window, "the toast offering Find Identifiers");

  /* Seven of the nine papers show no arXiv id. */
  g_assert_cmpstr (adw_toast_get_action_name (window->last_toast), ==, "win.find-ids-of");
  target = adw_toast_get_action_target_value (window->last_toast);
  g_assert_cmpuint (g_variant_n_children (target), ==, 7);
  gtk_widget_activate_action_variant (GTK_WIDGET (window), "win.find-ids-of", target);
  gln_ui_test_wait_until (has_find_dialog, NULL, "the Find Identifiers dialog");
  dialog = find_toplevel (GLN_TYPE_FIND_IDS_DIALOG);
  gtk_window_destroy (dialog);
  gln_ui_test_settle ();

  /* The paper menu's entry, for the paper selected. */
  _gln_window_select_position (window, 0);
  gln_ui_test_settle ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.find-ids", NULL);
  gln_ui_test_wait_until (has_find_dialog, NULL, "the Find Identifiers dialog");
  gtk_window_destroy (find_toplevel (GLN_TYPE_FIND_IDS_DIALOG));
  gln_ui_test_settle ();

  gln_ui_test_close_library (app, g_steal_pointer (&dir));
  g_unsetenv ("GLEANER_BASE_URL_SEMANTIC_SCHOLAR");
}

/* A paste that leaves possible duplicates says so first, with its Review button; the offer
 * to find the identifiers the added papers lack follows once that toast is gone, and a
 * newer toast in between drops it. */
#define TWICE(title) \
  "@article{halvorsen2021tides,\n" \
  "  title = {" title "},\n" \
  "  author = {Halvorsen, Ines and Mbeki, Tomas},\n" \
  "  year = {2021},\n" \
  "  journal = {Journal of Slow Coasts},\n" \
  "}\n" \
  "\n" \
  "@article{halvorsen2021tides-preprint,\n" \
  "  title = {" title "},\n" \
  "  author = {Halvorsen, Ines and Mbeki, Tomas},\n" \
  "  year = {2021},\n" \
  "  journal = {Journal of Slow Coasts},\n" \
  "}\n"

static gboolean
toast_offers_review (gpointer data)
{
  GlnWindow *window = data;

  return window->last_toast != NULL &&
         g_strcmp0 (adw_toast_get_button_label (window->last_toast), "_Review") == 0;
}

static void
test_after_duplicates (void)
{
  g_autofree char *dir = NULL;
  GlnWindow *window;
  GVariant *target;

  if (app == NULL)
    {
      g_test_skip ("No display available");
      return;
    }
  window = gln_ui_test_open_library (app, &dir);

  paste_and_add (window, TWICE ("Tidal Memory in Layered Estuary Sediments"));
  gln_ui_test_wait_until (toast_offers_review, window, "the toast offering to review duplicates");
  g_assert_nonnull (window->next_toast);

  /* The Review toast goes; the offer takes its place, for both papers. Each toast is let
   * finish its entrance first: libadwaita 1.2 crashes when a toast is dismissed while it
   * slides in. */
  gln_ui_test_spin (800);
  adw_toast_dismiss (window->last_toast);
  gln_ui_test_wait_until (toast_offers_find_ids, window, "the toast offering Find Identifiers");
  g_assert_null (window->next_toast);
  g_assert_cmpstr (adw_toast_get_title (window->last_toast), ==,
                   "2 added papers have no arXiv id or DOI");
  target = adw_toast_get_action_target_value (window->last_toast);
  g_assert_cmpuint (g_variant_n_children (target), ==, 2);

  /* A newer message drops an offer still waiting. */
  gln_ui_test_spin (800);
  paste_and_add (window, TWICE ("Salt Wedges and the Memory of Brackish Channels"));
  gln_ui_test_wait_until (toast_offers_review, window, "the toast offering to review duplicates");
  g_assert_nonnull (window->next_toast);
  gln_window_show_message (window, "Something newer");
  g_assert_null (window->next_toast);
  gln_ui_test_settle ();

  gln_ui_test_close_library (app, g_steal_pointer (&dir));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_dirs = g_strdup (g_getenv ("XDG_DATA_DIRS"));

  /* Isolated directories, but the system's icon themes. */
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_setenv ("XDG_DATA_DIRS", data_dirs ? data_dirs : "/usr/local/share:/usr/share", TRUE);

  if (!gtk_init_check ())
    {
      g_test_skip ("No display");
      return g_test_run ();
    }
  adw_init ();
  app = gln_application_new (APP_ID, G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

  gln_test_add_shared_func ("/gln/ui/find-ids/dialog", test_dialog);
  g_test_add_func ("/gln/ui/find-ids/window", test_window);
  g_test_add_func ("/gln/ui/find-ids/after-duplicates", test_after_duplicates);
  g_test_add_func ("/gln/ui/find-ids/close-while-looking", test_close_while_looking);

  return g_test_run ();
}
