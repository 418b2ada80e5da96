/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Papers: reading them, finding one by what the user typed, and what the user writes on
 * them (rating, star, read state, tags, notes). An import never touches any of the latter. */

#define G_LOG_DOMAIN "gln-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "gln-store-papers.h"

#include "gln-macros.h"
#include "gln-paper-key.h"
#include "gln-store-private.h"

/* Lists are stored as text: categories have no spaces, institution names may. */
/* One statement each for the store's files, so that the statement cache holds one. */
/* A key keeps resolving after its paper was merged into another or its key upgraded. */
const char _gln_store_paper_by_key_sql[] =
  "SELECT id FROM papers WHERE key = ?1"
  " UNION ALL SELECT paper_id FROM paper_aliases WHERE key = ?1 LIMIT 1";
const char _gln_store_paper_by_doi_sql[] =
  "SELECT id FROM papers WHERE doi = ? ORDER BY id LIMIT 1";

static const char paper_by_id_sql[] =
  "SELECT id, key, title, abstract, published, date_precision, date_text, updated, arxiv_id,"
  " arxiv_version, doi, url, pdf_url, code_url, has_code, category, categories, journal_ref,"
  " comment, author_count, authors_truncated, institutions, upvotes, source, added, read_time,"
  " starred, rating, new_version, extra FROM papers WHERE id = ?";

static GStrv
split_column (sqlite3_stmt *stmt,
              int           column,
              const char   *separator)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  if (gln_str_empty0 (text))
    return NULL;

  return g_strsplit (text, separator, -1);
}

static gboolean
load_authors (GlnDatabase  *db,
              GlnPaper     *paper,
              GError      **error)
{
  static const char sql[] =
    "SELECT a.name, pa.affiliation FROM paper_authors pa JOIN authors a ON a.id = pa.author_id"
    " WHERE pa.paper_id = ? ORDER BY pa.position";
  g_autoptr(GlnStmtScope) stmt = NULL;
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) affiliations = g_strv_builder_new ();
  g_auto(GStrv) names_v = NULL;
  g_auto(GStrv) affiliations_v = NULL;
  int rc;

  if (!(stmt = _gln_database_prepare (db, sql, error)))
    return FALSE;

  _gln_stmt_bind (stmt, "l", gln_paper_get_id (paper));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *affiliation = (const char *) sqlite3_column_text (stmt, 1);

      g_strv_builder_add (names, (const char *) sqlite3_column_text (stmt, 0));
      g_strv_builder_add (affiliations, affiliation ? affiliation : "");
    }
  if (rc != SQLITE_DONE)
    return _gln_database_set_error (db, rc, error);

  names_v = g_strv_builder_end (names);
  affiliations_v = g_strv_builder_end (affiliations);
  gln_paper_set_authors (paper, (const char * const *) names_v,
                         (const char * const *) affiliations_v);

  return TRUE;
}

