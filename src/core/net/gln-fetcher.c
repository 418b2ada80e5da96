/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-fetcher"

#include "config.h"

#include "gln-fetcher.h"

#include "gln-fetcher-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/* The fetcher owns the network: one SoupSession for every source, and the manners that go
 * with it. Requests are grouped by service (a politeness group, by default the host); each
 * group runs one request at a time and leaves its interval between the end of one and the
 * start of the next. arXiv asks for one request every 3 s across its API and RSS feeds, so
 * every *.arxiv.org host and every request a source marks "arxiv" share one group. A request
 * that fails on the network (other than finding nobody there), times out or gets a 5xx is
 * retried with exponential backoff; 429 and 503 wait as long as their Retry-After says (up
 * to a budget for the whole request), and block the whole group meanwhile. However the server behaves (a byte every few seconds,
 * silence, long Retry-After), a request ends by its deadline. */

#define USER_AGENT \
  "Gleaner/" PACKAGE_VERSION " (+https://github.com/gleaner/gleaner)"
#define ARXIV_GROUP              "arxiv"
#define ARXIV_INTERVAL_MS        3000
#define DEFAULT_INTERVAL_MS      1000
#define DEFAULT_TIMEOUT_MS       30000
#define DEFAULT_MAX_RETRIES      3
#define DEFAULT_RETRY_DELAY      2000
#define DEFAULT_MAX_WAIT_S       30
#define DEFAULT_DEADLINE_MS      120000
#define MAX_TIMEOUT_RETRIES      1
#define DEFAULT_MAX_BODY_SIZE    (10 * 1024 * 1024)
#define READ_CHUNK_SIZE          (64 * 1024)
#define STATUS_TOO_MANY_REQUESTS 429   /* libsoup 3.2 has no name for it */

struct _GlnFetcher
{
  GObject      parent_instance;

  SoupSession *session;
  GHashTable  *slots;               /* group name → GlnFetcherSlot */
  guint        arxiv_interval_ms;
  guint        default_interval_ms;
  guint        timeout_ms;
  guint        max_retries;
  guint        retry_delay_ms;
  guint        max_retry_wait_s;
  guint        deadline_ms;
  gsize        max_body_size;
  char        *ledger_dir;
};

typedef struct
{
  GUri           *uri;
  char           *service_name;
  char           *etag;
  char           *last_modified;
  char           *key_header;
  char           *key;
  GlnFetcherSlot *slot;
  guint           attempt;
  guint           timeouts;       /* attempts the server let time out */
  gint64          waited_s;       /* Retry-After waits so far */
  gboolean        holds_slot;
  gboolean        timed_out;
  gboolean        expired;        /* the whole request ran past its deadline */
  gboolean        done;
  guint           deadline_id;
  gint64          deadline;       /* monotonic time, set when the first attempt starts */
  GCancellable   *attempt_cancellable;
  GSource        *cancel_source;
  guint           timeout_id;
  guint           wait_id;
  SoupMessage    *message;
  GInputStream   *stream;
  GByteArray     *body;
} FetchOp;

G_DEFINE_FINAL_TYPE (GlnFetcher, gln_fetcher, G_TYPE_OBJECT)


static void start_attempt (GTask *task);

static void
end_attempt (FetchOp *op)
{
  g_clear_handle_id (&op->timeout_id, g_source_remove);
  g_clear_object (&op->stream);
  g_clear_object (&op->attempt_cancellable);
  g_clear_pointer (&op->body, g_byte_array_unref);
}

static void
fetch_op_free (FetchOp *op)
{
  end_attempt (op);
  g_clear_handle_id (&op->wait_id, g_source_remove);
  g_clear_handle_id (&op->deadline_id, g_source_remove);
  if (op->cancel_source != NULL)
    {
      g_source_destroy (op->cancel_source);
      g_clear_pointer (&op->cancel_source, g_source_unref);
    }
  g_clear_object (&op->message);
  g_clear_pointer (&op->uri, g_uri_unref);
  g_free (op->service_name);
  g_free (op->etag);
  g_free (op->last_modified);
  g_free (op->key_header);
  g_free (op->key);
  g_free (op);
}

