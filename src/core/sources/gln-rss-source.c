/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-rss-source"

#include "config.h"

#include "gln-rss-source.h"

#include "gln-arxiv-rss-source.h"
#include "gln-paper-key.h"
#include "gln-source-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/* Any journal's feed: RSS 2.0, RSS 1.0 (RDF) or Atom, with the Dublin Core and PRISM
 * elements publishers add for authors, dates, DOIs and the journal's name. An item's own
 * elements share its namespace (none for RSS 2.0), so they are looked up in the item's. */

#define PRISM_NS_PREFIX "http://prismstandard.org/namespaces/"

struct _GlnRssSource
{
  GObject parent_instance;
};

static void gln_rss_source_iface_init (GlnSourceInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (GlnRssSource, gln_rss_source, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (GLN_TYPE_SOURCE, gln_rss_source_iface_init))

static const char *
ns_of (xmlNode *node)
{
  return node->ns != NULL ? (const char *) node->ns->href : NULL;
}

static gboolean
is_atom (xmlNode *node)
{
  return g_strcmp0 (ns_of (node), GLN_NS_ATOM) == 0;
}

static char *
own_text (xmlNode    *item,
          const char *name)
{
  return _gln_source_xml_child_text (item, ns_of (item), name);
}

static char *
own_markup (xmlNode    *item,
            const char *name)
{
  g_autofree char *text = own_text (item, name);

  return _gln_source_strip_markup (text);
}

/* PRISM has had several namespace URIs (1.2, 2.0, 3.0); any of them will do. */
static char *
prism_text (xmlNode    *item,
            const char *name)
{
  for (xmlNode *child = item->children; child != NULL; child = child->next)
    {
      if (child->type == XML_ELEMENT_NODE && child->ns != NULL &&
          g_str_has_prefix ((const char *) child->ns->href, PRISM_NS_PREFIX) &&
          xmlStrEqual (child->name, BAD_CAST name))
        return _gln_source_xml_text (child);
    }

  return NULL;
}

static char *
dup_link (xmlNode *item)
{
  if (!is_atom (item))
    return own_text (item, "link");

  for (xmlNode *child = item->children; child != NULL; child = child->next)
    {
      g_autofree char *rel = NULL;

      if (!_gln_source_xml_is (child, GLN_NS_ATOM, "link"))
        continue;
      rel = _gln_source_xml_attribute (child, "rel");
      if (rel == NULL || g_str_equal (rel, "alternate"))
        return _gln_source_xml_attribute (child, "href");
    }

  return NULL;
}

/* RSS 2.0's author is an e-mail address, "jane@example.org (Jane Doe)" at best. */
static char *
name_from_rss_author (const char *text)
{
  const char *open = strchr (text, '(');
  const char *close = strrchr (text, ')');

  if (open != NULL && close != NULL && close > open + 1)
    {
      g_autofree char *inside = g_strndup (open + 1, close - open - 1);

      return _gln_source_normalize_space (inside);
    }

  return strchr (text, '@') == NULL ? g_strdup (text) : NULL;
}

static void
set_authors (GlnPaper *paper,
             xmlNode  *item)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) names = NULL;
  guint n_creators = 0;

  for (xmlNode *child = item->children; child != NULL; child = child->next)
    {
      g_autofree char *text = NULL;

      if (_gln_source_xml_is (child, GLN_NS_DC, "creator") &&
          (text = _gln_source_xml_text (child)) != NULL)
        {
          g_auto(GStrv) split = _gln_source_split_authors (text);

          if (split != NULL)
            g_strv_builder_addv (builder, (const char **) split);
          n_creators++;
        }
      else if (_gln_source_xml_is (child, GLN_NS_ATOM, "author") &&
               (text = _gln_source_xml_child_text (child, GLN_NS_ATOM, "name")) != NULL)
        g_strv_builder_add (builder, text);
      else if (n_creators == 0 && _gln_source_xml_is (child, NULL, "author") &&
               (text = _gln_source_xml_text (child)) != NULL)
        {
          g_autofree char *name = name_from_rss_author (text);

          if (name != NULL)
            g_strv_builder_add (builder, name);
        }
    }

  names = g_strv_builder_end (builder);
  if (names[0] == NULL)
    return;

  gln_paper_set_authors (paper, (const char * const *) names, NULL);
  gln_paper_set_author_count (paper, (int) g_strv_length (names));
}

