/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The citation search views of issue 17 on a real library: the PRISMA page shows the
 * collection's numbers (its text read back from the drawing's accessible description) and
 * follows a screening decision; the citation search dialog opens ready to start; the reading
 * pane shows a paper's stored references and citations and takes one into the library; the
 * screening queue shows only the papers a citation search found, each with its provenance;
 * a search from the dialog sends each service the user's key for it. */

#define G_LOG_DOMAIN "test-cite"

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "gln-citation-dialog.h"
#include "gln-citation-links.h"
#include "gln-paper-view.h"
#include "gln-prisma-view.h"
#include "gln-screening-view-private.h"
#include "gln-ui-test-utils.h"

#include "gln-test-collection.h"
#include "gln-test-server.h"
#include "gln-test-store.h"

#define COLLECTION "Proton structure"

static gboolean have_display;

typedef struct
{
  GtkWidget *area;
} Described;

static gboolean
find_area (GtkWidget *root,
           GtkWidget **area)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_DRAWING_AREA (child))
        {
          *area = child;
          return TRUE;
        }
      if (find_area (child, area))
        return TRUE;
    }

  return FALSE;
}

static gboolean
area_drawn (gpointer data)
{
  Described *described = data;

  return gtk_drawing_area_get_content_height (GTK_DRAWING_AREA (described->area)) > 0;
}

static void
test_prisma_and_dialog (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GlnStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ids[GLN_TEST_COLLECTION_SIZE];
  gint64 collection;
  GtkWindow *window;
  GtkWidget *view;
  GtkWidget *dialog;
  Described described = { 0, };

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  path = gln_test_tmp_db_path ();
  collection = gln_test_collection_create (path, COLLECTION, "Proton radius", ids);
  store = gln_store_open_sync (path, &error);
  g_assert_no_error (error);

  window = GTK_WINDOW (gtk_window_new ());
  view = gln_prisma_view_new (store, collection);
  gtk_window_set_child (window, view);
  gtk_window_present (window);
  g_assert_true (find_area (view, &described.area));
  gln_ui_test_wait_until (area_drawn, &described, "the PRISMA diagram");

  dialog = gln_citation_dialog_new (store, collection, NULL);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), window);
  gtk_window_present (GTK_WINDOW (dialog));
  gln_ui_test_settle ();
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (window);
  gln_ui_test_settle ();
}

static GlnPaper *
new_paper (const char *title,
           const char *doi)
{
  return gln_test_paper_new (title, doi, NULL, "semanticscholar");
}

static void
save_links (GlnStore             *store,
            GlnPaper             *paper,
            GlnCitationDirection  direction,
            GlnCitationPage      *page)
{
  g_autoptr(GError) error = NULL;

  gln_store_save_paper_links_async (store, paper, direction, page, NULL, gln_test_ready_cb,
                                    NULL);
  g_assert_cmpint (gln_store_save_paper_links_finish (store, gln_test_wait (), &error), >, 0);
  g_assert_no_error (error);
}

static GtkWidget *
find_widget (GtkWidget  *root,
             GType       type,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) &&
          (label == NULL || g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0))
        return child;
      if ((found = find_widget (child, type, label)) != NULL)
        return found;
    }

  return NULL;
}

typedef struct
{
  GtkWidget  *widget;
  const char *text;
  GtkWidget  *list;
  GlnPaper   *opened;
} Pane;

static gboolean
label_is (gpointer data)
{
  Pane *pane = data;

  return g_strcmp0 (gtk_menu_button_get_label (GTK_MENU_BUTTON (pane->widget)), pane->text) == 0;
}

static gboolean
list_has_button (gpointer data)
{
  Pane *pane = data;

  return find_widget (pane->list, GTK_TYPE_BUTTON, pane->text) != NULL;
}

static gboolean
list_lacks_button (gpointer data)
{
  return !list_has_button (data);
}

static gboolean
paper_opened (gpointer data)
{
  return ((Pane *) data)->opened != NULL;
}

static void
paper_opened_cb (GlnPaperView *view,
                 GlnPaper     *paper,
                 Pane         *pane)
{
  g_set_object (&pane->opened, paper);
}

static gboolean
has_label (GtkWidget  *root,
           const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if ((GTK_IS_LABEL (child) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (child)), text) == 0) ||
          has_label (child, text))
        return TRUE;
    }

  return FALSE;
}

static gint64
count_library (GlnStore *store)
{
  g_autoptr(GlnQuery) query = gln_query_new ();

  query->scope = GLN_QUERY_SCOPE_LIBRARY;
  return gln_test_store_count (store, query);
}

