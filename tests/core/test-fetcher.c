/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "gln-fetcher.h"
#include "gln-test-server.h"
#include "gln-test-utils.h"

#define MB (1024 * 1024)

typedef struct
{
  GlnTestServer *server;
  GlnFetcher    *fetcher;
} Fixture;

typedef struct
{
  GlnFetchResponse *response;
  GError           *error;
  gboolean          done;
} Outcome;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->server = gln_test_server_new ();
  fixture->fetcher = gln_fetcher_new ();
  gln_fetcher_set_min_interval (fixture->fetcher, NULL, 0);
  gln_fetcher_set_retries (fixture->fetcher, 2, 50);
  gln_fetcher_set_timeout (fixture->fetcher, 2000);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->fetcher);
  g_clear_pointer (&fixture->server, gln_test_server_free);
}

static void
fetched_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  Outcome *outcome = user_data;

  outcome->response = gln_fetcher_fetch_finish (GLN_FETCHER (object), result, &outcome->error);
  outcome->done = TRUE;
}

static char *
url_for (Fixture    *fixture,
         const char *path)
{
  return g_strconcat (gln_test_server_get_url (fixture->server), path, NULL);
}

static void
start_fetch (Fixture      *fixture,
             const char   *path,
             const char   *group,
             GCancellable *cancellable,
             Outcome      *outcome)
{
  g_autofree char *url = url_for (fixture, path);
  GlnFetchRequest request = { .url = url, .group = group, .service_name = "Test" };

  gln_fetcher_fetch_async (fixture->fetcher, &request, cancellable, fetched_cb, outcome);
}

static void
wait_for (Outcome *outcome)
{
  while (!outcome->done)
    g_main_context_iteration (NULL, TRUE);
}

static GlnFetchResponse *
fetch (Fixture     *fixture,
       const char  *path,
       GError     **error)
{
  Outcome outcome = { 0, };

  start_fetch (fixture, path, NULL, NULL, &outcome);
  wait_for (&outcome);
  if (outcome.error != NULL)
    g_propagate_error (error, outcome.error);

  return outcome.response;
}

static gint64
gap_ms (GPtrArray *requests,
        guint      i)
{
  GlnTestRequest *a = g_ptr_array_index (requests, i - 1);
  GlnTestRequest *b = g_ptr_array_index (requests, i);

  return (b->arrived - a->arrived) / 1000;
}

static void
test_body_and_user_agent (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GBytes) body = g_bytes_new_static ("hello", 5);
  g_autoptr(GlnFetchResponse) response = NULL;
  g_autoptr(GPtrArray) requests = NULL;
  g_autoptr(GError) error = NULL;
  GlnTestRequest *request;

  gln_test_server_respond (fixture->server, "/hello", 200, "text/plain", body, NULL);
  response = fetch (fixture, "/hello", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (response->status, ==, 200);
  g_assert_cmpmem (g_bytes_get_data (response->body, NULL), g_bytes_get_size (response->body),
                   "hello", 5);

  requests = gln_test_server_dup_requests (fixture->server);
  g_assert_cmpuint (requests->len, ==, 1);
  request = g_ptr_array_index (requests, 0);
  g_assert_cmpstr (request->user_agent, ==, gln_fetcher_get_user_agent (fixture->fetcher));
  g_assert_true (g_str_has_prefix (request->user_agent, "Gleaner/" PACKAGE_VERSION " (+https://"));
}

