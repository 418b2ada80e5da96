/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gleaner-bench"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bench-corpus.h"
#include "bench-search.h"
#include "gln-core.h"

/* How fast Gleaner imports and searches a large library (issue #13). Run it with
 *
 *   ninja -C _build bench && _build/bench/gleaner-bench --papers 100000
 *
 * It writes a synthetic arXiv corpus (bench-corpus.c) as Atom files of at most 100,000
 * papers, imports them one after the other with the real gleaner-cli into one library, then
 * 5,000 more into the full library, and times a fixed mix of searches through GlnStore. Each
 * figure is one JSON object per line on stdout; progress goes to stderr.
 *
 * Options: --papers N (100,000) papers to import; --only ingest,search; --dir DIR keeps the
 * library there for the next run, and a run without --only skips the ingest when the library
 * holds N papers already; --runs R (3) runs of each search. */

#define BATCH_PAPERS 100000
#define EXTRA_PAPERS 5000
#define CORPUS_SEED 13

typedef struct
{
  BenchCorpus *corpus;
  char        *dir;
  char        *library;
  gboolean     keep_dir;
} Bench;

static void
bench_clear (Bench *bench)
{
  g_clear_pointer (&bench->corpus, bench_corpus_free);
  g_clear_pointer (&bench->dir, g_free);
  g_clear_pointer (&bench->library, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Bench, bench_clear)

static void
result_ready_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GAsyncResult **slot = user_data;

  *slot = g_object_ref (result);
}

static gboolean
count_papers (const char  *library,
              gint64      *count,
              GError     **error)
{
  g_autoptr(GlnStore) store = NULL;
  g_autoptr(GlnQuery) query = gln_query_new ();
  g_autoptr(GAsyncResult) result = NULL;

  *count = 0;
  if (!g_file_test (library, G_FILE_TEST_EXISTS))
    return TRUE;
  if ((store = gln_store_open_sync (library, error)) == NULL)
    return FALSE;
  gln_store_count_papers_async (store, query, NULL, result_ready_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  *count = gln_store_count_papers_finish (store, result, error);

  return *count >= 0;
}

/* Runs gleaner-cli as a child, so that its peak memory is its own rusage. Its summary line
 * goes to our stderr with the progress. */
static gboolean
run_cli_import (const char  *library,
                const char  *file,
                double      *seconds,
                double      *peak_rss_mb,
                GError     **error)
{
  const char *argv[] = {
    BENCH_GLEANER_CLI, "--db", library, "import", "--format", "arxiv", file, NULL
  };
  struct rusage usage;
  gint64 start = g_get_monotonic_time ();
  GPid pid;
  int status;

  if (!g_spawn_async_with_fds (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL,
                               NULL, &pid, -1, STDERR_FILENO, -1, error))
    return FALSE;
  if (wait4 (pid, &status, 0, &usage) < 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "Could not wait for gleaner-cli: %s", g_strerror (saved_errno));
      return FALSE;
    }
  *seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
  *peak_rss_mb = usage.ru_maxrss / 1024.0;   /* kilobytes on Linux */

  if (!g_spawn_check_wait_status (status, error))
    {
      g_prefix_error (error, "gleaner-cli import %s: ", file);
      return FALSE;
    }

  return TRUE;
}

/* Imports papers @first to @first + @n_papers - 1, written as one Atom file, into a library
 * that holds @library_before papers, and prints its line. */
