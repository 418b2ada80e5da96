/* SPDX-License-Identifier: GPL-3.0-or-later */

/* What the main window's sidebar shows (unread counts per view, feeds, collections, tags and
 * saved searches), and the edits it needs beyond the basic ones: deleting notes, taking a
 * paper out of a collection, and saving searches. */

#define G_LOG_DOMAIN "gln-database"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "gln-database-private.h"
#include "gln-feed.h"
#include "gln-macros.h"

/* Saved searches store the enums by name, so that the file outlives their numbering. */
static const char * const scope_names[] = {
  [GLN_QUERY_SCOPE_LIBRARY] = "library",
  [GLN_QUERY_SCOPE_INBOX] = "inbox",
  [GLN_QUERY_SCOPE_UNREAD] = "unread",
  [GLN_QUERY_SCOPE_STARRED] = "starred",
  [GLN_QUERY_SCOPE_UPDATED] = "updated",
};

static const char * const sort_names[] = {
  [GLN_QUERY_SORT_PUBLISHED] = "published",
  [GLN_QUERY_SORT_ADDED] = "added",
  [GLN_QUERY_SORT_RATING] = "rating",
  [GLN_QUERY_SORT_RELEVANCE] = "relevance",
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

void
gln_summary_entry_free (GlnSummaryEntry *entry)
{
  if (entry == NULL)
    return;

  g_free (entry->name);
  g_free (entry->kind);
  g_free (entry->error);
  g_clear_pointer (&entry->query, gln_query_free);
  g_free (entry);
}

void
gln_library_summary_free (GlnLibrarySummary *summary)
{
  if (summary == NULL)
    return;

  g_clear_pointer (&summary->feeds, g_ptr_array_unref);
  g_clear_pointer (&summary->collections, g_ptr_array_unref);
  g_clear_pointer (&summary->tags, g_ptr_array_unref);
  g_clear_pointer (&summary->searches, g_ptr_array_unref);
  g_free (summary);
}

static gint64
count (GlnDatabase   *self,
       GlnStatement   which,
       GError       **error)
{
  g_autoptr(GlnStmtScope) stmt = NULL;
  int rc;

  if (!(stmt = _gln_database_get_statement (self, which, error)))
    return -1;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);

  _gln_database_set_error (self, rc, error);
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

/* Reads the rows of one list statement. Columns: id, name, then per list: feeds kind, last
 * error, unread; collections and tags unread, total; saved searches their query. */
static GPtrArray *
read_entries (GlnDatabase   *self,
              GlnStatement   which,
              GError       **error)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GlnStmtScope) stmt = NULL;
  int rc;

  if (!(stmt = _gln_database_get_statement (self, which, error)))
    return NULL;

  entries = g_ptr_array_new_with_free_func ((GDestroyNotify) gln_summary_entry_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GlnSummaryEntry *entry = g_new0 (GlnSummaryEntry, 1);

      entry->id = sqlite3_column_int64 (stmt, 0);
      entry->name = _gln_stmt_dup_text (stmt, 1);
      if (which == STMT_SUMMARY_FEEDS)
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
      else if (which == STMT_SUMMARY_SEARCHES)
        entry->query = read_saved_query (stmt);
      else
        {
          entry->unread = sqlite3_column_int64 (stmt, 2);
          entry->total = sqlite3_column_int64 (stmt, 3);
        }
      g_ptr_array_add (entries, entry);
    }

  if (rc != SQLITE_DONE)
    {
      _gln_database_set_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&entries);
}

/**
 * gln_database_get_summary:
 * @self: a #GlnDatabase
 * @error: return location for a #GError
 *
 * Counts what the sidebar shows, in one snapshot: unread papers in the inbox, papers with
 * an unseen new version, unread starred papers, and each feed, collection, tag (used by at
 * least one paper) and saved search.
 *
 * Returns: (transfer full): the summary, or %NULL with @error set
 */
