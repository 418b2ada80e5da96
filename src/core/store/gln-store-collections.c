/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Review collections: creating and naming them, their papers, and screening with an undo
 * log, a vocabulary of exclusion reasons and the PRISMA counts. Screening concerns only the
 * views that made it, so it does not emit GlnStore::changed; what the sidebar or a paper's
 * collections show does. Edits without a result finish with gln_store_edit_finish(). */

#define G_LOG_DOMAIN "gln-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "gln-store-collections.h"

#include "gln-macros.h"
#include "gln-store-private.h"

static const char collection_id_sql[] = "SELECT id FROM collections WHERE name = ?";

static GlnStoreArgs *
collection_args_new (gint64      collection_id,
                     gint64      paper_id,
                     const char *text)
{
  GlnStoreArgs *args = _gln_store_args_new ();

  args->id = collection_id;
  args->other_id = paper_id;
  args->text = g_strdup (text);

  return args;
}

static void
set_collection_not_found (const char  *name,
                          GError     **error)
{
  if (name != NULL)
    g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_NOT_FOUND,
                 _("No collection named “%s”"), name);
  else
    g_set_error_literal (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_NOT_FOUND,
                         _("The collection no longer exists"));
}

/* The collection's id, or 0 with NOT_FOUND. */
static gint64
lookup_collection (GlnDatabase  *db,
                   const char   *name,
                   GError      **error)
{
  gint64 id = _gln_database_lookup_id (db, collection_id_sql, name, error);

  if (id == 0)
    set_collection_not_found (name, error);

  return MAX (id, 0);
}

static gint64
create_collection (GlnDatabase  *db,
                   const char   *name,
                   GError      **error)
{
  static const char sql[] = "INSERT INTO collections (name, created) VALUES (?, ?)";
  g_autofree char *stripped = NULL;
  gint64 id;

  if (!(stripped = _gln_store_check_name (name, error)))
    return 0;

  if ((id = _gln_database_lookup_id (db, collection_id_sql, stripped, error)) != 0)
    {
      if (id > 0)
        g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_INVALID,
                     _("A collection named “%s” already exists"), stripped);
      return 0;
    }

  if (!_gln_database_run (db, sql, error, "tl", stripped, _gln_database_now ()))
    return 0;

  return sqlite3_last_insert_rowid (_gln_database_get_handle (db));
}

static gpointer
create (GlnDatabase   *db,
        GlnStoreArgs  *args,
        GCancellable  *cancellable,
        GError       **error)
{
  gint64 id = create_collection (db, args->text, error);

  return id > 0 ? _gln_store_new_id (id) : NULL;
}

static const GlnStoreOp create_op = { create, g_free, GLN_STORE_OP_CHANGES };

/* Finish with gln_store_id_finish(); a name already taken fails with
 * %GLN_DATABASE_ERROR_INVALID. */
void
gln_store_create_collection_async (GlnStore            *self,
                                   const char          *name,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  _gln_store_call (self, &create_op, collection_args_new (0, 0, name),
                   gln_store_create_collection_async, cancellable, callback, user_data);
}

/* Reads every collection with its counts, or only @collection_id when it is not 0. */
static GPtrArray *
read_collections (GlnDatabase  *db,
                  gint64        collection_id,
                  GError      **error)
{
  static const char sql[] =
    "SELECT c.id, c.name, c.description, count (cp.paper_id),"
    " coalesce (sum (cp.status = 'include'), 0), coalesce (sum (cp.status = 'exclude'), 0),"
    " coalesce (sum (cp.status = 'maybe'), 0), coalesce (sum (cp.status = 'unscreened'), 0),"
    " c.include_words, c.exclude_words"
    " FROM collections c LEFT JOIN collection_papers cp ON cp.collection_id = c.id"
    " AND cp.paper_id NOT IN (SELECT paper_id FROM trash)"
    " WHERE ?1 = 0 OR c.id = ?1 GROUP BY c.id ORDER BY c.position, c.name";
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GlnStmtScope) stmt = NULL;
  int rc;

  if (!(stmt = _gln_database_prepare (db, sql, error)))
    return NULL;

  list = g_ptr_array_new_with_free_func ((GDestroyNotify) gln_collection_info_free);
  _gln_stmt_bind (stmt, "l", collection_id);
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
      info->include_words = _gln_stmt_dup_text (stmt, 8);
      info->exclude_words = _gln_stmt_dup_text (stmt, 9);
      g_ptr_array_add (list, info);
    }
  if (rc != SQLITE_DONE)
    {
      _gln_database_set_error (db, rc, error);
      return NULL;
    }

  return g_steal_pointer (&list);
}