static gboolean
collection_has_one (gpointer data)
{
  g_autoptr(GlnQuery) query = gln_query_new ();

  query->collection = g_strdup (COLLECTION);
  return gln_test_store_count (data, query) == 1;
}

/* A paper with stored links that the library does not have: the pane shows both counts,
 * its references list the papers found with their authors and year and "Add to Library",
 * which takes one in (its link following, the row then "In Library", which opens it), or
 * "Add to Collection", which adds it to the library first; the citing paper the library
 * has shows "In Library" from the start. */
static void
test_reading_pane (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GlnStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) papers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GlnImportResult) result = NULL;
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GlnCitationPage) references = gln_citation_page_new ();
  g_autoptr(GlnCitationPage) citations = gln_citation_page_new ();
  g_autoptr(GPtrArray) links = NULL;
  g_autoptr(GlnPaper) cited = new_paper ("On Computable Numbers", "10.1112/plms/s2-42.1.230");
  g_autoptr(GlnPaper) by_title = new_paper ("The Imitation Game Revisited", NULL);
  g_autoptr(GlnPaper) citing = new_paper ("Minds, Brains, and Programs", "10.1017/s0140525x00005756");
  const char *turing[] = { "A. M. Turing", NULL };
  GlnPaper *paper;
  GtkWindow *window;
  GtkWidget *view;
  GlnCitationLinks *pane_links;
  Pane pane = { 0, };

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  path = gln_test_tmp_db_path ();
  store = gln_store_open_sync (path, &error);
  g_assert_no_error (error);
  g_ptr_array_add (papers, new_paper ("Computing Machinery and Intelligence",
                                      "10.1093/mind/lix.236.433"));
  g_ptr_array_add (papers, gln_paper_copy (citing));
  result = gln_test_store_import (store, papers, 0);
  stored = gln_test_store_papers (store, result);
  paper = g_ptr_array_index (stored, 0);
  gln_paper_set_authors (cited, turing, NULL);
  gln_paper_set_published (cited, "1937");
  gln_citation_page_add (references, cited, TRUE);
  gln_citation_page_add (references, by_title, FALSE);
  references->next = -1;
  gln_citation_page_add (citations, citing, TRUE);
  citations->next = -1;
  save_links (store, paper, GLN_CITATION_REFERENCES, references);
  save_links (store, paper, GLN_CITATION_CITATIONS, citations);
  /* Found, not added. */
  g_assert_cmpint (count_library (store), ==, 2);

  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 800, 700);
  view = gln_paper_view_new ();
  g_signal_connect (view, "open-paper", G_CALLBACK (paper_opened_cb), &pane);
  gln_paper_view_set_store (GLN_PAPER_VIEW (view), store);
  gln_paper_view_set_paper (GLN_PAPER_VIEW (view), paper);
  gtk_window_set_child (window, view);
  gtk_window_present (window);

  pane_links = GLN_CITATION_LINKS (find_widget (view, GLN_TYPE_CITATION_LINKS, NULL));
  g_assert_nonnull (pane_links);
  pane.widget = gln_citation_links_get_button (pane_links, GLN_CITATION_CITATIONS);
  pane.text = "Cited by (1)";
  gln_ui_test_wait_until (label_is, &pane, "the count of citing papers");
  pane.widget = gln_citation_links_get_button (pane_links, GLN_CITATION_REFERENCES);
  pane.text = "References (2)";
  gln_ui_test_wait_until (label_is, &pane, "the count of references");

  gtk_menu_button_popup (GTK_MENU_BUTTON (pane.widget));
  pane.list = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (pane.widget)));
  pane.text = "Add to Library";
  gln_ui_test_wait_until (list_has_button, &pane, "the references found");
  g_assert_true (has_label (pane.list, "On Computable Numbers"));
  g_assert_true (has_label (pane.list, "A. M. Turing · 1937"));
  g_assert_true (has_label (pane.list, "The Imitation Game Revisited"));
  pane.text = "In Library";
  g_assert_false (list_has_button (&pane));

  /* Taken into the library (the newest first: "On Computable Numbers"), the reference shows
   * "In Library"; the one known by its title still offers to be added. */
  gtk_widget_activate (find_widget (pane.list, GTK_TYPE_BUTTON, "Add to Library"));
  gln_ui_test_wait_until (list_has_button, &pane, "the reference in the library");
  pane.text = "Add to Library";
  g_assert_true (list_has_button (&pane));
  g_assert_cmpint (count_library (store), ==, 3);
  gln_store_list_citations_async (store, gln_paper_get_id (paper), GLN_CITATION_REFERENCES, NULL,
                                  gln_test_ready_cb, NULL);
  links = gln_store_list_citations_finish (store, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (links->len, ==, 2);
  for (guint i = 0; i < links->len; i++)
    {
      GlnCitation *link = g_ptr_array_index (links, i);

      g_assert_cmpint (link->paper_id > 0, ==, g_str_equal (link->title, "On Computable Numbers"));
    }

  /* The one known by its title, added to a collection: into the library first. */
  gln_test_store_create_collection (store, COLLECTION, NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pane_links),
                                             "citations.add-to-collection", "(xsss)",
                                             (gint64) 0, gln_paper_get_key (by_title),
                                             "The Imitation Game Revisited", COLLECTION));
  gln_ui_test_wait_until (collection_has_one, store, "the reference in the collection");
  g_assert_cmpint (count_library (store), ==, 4);
  pane.text = "Add to Library";
  gln_ui_test_wait_until (list_lacks_button, &pane, "every reference in the library");

  pane.text = "In Library";
  gtk_widget_activate (find_widget (pane.list, GTK_TYPE_BUTTON, "In Library"));
  gln_ui_test_wait_until (paper_opened, &pane, "the paper opened");
  g_assert_cmpint (gln_paper_get_id (pane.opened), !=, gln_paper_get_id (paper));

  g_clear_object (&pane.opened);
  gtk_window_destroy (window);
  gln_ui_test_settle ();
}

