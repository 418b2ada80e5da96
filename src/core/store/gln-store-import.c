/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Bringing parsed papers into the library: each becomes a new row or fills in the row of
 * the same paper (gln_paper_merge()), in one transaction. The papers handed in are only
 * read; what became of each comes back as a GlnImportResult. */

#define G_LOG_DOMAIN "gln-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "gln-store-import.h"

#include "gln-macros.h"
#include "gln-paper-edit.h"
#include "gln-paper-key.h"
#include "gln-paper-identity.h"
#include "gln-paper-merge.h"
#include "gln-store-private.h"

/* What identifies a paper in the library, worked out from an offered one without touching
 * it: its normalized identifiers, its key and its title (its identifier when it has none). */
typedef struct
{
  char       *key;
  char       *arxiv_id;
  char       *doi;
  const char *title;
  char       *owned_title;
  char       *title_key;
  char       *fingerprint;
  GlnPaper   *normalized;
} Identity;

static void
identity_clear (Identity *identity)
{
  g_clear_pointer (&identity->key, g_free);
  g_clear_pointer (&identity->arxiv_id, g_free);
  g_clear_pointer (&identity->doi, g_free);
  g_clear_pointer (&identity->owned_title, g_free);
  g_clear_pointer (&identity->title_key, g_free);
  g_clear_pointer (&identity->fingerprint, g_free);
  g_clear_object (&identity->normalized);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Identity, identity_clear)

/* The citation key a bibliography gave the record, if any. */
static char *
dup_citation_key (GlnPaper *paper)
{
  g_autoptr(JsonObject) extra = gln_paper_dup_extra_object (paper);

  if (extra == NULL)
    return NULL;
  return g_strdup (json_object_get_string_member_with_default (extra, "citation-key", NULL));
}

/* What a record without a title is shown as: its identifier, else its citation key. A
 * record the user gave is kept even then; only one with nothing in it is not. */
static gboolean
choose_title (GlnPaper *paper,
              Identity *identity)
{
  g_autofree char *title_key = gln_title_key (gln_paper_get_title (paper));
  g_autofree char *cite_key = NULL;

  if (title_key != NULL)
    identity->title = gln_paper_get_title (paper);
  else if (identity->arxiv_id != NULL || identity->doi != NULL)
    identity->title = identity->arxiv_id ? identity->arxiv_id : identity->doi;
  else if ((cite_key = dup_citation_key (paper)) != NULL)
    identity->title = identity->owned_title = g_strdup_printf (_("Untitled (%s)"), cite_key);
  else if (gln_paper_get_n_authors (paper) > 0 || gln_paper_get_journal_ref (paper) != NULL ||
           gln_paper_get_url (paper) != NULL || gln_paper_get_abstract (paper) != NULL)
    identity->title = identity->owned_title = g_strdup (_("Untitled"));
  else
    return FALSE;

  identity->title_key = gln_title_key (identity->title);
  return TRUE;
}

/* Returns FALSE for a record with nothing to show: no title, identifier, key or author. */
static gboolean
identify (GlnPaper *paper,
          Identity *identity)
{
  if (!gln_arxiv_id_parse (gln_paper_get_arxiv_id (paper), &identity->arxiv_id, NULL))
    identity->arxiv_id = NULL;
  identity->doi = gln_doi_normalize (gln_paper_get_doi (paper));
  if (!choose_title (paper, identity))
    return FALSE;
  identity->key = gln_paper_key_build (identity->arxiv_id, identity->doi, identity->title);

  /* The rules compare identifiers as the library writes them. The fingerprint is of the
   * record as given: a title made up here depends on the language of the day. */
  identity->normalized = gln_paper_copy (paper);
  gln_paper_set_key (identity->normalized, identity->key);
  gln_paper_set_arxiv_id (identity->normalized, identity->arxiv_id);
  gln_paper_set_doi (identity->normalized, identity->doi);
  identity->fingerprint = gln_paper_dup_fingerprint (identity->normalized);
  gln_paper_set_title (identity->normalized, identity->title);

  return TRUE;
}

