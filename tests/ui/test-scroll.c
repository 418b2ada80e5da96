/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Scrolling the paper list of a large library reads only the papers it shows: the window is
 * opened on 200,000 generated papers, scrolled smoothly and then dragged to places all over
 * the list, and the papers read from the library are counted. (bench/bench-list does the
 * same on a million and prints the figures.) */

#define G_LOG_DOMAIN "test-scroll"

#include "config.h"

#include <glib/gstdio.h>

#include "bench-list-library.h"
#include "gln-application.h"
#include "gln-ui-test-utils.h"
#include "gln-window-private.h"

#define N_PAPERS 200000

static GlnApplication *app;

static gboolean
list_ready (GlnWindow *window)
{
  GListModel *papers = gln_window_get_papers (window);

  return g_strcmp0 (gln_window_get_page (window), "browse") == 0 && papers != NULL &&
         !gln_paper_list_get_loading (GLN_PAPER_LIST (papers)) &&
         g_list_model_get_n_items (papers) > 0;
}

/* The list has laid out its first screen: it read those papers and knows its height. */
static gboolean
first_screen_shown (gpointer data)
{
  GlnWindow *window = data;
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (window->list_view));

  return gln_store_get_n_rows_read (gln_window_get_store (window)) > 0 &&
         gtk_adjustment_get_page_size (adjustment) > 0 &&
         gtk_adjustment_get_upper (adjustment) > gtk_adjustment_get_page_size (adjustment);
}

static void
test_scroll_reads_only_what_shows (void)
{
  GlnWindow *window;
  GlnStore *store;
  GlnPaperList *papers;
  GtkAdjustment *adjustment;
  gint64 deadline;
  guint64 rows_at_start;
  guint64 rows;
  guint pages;
  double upper;
  double page;

  if (app == NULL)
    {
      g_test_skip ("No display available");
      return;
    }

  g_application_activate (G_APPLICATION (app));
  window = GLN_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_nonnull (window);

  deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  while (!list_ready (window))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }

  gln_ui_test_wait_until (first_screen_shown, window, "the first screen of papers");
  store = gln_window_get_store (window);
  papers = GLN_PAPER_LIST (gln_window_get_papers (window));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (papers)), ==, N_PAPERS);

  /* Showing the first screen reads a few pages, not the library. */
  rows_at_start = gln_store_get_n_rows_read (store);
  g_test_message ("first screen: %" G_GUINT64_FORMAT " papers read", rows_at_start);
  g_assert_cmpuint (rows_at_start, >, 0);
  g_assert_cmpuint (rows_at_start, <=, 5 * 64);

  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (window->list_view));
  upper = gtk_adjustment_get_upper (adjustment);
  page = gtk_adjustment_get_page_size (adjustment);
  g_assert_cmpfloat (upper, >, 100 * page);

  /* A flick: a third of a screen per frame. */
  for (int i = 0; i < 120; i++)
    {
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + page / 3);
      gln_ui_test_spin (16);
    }

  /* Dragging the scrollbar to twenty places, the very end last. */
  for (int i = 1; i <= 20; i++)
    {
      upper = gtk_adjustment_get_upper (adjustment);
      gtk_adjustment_set_value (adjustment, (upper - page) * i / 20.0);
      gln_ui_test_spin (60);
    }
  gln_ui_test_settle ();

  rows = gln_store_get_n_rows_read (store);
  pages = gln_paper_list_get_n_pages_read (papers);
  g_test_message ("after scrolling: %" G_GUINT64_FORMAT " of %d papers read, in %u pages",
                  rows, N_PAPERS, pages);

  /* The end of the list was reached and drawn... */
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >=,
                     gtk_adjustment_get_upper (adjustment) - page - 1);
  g_assert_cmpuint (rows, >, rows_at_start);

  /* ...reading pages near what was shown, never the library: 64 papers a page, a few pages
   * per jump. */
  g_assert_cmpuint (rows, <=, (guint64) pages * 64);
  g_assert_cmpuint (pages, <=, 20 * 6 + 40);
  g_assert_cmpuint (rows, <, N_PAPERS / 10);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = NULL;
  g_autofree char *path = NULL;
  g_autofree char *dir = NULL;
  int ret;

  data_home = g_dir_make_tmp ("gleaner-scroll-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  g_test_init (&argc, &argv, NULL);
  g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);

  path = g_build_filename (data_home, "gleaner", "library.db", NULL);
  dir = g_path_get_dirname (path);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (bench_list_generate_library (path, N_PAPERS, FALSE, &error));
  g_assert_no_error (error);

  if (gtk_init_check ())
    {
      app = gln_application_new (APP_ID, G_APPLICATION_NON_UNIQUE);
      g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
      g_assert_no_error (error);
    }

  g_test_add_func ("/gln/ui/scroll/reads-only-what-shows", test_scroll_reads_only_what_shows);

  ret = g_test_run ();

  if (app != NULL)
    {
      g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
      gln_ui_test_settle ();
    }
  g_clear_object (&app);
  gln_ui_test_remove (data_home);

  return ret;
}
