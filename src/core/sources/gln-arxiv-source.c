/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-arxiv-source"

#include "config.h"

#include "gln-arxiv-source.h"

#include "gln-paper.h"
#include "gln-paper-key.h"
#include "gln-source-private.h"

#include <glib/gi18n-lib.h>
#include <libxml/tree.h>
#include <string.h>

/* The legacy layout declares the arxiv: and opensearch: prefixes on each element, the current
 * one on <feed>; the shared helpers match by namespace URI, so both read the same. */
#define OPENSEARCH_NS "http://a9.com/-/spec/opensearch/1.1/"

struct _GlnArxivSource
{
  GObject parent_instance;
};

static void gln_arxiv_source_iface_init (GlnSourceInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (GlnArxivSource, gln_arxiv_source, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (GLN_TYPE_SOURCE,
                                                      gln_arxiv_source_iface_init))

/* arXiv's own pages show dates in UTC, so a timestamp with an offset is converted first;
 * the new backend writes "Z" anyway. A bare date is taken as it is. */
static char *
iso_date_from_timestamp (const char *timestamp)
{
  const char *s = timestamp;
  char *date;

  if (timestamp == NULL)
    return NULL;

  if ((date = _gln_source_utc_date (timestamp)) != NULL)
    return date;

  if (strlen (s) >= 10 &&
      g_ascii_isdigit (s[0]) && g_ascii_isdigit (s[1]) &&
      g_ascii_isdigit (s[2]) && g_ascii_isdigit (s[3]) && s[4] == '-' &&
      g_ascii_isdigit (s[5]) && g_ascii_isdigit (s[6]) && s[7] == '-' &&
      g_ascii_isdigit (s[8]) && g_ascii_isdigit (s[9]) &&
      (s[10] == '\0' || s[10] == 'T' || s[10] == ' ') &&
      g_date_valid_dmy ((s[8] - '0') * 10 + (s[9] - '0'),
                        (s[5] - '0') * 10 + (s[6] - '0'),
                        (s[0] - '0') * 1000 + (s[1] - '0') * 100 +
                        (s[2] - '0') * 10 + (s[3] - '0')))
    return g_strndup (s, 10);

  return NULL;
}

/* Returns the path of @href ("/pdf/…") when it points into arxiv.org, else %NULL. */
static const char *
arxiv_url_path (const char *href)
{
  const char *host;
  const char *slash;
  gsize host_len;

  if (g_ascii_strncasecmp (href, "https://", 8) == 0)
    host = href + 8;
  else if (g_ascii_strncasecmp (href, "http://", 7) == 0)
    host = href + 7;
  else
    return NULL;

  slash = strchr (host, '/');
  if (slash == NULL)
    return NULL;

  host_len = slash - host;
  if ((host_len == 9 && g_ascii_strncasecmp (host, "arxiv.org", 9) == 0) ||
      (host_len > 10 && g_ascii_strncasecmp (slash - 10, ".arxiv.org", 10) == 0))
    return slash;

  return NULL;
}

static char *
dup_https (const char *href)
{
  if (arxiv_url_path (href) != NULL && g_ascii_strncasecmp (href, "http://", 7) == 0)
    return g_strconcat ("https://", href + 7, NULL);

  return g_strdup (href);
}

/* The arxiv:doi element may hold several DOIs separated by spaces; the first one is the
 * paper's. */
static char *
first_doi (const char *text)
{
  g_auto(GStrv) tokens = NULL;

  if (text == NULL)
    return NULL;

  tokens = g_strsplit (text, " ", 2);
  return gln_doi_normalize (tokens[0]);
}

static void
set_authors_from_entry (GlnPaper *paper,
                        xmlNode  *entry)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) affiliations = g_ptr_array_new_with_free_func (g_free);

  for (xmlNode *child = entry->children; child != NULL; child = child->next)
    {
      g_autoptr(GPtrArray) parts = NULL;
      char *name;

      if (!_gln_source_xml_is (child, GLN_NS_ATOM, "author"))
        continue;

      if ((name = _gln_source_xml_child_text (child, GLN_NS_ATOM, "name")) == NULL)
        continue;

      parts = g_ptr_array_new_with_free_func (g_free);
      for (xmlNode *node = child->children; node != NULL; node = node->next)
        {
          char *affiliation;

          if (_gln_source_xml_is (node, GLN_NS_ARXIV, "affiliation") &&
              (affiliation = _gln_source_xml_text (node)) != NULL)
            g_ptr_array_add (parts, affiliation);
        }
      g_ptr_array_add (parts, NULL);

      g_ptr_array_add (names, name);
      g_ptr_array_add (affiliations, g_strjoinv ("; ", (char **) parts->pdata));
    }

  gln_paper_set_author_count (paper, (int) names->len);

  g_ptr_array_add (names, NULL);
  g_ptr_array_add (affiliations, NULL);
  gln_paper_set_authors (paper,
                         (const char * const *) names->pdata,
                         (const char * const *) affiliations->pdata);
}

