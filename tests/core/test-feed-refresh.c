/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "gln-test-feeds.h"
#include "gln-test-store.h"
#include "gln-test-utils.h"

/* Each kind of feed refreshed end to end against the loopback server: the requests it
 * makes, the papers it brings, paging followed to the end. */

#define RSS "application/rss+xml"
#define ATOM "application/atom+xml"
#define JSON "application/json"

static char *
sample_path (const char *dir,
             const char *file)
{
  return gln_test_shared_path ("samples", dir, file, NULL);
}

static GlnTestRequest *
request_at (GPtrArray *requests,
            guint      index)
{
  g_assert_cmpuint (index, <, requests->len);
  return g_ptr_array_index (requests, index);
}

static void
assert_query_has (GlnTestRequest *request,
                  const char     *part)
{
  g_autofree char *decoded = g_uri_unescape_string (request->query, NULL);

  if (strstr (decoded, part) == NULL)
    g_error ("“%s” is not in the query “%s”", part, decoded);
}

static void
test_arxiv_paging (GlnFeedsFixture *fixture,
                   gconstpointer    data)
{
  g_autoptr(GlnFeedReport) report = NULL;
  g_autoptr(GPtrArray) requests = NULL;
  g_autoptr(GlnPaper) paper = NULL;
  g_autoptr(GlnFeed) feed = NULL;
  gint64 id = gln_test_feeds_add (fixture, "arxiv", "{\"category\":\"cs.CL\"}");

  gln_feed_refresher_set_page_size (fixture->refresher, 2);
  gln_test_feeds_serve_data (fixture, "/api/query?start=0", ATOM, "arxiv", "page-0.xml");
  gln_test_feeds_serve_data (fixture, "/api/query?start=2", ATOM, "arxiv", "page-1.xml");
  gln_test_feeds_serve_data (fixture, "/api/query?start=4", ATOM, "arxiv", "page-2.xml");

  report = gln_test_feeds_refresh_one (fixture, id);
  g_assert_no_error (report->error);
  g_assert_cmpuint (report->stats.added, ==, 5);
  g_assert_cmpstr (report->kind, ==, "arxiv");

  /* Newest first, start and max_results following totalResults to the end. */
  requests = gln_test_server_dup_requests (fixture->server);
  g_assert_cmpuint (requests->len, ==, 3);
  for (guint i = 0; i < requests->len; i++)
    {
      g_assert_cmpstr (request_at (requests, i)->path, ==, "/api/query");
      assert_query_has (request_at (requests, i), "search_query=cat:cs.CL");
      assert_query_has (request_at (requests, i), "sortBy=submittedDate&sortOrder=descending");
    }
  assert_query_has (request_at (requests, 0), "start=0&max_results=2");
  assert_query_has (request_at (requests, 1), "start=2&max_results=2");
  assert_query_has (request_at (requests, 2), "start=4&max_results=1");

  paper = gln_test_feeds_get_paper (fixture, "arxiv:2501.00003");
  g_assert_cmpstr (gln_paper_get_title (paper), ==, "Retrieval for Small Models");
  g_assert_cmpstr (gln_paper_get_category (paper), ==, "cs.IR");
  g_assert_cmpint (gln_paper_get_n_authors (paper), ==, 3);
  g_assert_cmpstr (gln_paper_get_published (paper), ==, "2025-01-03");

  feed = gln_test_store_feed (fixture->store, id);
  g_assert_cmpint (gln_feed_get_n_papers (feed), ==, 5);
  g_assert_cmpint (gln_feed_get_n_unread (feed), ==, 5);
  g_assert_null (gln_feed_get_last_error (feed));
}

