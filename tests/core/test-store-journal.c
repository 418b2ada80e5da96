/* SPDX-License-Identifier: GPL-3.0-or-later */

/* An import writes each paper without a statement journal. A statement that may fail
 * halfway inside a transaction makes SQLite keep a journal of the pages it changes, opened
 * and released for every row; an author upsert did that once per author, and its cost grew
 * with the transaction until importing into a library of 200,000 papers ran at 35 papers/s.
 *
 * The library keeps temporary data in memory, where statement journals cannot be seen.
 * This test moves them to files on its store's connection, makes every statement journal
 * write to its file at once (no in-memory spill) and counts, through a VFS that wraps the
 * default one, the pages written to statement journals while papers are imported: a few
 * for the one statement that indexes all new papers at the end, whatever their number. */

#include "config.h"

#include <sqlite3.h>

#include "gln-core.h"
#include "gln-database-private.h"
#include "gln-store-private.h"
#include "gln-test-store.h"
#include "gln-test-utils.h"

/* What the indexing statement of one import writes: its first page and a few more. */
#define MAX_JOURNAL_WRITES 32

static sqlite3_vfs *real_vfs;
static sqlite3_vfs counting_vfs;
static sqlite3_io_methods journal_methods;
static const sqlite3_io_methods *real_journal_methods;
static gint journal_writes;

static int
counting_write (sqlite3_file *file,
                const void   *data,
                int           amount,
                sqlite3_int64 offset)
{
  g_atomic_int_inc (&journal_writes);
  return real_journal_methods->xWrite (file, data, amount, offset);
}

/* Statement journals ("sub-journals") get methods that count their writes. */
static int
counting_open (sqlite3_vfs      *vfs,
               sqlite3_filename  name,
               sqlite3_file     *file,
               int               flags,
               int              *out_flags)
{
  int rc = real_vfs->xOpen (real_vfs, name, file, flags, out_flags);

  if (rc == SQLITE_OK && (flags & SQLITE_OPEN_SUBJOURNAL) != 0 && file->pMethods != NULL)
    {
      if (real_journal_methods == NULL)
        {
          real_journal_methods = file->pMethods;
          journal_methods = *file->pMethods;
          journal_methods.xWrite = counting_write;
        }
      g_assert_true (file->pMethods == real_journal_methods);
      file->pMethods = &journal_methods;
    }

  return rc;
}

static gpointer
run_sql (GlnDatabase   *db,
         GlnStoreArgs  *args,
         GCancellable  *cancellable,
         GError       **error)
{
  return _gln_database_exec (db, args->object, error) ? GINT_TO_POINTER (TRUE) : NULL;
}

static const GlnStoreOp run_op = { run_sql, NULL, GLN_STORE_OP_NONE };
static const GlnStoreOp run_outside_op = { run_sql, NULL, GLN_STORE_OP_OUTSIDE_TRANSACTION };

/* Runs @sql on the store's own connection, inside a transaction when @in_transaction. */
static void
run_on_store (GlnStore   *store,
              const char *sql,
              gboolean    in_transaction)
{
  GlnStoreArgs *args = _gln_store_args_new ();
  g_autoptr(GError) error = NULL;

  args->object = g_strdup (sql);
  args->object_free = g_free;
  _gln_store_call (store, in_transaction ? &run_op : &run_outside_op, args, run_on_store, NULL,
                   gln_test_ready_cb, NULL);
  g_assert_nonnull (_gln_store_finish (store, gln_test_wait (), run_on_store, &error));
  g_assert_no_error (error);
}

/* Papers @first to @first + @n - 1, the same ones for the same numbers; every paper shares
 * two of its three authors with others, as papers of one field do. */
