/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>

#include "gln-core.h"
#include "gln-export-dialog.h"
#include "gln-identifiers-dialog.h"
#include "gln-review-window.h"
#include "gln-test-collection.h"
#include "gln-test-server.h"
#include "gln-test-store.h"
#include "gln-test-utils.h"
#include "gln-ui-test-utils.h"

static void
done_cb (GtkWidget  *dialog,
         const char *message,
         char      **out)
{
  g_free (*out);
  *out = g_strdup (message);
}

static gboolean
widget_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

static gboolean
has_message (gpointer data)
{
  return *(char **) data != NULL;
}

/* Runs the main loop until the dialog says it is done. */
static void
wait_for (char **message)
{
  gln_ui_test_wait_until (has_message, message, "the dialog's message");
}

static GtkTextBuffer *
find_text_buffer (GtkWidget *widget)
{
  if (GTK_IS_TEXT_VIEW (widget))
    return gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkTextBuffer *buffer = find_text_buffer (child);

      if (buffer != NULL)
        return buffer;
    }

  return NULL;
}

static GtkButton *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return GTK_BUTTON (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkButton *button = find_button (child, label);

      if (button != NULL)
        return button;
    }

  return NULL;
}

/* Pasted identifiers are looked up at the (local) arXiv API and Hugging Face; what can't be
 * found stays in the text with the reason, and what was found is in the library. */
static void
test_add_by_identifier (void)
{
  g_autoptr(GlnTestServer) server = gln_test_server_new ();
  g_autofree char *arxiv = gln_test_shared_path ("samples", "arxiv-api",
                                                 "query_id_list_with_missing_ids_2025-11-11.xml",
                                                 NULL);
  g_autofree char *empty = gln_test_shared_path ("samples", "arxiv-api",
                                                 "query_id_list_nonexistent_2025-11-11.xml", NULL);
  g_autoptr(GlnStore) store = gln_test_store_new ();
  g_autoptr(GlnFetcher) fetcher = NULL;
  g_autoptr(GlnPaper) paper = NULL;
  g_autofree char *message = NULL;
  g_autofree char *left = NULL;
  GlnIdentifiersDialog *dialog;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  gln_test_server_respond_file (server, "/api/query?id_list=2201.13452", "application/atom+xml",
                                arxiv);
  gln_test_server_respond_file (server, "/api/query?id_list=2201.13452v1", "application/atom+xml",
                                arxiv);
  gln_test_server_respond_file (server, "/api/query?id_list=1201.56789", "application/atom+xml",
                                empty);
  g_setenv ("GLEANER_BASE_URL_ARXIV", gln_test_server_get_url (server), TRUE);
  g_setenv ("GLEANER_ARXIV_INTERVAL_MS", "10", TRUE);

  fetcher = gln_fetcher_new ();
  dialog = gln_identifiers_dialog_new (store, fetcher);
  g_signal_connect (dialog, "done", G_CALLBACK (done_cb), &message);
  gtk_window_present (GTK_WINDOW (dialog));
  gln_identifiers_dialog_set_text (dialog, "https://arxiv.org/abs/2201.13452v1\n"
                                           "arXiv:1201.56789  not-an-id");

  gtk_widget_activate (GTK_WIDGET (find_button (GTK_WIDGET (dialog), "_Add")));
  wait_for (&message);
  g_assert_cmpstr (message, ==, "Added 1 paper");

  /* The two that could not be added are left for the user to correct. */
  buffer = find_text_buffer (GTK_WIDGET (dialog));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  left = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (left, ==, "arXiv:1201.56789\nnot-an-id\n");

  paper = gln_test_store_find (store, "arxiv:2201.13452");
  g_assert_cmpstr (gln_paper_get_title (paper), ==,
                   "Asymptotic Analysis for a Nonlinear Reaction-Diffusion System Modeling an "
                   "Infectious Disease");

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_unsetenv ("GLEANER_BASE_URL_ARXIV");
}

/* The current view or the whole library, to BibTeX, written whole to the chosen file. */
static void
test_export (void)
{
  g_autofree char *sample = gln_test_shared_path ("samples", "arxiv-api",
                                                  "query_all-electron-AND-all-proton_2025-11-11.xml",
                                                  NULL);
  g_autoptr(GBytes) bytes = gln_test_load_bytes (sample);
  g_autoptr(GPtrArray) papers = gln_import_parse (bytes, GLN_IMPORT_FORMAT_AUTO, NULL, NULL);
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "papers.bib", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GlnStore) store = gln_test_store_new ();
  g_autofree char *message = NULL;
  g_autofree char *contents = NULL;
  GlnExportDialog *dialog;
  g_autoptr(GlnImportResult) imported = NULL;
  GlnQuery view = { 0, };
  guint entries = 0;

  imported = gln_test_store_import (store, papers, 0);

  /* Nine papers: the tenth, in Indonesian, writes "elektron" (and "electrons" too). */
  view.text = (char *) "electron NOT elektron";
  dialog = gln_export_dialog_new (store, &view, "Search");
  g_signal_connect (dialog, "done", G_CALLBACK (done_cb), &message);
  gtk_window_present (GTK_WINDOW (dialog));
  gln_export_dialog_set_format (dialog, 0);
  gln_export_dialog_export_to (dialog, file);
  wait_for (&message);

  /* The view's nine papers, not the library's ten. */
  g_assert_cmpstr (message, ==, "Exported 9 papers");
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  for (const char *p = contents; (p = strstr (p, "\n@")) != NULL; p++)
    entries++;
  g_assert_cmpuint (entries + g_str_has_prefix (contents, "@"), ==, 9);
  g_assert_nonnull (strstr (contents, "{1309.4668v1}"));
}

/* A collection under review opens on screening, with the keyboard there, and offers the
 * board; side by side waits until papers are chosen on the board. */
static void
test_review_window (void)
{
  g_autofree char *path = gln_test_tmp_db_path ();
  gint64 ids[GLN_TEST_COLLECTION_SIZE];
  g_autoptr(GlnStore) store = NULL;
  g_autoptr(GError) error = NULL;
  GlnReviewWindow *window;
  AdwViewStack *stack;
  gint64 collection;

  collection = gln_test_collection_create (path, "Proton radius", "Measurements of the radius",
                                           ids);
  store = gln_store_open_sync (path, &error);
  g_assert_no_error (error);

  window = gln_review_window_new (store, collection, "Proton radius");
  gtk_window_present (GTK_WINDOW (window));
  gln_review_window_show_page (window, "screening");
  gln_ui_test_wait_until (widget_mapped, window, "the review window");

  g_assert_cmpint (gln_review_window_get_collection (window), ==, collection);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Review “Proton radius”");
  stack = ADW_VIEW_STACK (gtk_widget_get_parent (gln_review_window_get_page (window, "board")));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "screening");
  g_assert_true (gtk_widget_has_focus (gln_review_window_get_page (window, "screening")) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)),
                                         gln_review_window_get_page (window, "screening")));
  g_assert_false (adw_view_stack_page_get_visible (
    adw_view_stack_get_page (stack, gln_review_window_get_page (window, "compare"))));

  gln_review_window_show_page (window, "board");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "board");

  gtk_window_destroy (GTK_WINDOW (window));
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

  gln_test_add_shared_func ("/gln/ui/dialogs/add-by-identifier", test_add_by_identifier);
  gln_test_add_shared_func ("/gln/ui/dialogs/export", test_export);
  gln_test_add_shared_func ("/gln/ui/dialogs/review-window", test_review_window);

  return g_test_run ();
}