static void
set_categories_from_entry (GlnPaper *paper,
                           xmlNode  *entry)
{
  g_autoptr(GPtrArray) categories = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *primary = NULL;
  xmlNode *node;

  if ((node = _gln_source_xml_child (entry, GLN_NS_ARXIV, "primary_category")) != NULL)
    primary = _gln_source_xml_attribute (node, "term");

  for (xmlNode *child = entry->children; child != NULL; child = child->next)
    {
      char *term;

      if (!_gln_source_xml_is (child, GLN_NS_ATOM, "category") ||
          (term = _gln_source_xml_attribute (child, "term")) == NULL)
        continue;

      if (g_ptr_array_find_with_equal_func (categories, term, g_str_equal, NULL))
        g_free (term);
      else
        g_ptr_array_add (categories, term);
    }

  if (primary != NULL &&
      !g_ptr_array_find_with_equal_func (categories, primary, g_str_equal, NULL))
    g_ptr_array_insert (categories, 0, g_strdup (primary));

  if (primary == NULL && categories->len > 0)
    primary = g_strdup (g_ptr_array_index (categories, 0));

  gln_paper_set_category (paper, primary);
  g_ptr_array_add (categories, NULL);
  gln_paper_set_categories (paper, (const char * const *) categories->pdata);
}

/* Abstract page, PDF and DOI links. The legacy layout marks them with rel/title/type, the
 * current one gives bare hrefs (sometimes all rel="alternate"), so the path decides. */
static void
find_links (xmlNode  *entry,
            char    **abs_url,
            char    **pdf_url,
            char    **doi)
{
  for (xmlNode *child = entry->children; child != NULL; child = child->next)
    {
      g_autofree char *href = NULL;
      g_autofree char *title = NULL;
      g_autofree char *type = NULL;
      const char *path;

      if (!_gln_source_xml_is (child, GLN_NS_ATOM, "link") ||
          (href = _gln_source_xml_attribute (child, "href")) == NULL)
        continue;

      title = _gln_source_xml_attribute (child, "title");
      type = _gln_source_xml_attribute (child, "type");
      path = arxiv_url_path (href);

      if (g_strcmp0 (title, "pdf") == 0 || g_strcmp0 (type, "application/pdf") == 0 ||
          (path != NULL && g_str_has_prefix (path, "/pdf/")))
        {
          if (*pdf_url == NULL)
            *pdf_url = dup_https (href);
        }
      else if (path != NULL && g_str_has_prefix (path, "/abs/"))
        {
          if (*abs_url == NULL)
            *abs_url = dup_https (href);
        }
      else if (*doi == NULL)
        *doi = gln_doi_normalize (href);
    }
}

/* Returns %NULL for an entry that identifies no paper at all; arXiv never sends one, and
 * dropping it is better than failing the whole page. */
