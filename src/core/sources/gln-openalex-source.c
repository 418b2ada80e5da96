/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-openalex-source"

#include "config.h"

#include "gln-openalex-source.h"

#include "gln-paper-key.h"
#include "gln-source-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/* OpenAlex works (`/works?filter=…`, one page of `results` with `meta.next_cursor`, or one
 * work) and the first hit of an author or institution search. OpenAlex gives no plain
 * abstract, only an inverted index: word → positions. */

#define OPENALEX_PREFIX   "https://openalex.org/"
#define ARXIV_DOI_PREFIX  "10.48550/arxiv."
/* An abstract longer than this is not an abstract; the cap also bounds what a hostile
 * index with huge positions could make us allocate. */
#define MAX_ABSTRACT_WORDS 20000

struct _GlnOpenalexSource
{
  GObject parent_instance;
};

static void gln_openalex_source_iface_init (GlnSourceInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (GlnOpenalexSource, gln_openalex_source, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (GLN_TYPE_SOURCE,
                                                      gln_openalex_source_iface_init))

static char *
abstract_from_index (JsonObject *index)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new ();
  g_autoptr(GString) out = NULL;
  g_autoptr(GList) names = NULL;

  if (index == NULL)
    return NULL;

  names = json_object_get_members (index);
  for (GList *l = names; l != NULL; l = l->next)
    {
      JsonArray *positions = _gln_source_json_array (index, l->data);
      guint n = positions != NULL ? json_array_get_length (positions) : 0;

      for (guint i = 0; i < n; i++)
        {
          JsonNode *node = json_array_get_element (positions, i);
          gint64 position;

          if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
            continue;
          position = json_node_get_int (node);
          if (position < 0 || position >= MAX_ABSTRACT_WORDS)
            continue;
          if (position >= words->len)
            g_ptr_array_set_size (words, (guint) position + 1);
          g_ptr_array_index (words, position) = l->data;
        }
    }

  out = g_string_new (NULL);
  for (guint i = 0; i < words->len; i++)
    {
      const char *word = g_ptr_array_index (words, i);

      if (word == NULL)
        continue;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, word);
    }

  return _gln_source_normalize_space (out->str);
}

static void
add_unique (GPtrArray  *array,
            const char *value)
{
  if (value != NULL && !g_ptr_array_find_with_equal_func (array, value, g_str_equal, NULL))
    g_ptr_array_add (array, g_strdup (value));
}

static void
set_authorships (GlnPaper  *paper,
                 JsonArray *authorships)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) affiliations = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) institutions = g_ptr_array_new_with_free_func (g_free);
  guint n = authorships != NULL ? json_array_get_length (authorships) : 0;

  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (authorships, i);
      g_autoptr(GPtrArray) own = g_ptr_array_new ();
      JsonObject *authorship;
      JsonArray *list;
      const char *name;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      authorship = json_node_get_object (node);
      if ((name = _gln_source_json_string (_gln_source_json_object (authorship, "author"),
                                           "display_name")) == NULL &&
          (name = _gln_source_json_string (authorship, "raw_author_name")) == NULL)
        continue;

      list = _gln_source_json_array (authorship, "institutions");
      for (guint j = 0; list != NULL && j < json_array_get_length (list); j++)
        {
          JsonNode *element = json_array_get_element (list, j);
          const char *institution;

          if (JSON_NODE_HOLDS_OBJECT (element) &&
              (institution = _gln_source_json_string (json_node_get_object (element),
                                                      "display_name")) != NULL)
            {
              g_ptr_array_add (own, (gpointer) institution);
              add_unique (institutions, institution);
            }
        }
      g_ptr_array_add (own, NULL);

      g_ptr_array_add (names, _gln_source_normalize_space (name));
      g_ptr_array_add (affiliations, g_strjoinv ("; ", (char **) own->pdata));
    }

  gln_paper_set_author_count (paper, (int) names->len);
  g_ptr_array_add (names, NULL);
  g_ptr_array_add (affiliations, NULL);
  g_ptr_array_add (institutions, NULL);
  gln_paper_set_authors (paper, (const char * const *) names->pdata,
                         (const char * const *) affiliations->pdata);
  gln_paper_set_institutions (paper, (const char * const *) institutions->pdata);
}

