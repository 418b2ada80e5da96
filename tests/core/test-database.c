/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <sqlite3.h>

#include "gln-arxiv-source.h"
#include "gln-database-private.h"
#include "gln-hf-source.h"
#include "gln-test-utils.h"

static GlnDatabase *
open_fresh (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = gln_test_tmp_db_path ();
  GlnDatabase *db = gln_database_open (path, GLN_DATABASE_FLAGS_NONE, &error);

  g_assert_no_error (error);
  g_assert_nonnull (db);

  return db;
}

static GPtrArray *
parse_sample (GType       source_type,
              const char *dir,
              const char *file)
{
  g_autoptr(GlnSource) source = g_object_new (source_type, NULL);
  g_autofree char *path = gln_test_shared_path ("samples", dir, file, NULL);
  g_autoptr(GBytes) bytes = gln_test_load_bytes (path);
  g_autoptr(GError) error = NULL;
  GPtrArray *papers = gln_source_parse (source, bytes, &error);

  g_assert_no_error (error);
  g_assert_nonnull (papers);

  return papers;
}

static GPtrArray *
parse_new_layout (void)
{
  return parse_sample (GLN_TYPE_ARXIV_SOURCE, "arxiv-api",
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

static char *
dump_schema (GlnDatabase *db)
{
  GString *out = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (_gln_database_get_handle (db),
                                       "SELECT type, name, sql FROM sqlite_schema ORDER BY type, name",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (out, "%s %s %s\n", sqlite3_column_text (stmt, 0),
                            sqlite3_column_text (stmt, 1), sqlite3_column_text (stmt, 2));
  sqlite3_finalize (stmt);

  return g_string_free (out, FALSE);
}

static void
test_migrate_from_empty_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = gln_test_tmp_db_path ();
  g_autoptr(GlnDatabase) db = NULL;
  g_autoptr(GlnDatabase) again = NULL;
  g_autoptr(GlnDatabase) memory = NULL;
  g_autofree char *schema = NULL;
  g_autofree char *memory_schema = NULL;
  g_auto(GStrv) problems = NULL;

  /* An existing empty file is what a crashed first start leaves behind. */
  g_assert_true (g_file_set_contents (path, "", 0, NULL));

  db = gln_database_open (path, GLN_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gln_database_get_schema_version (db), ==, gln_database_get_latest_version ());
  g_assert_cmpint (gln_database_get_latest_version (), >=, 1);

  problems = gln_database_check (db, &error);
  g_assert_no_error (error);
  g_assert_cmpstrv (problems, ((const char *[]) { NULL }));

  schema = dump_schema (db);
  g_assert_nonnull (strstr (schema, "table papers "));
  g_assert_nonnull (strstr (schema, "table papers_fts "));
  g_assert_nonnull (strstr (schema, "table board_cells "));
  g_clear_object (&db);

  /* Opening again migrates nothing and gives the same schema as a library made in memory. */
  again = gln_database_open (path, GLN_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  memory = gln_database_open (":memory:", GLN_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  memory_schema = dump_schema (memory);
  g_assert_cmpstr (schema, ==, memory_schema);
  g_clear_pointer (&schema, g_free);
  schema = dump_schema (again);
  g_assert_cmpstr (schema, ==, memory_schema);
}

static void
test_pragmas (void)
{
  g_autoptr(GlnDatabase) db = open_fresh ();
  sqlite3 *handle = _gln_database_get_handle (db);
  sqlite3_stmt *stmt = NULL;

  sqlite3_prepare_v2 (handle, "PRAGMA journal_mode", -1, &stmt, NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "wal");
  sqlite3_finalize (stmt);

  sqlite3_prepare_v2 (handle, "PRAGMA foreign_keys", -1, &stmt, NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
  sqlite3_finalize (stmt);

  sqlite3_prepare_v2 (handle, "SELECT v FROM papers_fts_config WHERE k = 'hashsize'", -1, &stmt,
                      NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 16 * 1024 * 1024);
  sqlite3_finalize (stmt);
}

static void
test_refuse_newer (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = gln_test_tmp_db_path ();
  g_autoptr(GlnDatabase) db = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_len, after_len;
  sqlite3 *handle = NULL;

  g_assert_cmpint (sqlite3_open (path, &handle), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (handle, "CREATE TABLE future (x); PRAGMA user_version = 99",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (handle);
  g_assert_true (g_file_get_contents (path, &before, &before_len, NULL));

  db = gln_database_open (path, GLN_DATABASE_FLAGS_NONE, &error);
  g_assert_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_TOO_NEW);
  g_assert_null (db);
  g_assert_nonnull (strstr (error->message, "newer version of Gleaner"));

  /* Refusing leaves the file exactly as it was. */
  g_assert_true (g_file_get_contents (path, &after, &after_len, NULL));
  g_assert_cmpmem (before, before_len, after, after_len);
}

static void
test_not_a_library (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = gln_test_tmp_db_path ();
  g_autoptr(GlnDatabase) db = NULL;
  const char *junk = "This is a text file, not a library. It is long enough to have a header.\n"
                     "0123456789012345678901234567890123456789012345678901234567890123456789\n";

  g_assert_true (g_file_set_contents (path, junk, -1, NULL));
  db = gln_database_open (path, GLN_DATABASE_FLAGS_NONE, &error);
  g_assert_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_CORRUPT);
  g_assert_null (db);
}

static void
test_bind_helper (void)
{
  g_autoptr(GlnDatabase) db = open_fresh ();
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (_gln_database_get_handle (db),
                                       "SELECT ?, ?, ?, ?, ?, typeof (?)", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  _gln_stmt_bind (stmt, "tilbnt", "first", 42, G_GINT64_CONSTANT (1) << 40, TRUE, NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "first");
  g_assert_cmpint (sqlite3_column_int (stmt, 1), ==, 42);
  g_assert_cmpint (sqlite3_column_int64 (stmt, 2), ==, G_GINT64_CONSTANT (1) << 40);
  g_assert_cmpint (sqlite3_column_int (stmt, 3), ==, 1);
  g_assert_cmpint (sqlite3_column_type (stmt, 4), ==, SQLITE_NULL);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 5), ==, "null");

  _gln_stmt_reset (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_type (stmt, 0), ==, SQLITE_NULL);
  sqlite3_finalize (stmt);
}

static void
test_import_samples (void)
{
  g_autoptr(GlnDatabase) db = open_fresh ();
  g_autoptr(GPtrArray) papers = parse_new_layout ();
  g_autoptr(GPtrArray) again = parse_new_layout ();
  g_autoptr(GlnPaper) paper = NULL;
  g_autoptr(GError) error = NULL;
  GlnImportStats stats = { 0, };

  g_assert_true (gln_database_import (db, papers, 0, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.found, ==, 10);
  g_assert_cmpuint (stats.added, ==, 10);

  paper = gln_database_find_paper (db, "arxiv:1309.4668", &error);
  g_assert_no_error (error);
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
  paper = gln_database_find_paper (db, "https://arxiv.org/abs/1309.4668v1", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (gln_paper_get_key (paper), ==, "arxiv:1309.4668");
  g_clear_object (&paper);
  paper = gln_database_find_paper (db, "https://doi.org/10.5170/CERN-2013-002.237", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (gln_paper_get_key (paper), ==, "arxiv:1309.4668");

  /* Importing the same response again adds nothing. */
  memset (&stats, 0, sizeof stats);
  g_assert_true (gln_database_import (db, again, 0, &stats, &error));
  g_assert_cmpuint (stats.added, ==, 0);
  g_assert_cmpuint (stats.unchanged, ==, 10);
}

static void
test_merge_keeps_user_data (void)
{
  g_autoptr(GlnDatabase) db = open_fresh ();
  g_autoptr(GPtrArray) first = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) papers = parse_new_layout ();
  g_autoptr(GlnPaper) paper = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *cell = NULL;
  g_autofree char *reason = NULL;
  GlnImportStats stats = { 0, };
  GlnScreening status;
  GlnPaper *bare;
  gint64 id, collection;

  /* A bare paper, as a copied web page would give: a title and no abstract. */
  bare = make_paper ("Electron cloud observations at the ISIS proton synchrotron.", NULL, NULL);
  g_ptr_array_add (first, bare);
  g_assert_true (gln_database_import (db, first, 0, &stats, &error));
  g_assert_no_error (error);
  id = gln_paper_get_id (bare);
  g_assert_cmpint (id, >, 0);
  g_assert_true (g_str_has_prefix (gln_paper_get_key (bare), "title:"));

  /* The user works on it. */
  g_assert_true (gln_database_set_rating (db, id, 4, &error));
  g_assert_true (gln_database_set_starred (db, id, TRUE, &error));
  g_assert_true (gln_database_set_read (db, id, TRUE, &error));
  g_assert_true (gln_database_add_tag (db, id, "accelerators", &error));
  g_assert_cmpint (gln_database_add_note (db, id, "Compare with CERN PS data.", &error), >, 0);
  collection = gln_database_create_collection (db, "Review", &error);
  g_assert_cmpint (collection, >, 0);
  g_assert_true (gln_database_collection_add (db, collection, id, &error));
  g_assert_true (gln_database_collection_screen (db, collection, id, GLN_SCREENING_EXCLUDE,
                                                 "wrong machine", &error));
  g_assert_cmpint (gln_database_add_board_column (db, collection, "Method", "text", &error), >, 0);
  g_assert_true (gln_database_set_board_cell (db, collection, "Method", id, "simulation", &error));
  g_assert_no_error (error);

  /* The arXiv API brings the same paper with full metadata. */
  memset (&stats, 0, sizeof stats);
  g_assert_true (gln_database_import (db, papers, 0, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.added, ==, 9);
  g_assert_cmpuint (stats.merged, ==, 1);

  paper = gln_database_get_paper (db, id, &error);
  g_assert_no_error (error);
  /* Metadata filled in, key upgraded, the title the user first saw kept. */
  g_assert_cmpstr (gln_paper_get_key (paper), ==, "arxiv:1309.4668");
  g_assert_cmpstr (gln_paper_get_title (paper), ==,
                   "Electron cloud observations at the ISIS proton synchrotron.");
  g_assert_true (g_str_has_prefix (gln_paper_get_abstract (paper), "The build up of electron"));
  g_assert_cmpstr (gln_paper_get_authors (paper)[0], ==, "A. Pertica");
  g_assert_cmpstr (gln_paper_get_journal_ref (paper), ==, "CERN Yellow Report CERN-2013-002, pp.237-240");
  /* Everything the user wrote survives. */
  g_assert_cmpint (gln_paper_get_rating (paper), ==, 4);
  g_assert_true (gln_paper_get_starred (paper));
  g_assert_true (gln_paper_get_read (paper));
  g_assert_cmpstrv (gln_paper_get_tags (paper), ((const char *[]) { "accelerators", NULL }));
  g_assert_cmpstrv (gln_paper_get_collections (paper), ((const char *[]) { "Review", NULL }));
  notes = gln_database_list_notes (db, id, &error);
  g_assert_cmpuint (notes->len, ==, 1);
  g_assert_cmpstr (((GlnNote *) notes->pdata[0])->body, ==, "Compare with CERN PS data.");
  g_assert_true (gln_database_get_screening (db, collection, id, &status, &reason, &error));
  g_assert_cmpint (status, ==, GLN_SCREENING_EXCLUDE);
  g_assert_cmpstr (reason, ==, "wrong machine");
  cell = gln_database_dup_board_cell (db, collection, "Method", id, &error);
  g_assert_cmpstr (cell, ==, "simulation");

  /* A later source never overwrites filled metadata either. */
  g_ptr_array_set_size (first, 0);
  g_ptr_array_add (first, make_paper ("Another title", "1309.4668v1", "Another abstract"));
  memset (&stats, 0, sizeof stats);
  g_assert_true (gln_database_import (db, first, 0, &stats, &error));
  g_assert_cmpuint (stats.unchanged, ==, 1);
  g_clear_object (&paper);
  paper = gln_database_get_paper (db, id, &error);
  g_assert_true (g_str_has_prefix (gln_paper_get_abstract (paper), "The build up of electron"));
  g_assert_cmpint (gln_paper_get_rating (paper), ==, 4);
}

static void
test_merge_new_version (void)
{
  g_autoptr(GlnDatabase) db = open_fresh ();
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GlnPaper) paper = NULL;
  g_autoptr(GError) error = NULL;
  GlnImportStats stats = { 0, };
  GlnPaper *v1 = make_paper ("Versions", "2410.17243v1", "First.");
  GlnPaper *v2 = make_paper ("Versions", "2410.17243v2", "First.");

  gln_paper_set_arxiv_version (v1, 1);
  g_ptr_array_add (batch, v1);
  g_assert_true (gln_database_import (db, batch, 0, &stats, &error));
  g_assert_true (gln_database_set_rating (db, gln_paper_get_id (v1), 5, &error));
  g_assert_true (gln_database_set_read (db, gln_paper_get_id (v1), TRUE, &error));

  g_ptr_array_set_size (batch, 0);
  gln_paper_set_arxiv_version (v2, 2);
  gln_paper_set_updated (v2, "2024-11-02");
  g_ptr_array_add (batch, v2);
  memset (&stats, 0, sizeof stats);
  g_assert_true (gln_database_import (db, batch, 0, &stats, &error));
  g_assert_cmpuint (stats.updated, ==, 1);

  paper = gln_database_find_paper (db, "2410.17243", &error);
  g_assert_no_error (error);
  g_assert_cmpint (gln_paper_get_arxiv_version (paper), ==, 2);
  g_assert_cmpstr (gln_paper_get_updated (paper), ==, "2024-11-02");
  g_assert_true (gln_paper_get_new_version (paper));
  g_assert_cmpint (gln_paper_get_rating (paper), ==, 5);
}

static void
test_import_is_atomic (void)
{
  g_autoptr(GlnDatabase) db = open_fresh ();
  g_autoptr(GPtrArray) papers = parse_new_layout ();
  g_autoptr(GError) error = NULL;
  GlnQuery query = { 0, };

  /* Make the ninth insert fail the way a full disk or a constraint would. */
  g_assert_cmpint (sqlite3_exec (_gln_database_get_handle (db),
                                 "CREATE TEMP TRIGGER fail BEFORE INSERT ON main.papers"
                                 " WHEN new.key = 'arxiv:1205.6628'"
                                 " BEGIN SELECT RAISE (ABORT, 'simulated failure'); END",
                                 NULL, NULL, NULL), ==, SQLITE_OK);

  g_assert_false (gln_database_import (db, papers, 0, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "Nothing was imported"));
  g_assert_cmpint (gln_database_count_papers (db, &query, NULL), ==, 0);
}

static void
test_search (void)
{
  g_autoptr(GlnDatabase) db = open_fresh ();
  g_autoptr(GPtrArray) papers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  GlnQuery query = { 0, };
  gint64 in_title, in_abstract, in_notes, unrelated;

  g_ptr_array_add (papers, make_paper ("Contrastive loss at scale", NULL,
                                       "We study memory in batch training."));
  g_ptr_array_add (papers, make_paper ("Batch size scaling", NULL,
                                       "A contrastive objective appears once here."));
  g_ptr_array_add (papers, make_paper ("Something else entirely", NULL, "No match."));
  g_ptr_array_add (papers, make_paper ("Unrelated physics", NULL, "Electrons and protons."));
  g_assert_true (gln_database_import (db, papers, 0, NULL, &error));
  in_title = gln_paper_get_id (papers->pdata[0]);
  in_abstract = gln_paper_get_id (papers->pdata[1]);
  in_notes = gln_paper_get_id (papers->pdata[2]);
  unrelated = gln_paper_get_id (papers->pdata[3]);
  g_assert_cmpint (gln_database_add_note (db, in_notes, "contrastive? check later", &error), >, 0);
  g_assert_true (gln_database_add_tag (db, unrelated, "physics", &error));

  /* A title match ranks above an abstract match; notes are searched too. */
  query.text = (char *) "contrastive";
  query.sort = GLN_QUERY_SORT_RELEVANCE;
  ids = gln_database_query_ids (db, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 3);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, in_title);
  g_assert_true (g_array_index (ids, gint64, 1) == in_abstract ||
                 g_array_index (ids, gint64, 2) == in_abstract);
  g_clear_pointer (&ids, g_array_unref);

  /* Prefix queries and tags. */
  query.text = (char *) "phys*";
  ids = gln_database_query_ids (db, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, unrelated);
  g_clear_pointer (&ids, g_array_unref);

  /* A deleted note leaves the index. */
  g_assert_cmpint (sqlite3_exec (_gln_database_get_handle (db), "DELETE FROM notes", NULL, NULL,
                                 NULL), ==, SQLITE_OK);
  query.text = (char *) "contrastive";
  g_assert_cmpint (gln_database_count_papers (db, &query, &error), ==, 2);

  /* Broken FTS syntax is an error, not a crash. */
  query.text = (char *) "\"unbalanced AND (";
  ids = gln_database_query_ids (db, &query, &error);
  g_assert_null (ids);
  g_assert_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_QUERY);
}

static void
test_scopes (void)
{
  g_autoptr(GlnDatabase) db = open_fresh ();
  g_autoptr(GPtrArray) papers = parse_sample (GLN_TYPE_HF_SOURCE, "hf-daily-papers",
                                              "daily_papers_2024-10-25_first2entries.json");
  g_autoptr(GError) error = NULL;
  GlnQuery query = { 0, };
  gint64 first;

  g_assert_true (gln_database_import (db, papers, 0, NULL, &error));
  first = gln_paper_get_id (papers->pdata[0]);

  query.scope = GLN_QUERY_SCOPE_UNREAD;
  g_assert_cmpint (gln_database_count_papers (db, &query, &error), ==, 2);
  g_assert_true (gln_database_set_read (db, first, TRUE, &error));
  g_assert_cmpint (gln_database_count_papers (db, &query, &error), ==, 1);

  query.scope = GLN_QUERY_SCOPE_STARRED;
  g_assert_cmpint (gln_database_count_papers (db, &query, &error), ==, 0);
  g_assert_true (gln_database_set_starred (db, first, TRUE, &error));
  g_assert_cmpint (gln_database_count_papers (db, &query, &error), ==, 1);

  query.scope = GLN_QUERY_SCOPE_LIBRARY;
  query.min_rating = 3;
  g_assert_cmpint (gln_database_count_papers (db, &query, &error), ==, 0);
  g_assert_true (gln_database_set_rating (db, first, 3, &error));
  g_assert_cmpint (gln_database_count_papers (db, &query, &error), ==, 1);

  g_assert_false (gln_database_set_rating (db, first, 6, &error));
  g_assert_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (gln_database_set_rating (db, 999999, 2, &error));
  g_assert_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/gln/database/migrate/empty-file-to-latest", test_migrate_from_empty_file);
  g_test_add_func ("/gln/database/pragmas", test_pragmas);
  g_test_add_func ("/gln/database/refuse-newer", test_refuse_newer);
  g_test_add_func ("/gln/database/not-a-library", test_not_a_library);
  g_test_add_func ("/gln/database/bind-helper", test_bind_helper);
  gln_test_add_shared_func ("/gln/database/import/samples", test_import_samples);
  gln_test_add_shared_func ("/gln/database/import/atomic", test_import_is_atomic);
  gln_test_add_shared_func ("/gln/database/merge/keeps-user-data", test_merge_keeps_user_data);
  g_test_add_func ("/gln/database/merge/new-version", test_merge_new_version);
  g_test_add_func ("/gln/database/search", test_search);
  gln_test_add_shared_func ("/gln/database/scopes", test_scopes);

  return g_test_run ();
}