/* The real captures, current and legacy layout, through two feeds. They share one paper. */
static void
test_arxiv_real_samples (GlnFeedsFixture *fixture,
                         gconstpointer    data)
{
  g_autofree char *current = sample_path ("arxiv-api",
                                          "query_all-electron-AND-all-proton_2025-11-11.xml");
  g_autofree char *legacy =
    sample_path ("arxiv-api", "query_all-electron-AND-all-proton_LEGACY-FORMAT_2025-08-20.xml");
  g_autoptr(GPtrArray) reports = NULL;
  g_autoptr(GlnPaper) paper = NULL;
  g_autoptr(GlnPaper) shared = NULL;
  g_autoptr(GArray) arrivals = NULL;

  gln_feed_refresher_set_max_results (fixture->refresher, 10);
  gln_test_feeds_add (fixture, "arxiv", "{\"query\":\"all:electron AND all:proton\"}");
  gln_test_feeds_add (fixture, "arxiv", "{\"category\":\"physics.acc-ph\"}");
  gln_test_feeds_serve (fixture, "/api/query?search_query=all:electron AND all:proton", ATOM,
                        current);
  gln_test_feeds_serve (fixture, "/api/query?search_query=cat:physics.acc-ph", ATOM, legacy);

  reports = gln_test_feeds_refresh (fixture, 0);
  g_assert_cmpuint (reports->len, ==, 2);
  g_assert_no_error (((GlnFeedReport *) g_ptr_array_index (reports, 0))->error);
  g_assert_no_error (((GlnFeedReport *) g_ptr_array_index (reports, 1))->error);
  g_assert_cmpint (gln_test_feeds_count_papers (fixture), ==, 19);

  paper = gln_test_feeds_get_paper (fixture, "arxiv:1309.4668");
  g_assert_cmpstr (gln_paper_get_title (paper), ==,
                   "Electron cloud observations at the ISIS Proton Synchrotron");
  g_assert_cmpstr (gln_paper_get_doi (paper), ==, "10.5170/cern-2013-002.237");
  g_assert_cmpstr (gln_paper_get_journal_ref (paper), ==,
                   "CERN Yellow Report CERN-2013-002, pp.237-240");
  g_assert_cmpstr (gln_paper_get_authors (paper)[0], ==, "A. Pertica");

  shared = gln_test_feeds_get_paper (fixture, "arxiv:1602.03411");
  arrivals = gln_test_store_arrivals (fixture->store, gln_paper_get_id (shared));
  g_assert_cmpuint (arrivals->len, ==, 2);
}

static void
test_arxiv_rss (GlnFeedsFixture *fixture,
                gconstpointer    data)
{
  g_autoptr(GlnFeedReport) report = NULL;
  g_autoptr(GlnPaper) paper = NULL;
  gint64 id = gln_test_feeds_add (fixture, "arxiv-rss", "{\"category\":\"cs.CL\"}");

  gln_test_feeds_serve_data (fixture, "/rss/cs.CL", RSS, "arxiv-rss", "cs.CL.xml");

  report = gln_test_feeds_refresh_one (fixture, id);
  g_assert_no_error (report->error);
  g_assert_cmpuint (report->stats.added, ==, 4);
  g_assert_cmpstr (report->title, ==, "arXiv cs.CL announcements");

  paper = gln_test_feeds_get_paper (fixture, "arxiv:2203.01250");
  g_assert_cmpint (gln_paper_get_arxiv_version (paper), ==, 3);
  g_assert_cmpstr (gln_paper_get_doi (paper), ==, "10.5802/jep.257");
  g_assert_cmpstr (gln_paper_get_source (paper), ==, "arxiv");
}

