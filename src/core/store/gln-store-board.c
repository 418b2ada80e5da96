/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The comparison board of a review collection: its criteria columns and their cells, and
 * everything the screening mode and the board show of a collection, read in one job. Board
 * edits concern only the views that made them, so they do not emit GlnStore::changed.
 * Edits without a result finish with gln_store_edit_finish(). */

#define G_LOG_DOMAIN "gln-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "gln-store-board.h"

#include "gln-macros.h"
#include "gln-store-private.h"

#define CHOICE_SEPARATOR "\n"

static const char column_by_id_sql[] =
  "SELECT id, name, kind, choices, position, coalesce (width, 0), hidden, collection_id"
  " FROM board_columns WHERE id = ?";
static const char columns_sql[] =
  "SELECT id, name, kind, choices, position, coalesce (width, 0), hidden, collection_id"
  " FROM board_columns WHERE collection_id = ? ORDER BY position, id";

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

/* Reads the columns @sql selects by @id: one column by its id, or a board's columns. */
static GPtrArray *
read_columns (GlnDatabase  *db,
              const char   *sql,
              gint64        id,
              GError      **error)
{
  g_autoptr(GPtrArray) columns = NULL;
  g_autoptr(GlnStmtScope) stmt = NULL;
  int rc;

  if (!(stmt = _gln_database_prepare (db, sql, error)))
    return NULL;

  columns = g_ptr_array_new_with_free_func ((GDestroyNotify) gln_board_column_free);
  _gln_stmt_bind (stmt, "l", id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (columns, read_column (stmt));
  if (rc != SQLITE_DONE)
    {
      _gln_database_set_error (db, rc, error);
      return NULL;
    }

  return g_steal_pointer (&columns);
}

static GlnBoardColumn *
get_column (GlnDatabase  *db,
            gint64        column_id,
            GError      **error)
{
  g_autoptr(GPtrArray) columns = read_columns (db, column_by_id_sql, column_id, error);

  if (columns == NULL)
    return NULL;
  if (columns->len == 0)
    {
      g_set_error_literal (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_NOT_FOUND,
                           _("The board column no longer exists"));
      return NULL;
    }

  return g_ptr_array_steal_index (columns, 0);
}

static GHashTable *
read_cells (GlnDatabase  *db,
            gint64        collection_id,
            GError      **error)
{
  static const char sql[] =
    "SELECT bc.column_id, bc.paper_id, bc.value FROM board_cells bc"
    " JOIN board_columns c ON c.id = bc.column_id WHERE c.collection_id = ?";
  g_autoptr(GHashTable) cells = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GlnStmtScope) stmt = NULL;
  int rc;

  if (!(stmt = _gln_database_prepare (db, sql, error)))
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
      _gln_database_set_error (db, rc, error);
      return NULL;
    }

  return g_steal_pointer (&cells);
}

static gpointer
load_board (GlnDatabase   *db,
            GlnStoreArgs  *args,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(GlnBoardState) state = g_new0 (GlnBoardState, 1);
  gint64 id = args->id;

  if (!(state->info = _gln_store_read_collection (db, id, error)) ||
      !(state->columns = read_columns (db, columns_sql, id, error)) ||
      !(state->entries = _gln_store_read_entries (db, id, -1, error)) ||
      !(state->cells = read_cells (db, id, error)) ||
      !(state->reasons = _gln_store_read_reasons (db, id, error)) ||
      !(state->summary = _gln_store_read_summary (db, id, error)))
    return NULL;

  return g_steal_pointer (&state);
}

static const GlnStoreOp load_board_op = {
  load_board, (GDestroyNotify) gln_board_state_free, GLN_STORE_OP_NONE
};

/**
 * gln_store_load_board_async:
 * @self: a #GlnStore
 * @collection_id: the collection
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the collection's state
 * @user_data: data for @callback
 *
 * Reads what the screening mode and the board show of a collection, in one job.
 */
void
gln_store_load_board_async (GlnStore            *self,
                            gint64               collection_id,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  _gln_store_call_with_id (self, &load_board_op, collection_id, gln_store_load_board_async,
                           cancellable, callback, user_data);
}

/**
 * gln_store_load_board_finish:
 * @self: a #GlnStore
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the collection's state, or %NULL with
 *   %GLN_DATABASE_ERROR_NOT_FOUND when the collection is gone
 */
GlnBoardState *
gln_store_load_board_finish (GlnStore      *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  return _gln_store_finish (self, result, gln_store_load_board_async, error);
}

static GlnStoreArgs *
column_args_new (const GlnBoardColumn *column)
{
  GlnStoreArgs *args = _gln_store_args_new ();

  args->object = gln_board_column_copy (column);
  args->object_free = (GDestroyNotify) gln_board_column_free;
  args->id = column->id;

  return args;
}