/* The paper's own columns, in the order of paper_by_id_sql. */
static GlnPaper *
read_row (sqlite3_stmt *stmt)
{
  GlnPaper *paper = gln_paper_new ();
  g_auto(GStrv) categories = split_column (stmt, 16, GLN_STORE_CATEGORY_SEPARATOR);
  g_auto(GStrv) institutions = split_column (stmt, 21, GLN_STORE_INSTITUTION_SEPARATOR);

  gln_paper_set_id (paper, sqlite3_column_int64 (stmt, 0));
  gln_paper_set_key (paper, (const char *) sqlite3_column_text (stmt, 1));
  gln_paper_set_title (paper, (const char *) sqlite3_column_text (stmt, 2));
  gln_paper_set_abstract (paper, (const char *) sqlite3_column_text (stmt, 3));
  gln_paper_set_published (paper, (const char *) sqlite3_column_text (stmt, 4));
  gln_paper_set_date_precision (paper, sqlite3_column_int (stmt, 5));
  gln_paper_set_date_text (paper, (const char *) sqlite3_column_text (stmt, 6));
  gln_paper_set_updated (paper, (const char *) sqlite3_column_text (stmt, 7));
  gln_paper_set_arxiv_id (paper, (const char *) sqlite3_column_text (stmt, 8));
  gln_paper_set_arxiv_version (paper, sqlite3_column_int (stmt, 9));
  gln_paper_set_doi (paper, (const char *) sqlite3_column_text (stmt, 10));
  gln_paper_set_url (paper, (const char *) sqlite3_column_text (stmt, 11));
  gln_paper_set_pdf_url (paper, (const char *) sqlite3_column_text (stmt, 12));
  gln_paper_set_code_url (paper, (const char *) sqlite3_column_text (stmt, 13));
  gln_paper_set_has_code (paper, sqlite3_column_int (stmt, 14));
  gln_paper_set_category (paper, (const char *) sqlite3_column_text (stmt, 15));
  gln_paper_set_categories (paper, (const char * const *) categories);
  gln_paper_set_journal_ref (paper, (const char *) sqlite3_column_text (stmt, 17));
  gln_paper_set_comment (paper, (const char *) sqlite3_column_text (stmt, 18));
  gln_paper_set_author_count (paper, sqlite3_column_type (stmt, 19) == SQLITE_NULL
                                       ? -1 : sqlite3_column_int (stmt, 19));
  gln_paper_set_authors_truncated (paper, sqlite3_column_int (stmt, 20));
  gln_paper_set_institutions (paper, (const char * const *) institutions);
  gln_paper_set_upvotes (paper, sqlite3_column_type (stmt, 22) == SQLITE_NULL
                                  ? -1 : sqlite3_column_int (stmt, 22));
  gln_paper_set_source (paper, (const char *) sqlite3_column_text (stmt, 23));
  gln_paper_set_added (paper, sqlite3_column_int64 (stmt, 24));
  gln_paper_set_read_time (paper, sqlite3_column_int64 (stmt, 25));
  gln_paper_set_starred (paper, sqlite3_column_int (stmt, 26));
  gln_paper_set_rating (paper, CLAMP (sqlite3_column_int (stmt, 27), 0, 5));
  gln_paper_set_new_version (paper, sqlite3_column_int (stmt, 28));
  gln_paper_set_extra (paper, (const char *) sqlite3_column_text (stmt, 29));

  return paper;
}

static gboolean
load_tags_and_collections (GlnDatabase  *db,
                           GlnPaper     *paper,
                           GError      **error)
{
  static const char tags_sql[] =
    "SELECT t.name FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id WHERE pt.paper_id = ?"
    " ORDER BY t.name COLLATE NOCASE";
  static const char collections_sql[] =
    "SELECT c.name FROM collection_papers cp JOIN collections c ON c.id = cp.collection_id"
    " WHERE cp.paper_id = ? ORDER BY c.name";
  g_auto(GStrv) tags = NULL;
  g_auto(GStrv) collections = NULL;

  if (!(tags = _gln_database_list_strings (db, tags_sql, error, "l", gln_paper_get_id (paper))) ||
      !(collections = _gln_database_list_strings (db, collections_sql, error, "l",
                                                  gln_paper_get_id (paper))))
    return FALSE;

  gln_paper_set_tags (paper, (const char * const *) tags);
  gln_paper_set_collections (paper, (const char * const *) collections);

  return TRUE;
}

/* The id goes in as text: a format macro inside _() would hide the message from xgettext. */
static char *
dup_paper_not_found (gint64 id)
{
  g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, id);

  return g_strdup_printf (_("No paper with id %s in the library"), text);
}

/**
 * _gln_store_set_paper_not_found:
 * @id: a paper id
 * @error: return location for a #GError
 *
 * Sets %GLN_DATABASE_ERROR_NOT_FOUND for the paper @id, which is not in the library.
 */
