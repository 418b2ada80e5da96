/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "gln-core.h"
#include "gln-test-citations.h"
#include "gln-test-server.h"
#include "gln-test-store.h"
#include "gln-test-utils.h"

#include <string.h>

/* A citation search from a review collection, against the loopback server serving the real
 * Semantic Scholar samples: links stored once, papers the library has gaining links instead
 * of copies, candidates queued with their provenance, and a search taken up again after a
 * restart without repeating a request. */

#define REVIEW "Review"

typedef struct
{
  GlnTestServer *server;
  GlnFetcher    *fetcher;
  char          *path;
  GlnStore      *store;
  gint64         collection;
  GlnPaper      *seeds[3];
  gint64         known_doi;
  gint64         known_arxiv;
} Fixture;

static GlnPaper *
new_paper (const char *title,
           const char *doi,
           const char *arxiv_id,
           const char *extra)
{
  GlnPaper *paper = gln_test_paper_new (title, doi, arxiv_id, "bibtex");

  gln_paper_set_extra (paper, extra);

  return paper;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) papers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GlnImportResult) result = NULL;
  g_autoptr(GPtrArray) stored = NULL;

  fixture->server = gln_test_server_new ();
  gln_test_serve_semantic_scholar (fixture->server);
  fixture->fetcher = gln_fetcher_new ();
  gln_fetcher_set_min_interval (fixture->fetcher, "semanticscholar", 5);
  gln_fetcher_set_min_interval (fixture->fetcher, "openalex", 5);
  gln_fetcher_set_retries (fixture->fetcher, 0, 0);
  fixture->path = gln_test_tmp_db_path ();
  fixture->store = gln_store_open_sync (fixture->path, NULL);
  g_assert_nonnull (fixture->store);

  /* The three papers of the review, asked for by DOI, DOI and corpus id; and two papers the
   * library already has, that the searches will find again (by DOI and by arXiv id). */
  g_ptr_array_add (papers, new_paper ("Six Randomized Evaluations of Microcredit",
                                      "10.2139/ssrn.2250500", NULL, NULL));
  g_ptr_array_add (papers, new_paper ("Computing Machinery and Intelligence",
                                      GLN_TEST_S2_TURING_DOI, NULL, NULL));
  g_ptr_array_add (papers, new_paper ("The Miracle of Microfinance?", NULL, NULL,
                                      "{\"CorpusId\": 14514057}"));
  g_ptr_array_add (papers, new_paper ("Calculating instruments (my copy)", "10.2307/3610576",
                                      NULL, NULL));
  g_ptr_array_add (papers, new_paper ("A preprint I keep", NULL, "2405.19561", NULL));
  result = gln_test_store_import (fixture->store, papers, 0);
  stored = gln_test_store_papers (fixture->store, result);
  for (guint i = 0; i < 3; i++)
    fixture->seeds[i] = g_object_ref (g_ptr_array_index (stored, i));
  fixture->known_doi = gln_paper_get_id (g_ptr_array_index (stored, 3));
  fixture->known_arxiv = gln_paper_get_id (g_ptr_array_index (stored, 4));

  g_ptr_array_set_size (stored, 3);
  fixture->collection = gln_test_store_create_collection (fixture->store, REVIEW, stored);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(GlnScreeningChange) change = NULL;

      gln_store_screen_async (fixture->store, fixture->collection,
                              gln_paper_get_id (fixture->seeds[i]), GLN_SCREENING_INCLUDE, NULL,
                              NULL, gln_test_ready_cb, NULL);
      change = gln_store_screening_finish (fixture->store, gln_test_wait (), NULL);
      g_assert_nonnull (change);
    }
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  for (guint i = 0; i < 3; i++)
    g_clear_object (&fixture->seeds[i]);
  gln_test_store_close (g_steal_pointer (&fixture->store));
  g_clear_object (&fixture->fetcher);
  g_clear_pointer (&fixture->server, gln_test_server_free);
  g_free (fixture->path);
}

typedef struct
{
  GCancellable *cancellable;
  guint         cancel_after;
} Canceller;

static void
progress_cb (GlnCitationSearch *search,
             gpointer           user_data)
{
  Canceller *canceller = user_data;

  if (gln_citation_search_get_progress (search)->requests >= canceller->cancel_after)
    g_cancellable_cancel (canceller->cancellable);
}

