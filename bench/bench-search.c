/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "bench-search"

#include "config.h"

#include "bench-search.h"
#include "bench-stats.h"
#include "bench-wait.h"

#include "gln-core.h"

#include <string.h>

/* Times the first page (20 ids) of a fixed mix of typed searches, the way the window asks
 * for it: gln_search_text_to_fts() on the typed text, then gln_store_query_ids_async(),
 * ranked by relevance and by date. The words come from the corpus's own ranks, so the mix
 * means the same on every library the corpus made. */

#define PAGE 20
#define PER_CLASS 5

typedef enum
{
  CLASS_COMMON,
  CLASS_MID,
  CLASS_RARE,
  CLASS_TWO,
  CLASS_THREE,
  CLASS_PREFIX,
  CLASS_PHRASE,
  CLASS_NOT,
  N_CLASSES
} QueryClass;

static const char * const class_names[N_CLASSES] = {
  "common", "mid", "rare", "two", "three", "prefix", "phrase", "not",
};

typedef struct
{
  QueryClass  class;
  char       *typed;
} Query;

static void
query_free (gpointer data)
{
  Query *query = data;

  g_free (query->typed);
  g_free (query);
}

static void
add_query (GPtrArray  *queries,
           QueryClass  class,
           char       *typed)
{
  Query *query = g_new0 (Query, 1);

  query->class = class;
  query->typed = typed;
  g_ptr_array_add (queries, query);
}

/* Words by rank joined with @separator: three ranks at most, 0 ends early. */
static char *
join_ranks (BenchCorpus *corpus,
            const guint  ranks[3],
            const char  *separator)
{
  GString *typed = g_string_new (NULL);

  for (guint i = 0; i < 3 && ranks[i] != 0; i++)
    {
      if (i > 0)
        g_string_append (typed, separator);
      g_string_append (typed, bench_corpus_get_word (corpus, ranks[i]));
    }

  return g_string_free (typed, FALSE);
}

static void
add_word_queries (GPtrArray   *queries,
                  BenchCorpus *corpus)
{
  static const guint ranks[][PER_CLASS][3] = {
    [CLASS_COMMON] = { { 1 }, { 3 }, { 7 }, { 12 }, { 20 } },
    [CLASS_MID] = { { 500 }, { 800 }, { 1100 }, { 1500 }, { 2000 } },
    [CLASS_RARE] = { { 20001 }, { 25000 }, { 30000 }, { 40000 }, { 49999 } },
    [CLASS_TWO] = { { 2, 600 }, { 5, 900 }, { 700, 1300 }, { 15, 30000 }, { 1, 2 } },
    [CLASS_THREE] = { { 1, 50, 700 }, { 4, 300, 1800 }, { 10, 1000, 25000 }, { 2, 3, 4 },
                      { 100, 200, 300 } },
    [CLASS_NOT] = { { 1, 2 }, { 3, 500 }, { 600, 1 }, { 8, 30000 }, { 1000, 5 } },
  };

  for (guint class = 0; class < N_CLASSES; class++)
    {
      const char *separator = class == CLASS_NOT ? " NOT " : " ";

      if (ranks[class][0][0] == 0)
        continue;
      for (guint i = 0; i < PER_CLASS; i++)
        add_query (queries, class, join_ranks (corpus, ranks[class][i], separator));
    }
}

/* "abc*" from the most frequent words long enough to have a shorter prefix. */
static void
add_prefix_queries (GPtrArray   *queries,
                    BenchCorpus *corpus)
{
  guint added = 0;

  for (guint rank = 1; rank <= BENCH_CORPUS_N_WORDS && added < PER_CLASS; rank++)
    {
      const char *word = bench_corpus_get_word (corpus, rank);

      if (strlen (word) < 4)
        continue;
      add_query (queries, CLASS_PREFIX, g_strdup_printf ("%.3s*", word));
      added++;
    }
}

/* Words 2 to 4 of the titles of papers spread over the library, quoted. */
static void
add_phrase_queries (GPtrArray   *queries,
                    BenchCorpus *corpus,
                    gint64       library)
{
  for (guint i = 0; i < PER_CLASS; i++)
    {
      g_autofree char *title = bench_corpus_dup_title (corpus, library * (i + 1) / (PER_CLASS + 1));
      g_auto(GStrv) words = g_strsplit (title, " ", -1);

      add_query (queries, CLASS_PHRASE,
                 g_strdup_printf ("\"%s %s %s\"", words[1], words[2], words[3]));
    }
}

