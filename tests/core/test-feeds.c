/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "gln-test-feeds.h"
#include "gln-test-store.h"
#include "gln-test-utils.h"

/* Feeds in the store, and what refreshing them does to the library. */

#define RSS "application/rss+xml"
#define ATOM "application/atom+xml"
#define JSON "application/json"

static gint64
add_feed (GlnStore    *store,
          const char  *kind,
          const char  *params,
          const char  *title,
          GError     **error)
{
  gln_store_add_feed_async (store, kind, params, title, NULL, gln_test_ready_cb, NULL);
  return gln_store_id_finish (store, gln_test_wait (), error);
}

/* One feed, or every feed for 0; NULL with @error set when the one asked for is not there. */
static GPtrArray *
list_feeds (GlnStore  *store,
            gint64     feed_id,
            GError   **error)
{
  gln_store_list_feeds_async (store, feed_id, NULL, gln_test_ready_cb, NULL);
  return gln_store_list_feeds_finish (store, gln_test_wait (), error);
}

static void
test_store (void)
{
  g_autoptr(GlnStore) store = gln_test_store_new ();
  g_autoptr(GPtrArray) feeds = NULL;
  g_autoptr(GPtrArray) papers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GlnImportResult) first_import = NULL;
  g_autoptr(GlnImportResult) second_import = NULL;
  g_autoptr(GlnFeed) feed = NULL;
  g_autoptr(GArray) arrivals = NULL;
  g_autoptr(GlnQuery) inbox = gln_query_new ();
  g_autoptr(GlnPaper) paper = NULL;
  g_autoptr(GlnPaper) found = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  gint64 first, second, before, after, paper_id;

  first = add_feed (store, "arxiv", "{\"category\":\"cs.CL\"}", NULL, &error);
  g_assert_no_error (error);
  second = add_feed (store, "hf-daily", "{\"date\":null}", "Daily", &error);
  g_assert_no_error (error);
  g_assert_cmpint (add_feed (store, "gopher", "{}", NULL, &error), ==, 0);
  g_assert_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (add_feed (store, "rss", "[1]", NULL, &error), ==, 0);
  g_assert_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  feeds = list_feeds (store, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (feeds->len, ==, 2);
  feed = g_object_ref (g_ptr_array_index (feeds, 0));
  g_assert_cmpint (gln_feed_get_id (feed), ==, first);
  g_assert_cmpstr (gln_feed_get_kind (feed), ==, "arxiv");
  g_assert_null (gln_feed_get_title (feed));
  title = gln_feed_dup_display_title (feed);
  g_assert_cmpstr (title, ==, "arXiv cs.CL");
  g_assert_true (gln_feed_get_enabled (feed));
  g_assert_cmpint (gln_feed_get_refresh_interval (feed), ==, 3600);
  g_assert_true (gln_feed_is_due (feed, 1000));
  g_clear_object (&feed);

  /* Rename, disable, interval, and what a fetch leaves behind: validators, time, error. */
  gln_store_rename_feed_async (store, first, "Computation and Language", NULL,
                               gln_test_ready_cb, NULL);
  gln_test_store_edited (store);
  gln_store_set_feed_enabled_async (store, first, FALSE, NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (store);
  gln_store_set_feed_interval_async (store, first, 7200, NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (store);
  gln_store_set_feed_interval_async (store, first, 5, NULL, gln_test_ready_cb, NULL);
  g_assert_false (gln_store_edit_finish (store, gln_test_wait (), &error));
  g_assert_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  before = g_get_real_time () / G_USEC_PER_SEC;
  gln_store_record_fetch_async (store, first, "arXiv is down", TRUE, "\"e1\"",
                                "Mon, 10 Feb 2025", NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (store);
  after = g_get_real_time () / G_USEC_PER_SEC;
  feed = gln_test_store_feed (store, first);
  g_assert_cmpstr (gln_feed_get_title (feed), ==, "Computation and Language");
  g_assert_false (gln_feed_get_enabled (feed));
  g_assert_cmpint (gln_feed_get_refresh_interval (feed), ==, 7200);
  g_assert_cmpstr (gln_feed_get_etag (feed), ==, "\"e1\"");
  g_assert_cmpstr (gln_feed_get_last_modified (feed), ==, "Mon, 10 Feb 2025");
  g_assert_cmpint (gln_feed_get_last_fetch (feed), >=, before);
  g_assert_cmpint (gln_feed_get_last_fetch (feed), <=, after);
  g_assert_cmpstr (gln_feed_get_last_error (feed), ==, "arXiv is down");
  /* Its interval has passed, but a disabled feed is never due. */
  g_assert_false (gln_feed_is_due (feed, gln_feed_get_last_fetch (feed) + 7200));
  g_clear_object (&feed);

  gln_store_rename_feed_async (store, 999, "x", NULL, gln_test_ready_cb, NULL);
  g_assert_false (gln_store_edit_finish (store, gln_test_wait (), &error));
  g_assert_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (list_feeds (store, 999, &error));
  g_assert_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Which feed brought which paper, the counts, the Inbox. */
  g_ptr_array_add (papers, gln_paper_new ());
  gln_paper_set_title (g_ptr_array_index (papers, 0), "One");
  gln_paper_set_arxiv_id (g_ptr_array_index (papers, 0), "2501.00001");
  first_import = gln_test_store_import (store, papers, first);
  second_import = gln_test_store_import (store, papers, second);
  paper_id = gln_import_result_get_id (first_import, 0);
  g_assert_cmpint (paper_id, >, 0);
  g_assert_cmpint (gln_import_result_get_id (second_import, 0), ==, paper_id);
  arrivals = gln_test_store_arrivals (store, paper_id);
  g_assert_cmpuint (arrivals->len, ==, 2);
  g_assert_cmpint (g_array_index (arrivals, GlnFeedArrival, 0).feed_id, ==, first);
  g_assert_cmpint (g_array_index (arrivals, GlnFeedArrival, 1).feed_id, ==, second);
  g_assert_cmpint (g_array_index (arrivals, GlnFeedArrival, 0).arrived, >, 0);

  inbox->scope = GLN_QUERY_SCOPE_INBOX;
  g_assert_cmpint (gln_test_store_count (store, inbox), ==, 1);
  feed = gln_test_store_feed (store, second);
  g_assert_cmpint (gln_feed_get_n_papers (feed), ==, 1);
  g_assert_cmpint (gln_feed_get_n_unread (feed), ==, 1);
  g_clear_object (&feed);
  paper = gln_store_lookup_paper (store, paper_id, &error);
  g_assert_no_error (error);
  gln_store_set_read_async (store, paper, TRUE, NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (store);
  g_assert_cmpint (gln_test_store_count (store, inbox), ==, 0);
  feed = gln_test_store_feed (store, second);
  g_assert_cmpint (gln_feed_get_n_unread (feed), ==, 0);
  g_clear_object (&feed);

  /* Removing the feeds keeps their papers. */
  gln_store_remove_feed_async (store, first, NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (store);
  gln_store_remove_feed_async (store, second, NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (store);
  g_clear_pointer (&feeds, g_ptr_array_unref);
  feeds = list_feeds (store, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (feeds->len, ==, 0);
  found = gln_test_store_find (store, "arxiv:2501.00001");
  g_clear_pointer (&arrivals, g_array_unref);
  arrivals = gln_test_store_arrivals (store, gln_paper_get_id (found));
  g_assert_cmpuint (arrivals->len, ==, 0);
}

static void
test_conditional_get (GlnFeedsFixture *fixture,
                      gconstpointer    data)
{
  g_autoptr(GlnFeedReport) first = NULL;
  g_autoptr(GlnFeedReport) second = NULL;
  g_autoptr(GlnFeed) feed = NULL;
  g_autoptr(GPtrArray) requests = NULL;
  GlnTestRequest *request;
  gint64 id = gln_test_feeds_add (fixture, "arxiv-rss", "{\"category\":\"cs.CL\"}");

  gln_test_feeds_serve_data (fixture, "/rss/cs.CL", RSS, "arxiv-rss", "cs.CL.xml");
  gln_test_server_set_validators (fixture->server, "/rss/cs.CL", "\"feed-v1\"",
                                  "Mon, 10 Feb 2025 05:00:11 GMT");

  first = gln_test_feeds_refresh_one (fixture, id);
  g_assert_no_error (first->error);
  g_assert_cmpuint (first->stats.added, ==, 4);

  second = gln_test_feeds_refresh_one (fixture, id);
  g_assert_no_error (second->error);
  g_assert_true (second->not_modified);
  g_assert_cmpuint (second->stats.found, ==, 0);
  g_assert_cmpint (gln_test_feeds_count_papers (fixture), ==, 4);

  requests = gln_test_server_dup_requests (fixture->server);
  g_assert_cmpuint (requests->len, ==, 2);
  request = g_ptr_array_index (requests, 0);
  g_assert_null (request->if_none_match);
  g_assert_null (request->if_modified_since);
  request = g_ptr_array_index (requests, 1);
  g_assert_cmpstr (request->if_none_match, ==, "\"feed-v1\"");
  g_assert_cmpstr (request->if_modified_since, ==, "Mon, 10 Feb 2025 05:00:11 GMT");

  feed = gln_test_store_feed (fixture->store, id);
  g_assert_cmpstr (gln_feed_get_etag (feed), ==, "\"feed-v1\"");
  g_assert_cmpint (gln_feed_get_last_fetch (feed), >, 0);
  g_assert_null (gln_feed_get_last_error (feed));
  g_assert_cmpint (gln_feed_get_n_papers (feed), ==, 4);
}

static void
test_same_paper_from_three_feeds (GlnFeedsFixture *fixture,
                                  gconstpointer    data)
{
  g_autofree char *rss_url = g_strconcat (gln_test_server_get_url (fixture->server),
                                          "/journal.rss", NULL);
  g_autofree char *rss_params = gln_feed_params_build ("url", rss_url, NULL);
  g_autoptr(GPtrArray) reports = NULL;
  g_autoptr(GlnPaper) paper = NULL;
  g_autoptr(GArray) arrivals = NULL;

  gln_test_feeds_add (fixture, "arxiv-rss", "{\"category\":\"cs.CL\"}");
  gln_test_feeds_add (fixture, "rss", rss_params);
  gln_test_feeds_add (fixture, "openalex", "{\"author\":\"Yuanxin Liu\",\"id\":\"A5023888391\"}");
  gln_test_feeds_serve_data (fixture, "/rss/cs.CL", RSS, "arxiv-rss", "cs.CL.xml");
  gln_test_feeds_serve_data (fixture, "/journal.rss", RSS, "rss", "journal.rss");
  gln_test_feeds_serve_data (fixture, "/works", JSON, "openalex", "works-2.json");
  gln_test_feeds_serve_data (fixture, "/works?cursor=*", JSON, "openalex", "works-1.json");

  reports = gln_test_feeds_refresh (fixture, 0);
  g_assert_cmpuint (reports->len, ==, 3);
  for (guint i = 0; i < reports->len; i++)
    g_assert_no_error (((GlnFeedReport *) g_ptr_array_index (reports, i))->error);

  /* 4 announcements, 3 journal items, 3 works: arXiv 2502.01234 came three times. */
  g_assert_cmpint (gln_test_feeds_count_papers (fixture), ==, 4 + 3 + 3 - 2);
  paper = gln_test_feeds_get_paper (fixture, "arxiv:2502.01234");
  arrivals = gln_test_store_arrivals (fixture->store, gln_paper_get_id (paper));
  g_assert_cmpuint (arrivals->len, ==, 3);
  /* The journal's item is v2 of what the announcement brought as v1. */
  g_assert_cmpint (gln_paper_get_arxiv_version (paper), ==, 2);
}

static void
check_nothing_stored (GlnFeedsFixture *fixture,
                      gint64           id,
                      const char      *message_start)
{
  g_autoptr(GlnFeedReport) report = gln_test_feeds_refresh_one (fixture, id);
  g_autoptr(GlnFeed) feed = NULL;

  g_assert_error (report->error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (report->error->message, message_start));
  g_assert_cmpuint (report->stats.found, ==, 0);
  g_assert_cmpint (gln_test_feeds_count_papers (fixture), ==, 0);

  feed = gln_test_store_feed (fixture->store, id);
  g_assert_cmpstr (gln_feed_get_last_error (feed), ==, report->error->message);
  g_assert_null (gln_feed_get_etag (feed));
  g_assert_cmpint (gln_feed_get_last_fetch (feed), >, 0);
}

static GBytes *
truncated (const char *dir,
           const char *file)
{
  g_autofree char *path = gln_test_data_path ("feeds", dir, file, NULL);
  g_autoptr(GBytes) whole = gln_test_load_bytes (path);

  return g_bytes_new_from_bytes (whole, 0, g_bytes_get_size (whole) * 2 / 3);
}

static void
test_truncated_xml (GlnFeedsFixture *fixture,
                    gconstpointer    data)
{
  g_autoptr(GBytes) body = truncated ("arxiv-rss", "cs.CL.xml");
  gint64 id = gln_test_feeds_add (fixture, "arxiv-rss", "{\"category\":\"cs.CL\"}");

  gln_test_server_respond (fixture->server, "/rss/cs.CL", 200, RSS, body, NULL);
  gln_test_server_set_validators (fixture->server, "/rss/cs.CL", "\"v1\"", NULL);
  check_nothing_stored (fixture, id,
                        "Nothing from this response was stored: arXiv data is not valid XML: ");
}

static void
test_truncated_json (GlnFeedsFixture *fixture,
                     gconstpointer    data)
{
  g_autoptr(GBytes) body = truncated ("hf", "search.json");
  gint64 id = gln_test_feeds_add (fixture, "hf-search", "{\"query\":\"decoding\"}");

  gln_test_server_respond (fixture->server, "/api/papers/search", 200, JSON, body, NULL);
  check_nothing_stored (fixture, id, "Nothing from this response was stored: Hugging Face "
                                     "data is not valid JSON: ");
}

/* A response that breaks on page two keeps page one: each response is its own transaction. */
static void
test_truncated_second_page (GlnFeedsFixture *fixture,
                            gconstpointer    data)
{
  g_autoptr(GBytes) body = truncated ("arxiv", "page-1.xml");
  g_autoptr(GlnFeedReport) report = NULL;
  gint64 id = gln_test_feeds_add (fixture, "arxiv", "{\"category\":\"cs.CL\"}");

  gln_feed_refresher_set_page_size (fixture->refresher, 2);
  gln_test_feeds_serve_data (fixture, "/api/query?start=0", ATOM, "arxiv", "page-0.xml");
  gln_test_server_respond (fixture->server, "/api/query?start=2", 200, ATOM, body, NULL);

  report = gln_test_feeds_refresh_one (fixture, id);
  g_assert_error (report->error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_INVALID);
  g_assert_cmpuint (report->stats.added, ==, 2);
  g_assert_cmpint (gln_test_feeds_count_papers (fixture), ==, 2);
}

static void
assert_user_data_kept (GlnFeedsFixture *fixture,
                       GlnPaper        *paper)
{
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GError) error = NULL;

  gln_store_list_notes_async (fixture->store, gln_paper_get_id (paper), NULL, gln_test_ready_cb,
                              NULL);
  notes = gln_store_list_notes_finish (fixture->store, gln_test_wait (), &error);
  g_assert_no_error (error);

  g_assert_cmpint (gln_paper_get_rating (paper), ==, 4);
  g_assert_true (gln_paper_get_starred (paper));
  g_assert_cmpstrv (gln_paper_get_tags (paper), ((const char *[]) { "summaries", NULL }));
  g_assert_cmpuint (notes->len, ==, 1);
  g_assert_cmpstr (((GlnNote *) g_ptr_array_index (notes, 0))->body, ==, "Compare with QAGS.");
}

/* A known paper's new version, announced by RSS (replace) and later found by the API (v3):
 * the version and date are recorded, the paper is marked updated, and what the user wrote
 * about it stays. */
static void
test_new_version_keeps_user_data (GlnFeedsFixture *fixture,
                                  gconstpointer    data)
{
  g_autoptr(GlnFeedReport) api = NULL;
  g_autoptr(GlnFeedReport) rss = NULL;
  g_autoptr(GlnFeedReport) later = NULL;
  g_autoptr(GlnPaper) paper = NULL;
  g_autoptr(GlnNote) note = NULL;
  g_autoptr(GError) error = NULL;
  gint64 api_feed = gln_test_feeds_add (fixture, "arxiv", "{\"category\":\"cs.CL\"}");
  gint64 rss_feed = gln_test_feeds_add (fixture, "arxiv-rss", "{\"category\":\"cs.CL\"}");
  gint64 query_feed = gln_test_feeds_add (fixture, "arxiv", "{\"query\":\"ti:summaries\"}");

  gln_feed_refresher_set_page_size (fixture->refresher, 2);
  gln_test_feeds_serve_data (fixture, "/api/query?start=0", ATOM, "arxiv", "page-0.xml");
  gln_test_feeds_serve_data (fixture, "/api/query?start=2", ATOM, "arxiv", "page-1.xml");
  gln_test_feeds_serve_data (fixture, "/api/query?start=4", ATOM, "arxiv", "page-2.xml");
  gln_test_feeds_serve_data (fixture, "/rss/cs.CL", RSS, "arxiv-rss", "cs.CL.xml");
  gln_test_feeds_serve_data (fixture, "/api/query?search_query=ti:summaries&start=0", ATOM, "arxiv",
                             "new-version.xml");

  api = gln_test_feeds_refresh_one (fixture, api_feed);
  g_assert_no_error (api->error);
  paper = gln_test_feeds_get_paper (fixture, "arxiv:2501.00002");
  g_assert_cmpint (gln_paper_get_arxiv_version (paper), ==, 1);
  gln_store_set_rating_async (fixture->store, paper, 4, NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (fixture->store);
  gln_store_set_starred_async (fixture->store, paper, TRUE, NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (fixture->store);
  gln_store_add_tag_async (fixture->store, paper, "summaries", NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (fixture->store);
  gln_store_save_note_async (fixture->store, paper, 0, "Compare with QAGS.", NULL,
                             gln_test_ready_cb, NULL);
  note = gln_store_save_note_finish (fixture->store, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_nonnull (note);
  gln_store_set_read_async (fixture->store, paper, TRUE, NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (fixture->store);
  g_clear_object (&paper);

  rss = gln_test_feeds_refresh_one (fixture, rss_feed);
  g_assert_no_error (rss->error);
  g_assert_cmpuint (rss->stats.updated, ==, 1);
  paper = gln_test_feeds_get_paper (fixture, "arxiv:2501.00002");
  g_assert_cmpint (gln_paper_get_arxiv_version (paper), ==, 2);
  g_assert_true (gln_paper_get_new_version (paper));
  g_assert_cmpstr (gln_paper_get_updated (paper), ==, "2025-02-10");
  g_assert_cmpstr (gln_paper_get_published (paper), ==, "2025-01-02");
  assert_user_data_kept (fixture, paper);

  /* Seen; then the API brings v3. */
  gln_store_set_read_async (fixture->store, paper, TRUE, NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (fixture->store);
  g_assert_false (gln_paper_get_new_version (paper));
  g_clear_object (&paper);
  later = gln_test_feeds_refresh_one (fixture, query_feed);
  g_assert_no_error (later->error);
  g_assert_cmpuint (later->stats.updated, ==, 1);
  paper = gln_test_feeds_get_paper (fixture, "arxiv:2501.00002");
  g_assert_cmpint (gln_paper_get_arxiv_version (paper), ==, 3);
  g_assert_true (gln_paper_get_new_version (paper));
  g_assert_cmpstr (gln_paper_get_updated (paper), ==, "2025-02-10");
  g_assert_cmpstr (gln_paper_get_pdf_url (paper), ==, "https://arxiv.org/pdf/2501.00002v3");
  assert_user_data_kept (fixture, paper);
}

/* Every arXiv request, from the API and the RSS feed alike, waits its turn: the server sees
 * them the configured interval apart, while other services are not held up. */
static void
test_arxiv_spacing (GlnFeedsFixture *fixture,
                    gconstpointer    data)
{
  g_autoptr(GPtrArray) reports = NULL;
  g_autoptr(GPtrArray) requests = NULL;
  g_autoptr(GPtrArray) arxiv = g_ptr_array_new ();
  guint hf_position = 0;

  gln_fetcher_set_min_interval (fixture->fetcher, "arxiv", 250);
  gln_feed_refresher_set_page_size (fixture->refresher, 2);
  gln_test_feeds_add (fixture, "arxiv", "{\"category\":\"cs.CL\"}");
  gln_test_feeds_add (fixture, "arxiv-rss", "{\"category\":\"cs.CL\"}");
  gln_test_feeds_add (fixture, "hf-search", "{\"query\":\"decoding\"}");
  gln_test_feeds_serve_data (fixture, "/api/query?start=0", ATOM, "arxiv", "page-0.xml");
  gln_test_feeds_serve_data (fixture, "/api/query?start=2", ATOM, "arxiv", "page-1.xml");
  gln_test_feeds_serve_data (fixture, "/api/query?start=4", ATOM, "arxiv", "page-2.xml");
  gln_test_feeds_serve_data (fixture, "/rss/cs.CL", RSS, "arxiv-rss", "cs.CL.xml");
  gln_test_feeds_serve_data (fixture, "/api/papers/search", JSON, "hf", "search.json");

  reports = gln_test_feeds_refresh (fixture, 0);
  g_assert_cmpuint (reports->len, ==, 3);

  requests = gln_test_server_dup_requests (fixture->server);
  g_assert_cmpuint (requests->len, ==, 5);
  for (guint i = 0; i < requests->len; i++)
    {
      GlnTestRequest *request = g_ptr_array_index (requests, i);

      if (g_str_equal (request->path, "/api/papers/search"))
        hf_position = i;
      else
        g_ptr_array_add (arxiv, request);
    }
  g_assert_cmpuint (hf_position, <, 2);
  g_assert_cmpuint (arxiv->len, ==, 4);
  for (guint i = 1; i < arxiv->len; i++)
    {
      GlnTestRequest *before = g_ptr_array_index (arxiv, i - 1);
      GlnTestRequest *after = g_ptr_array_index (arxiv, i);

      g_assert_cmpint (after->arrived - before->arrived, >=, 250 * 1000);
    }
}

/* A feed that fails is reported and recorded; the others are refreshed all the same. A
 * disabled feed is left out of "refresh all", not out of a refresh that names it. */
static void
test_failures_and_disabled (GlnFeedsFixture *fixture,
                            gconstpointer    data)
{
  g_autoptr(GPtrArray) reports = NULL;
  g_autoptr(GlnFeedReport) named = NULL;
  g_autoptr(GlnFeed) feed = NULL;
  GlnFeedReport *broken;
  GlnFeedReport *fine;
  gint64 broken_id = gln_test_feeds_add (fixture, "arxiv-rss", "{\"category\":\"cs.XX\"}");
  gint64 disabled_id = gln_test_feeds_add (fixture, "hf-daily", "{\"date\":\"2024-10-25\"}");

  gln_test_feeds_add (fixture, "hf-search", "{\"query\":\"decoding\"}");
  gln_test_feeds_serve_data (fixture, "/api/papers/search", JSON, "hf", "search.json");
  gln_test_feeds_serve_data (fixture, "/api/daily_papers", JSON, "hf", "daily-page-1.json");
  gln_store_set_feed_enabled_async (fixture->store, disabled_id, FALSE, NULL, gln_test_ready_cb,
                                    NULL);
  gln_test_store_edited (fixture->store);

  reports = gln_test_feeds_refresh (fixture, 0);
  g_assert_cmpuint (reports->len, ==, 2);
  broken = g_ptr_array_index (reports, 0);
  fine = g_ptr_array_index (reports, 1);
  g_assert_cmpint (broken->feed_id, ==, broken_id);
  g_assert_error (broken->error, GLN_FETCH_ERROR, GLN_FETCH_ERROR_HTTP);
  g_assert_cmpstr (broken->error->message, ==, "arXiv answered “404 Not Found”");
  g_assert_cmpstr (broken->title, ==, "arXiv cs.XX announcements");
  g_assert_no_error (fine->error);
  g_assert_cmpuint (fine->stats.added, ==, 2);

  feed = gln_test_store_feed (fixture->store, broken_id);
  g_assert_cmpstr (gln_feed_get_last_error (feed), ==, "arXiv answered “404 Not Found”");

  named = gln_test_feeds_refresh_one (fixture, disabled_id);
  g_assert_no_error (named->error);
  g_assert_cmpuint (named->stats.added, ==, 1);
}

static void
due_refreshed_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  GPtrArray **reports = user_data;

  *reports = gln_feed_refresher_refresh_finish (GLN_FEED_REFRESHER (object), result, NULL);
}

static void
test_due_only (GlnFeedsFixture *fixture,
               gconstpointer    data)
{
  g_autoptr(GPtrArray) reports = NULL;
  gint64 recent = gln_test_feeds_add (fixture, "hf-search", "{\"query\":\"recent\"}");
  gint64 never = gln_test_feeds_add (fixture, "hf-search", "{\"query\":\"never\"}");

  gln_test_feeds_serve_data (fixture, "/api/papers/search", JSON, "hf", "search.json");
  /* Fetched just now. */
  gln_store_record_fetch_async (fixture->store, recent, NULL, FALSE, NULL, NULL, NULL,
                                gln_test_ready_cb, NULL);
  gln_test_store_edited (fixture->store);

  gln_feed_refresher_refresh_async (fixture->refresher, 0, GLN_FEED_REFRESH_DUE_ONLY, NULL,
                                    due_refreshed_cb, &reports);
  while (reports == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpuint (reports->len, ==, 1);
  g_assert_cmpint (((GlnFeedReport *) g_ptr_array_index (reports, 0))->feed_id, ==, never);
}

static gboolean
cancel_cb (gpointer data)
{
  g_cancellable_cancel (data);
  return G_SOURCE_REMOVE;
}

static void
cancelled_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  GError **error = user_data;

  g_assert_null (gln_feed_refresher_refresh_finish (GLN_FEED_REFRESHER (object), result, error));
}

static void
test_cancel (GlnFeedsFixture *fixture,
             gconstpointer    data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GlnFeed) feed = NULL;
  GError *error = NULL;
  gint64 id = gln_test_feeds_add (fixture, "arxiv-rss", "{\"category\":\"cs.CL\"}");

  gln_test_server_hang (fixture->server, "/rss/cs.CL");
  gln_feed_refresher_refresh_async (fixture->refresher, 0, GLN_FEED_REFRESH_NONE, cancellable,
                                    cancelled_cb, &error);
  g_timeout_add (100, cancel_cb, cancellable);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  /* Cancelling is not a failure of the feed. */
  feed = gln_test_store_feed (fixture->store, id);
  g_assert_null (gln_feed_get_last_error (feed));
  g_assert_cmpint (gln_feed_get_last_fetch (feed), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  gln_test_feeds_init (&argc, &argv);

  g_test_add_func ("/gln/feeds/store", test_store);
  GLN_TEST_ADD_FEEDS ("/gln/feeds/conditional-get", test_conditional_get);
  GLN_TEST_ADD_FEEDS ("/gln/feeds/same-paper-from-three-feeds", test_same_paper_from_three_feeds);
  GLN_TEST_ADD_FEEDS ("/gln/feeds/truncated-xml", test_truncated_xml);
  GLN_TEST_ADD_FEEDS ("/gln/feeds/truncated-json", test_truncated_json);
  GLN_TEST_ADD_FEEDS ("/gln/feeds/truncated-second-page", test_truncated_second_page);
  GLN_TEST_ADD_FEEDS ("/gln/feeds/new-version-keeps-user-data", test_new_version_keeps_user_data);
  GLN_TEST_ADD_FEEDS ("/gln/feeds/arxiv-spacing", test_arxiv_spacing);
  GLN_TEST_ADD_FEEDS ("/gln/feeds/failures-and-disabled", test_failures_and_disabled);
  GLN_TEST_ADD_FEEDS ("/gln/feeds/due-only", test_due_only);
  GLN_TEST_ADD_FEEDS ("/gln/feeds/cancel", test_cancel);

  return g_test_run ();
}
