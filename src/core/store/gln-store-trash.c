/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The trash: papers the user put there leave every view, search and count (the queries ask
 * the small trash table, gln-store-query.c and gln-store-library.c), keep everything the
 * user gave them, and come back as they were when restored. Only a paper in the trash can
 * be deleted, with its notes and everything else it holds. */

#define G_LOG_DOMAIN "gln-store"

#include "config.h"

#include "gln-store-trash.h"

#include "gln-store-private.h"

typedef enum
{
  TRASH,
  RESTORE,
  DELETE,
} TrashAction;

static const char * const action_sql[] = {
  [TRASH] = "INSERT OR IGNORE INTO trash (paper_id, trashed)"
            " SELECT id, ?2 FROM papers WHERE id = ?1",
  [RESTORE] = "DELETE FROM trash WHERE paper_id = ?1 AND ?2 IS NOT NULL",
  [DELETE] = "DELETE FROM papers WHERE id = ?1 AND ?2 IS NOT NULL"
             " AND id IN (SELECT paper_id FROM trash)",
};

static gpointer
change_trash (GlnDatabase   *db,
              GlnStoreArgs  *args,
              GCancellable  *cancellable,
              GError       **error)
{
  sqlite3 *handle = _gln_database_get_handle (db);
  gint64 now = _gln_database_now ();
  guint n = 0;

  /* No ids: the whole trash. */
  if (args->ids == NULL && args->number != TRASH &&
      !(args->ids = _gln_store_trashed_ids (db, error)))
    return NULL;

  for (guint i = 0; args->ids != NULL && i < args->ids->len; i++)
    {
      gint64 id = g_array_index (args->ids, gint64, i);

      if (!_gln_database_run (db, action_sql[args->number], error, "ll", id, now))
        return NULL;
      if (sqlite3_changes (handle) > 0)
        {
          n++;
          if (args->number != DELETE)
            _gln_store_args_touch (args, id);
        }
    }

  return _gln_store_new_id (n);
}

static const GlnStoreOp trash_op = { change_trash, g_free, GLN_STORE_OP_CHANGES };

/**
 * _gln_store_trashed_ids:
 *
 * Returns: (transfer full) (element-type gint64): the papers in the trash, or %NULL with
 *   @error set
 */
GArray *
_gln_store_trashed_ids (GlnDatabase  *db,
                        GError      **error)
{
  static const char sql[] = "SELECT paper_id FROM trash ORDER BY trashed, paper_id";
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GlnStmtScope) stmt = NULL;
  int rc;

  if (!(stmt = _gln_database_prepare (db, sql, error)))
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  if (rc != SQLITE_DONE)
    {
      _gln_database_set_error (db, rc, error);
      return NULL;
    }

  return g_steal_pointer (&ids);
}

static void
call (GlnStore            *self,
      TrashAction          action,
      GArray              *ids,
      GCancellable        *cancellable,
      GAsyncReadyCallback  callback,
      gpointer             user_data)
{
  GlnStoreArgs *args = _gln_store_args_new ();

  args->number = action;
  args->ids = ids != NULL ? g_array_copy (ids) : NULL;
  _gln_store_call (self, &trash_op, args, gln_store_trash_papers_async, cancellable,
                   callback, user_data);
}

/**
 * gln_store_trash_papers_async:
 * @self: a #GlnStore
 * @ids: (element-type gint64): the papers
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done; finish with gln_store_trash_finish()
 * @user_data: data for @callback
 *
 * Moves papers to the trash: they leave every view but the Trash, and keep their notes,
 * tags, ratings, collections and decisions for a restore.
 */
void
gln_store_trash_papers_async (GlnStore            *self,
                              GArray              *ids,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_return_if_fail (ids != NULL);

  call (self, TRASH, ids, cancellable, callback, user_data);
}

/**
 * gln_store_restore_papers_async:
 * @self: a #GlnStore
 * @ids: (element-type gint64) (nullable): the papers, %NULL for the whole trash
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done; finish with gln_store_trash_finish()
 * @user_data: data for @callback
 *
 * Takes papers out of the trash, back where they were.
 */
void
gln_store_restore_papers_async (GlnStore            *self,
                                GArray              *ids,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  call (self, RESTORE, ids, cancellable, callback, user_data);
}

/**
 * gln_store_delete_trashed_async:
 * @self: a #GlnStore
 * @ids: (element-type gint64) (nullable): papers in the trash, %NULL to empty it
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done; finish with gln_store_trash_finish()
 * @user_data: data for @callback
 *
 * Deletes papers for good, with their notes, tags, decisions and board cells. A paper not
 * in the trash is left alone: callers ask the user first.
 */
void
gln_store_delete_trashed_async (GlnStore            *self,
                                GArray              *ids,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  call (self, DELETE, ids, cancellable, callback, user_data);
}

/**
 * gln_store_trash_finish:
 * @self: a #GlnStore
 * @result: the #GAsyncResult
 * @n_papers: (out) (optional): how many papers were moved, restored or deleted
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
gln_store_trash_finish (GlnStore      *self,
                        GAsyncResult  *result,
                        guint         *n_papers,
                        GError       **error)
{
  g_autofree gint64 *n = _gln_store_finish (self, result, gln_store_trash_papers_async, error);

  if (n_papers != NULL)
    *n_papers = n != NULL ? (guint) *n : 0;
  return n != NULL;
}
