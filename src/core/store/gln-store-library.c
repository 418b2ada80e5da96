/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The library as a whole: what the main window's sidebar counts (unread papers per view,
 * feeds, collections, tags and saved searches), the saved searches themselves, and a check
 * of the file for damage. */

#define G_LOG_DOMAIN "gln-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "gln-store-library.h"

#include "gln-feed.h"
#include "gln-macros.h"
#include "gln-store-private.h"

/* Saved searches store the enums by name, so that the file outlives their numbering. */
static const char * const scope_names[] = {
  [GLN_QUERY_SCOPE_LIBRARY] = "library",
  [GLN_QUERY_SCOPE_INBOX] = "inbox",
  [GLN_QUERY_SCOPE_UNREAD] = "unread",
  [GLN_QUERY_SCOPE_STARRED] = "starred",
  [GLN_QUERY_SCOPE_UPDATED] = "updated",
  [GLN_QUERY_SCOPE_TRASH] = "trash",
};

static const char * const sort_names[] = {
  [GLN_QUERY_SORT_PUBLISHED] = "published",
  [GLN_QUERY_SORT_ADDED] = "added",
  [GLN_QUERY_SORT_RATING] = "rating",
  [GLN_QUERY_SORT_RELEVANCE] = "relevance",
};

/* Counted without reading the papers table: unread is looked up in the partial index of
 * unread papers. Papers in the trash count nowhere but in the trash. */
#define NOT_TRASHED(id) " AND NOT EXISTS (SELECT 1 FROM trash WHERE trash.paper_id = " id ")"
static const char * const count_sql[] = {
  "SELECT EXISTS (SELECT 1 FROM papers)",
  /* The unread papers less those in the trash: the partial index alone counts the first,
   * where asking the trash about each unread paper would read a million of them. */
  "SELECT (SELECT count(*) FROM papers p INDEXED BY papers_unread WHERE p.read_time IS NULL)"
  " - (SELECT count(*) FROM trash t JOIN papers p ON p.id = t.paper_id"
  "    WHERE p.read_time IS NULL)",
  "SELECT count(*) FROM papers p INDEXED BY papers_new_version WHERE p.new_version = 1"
  NOT_TRASHED ("p.id"),
  "SELECT count(*) FROM papers p INDEXED BY papers_starred WHERE p.starred = 1"
  " AND EXISTS (SELECT 1 FROM papers u INDEXED BY papers_unread"
  "  WHERE u.id = p.id AND u.read_time IS NULL)" NOT_TRASHED ("p.id"),
  "SELECT count(*) FROM duplicates d WHERE dismissed = 0"
  " AND NOT EXISTS (SELECT 1 FROM trash t WHERE t.paper_id IN (d.paper_a, d.paper_b))",
  "SELECT count(*) FROM trash",
};

typedef enum
{
  LIST_FEEDS,
  LIST_COLLECTIONS,
  LIST_TAGS,
  LIST_SEARCHES,
} ListKind;

/* Columns: id, name, then feeds kind, last error, unread, total, params; collections and
 * tags unread, total; saved searches their query. */
static const char * const list_sql[] = {
  [LIST_FEEDS] =
    "SELECT f.id, f.title, f.kind, f.last_error,"
    " (SELECT count(*) FROM feed_papers fp WHERE fp.feed_id = f.id"
    "  AND EXISTS (SELECT 1 FROM papers p INDEXED BY papers_unread"
    "  WHERE p.id = fp.paper_id AND p.read_time IS NULL)" NOT_TRASHED ("fp.paper_id") "),"
    " (SELECT count(*) FROM feed_papers fp WHERE fp.feed_id = f.id" NOT_TRASHED ("fp.paper_id")
    "), f.params"
    " FROM feeds f ORDER BY f.position, f.id",
  [LIST_COLLECTIONS] =
    "SELECT c.id, c.name,"
    " (SELECT count(*) FROM collection_papers cp WHERE cp.collection_id = c.id"
    "  AND EXISTS (SELECT 1 FROM papers p INDEXED BY papers_unread"
    "  WHERE p.id = cp.paper_id AND p.read_time IS NULL)" NOT_TRASHED ("cp.paper_id") "),"
    " (SELECT count(*) FROM collection_papers cp WHERE cp.collection_id = c.id"
    NOT_TRASHED ("cp.paper_id") ")"
    " FROM collections c ORDER BY c.position, c.name",
  [LIST_TAGS] =
    "SELECT t.id, t.name,"
    " (SELECT count(*) FROM paper_tags pt WHERE pt.tag_id = t.id"
    "  AND EXISTS (SELECT 1 FROM papers p INDEXED BY papers_unread"
    "  WHERE p.id = pt.paper_id AND p.read_time IS NULL)" NOT_TRASHED ("pt.paper_id") "),"
    " (SELECT count(*) FROM paper_tags pt WHERE pt.tag_id = t.id" NOT_TRASHED ("pt.paper_id") ")"
    " FROM tags t WHERE EXISTS (SELECT 1 FROM paper_tags pt WHERE pt.tag_id = t.id"
    NOT_TRASHED ("pt.paper_id") ")"
    " ORDER BY t.name COLLATE NOCASE",
  [LIST_SEARCHES] =
    "SELECT id, name, scope, text, collection, tag, category, feed_id, min_rating,"
    " published_from, published_to, unread, sort FROM saved_searches"
    " ORDER BY position, name COLLATE NOCASE",
};

