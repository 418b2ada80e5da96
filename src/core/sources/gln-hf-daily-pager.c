/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-feed-pager"

#include "config.h"

#include "gln-hf-daily-pager.h"

#include "gln-hf-source.h"

#include <string.h>

/* Hugging Face's daily papers of one date, or of the latest day when there is no date,
 * paged with p and limit. A `Link: <…>; rel="next"` header names the next page; without
 * one, a full page means there may be more. */

#define DEFAULT_PAGE_SIZE   50
#define DEFAULT_MAX_RESULTS 500

struct _GlnHfDailyPager
{
  GObject    parent_instance;

  GlnSource *source;
  char      *date;
  guint      page_size;
  guint      max_results;
  guint      page;
  guint      n_results;
  char      *next_url;
  gboolean   done;
};

static void gln_hf_daily_pager_iface_init (GlnFeedPagerInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (GlnHfDailyPager, gln_hf_daily_pager, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (GLN_TYPE_FEED_PAGER,
                                                      gln_hf_daily_pager_iface_init))

static const char *
gln_hf_daily_pager_get_group (GlnFeedPager *pager)
{
  return gln_endpoint_get_group (GLN_ENDPOINT_HF);
}

static const char *
gln_hf_daily_pager_get_service_name (GlnFeedPager *pager)
{
  return gln_endpoint_get_service_name (GLN_ENDPOINT_HF);
}

/* Splits a Link header (RFC 8288) into its links, on the commas outside <…> and quotes. */
static GPtrArray *
split_links (const char *value)
{
  GPtrArray *links = g_ptr_array_new_with_free_func (g_free);
  gboolean in_target = FALSE;
  gboolean in_quotes = FALSE;
  const char *start = value;

  for (const char *p = value; ; p++)
    {
      if (*p == '\0' || (*p == ',' && !in_target && !in_quotes))
        {
          g_ptr_array_add (links, g_strstrip (g_strndup (start, p - start)));
          if (*p == '\0')
            break;
          start = p + 1;
        }
      else if (*p == '<' && !in_quotes)
        in_target = TRUE;
      else if (*p == '>' && !in_quotes)
        in_target = FALSE;
      else if (*p == '"' && !in_target)
        in_quotes = !in_quotes;
    }

  return links;
}

/* The target of `rel="next"`, moved onto our endpoint: only its path and query count. */
static char *
dup_next_link (const char *link)
{
  g_autoptr(GPtrArray) items = link != NULL ? split_links (link) : NULL;
  char *url = NULL;

  for (guint i = 0; items != NULL && i < items->len && url == NULL; i++)
    {
      const char *item = g_ptr_array_index (items, i);
      const char *open = strchr (item, '<');
      const char *close = open != NULL ? strchr (open, '>') : NULL;
      g_autofree char *target = NULL;
      g_autofree char *absolute = NULL;
      g_autoptr(GUri) uri = NULL;
      g_autofree char *path = NULL;

      if (close == NULL || (strstr (close, "rel=\"next\"") == NULL &&
                            strstr (close, "rel=next") == NULL))
        continue;

      target = g_strndup (open + 1, close - open - 1);
      absolute = g_uri_resolve_relative ("https://huggingface.co/api/daily_papers", target,
                                         G_URI_FLAGS_ENCODED, NULL);
      if (absolute == NULL || !(uri = g_uri_parse (absolute, G_URI_FLAGS_ENCODED, NULL)))
        continue;

      path = g_uri_get_query (uri) != NULL
        ? g_strconcat (g_uri_get_path (uri), "?", g_uri_get_query (uri), NULL)
        : g_strdup (g_uri_get_path (uri));
      url = gln_endpoint_dup_url (GLN_ENDPOINT_HF, path);
    }

  return url;
}

static char *
gln_hf_daily_pager_next_url (GlnFeedPager *pager,
                             gboolean     *conditional)
{
  GlnHfDailyPager *self = GLN_HF_DAILY_PAGER (pager);
  g_autofree char *path = NULL;

  if (self->done)
    return NULL;

  *conditional = self->page == 0;
  if (self->next_url != NULL)
    return g_steal_pointer (&self->next_url);

  if (self->date != NULL)
    path = g_strdup_printf ("/api/daily_papers?date=%s&p=%u&limit=%u", self->date, self->page,
                            self->page_size);
  else
    path = g_strdup_printf ("/api/daily_papers?p=%u&limit=%u", self->page, self->page_size);

  return gln_endpoint_dup_url (GLN_ENDPOINT_HF, path);
}

static GPtrArray *
gln_hf_daily_pager_parse (GlnFeedPager        *pager,
                          GBytes              *body,
                          const char          *link,
                          GError             **error)
{
  GlnHfDailyPager *self = GLN_HF_DAILY_PAGER (pager);
  g_autoptr(GPtrArray) papers = NULL;

  if (!(papers = gln_source_parse (self->source, body, error)))
    return NULL;

  self->page++;
  self->n_results += papers->len;
  self->next_url = dup_next_link (link);
  self->done = papers->len == 0 || self->n_results >= self->max_results ||
               (self->next_url == NULL && papers->len < self->page_size);

  return g_steal_pointer (&papers);
}

static void
gln_hf_daily_pager_iface_init (GlnFeedPagerInterface *iface)
{
  iface->get_group = gln_hf_daily_pager_get_group;
  iface->get_service_name = gln_hf_daily_pager_get_service_name;
  iface->next_url = gln_hf_daily_pager_next_url;
  iface->parse = gln_hf_daily_pager_parse;
}

static void
gln_hf_daily_pager_finalize (GObject *object)
{
  GlnHfDailyPager *self = (GlnHfDailyPager *)object;

  g_clear_object (&self->source);
  g_free (self->date);
  g_free (self->next_url);

  G_OBJECT_CLASS (gln_hf_daily_pager_parent_class)->finalize (object);
}

static void
gln_hf_daily_pager_class_init (GlnHfDailyPagerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = gln_hf_daily_pager_finalize;
}

static void
gln_hf_daily_pager_init (GlnHfDailyPager *self)
{
  self->source = GLN_SOURCE (gln_hf_source_new ());
}

/**
 * gln_hf_daily_pager_new:
 * @date: (nullable): a day as "2024-10-25", or %NULL for the latest papers
 * @options: page size (50 by default) and results per refresh (500 by default)
 *
 * Returns: (transfer full): a pager over the daily papers
 */
GlnHfDailyPager *
gln_hf_daily_pager_new (const char                *date,
                        const GlnFeedPagerOptions *options)
{
  GlnHfDailyPager *self;

  g_return_val_if_fail (options != NULL, NULL);

  self = g_object_new (GLN_TYPE_HF_DAILY_PAGER, NULL);
  self->date = g_strdup (date);
  self->page_size = options->page_size > 0 ? options->page_size : DEFAULT_PAGE_SIZE;
  self->max_results = options->max_results > 0 ? options->max_results : DEFAULT_MAX_RESULTS;

  return self;
}
