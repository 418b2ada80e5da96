/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The promises the store makes to every view at once. Views of the library (paper lists,
 * the reading pane, a review) all hold the one shared GlnPaper of a paper: an edit shown
 * ahead of time that the library refuses goes back on every one of them, and a paper that
 * arrives again from another source shows its merged metadata everywhere, as one paper. */

#include "config.h"

#include <sqlite3.h>

#include "gln-core.h"
#include "gln-test-store.h"
#include "gln-test-utils.h"

typedef struct
{
  GlnStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->store = gln_test_store_new ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gln_test_store_close (g_steal_pointer (&fixture->store));
}

static GlnPaper *
make_paper (const char *title,
            const char *arxiv_id,
            const char *abstract)
{
  GlnPaper *paper = gln_paper_new ();
  const char *authors[] = { "Jan C. Bernauer", "Michael O. Distler", NULL };

  gln_paper_set_title (paper, title);
  gln_paper_set_arxiv_id (paper, arxiv_id);
  gln_paper_set_abstract (paper, abstract);
  gln_paper_set_published (paper, "2016-06-07");
  gln_paper_set_date_precision (paper, GLN_DATE_PRECISION_DAY);
  gln_paper_set_authors (paper, authors, NULL);

  return paper;
}

/* Imports one paper and returns its id. */
static gint64
import_one (Fixture  *fixture,
            GlnPaper *paper)
{
  g_autoptr(GPtrArray) papers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GlnImportResult) result = NULL;

  g_ptr_array_add (papers, g_object_ref (paper));
  result = gln_test_store_import (fixture->store, papers, 0);
  g_assert_cmpuint (result->ids->len, ==, 1);

  return gln_import_result_get_id (result, 0);
}

static gboolean
list_loaded (GlnPaperList *list)
{
  return !gln_paper_list_get_loading (list);
}

/* A view of the library: a paper list over @query, loaded. */
static GlnPaperList *
open_view (Fixture        *fixture,
           const GlnQuery *query)
{
  GlnPaperList *list = gln_paper_list_new (fixture->store, query);
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (!list_loaded (list) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (list_loaded (list));

  return list;
}

/* Runs the main context until @list has reloaded after a change of the library. */
static void
wait_for_reload (GlnPaperList *list)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (g_main_context_iteration (NULL, FALSE) || !list_loaded (list))
    g_assert_cmpint (g_get_monotonic_time (), <, deadline);
}

static GlnPaper *
first_item (GlnPaperList *list)
{
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), >=, 1);

  return g_list_model_get_item (G_LIST_MODEL (list), 0);
}

/* Makes the library refuse every change of a paper's rating from now on, the way a full
 * disk or a locked file would refuse a write. */
static void
refuse_ratings (Fixture *fixture)
{
  sqlite3 *handle = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (gln_store_get_path (fixture->store), &handle), ==, SQLITE_OK);
  sqlite3_busy_timeout (handle, 5000);
  sqlite3_exec (handle,
                "CREATE TRIGGER test_refuse_rating BEFORE UPDATE OF rating ON papers"
                " BEGIN SELECT RAISE (ABORT, 'The disk is full'); END",
                NULL, NULL, &message);
  g_assert_null (message);
  sqlite3_close (handle);
}

typedef struct
{
  guint n_notified;
} Notes;

static void
rating_notified_cb (GlnPaper   *paper,
                    GParamSpec *pspec,
                    Notes      *notes)
{
  notes->n_notified++;
}

