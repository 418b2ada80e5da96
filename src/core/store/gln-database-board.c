/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Review collections: their description, screening with an undo log and a vocabulary of
 * exclusion reasons, the PRISMA counts, and the comparison board's columns and cells. */

#define G_LOG_DOMAIN "gln-database"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "gln-board.h"
#include "gln-database-private.h"
#include "gln-macros.h"

#define CHOICE_SEPARATOR "\n"

void
gln_collection_info_free (GlnCollectionInfo *info)
{
  if (info == NULL)
    return;

  g_free (info->name);
  g_free (info->description);
  g_free (info);
}

void
gln_collection_paper_free (GlnCollectionPaper *entry)
{
  if (entry == NULL)
    return;

  g_free (entry->reason);
  g_free (entry->key_results);
  g_free (entry);
}

void
gln_screening_summary_free (GlnScreeningSummary *summary)
{
  if (summary == NULL)
    return;

  g_clear_pointer (&summary->reasons, g_ptr_array_unref);
  g_clear_pointer (&summary->reason_counts, g_array_unref);
  g_free (summary);
}

static gboolean
run_update (GlnDatabase   *self,
            GlnStatement   which,
            const char    *not_found,
            GError       **error,
            const char    *types,
            ...)
{
  sqlite3_stmt *stmt;
  va_list args;
  int rc;

  if (!(stmt = _gln_database_get_statement (self, which, error)))
    return FALSE;

  va_start (args, types);
  _gln_stmt_bind_valist (stmt, types, args);
  va_end (args);

  rc = sqlite3_step (stmt);
  _gln_stmt_reset (stmt);
  if (rc != SQLITE_DONE)
    return _gln_database_set_error (self, rc, error);

  if (not_found != NULL && sqlite3_changes (_gln_database_get_handle (self)) == 0)
    {
      g_set_error_literal (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_NOT_FOUND, not_found);
      return FALSE;
    }

  return TRUE;
}

gboolean
gln_database_describe_collection (GlnDatabase  *self,
                                  gint64        collection_id,
                                  const char   *description,
                                  GError      **error)
{
  g_return_val_if_fail (GLN_IS_DATABASE (self), FALSE);

  return run_update (self, STMT_DESCRIBE_COLLECTION, _("The collection no longer exists"), error,
                     "tl", description ? description : "", collection_id);
}

gboolean
gln_database_rename_collection (GlnDatabase  *self,
                                gint64        collection_id,
                                const char   *name,
                                GError      **error)
{
  g_autofree char *stripped = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (GLN_IS_DATABASE (self), FALSE);

  stripped = g_strstrip (g_strdup (name ? name : ""));
  if (stripped[0] == '\0' || !g_utf8_validate (stripped, -1, NULL))
    {
      g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_INVALID,
                   _("A name must not be empty"));
      return FALSE;
    }

  if (!run_update (self, STMT_RENAME_COLLECTION, _("The collection no longer exists"),
                   &local_error, "tl", stripped, collection_id))
    {
      if (g_error_matches (local_error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_INVALID))
        g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_INVALID,
                     _("A collection named “%s” already exists"), stripped);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

/* The papers stay in the library; only the collection, its screening and board go. */
gboolean
gln_database_delete_collection (GlnDatabase  *self,
                                gint64        collection_id,
                                GError      **error)
{
  g_return_val_if_fail (GLN_IS_DATABASE (self), FALSE);

  return run_update (self, STMT_DELETE_COLLECTION, _("The collection no longer exists"), error,
                     "l", collection_id);
}

/**
 * gln_database_list_collections:
 * @self: a #GlnDatabase
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type GlnCollectionInfo): every collection with its
 *   screening counts
 */
