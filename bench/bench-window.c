/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "bench-window"

#include "config.h"

#include "bench-window.h"
#include "bench-stats.h"

#include <json-glib/json-glib.h>

/* The main window on the benchmark library, through bench-list (the real GlnWindow in its
 * own process) beside bench-bare-window (a bare libadwaita window) on the same display:
 * the first frame of each from the start of its main(), medians of several runs; then one
 * run that scrolls the whole list and jumps around it, for the memory it ends with. */

/* Runs a benchmark program and reads the JSON object it prints. */
static JsonObject *
run_program (const char * const  *argv,
             GError             **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *out = NULL;
  int status;
  JsonNode *root;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL,
                     &status, error))
    return NULL;
  if (!g_spawn_check_wait_status (status, error))
    {
      g_prefix_error (error, "%s: ", argv[0]);
      return NULL;
    }
  /* bench-list may print its progress first: the figures are the last line. */
  g_strchomp (out);
  if (!json_parser_load_from_data (parser, strrchr (out, '\n') ? strrchr (out, '\n') + 1 : out,
                                   -1, error))
    return NULL;
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s printed no figures", argv[0]);
      return NULL;
    }

  return json_object_ref (json_node_get_object (root));
}

static gboolean
run_startup (const char  *library,
             guint        runs,
             GError     **error)
{
  const char *bare[] = { BENCH_BARE_WINDOW, NULL };
  const char *window[] = { BENCH_LIST, "--db", library, "--frames", "0", "--jumps", "0",
                           "--json", NULL };
  g_autoptr(GArray) bare_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) frame_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) rows_ms = g_array_new (FALSE, FALSE, sizeof (double));
  gint64 papers = 0;

  /* Alternating, so that both meet the same caches and the same load. */
  for (guint i = 0; i < runs; i++)
    {
      g_autoptr(JsonObject) b = NULL;
      g_autoptr(JsonObject) w = NULL;
      double value;

      if (!(b = run_program (bare, error)) || !(w = run_program (window, error)))
        return FALSE;
      value = json_object_get_double_member (b, "first_frame_ms");
      g_array_append_val (bare_ms, value);
      value = json_object_get_double_member (w, "first_frame_ms");
      g_array_append_val (frame_ms, value);
      value = json_object_get_double_member (w, "first_rows_ms");
      g_array_append_val (rows_ms, value);
      papers = json_object_get_int_member (w, "library");
    }

  g_print ("{\"bench\":\"startup\",\"library\":%" G_GINT64_FORMAT ",\"runs\":%u,"
           "\"first_frame_ms\":%.1f,\"bare_gtk_first_frame_ms\":%.1f,\"first_rows_ms\":%.1f}\n",
           papers, runs, bench_median (frame_ms), bench_median (bare_ms), bench_median (rows_ms));
  return TRUE;
}

static gboolean
run_memory (const char  *library,
            GError     **error)
{
  const char *window[] = { BENCH_LIST, "--db", library, "--json", NULL };
  g_autoptr(JsonObject) w = NULL;

  g_printerr ("Scrolling the window through the library\n");
  if (!(w = run_program (window, error)))
    return FALSE;

  g_print ("{\"bench\":\"memory\",\"library\":%" G_GINT64_FORMAT ",\"rss_mb\":%.1f,"
           "\"frames\":%" G_GINT64_FORMAT ",\"frame_p50_ms\":%.2f,\"frame_p99_ms\":%.2f,"
           "\"frame_max_ms\":%.2f,\"papers_read\":%" G_GINT64_FORMAT "}\n",
           json_object_get_int_member (w, "library"), json_object_get_double_member (w, "rss_mb"),
           json_object_get_int_member (w, "frames"),
           json_object_get_double_member (w, "frame_p50_ms"),
           json_object_get_double_member (w, "frame_p99_ms"),
           json_object_get_double_member (w, "frame_max_ms"),
           json_object_get_int_member (w, "papers_read"));
  return TRUE;
}

gboolean
bench_window_run (const char  *library,
                  gboolean     startup,
                  gboolean     memory,
                  guint        runs,
                  GError     **error)
{
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("No display: the window's figures need one (run under xvfb-run -a)\n");
      return TRUE;
    }

  g_printerr ("Starting the window and a bare window, %u times each\n", runs);
  return (!startup || run_startup (library, runs, error)) &&
         (!memory || run_memory (library, error));
}