static gboolean
queue_is (gpointer data)
{
  GlnScreeningView *view = data;
  guint wanted = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (view), "wanted"));

  return view->current != NULL && view->queue->len == wanted;
}

static void
wait_for_queue (GlnScreeningView *view,
                guint             wanted)
{
  g_object_set_data (G_OBJECT (view), "wanted", GUINT_TO_POINTER (wanted));
  gln_ui_test_wait_until (queue_is, view, "the screening queue");
}

/* Papers a citation search queued, shown alone by the source filter, each saying which
 * paper's references listed it; the user's own papers shown alone without it. */
static void
test_screening_sources (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GlnStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) papers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GlnImportResult) result = NULL;
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GlnCitationPage) page = gln_citation_page_new ();
  g_autoptr(GlnCitationWork) work = NULL;
  g_autoptr(GlnPaper) found_a = new_paper ("On Computable Numbers", "10.1112/plms/s2-42.1.230");
  g_autoptr(GlnPaper) found_b = new_paper ("Intelligent Machinery", "10.5555/intelligent");
  GlnScreeningView *view;
  GtkWindow *window;
  gint64 collection, seed_id, search;
  const char *text;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  path = gln_test_tmp_db_path ();
  store = gln_store_open_sync (path, &error);
  g_assert_no_error (error);
  g_ptr_array_add (papers, new_paper ("Computing Machinery and Intelligence",
                                      "10.1093/mind/lix.236.433"));
  g_ptr_array_add (papers, new_paper ("A Paper I Brought Myself", "10.5555/mine"));
  result = gln_test_store_import (store, papers, 0);
  stored = gln_test_store_papers (store, result);
  collection = gln_test_store_create_collection (store, COLLECTION, stored);
  seed_id = gln_paper_get_id (g_ptr_array_index (stored, 0));

  gln_store_start_citation_search_async (store, collection, &seed_id, 1,
                                         GLN_CITATION_SEARCH_BACKWARD, 1, 0, NULL, gln_test_ready_cb,
                                         NULL);
  search = gln_store_id_finish (store, gln_test_wait (), &error);
  g_assert_no_error (error);
  gln_store_next_citation_work_async (store, search, NULL, gln_test_ready_cb, NULL);
  work = gln_store_next_citation_work_finish (store, gln_test_wait (), &error);
  g_assert_no_error (error);
  gln_citation_page_add (page, found_a, TRUE);
  gln_citation_page_add (page, found_b, TRUE);
  page->next = -1;
  gln_store_save_citation_page_async (store, work, page, NULL, NULL, gln_test_ready_cb, NULL);
  g_assert_cmpint (gln_store_save_citation_page_finish (store, gln_test_wait (), &error), ==, 2);
  g_assert_no_error (error);

  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 1000, 700);
  view = GLN_SCREENING_VIEW (gln_screening_view_new ());
  gtk_window_set_child (window, GTK_WIDGET (view));
  gtk_window_present (window);
  gln_screening_view_set_store (view, store);
  gln_screening_view_set_collection (view, collection);
  wait_for_queue (view, 4);

  gln_screening_view_set_source (view, 2);
  wait_for_queue (view, 2);
  for (guint i = 0; i < view->queue->len; i++)
    {
      GlnPaper *paper = gln_review_item_get_paper (g_ptr_array_index (view->queue, i));

      g_assert_true (g_strcmp0 (gln_paper_get_title (paper), "Intelligent Machinery") == 0 ||
                     g_strcmp0 (gln_paper_get_title (paper), "On Computable Numbers") == 0);
    }
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (view->provenance_label)));
  text = gtk_label_get_label (view->provenance_label);
  g_assert_nonnull (strstr (text, "cited by “Computing Machinery and Intelligence”"));

  gln_screening_view_set_source (view, 1);
  wait_for_queue (view, 2);
  for (guint i = 0; i < view->queue->len; i++)
    {
      GlnPaper *paper = gln_review_item_get_paper (g_ptr_array_index (view->queue, i));

      g_assert_cmpstr (gln_paper_get_title (paper), !=, "On Computable Numbers");
      g_assert_cmpstr (gln_paper_get_title (paper), !=, "Intelligent Machinery");
    }
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (view->provenance_label)));

  gtk_window_destroy (window);
  gln_ui_test_settle ();
}

