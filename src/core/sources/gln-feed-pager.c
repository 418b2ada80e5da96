/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-feed-pager"

#include "config.h"

#include "gln-feed-pager.h"

#include "gln-arxiv-pager.h"
#include "gln-arxiv-rss-source.h"
#include "gln-hf-daily-pager.h"
#include "gln-hf-source.h"
#include "gln-macros.h"
#include "gln-openalex-pager.h"
#include "gln-paper-limits.h"
#include "gln-rss-source.h"
#include "gln-simple-pager.h"
#include "gln-source.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

G_DEFINE_INTERFACE (GlnFeedPager, gln_feed_pager, G_TYPE_OBJECT)

/* Each service with its politeness group: requests of one group are spaced out together,
 * so arXiv's API and its feeds share one. */
static const struct
{
  const char *variable;
  const char *url;
  const char *group;
  const char *service_name;
} endpoints[] = {
  [GLN_ENDPOINT_ARXIV] = {
    "GLEANER_BASE_URL_ARXIV", "https://export.arxiv.org", "arxiv", "arXiv" },
  [GLN_ENDPOINT_ARXIV_RSS] = {
    "GLEANER_BASE_URL_ARXIV_RSS", "https://rss.arxiv.org", "arxiv", "arXiv" },
  [GLN_ENDPOINT_HF] = {
    "GLEANER_BASE_URL_HF", "https://huggingface.co", "huggingface", "Hugging Face" },
  [GLN_ENDPOINT_OPENALEX] = {
    "GLEANER_BASE_URL_OPENALEX", "https://api.openalex.org", "openalex", "OpenAlex" },
  [GLN_ENDPOINT_CROSSREF] = {
    "GLEANER_BASE_URL_CROSSREF", "https://api.crossref.org", "crossref", "Crossref" },
  [GLN_ENDPOINT_SEMANTIC_SCHOLAR] = {
    "GLEANER_BASE_URL_SEMANTIC_SCHOLAR", "https://api.semanticscholar.org", "semanticscholar",
    "Semantic Scholar" },
};

static void
gln_feed_pager_default_init (GlnFeedPagerInterface *iface)
{
}

static gboolean
is_category (const char *text)
{
  gboolean dot = FALSE;

  if (gln_str_empty0 (text))
    return FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '.' && !dot && p != text && p[1] != '\0')
        dot = TRUE;
      else if (!g_ascii_isalpha (*p) && *p != '-')
        return FALSE;
    }

  return TRUE;
}

static gboolean
is_iso_date (const char *text)
{
  int year, month, day;

  return strlen (text) == 10 && sscanf (text, "%4d-%2d-%2d", &year, &month, &day) == 3 &&
         text[4] == '-' && text[7] == '-' && g_date_valid_dmy (day, month, year);
}

/* An arXiv search_query for each way of asking: `cat:cs.CL`, `au:"Yuanxin Liu"`,
 * `all:large AND all:language`, or the query as the user wrote it. */
static char *
arxiv_search_query (GlnFeed  *feed,
                    GError  **error)
{
  g_autofree char *query = gln_feed_dup_param (feed, "query");
  g_autofree char *category = gln_feed_dup_param (feed, "category");
  g_autofree char *author = gln_feed_dup_param (feed, "author");
  g_autofree char *keywords = gln_feed_dup_param (feed, "keywords");

  if (query != NULL)
    return g_steal_pointer (&query);
  if (category != NULL && is_category (category))
    return g_strconcat ("cat:", category, NULL);
  if (author != NULL)
    return strchr (author, ' ') != NULL ? g_strdup_printf ("au:\"%s\"", author)
                                        : g_strconcat ("au:", author, NULL);
  if (keywords != NULL)
    {
      g_auto(GStrv) words = g_strsplit_set (keywords, " \t", -1);
      g_autoptr(GString) out = g_string_new (NULL);

      for (guint i = 0; words[i] != NULL; i++)
        {
          if (words[i][0] == '\0')
            continue;
          g_string_append_printf (out, "%sall:%s", out->len > 0 ? " AND " : "", words[i]);
        }
      return g_string_free (g_steal_pointer (&out), FALSE);
    }

  g_set_error_literal (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_UNSUPPORTED,
                       _("An arXiv feed needs a category, an author, keywords or a query"));
  return NULL;
}

static GlnFeedPager *
new_simple (GlnEndpoint  endpoint,
            const char  *path_and_query,
            GlnSource   *source)
{
  g_autofree char *url = gln_endpoint_dup_url (endpoint, path_and_query);
  g_autoptr(GlnSource) owned = source;

  return GLN_FEED_PAGER (gln_simple_pager_new (url, owned, gln_endpoint_get_group (endpoint),
                                               gln_endpoint_get_service_name (endpoint)));
}

