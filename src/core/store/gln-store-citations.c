/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-store"

#include "config.h"

#include "gln-store-citations.h"

#include "gln-import-result.h"
#include "gln-store-citations-private.h"
#include "gln-paper-identity.h"
#include "gln-store-private.h"

#include <glib/gi18n-lib.h>

/* Citation search (issue 17): the links between papers, and the state of each search, kept
 * so that a search taken up after a restart goes on where it stopped. Found papers go
 * through the import's identity rules, so a paper the library has gains a link, not a
 * copy; those new to the library are stored read, so that they do not fill the Inbox:
 * they wait in their collection's screening queue instead, marked as found by citation
 * search (collection_papers.origin). */

#define ORIGIN_CITATION "citation"

typedef struct
{
  gint64                search_id;
  gint64                via_id;
  GlnCitationDirection  direction;
  int                   level;
  GlnCitationPage      *page;
  char                 *failure;
} SaveArgs;

static void
save_args_free (SaveArgs *save)
{
  g_clear_pointer (&save->page, gln_citation_page_free);
  g_free (save->failure);
  g_free (save);
}

static gboolean
add_work (GlnDatabase  *db,
          gint64        search_id,
          gint64        paper_id,
          const char   *direction,
          int           level,
          GError      **error)
{
  static const char sql[] =
    "INSERT OR IGNORE INTO citation_search_papers (search_id, paper_id, direction, level)"
    " VALUES (?, ?, ?, ?)";

  return _gln_database_run (db, sql, error, "llti", search_id, paper_id, direction, level);
}

static gboolean
add_seeds (GlnDatabase  *db,
           gint64        search_id,
           gint64        collection_id,
           GArray       *ids,
           int           flags,
           GError      **error)
{
  static const char included_sql[] =
    "SELECT paper_id FROM collection_papers WHERE collection_id = ? AND status = 'include'"
    " ORDER BY position, paper_id";
  g_autoptr(GArray) seeds = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (ids != NULL && ids->len > 0)
    g_array_append_vals (seeds, ids->data, ids->len);
  else
    {
      g_autoptr(GlnStmtScope) stmt = NULL;
      int rc;

      if (!(stmt = _gln_database_prepare (db, included_sql, error)))
        return FALSE;
      _gln_stmt_bind (stmt, "l", collection_id);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);

          g_array_append_val (seeds, id);
        }
      if (rc != SQLITE_DONE)
        return _gln_database_set_error (db, rc, error);
    }

  if (seeds->len == 0)
    {
      g_set_error_literal (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_INVALID,
                           _("The collection has no included papers to search from"));
      return FALSE;
    }

  for (guint i = 0; i < seeds->len; i++)
    {
      gint64 id = g_array_index (seeds, gint64, i);

      if ((flags & GLN_CITATION_SEARCH_BACKWARD) &&
          !add_work (db, search_id, id, "references", 1, error))
        return FALSE;
      if ((flags & GLN_CITATION_SEARCH_FORWARD) &&
          !add_work (db, search_id, id, "citations", 1, error))
        return FALSE;
    }

  return TRUE;
}

static gpointer
start_search (GlnDatabase   *db,
              GlnStoreArgs  *args,
              GCancellable  *cancellable,
              GError       **error)
{
  static const char unfinished_sql[] =
    "SELECT id FROM citation_searches WHERE collection_id = ? AND finished IS NULL"
    " AND backward = ? AND forward = ? AND depth = ? ORDER BY id DESC LIMIT 1";
  static const char insert_sql[] =
    "INSERT INTO citation_searches (collection_id, backward, forward, depth, created,"
    " max_candidates) VALUES (?, ?, ?, ?, ?, ?)";
  gboolean backward = (args->number & GLN_CITATION_SEARCH_BACKWARD) != 0;
  gboolean forward = (args->number & GLN_CITATION_SEARCH_FORWARD) != 0;
  gint64 search_id;

  /* The same search, interrupted: go on with it. */
  search_id = _gln_database_select_int (db, unfinished_sql, error, "lbbl", args->id, backward,
                                        forward, args->other_id);
  if (search_id < 0)
    return NULL;
  if (search_id > 0)
    return _gln_store_new_id (search_id);

  if (!_gln_database_run (db, insert_sql, error, "lbblll", args->id, backward, forward,
                          args->other_id, _gln_database_now (),
                          args->more_text != NULL ? g_ascii_strtoll (args->more_text, NULL, 10)
                                                  : GLN_CITATION_MAX_CANDIDATES))
    return NULL;
  search_id = sqlite3_last_insert_rowid (_gln_database_get_handle (db));
  if (!add_seeds (db, search_id, args->id, args->ids, args->number, error))
    return NULL;

  return _gln_store_new_id (search_id);
}