/* For the board's files: one collection with its counts, or NOT_FOUND. */
GlnCollectionInfo *
_gln_store_read_collection (GlnDatabase  *db,
                            gint64        collection_id,
                            GError      **error)
{
  g_autoptr(GPtrArray) list = NULL;

  if (!(list = read_collections (db, collection_id, error)))
    return NULL;
  if (collection_id <= 0 || list->len == 0)
    {
      set_collection_not_found (NULL, error);
      return NULL;
    }

  return g_ptr_array_steal_index (list, 0);
}

static gpointer
find_collection (GlnDatabase   *db,
                 GlnStoreArgs  *args,
                 GCancellable  *cancellable,
                 GError       **error)
{
  gint64 id = lookup_collection (db, args->text, error);

  return id > 0 ? _gln_store_read_collection (db, id, error) : NULL;
}

static const GlnStoreOp find_collection_op = {
  find_collection, (GDestroyNotify) gln_collection_info_free, GLN_STORE_OP_NONE
};

void
gln_store_find_collection_async (GlnStore            *self,
                                 const char          *name,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  _gln_store_call (self, &find_collection_op, collection_args_new (0, 0, name),
                   gln_store_find_collection_async, cancellable, callback, user_data);
}

/**
 * gln_store_find_collection_finish:
 * @self: a #GlnStore
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the collection of that name with its counts, or %NULL with
 *   %GLN_DATABASE_ERROR_NOT_FOUND
 */
GlnCollectionInfo *
gln_store_find_collection_finish (GlnStore      *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  return _gln_store_finish (self, result, gln_store_find_collection_async, error);
}

static gpointer
list_collections (GlnDatabase   *db,
                  GlnStoreArgs  *args,
                  GCancellable  *cancellable,
                  GError       **error)
{
  return read_collections (db, 0, error);
}

static const GlnStoreOp list_collections_op = {
  list_collections, (GDestroyNotify) g_ptr_array_unref, GLN_STORE_OP_NONE
};

void
gln_store_list_collections_async (GlnStore            *self,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  _gln_store_call (self, &list_collections_op, _gln_store_args_new (),
                   gln_store_list_collections_async, cancellable, callback, user_data);
}

/**
 * gln_store_list_collections_finish:
 * @self: a #GlnStore
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type GlnCollectionInfo): every collection with its
 *   screening counts
 */
GPtrArray *
gln_store_list_collections_finish (GlnStore      *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  return _gln_store_finish (self, result, gln_store_list_collections_async, error);
}

static gpointer
describe (GlnDatabase   *db,
          GlnStoreArgs  *args,
          GCancellable  *cancellable,
          GError       **error)
{
  static const char sql[] = "UPDATE collections SET description = ? WHERE id = ?";

  if (!_gln_database_run_one (db, sql, _("The collection no longer exists"), error, "tl",
                              args->text ? args->text : "", args->id))
    return NULL;

  return GINT_TO_POINTER (TRUE);
}

static const GlnStoreOp describe_op = { describe, NULL, GLN_STORE_OP_NONE };

/* Sets the review question and inclusion criteria. */
void
gln_store_describe_collection_async (GlnStore            *self,
                                     gint64               collection_id,
                                     const char          *description,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  _gln_store_call (self, &describe_op, collection_args_new (collection_id, 0, description),
                   gln_store_describe_collection_async, cancellable, callback, user_data);
}