static char *
find_doi (xmlNode    *item,
          const char *link,
          const char *guid)
{
  g_autofree char *prism = prism_text (item, "doi");
  g_autofree char *identifier = _gln_source_xml_child_text (item, GLN_NS_DC, "identifier");
  const char *candidates[] = { prism, identifier, link, guid };

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      char *doi = gln_doi_normalize (candidates[i]);

      if (doi != NULL)
        return doi;
    }

  return NULL;
}

static void
set_date (GlnPaper *paper,
          xmlNode  *item)
{
  g_autofree char *prism = prism_text (item, "publicationDate");
  g_autofree char *dc_date = _gln_source_xml_child_text (item, GLN_NS_DC, "date");
  g_autofree char *pub_date = own_text (item, "pubDate");
  g_autofree char *published = own_text (item, "published");
  g_autofree char *updated = own_text (item, "updated");
  const char *candidates[] = { prism, dc_date, pub_date, published, updated };

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    _gln_source_set_published (paper, candidates[i]);
}

static GlnPaper *
paper_from_item (xmlNode *item)
{
  g_autoptr(GlnPaper) paper = NULL;
  g_autofree char *title = own_markup (item, "title");
  g_autofree char *link = dup_link (item);
  g_autofree char *guid = own_text (item, is_atom (item) ? "id" : "guid");
  g_autofree char *abstract = NULL;
  g_autofree char *arxiv_id = NULL;
  g_autofree char *doi = NULL;
  g_autofree char *key = NULL;
  g_autofree char *journal = NULL;
  int version = 0;

  /* An arXiv link or an arXiv guid makes it an arXiv paper, whatever feed carried it. */
  if (!gln_arxiv_id_parse (link, &arxiv_id, &version) && guid != NULL &&
      strstr (guid, "arXiv") != NULL)
    gln_arxiv_id_parse (guid, &arxiv_id, &version);
  doi = find_doi (item, link, guid);

  if ((key = gln_paper_key_build (arxiv_id, doi, title)) == NULL)
    {
      g_debug ("Skipping an item without identifier or title");
      return NULL;
    }

  paper = gln_paper_new ();
  gln_paper_set_key (paper, key);
  gln_paper_set_source (paper, "rss");
  gln_paper_set_title (paper, title);
  gln_paper_set_doi (paper, doi);
  gln_paper_set_url (paper, link);
  if (arxiv_id != NULL)
    _gln_source_set_arxiv_id (paper, arxiv_id, version);

  if ((abstract = own_markup (item, is_atom (item) ? "summary" : "description")) == NULL &&
      (abstract = own_markup (item, "content")) == NULL)
    {
      g_autofree char *encoded = _gln_source_xml_child_text (item, GLN_NS_CONTENT, "encoded");

      abstract = _gln_source_strip_markup (encoded);
    }
  gln_paper_set_abstract (paper, abstract);

  if ((journal = prism_text (item, "publicationName")) == NULL)
    journal = _gln_source_xml_child_text (item, GLN_NS_DC, "source");
  gln_paper_set_journal_ref (paper, journal);

  set_authors (paper, item);
  set_date (paper, item);

  return g_steal_pointer (&paper);
}

/* Finds the element holding the items and the channel's title. RSS 1.0 puts its items
 * beside the channel, not in it. */
static xmlNode *
find_items_parent (xmlNode  *root,
                   char    **title)
{
  xmlNode *channel;

  if (_gln_source_xml_is (root, GLN_NS_ATOM, "feed"))
    {
      *title = own_markup (root, "title");
      return root;
    }

  if (_gln_source_xml_is (root, NULL, "rss") &&
      (channel = _gln_source_xml_child (root, NULL, "channel")) != NULL)
    {
      *title = own_markup (channel, "title");
      return channel;
    }

  if (root != NULL && xmlStrEqual (root->name, BAD_CAST "RDF"))
    {
      if ((channel = _gln_source_xml_child (root, GLN_NS_RSS1, "channel")) != NULL)
        *title = own_markup (channel, "title");
      return root;
    }

  return NULL;
}

