/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The main window on a library of a million papers: how soon the first frame and the first
 * rows show, how long frames take while the list scrolls from top to bottom and jumps
 * around, and how many papers the window read from the library meanwhile (it must read
 * only what it shows, never the whole library).
 *
 *   bench-list [--papers N] [--library DIR] [--db FILE] [--frames N] [--jumps N] [--json]
 *
 * Run it under a display, for example `xvfb-run -a bench/bench-list`. The library is
 * generated once in DIR (default /tmp/gleaner-bench-<N>) and reused; --db opens an existing
 * library file instead (gleaner-bench passes its own). --json prints the figures as one
 * JSON object. */

#define G_LOG_DOMAIN "bench-list"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <unistd.h>
#include <stdlib.h>
#include <string.h>

#include "bench-list-library.h"
#include "gln-application.h"
#include "gln-paper-list.h"
#include "gln-window.h"

typedef struct
{
  gint64          start;
  gint64          first_frame;
  gint64          first_rows;
  gint64          store_open;
  gint64          browse_page;
  gint64          list_loaded;
  guint64         rows_at_first_rows;
  GlnWindow      *window;
  GtkAdjustment  *adjustment;
  GArray         *frame_work;   /* microseconds from a frame's update to its paint's end */
  gint64          frame_start;
  int             frames_left;
  int             jumps_left;
  int             n_frames;
  int             n_jumps;
  guint           n_papers;
  gboolean        json;
  GRand          *rand;
} Bench;

static int
compare_int64 (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

static double
percentile (GArray *values,
            double  p)
{
  guint index;

  if (values->len == 0)
    return 0;

  index = MIN (values->len - 1, (guint) (p * (values->len - 1) + 0.5));
  return g_array_index (values, gint64, index) / 1000.0;
}

static GtkAdjustment *
find_list_adjustment (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkAdjustment *adjustment;

      /* The paper list (several papers may be selected), not the list of a drop-down in
       * the search filters. */
      if (GTK_IS_LIST_VIEW (child) &&
          GTK_IS_MULTI_SELECTION (gtk_list_view_get_model (GTK_LIST_VIEW (child))) &&
          GLN_IS_PAPER_LIST (gtk_multi_selection_get_model (
            GTK_MULTI_SELECTION (gtk_list_view_get_model (GTK_LIST_VIEW (child))))))
        return gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (child));
      if ((adjustment = find_list_adjustment (child)) != NULL)
        return adjustment;
    }

  return NULL;
}

static double
resident_mb (void)
{
  g_autofree char *status = NULL;
  const char *rss;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (rss = strstr (status, "VmRSS:")) == NULL)
    return 0;

  return g_ascii_strtod (rss + 6, NULL) / 1024.0;   /* kB */
}

static double
ms_after_start (Bench  *bench,
                gint64  time)
{
  return (time - bench->start) / 1000.0;
}

static void
print_json (Bench   *bench,
            guint64  rows)
{
  g_print ("{\"library\":%u,\"first_frame_ms\":%.1f,\"library_open_ms\":%.1f,"
           "\"first_rows_ms\":%.1f,\"all_ids_ms\":%.1f,\"frames\":%u,"
           "\"frame_p50_ms\":%.2f,\"frame_p99_ms\":%.2f,\"frame_max_ms\":%.2f,"
           "\"papers_read\":%" G_GUINT64_FORMAT ",\"rss_mb\":%.1f}\n",
           bench->n_papers, ms_after_start (bench, bench->first_frame),
           ms_after_start (bench, bench->store_open), ms_after_start (bench, bench->first_rows),
           ms_after_start (bench, bench->list_loaded), bench->frame_work->len,
           percentile (bench->frame_work, 0.5), percentile (bench->frame_work, 0.99),
           percentile (bench->frame_work, 1.0), rows, resident_mb ());
}

static void
print_text (Bench   *bench,
            guint64  rows,
            guint    pages)
{
  g_print ("library: %u papers\n", bench->n_papers);
  g_print ("first frame: %.0f ms after start\n", ms_after_start (bench, bench->first_frame));
  g_print ("library open: %.0f ms after start; sidebar counted: %.0f ms after start\n",
           ms_after_start (bench, bench->store_open), ms_after_start (bench, bench->browse_page));
  g_print ("ids of the library view loaded: %.0f ms after start\n",
           ms_after_start (bench, bench->list_loaded));
  g_print ("first rows painted: %.0f ms after start (%" G_GUINT64_FORMAT " papers read)\n",
           ms_after_start (bench, bench->first_rows), bench->rows_at_first_rows);
  g_print ("scrolling: %u frames (%d smooth, %d jumps across the list)\n",
           bench->frame_work->len, bench->n_frames, bench->n_jumps);
  g_print ("frame work: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms\n",
           percentile (bench->frame_work, 0.5), percentile (bench->frame_work, 0.9),
           percentile (bench->frame_work, 0.99), percentile (bench->frame_work, 1.0));
  g_print ("papers read from the library: %" G_GUINT64_FORMAT " of %u (%.3f%%), in %u pages\n",
           rows, bench->n_papers, 100.0 * rows / MAX (bench->n_papers, 1), pages);
  g_print ("resident memory: %.0f MB\n", resident_mb ());
}