/* How a test configures the search beyond its defaults. */
typedef struct
{
  const char         *openalex_key;
  GlnCitationService  service;
  int                 depth;
  guint               max_candidates;
} SearchOptions;

static gboolean
run_search_full (Fixture                 *fixture,
                 GlnPaper                *from,
                 GlnCitationSearchFlags   flags,
                 guint                    cancel_after,
                 const SearchOptions     *options,
                 GlnCitationProgress     *progress,
                 GError                 **error)
{
  g_autoptr(GlnCitationSearch) search = gln_citation_search_new (fixture->store,
                                                                 fixture->fetcher);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  Canceller canceller = { cancellable, cancel_after };
  gint64 from_id = from != NULL ? gln_paper_get_id (from) : 0;
  gboolean ok;

  if (cancel_after > 0)
    g_signal_connect (search, "progress", G_CALLBACK (progress_cb), &canceller);
  if (options != NULL)
    {
      gln_citation_search_set_openalex_key (search, options->openalex_key);
      gln_citation_search_set_service (search, options->service);
      gln_citation_search_set_max_candidates (search, options->max_candidates);
    }
  gln_citation_search_run_async (search, fixture->collection, from ? &from_id : NULL,
                                 from ? 1 : 0, flags,
                                 options != NULL && options->depth > 0 ? options->depth : 1,
                                 cancellable, gln_test_ready_cb, NULL);
  ok = gln_citation_search_run_finish (search, gln_test_wait (), error);
  if (progress != NULL)
    *progress = *gln_citation_search_get_progress (search);

  return ok;
}

static gboolean
run_search (Fixture                 *fixture,
            GlnPaper                *from,
            GlnCitationSearchFlags   flags,
            guint                    cancel_after,
            GlnCitationProgress     *progress,
            GError                 **error)
{
  return run_search_full (fixture, from, flags, cancel_after, NULL, progress, error);
}

static GPtrArray *
list_links (GlnStore             *store,
            gint64                paper_id,
            GlnCitationDirection  direction)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *links;

  gln_store_list_citations_async (store, paper_id, direction, NULL, gln_test_ready_cb, NULL);
  links = gln_store_list_citations_finish (store, gln_test_wait (), &error);
  g_assert_no_error (error);

  return links;
}

static GlnCitation *
find_link (GPtrArray  *links,
           gint64      paper_id,
           const char *title)
{
  for (guint i = 0; i < links->len; i++)
    {
      GlnCitation *link = g_ptr_array_index (links, i);

      if ((paper_id > 0 && link->paper_id == paper_id) ||
          (title != NULL && g_strcmp0 (link->title, title) == 0))
        return link;
    }

  return NULL;
}

static GlnBoardState *
load_board (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  GlnBoardState *state;

  gln_store_load_board_async (fixture->store, fixture->collection, NULL, gln_test_ready_cb, NULL);
  state = gln_store_load_board_finish (fixture->store, gln_test_wait (), &error);
  g_assert_no_error (error);

  return state;
}

/* Backward from the three included papers: their references become links (a record
 * without a paperId by its title) and candidates in the queue, each with the paper that
 * cites it; a paper the library had gains a link and stays one paper. */