static guint
lookup_name (const char * const *names,
             guint               n_names,
             const char         *name)
{
  for (guint i = 0; i < n_names; i++)
    if (g_strcmp0 (names[i], name) == 0)
      return i;

  return 0;
}

static gint64
count (GlnDatabase  *db,
       const char   *sql,
       GError      **error)
{
  g_autoptr(GlnStmtScope) stmt = NULL;
  int rc;

  if (!(stmt = _gln_database_prepare (db, sql, error)))
    return -1;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);

  _gln_database_set_error (db, rc, error);
  return -1;
}

static GlnQuery *
read_saved_query (sqlite3_stmt *stmt)
{
  GlnQuery *query = gln_query_new ();

  query->scope = lookup_name (scope_names, G_N_ELEMENTS (scope_names),
                              (const char *) sqlite3_column_text (stmt, 2));
  query->text = _gln_stmt_dup_text (stmt, 3);
  query->collection = _gln_stmt_dup_text (stmt, 4);
  query->tag = _gln_stmt_dup_text (stmt, 5);
  query->category = _gln_stmt_dup_text (stmt, 6);
  query->feed_id = sqlite3_column_int64 (stmt, 7);
  query->min_rating = sqlite3_column_int (stmt, 8);
  query->published_from = _gln_stmt_dup_text (stmt, 9);
  query->published_to = _gln_stmt_dup_text (stmt, 10);
  query->unread = sqlite3_column_int (stmt, 11) != 0;
  query->sort = lookup_name (sort_names, G_N_ELEMENTS (sort_names),
                             (const char *) sqlite3_column_text (stmt, 12));

  return query;
}

static GlnSummaryEntry *
read_entry (sqlite3_stmt *stmt,
            ListKind      kind)
{
  GlnSummaryEntry *entry = g_new0 (GlnSummaryEntry, 1);

  entry->id = sqlite3_column_int64 (stmt, 0);
  entry->name = _gln_stmt_dup_text (stmt, 1);
  if (kind == LIST_FEEDS)
    {
      g_autoptr(GlnFeed) feed = gln_feed_new ((const char *) sqlite3_column_text (stmt, 2),
                                              (const char *) sqlite3_column_text (stmt, 6));

      /* Untitled feeds are named after what they follow. */
      gln_feed_set_title (feed, entry->name);
      g_free (entry->name);
      entry->name = gln_feed_dup_display_title (feed);
      entry->kind = _gln_stmt_dup_text (stmt, 2);
      entry->error = _gln_stmt_dup_text (stmt, 3);
      entry->unread = sqlite3_column_int64 (stmt, 4);
      entry->total = sqlite3_column_int64 (stmt, 5);
    }
  else if (kind == LIST_SEARCHES)
    entry->query = read_saved_query (stmt);
  else
    {
      entry->unread = sqlite3_column_int64 (stmt, 2);
      entry->total = sqlite3_column_int64 (stmt, 3);
    }

  return entry;
}

static GPtrArray *
read_entries (GlnDatabase  *db,
              ListKind      kind,
              GError      **error)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GlnStmtScope) stmt = NULL;
  int rc;

  if (!(stmt = _gln_database_prepare (db, list_sql[kind], error)))
    return NULL;

  entries = g_ptr_array_new_with_free_func ((GDestroyNotify) gln_summary_entry_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (entries, read_entry (stmt, kind));
  if (rc != SQLITE_DONE)
    {
      _gln_database_set_error (db, rc, error);
      return NULL;
    }

  return g_steal_pointer (&entries);
}