static char *
join_strv (const char * const *strv,
           const char         *separator)
{
  if (strv == NULL || strv[0] == NULL)
    return NULL;

  return g_strjoinv (separator, (char **) strv);
}

/* Binds the metadata parameters 1–24 and 27 shared by the insert and the update: the
 * identity from @identity, the rest from @paper. */
static void
bind_metadata (sqlite3_stmt   *stmt,
               GlnPaper       *paper,
               const Identity *identity)
{
  g_autofree char *categories = join_strv (gln_paper_get_categories (paper),
                                           GLN_STORE_CATEGORY_SEPARATOR);
  g_autofree char *institutions = join_strv (gln_paper_get_institutions (paper),
                                             GLN_STORE_INSTITUTION_SEPARATOR);

  _gln_stmt_bind (stmt, "tttttitttittttbtttt",
                  identity->key,
                  identity->title_key,
                  identity->title,
                  gln_paper_get_abstract (paper),
                  gln_paper_get_published (paper),
                  (int) gln_paper_get_date_precision (paper),
                  gln_paper_get_date_text (paper),
                  gln_paper_get_updated (paper),
                  identity->arxiv_id,
                  gln_paper_get_arxiv_version (paper),
                  identity->doi,
                  gln_paper_get_url (paper),
                  gln_paper_get_pdf_url (paper),
                  gln_paper_get_code_url (paper),
                  gln_paper_get_has_code (paper) || gln_paper_get_code_url (paper) != NULL,
                  gln_paper_get_category (paper),
                  categories,
                  gln_paper_get_journal_ref (paper),
                  gln_paper_get_comment (paper));

  /* Parameters 20–24: unknown counts are NULL, not -1. */
  if (gln_paper_get_author_count (paper) >= 0)
    sqlite3_bind_int (stmt, 20, gln_paper_get_author_count (paper));
  sqlite3_bind_int (stmt, 21, gln_paper_get_authors_truncated (paper));
  if (institutions != NULL)
    sqlite3_bind_text (stmt, 22, institutions, -1, SQLITE_TRANSIENT);
  if (gln_paper_get_upvotes (paper) >= 0)
    sqlite3_bind_int (stmt, 23, gln_paper_get_upvotes (paper));
  if (gln_paper_get_source (paper) != NULL)
    sqlite3_bind_text (stmt, 24, gln_paper_get_source (paper), -1, SQLITE_TRANSIENT);
  if (gln_paper_get_extra (paper) != NULL)
    sqlite3_bind_text (stmt, 27, gln_paper_get_extra (paper), -1, SQLITE_TRANSIENT);
}

static gboolean
write_author (GlnDatabase  *db,
              gint64        paper_id,
              guint         position,
              const char   *name,
              const char   *affiliation,
              GError      **error)
{
  /* A lookup, then a plain insert: an upsert may write two rows, so SQLite would open a
   * statement journal for it, whose cost grows with the transaction (HACKING.md, Import). */
  static const char find_sql[] = "SELECT id FROM authors WHERE name = ?";
  static const char author_sql[] = "INSERT INTO authors (name) VALUES (?)";
  static const char link_sql[] =
    "INSERT INTO paper_authors (paper_id, position, author_id, affiliation) VALUES (?, ?, ?, ?)";
  gint64 author_id;

  if ((author_id = _gln_database_lookup_id (db, find_sql, name, error)) < 0)
    return FALSE;
  if (author_id == 0)
    {
      if (!_gln_database_run (db, author_sql, error, "t", name))
        return FALSE;
      author_id = sqlite3_last_insert_rowid (_gln_database_get_handle (db));
    }

  return _gln_database_run (db, link_sql, error, "lilt", paper_id, (int) position, author_id,
                            gln_str_empty0 (affiliation) ? NULL : affiliation);
}

/* Writes @paper's authors for @paper_id; @replace drops the ones stored before and brings
 * the search index up to date (a new paper is indexed at the end of the import). */