static guint
env_ms (const char *name,
        guint       default_value)
{
  const char *text = g_getenv (name);
  guint64 value;

  if (text == NULL || !g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT, &value, NULL))
    return default_value;

  return (guint) value;
}

static guint
default_interval (GlnFetcher *self,
                  const char *group)
{
  return g_strcmp0 (group, ARXIV_GROUP) == 0 ? self->arxiv_interval_ms
                                             : self->default_interval_ms;
}

static const char *
group_for_host (const char *host)
{
  if (host != NULL && (g_ascii_strcasecmp (host, "arxiv.org") == 0 ||
                       g_str_has_suffix (host, ".arxiv.org")))
    return ARXIV_GROUP;

  return host;
}

/* Everything that ends an operation goes through here, once: the slot is handed on before
 * the task returns, since the caller's callback may run at once and fetch again. */
static void
finish_op (GTask *task)
{
  FetchOp *op = g_task_get_task_data (task);

  g_assert (!op->done);
  op->done = TRUE;

  end_attempt (op);
  g_clear_handle_id (&op->wait_id, g_source_remove);
  g_clear_handle_id (&op->deadline_id, g_source_remove);
  if (op->cancel_source != NULL)
    {
      g_source_destroy (op->cancel_source);
      g_clear_pointer (&op->cancel_source, g_source_unref);
    }
  if (op->holds_slot)
    {
      op->holds_slot = FALSE;
      _gln_fetcher_slot_release (op->slot);
    }
}

static void
return_error (GTask  *task,
              GError *error)
{
  finish_op (task);
  g_task_return_error (task, error);
}

static void
return_response (GTask    *task,
                 gboolean  with_body)
{
  FetchOp *op = g_task_get_task_data (task);
  SoupMessageHeaders *headers = soup_message_get_response_headers (op->message);
  GlnFetchResponse *response = g_new0 (GlnFetchResponse, 1);

  response->status = soup_message_get_status (op->message);
  response->headers = soup_message_headers_ref (headers);
  response->uri = g_uri_ref (soup_message_get_uri (op->message));
  response->etag = g_strdup (soup_message_headers_get_one (headers, "ETag"));
  response->last_modified = g_strdup (soup_message_headers_get_one (headers, "Last-Modified"));
  if (with_body)
    response->body = g_byte_array_free_to_bytes (g_steal_pointer (&op->body));

  finish_op (task);
  g_task_return_pointer (task, response, (GDestroyNotify) gln_fetch_response_free);
}

static gboolean
return_if_cancelled (GTask *task)
{
  GError *error = NULL;

  if (g_cancellable_set_error_if_cancelled (g_task_get_cancellable (task), &error))
    {
      return_error (task, error);
      return TRUE;
    }

  return FALSE;
}

static gboolean
retry_wait_done_cb (gpointer user_data)
{
  GTask *task = user_data;
  FetchOp *op = g_task_get_task_data (task);

  op->wait_id = 0;
  _gln_fetcher_slot_enqueue (op->slot, task);

  return G_SOURCE_REMOVE;
}

/* Backoff doubles from the first delay: 2 s, 4 s, 8 s by default. */
static guint
backoff_ms (GlnFetcher *self,
            guint       attempt)
{
  guint shift = MIN (attempt - 1, 10);

  return (guint) MIN ((guint64) self->retry_delay_ms << shift, G_MAXUINT / 2);
}

/* Retries after @delay_ms when attempts are left, else fails with @error. The slot is given
 * up while waiting: other requests of the group may go first. */
static void
retry_or_fail (GTask  *task,
               GError *error,
               guint   delay_ms)
{
  GlnFetcher *self = g_task_get_source_object (task);
  FetchOp *op = g_task_get_task_data (task);

  /* A retry that could not start before the deadline is not waited for. */
  if (op->attempt > self->max_retries ||
      g_get_monotonic_time () + (gint64) delay_ms * 1000 >= op->deadline)
    {
      return_error (task, error);
      return;
    }

  g_debug ("Attempt %u for %s failed (%s); retrying in %u ms",
           op->attempt, g_uri_get_host (op->uri), error->message, delay_ms);
  g_error_free (error);

  end_attempt (op);
  if (op->holds_slot)
    {
      op->holds_slot = FALSE;
      _gln_fetcher_slot_release (op->slot);
    }
  op->wait_id = g_timeout_add_full (G_PRIORITY_DEFAULT, delay_ms, retry_wait_done_cb,
                                    g_object_ref (task), g_object_unref);
}

