/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-hf-source"

#include "config.h"

#include "gln-hf-source.h"

#include "gln-paper.h"
#include "gln-paper-key.h"
#include "gln-source-private.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

struct _GlnHfSource
{
  GObject parent_instance;
};

static void gln_hf_source_iface_init (GlnSourceInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (GlnHfSource, gln_hf_source, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (GLN_TYPE_SOURCE, gln_hf_source_iface_init))

/* Authors flagged `hidden` are kept: the flag hides the link to a Hugging Face profile on
 * the paper page, while the name is still one of the paper's authors on arXiv. Dropping it
 * would make the author list and count disagree with the arXiv record of the same paper. */
static void
set_authors (GlnPaper  *paper,
             JsonArray *authors)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  guint n = json_array_get_length (authors);

  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (authors, i);
      const char *string;
      char *name;

      if (JSON_NODE_HOLDS_OBJECT (node))
        string = _gln_source_json_string (json_node_get_object (node), "name");
      else
        string = _gln_source_json_as_string (node);

      name = _gln_source_normalize_space (string);

      if (name != NULL)
        g_ptr_array_add (names, name);
    }

  gln_paper_set_author_count (paper, (int) names->len);
  g_ptr_array_add (names, NULL);
  gln_paper_set_authors (paper, (const char * const *) names->pdata, NULL);
}

/* The name of @object's `organization`, or %NULL. */
static const char *
organization_name (JsonObject *object)
{
  JsonObject *organization = _gln_source_json_object (object, "organization");
  const char *name = _gln_source_json_string (organization, "fullname");

  if (name == NULL || name[0] == '\0')
    name = _gln_source_json_string (organization, "name");

  return name;
}

/* One daily-papers entry ({"paper": {…}, "title": …}) or one flat paper object, as
 * /api/papers/{id} and some search results give. Returns %NULL when nothing identifies a
 * paper. */
static GlnPaper *
paper_from_item (JsonObject *item)
{
  g_autoptr(GlnPaper) paper = NULL;
  g_autofree char *title = NULL;
  g_autofree char *abstract = NULL;
  g_autofree char *arxiv_id = NULL;
  g_autofree char *key = NULL;
  g_autofree char *published = NULL;
  g_autofree char *organization = NULL;
  JsonObject *inner;
  JsonArray *authors;
  const char *id_text;
  const char *code_url;
  gint64 upvotes;
  int version = 0;

  if ((inner = _gln_source_json_object (item, "paper")) == NULL)
    inner = item;

  /* The top-level title is the one Hugging Face cleaned up; paper.title keeps arXiv's
   * line breaks. */
  if ((title = _gln_source_normalize_space (_gln_source_json_string (item, "title"))) == NULL)
    title = _gln_source_normalize_space (_gln_source_json_string (inner, "title"));

  if ((id_text = _gln_source_json_string (inner, "id")) == NULL)
    id_text = _gln_source_json_string (item, "id");
  gln_arxiv_id_parse (id_text, &arxiv_id, &version);

  if ((key = gln_paper_key_build (arxiv_id, NULL, title)) == NULL)
    {
      g_debug ("Skipping an entry without arXiv id or title");
      return NULL;
    }

  paper = gln_paper_new ();
  gln_paper_set_key (paper, key);
  gln_paper_set_source (paper, "hf");
  gln_paper_set_title (paper, title);

  /* The PDF link is the unversioned one, to the latest version, whatever version the id
   * names. */
  if (arxiv_id != NULL)
    {
      _gln_source_set_arxiv_id (paper, arxiv_id, 0);
      gln_paper_set_arxiv_version (paper, version);
    }

  if ((abstract = _gln_source_normalize_space (_gln_source_json_string (inner, "summary")))
      == NULL)
    abstract = _gln_source_normalize_space (_gln_source_json_string (item, "summary"));
  gln_paper_set_abstract (paper, abstract);

  /* `publishedAt` is "2024-10-22T17:59:30.000Z"; the paper's date is its UTC day. Only the
   * inner one is the arXiv date; the top-level one of a daily entry is when the paper was put
   * on Daily Papers. */
  if ((published = _gln_source_utc_date (_gln_source_json_string (inner, "publishedAt")))
      != NULL)
    {
      gln_paper_set_published (paper, published);
      gln_paper_set_date_precision (paper, GLN_DATE_PRECISION_DAY);
    }

  if ((authors = _gln_source_json_array (inner, "authors")) != NULL ||
      (authors = _gln_source_json_array (item, "authors")) != NULL)
    set_authors (paper, authors);

  if ((_gln_source_json_int (inner, "upvotes", &upvotes) ||
       _gln_source_json_int (item, "upvotes", &upvotes)) &&
      upvotes >= 0)
    gln_paper_set_upvotes (paper, (int) MIN (upvotes, G_MAXINT));

  if ((code_url = _gln_source_json_string (inner, "githubRepo")) == NULL)
    code_url = _gln_source_json_string (item, "githubRepo");
  if (code_url != NULL && code_url[0] != '\0')
    {
      gln_paper_set_code_url (paper, code_url);
      gln_paper_set_has_code (paper, TRUE);
    }

  if ((organization = _gln_source_normalize_space (organization_name (inner))) == NULL)
    organization = _gln_source_normalize_space (organization_name (item));
  if (organization != NULL)
    {
      const char *institutions[] = { organization, NULL };

      gln_paper_set_institutions (paper, institutions);
    }

  return g_steal_pointer (&paper);
}