static GlnPaper *
paper_from_entry (xmlNode *entry)
{
  g_autoptr(GlnPaper) paper = gln_paper_new ();
  g_autofree char *id_text = NULL;
  g_autofree char *arxiv_id = NULL;
  g_autofree char *title = NULL;
  g_autofree char *doi = NULL;
  g_autofree char *doi_text = NULL;
  g_autofree char *key = NULL;
  g_autofree char *published = NULL;
  g_autofree char *updated = NULL;
  g_autofree char *timestamp = NULL;
  g_autofree char *abstract = NULL;
  g_autofree char *comment = NULL;
  g_autofree char *journal_ref = NULL;
  g_autofree char *abs_url = NULL;
  g_autofree char *pdf_url = NULL;
  g_autofree char *link_doi = NULL;
  int version = 0;

  id_text = _gln_source_xml_child_text (entry, GLN_NS_ATOM, "id");
  title = _gln_source_xml_child_text (entry, GLN_NS_ATOM, "title");
  find_links (entry, &abs_url, &pdf_url, &link_doi);

  if (!gln_arxiv_id_parse (id_text, &arxiv_id, &version))
    gln_arxiv_id_parse (abs_url, &arxiv_id, &version);

  doi_text = _gln_source_xml_child_text (entry, GLN_NS_ARXIV, "doi");
  doi = first_doi (doi_text);
  if (doi == NULL)
    doi = g_steal_pointer (&link_doi);

  key = gln_paper_key_build (arxiv_id, doi, title);
  if (key == NULL)
    {
      g_debug ("Skipping an entry without identifier or title");
      return NULL;
    }

  gln_paper_set_key (paper, key);
  gln_paper_set_source (paper, "arxiv");
  gln_paper_set_title (paper, title);
  gln_paper_set_doi (paper, doi);

  if (arxiv_id != NULL)
    _gln_source_set_arxiv_id (paper, arxiv_id, version);
  else
    gln_paper_set_url (paper, abs_url);

  /* A PDF link in the entry wins over the one built from the identifier. */
  if (pdf_url != NULL)
    gln_paper_set_pdf_url (paper, pdf_url);

  abstract = _gln_source_xml_child_text (entry, GLN_NS_ATOM, "summary");
  gln_paper_set_abstract (paper, abstract);

  timestamp = _gln_source_xml_child_text (entry, GLN_NS_ATOM, "published");
  if ((published = iso_date_from_timestamp (timestamp)) != NULL)
    {
      gln_paper_set_published (paper, published);
      gln_paper_set_date_precision (paper, GLN_DATE_PRECISION_DAY);
    }
  g_clear_pointer (&timestamp, g_free);
  timestamp = _gln_source_xml_child_text (entry, GLN_NS_ATOM, "updated");
  updated = iso_date_from_timestamp (timestamp);
  gln_paper_set_updated (paper, updated);

  comment = _gln_source_xml_child_text (entry, GLN_NS_ARXIV, "comment");
  gln_paper_set_comment (paper, comment);
  journal_ref = _gln_source_xml_child_text (entry, GLN_NS_ARXIV, "journal_ref");
  gln_paper_set_journal_ref (paper, journal_ref);

  set_authors_from_entry (paper, entry);
  set_categories_from_entry (paper, entry);

  return g_steal_pointer (&paper);
}

/* arXiv reports a bad request as a feed whose single entry has an id under
 * http://arxiv.org/api/errors and the message as its summary. */
static gboolean
check_error_entry (xmlNode  *entry,
                   GError  **error)
{
  g_autofree char *id_text = _gln_source_xml_child_text (entry, GLN_NS_ATOM, "id");
  g_autofree char *message = NULL;

  if (id_text == NULL || strstr (id_text, "arxiv.org/api/errors") == NULL)
    return TRUE;

  message = _gln_source_xml_child_text (entry, GLN_NS_ATOM, "summary");
  if (message != NULL)
    g_set_error_literal (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_SERVICE, message);
  else
    g_set_error_literal (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_SERVICE,
                         _("arXiv reported an error"));

  return FALSE;
}

/* One complete <entry> of the feed: arXiv's error entry fails the parse. */
static gboolean
add_entry (xmlNode   *entry,
           gpointer   user_data,
           GError   **error)
{
  GPtrArray *papers = user_data;
  GlnPaper *paper;

  if (!check_error_entry (entry, error))
    return FALSE;

  if ((paper = paper_from_entry (entry)) != NULL)
    g_ptr_array_add (papers, paper);

  return TRUE;
}

