/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "gln-test-feeds.h"

#include "gln-test-store.h"
#include "gln-test-utils.h"

static const char * const base_url_variables[] = {
  "GLEANER_BASE_URL_ARXIV", "GLEANER_BASE_URL_ARXIV_RSS", "GLEANER_BASE_URL_HF",
  "GLEANER_BASE_URL_OPENALEX",
};

/* Call instead of g_test_init(). */
void
gln_test_feeds_init (int    *argc,
                     char ***argv)
{
  /* The isolated directories hide the system's GSettings schemas, which GIO's GNOME proxy
   * resolver needs; the loopback server needs no proxy anyway. */
  g_setenv ("GIO_USE_PROXY_RESOLVER", "dummy", TRUE);
  g_test_init (argc, argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
}

void
gln_test_feeds_set_up (GlnFeedsFixture *fixture,
                       gconstpointer    data)
{
  fixture->server = gln_test_server_new ();
  for (guint i = 0; i < G_N_ELEMENTS (base_url_variables); i++)
    g_setenv (base_url_variables[i], gln_test_server_get_url (fixture->server), TRUE);

  fixture->store = gln_test_store_new ();

  fixture->fetcher = gln_fetcher_new ();
  gln_fetcher_set_min_interval (fixture->fetcher, NULL, 0);
  gln_fetcher_set_min_interval (fixture->fetcher, "arxiv", 0);
  gln_fetcher_set_retries (fixture->fetcher, 1, 10);
  gln_fetcher_set_timeout (fixture->fetcher, 2000);
  fixture->refresher = gln_feed_refresher_new (fixture->store, fixture->fetcher);
}

void
gln_test_feeds_tear_down (GlnFeedsFixture *fixture,
                          gconstpointer    data)
{
  g_clear_object (&fixture->refresher);
  g_clear_object (&fixture->fetcher);
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->server, gln_test_server_free);
}

void
gln_test_feeds_serve (GlnFeedsFixture *fixture,
                      const char      *route,
                      const char      *content_type,
                      const char      *path)
{
  gln_test_server_respond_file (fixture->server, route, content_type, path);
}

/* Serves tests/data/feeds/DIR/FILE at @route. */
void
gln_test_feeds_serve_data (GlnFeedsFixture *fixture,
                           const char      *route,
                           const char      *content_type,
                           const char      *dir,
                           const char      *file)
{
  g_autofree char *path = gln_test_data_path ("feeds", dir, file, NULL);

  gln_test_server_respond_file (fixture->server, route, content_type, path);
}

gint64
gln_test_feeds_add (GlnFeedsFixture *fixture,
                    const char      *kind,
                    const char      *params)
{
  gln_store_add_feed_async (fixture->store, kind, params, NULL, NULL, gln_test_ready_cb, NULL);

  return gln_test_store_id (fixture->store);
}

static void
refreshed_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  GPtrArray **reports = user_data;
  g_autoptr(GError) error = NULL;

  *reports = gln_feed_refresher_refresh_finish (GLN_FEED_REFRESHER (object), result, &error);
  g_assert_no_error (error);
}

/* Refreshes one feed, or every enabled feed for 0, and waits for the reports. */
GPtrArray *
gln_test_feeds_refresh (GlnFeedsFixture *fixture,
                        gint64           feed_id)
{
  GPtrArray *reports = NULL;

  gln_feed_refresher_refresh_async (fixture->refresher, feed_id, GLN_FEED_REFRESH_NONE, NULL,
                                    refreshed_cb, &reports);
  while (reports == NULL)
    g_main_context_iteration (NULL, TRUE);

  return reports;
}

GlnFeedReport *
gln_test_feeds_refresh_one (GlnFeedsFixture *fixture,
                            gint64           feed_id)
{
  g_autoptr(GPtrArray) reports = gln_test_feeds_refresh (fixture, feed_id);

  g_assert_cmpuint (reports->len, ==, 1);
  return g_ptr_array_steal_index (reports, 0);
}

/* The shared instance of a paper that must be in the library. */
GlnPaper *
gln_test_feeds_get_paper (GlnFeedsFixture *fixture,
                          const char      *key)
{
  return gln_test_store_find (fixture->store, key);
}

gint64
gln_test_feeds_count_papers (GlnFeedsFixture *fixture)
{
  g_autoptr(GlnQuery) query = gln_query_new ();

  return gln_test_store_count (fixture->store, query);
}