static gboolean
widget_sensitive (gpointer data)
{
  return gtk_widget_get_sensitive (data);
}

/* A search from the dialog with both keys set: Semantic Scholar gets its key in the
 * x-api-key header, OpenAlex (asked when Semantic Scholar does not know a paper) in the
 * api_key parameter, and neither the other's. */
static void
test_keys_reach_services (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GlnStore) store = NULL;
  g_autoptr(GlnTestServer) server = NULL;
  g_autoptr(GPtrArray) requests = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ids[GLN_TEST_COLLECTION_SIZE];
  gint64 collection;
  GtkWidget *dialog;
  GtkWidget *start;
  guint n_s2 = 0, n_openalex = 0;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  /* Every request goes to a server that knows no paper. */
  server = gln_test_server_new ();
  g_setenv ("GLEANER_BASE_URL_SEMANTIC_SCHOLAR", gln_test_server_get_url (server), TRUE);
  g_setenv ("GLEANER_BASE_URL_OPENALEX", gln_test_server_get_url (server), TRUE);
  g_setenv ("GLEANER_FETCH_INTERVAL_MS", "5", TRUE);
  path = gln_test_tmp_db_path ();
  collection = gln_test_collection_create (path, COLLECTION, "Proton radius", ids);
  store = gln_store_open_sync (path, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GlnScreeningChange) change = NULL;

      gln_store_screen_async (store, collection, ids[i], GLN_SCREENING_INCLUDE, NULL, NULL,
                              gln_test_ready_cb, NULL);
      change = gln_store_screening_finish (store, gln_test_wait (), &error);
      g_assert_no_error (error);
    }

  dialog = gln_citation_dialog_new (store, collection, "s2-ui-key");
  gln_citation_dialog_set_openalex_key (GLN_CITATION_DIALOG (dialog), "oa-ui-key");
  gtk_window_present (GTK_WINDOW (dialog));
  start = find_widget (dialog, GTK_TYPE_BUTTON, "_Search");
  g_assert_nonnull (start);
  g_signal_emit_by_name (start, "clicked");
  g_assert_false (gtk_widget_get_sensitive (start));
  gln_ui_test_wait_until (widget_sensitive, start, "the search to end");

  requests = gln_test_server_dup_requests (server);
  for (guint i = 0; i < requests->len; i++)
    {
      GlnTestRequest *request = g_ptr_array_index (requests, i);
      gboolean has_param = request->query != NULL && strstr (request->query, "api_key=") != NULL;

      if (g_str_has_prefix (request->path, "/graph/"))
        {
          n_s2++;
          g_assert_cmpstr (request->api_key, ==, "s2-ui-key");
          g_assert_false (has_param);
        }
      else
        {
          n_openalex++;
          g_assert_null (request->api_key);
          g_assert_nonnull (strstr (request->query, "api_key=oa-ui-key"));
        }
    }
  g_assert_cmpuint (n_s2, >, 0);
  g_assert_cmpuint (n_openalex, ==, n_s2);

  gtk_window_destroy (GTK_WINDOW (dialog));
  gln_ui_test_settle ();
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = NULL;
  int ret;

  data_home = g_dir_make_tmp ("gleaner-cite-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  g_test_init (&argc, &argv, NULL);
  g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);

  if ((have_display = gtk_init_check ()))
    adw_init ();

  gln_test_add_shared_func ("/gln/cite/prisma-and-dialog", test_prisma_and_dialog);
  g_test_add_func ("/gln/cite/reading-pane", test_reading_pane);
  g_test_add_func ("/gln/cite/screening-sources", test_screening_sources);
  g_test_add_func ("/gln/cite/keys-reach-services", test_keys_reach_services);

  ret = g_test_run ();
  gln_ui_test_remove (data_home);

  return ret;
}
