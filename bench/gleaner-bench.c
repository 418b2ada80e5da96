/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gleaner-bench"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bench-corpus.h"
#include "bench-paper-list.h"
#include "bench-refresh.h"
#include "bench-search.h"
#include "bench-wait.h"
#include "bench-window.h"
#include "gln-core.h"

/* How fast Gleaner imports, searches, lists, starts and refreshes on a large library
 * (issue #13). Run it with
 *
 *   ninja -C _build bench && xvfb-run -a _build/bench/gleaner-bench --papers 100000
 *
 * It writes a synthetic arXiv corpus (bench-corpus.c) as Atom files of at most 100,000
 * papers, imports them one after the other with the real gleaner-cli into one library, then
 * 5,000 more into the full library, and 10,000 as a copied Daily Papers page into an empty
 * library and into the full one (ingest). On that library it times a fixed mix of searches
 * through GlnStore (search), the library view's model (list), the main window's first frame
 * beside a bare libadwaita window's (startup) and its memory after scrolling the whole list
 * (memory; both need a display); and a 10,000-item feed refreshed from a local SoupServer,
 * with newsboat on the same feed (refresh). Each figure is one JSON object per line on
 * stdout; progress goes to stderr.
 *
 * It also times the parse of one Atom file of 100,000 papers alone (parse).
 *
 * Options: --papers N (100,000) papers to import; --only parse,ingest,search,list,startup,
 * memory,refresh; --dir DIR keeps the library there for the next run, and a run without --only
 * skips the ingest when the library holds N papers already; --runs R (3) runs of each search
 * and of each window start. */

#define BATCH_PAPERS 100000
#define EXTRA_PAPERS 5000
#define LISTING_PAPERS 10000
#define CORPUS_SEED 13

typedef enum
{
  RUN_INGEST  = 1 << 0,
  RUN_SEARCH  = 1 << 1,
  RUN_LIST    = 1 << 2,
  RUN_STARTUP = 1 << 3,
  RUN_MEMORY  = 1 << 4,
  RUN_REFRESH = 1 << 5,
  RUN_PARSE   = 1 << 6,
  RUN_ALL     = (1 << 7) - 1,
} Runs;

static const char * const run_names[] = {
  "ingest", "search", "list", "startup", "memory", "refresh", "parse",
};

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

static gboolean
count_papers (const char  *library,
              gint64      *count,
              GError     **error)
{
  g_autoptr(GlnStore) store = NULL;

  *count = 0;
  if (!g_file_test (library, G_FILE_TEST_EXISTS))
    return TRUE;
  if ((store = gln_store_open_sync (library, error)) == NULL)
    return FALSE;
  *count = bench_count_papers (store, error);

  return *count >= 0;
}

/* Runs gleaner-cli as a child, so that its peak memory is its own rusage. Its summary line
 * goes to our stderr with the progress. */