/* The cell as stored: the column as the library has it decides how its value reads. A
 * paper that is not in the collection yet joins it. */
static gpointer
set_board_cell (GlnDatabase   *db,
                GlnStoreArgs  *args,
                GCancellable  *cancellable,
                GError       **error)
{
  static const char sql[] =
    "INSERT INTO board_cells (column_id, paper_id, value) VALUES (?1, ?2, ?3)"
    " ON CONFLICT (column_id, paper_id) DO UPDATE SET value = ?3";
  g_autoptr(GlnBoardColumn) column = NULL;
  g_autofree char *normalized = NULL;
  int added;

  if (!(column = get_column (db, args->id, error)) ||
      !gln_board_column_normalize (column, args->text, &normalized, error) ||
      (added = _gln_store_add_to_collection (db, column->collection_id, args->other_id,
                                             error)) < 0 ||
      !_gln_database_run (db, sql, error, "llt", column->id, args->other_id, normalized))
    return NULL;

  if (added)
    _gln_store_args_touch (args, args->other_id);

  return normalized != NULL ? g_steal_pointer (&normalized) : g_strdup ("");
}

static const GlnStoreOp set_board_cell_op = { set_board_cell, g_free, GLN_STORE_OP_NONE };

/**
 * gln_store_set_board_cell_async:
 * @self: a #GlnStore
 * @column: the column
 * @paper_id: the paper (its row)
 * @value: (nullable): the new value, checked against the column's kind; empty clears it
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the value as stored
 * @user_data: data for @callback
 */
void
gln_store_set_board_cell_async (GlnStore             *self,
                                const GlnBoardColumn *column,
                                gint64                paper_id,
                                const char           *value,
                                GCancellable         *cancellable,
                                GAsyncReadyCallback   callback,
                                gpointer              user_data)
{
  GlnStoreArgs *args;

  g_return_if_fail (column != NULL);

  /* The job reads the column as the library has it. */
  args = _gln_store_args_new ();
  args->id = column->id;
  args->other_id = paper_id;
  args->text = g_strdup (value);
  _gln_store_call (self, &set_board_cell_op, args, gln_store_set_board_cell_async, cancellable,
                   callback, user_data);
}

/**
 * gln_store_set_board_cell_finish:
 * @self: a #GlnStore
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the value as stored ("" for a cleared cell), or %NULL with
 *   %GLN_DATABASE_ERROR_INVALID when the value does not fit the column
 */
char *
gln_store_set_board_cell_finish (GlnStore      *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  return _gln_store_finish (self, result, gln_store_set_board_cell_async, error);
}

static gboolean
write_column (GlnDatabase           *db,
              const GlnBoardColumn  *column,
              GError               **error)
{
  static const char sql[] =
    "UPDATE board_columns SET name = ?, choices = ?, width = ?, hidden = ? WHERE id = ?";
  g_autofree char *name = NULL;
  g_autofree char *joined = NULL;
  g_autoptr(GError) local_error = NULL;

  if (!(name = _gln_store_check_name (column->name, error)))
    return FALSE;
  if (column->choices != NULL && column->choices[0] != NULL)
    joined = g_strjoinv (CHOICE_SEPARATOR, column->choices);

  if (!_gln_database_run_one (db, sql, _("The board column no longer exists"), &local_error,
                              "ttiil", name, joined, MAX (column->width, 0),
                              column->hidden ? 1 : 0, column->id))
    {
      if (g_error_matches (local_error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_INVALID))
        g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_INVALID,
                     _("The board already has a column “%s”"), name);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

static gpointer
add_column (GlnDatabase   *db,
            GlnStoreArgs  *args,
            GCancellable  *cancellable,
            GError       **error)
{
  static const char sql[] =
    "INSERT INTO board_columns (collection_id, name, kind, position) VALUES (?1, ?2, ?3,"
    " (SELECT coalesce (max (position), 0) + 1 FROM board_columns WHERE collection_id = ?1))";
  GlnBoardColumn *column = args->object;
  g_autofree char *name = NULL;

  if (!(name = _gln_store_check_name (column->name, error)) ||
      !_gln_database_run (db, sql, error, "ltt", args->id, name,
                          gln_board_kind_to_string (column->kind)))
    return NULL;

  column->id = sqlite3_last_insert_rowid (_gln_database_get_handle (db));
  if (column->choices != NULL && !write_column (db, column, error))
    return NULL;

  return get_column (db, column->id, error);
}

static const GlnStoreOp add_column_op = {
  add_column, (GDestroyNotify) gln_board_column_free, GLN_STORE_OP_NONE
};

/**
 * gln_store_add_board_column_async:
 * @self: a #GlnStore
 * @collection_id: the collection whose board gets the column, after its others
 * @name: the column's title
 * @kind: what its cells hold
 * @choices: (nullable): the values of a choice column
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the column
 * @user_data: data for @callback
 */
void
gln_store_add_board_column_async (GlnStore            *self,
                                  gint64               collection_id,
                                  const char          *name,
                                  GlnBoardKind         kind,
                                  const char * const  *choices,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GlnBoardColumn) column = gln_board_column_new ();
  GlnStoreArgs *args;

  column->name = g_strdup (name);
  column->kind = kind;
  column->choices = g_strdupv ((char **) choices);
  args = column_args_new (column);
  args->id = collection_id;
  _gln_store_call (self, &add_column_op, args, gln_store_add_board_column_async, cancellable,
                   callback, user_data);
}

