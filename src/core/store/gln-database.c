/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-database"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "gln-database-private.h"
#include "gln-paper-key.h"

struct _GlnDatabase
{
  GObject           parent_instance;

  sqlite3          *handle;
  char             *path;
  GlnDatabaseFlags  flags;
  int               schema_version;
  int               wal_frames;
  GHashTable       *statements;  /* SQL text (by address) → sqlite3_stmt */
  GThread          *owner;
};

G_DEFINE_FINAL_TYPE (GlnDatabase, gln_database, G_TYPE_OBJECT)


static void
gln_database_finalize (GObject *object)
{
  GlnDatabase *self = (GlnDatabase *)object;

  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->handle, sqlite3_close_v2);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (gln_database_parent_class)->finalize (object);
}

static void
gln_database_class_init (GlnDatabaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = gln_database_finalize;
}

static void
gln_database_init (GlnDatabase *self)
{
  self->statements = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) sqlite3_finalize);
}

/* A connection belongs to the first thread that uses it after gln_database_open() returned:
 * the store's worker for the writer, the main thread for the reader. Debug builds catch a
 * second thread at once instead of letting SQLite's NOMUTEX connection corrupt itself. */
static inline void
assert_owner (GlnDatabase *self)
{
#ifndef G_DISABLE_ASSERT
  if (self->owner == NULL)
    self->owner = g_thread_self ();
  g_assert (self->owner == g_thread_self ());
#endif
}

gint64
_gln_database_now (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

sqlite3 *
_gln_database_get_handle (GlnDatabase *self)
{
  return self->handle;
}

/* The disk is full (SQLITE_FULL), or a read or write of the library file failed. SQLite
 * keeps the errno only when nothing touched it since; a failed write without one is almost
 * always a full disk (or a file grown to the size limit), so the message says so. */
static void
set_io_error (int          rc,
              int          system_errno,
              const char  *detail,
              GError     **error)
{
  gboolean write = rc == SQLITE_IOERR_WRITE || rc == SQLITE_IOERR_FSYNC
                   || rc == SQLITE_IOERR_TRUNCATE || rc == SQLITE_IOERR_SHMSIZE;

  if ((rc & 0xff) == SQLITE_FULL || system_errno == ENOSPC || system_errno == EDQUOT)
    g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_FULL,
                 _("The disk is full; nothing was changed"));
  else if (system_errno == EFBIG)
    g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_FULL,
                 _("The library file cannot grow any larger on this system; nothing was changed"));
  else if (write && system_errno == 0)
    g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_FULL,
                 _("Could not write to the library file, most likely because the disk is full; "
                   "nothing was changed"));
  else
    g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_SQL,
                 _("Could not read or write the library file (%s)"),
                 system_errno ? g_strerror (system_errno) : detail);
}

/* Turns an SQLite result code into a GError a user can act on. Always returns FALSE. */
gboolean
_gln_database_set_error (GlnDatabase  *self,
                         int           rc,
                         GError      **error)
{
  const char *detail = self->handle ? sqlite3_errmsg (self->handle) : sqlite3_errstr (rc);
  int system_errno = self->handle ? sqlite3_system_errno (self->handle) : 0;

  switch (rc & 0xff)
    {
    case SQLITE_FULL:
    case SQLITE_IOERR:
      set_io_error (rc, system_errno, detail, error);
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_CORRUPT,
                   _("The library file is damaged or not a Gleaner library (%s)"), detail);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_BUSY,
                   _("The library is busy in another program (%s)"), detail);
      break;
    case SQLITE_READONLY:
      g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_READ_ONLY,
                   _("The library cannot be written (%s)"), detail);
      break;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
      g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_OPEN,
                   _("The library cannot be opened (%s)"), detail);
      break;
    case SQLITE_CONSTRAINT:
      g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_INVALID, "%s", detail);
      break;
    default:
      g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_SQL, "%s", detail);
      break;
    }

  return FALSE;
}

sqlite3_stmt *
_gln_database_prepare (GlnDatabase  *self,
                       const char   *sql,
                       GError      **error)
{
  sqlite3_stmt *stmt;

  assert_owner (self);

  if (!(stmt = g_hash_table_lookup (self->statements, sql)))
    {
      int rc = sqlite3_prepare_v3 (self->handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);

      if (rc != SQLITE_OK)
        {
          _gln_database_set_error (self, rc, error);
          return NULL;
        }
      g_hash_table_insert (self->statements, (gpointer) sql, stmt);
    }

  return stmt;
}

