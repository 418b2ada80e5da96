/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <sqlite3.h>

#include "gln-database.h"
#include "gln-test-store.h"
#include "gln-test-utils.h"

/* Upgrades the populated libraries of tests/data/migrations (one per earlier schema
 * version, written by make-fixtures.py) and checks that the user's data comes through. The
 * expected values are the fixture's own: the same SQL loaded into a second, untouched
 * database. */

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3, sqlite3_close)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

typedef struct
{
  int         version;
  const char *file;
  const char *note_word;
  const char *tag;
} MigrationCase;

static const MigrationCase cases[] = {
  { 1, "library-v1.sql", "zebrafish", "transformers" },
  { 2, "library-v2.sql", "zebrafish", "transformers" },
  { 3, "library-v3.sql", "zebrafish", "transformers" },
  { 4, "library-v4.sql", "zebrafish", "transformers" },
  { 5, "library-v5.sql", "zebrafish", "transformers" },
  { 6, "library-v6.sql", "zebrafish", "transformers" },
  { 7, "library-v7.sql", "zebrafish", "transformers" },
  { 8, "library-v8.sql", "zebrafish", "transformers" },
  { 9, "library-v9.sql", "zebrafish", "transformers" },
  { 10, "library-v10.sql", "zebrafish", "transformers" },
  { 11, "library-v11.sql", "zebrafish", "transformers" },
  { 12, "library-v12.sql", "zebrafish", "transformers" },
};

static sqlite3 *
open_sqlite (const char *path)
{
  sqlite3 *handle = NULL;

  sqlite3_open (path, &handle);
  g_assert_cmpstr (sqlite3_errmsg (handle), ==, "not an error");

  return handle;
}

static sqlite3_stmt *
prepare (sqlite3    *handle,
         const char *sql)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_test_message ("%s", sql);
  g_assert_cmpstr (sqlite3_errmsg (handle), ==, "not an error");

  return stmt;
}

/* The first column of every row of @sql, with @param bound to its parameter if there is
 * one, separated by spaces. */
static char *
collect (sqlite3    *handle,
         const char *sql,
         const char *param)
{
  g_autoptr(sqlite3_stmt) stmt = prepare (handle, sql);
  GString *out = g_string_new (NULL);
  int rc;

  if (param != NULL)
    sqlite3_bind_text (stmt, 1, param, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_string_append_printf (out, "%s%s", out->len > 0 ? " " : "",
                            (const char *) sqlite3_column_text (stmt, 0));
  g_assert_cmpint (rc, ==, SQLITE_DONE);

  return g_string_free (out, FALSE);
}

static void
load_fixture (sqlite3    *handle,
              const char *file)
{
  g_autofree char *path = gln_test_data_path ("migrations", file, NULL);
  g_autoptr(GBytes) bytes = gln_test_load_bytes (path);
  g_autofree char *sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  g_test_message ("loading %s", path);
  sqlite3_exec (handle, sql, NULL, NULL, NULL);
  g_assert_cmpstr (sqlite3_errmsg (handle), ==, "not an error");
}

/* Every table that holds data, not the full-text index and its shadow tables. */
static GPtrArray *
list_tables (sqlite3 *handle)
{
  const char *sql =
    "SELECT t.name FROM sqlite_schema t WHERE t.type = 'table'"
    " AND t.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND t.sql NOT LIKE 'CREATE VIRTUAL TABLE%'"
    " AND NOT EXISTS (SELECT 1 FROM sqlite_schema v WHERE v.sql LIKE 'CREATE VIRTUAL TABLE%'"
    "  AND t.name IN (v.name || '_data', v.name || '_idx', v.name || '_content',"
    "                 v.name || '_docsize', v.name || '_config'))"
    " ORDER BY t.name";
  g_autoptr(sqlite3_stmt) stmt = prepare (handle, sql);
  GPtrArray *tables = g_ptr_array_new_with_free_func (g_free);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));

  return tables;
}

static GPtrArray *
list_columns (sqlite3    *handle,
              const char *table)
{
  g_autoptr(sqlite3_stmt) stmt = prepare (handle,
                                          "SELECT name FROM pragma_table_info (?) ORDER BY cid");
  GPtrArray *columns = g_ptr_array_new_with_free_func (g_free);

  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (columns, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));

  return columns;
}