static GPtrArray *
make_papers (guint first,
             guint n)
{
  GPtrArray *papers = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = first; i < first + n; i++)
    {
      GlnPaper *paper = gln_paper_new ();
      g_autofree char *title = g_strdup_printf ("Scattering study number %u", i);
      g_autofree char *abstract = g_strdup_printf ("We measure the proton radius in run %u.", i);
      g_autofree char *arxiv_id = g_strdup_printf ("2401.%05u", i);
      g_autofree char *first_author = g_strdup_printf ("Author %u", i % 97);
      g_autofree char *second_author = g_strdup_printf ("Author %u", i % 89 + 100);
      g_autofree char *own_author = g_strdup_printf ("Author %u", i + 1000);
      const char *authors[] = { first_author, second_author, own_author, NULL };

      gln_paper_set_title (paper, title);
      gln_paper_set_abstract (paper, abstract);
      gln_paper_set_arxiv_id (paper, arxiv_id);
      gln_paper_set_published (paper, "2024-01-15");
      gln_paper_set_authors (paper, authors, NULL);
      g_ptr_array_add (papers, paper);
    }

  return papers;
}

static void
test_import_without_statement_journal (void)
{
  g_autoptr(GlnStore) store = gln_test_store_new ();
  g_autoptr(GPtrArray) library = make_papers (0, 3000);
  g_autoptr(GPtrArray) more = make_papers (2800, 700);
  g_autoptr(GlnImportResult) result = NULL;
  g_autoptr(GlnImportResult) again = NULL;
  g_autoptr(GPtrArray) many = make_papers (3500, 2000);
  g_autoptr(GlnImportResult) more_again = NULL;
  g_autoptr(GString) per_row = g_string_new (NULL);

  result = gln_test_store_import (store, library, 0);
  g_assert_cmpuint (result->stats.added, ==, 3000);
  run_on_store (store, "PRAGMA temp_store = FILE", FALSE);

  /* The counter sees statement journals kept row by row: 200 one-row changes that fire
   * triggers, in one transaction, write hundreds of journal pages. */
  for (guint id = 1; id <= 200; id++)
    g_string_append_printf (per_row, "UPDATE papers SET title = title || '.' WHERE id = %u;", id);
  g_atomic_int_set (&journal_writes, 0);
  run_on_store (store, per_row->str, TRUE);
  g_assert_cmpint (g_atomic_int_get (&journal_writes), >, 200);

  /* 200 papers the library holds (merged) and 500 new ones, then 2,000 more: the one
   * statement that indexes an import's new papers keeps a journal of a few pages, and no
   * paper, author or link written row by row keeps any, so the pages do not grow with the
   * papers (a journal per row wrote hundreds). */
  g_atomic_int_set (&journal_writes, 0);
  again = gln_test_store_import (store, more, 0);
  g_assert_cmpuint (again->stats.added, ==, 500);
  g_assert_cmpuint (again->stats.added + again->stats.merged + again->stats.updated +
                    again->stats.unchanged, ==, 700);
  g_assert_cmpint (g_atomic_int_get (&journal_writes), <=, MAX_JOURNAL_WRITES);

  g_atomic_int_set (&journal_writes, 0);
  more_again = gln_test_store_import (store, many, 0);
  g_assert_cmpuint (more_again->stats.added, ==, 2000);
  g_assert_cmpint (g_atomic_int_get (&journal_writes), <=, MAX_JOURNAL_WRITES);

  gln_test_store_close (g_steal_pointer (&store));
}

int
main (int   argc,
      char *argv[])
{
  /* Before SQLite starts: every statement journal goes to its file from the first page. */
  g_assert_cmpint (sqlite3_config (SQLITE_CONFIG_STMTJRNL_SPILL, 0), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_initialize (), ==, SQLITE_OK);
  real_vfs = sqlite3_vfs_find (NULL);
  counting_vfs = *real_vfs;
  counting_vfs.zName = "gln-counting";
  counting_vfs.xOpen = counting_open;
  g_assert_cmpint (sqlite3_vfs_register (&counting_vfs, 1), ==, SQLITE_OK);

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/gln/store/import/no-statement-journal",
                   test_import_without_statement_journal);

  return g_test_run ();
}
