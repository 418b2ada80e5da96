/* SPDX-License-Identifier: GPL-3.0-or-later */

/* bench-foryou: how fast For you is on a large library.
 *
 *   bench-foryou --db LIBRARY [--candidates N] [--signals N]
 *
 * LIBRARY is a library of many papers, such as the one gleaner-bench keeps (its papers are
 * changed: all but the newest N are marked read, and some read papers starred or rated 1;
 * work on a copy). Prints one JSON object per figure, in milliseconds:
 *   rank-cold      GlnForYou's first ranking: signals and candidates read, learned, ranked
 *   rank-warm      a ranking again, the texts known (what follows each change), and where
 *                  its time went: read (the store's worker), weigh, learn (training), score
 *                  (every candidate), sort (with the first 100 reasons)
 *   rating-to-rank from a rating stored through the store to the live ranking that has it
 *                  (0.4 s of it For you's wait for more changes)
 *   first-page     what the view does on opening: the kept ranking, and its first 50 papers
 *                  read by id (median of 20)
 *   explain-page   the reasons of 50 papers past the first 100, asked as a view scrolls
 *   similar        "More like this" over the whole library, 20 papers (median of 5 papers)
 */

#include "config.h"

#include <sqlite3.h>

#include "bench-wait.h"
#include "gln-core.h"

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static void
exec_sql (sqlite3    *db,
          const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

/* Marks all but the newest @candidates papers read, and gives signals on read papers. */
static void
prepare (const char *path,
         guint       candidates,
         guint       signals)
{
  g_autofree char *unread = NULL;
  g_autofree char *starred = NULL;
  g_autofree char *disliked = NULL;
  sqlite3 *db = NULL;

  if (sqlite3_open (path, &db) != SQLITE_OK)
    g_error ("%s: %s", path, sqlite3_errmsg (db));
  sqlite3_busy_timeout (db, 5000);
  unread = g_strdup_printf ("UPDATE papers SET read_time = CASE WHEN id > (SELECT max (id) FROM papers) - %u"
                            " THEN NULL ELSE 1700000000 END;", candidates);
  starred = g_strdup_printf ("UPDATE papers SET starred = 1 WHERE id IN (SELECT id FROM papers"
                             " WHERE read_time IS NOT NULL AND id %% 997 = 0 LIMIT %u);", signals);
  disliked = g_strdup_printf ("UPDATE papers SET rating = 1 WHERE id IN (SELECT id FROM papers"
                              " WHERE read_time IS NOT NULL AND id %% 991 = 0 LIMIT %u);", signals);
  exec_sql (db, "BEGIN; UPDATE papers SET starred = 0, rating = 0 WHERE starred = 1 OR rating > 0;");
  exec_sql (db, unread);
  exec_sql (db, starred);
  exec_sql (db, disliked);
  exec_sql (db, "COMMIT; PRAGMA wal_checkpoint(TRUNCATE);");
  sqlite3_close (db);
}

static GPtrArray *
rank (GlnForYou *for_you,
      double    *ms)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *items;
  double start = now_ms ();

  gln_for_you_refresh_async (for_you, NULL, bench_ready_cb, &result);
  if (!(items = gln_for_you_refresh_finish (for_you, bench_wait (&result), &error)))
    g_error ("%s", error->message);
  *ms = now_ms () - start;

  return items;
}

static void
updated_cb (GlnForYou *for_you,
            gboolean  *updated)
{
  *updated = TRUE;
}

static double
rating_to_rank (GlnStore  *store,
                GlnForYou *for_you,
                gint64     paper_id)
{
  g_autoptr(GlnPaper) paper = gln_store_lookup_paper (store, paper_id, NULL);
  gboolean updated = FALSE;
  gulong handler;
  double start;

  handler = g_signal_connect (for_you, "updated", G_CALLBACK (updated_cb), &updated);
  gln_for_you_set_live (for_you, TRUE);
  while (!updated)
    g_main_context_iteration (NULL, TRUE);
  updated = FALSE;

  start = now_ms ();
  gln_store_set_rating_async (store, paper, 5, NULL, NULL, NULL);
  while (!updated)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (for_you, handler);
  gln_for_you_set_live (for_you, FALSE);

  return now_ms () - start;
}

static double
explain_page (GlnForYou *for_you,
              GPtrArray *items)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GPtrArray) reasons = NULL;
  g_autoptr(GError) error = NULL;
  double start;

  for (guint i = 100; i < MIN (items->len, 150); i++)
    g_array_append_val (ids, ((GlnForYouItem *) items->pdata[i])->id);
  start = now_ms ();
  gln_for_you_explain_async (for_you, ids, NULL, bench_ready_cb, &result);
  if (!(reasons = gln_for_you_explain_finish (for_you, bench_wait (&result), &error)))
    g_error ("%s", error->message);

  return now_ms () - start;
}

