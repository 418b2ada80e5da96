/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Turns a GlnQuery into SQL. The SQL is assembled only from the constant fragments below;
 * every value the user typed is a bound parameter. */

#define G_LOG_DOMAIN "gln-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>

#include "gln-store-query.h"

#include "gln-macros.h"
#include "gln-store-private.h"

/* BM25 (gln-database-rank.c) with column weights: a word in the title or the authors counts
 * more than one in the abstract. The order is the column order of papers_fts. */
#define RANK_EXPR "gln_rank(papers_fts, 10.0, 1.0, 5.0, 2.0, 5.0)"

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
  PART_WALK,    /* every match in the query's order, found by asking the index about each
                 * paper in that order */
} Part;

/* A first page in date order of a search that matches at least one paper in WALK_DENSITY
 * walks the papers in that order and asks the index about each, instead of looking every
 * match up and sorting them: the 20 newest of a million matches took seconds, and walking
 * finds them among the first few hundred papers. A walk whose lookups are slow (a prefix
 * longer than the index keeps merges the lists of every word it begins) gives up after
 * WALK_BUDGET_MS and walks again with every match in hand, read from the index once. */
#define WALK_DENSITY   32
#define WALK_BUDGET_MS 10

static guint walk_budget_ms = WALK_BUDGET_MS;

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
  /* "cs" and "cs.CL" find "cs.CL"; "cs.CL" also finds a paper whose page showed only the
   * code ("CL" on a Hugging Face card), kept as shown. */
  if (!gln_str_empty0 (query->category))
    {
      g_string_append (b->sql, " AND (instr (lower (' ' || coalesce (p.categories, p.category, '')),"
                               " ' ' || lower (?)) > 0"
                               " OR instr (lower (' ' || coalesce (p.categories, p.category, '') || ' '),"
                               " ' ' || lower (substr (?, instr (?, '.') + 1)) || ' ') > 0)");
      add_text_param (b, query->category);
      add_text_param (b, query->category);
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
    case GLN_QUERY_SCOPE_UNREAD:
      add_unread (b, query);
      break;
    case GLN_QUERY_SCOPE_STARRED:
      g_string_append (b->sql, " AND p.starred = 1");
      break;
    case GLN_QUERY_SCOPE_UPDATED:
      g_string_append (b->sql, " AND p.new_version = 1");
      break;
    case GLN_QUERY_SCOPE_TRASH:
    case GLN_QUERY_SCOPE_LIBRARY:
    default:
      break;
    }

  /* The trash is a small table of its own: asking it keeps the index of dates by id
   * enough for a search by date. */
  if (query->scope == GLN_QUERY_SCOPE_TRASH)
    g_string_append (b->sql, " AND EXISTS (SELECT 1 FROM trash t WHERE t.paper_id = p.id)");
  else
    g_string_append (b->sql, " AND NOT EXISTS (SELECT 1 FROM trash t WHERE t.paper_id = p.id)");

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

/* Whether a search sorted by date reads nothing of a paper but its id and date, so that the
 * small index of dates by id answers for the papers themselves. */
static gboolean
dates_cover (const GlnQuery *query)
{
  return query->sort == GLN_QUERY_SORT_PUBLISHED && query->scope == GLN_QUERY_SCOPE_LIBRARY &&
         query->min_rating <= 0 && gln_str_empty0 (query->category) && !query->unread;
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
  if (has_text && part == PART_WALK)
    {
      g_string_append (b->sql, " FROM papers p WHERE EXISTS (SELECT 1 FROM papers_fts"
                               " WHERE papers_fts MATCH ? AND papers_fts.rowid = p.id)");
      add_text_param (b, query->text);
    }
  else if (has_text && !count && dates_cover (query))
    {
      g_string_append (b->sql, " FROM papers_fts JOIN papers p INDEXED BY papers_id_published"
                               " ON p.id = papers_fts.rowid WHERE papers_fts MATCH ?");
      add_text_param (b, query->text);
    }
  else if (has_text)
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

/* Appends the first column of every row @stmt gives to @ids. */
static gboolean
append_ids (GlnDatabase     *db,
            const GlnQuery  *query,
            sqlite3_stmt    *stmt,
            GArray          *ids,
            GError         **error)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  if (rc != SQLITE_DONE)
    return set_query_error (db, query, rc, error);

  return TRUE;
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
  gboolean ok;

  if (!(stmt = prepare (db, query, FALSE, part, cutoff, limit, error)))
    return FALSE;
  ok = append_ids (db, query, stmt, ids, error);
  sqlite3_finalize (stmt);

  return ok;
}

typedef struct
{
  gint64   deadline;
  gboolean expired;
} Walk;

static int
walk_expired_cb (gpointer data)
{
  Walk *walk = data;

  walk->expired = g_get_monotonic_time () > walk->deadline;
  return walk->expired;
}

/* Whether the matches of @query's text are dense enough to walk to its first page: the
 * RANKED_MATCHES newest matches span at most WALK_DENSITY times as many papers. */
