/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "gln-core.h"
#include "gln-find-ids-dialog.h"
#include "gln-test-server.h"
#include "gln-test-store.h"
#include "gln-test-utils.h"
#include "gln-ui-test-utils.h"

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

  gln_test_add_shared_func ("/gln/ui/find-ids/dialog", test_dialog);
  g_test_add_func ("/gln/ui/find-ids/close-while-looking", test_close_while_looking);

  return g_test_run ();
}