static void
test_hf_daily_pages (GlnFeedsFixture *fixture,
                     gconstpointer    data)
{
  g_autofree char *sample = sample_path ("hf-daily-papers",
                                         "daily_papers_2024-10-25_first2entries.json");
  g_autoptr(GlnFeedReport) report = NULL;
  g_autoptr(GPtrArray) requests = NULL;
  g_autoptr(GlnPaper) paper = NULL;
  gint64 id = gln_test_feeds_add (fixture, "hf-daily", "{\"date\":\"2024-10-25\"}");

  gln_feed_refresher_set_page_size (fixture->refresher, 2);
  gln_test_feeds_serve (fixture, "/api/daily_papers?date=2024-10-25&p=0", JSON, sample);
  gln_test_feeds_serve_data (fixture, "/api/daily_papers?date=2024-10-25&p=1", JSON, "hf",
                             "daily-page-1.json");

  /* A full page asks for the next; the short one ends the feed. */
  report = gln_test_feeds_refresh_one (fixture, id);
  g_assert_no_error (report->error);
  g_assert_cmpuint (report->stats.added, ==, 3);
  requests = gln_test_server_dup_requests (fixture->server);
  g_assert_cmpuint (requests->len, ==, 2);
  assert_query_has (request_at (requests, 0), "date=2024-10-25&p=0&limit=2");
  assert_query_has (request_at (requests, 1), "date=2024-10-25&p=1&limit=2");

  paper = gln_test_feeds_get_paper (fixture, "arxiv:2410.17243");
  g_assert_cmpstr (gln_paper_get_title (paper), ==,
                   "Breaking the Memory Barrier: Near Infinite Batch Size Scaling for "
                   "Contrastive Loss");
  g_assert_cmpint (gln_paper_get_upvotes (paper), ==, 64);
  g_assert_cmpstr (gln_paper_get_published (paper), ==, "2024-10-22");
  g_clear_object (&paper);

  paper = gln_test_feeds_get_paper (fixture, "arxiv:2410.15999");
  g_assert_cmpstr (gln_paper_get_code_url (paper), ==, "https://github.com/example/small-rm");
}

/* Without a date, the latest papers; a Link header names the next page. */
static void
test_hf_daily_link_next (GlnFeedsFixture *fixture,
                         gconstpointer    data)
{
  g_autofree char *sample = sample_path ("hf-daily-papers",
                                         "daily_papers_2024-10-25_first2entries.json");
  g_autoptr(GBytes) first = gln_test_load_bytes (sample);
  g_autoptr(GlnFeedReport) report = NULL;
  g_autoptr(GPtrArray) requests = NULL;
  g_autofree char *title = NULL;
  gint64 id = gln_test_feeds_add (fixture, "hf-daily", "{\"date\":null}");

  gln_test_server_respond (fixture->server, "/api/daily_papers?p=0", 200, JSON, first,
                           "Link", "<https://huggingface.co/api/daily_papers?p=7&limit=50>; "
                                   "rel=\"next\"", NULL);
  gln_test_feeds_serve_data (fixture, "/api/daily_papers?p=7", JSON, "hf", "daily-page-1.json");

  report = gln_test_feeds_refresh_one (fixture, id);
  g_assert_no_error (report->error);
  g_assert_cmpuint (report->stats.added, ==, 3);
  g_assert_cmpstr (report->title, ==, "Hugging Face daily papers");

  requests = gln_test_server_dup_requests (fixture->server);
  g_assert_cmpuint (requests->len, ==, 2);
  g_assert_cmpstr (request_at (requests, 0)->query, ==, "p=0&limit=50");
  g_assert_cmpstr (request_at (requests, 1)->query, ==, "p=7&limit=50");
}

static void
test_hf_search (GlnFeedsFixture *fixture,
                gconstpointer    data)
{
  g_autoptr(GlnFeedReport) report = NULL;
  g_autoptr(GPtrArray) requests = NULL;
  g_autoptr(GlnPaper) paper = NULL;
  gint64 id = gln_test_feeds_add (fixture, "hf-search", "{\"query\":\"speculative decoding\"}");

  gln_test_feeds_serve_data (fixture, "/api/papers/search?q=speculative decoding", JSON, "hf",
                             "search.json");

  report = gln_test_feeds_refresh_one (fixture, id);
  g_assert_no_error (report->error);
  g_assert_cmpuint (report->stats.added, ==, 2);
  requests = gln_test_server_dup_requests (fixture->server);
  g_assert_cmpstr (request_at (requests, 0)->query, ==, "q=speculative%20decoding");

  paper = gln_test_feeds_get_paper (fixture, "arxiv:2502.01234");
  g_assert_cmpint (gln_paper_get_upvotes (paper), ==, 30);
  g_assert_cmpstr (gln_paper_get_source (paper), ==, "hf");
}