/* arXiv-hosted works carry arXiv's DataCite DOI or an arxiv.org landing page. */
static gboolean
find_arxiv_id (JsonObject  *work,
               const char  *doi,
               char       **arxiv_id,
               int         *version)
{
  JsonArray *locations = _gln_source_json_array (work, "locations");

  if (doi != NULL && g_str_has_prefix (doi, ARXIV_DOI_PREFIX) &&
      gln_arxiv_id_parse (doi + strlen (ARXIV_DOI_PREFIX), arxiv_id, version))
    return TRUE;

  for (guint i = 0; locations != NULL && i < json_array_get_length (locations); i++)
    {
      JsonNode *node = json_array_get_element (locations, i);

      if (JSON_NODE_HOLDS_OBJECT (node) &&
          gln_arxiv_id_parse (_gln_source_json_string (json_node_get_object (node),
                                                       "landing_page_url"),
                              arxiv_id, version))
        return TRUE;
    }

  return FALSE;
}

static void
set_location (GlnPaper   *paper,
              JsonObject *work)
{
  JsonObject *primary = _gln_source_json_object (work, "primary_location");
  JsonObject *venue = _gln_source_json_object (primary, "source");
  const char *landing = _gln_source_json_string (primary, "landing_page_url");
  const char *pdf = _gln_source_json_string (primary, "pdf_url");
  const char *venue_type = _gln_source_json_string (venue, "type");

  if (gln_paper_get_url (paper) == NULL)
    gln_paper_set_url (paper, landing != NULL ? landing : _gln_source_json_string (work, "doi"));
  if (pdf == NULL)
    pdf = _gln_source_json_string (_gln_source_json_object (work, "best_oa_location"), "pdf_url");
  if (gln_paper_get_pdf_url (paper) == NULL)
    gln_paper_set_pdf_url (paper, pdf);

  /* A repository (arXiv, Zenodo…) is where a copy lives, not where the work appeared. */
  if (g_strcmp0 (venue_type, "repository") != 0)
    gln_paper_set_journal_ref (paper, _gln_source_json_string (venue, "display_name"));
}

/* The work's OpenAlex id and PubMed ids, which later records of it are known by. */
static void
set_other_ids (GlnPaper   *paper,
               JsonObject *work)
{
  JsonObject *ids = _gln_source_json_object (work, "ids");
  const char *openalex = _gln_source_json_string (work, "id");
  const char *pmid = _gln_source_json_string (ids, "pmid");
  const char *pmcid = _gln_source_json_string (ids, "pmcid");
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  const char *slash;

  if (openalex == NULL && pmid == NULL && pmcid == NULL)
    return;

  json_builder_begin_object (builder);
  if (openalex != NULL && g_str_has_prefix (openalex, OPENALEX_PREFIX))
    {
      json_builder_set_member_name (builder, "openalex");
      json_builder_add_string_value (builder, openalex + strlen (OPENALEX_PREFIX));
    }
  /* "https://pubmed.ncbi.nlm.nih.gov/12345678", "https://www.ncbi.nlm.nih.gov/pmc/articles/123" */
  if (pmid != NULL && (slash = strrchr (pmid, '/')) != NULL && slash[1] != '\0')
    {
      json_builder_set_member_name (builder, "PMID");
      json_builder_add_string_value (builder, slash + 1);
    }
  if (pmcid != NULL && (slash = strrchr (pmcid, '/')) != NULL && slash[1] != '\0')
    {
      json_builder_set_member_name (builder, "PMCID");
      json_builder_add_string_value (builder, slash + 1);
    }
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  text = json_to_string (root, FALSE);
  gln_paper_set_extra (paper, text);
}

