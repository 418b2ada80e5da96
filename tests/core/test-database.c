/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <sqlite3.h>

#include "gln-core.h"
#include "gln-database-private.h"
#include "gln-test-store.h"
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
  g_autoptr(GlnStore) store = NULL;
  g_autofree char *schema = NULL;
  g_autofree char *memory_schema = NULL;
  g_auto(GStrv) problems = NULL;

  /* An existing empty file is what a crashed first start leaves behind. */
  g_assert_true (g_file_set_contents (path, "", 0, NULL));

  db = gln_database_open (path, GLN_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gln_database_get_schema_version (db), ==, gln_database_get_latest_version ());
  g_assert_cmpint (gln_database_get_latest_version (), >=, 1);

  schema = dump_schema (db);
  g_assert_nonnull (strstr (schema, "table papers "));
  g_assert_nonnull (strstr (schema, "table papers_fts "));
  g_assert_nonnull (strstr (schema, "table board_cells "));
  g_clear_object (&db);

  /* The library's own check finds nothing wrong with it. */
  store = gln_store_open_sync (path, &error);
  g_assert_no_error (error);
  gln_store_check_async (store, NULL, gln_test_ready_cb, NULL);
  problems = gln_store_check_finish (store, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_cmpstrv (problems, ((const char *[]) { NULL }));
  gln_test_store_close (g_steal_pointer (&store));

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

/* Another program's SQLite file (or one stamped with another application id) is refused
 * before anything is written: same bytes, same journal mode, no write-ahead log. */
static void
test_foreign_database (void)
{
  static const char * const setups[] = {
    "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT); INSERT INTO moz_places (url)"
    " VALUES ('https://example.org/')",
    "CREATE TABLE papers (id INTEGER PRIMARY KEY, title TEXT); PRAGMA user_version = 3",
    "PRAGMA application_id = 1234",
  };

  for (guint i = 0; i < G_N_ELEMENTS (setups); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *path = gln_test_tmp_db_path ();
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autoptr(GlnDatabase) db = NULL;
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;
      gsize before_len, after_len;
      sqlite3 *handle = NULL;

      g_assert_cmpint (sqlite3_open (path, &handle), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_exec (handle, setups[i], NULL, NULL, NULL), ==, SQLITE_OK);
      sqlite3_close (handle);
      g_assert_true (g_file_get_contents (path, &before, &before_len, NULL));

      db = gln_database_open (path, GLN_DATABASE_FLAGS_NONE, &error);
      g_assert_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_NOT_LIBRARY);
      g_assert_null (db);
      g_assert_nonnull (strstr (error->message, "not a Gleaner library"));

      g_assert_true (g_file_get_contents (path, &after, &after_len, NULL));
      g_assert_cmpmem (before, before_len, after, after_len);
      g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
    }
}

/* A new library says it is Gleaner's; one made before the stamp existed gets it. */
static void
test_application_id (void)
{
  g_autoptr(GlnDatabase) db = open_fresh ();
  g_autofree char *path = g_strdup (gln_database_get_path (db));
  sqlite3 *handle = NULL;
  sqlite3_stmt *stmt = NULL;

  sqlite3_prepare_v2 (_gln_database_get_handle (db), "PRAGMA application_id", -1, &stmt, NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 0x476c6e72);
  sqlite3_finalize (stmt);
  g_clear_object (&db);

  g_assert_cmpint (sqlite3_open (path, &handle), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (handle, "PRAGMA application_id = 0", NULL, NULL, NULL), ==,
                   SQLITE_OK);
  sqlite3_close (handle);
  db = gln_database_open (path, GLN_DATABASE_FLAGS_NONE, NULL);
  g_assert_nonnull (db);
  sqlite3_prepare_v2 (_gln_database_get_handle (db), "PRAGMA application_id", -1, &stmt, NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 0x476c6e72);
  sqlite3_finalize (stmt);
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

static gpointer
checkpoint_thread (gpointer data)
{
  gln_database_checkpoint_if_needed (data);

  return NULL;
}

/* A connection belongs to the first thread that uses it: the worker that opened it hands it
 * on, and a second thread using it afterwards is caught at once, not left to corrupt it. */
static void
test_owner_thread (void)
{
#ifdef G_DISABLE_ASSERT
  g_test_skip ("the owner check is compiled out of builds without assertions");
  return;
#endif

  if (g_test_subprocess ())
    {
      g_autoptr(GlnDatabase) db = open_fresh ();
      g_autoptr(GThread) thread = NULL;

      gln_database_checkpoint_if_needed (db);
      thread = g_thread_new ("intruder", checkpoint_thread, db);
      g_thread_join (g_steal_pointer (&thread));
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*assertion failed*owner*");
}

static void
test_owner_after_open (void)
{
  g_autoptr(GlnDatabase) db = NULL;
  g_autoptr(GThread) thread = NULL;

  /* Opened here, used by a worker: opening hands the connection to its next user. */
  db = open_fresh ();
  thread = g_thread_new ("worker", checkpoint_thread, db);
  g_thread_join (g_steal_pointer (&thread));
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
  g_test_add_func ("/gln/database/foreign-database", test_foreign_database);
  g_test_add_func ("/gln/database/application-id", test_application_id);
  g_test_add_func ("/gln/database/bind-helper", test_bind_helper);
  g_test_add_func ("/gln/database/owner-thread", test_owner_thread);
  g_test_add_func ("/gln/database/owner-after-open", test_owner_after_open);

  return g_test_run ();
}