gboolean
_gln_store_write_authors (GlnDatabase  *db,
                          gint64        paper_id,
                          GlnPaper     *paper,
                          gboolean      replace,
                          GError      **error)
{
  static const char delete_sql[] = "DELETE FROM paper_authors WHERE paper_id = ?";
  static const char index_sql[] = "UPDATE papers_fts SET authors = ? WHERE rowid = ?";
  const char * const *names = gln_paper_get_authors (paper);
  const char * const *affiliations = gln_paper_get_affiliations (paper);
  g_autofree char *joined = NULL;

  if (replace && !_gln_database_run (db, delete_sql, error, "l", paper_id))
    return FALSE;

  for (guint i = 0; names[i] != NULL; i++)
    if (!write_author (db, paper_id, i, names[i], affiliations[i], error))
      return FALSE;

  if (!replace)
    return TRUE;

  joined = join_strv (names, " ; ");
  return _gln_database_run (db, index_sql, error, "tl", joined ? joined : "", paper_id);
}

static gint64
insert_paper (GlnDatabase     *db,
              GlnPaper        *paper,
              const Identity  *identity,
              GError         **error)
{
  static const char sql[] =
    "INSERT INTO papers (key, title_key, title, abstract, published, date_precision, date_text,"
    " updated, arxiv_id, arxiv_version, doi, url, pdf_url, code_url, has_code, category,"
    " categories, journal_ref, comment, author_count, authors_truncated, institutions, upvotes,"
    " source, added, extra) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
    " ?, ?, ?, ?, ?27)";
  g_autofree char *key = NULL;
  Identity unique = *identity;
  sqlite3_stmt *stmt;
  gint64 id;

  /* Two works of one title each get a key of their own. */
  if (!(key = _gln_store_dup_unique_key (db, identity->key, error)))
    return -1;
  unique.key = key;
  if (!(stmt = _gln_database_prepare (db, sql, error)))
    return -1;
  bind_metadata (stmt, paper, &unique);
  sqlite3_bind_int64 (stmt, 25, _gln_database_now ());
  if (!_gln_database_step_done (db, stmt, error))
    return -1;
  id = sqlite3_last_insert_rowid (_gln_database_get_handle (db));

  if (!_gln_store_write_authors (db, id, paper, FALSE, error))
    return -1;

  return id;
}

/* Authors are metadata too: a full list replaces none or an "et al." list. */
gboolean
_gln_store_wants_authors (GlnPaper *existing,
                          GlnPaper *incoming)
{
  guint have = gln_paper_get_n_authors (existing);
  guint offered = gln_paper_get_n_authors (incoming);

  return offered > 0 &&
         (have == 0 ||
          (gln_paper_get_authors_truncated (existing) &&
           !gln_paper_get_authors_truncated (incoming) && offered >= have));
}

/**
 * _gln_store_write_metadata:
 *
 * Writes @paper's metadata (not its authors, not what the user owns) over the stored
 * paper @id; @new_version flags a newer arXiv version.
 */
gboolean
_gln_store_write_metadata (GlnDatabase  *db,
                           gint64        id,
                           GlnPaper     *paper,
                           gboolean      new_version,
                           GError      **error)
{
  static const char sql[] =
    "UPDATE papers SET key = ?, title_key = ?, title = ?, abstract = ?, published = ?,"
    " date_precision = ?, date_text = ?, updated = ?, arxiv_id = ?, arxiv_version = ?, doi = ?,"
    " url = ?, pdf_url = ?, code_url = ?, has_code = ?, category = ?, categories = ?,"
    " journal_ref = ?, comment = ?, author_count = ?, authors_truncated = ?, institutions = ?,"
    " upvotes = ?, source = ?, new_version = (new_version OR ?), extra = ?27 WHERE id = ?26";
  g_auto(Identity) stored = { 0, };
  sqlite3_stmt *stmt;

  stored.key = g_strdup (gln_paper_get_key (paper));
  stored.arxiv_id = g_strdup (gln_paper_get_arxiv_id (paper));
  stored.doi = g_strdup (gln_paper_get_doi (paper));
  stored.title = gln_paper_get_title (paper);
  stored.title_key = gln_title_key (stored.title);
  if (!(stmt = _gln_database_prepare (db, sql, error)))
    return FALSE;
  bind_metadata (stmt, paper, &stored);
  sqlite3_bind_int (stmt, 25, new_version);
  sqlite3_bind_int64 (stmt, 26, id);

  return _gln_database_step_done (db, stmt, error);
}