/* For the board's files: the papers of a collection in the order they were added, with
 * their decisions; @status keeps only one decision, -1 keeps all. */
GPtrArray *
_gln_store_read_entries (GlnDatabase  *db,
                         gint64        collection_id,
                         int           status,
                         GError      **error)
{
  static const char sql[] =
    "SELECT paper_id, status, reason, key_results FROM collection_papers"
    " WHERE collection_id = ?1 AND (?2 IS NULL OR status = ?2)"
    " AND paper_id NOT IN (SELECT paper_id FROM trash) ORDER BY position, paper_id";
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GlnStmtScope) stmt = NULL;
  int rc;

  if (!(stmt = _gln_database_prepare (db, sql, error)))
    return NULL;

  list = g_ptr_array_new_with_free_func ((GDestroyNotify) gln_collection_paper_free);
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
      _gln_database_set_error (db, rc, error);
      return NULL;
    }

  return g_steal_pointer (&list);
}

/* The papers of a collection, whose shared instances list its name, must be re-read once
 * it is renamed or deleted. They are listed first: once deleted, it has no papers left. */
static gboolean
touch_papers (GlnDatabase   *db,
              GlnStoreArgs  *args,
              GError       **error)
{
  static const char sql[] = "SELECT paper_id FROM collection_papers WHERE collection_id = ?";
  g_autoptr(GlnStmtScope) stmt = NULL;
  int rc;

  if (!(stmt = _gln_database_prepare (db, sql, error)))
    return FALSE;
  _gln_stmt_bind (stmt, "l", args->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    _gln_store_args_touch (args, sqlite3_column_int64 (stmt, 0));
  if (rc != SQLITE_DONE)
    return _gln_database_set_error (db, rc, error);

  return TRUE;
}

static gpointer
rename_collection (GlnDatabase   *db,
                   GlnStoreArgs  *args,
                   GCancellable  *cancellable,
                   GError       **error)
{
  static const char sql[] = "UPDATE collections SET name = ? WHERE id = ?";
  g_autofree char *name = NULL;
  g_autoptr(GError) local_error = NULL;

  if (!(name = _gln_store_check_name (args->text, error)) || !touch_papers (db, args, error))
    return NULL;

  if (!_gln_database_run_one (db, sql, _("The collection no longer exists"), &local_error, "tl",
                              name, args->id))
    {
      if (g_error_matches (local_error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_INVALID))
        g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_INVALID,
                     _("A collection named “%s” already exists"), name);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return GINT_TO_POINTER (TRUE);
}

static const GlnStoreOp rename_op = { rename_collection, NULL, GLN_STORE_OP_CHANGES };

void
gln_store_rename_collection_async (GlnStore            *self,
                                   gint64               collection_id,
                                   const char          *name,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  _gln_store_call (self, &rename_op, collection_args_new (collection_id, 0, name),
                   gln_store_rename_collection_async, cancellable, callback, user_data);
}

static gpointer
delete_collection (GlnDatabase   *db,
                   GlnStoreArgs  *args,
                   GCancellable  *cancellable,
                   GError       **error)
{
  static const char sql[] = "DELETE FROM collections WHERE id = ?";

  if (!touch_papers (db, args, error) ||
      !_gln_database_run_one (db, sql, _("The collection no longer exists"), error, "l",
                              args->id))
    return NULL;

  return GINT_TO_POINTER (TRUE);
}

static const GlnStoreOp delete_op = { delete_collection, NULL, GLN_STORE_OP_CHANGES };

/* The papers stay in the library; only the collection, its screening and board go. */
void
gln_store_delete_collection_async (GlnStore            *self,
                                   gint64               collection_id,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  _gln_store_call (self, &delete_op, collection_args_new (collection_id, 0, NULL),
                   gln_store_delete_collection_async, cancellable, callback, user_data);
}

/**
 * _gln_store_add_to_collection:
 * @db: the writer connection
 * @collection_id: a collection
 * @paper_id: a paper, added after the collection's other papers unless it is in already
 * @error: return location for a #GError
 *
 * Returns: 1 if the paper was added, 0 if it was there already, -1 with @error set
 */
int
_gln_store_add_to_collection (GlnDatabase  *db,
                              gint64        collection_id,
                              gint64        paper_id,
                              GError      **error)
{
  static const char sql[] =
    "INSERT OR IGNORE INTO collection_papers (collection_id, paper_id, added, position)"
    " VALUES (?1, ?2, ?3, (SELECT coalesce (max (position), 0) + 1 FROM collection_papers"
    " WHERE collection_id = ?1))";

  if (!_gln_database_run (db, sql, error, "lll", collection_id, paper_id, _gln_database_now ()))
    return -1;

  return sqlite3_changes (_gln_database_get_handle (db)) > 0;
}

static gpointer
add_papers (GlnDatabase   *db,
            GlnStoreArgs  *args,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  gint64 collection_id = lookup_collection (db, args->text, &local_error);

  if (collection_id == 0 && args->number &&
      g_error_matches (local_error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_NOT_FOUND))
    {
      g_clear_error (&local_error);
      collection_id = create_collection (db, args->text, &local_error);
    }
  if (collection_id == 0)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  for (guint i = 0; i < args->ids->len; i++)
    {
      gint64 paper_id = g_array_index (args->ids, gint64, i);

      if (_gln_store_add_to_collection (db, collection_id, paper_id, error) < 0)
        return NULL;
      _gln_store_args_touch (args, paper_id);
    }

  return GINT_TO_POINTER (TRUE);
}

static const GlnStoreOp add_papers_op = { add_papers, NULL, GLN_STORE_OP_CHANGES };

static GlnStoreArgs *
papers_args_new (const char  *collection,
                 GlnPaper   **papers,
                 guint        n_papers)
{
  GlnStoreArgs *args = collection_args_new (0, 0, collection);

  args->ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n_papers);
  for (guint i = 0; i < n_papers; i++)
    {
      gint64 id = gln_paper_get_id (papers[i]);

      g_array_append_val (args->ids, id);
    }

  return args;
}

