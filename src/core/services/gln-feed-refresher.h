/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "gln-feed.h"
#include "gln-fetcher.h"
#include "gln-import-result.h"
#include "gln-store.h"

G_BEGIN_DECLS

/**
 * GlnFeedReport:
 * @feed_id: the feed
 * @title: its title as shown to the user
 * @kind: its kind
 * @stats: what arrived: new papers (@stats.added), new versions of known ones
 *   (@stats.updated), known ones (@stats.merged and @stats.unchanged)
 * @not_modified: the server said nothing changed since the last refresh
 * @error: (nullable): why the refresh failed; papers stored before the failure stay
 *
 * What one refresh of one feed did.
 */
typedef struct
{
  gint64          feed_id;
  char           *title;
  char           *kind;
  GlnImportStats  stats;
  gboolean        not_modified;
  GError         *error;
} GlnFeedReport;

void gln_feed_report_free (GlnFeedReport *report);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlnFeedReport, gln_feed_report_free)

/**
 * GlnFeedRefreshFlags:
 * @GLN_FEED_REFRESH_NONE: refresh every enabled feed (or the one asked for)
 * @GLN_FEED_REFRESH_DUE_ONLY: only feeds whose refresh interval has passed
 */
typedef enum
{
  GLN_FEED_REFRESH_NONE     = 0,
  GLN_FEED_REFRESH_DUE_ONLY = 1 << 0,
} GlnFeedRefreshFlags;

#define GLN_TYPE_FEED_REFRESHER (gln_feed_refresher_get_type ())
G_DECLARE_FINAL_TYPE (GlnFeedRefresher, gln_feed_refresher, GLN, FEED_REFRESHER, GObject)

GlnFeedRefresher *gln_feed_refresher_new                  (GlnStore             *store,
                                                           GlnFetcher           *fetcher);
GlnFetcher       *gln_feed_refresher_get_fetcher          (GlnFeedRefresher     *self);
const char       *gln_feed_refresher_get_openalex_api_key (GlnFeedRefresher     *self);
void              gln_feed_refresher_set_openalex_api_key (GlnFeedRefresher     *self,
                                                           const char           *api_key);
void              gln_feed_refresher_set_page_size        (GlnFeedRefresher     *self,
                                                           guint                 page_size);
void              gln_feed_refresher_set_max_results      (GlnFeedRefresher     *self,
                                                           guint                 max_results);
void              gln_feed_refresher_set_deadline         (GlnFeedRefresher     *self,
                                                           guint                 deadline_ms);
void              gln_feed_refresher_refresh_async        (GlnFeedRefresher     *self,
                                                           gint64                feed_id,
                                                           GlnFeedRefreshFlags   flags,
                                                           GCancellable         *cancellable,
                                                           GAsyncReadyCallback   callback,
                                                           gpointer              user_data);
GPtrArray        *gln_feed_refresher_refresh_finish       (GlnFeedRefresher     *self,
                                                           GAsyncResult         *result,
                                                           GError              **error);
void              gln_feed_refresher_preview_async        (GlnFeedRefresher     *self,
                                                           GlnFeed              *feed,
                                                           GCancellable         *cancellable,
                                                           GAsyncReadyCallback   callback,
                                                           gpointer              user_data);
GPtrArray        *gln_feed_refresher_preview_finish       (GlnFeedRefresher     *self,
                                                           GAsyncResult         *result,
                                                           GError              **error);

G_END_DECLS