/* Merges the offered record into the stored paper @id and says what that did. */
static gboolean
update_paper (GlnDatabase       *db,
              gint64             id,
              const Identity    *identity,
              GlnImportOutcome  *outcome,
              GError           **error)
{
  GlnPaper *incoming = identity->normalized;
  g_autoptr(GlnPaper) existing = NULL;
  g_autofree char *old_key = NULL;
  g_auto(GStrv) kept = NULL;
  gboolean new_version = FALSE;
  gboolean worked;
  gboolean changed;

  /* What the user edited stays as they wrote it. */
  if (!(existing = _gln_store_read_paper (db, id, error)) ||
      !_gln_store_paper_is_worked (db, id, &worked, error) ||
      !(kept = _gln_store_read_edits (db, id, error)))
    return FALSE;

  old_key = g_strdup (gln_paper_get_key (existing));
  changed = gln_paper_merge_full (existing, incoming, worked, (const char * const *) kept,
                                  &new_version);

  if (!g_strv_contains ((const char * const *) kept, GLN_PAPER_EDIT_AUTHORS) &&
      _gln_store_wants_authors (existing, incoming))
    {
      gln_paper_set_authors_truncated (existing, FALSE);
      if (!_gln_store_write_authors (db, id, incoming, TRUE, error))
        return FALSE;
      changed = TRUE;
    }

  *outcome = !changed ? GLN_IMPORT_OUTCOME_UNCHANGED
             : new_version ? GLN_IMPORT_OUTCOME_UPDATED : GLN_IMPORT_OUTCOME_MERGED;
  if (!changed)
    return TRUE;

  if (!_gln_store_write_metadata (db, id, existing, new_version, error))
    return FALSE;

  /* The key it was known by keeps resolving. */
  return g_strcmp0 (old_key, gln_paper_get_key (existing)) == 0 ||
         _gln_store_add_alias (db, old_key, id, error);
}

/* Says which entry was skipped: its number in the file and its citation key if it had one. */
static void
add_skipped (GlnImportResult *result,
             GlnPaper        *paper,
             guint            index)
{
  g_autofree char *cite_key = dup_citation_key (paper);

  if (cite_key != NULL)
    g_ptr_array_add (result->problems,
                     g_strdup_printf (_("Entry %u (%s) is empty: no title, identifier or "
                                        "author; it was skipped"), index + 1, cite_key));
  else
    g_ptr_array_add (result->problems,
                     g_strdup_printf (_("Entry %u is empty: no title, identifier or author; it "
                                        "was skipped"), index + 1));
  gln_import_result_add (result, 0, GLN_IMPORT_OUTCOME_SKIPPED);
}

/* Stores one offered paper; records what became of it in @result. @claimed holds the
 * papers earlier records of this import went into. */
static gboolean
import_one (GlnDatabase      *db,
            GlnPaper         *paper,
            guint             index,
            gint64            feed_id,
            GHashTable       *claimed,
            GlnImportResult  *result,
            GError          **error)
{
  static const char arrival_sql[] =
    "INSERT OR IGNORE INTO feed_papers (feed_id, paper_id, arrived) VALUES (?, ?, ?)";
  g_auto(Identity) identity = { 0, };
  g_autoptr(GArray) possible = g_array_new (FALSE, FALSE, sizeof (GlnPossibleDuplicate));
  GlnImportOutcome outcome = GLN_IMPORT_OUTCOME_ADDED;
  gint64 id;

  if (!identify (paper, &identity))
    {
      add_skipped (result, paper, index);
      return TRUE;
    }

  if (!_gln_store_find_same (db, identity.normalized, identity.title_key, identity.fingerprint,
                             claimed, possible, &id, error))
    return FALSE;
  if (id > 0 ? !update_paper (db, id, &identity, &outcome, error)
             : (id = insert_paper (db, paper, &identity, error)) < 0)
    return FALSE;

  for (guint i = 0; id > 0 && outcome == GLN_IMPORT_OUTCOME_ADDED && i < possible->len; i++)
    {
      GlnPossibleDuplicate *pair = &g_array_index (possible, GlnPossibleDuplicate, i);

      if (!_gln_store_add_duplicate (db, pair->id, id, pair->reason, error))
        return FALSE;
    }
  if (outcome == GLN_IMPORT_OUTCOME_ADDED && possible->len > 0)
    result->stats.duplicates++;

  g_hash_table_add (claimed, g_memdup2 (&id, sizeof id));
  gln_import_result_add (result, id, outcome);

  return _gln_store_add_record (db, paper, identity.fingerprint, id, error) &&
         (feed_id <= 0 ||
          _gln_database_run (db, arrival_sql, error, "lll", feed_id, id, _gln_database_now ()));
}