static GPtrArray *
make_queries (BenchCorpus *corpus,
              gint64       library)
{
  GPtrArray *queries = g_ptr_array_new_with_free_func (query_free);

  add_word_queries (queries, corpus);
  add_prefix_queries (queries, corpus);
  add_phrase_queries (queries, corpus, library);

  return queries;
}

/* From the call to the first page in hand, main loop included, as the window waits. */
static gboolean
time_query (GlnStore      *store,
            const char    *typed,
            GlnQuerySort   sort,
            double        *ms,
            guint         *hits,
            GError       **error)
{
  g_autoptr(GlnQuery) query = gln_query_new ();
  g_autoptr(GArray) ids = NULL;
  gint64 start;

  query->text = gln_search_text_to_fts (typed);
  query->sort = sort;
  query->limit = PAGE;

  start = g_get_monotonic_time ();
  ids = bench_query_ids (store, query, error);
  *ms = (g_get_monotonic_time () - start) / 1000.0;
  if (ids == NULL)
    return FALSE;
  *hits = ids->len;

  return TRUE;
}

static void
print_figures (gint64      library,
               const char *sort,
               const char *class,
               guint       n_queries,
               guint       runs,
               GArray     *ms)
{
  g_autofree char *class_field = NULL;

  g_array_sort (ms, bench_compare_doubles);
  if (class != NULL)
    class_field = g_strdup_printf (",\"class\":\"%s\"", class);
  g_print ("{\"bench\":\"search\",\"library\":%" G_GINT64_FORMAT ",\"sort\":\"%s\"%s,"
           "\"queries\":%u,\"runs\":%u,\"p50_ms\":%.2f,\"p95_ms\":%.2f,\"max_ms\":%.2f}\n",
           library, sort, class_field != NULL ? class_field : "", n_queries, runs,
           bench_percentile (ms, 0.5), bench_percentile (ms, 0.95),
           g_array_index (ms, double, ms->len - 1));
}

/* Every query @runs times in one order; the first run names each query and its hits on
 * stderr, so an empty result shows. */
static gboolean
run_sort (GlnStore     *store,
          GPtrArray    *queries,
          GlnQuerySort  sort,
          guint         runs,
          GArray       *by_class[N_CLASSES],
          GArray       *all,
          GError      **error)
{
  for (guint run = 0; run < runs; run++)
    for (guint i = 0; i < queries->len; i++)
      {
        Query *query = g_ptr_array_index (queries, i);
        double ms;
        guint hits;

        if (!time_query (store, query->typed, sort, &ms, &hits, error))
          {
            g_prefix_error (error, "Searching “%s”: ", query->typed);
            return FALSE;
          }
        if (run == 0)
          g_printerr ("  %-6s %-40s %2u ids %8.2f ms\n", class_names[query->class],
                      query->typed, hits, ms);
        g_array_append_val (by_class[query->class], ms);
        g_array_append_val (all, ms);
      }

  return TRUE;
}

static gboolean
bench_sort (GlnStore     *store,
            GPtrArray    *queries,
            gint64        library,
            GlnQuerySort  sort,
            const char   *sort_name,
            guint         runs,
            GError      **error)
{
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (double));
  GArray *by_class[N_CLASSES];
  gboolean ok;

  for (guint class = 0; class < N_CLASSES; class++)
    by_class[class] = g_array_new (FALSE, FALSE, sizeof (double));

  g_printerr ("Searching, sorted by %s\n", sort_name);
  ok = run_sort (store, queries, sort, runs, by_class, all, error);
  if (ok)
    {
      print_figures (library, sort_name, NULL, queries->len, runs, all);
      for (guint class = 0; class < N_CLASSES; class++)
        print_figures (library, sort_name, class_names[class], by_class[class]->len / runs,
                       runs, by_class[class]);
    }

  for (guint class = 0; class < N_CLASSES; class++)
    g_array_unref (by_class[class]);

  return ok;
}

gboolean
bench_search_run (BenchCorpus  *corpus,
                  const char   *library,
                  guint         runs,
                  GError      **error)
{
  g_autoptr(GlnStore) store = NULL;
  g_autoptr(GPtrArray) queries = NULL;
  gint64 n_papers;

  if ((store = gln_store_open_sync (library, error)) == NULL)
    return FALSE;
  if ((n_papers = bench_count_papers (store, error)) < 0)
    return FALSE;
  if (n_papers == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   "%s holds no papers to search; run the ingest first", library);
      return FALSE;
    }

  queries = make_queries (corpus, n_papers);
  return bench_sort (store, queries, n_papers, GLN_QUERY_SORT_RELEVANCE, "relevance", runs,
                     error) &&
         bench_sort (store, queries, n_papers, GLN_QUERY_SORT_PUBLISHED, "published", runs,
                     error);
}