/* The name is looked up once and the id kept; works come with cursor paging to the end;
 * the API key goes with every request. */
static void
test_openalex_author (GlnFeedsFixture *fixture,
                      gconstpointer    data)
{
  g_autoptr(GlnFeedReport) report = NULL;
  g_autoptr(GlnFeedReport) again = NULL;
  g_autoptr(GPtrArray) requests = NULL;
  g_autoptr(GlnFeed) feed = NULL;
  g_autoptr(GlnPaper) paper = NULL;
  g_autofree char *id_param = NULL;
  gint64 id = gln_test_feeds_add (fixture, "openalex", "{\"author\":\"Yuanxin Liu\"}");

  gln_feed_refresher_set_page_size (fixture->refresher, 2);
  gln_feed_refresher_set_openalex_api_key (fixture->refresher, "secret key");
  gln_test_feeds_serve_data (fixture, "/authors?search=Yuanxin Liu", JSON, "openalex",
                             "authors.json");
  gln_test_feeds_serve_data (fixture, "/works?cursor=*", JSON, "openalex", "works-1.json");
  gln_test_feeds_serve_data (fixture, "/works", JSON, "openalex", "works-2.json");

  report = gln_test_feeds_refresh_one (fixture, id);
  g_assert_no_error (report->error);
  g_assert_cmpuint (report->stats.added, ==, 3);
  g_assert_cmpstr (report->title, ==, "Works by Yuanxin Liu");

  requests = gln_test_server_dup_requests (fixture->server);
  g_assert_cmpuint (requests->len, ==, 3);
  g_assert_cmpstr (request_at (requests, 0)->path, ==, "/authors");
  g_assert_cmpstr (request_at (requests, 1)->path, ==, "/works");
  assert_query_has (request_at (requests, 1), "filter=authorships.author.id:A5023888391");
  assert_query_has (request_at (requests, 1), "sort=publication_date:desc&per-page=2&cursor=*");
  assert_query_has (request_at (requests, 2),
                    "cursor=IlsxNzM4OTcyODAwMDAwLCAnaHR0cHM6Ly9vcGVuYWxleC5vcmcv"
                    "VzQ0MDY1NTUwMDEnXSI=");
  for (guint i = 0; i < requests->len; i++)
    assert_query_has (request_at (requests, i), "api_key=secret key");

  feed = gln_test_store_feed (fixture->store, id);
  id_param = gln_feed_dup_param (feed, "id");
  g_assert_cmpstr (id_param, ==, "A5023888391");

  paper = gln_test_feeds_get_paper (fixture, "doi:10.1000/acl.2024.77");
  g_assert_cmpstr (gln_paper_get_abstract (paper), ==,
                   "Adapters transfer across languages; tiny ones still transfer well.");
  g_assert_cmpstr (gln_paper_get_source (paper), ==, "openalex");

  /* Next time: no lookup, and the first page, all known, is where it stops. */
  again = gln_test_feeds_refresh_one (fixture, id);
  g_assert_no_error (again->error);
  g_assert_cmpuint (again->stats.added, ==, 0);
  g_assert_cmpuint (gln_test_server_count_requests (fixture->server, "/authors"), ==, 1);
  g_assert_cmpuint (gln_test_server_count_requests (fixture->server, "/works"), ==, 3);
}