/* Identifiers cannot be bound: these come from the fixture's own schema, quoted as
 * identifiers with %w, and reach the same statement in both databases. Each value is read
 * through quote() so that 5 and '5' differ, as they do to the application. */
static char *
build_select (const char *table,
              GPtrArray  *columns)
{
  g_autoptr(GString) values = g_string_new (NULL);
  g_autoptr(GString) order = g_string_new (NULL);
  char *sql;
  char *text;

  for (guint i = 0; i < columns->len; i++)
    {
      text = sqlite3_mprintf ("%squote (\"%w\")", i > 0 ? ", " : "",
                              (const char *) columns->pdata[i]);
      g_string_append (values, text);
      sqlite3_free (text);
      text = sqlite3_mprintf ("%s\"%w\"", i > 0 ? ", " : "", (const char *) columns->pdata[i]);
      g_string_append (order, text);
      sqlite3_free (text);
    }

  text = sqlite3_mprintf ("SELECT %s FROM \"%w\" ORDER BY %s", values->str, table, order->str);
  sql = g_strdup (text);
  sqlite3_free (text);

  return sql;
}

static int
count_rows (sqlite3    *handle,
            const char *table)
{
  char *sql = sqlite3_mprintf ("SELECT count(*) FROM \"%w\"", table);
  g_autoptr(sqlite3_stmt) stmt = prepare (handle, sql);

  sqlite3_free (sql);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);

  return sqlite3_column_int (stmt, 0);
}

/* A column the upgrade dropped would read as a string: SQLite takes "name" for a literal
 * when no column has that name. */
static void
assert_columns_kept (const char *table,
                     GPtrArray  *columns,
                     sqlite3    *migrated)
{
  g_autoptr(GPtrArray) now = list_columns (migrated, table);
  g_autoptr(GString) lost = g_string_new (NULL);

  for (guint i = 0; i < columns->len; i++)
    if (!g_ptr_array_find_with_equal_func (now, columns->pdata[i], g_str_equal, NULL))
      g_string_append_printf (lost, " %s.%s", table, (const char *) columns->pdata[i]);

  g_assert_cmpstr (lost->str, ==, "");
}

/* Compares a table value by value, naming the table, row and column of the first
 * difference. */
static void
assert_table_kept (sqlite3    *expected,
                   sqlite3    *migrated,
                   const char *table)
{
  g_autoptr(GPtrArray) columns = list_columns (expected, table);
  g_autofree char *sql = build_select (table, columns);
  g_autofree char *expected_count = NULL;
  g_autofree char *migrated_count = NULL;
  g_autoptr(sqlite3_stmt) before = NULL;
  g_autoptr(sqlite3_stmt) after = NULL;
  int rows = count_rows (expected, table);

  /* A fixture without rows in a table would prove nothing about it. */
  g_assert_cmpint (rows, >, 0);
  assert_columns_kept (table, columns, migrated);
  expected_count = g_strdup_printf ("%s: %d rows", table, rows);
  migrated_count = g_strdup_printf ("%s: %d rows", table, count_rows (migrated, table));
  g_assert_cmpstr (migrated_count, ==, expected_count);

  before = prepare (expected, sql);
  after = prepare (migrated, sql);
  for (int row = 1; sqlite3_step (before) == SQLITE_ROW; row++)
    {
      g_assert_cmpint (sqlite3_step (after), ==, SQLITE_ROW);
      for (guint i = 0; i < columns->len; i++)
        {
          g_autofree char *want = NULL;
          g_autofree char *have = NULL;

          /* Derived from the title, and recomputed when the rule changes (step 5);
           * assert_title_keys_current() checks it. */
          if (g_str_equal (table, "papers") && g_str_equal (columns->pdata[i], "title_key"))
            continue;

          want = g_strdup_printf ("%s.%s, row %d: %s", table, (const char *) columns->pdata[i],
                                  row, sqlite3_column_text (before, i));
          have = g_strdup_printf ("%s.%s, row %d: %s", table, (const char *) columns->pdata[i],
                                  row, sqlite3_column_text (after, i));

          g_assert_cmpstr (have, ==, want);
        }
    }
}

