/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Feeds: the saved questions, what the last fetch of each left behind (validators for
 * conditional requests, the time, the error), and which feed brought which paper when.
 * Edits without a result finish with gln_store_edit_finish(). */

#define G_LOG_DOMAIN "gln-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "gln-store-feeds.h"

#include "gln-macros.h"
#include "gln-store-private.h"

/* The columns of list_sql, in order. */
enum {
  COL_ID,
  COL_KIND,
  COL_PARAMS,
  COL_TITLE,
  COL_ETAG,
  COL_LAST_MODIFIED,
  COL_LAST_FETCH,
  COL_LAST_ERROR,
  COL_REFRESH_INTERVAL,
  COL_ENABLED,
  COL_POSITION,
  COL_CREATED,
  COL_N_PAPERS,
  COL_N_UNREAD,
};

/* The id goes in as text: a format macro inside _() would hide the message from xgettext. */
static char *
dup_not_found (gint64 feed_id)
{
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, feed_id);

  return g_strdup_printf (_("No feed with id %s in the library"), id);
}

static void
set_not_found (gint64   feed_id,
               GError **error)
{
  g_autofree char *message = dup_not_found (feed_id);

  g_set_error_literal (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_NOT_FOUND, message);
}

/* Runs a write of the feed @args->id and reports a missing feed as such. */
static gpointer
update_feed (GlnDatabase   *db,
             GlnStoreArgs  *args,
             const char    *sql,
             GError       **error,
             const char    *types,
             ...)
{
  g_autofree char *not_found = dup_not_found (args->id);
  va_list values;
  gboolean ok;

  va_start (values, types);
  ok = _gln_database_run_one_valist (db, sql, not_found, error, types, values);
  va_end (values);

  return ok ? GINT_TO_POINTER (TRUE) : NULL;
}

static GlnStoreArgs *
feed_args_new (gint64      feed_id,
               int         number,
               const char *text)
{
  GlnStoreArgs *args = _gln_store_args_new ();

  args->id = feed_id;
  args->number = number;
  args->text = g_strdup (text);

  return args;
}

static gboolean
check_params (const char  *params,
              GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonNode *root;

  if (params != NULL && json_parser_load_from_data (parser, params, -1, NULL) &&
      (root = json_parser_get_root (parser)) != NULL && JSON_NODE_HOLDS_OBJECT (root))
    return TRUE;

  g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_INVALID,
               _("Feed parameters must be a JSON object, not “%s”"), params ? params : "");
  return FALSE;
}

static gpointer
add_feed (GlnDatabase   *db,
          GlnStoreArgs  *args,
          GCancellable  *cancellable,
          GError       **error)
{
  static const char sql[] =
    "INSERT INTO feeds (kind, params, title, position, created)"
    " VALUES (?, ?, ?, (SELECT coalesce (max (position), 0) + 1 FROM feeds), ?)";
  const char *kind = args->strv[0];
  const char *params = args->strv[1];

  if (!gln_feed_kind_is_valid (kind))
    {
      g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_INVALID,
                   _("Unknown kind of feed “%s”"), kind);
      return NULL;
    }
  if (!check_params (params, error) ||
      !_gln_database_run (db, sql, error, "tttl", kind, params,
                          gln_str_empty0 (args->text) ? NULL : args->text, _gln_database_now ()))
    return NULL;

  return _gln_store_new_id (sqlite3_last_insert_rowid (_gln_database_get_handle (db)));
}

static const GlnStoreOp add_feed_op = { add_feed, g_free, GLN_STORE_OP_CHANGES };

/**
 * gln_store_add_feed_async:
 * @self: a #GlnStore
 * @kind: one of gln_feed_get_kinds()
 * @params: the feed's parameters, the text of a JSON object (`{"category":"cs.CL"}`)
 * @title: (nullable): a title, or %NULL to show one made from the kind and parameters
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the new feed's id; finish with gln_store_id_finish()
 * @user_data: data for @callback
 *
 * Adds a feed, enabled, after the others.
 */
void
gln_store_add_feed_async (GlnStore            *self,
                          const char          *kind,
                          const char          *params,
                          const char          *title,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  GlnStoreArgs *args = feed_args_new (0, 0, title);
  const char *strv[] = { kind ? kind : "", params ? params : "", NULL };

  args->strv = g_strdupv ((char **) strv);
  _gln_store_call (self, &add_feed_op, args, gln_store_add_feed_async, cancellable, callback,
                   user_data);
}