void
_gln_stmt_reset (sqlite3_stmt *stmt)
{
  if (stmt == NULL)
    return;

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

/**
 * _gln_stmt_bind_valist:
 * @stmt: a prepared statement
 * @types: one character per parameter, in order: `t` text (`const char *`, %NULL binds NULL),
 *   `i` an `int`, `l` a `gint64`, `b` a `gboolean`, `n` NULL (takes no argument)
 *
 * Binds the parameters 0, 1, 2… of @stmt, doing the conversion to SQLite's 1-based indices
 * in this one place. _gln_stmt_bind() takes the values as arguments.
 */
void
_gln_stmt_bind_valist (sqlite3_stmt *stmt,
                       const char   *types,
                       va_list       args)
{
  for (int i = 0; types[i] != '\0'; i++)
    {
      int index = i + 1;

      switch (types[i])
        {
        case 't':
          {
            const char *text = va_arg (args, const char *);

            if (text != NULL)
              sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
            else
              sqlite3_bind_null (stmt, index);
          }
          break;
        case 'i':
          sqlite3_bind_int (stmt, index, va_arg (args, int));
          break;
        case 'l':
          sqlite3_bind_int64 (stmt, index, va_arg (args, gint64));
          break;
        case 'b':
          sqlite3_bind_int (stmt, index, va_arg (args, gboolean) ? 1 : 0);
          break;
        case 'n':
          sqlite3_bind_null (stmt, index);
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

void
_gln_stmt_bind (sqlite3_stmt *stmt,
                const char   *types,
                ...)
{
  va_list args;

  va_start (args, types);
  _gln_stmt_bind_valist (stmt, types, args);
  va_end (args);
}

char *
_gln_stmt_dup_text (sqlite3_stmt *stmt,
                    int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

gboolean
_gln_database_exec (GlnDatabase  *self,
                    const char   *sql,
                    GError      **error)
{
  int rc;

  assert_owner (self);

  rc = sqlite3_exec (self->handle, sql, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    return _gln_database_set_error (self, rc, error);

  return TRUE;
}

/* Steps a write statement to completion and resets it. */
gboolean
_gln_database_step_done (GlnDatabase   *self,
                         sqlite3_stmt  *stmt,
                         GError       **error)
{
  int rc = sqlite3_step (stmt);

  _gln_stmt_reset (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return _gln_database_set_error (self, rc, error);

  return TRUE;
}

/* Runs a one-statement write and resets it. Parameters as for _gln_stmt_bind(). */
gboolean
_gln_database_run (GlnDatabase  *self,
                   const char   *sql,
                   GError      **error,
                   const char   *types,
                   ...)
{
  sqlite3_stmt *stmt;
  va_list args;

  if (!(stmt = _gln_database_prepare (self, sql, error)))
    return FALSE;

  va_start (args, types);
  _gln_stmt_bind_valist (stmt, types, args);
  va_end (args);

  return _gln_database_step_done (self, stmt, error);
}

/* Like _gln_database_run(), for a write of one row: when it changed nothing, fails with
 * %GLN_DATABASE_ERROR_NOT_FOUND and the message @not_found. */
gboolean
_gln_database_run_one (GlnDatabase  *self,
                       const char   *sql,
                       const char   *not_found,
                       GError      **error,
                       const char   *types,
                       ...)
{
  va_list args;
  gboolean ok;

  va_start (args, types);
  ok = _gln_database_run_one_valist (self, sql, not_found, error, types, args);
  va_end (args);

  return ok;
}

gboolean
_gln_database_run_one_valist (GlnDatabase  *self,
                              const char   *sql,
                              const char   *not_found,
                              GError      **error,
                              const char   *types,
                              va_list       args)
{
  sqlite3_stmt *stmt;

  if (!(stmt = _gln_database_prepare (self, sql, error)))
    return FALSE;

  _gln_stmt_bind_valist (stmt, types, args);

  if (!_gln_database_step_done (self, stmt, error))
    return FALSE;

  if (sqlite3_changes (self->handle) == 0)
    {
      g_set_error_literal (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_NOT_FOUND, not_found);
      return FALSE;
    }

  return TRUE;
}

/* Runs a one-text-parameter, one-id-column lookup: the id, 0 when absent, -1 on error. */
gint64
_gln_database_lookup_id (GlnDatabase  *self,
                         const char   *sql,
                         const char   *value,
                         GError      **error)
{
  g_autoptr(GlnStmtScope) stmt = NULL;
  int rc;

  if (!(stmt = _gln_database_prepare (self, sql, error)))
    return -1;

  _gln_stmt_bind (stmt, "t", value);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  if (rc == SQLITE_DONE)
    return 0;

  _gln_database_set_error (self, rc, error);
  return -1;
}

/* Runs a query, its parameters bound by @types, and returns the first column of its first
 * row: 0 when there is no row, -1 on error. Asks "is there one?" as well as "which id?". */
gint64
_gln_database_select_int (GlnDatabase  *self,
                          const char   *sql,
                          GError      **error,
                          const char   *types,
                          ...)
{
  g_autoptr(GlnStmtScope) stmt = NULL;
  va_list args;
  int rc;

  if (!(stmt = _gln_database_prepare (self, sql, error)))
    return -1;
  va_start (args, types);
  _gln_stmt_bind_valist (stmt, types, args);
  va_end (args);

  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  if (rc == SQLITE_DONE)
    return 0;

  _gln_database_set_error (self, rc, error);
  return -1;
}

/* Runs a query, its parameters bound by @types, and collects its first column as strings. */
GStrv
_gln_database_list_strings (GlnDatabase  *self,
                            const char   *sql,
                            GError      **error,
                            const char   *types,
                            ...)
{
  g_autoptr(GlnStmtScope) stmt = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  va_list args;
  int rc;

  if (!(stmt = _gln_database_prepare (self, sql, error)))
    return NULL;

  va_start (args, types);
  _gln_stmt_bind_valist (stmt, types, args);
  va_end (args);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
  if (rc != SQLITE_DONE)
    {
      _gln_database_set_error (self, rc, error);
      return NULL;
    }

  return g_strv_builder_end (builder);
}

static int
query_int (GlnDatabase  *self,
           const char   *sql,
           GError      **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;
  int value = -1;

  rc = sqlite3_prepare_v2 (self->handle, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          value = sqlite3_column_int (stmt, 0);
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_OK)
    _gln_database_set_error (self, rc, error);

  return value;
}

static int
wal_committed_cb (gpointer    user_data,
                  sqlite3    *handle,
                  const char *database,
                  int         n_frames)
{
  GlnDatabase *self = user_data;

  self->wal_frames = n_frames;

  return SQLITE_OK;
}

/* gln_title_key (title): the key the identity rules compare titles by, for migrations
 * that bring stored title keys up to date with gln_title_key(). */
static void
title_key_sql_function (sqlite3_context  *context,
                        int               argc,
                        sqlite3_value   **argv)
{
  g_autofree char *key = gln_title_key ((const char *) sqlite3_value_text (argv[0]));

  if (key != NULL)
    sqlite3_result_text (context, key, -1, SQLITE_TRANSIENT);
  else
    sqlite3_result_null (context);
}

static gboolean
register_functions (GlnDatabase  *self,
                    GError      **error)
{
  int rc = sqlite3_create_function_v2 (self->handle, "gln_title_key", 1,
                                       SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL,
                                       title_key_sql_function, NULL, NULL, NULL);

  return rc == SQLITE_OK || _gln_database_set_error (self, rc, error);
}

static gboolean
migrate (GlnDatabase  *self,
         GError      **error)
{
  guint n_steps = _gln_migrations_get_n_steps ();

  for (guint version = self->schema_version; version < n_steps; version++)
    {
      /* user_version cannot be bound; the number is ours, not data. */
      g_autofree char *bump = g_strdup_printf ("PRAGMA user_version = %u", version + 1);

      if (!_gln_database_exec (self, "BEGIN IMMEDIATE", error))
        return FALSE;

      if (!_gln_database_exec (self, _gln_migrations_get_step (version), error) ||
          !_gln_database_exec (self, bump, error) ||
          !_gln_database_exec (self, "COMMIT", error))
        {
          _gln_database_exec (self, "ROLLBACK", NULL);
          g_prefix_error (error, _("Could not upgrade the library to version %u: "), version + 1);
          return FALSE;
        }

      g_debug ("Migrated %s to schema version %u", self->path, version + 1);
      self->schema_version = version + 1;
    }

  return TRUE;
}

/* Opens the connection and reads the schema version. A library on read-only media whose
 * write-ahead log is closed has no -shm file, which SQLite cannot create there: opened
 * @immutable, it is read as it is on disk. */
static gboolean
open_handle (GlnDatabase  *self,
             gboolean      read_only,
             gboolean      immutable,
             GError      **error)
{
  int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
  g_autofree char *uri = NULL;
  int rc;

  g_clear_pointer (&self->handle, sqlite3_close_v2);
  flags |= read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  if (immutable)
    {
      g_autofree char *absolute = g_canonicalize_filename (self->path, NULL);
      g_autofree char *file_uri = g_filename_to_uri (absolute, NULL, NULL);

      if (file_uri == NULL)
        return FALSE;
      uri = g_strconcat (file_uri, "?immutable=1", NULL);
      flags |= SQLITE_OPEN_URI;
    }

  rc = sqlite3_open_v2 (uri != NULL ? uri : self->path, &self->handle, flags, NULL);
  if (rc != SQLITE_OK)
    return _gln_database_set_error (self, rc, error);

  sqlite3_extended_result_codes (self->handle, 1);
  sqlite3_busy_timeout (self->handle, 5000);
  self->schema_version = query_int (self, "PRAGMA user_version", error);

  return self->schema_version >= 0;
}

/* "Glnr": what `PRAGMA application_id` says in every Gleaner library, so that `file`
 * and Gleaner itself can tell it from another program's SQLite file. */
#define GLN_APPLICATION_ID 0x476c6e72

/* Whether the file is a Gleaner library, or empty and about to become one. Libraries made
 * before the application id were stamped with it are known by their tables. Runs before
 * anything is written: another program's file is refused as it is. */
static gboolean
check_application (GlnDatabase  *self,
                   gboolean     *stamp,
                   GError      **error)
{
  static const char ours_sql[] =
    "SELECT count(*) FROM sqlite_schema WHERE type = 'table'"
    " AND name IN ('papers', 'paper_authors', 'feeds', 'collections', 'notes')";
  int application_id = query_int (self, "PRAGMA application_id", error);
  int n_tables;
  int n_ours;

  *stamp = FALSE;
  if (application_id < 0 && error != NULL && *error != NULL)
    return FALSE;
  if (application_id == GLN_APPLICATION_ID)
    return TRUE;

  if ((n_tables = query_int (self, "SELECT count(*) FROM sqlite_schema", error)) < 0 ||
      (n_ours = query_int (self, ours_sql, error)) < 0)
    return FALSE;

  if (application_id == 0 && (n_tables == 0 || (self->schema_version > 0 && n_ours == 5)))
    {
      *stamp = TRUE;
      return TRUE;
    }

  g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_NOT_LIBRARY,
               _("%s is not a Gleaner library but another program’s database; it was left "
                 "as it was"), self->path);
  return FALSE;
}

/* The connection's settings for a library opened for writing. */
static gboolean
configure (GlnDatabase  *self,
           GError      **error)
{
  /* page_size only takes effect on a new file, and only before WAL is on. */
  return _gln_database_exec (self, "PRAGMA page_size = 4096", error) &&
         _gln_database_exec (self, "PRAGMA journal_mode = WAL", error) &&
         _gln_database_exec (self, "PRAGMA synchronous = NORMAL", error) &&
         _gln_database_exec (self, "PRAGMA foreign_keys = ON", error) &&
         /* A large import must not spill dirty pages into the WAL before it commits. */
         _gln_database_exec (self, "PRAGMA cache_size = -32768", error) &&
         _gln_database_exec (self, "PRAGMA temp_store = MEMORY", error) &&
         /* Checkpoints wait until a job has handed its result back (see
          * gln_database_checkpoint_if_needed()), instead of running inside its commit. */
         _gln_database_exec (self, "PRAGMA wal_autocheckpoint = 0", error);
}

int
gln_database_get_latest_version (void)
{
  return (int) _gln_migrations_get_n_steps ();
}

/**
 * gln_database_open:
 * @path: the library file, created when missing (unless read-only); ":memory:" works
 * @flags: #GlnDatabaseFlags
 * @error: return location for a #GError
 *
 * Opens a library and brings its schema up to date. A library written by a newer version
 * of Gleaner is refused with %GLN_DATABASE_ERROR_TOO_NEW and left untouched.
 *
 * The returned object must be used by one thread at a time.
 *
 * Returns: (transfer full): the database, or %NULL with @error set
 */
GlnDatabase *
gln_database_open (const char        *path,
                   GlnDatabaseFlags   flags,
                   GError           **error)
{
  g_autoptr(GlnDatabase) self = NULL;
  gboolean read_only = (flags & GLN_DATABASE_FLAGS_READ_ONLY) != 0;
  g_autoptr(GError) local_error = NULL;
  gboolean stamp;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (GLN_TYPE_DATABASE, NULL);
  self->path = g_strdup (path);
  self->flags = flags;

  if (!read_only && strcmp (path, ":memory:") != 0)
    {
      g_autofree char *dir = g_path_get_dirname (path);

      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          int errsv = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv),
                       _("Could not create the folder %s: %s"), dir, g_strerror (errsv));
          return NULL;
        }
    }

  if (!open_handle (self, read_only, FALSE, &local_error) &&
      !(read_only && strcmp (path, ":memory:") != 0 && open_handle (self, TRUE, TRUE, NULL)))
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", path);
      return NULL;
    }
  g_clear_error (&local_error);

  if (self->schema_version > gln_database_get_latest_version ())
    {
      g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_TOO_NEW,
                   _("%s was written by a newer version of Gleaner (library version %d, this "
                     "version knows up to %d); update Gleaner to open it"),
                   path, self->schema_version, gln_database_get_latest_version ());
      return NULL;
    }

  if (!check_application (self, &stamp, error))
    return NULL;

  /* Searches rank with it on every connection, a read-only one too. */
  if ((rc = _gln_database_register_rank (self->handle)) != SQLITE_OK)
    {
      _gln_database_set_error (self, rc, error);
      return NULL;
    }

  if (read_only)
    {
      if (!_gln_database_exec (self, "PRAGMA query_only = ON", error))
        return NULL;
      if (self->schema_version < gln_database_get_latest_version ())
        {
          g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_READ_ONLY,
                       _("%s needs an upgrade and cannot be opened read-only"), path);
          return NULL;
        }
      self->owner = NULL;
      return g_steal_pointer (&self);
    }

  if (!configure (self, error))
    {
      g_prefix_error (error, "%s: ", path);
      return NULL;
    }

  if (!register_functions (self, error) || !migrate (self, error) ||
      (stamp && !_gln_database_exec (self, "PRAGMA application_id = "
                                     G_STRINGIFY (GLN_APPLICATION_ID), error)))
    return NULL;

  sqlite3_wal_hook (self->handle, wal_committed_cb, self);

  /* Whoever uses the connection next owns it; opening may happen on another thread. */
  self->owner = NULL;

  return g_steal_pointer (&self);
}

