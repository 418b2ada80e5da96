/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "gln-test-server.h"

#include "gln-test-utils.h"

#define STREAM_CHUNK (64 * 1024)

typedef enum
{
  ANSWER_BODY,
  ANSWER_HANG,
  ANSWER_STREAM,
  ANSWER_DRIP,
} AnswerKind;

typedef struct
{
  AnswerKind  kind;
  guint       status;
  char       *content_type;
  GBytes     *body;
  GStrv       headers;          /* name, value, name, value… */
  gsize       stream_size;
  gboolean    announce_length;
  guint       drip_interval_ms;
} Answer;

typedef struct
{
  char       *path;
  GHashTable *params;           /* name → value that must be in the query */
  GPtrArray  *answers;
  guint       hits;
  char       *etag;
  char       *last_modified;
} Route;

struct _GlnTestServer
{
  GMutex        mutex;
  GCond         cond;
  GThread      *thread;
  GMainContext *context;
  GMainLoop    *loop;
  char         *url;
  GPtrArray    *routes;
  GPtrArray    *requests;
  gsize         streamed;
};

typedef struct
{
  GlnTestServer *server;
  gsize          remaining;
} Stream;

typedef struct
{
  SoupServerMessage *msg;
  gsize              remaining;
  GSource           *timer;
} Drip;

static void
answer_free (Answer *answer)
{
  g_free (answer->content_type);
  g_clear_pointer (&answer->body, g_bytes_unref);
  g_strfreev (answer->headers);
  g_free (answer);
}

static void
route_free (Route *route)
{
  g_free (route->path);
  g_hash_table_unref (route->params);
  g_ptr_array_unref (route->answers);
  g_free (route->etag);
  g_free (route->last_modified);
  g_free (route);
}

void
gln_test_request_free (GlnTestRequest *request)
{
  g_free (request->path);
  g_free (request->query);
  g_free (request->user_agent);
  g_free (request->if_none_match);
  g_free (request->if_modified_since);
  g_free (request->api_key);
  g_free (request);
}

static GlnTestRequest *
request_copy (const GlnTestRequest *request)
{
  GlnTestRequest *copy = g_new0 (GlnTestRequest, 1);

  copy->path = g_strdup (request->path);
  copy->query = g_strdup (request->query);
  copy->user_agent = g_strdup (request->user_agent);
  copy->if_none_match = g_strdup (request->if_none_match);
  copy->if_modified_since = g_strdup (request->if_modified_since);
  copy->api_key = g_strdup (request->api_key);
  copy->arrived = request->arrived;

  return copy;
}

/* Called with the mutex held. */
static Route *
find_route (GlnTestServer *self,
            const char    *path,
            GHashTable    *query,
            gboolean       create)
{
  Route *best = NULL;

  for (guint i = 0; i < self->routes->len; i++)
    {
      Route *route = g_ptr_array_index (self->routes, i);
      GHashTableIter iter;
      gpointer name;
      gpointer value;
      gboolean matches = g_str_equal (route->path, path);

      g_hash_table_iter_init (&iter, route->params);
      while (matches && g_hash_table_iter_next (&iter, &name, &value))
        matches = query != NULL && g_strcmp0 (g_hash_table_lookup (query, name), value) == 0;

      if (create && matches &&
          g_hash_table_size (route->params) != (query ? g_hash_table_size (query) : 0))
        matches = FALSE;

      if (matches && (best == NULL ||
                      g_hash_table_size (route->params) > g_hash_table_size (best->params)))
        best = route;
    }

  return best;
}

static Route *
ensure_route (GlnTestServer *self,
              const char    *spec)
{
  g_auto(GStrv) parts = g_strsplit (spec, "?", 2);
  g_autoptr(GHashTable) params = NULL;
  Route *route;

  params = parts[1] != NULL ? soup_form_decode (parts[1])
                            : g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  if ((route = find_route (self, parts[0], params, TRUE)) != NULL)
    return route;

  route = g_new0 (Route, 1);
  route->path = g_strdup (parts[0]);
  route->params = g_steal_pointer (&params);
  route->answers = g_ptr_array_new_with_free_func ((GDestroyNotify) answer_free);
  g_ptr_array_add (self->routes, route);

  return route;
}

static void
add_answer (GlnTestServer *self,
            const char    *spec,
            Answer        *answer)
{
  g_mutex_lock (&self->mutex);
  g_ptr_array_add (ensure_route (self, spec)->answers, answer);
  g_mutex_unlock (&self->mutex);
}

