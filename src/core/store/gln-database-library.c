/* SPDX-License-Identifier: GPL-3.0-or-later */

/* What the user writes: ratings, stars, read state, tags, notes, collections, screening and
 * board cells. None of it is ever touched by an import. */

#define G_LOG_DOMAIN "gln-database"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "gln-database-private.h"
#include "gln-macros.h"

static gboolean
check_changed (GlnDatabase  *self,
               gint64        paper_id,
               GError      **error)
{
  if (sqlite3_changes (_gln_database_get_handle (self)) == 0)
    {
      g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_NOT_FOUND,
                   _("No paper with id %" G_GINT64_FORMAT " in the library"), paper_id);
      return FALSE;
    }

  return TRUE;
}

static gboolean
run_paper_update (GlnDatabase   *self,
                  GlnStatement   which,
                  gint64         value,
                  gboolean       value_is_null,
                  gint64         paper_id,
                  GError       **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = _gln_database_get_statement (self, which, error)))
    return FALSE;

  if (value_is_null)
    _gln_stmt_bind (stmt, "nl", paper_id);
  else
    _gln_stmt_bind (stmt, "ll", value, paper_id);

  return _gln_database_step_done (self, stmt, error) && check_changed (self, paper_id, error);
}

gboolean
gln_database_set_rating (GlnDatabase  *self,
                         gint64        paper_id,
                         int           rating,
                         GError      **error)
{
  g_return_val_if_fail (GLN_IS_DATABASE (self), FALSE);

  if (rating < 0 || rating > 5)
    {
      g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_INVALID,
                   _("A rating is a number from 0 to 5, not %d"), rating);
      return FALSE;
    }

  return run_paper_update (self, STMT_SET_RATING, rating, FALSE, paper_id, error);
}

gboolean
gln_database_set_starred (GlnDatabase  *self,
                          gint64        paper_id,
                          gboolean      starred,
                          GError      **error)
{
  g_return_val_if_fail (GLN_IS_DATABASE (self), FALSE);

  return run_paper_update (self, STMT_SET_STARRED, starred ? 1 : 0, FALSE, paper_id, error);
}

/* Reading a paper also acknowledges its new version. */
gboolean
gln_database_set_read (GlnDatabase  *self,
                       gint64        paper_id,
                       gboolean      read,
                       GError      **error)
{
  g_return_val_if_fail (GLN_IS_DATABASE (self), FALSE);

  return run_paper_update (self, STMT_SET_READ, _gln_database_now (), !read, paper_id, error);
}

static gint64
ensure_named_row (GlnDatabase   *self,
                  GlnStatement   insert,
                  GlnStatement   lookup,
                  const char    *name,
                  GError       **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = _gln_database_get_statement (self, insert, error)))
    return -1;
  _gln_stmt_bind (stmt, "t", name);
  if (!_gln_database_step_done (self, stmt, error))
    return -1;

  return _gln_database_lookup_id (self, lookup, name, error);
}

static gboolean
validate_name (const char  *name,
               GError     **error)
{
  g_autofree char *stripped = NULL;

  if (name != NULL && g_utf8_validate (name, -1, NULL))
    stripped = g_strstrip (g_strdup (name));

  if (gln_str_empty0 (stripped))
    {
      g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_INVALID,
                   _("A name must not be empty"));
      return FALSE;
    }

  return TRUE;
}

gboolean
gln_database_add_tag (GlnDatabase  *self,
                      gint64        paper_id,
                      const char   *tag,
                      GError      **error)
{
  g_autofree char *name = NULL;
  sqlite3_stmt *stmt;
  gint64 tag_id;
  gboolean ok;

  g_return_val_if_fail (GLN_IS_DATABASE (self), FALSE);

  if (!validate_name (tag, error))
    return FALSE;
  name = g_strstrip (g_strdup (tag));

  if (!_gln_database_savepoint (self, error))
    return FALSE;

  ok = (tag_id = ensure_named_row (self, STMT_INSERT_TAG, STMT_TAG_ID, name, error)) > 0 &&
       (stmt = _gln_database_get_statement (self, STMT_INSERT_PAPER_TAG, error)) != NULL;
  if (ok)
    {
      _gln_stmt_bind (stmt, "ll", paper_id, tag_id);
      ok = _gln_database_step_done (self, stmt, error);
    }

  return _gln_database_release (self, ok, ok ? error : NULL) && ok;
}

