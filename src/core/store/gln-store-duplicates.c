/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Possible duplicates: pairs of papers an import kept apart although they look alike
 * (gln-store-identity.c records them), which the user merges or dismisses. The merge
 * itself is in gln-store-merge.c. */

#define G_LOG_DOMAIN "gln-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "gln-store-duplicates.h"

#include "gln-store-private.h"

static gboolean
read_screening (GlnDatabase   *db,
                GlnDuplicate  *duplicate,
                GError       **error)
{
  static const char sql[] =
    "SELECT c.id, c.name, (SELECT status FROM collection_papers WHERE collection_id = c.id"
    " AND paper_id = ?1), (SELECT status FROM collection_papers WHERE collection_id = c.id"
    " AND paper_id = ?2) FROM collections c WHERE c.id IN (SELECT collection_id"
    " FROM collection_papers WHERE paper_id IN (?1, ?2)) ORDER BY c.position, c.name";
  g_autoptr(GlnStmtScope) stmt = NULL;
  int rc;

  if (!(stmt = _gln_database_prepare (db, sql, error)))
    return FALSE;
  _gln_stmt_bind (stmt, "ll", gln_paper_get_id (duplicate->paper_a),
                  gln_paper_get_id (duplicate->paper_b));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GlnDuplicateScreening *screening = g_new0 (GlnDuplicateScreening, 1);
      GlnScreening status;

      screening->collection_id = sqlite3_column_int64 (stmt, 0);
      screening->collection = _gln_stmt_dup_text (stmt, 1);
      screening->status_a = screening->status_b = -1;
      if (gln_screening_from_string ((const char *) sqlite3_column_text (stmt, 2), &status))
        screening->status_a = status;
      if (gln_screening_from_string ((const char *) sqlite3_column_text (stmt, 3), &status))
        screening->status_b = status;
      g_ptr_array_add (duplicate->screening, screening);
    }

  return rc == SQLITE_DONE || _gln_database_set_error (db, rc, error);
}

static GlnDuplicate *
read_duplicate (GlnDatabase  *db,
                gint64        paper_a,
                gint64        paper_b,
                const char   *reason,
                GError      **error)
{
  g_autoptr(GlnPaper) a = NULL;
  g_autoptr(GlnPaper) b = NULL;
  g_autoptr(GlnDuplicate) duplicate = NULL;

  if (!(a = _gln_store_read_paper (db, paper_a, error)) ||
      !(b = _gln_store_read_paper (db, paper_b, error)))
    return NULL;

  duplicate = gln_duplicate_new (a, b, reason);
  if (!read_screening (db, duplicate, error))
    return NULL;

  return g_steal_pointer (&duplicate);
}

static gpointer
list_duplicates (GlnDatabase   *db,
                 GlnStoreArgs  *args,
                 GCancellable  *cancellable,
                 GError       **error)
{
  /* A pair with a paper in the trash waits there: it shows again when the paper is restored. */
  static const char sql[] =
    "SELECT paper_a, paper_b, reason FROM duplicates d WHERE dismissed = 0"
    " AND NOT EXISTS (SELECT 1 FROM trash t WHERE t.paper_id IN (d.paper_a, d.paper_b))"
    " ORDER BY created, paper_a, paper_b";
  g_autoptr(GPtrArray) pairs = g_ptr_array_new_with_free_func ((GDestroyNotify) gln_duplicate_free);
  g_autoptr(GlnStmtScope) stmt = NULL;
  int rc;

  if (!(stmt = _gln_database_prepare (db, sql, error)))
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *reason = _gln_stmt_dup_text (stmt, 2);
      GlnDuplicate *duplicate = read_duplicate (db, sqlite3_column_int64 (stmt, 0),
                                                sqlite3_column_int64 (stmt, 1), reason, error);

      if (duplicate == NULL)
        return NULL;
      g_ptr_array_add (pairs, duplicate);
    }
  if (rc != SQLITE_DONE)
    {
      _gln_database_set_error (db, rc, error);
      return NULL;
    }

  return g_steal_pointer (&pairs);
}

static const GlnStoreOp list_op = {
  list_duplicates, (GDestroyNotify) g_ptr_array_unref, GLN_STORE_OP_NONE
};

/**
 * gln_store_list_duplicates_async:
 * @self: a #GlnStore
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the pairs
 * @user_data: data for @callback
 *
 * Lists the possible duplicates the user has not dismissed, oldest first, but for the pairs
 * with a paper in the trash.
 */
void
gln_store_list_duplicates_async (GlnStore            *self,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  _gln_store_call (self, &list_op, _gln_store_args_new (), gln_store_list_duplicates_async,
                   cancellable, callback, user_data);
}