static GError *
deadline_error (GlnFetcher *self,
                FetchOp    *op)
{
  return g_error_new (GLN_FETCH_ERROR, GLN_FETCH_ERROR_TIMEOUT,
                      _("%s did not finish answering within %u s; nothing of it was kept"),
                      op->service_name, (self->deadline_ms + 999) / 1000);
}

/* Nothing listens at the address, the network does not reach it, or the name does not
 * resolve (as when offline): a retry seconds later meets the same, and would only keep the
 * user waiting for the message. */
static gboolean
is_unreachable (const GError *error)
{
  return g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CONNECTION_REFUSED) ||
         g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NETWORK_UNREACHABLE) ||
         g_error_matches (error, G_IO_ERROR, G_IO_ERROR_HOST_UNREACHABLE) ||
         g_error_matches (error, G_RESOLVER_ERROR, G_RESOLVER_ERROR_NOT_FOUND) ||
         g_error_matches (error, G_RESOLVER_ERROR, G_RESOLVER_ERROR_TEMPORARY_FAILURE);
}

static void
attempt_failed (GTask  *task,
                GError *error)
{
  GlnFetcher *self = g_task_get_source_object (task);
  FetchOp *op = g_task_get_task_data (task);
  GError *fetch_error;
  gboolean unreachable;

  if (return_if_cancelled (task))
    {
      g_error_free (error);
      return;
    }

  if (op->expired)
    {
      g_error_free (error);
      return_error (task, deadline_error (self, op));
      return;
    }

  if (op->timed_out || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    {
      op->timeouts++;
      fetch_error = g_error_new (GLN_FETCH_ERROR, GLN_FETCH_ERROR_TIMEOUT,
                                 _("%s did not answer within %u s"), op->service_name,
                                 (self->timeout_ms + 999) / 1000);
    }
  else
    fetch_error = g_error_new (GLN_FETCH_ERROR, GLN_FETCH_ERROR_NETWORK,
                               _("Could not reach %s: %s"), op->service_name, error->message);
  unreachable = is_unreachable (error);
  g_error_free (error);

  /* A server that stayed silent twice is down: waiting out the timeout again and again only
   * keeps the user waiting. */
  if (op->timeouts > MAX_TIMEOUT_RETRIES || unreachable)
    return_error (task, fetch_error);
  else
    retry_or_fail (task, fetch_error, backoff_ms (self, op->attempt));
}

/* Retry-After is a number of seconds or an HTTP date; -1 when absent or unreadable. */
static gint64
parse_retry_after (SoupMessageHeaders *headers)
{
  const char *value = soup_message_headers_get_one (headers, "Retry-After");
  g_autoptr(GDateTime) date = NULL;
  guint64 seconds;
  gint64 delta;

  if (value == NULL)
    return -1;

  value += strspn (value, " \t");
  if (g_ascii_string_to_unsigned (value, 10, 0, G_MAXINT, &seconds, NULL))
    return (gint64) seconds;

  if ((date = soup_date_time_new_from_http_string (value)) == NULL)
    return -1;

  delta = g_date_time_to_unix (date) - g_get_real_time () / G_USEC_PER_SEC;
  return MAX (delta, 0);
}

static GError *
rate_limited_error (FetchOp *op,
                    gint64   seconds)
{
  return g_error_new (GLN_FETCH_ERROR, GLN_FETCH_ERROR_RATE_LIMITED,
                      _("%s is rate-limiting us; next try in %u s"), op->service_name,
                      (guint) CLAMP (seconds, 1, G_MAXUINT));
}

static void
handle_error_status (GTask *task,
                     guint  status)
{
  GlnFetcher *self = g_task_get_source_object (task);
  FetchOp *op = g_task_get_task_data (task);
  const char *reason = soup_message_get_reason_phrase (op->message);
  gint64 retry_after = -1;

  if (reason == NULL || reason[0] == '\0')
    reason = soup_status_get_phrase (status);

  if (status == STATUS_TOO_MANY_REQUESTS || status == SOUP_STATUS_SERVICE_UNAVAILABLE)
    {
      retry_after = parse_retry_after (soup_message_get_response_headers (op->message));
      if (retry_after >= 0)
        _gln_fetcher_slot_block (op->slot, retry_after);
    }

  /* The waits add up: a server that asks for a minute three times is not waited on for
   * three minutes. Beyond the budget the request fails and is tried at the next refresh. */
  if (op->waited_s + retry_after > self->max_retry_wait_s ||
      (status == STATUS_TOO_MANY_REQUESTS && op->attempt > self->max_retries))
    {
      gint64 wait = retry_after >= 0 ? retry_after : backoff_ms (self, op->attempt) / 1000;

      return_error (task, rate_limited_error (op, wait));
    }
  else if (retry_after >= 0 || status >= 500 || status == STATUS_TOO_MANY_REQUESTS)
    {
      GError *error = g_error_new (GLN_FETCH_ERROR, GLN_FETCH_ERROR_HTTP,
                                   _("%s is unavailable right now (%u %s); try again later"),
                                   op->service_name, status, reason);

      op->waited_s += MAX (retry_after, 0);
      retry_or_fail (task, error, retry_after >= 0 ? (guint) retry_after * 1000
                                                   : backoff_ms (self, op->attempt));
    }
  else
    return_error (task, g_error_new (GLN_FETCH_ERROR, GLN_FETCH_ERROR_HTTP,
                                     _("%s answered “%u %s”"), op->service_name, status, reason));
}

static GError *
too_large_error (GlnFetcher *self,
                 FetchOp    *op)
{
  g_autofree char *size = g_format_size (self->max_body_size);

  return g_error_new (GLN_FETCH_ERROR, GLN_FETCH_ERROR_TOO_LARGE,
                      _("%s sent a response larger than %s; it was refused"),
                      op->service_name, size);
}

static gboolean
attempt_timed_out_cb (gpointer user_data)
{
  FetchOp *op = user_data;

  op->timeout_id = 0;
  op->timed_out = TRUE;
  g_cancellable_cancel (op->attempt_cancellable);

  return G_SOURCE_REMOVE;
}

/* The timeout is for silence, not for the whole transfer: every chunk that arrives restarts
 * it, so a large body on a slow line still arrives while a dead server is given up on. */
static void
arm_timeout (GlnFetcher *self,
             FetchOp    *op)
{
  g_clear_handle_id (&op->timeout_id, g_source_remove);
  op->timeout_id = g_timeout_add (self->timeout_ms, attempt_timed_out_cb, op);
}

static void read_next_chunk (GTask *task);

static void
chunk_read_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GlnFetcher *self = g_task_get_source_object (task);
  FetchOp *op = g_task_get_task_data (task);
  g_autoptr(GBytes) chunk = NULL;
  GError *error = NULL;
  gsize size;

  if (!(chunk = g_input_stream_read_bytes_finish (G_INPUT_STREAM (object), result, &error)))
    {
      attempt_failed (task, error);
      return;
    }

  size = g_bytes_get_size (chunk);
  if (size == 0)
    {
      return_response (task, TRUE);
      return;
    }

  /* Counting as we read is what catches a body without Content-Length, or a compressed
   * one that grows when decoded. */
  if (op->body->len + size > self->max_body_size)
    {
      g_cancellable_cancel (op->attempt_cancellable);
      return_error (task, too_large_error (self, op));
      return;
    }

  g_byte_array_append (op->body, g_bytes_get_data (chunk, NULL), size);
  arm_timeout (self, op);
  read_next_chunk (task);
}