static const GlnStoreOp start_op = { start_search, g_free, GLN_STORE_OP_NONE };

/**
 * gln_store_start_citation_search_async:
 * @self: a #GlnStore
 * @collection_id: the collection whose screening queue takes what the search finds
 * @paper_ids: (array length=n_papers) (nullable): the papers to start from; none for the
 *   collection's included papers
 * @n_papers: how many
 * @flags: backward, forward or both
 * @depth: 1, or 2 to follow the links of what the first level found
 * @max_candidates: how many papers a level finds at most before the search stops; 0 for
 *   %GLN_CITATION_MAX_CANDIDATES. A search taken up again keeps the limit it began with.
 * @cancellable: (nullable): a #GCancellable
 * @callback: finished with gln_store_id_finish(), the search's id
 * @user_data: data for @callback
 *
 * Makes a citation search, or finds the same one left unfinished, to go on with it.
 */
void
gln_store_start_citation_search_async (GlnStore               *self,
                                       gint64                  collection_id,
                                       const gint64           *paper_ids,
                                       guint                   n_papers,
                                       GlnCitationSearchFlags  flags,
                                       int                     depth,
                                       guint                   max_candidates,
                                       GCancellable           *cancellable,
                                       GAsyncReadyCallback     callback,
                                       gpointer                user_data)
{
  GlnStoreArgs *args;

  g_return_if_fail (collection_id > 0);
  g_return_if_fail (flags != 0);

  args = _gln_store_args_new ();
  args->id = collection_id;
  args->number = flags;
  args->other_id = CLAMP (depth, 1, 2);
  if (max_candidates > 0)
    args->more_text = g_strdup_printf ("%u", max_candidates);
  args->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  if (paper_ids != NULL)
    g_array_append_vals (args->ids, paper_ids, n_papers);
  _gln_store_call (self, &start_op, args, gln_store_start_citation_search_async, cancellable,
                   callback, user_data);
}

static gboolean
read_progress (GlnDatabase          *db,
               gint64                search_id,
               GlnCitationProgress  *progress,
               GError              **error)
{
  static const char sql[] =
    "SELECT count (*), count (*) FILTER (WHERE next_offset < 0), coalesce (sum (requests), 0),"
    " (SELECT count (DISTINCT paper_id) FROM citation_found WHERE search_id = ?1),"
    " (SELECT CASE WHEN capped IS NULL THEN 0 ELSE max_candidates END"
    "  FROM citation_searches WHERE id = ?1)"
    " FROM citation_search_papers WHERE search_id = ?1";
  g_autoptr(GlnStmtScope) stmt = NULL;
  int rc;

  if (!(stmt = _gln_database_prepare (db, sql, error)))
    return FALSE;
  _gln_stmt_bind (stmt, "l", search_id);
  if ((rc = sqlite3_step (stmt)) != SQLITE_ROW)
    return _gln_database_set_error (db, rc, error);

  progress->total = sqlite3_column_int (stmt, 0);
  progress->done = sqlite3_column_int (stmt, 1);
  progress->requests = sqlite3_column_int (stmt, 2);
  progress->found = sqlite3_column_int (stmt, 3);
  progress->capped = sqlite3_column_int (stmt, 4);

  return TRUE;
}

