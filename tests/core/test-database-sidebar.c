/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The main window's core API: sidebar summary, search filters, saved searches, notes,
 * collection removal, and the store's jobs over them. */

#include "config.h"

#include <sqlite3.h>

#include "gln-database-private.h"
#include "gln-store.h"
#include "gln-test-utils.h"

static GlnDatabase *
open_with_papers (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = gln_test_tmp_db_path ();
  g_autoptr(GPtrArray) papers = g_ptr_array_new_with_free_func (g_object_unref);
  GlnDatabase *db = gln_database_open (path, GLN_DATABASE_FLAGS_NONE, &error);
  static const struct {
    const char *title;
    const char *published;
    const char *categories[3];
  } rows[] = {
    { "Graph neural networks", "2023-05-02", { "cs.LG", "stat.ML", NULL } },
    { "Proton radius puzzle", "2024-01-15", { "hep-ph", NULL } },
    { "Attention for proteins", "2024-11-30", { "q-bio.BM", "cs.LG", NULL } },
    { "Old physics", "1999-10-07", { "nucl-th", NULL } },
  };
  GlnImportStats stats;

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      GlnPaper *paper = gln_paper_new ();

      gln_paper_set_title (paper, rows[i].title);
      gln_paper_set_published (paper, rows[i].published);
      gln_paper_set_category (paper, rows[i].categories[0]);
      gln_paper_set_categories (paper, rows[i].categories);
      g_ptr_array_add (papers, paper);
    }

  g_assert_true (gln_database_begin (db, &error));
  g_assert_true (gln_database_import (db, papers, 0, &stats, &error));
  g_assert_true (gln_database_commit (db, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.added, ==, G_N_ELEMENTS (rows));

  return db;
}

static gint64
count_query (GlnDatabase    *db,
             const GlnQuery *query)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = gln_database_query_ids (db, query, &error);

  g_assert_no_error (error);
  return ids->len;
}

static void
test_filters (void)
{
  g_autoptr(GlnDatabase) db = open_with_papers ();
  g_autoptr(GlnQuery) query = gln_query_new ();
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (count_query (db, query), ==, 4);

  query->category = g_strdup ("cs.lg");
  g_assert_cmpint (count_query (db, query), ==, 2);
  g_free (query->category);
  query->category = g_strdup ("cs");
  g_assert_cmpint (count_query (db, query), ==, 2);
  g_clear_pointer (&query->category, g_free);

  query->published_from = g_strdup ("2024");
  g_assert_cmpint (count_query (db, query), ==, 2);
  query->published_to = g_strdup ("2024-06");
  g_assert_cmpint (count_query (db, query), ==, 1);
  g_clear_pointer (&query->published_from, g_free);
  g_free (query->published_to);
  query->published_to = g_strdup ("2023");
  g_assert_cmpint (count_query (db, query), ==, 2);
  g_clear_pointer (&query->published_to, g_free);

  /* Unread, and the papers read while a view was shown. */
  g_assert_true (gln_database_set_read (db, 1, TRUE, &error));
  g_assert_no_error (error);
  query->unread = TRUE;
  g_assert_cmpint (count_query (db, query), ==, 3);
  query->keep_read_since = g_get_real_time () / G_USEC_PER_SEC - 60;
  g_assert_cmpint (count_query (db, query), ==, 4);
  query->keep_read_since = g_get_real_time () / G_USEC_PER_SEC + 60;
  g_assert_cmpint (count_query (db, query), ==, 3);
  query->unread = FALSE;
  query->scope = GLN_QUERY_SCOPE_UNREAD;
  g_assert_cmpint (count_query (db, query), ==, 3);
  query->keep_read_since = 1;
  g_assert_cmpint (count_query (db, query), ==, 4);
}

static GlnSummaryEntry *
find_entry (GPtrArray  *entries,
            const char *name)
{
  for (guint i = 0; i < entries->len; i++)
    {
      GlnSummaryEntry *entry = g_ptr_array_index (entries, i);

      if (g_strcmp0 (entry->name, name) == 0)
        return entry;
    }

  return NULL;
}