static void
read_next_chunk (GTask *task)
{
  FetchOp *op = g_task_get_task_data (task);

  g_input_stream_read_bytes_async (op->stream, READ_CHUNK_SIZE, G_PRIORITY_DEFAULT,
                                   op->attempt_cancellable, chunk_read_cb, g_object_ref (task));
}

static void
message_sent_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GlnFetcher *self = g_task_get_source_object (task);
  FetchOp *op = g_task_get_task_data (task);
  SoupMessageHeaders *headers;
  GInputStream *stream;
  GError *error = NULL;
  guint status;

  if (!(stream = soup_session_send_finish (SOUP_SESSION (object), result, &error)))
    {
      attempt_failed (task, error);
      return;
    }
  op->stream = stream;

  status = soup_message_get_status (op->message);
  headers = soup_message_get_response_headers (op->message);
  g_debug ("%s %s: %u", g_uri_get_host (op->uri), g_uri_get_path (op->uri), status);

  if (status == SOUP_STATUS_NOT_MODIFIED)
    return_response (task, FALSE);
  else if (!SOUP_STATUS_IS_SUCCESSFUL (status))
    handle_error_status (task, status);
  else if (soup_message_headers_get_encoding (headers) == SOUP_ENCODING_CONTENT_LENGTH &&
           soup_message_headers_get_content_length (headers) > (goffset) self->max_body_size)
    {
      /* Refused on its announced size, before reading a byte of it. */
      g_cancellable_cancel (op->attempt_cancellable);
      return_error (task, too_large_error (self, op));
    }
  else
    {
      op->body = g_byte_array_new ();
      arm_timeout (self, op);
      read_next_chunk (task);
    }
}

