/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Refreshing the feeds: at start and then on a timer, as the preferences say, and when the
 * user asks. One refresh runs at a time for the whole application; windows show its
 * progress and what it brought. */

#define G_LOG_DOMAIN "gln-application"

#include "config.h"

#include <glib/gi18n.h>

#include "gln-application-private.h"

static void
set_refreshing (GlnApplication *self,
                gboolean        refreshing)
{
  if (self->refreshing == !!refreshing)
    return;

  self->refreshing = !!refreshing;
  g_object_notify_by_pspec (G_OBJECT (self),
                            _gln_application_properties [APPLICATION_PROP_REFRESHING]);
}

typedef struct
{
  GlnApplication *self;
  gboolean        manual;
} RefreshData;

static void
refreshed_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autofree RefreshData *data = user_data;
  g_autoptr(GPtrArray) reports = NULL;
  g_autoptr(GError) error = NULL;
  GlnApplication *self;

  reports = gln_feed_refresher_refresh_finish (GLN_FEED_REFRESHER (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = data->self;
  set_refreshing (self, FALSE);

  if (reports == NULL)
    gln_application_report_error (_("Could not refresh the feeds"), error);
  else
    g_signal_emit (self, _gln_application_signals [APPLICATION_REFRESHED], 0, reports,
                   data->manual);

  /* What the user asked for meanwhile (a feed just added) comes next. */
  if (self->queued_feed >= 0)
    {
      gint64 queued = self->queued_feed;

      self->queued_feed = -1;
      gln_application_refresh (self, queued, TRUE);
    }
}

static gboolean
online (void)
{
  return g_network_monitor_get_network_available (g_network_monitor_get_default ());
}

/**
 * gln_application_refresh:
 * @self: a #GlnApplication
 * @feed_id: the feed to refresh, or 0 for every feed
 * @manual: whether the user asked; automatic refreshes only fetch feeds that are due
 *
 * Starts a refresh. While one runs, the refresh of a feed the user asks for (one just
 * added) follows it; a refresh of every feed is the one running.
 */
void
gln_application_refresh (GlnApplication *self,
                         gint64          feed_id,
                         gboolean        manual)
{
  RefreshData *data;

  g_return_if_fail (GLN_IS_APPLICATION (self));

  if (self->refresher == NULL)
    return;
  if (self->refreshing)
    {
      /* A feed asked for (a new one) is fetched next; two of them, every feed. A refresh of
       * every feed is what runs already. */
      if (manual && feed_id > 0)
        self->queued_feed = self->queued_feed < 0 || self->queued_feed == feed_id ? feed_id : 0;
      return;
    }

  data = g_new0 (RefreshData, 1);
  data->self = self;
  data->manual = manual;

  g_clear_object (&self->refresh_cancellable);
  self->refresh_cancellable = g_cancellable_new ();
  set_refreshing (self, TRUE);
  gln_feed_refresher_refresh_async (self->refresher, feed_id,
                                    manual ? GLN_FEED_REFRESH_NONE : GLN_FEED_REFRESH_DUE_ONLY,
                                    self->refresh_cancellable, refreshed_cb, data);
}

gboolean
gln_application_get_refreshing (GlnApplication *self)
{
  g_return_val_if_fail (GLN_IS_APPLICATION (self), FALSE);

  return self->refreshing;
}

/**
 * gln_application_get_refresher:
 * @self: a #GlnApplication
 *
 * Returns: (transfer none) (nullable): the refresher, once the library is open
 */
GlnFeedRefresher *
gln_application_get_refresher (GlnApplication *self)
{
  g_return_val_if_fail (GLN_IS_APPLICATION (self), NULL);

  return self->refresher;
}

static gboolean
refresh_timeout_cb (gpointer user_data)
{
  GlnApplication *self = user_data;

  /* Offline, the next tick tries again; nothing is lost by waiting. */
  if (online ())
    gln_application_refresh (self, 0, FALSE);

  return G_SOURCE_CONTINUE;
}

static void
schedule_refresh (GlnApplication *self)
{
  guint minutes = g_settings_get_uint (self->settings, "refresh-interval");

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  self->refresh_source = g_timeout_add_seconds (MAX (minutes, 5) * 60, refresh_timeout_cb, self);
}

static void
interval_changed_cb (GlnApplication *self,
                     const char     *key,
                     GSettings      *settings)
{
  schedule_refresh (self);
}

static void
api_key_changed_cb (GlnApplication *self,
                    const char     *key,
                    GSettings      *settings)
{
  g_autofree char *api_key = g_settings_get_string (settings, "openalex-api-key");

  gln_feed_refresher_set_openalex_api_key (self->refresher, *api_key != '\0' ? api_key : NULL);
}

static void
feed_refreshed_cb (GlnApplication   *self,
                   GlnFeedReport    *report,
                   GlnFeedRefresher *refresher)
{
  g_signal_emit (self, _gln_application_signals [APPLICATION_FEED_REFRESHED], 0, report);
}

void
_gln_application_start_refresher (GlnApplication *self)
{
  self->fetcher = gln_fetcher_new ();
  self->refresher = gln_feed_refresher_new (self->store, self->fetcher);
  g_signal_connect_object (self->refresher, "feed-refreshed", G_CALLBACK (feed_refreshed_cb),
                           self, G_CONNECT_SWAPPED);

  g_signal_connect_object (self->settings, "changed::openalex-api-key",
                           G_CALLBACK (api_key_changed_cb), self, G_CONNECT_SWAPPED);
  api_key_changed_cb (self, NULL, self->settings);
  g_signal_connect_object (self->settings, "changed::refresh-interval",
                           G_CALLBACK (interval_changed_cb), self, G_CONNECT_SWAPPED);
  schedule_refresh (self);

  if (g_settings_get_boolean (self->settings, "refresh-on-start") && online ())
    gln_application_refresh (self, 0, FALSE);
}

/* Stops refreshing the library that is closed; _gln_application_start_refresher() starts
 * again for the next one. */
void
_gln_application_stop_refresher (GlnApplication *self)
{
  if (self->settings != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->settings, api_key_changed_cb, self);
      g_signal_handlers_disconnect_by_func (self->settings, interval_changed_cb, self);
    }
  /* The refresh cancelled here does not report back. */
  set_refreshing (self, FALSE);
  self->queued_feed = -1;
  g_cancellable_cancel (self->refresh_cancellable);
  g_clear_object (&self->refresh_cancellable);
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  g_clear_object (&self->refresher);
  g_clear_object (&self->fetcher);
}
