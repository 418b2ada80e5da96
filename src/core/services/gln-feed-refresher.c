/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-feed-refresher"

#include "config.h"

#include "gln-feed-refresher.h"

#include "gln-feed-refresher-private.h"
#include "gln-importer.h"
#include "gln-macros.h"
#include "gln-store-feeds.h"

#include <glib/gi18n-lib.h>

#define DEFAULT_DEADLINE_MS (10 * 60 * 1000)

/* Refreshing a feed: its pager says what to fetch, the fetcher fetches politely, and each
 * response goes through the importer (parsed off the main thread, stored in one job of its
 * own), so that a response that cannot be read stores nothing while the pages before it
 * stay. Feeds refresh side by side; the fetcher keeps each service's requests in single
 * file. Paging stops at a page that brings nothing new: sources list newest first, so the
 * rest is known already. */

struct _GlnFeedRefresher
{
  GObject     parent_instance;

  GlnStore    *store;
  GlnImporter *importer;
  GlnFetcher  *fetcher;
  char       *openalex_api_key;
  guint       page_size;
  guint       max_results;
  guint       deadline_ms;
};

enum {
  PROP_0,
  PROP_OPENALEX_API_KEY,
  N_PROPS
};

enum {
  FEED_REFRESHED,
  N_SIGNALS
};

typedef struct
{
  gint64               feed_id;
  GlnFeedRefreshFlags  flags;
  GPtrArray           *reports;
  guint                pending;
} RefreshData;

/* One feed's refresh. */
typedef struct
{
  GTask         *task;          /* the whole refresh */
  GlnFeedReport *report;        /* owned by RefreshData.reports */
  GlnFeed       *feed;
  GlnFeedPager  *pager;
  GlnImportStats page;          /* what the last response brought */
  gboolean       conditional;
  gboolean       have_validators;
  gboolean       expired;       /* past the refresher's deadline */
  char          *etag;
  char          *last_modified;
  GCancellable  *fetch_cancellable;  /* cancelled with the refresh, or by the deadline */
  gulong         cancelled_id;
  guint          deadline_id;
} FeedRun;

G_DEFINE_FINAL_TYPE (GlnFeedRefresher, gln_feed_refresher, G_TYPE_OBJECT)

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static void fetch_next (FeedRun *run);

static void
refresh_data_free (RefreshData *data)
{
  g_clear_pointer (&data->reports, g_ptr_array_unref);
  g_free (data);
}

static void
feed_run_free (FeedRun *run)
{
  g_clear_handle_id (&run->deadline_id, g_source_remove);
  g_cancellable_disconnect (g_task_get_cancellable (run->task), run->cancelled_id);
  g_clear_object (&run->fetch_cancellable);
  g_clear_object (&run->task);
  g_clear_object (&run->feed);
  g_clear_object (&run->pager);
  g_free (run->etag);
  g_free (run->last_modified);
  g_free (run);
}

static GlnFeedRefresher *
run_get_refresher (FeedRun *run)
{
  return g_task_get_source_object (run->task);
}

static GCancellable *
run_get_cancellable (FeedRun *run)
{
  return g_task_get_cancellable (run->task);
}

static void
finish_refresh_if_done (GTask *task)
{
  RefreshData *data = g_task_get_task_data (task);

  if (--data->pending > 0)
    return;

  if (!g_task_return_error_if_cancelled (task))
    g_task_return_pointer (task, g_ptr_array_ref (data->reports),
                           (GDestroyNotify) g_ptr_array_unref);
}

static void
status_written_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  FeedRun *run = user_data;
  g_autoptr(GError) error = NULL;

  if (!gln_store_edit_finish (GLN_STORE (object), result, &error) && run->report->error == NULL)
    run->report->error = g_steal_pointer (&error);

  g_signal_emit (run_get_refresher (run), signals [FEED_REFRESHED], 0, run->report);
  finish_refresh_if_done (run->task);
  feed_run_free (run);
}

static GError *
deadline_error (FeedRun *run)
{
  GlnFeedRefresher *self = run_get_refresher (run);

  return g_error_new (GLN_FETCH_ERROR, GLN_FETCH_ERROR_TIMEOUT,
                      _("The refresh took longer than %u s and was stopped; it goes on at "
                        "the next refresh"), (self->deadline_ms + 999) / 1000);
}