static gboolean
read_count (xmlNode    *feed,
            const char *name,
            guint      *value)
{
  g_autofree char *text = _gln_source_xml_child_text (feed, OPENSEARCH_NS, name);
  guint64 parsed;

  if (text == NULL || !g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT, &parsed, NULL))
    return FALSE;

  *value = (guint) parsed;
  return TRUE;
}

static const char *
gln_arxiv_source_get_name (GlnSource *source)
{
  return "arxiv";
}

static GPtrArray *
gln_arxiv_source_parse (GlnSource  *source,
                        GBytes     *bytes,
                        GError    **error)
{
  g_autoptr(GPtrArray) papers = NULL;

  if (!gln_arxiv_source_parse_full (bytes, &papers, NULL, NULL, error))
    return NULL;

  return g_steal_pointer (&papers);
}

static void
gln_arxiv_source_iface_init (GlnSourceInterface *iface)
{
  iface->get_name = gln_arxiv_source_get_name;
  iface->parse = gln_arxiv_source_parse;
}

static void
gln_arxiv_source_class_init (GlnArxivSourceClass *klass)
{
}

static void
gln_arxiv_source_init (GlnArxivSource *self)
{
}

/**
 * gln_arxiv_source_new:
 *
 * Creates the source that reads arXiv API (`export.arxiv.org/api/query`) responses.
 *
 * Returns: (transfer full): a new #GlnArxivSource
 */
GlnArxivSource *
gln_arxiv_source_new (void)
{
  return g_object_new (GLN_TYPE_ARXIV_SOURCE, NULL);
}

/**
 * gln_arxiv_source_parse_full:
 * @bytes: an arXiv API response body (Atom, current or legacy layout)
 * @papers: (out) (optional) (transfer full) (element-type GlnPaper): the papers, in feed
 *   order, possibly none
 * @total_results: (out) (optional): `opensearch:totalResults`, the size of the whole
 *   result set, or the number of entries when the feed does not say
 * @start_index: (out) (optional): `opensearch:startIndex`, the 0-based offset of this page
 * @error: return location for a #GError
 *
 * Parses one page of arXiv API results, with the paging information the fetcher needs.
 *
 * Dates are ISO dates in UTC with %GLN_DATE_PRECISION_DAY; the date text is left unset,
 * since the API gives a machine timestamp rather than a date as a reader saw it.
 *
 * Returns: %TRUE on success; %FALSE with %GLN_PARSE_ERROR_INVALID when @bytes is not an
 *   Atom feed, or %GLN_PARSE_ERROR_SERVICE when it is arXiv's error feed
 */
gboolean
gln_arxiv_source_parse_full (GBytes     *bytes,
                             GPtrArray **papers,
                             guint      *total_results,
                             guint      *start_index,
                             GError    **error)
{
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func (g_object_unref);
  xmlNode *feed;
  guint total = 0;
  guint start = 0;

  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Entries are read as they complete and freed: a file of 100,000 never stands whole in
   * memory as XML. */
  doc = _gln_source_read_xml_each (bytes, "arXiv", GLN_SOURCE_XML_LINE_ONCE, GLN_NS_ATOM, "entry",
                                   add_entry, result, error);
  if (doc == NULL)
    return FALSE;

  feed = xmlDocGetRootElement (doc);
  if (feed == NULL || !_gln_source_xml_is (feed, GLN_NS_ATOM, "feed"))
    {
      g_set_error_literal (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_INVALID,
                           _("arXiv response is not an Atom feed"));
      return FALSE;
    }

  if (!read_count (feed, "totalResults", &total))
    total = result->len;
  read_count (feed, "startIndex", &start);

  if (total_results != NULL)
    *total_results = total;
  if (start_index != NULL)
    *start_index = start;
  if (papers != NULL)
    *papers = g_steal_pointer (&result);

  return TRUE;
}