/**
 * gln_store_collection_add_async:
 * @self: a #GlnStore
 * @collection: the collection's name
 * @papers: (array length=n_papers): papers of the library
 * @n_papers: how many
 * @create: whether to create the collection when there is none of that name
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when stored; finish with gln_store_edit_finish()
 * @user_data: data for @callback
 *
 * Adds papers to a collection, after its other papers; papers in it already stay where
 * they are. The shared papers list the collection once it is stored.
 */
void
gln_store_collection_add_async (GlnStore             *self,
                                const char           *collection,
                                GlnPaper            **papers,
                                guint                 n_papers,
                                gboolean              create,
                                GCancellable         *cancellable,
                                GAsyncReadyCallback   callback,
                                gpointer              user_data)
{
  GlnStoreArgs *args = papers_args_new (collection, papers, n_papers);

  args->number = !!create;
  _gln_store_call (self, &add_papers_op, args, gln_store_collection_add_async, cancellable,
                   callback, user_data);
}

static gpointer
remove_papers (GlnDatabase   *db,
               GlnStoreArgs  *args,
               GCancellable  *cancellable,
               GError       **error)
{
  static const char sql[] =
    "DELETE FROM collection_papers WHERE collection_id = ? AND paper_id = ?";
  gint64 collection_id;

  if ((collection_id = lookup_collection (db, args->text, error)) == 0)
    return NULL;

  for (guint i = 0; i < args->ids->len; i++)
    {
      gint64 paper_id = g_array_index (args->ids, gint64, i);

      if (!_gln_database_run (db, sql, error, "ll", collection_id, paper_id))
        return NULL;
      _gln_store_args_touch (args, paper_id);
    }

  return GINT_TO_POINTER (TRUE);
}

static const GlnStoreOp remove_papers_op = { remove_papers, NULL, GLN_STORE_OP_CHANGES };