gboolean
gln_database_remove_tag (GlnDatabase  *self,
                         gint64        paper_id,
                         const char   *tag,
                         GError      **error)
{
  sqlite3_stmt *stmt;
  gint64 tag_id;

  g_return_val_if_fail (GLN_IS_DATABASE (self), FALSE);

  if ((tag_id = _gln_database_lookup_id (self, STMT_TAG_ID, tag, error)) < 0)
    return FALSE;
  if (tag_id == 0)
    return TRUE;

  if (!(stmt = _gln_database_get_statement (self, STMT_DELETE_PAPER_TAG, error)))
    return FALSE;
  _gln_stmt_bind (stmt, "ll", paper_id, tag_id);

  return _gln_database_step_done (self, stmt, error);
}

void
gln_note_free (GlnNote *note)
{
  if (note == NULL)
    return;

  g_free (note->body);
  g_free (note);
}

gint64
gln_database_add_note (GlnDatabase  *self,
                       gint64        paper_id,
                       const char   *body,
                       GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;
  gint64 now = _gln_database_now ();

  g_return_val_if_fail (GLN_IS_DATABASE (self), -1);
  g_return_val_if_fail (body != NULL, -1);

  if (!(stmt = _gln_database_get_statement (self, STMT_INSERT_NOTE, error)))
    return -1;
  _gln_stmt_bind (stmt, "ltll", paper_id, body, now, now);
  if (!_gln_database_step_done (self, stmt, &local_error))
    {
      /* The only constraint a note can break is its paper's foreign key. */
      if (g_error_matches (local_error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_INVALID))
        g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_NOT_FOUND,
                     _("No paper with id %" G_GINT64_FORMAT " in the library"), paper_id);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return -1;
    }

  return sqlite3_last_insert_rowid (_gln_database_get_handle (self));
}

gboolean
gln_database_update_note (GlnDatabase  *self,
                          gint64        note_id,
                          const char   *body,
                          GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GLN_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (body != NULL, FALSE);

  if (!(stmt = _gln_database_get_statement (self, STMT_UPDATE_NOTE, error)))
    return FALSE;
  _gln_stmt_bind (stmt, "tll", body, _gln_database_now (), note_id);
  if (!_gln_database_step_done (self, stmt, error))
    return FALSE;

  if (sqlite3_changes (_gln_database_get_handle (self)) == 0)
    {
      g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_NOT_FOUND,
                   _("The note no longer exists"));
      return FALSE;
    }

  return TRUE;
}

/**
 * gln_database_list_notes:
 * @self: a #GlnDatabase
 * @paper_id: a paper id
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type GlnNote): the paper's notes, oldest first
 */
GPtrArray *
gln_database_list_notes (GlnDatabase  *self,
                         gint64        paper_id,
                         GError      **error)
{
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func ((GDestroyNotify) gln_note_free);
  g_autoptr(GlnStmtScope) stmt = NULL;
  int rc;

  g_return_val_if_fail (GLN_IS_DATABASE (self), NULL);

  if (!(stmt = _gln_database_get_statement (self, STMT_LIST_NOTES, error)))
    return NULL;

  _gln_stmt_bind (stmt, "l", paper_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GlnNote *note = g_new0 (GlnNote, 1);

      note->id = sqlite3_column_int64 (stmt, 0);
      note->body = _gln_stmt_dup_text (stmt, 1);
      note->created = sqlite3_column_int64 (stmt, 2);
      note->modified = sqlite3_column_int64 (stmt, 3);
      g_ptr_array_add (notes, note);
    }
  if (rc != SQLITE_DONE)
    {
      _gln_database_set_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&notes);
}

