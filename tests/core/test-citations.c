/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "gln-citation-fetch.h"
#include "gln-openalex-citations.h"
#include "gln-semantic-scholar.h"
#include "gln-test-cassette.h"
#include "gln-test-citations.h"
#include "gln-test-server.h"
#include "gln-test-utils.h"

#include <string.h>

/* Semantic Scholar's references and citations: the parser on the real responses, and the
 * pages fetched from a loopback server serving them. */

typedef struct
{
  GlnTestServer *server;
  GlnFetcher    *fetcher;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->server = gln_test_server_new ();
  gln_test_serve_semantic_scholar (fixture->server);
  fixture->fetcher = gln_fetcher_new ();
  gln_fetcher_set_min_interval (fixture->fetcher, "semanticscholar", 20);
  g_unsetenv ("GLEANER_SEMANTIC_SCHOLAR_API_KEY");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->fetcher);
  g_clear_pointer (&fixture->server, gln_test_server_free);
}

static guint
count_unlinked (GlnCitationPage *page)
{
  guint n = 0;

  for (guint i = 0; i < page->papers->len; i++)
    n += !gln_citation_page_is_linked (page, i);

  return n;
}

static GPtrArray *
load_cassette (const char *name)
{
  g_autofree char *path = gln_test_shared_path ("samples", "semantic-scholar", name, NULL);

  return gln_test_cassette_load (path);
}

/* Two pages: the first says where the next starts, the second ends the list; a record the
 * service could not match (paperId null) is kept by its title, not as a paper. */
static void
test_parse_references (void)
{
  g_autoptr(GPtrArray) pages = load_cassette ("test_get_paper_references.yaml");
  guint n_null = 0, n_unlinked = 0, n_papers = 0;

  g_assert_cmpuint (pages->len, ==, 2);
  for (guint i = 0; i < pages->len; i++)
    {
      GlnTestInteraction *interaction = g_ptr_array_index (pages, i);
      g_autoptr(GlnCitationPage) page = NULL;
      g_autoptr(GError) error = NULL;
      const char *text = g_bytes_get_data (interaction->body, NULL);

      for (const char *p = text; (p = strstr (p, "\"paperId\": null")) != NULL; p++)
        n_null++;
      page = gln_semantic_scholar_parse_page (interaction->body, GLN_CITATION_REFERENCES,
                                              &error);
      g_assert_no_error (error);
      g_assert_cmpint (page->offset, ==, i * 50);
      g_assert_cmpint (page->next, ==, i == 0 ? 50 : -1);
      n_unlinked += count_unlinked (page);
      n_papers += page->papers->len;
      for (guint j = 0; j < page->papers->len; j++)
        {
          GlnPaper *paper = g_ptr_array_index (page->papers, j);

          g_assert_nonnull (gln_paper_get_title (paper));
          if (!gln_citation_page_is_linked (page, j))
            g_assert_true (g_str_has_prefix (gln_paper_get_key (paper), "title:"));
        }
    }

  g_assert_cmpuint (n_null, >, 0);
  g_assert_cmpuint (n_unlinked, ==, n_null);
  g_assert_cmpuint (n_papers, ==, 67);
}

/* A full record: its 14 references with DOIs, its citations with arXiv ids as arXiv keys
 * (never the arXiv DOI), and the service's own ids kept for later requests. */
