/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-database"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "gln-database-private.h"

struct _GlnDatabase
{
  GObject           parent_instance;

  sqlite3          *handle;
  char             *path;
  GlnDatabaseFlags  flags;
  int               schema_version;
  int               wal_frames;
  sqlite3_stmt     *statements[N_STMTS];
};

G_DEFINE_FINAL_TYPE (GlnDatabase, gln_database, G_TYPE_OBJECT)


#define PAPER_COLUMNS \
  "id, key, title, abstract, published, date_precision, date_text, updated, arxiv_id, " \
  "arxiv_version, doi, url, pdf_url, code_url, has_code, category, categories, journal_ref, " \
  "comment, author_count, authors_truncated, institutions, upvotes, source, added, read_time, " \
  "starred, rating, new_version, extra"

static const char * const statement_sql[N_STMTS] = {
  [STMT_BEGIN] = "BEGIN IMMEDIATE",
  [STMT_COMMIT] = "COMMIT",
  [STMT_ROLLBACK] = "ROLLBACK",
  [STMT_SAVEPOINT] = "SAVEPOINT gln",
  [STMT_RELEASE] = "RELEASE gln",
  [STMT_ROLLBACK_TO] = "ROLLBACK TO gln",
  [STMT_PAPER_BY_ID] = "SELECT " PAPER_COLUMNS " FROM papers WHERE id = ?",
  [STMT_PAPER_ID_BY_KEY] = "SELECT id FROM papers WHERE key = ?",
  [STMT_PAPER_ID_BY_ARXIV] = "SELECT id FROM papers WHERE arxiv_id = ? ORDER BY id LIMIT 1",
  [STMT_PAPER_ID_BY_DOI] = "SELECT id FROM papers WHERE doi = ? ORDER BY id LIMIT 1",
  [STMT_PAPER_ID_BY_TITLE_KEY] =
    "SELECT id FROM papers WHERE title_key = ? AND (arxiv_id IS NULL OR ?2 IS NULL OR arxiv_id = ?2)"
    " AND (doi IS NULL OR ?3 IS NULL OR doi = ?3) ORDER BY id LIMIT 1",
  [STMT_INSERT_PAPER] =
    "INSERT INTO papers (key, title_key, title, abstract, published, date_precision, date_text,"
    " updated, arxiv_id, arxiv_version, doi, url, pdf_url, code_url, has_code, category,"
    " categories, journal_ref, comment, author_count, authors_truncated, institutions, upvotes,"
    " source, added, extra) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
    " ?, ?, ?, ?, ?27)",
  [STMT_UPDATE_PAPER_METADATA] =
    "UPDATE papers SET key = ?, title_key = ?, title = ?, abstract = ?, published = ?,"
    " date_precision = ?, date_text = ?, updated = ?, arxiv_id = ?, arxiv_version = ?, doi = ?,"
    " url = ?, pdf_url = ?, code_url = ?, has_code = ?, category = ?, categories = ?,"
    " journal_ref = ?, comment = ?, author_count = ?, authors_truncated = ?, institutions = ?,"
    " upvotes = ?, source = ?, new_version = (new_version OR ?), extra = ?27 WHERE id = ?26",
  [STMT_PAPER_AUTHORS] =
    "SELECT a.name, pa.affiliation FROM paper_authors pa JOIN authors a ON a.id = pa.author_id"
    " WHERE pa.paper_id = ? ORDER BY pa.position",
  [STMT_PAPER_TAGS] =
    "SELECT t.name FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id WHERE pt.paper_id = ?"
    " ORDER BY t.name COLLATE NOCASE",
  [STMT_PAPER_COLLECTIONS] =
    "SELECT c.name FROM collection_papers cp JOIN collections c ON c.id = cp.collection_id"
    " WHERE cp.paper_id = ? ORDER BY c.name",
  /* The no-op update makes RETURNING give the id of an existing author too. */
  [STMT_INSERT_AUTHOR] =
    "INSERT INTO authors (name) VALUES (?) ON CONFLICT (name) DO UPDATE SET name = excluded.name"
    " RETURNING id",
  [STMT_INSERT_PAPER_AUTHOR] =
    "INSERT INTO paper_authors (paper_id, position, author_id, affiliation) VALUES (?, ?, ?, ?)",
  [STMT_DELETE_PAPER_AUTHORS] = "DELETE FROM paper_authors WHERE paper_id = ?",
  [STMT_INSERT_FTS] =
    "INSERT INTO papers_fts (rowid, title, abstract, authors, notes, tags)"
    " SELECT p.id, p.title, p.abstract, coalesce ((SELECT group_concat (a.name, ' ; ')"
    " FROM paper_authors pa JOIN authors a ON a.id = pa.author_id WHERE pa.paper_id = p.id), ''),"
    " '', '' FROM papers p WHERE p.id IN (SELECT value FROM json_each (?))",
  [STMT_UPDATE_FTS_AUTHORS] = "UPDATE papers_fts SET authors = ? WHERE rowid = ?",
  [STMT_INSERT_FEED_PAPER] =
    "INSERT OR IGNORE INTO feed_papers (feed_id, paper_id, arrived) VALUES (?, ?, ?)",
  [STMT_SET_RATING] = "UPDATE papers SET rating = ? WHERE id = ?",
  [STMT_SET_STARRED] = "UPDATE papers SET starred = ? WHERE id = ?",
  [STMT_SET_READ] = "UPDATE papers SET read_time = ?, new_version = 0 WHERE id = ?",
  [STMT_INSERT_TAG] = "INSERT OR IGNORE INTO tags (name) VALUES (?)",
  [STMT_TAG_ID] = "SELECT id FROM tags WHERE name = ?",
  [STMT_INSERT_PAPER_TAG] = "INSERT OR IGNORE INTO paper_tags (paper_id, tag_id) VALUES (?, ?)",
  [STMT_DELETE_PAPER_TAG] = "DELETE FROM paper_tags WHERE paper_id = ? AND tag_id = ?",
  [STMT_INSERT_NOTE] =
    "INSERT INTO notes (paper_id, body, created, modified) VALUES (?, ?, ?, ?)",
  [STMT_UPDATE_NOTE] = "UPDATE notes SET body = ?, modified = ? WHERE id = ?",
  [STMT_LIST_NOTES] =
    "SELECT id, body, created, modified FROM notes WHERE paper_id = ? ORDER BY created, id",
  [STMT_INSERT_COLLECTION] = "INSERT INTO collections (name, created) VALUES (?, ?)",
  [STMT_COLLECTION_ID] = "SELECT id FROM collections WHERE name = ?",
  [STMT_INSERT_COLLECTION_PAPER] =
    "INSERT OR IGNORE INTO collection_papers (collection_id, paper_id, added, position)"
    " VALUES (?1, ?2, ?3, (SELECT coalesce (max (position), 0) + 1 FROM collection_papers"
    " WHERE collection_id = ?1))",
  [STMT_SCREEN_COLLECTION_PAPER] =
    "UPDATE collection_papers SET status = ?, reason = ?, screened = ?"
    " WHERE collection_id = ? AND paper_id = ?",
  [STMT_GET_SCREENING] =
    "SELECT status, reason FROM collection_papers WHERE collection_id = ? AND paper_id = ?",
  [STMT_INSERT_BOARD_COLUMN] =
    "INSERT INTO board_columns (collection_id, name, kind, position) VALUES (?1, ?2, ?3,"
    " (SELECT coalesce (max (position), 0) + 1 FROM board_columns WHERE collection_id = ?1))",
  [STMT_BOARD_COLUMN_ID] = "SELECT id FROM board_columns WHERE collection_id = ? AND name = ?",
  [STMT_SET_BOARD_CELL] =
    "INSERT INTO board_cells (column_id, paper_id, value) VALUES (?1, ?2, ?3)"
    " ON CONFLICT (column_id, paper_id) DO UPDATE SET value = ?3",
  [STMT_GET_BOARD_CELL] = "SELECT value FROM board_cells WHERE column_id = ? AND paper_id = ?",

  /* The main window's sidebar and edits (gln-database-sidebar.c) */
  [STMT_SUMMARY_HAS_PAPERS] = "SELECT EXISTS (SELECT 1 FROM papers)",
  /* Driven by feed_papers, so that a library imported without feeds costs nothing; unread
   * is looked up in the partial index of unread papers, never in the table. */
  [STMT_SUMMARY_INBOX] =
    "SELECT count(*) FROM (SELECT DISTINCT paper_id FROM feed_papers) fp"
    " WHERE EXISTS (SELECT 1 FROM papers p INDEXED BY papers_unread"
    "  WHERE p.id = fp.paper_id AND p.read_time IS NULL)",
  [STMT_SUMMARY_UPDATED] = "SELECT count(*) FROM papers WHERE new_version = 1",
  [STMT_SUMMARY_STARRED] =
    "SELECT count(*) FROM papers p INDEXED BY papers_starred WHERE p.starred = 1"
    " AND EXISTS (SELECT 1 FROM papers u INDEXED BY papers_unread"
    "  WHERE u.id = p.id AND u.read_time IS NULL)",
  [STMT_SUMMARY_FEEDS] =
    "SELECT f.id, f.title, f.kind, f.last_error,"
    " (SELECT count(*) FROM feed_papers fp WHERE fp.feed_id = f.id"
    "  AND EXISTS (SELECT 1 FROM papers p INDEXED BY papers_unread"
    "  WHERE p.id = fp.paper_id AND p.read_time IS NULL)),"
    " (SELECT count(*) FROM feed_papers fp WHERE fp.feed_id = f.id), f.params"
    " FROM feeds f ORDER BY f.position, f.id",
  [STMT_SUMMARY_COLLECTIONS] =
    "SELECT c.id, c.name,"
    " (SELECT count(*) FROM collection_papers cp WHERE cp.collection_id = c.id"
    "  AND EXISTS (SELECT 1 FROM papers p INDEXED BY papers_unread"
    "  WHERE p.id = cp.paper_id AND p.read_time IS NULL)),"
    " (SELECT count(*) FROM collection_papers cp WHERE cp.collection_id = c.id)"
    " FROM collections c ORDER BY c.position, c.name",
  [STMT_SUMMARY_TAGS] =
    "SELECT t.id, t.name,"
    " (SELECT count(*) FROM paper_tags pt WHERE pt.tag_id = t.id"
    "  AND EXISTS (SELECT 1 FROM papers p INDEXED BY papers_unread"
    "  WHERE p.id = pt.paper_id AND p.read_time IS NULL)),"
    " (SELECT count(*) FROM paper_tags pt WHERE pt.tag_id = t.id)"
    " FROM tags t WHERE EXISTS (SELECT 1 FROM paper_tags pt WHERE pt.tag_id = t.id)"
    " ORDER BY t.name COLLATE NOCASE",
  [STMT_SUMMARY_SEARCHES] =
    "SELECT id, name, scope, text, collection, tag, category, feed_id, min_rating,"
    " published_from, published_to, unread, sort FROM saved_searches"
    " ORDER BY position, name COLLATE NOCASE",
  [STMT_DELETE_NOTE] = "DELETE FROM notes WHERE id = ?",
  [STMT_DELETE_COLLECTION_PAPER] =
    "DELETE FROM collection_papers WHERE collection_id = ? AND paper_id = ?",
  [STMT_INSERT_SAVED_SEARCH] =
    "INSERT INTO saved_searches (name, scope, text, collection, tag, category, published_from,"
    " published_to, feed_id, min_rating, unread, sort, created)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (name) DO UPDATE SET scope = excluded.scope, text = excluded.text,"
    " collection = excluded.collection, tag = excluded.tag, category = excluded.category,"
    " published_from = excluded.published_from, published_to = excluded.published_to,"
    " feed_id = excluded.feed_id, min_rating = excluded.min_rating, unread = excluded.unread,"
    " sort = excluded.sort RETURNING id",
  [STMT_DELETE_SAVED_SEARCH] = "DELETE FROM saved_searches WHERE id = ?",

  /* feeds (gln-database-feeds.c) */
  [STMT_INSERT_FEED] =
    "INSERT INTO feeds (kind, params, title, position, created)"
    " VALUES (?, ?, ?, (SELECT coalesce (max (position), 0) + 1 FROM feeds), ?)",
  [STMT_FEEDS] =
    "SELECT f.id, f.kind, f.params, f.title, f.etag, f.last_modified, f.last_fetch,"
    " f.last_error, f.refresh_interval, f.enabled, f.position, f.created,"
    " (SELECT count(*) FROM feed_papers fp WHERE fp.feed_id = f.id),"
    " (SELECT count(*) FROM feed_papers fp JOIN papers p ON p.id = fp.paper_id"
    "  WHERE fp.feed_id = f.id AND p.read_time IS NULL)"
    " FROM feeds f WHERE ?1 = 0 OR f.id = ?1 ORDER BY f.position, f.id",
  [STMT_DELETE_FEED] = "DELETE FROM feeds WHERE id = ?",
  [STMT_SET_FEED_TITLE] = "UPDATE feeds SET title = ? WHERE id = ?",
  [STMT_SET_FEED_ENABLED] = "UPDATE feeds SET enabled = ? WHERE id = ?",
  [STMT_SET_FEED_INTERVAL] = "UPDATE feeds SET refresh_interval = ? WHERE id = ?",
  [STMT_SET_FEED_PARAMS] = "UPDATE feeds SET params = ? WHERE id = ?",
  [STMT_SET_FEED_VALIDATORS] = "UPDATE feeds SET etag = ?, last_modified = ? WHERE id = ?",
  [STMT_SET_FEED_STATUS] = "UPDATE feeds SET last_fetch = ?, last_error = ? WHERE id = ?",
  [STMT_PAPER_ARRIVALS] =
    "SELECT feed_id, arrived FROM feed_papers WHERE paper_id = ? ORDER BY arrived, feed_id",
  /* collections, screening and boards */
  [STMT_DESCRIBE_COLLECTION] = "UPDATE collections SET description = ? WHERE id = ?",
  [STMT_RENAME_COLLECTION] = "UPDATE collections SET name = ? WHERE id = ?",
  [STMT_DELETE_COLLECTION] = "DELETE FROM collections WHERE id = ?",
  [STMT_LIST_COLLECTIONS] =
    "SELECT c.id, c.name, c.description, count (cp.paper_id),"
    " coalesce (sum (cp.status = 'include'), 0), coalesce (sum (cp.status = 'exclude'), 0),"
    " coalesce (sum (cp.status = 'maybe'), 0), coalesce (sum (cp.status = 'unscreened'), 0)"
    " FROM collections c LEFT JOIN collection_papers cp ON cp.collection_id = c.id"
    " GROUP BY c.id ORDER BY c.position, c.name",
  [STMT_COLLECTION_PAPERS] =
    "SELECT paper_id, status, reason, key_results FROM collection_papers"
    " WHERE collection_id = ?1 AND (?2 IS NULL OR status = ?2) ORDER BY position, paper_id",
  [STMT_LOG_SCREENING] =
    "INSERT INTO screening_log (collection_id, paper_id, status, reason, previous_status,"
    " previous_reason, time) VALUES (?, ?, ?, ?, ?, ?, ?)",
  [STMT_LAST_SCREENING] =
    "SELECT id, paper_id, previous_status, previous_reason FROM screening_log"
    " WHERE collection_id = ? ORDER BY id DESC LIMIT 1",
  [STMT_DELETE_SCREENING_LOG] = "DELETE FROM screening_log WHERE id = ?",
  [STMT_ADD_REASON] =
    "INSERT OR IGNORE INTO screening_reasons (collection_id, reason, position) VALUES (?1, ?2,"
    " (SELECT coalesce (max (position), 0) + 1 FROM screening_reasons WHERE collection_id = ?1))",
  [STMT_LIST_REASONS] =
    "SELECT reason FROM screening_reasons WHERE collection_id = ? ORDER BY position",
  [STMT_SCREENING_COUNTS] =
    "SELECT status, count (*) FROM collection_papers WHERE collection_id = ? GROUP BY status",
  [STMT_REASON_COUNTS] =
    "SELECT coalesce (reason, ''), count (*) FROM collection_papers"
    " WHERE collection_id = ? AND status = 'exclude' GROUP BY 1 ORDER BY 2 DESC, 1",
  [STMT_LIST_BOARD_COLUMNS] =
    "SELECT id, name, kind, choices, position, coalesce (width, 0), hidden, collection_id"
    " FROM board_columns WHERE collection_id = ? ORDER BY position, id",
  [STMT_BOARD_COLUMN_BY_ID] =
    "SELECT id, name, kind, choices, position, coalesce (width, 0), hidden, collection_id"
    " FROM board_columns WHERE id = ?",
  [STMT_UPDATE_BOARD_COLUMN] =
    "UPDATE board_columns SET name = ?, choices = ?, width = ?, hidden = ? WHERE id = ?",
  [STMT_MOVE_BOARD_COLUMN] = "UPDATE board_columns SET position = ? WHERE id = ?",
  [STMT_DELETE_BOARD_COLUMN] = "DELETE FROM board_columns WHERE id = ?",
  [STMT_LIST_BOARD_CELLS] =
    "SELECT bc.column_id, bc.paper_id, bc.value FROM board_cells bc"
    " JOIN board_columns c ON c.id = bc.column_id WHERE c.collection_id = ?",
  [STMT_SET_KEY_RESULTS] =
    "UPDATE collection_papers SET key_results = ? WHERE collection_id = ? AND paper_id = ?",
};