static gboolean
ingest_batch (Bench   *bench,
              guint    first,
              guint    n_papers,
              gint64   library_before,
              gint64  *library_after,
              GError **error)
{
  g_autofree char *name = g_strdup_printf ("batch-%u.xml", first);
  g_autofree char *file = g_build_filename (bench->dir, name, NULL);
  gint64 start = g_get_monotonic_time ();
  double seconds, peak_rss_mb;
  gboolean imported;
  gint64 stored;

  g_printerr ("Writing papers %u to %u to %s\n", first, first + n_papers - 1, file);
  if (!bench_corpus_write_atom (bench->corpus, file, first, n_papers, error))
    return FALSE;
  g_printerr ("Written in %.1f s; importing\n",
              (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);

  imported = run_cli_import (bench->library, file, &seconds, &peak_rss_mb, error);
  g_remove (file);
  if (!imported || !count_papers (bench->library, library_after, error))
    return FALSE;

  stored = *library_after - library_before;
  g_print ("{\"bench\":\"ingest\",\"format\":\"atom\",\"papers\":%u,\"library_before\":%"
           G_GINT64_FORMAT ",\"stored\":%" G_GINT64_FORMAT ",\"seconds\":%.2f,"
           "\"stored_per_s\":%.0f,\"peak_rss_mb\":%.1f}\n",
           n_papers, library_before, stored, seconds, stored / seconds, peak_rss_mb);

  return TRUE;
}

/* Imports @n_papers papers in batches of 100,000, then 5,000 more into the full library.
 * The papers are numbered on from what the library holds, so every one is new and a library
 * kept in --dir can grow from run to run. */
static gboolean
run_ingest (Bench    *bench,
            guint     n_papers,
            GError  **error)
{
  gint64 count;
  guint next;
  guint end;

  if (!count_papers (bench->library, &count, error))
    return FALSE;
  next = count;
  end = next + n_papers;

  while (next < end)
    {
      guint batch = MIN (BATCH_PAPERS, end - next);

      if (!ingest_batch (bench, next, batch, count, &count, error))
        return FALSE;
      next += batch;
    }

  return ingest_batch (bench, next, EXTRA_PAPERS, count, &count, error);
}

static void
remove_dir (const char *dir)
{
  static const char * const names[] = { "library.db", "library.db-wal", "library.db-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);

      g_remove (path);
    }
  g_rmdir (dir);
}

static gboolean
parse_only (const char  *only,
            gboolean    *ingest,
            gboolean    *search,
            GError     **error)
{
  g_auto(GStrv) names = g_strsplit (only, ",", -1);

  *ingest = *search = FALSE;
  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_equal (names[i], "ingest"))
        *ingest = TRUE;
      else if (g_str_equal (names[i], "search"))
        *search = TRUE;
      else
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       "Unknown benchmark “%s” (ingest, search)", names[i]);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
prepare_dir (Bench       *bench,
             const char  *dir,
             GError     **error)
{
  bench->keep_dir = dir != NULL;
  if (dir != NULL)
    {
      if (g_mkdir_with_parents (dir, 0700) < 0)
        {
          int saved_errno = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       "Could not create %s: %s", dir, g_strerror (saved_errno));
          return FALSE;
        }
      bench->dir = g_strdup (dir);
    }
  else if ((bench->dir = g_dir_make_tmp ("gleaner-bench-XXXXXX", error)) == NULL)
    return FALSE;

  bench->library = g_build_filename (bench->dir, "library.db", NULL);
  g_printerr ("Library: %s\n", bench->library);

  return TRUE;
}

static gboolean
run (Bench       *bench,
     int          n_papers,
     const char  *only,
     guint        runs,
     GError     **error)
{
  gboolean ingest = TRUE;
  gboolean search = TRUE;
  gint64 count;

  if (only != NULL && !parse_only (only, &ingest, &search, error))
    return FALSE;
  if (!count_papers (bench->library, &count, error))
    return FALSE;
  if (only == NULL && count >= n_papers)
    {
      g_printerr ("The library holds %" G_GINT64_FORMAT " papers already; no ingest\n", count);
      ingest = FALSE;
    }

  bench->corpus = bench_corpus_new (CORPUS_SEED);
  if (ingest && !run_ingest (bench, n_papers, error))
    return FALSE;
  if (search && !bench_search_run (bench->corpus, bench->library, runs, error))
    return FALSE;

  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_auto(Bench) bench = { 0, };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *only = NULL;
  g_autofree char *dir = NULL;
  int n_papers = BATCH_PAPERS;
  int runs = 3;
  const GOptionEntry entries[] = {
    { "papers", 0, 0, G_OPTION_ARG_INT, &n_papers, "Papers in the library", "N" },
    { "only", 0, 0, G_OPTION_ARG_STRING, &only, "Only these benchmarks", "ingest,search" },
    { "dir", 0, 0, G_OPTION_ARG_FILENAME, &dir, "Keep the library in DIR", "DIR" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs of each search", "R" },
    { NULL }
  };
  gboolean ok;

  context = g_option_context_new ("— time Gleaner's import and search");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (n_papers <= 0 || runs <= 0)
    {
      g_printerr ("--papers and --runs need a positive number\n");
      return 2;
    }

  if (!prepare_dir (&bench, dir, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  ok = run (&bench, n_papers, only, runs, &error);
  if (!bench.keep_dir)
    remove_dir (bench.dir);
  if (!ok)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  return 0;
}