/* Indexes the papers an import added, all in one statement once everything else is
 * written. Every statement that opens a statement journal makes FTS5 flush what it holds
 * in memory; interleaving the index rows with the papers and their authors would write
 * each paper as its own index segment, several times slower. */
static gboolean
index_new_papers (GlnDatabase      *db,
                  GlnImportResult  *result,
                  GError          **error)
{
  static const char sql[] =
    "INSERT INTO papers_fts (rowid, title, abstract, authors, notes, tags)"
    " SELECT p.id, p.title, p.abstract, coalesce ((SELECT group_concat (a.name, ' ; ')"
    " FROM paper_authors pa JOIN authors a ON a.id = pa.author_id WHERE pa.paper_id = p.id), ''),"
    " '', '' FROM papers p WHERE p.id IN (SELECT value FROM json_each (?))";
  g_autoptr(GString) list = NULL;

  if (result->stats.added == 0)
    return TRUE;

  list = g_string_new ("[");
  for (guint i = 0; i < result->ids->len; i++)
    if (gln_import_result_get_outcome (result, i) == GLN_IMPORT_OUTCOME_ADDED)
      g_string_append_printf (list, "%s%" G_GINT64_FORMAT, list->len > 1 ? "," : "",
                              gln_import_result_get_id (result, i));
  g_string_append_c (list, ']');

  return _gln_database_run (db, sql, error, "t", list->str);
}

/* Links a citation search kept by key (a reference known by its title, a paper not in the
 * library then) gain the papers that just came in or gained an identifier. */