void
_gln_store_set_paper_not_found (gint64   id,
                                GError **error)
{
  g_autofree char *message = dup_paper_not_found (id);

  g_set_error_literal (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_NOT_FOUND, message);
}

/**
 * _gln_store_read_paper:
 * @db: a connection
 * @id: a paper id
 * @error: return location for a #GError
 *
 * Returns: (transfer full): a new #GlnPaper with its authors, tags and collections, or
 *   %NULL with %GLN_DATABASE_ERROR_NOT_FOUND when there is no such paper
 */
GlnPaper *
_gln_store_read_paper (GlnDatabase  *db,
                       gint64        id,
                       GError      **error)
{
  g_autoptr(GlnPaper) paper = NULL;
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = _gln_database_prepare (db, paper_by_id_sql, error)))
    return NULL;

  _gln_stmt_bind (stmt, "l", id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    paper = read_row (stmt);
  _gln_stmt_reset (stmt);

  if (rc == SQLITE_DONE)
    _gln_store_set_paper_not_found (id, error);
  else if (rc != SQLITE_ROW)
    _gln_database_set_error (db, rc, error);
  if (paper == NULL)
    return NULL;

  if (!load_authors (db, paper, error) || !load_tags_and_collections (db, paper, error))
    return NULL;

  return g_steal_pointer (&paper);
}

/* The id of the paper @key_or_id names: a library key (`arxiv:2410.17243`), an arXiv id or
 * URL, a DOI, or a numeric id. 0 with @error set (%GLN_DATABASE_ERROR_NOT_FOUND when the
 * library has no such paper). */
static gint64
find_paper_id (GlnDatabase  *db,
               const char   *key_or_id,
               GError      **error)
{
  static const char exists_sql[] = "SELECT id FROM papers WHERE id = CAST (? AS INTEGER)";
  g_autofree char *arxiv_id = NULL;
  g_autofree char *doi = NULL;
  const char *text = key_or_id;
  gint64 id;

  if ((id = _gln_database_lookup_id (db, _gln_store_paper_by_key_sql, text, error)) != 0)
    return MAX (id, 0);

  if (gln_arxiv_id_parse (g_str_has_prefix (text, "arxiv:") ? text + 6 : text, &arxiv_id, NULL))
    {
      g_autofree char *key = g_strconcat ("arxiv:", arxiv_id, NULL);

      if ((id = _gln_database_lookup_id (db, _gln_store_paper_by_key_sql, key, error)) != 0)
        return MAX (id, 0);
    }

  if ((doi = gln_doi_normalize (g_str_has_prefix (text, "doi:") ? text + 4 : text)) &&
      (id = _gln_database_lookup_id (db, _gln_store_paper_by_doi_sql, doi, error)) != 0)
    return MAX (id, 0);

  if (text[0] != '\0' && strspn (text, "0123456789") == strlen (text) &&
      (id = _gln_database_lookup_id (db, exists_sql, text, error)) != 0)
    return MAX (id, 0);

  g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_NOT_FOUND,
               _("No paper “%s” in the library"), key_or_id);
  return 0;
}

static gpointer
find_paper (GlnDatabase   *db,
            GlnStoreArgs  *args,
            GCancellable  *cancellable,
            GError       **error)
{
  gint64 id = find_paper_id (db, args->text, error);

  return id > 0 ? _gln_store_new_id (id) : NULL;
}

static const GlnStoreOp find_paper_op = { find_paper, g_free, GLN_STORE_OP_NONE };

/**
 * gln_store_find_paper_async:
 * @self: a #GlnStore
 * @key_or_id: a library key (`arxiv:2410.17243`), an arXiv id or URL, a DOI, or a numeric id
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the paper
 * @user_data: data for @callback
 *
 * Finds a paper the way a user names it.
 */
