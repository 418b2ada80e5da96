/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-arxiv-rss-source"

#include "config.h"

#include "gln-arxiv-rss-source.h"

#include "gln-paper-key.h"
#include "gln-source-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/* rss.arxiv.org's daily announcement feeds, RSS 2.0 or Atom, with the arxiv namespace. Each
 * item is one announcement: a new paper, a cross-list, or a replacement (a new version).
 * The feed spells the DOI and journal reference elements `arxiv:DOI` and
 * `arxiv:journal_reference`, unlike the API. */

struct _GlnArxivRssSource
{
  GObject parent_instance;
};

static void gln_arxiv_rss_source_iface_init (GlnSourceInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (GlnArxivRssSource, gln_arxiv_rss_source, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (GLN_TYPE_SOURCE,
                                                      gln_arxiv_rss_source_iface_init))

static char *
item_text (xmlNode    *item,
           gboolean    atom,
           const char *rss_name,
           const char *atom_name)
{
  if (atom)
    return _gln_source_xml_child_text (item, GLN_NS_ATOM, atom_name);

  return _gln_source_xml_child_text (item, NULL, rss_name);
}

/* The description is "arXiv:2203.01250v3 Announce Type: replace-cross \nAbstract: …". */
static const char *
find_abstract (const char *description)
{
  const char *type;
  const char *abstract;

  if (description == NULL || !g_str_has_prefix (description, "arXiv:") ||
      (type = strstr (description, "Announce Type:")) == NULL ||
      (abstract = strstr (type, "Abstract:")) == NULL)
    return description;

  return abstract + strlen ("Abstract:");
}

static char *
announce_type_from_description (const char *description)
{
  const char *type = description ? strstr (description, "Announce Type:") : NULL;
  const char *end;

  if (type == NULL)
    return NULL;

  type += strlen ("Announce Type:");
  type += strspn (type, " ");
  end = type + strcspn (type, " \n");

  return end > type ? g_strndup (type, end - type) : NULL;
}

/* The version is in the guid ("oai:arXiv.org:2203.01250v3") and the description, never in
 * the link. */
static gboolean
find_arxiv_id (xmlNode     *item,
               gboolean     atom,
               const char  *description,
               char       **arxiv_id,
               int         *version)
{
  g_autofree char *guid = item_text (item, atom, "guid", "id");
  g_autofree char *first_word = NULL;
  g_autofree char *link = NULL;

  if (gln_arxiv_id_parse (guid, arxiv_id, version))
    return TRUE;

  if (description != NULL)
    {
      first_word = g_strndup (description, strcspn (description, " "));
      if (gln_arxiv_id_parse (first_word, arxiv_id, version))
        return TRUE;
    }

  if (atom)
    {
      xmlNode *node = _gln_source_xml_child (item, GLN_NS_ATOM, "link");

      link = node != NULL ? _gln_source_xml_attribute (node, "href") : NULL;
    }
  else
    link = item_text (item, atom, "link", NULL);

  return gln_arxiv_id_parse (link, arxiv_id, version);
}

static void
set_authors (GlnPaper *paper,
             xmlNode  *item)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) names = NULL;

  for (xmlNode *child = item->children; child != NULL; child = child->next)
    {
      g_autofree char *text = NULL;
      g_auto(GStrv) split = NULL;

      if (!_gln_source_xml_is (child, GLN_NS_DC, "creator") ||
          (text = _gln_source_xml_text (child)) == NULL)
        continue;

      if ((split = _gln_source_split_authors (text)) != NULL)
        g_strv_builder_addv (builder, (const char **) split);
    }

  names = g_strv_builder_end (builder);
  gln_paper_set_authors (paper, (const char * const *) names, NULL);
  gln_paper_set_author_count (paper, (int) g_strv_length (names));
}

static void
set_categories (GlnPaper *paper,
                xmlNode  *item,
                gboolean  atom)
{
  g_autoptr(GPtrArray) categories = g_ptr_array_new_with_free_func (g_free);

  for (xmlNode *child = item->children; child != NULL; child = child->next)
    {
      char *term;

      if (!_gln_source_xml_is (child, atom ? GLN_NS_ATOM : NULL, "category"))
        continue;

      term = atom ? _gln_source_xml_attribute (child, "term") : _gln_source_xml_text (child);
      if (term != NULL && !g_ptr_array_find_with_equal_func (categories, term, g_str_equal, NULL))
        g_ptr_array_add (categories, term);
      else
        g_free (term);
    }

  /* The feed names no primary category; arXiv lists it first. */
  if (categories->len > 0)
    gln_paper_set_category (paper, g_ptr_array_index (categories, 0));
  g_ptr_array_add (categories, NULL);
  gln_paper_set_categories (paper, (const char * const *) categories->pdata);
}