static GlnFeedPager *
new_rss_pager (GlnFeed  *feed,
               GError  **error)
{
  g_autofree char *url = gln_feed_dup_param (feed, "url");
  g_autoptr(GlnSource) source = GLN_SOURCE (gln_rss_source_new ());
  g_autoptr(GUri) uri = NULL;

  if (url == NULL || !(uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL)) ||
      (g_strcmp0 (g_uri_get_scheme (uri), "http") != 0 &&
       g_strcmp0 (g_uri_get_scheme (uri), "https") != 0))
    {
      g_set_error (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_UNSUPPORTED,
                   _("“%s” is not the web address of a feed"), url ? url : "");
      return NULL;
    }

  return GLN_FEED_PAGER (gln_simple_pager_new (url, source, NULL, NULL));
}

/**
 * gln_endpoint_dup_url:
 * @endpoint: a #GlnEndpoint
 * @path_and_query: the path and query of the request, as the real service has them
 *
 * Returns: (transfer full): the full URL, on the real service or on the one the
 *   environment names
 */
char *
gln_endpoint_dup_url (GlnEndpoint  endpoint,
                      const char  *path_and_query)
{
  const char *base;
  g_autoptr(GUri) uri = NULL;
  g_autofree char *origin = NULL;

  g_return_val_if_fail (endpoint < G_N_ELEMENTS (endpoints), NULL);
  g_return_val_if_fail (path_and_query != NULL && path_and_query[0] == '/', NULL);

  base = g_getenv (endpoints[endpoint].variable);
  if (gln_str_empty0 (base) || !(uri = g_uri_parse (base, G_URI_FLAGS_NONE, NULL)) ||
      g_uri_get_host (uri) == NULL)
    {
      if (!gln_str_empty0 (base))
        g_warning ("Ignoring %s=%s: not an absolute URL", endpoints[endpoint].variable, base);
      return g_strconcat (endpoints[endpoint].url, path_and_query, NULL);
    }

  origin = g_uri_join (G_URI_FLAGS_NONE, g_uri_get_scheme (uri), NULL, g_uri_get_host (uri),
                       g_uri_get_port (uri), "", NULL, NULL);
  return g_strconcat (origin, path_and_query, NULL);
}

/* The politeness group of @endpoint's service (see #GlnFetchRequest). */
const char *
gln_endpoint_get_group (GlnEndpoint endpoint)
{
  g_return_val_if_fail (endpoint < G_N_ELEMENTS (endpoints), NULL);

  return endpoints[endpoint].group;
}

/* @endpoint's service as a user knows it. */
const char *
gln_endpoint_get_service_name (GlnEndpoint endpoint)
{
  g_return_val_if_fail (endpoint < G_N_ELEMENTS (endpoints), NULL);

  return endpoints[endpoint].service_name;
}

/**
 * gln_feed_pager_new_for_feed:
 * @feed: a feed
 * @options: (nullable): page sizes and keys, %NULL for the defaults
 * @error: return location for a #GError
 *
 * Creates the pager for one refresh of @feed. It also checks the feed's parameters: the
 * error says what is missing or wrong.
 *
 * Returns: (transfer full): a new pager, or %NULL with %GLN_PARSE_ERROR_UNSUPPORTED
 */
