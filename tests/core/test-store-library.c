/* SPDX-License-Identifier: GPL-3.0-or-later */

/* What the main window asks of the library as a whole: sidebar summary, search filters,
 * saved searches, notes, collection removal, and the store's jobs over them. */

#include "config.h"

#include <sqlite3.h>

#include "gln-core.h"
#include "gln-test-store.h"
#include "gln-test-utils.h"

/* A store holding four papers; @papers gets their shared instances, in this order. */
static GlnStore *
open_with_papers (GPtrArray **papers)
{
  g_autoptr(GlnStore) store = gln_test_store_new ();
  g_autoptr(GPtrArray) offered = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GlnImportResult) result = NULL;
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

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      GlnPaper *paper = gln_paper_new ();

      gln_paper_set_title (paper, rows[i].title);
      gln_paper_set_published (paper, rows[i].published);
      gln_paper_set_category (paper, rows[i].categories[0]);
      gln_paper_set_categories (paper, rows[i].categories);
      g_ptr_array_add (offered, paper);
    }

  result = gln_test_store_import (store, offered, 0);
  g_assert_cmpuint (result->stats.added, ==, G_N_ELEMENTS (rows));
  *papers = gln_test_store_papers (store, result);
  g_assert_cmpuint ((*papers)->len, ==, G_N_ELEMENTS (rows));

  return g_steal_pointer (&store);
}

static gint64
count_query (GlnStore       *store,
             const GlnQuery *query)
{
  g_autoptr(GArray) ids = gln_test_store_query (store, query);

  return ids->len;
}

/* A pasted Hugging Face card shows "LG" for cs.LG and keeps it as shown; the category
 * filter's "cs.LG" finds it beside the papers that show the full name. */
static void
test_filter_shown_code (void)
{
  g_autoptr(GlnStore) store = gln_test_store_new ();
  g_autoptr(GPtrArray) offered = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GlnImportResult) result = NULL;
  g_autoptr(GlnQuery) query = gln_query_new ();
  static const char * const categories[] = { "LG", "cs.LG", "stat.ML", "CLG" };

  for (guint i = 0; i < G_N_ELEMENTS (categories); i++)
    {
      GlnPaper *paper = gln_paper_new ();
      g_autofree char *title = g_strdup_printf ("Paper %u", i);

      gln_paper_set_title (paper, title);
      gln_paper_set_category (paper, categories[i]);
      g_ptr_array_add (offered, paper);
    }
  result = gln_test_store_import (store, offered, 0);
  g_assert_cmpuint (result->stats.added, ==, G_N_ELEMENTS (categories));

  query->category = g_strdup ("cs.LG");
  g_assert_cmpint (count_query (store, query), ==, 2);
  g_free (query->category);
  query->category = g_strdup ("LG");
  g_assert_cmpint (count_query (store, query), ==, 1);
  g_free (query->category);
  query->category = g_strdup ("cs.CL");
  g_assert_cmpint (count_query (store, query), ==, 0);
  g_free (query->category);
  query->category = g_strdup ("stat");
  g_assert_cmpint (count_query (store, query), ==, 1);
}

