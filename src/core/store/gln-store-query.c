/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Turns a GlnQuery into SQL. The SQL is assembled only from the constant fragments below;
 * every value the user typed is a bound parameter. */

#define G_LOG_DOMAIN "gln-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "gln-store-query.h"

#include "gln-macros.h"
#include "gln-store-private.h"

/* Column weights for bm25: a word in the title or the authors counts more than one in the
 * abstract. The order is the column order of papers_fts. */
#define RANK_EXPR "bm25(papers_fts, 10.0, 1.0, 5.0, 2.0, 5.0)"

/* Relevance ranks the newest matches only (by rowid: the order papers came in), this many
 * at most; older matches follow, newest first. bm25 reads every match's positions: over
 * the million matches of a common word it took seconds before the first row, and a
 * thousand take milliseconds. Fewer matches are all ranked. */
#define RANKED_MATCHES 1000

/* Which rows of a relevance search one statement lists. */
typedef enum
{
  PART_ALL,     /* every match, by rank */
  PART_RANKED,  /* the matches from the cutoff on, by rank */
  PART_REST,    /* the older matches, newest first */
} Part;

typedef struct
{
  GString   *sql;
  GPtrArray *texts;   /* parameter values, in order; NULL marks an integer */
  GArray    *numbers;
} QueryBuilder;

static void
add_text_param (QueryBuilder *b,
                const char   *value)
{
  gint64 unused = 0;

  g_ptr_array_add (b->texts, g_strdup (value));
  g_array_append_val (b->numbers, unused);
}

static void
add_number_param (QueryBuilder *b,
                  gint64        value)
{
  g_ptr_array_add (b->texts, NULL);
  g_array_append_val (b->numbers, value);
}

/* "Unread", widened to the papers read since keep_read_since when the query asks for it. */
static void
add_unread (QueryBuilder   *b,
            const GlnQuery *query)
{
  if (query->keep_read_since > 0)
    {
      g_string_append (b->sql, " AND (p.read_time IS NULL OR p.read_time >= ?)");
      add_number_param (b, query->keep_read_since);
    }
  else
    g_string_append (b->sql, " AND p.read_time IS NULL");
}

/* The search filters: category, date range and unread. */
static void
build_filters (QueryBuilder   *b,
               const GlnQuery *query)
{
  if (!gln_str_empty0 (query->category))
    {
      g_string_append (b->sql, " AND instr (lower (' ' || coalesce (p.categories, p.category, '')),"
                               " ' ' || lower (?)) > 0");
      add_text_param (b, query->category);
    }
  if (!gln_str_empty0 (query->published_from))
    {
      g_string_append (b->sql, " AND p.published >= ?");
      add_text_param (b, query->published_from);
    }
  if (!gln_str_empty0 (query->published_to))
    {
      g_string_append (b->sql, " AND substr (p.published, 1, length (?)) <= ?");
      add_text_param (b, query->published_to);
      add_text_param (b, query->published_to);
    }
  if (query->unread && query->scope != GLN_QUERY_SCOPE_INBOX &&
      query->scope != GLN_QUERY_SCOPE_UNREAD)
    add_unread (b, query);
}

static void
build_where (QueryBuilder   *b,
             const GlnQuery *query)
{
  switch (query->scope)
    {
    case GLN_QUERY_SCOPE_INBOX:
      add_unread (b, query);
      g_string_append (b->sql, " AND EXISTS (SELECT 1 FROM feed_papers fp WHERE fp.paper_id = p.id)");
      break;
    case GLN_QUERY_SCOPE_UNREAD:
      add_unread (b, query);
      break;
    case GLN_QUERY_SCOPE_STARRED:
      g_string_append (b->sql, " AND p.starred = 1");
      break;
    case GLN_QUERY_SCOPE_UPDATED:
      g_string_append (b->sql, " AND p.new_version = 1");
      break;
    case GLN_QUERY_SCOPE_LIBRARY:
    default:
      break;
    }

  if (query->collection != NULL)
    {
      g_string_append (b->sql, " AND p.id IN (SELECT cp.paper_id FROM collection_papers cp"
                               " JOIN collections c ON c.id = cp.collection_id WHERE c.name = ?)");
      add_text_param (b, query->collection);
    }
  if (query->tag != NULL)
    {
      g_string_append (b->sql, " AND p.id IN (SELECT pt.paper_id FROM paper_tags pt"
                               " JOIN tags t ON t.id = pt.tag_id WHERE t.name = ?)");
      add_text_param (b, query->tag);
    }
  if (query->feed_id > 0)
    {
      g_string_append (b->sql, " AND p.id IN (SELECT paper_id FROM feed_papers WHERE feed_id = ?)");
      add_number_param (b, query->feed_id);
    }
  if (query->min_rating > 0)
    {
      g_string_append (b->sql, " AND p.rating >= ?");
      add_number_param (b, query->min_rating);
    }
  build_filters (b, query);
}

