/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The store's import, merge and search: what the library does with the papers offered to it
 * and with the user's work on them. */

#include "config.h"

#include <sqlite3.h>

#include "gln-core.h"
#include "gln-database-private.h"
#include "gln-store-private.h"
#include "gln-test-store.h"
#include "gln-test-utils.h"

static GPtrArray *
parse_new_layout (void)
{
  return gln_test_parse_sample (GLN_TYPE_ARXIV_SOURCE, "arxiv-api",
                                "query_all-electron-AND-all-proton_2025-11-11.xml");
}

static GlnPaper *
make_paper (const char *title,
            const char *arxiv_id,
            const char *abstract)
{
  GlnPaper *paper = gln_paper_new ();

  gln_paper_set_title (paper, title);
  gln_paper_set_arxiv_id (paper, arxiv_id);
  gln_paper_set_abstract (paper, abstract);

  return paper;
}

/* The paper as the library holds it now, whoever else holds its shared instance. */
static GlnPaper *
read_stored (GlnStore *store,
             gint64    id)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(GError) error = NULL;

  g_array_append_val (ids, id);
  gln_store_read_papers_async (store, ids, NULL, gln_test_ready_cb, NULL);
  papers = gln_store_read_papers_finish (store, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (papers->len, ==, 1);

  return g_object_ref (g_ptr_array_index (papers, 0));
}

static void
test_import_samples (void)
{
  g_autoptr(GlnStore) store = gln_test_store_new ();
  g_autoptr(GPtrArray) papers = parse_new_layout ();
  g_autoptr(GPtrArray) again = parse_new_layout ();
  g_autoptr(GlnImportResult) result = NULL;
  g_autoptr(GlnPaper) paper = NULL;

  result = gln_test_store_import (store, papers, 0);
  g_assert_cmpuint (result->stats.found, ==, 10);
  g_assert_cmpuint (result->stats.added, ==, 10);

  paper = gln_test_store_find (store, "arxiv:1309.4668");
  g_assert_cmpstr (gln_paper_get_title (paper), ==,
                   "Electron cloud observations at the ISIS Proton Synchrotron");
  g_assert_cmpstr (gln_paper_get_authors (paper)[1], ==, "S. J. Payne");
  g_assert_cmpstr (gln_paper_get_affiliations (paper)[1], ==, "Rutherford");
  g_assert_cmpstr (gln_paper_get_doi (paper), ==, "10.5170/cern-2013-002.237");
  g_assert_cmpstr (gln_paper_get_category (paper), ==, "physics.acc-ph");
  g_assert_cmpstr (gln_paper_get_published (paper), ==, "2013-09-18");
  g_assert_cmpint (gln_paper_get_author_count (paper), ==, 2);

  /* The same paper under other spellings. */
  g_clear_object (&paper);
  paper = gln_test_store_find (store, "https://arxiv.org/abs/1309.4668v1");
  g_assert_cmpstr (gln_paper_get_key (paper), ==, "arxiv:1309.4668");
  g_clear_object (&paper);
  paper = gln_test_store_find (store, "https://doi.org/10.5170/CERN-2013-002.237");
  g_assert_cmpstr (gln_paper_get_key (paper), ==, "arxiv:1309.4668");

  /* Importing the same response again adds nothing. */
  g_clear_pointer (&result, gln_import_result_free);
  result = gln_test_store_import (store, again, 0);
  g_assert_cmpuint (result->stats.added, ==, 0);
  g_assert_cmpuint (result->stats.unchanged, ==, 10);
}

static gint64
count_all (GlnStore *store)
{
  g_autoptr(GlnQuery) query = gln_query_new ();

  return gln_test_store_count (store, query);
}

static gint64
find_id (GlnStore   *store,
         const char *key)
{
  g_autoptr(GlnPaper) paper = gln_test_store_find (store, key);

  return gln_paper_get_id (paper);
}

/* The user merges the arXiv record (the master) with the paper they worked on, keeping
 * the title they first saw: the metadata is the arXiv record's, everything the user did
 * is there, the old key still finds it; undo puts both back. */
