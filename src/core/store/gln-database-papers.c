/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-database"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "gln-database-private.h"
#include "gln-macros.h"
#include "gln-paper-key.h"

/* Lists are stored as text: categories have no spaces, institution names may. */
#define CATEGORY_SEPARATOR    " "
#define INSTITUTION_SEPARATOR "\n"

static char *
join_strv (const char * const *strv,
           const char         *separator)
{
  if (strv == NULL || strv[0] == NULL)
    return NULL;

  return g_strjoinv (separator, (char **) strv);
}

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

static GStrv
collect_strings (GlnDatabase   *self,
                 GlnStatement   which,
                 gint64         paper_id,
                 GError       **error)
{
  g_autoptr(GlnStmtScope) stmt = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  int rc;

  if (!(stmt = _gln_database_get_statement (self, which, error)))
    return NULL;

  _gln_stmt_bind (stmt, "l", paper_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
  if (rc != SQLITE_DONE)
    {
      _gln_database_set_error (self, rc, error);
      return NULL;
    }

  return g_strv_builder_end (builder);
}

static gboolean
load_authors (GlnDatabase  *self,
              GlnPaper     *paper,
              GError      **error)
{
  g_autoptr(GlnStmtScope) stmt = NULL;
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) affiliations = g_strv_builder_new ();
  g_auto(GStrv) names_v = NULL;
  g_auto(GStrv) affiliations_v = NULL;
  int rc;

  if (!(stmt = _gln_database_get_statement (self, STMT_PAPER_AUTHORS, error)))
    return FALSE;

  _gln_stmt_bind (stmt, "l", gln_paper_get_id (paper));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *affiliation = (const char *) sqlite3_column_text (stmt, 1);

      g_strv_builder_add (names, (const char *) sqlite3_column_text (stmt, 0));
      g_strv_builder_add (affiliations, affiliation ? affiliation : "");
    }
  if (rc != SQLITE_DONE)
    return _gln_database_set_error (self, rc, error);

  names_v = g_strv_builder_end (names);
  affiliations_v = g_strv_builder_end (affiliations);
  gln_paper_set_authors (paper, (const char * const *) names_v,
                         (const char * const *) affiliations_v);

  return TRUE;
}

/* Builds a paper from a row of PAPER_COLUMNS, with its authors, tags and collections. */
GlnPaper *
_gln_database_read_paper (GlnDatabase   *self,
                          sqlite3_stmt  *stmt,
                          GError       **error)
{
  g_autoptr(GlnPaper) paper = gln_paper_new ();
  g_auto(GStrv) categories = split_column (stmt, 16, CATEGORY_SEPARATOR);
  g_auto(GStrv) institutions = split_column (stmt, 21, INSTITUTION_SEPARATOR);
  g_auto(GStrv) tags = NULL;
  g_auto(GStrv) collections = NULL;

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

  if (!load_authors (self, paper, error))
    return NULL;
  if (!(tags = collect_strings (self, STMT_PAPER_TAGS, gln_paper_get_id (paper), error)))
    return NULL;
  if (!(collections = collect_strings (self, STMT_PAPER_COLLECTIONS, gln_paper_get_id (paper),
                                       error)))
    return NULL;
  gln_paper_set_tags (paper, (const char * const *) tags);
  gln_paper_set_collections (paper, (const char * const *) collections);

  return g_steal_pointer (&paper);
}

/**
 * gln_database_get_paper:
 * @self: a #GlnDatabase
 * @id: a paper id
 * @error: return location for a #GError
 *
 * Returns: (transfer full): a new #GlnPaper read from the library, or %NULL with
 *   %GLN_DATABASE_ERROR_NOT_FOUND when there is no such paper
 */
GlnPaper *
gln_database_get_paper (GlnDatabase  *self,
                        gint64        id,
                        GError      **error)
{
  g_autoptr(GlnStmtScope) stmt = NULL;
  int rc;

  g_return_val_if_fail (GLN_IS_DATABASE (self), NULL);

  if (!(stmt = _gln_database_get_statement (self, STMT_PAPER_BY_ID, error)))
    return NULL;

  _gln_stmt_bind (stmt, "l", id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_NOT_FOUND,
                   _("No paper with id %" G_GINT64_FORMAT " in the library"), id);
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      _gln_database_set_error (self, rc, error);
      return NULL;
    }

  return _gln_database_read_paper (self, stmt, error);
}