void
gln_store_find_paper_async (GlnStore            *self,
                            const char          *key_or_id,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  GlnStoreArgs *args;

  g_return_if_fail (key_or_id != NULL);

  args = _gln_store_args_new ();
  args->text = g_strdup (key_or_id);
  _gln_store_call (self, &find_paper_op, args, gln_store_find_paper_async, cancellable,
                   callback, user_data);
}

/**
 * gln_store_find_paper_finish:
 * @self: a #GlnStore
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the shared instance of the paper, or %NULL with
 *   %GLN_DATABASE_ERROR_NOT_FOUND when the library has no such paper
 */
GlnPaper *
gln_store_find_paper_finish (GlnStore      *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_autofree gint64 *id = _gln_store_finish (self, result, gln_store_find_paper_async, error);

  return id != NULL ? gln_store_lookup_paper (self, *id, error) : NULL;
}

/* Writes one of the user's own columns of a paper: @value, or NULL when @is_null. */
static gboolean
write_column (GlnDatabase   *db,
              const char    *sql,
              gint64         paper_id,
              gint64         value,
              gboolean       is_null,
              GError       **error)
{
  g_autofree char *not_found = dup_paper_not_found (paper_id);

  return is_null ? _gln_database_run_one (db, sql, not_found, error, "ln", paper_id)
                 : _gln_database_run_one (db, sql, not_found, error, "ll", paper_id, value);
}

gboolean
_gln_store_write_rating (GlnDatabase  *db,
                         gint64        paper_id,
                         int           rating,
                         GError      **error)
{
  static const char sql[] = "UPDATE papers SET rating = ?2 WHERE id = ?1";

  if (rating < 0 || rating > 5)
    {
      g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_INVALID,
                   _("A rating is a number from 0 to 5, not %d"), rating);
      return FALSE;
    }

  return write_column (db, sql, paper_id, rating, FALSE, error);
}

gboolean
_gln_store_write_starred (GlnDatabase  *db,
                          gint64        paper_id,
                          gboolean      starred,
                          GError      **error)
{
  static const char sql[] = "UPDATE papers SET starred = ?2 WHERE id = ?1";

  return write_column (db, sql, paper_id, starred ? 1 : 0, FALSE, error);
}

gboolean
_gln_store_write_read (GlnDatabase  *db,
                       gint64        paper_id,
                       gboolean      read,
                       GError      **error)
{
  /* Reading a paper also acknowledges its new version. */
  static const char sql[] = "UPDATE papers SET read_time = ?2, new_version = 0 WHERE id = ?1";

  return write_column (db, sql, paper_id, _gln_database_now (), !read, error);
}

/**
 * _gln_store_write_tag:
 * @db: the writer connection
 * @paper_id: a paper
 * @tag: a tag, trimmed here; it must not be empty
 * @error: return location for a #GError
 *
 * Tags a paper, creating the tag when it is new.
 */
gboolean
_gln_store_write_tag (GlnDatabase  *db,
                      gint64        paper_id,
                      const char   *tag,
                      GError      **error)
{
  static const char insert_sql[] = "INSERT OR IGNORE INTO tags (name) VALUES (?)";
  static const char id_sql[] = "SELECT id FROM tags WHERE name = ?";
  static const char link_sql[] = "INSERT OR IGNORE INTO paper_tags (paper_id, tag_id) VALUES (?, ?)";
  g_autofree char *name = NULL;
  gint64 tag_id;

  if (!(name = _gln_store_check_name (tag, error)))
    return FALSE;

  return _gln_database_run (db, insert_sql, error, "t", name) &&
         (tag_id = _gln_database_lookup_id (db, id_sql, name, error)) > 0 &&
         _gln_database_run (db, link_sql, error, "ll", paper_id, tag_id);
}

static gpointer
edited (gboolean ok)
{
  return ok ? GINT_TO_POINTER (TRUE) : NULL;
}

#define EDIT_FLAGS GLN_STORE_OP_CHANGES

/* The edited paper is touched from the start: whether storing succeeds or fails, its shared
 * instance is then re-read as stored, which keeps the edit or takes it back. */
