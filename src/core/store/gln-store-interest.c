/* SPDX-License-Identifier: GPL-3.0-or-later */

/* What For you learns from and ranks: the user's signals (stars, ratings, collections,
 * screening, notes, "Not interested") and the unread papers, with the text of each. */

#define G_LOG_DOMAIN "gln-store"

#include "config.h"

#include "gln-store-interest.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>

#include "gln-store-private.h"

/* The newest signals count; older ones are left out so that training stays quick. */
#define MAX_SIGNALS 5000
#define MAX_AUTHORS 20

/* Every paper the user said something about, newest first, with what they said: an explicit
 * rating decides, then "Not interested", the star, a screening exclusion, then being in a
 * collection or having notes. A rating of 3 alone says nothing either way. */
static const char signals_sql[] =
  "WITH s (id) AS ("
  "  SELECT id FROM papers WHERE starred = 1"
  "  UNION SELECT id FROM papers WHERE rating > 0"
  "  UNION SELECT paper_id FROM collection_papers"
  "  UNION SELECT paper_id FROM notes"
  "  UNION SELECT paper_id FROM not_interested)"
  " SELECT p.id, CASE"
  "  WHEN p.rating >= 4 THEN 1"
  "  WHEN p.rating BETWEEN 1 AND 2 THEN -1"
  "  WHEN EXISTS (SELECT 1 FROM not_interested n WHERE n.paper_id = p.id) THEN -1"
  "  WHEN p.starred = 1 THEN 1"
  "  WHEN EXISTS (SELECT 1 FROM collection_papers c"
  "               WHERE c.paper_id = p.id AND c.status = 'exclude') THEN -1"
  "  WHEN EXISTS (SELECT 1 FROM collection_papers c WHERE c.paper_id = p.id) THEN 1"
  "  WHEN EXISTS (SELECT 1 FROM notes n WHERE n.paper_id = p.id) THEN 1"
  "  ELSE 0 END"
  " FROM s JOIN papers p ON p.id = s.id ORDER BY p.id DESC LIMIT ?";

static const char candidates_sql[] =
  "SELECT p.id FROM papers p INDEXED BY papers_unread WHERE p.read_time IS NULL"
  " AND NOT EXISTS (SELECT 1 FROM not_interested n WHERE n.paper_id = p.id)"
  " AND NOT EXISTS (SELECT 1 FROM trash t WHERE t.paper_id = p.id)"
  " ORDER BY p.id DESC LIMIT ?";

static const char text_sql[] =
  "SELECT p.title, p.abstract, p.published, p.categories,"
  " (SELECT group_concat (name, char (10)) FROM (SELECT a.name FROM paper_authors pa"
  "   JOIN authors a ON a.id = pa.author_id WHERE pa.paper_id = p.id"
  "   ORDER BY pa.position LIMIT ?2))"
  " FROM papers p WHERE p.id = ?1";

static gboolean
read_text (GlnDatabase   *db,
           GlnPaperText  *text,
           GError       **error)
{
  g_autoptr(GlnStmtScope) stmt = NULL;
  g_autofree char *categories = NULL;
  g_autofree char *authors = NULL;
  int rc;

  if (!(stmt = _gln_database_prepare (db, text_sql, error)))
    return FALSE;

  _gln_stmt_bind (stmt, "li", text->id, MAX_AUTHORS);
  if ((rc = sqlite3_step (stmt)) != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        _gln_store_set_paper_not_found (text->id, error);
      else
        _gln_database_set_error (db, rc, error);
      return FALSE;
    }

  text->title = _gln_stmt_dup_text (stmt, 0);
  text->abstract = _gln_stmt_dup_text (stmt, 1);
  text->published = _gln_stmt_dup_text (stmt, 2);
  categories = _gln_stmt_dup_text (stmt, 3);
  authors = _gln_stmt_dup_text (stmt, 4);
  text->categories = g_strsplit (categories != NULL ? categories : "",
                                 GLN_STORE_CATEGORY_SEPARATOR, -1);
  text->authors = g_strsplit (authors != NULL ? authors : "", "\n", -1);

  return TRUE;
}