static int compare_doubles (gconstpointer a,
                            gconstpointer b);

static double
similar (GlnForYou *for_you,
         GPtrArray *items)
{
  double times[5];

  for (guint r = 0; r < G_N_ELEMENTS (times); r++)
    {
      g_autoptr(GAsyncResult) result = NULL;
      g_autoptr(GPtrArray) found = NULL;
      g_autoptr(GError) error = NULL;
      gint64 id = ((GlnForYouItem *) items->pdata[(r * 7919) % items->len])->id;
      double start = now_ms ();

      gln_for_you_similar_async (for_you, id, 20, NULL, bench_ready_cb, &result);
      if (!(found = gln_for_you_similar_finish (for_you, bench_wait (&result), &error)))
        g_error ("%s", error->message);
      times[r] = now_ms () - start;
    }
  qsort (times, G_N_ELEMENTS (times), sizeof (double), compare_doubles);

  return times[G_N_ELEMENTS (times) / 2];
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
first_page (GlnStore  *store,
            GlnForYou *for_you)
{
  double times[20];

  for (guint r = 0; r < G_N_ELEMENTS (times); r++)
    {
      double start = now_ms ();
      g_autoptr(GPtrArray) results = gln_for_you_dup_results (for_you);
      gint64 ids[50];
      guint n = MIN (results->len, G_N_ELEMENTS (ids));
      g_autoptr(GPtrArray) papers = NULL;

      for (guint i = 0; i < n; i++)
        ids[i] = ((GlnForYouItem *) results->pdata[i])->id;
      papers = gln_store_lookup_papers (store, ids, n, NULL);
      g_assert (papers != NULL && papers->len == n);
      times[r] = now_ms () - start;
    }
  qsort (times, G_N_ELEMENTS (times), sizeof (double), compare_doubles);

  return times[G_N_ELEMENTS (times) / 2];
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GlnStore) store = NULL;
  g_autoptr(GlnForYou) for_you = NULL;
  g_autoptr(GPtrArray) cold = NULL;
  g_autoptr(GPtrArray) warm = NULL;
  int candidates = 5000, signals = 100;
  double cold_ms, warm_ms, rating_ms, page_ms, explain_ms, similar_ms;
  GlnForYouTimes times;
  gint64 n_papers;
  GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &path, "The library (changed: use a copy)", "FILE" },
    { "candidates", 0, 0, G_OPTION_ARG_INT, &candidates, "Unread papers (5000)", "N" },
    { "signals", 0, 0, G_OPTION_ARG_INT, &signals, "Starred and disliked papers each (100)", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("— how fast For you ranks");

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || path == NULL ||
      candidates <= 0 || signals < 0)
    {
      g_printerr ("bench-foryou: %s\n", error != NULL ? error->message : "--db FILE is needed");
      return 2;
    }

  if (!(store = gln_store_open_sync (path, &error)))
    g_error ("%s", error->message);
  g_clear_object (&store);
  prepare (path, (guint) candidates, (guint) signals);
  if (!(store = gln_store_open_sync (path, &error)) ||
      (n_papers = bench_count_papers (store, &error)) < 0)
    g_error ("%s", error->message);

  for_you = gln_for_you_new (store);
  cold = rank (for_you, &cold_ms);
  warm = rank (for_you, &warm_ms);
  gln_for_you_get_times (for_you, &times);
  page_ms = first_page (store, for_you);
  explain_ms = explain_page (for_you, warm);
  similar_ms = similar (for_you, warm);
  rating_ms = rating_to_rank (store, for_you, ((GlnForYouItem *) warm->pdata[warm->len / 2])->id);

  g_print ("{\"figure\": \"foryou\", \"papers\": %" G_GINT64_FORMAT ", \"candidates\": %u, "
           "\"signals\": %d, \"model\": \"%s\", \"rank-cold\": %.0f, \"rank-warm\": %.0f, "
           "\"read\": %.0f, \"weigh\": %.0f, \"learn\": %.0f, \"score\": %.0f, \"sort\": %.0f, "
           "\"rating-to-rank\": %.0f, \"first-page\": %.2f, \"explain-page\": %.2f, "
           "\"similar\": %.0f}\n",
           n_papers, cold->len, 2 * signals,
           gln_for_you_get_kind (for_you) == GLN_INTEREST_LEARNED ? "learned" : "similar",
           cold_ms, warm_ms, times.read, times.weigh, times.learn, times.score, times.sort,
           rating_ms, page_ms, explain_ms, similar_ms);

  return 0;
}
