/* SPDX-License-Identifier: GPL-3.0-or-later */

/* What a collection screens with: its vocabulary of exclusion reasons and its include and
 * exclude keywords. A collection whose user never touched its reasons offers the default
 * set (gln_screening_dup_default_reasons(), in the user's language); the first edit, or the
 * first reason typed at a decision, stores that set as the user's own. */

#define G_LOG_DOMAIN "gln-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "gln-store-screening.h"

#include "gln-macros.h"
#include "gln-store-private.h"

static const char reasons_sql[] =
  "SELECT reason FROM screening_reasons WHERE collection_id = ? ORDER BY position";

/* Whether the user's own reasons are stored: 1, 0, or -1 on error. */
static int
reasons_edited (GlnDatabase  *db,
                gint64        collection_id,
                GError      **error)
{
  static const char sql[] = "SELECT reasons_edited FROM collections WHERE id = ?";
  g_autoptr(GlnStmtScope) stmt = NULL;
  int rc;

  if (!(stmt = _gln_database_prepare (db, sql, error)))
    return -1;
  _gln_stmt_bind (stmt, "l", collection_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int (stmt, 0) != 0;
  if (rc == SQLITE_DONE)
    g_set_error_literal (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_NOT_FOUND,
                         _("The collection no longer exists"));
  else
    _gln_database_set_error (db, rc, error);

  return -1;
}

/* For the board's files: the collection's exclusion reasons in their order, or the default
 * set while the user has none of their own. */
GStrv
_gln_store_read_reasons (GlnDatabase  *db,
                         gint64        collection_id,
                         GError      **error)
{
  g_auto(GStrv) reasons = NULL;
  int edited;

  if (!(reasons = _gln_database_list_strings (db, reasons_sql, error, "l", collection_id)))
    return NULL;
  if (reasons[0] != NULL)
    return g_steal_pointer (&reasons);

  if ((edited = reasons_edited (db, collection_id, error)) < 0)
    return NULL;

  return edited ? g_steal_pointer (&reasons) : gln_screening_dup_default_reasons ();
}

/* Before the reasons change: stores the reasons the collection offers as the user's own. */
gboolean
_gln_store_keep_reasons (GlnDatabase  *db,
                         gint64        collection_id,
                         GError      **error)
{
  static const char insert_sql[] =
    "INSERT INTO screening_reasons (collection_id, reason, position) VALUES (?, ?, ?)";
  static const char edited_sql[] = "UPDATE collections SET reasons_edited = 1 WHERE id = ?";
  g_auto(GStrv) stored = NULL;
  int edited;

  if ((edited = reasons_edited (db, collection_id, error)) != 0)
    return edited > 0;

  if (!(stored = _gln_database_list_strings (db, reasons_sql, error, "l", collection_id)))
    return FALSE;
  if (stored[0] == NULL)
    {
      g_auto(GStrv) defaults = gln_screening_dup_default_reasons ();

      for (guint i = 0; defaults[i] != NULL; i++)
        if (!_gln_database_run (db, insert_sql, error, "lti", collection_id, defaults[i],
                                (int) i + 1))
          return FALSE;
    }

  return _gln_database_run (db, edited_sql, error, "l", collection_id);
}

static gboolean
rename_reason (GlnDatabase  *db,
               gint64        collection_id,
               const char   *reason,
               const char   *new_reason,
               GError      **error)
{
  static const char copy_sql[] =
    "INSERT OR IGNORE INTO screening_reasons (collection_id, reason, position)"
    " SELECT collection_id, ?3, position FROM screening_reasons"
    " WHERE collection_id = ?1 AND reason = ?2";
  static const char delete_sql[] =
    "DELETE FROM screening_reasons WHERE collection_id = ?1 AND reason = ?2";
  static const char decisions_sql[] =
    "UPDATE collection_papers SET reason = ?3 WHERE collection_id = ?1 AND reason = ?2";

  /* Renamed to a reason the collection has already: the two become one. */
  return _gln_database_run (db, copy_sql, error, "ltt", collection_id, reason, new_reason) &&
         _gln_database_run_one (db, delete_sql, _("The collection has no such reason"), error,
                                "lt", collection_id, reason) &&
         _gln_database_run (db, decisions_sql, error, "ltt", collection_id, reason, new_reason);
}

static gpointer
edit_reason (GlnDatabase   *db,
             GlnStoreArgs  *args,
             GCancellable  *cancellable,
             GError       **error)
{
  static const char add_sql[] =
    "INSERT OR IGNORE INTO screening_reasons (collection_id, reason, position) VALUES (?1, ?2,"
    " (SELECT coalesce (max (position), 0) + 1 FROM screening_reasons WHERE collection_id = ?1))";
  static const char remove_sql[] =
    "DELETE FROM screening_reasons WHERE collection_id = ? AND reason = ?";
  g_autofree char *new_reason = NULL;
  gboolean done;

  if (args->more_text != NULL && !(new_reason = _gln_store_check_name (args->more_text, error)))
    return NULL;
  if (!_gln_store_keep_reasons (db, args->id, error))
    return NULL;

  if (args->text == NULL)
    done = _gln_database_run (db, add_sql, error, "lt", args->id, new_reason);
  else if (new_reason == NULL)
    done = _gln_database_run_one (db, remove_sql, _("The collection has no such reason"), error,
                                  "lt", args->id, args->text);
  else
    done = g_str_equal (args->text, new_reason) ||
           rename_reason (db, args->id, args->text, new_reason, error);

  return done ? _gln_store_read_reasons (db, args->id, error) : NULL;
}

static const GlnStoreOp edit_reason_op = {
  edit_reason, (GDestroyNotify) g_strfreev, GLN_STORE_OP_CHANGES
};

/**
 * gln_store_edit_reason_async:
 * @self: a #GlnStore
 * @collection_id: a collection
 * @reason: (nullable): the reason to rename or remove; %NULL adds @new_reason
 * @new_reason: (nullable): its new name, or the reason to add; %NULL removes @reason
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the reasons as they are now
 * @user_data: data for @callback
 *
 * Edits a collection's exclusion reasons. Removing a reason keeps the decisions that gave
 * it; renaming one renames it in those decisions too.
 */
void
gln_store_edit_reason_async (GlnStore            *self,
                             gint64               collection_id,
                             const char          *reason,
                             const char          *new_reason,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  GlnStoreArgs *args = _gln_store_args_new ();

  args->id = collection_id;
  args->text = g_strdup (reason);
  args->more_text = g_strdup (new_reason);
  _gln_store_call (self, &edit_reason_op, args, gln_store_edit_reason_async, cancellable,
                   callback, user_data);
}

/**
 * gln_store_edit_reason_finish:
 * @self: a #GlnStore
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the collection's reasons after the edit, or %NULL
 */
GStrv
gln_store_edit_reason_finish (GlnStore      *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  return _gln_store_finish (self, result, gln_store_edit_reason_async, error);
}

static gpointer
set_keywords (GlnDatabase   *db,
              GlnStoreArgs  *args,
              GCancellable  *cancellable,
              GError       **error)
{
  static const char sql[] =
    "UPDATE collections SET include_words = ?, exclude_words = ? WHERE id = ?";

  if (!_gln_database_run_one (db, sql, _("The collection no longer exists"), error, "ttl",
                              args->text, args->more_text, args->id))
    return NULL;

  return GINT_TO_POINTER (TRUE);
}

static const GlnStoreOp set_keywords_op = { set_keywords, NULL, GLN_STORE_OP_NONE };

/**
 * gln_store_set_keywords_async:
 * @self: a #GlnStore
 * @collection_id: a collection
 * @include_words: (nullable): the include keywords, one per line; %NULL for the defaults
 * @exclude_words: (nullable): the exclude keywords, the same way
 * @cancellable: (nullable): a #GCancellable
 * @callback: finish with gln_store_edit_finish()
 * @user_data: data for @callback
 *
 * Stores the keywords the screening mode highlights in the collection's abstracts.
 */
void
gln_store_set_keywords_async (GlnStore            *self,
                              gint64               collection_id,
                              const char          *include_words,
                              const char          *exclude_words,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  GlnStoreArgs *args = _gln_store_args_new ();

  args->id = collection_id;
  args->text = g_strdup (include_words);
  args->more_text = g_strdup (exclude_words);
  _gln_store_call (self, &set_keywords_op, args, gln_store_set_keywords_async, cancellable,
                   callback, user_data);
}