GPtrArray *
gln_database_list_collections (GlnDatabase  *self,
                               GError      **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) gln_collection_info_free);
  g_autoptr(GlnStmtScope) stmt = NULL;
  int rc;

  g_return_val_if_fail (GLN_IS_DATABASE (self), NULL);

  if (!(stmt = _gln_database_get_statement (self, STMT_LIST_COLLECTIONS, error)))
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GlnCollectionInfo *info = g_new0 (GlnCollectionInfo, 1);

      info->id = sqlite3_column_int64 (stmt, 0);
      info->name = _gln_stmt_dup_text (stmt, 1);
      info->description = _gln_stmt_dup_text (stmt, 2);
      info->n_papers = sqlite3_column_int (stmt, 3);
      info->n_included = sqlite3_column_int (stmt, 4);
      info->n_excluded = sqlite3_column_int (stmt, 5);
      info->n_maybe = sqlite3_column_int (stmt, 6);
      info->n_unscreened = sqlite3_column_int (stmt, 7);
      g_ptr_array_add (list, info);
    }
  if (rc != SQLITE_DONE)
    {
      _gln_database_set_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&list);
}

/**
 * gln_database_list_collection_papers:
 * @self: a #GlnDatabase
 * @collection_id: the collection
 * @status: a #GlnScreening to keep only the papers with that decision, or -1 for all
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type GlnCollectionPaper): the papers in the order they
 *   were added
 */
GPtrArray *
gln_database_list_collection_papers (GlnDatabase  *self,
                                     gint64        collection_id,
                                     int           status,
                                     GError      **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) gln_collection_paper_free);
  g_autoptr(GlnStmtScope) stmt = NULL;
  int rc;

  g_return_val_if_fail (GLN_IS_DATABASE (self), NULL);

  if (!(stmt = _gln_database_get_statement (self, STMT_COLLECTION_PAPERS, error)))
    return NULL;

  _gln_stmt_bind (stmt, "lt", collection_id,
                  status >= 0 ? gln_screening_to_string ((GlnScreening) status) : NULL);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GlnCollectionPaper *entry = g_new0 (GlnCollectionPaper, 1);

      entry->paper_id = sqlite3_column_int64 (stmt, 0);
      gln_screening_from_string ((const char *) sqlite3_column_text (stmt, 1), &entry->status);
      entry->reason = _gln_stmt_dup_text (stmt, 2);
      entry->key_results = _gln_stmt_dup_text (stmt, 3);
      g_ptr_array_add (list, entry);
    }
  if (rc != SQLITE_DONE)
    {
      _gln_database_set_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&list);
}

/* Called by gln_database_collection_screen() once the decision is stored. */
gboolean
_gln_database_log_screening (GlnDatabase   *self,
                             gint64         collection_id,
                             gint64         paper_id,
                             GlnScreening   status,
                             const char    *reason,
                             GlnScreening   previous,
                             const char    *previous_reason,
                             GError       **error)
{
  if (!run_update (self, STMT_LOG_SCREENING, NULL, error, "llttttl", collection_id, paper_id,
                   gln_screening_to_string (status), reason, gln_screening_to_string (previous),
                   previous_reason, _gln_database_now ()))
    return FALSE;

  /* A reason typed once is offered again for the rest of the review. */
  if (status == GLN_SCREENING_EXCLUDE && !gln_str_empty0 (reason))
    return run_update (self, STMT_ADD_REASON, NULL, error, "lt", collection_id, reason);

  return TRUE;
}

/**
 * gln_database_undo_screening:
 * @self: a #GlnDatabase
 * @collection_id: the collection
 * @error: return location for a #GError
 *
 * Takes back the collection's last screening decision, restoring what it replaced.
 *
 * Returns: the paper whose decision was taken back, 0 when there was nothing to undo, or -1
 *   with @error set
 */