static GlnPaper *
paper_from_work (JsonObject *work)
{
  g_autoptr(GlnPaper) paper = NULL;
  g_autofree char *title = NULL;
  g_autofree char *doi = NULL;
  g_autofree char *arxiv_id = NULL;
  g_autofree char *key = NULL;
  g_autofree char *abstract = NULL;
  gboolean truncated = FALSE;
  JsonNode *node;
  gint64 year;
  int version = 0;

  if ((title = _gln_source_strip_markup (_gln_source_json_string (work, "title"))) == NULL)
    title = _gln_source_strip_markup (_gln_source_json_string (work, "display_name"));
  doi = gln_doi_normalize (_gln_source_json_string (work, "doi"));
  if (find_arxiv_id (work, doi, &arxiv_id, &version) && doi != NULL &&
      g_str_has_prefix (doi, ARXIV_DOI_PREFIX))
    g_clear_pointer (&doi, g_free);

  if ((key = gln_paper_key_build (arxiv_id, doi, title)) == NULL)
    {
      g_debug ("Skipping a work without identifier or title");
      return NULL;
    }

  paper = gln_paper_new ();
  gln_paper_set_key (paper, key);
  gln_paper_set_source (paper, "openalex");
  gln_paper_set_title (paper, title);
  gln_paper_set_doi (paper, doi);
  if (arxiv_id != NULL)
    _gln_source_set_arxiv_id (paper, arxiv_id, version);
  set_location (paper, work);
  set_other_ids (paper, work);

  abstract = abstract_from_index (_gln_source_json_object (work, "abstract_inverted_index"));
  gln_paper_set_abstract (paper, abstract);

  _gln_source_set_published (paper, _gln_source_json_string (work, "publication_date"));
  if (gln_paper_get_published (paper) == NULL &&
      _gln_source_json_int (work, "publication_year", &year))
    {
      g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, year);

      _gln_source_set_published (paper, text);
    }

  set_authorships (paper, _gln_source_json_array (work, "authorships"));
  /* OpenAlex lists at most 100 authors and says when it cut the list. */
  if ((node = json_object_get_member (work, "is_authors_truncated")) != NULL &&
      JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_BOOLEAN)
    truncated = json_node_get_boolean (node);
  gln_paper_set_authors_truncated (paper, truncated);

  return g_steal_pointer (&paper);
}

static JsonObject *
read_object (GBytes      *bytes,
             JsonNode   **root,
             GError     **error)
{
  JsonObject *object;
  const char *message;

  if (!(*root = _gln_source_read_json (bytes, "OpenAlex", error)))
    return NULL;

  if (!JSON_NODE_HOLDS_OBJECT (*root))
    {
      g_set_error_literal (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_INVALID,
                           _("OpenAlex response is not a JSON object"));
      return NULL;
    }

  object = json_node_get_object (*root);
  if (json_object_has_member (object, "error"))
    {
      if ((message = _gln_source_json_string (object, "message")) == NULL)
        message = _gln_source_json_string (object, "error");
      g_set_error_literal (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_SERVICE,
                           message != NULL ? message : _("OpenAlex reported an error"));
      return NULL;
    }

  return object;
}

static const char *
gln_openalex_source_get_name (GlnSource *source)
{
  return "openalex";
}

static GPtrArray *
gln_openalex_source_parse (GlnSource  *source,
                           GBytes     *bytes,
                           GError    **error)
{
  g_autoptr(GPtrArray) papers = NULL;

  if (!gln_openalex_source_parse_full (bytes, &papers, NULL, error))
    return NULL;

  return g_steal_pointer (&papers);
}

static void
gln_openalex_source_iface_init (GlnSourceInterface *iface)
{
  iface->get_name = gln_openalex_source_get_name;
  iface->parse = gln_openalex_source_parse;
}

static void
gln_openalex_source_class_init (GlnOpenalexSourceClass *klass)
{
}

static void
gln_openalex_source_init (GlnOpenalexSource *self)
{
}

/**
 * gln_openalex_source_new:
 *
 * Creates the source that reads OpenAlex works: a page of `/works` results or one work.
 *
 * Returns: (transfer full): a new #GlnOpenalexSource
 */