static gboolean
run_cli_import (const char  *library,
                const char  *format,
                const char  *file,
                double      *seconds,
                double      *peak_rss_mb,
                GError     **error)
{
  const char *argv[] = {
    BENCH_GLEANER_CLI, "--db", library, "import", "--format", format, file, NULL
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

/* Whether a search finds paper @number by its title: the import indexes what it stores in
 * the same transaction, so what it stored is searchable as soon as it returns. */
static gboolean
is_indexed (Bench   *bench,
            guint    number,
            GError **error)
{
  g_autoptr(GlnStore) store = NULL;
  g_autoptr(GlnQuery) query = gln_query_new ();
  g_autoptr(GArray) ids = NULL;
  g_autofree char *title = bench_corpus_dup_title (bench->corpus, number);

  if ((store = gln_store_open_sync (bench->library, error)) == NULL)
    return FALSE;
  query->text = g_strdup_printf ("\"%s\"", title);
  query->limit = 1;
  ids = bench_query_ids (store, query, error);

  return ids != NULL && ids->len == 1;
}

/* Parses an Atom file of @n_papers alone, in this process, as the importer's thread does. */
static gboolean
time_parse (const char  *file,
            guint        n_papers,
            GError     **error)
{
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) papers = NULL;
  gint64 start;
  double seconds;

  if (!(mapped = g_mapped_file_new (file, FALSE, error)))
    return FALSE;
  bytes = g_mapped_file_get_bytes (mapped);
  start = g_get_monotonic_time ();
  if (!(papers = gln_import_parse (bytes, GLN_IMPORT_FORMAT_ARXIV, NULL, error)))
    return FALSE;
  seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;

  g_print ("{\"bench\":\"parse\",\"format\":\"atom\",\"entries\":%u,\"papers\":%u,"
           "\"file_mb\":%.1f,\"seconds\":%.2f,\"entries_per_s\":%.0f}\n",
           n_papers, papers->len, g_bytes_get_size (bytes) / 1048576.0, seconds,
           n_papers / seconds);
  return TRUE;
}

typedef gboolean (*WriteFunc) (BenchCorpus  *corpus,
                               const char   *path,
                               guint         first,
                               guint         n_papers,
                               GError      **error);

/* Imports papers @first to @first + @n_papers - 1, written as one file of @format, into the
 * library of @bench, which holds @library_before papers, and prints its line. */
static gboolean
ingest_batch (Bench       *bench,
              const char  *format,
              guint        first,
              guint        n_papers,
              gint64       library_before,
              gint64      *library_after,
              GError     **error)
{
  WriteFunc write = g_str_equal (format, "listing") ? bench_corpus_write_listing
                                                    : bench_corpus_write_atom;
  g_autofree char *name = g_strdup_printf ("batch-%u.%s", first, format);
  g_autofree char *file = g_build_filename (bench->dir, name, NULL);
  gint64 start = g_get_monotonic_time ();
  double seconds, peak_rss_mb;
  gboolean imported;
  gboolean indexed;
  gint64 stored;

  g_printerr ("Writing papers %u to %u to %s\n", first, first + n_papers - 1, file);
  if (!write (bench->corpus, file, first, n_papers, error))
    return FALSE;
  g_printerr ("Written in %.1f s; importing\n",
              (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);

  imported = run_cli_import (bench->library, format, file, &seconds, &peak_rss_mb, error);
  g_remove (file);
  if (!imported || !count_papers (bench->library, library_after, error))
    return FALSE;
  indexed = is_indexed (bench, first + n_papers - 1, error);
  if (error != NULL && *error != NULL)
    return FALSE;

  stored = *library_after - library_before;
  g_print ("{\"bench\":\"ingest\",\"format\":\"%s\",\"papers\":%u,\"library_before\":%"
           G_GINT64_FORMAT ",\"stored\":%" G_GINT64_FORMAT ",\"seconds\":%.2f,"
           "\"stored_per_s\":%.0f,\"indexed_per_s\":%.0f,\"peak_rss_mb\":%.1f}\n",
           format, n_papers, library_before, stored, seconds, stored / seconds,
           indexed ? stored / seconds : 0, peak_rss_mb);

  return TRUE;
}

/* A copied page of 10,000 papers into a library of its own, empty. */
static gboolean
ingest_listing_alone (Bench   *bench,
                      guint    first,
                      GError **error)
{
  g_autofree char *library = g_steal_pointer (&bench->library);
  g_autofree char *alone = g_build_filename (bench->dir, "listing.db", NULL);
  g_autofree char *wal = g_strconcat (alone, "-wal", NULL);
  g_autofree char *shm = g_strconcat (alone, "-shm", NULL);
  gint64 count;
  gboolean ok;

  bench->library = g_steal_pointer (&alone);
  ok = ingest_batch (bench, "listing", first, LISTING_PAPERS, 0, &count, error);
  g_remove (bench->library);
  g_remove (wal);
  g_remove (shm);
  g_free (bench->library);
  bench->library = g_steal_pointer (&library);

  return ok;
}

/* Imports @n_papers papers in batches of 100,000, then 5,000 more into the full library,
 * then a copied page alone and into the full library. The papers are numbered on from what
 * the library holds, so every one is new and a library kept in --dir can grow from run to
 * run. */
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

      if (!ingest_batch (bench, "arxiv", next, batch, count, &count, error))
        return FALSE;
      next += batch;
    }

  /* The library's papers stay numbered 0 to its count - 1, so that the next run's are new:
   * the page for the empty library takes numbers past them, which only it holds. */
  return ingest_batch (bench, "arxiv", next, EXTRA_PAPERS, count, &count, error) &&
         ingest_listing_alone (bench, next + EXTRA_PAPERS + LISTING_PAPERS, error) &&
         ingest_batch (bench, "listing", next + EXTRA_PAPERS, LISTING_PAPERS, count, &count,
                       error);
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
            Runs        *runs,
            GError     **error)
{
  g_auto(GStrv) names = g_strsplit (only, ",", -1);

  *runs = 0;
  for (guint i = 0; names[i] != NULL; i++)
    {
      guint known = 0;

      while (known < G_N_ELEMENTS (run_names) && !g_str_equal (names[i], run_names[known]))
        known++;
      if (known == G_N_ELEMENTS (run_names))
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       "Unknown benchmark “%s” (ingest, search, list, startup, memory, "
                       "refresh, parse)", names[i]);
          return FALSE;
        }
      *runs |= 1 << known;
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
run_parse (Bench   *bench,
           guint    n_papers,
           GError **error)
{
  g_autofree char *file = g_build_filename (bench->dir, "parse.xml", NULL);
  gboolean ok;

  n_papers = MIN (n_papers, BATCH_PAPERS);
  g_printerr ("Writing %u papers to %s to parse\n", n_papers, file);
  if (!bench_corpus_write_atom (bench->corpus, file, 0, n_papers, error))
    return FALSE;
  ok = time_parse (file, n_papers, error);
  g_remove (file);

  return ok;
}

