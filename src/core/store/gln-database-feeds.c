/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Feeds: the saved questions, what the last fetch of each left behind (validators for
 * conditional requests, the time, the error), and which feed brought which paper when. */

#define G_LOG_DOMAIN "gln-database"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "gln-database-private.h"
#include "gln-macros.h"

/* The columns of STMT_FEEDS, in order. */
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
static void
set_not_found (gint64   feed_id,
               GError **error)
{
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, feed_id);

  g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_NOT_FOUND,
               _("No feed with id %s in the library"), id);
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

/* Reads the feed of @feed_id, or every feed when it is 0. */
static GPtrArray *
read_feeds (GlnDatabase  *self,
            gint64        feed_id,
            GError      **error)
{
  g_autoptr(GPtrArray) feeds = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GlnStmtScope) stmt = NULL;
  int rc;

  if (!(stmt = _gln_database_get_statement (self, STMT_FEEDS, error)))
    return NULL;

  _gln_stmt_bind (stmt, "l", feed_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (feeds, read_feed (stmt));

  if (rc != SQLITE_DONE)
    {
      _gln_database_set_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&feeds);
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

/* Steps a one-row write of a feed, already bound, and reports a missing feed as such. */
static gboolean
run_update (GlnDatabase   *self,
            sqlite3_stmt  *stmt,
            gint64         feed_id,
            GError       **error)
{
  if (!_gln_database_step_done (self, stmt, error))
    return FALSE;

  if (sqlite3_changes (_gln_database_get_handle (self)) == 0)
    {
      set_not_found (feed_id, error);
      return FALSE;
    }

  return TRUE;
}

/**
 * gln_database_add_feed:
 * @self: a #GlnDatabase
 * @kind: one of gln_feed_get_kinds()
 * @params: the feed's parameters, the text of a JSON object (`{"category":"cs.CL"}`)
 * @title: (nullable): a title, or %NULL to show one made from the kind and parameters
 * @error: return location for a #GError
 *
 * Adds a feed, enabled, after the others.
 *
 * Returns: the new feed's id, or 0 with @error set
 */
gint64
gln_database_add_feed (GlnDatabase  *self,
                       const char   *kind,
                       const char   *params,
                       const char   *title,
                       GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GLN_IS_DATABASE (self), 0);

  if (!gln_feed_kind_is_valid (kind))
    {
      g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_INVALID,
                   _("Unknown kind of feed “%s”"), kind ? kind : "");
      return 0;
    }
  if (!check_params (params, error))
    return 0;

  if (!(stmt = _gln_database_get_statement (self, STMT_INSERT_FEED, error)))
    return 0;

  _gln_stmt_bind (stmt, "tttl", kind, params, gln_str_empty0 (title) ? NULL : title,
                  _gln_database_now ());
  if (!_gln_database_step_done (self, stmt, error))
    return 0;

  return sqlite3_last_insert_rowid (_gln_database_get_handle (self));
}

/**
 * gln_database_get_feed:
 * @self: a #GlnDatabase
 * @feed_id: a feed's id
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the feed with its paper counts, or %NULL with
 *   %GLN_DATABASE_ERROR_NOT_FOUND
 */
GlnFeed *
gln_database_get_feed (GlnDatabase  *self,
                       gint64        feed_id,
                       GError      **error)
{
  g_autoptr(GPtrArray) feeds = NULL;

  g_return_val_if_fail (GLN_IS_DATABASE (self), NULL);

  if (feed_id <= 0 || !(feeds = read_feeds (self, feed_id, error)) || feeds->len == 0)
    {
      if (feeds != NULL || feed_id <= 0)
        set_not_found (feed_id, error);
      return NULL;
    }

  return g_object_ref (g_ptr_array_index (feeds, 0));
}

/**
 * gln_database_list_feeds:
 * @self: a #GlnDatabase
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type GlnFeed): every feed in sidebar order, with its
 *   paper counts, or %NULL with @error set
 */
GPtrArray *
gln_database_list_feeds (GlnDatabase  *self,
                         GError      **error)
{
  g_return_val_if_fail (GLN_IS_DATABASE (self), NULL);

  return read_feeds (self, 0, error);
}

/**
 * gln_database_remove_feed:
 * @self: a #GlnDatabase
 * @feed_id: a feed's id
 * @error: return location for a #GError
 *
 * Removes a feed. The papers it brought stay in the library; only the record of their
 * arrival through this feed goes.
 *
 * Returns: %TRUE on success
 */
gboolean
gln_database_remove_feed (GlnDatabase  *self,
                          gint64        feed_id,
                          GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GLN_IS_DATABASE (self), FALSE);

  if (!(stmt = _gln_database_get_statement (self, STMT_DELETE_FEED, error)))
    return FALSE;

  _gln_stmt_bind (stmt, "l", feed_id);
  return run_update (self, stmt, feed_id, error);
}