static void
merge_and_check (GlnStore *store,
                 gint64    id,
                 gint64    collection,
                 gint64    method)
{
  g_autoptr(GPtrArray) pairs = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GlnBoardState) state = NULL;
  g_autoptr(GlnPaper) paper = NULL;
  g_autoptr(GPtrArray) first = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GlnImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *old_key = NULL;
  g_autofree char *cell_key = NULL;
  GlnDuplicate *pair;
  GlnCollectionPaper *entry;
  gint64 master, merge_id;

  gln_store_list_duplicates_async (store, NULL, gln_test_ready_cb, NULL);
  pairs = gln_store_list_duplicates_finish (store, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pairs->len, ==, 1);
  pair = g_ptr_array_index (pairs, 0);
  g_assert_cmpint (gln_paper_get_id (pair->paper_a), ==, id);
  g_assert_cmpstr (pair->reason, ==, GLN_DUPLICATE_REASON_WORKED_PAPER);
  master = gln_paper_get_id (pair->paper_b);
  old_key = g_strdup (gln_paper_get_key (pair->paper_a));

  gln_store_merge_duplicates_async (store, master, id, (const char *[]) { "title", NULL }, NULL,
                                    gln_test_ready_cb, NULL);
  merge_id = gln_store_merge_duplicates_finish (store, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_cmpint (merge_id, >, 0);

  g_assert_cmpint (find_id (store, old_key), ==, master);
  paper = read_stored (store, master);
  g_assert_cmpstr (gln_paper_get_key (paper), ==, "arxiv:1309.4668");
  g_assert_cmpstr (gln_paper_get_title (paper), ==,
                   "Electron cloud observations at the ISIS proton synchrotron.");
  g_assert_true (g_str_has_prefix (gln_paper_get_abstract (paper), "The build up of electron"));
  g_assert_cmpstr (gln_paper_get_authors (paper)[0], ==, "A. Pertica");
  g_assert_cmpint (gln_paper_get_rating (paper), ==, 4);
  g_assert_true (gln_paper_get_starred (paper));
  g_assert_true (gln_paper_get_read (paper));
  g_assert_cmpstrv (gln_paper_get_tags (paper), ((const char *[]) { "accelerators", NULL }));
  g_assert_cmpstrv (gln_paper_get_collections (paper), ((const char *[]) { "Review", NULL }));
  g_clear_object (&paper);
  gln_store_list_notes_async (store, master, NULL, gln_test_ready_cb, NULL);
  notes = gln_store_list_notes_finish (store, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (notes->len, ==, 1);
  gln_store_load_board_async (store, collection, NULL, gln_test_ready_cb, NULL);
  state = gln_store_load_board_finish (store, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (state->entries->len, ==, 1);
  entry = g_ptr_array_index (state->entries, 0);
  g_assert_cmpint (entry->paper_id, ==, master);
  g_assert_cmpint (entry->status, ==, GLN_SCREENING_EXCLUDE);
  g_assert_cmpstr (entry->reason, ==, "wrong machine");
  cell_key = gln_board_cell_key (method, master);
  g_assert_cmpstr (g_hash_table_lookup (state->cells, cell_key), ==, "simulation");
  g_assert_cmpint (count_all (store), ==, 10);

  /* A later source never overwrites filled metadata. */
  g_ptr_array_add (first, make_paper ("Another title", "1309.4668v1", "Another abstract"));
  result = gln_test_store_import (store, first, 0);
  g_assert_cmpuint (result->stats.unchanged, ==, 1);
  g_assert_cmpint (gln_import_result_get_id (result, 0), ==, master);

  /* Undo: both papers as they were. */
  gln_store_undo_merge_async (store, merge_id, NULL, gln_test_ready_cb, NULL);
  g_assert_true (gln_store_undo_merge_finish (store, gln_test_wait (), &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_all (store), ==, 11);
  g_assert_cmpint (find_id (store, old_key), ==, id);
  paper = read_stored (store, id);
  g_assert_cmpint (gln_paper_get_rating (paper), ==, 4);
  g_assert_null (gln_paper_get_abstract (paper));
  g_assert_cmpstrv (gln_paper_get_collections (paper), ((const char *[]) { "Review", NULL }));
  g_clear_object (&paper);
  paper = read_stored (store, master);
  g_assert_cmpint (gln_paper_get_rating (paper), ==, 0);
  g_assert_null (gln_paper_get_tags (paper)[0]);
}

static void
test_merge_keeps_user_data (void)
{
  g_autoptr(GlnStore) store = gln_test_store_new ();
  g_autoptr(GPtrArray) first = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) papers = parse_new_layout ();
  g_autoptr(GlnImportResult) result = NULL;
  g_autoptr(GlnPaper) paper = NULL;
  g_autoptr(GlnNote) note = NULL;
  g_autoptr(GlnBoardColumn) method = NULL;
  g_autoptr(GlnScreeningChange) change = NULL;
  g_autoptr(GlnCollectionInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *cell = NULL;
  gint64 id, collection;

  /* A bare paper, as a copied web page would give: a title and no abstract. */
  g_ptr_array_add (first, make_paper ("Electron cloud observations at the ISIS proton synchrotron.",
                                      NULL, NULL));
  result = gln_test_store_import (store, first, 0);
  id = gln_import_result_get_id (result, 0);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (gln_import_result_get_outcome (result, 0), ==, GLN_IMPORT_OUTCOME_ADDED);
  paper = gln_store_lookup_paper (store, id, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (gln_paper_get_key (paper), "title:"));

  /* The user works on it. */
  gln_store_set_rating_async (store, paper, 4, NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (store);
  gln_store_set_starred_async (store, paper, TRUE, NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (store);
  gln_store_set_read_async (store, paper, TRUE, NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (store);
  gln_store_add_tag_async (store, paper, "accelerators", NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (store);
  gln_store_save_note_async (store, paper, 0, "Compare with CERN PS data.", NULL,
                             gln_test_ready_cb, NULL);
  note = gln_store_save_note_finish (store, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_cmpint (note->id, >, 0);
  gln_store_collection_add_async (store, "Review", &paper, 1, TRUE, NULL, gln_test_ready_cb,
                                  NULL);
  gln_test_store_edited (store);
  gln_store_find_collection_async (store, "Review", NULL, gln_test_ready_cb, NULL);
  info = gln_store_find_collection_finish (store, gln_test_wait (), &error);
  g_assert_no_error (error);
  collection = info->id;
  gln_store_screen_async (store, collection, id, GLN_SCREENING_EXCLUDE, "wrong machine", NULL,
                          gln_test_ready_cb, NULL);
  change = gln_store_screening_finish (store, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_cmpint (change->paper_id, ==, id);
  gln_store_add_board_column_async (store, collection, "Method", GLN_BOARD_KIND_TEXT, NULL, NULL,
                                    gln_test_ready_cb, NULL);
  method = gln_store_add_board_column_finish (store, gln_test_wait (), &error);
  g_assert_no_error (error);
  gln_store_set_board_cell_async (store, method, id, "simulation", NULL, gln_test_ready_cb, NULL);
  cell = gln_store_set_board_cell_finish (store, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cell, ==, "simulation");
  g_clear_pointer (&cell, g_free);
  g_clear_object (&paper);

  /* The arXiv API brings the same paper with full metadata. The user has worked on the
   * paper, so it does not take an identifier from a look-alike: the record is kept apart
   * and offered as a possible duplicate. */
  g_clear_pointer (&result, gln_import_result_free);
  result = gln_test_store_import (store, papers, 0);
  g_assert_cmpuint (result->stats.added, ==, 10);
  g_assert_cmpuint (result->stats.merged, ==, 0);
  g_assert_cmpuint (result->stats.duplicates, ==, 1);
  paper = read_stored (store, id);
  g_assert_true (g_str_has_prefix (gln_paper_get_key (paper), "title:"));
  g_assert_null (gln_paper_get_arxiv_id (paper));
  g_assert_null (gln_paper_get_abstract (paper));
  g_clear_object (&paper);

  merge_and_check (store, id, collection, method->id);
}

static void
test_merge_new_version (void)
{
  g_autoptr(GlnStore) store = gln_test_store_new ();
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GlnImportResult) result = NULL;
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GlnPaper) paper = NULL;
  GlnPaper *v1 = make_paper ("Versions", "2410.17243v1", "First.");
  GlnPaper *v2 = make_paper ("Versions", "2410.17243v2", "First.");

  gln_paper_set_arxiv_version (v1, 1);
  g_ptr_array_add (batch, v1);
  result = gln_test_store_import (store, batch, 0);
  stored = gln_test_store_papers (store, result);
  g_assert_cmpuint (stored->len, ==, 1);
  gln_store_set_rating_async (store, stored->pdata[0], 5, NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (store);
  gln_store_set_read_async (store, stored->pdata[0], TRUE, NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (store);
  g_clear_pointer (&stored, g_ptr_array_unref);

  g_ptr_array_set_size (batch, 0);
  gln_paper_set_arxiv_version (v2, 2);
  gln_paper_set_updated (v2, "2024-11-02");
  g_ptr_array_add (batch, v2);
  g_clear_pointer (&result, gln_import_result_free);
  result = gln_test_store_import (store, batch, 0);
  g_assert_cmpuint (result->stats.updated, ==, 1);

  paper = gln_test_store_find (store, "2410.17243");
  g_assert_cmpint (gln_paper_get_arxiv_version (paper), ==, 2);
  g_assert_cmpstr (gln_paper_get_updated (paper), ==, "2024-11-02");
  g_assert_true (gln_paper_get_new_version (paper));
  g_assert_cmpint (gln_paper_get_rating (paper), ==, 5);
}

static void
test_import_is_atomic (void)
{
  g_autoptr(GlnStore) store = gln_test_store_new ();
  g_autoptr(GPtrArray) papers = parse_new_layout ();
  g_autoptr(GlnImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GlnQuery query = { 0, };
  sqlite3 *handle = NULL;

  /* Make the ninth insert fail the way a full disk or a constraint would. The trigger is
   * written through a connection of the test's own; the store's sees it too. */
  g_assert_cmpint (sqlite3_open (gln_store_get_path (store), &handle), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (handle,
                                 "CREATE TRIGGER fail BEFORE INSERT ON papers"
                                 " WHEN new.key = 'arxiv:1205.6628'"
                                 " BEGIN SELECT RAISE (ABORT, 'simulated failure'); END",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (handle);

  gln_store_import_async (store, papers, 0, NULL, gln_test_ready_cb, NULL);
  result = gln_store_import_finish (store, gln_test_wait (), &error);
  g_assert_null (result);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "Nothing was imported"));
  g_assert_cmpint (gln_test_store_count (store, &query), ==, 0);
}

/* Relevance ranks a bounded set, the newest thousand matches: over a million matches,
 * ranking them all took seconds before the first row. A common word matched by 1,200
 * papers lists the thousand newest by rank (the title match among them first), then the
 * older ones newest first, whatever their rank; a page asks for no more than it shows. */
static void
test_search_ranks_newest (void)
{
  g_autoptr(GlnStore) store = gln_test_store_new ();
  g_autoptr(GPtrArray) papers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GlnImportResult) result = NULL;
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GArray) page = NULL;
  GlnQuery query = { 0, };

  for (guint i = 0; i < 1200; i++)
    {
      g_autofree char *title = NULL;

      /* The oldest paper and paper 600 say "proton" in their titles, twice. */
      if (i == 0 || i == 600)
        title = g_strdup_printf ("Proton proton radius, study %u", i);
      else
        title = g_strdup_printf ("Study %u of scattering", i);
      g_ptr_array_add (papers, make_paper (title, NULL, "A proton result among many others."));
    }
  result = gln_test_store_import (store, papers, 0);
  stored = gln_test_store_papers (store, result);
  g_assert_cmpuint (stored->len, ==, 1200);

  query.text = (char *) "proton";
  query.sort = GLN_QUERY_SORT_RELEVANCE;
  ids = gln_test_store_query (store, &query);
  g_assert_cmpuint (ids->len, ==, 1200);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, gln_paper_get_id (stored->pdata[600]));
  for (guint i = 0; i < 1000; i++)
    g_assert_cmpint (g_array_index (ids, gint64, i), >, gln_paper_get_id (stored->pdata[199]));
  for (guint i = 1000; i < 1200; i++)
    g_assert_cmpint (g_array_index (ids, gint64, i), ==,
                     gln_paper_get_id (stored->pdata[1199 - i]));

  query.limit = 20;
  page = gln_test_store_query (store, &query);
  g_assert_cmpuint (page->len, ==, 20);
  g_assert_cmpmem (page->data, 20 * sizeof (gint64), ids->data, 20 * sizeof (gint64));
}

/* The first page of a search by date is the same whether the store walks the papers by
 * date asking the index about each (a word in most papers), walks them with every match
 * in hand (when asking is slow; a walk budget of 0 ms forces it), or sorts every match (a
 * rarer word), filtered or not. */
static void
test_search_first_page_by_date (void)
{
  g_autoptr(GlnStore) store = gln_test_store_new ();
  g_autoptr(GPtrArray) papers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GlnImportResult) result = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  const char *texts[] = { "proton", "rare", "proton NOT rare", "proto*" };
  const GlnQuerySort sorts[] = { GLN_QUERY_SORT_PUBLISHED, GLN_QUERY_SORT_ADDED };

  for (guint i = 0; i < 3000; i++)
    {
      g_autofree char *title = g_strdup_printf ("Study %u of %s", i,
                                                i % 3 != 0 ? "the proton" : "scattering");
      g_autofree char *date = g_strdup_printf ("%04d-%02d-%02d", g_rand_int_range (rand, 1990, 2026),
                                               g_rand_int_range (rand, 1, 13),
                                               g_rand_int_range (rand, 1, 29));
      GlnPaper *paper = make_paper (title, NULL, i % 50 == 0 ? "A rare result." : "A result.");

      gln_paper_set_published (paper, date);
      gln_paper_set_category (paper, i % 4 == 0 ? "nucl-ex" : "hep-ph");
      g_ptr_array_add (papers, paper);
    }
  result = gln_test_store_import (store, papers, 0);

  for (guint budget = 0; budget < 2; budget++)
    {
      _gln_store_query_set_walk_budget (budget == 0 ? 0 : 10000);
      for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
        for (guint o = 0; o < G_N_ELEMENTS (sorts) * 2; o++)
          for (guint limit = 1; limit <= 300; limit *= 7)
            {
              g_autoptr(GArray) all = NULL;
              g_autoptr(GArray) page = NULL;
              GlnQuery query = { 0, };

              query.text = (char *) texts[t];
              query.sort = sorts[o % 2];
              query.category = o >= 2 ? (char *) "nucl-ex" : NULL;
              all = gln_test_store_query (store, &query);
              g_assert_cmpuint (all->len, >, 0);
              query.limit = limit;
              page = gln_test_store_query (store, &query);
              g_assert_cmpuint (page->len, ==, MIN (limit, all->len));
              g_assert_cmpmem (page->data, page->len * sizeof (gint64),
                               all->data, page->len * sizeof (gint64));
            }
    }
  _gln_store_query_set_walk_budget (-1);
}

/* The ids @text matches, best first by @rank, ties by id. */
static GArray *
rank_ids (sqlite3    *handle,
          const char *rank,
          const char *text)
{
  g_autofree char *sql = g_strdup_printf ("SELECT rowid FROM papers_fts WHERE papers_fts MATCH ?"
                                          " ORDER BY %s (papers_fts, 10.0, 1.0, 5.0, 2.0, 5.0),"
                                          " rowid", rank);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, text, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  g_assert_cmpint (sqlite3_finalize (stmt), ==, SQLITE_OK);

  return ids;
}

/* gln_rank() puts matches in the order of FTS5's bm25() with the same weights, for one
 * phrase (where it skips the document frequency) and for several. */
static void
test_rank_orders_as_bm25 (void)
{
  g_autoptr(GlnStore) store = gln_test_store_new ();
  g_autoptr(GPtrArray) papers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GlnImportResult) result = NULL;
  g_autoptr(GlnDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  const char *words[] = { "proton", "radius", "electron", "scattering", "muonic", "hydrogen",
                          "form", "factor", "lamb", "shift" };
  const char *texts[] = { "proton", "\"proton\"*", "proton radius", "\"proton radius\" OR muonic",
                          "scattering NOT proton", "electron proton hydrogen" };

  for (guint i = 0; i < 400; i++)
    {
      GString *title = g_string_new (NULL);
      GString *abstract = g_string_new (NULL);

      for (guint w = g_rand_int_range (rand, 2, 8); w > 0; w--)
        g_string_append_printf (title, "%s ", words[g_rand_int_range (rand, 0, 10)]);
      for (guint w = g_rand_int_range (rand, 10, 60); w > 0; w--)
        g_string_append_printf (abstract, "%s ", words[g_rand_int_range (rand, 0, 10)]);
      g_ptr_array_add (papers, make_paper (title->str, NULL, abstract->str));
      g_string_free (title, TRUE);
      g_string_free (abstract, TRUE);
    }
  result = gln_test_store_import (store, papers, 0);
  db = gln_database_open (gln_store_get_path (store), GLN_DATABASE_FLAGS_READ_ONLY, &error);
  g_assert_no_error (error);

  for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
    {
      g_autoptr(GArray) expected = rank_ids (_gln_database_get_handle (db), "bm25", texts[t]);
      g_autoptr(GArray) ranked = rank_ids (_gln_database_get_handle (db), "gln_rank", texts[t]);

      g_assert_cmpuint (expected->len, >, 10);
      for (guint i = 0; i < expected->len; i++)
        if (g_array_index (expected, gint64, i) != g_array_index (ranked, gint64, i))
          {
            g_test_message ("“%s” ranks differently from row %u of %u", texts[t], i, expected->len);
            break;
          }
      g_assert_cmpmem (ranked->data, ranked->len * sizeof (gint64),
                       expected->data, expected->len * sizeof (gint64));
    }
}

static void
test_search (void)
{
  g_autoptr(GlnStore) store = gln_test_store_new ();
  g_autoptr(GPtrArray) papers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GlnImportResult) result = NULL;
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GlnNote) note = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  GlnQuery query = { 0, };
  gint64 in_title, in_abstract, unrelated;

  g_ptr_array_add (papers, make_paper ("Contrastive loss at scale", NULL,
                                       "We study memory in batch training."));
  g_ptr_array_add (papers, make_paper ("Batch size scaling", NULL,
                                       "A contrastive objective appears once here."));
  g_ptr_array_add (papers, make_paper ("Something else entirely", NULL, "No match."));
  g_ptr_array_add (papers, make_paper ("Unrelated physics", NULL, "Electrons and protons."));
  result = gln_test_store_import (store, papers, 0);
  stored = gln_test_store_papers (store, result);
  g_assert_cmpuint (stored->len, ==, 4);
  in_title = gln_paper_get_id (stored->pdata[0]);
  in_abstract = gln_paper_get_id (stored->pdata[1]);
  unrelated = gln_paper_get_id (stored->pdata[3]);
  gln_store_save_note_async (store, stored->pdata[2], 0, "contrastive? check later", NULL,
                             gln_test_ready_cb, NULL);
  note = gln_store_save_note_finish (store, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_cmpint (note->id, >, 0);
  gln_store_add_tag_async (store, stored->pdata[3], "physics", NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (store);

  /* A title match ranks above an abstract match; notes are searched too. */
  query.text = (char *) "contrastive";
  query.sort = GLN_QUERY_SORT_RELEVANCE;
  ids = gln_test_store_query (store, &query);
  g_assert_cmpuint (ids->len, ==, 3);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, in_title);
  g_assert_true (g_array_index (ids, gint64, 1) == in_abstract ||
                 g_array_index (ids, gint64, 2) == in_abstract);
  g_clear_pointer (&ids, g_array_unref);

  /* Prefix queries and tags. */
  query.text = (char *) "phys*";
  ids = gln_test_store_query (store, &query);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, unrelated);
  g_clear_pointer (&ids, g_array_unref);

  /* A deleted note leaves the index. */
  gln_store_delete_note_async (store, note->id, NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (store);
  query.text = (char *) "contrastive";
  g_assert_cmpint (gln_test_store_count (store, &query), ==, 2);

  /* Broken FTS syntax is an error, not a crash. */
  query.text = (char *) "\"unbalanced AND (";
  gln_store_query_ids_async (store, &query, NULL, gln_test_ready_cb, NULL);
  ids = gln_store_query_ids_finish (store, gln_test_wait (), &error);
  g_assert_null (ids);
  g_assert_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_QUERY);
}

static void
test_scopes (void)
{
  g_autoptr(GlnStore) store = gln_test_store_new ();
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(GlnImportResult) result = NULL;
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GlnPaper) missing = gln_paper_new ();
  g_autoptr(GError) error = NULL;
  GlnQuery query = { 0, };
  GlnPaper *first;

  papers = gln_test_parse_sample (GLN_TYPE_HF_SOURCE, "hf-daily-papers",
                                  "daily_papers_2024-10-25_first2entries.json");
  result = gln_test_store_import (store, papers, 0);
  stored = gln_test_store_papers (store, result);
  first = stored->pdata[0];

  query.scope = GLN_QUERY_SCOPE_UNREAD;
  g_assert_cmpint (gln_test_store_count (store, &query), ==, 2);
  gln_store_set_read_async (store, first, TRUE, NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (store);
  g_assert_cmpint (gln_test_store_count (store, &query), ==, 1);

  query.scope = GLN_QUERY_SCOPE_STARRED;
  g_assert_cmpint (gln_test_store_count (store, &query), ==, 0);
  gln_store_set_starred_async (store, first, TRUE, NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (store);
  g_assert_cmpint (gln_test_store_count (store, &query), ==, 1);

  query.scope = GLN_QUERY_SCOPE_LIBRARY;
  query.min_rating = 3;
  g_assert_cmpint (gln_test_store_count (store, &query), ==, 0);
  gln_store_set_rating_async (store, first, 3, NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (store);
  g_assert_cmpint (gln_test_store_count (store, &query), ==, 1);

  gln_store_set_rating_async (store, first, 6, NULL, gln_test_ready_cb, NULL);
  g_assert_false (gln_store_edit_finish (store, gln_test_wait (), &error));
  g_assert_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_INVALID);
  g_assert_cmpint (gln_paper_get_rating (first), ==, 3);
  g_clear_error (&error);

  gln_paper_set_id (missing, 999999);
  gln_store_set_rating_async (store, missing, 2, NULL, gln_test_ready_cb, NULL);
  g_assert_false (gln_store_edit_finish (store, gln_test_wait (), &error));
  g_assert_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  gln_test_add_shared_func ("/gln/store/import/samples", test_import_samples);
  gln_test_add_shared_func ("/gln/store/import/atomic", test_import_is_atomic);
  gln_test_add_shared_func ("/gln/store/merge/keeps-user-data", test_merge_keeps_user_data);
  g_test_add_func ("/gln/store/merge/new-version", test_merge_new_version);
  g_test_add_func ("/gln/store/search", test_search);
  g_test_add_func ("/gln/store/search-ranks-newest", test_search_ranks_newest);
  g_test_add_func ("/gln/store/rank-orders-as-bm25", test_rank_orders_as_bm25);
  g_test_add_func ("/gln/store/search-first-page-by-date", test_search_first_page_by_date);
  gln_test_add_shared_func ("/gln/store/scopes", test_scopes);

  return g_test_run ();
}