/* Ends one feed's refresh, recording when it happened and what went wrong. A cancelled
 * refresh records nothing: the user stopped it, the feed did not fail. */
static void
finish_run (FeedRun *run,
            GError  *error)
{
  GlnFeedRefresher *self = run_get_refresher (run);

  g_clear_handle_id (&run->deadline_id, g_source_remove);
  if (run->expired && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) &&
      !g_cancellable_is_cancelled (run_get_cancellable (run)))
    {
      g_clear_error (&error);
      error = deadline_error (run);
    }

  run->report->error = error;
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      finish_refresh_if_done (run->task);
      feed_run_free (run);
      return;
    }

  if (error != NULL)
    g_debug ("Refreshing feed %" G_GINT64_FORMAT " failed: %s", run->report->feed_id,
             error->message);

  /* Not cancellable: what was fetched is recorded even when the rest is cancelled. */
  gln_store_record_fetch_async (self->store, run->report->feed_id,
                                error != NULL ? error->message : NULL,
                                error == NULL && run->have_validators, run->etag,
                                run->last_modified, NULL, status_written_cb, run);
}

/* Goes on unless the last page brought nothing new. */
static void
continue_run (FeedRun *run)
{
  if (run->page.found > 0 && run->page.added == 0 && run->page.updated == 0)
    finish_run (run, NULL);
  else
    fetch_next (run);
}

static void
params_stored_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  FeedRun *run = user_data;
  GError *error = NULL;

  if (!gln_store_edit_finish (GLN_STORE (object), result, &error))
    finish_run (run, error);
  else
    continue_run (run);
}

/* Keeps what the pager learnt (OpenAlex's identifier behind a name) for the next refresh. */
static void
store_params (FeedRun *run)
{
  GlnFeedRefresher *self = run_get_refresher (run);
  g_autofree char *params = gln_feed_pager_dup_params (run->pager);

  if (params == NULL || g_strcmp0 (params, gln_feed_get_params (run->feed)) == 0)
    {
      continue_run (run);
      return;
    }

  gln_feed_set_params (run->feed, params);
  gln_store_set_feed_params_async (self->store, run->report->feed_id, params,
                                   run_get_cancellable (run), params_stored_cb, run);
}

static void
page_imported_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  FeedRun *run = user_data;
  g_autoptr(GlnImportResult) imported = NULL;
  GError *error = NULL;

  if (!(imported = gln_importer_import_finish (GLN_IMPORTER (object), result, &error)))
    {
      if (g_error_matches (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_INVALID))
        /* Translators: said of a response that could not be read. */
        g_prefix_error (&error, _("Nothing from this response was stored: "));
      finish_run (run, error);
      return;
    }

  run->page = imported->stats;
  gln_import_stats_add (&run->report->stats, &imported->stats);
  store_params (run);
}

static void
page_fetched_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  FeedRun *run = user_data;
  GlnFeedRefresher *self = run_get_refresher (run);
  g_autoptr(GlnFetchResponse) response = NULL;
  GError *error = NULL;

  if (!(response = gln_fetcher_fetch_finish (GLN_FETCHER (object), result, &error)))
    {
      finish_run (run, error);
      return;
    }

  if (response->status == SOUP_STATUS_NOT_MODIFIED)
    {
      run->report->not_modified = TRUE;
      finish_run (run, NULL);
      return;
    }

  if (run->conditional)
    {
      run->have_validators = TRUE;
      run->etag = g_strdup (response->etag);
      run->last_modified = g_strdup (response->last_modified);
    }

  gln_importer_import_async (self->importer, _gln_feed_page_parse,
                             _gln_feed_page_new (run->pager, response),
                             (GDestroyNotify) _gln_feed_page_free, run->report->feed_id,
                             run_get_cancellable (run), page_imported_cb, run);
}