static gboolean
run (Bench       *bench,
     int          n_papers,
     const char  *only,
     guint        n_runs,
     GError     **error)
{
  Runs runs = RUN_ALL;
  gint64 count;

  if (only != NULL && !parse_only (only, &runs, error))
    return FALSE;
  if (!count_papers (bench->library, &count, error))
    return FALSE;
  if (only == NULL && count >= n_papers)
    {
      g_printerr ("The library holds %" G_GINT64_FORMAT " papers already; no ingest\n", count);
      runs &= ~RUN_INGEST;
    }

  bench->corpus = bench_corpus_new (CORPUS_SEED);
  /* The parse runs in this process, after the imports: a child's peak memory counts what
   * it shared with this process when it was forked. */
  return (!(runs & RUN_INGEST) || run_ingest (bench, n_papers, error)) &&
         (!(runs & RUN_PARSE) || run_parse (bench, n_papers, error)) &&
         (!(runs & RUN_SEARCH) || bench_search_run (bench->corpus, bench->library, n_runs,
                                                    error)) &&
         (!(runs & RUN_LIST) || bench_paper_list_run (bench->library, error)) &&
         (!(runs & (RUN_STARTUP | RUN_MEMORY)) ||
          bench_window_run (bench->library, runs & RUN_STARTUP, runs & RUN_MEMORY, n_runs,
                            error)) &&
         (!(runs & RUN_REFRESH) || bench_refresh_run (bench->corpus, bench->dir, error));
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
    { "only", 0, 0, G_OPTION_ARG_STRING, &only, "Only these benchmarks",
      "parse,ingest,search,list,startup,memory,refresh" },
    { "dir", 0, 0, G_OPTION_ARG_FILENAME, &dir, "Keep the library in DIR", "DIR" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs of each search", "R" },
    { NULL }
  };
  gboolean ok;

  context = g_option_context_new ("— time Gleaner on a large library");
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