static gpointer
next_work (GlnDatabase   *db,
           GlnStoreArgs  *args,
           GCancellable  *cancellable,
           GError       **error)
{
  static const char sql[] =
    "SELECT paper_id, direction, level, next_offset, next_cursor FROM citation_search_papers"
    " WHERE search_id = ? AND next_offset >= 0 ORDER BY level, paper_id, direction LIMIT 1";
  static const char finished_sql[] =
    "UPDATE citation_searches SET finished = ?2 WHERE id = ?1 AND finished IS NULL";
  g_autoptr(GlnCitationWork) work = g_new0 (GlnCitationWork, 1);
  g_autoptr(GlnStmtScope) stmt = NULL;
  int rc;

  work->search_id = args->id;
  if (!read_progress (db, args->id, &work->progress, error) ||
      !(stmt = _gln_database_prepare (db, sql, error)))
    return NULL;
  _gln_stmt_bind (stmt, "l", args->id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      if (!_gln_database_run (db, finished_sql, error, "ll", args->id, _gln_database_now ()))
        return NULL;
      return g_steal_pointer (&work);
    }
  if (rc != SQLITE_ROW)
    {
      _gln_database_set_error (db, rc, error);
      return NULL;
    }

  gln_citation_direction_from_string ((const char *) sqlite3_column_text (stmt, 1),
                                      &work->direction);
  work->level = sqlite3_column_int (stmt, 2);
  work->offset = sqlite3_column_int64 (stmt, 3);
  work->cursor = _gln_stmt_dup_text (stmt, 4);
  if (!(work->paper = _gln_store_read_paper (db, sqlite3_column_int64 (stmt, 0), error)))
    return NULL;

  return g_steal_pointer (&work);
}

static const GlnStoreOp next_op = {
  next_work, (GDestroyNotify) gln_citation_work_free, GLN_STORE_OP_NONE
};

/**
 * gln_store_next_citation_work_async:
 * @self: a #GlnStore
 * @search_id: a search from gln_store_start_citation_search_async()
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the next request to make
 * @user_data: data for @callback
 *
 * Finds the search's next request, with its progress; when none is left, the search is
 * marked finished and the work has no paper.
 */
void
gln_store_next_citation_work_async (GlnStore            *self,
                                    gint64               search_id,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  _gln_store_call_with_id (self, &next_op, search_id, gln_store_next_citation_work_async,
                           cancellable, callback, user_data);
}

GlnCitationWork *
gln_store_next_citation_work_finish (GlnStore      *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  return _gln_store_finish (self, result, gln_store_next_citation_work_async, error);
}

gboolean
_gln_store_add_citation_link (GlnDatabase           *db,
                              gint64                 via_id,
                              GlnCitationDirection   direction,
                              gint64                 found_id,
                              GlnPaper              *found,
                              GError               **error)
{
  static const char sql[] =
    "INSERT OR IGNORE INTO citations (citing_id, citing_key, cited_id, cited_key, title)"
    " VALUES (nullif (?1, 0), ?2, nullif (?3, 0), ?4, ?5)";
  const char *key = found_id > 0 ? NULL : gln_paper_get_key (found);
  const char *title = found_id > 0 ? NULL : gln_paper_get_title (found);

  if (direction == GLN_CITATION_REFERENCES)
    return _gln_database_run (db, sql, error, "lnltt", via_id, found_id, key, title);

  return _gln_database_run (db, sql, error, "ltlnt", found_id, key, via_id, title);
}

/* Puts a found paper in the collection's queue (unless it is there) with its provenance,
 * and in the search's next level; returns 1 when it is new to the collection. */
static int
queue_found (GlnDatabase     *db,
             SaveArgs        *work,
             gint64           collection_id,
             int              depth,
             gint64           found_id,
             GError         **error)
{
  static const char origin_sql[] =
    "UPDATE collection_papers SET origin = '" ORIGIN_CITATION "'"
    " WHERE collection_id = ? AND paper_id = ?";
  static const char found_sql[] =
    "INSERT OR IGNORE INTO citation_found (collection_id, paper_id, via_id, direction,"
    " search_id) VALUES (?, ?, ?, ?, ?)";
  const char *direction = gln_citation_direction_to_string (work->direction);
  gint64 via_id = work->via_id;
  int added;

  if ((added = _gln_store_add_to_collection (db, collection_id, found_id, error)) < 0)
    return -1;
  if (added && !_gln_database_run (db, origin_sql, error, "ll", collection_id, found_id))
    return -1;
  if (!_gln_database_run (db, found_sql, error, "lllt" "l", collection_id, found_id, via_id,
                          direction, work->search_id))
    return -1;
  if (added && work->level < depth &&
      !add_work (db, work->search_id, found_id, direction, work->level + 1, error))
    return -1;

  return added;
}

/* The paper a link kept by @key names, once it is in the library: the same key (or a key
 * merged into it), else the one paper of that title when the title says which work it is.
 * 0 when there is none (or several). */