/**
 * gln_database_rename_feed:
 * @self: a #GlnDatabase
 * @feed_id: a feed's id
 * @title: (nullable): the new title; %NULL or "" goes back to the made-up one
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
gln_database_rename_feed (GlnDatabase  *self,
                          gint64        feed_id,
                          const char   *title,
                          GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GLN_IS_DATABASE (self), FALSE);

  if (!(stmt = _gln_database_get_statement (self, STMT_SET_FEED_TITLE, error)))
    return FALSE;

  _gln_stmt_bind (stmt, "tl", gln_str_empty0 (title) ? NULL : title, feed_id);
  return run_update (self, stmt, feed_id, error);
}

/**
 * gln_database_set_feed_enabled:
 * @self: a #GlnDatabase
 * @feed_id: a feed's id
 * @enabled: whether refreshing all feeds includes this one
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
gln_database_set_feed_enabled (GlnDatabase  *self,
                               gint64        feed_id,
                               gboolean      enabled,
                               GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GLN_IS_DATABASE (self), FALSE);

  if (!(stmt = _gln_database_get_statement (self, STMT_SET_FEED_ENABLED, error)))
    return FALSE;

  _gln_stmt_bind (stmt, "bl", enabled, feed_id);
  return run_update (self, stmt, feed_id, error);
}

/**
 * gln_database_set_feed_refresh_interval:
 * @self: a #GlnDatabase
 * @feed_id: a feed's id
 * @seconds: the least time between two automatic refreshes of the feed
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
gln_database_set_feed_refresh_interval (GlnDatabase  *self,
                                        gint64        feed_id,
                                        int           seconds,
                                        GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GLN_IS_DATABASE (self), FALSE);

  if (seconds < 60)
    {
      g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_INVALID,
                   _("A feed is refreshed at most once a minute"));
      return FALSE;
    }

  if (!(stmt = _gln_database_get_statement (self, STMT_SET_FEED_INTERVAL, error)))
    return FALSE;

  _gln_stmt_bind (stmt, "il", seconds, feed_id);
  return run_update (self, stmt, feed_id, error);
}

/**
 * gln_database_set_feed_params:
 * @self: a #GlnDatabase
 * @feed_id: a feed's id
 * @params: the parameters, the text of a JSON object
 * @error: return location for a #GError
 *
 * Replaces a feed's parameters, for instance once a source has looked up the identifier
 * behind a name.
 *
 * Returns: %TRUE on success
 */
gboolean
gln_database_set_feed_params (GlnDatabase  *self,
                              gint64        feed_id,
                              const char   *params,
                              GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GLN_IS_DATABASE (self), FALSE);

  if (!check_params (params, error) ||
      !(stmt = _gln_database_get_statement (self, STMT_SET_FEED_PARAMS, error)))
    return FALSE;

  _gln_stmt_bind (stmt, "tl", params, feed_id);
  return run_update (self, stmt, feed_id, error);
}

/**
 * gln_database_set_feed_validators:
 * @self: a #GlnDatabase
 * @feed_id: a feed's id
 * @etag: (nullable): the `ETag` of the feed's last full response
 * @last_modified: (nullable): its `Last-Modified`
 * @error: return location for a #GError
 *
 * Stores what the next refresh sends as `If-None-Match` and `If-Modified-Since`.
 *
 * Returns: %TRUE on success
 */
gboolean
gln_database_set_feed_validators (GlnDatabase  *self,
                                  gint64        feed_id,
                                  const char   *etag,
                                  const char   *last_modified,
                                  GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GLN_IS_DATABASE (self), FALSE);

  if (!(stmt = _gln_database_get_statement (self, STMT_SET_FEED_VALIDATORS, error)))
    return FALSE;

  _gln_stmt_bind (stmt, "ttl", etag, last_modified, feed_id);
  return run_update (self, stmt, feed_id, error);
}

/**
 * gln_database_set_feed_status:
 * @self: a #GlnDatabase
 * @feed_id: a feed's id
 * @last_fetch: when the feed was last fetched, as Unix time
 * @last_error: (nullable): why that fetch failed, or %NULL when it succeeded
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
gln_database_set_feed_status (GlnDatabase  *self,
                              gint64        feed_id,
                              gint64        last_fetch,
                              const char   *last_error,
                              GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GLN_IS_DATABASE (self), FALSE);

  if (!(stmt = _gln_database_get_statement (self, STMT_SET_FEED_STATUS, error)))
    return FALSE;

  _gln_stmt_bind (stmt, "ltl", last_fetch, last_error, feed_id);
  return run_update (self, stmt, feed_id, error);
}

/**
 * gln_database_list_arrivals:
 * @self: a #GlnDatabase
 * @paper_id: a paper's id
 * @error: return location for a #GError
 *
 * Tells which feeds brought a paper, and when, first arrival first.
 *
 * Returns: (transfer full) (element-type GlnFeedArrival): the arrivals, possibly none, or
 *   %NULL with @error set
 */
GArray *
gln_database_list_arrivals (GlnDatabase  *self,
                            gint64        paper_id,
                            GError      **error)
{
  g_autoptr(GArray) arrivals = g_array_new (FALSE, FALSE, sizeof (GlnFeedArrival));
  g_autoptr(GlnStmtScope) stmt = NULL;
  int rc;

  g_return_val_if_fail (GLN_IS_DATABASE (self), NULL);

  if (!(stmt = _gln_database_get_statement (self, STMT_PAPER_ARRIVALS, error)))
    return NULL;

  _gln_stmt_bind (stmt, "l", paper_id);
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
      _gln_database_set_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&arrivals);
}
