/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "test-flow"

#include "config.h"

#include "gln-application.h"
#include "gln-core.h"
#include "gln-sidebar.h"
#include "gln-test-server.h"
#include "gln-test-store.h"
#include "gln-test-utils.h"
#include "gln-ui-test-utils.h"
#include "gln-window.h"
#include "gln-window-private.h"

/* The everyday flow of issue 14 in the real window: each test opens a library of its own in
 * the one application and waits for what a user would wait for. */
static GlnApplication *app;

typedef struct
{
  char      *dir;
  GlnWindow *window;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  if (app != NULL)
    fixture->window = gln_ui_test_open_library (app, &fixture->dir);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (app != NULL)
    gln_ui_test_close_library (app, fixture->dir);
}

static gboolean
skip_without_display (void)
{
  if (app != NULL)
    return FALSE;

  g_test_skip ("No display available");

  return TRUE;
}

static gint64
add_feed (GlnStore   *store,
          const char *kind,
          const char *name,
          const char *value,
          const char *title)
{
  g_autofree char *params = gln_feed_params_build (name, value, NULL);

  gln_store_add_feed_async (store, kind, params, title, NULL, gln_test_ready_cb, NULL);
  return gln_test_store_id (store);
}

static gboolean
has_two_feeds (gpointer data)
{
  GlnWindow *window = data;

  return window->summary != NULL && window->summary->feeds->len == 2;
}

static gboolean
toast_says_refresh_failed (gpointer data)
{
  GlnWindow *window = data;

  return window->last_toast != NULL &&
         g_str_has_prefix (adw_toast_get_title (window->last_toast),
                           "Could not refresh “Particle physics”: Could not reach arXiv");
}

static const char *
empty_title (GlnWindow *window)
{
  if (g_strcmp0 (gtk_stack_get_visible_child_name (window->list_stack), "empty") != 0)
    return NULL;

  return adw_status_page_get_title (window->empty_page);
}

static gboolean
inbox_shows_failure (gpointer data)
{
  return g_strcmp0 (empty_title (data), "A Feed Could Not Be Refreshed") == 0;
}

/* Issue 14, item 1: with arXiv refusing connections and a journal that never answers, the
 * failed feed is reported at once, while the slow one is still being waited for: a toast, the
 * sidebar's warning, and an Inbox that does not claim all is caught up. */
static void
test_feed_failure (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GlnTestServer) server = NULL;
  g_autofree char *refusing = NULL;
  g_autofree char *slow_url = NULL;
  GlnWindow *window = fixture->window;
  GlnSidebarItem *item;
  GlnStore *store;
  gint64 arxiv_feed;
  gint64 start;

  if (skip_without_display ())
    return;

  server = gln_test_server_new ();
  refusing = gln_test_refusing_url ();
  slow_url = g_strconcat (gln_test_server_get_url (server), "/slow.xml", NULL);
  gln_test_server_hang (server, "/slow.xml");
  g_setenv ("GLEANER_BASE_URL_ARXIV", refusing, TRUE);

  store = gln_window_get_store (window);
  arxiv_feed = add_feed (store, "arxiv", "category", "hep-ph", "Particle physics");
  add_feed (store, "rss", "url", slow_url, "Slow journal");
  _gln_window_reload_summary (window);
  gln_ui_test_wait_until (has_two_feeds, window, "the two feeds");
  gln_sidebar_select (window->sidebar, GLN_SIDEBAR_KIND_INBOX, 0);
  gln_ui_test_settle ();
  g_assert_cmpstr (empty_title (window), ==, "All Caught Up");

  start = g_get_monotonic_time ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.refresh", NULL);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window->refresh_progress)));
  g_assert_cmpstr (empty_title (window), ==, "Refreshing");

  gln_ui_test_wait_until (toast_says_refresh_failed, window, "the failure's toast");
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
  g_assert_true (gln_application_get_refreshing (app));

  /* The Inbox and the feed's page say what failed, not that nothing is new. */
  gln_ui_test_wait_until (inbox_shows_failure, window, "the Inbox to show the failure");
  g_assert_true (gln_sidebar_select (window->sidebar, GLN_SIDEBAR_KIND_FEED, arxiv_feed));
  item = gln_sidebar_get_selected (window->sidebar);
  g_assert_nonnull (gln_sidebar_item_get_error (item));
  gln_ui_test_settle ();
  g_assert_cmpstr (empty_title (window), ==, "This Feed Could Not Be Refreshed");
  g_assert_true (g_str_has_prefix (adw_status_page_get_description (window->empty_page),
                                   "“Particle physics”: Could not reach arXiv"));
  g_assert_true (gln_application_get_refreshing (app));

  g_unsetenv ("GLEANER_BASE_URL_ARXIV");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_dirs = g_strdup (g_getenv ("XDG_DATA_DIRS"));
  g_autoptr(GError) error = NULL;
  int ret;

  /* Isolated directories, but the system's icon themes. */
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_setenv ("XDG_DATA_DIRS", data_dirs ? data_dirs : "/usr/local/share:/usr/share", TRUE);
  g_setenv ("GLEANER_ARXIV_INTERVAL_MS", "10", TRUE);
  g_setenv ("GLEANER_FETCH_INTERVAL_MS", "10", TRUE);
  g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);

  if (gtk_init_check ())
    {
      app = gln_application_new (APP_ID, G_APPLICATION_NON_UNIQUE);
      g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
      g_assert_no_error (error);
    }

  g_test_add ("/gln/ui/flow/feed-failure", Fixture, NULL, fixture_set_up, test_feed_failure,
              fixture_tear_down);

  ret = g_test_run ();
  g_clear_object (&app);

  return ret;
}