static gint64
resolve_key (GlnDatabase  *db,
             const char   *key,
             const char   *title,
             GError      **error)
{
  static const char by_title_sql[] =
    "SELECT CASE WHEN count (*) = 1 THEN min (id) ELSE 0 END FROM papers WHERE title_key = ?";
  gint64 id;

  if ((id = _gln_database_lookup_id (db, _gln_store_paper_by_key_sql, key, error)) != 0)
    return id;
  if (!g_str_has_prefix (key, "title:") || title == NULL || gln_title_is_generic (title))
    return 0;

  return _gln_database_select_int (db, by_title_sql, error, "t", key);
}

/* Whether any link waits for a paper by key, so that imports skip the lookups otherwise. */
int
_gln_store_has_key_links (GlnDatabase  *db,
                          GError      **error)
{
  static const char sql[] =
    "SELECT EXISTS (SELECT 1 FROM citations WHERE coalesce (cited_key, citing_key) > '')";

  return (int) _gln_database_select_int (db, sql, error, "");
}

/**
 * _gln_store_link_citations:
 * @paper_id: a paper that entered the library or gained an identifier
 *
 * Gives the links kept by a key that names @paper_id the paper itself: its key and the keys
 * merged into it, its arXiv and DOI keys, and its title's key when the title tells one work
 * from another. A link it had by id already stays once, and a link of the paper to itself
 * goes.
 */
gboolean
_gln_store_link_citations (GlnDatabase  *db,
                           gint64        paper_id,
                           GError      **error)
{
  static const char names_sql[] =
    "SELECT key FROM papers WHERE id = ?1"
    " UNION SELECT title_key FROM papers WHERE id = ?1 AND ?2 AND title_key IS NOT NULL"
    " UNION SELECT 'arxiv:' || arxiv_id FROM papers WHERE id = ?1 AND arxiv_id IS NOT NULL"
    " UNION SELECT 'doi:' || doi FROM papers WHERE id = ?1 AND doi IS NOT NULL"
    " UNION SELECT key FROM paper_aliases WHERE paper_id = ?1";
  static const char title_sql[] = "SELECT title FROM papers WHERE id = ?";
  static const char cited_sql[] =
    "UPDATE OR IGNORE citations SET cited_id = ?1, cited_key = NULL, title = NULL"
    " WHERE coalesce (cited_key, citing_key) = ?2 AND cited_key IS NOT NULL"
    " AND coalesce (citing_id, 0) <> ?1";
  static const char citing_sql[] =
    "UPDATE OR IGNORE citations SET citing_id = ?1, citing_key = NULL, title = NULL"
    " WHERE coalesce (cited_key, citing_key) = ?2 AND citing_key IS NOT NULL"
    " AND coalesce (cited_id, 0) <> ?1";
  /* What is left by key either was a link the paper had by id or cites itself. */
  static const char leftover_sql[] =
    "DELETE FROM citations WHERE coalesce (cited_key, citing_key) = ?";
  g_auto(GStrv) titles = NULL;
  g_auto(GStrv) names = NULL;
  gboolean by_title;

  if (!(titles = _gln_database_list_strings (db, title_sql, error, "l", paper_id)))
    return FALSE;
  by_title = titles[0] != NULL && !gln_title_is_generic (titles[0]);
  if (!(names = _gln_database_list_strings (db, names_sql, error, "lb", paper_id, by_title)))
    return FALSE;

  for (guint i = 0; names[i] != NULL; i++)
    if (!_gln_database_run (db, cited_sql, error, "lt", paper_id, names[i]) ||
        !_gln_database_run (db, citing_sql, error, "lt", paper_id, names[i]) ||
        !_gln_database_run (db, leftover_sql, error, "t", names[i]))
      return FALSE;

  return TRUE;
}