gint64
gln_database_undo_screening (GlnDatabase  *self,
                             gint64        collection_id,
                             GError      **error)
{
  g_autoptr(GlnStmtScope) stmt = NULL;
  g_autofree char *previous_status = NULL;
  g_autofree char *previous_reason = NULL;
  GlnScreening status = GLN_SCREENING_UNSCREENED;
  gint64 log_id, paper_id;
  int rc;

  g_return_val_if_fail (GLN_IS_DATABASE (self), -1);

  if (!(stmt = _gln_database_get_statement (self, STMT_LAST_SCREENING, error)))
    return -1;
  _gln_stmt_bind (stmt, "l", collection_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return 0;
  if (rc != SQLITE_ROW)
    {
      _gln_database_set_error (self, rc, error);
      return -1;
    }
  log_id = sqlite3_column_int64 (stmt, 0);
  paper_id = sqlite3_column_int64 (stmt, 1);
  previous_status = _gln_stmt_dup_text (stmt, 2);
  previous_reason = _gln_stmt_dup_text (stmt, 3);
  _gln_stmt_reset (g_steal_pointer (&stmt));

  gln_screening_from_string (previous_status, &status);
  if (!_gln_database_savepoint (self, error))
    return -1;
  if (!_gln_database_screen_quietly (self, collection_id, paper_id, status, previous_reason,
                                     error) ||
      !run_update (self, STMT_DELETE_SCREENING_LOG, NULL, error, "l", log_id))
    {
      _gln_database_release (self, FALSE, NULL);
      return -1;
    }
  if (!_gln_database_release (self, TRUE, error))
    return -1;

  return paper_id;
}

/**
 * gln_database_list_reasons:
 * @self: a #GlnDatabase
 * @collection_id: the collection
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the collection's exclusion reasons, in the order first used
 */
GStrv
gln_database_list_reasons (GlnDatabase  *self,
                           gint64        collection_id,
                           GError      **error)
{
  g_autoptr(GlnStmtScope) stmt = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  int rc;

  g_return_val_if_fail (GLN_IS_DATABASE (self), NULL);

  if (!(stmt = _gln_database_get_statement (self, STMT_LIST_REASONS, error)))
    return NULL;
  _gln_stmt_bind (stmt, "l", collection_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
  if (rc != SQLITE_DONE)
    {
      _gln_database_set_error (self, rc, error);
      return NULL;
    }

  return g_strv_builder_end (builder);
}

/**
 * gln_database_get_screening_summary:
 * @self: a #GlnDatabase
 * @collection_id: the collection
 * @error: return location for a #GError
 *
 * Returns: (transfer full): counts per decision and per exclusion reason
 */
GlnScreeningSummary *
gln_database_get_screening_summary (GlnDatabase  *self,
                                    gint64        collection_id,
                                    GError      **error)
{
  g_autoptr(GlnScreeningSummary) summary = g_new0 (GlnScreeningSummary, 1);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (GLN_IS_DATABASE (self), NULL);

  summary->reasons = g_ptr_array_new_with_free_func (g_free);
  summary->reason_counts = g_array_new (FALSE, FALSE, sizeof (guint));

  if (!(stmt = _gln_database_get_statement (self, STMT_SCREENING_COUNTS, error)))
    return NULL;
  _gln_stmt_bind (stmt, "l", collection_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GlnScreening status;

      if (gln_screening_from_string ((const char *) sqlite3_column_text (stmt, 0), &status))
        summary->counts[status] = sqlite3_column_int (stmt, 1);
    }
  _gln_stmt_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _gln_database_set_error (self, rc, error);
      return NULL;
    }

  if (!(stmt = _gln_database_get_statement (self, STMT_REASON_COUNTS, error)))
    return NULL;
  _gln_stmt_bind (stmt, "l", collection_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      guint count = sqlite3_column_int (stmt, 1);

      g_ptr_array_add (summary->reasons, _gln_stmt_dup_text (stmt, 0));
      g_array_append_val (summary->reason_counts, count);
    }
  _gln_stmt_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _gln_database_set_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&summary);
}

/**
 * gln_database_set_key_results:
 * @self: a #GlnDatabase
 * @collection_id: the collection
 * @paper_id: the paper
 * @text: (nullable): the user's Key results; "" clears them, %NULL goes back to the ones
 *   extracted from the abstract
 * @error: return location for a #GError
 */