static void
test_conditional_get (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GBytes) body = g_bytes_new_static ("<rss/>", 6);
  g_autoptr(GlnFetchResponse) first = NULL;
  g_autoptr(GlnFetchResponse) second = NULL;
  g_autoptr(GPtrArray) requests = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *url = url_for (fixture, "/feed");
  GlnTestRequest *request;
  Outcome outcome = { 0, };
  GlnFetchRequest conditional = { .url = url };

  gln_test_server_respond (fixture->server, "/feed", 200, "application/rss+xml", body, NULL);
  gln_test_server_set_validators (fixture->server, "/feed", "\"v1\"",
                                  "Fri, 23 Feb 2024 05:00:11 GMT");

  first = fetch (fixture, "/feed", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (first->status, ==, 200);
  g_assert_cmpstr (first->etag, ==, "\"v1\"");
  g_assert_cmpstr (first->last_modified, ==, "Fri, 23 Feb 2024 05:00:11 GMT");

  conditional.etag = first->etag;
  conditional.last_modified = first->last_modified;
  gln_fetcher_fetch_async (fixture->fetcher, &conditional, NULL, fetched_cb, &outcome);
  wait_for (&outcome);
  g_assert_no_error (outcome.error);
  second = outcome.response;
  g_assert_cmpuint (second->status, ==, 304);
  g_assert_null (second->body);

  requests = gln_test_server_dup_requests (fixture->server);
  g_assert_cmpuint (requests->len, ==, 2);
  request = g_ptr_array_index (requests, 0);
  g_assert_null (request->if_none_match);
  request = g_ptr_array_index (requests, 1);
  g_assert_cmpstr (request->if_none_match, ==, "\"v1\"");
  g_assert_cmpstr (request->if_modified_since, ==, "Fri, 23 Feb 2024 05:00:11 GMT");
}

static void
test_retry_after_seconds (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GBytes) body = g_bytes_new_static ("ok", 2);
  g_autoptr(GlnFetchResponse) response = NULL;
  g_autoptr(GPtrArray) requests = NULL;
  g_autoptr(GError) error = NULL;

  gln_test_server_respond (fixture->server, "/busy", 503, "text/plain", NULL,
                           "Retry-After", "1", NULL);
  gln_test_server_respond (fixture->server, "/busy", 200, "text/plain", body, NULL);

  response = fetch (fixture, "/busy", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (response->status, ==, 200);

  requests = gln_test_server_dup_requests (fixture->server);
  g_assert_cmpuint (requests->len, ==, 2);
  g_assert_cmpint (gap_ms (requests, 1), >=, 1000);
  g_assert_cmpint (gap_ms (requests, 1), <, 2500);
}

static void
test_retry_after_date (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GBytes) body = g_bytes_new_static ("ok", 2);
  g_autoptr(GlnFetchResponse) response = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) later = g_date_time_add_seconds (now, 1);
  g_autofree char *date = g_date_time_format (later, "%a, %d %b %Y %H:%M:%S GMT");
  g_autoptr(GError) error = NULL;

  gln_test_server_respond (fixture->server, "/limited", 429, "text/plain", NULL,
                           "Retry-After", date, NULL);
  gln_test_server_respond (fixture->server, "/limited", 200, "text/plain", body, NULL);

  response = fetch (fixture, "/limited", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (response->status, ==, 200);
  g_assert_cmpuint (gln_test_server_count_requests (fixture->server, "/limited"), ==, 2);
}

static void
test_rate_limited (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GlnFetchResponse) response = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) again = NULL;

  gln_test_server_respond (fixture->server, "/limited", 429, "text/plain", NULL,
                           "Retry-After", "30", NULL);
  gln_fetcher_set_max_retry_wait (fixture->fetcher, 10);

  response = fetch (fixture, "/limited", &error);
  g_assert_null (response);
  g_assert_error (error, GLN_FETCH_ERROR, GLN_FETCH_ERROR_RATE_LIMITED);
  g_assert_cmpstr (error->message, ==, "Test is rate-limiting us; next try in 30 s");

  /* The server is not asked again before the time it named. */
  response = fetch (fixture, "/other", &again);
  g_assert_error (again, GLN_FETCH_ERROR, GLN_FETCH_ERROR_RATE_LIMITED);
  g_assert_cmpuint (gln_test_server_count_requests (fixture->server, NULL), ==, 1);
}