static gboolean
deadline_reached_cb (gpointer user_data)
{
  g_autoptr(GTask) task = g_object_ref (user_data);
  GlnFetcher *self = g_task_get_source_object (task);
  FetchOp *op = g_task_get_task_data (task);

  op->deadline_id = 0;
  op->expired = TRUE;
  g_debug ("%s: deadline of %u ms reached", g_uri_get_host (op->uri), self->deadline_ms);

  /* In flight, the cancelled attempt reports back through its callback; waiting to retry
   * or queued for it, nothing else will. */
  if (op->attempt_cancellable != NULL)
    g_cancellable_cancel (op->attempt_cancellable);
  else if (op->wait_id != 0 || _gln_fetcher_slot_dequeue (op->slot, task))
    return_error (task, deadline_error (self, op));

  return G_SOURCE_REMOVE;
}

/* The deadline runs from the first attempt, not from the call: time spent queued behind
 * the group's other requests is politeness, not the server's slowness. */
static void
arm_deadline (GlnFetcher *self,
              GTask      *task)
{
  FetchOp *op = g_task_get_task_data (task);

  op->deadline = g_get_monotonic_time () + (gint64) self->deadline_ms * 1000;
  op->deadline_id = g_timeout_add (self->deadline_ms, deadline_reached_cb, task);
}

static void
start_attempt (GTask *task)
{
  GlnFetcher *self = g_task_get_source_object (task);
  FetchOp *op = g_task_get_task_data (task);
  SoupMessageHeaders *headers;

  if (op->attempt++ == 0)
    arm_deadline (self, task);
  op->timed_out = FALSE;
  op->holds_slot = TRUE;

  g_clear_object (&op->message);
  op->message = soup_message_new_from_uri (SOUP_METHOD_GET, op->uri);
  headers = soup_message_get_request_headers (op->message);
  if (op->etag != NULL)
    soup_message_headers_replace (headers, "If-None-Match", op->etag);
  if (op->last_modified != NULL)
    soup_message_headers_replace (headers, "If-Modified-Since", op->last_modified);
  if (op->key_header != NULL && op->key != NULL)
    soup_message_headers_replace (headers, op->key_header, op->key);

  op->attempt_cancellable = g_cancellable_new ();
  arm_timeout (self, op);
  soup_session_send_async (self->session, op->message, G_PRIORITY_DEFAULT,
                           op->attempt_cancellable, message_sent_cb, g_object_ref (task));
}