/**
 * gln_store_add_board_column_finish:
 * @self: a #GlnStore
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the column as stored, or %NULL with
 *   %GLN_DATABASE_ERROR_INVALID when the name is empty or taken
 */
GlnBoardColumn *
gln_store_add_board_column_finish (GlnStore      *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  return _gln_store_finish (self, result, gln_store_add_board_column_async, error);
}

static gpointer
update_column (GlnDatabase   *db,
               GlnStoreArgs  *args,
               GCancellable  *cancellable,
               GError       **error)
{
  return write_column (db, args->object, error) ? GINT_TO_POINTER (TRUE) : NULL;
}

static const GlnStoreOp update_column_op = { update_column, NULL, GLN_STORE_OP_NONE };

/* Stores a column's name, choices, width and whether it is hidden. */
void
gln_store_update_board_column_async (GlnStore             *self,
                                     const GlnBoardColumn *column,
                                     GCancellable         *cancellable,
                                     GAsyncReadyCallback   callback,
                                     gpointer              user_data)
{
  g_return_if_fail (column != NULL);

  _gln_store_call (self, &update_column_op, column_args_new (column),
                   gln_store_update_board_column_async, cancellable, callback, user_data);
}

static gpointer
move_column (GlnDatabase   *db,
             GlnStoreArgs  *args,
             GCancellable  *cancellable,
             GError       **error)
{
  static const char sql[] = "UPDATE board_columns SET position = ? WHERE id = ?";
  g_autoptr(GlnBoardColumn) moved = NULL;
  g_autoptr(GPtrArray) columns = NULL;

  if (!(moved = get_column (db, args->id, error)) ||
      !(columns = read_columns (db, columns_sql, moved->collection_id, error)))
    return NULL;

  for (guint i = 0; i < columns->len; i++)
    {
      if (((GlnBoardColumn *) columns->pdata[i])->id == args->id)
        {
          gpointer column = g_ptr_array_steal_index (columns, i);

          g_ptr_array_insert (columns, MIN ((guint) args->number, columns->len), column);
          break;
        }
    }

  /* Every column is renumbered, so that positions stay 1, 2, 3… */
  for (guint i = 0; i < columns->len; i++)
    if (!_gln_database_run (db, sql, error, "il", (int) i + 1,
                            ((GlnBoardColumn *) columns->pdata[i])->id))
      return NULL;

  return GINT_TO_POINTER (TRUE);
}

static const GlnStoreOp move_column_op = { move_column, NULL, GLN_STORE_OP_NONE };

/* Puts a column at @index among its board's columns. */
void
gln_store_move_board_column_async (GlnStore            *self,
                                   gint64               column_id,
                                   guint                index,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  GlnStoreArgs *args = _gln_store_args_new ();

  args->id = column_id;
  args->number = MIN (index, G_MAXINT);
  _gln_store_call (self, &move_column_op, args, gln_store_move_board_column_async, cancellable,
                   callback, user_data);
}

static gpointer
delete_column (GlnDatabase   *db,
               GlnStoreArgs  *args,
               GCancellable  *cancellable,
               GError       **error)
{
  static const char sql[] = "DELETE FROM board_columns WHERE id = ?";

  if (!_gln_database_run_one (db, sql, _("The board column no longer exists"), error, "l",
                              args->id))
    return NULL;

  return GINT_TO_POINTER (TRUE);
}

static const GlnStoreOp delete_column_op = { delete_column, NULL, GLN_STORE_OP_NONE };

/* Deletes a column with its cells. */
void
gln_store_delete_board_column_async (GlnStore            *self,
                                     gint64               column_id,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  _gln_store_call_with_id (self, &delete_column_op, column_id, gln_store_delete_board_column_async,
                           cancellable, callback, user_data);
}