gboolean
_gln_store_import_linked (GlnDatabase      *db,
                          GlnCitationPage  *page,
                          GArray           *ids,
                          GCancellable     *cancellable,
                          GError          **error)
{
  g_autoptr(GPtrArray) linked = g_ptr_array_new ();
  g_autoptr(GlnImportResult) result = gln_import_result_new ();
  guint next = 0;

  for (guint i = 0; i < page->papers->len; i++)
    if (gln_citation_page_is_linked (page, i))
      g_ptr_array_add (linked, g_ptr_array_index (page->papers, i));
  if (!_gln_store_import_papers (db, linked, result, cancellable, error))
    return FALSE;

  for (guint i = 0; i < page->papers->len; i++)
    {
      gint64 id = 0;

      if (gln_citation_page_is_linked (page, i))
        {
          id = gln_import_result_get_id (result, next);
          if (id > 0 && gln_import_result_get_outcome (result, next) == GLN_IMPORT_OUTCOME_ADDED &&
              !_gln_store_write_read (db, id, TRUE, error))
            return FALSE;
          next++;
        }
      else
        {
          GlnPaper *unlinked = g_ptr_array_index (page->papers, i);

          if ((id = resolve_key (db, gln_paper_get_key (unlinked), gln_paper_get_title (unlinked),
                                 error)) < 0)
            return FALSE;
        }
      g_array_append_val (ids, id);
    }

  return TRUE;
}

/* What a stored answer needs to know of its search. */
typedef struct
{
  gint64   collection_id;
  int      depth;
  gint64   max_candidates;
  gint64   n_found;
  gboolean capped;
} SearchState;

static gboolean
read_search (GlnDatabase  *db,
             SaveArgs     *save,
             SearchState  *state,
             GError      **error)
{
  static const char search_sql[] =
    "SELECT collection_id, depth, max_candidates FROM citation_searches WHERE id = ?";
  /* The papers found so far through the papers of this level. */
  static const char found_sql[] =
    "SELECT count (DISTINCT f.paper_id) FROM citation_found f WHERE f.search_id = ?1"
    " AND EXISTS (SELECT 1 FROM citation_search_papers w WHERE w.search_id = ?1"
    "             AND w.paper_id = f.via_id AND w.level = ?2)";
  g_autoptr(GlnStmtScope) stmt = NULL;
  int rc;

  if (!(stmt = _gln_database_prepare (db, search_sql, error)))
    return FALSE;
  _gln_stmt_bind (stmt, "l", save->search_id);
  if ((rc = sqlite3_step (stmt)) != SQLITE_ROW)
    return _gln_database_set_error (db, rc, error);
  state->collection_id = sqlite3_column_int64 (stmt, 0);
  state->depth = sqlite3_column_int (stmt, 1);
  state->max_candidates = sqlite3_column_int64 (stmt, 2);

  return (state->n_found = _gln_database_select_int (db, found_sql, error, "li",
                                                     save->search_id, save->level)) >= 0;
}

/* Queues a found paper unless the level has found as many as it may: then the search
 * stops, and the paper keeps only its link. Returns 1 when the paper is new to the
 * collection, -1 on error. */
static int
queue_within_limit (GlnDatabase  *db,
                    SaveArgs     *save,
                    SearchState  *state,
                    gint64        found_id,
                    GError      **error)
{
  static const char known_sql[] =
    "SELECT EXISTS (SELECT 1 FROM citation_found WHERE collection_id = ? AND paper_id = ?"
    " AND search_id = ?)";
  gint64 known;

  if (state->capped)
    return 0;
  if ((known = _gln_database_select_int (db, known_sql, error, "lll", state->collection_id,
                                         found_id, save->search_id)) < 0)
    return -1;
  if (!known && state->n_found >= state->max_candidates)
    {
      state->capped = TRUE;
      return 0;
    }
  state->n_found += !known;

  return queue_found (db, save, state->collection_id, state->depth, found_id, error);
}

/* A search that reached its limit stops: what it has not read yet is left unread. */
static gboolean
stop_at_limit (GlnDatabase  *db,
               SaveArgs     *save,
               GError      **error)
{
  static const char capped_sql[] = "UPDATE citation_searches SET capped = ?2 WHERE id = ?1";
  static const char unread_sql[] =
    "UPDATE citation_search_papers SET next_offset = -1, next_cursor = NULL, error = ?2"
    " WHERE search_id = ?1 AND next_offset >= 0";

  return _gln_database_run (db, capped_sql, error, "li", save->search_id, save->level) &&
         _gln_database_run (db, unread_sql, error, "lt", save->search_id,
                            _("Not read: the search stopped at its limit of candidates"));
}