/* The id of the paper an incoming one is the same as, 0 if none, -1 on error. */
static gint64
find_existing (GlnDatabase  *self,
               const char   *key,
               const char   *arxiv_id,
               const char   *doi,
               const char   *title_key,
               GError      **error)
{
  g_autoptr(GlnStmtScope) stmt = NULL;
  gint64 id;
  int rc;

  if ((id = _gln_database_lookup_id (self, STMT_PAPER_ID_BY_KEY, key, error)) != 0)
    return id;
  if (arxiv_id != NULL &&
      (id = _gln_database_lookup_id (self, STMT_PAPER_ID_BY_ARXIV, arxiv_id, error)) != 0)
    return id;
  if (doi != NULL && (id = _gln_database_lookup_id (self, STMT_PAPER_ID_BY_DOI, doi, error)) != 0)
    return id;
  if (title_key == NULL)
    return 0;

  /* The same title is the same paper unless the two carry different identifiers. */
  if (!(stmt = _gln_database_get_statement (self, STMT_PAPER_ID_BY_TITLE_KEY, error)))
    return -1;
  _gln_stmt_bind (stmt, "ttt", title_key, arxiv_id, doi);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  if (rc == SQLITE_DONE)
    return 0;

  _gln_database_set_error (self, rc, error);
  return -1;
}

static void
bind_metadata (sqlite3_stmt *stmt,
               GlnPaper     *paper,
               const char   *title_key)
{
  g_autofree char *categories = join_strv (gln_paper_get_categories (paper), CATEGORY_SEPARATOR);
  g_autofree char *institutions = join_strv (gln_paper_get_institutions (paper),
                                             INSTITUTION_SEPARATOR);

  _gln_stmt_bind (stmt, "tttttitttittttbtttt",
                  gln_paper_get_key (paper),
                  title_key,
                  gln_paper_get_title (paper),
                  gln_paper_get_abstract (paper),
                  gln_paper_get_published (paper),
                  (int) gln_paper_get_date_precision (paper),
                  gln_paper_get_date_text (paper),
                  gln_paper_get_updated (paper),
                  gln_paper_get_arxiv_id (paper),
                  gln_paper_get_arxiv_version (paper),
                  gln_paper_get_doi (paper),
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
  /* Parameter 27 in both the insert and the update. */
  if (gln_paper_get_extra (paper) != NULL)
    sqlite3_bind_text (stmt, 27, gln_paper_get_extra (paper), -1, SQLITE_TRANSIENT);
}

static gboolean
write_authors (GlnDatabase  *self,
               gint64        paper_id,
               GlnPaper     *paper,
               gboolean      replace,
               GError      **error)
{
  const char * const *names = gln_paper_get_authors (paper);
  const char * const *affiliations = gln_paper_get_affiliations (paper);
  g_autofree char *joined = NULL;
  sqlite3_stmt *stmt;
  int rc;

  if (replace)
    {
      if (!(stmt = _gln_database_get_statement (self, STMT_DELETE_PAPER_AUTHORS, error)))
        return FALSE;
      _gln_stmt_bind (stmt, "l", paper_id);
      if (!_gln_database_step_done (self, stmt, error))
        return FALSE;
    }

  for (guint i = 0; names[i] != NULL; i++)
    {
      gint64 author_id;

      if (!(stmt = _gln_database_get_statement (self, STMT_INSERT_AUTHOR, error)))
        return FALSE;
      _gln_stmt_bind (stmt, "t", names[i]);
      rc = sqlite3_step (stmt);
      author_id = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
      _gln_stmt_reset (stmt);
      if (author_id <= 0)
        return _gln_database_set_error (self, rc == SQLITE_ROW ? SQLITE_ERROR : rc, error);

      if (!(stmt = _gln_database_get_statement (self, STMT_INSERT_PAPER_AUTHOR, error)))
        return FALSE;
      _gln_stmt_bind (stmt, "lilt", paper_id, (int) i, author_id,
                      gln_str_empty0 (affiliations[i]) ? NULL : affiliations[i]);
      if (!_gln_database_step_done (self, stmt, error))
        return FALSE;
    }

  joined = join_strv (names, " ; ");
  if (replace)
    {
      if (!(stmt = _gln_database_get_statement (self, STMT_UPDATE_FTS_AUTHORS, error)))
        return FALSE;
      _gln_stmt_bind (stmt, "tl", joined ? joined : "", paper_id);
      return _gln_database_step_done (self, stmt, error);
    }

  return TRUE;
}

static gint64
insert_paper (GlnDatabase  *self,
              GlnPaper     *paper,
              const char   *title_key,
              GError      **error)
{
  sqlite3_stmt *stmt;
  gint64 id;

  if (!(stmt = _gln_database_get_statement (self, STMT_INSERT_PAPER, error)))
    return -1;
  bind_metadata (stmt, paper, title_key);
  sqlite3_bind_int64 (stmt, 25, _gln_database_now ());
  if (!_gln_database_step_done (self, stmt, error))
    return -1;
  id = sqlite3_last_insert_rowid (_gln_database_get_handle (self));

  if (!write_authors (self, id, paper, FALSE, error))
    return -1;

  return id;
}

/* Indexes the papers an import added, all in one statement once everything else is
 * written. Every statement that opens a statement journal makes FTS5 flush what it holds
 * in memory; interleaving the index rows with the papers and their authors would write
 * each paper as its own index segment, several times slower. */
static gboolean
index_new_papers (GlnDatabase  *self,
                  GArray       *ids,
                  GError      **error)
{
  g_autoptr(GString) list = g_string_new ("[");
  sqlite3_stmt *stmt;

  if (ids->len == 0)
    return TRUE;

  for (guint i = 0; i < ids->len; i++)
    g_string_append_printf (list, "%s%" G_GINT64_FORMAT, i ? "," : "",
                            g_array_index (ids, gint64, i));
  g_string_append_c (list, ']');

  if (!(stmt = _gln_database_get_statement (self, STMT_INSERT_FTS, error)))
    return FALSE;
  _gln_stmt_bind (stmt, "t", list->str);

  return _gln_database_step_done (self, stmt, error);
}

static JsonObject *
parse_extra (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonNode *root;

  if (text == NULL || !json_parser_load_from_data (parser, text, -1, NULL))
    return NULL;
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return NULL;

  return json_object_ref (json_node_get_object (root));
}

/* The bibliographic extras merge key by key: a journal's volume fills in beside an arXiv
 * record's entry type, and a key already known is kept. */
static gboolean
merge_extra (GlnPaper *existing,
             GlnPaper *incoming)
{
  g_autoptr(JsonObject) have = NULL;
  g_autoptr(JsonObject) offered = parse_extra (gln_paper_get_extra (incoming));
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GList) members = NULL;
  gboolean changed = FALSE;

  if (offered == NULL)
    return FALSE;
  if ((have = parse_extra (gln_paper_get_extra (existing))) == NULL)
    {
      gln_paper_set_extra (existing, gln_paper_get_extra (incoming));
      return TRUE;
    }

  members = json_object_get_members (offered);
  for (const GList *l = members; l != NULL; l = l->next)
    {
      if (json_object_has_member (have, l->data))
        continue;
      json_object_set_member (have, l->data, json_object_dup_member (offered, l->data));
      changed = TRUE;
    }
  if (!changed)
    return FALSE;

  root = json_node_init_object (json_node_alloc (), have);
  text = json_to_string (root, FALSE);
  gln_paper_set_extra (existing, text);

  return TRUE;
}