static gboolean
caller_cancelled_cb (GCancellable *cancellable,
                     gpointer      user_data)
{
  g_autoptr(GTask) task = g_object_ref (user_data);
  FetchOp *op = g_task_get_task_data (task);

  if (op->done)
    return G_SOURCE_REMOVE;

  /* In flight, the cancelled attempt reports back through its callback. Queued or waiting
   * to retry, nothing else will: answer now. */
  if (op->attempt_cancellable != NULL)
    g_cancellable_cancel (op->attempt_cancellable);
  else if (_gln_fetcher_slot_dequeue (op->slot, task) || op->wait_id != 0)
    return_if_cancelled (task);

  return G_SOURCE_REMOVE;
}

/* Called by the slot when the request may go, or must not. */
void
_gln_fetcher_op_start (GTask  *task,
                       gint64  blocked_seconds)
{
  FetchOp *op = g_task_get_task_data (task);

  if (blocked_seconds > 0)
    return_error (task, rate_limited_error (op, blocked_seconds));
  else
    start_attempt (task);
}

const char *
_gln_fetcher_get_ledger_dir (GlnFetcher *self)
{
  return self->ledger_dir;
}

/**
 * gln_fetcher_set_ledger_dir:
 * @self: a #GlnFetcher
 * @dir: (nullable): the folder where fetchers of every process record their turns to ask
 *   each service, or %NULL for this process alone
 *
 * The default is `gleaner/politeness` in the user's cache folder: the window and
 * `gleaner-cli` space their requests to a service together.
 */
void
gln_fetcher_set_ledger_dir (GlnFetcher *self,
                            const char *dir)
{
  g_return_if_fail (GLN_IS_FETCHER (self));

  g_free (self->ledger_dir);
  self->ledger_dir = g_strdup (dir);
}

guint
_gln_fetcher_get_max_retry_wait (GlnFetcher *self)
{
  return self->max_retry_wait_s;
}

static GlnFetcherSlot *
lookup_slot (GlnFetcher *self,
             const char *group)
{
  GlnFetcherSlot *slot = g_hash_table_lookup (self->slots, group);

  if (slot == NULL)
    {
      slot = _gln_fetcher_slot_new (self, group, default_interval (self, group));
      g_hash_table_insert (self->slots, g_strdup (group), slot);
    }

  return slot;
}

static void
gln_fetcher_finalize (GObject *object)
{
  GlnFetcher *self = (GlnFetcher *)object;

  /* Every operation holds a reference on the fetcher, so no slot has a waiting request. */
  g_clear_pointer (&self->slots, g_hash_table_unref);
  g_clear_object (&self->session);
  g_free (self->ledger_dir);

  G_OBJECT_CLASS (gln_fetcher_parent_class)->finalize (object);
}

static void
gln_fetcher_class_init (GlnFetcherClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = gln_fetcher_finalize;
}

static void
gln_fetcher_init (GlnFetcher *self)
{
  /* The session's own timeout is off: ours restarts on every chunk and names the service. */
  self->session = soup_session_new_with_options ("user-agent", USER_AGENT,
                                                 "timeout", 0,
                                                 NULL);
  self->slots = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       (GDestroyNotify) _gln_fetcher_slot_free);
  self->arxiv_interval_ms = env_ms ("GLEANER_ARXIV_INTERVAL_MS", ARXIV_INTERVAL_MS);
  self->default_interval_ms = env_ms ("GLEANER_FETCH_INTERVAL_MS", DEFAULT_INTERVAL_MS);
  self->timeout_ms = DEFAULT_TIMEOUT_MS;
  self->max_retries = DEFAULT_MAX_RETRIES;
  self->retry_delay_ms = DEFAULT_RETRY_DELAY;
  self->max_retry_wait_s = DEFAULT_MAX_WAIT_S;
  self->deadline_ms = DEFAULT_DEADLINE_MS;
  self->max_body_size = DEFAULT_MAX_BODY_SIZE;
  self->ledger_dir = g_build_filename (g_get_user_cache_dir (), "gleaner", "politeness", NULL);
}

/**
 * gln_fetch_response_free:
 * @response: (transfer full): a #GlnFetchResponse
 */