static GlnPaperText *
text_new (gint64 id,
          int    label,
          int    candidate)
{
  GlnPaperText *text = gln_paper_text_new ();

  text->id = id;
  text->label = label;
  text->candidate = candidate;

  return text;
}

/* Adds the signals to @texts and their ids to @seen: a paper the user has said something
 * about is learned from, not suggested. */
static gboolean
read_signals (GlnDatabase  *db,
              GPtrArray    *texts,
              GHashTable   *seen,
              GError      **error)
{
  g_autoptr(GlnStmtScope) stmt = NULL;
  int rc;

  if (!(stmt = _gln_database_prepare (db, signals_sql, error)))
    return FALSE;

  _gln_stmt_bind (stmt, "i", MAX_SIGNALS);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      int label = sqlite3_column_int (stmt, 1);

      if (label == 0)
        continue;
      g_ptr_array_add (texts, text_new (id, label, FALSE));
      g_hash_table_insert (seen, g_memdup2 (&id, sizeof id), GINT_TO_POINTER (TRUE));
    }

  return rc == SQLITE_DONE || _gln_database_set_error (db, rc, error);
}

static gboolean
read_candidates (GlnDatabase  *db,
                 guint         max_candidates,
                 GPtrArray    *texts,
                 GHashTable   *seen,
                 GError      **error)
{
  g_autoptr(GlnStmtScope) stmt = NULL;
  int rc;

  if (!(stmt = _gln_database_prepare (db, candidates_sql, error)))
    return FALSE;

  _gln_stmt_bind (stmt, "i", (int) MIN (max_candidates, G_MAXINT));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      if (!g_hash_table_contains (seen, &id))
        g_ptr_array_add (texts, text_new (id, 0, TRUE));
    }

  return rc == SQLITE_DONE || _gln_database_set_error (db, rc, error);
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

static gboolean
is_known (GArray *known,
          gint64  id)
{
  return bsearch (&id, known->data, known->len, sizeof (gint64), compare_ids) != NULL;
}

static gpointer
load_interest (GlnDatabase   *db,
               GlnStoreArgs  *args,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func ((GDestroyNotify) gln_paper_text_free);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  GArray *known = args->ids;

  if (!read_signals (db, texts, seen, error) ||
      !read_candidates (db, (guint) args->number, texts, seen, error))
    return NULL;

  for (guint i = 0; i < texts->len; i++)
    {
      GlnPaperText *text = texts->pdata[i];

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      if ((known == NULL || !is_known (known, text->id)) &&
          !read_text (db, text, error))
        return NULL;
    }

  return g_steal_pointer (&texts);
}

static const GlnStoreOp load_interest_op = {
  load_interest, (GDestroyNotify) g_ptr_array_unref, GLN_STORE_OP_NONE
};

/**
 * gln_store_load_interest_async:
 * @self: a #GlnStore
 * @known: (nullable) (element-type gint64): ids of papers whose text the caller has
 *   already, ascending: theirs is not read again; the store takes a reference and reads it
 *   on its worker thread, so the caller must not change it until the callback
 * @max_candidates: at most this many unread papers, the newest
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the papers
 * @user_data: data for @callback
 *
 * Reads what For you learns from and ranks: the papers the user gave signals on (liked: a
 * star, a rating of 4 or 5, in a collection, with notes; disliked: a rating of 1 or 2, a
 * screening exclusion, "Not interested") and the other unread papers, which it ranks.
 */
void
gln_store_load_interest_async (GlnStore            *self,
                               GArray              *known,
                               guint                max_candidates,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  GlnStoreArgs *args = _gln_store_args_new ();

  args->number = (int) MIN (max_candidates, G_MAXINT);
  if (known != NULL)
    args->ids = g_array_ref (known);
  _gln_store_call (self, &load_interest_op, args, gln_store_load_interest_async, cancellable,
                   callback, user_data);
}

/**
 * gln_store_load_interest_finish:
 * @self: a #GlnStore
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type GlnPaperText): the signals, newest first, then the
 *   other candidates, newest first; a paper the caller knew comes without its text
 */
GPtrArray *
gln_store_load_interest_finish (GlnStore      *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  return _gln_store_finish (self, result, gln_store_load_interest_async, error);
}