static gpointer
load_summary (GlnDatabase   *db,
              GlnStoreArgs  *args,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GlnLibrarySummary) summary = g_new0 (GlnLibrarySummary, 1);
  gint64 has_papers;

  if ((has_papers = count (db, count_sql[0], error)) < 0 ||
      (summary->inbox = count (db, count_sql[1], error)) < 0 ||
      (summary->updated = count (db, count_sql[2], error)) < 0 ||
      (summary->starred = count (db, count_sql[3], error)) < 0 ||
      (summary->duplicates = count (db, count_sql[4], error)) < 0 ||
      (summary->trash = count (db, count_sql[5], error)) < 0 ||
      !(summary->feeds = read_entries (db, LIST_FEEDS, error)) ||
      !(summary->collections = read_entries (db, LIST_COLLECTIONS, error)) ||
      !(summary->tags = read_entries (db, LIST_TAGS, error)) ||
      !(summary->searches = read_entries (db, LIST_SEARCHES, error)))
    return NULL;
  summary->has_papers = has_papers > 0;

  return g_steal_pointer (&summary);
}

static const GlnStoreOp load_summary_op = {
  load_summary, (GDestroyNotify) gln_library_summary_free, GLN_STORE_OP_NONE
};

/**
 * gln_store_load_summary_async:
 * @self: a #GlnStore
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the summary
 * @user_data: data for @callback
 *
 * Counts what the sidebar shows, in one snapshot: unread papers in the inbox, papers with
 * an unseen new version, unread starred papers, papers in the trash, and each feed,
 * collection, tag (used by at least one paper) and saved search. Papers in the trash count
 * only there.
 */
void
gln_store_load_summary_async (GlnStore            *self,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  _gln_store_call (self, &load_summary_op, _gln_store_args_new (),
                   gln_store_load_summary_async, cancellable, callback, user_data);
}

GlnLibrarySummary *
gln_store_load_summary_finish (GlnStore      *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  return _gln_store_finish (self, result, gln_store_load_summary_async, error);
}

static gpointer
save_search (GlnDatabase   *db,
             GlnStoreArgs  *args,
             GCancellable  *cancellable,
             GError       **error)
{
  static const char sql[] =
    "INSERT INTO saved_searches (name, scope, text, collection, tag, category, published_from,"
    " published_to, feed_id, min_rating, unread, sort, created)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (name) DO UPDATE SET scope = excluded.scope, text = excluded.text,"
    " collection = excluded.collection, tag = excluded.tag, category = excluded.category,"
    " published_from = excluded.published_from, published_to = excluded.published_to,"
    " feed_id = excluded.feed_id, min_rating = excluded.min_rating, unread = excluded.unread,"
    " sort = excluded.sort RETURNING id";
  const GlnQuery *query = args->object;
  g_autofree char *name = NULL;
  g_autoptr(GlnStmtScope) stmt = NULL;
  int rc;

  if (!(name = _gln_store_check_name (args->text, error)) ||
      !(stmt = _gln_database_prepare (db, sql, error)))
    return NULL;

  _gln_stmt_bind (stmt, "ttttttttlibtl", name, scope_names[query->scope], query->text,
                  query->collection, query->tag, query->category, query->published_from,
                  query->published_to, query->feed_id, query->min_rating, query->unread,
                  sort_names[query->sort], _gln_database_now ());
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      _gln_database_set_error (db, rc, error);
      return NULL;
    }

  return _gln_store_new_id (sqlite3_column_int64 (stmt, 0));
}

static const GlnStoreOp save_search_op = { save_search, g_free, GLN_STORE_OP_CHANGES };

/**
 * gln_store_save_search_async:
 * @self: a #GlnStore
 * @name: the name shown in the sidebar
 * @query: the search; its limit and keep_read_since are not kept
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the saved search's id; finish with gln_store_id_finish()
 * @user_data: data for @callback
 *
 * Saves a search, replacing the one of the same name.
 */