gint64
gln_database_create_collection (GlnDatabase  *self,
                                const char   *name,
                                GError      **error)
{
  g_autofree char *stripped = NULL;
  sqlite3_stmt *stmt;
  gint64 id;

  g_return_val_if_fail (GLN_IS_DATABASE (self), -1);

  if (!validate_name (name, error))
    return -1;
  stripped = g_strstrip (g_strdup (name));

  if ((id = _gln_database_lookup_id (self, STMT_COLLECTION_ID, stripped, error)) != 0)
    {
      if (id > 0)
        g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_INVALID,
                     _("A collection named “%s” already exists"), stripped);
      return -1;
    }

  if (!(stmt = _gln_database_get_statement (self, STMT_INSERT_COLLECTION, error)))
    return -1;
  _gln_stmt_bind (stmt, "tl", stripped, _gln_database_now ());
  if (!_gln_database_step_done (self, stmt, error))
    return -1;

  return sqlite3_last_insert_rowid (_gln_database_get_handle (self));
}

/* Returns the collection's id, or -1 with NOT_FOUND. */
gint64
gln_database_lookup_collection (GlnDatabase  *self,
                                const char   *name,
                                GError      **error)
{
  gint64 id;

  g_return_val_if_fail (GLN_IS_DATABASE (self), -1);

  if ((id = _gln_database_lookup_id (self, STMT_COLLECTION_ID, name, error)) == 0)
    {
      g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_NOT_FOUND,
                   _("No collection named “%s”"), name);
      return -1;
    }

  return id;
}

gboolean
gln_database_collection_add (GlnDatabase  *self,
                             gint64        collection_id,
                             gint64        paper_id,
                             GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GLN_IS_DATABASE (self), FALSE);

  if (!(stmt = _gln_database_get_statement (self, STMT_INSERT_COLLECTION_PAPER, error)))
    return FALSE;
  _gln_stmt_bind (stmt, "lll", collection_id, paper_id, _gln_database_now ());

  return _gln_database_step_done (self, stmt, error);
}

/* Stores a decision without logging it: what undo uses. */
gboolean
_gln_database_screen_quietly (GlnDatabase   *self,
                              gint64         collection_id,
                              gint64         paper_id,
                              GlnScreening   status,
                              const char    *reason,
                              GError       **error)
{
  sqlite3_stmt *stmt;
  gboolean unscreened = status == GLN_SCREENING_UNSCREENED;

  if (!(stmt = _gln_database_get_statement (self, STMT_SCREEN_COLLECTION_PAPER, error)))
    return FALSE;
  _gln_stmt_bind (stmt, "ttlll", gln_screening_to_string (status),
                  unscreened || gln_str_empty0 (reason) ? NULL : reason,
                  unscreened ? (gint64) 0 : _gln_database_now (), collection_id, paper_id);
  if (unscreened)
    sqlite3_bind_null (stmt, 3);
  if (!_gln_database_step_done (self, stmt, error))
    return FALSE;

  if (sqlite3_changes (_gln_database_get_handle (self)) == 0)
    {
      g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_NOT_FOUND,
                   _("The paper is not in this collection"));
      return FALSE;
    }

  return TRUE;
}

/**
 * gln_database_collection_screen:
 * @self: a #GlnDatabase
 * @collection_id: the collection
 * @paper_id: a paper in it
 * @status: the decision
 * @reason: (nullable): why; an exclusion reason joins the collection's vocabulary
 * @error: return location for a #GError
 *
 * Records a screening decision, logged so that gln_database_undo_screening() can take it
 * back.
 */
gboolean
gln_database_collection_screen (GlnDatabase   *self,
                                gint64         collection_id,
                                gint64         paper_id,
                                GlnScreening   status,
                                const char    *reason,
                                GError       **error)
{
  g_autofree char *previous_reason = NULL;
  g_autofree char *stripped = NULL;
  GlnScreening previous;
  gboolean ok;

  g_return_val_if_fail (GLN_IS_DATABASE (self), FALSE);

  if (reason != NULL)
    reason = stripped = g_strstrip (g_strdup (reason));

  if (!gln_database_get_screening (self, collection_id, paper_id, &previous, &previous_reason,
                                   error) ||
      !_gln_database_savepoint (self, error))
    return FALSE;

  ok = _gln_database_screen_quietly (self, collection_id, paper_id, status, reason, error) &&
       _gln_database_log_screening (self, collection_id, paper_id, status, reason, previous,
                                    previous_reason, error);

  return _gln_database_release (self, ok, ok ? error : NULL) && ok;
}