static void
test_openalex_institution (GlnFeedsFixture *fixture,
                           gconstpointer    data)
{
  g_autoptr(GlnFeedReport) report = NULL;
  g_autoptr(GPtrArray) requests = NULL;
  gint64 id = gln_test_feeds_add (fixture, "openalex", "{\"institution\":"
                                  "\"Nanjing University of Science and Technology\"}");

  gln_test_feeds_serve_data (fixture, "/institutions?search=Nanjing University of Science and "
                                      "Technology", JSON, "openalex", "institutions.json");
  gln_test_feeds_serve_data (fixture, "/works?filter=authorships.institutions.id:I36399199",
                             JSON, "openalex", "works-2.json");

  report = gln_test_feeds_refresh_one (fixture, id);
  g_assert_no_error (report->error);
  g_assert_cmpuint (report->stats.added, ==, 1);
  requests = gln_test_server_dup_requests (fixture->server);
  g_assert_cmpuint (requests->len, ==, 2);
  g_assert_cmpstr (request_at (requests, 0)->path, ==, "/institutions");
}

static void
test_openalex_unknown_name (GlnFeedsFixture *fixture,
                            gconstpointer    data)
{
  g_autoptr(GlnFeedReport) report = NULL;
  g_autoptr(GlnFeed) feed = NULL;
  gint64 id = gln_test_feeds_add (fixture, "openalex", "{\"author\":\"Nobody\"}");

  gln_test_feeds_serve_data (fixture, "/authors", JSON, "openalex", "empty-search.json");

  report = gln_test_feeds_refresh_one (fixture, id);
  g_assert_error (report->error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_SERVICE);
  g_assert_cmpstr (report->error->message, ==,
                   "OpenAlex knows no author named “Nobody”");
  feed = gln_test_store_feed (fixture->store, id);
  g_assert_cmpstr (gln_feed_get_last_error (feed), ==, report->error->message);
}

static void
test_rss_and_atom (GlnFeedsFixture *fixture,
                   gconstpointer    data)
{
  g_autofree char *rss_url = g_strconcat (gln_test_server_get_url (fixture->server),
                                          "/toc/jcls.rss", NULL);
  g_autofree char *atom_url = g_strconcat (gln_test_server_get_url (fixture->server),
                                           "/trm/feed.atom", NULL);
  g_autofree char *rss_params = gln_feed_params_build ("url", rss_url, NULL);
  g_autofree char *atom_params = gln_feed_params_build ("url", atom_url, NULL);
  g_autoptr(GPtrArray) reports = NULL;
  g_autoptr(GlnPaper) paper = NULL;

  gln_test_feeds_add (fixture, "rss", rss_params);
  gln_test_feeds_add (fixture, "rss", atom_params);
  gln_test_feeds_serve_data (fixture, "/toc/jcls.rss", RSS, "rss", "journal.rss");
  gln_test_feeds_serve_data (fixture, "/trm/feed.atom", ATOM, "rss", "journal.atom");

  reports = gln_test_feeds_refresh (fixture, 0);
  g_assert_cmpuint (reports->len, ==, 2);
  g_assert_cmpuint (((GlnFeedReport *) g_ptr_array_index (reports, 0))->stats.added, ==, 3);
  g_assert_cmpuint (((GlnFeedReport *) g_ptr_array_index (reports, 1))->stats.added, ==, 2);

  paper = gln_test_feeds_get_paper (fixture, "doi:10.8888/trm.2025.7");
  g_assert_cmpstr (gln_paper_get_title (paper), ==, "Reading Order Matters");
  g_assert_cmpstr (gln_paper_get_source (paper), ==, "rss");
}

/* A feed whose second page drips in a byte at a time stops at the refresher's deadline: the
 * first page stays, the second is dropped whole, and the feed says why. */