void
gln_fetch_response_free (GlnFetchResponse *response)
{
  if (response == NULL)
    return;

  g_clear_pointer (&response->body, g_bytes_unref);
  g_clear_pointer (&response->headers, soup_message_headers_unref);
  g_clear_pointer (&response->uri, g_uri_unref);
  g_free (response->etag);
  g_free (response->last_modified);
  g_free (response);
}

/**
 * gln_fetcher_new:
 *
 * Creates a fetcher with the polite defaults: arXiv requests 3 s apart (or
 * `$GLEANER_ARXIV_INTERVAL_MS`), other services 1 s apart (or `$GLEANER_FETCH_INTERVAL_MS`),
 * a 30 s timeout for silence (a silent server is tried twice at most), 3 retries starting
 * at 2 s, up to 30 s of waiting in all when a server asks for it, 120 s for a whole request,
 * and bodies of up to 10 MiB.
 *
 * A fetcher belongs to the thread whose main context it was created in.
 *
 * Returns: (transfer full): a new #GlnFetcher
 */
GlnFetcher *
gln_fetcher_new (void)
{
  return g_object_new (GLN_TYPE_FETCHER, NULL);
}

/**
 * gln_fetcher_get_user_agent:
 * @self: a #GlnFetcher
 *
 * Returns: the User-Agent sent with every request, naming Gleaner and its version
 */
const char *
gln_fetcher_get_user_agent (GlnFetcher *self)
{
  g_return_val_if_fail (GLN_IS_FETCHER (self), NULL);

  return USER_AGENT;
}

/**
 * gln_fetcher_set_min_interval:
 * @self: a #GlnFetcher
 * @group: (nullable): a politeness group, or %NULL for every group but "arxiv"
 * @interval_ms: the least time between the starts of two requests of the group
 *
 * Changes how far apart requests go. Tests use it to keep the arXiv spacing short.
 */
void
gln_fetcher_set_min_interval (GlnFetcher *self,
                              const char *group,
                              guint       interval_ms)
{
  GHashTableIter iter;
  gpointer name;
  gpointer slot;

  g_return_if_fail (GLN_IS_FETCHER (self));

  if (group != NULL)
    {
      if (g_strcmp0 (group, ARXIV_GROUP) == 0)
        self->arxiv_interval_ms = interval_ms;
      _gln_fetcher_slot_set_interval (lookup_slot (self, group), interval_ms);
      return;
    }

  self->default_interval_ms = interval_ms;
  g_hash_table_iter_init (&iter, self->slots);
  while (g_hash_table_iter_next (&iter, &name, &slot))
    {
      if (g_strcmp0 (name, ARXIV_GROUP) != 0)
        _gln_fetcher_slot_set_interval (slot, interval_ms);
    }
}

/**
 * gln_fetcher_set_timeout:
 * @self: a #GlnFetcher
 * @timeout_ms: how long a server may stay silent, in milliseconds
 */
void
gln_fetcher_set_timeout (GlnFetcher *self,
                         guint       timeout_ms)
{
  g_return_if_fail (GLN_IS_FETCHER (self));
  g_return_if_fail (timeout_ms > 0);

  self->timeout_ms = timeout_ms;
}

/**
 * gln_fetcher_set_retries:
 * @self: a #GlnFetcher
 * @max_retries: how many times a failed request is tried again
 * @first_delay_ms: the wait before the first retry; each further one waits twice as long
 */
void
gln_fetcher_set_retries (GlnFetcher *self,
                         guint       max_retries,
                         guint       first_delay_ms)
{
  g_return_if_fail (GLN_IS_FETCHER (self));

  self->max_retries = max_retries;
  self->retry_delay_ms = first_delay_ms;
}

/**
 * gln_fetcher_set_max_retry_wait:
 * @self: a #GlnFetcher
 * @seconds: how long one request may wait in all for what `Retry-After` asks before it
 *   gives up with %GLN_FETCH_ERROR_RATE_LIMITED
 */
void
gln_fetcher_set_max_retry_wait (GlnFetcher *self,
                                guint       seconds)
{
  g_return_if_fail (GLN_IS_FETCHER (self));

  self->max_retry_wait_s = seconds;
}

