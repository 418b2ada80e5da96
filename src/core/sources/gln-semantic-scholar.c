/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-semantic-scholar"

#include "config.h"

#include "gln-semantic-scholar.h"

#include "gln-feed-pager.h"
#include "gln-paper-key.h"
#include "gln-paper-limits.h"
#include "gln-source-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/* The Semantic Scholar Graph API (SOURCES.md B.5): `/graph/v1/paper/{id}/references` and
 * `/citations` answer `{"offset", "next", "data": [{"citedPaper"|"citingPaper": {…}}]}`,
 * `next` missing on the last page; a paper record (`/paper/{id}`) may carry both lists
 * whole, without the wrappers. A record whose `paperId` is null is a reference the service
 * could not match to a paper: only its title is known. */

#define SERVICE          "Semantic Scholar"
#define ARXIV_DOI_PREFIX "10.48550/arxiv."

static void
set_authors (GlnPaper  *paper,
             JsonArray *authors)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; authors != NULL && i < json_array_get_length (authors); i++)
    {
      JsonNode *node = json_array_get_element (authors, i);
      char *name;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      name = _gln_source_normalize_space (_gln_source_json_string (json_node_get_object (node),
                                                                   "name"));
      if (name != NULL)
        g_ptr_array_add (names, name);
    }
  g_ptr_array_add (names, NULL);

  gln_paper_set_author_count (paper, (int) names->len - 1);
  gln_paper_set_authors (paper, (const char * const *) names->pdata, NULL);
}

/* The service's own ids, kept so that a later search can ask by them. */
static void
set_other_ids (GlnPaper   *paper,
               JsonObject *record,
               JsonObject *ids,
               const char *s2)
{
  gint64 corpus = 0;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  if (!_gln_source_json_int (ids, "CorpusId", &corpus))
    _gln_source_json_int (record, "corpusId", &corpus);
  if (s2 == NULL && corpus <= 0)
    return;

  json_builder_begin_object (builder);
  if (s2 != NULL)
    {
      json_builder_set_member_name (builder, "S2");
      json_builder_add_string_value (builder, s2);
    }
  if (corpus > 0)
    {
      json_builder_set_member_name (builder, "CorpusId");
      json_builder_add_int_value (builder, corpus);
    }
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  text = json_to_string (root, FALSE);
  gln_paper_set_extra (paper, text);
}

/* @s2 is the record's `paperId`, read once by the caller. */
static GlnPaper *
read_record (JsonObject *record,
             const char *s2)
{
  JsonObject *ids = _gln_source_json_object (record, "externalIds");
  g_autoptr(GlnPaper) paper = NULL;
  g_autofree char *title = _gln_source_strip_markup (_gln_source_json_string (record, "title"));
  g_autofree char *doi = gln_doi_normalize (_gln_source_json_string (ids, "DOI"));
  g_autofree char *arxiv_id = NULL;
  g_autofree char *key = NULL;
  g_autofree char *venue = NULL;
  g_autofree char *cut = NULL;
  const char *page = _gln_source_json_string (record, "url");
  int version = 0;
  gint64 year;

  if (!gln_arxiv_id_parse (_gln_source_json_string (ids, "ArXiv"), &arxiv_id, &version) &&
      doi != NULL && g_str_has_prefix (doi, ARXIV_DOI_PREFIX))
    gln_arxiv_id_parse (doi + strlen (ARXIV_DOI_PREFIX), &arxiv_id, &version);
  if (arxiv_id != NULL && doi != NULL && g_str_has_prefix (doi, ARXIV_DOI_PREFIX))
    g_clear_pointer (&doi, g_free);

  if ((key = gln_paper_key_build (arxiv_id, doi, title)) == NULL)
    return NULL;

  paper = gln_paper_new ();
  gln_paper_set_key (paper, key);
  gln_paper_set_source (paper, "semanticscholar");
  gln_paper_set_title (paper, title);
  gln_paper_set_doi (paper, doi);
  if (doi != NULL)
    {
      g_autofree char *url = g_strconcat ("https://doi.org/", doi, NULL);

      gln_paper_set_url (paper, url);
    }
  if (arxiv_id != NULL)
    _gln_source_set_arxiv_id (paper, arxiv_id, version);
  /* Else its page at the service: the link it gave, or the one its id makes. */
  if (gln_paper_get_url (paper) == NULL && page != NULL && g_str_has_prefix (page, "https://"))
    gln_paper_set_url (paper, page);
  else if (gln_paper_get_url (paper) == NULL && s2 != NULL &&
           g_regex_match_simple ("^[0-9a-f]{40}$", s2, 0, 0))
    {
      g_autofree char *link = g_strconcat ("https://www.semanticscholar.org/paper/", s2, NULL);

      gln_paper_set_url (paper, link);
    }

  gln_paper_set_abstract (paper, _gln_source_json_string (record, "abstract"));
  _gln_source_set_published (paper, _gln_source_json_string (record, "publicationDate"));
  if (gln_paper_get_published (paper) == NULL && _gln_source_json_int (record, "year", &year))
    {
      g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, year);

      _gln_source_set_published (paper, text);
    }
  venue = _gln_source_normalize_space (_gln_source_json_string (record, "venue"));
  gln_paper_set_journal_ref (paper, venue);
  set_authors (paper, _gln_source_json_array (record, "authors"));
  set_other_ids (paper, record, ids, s2);
  cut = gln_paper_limit_lengths (paper);

  return g_steal_pointer (&paper);
}