static void
gln_database_finalize (GObject *object)
{
  GlnDatabase *self = (GlnDatabase *)object;

  for (guint i = 0; i < N_STMTS; i++)
    g_clear_pointer (&self->statements[i], sqlite3_finalize);
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

/* Turns an SQLite result code into a GError a user can act on. Always returns FALSE. */
gboolean
_gln_database_set_error (GlnDatabase  *self,
                         int           rc,
                         GError      **error)
{
  const char *detail = self->handle ? sqlite3_errmsg (self->handle) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_FULL,
                   _("The disk is full; nothing was changed"));
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
_gln_database_get_statement (GlnDatabase   *self,
                             GlnStatement   which,
                             GError       **error)
{
  g_assert (which < N_STMTS);

  if (self->statements[which] == NULL)
    {
      int rc = sqlite3_prepare_v3 (self->handle, statement_sql[which], -1,
                                   SQLITE_PREPARE_PERSISTENT, &self->statements[which], NULL);

      if (rc != SQLITE_OK)
        {
          _gln_database_set_error (self, rc, error);
          return NULL;
        }
    }

  return self->statements[which];
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
  int rc = sqlite3_exec (self->handle, sql, NULL, NULL, NULL);

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

/* Runs a one-text-parameter, one-id-column lookup: the id, 0 when absent, -1 on error. */
gint64
_gln_database_lookup_id (GlnDatabase  *self,
                         GlnStatement  which,
                         const char   *value,
                         GError      **error)
{
  g_autoptr(GlnStmtScope) stmt = NULL;
  int rc;

  if (!(stmt = _gln_database_get_statement (self, which, error)))
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

gboolean
_gln_database_savepoint (GlnDatabase  *self,
                         GError      **error)
{
  sqlite3_stmt *stmt = _gln_database_get_statement (self, STMT_SAVEPOINT, error);

  return stmt != NULL && _gln_database_step_done (self, stmt, error);
}

/* Releases the savepoint on success, or rolls everything since it back. */
gboolean
_gln_database_release (GlnDatabase  *self,
                       gboolean      success,
                       GError      **error)
{
  sqlite3_stmt *stmt;

  if (!success)
    {
      if ((stmt = _gln_database_get_statement (self, STMT_ROLLBACK_TO, NULL)))
        _gln_database_step_done (self, stmt, NULL);
    }

  if (!(stmt = _gln_database_get_statement (self, STMT_RELEASE, error)))
    return FALSE;

  return _gln_database_step_done (self, stmt, error);
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

/**
 * gln_database_dup_default_path:
 *
 * Returns: (transfer full): `$XDG_DATA_HOME/gleaner/library.db`
 */
char *
gln_database_dup_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "gleaner", "library.db", NULL);
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
  int open_flags;
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

  open_flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
  open_flags |= read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  rc = sqlite3_open_v2 (path, &self->handle, open_flags, NULL);
  if (rc != SQLITE_OK)
    {
      _gln_database_set_error (self, rc, error);
      g_prefix_error (error, "%s: ", path);
      return NULL;
    }

  sqlite3_extended_result_codes (self->handle, 1);
  sqlite3_busy_timeout (self->handle, 5000);

  self->schema_version = query_int (self, "PRAGMA user_version", error);
  if (self->schema_version < 0)
    {
      g_prefix_error (error, "%s: ", path);
      return NULL;
    }

  if (self->schema_version > gln_database_get_latest_version ())
    {
      g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_TOO_NEW,
                   _("%s was written by a newer version of Gleaner (library version %d, this "
                     "version knows up to %d); update Gleaner to open it"),
                   path, self->schema_version, gln_database_get_latest_version ());
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
      return g_steal_pointer (&self);
    }

  /* page_size only takes effect on a new file, and only before WAL is on. */
  if (!_gln_database_exec (self, "PRAGMA page_size = 4096", error) ||
      !_gln_database_exec (self, "PRAGMA journal_mode = WAL", error) ||
      !_gln_database_exec (self, "PRAGMA synchronous = NORMAL", error) ||
      !_gln_database_exec (self, "PRAGMA foreign_keys = ON", error) ||
      /* A large import must not spill dirty pages into the WAL before it commits. */
      !_gln_database_exec (self, "PRAGMA cache_size = -32768", error) ||
      !_gln_database_exec (self, "PRAGMA temp_store = MEMORY", error) ||
      /* Checkpoints wait until a job has handed its result back (see
       * gln_database_checkpoint_if_needed()), instead of running inside its commit. */
      !_gln_database_exec (self, "PRAGMA wal_autocheckpoint = 0", error))
    {
      g_prefix_error (error, "%s: ", path);
      return NULL;
    }

  if (!migrate (self, error))
    return NULL;

  sqlite3_wal_hook (self->handle, wal_committed_cb, self);

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
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GLN_IS_DATABASE (self), FALSE);

  stmt = _gln_database_get_statement (self, STMT_BEGIN, error);
  return stmt != NULL && _gln_database_step_done (self, stmt, error);
}