static void
finish (Bench *bench)
{
  GlnStore *store = gln_window_get_store (bench->window);
  GlnPaperList *papers = GLN_PAPER_LIST (gln_window_get_papers (bench->window));
  guint64 rows = gln_store_get_n_rows_read (store);

  g_array_sort (bench->frame_work, compare_int64);
  if (bench->json)
    print_json (bench, rows);
  else
    print_text (bench, rows, gln_paper_list_get_n_pages_read (papers));

  g_application_quit (g_application_get_default ());
}

static void
after_paint_cb (GdkFrameClock *clock,
                Bench         *bench)
{
  gint64 now = g_get_monotonic_time ();
  GListModel *papers = gln_window_get_papers (bench->window);

  if (bench->first_frame == 0)
    bench->first_frame = now;
  if (bench->store_open == 0 && gln_window_get_store (bench->window) != NULL)
    bench->store_open = now;
  if (bench->browse_page == 0 && g_strcmp0 (gln_window_get_page (bench->window), "browse") == 0)
    bench->browse_page = now;

  if (bench->first_rows == 0 && papers != NULL && g_list_model_get_n_items (papers) > 0 &&
      g_strcmp0 (gln_window_get_page (bench->window), "browse") == 0)
    {
      bench->first_rows = now;
      bench->rows_at_first_rows = gln_store_get_n_rows_read (gln_window_get_store (bench->window));
    }

  if (bench->frame_start > 0)
    {
      gint64 work = now - bench->frame_start;

      g_array_append_val (bench->frame_work, work);
      bench->frame_start = 0;
    }
}

static gboolean
scroll_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  Bench *bench = user_data;
  double upper = gtk_adjustment_get_upper (bench->adjustment);
  double page = gtk_adjustment_get_page_size (bench->adjustment);
  double value = gtk_adjustment_get_value (bench->adjustment);

  if (bench->frames_left > 0)
    {
      /* Smooth scrolling: a third of a screen per frame, as a fast flick does. */
      bench->frames_left--;
      bench->frame_start = g_get_monotonic_time ();
      gtk_adjustment_set_value (bench->adjustment, MIN (value + page / 3, upper - page));
      return G_SOURCE_CONTINUE;
    }

  if (bench->jumps_left > 0)
    {
      /* Dragging the scrollbar: anywhere in the list, the very end included. */
      bench->jumps_left--;
      bench->frame_start = g_get_monotonic_time ();
      value = bench->jumps_left == 0 ? upper - page
                                     : g_rand_double_range (bench->rand, 0, upper - page);
      gtk_adjustment_set_value (bench->adjustment, value);
      return G_SOURCE_CONTINUE;
    }

  finish (bench);
  return G_SOURCE_REMOVE;
}

static gboolean
wait_for_rows_cb (gpointer user_data)
{
  Bench *bench = user_data;
  GListModel *papers = gln_window_get_papers (bench->window);

  if (papers == NULL || gln_paper_list_get_loading (GLN_PAPER_LIST (papers)) ||
      g_list_model_get_n_items (papers) == 0 || bench->first_rows == 0)
    return G_SOURCE_CONTINUE;

  if (bench->list_loaded == 0)
    bench->list_loaded = g_get_monotonic_time ();

  bench->adjustment = find_list_adjustment (GTK_WIDGET (bench->window));
  g_assert (bench->adjustment != NULL);
  gtk_widget_add_tick_callback (GTK_WIDGET (bench->window), scroll_tick_cb, bench, NULL);

  return G_SOURCE_REMOVE;
}

static void
papers_loading_cb (GObject    *papers,
                   GParamSpec *pspec,
                   Bench      *bench)
{
  if (!gln_paper_list_get_loading (GLN_PAPER_LIST (papers)) && bench->list_loaded == 0)
    bench->list_loaded = g_get_monotonic_time ();
}

static gboolean
watch_list_cb (gpointer user_data)
{
  Bench *bench = user_data;
  GListModel *papers = gln_window_get_papers (bench->window);

  if (papers == NULL)
    return G_SOURCE_CONTINUE;

  g_signal_connect (papers, "notify::loading", G_CALLBACK (papers_loading_cb), bench);
  papers_loading_cb (G_OBJECT (papers), NULL, bench);
  g_timeout_add (5, wait_for_rows_cb, bench);

  return G_SOURCE_REMOVE;
}

