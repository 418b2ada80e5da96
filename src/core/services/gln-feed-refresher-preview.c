/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-feed-refresher"

#include "config.h"

#include "gln-feed-refresher.h"

#include "gln-feed-refresher-private.h"

/* A look at what a feed would bring before it is added: the first response that holds
 * papers, fetched as a refresh would (politely, through the same fetcher) and stored
 * nowhere. */

typedef struct
{
  GlnFeedPager *pager;
} Preview;

static void
preview_free (Preview *preview)
{
  g_clear_object (&preview->pager);
  g_free (preview);
}

static void fetch_next (GTask *task);

static void
parsed_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GlnParseResult) parsed = NULL;
  GError *error = NULL;

  if (!(parsed = gln_parse_finish (result, &error)))
    {
      g_task_return_error (task, error);
      return;
    }

  /* A lookup (OpenAlex's name to identifier) holds no papers; the next response will. */
  if (parsed->papers->len == 0)
    {
      fetch_next (g_steal_pointer (&task));
      return;
    }

  g_task_return_pointer (task, g_steal_pointer (&parsed->papers),
                         (GDestroyNotify) g_ptr_array_unref);
}

static void
fetched_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Preview *preview = g_task_get_task_data (task);
  g_autoptr(GlnFetchResponse) response = NULL;
  GCancellable *cancellable = g_task_get_cancellable (task);
  GError *error = NULL;

  if (!(response = gln_fetcher_fetch_finish (GLN_FETCHER (object), result, &error)))
    {
      g_task_return_error (task, error);
      return;
    }

  gln_parse_async (_gln_feed_page_parse, _gln_feed_page_new (preview->pager, response),
                   (GDestroyNotify) _gln_feed_page_free, cancellable, parsed_cb,
                   g_steal_pointer (&task));
}

static void
fetch_next (GTask *task)
{
  GlnFeedRefresher *self = g_task_get_source_object (task);
  Preview *preview = g_task_get_task_data (task);
  g_autofree char *url = gln_feed_pager_next_url (preview->pager, NULL);
  GlnFetchRequest request = { 0, };

  if (url == NULL)
    {
      g_task_return_pointer (task, g_ptr_array_new_with_free_func (g_object_unref),
                             (GDestroyNotify) g_ptr_array_unref);
      g_object_unref (task);
      return;
    }

  request.url = url;
  request.group = gln_feed_pager_get_group (preview->pager);
  request.service_name = gln_feed_pager_get_service_name (preview->pager);
  gln_fetcher_fetch_async (gln_feed_refresher_get_fetcher (self), &request,
                           g_task_get_cancellable (task), fetched_cb, task);
}

/**
 * gln_feed_refresher_preview_async:
 * @self: a #GlnFeedRefresher
 * @feed: a feed, stored or not
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the papers
 * @user_data: data for @callback
 *
 * Fetches the first papers @feed would bring, without storing anything, so that the user
 * can check a feed before following it.
 */
void
gln_feed_refresher_preview_async (GlnFeedRefresher    *self,
                                  GlnFeed             *feed,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GlnFeedPagerOptions options = {
    .openalex_api_key = gln_feed_refresher_get_openalex_api_key (self),
  };
  Preview *preview;
  GError *error = NULL;

  g_return_if_fail (GLN_IS_FEED_REFRESHER (self));
  g_return_if_fail (GLN_IS_FEED (feed));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, gln_feed_refresher_preview_async);

  preview = g_new0 (Preview, 1);
  g_task_set_task_data (task, preview, (GDestroyNotify) preview_free);
  if (!(preview->pager = gln_feed_pager_new_for_feed (feed, &options, &error)))
    {
      g_task_return_error (task, error);
      return;
    }

  fetch_next (g_steal_pointer (&task));
}

/**
 * gln_feed_refresher_preview_finish:
 * @self: a #GlnFeedRefresher
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type GlnPaper): the first papers of the feed, possibly
 *   none, or %NULL with @error set
 */
GPtrArray *
gln_feed_refresher_preview_finish (GlnFeedRefresher  *self,
                                   GAsyncResult      *result,
                                   GError           **error)
{
  g_return_val_if_fail (GLN_IS_FEED_REFRESHER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