/**
 * gln_semantic_scholar_read_record:
 * @record: one paper record of the Graph API (a search answer's, a page's, a paper's own)
 *
 * Reads a paper: the arXiv id (from `ArXiv` or arXiv's own DOI) and any other DOI from
 * `externalIds`, title, abstract, date or year, venue, authors, and the service's own ids
 * in its extra field.
 *
 * Returns: (transfer full) (nullable): the paper, or %NULL when the record has neither an
 *   identifier nor a title
 */
GlnPaper *
gln_semantic_scholar_read_record (JsonObject *record)
{
  g_return_val_if_fail (record != NULL, NULL);

  return read_record (record, _gln_source_json_string (record, "paperId"));
}

/* Reads one list of records into @page; @wrapper names the member of each entry that holds
 * the record ("citedPaper"), or is %NULL when the entries are records themselves. */
static void
read_records (GlnCitationPage *page,
              JsonArray       *data,
              const char      *wrapper)
{
  for (guint i = 0; data != NULL && i < json_array_get_length (data); i++)
    {
      JsonNode *node = json_array_get_element (data, i);
      JsonObject *record;
      g_autoptr(GlnPaper) paper = NULL;
      const char *s2;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      record = json_node_get_object (node);
      if (wrapper != NULL && (record = _gln_source_json_object (record, wrapper)) == NULL)
        continue;
      s2 = _gln_source_json_string (record, "paperId");
      if ((paper = read_record (record, s2)) == NULL)
        {
          g_debug ("Skipping a record without identifier or title");
          continue;
        }
      gln_citation_page_add (page, paper, s2 != NULL);
    }
}

static JsonObject *
read_object (GBytes      *body,
             JsonNode   **root,
             GError     **error)
{
  JsonObject *object;
  const char *message;

  if (!(*root = _gln_source_read_json (body, SERVICE, error)))
    return NULL;

  if (!JSON_NODE_HOLDS_OBJECT (*root))
    {
      g_set_error (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_INVALID,
                   _("%s response is not a JSON object"), SERVICE);
      return NULL;
    }

  object = json_node_get_object (*root);
  if ((message = _gln_source_json_string (object, "error")) != NULL ||
      (message = _gln_source_json_string (object, "message")) != NULL)
    {
      g_set_error_literal (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_SERVICE, message);
      return NULL;
    }

  return object;
}

/**
 * gln_semantic_scholar_parse_page:
 * @body: a response of `/paper/{id}/references` or `/paper/{id}/citations`
 * @direction: which of the two it answers
 * @error: return location for a #GError
 *
 * Reads one page of a paper's references or citations. Does no I/O.
 *
 * Returns: (transfer full): the page, or %NULL with @error set
 */