static GlnStoreArgs *
edit_args_new (GlnPaper   *paper,
               int         number,
               const char *text)
{
  GlnStoreArgs *args = _gln_store_args_new ();

  args->id = gln_paper_get_id (paper);
  _gln_store_args_touch (args, args->id);
  args->number = number;
  args->text = g_strdup (text);

  return args;
}

static gpointer
set_rating (GlnDatabase   *db,
            GlnStoreArgs  *args,
            GCancellable  *cancellable,
            GError       **error)
{
  return edited (_gln_store_write_rating (db, args->id, args->number, error));
}

static const GlnStoreOp set_rating_op = { set_rating, NULL, EDIT_FLAGS };

/**
 * gln_store_set_rating_async:
 * @self: a #GlnStore
 * @paper: the paper
 * @rating: 0 to 5
 * @cancellable: (nullable): a #GCancellable
 * @callback: (nullable): called when stored; finish with gln_store_edit_finish()
 * @user_data: data for @callback
 *
 * Shows the new rating at once on the shared paper and stores it on the worker thread.
 * If storing fails, the paper goes back to what is stored. The star, read state and tag
 * edits below work the same way.
 */
void
gln_store_set_rating_async (GlnStore            *self,
                            GlnPaper            *paper,
                            int                  rating,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_return_if_fail (GLN_IS_PAPER (paper));

  if (rating >= 0 && rating <= 5)
    gln_paper_set_rating (paper, rating);
  _gln_store_call (self, &set_rating_op, edit_args_new (paper, rating, NULL),
                   gln_store_set_rating_async, cancellable, callback, user_data);
}

static gpointer
set_starred (GlnDatabase   *db,
             GlnStoreArgs  *args,
             GCancellable  *cancellable,
             GError       **error)
{
  return edited (_gln_store_write_starred (db, args->id, args->number, error));
}

static const GlnStoreOp set_starred_op = { set_starred, NULL, EDIT_FLAGS };

void
gln_store_set_starred_async (GlnStore            *self,
                             GlnPaper            *paper,
                             gboolean             starred,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_return_if_fail (GLN_IS_PAPER (paper));

  gln_paper_set_starred (paper, starred);
  _gln_store_call (self, &set_starred_op, edit_args_new (paper, !!starred, NULL),
                   gln_store_set_starred_async, cancellable, callback, user_data);
}

static gpointer
set_read (GlnDatabase   *db,
          GlnStoreArgs  *args,
          GCancellable  *cancellable,
          GError       **error)
{
  return edited (_gln_store_write_read (db, args->id, args->number, error));
}

static const GlnStoreOp set_read_op = { set_read, NULL, EDIT_FLAGS };

void
gln_store_set_read_async (GlnStore            *self,
                          GlnPaper            *paper,
                          gboolean             read,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_return_if_fail (GLN_IS_PAPER (paper));

  gln_paper_set_read_time (paper, read ? _gln_database_now () : 0);
  _gln_store_call (self, &set_read_op, edit_args_new (paper, !!read, NULL),
                   gln_store_set_read_async, cancellable, callback, user_data);
}

static gpointer
add_tag (GlnDatabase   *db,
         GlnStoreArgs  *args,
         GCancellable  *cancellable,
         GError       **error)
{
  return edited (_gln_store_write_tag (db, args->id, args->text, error));
}

static const GlnStoreOp add_tag_op = { add_tag, NULL, EDIT_FLAGS };

void
gln_store_add_tag_async (GlnStore            *self,
                         GlnPaper            *paper,
                         const char          *tag,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_return_if_fail (GLN_IS_PAPER (paper));

  _gln_store_call (self, &add_tag_op, edit_args_new (paper, 0, tag),
                   gln_store_add_tag_async, cancellable, callback, user_data);
}