static GlnPaper *
paper_from_item (xmlNode  *item,
                 gboolean  atom)
{
  g_autoptr(GlnPaper) paper = NULL;
  g_autofree char *description = item_text (item, atom, "description", "summary");
  g_autofree char *title = item_text (item, atom, "title", "title");
  g_autofree char *abstract = NULL;
  g_autofree char *arxiv_id = NULL;
  g_autofree char *announce_type = NULL;
  g_autofree char *doi_text = NULL;
  g_autofree char *doi = NULL;
  g_autofree char *journal_ref = NULL;
  g_autofree char *date_text = NULL;
  g_autofree char *date = NULL;
  g_autofree char *key = NULL;
  GlnDatePrecision precision;
  int version = 0;

  if (!find_arxiv_id (item, atom, description, &arxiv_id, &version))
    {
      g_debug ("Skipping an announcement without arXiv identifier");
      return NULL;
    }

  doi_text = _gln_source_xml_child_text (item, GLN_NS_ARXIV, "DOI");
  if (doi_text != NULL)
    doi_text[strcspn (doi_text, " ")] = '\0';
  doi = gln_doi_normalize (doi_text);
  key = gln_paper_key_build (arxiv_id, doi, title);

  paper = gln_paper_new ();
  gln_paper_set_key (paper, key);
  gln_paper_set_source (paper, "arxiv");
  gln_paper_set_title (paper, title);
  gln_paper_set_doi (paper, doi);
  _gln_source_set_arxiv_id (paper, arxiv_id, version);

  abstract = _gln_source_normalize_space (find_abstract (description));
  gln_paper_set_abstract (paper, abstract);

  journal_ref = _gln_source_xml_child_text (item, GLN_NS_ARXIV, "journal_reference");
  gln_paper_set_journal_ref (paper, journal_ref);

  set_authors (paper, item);
  set_categories (paper, item, atom);

  /* The date is the announcement's: the paper's first day for a new paper or a cross-list,
   * the new version's day for a replacement. */
  if ((announce_type = _gln_source_xml_child_text (item, GLN_NS_ARXIV, "announce_type")) == NULL)
    announce_type = announce_type_from_description (description);
  date_text = item_text (item, atom, "pubDate", "published");
  if (_gln_source_parse_date (date_text, &date, &precision))
    {
      gln_paper_set_updated (paper, date);
      if (announce_type == NULL || !g_str_has_prefix (announce_type, "replace"))
        _gln_source_set_published (paper, date_text);
    }

  return g_steal_pointer (&paper);
}

static const char *
gln_arxiv_rss_source_get_name (GlnSource *source)
{
  return "arxiv-rss";
}

static GPtrArray *
gln_arxiv_rss_source_parse (GlnSource  *source,
                            GBytes     *bytes,
                            GError    **error)
{
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(GPtrArray) papers = NULL;
  xmlNode *root;
  xmlNode *container;
  gboolean atom;

  if (!(doc = _gln_source_read_xml (bytes, "arXiv", error)))
    return NULL;

  root = xmlDocGetRootElement (doc);
  atom = _gln_source_xml_is (root, GLN_NS_ATOM, "feed");
  if (atom)
    container = root;
  else if (_gln_source_xml_is (root, NULL, "rss") &&
           (container = _gln_source_xml_child (root, NULL, "channel")) != NULL)
    ;
  else
    {
      g_set_error_literal (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_INVALID,
                           _("arXiv response is not an RSS or Atom feed"));
      return NULL;
    }

  /* Weekends and holidays bring an empty channel: no papers, and no error. */
  papers = g_ptr_array_new_with_free_func (g_object_unref);
  for (xmlNode *child = container->children; child != NULL; child = child->next)
    {
      GlnPaper *paper;

      if (_gln_source_xml_is (child, atom ? GLN_NS_ATOM : NULL, atom ? "entry" : "item") &&
          (paper = paper_from_item (child, atom)) != NULL)
        g_ptr_array_add (papers, paper);
    }

  return g_steal_pointer (&papers);
}

static void
gln_arxiv_rss_source_iface_init (GlnSourceInterface *iface)
{
  iface->get_name = gln_arxiv_rss_source_get_name;
  iface->parse = gln_arxiv_rss_source_parse;
}

static void
gln_arxiv_rss_source_class_init (GlnArxivRssSourceClass *klass)
{
}

static void
gln_arxiv_rss_source_init (GlnArxivRssSource *self)
{
}

/**
 * gln_arxiv_rss_source_new:
 *
 * Creates the source that reads arXiv's daily announcement feeds (`rss.arxiv.org/rss/<cat>`
 * and `rss.arxiv.org/atom/<cat>`).
 *
 * Authors come from `dc:creator`, the version from the guid, the abstract from the
 * description without its "Announce Type" prefix. A replacement (`replace`,
 * `replace-cross`) carries the new version number, so that the library marks a known paper
 * as updated; its date is stored as the paper's `updated` date only.
 *
 * Returns: (transfer full): a new #GlnArxivRssSource
 */
GlnArxivRssSource *
gln_arxiv_rss_source_new (void)
{
  return g_object_new (GLN_TYPE_ARXIV_RSS_SOURCE, NULL);
}