static gpointer
save_page (GlnDatabase   *db,
           GlnStoreArgs  *args,
           GCancellable  *cancellable,
           GError       **error)
{
  static const char done_sql[] =
    "UPDATE citation_search_papers SET next_offset = ?4, requests = requests + ?5, error = ?6,"
    " next_cursor = ?7 WHERE search_id = ?1 AND paper_id = ?2 AND direction = ?3";
  SaveArgs *save = args->object;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  SearchState state = { 0, };
  gint64 n_new = 0;
  gboolean more;

  if (!read_search (db, save, &state, error) ||
      (save->page != NULL && !_gln_store_import_linked (db, save->page, ids, cancellable, error)))
    return NULL;

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      GlnPaper *found = g_ptr_array_index (save->page->papers, i);
      int added = 0;

      /* A linked record the import skipped (no title, no id) is no link either. */
      if (id == save->via_id || (id <= 0 && gln_citation_page_is_linked (save->page, i)))
        continue;
      if (!_gln_store_add_citation_link (db, save->via_id, save->direction, id, found, error))
        return NULL;
      if (id > 0 && (added = queue_within_limit (db, save, &state, id, error)) < 0)
        return NULL;
      n_new += added;
    }

  more = save->page != NULL && save->page->next >= 0 && !state.capped;
  if (!_gln_database_run (db, done_sql, error, "lltlitt", save->search_id, save->via_id,
                          gln_citation_direction_to_string (save->direction),
                          more ? save->page->next : -1, save->page != NULL, save->failure,
                          more ? save->page->cursor : NULL) ||
      (state.capped && !stop_at_limit (db, save, error)))
    return NULL;

  return _gln_store_new_id (n_new);
}

static const GlnStoreOp save_op = { save_page, g_free, GLN_STORE_OP_CHANGES };

/**
 * gln_store_save_citation_page_async:
 * @self: a #GlnStore
 * @work: the request that was answered
 * @page: (nullable): its answer; %NULL when the paper's links cannot be read
 * @failure: (nullable): without @page, why (kept with the search)
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the page is stored
 * @user_data: data for @callback
 *
 * Stores one answer of a search in one transaction: the papers found (through the identity
 * rules; those new to the library stored read), the links, the new candidates in the
 * collection's screening queue with their provenance, the next level's work, and where the
 * paper's next page starts. A search taken up again starts from there.
 */
void
gln_store_save_citation_page_async (GlnStore              *self,
                                    const GlnCitationWork *work,
                                    GlnCitationPage       *page,
                                    const char            *failure,
                                    GCancellable          *cancellable,
                                    GAsyncReadyCallback    callback,
                                    gpointer               user_data)
{
  GlnStoreArgs *args;
  SaveArgs *save;
  GlnCitationPage *copy = NULL;

  g_return_if_fail (work != NULL && GLN_IS_PAPER (work->paper));

  if (page != NULL)
    copy = gln_citation_page_copy (page);

  save = g_new0 (SaveArgs, 1);
  save->search_id = work->search_id;
  save->via_id = gln_paper_get_id (work->paper);
  save->direction = work->direction;
  save->level = work->level;
  save->page = copy;
  save->failure = g_strdup (failure);
  args = _gln_store_args_new ();
  args->object = save;
  args->object_free = (GDestroyNotify) save_args_free;
  _gln_store_call (self, &save_op, args, gln_store_save_citation_page_async, cancellable,
                   callback, user_data);
}

/**
 * gln_store_save_citation_page_finish:
 * @self: a #GlnStore
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: how many papers the page added to the collection, or -1 with @error set
 */
gint64
gln_store_save_citation_page_finish (GlnStore      *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  g_autofree gint64 *n = _gln_store_finish (self, result, gln_store_save_citation_page_async,
                                            error);

  return n != NULL ? *n : -1;
}