static GlnFeed *
read_feed (sqlite3_stmt *stmt)
{
  g_autoptr(GlnFeed) feed = NULL;

  feed = gln_feed_new ((const char *) sqlite3_column_text (stmt, COL_KIND),
                       (const char *) sqlite3_column_text (stmt, COL_PARAMS));
  gln_feed_set_id (feed, sqlite3_column_int64 (stmt, COL_ID));
  gln_feed_set_title (feed, (const char *) sqlite3_column_text (stmt, COL_TITLE));
  gln_feed_set_etag (feed, (const char *) sqlite3_column_text (stmt, COL_ETAG));
  gln_feed_set_last_modified (feed, (const char *) sqlite3_column_text (stmt, COL_LAST_MODIFIED));
  gln_feed_set_last_fetch (feed, sqlite3_column_int64 (stmt, COL_LAST_FETCH));
  gln_feed_set_last_error (feed, (const char *) sqlite3_column_text (stmt, COL_LAST_ERROR));
  gln_feed_set_refresh_interval (feed, sqlite3_column_int (stmt, COL_REFRESH_INTERVAL));
  gln_feed_set_enabled (feed, sqlite3_column_int (stmt, COL_ENABLED) != 0);
  gln_feed_set_position (feed, sqlite3_column_int (stmt, COL_POSITION));
  gln_feed_set_created (feed, sqlite3_column_int64 (stmt, COL_CREATED));
  gln_feed_set_n_papers (feed, sqlite3_column_int (stmt, COL_N_PAPERS));
  gln_feed_set_n_unread (feed, sqlite3_column_int (stmt, COL_N_UNREAD));

  return g_steal_pointer (&feed);
}

static gpointer
list_feeds (GlnDatabase   *db,
            GlnStoreArgs  *args,
            GCancellable  *cancellable,
            GError       **error)
{
  /* The unread count asks the small index of unread papers, not the papers themselves:
   * joining them read every paper of the feed, 100 ms for 10,000 at each refresh. */
  static const char sql[] =
    "SELECT f.id, f.kind, f.params, f.title, f.etag, f.last_modified, f.last_fetch,"
    " f.last_error, f.refresh_interval, f.enabled, f.position, f.created,"
    " (SELECT count(*) FROM feed_papers fp WHERE fp.feed_id = f.id"
    "  AND fp.paper_id NOT IN (SELECT paper_id FROM trash)),"
    " (SELECT count(*) FROM feed_papers fp WHERE fp.feed_id = f.id"
    "  AND fp.paper_id NOT IN (SELECT paper_id FROM trash)"
    "  AND EXISTS (SELECT 1 FROM papers p INDEXED BY papers_unread"
    "   WHERE p.id = fp.paper_id AND p.read_time IS NULL))"
    " FROM feeds f WHERE ?1 = 0 OR f.id = ?1 ORDER BY f.position, f.id";
  g_autoptr(GPtrArray) feeds = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GlnStmtScope) stmt = NULL;
  int rc;

  if (!(stmt = _gln_database_prepare (db, sql, error)))
    return NULL;

  _gln_stmt_bind (stmt, "l", args->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (feeds, read_feed (stmt));
  if (rc != SQLITE_DONE)
    {
      _gln_database_set_error (db, rc, error);
      return NULL;
    }

  if (args->id > 0 && feeds->len == 0)
    {
      set_not_found (args->id, error);
      return NULL;
    }

  return g_steal_pointer (&feeds);
}

static const GlnStoreOp list_feeds_op = {
  list_feeds, (GDestroyNotify) g_ptr_array_unref, GLN_STORE_OP_NONE
};

/**
 * gln_store_list_feeds_async:
 * @self: a #GlnStore
 * @feed_id: a feed's id, or 0 for every feed
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the feeds
 * @user_data: data for @callback
 */
void
gln_store_list_feeds_async (GlnStore            *self,
                            gint64               feed_id,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  _gln_store_call (self, &list_feeds_op, feed_args_new (feed_id, 0, NULL),
                   gln_store_list_feeds_async, cancellable, callback, user_data);
}