static gpointer
read_texts (GlnDatabase   *db,
            GlnStoreArgs  *args,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func ((GDestroyNotify) gln_paper_text_free);

  for (guint i = 0; i < args->ids->len; i++)
    {
      g_autoptr(GlnPaperText) text = text_new (g_array_index (args->ids, gint64, i), 0, FALSE);

      if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
          !read_text (db, text, error))
        return NULL;
      g_ptr_array_add (texts, g_steal_pointer (&text));
    }

  return g_steal_pointer (&texts);
}

static const GlnStoreOp read_texts_op = {
  read_texts, (GDestroyNotify) g_ptr_array_unref, GLN_STORE_OP_NONE
};

/**
 * gln_store_read_texts_async:
 * @self: a #GlnStore
 * @ids: (element-type gint64): paper ids
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the texts
 * @user_data: data for @callback
 *
 * Reads the title, abstract, authors and categories of papers, as For you weighs them.
 */
void
gln_store_read_texts_async (GlnStore            *self,
                            GArray              *ids,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  GlnStoreArgs *args = _gln_store_args_new ();

  args->ids = g_array_ref (ids);
  _gln_store_call (self, &read_texts_op, args, gln_store_read_texts_async, cancellable,
                   callback, user_data);
}

/**
 * gln_store_read_texts_finish:
 * @self: a #GlnStore
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type GlnPaperText): the texts in the order of the ids,
 *   or %NULL with %GLN_DATABASE_ERROR_NOT_FOUND when one is gone
 */
GPtrArray *
gln_store_read_texts_finish (GlnStore      *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  return _gln_store_finish (self, result, gln_store_read_texts_async, error);
}

static gpointer
set_not_interested (GlnDatabase   *db,
                    GlnStoreArgs  *args,
                    GCancellable  *cancellable,
                    GError       **error)
{
  static const char add_sql[] =
    "INSERT OR REPLACE INTO not_interested (paper_id, time) VALUES (?, ?)";
  static const char remove_sql[] = "DELETE FROM not_interested WHERE paper_id = ?";
  static const char exists_sql[] = "SELECT id FROM papers WHERE id = ?";
  g_autoptr(GlnStmtScope) stmt = NULL;
  int rc;

  if (!(stmt = _gln_database_prepare (db, exists_sql, error)))
    return NULL;
  _gln_stmt_bind (stmt, "l", args->id);
  if ((rc = sqlite3_step (stmt)) != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        _gln_store_set_paper_not_found (args->id, error);
      else
        _gln_database_set_error (db, rc, error);
      return NULL;
    }

  if (args->number ? !_gln_database_run (db, add_sql, error, "ll", args->id, _gln_database_now ())
                   : !_gln_database_run (db, remove_sql, error, "l", args->id))
    return NULL;

  return GINT_TO_POINTER (TRUE);
}

static const GlnStoreOp set_not_interested_op = {
  set_not_interested, NULL, GLN_STORE_OP_CHANGES
};

/**
 * gln_store_set_not_interested_async:
 * @self: a #GlnStore
 * @paper: the paper
 * @not_interested: %TRUE to turn the paper down, %FALSE to take that back
 * @cancellable: (nullable): a #GCancellable
 * @callback: (nullable): called when stored; finish with gln_store_edit_finish()
 * @user_data: data for @callback
 *
 * Marks a paper as one the user does not want to see: For you learns from it and no longer
 * suggests it. Nothing else of the paper changes.
 */
void
gln_store_set_not_interested_async (GlnStore            *self,
                                    GlnPaper            *paper,
                                    gboolean             not_interested,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  GlnStoreArgs *args;

  g_return_if_fail (GLN_IS_PAPER (paper));

  args = _gln_store_args_new ();
  args->id = gln_paper_get_id (paper);
  args->number = not_interested ? 1 : 0;
  _gln_store_call (self, &set_not_interested_op, args, gln_store_set_not_interested_async,
                   cancellable, callback, user_data);
}

void
gln_sharing_free (GlnSharing *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->papers);
  g_free (self);
}