/* Takes papers out of a collection; a paper that is not in it is not an error. */
void
gln_store_collection_remove_async (GlnStore             *self,
                                   const char           *collection,
                                   GlnPaper            **papers,
                                   guint                 n_papers,
                                   GCancellable         *cancellable,
                                   GAsyncReadyCallback   callback,
                                   gpointer              user_data)
{
  _gln_store_call (self, &remove_papers_op, papers_args_new (collection, papers, n_papers),
                   gln_store_collection_remove_async, cancellable, callback, user_data);
}

static gboolean
get_screening (GlnDatabase   *db,
               gint64         collection_id,
               gint64         paper_id,
               GlnScreening  *status,
               char         **reason,
               GError       **error)
{
  static const char sql[] =
    "SELECT status, reason FROM collection_papers WHERE collection_id = ? AND paper_id = ?";
  g_autoptr(GlnStmtScope) stmt = NULL;
  int rc;

  if (!(stmt = _gln_database_prepare (db, sql, error)))
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
    return _gln_database_set_error (db, rc, error);

  gln_screening_from_string ((const char *) sqlite3_column_text (stmt, 0), status);
  *reason = _gln_stmt_dup_text (stmt, 1);

  return TRUE;
}

/* Stores a decision without logging it: what undo uses. */
static gboolean
store_decision (GlnDatabase   *db,
                gint64         collection_id,
                gint64         paper_id,
                GlnScreening   status,
                const char    *reason,
                GError       **error)
{
  static const char sql[] =
    "UPDATE collection_papers SET status = ?, reason = ?, screened = ?"
    " WHERE collection_id = ? AND paper_id = ?";
  gboolean unscreened = status == GLN_SCREENING_UNSCREENED;
  const char *kept = unscreened || gln_str_empty0 (reason) ? NULL : reason;

  if (unscreened)
    return _gln_database_run_one (db, sql, _("The paper is not in this collection"), error,
                                  "ttnll", gln_screening_to_string (status), kept,
                                  collection_id, paper_id);

  return _gln_database_run_one (db, sql, _("The paper is not in this collection"), error,
                                "ttlll", gln_screening_to_string (status), kept,
                                _gln_database_now (), collection_id, paper_id);
}

/* Records a decision with what it replaced, so that undo can take it back; a reason typed
 * once is offered again for the rest of the review. */
static gboolean
log_decision (GlnDatabase   *db,
              gint64         collection_id,
              gint64         paper_id,
              GlnScreening   status,
              const char    *reason,
              GError       **error)
{
  static const char log_sql[] =
    "INSERT INTO screening_log (collection_id, paper_id, status, reason, previous_status,"
    " previous_reason, time) VALUES (?, ?, ?, ?, ?, ?, ?)";
  static const char reason_sql[] =
    "INSERT OR IGNORE INTO screening_reasons (collection_id, reason, position) VALUES (?1, ?2,"
    " (SELECT coalesce (max (position), 0) + 1 FROM screening_reasons WHERE collection_id = ?1))";
  g_autofree char *previous_reason = NULL;
  GlnScreening previous = GLN_SCREENING_UNSCREENED;

  if (!get_screening (db, collection_id, paper_id, &previous, &previous_reason, error) ||
      !store_decision (db, collection_id, paper_id, status, reason, error) ||
      !_gln_database_run (db, log_sql, error, "llttttl", collection_id, paper_id,
                          gln_screening_to_string (status), reason,
                          gln_screening_to_string (previous), previous_reason,
                          _gln_database_now ()))
    return FALSE;

  if (status == GLN_SCREENING_EXCLUDE && !gln_str_empty0 (reason))
    return _gln_store_keep_reasons (db, collection_id, error) &&
           _gln_database_run (db, reason_sql, error, "lt", collection_id, reason);

  return TRUE;
}