gboolean
gln_database_set_key_results (GlnDatabase  *self,
                              gint64        collection_id,
                              gint64        paper_id,
                              const char   *text,
                              GError      **error)
{
  g_return_val_if_fail (GLN_IS_DATABASE (self), FALSE);

  return run_update (self, STMT_SET_KEY_RESULTS, _("The paper is not in this collection"), error,
                     "tll", text, collection_id, paper_id);
}

static GlnBoardColumn *
read_column (sqlite3_stmt *stmt)
{
  GlnBoardColumn *column = gln_board_column_new ();
  const char *choices = (const char *) sqlite3_column_text (stmt, 3);

  column->id = sqlite3_column_int64 (stmt, 0);
  column->name = _gln_stmt_dup_text (stmt, 1);
  gln_board_kind_from_string ((const char *) sqlite3_column_text (stmt, 2), &column->kind);
  column->choices = gln_str_empty0 (choices) ? NULL : g_strsplit (choices, CHOICE_SEPARATOR, -1);
  column->position = sqlite3_column_int (stmt, 4);
  column->width = sqlite3_column_int (stmt, 5);
  column->hidden = sqlite3_column_int (stmt, 6) != 0;
  column->collection_id = sqlite3_column_int64 (stmt, 7);

  return column;
}

/**
 * gln_database_list_board_columns:
 * @self: a #GlnDatabase
 * @collection_id: the collection
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type GlnBoardColumn): the board's criteria columns in
 *   their order, hidden ones included
 */
GPtrArray *
gln_database_list_board_columns (GlnDatabase  *self,
                                 gint64        collection_id,
                                 GError      **error)
{
  g_autoptr(GPtrArray) columns = g_ptr_array_new_with_free_func ((GDestroyNotify) gln_board_column_free);
  g_autoptr(GlnStmtScope) stmt = NULL;
  int rc;

  g_return_val_if_fail (GLN_IS_DATABASE (self), NULL);

  if (!(stmt = _gln_database_get_statement (self, STMT_LIST_BOARD_COLUMNS, error)))
    return NULL;
  _gln_stmt_bind (stmt, "l", collection_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (columns, read_column (stmt));
  if (rc != SQLITE_DONE)
    {
      _gln_database_set_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&columns);
}

static GlnBoardColumn *
get_column (GlnDatabase  *self,
            gint64        column_id,
            GError      **error)
{
  g_autoptr(GlnStmtScope) stmt = NULL;
  int rc;

  if (!(stmt = _gln_database_get_statement (self, STMT_BOARD_COLUMN_BY_ID, error)))
    return NULL;
  _gln_stmt_bind (stmt, "l", column_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return read_column (stmt);
  if (rc == SQLITE_DONE)
    g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_NOT_FOUND,
                 _("The board column no longer exists"));
  else
    _gln_database_set_error (self, rc, error);

  return NULL;
}

/**
 * gln_database_update_board_column:
 * @self: a #GlnDatabase
 * @column_id: the column
 * @name: its title
 * @choices: (nullable): the values of a choice column
 * @width: its width, 0 for the default
 * @hidden: whether the board hides it
 * @error: return location for a #GError
 */
gboolean
gln_database_update_board_column (GlnDatabase         *self,
                                  gint64               column_id,
                                  const char          *name,
                                  const char * const  *choices,
                                  int                  width,
                                  gboolean             hidden,
                                  GError             **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (name ? name : ""));
  g_autofree char *joined = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (GLN_IS_DATABASE (self), FALSE);

  if (stripped[0] == '\0')
    {
      g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_INVALID,
                   _("A name must not be empty"));
      return FALSE;
    }
  if (choices != NULL && choices[0] != NULL)
    joined = g_strjoinv (CHOICE_SEPARATOR, (char **) choices);

  if (!run_update (self, STMT_UPDATE_BOARD_COLUMN, _("The board column no longer exists"),
                   &local_error, "ttiil", stripped, joined, MAX (width, 0), hidden ? 1 : 0,
                   column_id))
    {
      if (g_error_matches (local_error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_INVALID))
        g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_INVALID,
                     _("The board already has a column “%s”"), stripped);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