gboolean
gln_database_commit (GlnDatabase  *self,
                     GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GLN_IS_DATABASE (self), FALSE);

  stmt = _gln_database_get_statement (self, STMT_COMMIT, error);
  if (stmt == NULL || !_gln_database_step_done (self, stmt, error))
    {
      gln_database_rollback (self);
      return FALSE;
    }

  return TRUE;
}

void
gln_database_rollback (GlnDatabase *self)
{
  sqlite3_stmt *stmt;

  g_return_if_fail (GLN_IS_DATABASE (self));

  if (sqlite3_get_autocommit (self->handle))
    return;

  if ((stmt = _gln_database_get_statement (self, STMT_ROLLBACK, NULL)))
    _gln_database_step_done (self, stmt, NULL);
}

static void
collect_rows (GlnDatabase  *self,
              const char   *sql,
              GPtrArray    *problems,
              const char   *prefix,
              const char   *ok_value)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (self->handle, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          const char *value = (const char *) sqlite3_column_text (stmt, 0);

          if (ok_value == NULL || g_strcmp0 (value, ok_value) != 0)
            g_ptr_array_add (problems, g_strdup_printf ("%s: %s", prefix, value ? value : "?"));
        }
    }
  if (rc != SQLITE_DONE)
    g_ptr_array_add (problems, g_strdup_printf ("%s: %s", prefix, sqlite3_errmsg (self->handle)));
  sqlite3_finalize (stmt);
}