static void
wrote_chunk_cb (SoupServerMessage *msg,
                gpointer           user_data)
{
  Stream *stream = user_data;
  SoupMessageBody *body = soup_server_message_get_response_body (msg);
  gsize size = MIN (stream->remaining, STREAM_CHUNK);
  g_autoptr(GBytes) chunk = NULL;

  if (size == 0)
    {
      soup_message_body_complete (body);
      return;
    }

  /* Garbage, produced as the client reads it: the server never holds the whole body.
   * The body takes a reference of its own. */
  chunk = g_bytes_new_take (g_malloc0 (size), size);
  soup_message_body_append_bytes (body, chunk);
  stream->remaining -= size;
  g_mutex_lock (&stream->server->mutex);
  stream->server->streamed += size;
  g_mutex_unlock (&stream->server->mutex);
}

static void
start_stream (GlnTestServer     *self,
              SoupServerMessage *msg,
              const Answer      *answer)
{
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);
  Stream *stream = g_new0 (Stream, 1);

  stream->server = self;
  stream->remaining = answer->stream_size;
  soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
  soup_message_headers_set_content_type (headers, "application/octet-stream", NULL);
  if (answer->announce_length)
    soup_message_headers_set_content_length (headers, answer->stream_size);
  else
    soup_message_headers_set_encoding (headers, SOUP_ENCODING_CHUNKED);
  soup_message_body_set_accumulate (soup_server_message_get_response_body (msg), FALSE);
  g_signal_connect_data (msg, "wrote-chunk", G_CALLBACK (wrote_chunk_cb), stream,
                         (GClosureNotify) (void (*) (void)) g_free, 0);
  wrote_chunk_cb (msg, stream);
}

static gboolean
drip_cb (gpointer user_data)
{
  Drip *drip = user_data;
  SoupMessageBody *body = soup_server_message_get_response_body (drip->msg);

  if (drip->remaining == 0)
    {
      soup_message_body_complete (body);
      soup_server_message_unpause (drip->msg);
      return G_SOURCE_REMOVE;
    }

  soup_message_body_append (body, SOUP_MEMORY_STATIC, "x", 1);
  soup_server_message_unpause (drip->msg);
  drip->remaining--;

  return G_SOURCE_CONTINUE;
}

static void
drip_finished_cb (SoupServerMessage *msg,
                  gpointer           user_data)
{
  Drip *drip = user_data;

  g_source_destroy (drip->timer);
}

static void
drip_free (gpointer  data,
           GClosure *closure)
{
  Drip *drip = data;

  g_source_destroy (drip->timer);
  g_source_unref (drip->timer);
  g_free (drip);
}

/* One byte every interval, chunked, for as long as the client listens (or the bytes last). */
static void
start_drip (SoupServerMessage *msg,
            const Answer      *answer)
{
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);
  Drip *drip = g_new0 (Drip, 1);

  drip->msg = msg;
  drip->remaining = answer->stream_size;
  soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
  soup_message_headers_set_content_type (headers, "application/rss+xml", NULL);
  soup_message_headers_set_encoding (headers, SOUP_ENCODING_CHUNKED);
  soup_message_body_set_accumulate (soup_server_message_get_response_body (msg), FALSE);
  drip->timer = g_timeout_source_new (answer->drip_interval_ms);
  g_source_set_callback (drip->timer, drip_cb, drip, NULL);
  g_source_attach (drip->timer, g_main_context_get_thread_default ());
  g_signal_connect_data (msg, "finished", G_CALLBACK (drip_finished_cb), drip, drip_free, 0);
  drip_cb (drip);
}

static void
send_answer (GlnTestServer     *self,
             SoupServerMessage *msg,
             Route             *route,
             const Answer      *answer)
{
  SoupMessageHeaders *request_headers = soup_server_message_get_request_headers (msg);
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);
  const char *if_none_match = soup_message_headers_get_one (request_headers, "If-None-Match");
  const char *if_modified = soup_message_headers_get_one (request_headers, "If-Modified-Since");
  gsize size;
  const char *data;

  if ((route->etag != NULL && g_strcmp0 (if_none_match, route->etag) == 0) ||
      (route->last_modified != NULL && g_strcmp0 (if_modified, route->last_modified) == 0))
    {
      soup_server_message_set_status (msg, SOUP_STATUS_NOT_MODIFIED, NULL);
      return;
    }

  if (route->etag != NULL)
    soup_message_headers_replace (headers, "ETag", route->etag);
  if (route->last_modified != NULL)
    soup_message_headers_replace (headers, "Last-Modified", route->last_modified);
  for (guint i = 0; answer->headers != NULL && answer->headers[i] != NULL; i += 2)
    soup_message_headers_append (headers, answer->headers[i], answer->headers[i + 1]);

  soup_server_message_set_status (msg, answer->status, NULL);
  data = answer->body != NULL ? g_bytes_get_data (answer->body, &size) : NULL;
  if (data != NULL)
    soup_server_message_set_response (msg, answer->content_type, SOUP_MEMORY_COPY, data, size);
}