/**
 * gln_store_list_feeds_finish:
 * @self: a #GlnStore
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type GlnFeed): the feeds in sidebar order, with their
 *   paper counts; or %NULL with @error set (%GLN_DATABASE_ERROR_NOT_FOUND when the one
 *   feed asked for is not there)
 */
GPtrArray *
gln_store_list_feeds_finish (GlnStore      *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  return _gln_store_finish (self, result, gln_store_list_feeds_async, error);
}

static gpointer
remove_feed (GlnDatabase   *db,
             GlnStoreArgs  *args,
             GCancellable  *cancellable,
             GError       **error)
{
  static const char sql[] = "DELETE FROM feeds WHERE id = ?";

  return update_feed (db, args, sql, error, "l", args->id);
}

static const GlnStoreOp remove_feed_op = { remove_feed, NULL, GLN_STORE_OP_CHANGES };

/* The papers a removed feed brought stay in the library; only the record of their arrival
 * through it goes. */
void
gln_store_remove_feed_async (GlnStore            *self,
                             gint64               feed_id,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  _gln_store_call (self, &remove_feed_op, feed_args_new (feed_id, 0, NULL),
                   gln_store_remove_feed_async, cancellable, callback, user_data);
}

static gpointer
rename_feed (GlnDatabase   *db,
             GlnStoreArgs  *args,
             GCancellable  *cancellable,
             GError       **error)
{
  static const char sql[] = "UPDATE feeds SET title = ? WHERE id = ?";

  return update_feed (db, args, sql, error, "tl", gln_str_empty0 (args->text) ? NULL : args->text,
                      args->id);
}

static const GlnStoreOp rename_feed_op = { rename_feed, NULL, GLN_STORE_OP_CHANGES };

/* A %NULL or empty @title goes back to the one made from the kind and parameters. */
void
gln_store_rename_feed_async (GlnStore            *self,
                             gint64               feed_id,
                             const char          *title,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  _gln_store_call (self, &rename_feed_op, feed_args_new (feed_id, 0, title),
                   gln_store_rename_feed_async, cancellable, callback, user_data);
}

static gpointer
set_feed_enabled (GlnDatabase   *db,
                  GlnStoreArgs  *args,
                  GCancellable  *cancellable,
                  GError       **error)
{
  static const char sql[] = "UPDATE feeds SET enabled = ? WHERE id = ?";

  return update_feed (db, args, sql, error, "bl", args->number, args->id);
}

static const GlnStoreOp set_feed_enabled_op = { set_feed_enabled, NULL, GLN_STORE_OP_CHANGES };

/* Whether refreshing every feed includes this one. */
void
gln_store_set_feed_enabled_async (GlnStore            *self,
                                  gint64               feed_id,
                                  gboolean             enabled,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  _gln_store_call (self, &set_feed_enabled_op, feed_args_new (feed_id, !!enabled, NULL),
                   gln_store_set_feed_enabled_async, cancellable, callback, user_data);
}

static gpointer
set_feed_interval (GlnDatabase   *db,
                   GlnStoreArgs  *args,
                   GCancellable  *cancellable,
                   GError       **error)
{
  static const char sql[] = "UPDATE feeds SET refresh_interval = ? WHERE id = ?";

  if (args->number < 60)
    {
      g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_INVALID,
                   _("A feed is refreshed at most once a minute"));
      return NULL;
    }

  return update_feed (db, args, sql, error, "il", args->number, args->id);
}

static const GlnStoreOp set_feed_interval_op = { set_feed_interval, NULL, GLN_STORE_OP_NONE };

/* @seconds: the least time between two automatic refreshes of the feed, at least 60. */
void
gln_store_set_feed_interval_async (GlnStore            *self,
                                   gint64               feed_id,
                                   int                  seconds,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  _gln_store_call (self, &set_feed_interval_op, feed_args_new (feed_id, seconds, NULL),
                   gln_store_set_feed_interval_async, cancellable, callback, user_data);
}

static gpointer
set_feed_params (GlnDatabase   *db,
                 GlnStoreArgs  *args,
                 GCancellable  *cancellable,
                 GError       **error)
{
  static const char sql[] = "UPDATE feeds SET params = ? WHERE id = ?";

  if (!check_params (args->text, error))
    return NULL;

  return update_feed (db, args, sql, error, "tl", args->text, args->id);
}

static const GlnStoreOp set_feed_params_op = { set_feed_params, NULL, GLN_STORE_OP_NONE };