/**
 * gln_fetcher_set_deadline:
 * @self: a #GlnFetcher
 * @deadline_ms: how long one request may take in all, from its first attempt to the last
 *   byte of its body, retries and waits included
 *
 * A request past its deadline fails with %GLN_FETCH_ERROR_TIMEOUT and returns nothing of
 * what it read. The default is 120 s.
 */
void
gln_fetcher_set_deadline (GlnFetcher *self,
                          guint       deadline_ms)
{
  g_return_if_fail (GLN_IS_FETCHER (self));
  g_return_if_fail (deadline_ms > 0);

  self->deadline_ms = deadline_ms;
}

/**
 * gln_fetcher_set_max_body_size:
 * @self: a #GlnFetcher
 * @max_bytes: the largest body accepted; larger ones fail with %GLN_FETCH_ERROR_TOO_LARGE
 *   without being read in full
 */
void
gln_fetcher_set_max_body_size (GlnFetcher *self,
                               gsize       max_bytes)
{
  g_return_if_fail (GLN_IS_FETCHER (self));
  g_return_if_fail (max_bytes > 0);

  self->max_body_size = max_bytes;
}

/**
 * gln_fetcher_fetch_async:
 * @self: a #GlnFetcher
 * @request: what to fetch
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the response is complete or the request has failed for good
 * @user_data: data for @callback
 *
 * Gets @request's URL politely: after the group's earlier requests, spaced by its interval,
 * with retries. The whole body is read, up to the size limit.
 */
void
gln_fetcher_fetch_async (GlnFetcher            *self,
                         const GlnFetchRequest *request,
                         GCancellable          *cancellable,
                         GAsyncReadyCallback    callback,
                         gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GUri) uri = NULL;
  const char *scheme;
  const char *group;
  FetchOp *op;

  g_return_if_fail (GLN_IS_FETCHER (self));
  g_return_if_fail (request != NULL && request->url != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, gln_fetcher_fetch_async);

  uri = g_uri_parse (request->url, SOUP_HTTP_URI_FLAGS, NULL);
  scheme = uri != NULL ? g_uri_get_scheme (uri) : NULL;
  if (uri == NULL || g_uri_get_host (uri) == NULL ||
      (g_ascii_strcasecmp (scheme, "http") != 0 && g_ascii_strcasecmp (scheme, "https") != 0))
    {
      g_task_return_new_error (task, GLN_FETCH_ERROR, GLN_FETCH_ERROR_INVALID_URL,
                               _("“%s” is not a web address"), request->url);
      return;
    }

  op = g_new0 (FetchOp, 1);
  op->uri = g_steal_pointer (&uri);
  op->service_name = g_strdup (request->service_name != NULL ? request->service_name
                                                             : g_uri_get_host (op->uri));
  op->etag = g_strdup (request->etag);
  op->last_modified = g_strdup (request->last_modified);
  if (request->key_header != NULL && request->key != NULL && request->key[0] != '\0')
    {
      op->key_header = g_strdup (request->key_header);
      op->key = g_strdup (request->key);
    }
  group = request->group != NULL ? request->group : group_for_host (g_uri_get_host (op->uri));
  op->slot = lookup_slot (self, group);
  g_task_set_task_data (task, op, (GDestroyNotify) fetch_op_free);

  if (cancellable != NULL)
    {
      op->cancel_source = g_cancellable_source_new (cancellable);
      g_source_set_callback (op->cancel_source, G_SOURCE_FUNC (caller_cancelled_cb), task, NULL);
      g_source_attach (op->cancel_source, g_main_context_get_thread_default ());
    }

  _gln_fetcher_slot_enqueue (op->slot, task);
}

/**
 * gln_fetcher_fetch_finish:
 * @self: a #GlnFetcher
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the response, with status 304 and no body when the server
 *   said the stored validators are still current; or %NULL with @error set
 */
GlnFetchResponse *
gln_fetcher_fetch_finish (GlnFetcher    *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (GLN_IS_FETCHER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