/* Fills what @existing lacks from @incoming. Never touches what the user wrote: rating,
 * star, read state, tags, notes, collections and board cells are not metadata. */
static gboolean
merge_metadata (GlnPaper *existing,
                GlnPaper *incoming,
                gboolean *new_version)
{
  static const char * const fill_strings[] = {
    "title", "abstract", "published", "date-text", "updated", "arxiv-id", "doi", "url",
    "pdf-url", "code-url", "category", "journal-ref", "comment", "source",
  };
  gboolean changed = FALSE;
  int old_version = gln_paper_get_arxiv_version (existing);
  int version = gln_paper_get_arxiv_version (incoming);

  *new_version = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (fill_strings); i++)
    {
      g_autofree char *have = NULL;
      g_autofree char *offered = NULL;

      g_object_get (existing, fill_strings[i], &have, NULL);
      g_object_get (incoming, fill_strings[i], &offered, NULL);
      if (have == NULL && offered != NULL)
        {
          g_object_set (existing, fill_strings[i], offered, NULL);
          changed = TRUE;
        }
    }

  /* A title-only key is upgraded once an identifier is known. */
  if (g_str_has_prefix (gln_paper_get_key (existing), "title:") &&
      !g_str_has_prefix (gln_paper_get_key (incoming), "title:"))
    {
      gln_paper_set_key (existing, gln_paper_get_key (incoming));
      changed = TRUE;
    }

  if (gln_paper_get_date_precision (existing) < gln_paper_get_date_precision (incoming) &&
      gln_paper_get_published (incoming) != NULL)
    {
      gln_paper_set_published (existing, gln_paper_get_published (incoming));
      gln_paper_set_date_precision (existing, gln_paper_get_date_precision (incoming));
      changed = TRUE;
    }

  if (gln_paper_get_categories (existing)[0] == NULL && gln_paper_get_categories (incoming)[0])
    {
      gln_paper_set_categories (existing, gln_paper_get_categories (incoming));
      changed = TRUE;
    }
  if (gln_paper_get_institutions (existing)[0] == NULL &&
      gln_paper_get_institutions (incoming)[0] != NULL)
    {
      gln_paper_set_institutions (existing, gln_paper_get_institutions (incoming));
      changed = TRUE;
    }
  if (gln_paper_get_author_count (existing) < 0 && gln_paper_get_author_count (incoming) >= 0)
    {
      gln_paper_set_author_count (existing, gln_paper_get_author_count (incoming));
      changed = TRUE;
    }
  if (!gln_paper_get_has_code (existing) && gln_paper_get_has_code (incoming))
    {
      gln_paper_set_has_code (existing, TRUE);
      changed = TRUE;
    }
  if (merge_extra (existing, incoming))
    changed = TRUE;
  /* Upvotes are a count that moves: the latest figure wins. */
  if (gln_paper_get_upvotes (incoming) >= 0 &&
      gln_paper_get_upvotes (incoming) != gln_paper_get_upvotes (existing))
    {
      gln_paper_set_upvotes (existing, gln_paper_get_upvotes (incoming));
      changed = TRUE;
    }

  if (version > old_version)
    {
      gln_paper_set_arxiv_version (existing, version);
      if (gln_paper_get_updated (incoming) != NULL)
        gln_paper_set_updated (existing, gln_paper_get_updated (incoming));
      if (gln_paper_get_pdf_url (incoming) != NULL)
        gln_paper_set_pdf_url (existing, gln_paper_get_pdf_url (incoming));
      /* A first version number for a paper we only knew unversioned is not news. */
      *new_version = old_version > 0;
      changed = TRUE;
    }

  return changed;
}