static void
test_backward_chase (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) links = NULL;
  g_autoptr(GPtrArray) provenance = NULL;
  g_autoptr(GlnBoardState) state = NULL;
  g_autoptr(GlnPaper) known = NULL;
  g_autoptr(GlnPaper) found = NULL;
  g_autoptr(GError) error = NULL;
  GlnCitationProgress progress;
  GlnCitation *link;
  guint n_by_title = 0, n_via_turing = 0;

  g_assert_true (run_search (fixture, NULL, GLN_CITATION_SEARCH_BACKWARD, 0, &progress, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (progress.total, ==, 3);
  g_assert_cmpuint (progress.done, ==, 3);
  /* Two pages for the first paper, one for Turing's; the third has no references served. */
  g_assert_cmpuint (gln_test_server_count_requests (fixture->server, GLN_TEST_S2_REFERENCES_PATH),
                    ==, 2);
  g_assert_cmpuint (gln_test_server_count_requests (fixture->server,
                                                    GLN_TEST_S2_TURING_PATH "/references"), ==, 1);

  links = list_links (fixture->store, gln_paper_get_id (fixture->seeds[0]),
                      GLN_CITATION_REFERENCES);
  for (guint i = 0; i < links->len; i++)
    n_by_title += ((GlnCitation *) g_ptr_array_index (links, i))->paper_id == 0;
  g_assert_cmpuint (links->len, >=, 60);
  g_assert_cmpuint (n_by_title, >, 0);
  g_clear_pointer (&links, g_ptr_array_unref);

  /* The paper the library had by DOI: linked, not copied, its title the user's. */
  links = list_links (fixture->store, gln_paper_get_id (fixture->seeds[1]),
                      GLN_CITATION_REFERENCES);
  g_assert_cmpuint (links->len, ==, 14);
  link = find_link (links, fixture->known_doi, NULL);
  g_assert_nonnull (link);
  g_assert_cmpstr (link->title, ==, "Calculating instruments (my copy)");
  g_assert_null (find_link (links, 0, "Calculating Instruments and Machines"));
  g_clear_pointer (&links, g_ptr_array_unref);
  links = list_links (fixture->store, fixture->known_doi, GLN_CITATION_CITATIONS);
  g_assert_cmpuint (links->len, ==, 1);
  g_assert_cmpint (((GlnCitation *) links->pdata[0])->paper_id, ==,
                   gln_paper_get_id (fixture->seeds[1]));

  /* Found papers new to the library are stored read: they wait in the queue, not the
   * Inbox. The paper the library had keeps its own state. */
  known = gln_test_store_find (fixture->store, "doi:10.2307/3610576");
  g_assert_false (gln_paper_get_read (known));

  /* Every linked reference is a candidate of the collection, unscreened, with provenance. */
  state = load_board (fixture);
  g_assert_cmpuint (state->info->n_papers, >, 3 + 14 + 30);
  g_assert_cmpuint (state->summary->counts[GLN_SCREENING_INCLUDE], ==, 3);
  g_assert_cmpuint (state->summary->counts[GLN_SCREENING_UNSCREENED], ==,
                    state->info->n_papers - 3);
  gln_store_list_provenance_async (fixture->store, fixture->collection, NULL,
                                   gln_test_ready_cb, NULL);
  provenance = gln_store_list_citations_finish (fixture->store, gln_test_wait (), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < provenance->len; i++)
    {
      GlnCitation *entry = g_ptr_array_index (provenance, i);

      g_assert_cmpint (entry->direction, ==, GLN_CITATION_REFERENCES);
      if (entry->via_id == gln_paper_get_id (fixture->seeds[1]))
        {
          n_via_turing++;
          g_assert_cmpstr (entry->title, ==, "Computing Machinery and Intelligence");
        }
    }
  /* Paper.json's references: 8 the service matched, 6 known by their titles only. */
  g_assert_cmpuint (n_via_turing, ==, 8);
  g_assert_nonnull (find_link (provenance, fixture->known_doi, NULL));

  for (guint i = 0; i < provenance->len; i++)
    {
      GlnCitation *entry = g_ptr_array_index (provenance, i);

      if (entry->paper_id != fixture->known_doi)
        {
          g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, entry->paper_id);

          found = gln_test_store_find (fixture->store, id);
          g_assert_true (gln_paper_get_read (found));
          break;
        }
    }
}

/* Forward from Turing's paper, cancelled after three answers, the library closed and
 * opened again: the search goes on with the fourth page and never asks for an answered
 * one again. A preprint the library had by its arXiv id gains the link. */