static gpointer
list_citations (GlnDatabase   *db,
                GlnStoreArgs  *args,
                GCancellable  *cancellable,
                GError       **error)
{
  /* A paper not in the library shows what was kept of it aside (migration 12). */
  static const char references_sql[] =
    "SELECT c.cited_id, coalesce (p.key, c.cited_key), coalesce (p.title, r.title, c.title),"
    " coalesce (substr (p.published, 1, 4), r.year, 0), 0, NULL, r.authors FROM citations c"
    " LEFT JOIN papers p ON p.id = c.cited_id LEFT JOIN citation_records r ON r.key = c.cited_key"
    " WHERE c.citing_id = ? ORDER BY coalesce (p.published, r.year) IS NULL,"
    " coalesce (substr (p.published, 1, 4), r.year) DESC, p.published DESC, 3";
  static const char citations_sql[] =
    "SELECT c.citing_id, coalesce (p.key, c.citing_key), coalesce (p.title, r.title, c.title),"
    " coalesce (substr (p.published, 1, 4), r.year, 0), 0, NULL, r.authors FROM citations c"
    " LEFT JOIN papers p ON p.id = c.citing_id LEFT JOIN citation_records r ON r.key = c.citing_key"
    " WHERE c.cited_id = ? ORDER BY coalesce (p.published, r.year) IS NULL,"
    " coalesce (substr (p.published, 1, 4), r.year) DESC, p.published DESC, 3";
  static const char provenance_sql[] =
    "SELECT f.paper_id, p.key, p.title, coalesce (substr (p.published, 1, 4), 0), f.via_id,"
    " f.direction, NULL FROM citation_found f JOIN papers p ON p.id = f.via_id"
    " WHERE f.collection_id = ? ORDER BY f.paper_id, f.via_id";
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) gln_citation_free);
  g_autoptr(GlnStmtScope) stmt = NULL;
  const char *sql;
  int rc;

  if (args->text != NULL)
    sql = provenance_sql;
  else
    sql = args->number == GLN_CITATION_REFERENCES ? references_sql : citations_sql;
  if (!(stmt = _gln_database_prepare (db, sql, error)))
    return NULL;
  _gln_stmt_bind (stmt, "l", args->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GlnCitation *citation = g_new0 (GlnCitation, 1);

      citation->paper_id = sqlite3_column_int64 (stmt, 0);
      citation->key = _gln_stmt_dup_text (stmt, 1);
      citation->title = _gln_stmt_dup_text (stmt, 2);
      citation->year = sqlite3_column_int (stmt, 3);
      citation->via_id = sqlite3_column_int64 (stmt, 4);
      if (sqlite3_column_type (stmt, 6) != SQLITE_NULL)
        citation->authors = _gln_store_dup_json_authors ((const char *) sqlite3_column_text (stmt, 6));
      citation->direction = args->number;
      if (args->text != NULL)
        gln_citation_direction_from_string ((const char *) sqlite3_column_text (stmt, 5),
                                            &citation->direction);
      g_ptr_array_add (list, citation);
    }
  if (rc != SQLITE_DONE)
    {
      _gln_database_set_error (db, rc, error);
      return NULL;
    }

  return g_steal_pointer (&list);
}

static const GlnStoreOp list_op = {
  list_citations, (GDestroyNotify) g_ptr_array_unref, GLN_STORE_OP_NONE
};

/**
 * gln_store_list_citations_async:
 * @self: a #GlnStore
 * @paper_id: a paper
 * @direction: the papers it cites, or those that cite it
 * @cancellable: (nullable): a #GCancellable
 * @callback: finished with gln_store_list_citations_finish()
 * @user_data: data for @callback
 *
 * Lists the links a citation search stored for a paper, newest first.
 */
void
gln_store_list_citations_async (GlnStore             *self,
                                gint64                paper_id,
                                GlnCitationDirection  direction,
                                GCancellable         *cancellable,
                                GAsyncReadyCallback   callback,
                                gpointer              user_data)
{
  GlnStoreArgs *args = _gln_store_args_new ();

  args->id = paper_id;
  args->number = direction;
  _gln_store_call (self, &list_op, args, gln_store_list_citations_async, cancellable, callback,
                   user_data);
}

/**
 * gln_store_list_provenance_async:
 * @self: a #GlnStore
 * @collection_id: a collection
 * @cancellable: (nullable): a #GCancellable
 * @callback: finished with gln_store_list_citations_finish()
 * @user_data: data for @callback
 *
 * Lists how citation searches found the papers of a collection: for each found paper
 * (@paper_id), the paper whose links led to it (@via_id, with its title) and which way.
 */
void
gln_store_list_provenance_async (GlnStore            *self,
                                 gint64               collection_id,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  GlnStoreArgs *args = _gln_store_args_new ();

  args->id = collection_id;
  args->text = g_strdup ("provenance");
  _gln_store_call (self, &list_op, args, gln_store_list_citations_async, cancellable, callback,
                   user_data);
}

/**
 * gln_store_list_citations_finish:
 * @self: a #GlnStore
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type GlnCitation): the links, or %NULL with @error set
 */
