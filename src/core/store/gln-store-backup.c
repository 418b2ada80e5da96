/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Copies of the library made while it is in use, through SQLite's online backup API, and
 * the figures `check` reports. A copy is written beside its final name and renamed into
 * place only once it is complete and checked: there is never a half-written backup. */

#define G_LOG_DOMAIN "gln-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "gln-store-backup.h"

#include "gln-store-private.h"

/* SQLite's quick check of a connection's file: one line per problem, empty when sound. */
static GStrv
quick_check (sqlite3 *handle)
{
  g_autoptr(GStrvBuilder) problems = g_strv_builder_new ();
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (handle, "PRAGMA quick_check", -1, &stmt, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *line = (const char *) sqlite3_column_text (stmt, 0);

      if (g_strcmp0 (line, "ok") != 0)
        g_strv_builder_add (problems, line != NULL ? line : "?");
      rc = SQLITE_OK;
    }
  if (rc != SQLITE_DONE)
    g_strv_builder_add (problems, sqlite3_errstr (rc));
  sqlite3_finalize (stmt);

  return g_strv_builder_end (problems);
}

/* Copies the library into the file at @part, pages as they are in this transaction's
 * snapshot, and checks the copy; errors name the backup @path the copy is for. */
static gboolean
copy_into (GlnDatabase  *db,
           const char   *part,
           const char   *path,
           GError      **error)
{
  g_auto(GStrv) problems = NULL;
  sqlite3 *target = NULL;
  sqlite3_backup *backup;
  gboolean sound = FALSE;
  int rc;

  rc = sqlite3_open_v2 (part, &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc == SQLITE_OK && (backup = sqlite3_backup_init (target, "main",
                                                        _gln_database_get_handle (db), "main")))
    {
      rc = sqlite3_backup_step (backup, -1);
      sqlite3_backup_finish (backup);
      rc = rc == SQLITE_DONE ? sqlite3_errcode (target) : rc;
    }
  else if (rc == SQLITE_OK)
    rc = sqlite3_errcode (target);

  if (rc == SQLITE_OK)
    sound = (problems = quick_check (target))[0] == NULL;

  if ((rc & 0xff) == SQLITE_FULL || (rc & 0xff) == SQLITE_IOERR)
    g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_FULL,
                 _("Could not write the backup %s, most likely because the disk is full"), path);
  else if (rc != SQLITE_OK || !sound)
    g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_SQL,
                 _("Could not write the backup %s: %s"), path,
                 rc != SQLITE_OK ? sqlite3_errstr (rc) : _("the copy does not read back"));
  sqlite3_close (target);

  return rc == SQLITE_OK && sound;
}

static gpointer
backup (GlnDatabase   *db,
        GlnStoreArgs  *args,
        GCancellable  *cancellable,
        GError       **error)
{
  g_autofree char *part = g_strconcat (args->text, ".part", NULL);
  g_autofree char *journal = g_strconcat (part, "-journal", NULL);
  g_autofree char *dir = g_path_get_dirname (args->text);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int errsv = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv),
                   _("Could not create the folder %s: %s"), dir, g_strerror (errsv));
      return NULL;
    }

  /* A journal left by a copy that failed would be rolled back into the new one. */
  g_unlink (part);
  g_unlink (journal);
  if (!copy_into (db, part, args->text, error))
    {
      g_unlink (part);
      g_unlink (journal);
      return NULL;
    }

  if (g_rename (part, args->text) != 0)
    {
      int errsv = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv),
                   _("Could not write the backup %s: %s"), args->text, g_strerror (errsv));
      g_unlink (part);
      return NULL;
    }

  return GINT_TO_POINTER (TRUE);
}

static const GlnStoreOp backup_op = { backup, NULL, GLN_STORE_OP_OUTSIDE_TRANSACTION };

/**
 * gln_store_backup_async:
 * @self: a #GlnStore
 * @path: the file to write; an existing one is replaced once the copy is complete
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the copy is in place
 * @user_data: data for @callback
 *
 * Copies the library as it is now into @path while it stays in use, and checks the copy
 * reads back. Prefer gln_backups_run_async(), which names, dates and rotates backups.
 */
void
gln_store_backup_async (GlnStore            *self,
                        const char          *path,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  GlnStoreArgs *args;

  g_return_if_fail (path != NULL);

  args = _gln_store_args_new ();
  args->text = g_strdup (path);
  _gln_store_call (self, &backup_op, args, gln_store_backup_async, cancellable, callback,
                   user_data);
}

gboolean
gln_store_backup_finish (GlnStore      *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  return _gln_store_finish (self, result, gln_store_backup_async, error) != NULL;
}

static gpointer
report (GlnDatabase   *db,
        GlnStoreArgs  *args,
        GCancellable  *cancellable,
        GError       **error)
{
  static const char sql[] =
    "SELECT (SELECT count(*) FROM papers), (SELECT count(*) FROM notes),"
    " (SELECT count(*) FROM collections), (SELECT count(*) FROM feeds),"
    " (SELECT count(*) FROM duplicates WHERE dismissed = 0)";
  g_autofree GlnLibraryReport *figures = g_new0 (GlnLibraryReport, 1);
  g_autoptr(GlnStmtScope) stmt = NULL;
  int rc;

  if (!(stmt = _gln_database_prepare (db, sql, error)))
    return NULL;
  if ((rc = sqlite3_step (stmt)) != SQLITE_ROW)
    {
      _gln_database_set_error (db, rc, error);
      return NULL;
    }

  figures->schema_version = gln_database_get_schema_version (db);
  figures->n_papers = sqlite3_column_int64 (stmt, 0);
  figures->n_notes = sqlite3_column_int64 (stmt, 1);
  figures->n_collections = sqlite3_column_int64 (stmt, 2);
  figures->n_feeds = sqlite3_column_int64 (stmt, 3);
  figures->n_duplicates = sqlite3_column_int64 (stmt, 4);

  return g_steal_pointer (&figures);
}