static gboolean
update_paper (GlnDatabase  *self,
              gint64        id,
              GlnPaper     *incoming,
              GlnImportStats *stats,
              GError      **error)
{
  g_autoptr(GlnPaper) existing = NULL;
  g_autofree char *title_key = NULL;
  gboolean replace_authors;
  gboolean new_version = FALSE;
  gboolean changed;
  sqlite3_stmt *stmt;

  if (!(existing = gln_database_get_paper (self, id, error)))
    return FALSE;

  changed = merge_metadata (existing, incoming, &new_version);

  /* Authors are metadata too: a full list replaces none or an "et al." list. */
  replace_authors =
    gln_paper_get_n_authors (incoming) > 0 &&
    (gln_paper_get_n_authors (existing) == 0 ||
     (gln_paper_get_authors_truncated (existing) && !gln_paper_get_authors_truncated (incoming) &&
      gln_paper_get_n_authors (incoming) >= gln_paper_get_n_authors (existing)));
  if (replace_authors)
    {
      gln_paper_set_authors_truncated (existing, FALSE);
      if (!write_authors (self, id, incoming, TRUE, error))
        return FALSE;
      changed = TRUE;
    }

  if (!changed)
    {
      stats->unchanged++;
      return TRUE;
    }

  title_key = gln_title_key (gln_paper_get_title (existing));
  if (!(stmt = _gln_database_get_statement (self, STMT_UPDATE_PAPER_METADATA, error)))
    return FALSE;
  bind_metadata (stmt, existing, title_key);
  sqlite3_bind_int (stmt, 25, new_version);
  sqlite3_bind_int64 (stmt, 26, id);
  if (!_gln_database_step_done (self, stmt, error))
    return FALSE;

  if (new_version)
    stats->updated++;
  else
    stats->merged++;

  return TRUE;
}