static void
test_resume (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) second = NULL;
  g_autoptr(GHashTable) offsets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) links = NULL;
  g_autoptr(GError) error = NULL;
  GlnCitationProgress progress;
  gint64 turing = gln_paper_get_id (fixture->seeds[1]);

  g_assert_false (run_search (fixture, fixture->seeds[1], GLN_CITATION_SEARCH_FORWARD, 3,
                              &progress, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  first = gln_test_server_dup_requests (fixture->server);
  g_assert_cmpuint (first->len, >=, 3);
  g_assert_cmpuint (first->len, <, 10);

  gln_test_store_close (g_steal_pointer (&fixture->store));
  fixture->store = gln_store_open_sync (fixture->path, &error);
  g_assert_no_error (error);
  gln_test_server_clear_requests (fixture->server);

  g_assert_true (run_search (fixture, fixture->seeds[1], GLN_CITATION_SEARCH_FORWARD, 0,
                             &progress, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (progress.done, ==, progress.total);
  second = gln_test_server_dup_requests (fixture->server);

  /* Each of the ten pages asked for once across both runs. */
  for (guint run = 0; run < 2; run++)
    {
      GPtrArray *requests = run == 0 ? first : second;

      for (guint i = 0; i < requests->len; i++)
        {
          GlnTestRequest *request = g_ptr_array_index (requests, i);
          g_autoptr(GHashTable) query = g_uri_parse_params (request->query, -1, "&",
                                                            G_URI_PARAMS_NONE, NULL);

          g_assert_cmpstr (request->path, ==, GLN_TEST_S2_TURING_PATH "/citations");
          g_assert_true (g_hash_table_add (offsets,
                                           g_strdup (g_hash_table_lookup (query, "offset"))));
        }
    }
  g_assert_cmpuint (g_hash_table_size (offsets), ==, 10);
  g_assert_cmpuint (first->len + second->len, ==, 10);

  links = list_links (fixture->store, turing, GLN_CITATION_CITATIONS);
  g_assert_cmpuint (links->len, ==, 1000);
  g_assert_nonnull (find_link (links, fixture->known_arxiv, NULL));
}

#define OPENALEX_KEY    "oa-test-key"
#define OPENALEX_LOOKUP "/works/doi:" GLN_TEST_S2_TURING_DOI
#define OPENALEX_TURING "W2104093071"

static void
serve_openalex_file (GlnTestServer *server,
                     const char    *route,
                     const char    *file)
{
  g_autofree char *path = gln_test_data_path ("openalex", file, NULL);

  gln_test_server_respond_file (server, route, "application/json", path);
}

/* OpenAlex's answers about Turing's paper, each only to a request with the key. */
static GlnTestServer *
serve_openalex (void)
{
  GlnTestServer *server = gln_test_server_new ();

  g_setenv ("GLEANER_BASE_URL_OPENALEX", gln_test_server_get_url (server), TRUE);
  serve_openalex_file (server, OPENALEX_LOOKUP "?api_key=" OPENALEX_KEY, "turing-work.json");
  serve_openalex_file (server, "/works?filter=cites:" OPENALEX_TURING "&cursor=*&api_key="
                       OPENALEX_KEY, "turing-citations-1.json");
  serve_openalex_file (server, "/works?filter=cites:" OPENALEX_TURING
                       "&cursor=IlsyMDAyLCAnaHR0cHM6Ly9vcGVuYWxleC5vcmcvVzMwMDAwMDAwMjInXSI="
                       "&api_key=" OPENALEX_KEY, "turing-citations-2.json");
  return server;
}

/* The ids of a batch request's `filter=openalex:W1|W2|…`, or %NULL for another request. */
static GStrv
batch_ids (GlnTestRequest *request)
{
  g_autoptr(GHashTable) query = g_uri_parse_params (request->query, -1, "&", G_URI_PARAMS_NONE,
                                                    NULL);
  const char *filter = g_hash_table_lookup (query, "filter");

  if (filter == NULL || !g_str_has_prefix (filter, "openalex:"))
    return NULL;
  return g_strsplit (filter + strlen ("openalex:"), "|", -1);
}

/* Semantic Scholar does not know the paper (a 404): with an OpenAlex key, its references
 * come from OpenAlex, asked for by id 50 at a time, the key in every request. Found papers
 * the library has (by DOI, by arXiv id) gain links; stopped after the lookup and started
 * again, the search does not look the paper up again. */
static void
test_openalex_fallback (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GlnTestServer) openalex = serve_openalex ();
  g_autoptr(GPtrArray) requests = NULL;
  g_autoptr(GPtrArray) links = NULL;
  g_autoptr(GError) error = NULL;
  SearchOptions options = { OPENALEX_KEY, GLN_CITATION_SERVICE_AUTO, 1, 0 };
  g_autoptr(GHashTable) asked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GlnCitationProgress progress;
  GlnCitation *link;
  guint n_batches = 0, n_lookups = 0;

  /* Every request goes to the OpenAlex server, which answers Semantic Scholar with 404s. */
  g_setenv ("GLEANER_BASE_URL_SEMANTIC_SCHOLAR", gln_test_server_get_url (openalex), TRUE);
  g_assert_false (run_search_full (fixture, fixture->seeds[1], GLN_CITATION_SEARCH_BACKWARD, 1,
                                   &options, &progress, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  /* The batches are served only now: the first run stopped after the lookup. */
  requests = gln_test_server_dup_requests (openalex);
  for (guint i = 0; i < requests->len; i++)
    {
      GlnTestRequest *request = g_ptr_array_index (requests, i);
      g_auto(GStrv) ids = batch_ids (request);

      g_assert_null (ids);
    }
  g_clear_pointer (&requests, g_ptr_array_unref);
  serve_openalex_file (openalex, "/works?api_key=" OPENALEX_KEY,
                       "turing-references-1.json");
  serve_openalex_file (openalex, "/works?filter=openalex:W2100001850|W2100001887&api_key="
                       OPENALEX_KEY, "turing-references-2.json");
  g_assert_true (run_search_full (fixture, fixture->seeds[1], GLN_CITATION_SEARCH_BACKWARD, 0,
                                  &options, &progress, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (progress.done, ==, progress.total);

  requests = gln_test_server_dup_requests (openalex);
  for (guint i = 0; i < requests->len; i++)
    {
      GlnTestRequest *request = g_ptr_array_index (requests, i);
      g_auto(GStrv) ids = batch_ids (request);

      if (g_str_has_prefix (request->path, "/graph/"))
        continue;
      g_assert_nonnull (strstr (request->query, "api_key=" OPENALEX_KEY));
      n_lookups += g_str_equal (request->path, OPENALEX_LOOKUP);
      if (ids == NULL)
        continue;
      n_batches++;
      g_assert_cmpuint (g_strv_length (ids), <=, 50);
      for (guint j = 0; ids[j] != NULL; j++)
        g_assert_true (g_hash_table_add (asked, g_strdup (ids[j])));
    }
  g_assert_cmpuint (n_lookups, ==, 1);
  g_assert_cmpuint (n_batches, ==, 2);
  g_assert_cmpuint (g_hash_table_size (asked), ==, 52);

  links = list_links (fixture->store, gln_paper_get_id (fixture->seeds[1]),
                      GLN_CITATION_REFERENCES);
  g_assert_cmpuint (links->len, ==, 52);
  link = find_link (links, fixture->known_doi, NULL);
  g_assert_nonnull (link);
  g_assert_cmpstr (link->title, ==, "Calculating instruments (my copy)");
  g_assert_nonnull (find_link (links, fixture->known_arxiv, NULL));
  g_assert_null (find_link (links, 0, "Calculating Instruments and Machines"));
}

/* OpenAlex chosen: the citing works come by cursor, a 429 waited out, and Semantic Scholar
 * is not asked. Without a key, choosing OpenAlex fails at once. */
static void
test_openalex_forward (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GlnTestServer) openalex = serve_openalex ();
  g_autoptr(GBytes) busy = g_bytes_new_static ("{\"error\": \"Too many requests\"}", 31);
  g_autoptr(GPtrArray) requests = NULL;
  g_autoptr(GPtrArray) links = NULL;
  g_autoptr(GError) error = NULL;
  SearchOptions options = { NULL, GLN_CITATION_SERVICE_OPENALEX, 1, 0 };
  GlnCitationProgress progress;
  guint n_first = 0;

  g_assert_false (run_search_full (fixture, fixture->seeds[1], GLN_CITATION_SEARCH_FORWARD, 0,
                                   &options, &progress, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpuint (gln_test_server_count_requests (openalex, OPENALEX_LOOKUP), ==, 0);

  /* A fresh route whose first answer is a 429. */
  gln_test_server_respond (openalex, "/works?filter=cites:" OPENALEX_TURING
                           "&cursor=*&api_key=" OPENALEX_KEY "&per-page=100", 429,
                           "application/json", busy, "Retry-After", "1", NULL);
  serve_openalex_file (openalex, "/works?filter=cites:" OPENALEX_TURING
                       "&cursor=*&api_key=" OPENALEX_KEY "&per-page=100",
                       "turing-citations-1.json");
  gln_fetcher_set_retries (fixture->fetcher, 2, 10);
  options.openalex_key = OPENALEX_KEY;
  g_assert_true (run_search_full (fixture, fixture->seeds[1], GLN_CITATION_SEARCH_FORWARD, 0,
                                  &options, &progress, &error));
  g_assert_no_error (error);

  requests = gln_test_server_dup_requests (openalex);
  for (guint i = 0; i < requests->len; i++)
    {
      GlnTestRequest *request = g_ptr_array_index (requests, i);

      g_assert_false (g_str_has_prefix (request->path, "/graph/"));
      g_assert_nonnull (strstr (request->query, "api_key=" OPENALEX_KEY));
      n_first += strstr (request->query, "cursor=*") != NULL ||
                 strstr (request->query, "cursor=%2A") != NULL;
    }
  /* Lookup, the first page twice (429, then its answer), the second page. */
  g_assert_cmpuint (requests->len, ==, 4);
  g_assert_cmpuint (n_first, ==, 2);
  g_assert_cmpuint (gln_test_server_count_requests (fixture->server,
                                                    GLN_TEST_S2_TURING_PATH "/citations"), ==, 0);

  links = list_links (fixture->store, gln_paper_get_id (fixture->seeds[1]),
                      GLN_CITATION_CITATIONS);
  g_assert_cmpuint (links->len, ==, 5);
  g_assert_nonnull (find_link (links, 0, "Finite Codes: Note 103"));
  g_assert_cmpuint (progress.found, ==, 5);
}

/* Two levels forward from a paper with 1,000 citations, the limit set at 250: the search
 * stops at 250 candidates, says so, and asks for nothing more, not even the second level. */
static void
test_depth_cap (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GlnBoardState) state = NULL;
  g_autoptr(GPtrArray) requests = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  SearchOptions options = { NULL, GLN_CITATION_SERVICE_AUTO, 2, 250 };
  GlnCitationProgress progress;

  g_assert_true (run_search_full (fixture, fixture->seeds[1], GLN_CITATION_SEARCH_FORWARD, 0,
                                  &options, &progress, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (progress.capped, ==, 250);
  g_assert_cmpuint (progress.found, ==, 250);
  g_assert_cmpuint (progress.done, ==, progress.total);
  text = gln_citation_progress_dup_text (&progress);
  g_assert_nonnull (strstr (text, "stopped at 250 candidates"));

  /* Three pages of 100 made the 250; nothing of the second level was asked for. */
  g_assert_cmpuint (progress.requests, ==, 3);
  g_assert_cmpuint (gln_test_server_count_requests (fixture->server,
                                                    GLN_TEST_S2_TURING_PATH "/citations"), ==, 3);
  requests = gln_test_server_dup_requests (fixture->server);
  g_assert_cmpuint (requests->len, ==, 3);

  state = load_board (fixture);
  g_assert_cmpuint (state->info->n_papers, ==, 3 + 250);

  /* Run again, it is done: no request. */
  gln_test_server_clear_requests (fixture->server);
  g_assert_true (run_search_full (fixture, fixture->seeds[1], GLN_CITATION_SEARCH_FORWARD, 0,
                                  &options, &progress, &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  gln_test_add_shared ("/gln/citation-search/backward-chase", Fixture, NULL, fixture_set_up,
                       test_backward_chase, fixture_tear_down);
  gln_test_add_shared ("/gln/citation-search/resume", Fixture, NULL, fixture_set_up,
                       test_resume, fixture_tear_down);

  gln_test_add_shared ("/gln/citation-search/openalex-fallback", Fixture, NULL, fixture_set_up,
                       test_openalex_fallback, fixture_tear_down);
  gln_test_add_shared ("/gln/citation-search/openalex-forward", Fixture, NULL, fixture_set_up,
                       test_openalex_forward, fixture_tear_down);
  gln_test_add_shared ("/gln/citation-search/depth-cap", Fixture, NULL, fixture_set_up,
                       test_depth_cap, fixture_tear_down);

  return g_test_run ();
}