static gpointer
remove_tag (GlnDatabase   *db,
            GlnStoreArgs  *args,
            GCancellable  *cancellable,
            GError       **error)
{
  static const char sql[] =
    "DELETE FROM paper_tags WHERE paper_id = ? AND tag_id = (SELECT id FROM tags WHERE name = ?)";

  return edited (_gln_database_run (db, sql, error, "lt", args->id, args->text));
}

static const GlnStoreOp remove_tag_op = { remove_tag, NULL, EDIT_FLAGS };

/* Removing a tag the paper does not have is not an error: the result is the same. */
void
gln_store_remove_tag_async (GlnStore            *self,
                            GlnPaper            *paper,
                            const char          *tag,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_return_if_fail (GLN_IS_PAPER (paper));

  _gln_store_call (self, &remove_tag_op, edit_args_new (paper, 0, tag),
                   gln_store_remove_tag_async, cancellable, callback, user_data);
}

static GPtrArray *
read_notes (GlnDatabase  *db,
            gint64        paper_id,
            GError      **error)
{
  static const char sql[] =
    "SELECT id, body, created, modified FROM notes WHERE paper_id = ? ORDER BY created, id";
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func ((GDestroyNotify) gln_note_free);
  g_autoptr(GlnStmtScope) stmt = NULL;
  int rc;

  if (!(stmt = _gln_database_prepare (db, sql, error)))
    return NULL;

  _gln_stmt_bind (stmt, "l", paper_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GlnNote *note = g_new0 (GlnNote, 1);

      note->id = sqlite3_column_int64 (stmt, 0);
      note->body = _gln_stmt_dup_text (stmt, 1);
      note->created = sqlite3_column_int64 (stmt, 2);
      note->modified = sqlite3_column_int64 (stmt, 3);
      g_ptr_array_add (notes, note);
    }
  if (rc != SQLITE_DONE)
    {
      _gln_database_set_error (db, rc, error);
      return NULL;
    }

  return g_steal_pointer (&notes);
}

static gpointer
list_notes (GlnDatabase   *db,
            GlnStoreArgs  *args,
            GCancellable  *cancellable,
            GError       **error)
{
  return read_notes (db, args->id, error);
}

static const GlnStoreOp list_notes_op = {
  list_notes, (GDestroyNotify) g_ptr_array_unref, GLN_STORE_OP_NONE
};

void
gln_store_list_notes_async (GlnStore            *self,
                            gint64               paper_id,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  _gln_store_call_with_id (self, &list_notes_op, paper_id, gln_store_list_notes_async,
                           cancellable, callback, user_data);
}

/**
 * gln_store_list_notes_finish:
 * @self: a #GlnStore
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type GlnNote): the paper's notes, oldest first
 */
GPtrArray *
gln_store_list_notes_finish (GlnStore      *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  return _gln_store_finish (self, result, gln_store_list_notes_async, error);
}