static void
test_deadline (GlnFeedsFixture *fixture,
               gconstpointer    data)
{
  g_autoptr(GlnFeedReport) report = NULL;
  g_autoptr(GlnFeed) feed = NULL;
  gint64 id = gln_test_feeds_add (fixture, "arxiv", "{\"category\":\"cs.CL\"}");
  gint64 start = g_get_monotonic_time ();

  gln_feed_refresher_set_page_size (fixture->refresher, 2);
  gln_feed_refresher_set_deadline (fixture->refresher, 1000);
  gln_test_feeds_serve_data (fixture, "/api/query?start=0", ATOM, "arxiv", "page-0.xml");
  gln_test_server_drip (fixture->server, "/api/query?start=2", 100, 100);

  report = gln_test_feeds_refresh_one (fixture, id);
  g_assert_error (report->error, GLN_FETCH_ERROR, GLN_FETCH_ERROR_TIMEOUT);
  g_assert_cmpstr (report->error->message, ==,
                   "The refresh took longer than 1 s and was stopped; it goes on at the next "
                   "refresh");
  g_assert_cmpint (g_get_monotonic_time () - start, <, 2 * G_USEC_PER_SEC);
  g_assert_cmpuint (report->stats.added, ==, 2);
  g_assert_cmpint (gln_test_feeds_count_papers (fixture), ==, 2);

  feed = gln_test_store_feed (fixture->store, id);
  g_assert_cmpstr (gln_feed_get_last_error (feed), ==, report->error->message);
}

static void
previewed_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  GPtrArray **papers = user_data;
  g_autoptr(GError) error = NULL;

  *papers = gln_feed_refresher_preview_finish (GLN_FEED_REFRESHER (object), result, &error);
  g_assert_no_error (error);
}

static void
preview_failed_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  GError **error = user_data;

  g_assert_null (gln_feed_refresher_preview_finish (GLN_FEED_REFRESHER (object), result, error));
}

/* A preview reads through a lookup to the first papers and stores nothing. */
static void
test_preview (GlnFeedsFixture *fixture,
              gconstpointer    data)
{
  g_autoptr(GlnFeed) feed = gln_feed_new ("openalex", "{\"author\":\"Yuanxin Liu\"}");
  g_autoptr(GlnFeed) bad = gln_feed_new ("arxiv-rss", "{\"category\":\"not a category\"}");
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(GError) error = NULL;

  gln_test_feeds_serve_data (fixture, "/authors", JSON, "openalex", "authors.json");
  gln_test_feeds_serve_data (fixture, "/works", JSON, "openalex", "works-1.json");

  gln_feed_refresher_preview_async (fixture->refresher, feed, NULL, previewed_cb, &papers);
  while (papers == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (papers->len, ==, 2);
  g_assert_cmpint (gln_test_feeds_count_papers (fixture), ==, 0);
  g_assert_cmpuint (gln_test_server_count_requests (fixture->server, NULL), ==, 2);

  gln_feed_refresher_preview_async (fixture->refresher, bad, NULL, preview_failed_cb, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_UNSUPPORTED);
}

int
main (int   argc,
      char *argv[])
{
  gln_test_feeds_init (&argc, &argv);

  GLN_TEST_ADD_FEEDS ("/gln/feed-refresh/arxiv/paging", test_arxiv_paging);
  GLN_TEST_ADD_FEEDS_SHARED ("/gln/feed-refresh/arxiv/real-samples", test_arxiv_real_samples);
  GLN_TEST_ADD_FEEDS ("/gln/feed-refresh/arxiv-rss", test_arxiv_rss);
  GLN_TEST_ADD_FEEDS_SHARED ("/gln/feed-refresh/hf-daily/pages", test_hf_daily_pages);
  GLN_TEST_ADD_FEEDS_SHARED ("/gln/feed-refresh/hf-daily/link-next", test_hf_daily_link_next);
  GLN_TEST_ADD_FEEDS ("/gln/feed-refresh/hf-search", test_hf_search);
  GLN_TEST_ADD_FEEDS ("/gln/feed-refresh/openalex/author", test_openalex_author);
  GLN_TEST_ADD_FEEDS ("/gln/feed-refresh/openalex/institution", test_openalex_institution);
  GLN_TEST_ADD_FEEDS ("/gln/feed-refresh/openalex/unknown-name", test_openalex_unknown_name);
  GLN_TEST_ADD_FEEDS ("/gln/feed-refresh/rss-and-atom", test_rss_and_atom);
  GLN_TEST_ADD_FEEDS ("/gln/feed-refresh/preview", test_preview);
  GLN_TEST_ADD_FEEDS ("/gln/feed-refresh/deadline", test_deadline);

  return g_test_run ();
}