static void
window_mapped_cb (GtkWidget *widget,
                  Bench     *bench)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), bench);
}

static void
activate_cb (GApplication *application,
             Bench        *bench)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  if (window != NULL || bench->window != NULL)
    return;

  bench->window = gln_window_new (GLN_APPLICATION (application));
  g_signal_connect (bench->window, "map", G_CALLBACK (window_mapped_cb), bench);
  gtk_window_present (GTK_WINDOW (bench->window));
  g_timeout_add (5, watch_list_cb, bench);
}

/* Generates a library of @papers papers in @library unless it holds that many already. */
static gboolean
prepare_generated (const char  *library,
                   int          papers,
                   GError     **error)
{
  g_autofree char *path = g_build_filename (library, "gleaner", "library.db", NULL);
  g_autofree char *dir = g_path_get_dirname (path);
  gint64 begin = g_get_monotonic_time ();

  if (bench_list_count_papers (path) == papers)
    return TRUE;

  g_print ("generating %d papers in %s\n", papers, path);
  g_mkdir_with_parents (dir, 0700);
  g_remove (path);
  if (!bench_list_generate_library (path, papers, TRUE, error))
    {
      g_prefix_error (error, "Could not generate the library: ");
      return FALSE;
    }
  g_print ("generated in %.1f s\n", (g_get_monotonic_time () - begin) / 1e6);

  return TRUE;
}

/* A data folder whose library is a link to @db; SQLite follows it to the file. */
static char *
link_library (const char  *db,
              GError     **error)
{
  g_autofree char *absolute = g_canonicalize_filename (db, NULL);
  g_autofree char *dir = NULL;
  g_autofree char *data = NULL;
  g_autofree char *link = NULL;

  if (!g_file_test (absolute, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "No library at %s", absolute);
      return NULL;
    }
  if (!(dir = g_dir_make_tmp ("bench-list-XXXXXX", error)))
    return NULL;
  data = g_build_filename (dir, "gleaner", NULL);
  link = g_build_filename (data, "library.db", NULL);
  if (g_mkdir (data, 0700) < 0 || symlink (absolute, link) < 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno), "Could not link %s: %s",
                   link, g_strerror (errno));
      return NULL;
    }

  return g_steal_pointer (&dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GlnApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *library = NULL;
  g_autofree char *db = NULL;
  Bench bench = { 0 };
  int papers = 1000000;
  int frames = 600;
  int jumps = 100;
  GOptionEntry entries[] = {
    { "papers", 0, 0, G_OPTION_ARG_INT, &papers, "Papers in the library", "N" },
    { "library", 0, 0, G_OPTION_ARG_FILENAME, &library, "Where the library lives", "DIR" },
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db, "Open this library file as it is", "FILE" },
    { "frames", 0, 0, G_OPTION_ARG_INT, &frames, "Frames of smooth scrolling", "N" },
    { "jumps", 0, 0, G_OPTION_ARG_INT, &jumps, "Jumps to random places", "N" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &bench.json, "Print one JSON object", NULL },
    { NULL }
  };

  bench.start = g_get_monotonic_time ();

  context = g_option_context_new ("— time the main window on a large library");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  if (db != NULL)
    {
      gint64 count;

      if (!(library = link_library (db, &error)))
        {
          g_printerr ("%s\n", error->message);
          return EXIT_FAILURE;
        }
      count = bench_list_count_papers (db);
      papers = count > 0 ? (int) count : 0;
      bench.start = g_get_monotonic_time ();
    }
  else
    {
      if (library == NULL)
        library = g_strdup_printf ("%s/gleaner-bench-%d", g_get_tmp_dir (), papers);
      if (!prepare_generated (library, papers, &error))
        {
          g_printerr ("%s\n", error->message);
          return EXIT_FAILURE;
        }
      bench.start = g_get_monotonic_time ();
    }

  /* The window opens the default library: point it at this one. */
  g_setenv ("XDG_DATA_HOME", library, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", FALSE);
  g_setenv ("GSETTINGS_SCHEMA_DIR", BENCH_SCHEMA_DIR, FALSE);

  bench.n_papers = papers;
  bench.n_frames = bench.frames_left = frames;
  bench.n_jumps = bench.jumps_left = jumps;
  bench.frame_work = g_array_new (FALSE, FALSE, sizeof (gint64));
  bench.rand = g_rand_new_with_seed (42);

  app = gln_application_new (APP_ID ".Bench", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), &bench);
  g_application_run (G_APPLICATION (app), 0, NULL);

  g_array_unref (bench.frame_work);
  g_rand_free (bench.rand);

  return bench.first_rows > 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