static void
handle_cb (SoupServer        *server,
           SoupServerMessage *msg,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  GlnTestServer *self = user_data;
  SoupMessageHeaders *request_headers = soup_server_message_get_request_headers (msg);
  GlnTestRequest request = { 0, };
  Answer answer = { 0, };
  gboolean found = FALSE;
  Route *route;

  request.path = (char *) path;
  request.query = (char *) g_uri_get_query (soup_server_message_get_uri (msg));
  request.user_agent = (char *) soup_message_headers_get_one (request_headers, "User-Agent");
  request.if_none_match = (char *) soup_message_headers_get_one (request_headers, "If-None-Match");
  request.if_modified_since =
    (char *) soup_message_headers_get_one (request_headers, "If-Modified-Since");
  request.api_key = (char *) soup_message_headers_get_one (request_headers, "x-api-key");
  request.arrived = g_get_monotonic_time ();

  g_mutex_lock (&self->mutex);
  g_ptr_array_add (self->requests, request_copy (&request));
  if ((route = find_route (self, path, query, FALSE)) != NULL && route->answers->len > 0)
    {
      answer = *(Answer *) g_ptr_array_index (route->answers,
                                              MIN (route->hits, route->answers->len - 1));
      answer.body = answer.body ? g_bytes_ref (answer.body) : NULL;
      answer.content_type = g_strdup (answer.content_type);
      answer.headers = g_strdupv (answer.headers);
      route->hits++;
      found = TRUE;
    }
  g_mutex_unlock (&self->mutex);

  if (!found)
    soup_server_message_set_status (msg, SOUP_STATUS_NOT_FOUND, NULL);
  else if (answer.kind == ANSWER_HANG)
    soup_server_message_pause (msg);
  else if (answer.kind == ANSWER_STREAM)
    start_stream (self, msg, &answer);
  else if (answer.kind == ANSWER_DRIP)
    start_drip (msg, &answer);
  else
    send_answer (self, msg, route, &answer);

  g_clear_pointer (&answer.body, g_bytes_unref);
  g_free (answer.content_type);
  g_strfreev (answer.headers);
}

static gpointer
server_thread (gpointer data)
{
  GlnTestServer *self = data;
  g_autoptr(SoupServer) server = NULL;
  g_autoptr(GError) error = NULL;
  GSList *uris;

  g_main_context_push_thread_default (self->context);

  server = soup_server_new (NULL, NULL);
  soup_server_add_handler (server, NULL, handle_cb, self, NULL);
  soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);

  uris = soup_server_get_uris (server);
  g_mutex_lock (&self->mutex);
  self->url = g_strdup_printf ("http://127.0.0.1:%d", g_uri_get_port (uris->data));
  g_cond_signal (&self->cond);
  g_mutex_unlock (&self->mutex);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  g_main_loop_run (self->loop);

  soup_server_disconnect (server);
  g_main_context_pop_thread_default (self->context);

  return NULL;
}

GlnTestServer *
gln_test_server_new (void)
{
  GlnTestServer *self = g_new0 (GlnTestServer, 1);

  g_mutex_init (&self->mutex);
  g_cond_init (&self->cond);
  self->context = g_main_context_new ();
  self->loop = g_main_loop_new (self->context, FALSE);
  self->routes = g_ptr_array_new_with_free_func ((GDestroyNotify) route_free);
  self->requests = g_ptr_array_new_with_free_func ((GDestroyNotify) gln_test_request_free);

  g_mutex_lock (&self->mutex);
  self->thread = g_thread_new ("test-server", server_thread, self);
  while (self->url == NULL)
    g_cond_wait (&self->cond, &self->mutex);
  g_mutex_unlock (&self->mutex);

  return self;
}

