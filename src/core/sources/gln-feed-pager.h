/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "gln-feed.h"

G_BEGIN_DECLS

/**
 * GlnEndpoint:
 * @GLN_ENDPOINT_ARXIV: the arXiv API, `https://export.arxiv.org`
 * @GLN_ENDPOINT_ARXIV_RSS: arXiv's announcement feeds, `https://rss.arxiv.org`
 * @GLN_ENDPOINT_HF: Hugging Face, `https://huggingface.co`
 * @GLN_ENDPOINT_OPENALEX: the OpenAlex API, `https://api.openalex.org`
 * @GLN_ENDPOINT_CROSSREF: the Crossref API, `https://api.crossref.org`
 * @GLN_ENDPOINT_SEMANTIC_SCHOLAR: the Semantic Scholar Graph API,
 *   `https://api.semanticscholar.org`
 *
 * The services feeds and lookups talk to. `$GLEANER_BASE_URL_ARXIV`,
 * `$GLEANER_BASE_URL_ARXIV_RSS`, `$GLEANER_BASE_URL_HF`, `$GLEANER_BASE_URL_OPENALEX` and
 * `$GLEANER_BASE_URL_CROSSREF` (and `$GLEANER_BASE_URL_SEMANTIC_SCHOLAR`) replace the scheme, host and port of each; the path and query
 * stay what the real service expects.
 */
typedef enum
{
  GLN_ENDPOINT_ARXIV,
  GLN_ENDPOINT_ARXIV_RSS,
  GLN_ENDPOINT_HF,
  GLN_ENDPOINT_OPENALEX,
  GLN_ENDPOINT_CROSSREF,
  GLN_ENDPOINT_SEMANTIC_SCHOLAR,
} GlnEndpoint;

/**
 * GlnFeedPagerOptions:
 * @page_size: results asked for per request, 0 for the source's default
 * @max_results: results fetched per refresh at most, 0 for the source's default
 * @openalex_api_key: (nullable): the user's OpenAlex API key
 */
typedef struct
{
  guint       page_size;
  guint       max_results;
  const char *openalex_api_key;
} GlnFeedPagerOptions;

#define GLN_TYPE_FEED_PAGER (gln_feed_pager_get_type ())
G_DECLARE_INTERFACE (GlnFeedPager, gln_feed_pager, GLN, FEED_PAGER, GObject)

/**
 * GlnFeedPagerInterface:
 * @get_group: the fetcher's politeness group of the requests, or %NULL for their host
 * @get_service_name: the service as users know it ("arXiv"), or %NULL for the host
 * @next_url: the URL of the next request, or %NULL when the feed has been read; sets
 *   @conditional when the request may carry the feed's stored validators
 * @parse: reads the response to the last request and moves on; returns the papers in it
 * @dup_params: (nullable): the feed's parameters when reading it taught something worth
 *   keeping (an identifier looked up from a name), else %NULL
 *
 * Walks one refresh of a feed: which requests to make, in which order, and what their
 * responses hold. A pager does no I/O; the feed refresher fetches for it.
 */
struct _GlnFeedPagerInterface
{
  GTypeInterface parent_iface;

  const char *(*get_group)        (GlnFeedPager        *self);
  const char *(*get_service_name) (GlnFeedPager        *self);
  char       *(*next_url)         (GlnFeedPager        *self,
                                   gboolean            *conditional);
  GPtrArray  *(*parse)            (GlnFeedPager        *self,
                                   GBytes              *body,
                                   const char          *link,
                                   GError             **error);
  char       *(*dup_params)       (GlnFeedPager        *self);
};

char         *gln_endpoint_dup_url            (GlnEndpoint                 endpoint,
                                               const char                 *path_and_query);
const char   *gln_endpoint_get_group          (GlnEndpoint                 endpoint);
const char   *gln_endpoint_get_service_name   (GlnEndpoint                 endpoint);
GlnFeedPager *gln_feed_pager_new_for_feed     (GlnFeed                    *feed,
                                               const GlnFeedPagerOptions  *options,
                                               GError                    **error);
const char   *gln_feed_pager_get_group        (GlnFeedPager               *self);
const char   *gln_feed_pager_get_service_name (GlnFeedPager               *self);
char         *gln_feed_pager_next_url         (GlnFeedPager               *self,
                                               gboolean                   *conditional);
GPtrArray    *gln_feed_pager_parse            (GlnFeedPager               *self,
                                               GBytes                     *body,
                                               const char                 *link,
                                               GError                    **error);
char         *gln_feed_pager_dup_params       (GlnFeedPager               *self);

G_END_DECLS