GPtrArray *
gln_store_list_citations_finish (GlnStore      *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  return _gln_store_finish (self, result, gln_store_list_citations_async, error);
}

static gboolean
read_sources (GlnDatabase      *db,
              gint64            collection_id,
              GlnPrismaCounts  *counts,
              GError          **error)
{
  static const char sql[] =
    "SELECT CASE WHEN cp.origin = '" ORIGIN_CITATION "' THEN 0"
    "            WHEN f.id IS NOT NULL THEN 1 ELSE 2 END,"
    "       CASE WHEN cp.origin = '" ORIGIN_CITATION "' THEN NULL"
    "            WHEN f.id IS NOT NULL THEN coalesce (f.title, f.kind) ELSE p.source END,"
    "       count (*)"
    " FROM collection_papers cp JOIN papers p ON p.id = cp.paper_id"
    " LEFT JOIN feeds f ON f.id = (SELECT min (feed_id) FROM feed_papers"
    "                              WHERE paper_id = cp.paper_id)"
    " WHERE cp.collection_id = ? GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2";
  g_autoptr(GlnStmtScope) stmt = NULL;
  int rc;

  if (!(stmt = _gln_database_prepare (db, sql, error)))
    return FALSE;
  _gln_stmt_bind (stmt, "l", collection_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 1);
      guint n = sqlite3_column_int (stmt, 2);

      switch (sqlite3_column_int (stmt, 0))
        {
        case 0:
          /* Records found again count where they were found: the duplicates follow. */
          n += counts->duplicates;
          g_ptr_array_add (counts->sources, g_strdup (_("Citation search")));
          break;
        case 1:
          g_ptr_array_add (counts->sources, g_strdup_printf (_("Feed: %s"), name));
          break;
        default:
          g_ptr_array_add (counts->sources,
                           name != NULL ? g_strdup_printf (_("Imported: %s"), name)
                                        : g_strdup (_("Added by hand")));
          break;
        }
      g_array_append_val (counts->source_counts, n);
    }
  if (rc != SQLITE_DONE)
    return _gln_database_set_error (db, rc, error);

  return TRUE;
}

static gpointer
read_prisma (GlnDatabase   *db,
             GlnStoreArgs  *args,
             GCancellable  *cancellable,
             GError       **error)
{
  static const char duplicates_sql[] =
    "SELECT count (DISTINCT f.paper_id) FROM citation_found f"
    " JOIN collection_papers cp ON cp.collection_id = f.collection_id AND cp.paper_id = f.paper_id"
    " WHERE f.collection_id = ? AND coalesce (cp.origin, '') <> '" ORIGIN_CITATION "'";
  g_autoptr(GlnPrismaCounts) counts = g_new0 (GlnPrismaCounts, 1);
  gint64 duplicates;

  counts->sources = g_ptr_array_new_with_free_func (g_free);
  counts->source_counts = g_array_new (FALSE, FALSE, sizeof (guint));
  if ((duplicates = _gln_database_select_int (db, duplicates_sql, error, "l", args->id)) < 0)
    return NULL;
  counts->duplicates = duplicates;
  if (!read_sources (db, args->id, counts, error) ||
      !(counts->summary = _gln_store_read_summary (db, args->id, error)))
    return NULL;

  return g_steal_pointer (&counts);
}

static const GlnStoreOp prisma_op = {
  read_prisma, (GDestroyNotify) gln_prisma_counts_free, GLN_STORE_OP_NONE
};

/**
 * gln_store_read_prisma_async:
 * @self: a #GlnStore
 * @collection_id: a review collection
 * @cancellable: (nullable): a #GCancellable
 * @callback: finished with gln_store_read_prisma_finish()
 * @user_data: data for @callback
 *
 * Reads the numbers of the collection's PRISMA flow diagram: records per source, the
 * duplicates citation searches found, and the screening counts of the screening export.
 */
void
gln_store_read_prisma_async (GlnStore            *self,
                             gint64               collection_id,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  _gln_store_call_with_id (self, &prisma_op, collection_id, gln_store_read_prisma_async,
                           cancellable, callback, user_data);
}

GlnPrismaCounts *
gln_store_read_prisma_finish (GlnStore      *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  return _gln_store_finish (self, result, gln_store_read_prisma_async, error);
}