static const GlnStoreOp report_op = { report, g_free, GLN_STORE_OP_NONE };

/**
 * gln_store_report_async:
 * @self: a #GlnStore
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the figures
 * @user_data: data for @callback
 *
 * Counts what the library holds, for `check`.
 */
void
gln_store_report_async (GlnStore            *self,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  _gln_store_call (self, &report_op, _gln_store_args_new (), gln_store_report_async,
                   cancellable, callback, user_data);
}

/**
 * gln_store_report_finish:
 * @self: a #GlnStore
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the figures, freed with g_free(), or %NULL with @error set
 */
GlnLibraryReport *
gln_store_report_finish (GlnStore      *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  return _gln_store_finish (self, result, gln_store_report_async, error);
}

/* Whether the file at @path is a sound Gleaner library; upgrades an older one. */
static gboolean
check_restorable (const char  *path,
                  GError     **error)
{
  g_autoptr(GlnDatabase) db = gln_database_open (path, GLN_DATABASE_FLAGS_NONE, error);
  g_auto(GStrv) problems = NULL;
  gboolean sound;

  if (db == NULL)
    return FALSE;
  problems = quick_check (_gln_database_get_handle (db));
  sound = problems[0] == NULL;

  if (!sound)
    g_set_error_literal (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_CORRUPT,
                         _("the file is damaged"));
  return sound;
}

static gboolean
rename_with_journal (const char  *from,
                     const char  *to,
                     GError     **error)
{
  static const char * const suffixes[] = { "-wal", "-shm" };

  if (g_rename (from, to) != 0)
    {
      int errsv = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv),
                   _("Could not move %s aside: %s"), from, g_strerror (errsv));
      return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *journal = g_strconcat (from, suffixes[i], NULL);
      g_autofree char *moved = g_strconcat (to, suffixes[i], NULL);

      if (g_file_test (journal, G_FILE_TEST_EXISTS))
        g_rename (journal, moved);
    }

  return TRUE;
}

/**
 * gln_store_restore_backup:
 * @library_path: the library to replace; no store may have it open
 * @backup_path: a backup (or any Gleaner library file)
 * @force: whether to replace an existing library
 * @replaced: (out) (optional) (nullable): where the replaced library was kept, if any
 * @error: return location for a #GError
 *
 * Puts a backup in the library's place. The backup is checked (and brought up to date)
 * on a copy first, and a library already there is never deleted: without @force it is
 * refused, with @force it is kept beside, renamed `….replaced-DATE-TIME`.
 *
 * Returns: %TRUE when the backup is the library now
 */
gboolean
gln_store_restore_backup (const char  *library_path,
                          const char  *backup_path,
                          gboolean     force,
                          char       **replaced,
                          GError     **error)
{
  g_autofree char *part = g_strconcat (library_path, ".restoring", NULL);
  g_autoptr(GFile) source = g_file_new_for_path (backup_path);
  g_autoptr(GFile) copy = g_file_new_for_path (part);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *aside = g_strdup_printf ("%s.replaced-%s", library_path, stamp);
  g_autoptr(GError) local_error = NULL;
  gboolean exists = g_file_test (library_path, G_FILE_TEST_EXISTS);

  if (replaced != NULL)
    *replaced = NULL;
  if (exists && !force)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   _("%s exists; restore over it with --force (it will be kept as %s)"),
                   library_path, aside);
      return FALSE;
    }

  if (!g_file_copy (source, copy, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, error) ||
      !check_restorable (part, &local_error))
    {
      if (local_error != NULL)
        g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_CORRUPT,
                     _("%s is not a usable backup: %s"), backup_path, local_error->message);
      g_unlink (part);
      return FALSE;
    }

  if (exists && !rename_with_journal (library_path, aside, error))
    {
      g_unlink (part);
      return FALSE;
    }
  if (!rename_with_journal (part, library_path, error))
    return FALSE;

  if (replaced != NULL && exists)
    *replaced = g_steal_pointer (&aside);
  return TRUE;
}

static void
quick_check_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GlnDatabase) db = gln_database_open (task_data, GLN_DATABASE_FLAGS_READ_ONLY, &error);

  if (db == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_pointer (task, quick_check (_gln_database_get_handle (db)),
                         (GDestroyNotify) g_strfreev);
}

/**
 * gln_store_quick_check_async:
 * @library_path: a library file
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the problems found
 * @user_data: data for @callback
 *
 * Runs SQLite's quick check of the file on a connection and a thread of its own, so that
 * the store's work goes on meanwhile; the app runs it after start to find damage early.
 */
void
gln_store_quick_check_async (const char          *library_path,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, gln_store_quick_check_async);
  g_task_set_task_data (task, g_strdup (library_path), g_free);
  g_task_run_in_thread (task, quick_check_thread);
}

/**
 * gln_store_quick_check_finish:
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full): one line per problem, empty when the file is sound; %NULL with
 *   @error set when it could not be read at all
 */
GStrv
gln_store_quick_check_finish (GAsyncResult  *result,
                              GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}