static gboolean
link_citations (GlnDatabase      *db,
                GlnImportResult  *result,
                GError          **error)
{
  int waiting;

  if (result->stats.added == 0 && result->stats.merged == 0 && result->stats.updated == 0)
    return TRUE;
  if ((waiting = _gln_store_has_key_links (db, error)) <= 0)
    return waiting == 0;

  for (guint i = 0; i < result->ids->len; i++)
    {
      GlnImportOutcome outcome = gln_import_result_get_outcome (result, i);

      if ((outcome == GLN_IMPORT_OUTCOME_ADDED || outcome == GLN_IMPORT_OUTCOME_MERGED ||
           outcome == GLN_IMPORT_OUTCOME_UPDATED) &&
          !_gln_store_link_citations (db, gln_import_result_get_id (result, i), error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
has_user_data (GlnPaper *paper)
{
  return gln_paper_get_rating (paper) > 0 || gln_paper_get_starred (paper) ||
         gln_paper_get_read (paper) || gln_paper_get_tags (paper)[0] != NULL;
}

/* A reference manager's export carries what its user owns (JabRef's ranking and read
 * status, keywords, groups): it is applied where the library has none of its own. */
static gboolean
import_user_data (GlnDatabase  *db,
                  gint64        id,
                  GlnPaper     *incoming,
                  GError      **error)
{
  g_autoptr(GlnPaper) have = NULL;
  const char * const *tags = gln_paper_get_tags (incoming);

  if (!(have = _gln_store_read_paper (db, id, error)))
    return FALSE;

  if (gln_paper_get_rating (have) == 0 && gln_paper_get_rating (incoming) > 0 &&
      !_gln_store_write_rating (db, id, gln_paper_get_rating (incoming), error))
    return FALSE;
  if (!gln_paper_get_starred (have) && gln_paper_get_starred (incoming) &&
      !_gln_store_write_starred (db, id, TRUE, error))
    return FALSE;
  if (!gln_paper_get_read (have) && gln_paper_get_read (incoming) &&
      !_gln_store_write_read (db, id, TRUE, error))
    return FALSE;
  if (gln_paper_get_tags (have)[0] == NULL)
    {
      for (guint i = 0; tags[i] != NULL; i++)
        if (!_gln_store_write_tag (db, id, tags[i], error))
          return FALSE;
    }

  return TRUE;
}

static gboolean
import_all (GlnDatabase      *db,
            GPtrArray        *papers,
            gint64            feed_id,
            GlnImportResult  *result,
            GCancellable     *cancellable,
            GError          **error)
{
  g_autoptr(GHashTable) claimed = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                        NULL);

  for (guint i = 0; i < papers->len; i++)
    if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
        !import_one (db, g_ptr_array_index (papers, i), i, feed_id, claimed, result, error))
      return FALSE;

  if (!index_new_papers (db, result, error) || !link_citations (db, result, error))
    return FALSE;

  for (guint i = 0; i < papers->len; i++)
    {
      GlnPaper *paper = g_ptr_array_index (papers, i);
      gint64 id = gln_import_result_get_id (result, i);

      if (id > 0 && has_user_data (paper) && !import_user_data (db, id, paper, error))
        return FALSE;
    }

  return TRUE;
}

/* For other store files: imports @papers inside their job's transaction, the way
 * gln_store_import_async() does. */
gboolean
_gln_store_import_papers (GlnDatabase      *db,
                          GPtrArray        *papers,
                          GlnImportResult  *result,
                          GCancellable     *cancellable,
                          GError          **error)
{
  return import_all (db, papers, 0, result, cancellable, error);
}

static gpointer
import_papers (GlnDatabase   *db,
               GlnStoreArgs  *args,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autoptr(GlnImportResult) result = gln_import_result_new ();

  if (!import_all (db, args->object, args->id, result, cancellable, error))
    {
      g_prefix_error (error, _("Nothing was imported: "));
      return NULL;
    }

  /* Papers the library knew may be shown: those the import changed are re-read. An
   * unchanged one may still have taken the user data it carried. */
  for (guint i = 0; i < result->ids->len; i++)
    {
      GlnImportOutcome outcome = gln_import_result_get_outcome (result, i);

      if (outcome == GLN_IMPORT_OUTCOME_MERGED || outcome == GLN_IMPORT_OUTCOME_UPDATED ||
          (outcome == GLN_IMPORT_OUTCOME_UNCHANGED &&
           has_user_data (g_ptr_array_index ((GPtrArray *) args->object, i))))
        _gln_store_args_touch (args, gln_import_result_get_id (result, i));
    }

  return g_steal_pointer (&result);
}

static const GlnStoreOp import_op = {
  import_papers, (GDestroyNotify) gln_import_result_free, GLN_STORE_OP_CHANGES
};

/**
 * gln_store_import_async:
 * @self: a #GlnStore
 * @papers: (element-type GlnPaper): parsed papers; the store only reads them, and takes a
 *   reference until it is done
 * @feed_id: the feed that brought them, or 0
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the import is committed or rolled back
 * @user_data: data for @callback
 *
 * Adds new papers and merges known ones, all in one transaction: on failure the library is
 * exactly as it was. Rating, star, read state and tags the papers carry are applied where
 * the library has none. Prefer the services' #GlnImporter, which also parses.
 */
void
gln_store_import_async (GlnStore            *self,
                        GPtrArray           *papers,
                        gint64               feed_id,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  GlnStoreArgs *args;

  g_return_if_fail (papers != NULL);

  args = _gln_store_args_new ();
  args->object = g_ptr_array_ref (papers);
  args->object_free = (GDestroyNotify) g_ptr_array_unref;
  args->id = feed_id;
  _gln_store_call (self, &import_op, args, gln_store_import_async, cancellable, callback,
                   user_data);
}

/**
 * gln_store_import_finish:
 * @self: a #GlnStore
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full): what became of each paper, or %NULL with @error set when
 *   nothing was imported
 */
GlnImportResult *
gln_store_import_finish (GlnStore      *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  return _gln_store_finish (self, result, gln_store_import_async, error);
}