static void
test_filters (void)
{
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(GlnStore) store = open_with_papers (&papers);
  g_autoptr(GlnQuery) query = gln_query_new ();

  g_assert_cmpint (count_query (store, query), ==, 4);

  query->category = g_strdup ("cs.lg");
  g_assert_cmpint (count_query (store, query), ==, 2);
  g_free (query->category);
  query->category = g_strdup ("cs");
  g_assert_cmpint (count_query (store, query), ==, 2);
  g_clear_pointer (&query->category, g_free);

  query->published_from = g_strdup ("2024");
  g_assert_cmpint (count_query (store, query), ==, 2);
  query->published_to = g_strdup ("2024-06");
  g_assert_cmpint (count_query (store, query), ==, 1);
  g_clear_pointer (&query->published_from, g_free);
  g_free (query->published_to);
  query->published_to = g_strdup ("2023");
  g_assert_cmpint (count_query (store, query), ==, 2);
  g_clear_pointer (&query->published_to, g_free);

  /* Unread, and the papers read while a view was shown. */
  gln_store_set_read_async (store, papers->pdata[0], TRUE, NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (store);
  query->unread = TRUE;
  g_assert_cmpint (count_query (store, query), ==, 3);
  query->keep_read_since = g_get_real_time () / G_USEC_PER_SEC - 60;
  g_assert_cmpint (count_query (store, query), ==, 4);
  query->keep_read_since = g_get_real_time () / G_USEC_PER_SEC + 60;
  g_assert_cmpint (count_query (store, query), ==, 3);
  query->unread = FALSE;
  query->scope = GLN_QUERY_SCOPE_UNREAD;
  g_assert_cmpint (count_query (store, query), ==, 3);
  query->keep_read_since = 1;
  g_assert_cmpint (count_query (store, query), ==, 4);
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

static GlnLibrarySummary *
load_summary (GlnStore *store)
{
  g_autoptr(GError) error = NULL;
  GlnLibrarySummary *summary;

  gln_store_load_summary_async (store, NULL, gln_test_ready_cb, NULL);
  summary = gln_store_load_summary_finish (store, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_nonnull (summary);

  return summary;
}

/* What no operation does on demand: a paper whose new arXiv version the user has not seen. */
static void
mark_new_version (GlnStore *store,
                  GlnPaper *paper)
{
  sqlite3 *handle = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open (gln_store_get_path (store), &handle), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (handle, "UPDATE papers SET new_version = 1 WHERE id = ?",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, gln_paper_get_id (paper));
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  sqlite3_close (handle);
}

static void
test_summary (void)
{
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(GlnStore) store = open_with_papers (&papers);
  g_autoptr(GPtrArray) arrived = g_ptr_array_new ();
  g_autoptr(GlnImportResult) result = NULL;
  g_autoptr(GlnLibrarySummary) summary = NULL;
  GlnSummaryEntry *entry;
  gint64 feed;

  /* A feed that brought the first and third papers, then failed. */
  gln_store_add_feed_async (store, "arxiv", "{\"category\":\"cs.LG\"}", "ML", NULL,
                            gln_test_ready_cb, NULL);
  feed = gln_test_store_id (store);
  g_ptr_array_add (arrived, papers->pdata[0]);
  g_ptr_array_add (arrived, papers->pdata[2]);
  result = gln_test_store_import (store, arrived, feed);
  g_assert_cmpuint (result->stats.unchanged, ==, 2);
  gln_store_record_fetch_async (store, feed, "Offline", FALSE, NULL, NULL, NULL,
                                gln_test_ready_cb, NULL);
  gln_test_store_edited (store);
  mark_new_version (store, papers->pdata[1]);

  gln_store_set_starred_async (store, papers->pdata[2], TRUE, NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (store);
  gln_store_add_tag_async (store, papers->pdata[2], "reading", NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (store);
  gln_store_add_tag_async (store, papers->pdata[3], "reading", NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (store);
  gln_store_add_tag_async (store, papers->pdata[3], "orphan", NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (store);
  gln_store_remove_tag_async (store, papers->pdata[3], "orphan", NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (store);
  gln_store_set_read_async (store, papers->pdata[3], TRUE, NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (store);
  g_ptr_array_set_size (arrived, 0);
  g_ptr_array_add (arrived, papers->pdata[0]);
  g_ptr_array_add (arrived, papers->pdata[1]);
  gln_test_store_create_collection (store, "Survey", arrived);

  summary = load_summary (store);
  g_assert_true (summary->has_papers);
  /* Every unread paper, the one no feed brought too. */
  g_assert_cmpint (summary->inbox, ==, 3);
  g_assert_cmpint (summary->updated, ==, 1);
  g_assert_cmpint (summary->starred, ==, 1);

  g_assert_cmpuint (summary->feeds->len, ==, 1);
  entry = find_entry (summary->feeds, "ML");
  g_assert_cmpint (entry->id, ==, feed);
  g_assert_cmpstr (entry->kind, ==, "arxiv");
  g_assert_cmpstr (entry->error, ==, "Offline");
  g_assert_cmpint (entry->unread, ==, 2);
  g_assert_cmpint (entry->total, ==, 2);

  /* A tag no paper has any more is not listed. */
  g_assert_cmpuint (summary->tags->len, ==, 1);
  entry = find_entry (summary->tags, "reading");
  g_assert_cmpint (entry->unread, ==, 1);
  g_assert_cmpint (entry->total, ==, 2);

  /* Taking a paper out of a collection twice is no error. */
  entry = find_entry (summary->collections, "Survey");
  g_assert_cmpint (entry->unread, ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      gln_store_collection_remove_async (store, "Survey", (GlnPaper **) &papers->pdata[1], 1,
                                         NULL, gln_test_ready_cb, NULL);
      gln_test_store_edited (store);
    }
  g_clear_pointer (&summary, gln_library_summary_free);
  summary = load_summary (store);
  g_assert_cmpint (find_entry (summary->collections, "Survey")->total, ==, 1);
}

static void
test_saved_searches (void)
{
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(GlnStore) store = open_with_papers (&papers);
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

  gln_store_save_search_async (store, "  Protons ", query, NULL, gln_test_ready_cb, NULL);
  id = gln_test_store_id (store);

  /* The same name replaces the search and keeps its id. */
  query->min_rating = 4;
  gln_store_save_search_async (store, "Protons", query, NULL, gln_test_ready_cb, NULL);
  again = gln_test_store_id (store);
  g_assert_cmpint (again, ==, id);

  gln_store_save_search_async (store, " ", query, NULL, gln_test_ready_cb, NULL);
  g_assert_cmpint (gln_store_id_finish (store, gln_test_wait (), &error), ==, 0);
  g_assert_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  summary = load_summary (store);
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

  gln_store_delete_search_async (store, id, NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (store);
  gln_store_delete_search_async (store, id, NULL, gln_test_ready_cb, NULL);
  g_assert_false (gln_store_edit_finish (store, gln_test_wait (), &error));
  g_assert_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_NOT_FOUND);
}

static void
test_delete_note (void)
{
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(GlnStore) store = open_with_papers (&papers);
  g_autoptr(GlnNote) note = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GError) error = NULL;
  GlnPaper *paper = papers->pdata[1];

  gln_store_save_note_async (store, paper, 0, "first thoughts", NULL, gln_test_ready_cb, NULL);
  note = gln_store_save_note_finish (store, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_cmpint (note->id, >, 0);
  gln_store_delete_note_async (store, note->id, NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (store);
  gln_store_list_notes_async (store, gln_paper_get_id (paper), NULL, gln_test_ready_cb, NULL);
  notes = gln_store_list_notes_finish (store, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (notes->len, ==, 0);

  gln_store_delete_note_async (store, note->id, NULL, gln_test_ready_cb, NULL);
  g_assert_false (gln_store_edit_finish (store, gln_test_wait (), &error));
  g_assert_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_NOT_FOUND);
}

static void
changed_cb (GlnStore *store,
            guint    *n_changed)
{
  (*n_changed)++;
}

static void
test_store_jobs (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(GlnStore) store = NULL;
  g_autoptr(GlnPaper) paper = NULL;
  g_autoptr(GlnNote) note = NULL;
  g_autoptr(GlnNote) edited = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GlnLibrarySummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  const char * const survey[] = { "Survey", NULL };
  const char * const none[] = { NULL };
  guint n_changed = 0;
  gint64 id;

  /* A library written by one store, then opened by another. */
  store = open_with_papers (&papers);
  id = gln_paper_get_id (papers->pdata[1]);
  path = g_strdup (gln_store_get_path (store));
  g_clear_pointer (&papers, g_ptr_array_unref);
  gln_test_store_close (g_steal_pointer (&store));

  store = gln_store_open_sync (path, &error);
  g_assert_no_error (error);
  g_signal_connect (store, "changed", G_CALLBACK (changed_cb), &n_changed);
  paper = gln_store_lookup_paper (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (gln_paper_get_title (paper), ==, "Proton radius puzzle");

  gln_store_save_note_async (store, paper, 0, "# Idea", NULL, gln_test_ready_cb, NULL);
  note = gln_store_save_note_finish (store, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_cmpint (note->id, >, 0);
  g_assert_cmpint (note->created, >, 0);

  gln_store_save_note_async (store, paper, note->id, "# Idea, edited", NULL, gln_test_ready_cb,
                             NULL);
  edited = gln_store_save_note_finish (store, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_cmpint (edited->id, ==, note->id);

  gln_store_list_notes_async (store, id, NULL, gln_test_ready_cb, NULL);
  notes = gln_store_list_notes_finish (store, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (notes->len, ==, 1);
  g_assert_cmpstr (((GlnNote *) g_ptr_array_index (notes, 0))->body, ==, "# Idea, edited");

  gln_store_delete_note_async (store, note->id, NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (store);
  g_assert_cmpuint (n_changed, ==, 0);

  /* Collections: created on first use, shown on the shared paper at once. */
  gln_store_collection_add_async (store, "Survey", &paper, 1, TRUE, NULL, gln_test_ready_cb,
                                  NULL);
  gln_test_store_edited (store);
  g_assert_cmpstrv (gln_paper_get_collections (paper), survey);
  g_assert_cmpuint (n_changed, ==, 1);

  gln_store_collection_remove_async (store, "Survey", &paper, 1, NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (store);
  g_assert_true (gln_paper_get_collections (paper) == NULL ||
                 g_strv_equal (gln_paper_get_collections (paper), none));

  gln_store_add_tag_async (store, paper, "later", NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (store);
  gln_store_remove_tag_async (store, paper, "later", NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (store);
  g_assert_true (gln_paper_get_tags (paper) == NULL || gln_paper_get_tags (paper)[0] == NULL);

  {
    g_autoptr(GlnQuery) query = gln_query_new ();
    gint64 search;

    query->text = g_strdup ("proton");
    gln_store_save_search_async (store, "Protons", query, NULL, gln_test_ready_cb, NULL);
    search = gln_test_store_id (store);

    summary = load_summary (store);
    g_assert_cmpuint (summary->searches->len, ==, 1);
    g_assert_cmpuint (summary->collections->len, ==, 1);

    gln_store_delete_search_async (store, search, NULL, gln_test_ready_cb, NULL);
    gln_test_store_edited (store);
  }

  /* A cancelled job reports cancellation and nothing else. */
  {
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();

    g_cancellable_cancel (cancellable);
    gln_store_load_summary_async (store, cancellable, gln_test_ready_cb, NULL);
    g_assert_null (gln_store_load_summary_finish (store, gln_test_wait (), &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  }
}

static char *
run_backup (GlnStore   *store,
            const char *dir,
            guint       keep,
            gboolean    daily)
{
  g_autoptr(GError) error = NULL;
  char *path;

  gln_backups_run_async (store, dir, keep, daily, NULL, gln_test_ready_cb, NULL);
  path = gln_backups_run_finish (gln_test_wait (), &error);
  g_assert_no_error (error);

  return path;
}

/* Daily backups: one a day however often asked, the newest few kept, each a library that
 * opens with the papers it had. */
static void
test_backups (void)
{
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(GlnStore) store = open_with_papers (&papers);
  g_autofree char *dir = gln_backups_dup_dir (gln_store_get_path (store));
  g_autofree char *first = run_backup (store, dir, 2, TRUE);
  g_autofree char *again = run_backup (store, dir, 2, TRUE);
  g_autoptr(GPtrArray) kept = NULL;
  g_autoptr(GlnStore) copy = NULL;
  g_autoptr(GlnQuery) all = gln_query_new ();
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (first);
  g_assert_true (g_file_test (first, G_FILE_TEST_IS_REGULAR));
  g_assert_null (again);

  for (guint i = 0; i < 3; i++)
    g_free (run_backup (store, dir, 2, FALSE));
  kept = gln_backups_list (dir);
  g_assert_cmpuint (kept->len, ==, 2);
  g_assert_false (g_file_test (first, G_FILE_TEST_EXISTS));

  copy = gln_store_open_sync (g_ptr_array_index (kept, 0), &error);
  g_assert_no_error (error);
  g_assert_cmpint (gln_test_store_count (copy, all), ==, papers->len);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/gln/store/library/filters", test_filters);
  g_test_add_func ("/gln/store/library/filter-shown-code", test_filter_shown_code);
  g_test_add_func ("/gln/store/library/summary", test_summary);
  g_test_add_func ("/gln/store/library/saved-searches", test_saved_searches);
  g_test_add_func ("/gln/store/library/delete-note", test_delete_note);
  g_test_add_func ("/gln/store/library/jobs", test_store_jobs);
  g_test_add_func ("/gln/store/library/backups", test_backups);

  return g_test_run ();
}