static void
test_server_errors_back_off (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GBytes) body = g_bytes_new_static ("ok", 2);
  g_autoptr(GlnFetchResponse) response = NULL;
  g_autoptr(GPtrArray) requests = NULL;
  g_autoptr(GError) error = NULL;

  gln_test_server_respond (fixture->server, "/flaky", 500, "text/plain", NULL, NULL);
  gln_test_server_respond (fixture->server, "/flaky", 502, "text/plain", NULL, NULL);
  gln_test_server_respond (fixture->server, "/flaky", 200, "text/plain", body, NULL);

  response = fetch (fixture, "/flaky", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (response->status, ==, 200);

  requests = gln_test_server_dup_requests (fixture->server);
  g_assert_cmpuint (requests->len, ==, 3);
  g_assert_cmpint (gap_ms (requests, 1), >=, 50);
  g_assert_cmpint (gap_ms (requests, 2), >=, 100);
}

static void
test_server_errors_give_up (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GlnFetchResponse) response = NULL;
  g_autoptr(GError) error = NULL;

  gln_test_server_respond (fixture->server, "/down", 503, "text/plain", NULL, NULL);

  response = fetch (fixture, "/down", &error);
  g_assert_error (error, GLN_FETCH_ERROR, GLN_FETCH_ERROR_HTTP);
  g_assert_cmpstr (error->message, ==,
                   "Test is unavailable right now (503 Service Unavailable); try again later");
  g_assert_cmpuint (gln_test_server_count_requests (fixture->server, NULL), ==, 3);
}

static void
test_not_found_is_not_retried (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GlnFetchResponse) response = NULL;
  g_autoptr(GError) error = NULL;

  response = fetch (fixture, "/missing", &error);
  g_assert_null (response);
  g_assert_error (error, GLN_FETCH_ERROR, GLN_FETCH_ERROR_HTTP);
  g_assert_cmpstr (error->message, ==, "Test answered “404 Not Found”");
  g_assert_cmpuint (gln_test_server_count_requests (fixture->server, NULL), ==, 1);
}

/* Nobody listening is news at once: a retry seconds later would find nobody either. */
static void
test_refused_is_not_retried (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *base = gln_test_refusing_url ();
  g_autofree char *url = g_strconcat (base, "/api/query", NULL);
  GlnFetchRequest request = { .url = url, .service_name = "Test" };
  Outcome outcome = { 0, };
  gint64 start = g_get_monotonic_time ();

  gln_fetcher_set_retries (fixture->fetcher, 3, 2000);
  gln_fetcher_fetch_async (fixture->fetcher, &request, NULL, fetched_cb, &outcome);
  wait_for (&outcome);

  g_assert_null (outcome.response);
  g_assert_error (outcome.error, GLN_FETCH_ERROR, GLN_FETCH_ERROR_NETWORK);
  g_assert_true (g_str_has_prefix (outcome.error->message, "Could not reach Test: "));
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);
  g_clear_error (&outcome.error);
}

static void
test_timeout (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GlnFetchResponse) response = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  gln_test_server_hang (fixture->server, "/silent");
  gln_fetcher_set_timeout (fixture->fetcher, 300);
  gln_fetcher_set_retries (fixture->fetcher, 1, 10);

  response = fetch (fixture, "/silent", &error);
  g_assert_null (response);
  g_assert_error (error, GLN_FETCH_ERROR, GLN_FETCH_ERROR_TIMEOUT);
  g_assert_cmpstr (error->message, ==, "Test did not answer within 1 s");
  g_assert_cmpuint (gln_test_server_count_requests (fixture->server, NULL), ==, 2);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 3 * G_USEC_PER_SEC);
}

/* A server that sends a byte every 100 ms is never silent for the 300 ms timeout; the
 * deadline ends the request all the same, and nothing of the body comes back. */
static void
test_deadline_slow_drip (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GlnFetchResponse) response = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  gint64 elapsed;

  /* 100 bytes: 10 s, after which a fetcher without a deadline would succeed. */
  gln_test_server_drip (fixture->server, "/drip", 100, 100);
  gln_fetcher_set_timeout (fixture->fetcher, 300);
  gln_fetcher_set_deadline (fixture->fetcher, 1000);

  response = fetch (fixture, "/drip", &error);
  elapsed = g_get_monotonic_time () - start;
  g_assert_null (response);
  g_assert_error (error, GLN_FETCH_ERROR, GLN_FETCH_ERROR_TIMEOUT);
  g_assert_cmpstr (error->message, ==,
                   "Test did not finish answering within 1 s; nothing of it was kept");
  g_assert_cmpint (elapsed, >=, G_USEC_PER_SEC);
  g_assert_cmpint (elapsed, <, 2 * G_USEC_PER_SEC);
  g_assert_cmpuint (gln_test_server_count_requests (fixture->server, NULL), ==, 1);
}