static GPtrArray *
papers_from_array (JsonArray  *array,
                   GError    **error)
{
  g_autoptr(GPtrArray) papers = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = json_array_get_length (array);

  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      GlnPaper *paper;

      if (JSON_NODE_HOLDS_OBJECT (node) &&
          (paper = paper_from_item (json_node_get_object (node))) != NULL)
        g_ptr_array_add (papers, paper);
    }

  /* One unusable item among good ones is skipped; an array of nothing but unusable items is
   * not a list of papers. An empty array is a page past the end. */
  if (n > 0 && papers->len == 0)
    {
      g_set_error_literal (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_INVALID,
                           _("Hugging Face response contains no papers"));
      return NULL;
    }

  return g_steal_pointer (&papers);
}

static const char *
gln_hf_source_get_name (GlnSource *source)
{
  return "hf";
}

static GPtrArray *
gln_hf_source_parse (GlnSource  *source,
                     GBytes     *bytes,
                     GError    **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) papers = NULL;
  JsonObject *object;
  GlnPaper *paper;

  if ((root = _gln_source_read_json (bytes, "Hugging Face", error)) == NULL)
    return NULL;

  if (JSON_NODE_HOLDS_ARRAY (root))
    return papers_from_array (json_node_get_array (root), error);

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_INVALID,
                           _("Hugging Face response is neither a list of papers nor a paper"));
      return NULL;
    }

  object = json_node_get_object (root);
  if (json_object_has_member (object, "error"))
    {
      const char *message = _gln_source_json_string (object, "error");

      g_set_error_literal (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_SERVICE,
                           message != NULL && message[0] != '\0'
                             ? message
                             : _("Hugging Face reported an error"));
      return NULL;
    }

  if ((paper = paper_from_item (object)) == NULL)
    {
      g_set_error_literal (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_INVALID,
                           _("Hugging Face response is neither a list of papers nor a paper"));
      return NULL;
    }

  papers = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (papers, paper);

  return g_steal_pointer (&papers);
}

static void
gln_hf_source_iface_init (GlnSourceInterface *iface)
{
  iface->get_name = gln_hf_source_get_name;
  iface->parse = gln_hf_source_parse;
}

static void
gln_hf_source_class_init (GlnHfSourceClass *klass)
{
}

static void
gln_hf_source_init (GlnHfSource *self)
{
}

/**
 * gln_hf_source_new:
 *
 * Creates the source that reads Hugging Face paper responses: `/api/daily_papers` and
 * `/api/papers/search` (arrays of daily entries or of flat papers) and `/api/papers/{id}`
 * (one flat paper).
 *
 * Papers are keyed by their arXiv id. The date is the arXiv publication day with
 * %GLN_DATE_PRECISION_DAY and no date text; `{"error": …}` bodies become
 * %GLN_PARSE_ERROR_SERVICE errors.
 *
 * Returns: (transfer full): a new #GlnHfSource
 */
GlnHfSource *
gln_hf_source_new (void)
{
  return g_object_new (GLN_TYPE_HF_SOURCE, NULL);
}