static void
test_parse_paper (void)
{
  g_autofree char *path = gln_test_shared_path ("samples", "semantic-scholar", "Paper.json", NULL);
  g_autoptr(GBytes) body = gln_test_load_bytes (path);
  g_autoptr(GlnCitationPage) references = NULL;
  g_autoptr(GlnCitationPage) citations = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  guint n_arxiv = 0;
  GlnPaper *first;

  references = gln_semantic_scholar_parse_paper (body, GLN_CITATION_REFERENCES, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (references->papers->len, ==, 14);
  first = g_ptr_array_index (references->papers, 0);
  g_assert_cmpstr (gln_paper_get_key (first), ==, "doi:10.2307/3610576");
  g_assert_cmpstr (gln_paper_get_title (first), ==, "Calculating Instruments and Machines");
  g_assert_cmpstr (gln_paper_get_published (first), ==, "1951-02-01");
  g_assert_cmpstr (gln_paper_get_authors (first)[0], ==, "D. Hartree");
  g_assert_nonnull (strstr (gln_paper_get_extra (first), "58879058"));

  citations = gln_semantic_scholar_parse_paper (body, GLN_CITATION_CITATIONS, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (citations->papers->len, ==, 1000);
  for (guint i = 0; i < citations->papers->len; i++)
    {
      GlnPaper *paper = g_ptr_array_index (citations->papers, i);

      if (gln_paper_get_arxiv_id (paper) == NULL)
        continue;
      n_arxiv++;
      g_assert_true (g_str_has_prefix (gln_paper_get_key (paper), "arxiv:"));
      g_assert_false (g_str_has_prefix (gln_paper_get_doi (paper) ? gln_paper_get_doi (paper)
                                                                   : "", "10.48550/"));
      g_clear_pointer (&id, g_free);
      id = gln_semantic_scholar_dup_paper_id (paper);
      g_assert_true (g_str_has_prefix (id, "arXiv:"));
    }
  g_assert_cmpuint (n_arxiv, >, 100);
}

static void
test_parse_errors (void)
{
  static const char * const bodies[] = {
    "{\"error\": \"Paper with id 0 not found\"}", "[1, 2]", "{\"data\": 3}", "not json",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bodies); i++)
    {
      g_autoptr(GBytes) body = g_bytes_new_static (bodies[i], strlen (bodies[i]));
      g_autoptr(GlnCitationPage) page = NULL;
      g_autoptr(GError) error = NULL;

      page = gln_semantic_scholar_parse_page (body, GLN_CITATION_CITATIONS, &error);
      g_assert_null (page);
      g_assert_error (error, GLN_PARSE_ERROR, (i == 0 ? GLN_PARSE_ERROR_SERVICE
                                                       : GLN_PARSE_ERROR_INVALID));
    }
}

static GlnCitationPage *
parse_openalex (const char           *file,
                GlnCitationDirection  direction,
                const char           *cursor)
{
  g_autofree char *path = gln_test_data_path ("openalex", file, NULL);
  g_autoptr(GBytes) body = gln_test_load_bytes (path);
  g_autoptr(GError) error = NULL;
  GlnCitationPage *page;

  page = gln_openalex_citations_parse (body, direction, cursor, &error);
  g_assert_no_error (error);
  g_assert_nonnull (page);

  return page;
}

static char *
path_and_query (const char *url)
{
  g_autoptr(GUri) uri = g_uri_parse (url, G_URI_FLAGS_ENCODED, NULL);

  g_assert_nonnull (uri);
  return g_strconcat (g_uri_get_path (uri), "?", g_uri_get_query (uri), NULL);
}

/* OpenAlex, request by request: the lookup names what to ask next (the 52 references, 50
 * then 2; or the cursor walk of the citing works), each page the rest; the requests carry
 * the key and ask for a paper by DOI, arXiv's DOI or its own id. */
static void
test_parse_openalex (void)
{
  g_autoptr(GlnPaper) paper = gln_paper_new ();
  g_autoptr(GlnPaper) preprint = gln_paper_new ();
  g_autoptr(GlnPaper) nothing = gln_paper_new ();
  g_autoptr(GlnCitationPage) lookup = NULL;
  g_autoptr(GlnCitationPage) first = NULL;
  g_autoptr(GlnCitationPage) last = NULL;
  g_autoptr(GlnCitationPage) citing = NULL;
  g_autoptr(GlnCitationPage) end = NULL;
  g_autofree char *url = NULL;
  g_autofree char *request = NULL;
  g_auto(GStrv) ids = NULL;

  gln_paper_set_doi (paper, "10.1093/mind/lix.236.433");
  url = gln_openalex_citations_dup_url (paper, GLN_CITATION_REFERENCES, NULL, "k&y");
  request = path_and_query (url);
  g_assert_cmpstr (request, ==, "/works/doi:10.1093/mind/lix.236.433"
                                "?select=id,referenced_works&api_key=k%26y");
  g_clear_pointer (&url, g_free);
  g_clear_pointer (&request, g_free);
  gln_paper_set_arxiv_id (preprint, "2405.19561");
  url = gln_openalex_citations_dup_url (preprint, GLN_CITATION_CITATIONS, NULL, NULL);
  g_assert_nonnull (strstr (url, "/works/doi:10.48550/arXiv.2405.19561?"));
  g_clear_pointer (&url, g_free);
  g_assert_null (gln_openalex_citations_dup_url (nothing, GLN_CITATION_REFERENCES, NULL, NULL));
  gln_paper_set_extra (nothing, "{\"openalex\": \"W42\"}");
  url = gln_openalex_citations_dup_url (nothing, GLN_CITATION_REFERENCES, NULL, NULL);
  g_assert_nonnull (strstr (url, "/works/W42?"));
  g_clear_pointer (&url, g_free);

  lookup = parse_openalex ("turing-work.json", GLN_CITATION_REFERENCES, NULL);
  g_assert_cmpuint (lookup->papers->len, ==, 0);
  g_assert_cmpint (lookup->next, >=, 0);
  g_assert_true (g_str_has_prefix (lookup->cursor, "refs:W2100000000|"));
  ids = g_strsplit (lookup->cursor + strlen ("refs:"), "|", -1);
  g_assert_cmpuint (g_strv_length (ids), ==, 52);

  url = gln_openalex_citations_dup_url (paper, GLN_CITATION_REFERENCES, lookup->cursor, NULL);
  request = path_and_query (url);
  g_assert_true (g_str_has_prefix (request, "/works?filter=openalex:W2100000000%7C"));
  g_assert_nonnull (strstr (request, "%7CW2100001813&per-page=50&select="));
  g_assert_null (strstr (request, "W2100001850"));
  g_clear_pointer (&url, g_free);

  first = parse_openalex ("turing-references-1.json", GLN_CITATION_REFERENCES, lookup->cursor);
  g_assert_cmpuint (first->papers->len, ==, 50);
  g_assert_true (gln_citation_page_is_linked (first, 0));
  g_assert_cmpstr (first->cursor, ==, "refs:W2100001850|W2100001887");
  last = parse_openalex ("turing-references-2.json", GLN_CITATION_REFERENCES, first->cursor);
  g_assert_cmpuint (last->papers->len, ==, 2);
  g_assert_null (last->cursor);
  g_assert_cmpint (last->next, ==, -1);

  g_clear_pointer (&lookup, gln_citation_page_free);
  lookup = parse_openalex ("turing-work.json", GLN_CITATION_CITATIONS, NULL);
  g_assert_cmpstr (lookup->cursor, ==, "cites:W2104093071:*");
  g_clear_pointer (&request, g_free);
  url = gln_openalex_citations_dup_url (paper, GLN_CITATION_CITATIONS, lookup->cursor, NULL);
  request = path_and_query (url);
  g_assert_true (g_str_has_prefix (request, "/works?filter=cites:W2104093071&per-page=100"
                                            "&cursor=%2A&select="));
  citing = parse_openalex ("turing-citations-1.json", GLN_CITATION_CITATIONS, lookup->cursor);
  g_assert_cmpuint (citing->papers->len, ==, 3);
  g_assert_true (g_str_has_prefix (citing->cursor, "cites:W2104093071:IlsyMDAy"));
  end = parse_openalex ("turing-citations-2.json", GLN_CITATION_CITATIONS, citing->cursor);
  g_assert_cmpuint (end->papers->len, ==, 2);
  g_assert_cmpint (end->next, ==, -1);
}

typedef struct
{
  GlnCitationPage *page;
  GError          *error;
  gboolean         done;
} Outcome;

static void
fetched_all_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  Outcome *outcome = user_data;

  outcome->page = gln_citation_fetch_all_finish (GLN_FETCHER (object), result, &outcome->error);
  outcome->done = TRUE;
}