static void
fetch_next (FeedRun *run)
{
  GlnFeedRefresher *self = run_get_refresher (run);
  g_autofree char *url = NULL;
  GlnFetchRequest request = { 0, };

  if (run->expired)
    {
      finish_run (run, deadline_error (run));
      return;
    }

  if (!(url = gln_feed_pager_next_url (run->pager, &run->conditional)))
    {
      finish_run (run, NULL);
      return;
    }

  request.url = url;
  request.group = gln_feed_pager_get_group (run->pager);
  request.service_name = gln_feed_pager_get_service_name (run->pager);
  if (run->conditional)
    {
      request.etag = gln_feed_get_etag (run->feed);
      request.last_modified = gln_feed_get_last_modified (run->feed);
    }

  gln_fetcher_fetch_async (self->fetcher, &request, run->fetch_cancellable,
                           page_fetched_cb, run);
}

/* The deadline stops the fetch in flight, whose response is then dropped whole; an import
 * under way finishes (it is one transaction) and the run stops before the next page. */
static gboolean
deadline_reached_cb (gpointer user_data)
{
  FeedRun *run = user_data;

  run->deadline_id = 0;
  run->expired = TRUE;
  g_debug ("Refreshing feed %" G_GINT64_FORMAT ": deadline reached", run->report->feed_id);
  g_cancellable_cancel (run->fetch_cancellable);

  return G_SOURCE_REMOVE;
}

static void
refresh_cancelled_cb (GCancellable *cancellable,
                      gpointer      user_data)
{
  g_cancellable_cancel (user_data);
}

static void
arm_deadline (FeedRun *run)
{
  GlnFeedRefresher *self = run_get_refresher (run);
  GCancellable *cancellable = run_get_cancellable (run);

  run->fetch_cancellable = g_cancellable_new ();
  if (cancellable != NULL)
    run->cancelled_id = g_cancellable_connect (cancellable, G_CALLBACK (refresh_cancelled_cb),
                                               run->fetch_cancellable, NULL);
  run->deadline_id = g_timeout_add (self->deadline_ms, deadline_reached_cb, run);
}

static void
start_run (GTask   *task,
           GlnFeed *feed)
{
  GlnFeedRefresher *self = g_task_get_source_object (task);
  RefreshData *data = g_task_get_task_data (task);
  GlnFeedPagerOptions options = {
    .page_size = self->page_size,
    .max_results = self->max_results,
    .openalex_api_key = self->openalex_api_key,
  };
  FeedRun *run = g_new0 (FeedRun, 1);
  GError *error = NULL;

  run->task = g_object_ref (task);
  run->feed = g_object_ref (feed);
  run->report = g_new0 (GlnFeedReport, 1);
  run->report->feed_id = gln_feed_get_id (feed);
  run->report->title = gln_feed_dup_display_title (feed);
  run->report->kind = g_strdup (gln_feed_get_kind (feed));
  g_ptr_array_add (data->reports, run->report);
  data->pending++;
  arm_deadline (run);

  if (!(run->pager = gln_feed_pager_new_for_feed (feed, &options, &error)))
    finish_run (run, error);
  else
    fetch_next (run);
}

static void
feeds_loaded_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  RefreshData *data = g_task_get_task_data (task);
  g_autoptr(GPtrArray) feeds = NULL;
  GError *error = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  if (!(feeds = gln_store_list_feeds_finish (GLN_STORE (object), result, &error)))
    {
      g_task_return_error (task, error);
      return;
    }

  /* One pending count of our own, so that feeds finishing at once cannot end the refresh
   * before every feed has started. */
  data->pending = 1;
  for (guint i = 0; i < feeds->len; i++)
    {
      GlnFeed *feed = g_ptr_array_index (feeds, i);

      if (data->feed_id <= 0 && !gln_feed_get_enabled (feed))
        continue;
      if ((data->flags & GLN_FEED_REFRESH_DUE_ONLY) && !gln_feed_is_due (feed, now))
        continue;
      start_run (task, feed);
    }
  finish_refresh_if_done (task);
}

static void
gln_feed_refresher_finalize (GObject *object)
{
  GlnFeedRefresher *self = (GlnFeedRefresher *)object;

  g_clear_object (&self->store);
  g_clear_object (&self->importer);
  g_clear_object (&self->fetcher);
  g_free (self->openalex_api_key);

  G_OBJECT_CLASS (gln_feed_refresher_parent_class)->finalize (object);
}