/* A server that never answers is given the timeout twice, not once per retry. */
static void
test_silent_server_bounded (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GlnFetchResponse) response = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  gln_test_server_hang (fixture->server, "/silent");
  gln_fetcher_set_timeout (fixture->fetcher, 500);
  gln_fetcher_set_retries (fixture->fetcher, 3, 10);

  response = fetch (fixture, "/silent", &error);
  g_assert_error (error, GLN_FETCH_ERROR, GLN_FETCH_ERROR_TIMEOUT);
  g_assert_cmpuint (gln_test_server_count_requests (fixture->server, NULL), ==, 2);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 1600 * 1000);
}

/* The deadline bounds the retries too: no retry starts that could not end in time. */
static void
test_deadline_bounds_retries (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GlnFetchResponse) response = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  gln_test_server_hang (fixture->server, "/silent");
  gln_fetcher_set_timeout (fixture->fetcher, 400);
  gln_fetcher_set_retries (fixture->fetcher, 3, 10);
  gln_fetcher_set_deadline (fixture->fetcher, 600);

  response = fetch (fixture, "/silent", &error);
  g_assert_error (error, GLN_FETCH_ERROR, GLN_FETCH_ERROR_TIMEOUT);
  g_assert_cmpstr (error->message, ==,
                   "Test did not finish answering within 1 s; nothing of it was kept");
  g_assert_cmpint (g_get_monotonic_time () - start, <, 1200 * 1000);
}

/* Retry-After waits add up to the budget at most: the second wait of 1 s would make 2 s,
 * over the 1 s allowed, so the request fails with the rate limit instead of waiting. */
static void
test_retry_after_budget (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GBytes) body = g_bytes_new_static ("ok", 2);
  g_autoptr(GlnFetchResponse) response = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; i < 3; i++)
    gln_test_server_respond (fixture->server, "/limited", 429, "text/plain", NULL,
                             "Retry-After", "1", NULL);
  gln_test_server_respond (fixture->server, "/limited", 200, "text/plain", body, NULL);
  gln_fetcher_set_retries (fixture->fetcher, 3, 10);
  gln_fetcher_set_max_retry_wait (fixture->fetcher, 1);

  response = fetch (fixture, "/limited", &error);
  g_assert_null (response);
  g_assert_error (error, GLN_FETCH_ERROR, GLN_FETCH_ERROR_RATE_LIMITED);
  g_assert_cmpuint (gln_test_server_count_requests (fixture->server, NULL), ==, 2);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 2 * G_USEC_PER_SEC);
}

/* The default budget is 30 s: a Retry-After of 59 s fails at once. */
static void
test_retry_after_default_cap (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GlnFetchResponse) response = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GlnFetcher) fetcher = gln_fetcher_new ();
  gint64 start = g_get_monotonic_time ();

  g_object_unref (fixture->fetcher);
  fixture->fetcher = g_steal_pointer (&fetcher);
  gln_test_server_respond (fixture->server, "/limited", 429, "text/plain", NULL,
                           "Retry-After", "59", NULL);

  response = fetch (fixture, "/limited", &error);
  g_assert_error (error, GLN_FETCH_ERROR, GLN_FETCH_ERROR_RATE_LIMITED);
  g_assert_cmpstr (error->message, ==, "Test is rate-limiting us; next try in 59 s");
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);
}

