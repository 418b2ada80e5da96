/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "bench-paper-list"

#include "config.h"

#include "bench-paper-list.h"

#include "gln-core.h"

/* The library view's model, GlnPaperList, on the benchmark library, as the window uses it:
 * how soon its first screen of rows can be read after it is made, how soon it knows every
 * id, and how long reading every row from the top to the bottom takes (and its slowest
 * row, which reads a page). */

#define SCREEN_ROWS 20

static void
wait_until_rows (GlnPaperList *list)
{
  while (g_list_model_get_n_items (G_LIST_MODEL (list)) == 0 &&
         gln_paper_list_get_loading (list))
    g_main_context_iteration (NULL, TRUE);
}

static void
wait_until_loaded (GlnPaperList *list)
{
  while (gln_paper_list_get_loading (list))
    g_main_context_iteration (NULL, TRUE);
}

/* Reads rows @from to @to - 1; returns the slowest row's time in milliseconds. */
static double
read_rows (GListModel *model,
           guint       from,
           guint       to)
{
  gint64 slowest = 0;

  for (guint i = from; i < to; i++)
    {
      gint64 start = g_get_monotonic_time ();
      GlnPaper *paper = g_list_model_get_item (model, i);

      slowest = MAX (slowest, g_get_monotonic_time () - start);
      g_clear_object (&paper);
    }

  return slowest / 1000.0;
}

gboolean
bench_paper_list_run (const char  *library,
                      GError     **error)
{
  g_autoptr(GlnStore) store = NULL;
  g_autoptr(GlnPaperList) list = NULL;
  gint64 start, first_page, all_ids, walked;
  double slowest_row;
  guint n_items;

  if (!(store = gln_store_open_sync (library, error)))
    return FALSE;

  g_printerr ("Listing the library, newest first\n");
  start = g_get_monotonic_time ();
  list = gln_paper_list_new (store, NULL);
  wait_until_rows (list);
  read_rows (G_LIST_MODEL (list), 0, MIN (SCREEN_ROWS, g_list_model_get_n_items (G_LIST_MODEL (list))));
  first_page = g_get_monotonic_time ();
  wait_until_loaded (list);
  all_ids = g_get_monotonic_time ();
  if (gln_paper_list_get_error (list) != NULL)
    {
      g_propagate_error (error, g_error_copy (gln_paper_list_get_error (list)));
      return FALSE;
    }

  n_items = g_list_model_get_n_items (G_LIST_MODEL (list));
  g_printerr ("Reading all %u rows\n", n_items);
  slowest_row = read_rows (G_LIST_MODEL (list), 0, n_items);
  walked = g_get_monotonic_time ();

  g_print ("{\"bench\":\"list\",\"library\":%u,\"first_page_ms\":%.2f,\"all_ids_ms\":%.1f,"
           "\"walk_ms\":%.0f,\"rows_per_s\":%.0f,\"slowest_row_ms\":%.2f}\n",
           n_items, (first_page - start) / 1000.0, (all_ids - start) / 1000.0,
           (walked - all_ids) / 1000.0, n_items / MAX ((walked - all_ids) / 1e6, 1e-6),
           slowest_row);

  return TRUE;
}
