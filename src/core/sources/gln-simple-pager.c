/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-feed-pager"

#include "config.h"

#include "gln-simple-pager.h"

/* A feed read in one request: an RSS or Atom document, arXiv's daily announcements, a
 * Hugging Face search. */

struct _GlnSimplePager
{
  GObject    parent_instance;

  char      *url;
  GlnSource *source;
  char      *group;
  char      *service_name;
  gboolean   requested;
};

static void gln_simple_pager_iface_init (GlnFeedPagerInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (GlnSimplePager, gln_simple_pager, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (GLN_TYPE_FEED_PAGER,
                                                      gln_simple_pager_iface_init))

static const char *
gln_simple_pager_get_group (GlnFeedPager *pager)
{
  return GLN_SIMPLE_PAGER (pager)->group;
}

static const char *
gln_simple_pager_get_service_name (GlnFeedPager *pager)
{
  return GLN_SIMPLE_PAGER (pager)->service_name;
}

static char *
gln_simple_pager_next_url (GlnFeedPager *pager,
                           gboolean     *conditional)
{
  GlnSimplePager *self = GLN_SIMPLE_PAGER (pager);

  if (self->requested)
    return NULL;

  self->requested = TRUE;
  *conditional = TRUE;
  return g_strdup (self->url);
}

static GPtrArray *
gln_simple_pager_parse (GlnFeedPager        *pager,
                        GBytes              *body,
                        const char          *link,
                        GError             **error)
{
  return gln_source_parse (GLN_SIMPLE_PAGER (pager)->source, body, error);
}

static void
gln_simple_pager_iface_init (GlnFeedPagerInterface *iface)
{
  iface->get_group = gln_simple_pager_get_group;
  iface->get_service_name = gln_simple_pager_get_service_name;
  iface->next_url = gln_simple_pager_next_url;
  iface->parse = gln_simple_pager_parse;
}

static void
gln_simple_pager_finalize (GObject *object)
{
  GlnSimplePager *self = (GlnSimplePager *)object;

  g_clear_object (&self->source);
  g_free (self->url);
  g_free (self->group);
  g_free (self->service_name);

  G_OBJECT_CLASS (gln_simple_pager_parent_class)->finalize (object);
}

static void
gln_simple_pager_class_init (GlnSimplePagerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = gln_simple_pager_finalize;
}

static void
gln_simple_pager_init (GlnSimplePager *self)
{
}

/**
 * gln_simple_pager_new:
 * @url: the feed's one URL
 * @source: the parser of its response
 * @group: (nullable): the politeness group, %NULL for the host's
 * @service_name: (nullable): the service's name for messages, %NULL for the host
 *
 * Returns: (transfer full): a pager that makes one request
 */
GlnSimplePager *
gln_simple_pager_new (const char *url,
                      GlnSource  *source,
                      const char *group,
                      const char *service_name)
{
  GlnSimplePager *self;

  g_return_val_if_fail (url != NULL, NULL);
  g_return_val_if_fail (GLN_IS_SOURCE (source), NULL);

  self = g_object_new (GLN_TYPE_SIMPLE_PAGER, NULL);
  self->url = g_strdup (url);
  self->source = g_object_ref (source);
  self->group = g_strdup (group);
  self->service_name = g_strdup (service_name);

  return self;
}
