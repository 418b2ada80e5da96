/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-feed-pager"

#include "config.h"

#include "gln-arxiv-pager.h"

#include "gln-arxiv-source.h"

/* An arXiv API query, newest submissions first, paged with start and max_results until
 * totalResults or the per-refresh cap. */

#define DEFAULT_PAGE_SIZE   100
#define DEFAULT_MAX_RESULTS 200

struct _GlnArxivPager
{
  GObject   parent_instance;

  char     *search_query;
  guint     page_size;
  guint     max_results;
  guint     start;
  guint     total;
  gboolean  done;
};

static void gln_arxiv_pager_iface_init (GlnFeedPagerInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (GlnArxivPager, gln_arxiv_pager, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (GLN_TYPE_FEED_PAGER,
                                                      gln_arxiv_pager_iface_init))

static const char *
gln_arxiv_pager_get_group (GlnFeedPager *pager)
{
  return gln_endpoint_get_group (GLN_ENDPOINT_ARXIV);
}

static const char *
gln_arxiv_pager_get_service_name (GlnFeedPager *pager)
{
  return gln_endpoint_get_service_name (GLN_ENDPOINT_ARXIV);
}

/* The manual writes spaces as "+" and keeps the field prefixes' colons readable. */
static char *
escape_query (const char *query)
{
  g_autofree char *escaped = g_uri_escape_string (query, ":", FALSE);
  g_auto(GStrv) parts = g_strsplit (escaped, "%20", -1);

  return g_strjoinv ("+", parts);
}

static char *
gln_arxiv_pager_next_url (GlnFeedPager *pager,
                          gboolean     *conditional)
{
  GlnArxivPager *self = GLN_ARXIV_PAGER (pager);
  g_autofree char *query = NULL;
  g_autofree char *path = NULL;
  guint end = MIN (self->total, self->max_results);

  if (self->done || self->start >= end)
    return NULL;

  query = escape_query (self->search_query);
  path = g_strdup_printf ("/api/query?search_query=%s&sortBy=submittedDate&sortOrder=descending"
                          "&start=%u&max_results=%u", query, self->start,
                          MIN (self->page_size, end - self->start));
  *conditional = self->start == 0;

  return gln_endpoint_dup_url (GLN_ENDPOINT_ARXIV, path);
}

static GPtrArray *
gln_arxiv_pager_parse (GlnFeedPager        *pager,
                       GBytes              *body,
                       const char          *link,
                       GError             **error)
{
  GlnArxivPager *self = GLN_ARXIV_PAGER (pager);
  g_autoptr(GPtrArray) papers = NULL;
  guint total = 0;

  if (!gln_arxiv_source_parse_full (body, &papers, &total, NULL, error))
    return NULL;

  self->total = total;
  self->start += papers->len;
  self->done = papers->len == 0;

  return g_steal_pointer (&papers);
}

static void
gln_arxiv_pager_iface_init (GlnFeedPagerInterface *iface)
{
  iface->get_group = gln_arxiv_pager_get_group;
  iface->get_service_name = gln_arxiv_pager_get_service_name;
  iface->next_url = gln_arxiv_pager_next_url;
  iface->parse = gln_arxiv_pager_parse;
}

static void
gln_arxiv_pager_finalize (GObject *object)
{
  GlnArxivPager *self = (GlnArxivPager *)object;

  g_free (self->search_query);

  G_OBJECT_CLASS (gln_arxiv_pager_parent_class)->finalize (object);
}

static void
gln_arxiv_pager_class_init (GlnArxivPagerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = gln_arxiv_pager_finalize;
}

static void
gln_arxiv_pager_init (GlnArxivPager *self)
{
  self->total = G_MAXUINT;
}

/**
 * gln_arxiv_pager_new:
 * @search_query: an arXiv `search_query` ("cat:cs.CL", "au:Liu_Y AND ti:BERT")
 * @options: page size (100 by default) and results per refresh (200 by default)
 *
 * Returns: (transfer full): a pager over the query's results, newest submissions first
 */
GlnArxivPager *
gln_arxiv_pager_new (const char                *search_query,
                     const GlnFeedPagerOptions *options)
{
  GlnArxivPager *self;

  g_return_val_if_fail (search_query != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);

  self = g_object_new (GLN_TYPE_ARXIV_PAGER, NULL);
  self->search_query = g_strdup (search_query);
  self->page_size = options->page_size > 0 ? options->page_size : DEFAULT_PAGE_SIZE;
  self->max_results = options->max_results > 0 ? options->max_results : DEFAULT_MAX_RESULTS;

  return self;
}