static void
build (QueryBuilder   *b,
       const GlnQuery *query,
       gboolean        count,
       Part            part,
       gint64          cutoff,
       guint           limit)
{
  gboolean has_text = !gln_str_empty0 (query->text);
  gboolean by_rank = has_text && query->sort == GLN_QUERY_SORT_RELEVANCE && !count;

  b->sql = g_string_new (count ? "SELECT count(*)" : "SELECT p.id");
  b->texts = g_ptr_array_new_with_free_func (g_free);
  b->numbers = g_array_new (FALSE, FALSE, sizeof (gint64));

  /* A search walks the index and looks each match up, whatever the order: "p.id IN
   * (matches)" first built a temporary index of every match, 12 s for a common word over a
   * million papers where the join takes 2 s. */
  if (has_text)
    {
      g_string_append (b->sql, " FROM papers_fts JOIN papers p ON p.id = papers_fts.rowid"
                               " WHERE papers_fts MATCH ?");
      add_text_param (b, query->text);
      if (by_rank && part != PART_ALL)
        {
          g_string_append (b->sql, part == PART_RANKED ? " AND papers_fts.rowid >= ?"
                                                       : " AND papers_fts.rowid < ?");
          add_number_param (b, cutoff);
        }
    }
  else
    {
      g_string_append (b->sql, " FROM papers p WHERE 1");
    }

  build_where (b, query);

  if (count)
    return;

  if (by_rank && part == PART_REST)
    g_string_append (b->sql, " ORDER BY papers_fts.rowid DESC");
  else if (by_rank)
    g_string_append (b->sql, " ORDER BY " RANK_EXPR ", p.id DESC");
  else if (query->sort == GLN_QUERY_SORT_ADDED)
    g_string_append (b->sql, " ORDER BY p.added DESC, p.id DESC");
  else if (query->sort == GLN_QUERY_SORT_RATING)
    g_string_append (b->sql, " ORDER BY p.rating DESC, p.published DESC, p.id DESC");
  else
    g_string_append (b->sql, " ORDER BY p.published DESC, p.id DESC");

  if (limit > 0)
    {
      g_string_append (b->sql, " LIMIT ?");
      add_number_param (b, limit);
    }
}

static void
builder_clear (QueryBuilder *b)
{
  g_string_free (b->sql, TRUE);
  g_ptr_array_unref (b->texts);
  g_array_unref (b->numbers);
}

static sqlite3_stmt *
prepare (GlnDatabase     *db,
         const GlnQuery  *query,
         gboolean         count,
         Part             part,
         gint64           cutoff,
         guint            limit,
         GError         **error)
{
  QueryBuilder b;
  sqlite3_stmt *stmt = NULL;
  int rc;

  build (&b, query, count, part, cutoff, limit);
  rc = sqlite3_prepare_v2 (_gln_database_get_handle (db), b.sql->str, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _gln_database_set_error (db, rc, error);
      builder_clear (&b);
      return NULL;
    }

  for (guint i = 0; i < b.texts->len; i++)
    {
      const char *text = g_ptr_array_index (b.texts, i);

      if (text != NULL)
        sqlite3_bind_text (stmt, i + 1, text, -1, SQLITE_TRANSIENT);
      else
        sqlite3_bind_int64 (stmt, i + 1, g_array_index (b.numbers, gint64, i));
    }

  builder_clear (&b);
  return stmt;
}

static gboolean
set_query_error (GlnDatabase     *db,
                 const GlnQuery  *query,
                 int              rc,
                 GError         **error)
{
  const char *message = sqlite3_errmsg (_gln_database_get_handle (db));

  /* FTS5 reports a malformed MATCH expression as a plain SQLITE_ERROR when stepping. */
  if ((rc & 0xff) == SQLITE_ERROR && !gln_str_empty0 (query->text))
    {
      g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_QUERY,
                   _("Invalid search “%s”: %s"), query->text, message);
      return FALSE;
    }

  return _gln_database_set_error (db, rc, error);
}

/* The rowid of the RANKED_MATCHES-th newest match of @query's text, 0 when there are
 * fewer matches, -1 on error. */
static gint64
rank_cutoff (GlnDatabase     *db,
             const GlnQuery  *query,
             GError         **error)
{
  static const char sql[] =
    "SELECT rowid FROM papers_fts WHERE papers_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?";
  sqlite3_stmt *stmt;
  gint64 cutoff = 0;
  int rc;

  if (!(stmt = _gln_database_prepare (db, sql, error)))
    return -1;
  _gln_stmt_bind (stmt, "ti", query->text, RANKED_MATCHES - 1);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    cutoff = sqlite3_column_int64 (stmt, 0);
  else if (rc != SQLITE_DONE)
    {
      set_query_error (db, query, rc, error);
      cutoff = -1;
    }
  _gln_stmt_reset (stmt);

  return cutoff;
}