/* Replaces a feed's parameters, for instance once a source has looked up the identifier
 * behind a name. */
void
gln_store_set_feed_params_async (GlnStore            *self,
                                 gint64               feed_id,
                                 const char          *params,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  _gln_store_call (self, &set_feed_params_op, feed_args_new (feed_id, 0, params),
                   gln_store_set_feed_params_async, cancellable, callback, user_data);
}

static gpointer
record_fetch (GlnDatabase   *db,
              GlnStoreArgs  *args,
              GCancellable  *cancellable,
              GError       **error)
{
  static const char validators_sql[] = "UPDATE feeds SET etag = ?, last_modified = ? WHERE id = ?";
  static const char status_sql[] = "UPDATE feeds SET last_fetch = ?, last_error = ? WHERE id = ?";

  if (args->number &&
      !update_feed (db, args, validators_sql, error, "ttl", args->more_text,
                    (const char *) args->object, args->id))
    return NULL;

  return update_feed (db, args, status_sql, error, "ltl", _gln_database_now (), args->text,
                      args->id);
}

static const GlnStoreOp record_fetch_op = { record_fetch, NULL, GLN_STORE_OP_NONE };

/**
 * gln_store_record_fetch_async:
 * @self: a #GlnStore
 * @feed_id: a feed's id
 * @last_error: (nullable): why the fetch failed, or %NULL when it succeeded
 * @set_validators: whether to store @etag and @last_modified
 * @etag: (nullable): the `ETag` of the feed's last full response
 * @last_modified: (nullable): its `Last-Modified`
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when stored; finish with gln_store_edit_finish()
 * @user_data: data for @callback
 *
 * Records that the feed was fetched now, what failed, and what the next refresh sends as
 * `If-None-Match` and `If-Modified-Since`.
 */
void
gln_store_record_fetch_async (GlnStore            *self,
                              gint64               feed_id,
                              const char          *last_error,
                              gboolean             set_validators,
                              const char          *etag,
                              const char          *last_modified,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  GlnStoreArgs *args = feed_args_new (feed_id, !!set_validators, last_error);

  /* Either validator may be missing, so they do not go in a NULL-terminated list. */
  args->more_text = g_strdup (etag);
  args->object = g_strdup (last_modified);
  args->object_free = g_free;
  _gln_store_call (self, &record_fetch_op, args, gln_store_record_fetch_async, cancellable,
                   callback, user_data);
}

static gpointer
list_arrivals (GlnDatabase   *db,
               GlnStoreArgs  *args,
               GCancellable  *cancellable,
               GError       **error)
{
  static const char sql[] =
    "SELECT feed_id, arrived FROM feed_papers WHERE paper_id = ? ORDER BY arrived, feed_id";
  g_autoptr(GArray) arrivals = g_array_new (FALSE, FALSE, sizeof (GlnFeedArrival));
  g_autoptr(GlnStmtScope) stmt = NULL;
  int rc;

  if (!(stmt = _gln_database_prepare (db, sql, error)))
    return NULL;

  _gln_stmt_bind (stmt, "l", args->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GlnFeedArrival arrival = {
        .feed_id = sqlite3_column_int64 (stmt, 0),
        .arrived = sqlite3_column_int64 (stmt, 1),
      };

      g_array_append_val (arrivals, arrival);
    }
  if (rc != SQLITE_DONE)
    {
      _gln_database_set_error (db, rc, error);
      return NULL;
    }

  return g_steal_pointer (&arrivals);
}

static const GlnStoreOp list_arrivals_op = {
  list_arrivals, (GDestroyNotify) g_array_unref, GLN_STORE_OP_NONE
};

/* Tells which feeds brought a paper, and when, first arrival first. */
void
gln_store_list_arrivals_async (GlnStore            *self,
                               gint64               paper_id,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  _gln_store_call (self, &list_arrivals_op, feed_args_new (paper_id, 0, NULL),
                   gln_store_list_arrivals_async, cancellable, callback, user_data);
}

/**
 * gln_store_list_arrivals_finish:
 * @self: a #GlnStore
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type GlnFeedArrival): the arrivals, possibly none
 */
GArray *
gln_store_list_arrivals_finish (GlnStore      *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  return _gln_store_finish (self, result, gln_store_list_arrivals_async, error);
}