GlnOpenalexSource *
gln_openalex_source_new (void)
{
  return g_object_new (GLN_TYPE_OPENALEX_SOURCE, NULL);
}

/**
 * gln_openalex_source_parse_full:
 * @bytes: an OpenAlex `/works` response, or one work
 * @papers: (out) (optional) (transfer full) (element-type GlnPaper): the works as papers
 * @next_cursor: (out) (optional) (transfer full) (nullable): `meta.next_cursor`, %NULL on
 *   the last page
 * @error: return location for a #GError
 *
 * Works hosted on arXiv are keyed by their arXiv identifier; the abstract is rebuilt from
 * `abstract_inverted_index`; authors come with their institutions as affiliations.
 *
 * Returns: %TRUE on success
 */
gboolean
gln_openalex_source_parse_full (GBytes      *bytes,
                                GPtrArray  **papers,
                                char       **next_cursor,
                                GError     **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) result = NULL;
  JsonObject *object;
  JsonArray *results;

  g_return_val_if_fail (bytes != NULL, FALSE);

  if (!(object = read_object (bytes, &root, error)))
    return FALSE;

  result = g_ptr_array_new_with_free_func (g_object_unref);
  if ((results = _gln_source_json_array (object, "results")) != NULL)
    {
      for (guint i = 0; i < json_array_get_length (results); i++)
        {
          JsonNode *node = json_array_get_element (results, i);
          GlnPaper *paper;

          if (JSON_NODE_HOLDS_OBJECT (node) &&
              (paper = paper_from_work (json_node_get_object (node))) != NULL)
            g_ptr_array_add (result, paper);
        }
    }
  else if (g_str_has_prefix (_gln_source_json_string (object, "id") != NULL
                               ? _gln_source_json_string (object, "id") : "",
                             OPENALEX_PREFIX "W"))
    {
      GlnPaper *paper = paper_from_work (object);

      if (paper != NULL)
        g_ptr_array_add (result, paper);
    }
  else
    {
      g_set_error_literal (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_INVALID,
                           _("OpenAlex response is neither a list of works nor a work"));
      return FALSE;
    }

  if (next_cursor != NULL)
    *next_cursor = g_strdup (_gln_source_json_string (_gln_source_json_object (object, "meta"),
                                                      "next_cursor"));
  if (papers != NULL)
    *papers = g_steal_pointer (&result);

  return TRUE;
}

/**
 * gln_openalex_source_parse_entity:
 * @bytes: an OpenAlex `/authors?search=` or `/institutions?search=` response
 * @id: (out) (transfer full) (nullable): the first hit's short id ("A5023888391"), or %NULL
 *   when nothing matched
 * @display_name: (out) (optional) (transfer full) (nullable): its name as OpenAlex shows it
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success, also when nothing matched
 */
gboolean
gln_openalex_source_parse_entity (GBytes      *bytes,
                                  char       **id,
                                  char       **display_name,
                                  GError     **error)
{
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object;
  JsonObject *first = NULL;
  JsonArray *results;
  const char *full_id;

  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  *id = NULL;
  if (!(object = read_object (bytes, &root, error)))
    return FALSE;

  if ((results = _gln_source_json_array (object, "results")) == NULL)
    {
      g_set_error_literal (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_INVALID,
                           _("OpenAlex response is not a list of search results"));
      return FALSE;
    }

  if (json_array_get_length (results) > 0 &&
      JSON_NODE_HOLDS_OBJECT (json_array_get_element (results, 0)))
    first = json_array_get_object_element (results, 0);

  if ((full_id = _gln_source_json_string (first, "id")) != NULL)
    *id = g_strdup (g_str_has_prefix (full_id, OPENALEX_PREFIX)
                    ? full_id + strlen (OPENALEX_PREFIX) : full_id);
  if (display_name != NULL)
    *display_name = g_strdup (_gln_source_json_string (first, "display_name"));

  return TRUE;
}