/* Appends the ids one statement lists to @ids, at most @limit (0: all). */
static gboolean
collect_ids (GlnDatabase     *db,
             const GlnQuery  *query,
             Part             part,
             gint64           cutoff,
             guint            limit,
             GArray          *ids,
             GError         **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = prepare (db, query, FALSE, part, cutoff, limit, error)))
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  if (rc != SQLITE_DONE)
    set_query_error (db, query, rc, error);
  sqlite3_finalize (stmt);

  return rc == SQLITE_DONE;
}

/**
 * _gln_store_query_ids:
 * @db: a connection
 * @query: what to list
 * @error: return location for a #GError
 *
 * A search by relevance ranks its RANKED_MATCHES newest matches and lists older ones after
 * them, newest first, so that the first page never waits on ranking every match.
 *
 * Returns: (transfer full) (element-type gint64): the ids of the matching papers, in order,
 *   or %NULL with %GLN_DATABASE_ERROR_QUERY when the search text is not valid FTS5 syntax
 */
GArray *
_gln_store_query_ids (GlnDatabase     *db,
                      const GlnQuery  *query,
                      GError         **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gboolean by_rank = !gln_str_empty0 (query->text) && query->sort == GLN_QUERY_SORT_RELEVANCE;
  gint64 cutoff = 0;

  if (by_rank && (cutoff = rank_cutoff (db, query, error)) < 0)
    return NULL;

  if (cutoff == 0)
    return collect_ids (db, query, PART_ALL, 0, query->limit, ids, error)
           ? g_steal_pointer (&ids) : NULL;

  if (!collect_ids (db, query, PART_RANKED, cutoff, query->limit, ids, error))
    return NULL;
  if (query->limit > 0 && ids->len >= query->limit)
    return g_steal_pointer (&ids);
  if (!collect_ids (db, query, PART_REST, cutoff, query->limit > 0 ? query->limit - ids->len : 0,
                    ids, error))
    return NULL;

  return g_steal_pointer (&ids);
}

static void
interrupt_cb (GCancellable *cancellable,
              sqlite3      *handle)
{
  sqlite3_interrupt (handle);
}

/* A search the user has typed past is stopped where it is (sqlite3_interrupt() is safe from
 * any thread), so the next one does not wait for it. */
static gpointer
query_ids (GlnDatabase   *db,
           GlnStoreArgs  *args,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  GArray *ids;
  gulong handler = 0;

  if (cancellable != NULL)
    handler = g_cancellable_connect (cancellable, G_CALLBACK (interrupt_cb),
                                     _gln_database_get_handle (db), NULL);
  ids = _gln_store_query_ids (db, args->object, &local_error);
  if (handler != 0)
    g_cancellable_disconnect (cancellable, handler);

  if (ids == NULL && g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  if (ids == NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));

  return ids;
}

static const GlnStoreOp query_ids_op = {
  query_ids, (GDestroyNotify) g_array_unref, GLN_STORE_OP_NONE
};

void
gln_store_query_ids_async (GlnStore            *self,
                           const GlnQuery      *query,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_return_if_fail (query != NULL);

  _gln_store_call (self, &query_ids_op, _gln_store_args_new_query (query), gln_store_query_ids_async, cancellable, callback,
                   user_data);
}

/**
 * gln_store_query_ids_finish:
 * @self: a #GlnStore
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type gint64): the matching ids in order, or %NULL with
 *   %GLN_DATABASE_ERROR_QUERY when the search text is not valid FTS5 syntax
 */
GArray *
gln_store_query_ids_finish (GlnStore      *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  return _gln_store_finish (self, result, gln_store_query_ids_async, error);
}

static gpointer
count_papers (GlnDatabase   *db,
              GlnStoreArgs  *args,
              GCancellable  *cancellable,
              GError       **error)
{
  sqlite3_stmt *stmt;
  gint64 *count = NULL;
  int rc;

  if (!(stmt = prepare (db, args->object, TRUE, PART_ALL, 0, 0, error)))
    return NULL;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    count = _gln_store_new_id (sqlite3_column_int64 (stmt, 0));
  else
    set_query_error (db, args->object, rc, error);
  sqlite3_finalize (stmt);

  return count;
}

static const GlnStoreOp count_papers_op = { count_papers, g_free, GLN_STORE_OP_NONE };

/**
 * gln_store_count_papers_async:
 * @self: a #GlnStore
 * @query: what to count; its sort and limit are ignored
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the count
 * @user_data: data for @callback
 */
void
gln_store_count_papers_async (GlnStore            *self,
                              const GlnQuery      *query,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_return_if_fail (query != NULL);

  _gln_store_call (self, &count_papers_op, _gln_store_args_new_query (query), gln_store_count_papers_async, cancellable,
                   callback, user_data);
}

/* Returns: the number of matching papers, or -1 with @error set. */
gint64
gln_store_count_papers_finish (GlnStore      *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  g_autofree gint64 *count = _gln_store_finish (self, result, gln_store_count_papers_async, error);

  return count != NULL ? *count : -1;
}
