/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Writes a library of synthetic papers fast enough for a million: the schema comes from
 * opening it with GlnStore, the rows from a few INSERT … SELECT statements over a counter,
 * in one transaction. Titles, dates, categories, authors, ratings and upvotes vary so that the list
 * looks and sorts like a real one. The benchmark and the scrolling test share it. */

#define G_LOG_DOMAIN "bench-list"

#include "config.h"

#include <sqlite3.h>

#include "bench-list-library.h"
#include "gln-store.h"

static gboolean
exec (sqlite3     *handle,
      const char  *sql,
      GError     **error)
{
  char *message = NULL;

  if (sqlite3_exec (handle, sql, NULL, NULL, &message) != SQLITE_OK)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", message);
      sqlite3_free (message);
      return FALSE;
    }

  return TRUE;
}

static gboolean
exec_count (sqlite3     *handle,
            const char  *sql,
            guint        n,
            GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", sqlite3_errmsg (handle));
      return FALSE;
    }

  sqlite3_bind_int64 (stmt, 1, n);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", sqlite3_errmsg (handle));
      return FALSE;
    }

  return TRUE;
}

/* The counter, the words the titles are made of, and the categories. */
#define SEQ \
  "WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < ?1) "

#define WORD(expr) \
  "(CASE (" expr ") % 12 WHEN 0 THEN 'Graph' WHEN 1 THEN 'Neural' WHEN 2 THEN 'Proton'" \
  " WHEN 3 THEN 'Sparse' WHEN 4 THEN 'Quantum' WHEN 5 THEN 'Language' WHEN 6 THEN 'Diffusion'" \
  " WHEN 7 THEN 'Bayesian' WHEN 8 THEN 'Attention' WHEN 9 THEN 'Plasma' WHEN 10 THEN 'Causal'" \
  " ELSE 'Robust' END)"

#define CATEGORY \
  "(CASE n % 8 WHEN 0 THEN 'cs.LG' WHEN 1 THEN 'cs.CL' WHEN 2 THEN 'hep-ph' WHEN 3 THEN 'stat.ML'" \
  " WHEN 4 THEN 'cs.CV' WHEN 5 THEN 'nucl-th' WHEN 6 THEN 'quant-ph' ELSE 'astro-ph.CO' END)"

static const char papers_sql[] =
  SEQ
  "INSERT INTO papers (id, key, title_key, title, abstract, published, date_precision, arxiv_id,"
  " arxiv_version, url, category, categories, author_count, upvotes, source, added, rating,"
  " starred, read_time)"
  " SELECT n, 'bench:' || n, 'bench ' || n,"
  " " WORD ("n") " || ' ' || " WORD ("n / 12") " || ' Models for ' || " WORD ("n / 144")
  " || ' ' || " WORD ("n / 1728") " || ' Data, Part ' || n,"
  " 'We study ' || lower (" WORD ("n / 7") ") || ' methods with $O(n \\log n)$ cost on ' ||"
  " lower (" WORD ("n / 5") ") || ' benchmarks. Paper number ' || n || ' of the generated library"
  " shows that the list stays fast however large the library grows.',"
  " date ('2025-06-30', '-' || (n / 300) || ' days'), 3,"
  " printf ('%04d.%05d', 2500 - n / 30000, n % 30000), 1 + n % 3,"
  " 'https://arxiv.org/abs/' || printf ('%04d.%05d', 2500 - n / 30000, n % 30000),"
  " " CATEGORY ", " CATEGORY ", 2 + n % 7,"
  " CASE WHEN n % 5 = 0 THEN n % 97 ELSE NULL END, 'arxiv', 1700000000 + n, n % 6,"
  " n % 41 = 0, CASE WHEN n % 3 = 0 THEN 1700000000 ELSE NULL END"
  " FROM seq";

static const char authors_sql[] =
  SEQ
  "INSERT INTO authors (id, name) SELECT n,"
  " (CASE n % 10 WHEN 0 THEN 'Ada' WHEN 1 THEN 'Wei' WHEN 2 THEN 'Priya' WHEN 3 THEN 'Jonas'"
  " WHEN 4 THEN 'Amara' WHEN 5 THEN 'Kenji' WHEN 6 THEN 'Lucía' WHEN 7 THEN 'Omar'"
  " WHEN 8 THEN 'Sofia' ELSE 'Tomás' END) || ' ' ||"
  " (CASE (n / 10) % 10 WHEN 0 THEN 'Lovelace' WHEN 1 THEN 'Zhang' WHEN 2 THEN 'Raman'"
  " WHEN 3 THEN 'Berg' WHEN 4 THEN 'Okafor' WHEN 5 THEN 'Sato' WHEN 6 THEN 'García'"
  " WHEN 7 THEN 'Haddad' WHEN 8 THEN 'Rossi' ELSE 'Novak' END) || ' ' || n FROM seq";

static const char paper_authors_sql[] =
  SEQ
  "INSERT INTO paper_authors (paper_id, position, author_id, affiliation)"
  " SELECT n, 0, 1 + n % 997, NULL FROM seq UNION ALL"
  " SELECT n, 1, 1 + (n * 7) % 997, NULL FROM seq";

/**
 * bench_list_generate_library:
 * @path: the library file to create; it must not exist
 * @n_papers: how many papers
 * @index_text: whether to fill the full-text index too (slower; search needs it)
 * @error: return location for a #GError
 *
 * Returns: whether the library was written
 */
gboolean
bench_list_generate_library (const char  *path,
                             guint        n_papers,
                             gboolean     index_text,
                             GError     **error)
{
  g_autoptr(GlnStore) store = NULL;
  sqlite3 *handle = NULL;
  gboolean ok;

  /* The schema, exactly as the application makes it. */
  if (!(store = gln_store_open_sync (path, error)))
    return FALSE;
  g_clear_object (&store);

  if (sqlite3_open (path, &handle) != SQLITE_OK)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", sqlite3_errmsg (handle));
      sqlite3_close (handle);
      return FALSE;
    }

  ok = exec (handle, "PRAGMA synchronous = OFF; PRAGMA cache_size = -262144; BEGIN", error) &&
       exec_count (handle, papers_sql, n_papers, error) &&
       exec_count (handle, authors_sql, 997, error) &&
       exec_count (handle, paper_authors_sql, n_papers, error) &&
       (!index_text ||
        exec (handle,
              "INSERT INTO papers_fts (rowid, title, abstract, authors, notes, tags)"
              " SELECT id, title, abstract, '', '', '' FROM papers", error)) &&
       exec (handle, "COMMIT; PRAGMA wal_checkpoint (TRUNCATE)", error);

  if (!ok)
    exec (handle, "ROLLBACK", NULL);
  sqlite3_close (handle);

  return ok;
}

/* The number of papers in a library, or -1 when it cannot be read. */
gint64
bench_list_count_papers (const char *path)
{
  sqlite3 *handle = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 count = -1;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return -1;

  if (sqlite3_open_v2 (path, &handle, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
      sqlite3_prepare_v2 (handle, "SELECT max (id) FROM papers", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    count = sqlite3_column_int64 (stmt, 0);

  sqlite3_finalize (stmt);
  sqlite3_close (handle);

  return count;
}