/* Every stored title key is the one the identity rules compute today. */
static void
assert_title_keys_current (sqlite3 *handle)
{
  g_autoptr(sqlite3_stmt) stmt = prepare (handle, "SELECT title, title_key FROM papers");

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autofree char *key = gln_title_key ((const char *) sqlite3_column_text (stmt, 0));

      g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 1), ==, key);
    }
}

static GPtrArray *
list_schema (sqlite3 *handle)
{
  /* FTS5 makes its shadow tables itself; a renamed index (step 6) stores their SQL with
   * the name quoted differently from a fresh one, with the same columns. */
  g_autoptr(sqlite3_stmt) stmt = prepare (handle,
                                          "SELECT type, name, tbl_name,"
                                          " CASE WHEN name GLOB 'papers_fts_*'"
                                          "  THEN replace (replace (sql, '\"', ''), '''', '')"
                                          "  ELSE coalesce (sql, '') END"
                                          " FROM sqlite_schema ORDER BY type, name");
  GPtrArray *entries = g_ptr_array_new_with_free_func (g_free);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (entries, g_strdup_printf ("%s %s on %s: %s", sqlite3_column_text (stmt, 0),
                                               sqlite3_column_text (stmt, 1),
                                               sqlite3_column_text (stmt, 2),
                                               sqlite3_column_text (stmt, 3)));

  return entries;
}

/* The entries of @schema that @other lacks, one per line after @prefix. */
static void
append_missing (GString    *out,
                const char *prefix,
                GPtrArray  *schema,
                GPtrArray  *other)
{
  for (guint i = 0; i < schema->len; i++)
    if (!g_ptr_array_find_with_equal_func (other, schema->pdata[i], g_str_equal, NULL))
      g_string_append_printf (out, "%s%s\n", prefix, (const char *) schema->pdata[i]);
}

/* Compares @handle's schema with that of a library created by this version, and shows
 * only the entries that differ. */
static void
assert_schema_is_fresh (sqlite3 *handle)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = gln_test_tmp_db_path ();
  g_autoptr(GlnDatabase) db = gln_database_open (path, GLN_DATABASE_FLAGS_NONE, &error);
  g_autoptr(sqlite3) fresh = NULL;
  g_autoptr(GPtrArray) fresh_schema = NULL;
  g_autoptr(GPtrArray) schema = list_schema (handle);
  g_autoptr(GString) differences = g_string_new (NULL);

  g_assert_no_error (error);
  g_clear_object (&db);
  fresh = open_sqlite (path);
  fresh_schema = list_schema (fresh);

  append_missing (differences, "only in a new library: ", fresh_schema, schema);
  append_missing (differences, "only in the upgraded one: ", schema, fresh_schema);
  g_assert_cmpstr (differences->str, ==, "");
  g_assert_cmpuint (schema->len, ==, fresh_schema->len);
}

static void
assert_search_finds (sqlite3    *expected,
                     sqlite3    *migrated,
                     const char *column,
                     const char *fixture_sql,
                     const char *value)
{
  g_autofree char *match = g_strdup_printf ("%s : \"%s\"", column, value);
  g_autofree char *want = collect (expected, fixture_sql, value);
  g_autofree char *have = collect (migrated,
                                   "SELECT rowid FROM papers_fts WHERE papers_fts MATCH ?"
                                   " ORDER BY rowid",
                                   match);

  g_test_message ("%s: papers %s", match, want);
  g_assert_cmpstr (want, !=, "");
  g_assert_cmpstr (have, ==, want);
}

/* The rebuilt index stems (step 6): a plural finds what the singular finds. */
static void
assert_stemmed (sqlite3    *migrated,
                const char *column,
                const char *word)
{
  static const char sql[] =
    "SELECT rowid FROM papers_fts WHERE papers_fts MATCH ? ORDER BY rowid";
  g_autofree char *singular = g_strdup_printf ("%s : \"%s\"", column, word);
  g_autofree char *plural = g_strdup_printf ("%s : \"%ses\"", column, word);
  g_autofree char *want = collect (migrated, sql, singular);
  g_autofree char *have = collect (migrated, sql, plural);

  g_assert_cmpstr (want, !=, "");
  g_assert_cmpstr (have, ==, want);
}