/**
 * gln_database_check:
 * @self: a #GlnDatabase
 * @error: return location for a #GError
 *
 * Checks the file's integrity, its foreign keys and that the full-text index matches the
 * papers.
 *
 * Returns: (transfer full): one line per problem found, empty when the library is sound
 */
GStrv
gln_database_check (GlnDatabase  *self,
                    GError      **error)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  int rc;

  g_return_val_if_fail (GLN_IS_DATABASE (self), NULL);

  collect_rows (self, "PRAGMA integrity_check", problems, "integrity", "ok");
  collect_rows (self,
                "SELECT \"table\" || ' row ' || rowid || ' refers to a missing ' || parent"
                " FROM pragma_foreign_key_check",
                problems, "foreign key", NULL);
  collect_rows (self,
                "SELECT 'paper ' || id || ' is missing from the search index' FROM papers"
                " WHERE id NOT IN (SELECT rowid FROM papers_fts)",
                problems, "search index", NULL);
  collect_rows (self,
                "SELECT 'search index row ' || rowid || ' has no paper' FROM papers_fts"
                " WHERE rowid NOT IN (SELECT id FROM papers)",
                problems, "search index", NULL);

  rc = sqlite3_exec (self->handle,
                     "INSERT INTO papers_fts (papers_fts, rank) VALUES ('integrity-check', 1)",
                     NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    g_ptr_array_add (problems, g_strdup_printf ("search index: %s", sqlite3_errmsg (self->handle)));

  g_ptr_array_add (problems, NULL);
  return (GStrv) g_ptr_array_free (g_steal_pointer (&problems), FALSE);
}

const char *
gln_screening_to_string (GlnScreening status)
{
  switch (status)
    {
    case GLN_SCREENING_INCLUDE:
      return "include";
    case GLN_SCREENING_EXCLUDE:
      return "exclude";
    case GLN_SCREENING_MAYBE:
      return "maybe";
    case GLN_SCREENING_UNSCREENED:
    default:
      return "unscreened";
    }
}

gboolean
gln_screening_from_string (const char   *str,
                           GlnScreening *status)
{
  static const char * const names[] = { "unscreened", "include", "exclude", "maybe" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      if (g_strcmp0 (str, names[i]) == 0)
        {
          *status = (GlnScreening) i;
          return TRUE;
        }
    }

  return FALSE;
}