static GlnCitationPage *
fetch_all (Fixture               *fixture,
           const char            *paper_id,
           GlnCitationDirection   direction,
           const char            *api_key,
           GError               **error)
{
  Outcome outcome = { 0, };

  gln_citation_fetch_all_async (fixture->fetcher, paper_id, direction, api_key, NULL,
                                fetched_all_cb, &outcome);
  while (!outcome.done)
    g_main_context_iteration (NULL, TRUE);
  if (outcome.error != NULL)
    g_propagate_error (error, outcome.error);

  return outcome.page;
}

/* Paging follows `next` to the end, one request per page, each with the API key. */
static void
test_fetch_references (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GlnCitationPage) page = NULL;
  g_autoptr(GPtrArray) requests = NULL;
  g_autoptr(GError) error = NULL;

  page = fetch_all (fixture, "DOI:10.2139/ssrn.2250500", GLN_CITATION_REFERENCES, "sekrit",
                    &error);
  g_assert_no_error (error);
  g_assert_cmpuint (page->papers->len, ==, 67);
  g_assert_cmpuint (count_unlinked (page), >, 0);

  requests = gln_test_server_dup_requests (fixture->server);
  g_assert_cmpuint (requests->len, ==, 2);
  for (guint i = 0; i < requests->len; i++)
    {
      GlnTestRequest *request = g_ptr_array_index (requests, i);
      g_autoptr(GHashTable) query = g_uri_parse_params (request->query, -1, "&",
                                                        G_URI_PARAMS_NONE, NULL);

      g_assert_cmpstr (request->path, ==, GLN_TEST_S2_REFERENCES_PATH);
      g_assert_cmpstr (g_hash_table_lookup (query, "offset"), ==, i == 0 ? "0" : "50");
      g_assert_nonnull (strstr (g_hash_table_lookup (query, "fields"), "externalIds"));
      g_assert_cmpstr (request->api_key, ==, "sekrit");
    }
}