static void
test_populated_to_latest (gconstpointer data)
{
  const MigrationCase *c = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = gln_test_tmp_db_path ();
  g_autoptr(sqlite3) expected = open_sqlite (":memory:");
  g_autoptr(sqlite3) migrated = NULL;
  g_autoptr(GlnDatabase) db = NULL;
  g_autoptr(GlnStore) store = NULL;
  g_autoptr(GPtrArray) tables = NULL;
  g_auto(GStrv) problems = NULL;
  g_autofree char *checked = NULL;
  g_autofree char *version = NULL;
  g_autofree char *claimed = g_strdup_printf ("%d", c->version);
  g_autofree char *integrity = NULL;
  g_autofree char *foreign_keys = NULL;

  /* The library as the older Gleaner left it, and an untouched copy to compare with. */
  migrated = open_sqlite (path);
  load_fixture (migrated, c->file);
  version = collect (migrated, "PRAGMA user_version", NULL);
  g_assert_cmpstr (version, ==, claimed);
  g_clear_pointer (&migrated, sqlite3_close);
  load_fixture (expected, c->file);
  g_assert_cmpint (c->version, <, gln_database_get_latest_version ());

  db = gln_database_open (path, GLN_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gln_database_get_schema_version (db), ==, gln_database_get_latest_version ());
  g_clear_object (&db);

  /* The store finds nothing wrong with the upgraded file. */
  store = gln_store_open_sync (path, &error);
  g_assert_no_error (error);
  gln_store_check_async (store, NULL, gln_test_ready_cb, NULL);
  problems = gln_store_check_finish (store, gln_test_wait (), &error);
  g_assert_no_error (error);
  checked = g_strjoinv ("; ", problems);
  g_assert_cmpstr (checked, ==, "");
  gln_test_store_close (g_steal_pointer (&store));

  migrated = open_sqlite (path);

  /* Every value of every table the fixture had, in the columns it had. */
  tables = list_tables (expected);
  for (guint i = 0; i < tables->len; i++)
    assert_table_kept (expected, migrated, tables->pdata[i]);
  assert_title_keys_current (migrated);

  /* The same schema as a library created by this version. */
  assert_schema_is_fresh (migrated);

  integrity = collect (migrated, "PRAGMA integrity_check", NULL);
  g_assert_cmpstr (integrity, ==, "ok");
  foreign_keys = collect (migrated,
                          "SELECT \"table\" || ' row ' || rowid || ' refers to a missing '"
                          " || parent FROM pragma_foreign_key_check",
                          NULL);
  g_assert_cmpstr (foreign_keys, ==, "");

  /* The index still finds what the user wrote: a note's word and a tag. */
  assert_search_finds (expected, migrated, "notes",
                       "SELECT DISTINCT paper_id FROM notes WHERE body LIKE '%' || ? || '%'"
                       " ORDER BY paper_id",
                       c->note_word);
  assert_search_finds (expected, migrated, "tags",
                       "SELECT pt.paper_id FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id"
                       " WHERE t.name = ? ORDER BY pt.paper_id",
                       c->tag);
  assert_stemmed (migrated, "notes", c->note_word);
}

/* A new migration step needs a fixture of the version it upgrades. */
static void
test_fixture_for_every_version (void)
{
  g_autoptr(GString) missing = g_string_new (NULL);

  for (int version = 1; version < gln_database_get_latest_version (); version++)
    {
      g_autofree char *file = g_strdup_printf ("library-v%d.sql", version);
      g_autofree char *path = gln_test_data_path ("migrations", file, NULL);
      gboolean listed = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
        listed |= cases[i].version == version && g_str_equal (cases[i].file, file);

      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_string_append_printf (missing, " %s (run make-fixtures.py)", path);
      if (!listed)
        g_string_append_printf (missing, " %s (add it to cases[])", file);
    }

  g_assert_cmpstr (missing->str, ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/gln/migrate/fixture-for-every-version", test_fixture_for_every_version);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/gln/migrate/v%d-populated-to-latest",
                                               cases[i].version);

      g_test_add_data_func (path, &cases[i], test_populated_to_latest);
    }

  return g_test_run ();
}