/* The shared instances stand in for the copies read on the worker, as in every list. */
static void
share_papers (GlnStore     *self,
              GlnDuplicate *duplicate)
{
  GlnPaper *a = gln_store_lookup_paper (self, gln_paper_get_id (duplicate->paper_a), NULL);
  GlnPaper *b = gln_store_lookup_paper (self, gln_paper_get_id (duplicate->paper_b), NULL);

  if (a != NULL)
    g_set_object (&duplicate->paper_a, a);
  if (b != NULL)
    g_set_object (&duplicate->paper_b, b);
  g_clear_object (&a);
  g_clear_object (&b);
}

/**
 * gln_store_list_duplicates_finish:
 * @self: a #GlnStore
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer container) (element-type GlnDuplicate): the pairs, or %NULL with
 *   @error set
 */
GPtrArray *
gln_store_list_duplicates_finish (GlnStore      *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  GPtrArray *pairs = _gln_store_finish (self, result, gln_store_list_duplicates_async, error);

  for (guint i = 0; pairs != NULL && i < pairs->len; i++)
    share_papers (self, g_ptr_array_index (pairs, i));

  return pairs;
}

static gpointer
find_duplicate (GlnDatabase   *db,
                GlnStoreArgs  *args,
                GCancellable  *cancellable,
                GError       **error)
{
  static const char sql[] =
    "SELECT reason FROM duplicates WHERE paper_a = min (?1, ?2) AND paper_b = max (?1, ?2)";
  g_autoptr(GlnStmtScope) stmt = NULL;
  g_autofree char *reason = NULL;
  int rc;

  if (!(stmt = _gln_database_prepare (db, sql, error)))
    return NULL;
  _gln_stmt_bind (stmt, "ll", args->id, args->other_id);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    reason = _gln_stmt_dup_text (stmt, 0);
  else if (rc != SQLITE_DONE)
    {
      _gln_database_set_error (db, rc, error);
      return NULL;
    }

  return read_duplicate (db, args->id, args->other_id, reason, error);
}

static const GlnStoreOp find_op = {
  find_duplicate, (GDestroyNotify) gln_duplicate_free, GLN_STORE_OP_NONE
};

/**
 * gln_store_find_duplicate_async:
 * @self: a #GlnStore
 * @paper_a: a paper
 * @paper_b: another paper
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the pair
 * @user_data: data for @callback
 *
 * Reads two papers as a pair for the merge pane, whether or not the import recorded them
 * as possible duplicates (the reason is %NULL when it did not).
 */
void
gln_store_find_duplicate_async (GlnStore            *self,
                                gint64               paper_a,
                                gint64               paper_b,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  GlnStoreArgs *args = _gln_store_args_new ();

  args->id = paper_a;
  args->other_id = paper_b;
  _gln_store_call (self, &find_op, args, gln_store_find_duplicate_async, cancellable,
                   callback, user_data);
}

/**
 * gln_store_find_duplicate_finish:
 * @self: a #GlnStore
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the pair, or %NULL with %GLN_DATABASE_ERROR_NOT_FOUND when
 *   either paper is not in the library
 */
GlnDuplicate *
gln_store_find_duplicate_finish (GlnStore      *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  GlnDuplicate *duplicate = _gln_store_finish (self, result, gln_store_find_duplicate_async,
                                               error);

  if (duplicate != NULL)
    share_papers (self, duplicate);

  return duplicate;
}

static gpointer
merge_duplicates (GlnDatabase   *db,
                  GlnStoreArgs  *args,
                  GCancellable  *cancellable,
                  GError       **error)
{
  gint64 merge_id = _gln_store_merge_papers (db, args->id, args->other_id,
                                             (const char * const *) args->strv, error);

  if (merge_id <= 0)
    return NULL;

  _gln_store_args_touch (args, args->id);
  return _gln_store_new_id (merge_id);
}

static const GlnStoreOp merge_op = { merge_duplicates, g_free, GLN_STORE_OP_CHANGES };

/**
 * gln_store_merge_duplicates_async:
 * @self: a #GlnStore
 * @master_id: the paper that stays, with its key
 * @other_id: the paper merged into it; its key keeps resolving to the master
 * @take: (nullable) (array zero-terminated=1): the fields (gln_duplicate_get_fields())
 *   whose value comes from @other_id, and %GLN_MERGE_TAKE_SCREENING or
 *   %GLN_MERGE_KEEP_SCREENING
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when merged
 * @user_data: data for @callback
 *
 * Merges two papers the user says are one work. The master keeps its values except the
 * fields in @take, and gains the other's where it had none. What the user owns of both
 * is kept: every tag, note, collection and board cell, the higher rating, the star. Where
 * both are screened differently in a collection, the merge fails with
 * %GLN_DATABASE_ERROR_CONFLICT unless @take says whose decision stays. Undo with
 * gln_store_undo_merge_async().
 */