/* 19 pages of citations, spaced by the service's interval; no key, no header. */
static void
test_fetch_citations (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GlnCitationPage) page = NULL;
  g_autoptr(GPtrArray) requests = NULL;
  g_autoptr(GError) error = NULL;

  gln_fetcher_set_min_interval (fixture->fetcher, "semanticscholar", 100);
  page = fetch_all (fixture, "CorpusId:14514057", GLN_CITATION_CITATIONS, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (page->papers->len, ==, 1881);

  requests = gln_test_server_dup_requests (fixture->server);
  g_assert_cmpuint (requests->len, ==, 19);
  for (guint i = 1; i < requests->len; i++)
    {
      GlnTestRequest *before = g_ptr_array_index (requests, i - 1);
      GlnTestRequest *after = g_ptr_array_index (requests, i);

      g_assert_null (after->api_key);
      g_assert_cmpint (after->arrived - before->arrived, >=, 100 * 1000);
    }
}

/* A 429 waits for its Retry-After and asks again; the page then reads as usual. */
static void
test_fetch_rate_limited (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GlnCitationPage) page = NULL;
  g_autoptr(GPtrArray) requests = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) body = g_bytes_new_static ("{\"message\": \"Too Many Requests\"}", 32);
  g_autofree char *route = g_strconcat (GLN_TEST_S2_TURING_PATH, "/references?offset=0", NULL);
  g_autoptr(GlnTestServer) server = gln_test_server_new ();

  /* A fresh route whose first answer is the 429, then the real page. */
  g_setenv ("GLEANER_BASE_URL_SEMANTIC_SCHOLAR", gln_test_server_get_url (server), TRUE);
  gln_test_server_respond (server, route, 429, "application/json", body, "Retry-After", "1",
                           NULL);
  gln_test_serve_paper_list (server, GLN_TEST_S2_TURING_PATH "/references", "references",
                             "citedPaper");

  page = fetch_all (fixture, "DOI:" GLN_TEST_S2_TURING_DOI, GLN_CITATION_REFERENCES, NULL,
                    &error);
  g_assert_no_error (error);
  g_assert_cmpuint (page->papers->len, ==, 14);

  requests = gln_test_server_dup_requests (server);
  g_assert_cmpuint (requests->len, ==, 2);
  g_assert_cmpint (((GlnTestRequest *) requests->pdata[1])->arrived -
                   ((GlnTestRequest *) requests->pdata[0])->arrived, >=, 1000 * 1000);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  gln_test_add_shared_func ("/gln/citations/parse/references", test_parse_references);
  gln_test_add_shared_func ("/gln/citations/parse/paper", test_parse_paper);
  g_test_add_func ("/gln/citations/parse/errors", test_parse_errors);
  g_test_add_func ("/gln/citations/parse/openalex", test_parse_openalex);
  gln_test_add_shared ("/gln/citations/fetch/references", Fixture, NULL, fixture_set_up,
                       test_fetch_references, fixture_tear_down);
  gln_test_add_shared ("/gln/citations/fetch/citations", Fixture, NULL, fixture_set_up,
                       test_fetch_citations, fixture_tear_down);
  gln_test_add_shared ("/gln/citations/fetch/rate-limited", Fixture, NULL, fixture_set_up,
                       test_fetch_rate_limited, fixture_tear_down);

  return g_test_run ();
}