GlnFeedPager *
gln_feed_pager_new_for_feed (GlnFeed                    *feed,
                             const GlnFeedPagerOptions  *options,
                             GError                    **error)
{
  static const GlnFeedPagerOptions defaults = { 0, };
  const char *kind;

  g_return_val_if_fail (GLN_IS_FEED (feed), NULL);

  if (options == NULL)
    options = &defaults;
  kind = gln_feed_get_kind (feed);

  if (g_strcmp0 (kind, "arxiv") == 0)
    {
      g_autofree char *query = arxiv_search_query (feed, error);

      return query ? GLN_FEED_PAGER (gln_arxiv_pager_new (query, options)) : NULL;
    }

  if (g_strcmp0 (kind, "arxiv-rss") == 0)
    {
      g_autofree char *category = gln_feed_dup_param (feed, "category");
      g_autofree char *path = NULL;

      if (!is_category (category))
        {
          g_set_error (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_UNSUPPORTED,
                       _("“%s” is not an arXiv category such as cs.CL"), category ? category : "");
          return NULL;
        }
      path = g_strconcat ("/rss/", category, NULL);
      return new_simple (GLN_ENDPOINT_ARXIV_RSS, path, GLN_SOURCE (gln_arxiv_rss_source_new ()));
    }

  if (g_strcmp0 (kind, "hf-daily") == 0)
    {
      g_autofree char *date = gln_feed_dup_param (feed, "date");

      if (date != NULL && !is_iso_date (date))
        {
          g_set_error (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_UNSUPPORTED,
                       _("“%s” is not a date like 2024-10-25"), date);
          return NULL;
        }
      return GLN_FEED_PAGER (gln_hf_daily_pager_new (date, options));
    }

  if (g_strcmp0 (kind, "hf-search") == 0)
    {
      g_autofree char *query = gln_feed_dup_param (feed, "query");
      g_autofree char *escaped = NULL;
      g_autofree char *path = NULL;

      if (query == NULL)
        {
          g_set_error_literal (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_UNSUPPORTED,
                               _("A Hugging Face search needs a query"));
          return NULL;
        }
      escaped = g_uri_escape_string (query, NULL, FALSE);
      path = g_strconcat ("/api/papers/search?q=", escaped, NULL);
      return new_simple (GLN_ENDPOINT_HF, path, GLN_SOURCE (gln_hf_source_new ()));
    }

  if (g_strcmp0 (kind, "openalex") == 0)
    return GLN_FEED_PAGER (gln_openalex_pager_new_for_feed (feed, options, error));

  if (g_strcmp0 (kind, "rss") == 0)
    return new_rss_pager (feed, error);

  g_set_error (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_UNSUPPORTED,
               _("Unknown kind of feed “%s”"), kind ? kind : "");
  return NULL;
}

/**
 * gln_feed_pager_get_group:
 * @self: a #GlnFeedPager
 *
 * Returns: (nullable): the fetcher's politeness group of the pager's requests, %NULL for
 *   their host's
 */
const char *
gln_feed_pager_get_group (GlnFeedPager *self)
{
  g_return_val_if_fail (GLN_IS_FEED_PAGER (self), NULL);

  return GLN_FEED_PAGER_GET_IFACE (self)->get_group (self);
}

/**
 * gln_feed_pager_get_service_name:
 * @self: a #GlnFeedPager
 *
 * Returns: (nullable): the service's name for messages ("arXiv"), %NULL for the host
 */
const char *
gln_feed_pager_get_service_name (GlnFeedPager *self)
{
  g_return_val_if_fail (GLN_IS_FEED_PAGER (self), NULL);

  return GLN_FEED_PAGER_GET_IFACE (self)->get_service_name (self);
}

/**
 * gln_feed_pager_next_url:
 * @self: a #GlnFeedPager
 * @conditional: (out) (optional): whether the request may carry the stored validators
 *
 * Returns: (transfer full) (nullable): the next URL to fetch, or %NULL when done
 */
char *
gln_feed_pager_next_url (GlnFeedPager *self,
                         gboolean     *conditional)
{
  gboolean ignored = FALSE;

  g_return_val_if_fail (GLN_IS_FEED_PAGER (self), NULL);

  return GLN_FEED_PAGER_GET_IFACE (self)->next_url (self, conditional ? conditional : &ignored);
}

/**
 * gln_feed_pager_parse:
 * @self: a #GlnFeedPager
 * @body: the body of the response to the last URL
 * @link: (nullable): its `Link` header, for the sources that page by it
 * @error: return location for a #GError
 *
 * Values longer than gln-paper-limits.h allows are cut, as gln_source_parse() cuts them.
 *
 * Returns: (transfer full) (element-type GlnPaper): the papers of the response, possibly
 *   none, or %NULL with @error set when the response cannot be read
 */
GPtrArray *
gln_feed_pager_parse (GlnFeedPager        *self,
                      GBytes              *body,
                      const char          *link,
                      GError             **error)
{
  GPtrArray *papers;

  g_return_val_if_fail (GLN_IS_FEED_PAGER (self), NULL);
  g_return_val_if_fail (body != NULL, NULL);

  papers = GLN_FEED_PAGER_GET_IFACE (self)->parse (self, body, link, error);
  for (guint i = 0; papers != NULL && i < papers->len; i++)
    g_free (gln_paper_limit_lengths (papers->pdata[i]));

  return papers;
}

/**
 * gln_feed_pager_dup_params:
 * @self: a #GlnFeedPager
 *
 * Returns: (transfer full) (nullable): new parameters for the feed, or %NULL to keep them
 */
char *
gln_feed_pager_dup_params (GlnFeedPager *self)
{
  GlnFeedPagerInterface *iface;

  g_return_val_if_fail (GLN_IS_FEED_PAGER (self), NULL);

  iface = GLN_FEED_PAGER_GET_IFACE (self);
  return iface->dup_params != NULL ? iface->dup_params (self) : NULL;
}