/* What the search index finds of a word of titles and abstracts, or of an author's name. */
static char *
dup_match (const char *phrase,
           gboolean    author)
{
  g_auto(GStrv) parts = g_strsplit (phrase, "\"", -1);
  g_autofree char *quoted = g_strjoinv ("\"\"", parts);

  return g_strdup_printf ("%s : \"%s\"", author ? "authors" : "{title abstract}", quoted);
}

/* The papers that have @phrase, or %NULL when more than @cap have it. A phrase the index
 * cannot search for (nothing but punctuation) has none. */
static GArray *
papers_sharing (GlnDatabase   *db,
                const char    *phrase,
                gboolean       author,
                int            cap,
                GError       **error)
{
  static const char sharing_sql[] =
    "SELECT rowid FROM papers_fts WHERE papers_fts MATCH ?1"
    " AND rowid NOT IN (SELECT paper_id FROM trash) LIMIT ?2";
  g_autoptr(GlnStmtScope) stmt = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *match = dup_match (phrase, author);
  int rc;

  if (!(stmt = _gln_database_prepare (db, sharing_sql, error)))
    return NULL;

  _gln_stmt_bind (stmt, "ti", match, cap + 1);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  if (rc != SQLITE_DONE && rc != SQLITE_ERROR)
    {
      _gln_database_set_error (db, rc, error);
      return NULL;
    }
  if (rc == SQLITE_ERROR)
    g_array_set_size (ids, 0);

  return ids->len > (guint) cap ? g_array_new (FALSE, FALSE, sizeof (gint64))
                                : g_steal_pointer (&ids);
}

static gpointer
find_sharing (GlnDatabase   *db,
              GlnStoreArgs  *args,
              GCancellable  *cancellable,
              GError       **error)
{
  static const char max_sql[] = "SELECT ifnull (max (id), 0) FROM papers";
  g_autoptr(GlnSharing) sharing = g_new0 (GlnSharing, 1);
  const char * const *lists[] = { (const char * const *) args->strv, args->object };
  g_autoptr(GlnStmtScope) stmt = NULL;
  int rc;

  sharing->papers = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; lists[l] != NULL && lists[l][i] != NULL; i++)
      {
        GArray *ids;

        if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
            !(ids = papers_sharing (db, lists[l][i], l == 1, args->number, error)))
          return NULL;
        g_ptr_array_add (sharing->papers, ids);
      }
  if (!(stmt = _gln_database_prepare (db, max_sql, error)))
    return NULL;
  if ((rc = sqlite3_step (stmt)) != SQLITE_ROW)
    {
      _gln_database_set_error (db, rc, error);
      return NULL;
    }
  sharing->n_papers = sqlite3_column_int64 (stmt, 0);

  return g_steal_pointer (&sharing);
}

static const GlnStoreOp find_sharing_op = {
  find_sharing, (GDestroyNotify) gln_sharing_free, GLN_STORE_OP_NONE
};

/**
 * gln_store_find_sharing_async:
 * @self: a #GlnStore
 * @words: words or phrases of titles and abstracts
 * @authors: (nullable): authors' names
 * @cap: a phrase more than this many papers have is too common to say much
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the papers
 * @user_data: data for @callback
 *
 * Asks the search index which papers have each word (in their title or abstract) and each
 * author: how "More like this" finds, in a whole library, the papers that share the telling
 * words of one. Papers in the trash are left out. Each phrase costs at most @cap + 1 rows.
 */
void
gln_store_find_sharing_async (GlnStore            *self,
                              const char * const  *words,
                              const char * const  *authors,
                              guint                cap,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  GlnStoreArgs *args = _gln_store_args_new ();

  g_return_if_fail (words != NULL);

  args->strv = g_strdupv ((GStrv) words);
  args->object = g_strdupv ((GStrv) authors);
  args->object_free = (GDestroyNotify) g_strfreev;
  args->number = (int) MIN (cap, G_MAXINT - 1);
  _gln_store_call (self, &find_sharing_op, args, gln_store_find_sharing_async, cancellable,
                   callback, user_data);
}

/**
 * gln_store_find_sharing_finish:
 * @self: a #GlnStore
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the papers of each word, then of each author
 */
GlnSharing *
gln_store_find_sharing_finish (GlnStore      *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  return _gln_store_finish (self, result, gln_store_find_sharing_async, error);
}