/**
 * gln_database_checkpoint_if_needed:
 * @self: a #GlnDatabase
 *
 * Copies the write-ahead log back into the library file once it holds more than about
 * 4 MiB, without waiting for readers. The store calls it after a job has handed back its
 * result, so that a large import is not slowed down by its own checkpoint.
 *
 * Returns: %TRUE if a checkpoint ran
 */
gboolean
gln_database_checkpoint_if_needed (GlnDatabase *self)
{
  int log_frames = 0;
  int checkpointed = 0;

  g_return_val_if_fail (GLN_IS_DATABASE (self), FALSE);

  assert_owner (self);

  if (self->wal_frames < 1000)
    return FALSE;

  if (sqlite3_wal_checkpoint_v2 (self->handle, NULL, SQLITE_CHECKPOINT_PASSIVE, &log_frames,
                                 &checkpointed) != SQLITE_OK)
    return FALSE;
  if (checkpointed == log_frames)
    self->wal_frames = 0;

  return TRUE;
}

const char *
gln_database_get_path (GlnDatabase *self)
{
  g_return_val_if_fail (GLN_IS_DATABASE (self), NULL);

  return self->path;
}

int
gln_database_get_schema_version (GlnDatabase *self)
{
  g_return_val_if_fail (GLN_IS_DATABASE (self), 0);

  return self->schema_version;
}

gboolean
gln_database_begin (GlnDatabase  *self,
                    GError      **error)
{
  static const char sql[] = "BEGIN IMMEDIATE";
  /* A read-only library takes no write lock: its reads run, its writes fail one by one. */
  static const char read_sql[] = "BEGIN";

  g_return_val_if_fail (GLN_IS_DATABASE (self), FALSE);

  return _gln_database_run (self, (self->flags & GLN_DATABASE_FLAGS_READ_ONLY) ? read_sql : sql,
                            error, "");
}

gboolean
gln_database_commit (GlnDatabase  *self,
                     GError      **error)
{
  static const char sql[] = "COMMIT";

  g_return_val_if_fail (GLN_IS_DATABASE (self), FALSE);

  if (!_gln_database_run (self, sql, error, ""))
    {
      gln_database_rollback (self);
      return FALSE;
    }

  return TRUE;
}

void
gln_database_rollback (GlnDatabase *self)
{
  static const char sql[] = "ROLLBACK";

  g_return_if_fail (GLN_IS_DATABASE (self));

  if (!sqlite3_get_autocommit (self->handle))
    _gln_database_run (self, sql, NULL, "");
}