/* Puts a column at @index among its board's columns and renumbers them all. */
gboolean
gln_database_move_board_column (GlnDatabase  *self,
                                gint64        column_id,
                                guint         index,
                                GError      **error)
{
  g_autoptr(GlnBoardColumn) moved = NULL;
  g_autoptr(GPtrArray) columns = NULL;

  g_return_val_if_fail (GLN_IS_DATABASE (self), FALSE);

  if (!(moved = get_column (self, column_id, error)))
    return FALSE;

  if (!(columns = gln_database_list_board_columns (self, moved->collection_id, error)))
    return FALSE;

  for (guint i = 0; i < columns->len; i++)
    {
      if (((GlnBoardColumn *) columns->pdata[i])->id == column_id)
        {
          gpointer column = g_ptr_array_steal_index (columns, i);

          g_ptr_array_insert (columns, MIN (index, columns->len), column);
          break;
        }
    }

  for (guint i = 0; i < columns->len; i++)
    if (!run_update (self, STMT_MOVE_BOARD_COLUMN, NULL, error, "il", (int) i + 1,
                     ((GlnBoardColumn *) columns->pdata[i])->id))
      return FALSE;

  return TRUE;
}

gboolean
gln_database_delete_board_column (GlnDatabase  *self,
                                  gint64        column_id,
                                  GError      **error)
{
  g_return_val_if_fail (GLN_IS_DATABASE (self), FALSE);

  return run_update (self, STMT_DELETE_BOARD_COLUMN, _("The board column no longer exists"), error,
                     "l", column_id);
}

/**
 * gln_database_set_board_cell_by_id:
 * @self: a #GlnDatabase
 * @column_id: the column
 * @paper_id: the paper (its row)
 * @value: (nullable): the new value, checked against the column's kind; empty clears it
 * @error: return location for a #GError
 */
gboolean
gln_database_set_board_cell_by_id (GlnDatabase  *self,
                                   gint64        column_id,
                                   gint64        paper_id,
                                   const char   *value,
                                   GError      **error)
{
  g_autoptr(GlnBoardColumn) column = NULL;
  g_autofree char *normalized = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GLN_IS_DATABASE (self), FALSE);

  if (!(column = get_column (self, column_id, error)) ||
      !gln_board_column_normalize (column, value, &normalized, error))
    return FALSE;

  if (!(stmt = _gln_database_get_statement (self, STMT_SET_BOARD_CELL, error)))
    return FALSE;
  _gln_stmt_bind (stmt, "llt", column_id, paper_id, normalized);

  return _gln_database_step_done (self, stmt, error);
}

char *
gln_board_cell_key (gint64 column_id,
                    gint64 paper_id)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT, column_id, paper_id);
}

/**
 * gln_database_list_board_cells:
 * @self: a #GlnDatabase
 * @collection_id: the collection
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type utf8 utf8): every filled cell of the board, keyed by
 *   gln_board_cell_key()
 */
GHashTable *
gln_database_list_board_cells (GlnDatabase  *self,
                               gint64        collection_id,
                               GError      **error)
{
  g_autoptr(GHashTable) cells = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GlnStmtScope) stmt = NULL;
  int rc;

  g_return_val_if_fail (GLN_IS_DATABASE (self), NULL);

  if (!(stmt = _gln_database_get_statement (self, STMT_LIST_BOARD_CELLS, error)))
    return NULL;
  _gln_stmt_bind (stmt, "l", collection_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (sqlite3_column_type (stmt, 2) == SQLITE_NULL)
        continue;
      g_hash_table_insert (cells,
                           gln_board_cell_key (sqlite3_column_int64 (stmt, 0),
                                               sqlite3_column_int64 (stmt, 1)),
                           _gln_stmt_dup_text (stmt, 2));
    }
  if (rc != SQLITE_DONE)
    {
      _gln_database_set_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&cells);
}