void
gln_store_merge_duplicates_async (GlnStore            *self,
                                  gint64               master_id,
                                  gint64               other_id,
                                  const char * const  *take,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  GlnStoreArgs *args = _gln_store_args_new ();

  args->id = master_id;
  args->other_id = other_id;
  args->strv = g_strdupv ((char **) take);
  _gln_store_call (self, &merge_op, args, gln_store_merge_duplicates_async, cancellable,
                   callback, user_data);
}

/**
 * gln_store_merge_duplicates_finish:
 * @self: a #GlnStore
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: the merge's id, for gln_store_undo_merge_async(), or 0 with @error set
 */
gint64
gln_store_merge_duplicates_finish (GlnStore      *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  g_autofree gint64 *id = _gln_store_finish (self, result, gln_store_merge_duplicates_async,
                                             error);

  return id != NULL ? *id : 0;
}

static gpointer
undo_merge (GlnDatabase   *db,
            GlnStoreArgs  *args,
            GCancellable  *cancellable,
            GError       **error)
{
  gint64 master_id;
  gint64 other_id;

  if (!_gln_store_undo_merge (db, args->id, &master_id, &other_id, error))
    return NULL;

  _gln_store_args_touch (args, master_id);
  return GINT_TO_POINTER (TRUE);
}

static const GlnStoreOp undo_op = { undo_merge, NULL, GLN_STORE_OP_CHANGES };

/**
 * gln_store_undo_merge_async:
 * @self: a #GlnStore
 * @merge_id: what gln_store_merge_duplicates_finish() returned, or 0 for the last merge
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when undone
 * @user_data: data for @callback
 *
 * Puts both papers back as they were before the merge. Fails with
 * %GLN_DATABASE_ERROR_CONFLICT rather than lose a note written on the merged paper since,
 * and with %GLN_DATABASE_ERROR_NOT_FOUND when there is nothing to undo.
 */
void
gln_store_undo_merge_async (GlnStore            *self,
                            gint64               merge_id,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  _gln_store_call_with_id (self, &undo_op, merge_id, gln_store_undo_merge_async,
                           cancellable, callback, user_data);
}

gboolean
gln_store_undo_merge_finish (GlnStore      *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  return _gln_store_finish (self, result, gln_store_undo_merge_async, error) != NULL;
}

static gpointer
dismiss_duplicate (GlnDatabase   *db,
                   GlnStoreArgs  *args,
                   GCancellable  *cancellable,
                   GError       **error)
{
  /* Remembered even for a pair never proposed: an import will not propose it later. */
  static const char sql[] =
    "INSERT INTO duplicates (paper_a, paper_b, reason, dismissed, created)"
    " VALUES (min (?1, ?2), max (?1, ?2), 'dismissed', 1, ?3)"
    " ON CONFLICT DO UPDATE SET dismissed = 1";
  g_autoptr(GlnPaper) a = NULL;
  g_autoptr(GlnPaper) b = NULL;

  if (args->id == args->other_id)
    {
      g_set_error_literal (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_INVALID,
                           _("A paper is always the same as itself"));
      return NULL;
    }
  if (!(a = _gln_store_read_paper (db, args->id, error)) ||
      !(b = _gln_store_read_paper (db, args->other_id, error)) ||
      !_gln_database_run (db, sql, error, "lll", args->id, args->other_id,
                          _gln_database_now ()))
    return NULL;

  return GINT_TO_POINTER (TRUE);
}

static const GlnStoreOp dismiss_op = { dismiss_duplicate, NULL, GLN_STORE_OP_CHANGES };

/**
 * gln_store_dismiss_duplicate_async:
 * @self: a #GlnStore
 * @paper_a: a paper
 * @paper_b: another paper
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when stored
 * @user_data: data for @callback
 *
 * Records that the two papers are not duplicates: the pair is never proposed again.
 */
void
gln_store_dismiss_duplicate_async (GlnStore            *self,
                                   gint64               paper_a,
                                   gint64               paper_b,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  GlnStoreArgs *args = _gln_store_args_new ();

  args->id = paper_a;
  args->other_id = paper_b;
  _gln_store_call (self, &dismiss_op, args, gln_store_dismiss_duplicate_async, cancellable,
                   callback, user_data);
}

gboolean
gln_store_dismiss_duplicate_finish (GlnStore      *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  return _gln_store_finish (self, result, gln_store_dismiss_duplicate_async, error) != NULL;
}