static gboolean
is_item (xmlNode *node)
{
  return _gln_source_xml_is (node, NULL, "item") ||
         _gln_source_xml_is (node, GLN_NS_RSS1, "item") ||
         _gln_source_xml_is (node, GLN_NS_ATOM, "entry");
}

static const char *
gln_rss_source_get_name (GlnSource *source)
{
  return "rss";
}

static GPtrArray *
gln_rss_source_parse (GlnSource  *source,
                      GBytes     *bytes,
                      GError    **error)
{
  g_autoptr(GPtrArray) papers = NULL;

  if (!gln_rss_source_parse_full (bytes, &papers, NULL, error))
    return NULL;

  return g_steal_pointer (&papers);
}

static void
gln_rss_source_iface_init (GlnSourceInterface *iface)
{
  iface->get_name = gln_rss_source_get_name;
  iface->parse = gln_rss_source_parse;
}

static void
gln_rss_source_class_init (GlnRssSourceClass *klass)
{
}

static void
gln_rss_source_init (GlnRssSource *self)
{
}

/**
 * gln_rss_source_new:
 *
 * Creates the source that reads any RSS 2.0, RSS 1.0 or Atom feed, such as a journal's
 * table of contents.
 *
 * Returns: (transfer full): a new #GlnRssSource
 */
GlnRssSource *
gln_rss_source_new (void)
{
  return g_object_new (GLN_TYPE_RSS_SOURCE, NULL);
}

/**
 * gln_rss_source_parse_full:
 * @bytes: a feed document
 * @papers: (out) (optional) (transfer full) (element-type GlnPaper): the items as papers
 * @channel_title: (out) (optional) (transfer full) (nullable): the feed's own title
 * @error: return location for a #GError
 *
 * Reads title, link, abstract (description, summary or content, without markup), authors
 * (`dc:creator`, Atom authors, RSS authors), the date (`prism:publicationDate`, `dc:date`,
 * `pubDate`, `published`, `updated`, as the publisher wrote it), the DOI (`prism:doi`,
 * `dc:identifier`, a doi.org link) and arXiv identifiers in links. An arXiv announcement
 * feed is read as gln_arxiv_rss_source_new() reads it.
 *
 * Returns: %TRUE on success, %FALSE with %GLN_PARSE_ERROR_INVALID when @bytes is not a feed
 */
gboolean
gln_rss_source_parse_full (GBytes      *bytes,
                           GPtrArray  **papers,
                           char       **channel_title,
                           GError     **error)
{
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(GPtrArray) result = NULL;
  g_autofree char *title = NULL;
  xmlNode *parent;

  g_return_val_if_fail (bytes != NULL, FALSE);

  if (!(doc = _gln_source_read_xml (bytes, "RSS", error)))
    return FALSE;

  if ((parent = find_items_parent (xmlDocGetRootElement (doc), &title)) == NULL)
    {
      g_set_error_literal (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_INVALID,
                           _("The document is not an RSS or Atom feed"));
      return FALSE;
    }

  result = g_ptr_array_new_with_free_func (g_object_unref);
  for (xmlNode *child = parent->children; child != NULL; child = child->next)
    {
      GlnPaper *paper;

      if (!is_item (child))
        continue;

      if (_gln_source_xml_child (child, GLN_NS_ARXIV, "announce_type") != NULL)
        {
          g_autoptr(GlnSource) arxiv = GLN_SOURCE (gln_arxiv_rss_source_new ());

          g_clear_pointer (&result, g_ptr_array_unref);
          if (!(result = gln_source_parse (arxiv, bytes, error)))
            return FALSE;
          break;
        }

      if ((paper = paper_from_item (child)) != NULL)
        g_ptr_array_add (result, paper);
    }

  if (papers != NULL)
    *papers = g_steal_pointer (&result);
  if (channel_title != NULL)
    *channel_title = g_steal_pointer (&title);

  return TRUE;
}