static void
check_too_large (Fixture  *fixture,
                 gboolean  announce_length)
{
  g_autoptr(GlnFetchResponse) response = NULL;
  g_autoptr(GError) error = NULL;

  gln_test_server_stream (fixture->server, "/huge", 20 * MB, announce_length);
  gln_fetcher_set_max_body_size (fixture->fetcher, 1 * MB);

  response = fetch (fixture, "/huge", &error);
  g_assert_null (response);
  g_assert_error (error, GLN_FETCH_ERROR, GLN_FETCH_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==,
                   "Test sent a response larger than 1.0\u00a0MB; it was refused");

  /* The client stopped reading: the server made only a fraction of the 20 MB. */
  g_assert_cmpuint (gln_test_server_get_streamed (fixture->server), <, 10 * MB);
  g_assert_cmpuint (gln_test_server_count_requests (fixture->server, NULL), ==, 1);
}

static void
test_too_large_announced (Fixture       *fixture,
                          gconstpointer  data)
{
  check_too_large (fixture, TRUE);
}

static void
test_too_large_streamed (Fixture       *fixture,
                         gconstpointer  data)
{
  check_too_large (fixture, FALSE);
}

static gboolean
cancel_cb (gpointer data)
{
  g_cancellable_cancel (data);
  return G_SOURCE_REMOVE;
}

static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  Outcome in_flight = { 0, };
  Outcome queued = { 0, };
  gint64 start = g_get_monotonic_time ();

  gln_test_server_hang (fixture->server, "/silent");
  gln_fetcher_set_min_interval (fixture->fetcher, "slow", 5000);

  /* One request hangs on the server, the other waits for its turn in the same group. */
  start_fetch (fixture, "/silent", "slow", cancellable, &in_flight);
  start_fetch (fixture, "/silent", "slow", cancellable, &queued);
  g_timeout_add (100, cancel_cb, cancellable);
  wait_for (&in_flight);
  wait_for (&queued);

  g_assert_error (in_flight.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_error (queued.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);
  g_assert_cmpuint (gln_test_server_count_requests (fixture->server, NULL), ==, 1);
  g_clear_error (&in_flight.error);
  g_clear_error (&queued.error);
}

static void
test_politeness (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GBytes) body = g_bytes_new_static ("ok", 2);
  g_autoptr(GPtrArray) requests = NULL;
  Outcome outcomes[3] = { { 0, }, };
  Outcome other = { 0, };

  gln_test_server_respond (fixture->server, "/api/query", 200, "text/plain", body, NULL);
  gln_test_server_respond (fixture->server, "/other", 200, "text/plain", body, NULL);
  gln_fetcher_set_min_interval (fixture->fetcher, "arxiv", 300);

  /* Three arXiv requests at once go one after the other, 300 ms apart as the server sees
   * them; a request of another group does not wait for them. */
  for (guint i = 0; i < G_N_ELEMENTS (outcomes); i++)
    start_fetch (fixture, "/api/query", "arxiv", NULL, &outcomes[i]);
  start_fetch (fixture, "/other", "elsewhere", NULL, &other);
  for (guint i = 0; i < G_N_ELEMENTS (outcomes); i++)
    {
      wait_for (&outcomes[i]);
      g_assert_no_error (outcomes[i].error);
      g_clear_pointer (&outcomes[i].response, gln_fetch_response_free);
    }
  wait_for (&other);
  g_assert_no_error (other.error);
  g_clear_pointer (&other.response, gln_fetch_response_free);

  requests = gln_test_server_dup_requests (fixture->server);
  g_assert_cmpuint (requests->len, ==, 4);
  /* The other group's request went before the arXiv interval was over. */
  for (guint i = 0; i < requests->len; i++)
    {
      GlnTestRequest *request = g_ptr_array_index (requests, i);

      if (g_str_equal (request->path, "/other"))
        {
          g_assert_cmpuint (i, <, 2);
          g_ptr_array_remove_index (requests, i);
          break;
        }
    }
  g_assert_cmpuint (requests->len, ==, 3);
  g_assert_cmpint (gap_ms (requests, 1), >=, 300);
  g_assert_cmpint (gap_ms (requests, 2), >=, 300);
}

/* Two fetchers, as the window and `gleaner-cli refresh` have, sharing the ledger in the
 * user's cache folder: their requests to one service are spaced too. Without a shared
 * ledger each is polite on its own only, and they ask at once. */