void
gln_store_save_search_async (GlnStore            *self,
                             const char          *name,
                             const GlnQuery      *query,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  GlnStoreArgs *args;

  g_return_if_fail (query != NULL);
  g_return_if_fail (query->scope < G_N_ELEMENTS (scope_names));
  g_return_if_fail (query->sort < G_N_ELEMENTS (sort_names));

  args = _gln_store_args_new_query (query);
  args->text = g_strdup (name);
  _gln_store_call (self, &save_search_op, args, gln_store_save_search_async, cancellable,
                   callback, user_data);
}

static gpointer
delete_search (GlnDatabase   *db,
               GlnStoreArgs  *args,
               GCancellable  *cancellable,
               GError       **error)
{
  static const char sql[] = "DELETE FROM saved_searches WHERE id = ?";

  if (!_gln_database_run_one (db, sql, _("The saved search no longer exists"), error, "l",
                              args->id))
    return NULL;

  return GINT_TO_POINTER (TRUE);
}

static const GlnStoreOp delete_search_op = { delete_search, NULL, GLN_STORE_OP_CHANGES };

/* Finish with gln_store_edit_finish(). */
void
gln_store_delete_search_async (GlnStore            *self,
                               gint64               search_id,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  _gln_store_call_with_id (self, &delete_search_op, search_id, gln_store_delete_search_async,
                           cancellable, callback, user_data);
}

/* Adds each value of @sql's first column that is not @ok_value as a problem. */
static void
collect_problems (GlnDatabase  *db,
                  const char   *sql,
                  GPtrArray    *problems,
                  const char   *prefix,
                  const char   *ok_value)
{
  sqlite3 *handle = _gln_database_get_handle (db);
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *value = (const char *) sqlite3_column_text (stmt, 0);

      if (ok_value == NULL || g_strcmp0 (value, ok_value) != 0)
        g_ptr_array_add (problems, g_strdup_printf ("%s: %s", prefix, value ? value : "?"));
      rc = SQLITE_OK;
    }
  if (rc != SQLITE_DONE)
    g_ptr_array_add (problems, g_strdup_printf ("%s: %s", prefix, sqlite3_errmsg (handle)));
  sqlite3_finalize (stmt);
}

static gpointer
check (GlnDatabase   *db,
       GlnStoreArgs  *args,
       GCancellable  *cancellable,
       GError       **error)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);

  collect_problems (db, "PRAGMA integrity_check", problems, "integrity", "ok");
  collect_problems (db,
                    "SELECT \"table\" || ' row ' || rowid || ' refers to a missing ' || parent"
                    " FROM pragma_foreign_key_check",
                    problems, "foreign key", NULL);
  collect_problems (db,
                    "SELECT 'paper ' || id || ' is missing from the search index' FROM papers"
                    " WHERE id NOT IN (SELECT rowid FROM papers_fts)",
                    problems, "search index", NULL);
  collect_problems (db,
                    "SELECT 'search index row ' || rowid || ' has no paper' FROM papers_fts"
                    " WHERE rowid NOT IN (SELECT id FROM papers)",
                    problems, "search index", NULL);
  /* FTS5 checks its index through a write, which a read-only library cannot take. */
  if (!_gln_database_exec (db, "INSERT INTO papers_fts (papers_fts, rank)"
                               " VALUES ('integrity-check', 1)", NULL) &&
      (sqlite3_extended_errcode (_gln_database_get_handle (db)) & 0xff) != SQLITE_READONLY)
    g_ptr_array_add (problems, g_strdup_printf ("search index: %s",
                                                sqlite3_errmsg (_gln_database_get_handle (db))));

  g_ptr_array_add (problems, NULL);
  return g_ptr_array_free (g_steal_pointer (&problems), FALSE);
}

static const GlnStoreOp check_op = { check, (GDestroyNotify) g_strfreev, GLN_STORE_OP_NONE };

/**
 * gln_store_check_async:
 * @self: a #GlnStore
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the problems found
 * @user_data: data for @callback
 *
 * Checks the file's integrity, its foreign keys and that the full-text index matches the
 * papers.
 */
void
gln_store_check_async (GlnStore            *self,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  _gln_store_call (self, &check_op, _gln_store_args_new (), gln_store_check_async,
                   cancellable, callback, user_data);
}

/**
 * gln_store_check_finish:
 * @self: a #GlnStore
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full): one line per problem found, empty when the library is sound
 */
GStrv
gln_store_check_finish (GlnStore      *self,
                        GAsyncResult  *result,
                        GError       **error)
{
  return _gln_store_finish (self, result, gln_store_check_async, error);
}