/* A rating the library refuses goes back on every view of the paper, and they are told. */
static void
test_failed_edit_reverts_everywhere (Fixture       *fixture,
                                     gconstpointer  data)
{
  g_autoptr(GlnPaper) offered = make_paper ("Avoiding common pitfalls in extractions of the "
                                            "proton radius", "1606.02159", "We discuss...");
  g_autoptr(GlnQuery) library = gln_query_new ();
  g_autoptr(GlnQuery) unread = gln_query_new ();
  g_autoptr(GlnPaperList) library_view = NULL;
  g_autoptr(GlnPaperList) unread_view = NULL;
  g_autoptr(GlnPaper) in_library = NULL;
  g_autoptr(GlnPaper) in_unread = NULL;
  g_autoptr(GlnPaper) read_again = NULL;
  g_autoptr(GError) error = NULL;
  Notes notes = { 0 };
  gint64 id = import_one (fixture, offered);

  library_view = open_view (fixture, library);
  unread->scope = GLN_QUERY_SCOPE_UNREAD;
  unread_view = open_view (fixture, unread);
  in_library = first_item (library_view);
  in_unread = first_item (unread_view);
  g_assert_true (in_library == in_unread);
  g_assert_cmpint (gln_paper_get_id (in_library), ==, id);

  /* A rating that is stored shows in both views. */
  gln_store_set_rating_async (fixture->store, in_library, 3, NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (fixture->store);
  g_assert_cmpint (gln_paper_get_rating (in_unread), ==, 3);

  /* A rating the library refuses shows at once, then goes back everywhere. */
  refuse_ratings (fixture);
  g_signal_connect (in_unread, "notify::rating", G_CALLBACK (rating_notified_cb), &notes);
  gln_store_set_rating_async (fixture->store, in_library, 5, NULL, gln_test_ready_cb, NULL);
  g_assert_cmpint (gln_paper_get_rating (in_unread), ==, 5);
  g_assert_false (gln_store_edit_finish (fixture->store, gln_test_wait (), &error));
  g_assert_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (gln_paper_get_rating (in_library), ==, 3);
  g_assert_cmpint (gln_paper_get_rating (in_unread), ==, 3);
  g_assert_cmpuint (notes.n_notified, ==, 2);

  /* What a view opened later reads is what the library holds. */
  read_again = gln_store_lookup_paper (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_true (read_again == in_library);
  g_assert_cmpint (gln_paper_get_rating (read_again), ==, 3);
  g_signal_handlers_disconnect_by_data (in_unread, &notes);
}

/* A paper known by its title alone arrives again from arXiv, and the user merges the two:
 * every view, the library's and a collection's, shows the one paper with its identifier,
 * key, abstract and collection. */
static void
test_merge_shows_everywhere (Fixture       *fixture,
                             gconstpointer  data)
{
  const char *title = "The size of the proton: closing in on the radius puzzle";
  g_autoptr(GlnPaper) pasted = make_paper (title, NULL, NULL);
  g_autoptr(GlnPaper) from_arxiv = make_paper (title, "1205.6628v2", "We analyze the ...");
  g_autoptr(GlnQuery) library = gln_query_new ();
  g_autoptr(GlnQuery) collection = gln_query_new ();
  g_autoptr(GlnPaperList) library_view = NULL;
  g_autoptr(GlnPaperList) collection_view = NULL;
  g_autoptr(GlnPaper) in_library = NULL;
  g_autoptr(GlnPaper) in_collection = NULL;
  g_autoptr(GlnPaper) shown = NULL;
  g_autoptr(GPtrArray) members = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  gint64 id, arxiv_id;

  gln_paper_set_arxiv_version (from_arxiv, 2);
  id = import_one (fixture, pasted);
  g_ptr_array_add (members, gln_store_lookup_paper (fixture->store, id, NULL));
  gln_test_store_create_collection (fixture->store, "Proton radius", members);
  library_view = open_view (fixture, library);
  collection->collection = g_strdup ("Proton radius");
  collection_view = open_view (fixture, collection);
  in_library = first_item (library_view);
  in_collection = first_item (collection_view);
  g_assert_true (in_library == in_collection);
  g_assert_true (g_str_has_prefix (gln_paper_get_key (in_library), "title:"));
  g_assert_null (gln_paper_get_arxiv_id (in_library));

  /* The same paper again. The user has collected it, so it does not take the arXiv
   * identifier on its own: the record is kept apart, offered as a possible duplicate. */
  arxiv_id = import_one (fixture, from_arxiv);
  g_assert_cmpint (arxiv_id, !=, id);
  g_assert_null (gln_paper_get_arxiv_id (in_collection));
  wait_for_reload (library_view);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library_view)), ==, 2);

  /* The user merges them, the arXiv record as the master. */
  gln_store_merge_duplicates_async (fixture->store, arxiv_id, id, NULL, NULL, gln_test_ready_cb,
                                    NULL);
  g_assert_cmpint (gln_store_merge_duplicates_finish (fixture->store, gln_test_wait (), &error),
                   >, 0);
  g_assert_no_error (error);

  /* Both views list it once, as the same shared paper, with what both records held. */
  wait_for_reload (library_view);
  wait_for_reload (collection_view);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library_view)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (collection_view)), ==, 1);
  shown = first_item (collection_view);
  g_clear_object (&in_library);
  in_library = first_item (library_view);
  g_assert_true (shown == in_library);
  g_assert_cmpint (gln_paper_get_id (shown), ==, arxiv_id);
  g_assert_cmpstr (gln_paper_get_key (shown), ==, "arxiv:1205.6628");
  g_assert_cmpint (gln_paper_get_arxiv_version (shown), ==, 2);
  g_assert_cmpstr (gln_paper_get_abstract (shown), ==, "We analyze the ...");
  g_assert_cmpstrv (gln_paper_get_collections (shown),
                    ((const char *[]) { "Proton radius", NULL }));

  /* The paper handed to the import was only read. */
  g_assert_cmpstr (gln_paper_get_arxiv_id (from_arxiv), ==, "1205.6628v2");
  g_assert_null (gln_paper_get_key (from_arxiv));
  g_assert_cmpint (gln_paper_get_id (from_arxiv), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/gln/store/promises/failed-edit-reverts-everywhere", Fixture, NULL,
              fixture_set_up, test_failed_edit_reverts_everywhere, fixture_tear_down);
  g_test_add ("/gln/store/promises/merge-shows-everywhere", Fixture, NULL,
              fixture_set_up, test_merge_shows_everywhere, fixture_tear_down);

  return g_test_run ();
}