static gboolean
quit_cb (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

void
gln_test_server_free (GlnTestServer *self)
{
  g_main_context_invoke (self->context, quit_cb, self->loop);
  g_thread_join (self->thread);

  g_main_loop_unref (self->loop);
  g_main_context_unref (self->context);
  g_ptr_array_unref (self->routes);
  g_ptr_array_unref (self->requests);
  g_free (self->url);
  g_mutex_clear (&self->mutex);
  g_cond_clear (&self->cond);
  g_free (self);
}

const char *
gln_test_server_get_url (GlnTestServer *self)
{
  return self->url;
}

/* A base URL on 127.0.0.1 where nothing listens, so that connecting is refused at once: the
 * port was free a moment ago, and is free again. */
char *
gln_test_refusing_url (void)
{
  g_autoptr(GSocketListener) listener = g_socket_listener_new ();
  g_autoptr(GError) error = NULL;
  guint16 port;

  port = g_socket_listener_add_any_inet_port (listener, NULL, &error);
  g_assert_no_error (error);
  g_socket_listener_close (listener);

  return g_strdup_printf ("http://127.0.0.1:%u", port);
}

/* Adds an answer to @route: the status, a body, then header name/value pairs. */
void
gln_test_server_respond (GlnTestServer *self,
                         const char    *route,
                         guint          status,
                         const char    *content_type,
                         GBytes        *body,
                         ...)
{
  g_autoptr(GStrvBuilder) headers = g_strv_builder_new ();
  Answer *answer = g_new0 (Answer, 1);
  const char *name;
  va_list args;

  va_start (args, body);
  while ((name = va_arg (args, const char *)) != NULL)
    {
      g_strv_builder_add (headers, name);
      g_strv_builder_add (headers, va_arg (args, const char *));
    }
  va_end (args);

  answer->kind = ANSWER_BODY;
  answer->status = status;
  answer->content_type = g_strdup (content_type);
  answer->body = body != NULL ? g_bytes_ref (body) : NULL;
  answer->headers = g_strv_builder_end (headers);
  add_answer (self, route, answer);
}

void
gln_test_server_respond_file (GlnTestServer *self,
                              const char    *route,
                              const char    *content_type,
                              const char    *path)
{
  g_autoptr(GBytes) body = gln_test_load_bytes (path);

  gln_test_server_respond (self, route, SOUP_STATUS_OK, content_type, body, NULL);
}

/* Makes @route send these validators and answer 304 when a request carries them. */
void
gln_test_server_set_validators (GlnTestServer *self,
                                const char    *route,
                                const char    *etag,
                                const char    *last_modified)
{
  Route *found;

  g_mutex_lock (&self->mutex);
  found = ensure_route (self, route);
  g_free (found->etag);
  found->etag = g_strdup (etag);
  g_free (found->last_modified);
  found->last_modified = g_strdup (last_modified);
  g_mutex_unlock (&self->mutex);
}

/* A server that accepts the request and never answers it. */
void
gln_test_server_hang (GlnTestServer *self,
                      const char    *route)
{
  Answer *answer = g_new0 (Answer, 1);

  answer->kind = ANSWER_HANG;
  add_answer (self, route, answer);
}

/* @size bytes of garbage, made as they are sent, with or without a Content-Length. */
void
gln_test_server_stream (GlnTestServer *self,
                        const char    *route,
                        gsize          size,
                        gboolean       announce_length)
{
  Answer *answer = g_new0 (Answer, 1);

  answer->kind = ANSWER_STREAM;
  answer->stream_size = size;
  answer->announce_length = announce_length;
  add_answer (self, route, answer);
}

GPtrArray *
gln_test_server_dup_requests (GlnTestServer *self)
{
  GPtrArray *copy = g_ptr_array_new_with_free_func ((GDestroyNotify) gln_test_request_free);

  g_mutex_lock (&self->mutex);
  for (guint i = 0; i < self->requests->len; i++)
    g_ptr_array_add (copy, request_copy (g_ptr_array_index (self->requests, i)));
  g_mutex_unlock (&self->mutex);

  return copy;
}

/* Forgets the requests seen so far. */
void
gln_test_server_clear_requests (GlnTestServer *self)
{
  g_mutex_lock (&self->mutex);
  g_ptr_array_set_size (self->requests, 0);
  g_mutex_unlock (&self->mutex);
}

guint
gln_test_server_count_requests (GlnTestServer *self,
                                const char    *path)
{
  guint count = 0;

  g_mutex_lock (&self->mutex);
  for (guint i = 0; i < self->requests->len; i++)
    {
      GlnTestRequest *request = g_ptr_array_index (self->requests, i);

      if (path == NULL || g_str_equal (request->path, path))
        count++;
    }
  g_mutex_unlock (&self->mutex);

  return count;
}

gsize
gln_test_server_get_streamed (GlnTestServer *self)
{
  gsize streamed;

  g_mutex_lock (&self->mutex);
  streamed = self->streamed;
  g_mutex_unlock (&self->mutex);

  return streamed;
}

/* A server that answers 200 at once, then sends its body one byte every @interval_ms, never
 * silent long enough for a timeout; it ends after @n_bytes. */
void
gln_test_server_drip (GlnTestServer *self,
                      const char    *route,
                      guint          interval_ms,
                      gsize          n_bytes)
{
  Answer *answer = g_new0 (Answer, 1);

  answer->kind = ANSWER_DRIP;
  answer->drip_interval_ms = interval_ms;
  answer->stream_size = n_bytes;
  add_answer (self, route, answer);
}