static gpointer
save_note (GlnDatabase   *db,
           GlnStoreArgs  *args,
           GCancellable  *cancellable,
           GError       **error)
{
  static const char insert_sql[] =
    "INSERT INTO notes (paper_id, body, created, modified) VALUES (?1, ?2, ?3, ?3)";
  static const char update_sql[] = "UPDATE notes SET body = ?, modified = ? WHERE id = ?";
  g_autoptr(GlnNote) note = g_new0 (GlnNote, 1);
  g_autoptr(GError) local_error = NULL;

  note->body = g_strdup (args->text);
  note->modified = _gln_database_now ();

  if (args->other_id > 0)
    {
      if (!_gln_database_run_one (db, update_sql, _("The note no longer exists"), error, "tll",
                                  args->text, note->modified, args->other_id))
        return NULL;
      note->id = args->other_id;
      return g_steal_pointer (&note);
    }

  if (!_gln_database_run (db, insert_sql, &local_error, "ltl", args->id, args->text,
                          note->modified))
    {
      /* A missing paper breaks the note's foreign key; any other failure is told as it is. */
      if (sqlite3_extended_errcode (_gln_database_get_handle (db)) == SQLITE_CONSTRAINT_FOREIGNKEY)
        _gln_store_set_paper_not_found (args->id, error);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  note->id = sqlite3_last_insert_rowid (_gln_database_get_handle (db));
  note->created = note->modified;

  return g_steal_pointer (&note);
}

static const GlnStoreOp save_note_op = {
  save_note, (GDestroyNotify) gln_note_free, GLN_STORE_OP_NONE
};

/**
 * gln_store_save_note_async:
 * @self: a #GlnStore
 * @paper: the paper the note is on
 * @note_id: the note to change, or 0 for a new one
 * @body: the note's Markdown text
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when stored
 * @user_data: data for @callback
 */
void
gln_store_save_note_async (GlnStore            *self,
                           GlnPaper            *paper,
                           gint64               note_id,
                           const char          *body,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  GlnStoreArgs *args;

  g_return_if_fail (GLN_IS_PAPER (paper));
  g_return_if_fail (body != NULL);

  args = _gln_store_args_new ();
  args->id = gln_paper_get_id (paper);
  args->other_id = note_id;
  args->text = g_strdup (body);
  _gln_store_call (self, &save_note_op, args, gln_store_save_note_async, cancellable, callback,
                   user_data);
}

/**
 * gln_store_save_note_finish:
 * @self: a #GlnStore
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the note as stored, with its id
 */
GlnNote *
gln_store_save_note_finish (GlnStore      *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  return _gln_store_finish (self, result, gln_store_save_note_async, error);
}

static gpointer
delete_note (GlnDatabase   *db,
             GlnStoreArgs  *args,
             GCancellable  *cancellable,
             GError       **error)
{
  static const char sql[] = "DELETE FROM notes WHERE id = ?";

  if (!_gln_database_run_one (db, sql, _("The note no longer exists"), error, "l", args->id))
    return NULL;

  return GINT_TO_POINTER (TRUE);
}

static const GlnStoreOp delete_note_op = { delete_note, NULL, GLN_STORE_OP_NONE };

/* Finish with gln_store_edit_finish(). */
void
gln_store_delete_note_async (GlnStore            *self,
                             gint64               note_id,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  _gln_store_call_with_id (self, &delete_note_op, note_id, gln_store_delete_note_async,
                           cancellable, callback, user_data);
}

/* Reads papers whole, for one caller alone: what exports write. */
static GPtrArray *
read_all (GlnDatabase   *db,
          GArray        *ids,
          GCancellable  *cancellable,
          GError       **error)
{
  g_autoptr(GPtrArray) papers = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < ids->len; i++)
    {
      GlnPaper *paper;

      if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
          !(paper = _gln_store_read_paper (db, g_array_index (ids, gint64, i), error)))
        return NULL;
      g_ptr_array_add (papers, paper);
    }

  return g_steal_pointer (&papers);
}

static gpointer
collect (GlnDatabase   *db,
         GlnStoreArgs  *args,
         GCancellable  *cancellable,
         GError       **error)
{
  g_autoptr(GArray) ids = NULL;

  if (!(ids = _gln_store_query_ids (db, args->object, error)))
    return NULL;

  return read_all (db, ids, cancellable, error);
}

static const GlnStoreOp collect_op = {
  collect, (GDestroyNotify) g_ptr_array_unref, GLN_STORE_OP_NONE
};

/**
 * gln_store_collect_async:
 * @self: a #GlnStore
 * @query: which papers, in which order
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the papers
 * @user_data: data for @callback
 *
 * Reads every paper a query matches, whole, on the worker thread: what an export writes.
 */
void
gln_store_collect_async (GlnStore            *self,
                         const GlnQuery      *query,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_return_if_fail (query != NULL);

  _gln_store_call (self, &collect_op, _gln_store_args_new_query (query), gln_store_collect_async, cancellable, callback,
                   user_data);
}