/* Takes back the last decision: the paper concerned, 0 when there was none, -1 on error. */
static gint64
undo_decision (GlnDatabase   *db,
               gint64         collection_id,
               GError       **error)
{
  static const char last_sql[] =
    "SELECT id, paper_id, previous_status, previous_reason FROM screening_log"
    " WHERE collection_id = ? ORDER BY id DESC LIMIT 1";
  static const char delete_sql[] = "DELETE FROM screening_log WHERE id = ?";
  g_autoptr(GlnStmtScope) stmt = NULL;
  g_autofree char *previous_reason = NULL;
  GlnScreening status = GLN_SCREENING_UNSCREENED;
  gint64 log_id, paper_id;
  int rc;

  if (!(stmt = _gln_database_prepare (db, last_sql, error)))
    return -1;
  _gln_stmt_bind (stmt, "l", collection_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return 0;
  if (rc != SQLITE_ROW)
    {
      _gln_database_set_error (db, rc, error);
      return -1;
    }

  log_id = sqlite3_column_int64 (stmt, 0);
  paper_id = sqlite3_column_int64 (stmt, 1);
  gln_screening_from_string ((const char *) sqlite3_column_text (stmt, 2), &status);
  previous_reason = _gln_stmt_dup_text (stmt, 3);
  _gln_stmt_reset (g_steal_pointer (&stmt));

  if (!store_decision (db, collection_id, paper_id, status, previous_reason, error) ||
      !_gln_database_run (db, delete_sql, error, "l", log_id))
    return -1;

  return paper_id;
}

/* For the board's files: counts per decision and per exclusion reason. */
GlnScreeningSummary *
_gln_store_read_summary (GlnDatabase  *db,
                         gint64        collection_id,
                         GError      **error)
{
  static const char counts_sql[] =
    "SELECT status, count (*) FROM collection_papers WHERE collection_id = ?"
    " AND paper_id NOT IN (SELECT paper_id FROM trash) GROUP BY status";
  static const char reasons_sql[] =
    "SELECT coalesce (reason, ''), count (*) FROM collection_papers"
    " WHERE collection_id = ? AND status = 'exclude'"
    " AND paper_id NOT IN (SELECT paper_id FROM trash) GROUP BY 1 ORDER BY 2 DESC, 1";
  g_autoptr(GlnScreeningSummary) summary = g_new0 (GlnScreeningSummary, 1);
  g_autoptr(GlnStmtScope) counts = NULL;
  g_autoptr(GlnStmtScope) reasons = NULL;
  int rc;

  summary->reasons = g_ptr_array_new_with_free_func (g_free);
  summary->reason_counts = g_array_new (FALSE, FALSE, sizeof (guint));

  if (!(counts = _gln_database_prepare (db, counts_sql, error)))
    return NULL;
  _gln_stmt_bind (counts, "l", collection_id);
  while ((rc = sqlite3_step (counts)) == SQLITE_ROW)
    {
      GlnScreening status;

      if (gln_screening_from_string ((const char *) sqlite3_column_text (counts, 0), &status))
        summary->counts[status] = sqlite3_column_int (counts, 1);
    }
  if (rc != SQLITE_DONE)
    {
      _gln_database_set_error (db, rc, error);
      return NULL;
    }

  if (!(reasons = _gln_database_prepare (db, reasons_sql, error)))
    return NULL;

  _gln_stmt_bind (reasons, "l", collection_id);
  while ((rc = sqlite3_step (reasons)) == SQLITE_ROW)
    {
      guint count = sqlite3_column_int (reasons, 1);

      g_ptr_array_add (summary->reasons, _gln_stmt_dup_text (reasons, 0));
      g_array_append_val (summary->reason_counts, count);
    }
  if (rc != SQLITE_DONE)
    {
      _gln_database_set_error (db, rc, error);
      return NULL;
    }

  return g_steal_pointer (&summary);
}

/* After a decision or an undo: what is stored now, read back (the reason trimmed, or what
 * an undo restored), with the reasons and counts the screening mode shows. */
static GlnScreeningChange *
read_change (GlnDatabase  *db,
             gint64        collection_id,
             gint64        paper_id,
             GError      **error)
{
  g_autoptr(GlnScreeningChange) change = g_new0 (GlnScreeningChange, 1);

  change->paper_id = paper_id;
  if (paper_id > 0 &&
      !get_screening (db, collection_id, paper_id, &change->status, &change->reason, error))
    return NULL;

  if (!(change->reasons = _gln_store_read_reasons (db, collection_id, error)) ||
      !(change->summary = _gln_store_read_summary (db, collection_id, error)))
    return NULL;

  return g_steal_pointer (&change);
}

static gpointer
screen (GlnDatabase   *db,
        GlnStoreArgs  *args,
        GCancellable  *cancellable,
        GError       **error)
{
  g_autofree char *reason = args->text ? g_strstrip (g_strdup (args->text)) : NULL;

  if (!log_decision (db, args->id, args->other_id, (GlnScreening) args->number, reason, error))
    return NULL;

  return read_change (db, args->id, args->other_id, error);
}

static const GlnStoreOp screen_op = {
  screen, (GDestroyNotify) gln_screening_change_free, GLN_STORE_OP_NONE
};

/**
 * gln_store_screen_async:
 * @self: a #GlnStore
 * @collection_id: the collection
 * @paper_id: a paper in it
 * @status: the decision
 * @reason: (nullable): why; an exclusion reason joins the collection's vocabulary
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the change; finish with gln_store_screening_finish()
 * @user_data: data for @callback
 *
 * Records a screening decision, logged so that gln_store_undo_screening_async() can take it
 * back.
 */
void
gln_store_screen_async (GlnStore            *self,
                        gint64               collection_id,
                        gint64               paper_id,
                        GlnScreening         status,
                        const char          *reason,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  GlnStoreArgs *args = collection_args_new (collection_id, paper_id, reason);

  args->number = status;
  _gln_store_call (self, &screen_op, args, gln_store_screen_async, cancellable, callback,
                   user_data);
}

static gpointer
undo_screening (GlnDatabase   *db,
                GlnStoreArgs  *args,
                GCancellable  *cancellable,
                GError       **error)
{
  gint64 paper_id = undo_decision (db, args->id, error);

  return paper_id >= 0 ? read_change (db, args->id, paper_id, error) : NULL;
}

static const GlnStoreOp undo_screening_op = {
  undo_screening, (GDestroyNotify) gln_screening_change_free, GLN_STORE_OP_NONE
};

/* Takes back the collection's last decision, restoring what it replaced; the change's
 * paper_id is 0 when there was nothing to undo. */
void
gln_store_undo_screening_async (GlnStore            *self,
                                gint64               collection_id,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  _gln_store_call (self, &undo_screening_op, collection_args_new (collection_id, 0, NULL),
                   gln_store_undo_screening_async, cancellable, callback, user_data);
}

/**
 * gln_store_screening_finish:
 * @self: a #GlnStore
 * @result: the #GAsyncResult of a decision or an undo
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the decision as stored now
 */
GlnScreeningChange *
gln_store_screening_finish (GlnStore      *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  return _gln_store_finish (self, result, NULL, error);
}

static gpointer
set_key_results (GlnDatabase   *db,
                 GlnStoreArgs  *args,
                 GCancellable  *cancellable,
                 GError       **error)
{
  static const char sql[] =
    "UPDATE collection_papers SET key_results = ? WHERE collection_id = ? AND paper_id = ?";

  if (!_gln_database_run_one (db, sql, _("The paper is not in this collection"), error, "tll",
                              args->text, args->id, args->other_id))
    return NULL;

  return GINT_TO_POINTER (TRUE);
}

static const GlnStoreOp set_key_results_op = { set_key_results, NULL, GLN_STORE_OP_NONE };

/* @text: the user's Key results; "" clears them, %NULL goes back to the ones extracted
 * from the abstract. */
void
gln_store_set_key_results_async (GlnStore            *self,
                                 gint64               collection_id,
                                 gint64               paper_id,
                                 const char          *text,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  _gln_store_call (self, &set_key_results_op,
                   collection_args_new (collection_id, paper_id, text),
                   gln_store_set_key_results_async, cancellable, callback, user_data);
}