static void
test_summary (void)
{
  g_autoptr(GlnDatabase) db = open_with_papers ();
  g_autoptr(GlnLibrarySummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  GlnSummaryEntry *entry;
  gint64 collection;
  sqlite3 *handle = _gln_database_get_handle (db);

  g_assert_cmpint (sqlite3_exec (handle,
                                 "INSERT INTO feeds (id, kind, params, title, created, last_error)"
                                 " VALUES (7, 'arxiv', '{\"category\":\"cs.LG\"}', 'ML', 0,"
                                 " 'Offline');"
                                 "INSERT INTO feed_papers VALUES (7, 1, 0), (7, 3, 0);"
                                 "UPDATE papers SET new_version = 1 WHERE id = 2",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_true (gln_database_set_starred (db, 3, TRUE, &error));
  g_assert_true (gln_database_add_tag (db, 3, "reading", &error));
  g_assert_true (gln_database_add_tag (db, 4, "reading", &error));
  g_assert_true (gln_database_add_tag (db, 4, "orphan", &error));
  g_assert_true (gln_database_remove_tag (db, 4, "orphan", &error));
  g_assert_true (gln_database_set_read (db, 4, TRUE, &error));
  collection = gln_database_create_collection (db, "Survey", &error);
  g_assert_true (gln_database_collection_add (db, collection, 1, &error));
  g_assert_true (gln_database_collection_add (db, collection, 2, &error));
  g_assert_no_error (error);

  summary = gln_database_get_summary (db, &error);
  g_assert_no_error (error);
  g_assert_true (summary->has_papers);
  g_assert_cmpint (summary->inbox, ==, 2);
  g_assert_cmpint (summary->updated, ==, 1);
  g_assert_cmpint (summary->starred, ==, 1);

  g_assert_cmpuint (summary->feeds->len, ==, 1);
  entry = find_entry (summary->feeds, "ML");
  g_assert_cmpint (entry->id, ==, 7);
  g_assert_cmpstr (entry->kind, ==, "arxiv");
  g_assert_cmpstr (entry->error, ==, "Offline");
  g_assert_cmpint (entry->unread, ==, 2);
  g_assert_cmpint (entry->total, ==, 2);

  /* A tag no paper has any more is not listed. */
  g_assert_cmpuint (summary->tags->len, ==, 1);
  entry = find_entry (summary->tags, "reading");
  g_assert_cmpint (entry->unread, ==, 1);
  g_assert_cmpint (entry->total, ==, 2);

  entry = find_entry (summary->collections, "Survey");
  g_assert_cmpint (entry->unread, ==, 2);
  g_assert_true (gln_database_collection_remove (db, collection, 2, &error));
  g_assert_true (gln_database_collection_remove (db, collection, 2, &error));
  g_assert_no_error (error);
  g_clear_pointer (&summary, gln_library_summary_free);
  summary = gln_database_get_summary (db, &error);
  g_assert_cmpint (find_entry (summary->collections, "Survey")->total, ==, 1);
}

static void
test_saved_searches (void)
{
  g_autoptr(GlnDatabase) db = open_with_papers ();
  g_autoptr(GlnLibrarySummary) summary = NULL;
  g_autoptr(GlnQuery) query = gln_query_new ();
  g_autoptr(GError) error = NULL;
  GlnSummaryEntry *entry;
  gint64 id;
  gint64 again;

  query->scope = GLN_QUERY_SCOPE_STARRED;
  query->text = g_strdup ("proton");
  query->category = g_strdup ("hep");
  query->published_from = g_strdup ("2020");
  query->published_to = g_strdup ("2025-01");
  query->min_rating = 3;
  query->unread = TRUE;
  query->sort = GLN_QUERY_SORT_RELEVANCE;

  id = gln_database_save_search (db, "  Protons ", query, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  /* The same name replaces the search and keeps its id. */
  query->min_rating = 4;
  again = gln_database_save_search (db, "Protons", query, &error);
  g_assert_no_error (error);
  g_assert_cmpint (again, ==, id);

  g_assert_cmpint (gln_database_save_search (db, " ", query, &error), ==, -1);
  g_assert_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  summary = gln_database_get_summary (db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (summary->searches->len, ==, 1);
  entry = g_ptr_array_index (summary->searches, 0);
  g_assert_cmpstr (entry->name, ==, "Protons");
  g_assert_cmpint (entry->query->scope, ==, GLN_QUERY_SCOPE_STARRED);
  g_assert_cmpstr (entry->query->text, ==, "proton");
  g_assert_cmpstr (entry->query->category, ==, "hep");
  g_assert_cmpstr (entry->query->published_from, ==, "2020");
  g_assert_cmpstr (entry->query->published_to, ==, "2025-01");
  g_assert_cmpint (entry->query->min_rating, ==, 4);
  g_assert_true (entry->query->unread);
  g_assert_cmpint (entry->query->sort, ==, GLN_QUERY_SORT_RELEVANCE);

  g_assert_true (gln_database_delete_saved_search (db, id, &error));
  g_assert_false (gln_database_delete_saved_search (db, id, &error));
  g_assert_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_NOT_FOUND);
}

static void
test_delete_note (void)
{
  g_autoptr(GlnDatabase) db = open_with_papers ();
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GError) error = NULL;
  gint64 note;

  note = gln_database_add_note (db, 2, "first thoughts", &error);
  g_assert_cmpint (note, >, 0);
  g_assert_true (gln_database_delete_note (db, note, &error));
  g_assert_no_error (error);
  notes = gln_database_list_notes (db, 2, &error);
  g_assert_cmpuint (notes->len, ==, 0);

  g_assert_false (gln_database_delete_note (db, note, &error));
  g_assert_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_NOT_FOUND);
}

typedef struct
{
  GMainLoop    *loop;
  GAsyncResult *result;
  guint         n_changed;
} Wait;

static void
done_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  Wait *wait = user_data;

  wait->result = g_object_ref (result);
  g_main_loop_quit (wait->loop);
}

static GAsyncResult *
wait_result (Wait *wait)
{
  g_main_loop_run (wait->loop);
  return wait->result;
}

static void
changed_cb (GlnStore *store,
            Wait     *wait)
{
  wait->n_changed++;
}

static void
test_store_jobs (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GlnDatabase) db = NULL;
  g_autoptr(GlnStore) store = NULL;
  g_autoptr(GlnPaper) paper = NULL;
  g_autoptr(GlnNote) note = NULL;
  g_autoptr(GlnNote) edited = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GlnLibrarySummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  Wait wait = { g_main_loop_new (NULL, FALSE), NULL, 0 };
  const char * const survey[] = { "Survey", NULL };
  const char * const none[] = { NULL };

  /* A library written by the synchronous API, then opened by the store. */
  db = open_with_papers ();
  path = g_strdup (gln_database_get_path (db));
  g_clear_object (&db);

  store = gln_store_open_sync (path, &error);
  g_assert_no_error (error);
  g_signal_connect (store, "changed", G_CALLBACK (changed_cb), &wait);
  paper = gln_store_lookup_paper (store, 2, &error);
  g_assert_no_error (error);

  gln_store_save_note_async (store, paper, 0, "# Idea", NULL, done_cb, &wait);
  note = gln_store_save_note_finish (store, wait_result (&wait), &error);
  g_clear_object (&wait.result);
  g_assert_no_error (error);
  g_assert_cmpint (note->id, >, 0);
  g_assert_cmpint (note->created, >, 0);

  gln_store_save_note_async (store, paper, note->id, "# Idea, edited", NULL, done_cb, &wait);
  edited = gln_store_save_note_finish (store, wait_result (&wait), &error);
  g_clear_object (&wait.result);
  g_assert_cmpint (edited->id, ==, note->id);

  gln_store_list_notes_async (store, 2, NULL, done_cb, &wait);
  notes = gln_store_list_notes_finish (store, wait_result (&wait), &error);
  g_clear_object (&wait.result);
  g_assert_cmpuint (notes->len, ==, 1);
  g_assert_cmpstr (((GlnNote *) g_ptr_array_index (notes, 0))->body, ==, "# Idea, edited");

  gln_store_delete_note_async (store, note->id, NULL, done_cb, &wait);
  g_assert_true (gln_store_delete_note_finish (store, wait_result (&wait), &error));
  g_clear_object (&wait.result);
  g_assert_cmpuint (wait.n_changed, ==, 0);

  /* Collections: created on first use, shown on the shared paper at once. */
  gln_store_collection_add_async (store, paper, "Survey", NULL, done_cb, &wait);
  g_assert_true (gln_store_edit_finish (store, wait_result (&wait), &error));
  g_clear_object (&wait.result);
  g_assert_no_error (error);
  g_assert_cmpstrv (gln_paper_get_collections (paper), survey);
  g_assert_cmpuint (wait.n_changed, ==, 1);

  gln_store_collection_remove_async (store, paper, "Survey", NULL, done_cb, &wait);
  g_assert_true (gln_store_edit_finish (store, wait_result (&wait), &error));
  g_clear_object (&wait.result);
  g_assert_true (gln_paper_get_collections (paper) == NULL ||
                 g_strv_equal (gln_paper_get_collections (paper), none));

  gln_store_add_tag_async (store, paper, "later", NULL, done_cb, &wait);
  g_assert_true (gln_store_edit_finish (store, wait_result (&wait), &error));
  g_clear_object (&wait.result);
  gln_store_remove_tag_async (store, paper, "later", NULL, done_cb, &wait);
  g_assert_true (gln_store_edit_finish (store, wait_result (&wait), &error));
  g_clear_object (&wait.result);
  g_assert_true (gln_paper_get_tags (paper) == NULL || gln_paper_get_tags (paper)[0] == NULL);

  {
    g_autoptr(GlnQuery) query = gln_query_new ();
    gint64 id;

    query->text = g_strdup ("proton");
    gln_store_save_search_async (store, "Protons", query, NULL, done_cb, &wait);
    id = gln_store_save_search_finish (store, wait_result (&wait), &error);
    g_clear_object (&wait.result);
    g_assert_cmpint (id, >, 0);

    gln_store_load_summary_async (store, NULL, done_cb, &wait);
    summary = gln_store_load_summary_finish (store, wait_result (&wait), &error);
    g_clear_object (&wait.result);
    g_assert_no_error (error);
    g_assert_cmpuint (summary->searches->len, ==, 1);
    g_assert_cmpuint (summary->collections->len, ==, 1);

    gln_store_delete_search_async (store, id, NULL, done_cb, &wait);
    g_assert_true (gln_store_delete_search_finish (store, wait_result (&wait), &error));
    g_clear_object (&wait.result);
  }

  /* A cancelled job reports cancellation and nothing else. */
  {
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();

    g_cancellable_cancel (cancellable);
    gln_store_load_summary_async (store, cancellable, done_cb, &wait);
    g_assert_null (gln_store_load_summary_finish (store, wait_result (&wait), &error));
    g_clear_object (&wait.result);
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  }

  g_clear_object (&paper);
  g_main_loop_unref (wait.loop);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/gln/database/sidebar/filters", test_filters);
  g_test_add_func ("/gln/database/sidebar/summary", test_summary);
  g_test_add_func ("/gln/database/sidebar/saved-searches", test_saved_searches);
  g_test_add_func ("/gln/database/sidebar/delete-note", test_delete_note);
  g_test_add_func ("/gln/store/library/jobs", test_store_jobs);

  return g_test_run ();
}