GlnCitationPage *
gln_semantic_scholar_parse_page (GBytes                *body,
                                 GlnCitationDirection   direction,
                                 GError               **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GlnCitationPage) page = NULL;
  JsonObject *object;
  JsonArray *data;
  gint64 value;

  g_return_val_if_fail (body != NULL, NULL);

  if (!(object = read_object (body, &root, error)))
    return NULL;

  if ((data = _gln_source_json_array (object, "data")) == NULL &&
      json_object_has_member (object, "data") &&
      !JSON_NODE_HOLDS_NULL (json_object_get_member (object, "data")))
    {
      g_set_error (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_INVALID,
                   _("%s response has no list of papers"), SERVICE);
      return NULL;
    }

  page = gln_citation_page_new ();
  if (_gln_source_json_int (object, "offset", &value) && value >= 0)
    page->offset = value;
  if (_gln_source_json_int (object, "next", &value) && value > page->offset)
    page->next = value;
  read_records (page, data,
                direction == GLN_CITATION_REFERENCES ? "citedPaper" : "citingPaper");

  return g_steal_pointer (&page);
}

/**
 * gln_semantic_scholar_parse_paper:
 * @body: a paper record (`/paper/{id}` with `references` or `citations` among its fields)
 * @direction: which of its two lists to read
 * @error: return location for a #GError
 *
 * Reads the references or the citations a paper record carries, as one last page.
 *
 * Returns: (transfer full): the page, or %NULL with @error set
 */
GlnCitationPage *
gln_semantic_scholar_parse_paper (GBytes                *body,
                                  GlnCitationDirection   direction,
                                  GError               **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GlnCitationPage) page = NULL;
  JsonObject *object;

  g_return_val_if_fail (body != NULL, NULL);

  if (!(object = read_object (body, &root, error)))
    return NULL;

  page = gln_citation_page_new ();
  read_records (page,
                _gln_source_json_array (object, direction == GLN_CITATION_REFERENCES
                                                ? "references" : "citations"),
                NULL);

  return g_steal_pointer (&page);
}

/**
 * gln_semantic_scholar_dup_paper_id:
 * @paper: a paper
 *
 * Returns: (transfer full) (nullable): how Semantic Scholar knows @paper ("arXiv:2506.18896",
 *   "DOI:10.1000/xyz", "CorpusId:14514057" or its own id), or %NULL when it has none of
 *   these
 */
char *
gln_semantic_scholar_dup_paper_id (GlnPaper *paper)
{
  const char *extra;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object;
  const char *s2;
  gint64 corpus;

  g_return_val_if_fail (GLN_IS_PAPER (paper), NULL);

  if (gln_paper_get_arxiv_id (paper) != NULL)
    return g_strconcat ("arXiv:", gln_paper_get_arxiv_id (paper), NULL);
  if (gln_paper_get_doi (paper) != NULL)
    return g_strconcat ("DOI:", gln_paper_get_doi (paper), NULL);

  extra = gln_paper_get_extra (paper);
  if (extra == NULL || !(root = json_from_string (extra, NULL)) || !JSON_NODE_HOLDS_OBJECT (root))
    return NULL;
  object = json_node_get_object (root);
  if (_gln_source_json_int (object, "CorpusId", &corpus) && corpus > 0)
    return g_strdup_printf ("CorpusId:%" G_GINT64_FORMAT, corpus);
  if ((s2 = _gln_source_json_string (object, "S2")) != NULL)
    return g_strdup (s2);

  return NULL;
}

/**
 * gln_semantic_scholar_dup_url:
 * @paper_id: the paper, as gln_semantic_scholar_dup_paper_id() gives it
 * @direction: its references or its citations
 * @offset: the first to ask for
 * @limit: how many to ask for
 *
 * Returns: (transfer full): the URL of that page, at `$GLEANER_BASE_URL_SEMANTIC_SCHOLAR`
 *   when it is set
 */
char *
gln_semantic_scholar_dup_url (const char           *paper_id,
                              GlnCitationDirection  direction,
                              gint64                offset,
                              guint                 limit)
{
  g_autofree char *escaped = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (paper_id != NULL, NULL);

  /* DOIs keep their slashes: the service reads the id up to the last path segment. */
  escaped = g_uri_escape_string (paper_id, ":/", FALSE);
  path = g_strdup_printf ("/graph/v1/paper/%s/%s?fields=%s&offset=%" G_GINT64_FORMAT
                          "&limit=%u",
                          escaped, gln_citation_direction_to_string (direction),
                          GLN_SEMANTIC_SCHOLAR_FIELDS, offset, limit);

  return gln_endpoint_dup_url (GLN_ENDPOINT_SEMANTIC_SCHOLAR, path);
}
