/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-semantic-scholar-source"

#include "config.h"

#include "gln-semantic-scholar-source.h"

#include "gln-semantic-scholar.h"

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
add_papers (GPtrArray *papers,
            JsonArray *list)
{
  for (guint i = 0; list != NULL && i < json_array_get_length (list); i++)
    {
      JsonNode *node = json_array_get_element (list, i);
      GlnPaper *paper;

      if (JSON_NODE_HOLDS_OBJECT (node) &&
          (paper = gln_semantic_scholar_read_record (json_node_get_object (node))) != NULL)
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
  else if ((paper = gln_semantic_scholar_read_record (object)) != NULL)
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