static void
test_politeness_between_processes (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(GBytes) body = g_bytes_new_static ("ok", 2);
  g_autofree char *ledger = g_build_filename (g_get_user_cache_dir (), "ledger-test", NULL);
  const char *dirs[] = { ledger, NULL };

  gln_test_server_respond (fixture->server, "/api/query", 200, "text/plain", body, NULL);
  for (guint round = 0; round < G_N_ELEMENTS (dirs); round++)
    {
      g_autoptr(GlnFetcher) other_process = gln_fetcher_new ();
      g_autoptr(GPtrArray) requests = NULL;
      Outcome mine = { 0, };
      Outcome theirs = { 0, };
      g_autofree char *url = url_for (fixture, "/api/query");
      GlnFetchRequest request = { .url = url, .group = "arxiv", .service_name = "Test" };

      gln_fetcher_set_ledger_dir (fixture->fetcher, dirs[round]);
      gln_fetcher_set_ledger_dir (other_process, dirs[round]);
      gln_fetcher_set_min_interval (fixture->fetcher, "arxiv", 400);
      gln_fetcher_set_min_interval (other_process, "arxiv", 400);
      g_usleep (450 * 1000);
      gln_test_server_clear_requests (fixture->server);

      start_fetch (fixture, "/api/query", "arxiv", NULL, &mine);
      gln_fetcher_fetch_async (other_process, &request, NULL, fetched_cb, &theirs);
      wait_for (&mine);
      wait_for (&theirs);
      g_assert_no_error (mine.error);
      g_assert_no_error (theirs.error);
      g_clear_pointer (&mine.response, gln_fetch_response_free);
      g_clear_pointer (&theirs.response, gln_fetch_response_free);

      requests = gln_test_server_dup_requests (fixture->server);
      g_assert_cmpuint (requests->len, ==, 2);
      if (dirs[round] != NULL)
        g_assert_cmpint (gap_ms (requests, 1), >=, 400);
      else
        g_assert_cmpint (gap_ms (requests, 1), <, 400);
    }
}

static void
test_invalid_url (Fixture       *fixture,
                  gconstpointer  data)
{
  Outcome outcome = { 0, };
  GlnFetchRequest request = { .url = "ftp://example.org/feed" };

  gln_fetcher_fetch_async (fixture->fetcher, &request, NULL, fetched_cb, &outcome);
  wait_for (&outcome);
  g_assert_error (outcome.error, GLN_FETCH_ERROR, GLN_FETCH_ERROR_INVALID_URL);
  g_clear_error (&outcome.error);
}

int
main (int   argc,
      char *argv[])
{
  /* The isolated directories hide the system's GSettings schemas, which GIO's GNOME proxy
   * resolver needs; the loopback server needs no proxy anyway. */
  g_setenv ("GIO_USE_PROXY_RESOLVER", "dummy", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add ("/gln/fetcher/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("body-and-user-agent", test_body_and_user_agent);
  ADD ("conditional-get", test_conditional_get);
  ADD ("retry-after-seconds", test_retry_after_seconds);
  ADD ("retry-after-date", test_retry_after_date);
  ADD ("rate-limited", test_rate_limited);
  ADD ("server-errors-back-off", test_server_errors_back_off);
  ADD ("server-errors-give-up", test_server_errors_give_up);
  ADD ("not-found-is-not-retried", test_not_found_is_not_retried);
  ADD ("refused-is-not-retried", test_refused_is_not_retried);
  ADD ("timeout", test_timeout);
  ADD ("deadline/slow-drip", test_deadline_slow_drip);
  ADD ("deadline/bounds-retries", test_deadline_bounds_retries);
  ADD ("silent-server-bounded", test_silent_server_bounded);
  ADD ("retry-after-budget", test_retry_after_budget);
  ADD ("retry-after-default-cap", test_retry_after_default_cap);
  ADD ("too-large-announced", test_too_large_announced);
  ADD ("too-large-streamed", test_too_large_streamed);
  ADD ("cancel", test_cancel);
  ADD ("politeness", test_politeness);
  ADD ("politeness-between-processes", test_politeness_between_processes);
  ADD ("invalid-url", test_invalid_url);

#undef ADD

  return g_test_run ();
}
