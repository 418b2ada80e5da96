/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "gln-feed-pager.h"
#include "gln-feed-refresher.h"
#include "gln-parse-task.h"

G_BEGIN_DECLS

/* One response of a feed, read by its pager on a worker thread (gln_parse_async()). The
 * pager is not touched by the main thread meanwhile: the refresh waits for the parse. */
typedef struct
{
  GlnFeedPager *pager;
  GBytes       *body;
  char         *link;
} GlnFeedPage;

GlnFeedPage *_gln_feed_page_new   (GlnFeedPager      *pager,
                                   GlnFetchResponse  *response);
void         _gln_feed_page_free  (GlnFeedPage       *page);
gboolean     _gln_feed_page_parse (gpointer           page,
                                   GlnParseResult    *result,
                                   GCancellable      *cancellable,
                                   GError           **error);

G_END_DECLS