GlnLibrarySummary *
gln_database_get_summary (GlnDatabase  *self,
                          GError      **error)
{
  GlnLibrarySummary *summary;
  gint64 has_papers;

  g_return_val_if_fail (GLN_IS_DATABASE (self), NULL);

  summary = g_new0 (GlnLibrarySummary, 1);
  if ((has_papers = count (self, STMT_SUMMARY_HAS_PAPERS, error)) < 0 ||
      (summary->inbox = count (self, STMT_SUMMARY_INBOX, error)) < 0 ||
      (summary->updated = count (self, STMT_SUMMARY_UPDATED, error)) < 0 ||
      (summary->starred = count (self, STMT_SUMMARY_STARRED, error)) < 0 ||
      !(summary->feeds = read_entries (self, STMT_SUMMARY_FEEDS, error)) ||
      !(summary->collections = read_entries (self, STMT_SUMMARY_COLLECTIONS, error)) ||
      !(summary->tags = read_entries (self, STMT_SUMMARY_TAGS, error)) ||
      !(summary->searches = read_entries (self, STMT_SUMMARY_SEARCHES, error)))
    {
      gln_library_summary_free (summary);
      return NULL;
    }
  summary->has_papers = has_papers > 0;

  return summary;
}

/* Runs a write keyed by ids and reports NOT_FOUND with @message when it changed nothing. */
static gboolean
run_delete (GlnDatabase   *self,
            GlnStatement   which,
            gint64         first,
            gint64         second,
            const char    *message,
            GError       **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = _gln_database_get_statement (self, which, error)))
    return FALSE;

  if (second != 0)
    _gln_stmt_bind (stmt, "ll", first, second);
  else
    _gln_stmt_bind (stmt, "l", first);
  if (!_gln_database_step_done (self, stmt, error))
    return FALSE;

  if (sqlite3_changes (_gln_database_get_handle (self)) == 0)
    {
      g_set_error_literal (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_NOT_FOUND, message);
      return FALSE;
    }

  return TRUE;
}

gboolean
gln_database_delete_note (GlnDatabase  *self,
                          gint64        note_id,
                          GError      **error)
{
  g_return_val_if_fail (GLN_IS_DATABASE (self), FALSE);

  return run_delete (self, STMT_DELETE_NOTE, note_id, 0, _("The note no longer exists"), error);
}

/* Removing a paper that is not in the collection is not an error: the result is the same. */
gboolean
gln_database_collection_remove (GlnDatabase  *self,
                                gint64        collection_id,
                                gint64        paper_id,
                                GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (GLN_IS_DATABASE (self), FALSE);

  if (!(stmt = _gln_database_get_statement (self, STMT_DELETE_COLLECTION_PAPER, error)))
    return FALSE;
  _gln_stmt_bind (stmt, "ll", collection_id, paper_id);

  return _gln_database_step_done (self, stmt, error);
}

/**
 * gln_database_save_search:
 * @self: a #GlnDatabase
 * @name: the name shown in the sidebar
 * @query: the search; its limit and keep_read_since are not kept
 * @error: return location for a #GError
 *
 * Saves a search, replacing the one of the same name.
 *
 * Returns: the saved search's id, or -1 with @error set
 */
gint64
gln_database_save_search (GlnDatabase     *self,
                          const char      *name,
                          const GlnQuery  *query,
                          GError         **error)
{
  g_autofree char *stripped = NULL;
  g_autoptr(GlnStmtScope) stmt = NULL;
  int rc;

  g_return_val_if_fail (GLN_IS_DATABASE (self), -1);
  g_return_val_if_fail (query != NULL, -1);
  g_return_val_if_fail (query->scope < G_N_ELEMENTS (scope_names), -1);
  g_return_val_if_fail (query->sort < G_N_ELEMENTS (sort_names), -1);

  if (name != NULL && g_utf8_validate (name, -1, NULL))
    stripped = g_strstrip (g_strdup (name));
  if (gln_str_empty0 (stripped))
    {
      g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_INVALID,
                   _("A name must not be empty"));
      return -1;
    }

  if (!(stmt = _gln_database_get_statement (self, STMT_INSERT_SAVED_SEARCH, error)))
    return -1;
  _gln_stmt_bind (stmt, "ttttttttlibtl", stripped, scope_names[query->scope], query->text,
                  query->collection, query->tag, query->category, query->published_from,
                  query->published_to, query->feed_id, query->min_rating, query->unread,
                  sort_names[query->sort], _gln_database_now ());
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      _gln_database_set_error (self, rc, error);
      return -1;
    }

  return sqlite3_column_int64 (stmt, 0);
}

gboolean
gln_database_delete_saved_search (GlnDatabase  *self,
                                  gint64        search_id,
                                  GError      **error)
{
  g_return_val_if_fail (GLN_IS_DATABASE (self), FALSE);

  return run_delete (self, STMT_DELETE_SAVED_SEARCH, search_id, 0,
                     _("The saved search no longer exists"), error);
}