/**
 * gln_store_collect_finish:
 * @self: a #GlnStore
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type GlnPaper): the papers, read for this caller alone
 *   (not the shared instances); for reading, not for editing
 */
GPtrArray *
gln_store_collect_finish (GlnStore      *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  return _gln_store_finish (self, result, gln_store_collect_async, error);
}

static gpointer
read_papers (GlnDatabase   *db,
             GlnStoreArgs  *args,
             GCancellable  *cancellable,
             GError       **error)
{
  return read_all (db, args->ids, cancellable, error);
}

static const GlnStoreOp read_papers_op = {
  read_papers, (GDestroyNotify) g_ptr_array_unref, GLN_STORE_OP_NONE
};

/**
 * gln_store_read_papers_async:
 * @self: a #GlnStore
 * @ids: (element-type gint64): paper ids
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the papers
 * @user_data: data for @callback
 *
 * Reads papers whole on the worker thread, for this caller alone (not the shared
 * instances): what an export of a collection writes.
 */
void
gln_store_read_papers_async (GlnStore            *self,
                             GArray              *ids,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  GlnStoreArgs *args;

  g_return_if_fail (ids != NULL);

  args = _gln_store_args_new ();
  args->ids = g_array_ref (ids);
  _gln_store_call (self, &read_papers_op, args, gln_store_read_papers_async, cancellable,
                   callback, user_data);
}

/**
 * gln_store_read_papers_finish:
 * @self: a #GlnStore
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type GlnPaper): the papers in the order of the ids, or
 *   %NULL with %GLN_DATABASE_ERROR_NOT_FOUND when one is gone
 */
GPtrArray *
gln_store_read_papers_finish (GlnStore      *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  return _gln_store_finish (self, result, gln_store_read_papers_async, error);
}

static gpointer
collect_notes (GlnDatabase   *db,
               GlnStoreArgs  *args,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < args->ids->len; i++)
    {
      g_autoptr(GPtrArray) notes = NULL;
      g_autoptr(GString) joined = g_string_new (NULL);

      if (!(notes = read_notes (db, g_array_index (args->ids, gint64, i), error)))
        return NULL;
      for (guint j = 0; j < notes->len; j++)
        {
          if (joined->len > 0)
            g_string_append (joined, "\n\n");
          g_string_append (joined, ((GlnNote *) g_ptr_array_index (notes, j))->body);
        }
      g_ptr_array_add (all, joined->len > 0 ? g_strdup (joined->str) : NULL);
    }

  return g_steal_pointer (&all);
}

static const GlnStoreOp collect_notes_op = {
  collect_notes, (GDestroyNotify) g_ptr_array_unref, GLN_STORE_OP_NONE
};

/**
 * gln_store_collect_notes_async:
 * @self: a #GlnStore
 * @papers: (element-type GlnPaper): papers of the library
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the notes
 * @user_data: data for @callback
 *
 * Reads each paper's notes as one text, oldest first, for the exports that carry them.
 */
void
gln_store_collect_notes_async (GlnStore            *self,
                               GPtrArray           *papers,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  GlnStoreArgs *args;

  g_return_if_fail (papers != NULL);

  args = _gln_store_args_new ();
  args->ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), papers->len);
  for (guint i = 0; i < papers->len; i++)
    {
      gint64 id = gln_paper_get_id (g_ptr_array_index (papers, i));

      g_array_append_val (args->ids, id);
    }
  _gln_store_call (self, &collect_notes_op, args, gln_store_collect_notes_async, cancellable,
                   callback, user_data);
}

/**
 * gln_store_collect_notes_finish:
 * @self: a #GlnStore
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type utf8): parallel to the papers: each one's notes,
 *   separated by a blank line, or %NULL where it has none
 */
GPtrArray *
gln_store_collect_notes_finish (GlnStore      *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  return _gln_store_finish (self, result, gln_store_collect_notes_async, error);
}