gboolean
gln_database_get_screening (GlnDatabase   *self,
                            gint64         collection_id,
                            gint64         paper_id,
                            GlnScreening  *status,
                            char         **reason,
                            GError       **error)
{
  g_autoptr(GlnStmtScope) stmt = NULL;
  int rc;

  g_return_val_if_fail (GLN_IS_DATABASE (self), FALSE);

  if (!(stmt = _gln_database_get_statement (self, STMT_GET_SCREENING, error)))
    return FALSE;
  _gln_stmt_bind (stmt, "ll", collection_id, paper_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_NOT_FOUND,
                   _("The paper is not in this collection"));
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return _gln_database_set_error (self, rc, error);

  if (status != NULL)
    gln_screening_from_string ((const char *) sqlite3_column_text (stmt, 0), status);
  if (reason != NULL)
    *reason = _gln_stmt_dup_text (stmt, 1);

  return TRUE;
}

gint64
gln_database_add_board_column (GlnDatabase  *self,
                               gint64        collection_id,
                               const char   *name,
                               const char   *kind,
                               GError      **error)
{
  static const char * const kinds[] = { "text", "score", "number", "choice", NULL };
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GLN_IS_DATABASE (self), -1);

  if (!validate_name (name, error))
    return -1;
  if (kind == NULL || !g_strv_contains (kinds, kind))
    {
      g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_INVALID,
                   _("A column kind is text, score, number or choice, not “%s”"), kind);
      return -1;
    }

  if (!(stmt = _gln_database_get_statement (self, STMT_INSERT_BOARD_COLUMN, error)))
    return -1;
  _gln_stmt_bind (stmt, "ltt", collection_id, name, kind);
  if (!_gln_database_step_done (self, stmt, error))
    return -1;

  return sqlite3_last_insert_rowid (_gln_database_get_handle (self));
}

static gint64
lookup_board_column (GlnDatabase  *self,
                     gint64        collection_id,
                     const char   *column,
                     GError      **error)
{
  g_autoptr(GlnStmtScope) stmt = NULL;
  int rc;

  if (!(stmt = _gln_database_get_statement (self, STMT_BOARD_COLUMN_ID, error)))
    return -1;
  _gln_stmt_bind (stmt, "lt", collection_id, column);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  if (rc == SQLITE_DONE)
    g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_NOT_FOUND,
                 _("The board has no column “%s”"), column);
  else
    _gln_database_set_error (self, rc, error);

  return -1;
}

gboolean
gln_database_set_board_cell (GlnDatabase  *self,
                             gint64        collection_id,
                             const char   *column,
                             gint64        paper_id,
                             const char   *value,
                             GError      **error)
{
  gint64 column_id;

  g_return_val_if_fail (GLN_IS_DATABASE (self), FALSE);

  if ((column_id = lookup_board_column (self, collection_id, column, error)) < 0)
    return FALSE;

  return gln_database_set_board_cell_by_id (self, column_id, paper_id, value, error);
}

char *
gln_database_dup_board_cell (GlnDatabase  *self,
                             gint64        collection_id,
                             const char   *column,
                             gint64        paper_id,
                             GError      **error)
{
  g_autoptr(GlnStmtScope) stmt = NULL;
  gint64 column_id;
  int rc;

  g_return_val_if_fail (GLN_IS_DATABASE (self), NULL);

  if ((column_id = lookup_board_column (self, collection_id, column, error)) < 0)
    return NULL;
  if (!(stmt = _gln_database_get_statement (self, STMT_GET_BOARD_CELL, error)))
    return NULL;
  _gln_stmt_bind (stmt, "ll", column_id, paper_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return _gln_stmt_dup_text (stmt, 0);
  if (rc != SQLITE_DONE)
    _gln_database_set_error (self, rc, error);

  return NULL;
}
