/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-semantic-scholar-source"

#include "config.h"

#include "gln-semantic-scholar-source.h"

#include "gln-paper-key.h"
#include "gln-source-private.h"

#include <glib/gi18n-lib.h>

/* Semantic Scholar's Graph API (SOURCES.md B.5): `/paper/search/match` and `/paper/search`
 * answer `{"data": [paper, …]}`, `/paper/{id}` one paper. Only the fields asked for come
 * back (`paperId` always): a paper may be no more than an id and a title. */

struct _GlnSemanticScholarSource
{
  GObject parent_instance;
};

static void gln_semantic_scholar_source_iface_init (GlnSourceInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (GlnSemanticScholarSource, gln_semantic_scholar_source,
                               G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (GLN_TYPE_SOURCE,
                                                      gln_semantic_scholar_source_iface_init))

static void
set_authors (GlnPaper  *paper,
             JsonArray *authors)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; authors != NULL && i < json_array_get_length (authors); i++)
    {
      JsonNode *node = json_array_get_element (authors, i);
      char *name;

      if (JSON_NODE_HOLDS_OBJECT (node) &&
          (name = _gln_source_normalize_space (
             _gln_source_json_string (json_node_get_object (node), "name"))) != NULL)
        g_ptr_array_add (names, name);
    }
  g_ptr_array_add (names, NULL);
  if (names->len > 1)
    gln_paper_set_authors (paper, (const char * const *) names->pdata, NULL);
}

/* The arXiv id, from "ArXiv" or from arXiv's own DOI, and any other DOI. */
static void
read_ids (JsonObject  *ids,
          char       **arxiv_id,
          char       **doi)
{
  const char *arxiv = _gln_source_json_string (ids, "ArXiv");

  *doi = gln_doi_normalize (_gln_source_json_string (ids, "DOI"));
  if (arxiv == NULL || !gln_arxiv_id_parse (arxiv, arxiv_id, NULL))
    *arxiv_id = NULL;
  if (*doi != NULL && g_str_has_prefix (*doi, "10.48550/arxiv."))
    {
      if (*arxiv_id == NULL && !gln_arxiv_id_parse (*doi, arxiv_id, NULL))
        *arxiv_id = NULL;
      g_clear_pointer (doi, g_free);
    }
}

static GlnPaper *
paper_from_object (JsonObject *object)
{
  g_autoptr(GlnPaper) paper = NULL;
  g_autofree char *title = _gln_source_strip_markup (_gln_source_json_string (object, "title"));
  g_autofree char *arxiv_id = NULL;
  g_autofree char *doi = NULL;
  g_autofree char *key = NULL;
  g_autofree char *venue = _gln_source_normalize_space (_gln_source_json_string (object, "venue"));
  g_autofree char *abstract = _gln_source_normalize_space (
    _gln_source_json_string (object, "abstract"));
  const char *paper_id = _gln_source_json_string (object, "paperId");
  const char *url = _gln_source_json_string (object, "url");
  gint64 year;

  read_ids (_gln_source_json_object (object, "externalIds"), &arxiv_id, &doi);
  if ((key = gln_paper_key_build (arxiv_id, doi, title)) == NULL)
    return NULL;

  paper = gln_paper_new ();
  gln_paper_set_key (paper, key);
  gln_paper_set_source (paper, "semanticscholar");
  gln_paper_set_title (paper, title);
  gln_paper_set_doi (paper, doi);
  if (arxiv_id != NULL)
    _gln_source_set_arxiv_id (paper, arxiv_id, 0);
  /* Its own page, when it gave no link to the paper itself. */
  if (gln_paper_get_url (paper) == NULL && url != NULL && g_str_has_prefix (url, "https://"))
    gln_paper_set_url (paper, url);
  else if (gln_paper_get_url (paper) == NULL && paper_id != NULL &&
           g_regex_match_simple ("^[0-9a-f]{40}$", paper_id, 0, 0))
    {
      g_autofree char *page = g_strconcat ("https://www.semanticscholar.org/paper/", paper_id,
                                           NULL);

      gln_paper_set_url (paper, page);
    }
  if (doi != NULL && gln_paper_get_url (paper) == NULL)
    {
      g_autofree char *link = g_strconcat ("https://doi.org/", doi, NULL);

      gln_paper_set_url (paper, link);
    }
  gln_paper_set_journal_ref (paper, venue);
  gln_paper_set_abstract (paper, abstract);
  _gln_source_set_published (paper, _gln_source_json_string (object, "publicationDate"));
  if (gln_paper_get_published (paper) == NULL && _gln_source_json_int (object, "year", &year))
    {
      g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, year);

      _gln_source_set_published (paper, text);
    }
  set_authors (paper, _gln_source_json_array (object, "authors"));

  return g_steal_pointer (&paper);
}

static void
add_papers (GPtrArray *papers,
            JsonArray *list)
{
  for (guint i = 0; list != NULL && i < json_array_get_length (list); i++)
    {
      JsonNode *node = json_array_get_element (list, i);
      GlnPaper *paper;

      if (JSON_NODE_HOLDS_OBJECT (node) &&
          (paper = paper_from_object (json_node_get_object (node))) != NULL)
        g_ptr_array_add (papers, paper);
    }
}

static const char *
gln_semantic_scholar_source_get_name (GlnSource *source)
{
  return "semanticscholar";
}

static GPtrArray *
gln_semantic_scholar_source_parse (GlnSource  *source,
                                   GBytes     *bytes,
                                   GError    **error)
{
  g_autoptr(GPtrArray) papers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object;
  const char *message;
  GlnPaper *paper;

  if (!(root = _gln_source_read_json (bytes, "Semantic Scholar", error)))
    return NULL;

  if (JSON_NODE_HOLDS_ARRAY (root))
    {
      add_papers (papers, json_node_get_array (root));
      return g_steal_pointer (&papers);
    }
  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_INVALID,
                           _("Semantic Scholar response is not a JSON object"));
      return NULL;
    }

  object = json_node_get_object (root);
  if ((message = _gln_source_json_string (object, "error")) != NULL ||
      (message = _gln_source_json_string (object, "message")) != NULL)
    {
      g_set_error_literal (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_SERVICE, message);
      return NULL;
    }
  if (json_object_has_member (object, "data"))
    add_papers (papers, _gln_source_json_array (object, "data"));
  else if ((paper = paper_from_object (object)) != NULL)
    g_ptr_array_add (papers, paper);

  return g_steal_pointer (&papers);
}

static void
gln_semantic_scholar_source_iface_init (GlnSourceInterface *iface)
{
  iface->get_name = gln_semantic_scholar_source_get_name;
  iface->parse = gln_semantic_scholar_source_parse;
}

static void
gln_semantic_scholar_source_class_init (GlnSemanticScholarSourceClass *klass)
{
}

static void
gln_semantic_scholar_source_init (GlnSemanticScholarSource *self)
{
}

/**
 * gln_semantic_scholar_source_new:
 *
 * Creates the source that reads Semantic Scholar's paper search and paper responses:
 * the arXiv id and DOI from `externalIds`, venue, year or date, authors, and the paper's
 * page when no identifier gives a link.
 *
 * Returns: (transfer full): a new #GlnSemanticScholarSource
 */
GlnSemanticScholarSource *
gln_semantic_scholar_source_new (void)
{
  return g_object_new (GLN_TYPE_SEMANTIC_SCHOLAR_SOURCE, NULL);
}