static gboolean
import_one (GlnDatabase    *self,
            GlnPaper       *paper,
            gint64          feed_id,
            GlnImportStats *stats,
            GArray         *added,
            GError        **error)
{
  g_autofree char *arxiv_id = NULL;
  g_autofree char *doi = NULL;
  g_autofree char *title_key = NULL;
  g_autofree char *key = NULL;
  gint64 id;

  if (gln_arxiv_id_parse (gln_paper_get_arxiv_id (paper), &arxiv_id, NULL))
    gln_paper_set_arxiv_id (paper, arxiv_id);
  else
    gln_paper_set_arxiv_id (paper, NULL);
  doi = gln_doi_normalize (gln_paper_get_doi (paper));
  gln_paper_set_doi (paper, doi);

  key = gln_paper_key_build (arxiv_id, doi, gln_paper_get_title (paper));
  if (key == NULL)
    {
      stats->skipped++;
      return TRUE;
    }
  gln_paper_set_key (paper, key);

  /* A paper needs a title to be shown; an identifier alone is not enough. */
  if (gln_str_empty0 (gln_paper_get_title (paper)))
    gln_paper_set_title (paper, arxiv_id ? arxiv_id : doi);

  title_key = gln_title_key (gln_paper_get_title (paper));

  if ((id = find_existing (self, key, arxiv_id, doi, title_key, error)) < 0)
    return FALSE;

  if (id > 0)
    {
      if (!update_paper (self, id, paper, stats, error))
        return FALSE;
    }
  else
    {
      if ((id = insert_paper (self, paper, title_key, error)) < 0)
        return FALSE;
      g_array_append_val (added, id);
      stats->added++;
    }

  gln_paper_set_id (paper, id);

  if (feed_id > 0)
    {
      sqlite3_stmt *stmt = _gln_database_get_statement (self, STMT_INSERT_FEED_PAPER, error);

      if (stmt == NULL)
        return FALSE;
      _gln_stmt_bind (stmt, "lll", feed_id, id, _gln_database_now ());
      if (!_gln_database_step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * gln_database_import:
 * @self: a #GlnDatabase
 * @papers: (element-type GlnPaper): parsed papers; each gets its library id set
 * @feed_id: the feed that brought them, or 0
 * @stats: (out caller-allocates) (optional): what the import did
 * @error: return location for a #GError
 *
 * Adds new papers and merges known ones, all in one transaction: on failure the library is
 * exactly as it was.
 *
 * Returns: %TRUE on success
 */
gboolean
gln_database_import (GlnDatabase     *self,
                     GPtrArray       *papers,
                     gint64           feed_id,
                     GlnImportStats  *stats,
                     GError         **error)
{
  g_autoptr(GArray) added = g_array_new (FALSE, FALSE, sizeof (gint64));
  GlnImportStats local = { 0, };
  gboolean ok = TRUE;

  g_return_val_if_fail (GLN_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (papers != NULL, FALSE);

  if (!_gln_database_savepoint (self, error))
    return FALSE;

  local.found = papers->len;
  for (guint i = 0; ok && i < papers->len; i++)
    ok = import_one (self, g_ptr_array_index (papers, i), feed_id, &local, added, error);
  ok = ok && index_new_papers (self, added, error);

  if (!_gln_database_release (self, ok, ok ? error : NULL) && ok)
    ok = FALSE;

  if (!ok)
    {
      g_prefix_error (error, _("Nothing was imported: "));
      return FALSE;
    }

  if (stats != NULL)
    *stats = local;

  return TRUE;
}

/**
 * gln_database_find_paper:
 * @self: a #GlnDatabase
 * @key_or_id: a library key (`arxiv:2410.17243`), an arXiv id or URL, a DOI, or a numeric id
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the paper, or %NULL with %GLN_DATABASE_ERROR_NOT_FOUND
 */
GlnPaper *
gln_database_find_paper (GlnDatabase  *self,
                         const char   *key_or_id,
                         GError      **error)
{
  g_autofree char *arxiv_id = NULL;
  g_autofree char *doi = NULL;
  gint64 id = 0;

  g_return_val_if_fail (GLN_IS_DATABASE (self), NULL);
  g_return_val_if_fail (key_or_id != NULL, NULL);

  if ((id = _gln_database_lookup_id (self, STMT_PAPER_ID_BY_KEY, key_or_id, error)) < 0)
    return NULL;

  if (id == 0 && gln_arxiv_id_parse (g_str_has_prefix (key_or_id, "arxiv:") ? key_or_id + 6
                                                                           : key_or_id,
                                     &arxiv_id, NULL))
    {
      g_autofree char *key = g_strconcat ("arxiv:", arxiv_id, NULL);

      if ((id = _gln_database_lookup_id (self, STMT_PAPER_ID_BY_KEY, key, error)) < 0)
        return NULL;
    }

  if (id == 0 && (doi = gln_doi_normalize (g_str_has_prefix (key_or_id, "doi:") ? key_or_id + 4
                                                                               : key_or_id)))
    {
      if ((id = _gln_database_lookup_id (self, STMT_PAPER_ID_BY_DOI, doi, error)) < 0)
        return NULL;
    }

  if (id == 0)
    {
      char *end = NULL;
      gint64 number = g_ascii_strtoll (key_or_id, &end, 10);

      if (end != key_or_id && *end == '\0' && number > 0)
        id = number;
    }

  if (id == 0)
    {
      g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_NOT_FOUND,
                   _("No paper “%s” in the library"), key_or_id);
      return NULL;
    }

  return gln_database_get_paper (self, id, error);
}
