/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-store"

#include "config.h"

#include "gln-store-citations-private.h"
#include "gln-store-private.h"

#include <json-glib/json-glib.h>

/* The papers "Find References and Citations" found for one paper that the library does not
 * have (issue 17, migration 12): kept aside, not in the library, under the key their links
 * use, until the user adds one. */

static char *
dup_authors_json (GlnPaper *paper)
{
  const char * const *authors = gln_paper_get_authors (paper);
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(JsonNode) root = NULL;

  if (authors == NULL || authors[0] == NULL)
    return NULL;

  builder = json_builder_new ();
  json_builder_begin_array (builder);
  for (guint i = 0; authors[i] != NULL; i++)
    json_builder_add_string_value (builder, authors[i]);
  json_builder_end_array (builder);
  root = json_builder_get_root (builder);

  return json_to_string (root, FALSE);
}

static char *
dup_s2_id (GlnPaper *paper)
{
  const char *extra = gln_paper_get_extra (paper);
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object;

  if (extra == NULL || !(root = json_from_string (extra, NULL)) || !JSON_NODE_HOLDS_OBJECT (root))
    return NULL;
  object = json_node_get_object (root);

  return g_strdup (json_object_get_string_member_with_default (object, "S2", NULL));
}

/**
 * _gln_store_dup_json_authors:
 * @json: (nullable): a JSON array of names, as a kept record holds them
 *
 * Returns: (transfer full): the names, none when @json holds none
 */
GStrv
_gln_store_dup_json_authors (const char *json)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  JsonArray *array;

  if (json == NULL || !(root = json_from_string (json, NULL)) || !JSON_NODE_HOLDS_ARRAY (root))
    return g_strv_builder_end (names);
  array = json_node_get_array (root);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
        g_strv_builder_add (names, json_node_get_string (node));
    }

  return g_strv_builder_end (names);
}

/* Keeps @found aside under its key; what a record kept before under the same key lacks,
 * this one fills in. */
gboolean
_gln_store_keep_citation_record (GlnDatabase  *db,
                                 GlnPaper     *found,
                                 GError      **error)
{
  static const char sql[] =
    "INSERT INTO citation_records (key, title, authors, year, venue, doi, arxiv_id, s2_id,"
    " abstract, published, extra) VALUES (?1, ?2, ?3, nullif (?4, 0), ?5, ?6, ?7, ?8, ?9, ?10,"
    " ?11) ON CONFLICT (key) DO UPDATE SET authors = coalesce (authors, excluded.authors),"
    " year = coalesce (year, excluded.year), venue = coalesce (venue, excluded.venue),"
    " doi = coalesce (doi, excluded.doi), arxiv_id = coalesce (arxiv_id, excluded.arxiv_id),"
    " s2_id = coalesce (s2_id, excluded.s2_id),"
    " abstract = coalesce (abstract, excluded.abstract),"
    " published = coalesce (published, excluded.published),"
    " extra = coalesce (extra, excluded.extra)";
  g_autofree char *authors = dup_authors_json (found);
  g_autofree char *s2_id = dup_s2_id (found);

  return _gln_database_run (db, sql, error, "ttti" "tttt" "ttt", gln_paper_get_key (found),
                            gln_paper_get_title (found), authors, gln_paper_get_year (found),
                            gln_paper_get_journal_ref (found), gln_paper_get_doi (found),
                            gln_paper_get_arxiv_id (found), s2_id,
                            gln_paper_get_abstract (found), gln_paper_get_published (found),
                            gln_paper_get_extra (found));
}

/* The record kept under @key as a paper to import, or %NULL (without @error) when none is. */
GlnPaper *
_gln_store_read_citation_record (GlnDatabase  *db,
                                 const char   *key,
                                 GError      **error)
{
  static const char sql[] =
    "SELECT title, authors, venue, doi, arxiv_id, abstract, coalesce (published, year), extra"
    " FROM citation_records WHERE key = ?";
  g_autoptr(GlnStmtScope) stmt = NULL;
  g_auto(GStrv) authors = NULL;
  g_autofree char *published = NULL;
  GlnPaper *paper;
  int rc;

  if (!(stmt = _gln_database_prepare (db, sql, error)))
    return NULL;
  _gln_stmt_bind (stmt, "t", key);
  if ((rc = sqlite3_step (stmt)) != SQLITE_ROW)
    {
      if (rc != SQLITE_DONE)
        _gln_database_set_error (db, rc, error);
      return NULL;
    }

  paper = gln_paper_new ();
  gln_paper_set_key (paper, key);
  gln_paper_set_source (paper, "semanticscholar");
  gln_paper_set_title (paper, (const char *) sqlite3_column_text (stmt, 0));
  authors = _gln_store_dup_json_authors ((const char *) sqlite3_column_text (stmt, 1));
  if (authors[0] != NULL)
    gln_paper_set_authors (paper, (const char * const *) authors, NULL);
  gln_paper_set_journal_ref (paper, (const char *) sqlite3_column_text (stmt, 2));
  gln_paper_set_doi (paper, (const char *) sqlite3_column_text (stmt, 3));
  gln_paper_set_arxiv_id (paper, (const char *) sqlite3_column_text (stmt, 4));
  gln_paper_set_abstract (paper, (const char *) sqlite3_column_text (stmt, 5));
  published = _gln_stmt_dup_text (stmt, 6);
  gln_paper_set_published (paper, published);
  gln_paper_set_extra (paper, (const char *) sqlite3_column_text (stmt, 7));

  return paper;
}