static void
gln_feed_refresher_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  GlnFeedRefresher *self = GLN_FEED_REFRESHER (object);

  switch (prop_id)
    {
    case PROP_OPENALEX_API_KEY:
      g_value_set_string (value, self->openalex_api_key);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gln_feed_refresher_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  GlnFeedRefresher *self = GLN_FEED_REFRESHER (object);

  switch (prop_id)
    {
    case PROP_OPENALEX_API_KEY:
      gln_feed_refresher_set_openalex_api_key (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gln_feed_refresher_class_init (GlnFeedRefresherClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = gln_feed_refresher_finalize;
  object_class->get_property = gln_feed_refresher_get_property;
  object_class->set_property = gln_feed_refresher_set_property;

  /**
   * GlnFeedRefresher:openalex-api-key:
   *
   * The key OpenAlex requests carry, from the `openalex-api-key` setting; empty for none.
   */
  properties [PROP_OPENALEX_API_KEY] =
    g_param_spec_string ("openalex-api-key", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * GlnFeedRefresher::feed-refreshed:
   * @self: the refresher
   * @report: (type gpointer): the #GlnFeedReport of the feed, valid during the emission
   *
   * Emitted on the main thread each time one feed's refresh is over, successful or not,
   * and its status is stored.
   */
  signals [FEED_REFRESHED] =
    g_signal_new ("feed-refreshed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_POINTER);
}

static void
gln_feed_refresher_init (GlnFeedRefresher *self)
{
  self->deadline_ms = DEFAULT_DEADLINE_MS;
}

/**
 * gln_feed_report_free:
 * @report: (transfer full): a #GlnFeedReport
 */
void
gln_feed_report_free (GlnFeedReport *report)
{
  if (report == NULL)
    return;

  g_free (report->title);
  g_free (report->kind);
  g_clear_error (&report->error);
  g_free (report);
}

/**
 * gln_feed_refresher_new:
 * @store: the library
 * @fetcher: the fetcher to fetch with
 *
 * Returns: (transfer full): a new refresher, to be used on the thread that owns @store
 */
GlnFeedRefresher *
gln_feed_refresher_new (GlnStore   *store,
                        GlnFetcher *fetcher)
{
  GlnFeedRefresher *self;

  g_return_val_if_fail (GLN_IS_STORE (store), NULL);
  g_return_val_if_fail (GLN_IS_FETCHER (fetcher), NULL);

  self = g_object_new (GLN_TYPE_FEED_REFRESHER, NULL);
  self->store = g_object_ref (store);
  self->importer = gln_importer_new (store);
  self->fetcher = g_object_ref (fetcher);

  return self;
}

/**
 * gln_feed_refresher_get_fetcher:
 * @self: a #GlnFeedRefresher
 *
 * Returns: (transfer none): the fetcher the refresher fetches with
 */
GlnFetcher *
gln_feed_refresher_get_fetcher (GlnFeedRefresher *self)
{
  g_return_val_if_fail (GLN_IS_FEED_REFRESHER (self), NULL);

  return self->fetcher;
}

/**
 * gln_feed_refresher_get_openalex_api_key:
 * @self: a #GlnFeedRefresher
 *
 * Returns: (nullable): the OpenAlex API key requests carry
 */
const char *
gln_feed_refresher_get_openalex_api_key (GlnFeedRefresher *self)
{
  g_return_val_if_fail (GLN_IS_FEED_REFRESHER (self), NULL);

  return self->openalex_api_key;
}

/**
 * gln_feed_refresher_set_openalex_api_key:
 * @self: a #GlnFeedRefresher
 * @api_key: (nullable): the user's OpenAlex API key, %NULL or "" for none
 */
void
gln_feed_refresher_set_openalex_api_key (GlnFeedRefresher *self,
                                         const char       *api_key)
{
  g_return_if_fail (GLN_IS_FEED_REFRESHER (self));

  if (gln_set_str (&self->openalex_api_key, api_key))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_OPENALEX_API_KEY]);
}

/**
 * gln_feed_refresher_set_page_size:
 * @self: a #GlnFeedRefresher
 * @page_size: results per request, 0 for each source's default
 */
void
gln_feed_refresher_set_page_size (GlnFeedRefresher *self,
                                  guint             page_size)
{
  g_return_if_fail (GLN_IS_FEED_REFRESHER (self));

  self->page_size = page_size;
}

/**
 * gln_feed_refresher_set_max_results:
 * @self: a #GlnFeedRefresher
 * @max_results: results per feed and refresh at most, 0 for each source's default
 */
void
gln_feed_refresher_set_max_results (GlnFeedRefresher *self,
                                    guint             max_results)
{
  g_return_if_fail (GLN_IS_FEED_REFRESHER (self));

  self->max_results = max_results;
}

/**
 * gln_feed_refresher_set_deadline:
 * @self: a #GlnFeedRefresher
 * @deadline_ms: how long one feed's refresh may take in all, 10 minutes by default
 *
 * A feed past its deadline stops: the response being fetched is dropped whole, the pages
 * stored before it stay, and its report and stored status carry %GLN_FETCH_ERROR_TIMEOUT;
 * its validators are not kept, so the next refresh fetches it again in full.
 */
void
gln_feed_refresher_set_deadline (GlnFeedRefresher *self,
                                 guint             deadline_ms)
{
  g_return_if_fail (GLN_IS_FEED_REFRESHER (self));
  g_return_if_fail (deadline_ms > 0);

  self->deadline_ms = deadline_ms;
}

/**
 * gln_feed_refresher_refresh_async:
 * @self: a #GlnFeedRefresher
 * @feed_id: the feed to refresh, enabled or not; 0 for every enabled feed
 * @flags: #GlnFeedRefreshFlags
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when every feed is done
 * @user_data: data for @callback
 *
 * Refreshes feeds: new papers go into the library and the Inbox, new versions of known
 * papers mark them updated, and each feed records when it was fetched and what failed.
 * One feed failing does not stop the others.
 */
void
gln_feed_refresher_refresh_async (GlnFeedRefresher    *self,
                                  gint64               feed_id,
                                  GlnFeedRefreshFlags  flags,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  RefreshData *data;

  g_return_if_fail (GLN_IS_FEED_REFRESHER (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, gln_feed_refresher_refresh_async);

  data = g_new0 (RefreshData, 1);
  data->feed_id = feed_id;
  data->flags = flags;
  data->reports = g_ptr_array_new_with_free_func ((GDestroyNotify) gln_feed_report_free);
  g_task_set_task_data (task, data, (GDestroyNotify) refresh_data_free);

  gln_store_list_feeds_async (self->store, MAX (feed_id, 0), cancellable, feeds_loaded_cb,
                              g_steal_pointer (&task));
}

/**
 * gln_feed_refresher_refresh_finish:
 * @self: a #GlnFeedRefresher
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type GlnFeedReport): one report per feed refreshed, in
 *   sidebar order; or %NULL with @error set when the feeds could not be read or the
 *   refresh was cancelled
 */
GPtrArray *
gln_feed_refresher_refresh_finish (GlnFeedRefresher  *self,
                                   GAsyncResult      *result,
                                   GError           **error)
{
  g_return_val_if_fail (GLN_IS_FEED_REFRESHER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* For the refresher's files: a response's body and Link header, for its pager. */
GlnFeedPage *
_gln_feed_page_new (GlnFeedPager     *pager,
                    GlnFetchResponse *response)
{
  GlnFeedPage *page = g_new0 (GlnFeedPage, 1);

  page->pager = g_object_ref (pager);
  page->body = g_bytes_ref (response->body);
  page->link = g_strdup (soup_message_headers_get_list (response->headers, "Link"));

  return page;
}

void
_gln_feed_page_free (GlnFeedPage *page)
{
  g_clear_object (&page->pager);
  g_clear_pointer (&page->body, g_bytes_unref);
  g_free (page->link);
  g_free (page);
}

/* A #GlnParseFunc: the pager reads its response and learns where the next one is. */
gboolean
_gln_feed_page_parse (gpointer         data,
                      GlnParseResult  *result,
                      GCancellable    *cancellable,
                      GError         **error)
{
  GlnFeedPage *page = data;
  g_autoptr(GPtrArray) papers = NULL;

  if (!(papers = gln_feed_pager_parse (page->pager, page->body, page->link, error)))
    return FALSE;

  g_ptr_array_extend_and_steal (result->papers, g_steal_pointer (&papers));
  return TRUE;
}