static gboolean
walk_is_dense (GlnDatabase     *db,
               const GlnQuery  *query,
               gboolean        *dense,
               GError         **error)
{
  sqlite3_stmt *stmt;
  gint64 cutoff;
  int rc;

  *dense = FALSE;
  if ((cutoff = rank_cutoff (db, query, error)) < 0)
    return FALSE;
  if (cutoff == 0)
    return TRUE;

  if (!(stmt = _gln_database_prepare (db, "SELECT max(id) FROM papers", error)))
    return FALSE;
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    *dense = sqlite3_column_int64 (stmt, 0) - cutoff < (gint64) RANKED_MATCHES * WALK_DENSITY;
  _gln_stmt_reset (stmt);
  if (rc != SQLITE_ROW)
    return _gln_database_set_error (db, rc, error);

  return TRUE;
}

/* Walks to the first page of @query (see WALK_DENSITY); %FALSE without @error set when it
 * gave up, and @ids is as it was. */
static gboolean
walk_first_page (GlnDatabase     *db,
                 const GlnQuery  *query,
                 GArray          *ids,
                 GError         **error)
{
  sqlite3 *handle = _gln_database_get_handle (db);
  g_autoptr(GError) local_error = NULL;
  Walk walk = { g_get_monotonic_time () + walk_budget_ms * 1000, FALSE };
  guint had = ids->len;
  gboolean walked;

  sqlite3_progress_handler (handle, 100, walk_expired_cb, &walk);
  walked = collect_ids (db, query, PART_WALK, 0, query->limit, ids, &local_error);
  sqlite3_progress_handler (handle, 0, NULL, NULL);

  if (walked)
    return TRUE;
  g_array_set_size (ids, had);
  if (!walk.expired)
    g_propagate_error (error, g_steal_pointer (&local_error));

  return FALSE;
}

/* The ids of every match of @query's text, in ascending order (the index's own). */
static GArray *
read_matches (GlnDatabase     *db,
              const GlnQuery  *query,
              GError         **error)
{
  static const char sql[] = "SELECT rowid FROM papers_fts WHERE papers_fts MATCH ?";
  g_autoptr(GArray) matches = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  gboolean ok;

  if (!(stmt = _gln_database_prepare (db, sql, error)))
    return NULL;
  _gln_stmt_bind (stmt, "t", query->text);
  ok = append_ids (db, query, stmt, matches, error);
  _gln_stmt_reset (stmt);

  return ok ? g_steal_pointer (&matches) : NULL;
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

/* Walks the papers in @query's order, without its text, and keeps those among the
 * matches, up to the query's limit. */
static gboolean
walk_with_matches (GlnDatabase     *db,
                   const GlnQuery  *query,
                   GArray          *ids,
                   GError         **error)
{
  g_autoptr(GArray) matches = NULL;
  g_autoptr(GlnQuery) plain = NULL;
  sqlite3_stmt *stmt;
  int rc = SQLITE_DONE;

  if (!(matches = read_matches (db, query, error)))
    return FALSE;

  plain = gln_query_copy (query);
  g_clear_pointer (&plain->text, g_free);
  if (!(stmt = prepare (db, plain, FALSE, PART_ALL, 0, 0, error)))
    return FALSE;
  while (ids->len < query->limit && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      if (bsearch (&id, matches->data, matches->len, sizeof (gint64), compare_ids) != NULL)
        g_array_append_val (ids, id);
    }
  if (ids->len < query->limit && rc != SQLITE_DONE)
    set_query_error (db, query, rc, error);
  sqlite3_finalize (stmt);

  return ids->len >= query->limit || rc == SQLITE_DONE;
}

/* The first page of a search in date order: walked to where the matches are dense, else
 * every match sorted. */
static gboolean
collect_first_page_by_date (GlnDatabase     *db,
                            const GlnQuery  *query,
                            GArray          *ids,
                            GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  gboolean dense;

  if (!walk_is_dense (db, query, &dense, error))
    return FALSE;
  if (!dense)
    return collect_ids (db, query, PART_ALL, 0, query->limit, ids, error);
  if (walk_first_page (db, query, ids, &local_error))
    return TRUE;
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return walk_with_matches (db, query, ids, error);
}

/* For tests: how long a walk asks the index before it reads every match instead; -1 for
 * WALK_BUDGET_MS. */
void
_gln_store_query_set_walk_budget (int ms)
{
  walk_budget_ms = ms >= 0 ? (guint) ms : WALK_BUDGET_MS;
}

/**
 * _gln_store_query_ids:
 * @db: a connection
 * @query: what to list
 * @error: return location for a #GError
 *
 * A search by relevance ranks its RANKED_MATCHES newest matches and lists older ones after
 * them, newest first, so that the first page never waits on ranking every match. The first
 * page of a search by date walks the papers by date where matches are many.
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
  gboolean has_text = !gln_str_empty0 (query->text);
  gboolean by_rank = has_text && query->sort == GLN_QUERY_SORT_RELEVANCE;
  gint64 cutoff = 0;

  if (has_text && !by_rank && query->limit > 0 &&
      (query->sort == GLN_QUERY_SORT_PUBLISHED || query->sort == GLN_QUERY_SORT_ADDED))
    return collect_first_page_by_date (db, query, ids, error) ? g_steal_pointer (&ids) : NULL;

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
