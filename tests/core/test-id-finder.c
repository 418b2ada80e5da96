/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "gln-core.h"
#include "gln-test-server.h"
#include "gln-test-store.h"
#include "gln-test-utils.h"

/* Find Identifiers against a loopback server answering as Semantic Scholar, arXiv and
 * Crossref do, with the real samples of ../shared/samples and our own answers in
 * tests/data/find-ids/. Every paper is a real row of a real library file. */

typedef struct
{
  GlnTestServer *server;
  GlnStore      *store;
  GlnFetcher    *fetcher;
  GlnIdFinder   *finder;
  guint          n_signalled;
} Fixture;

static const char *arxiv_title =
  "Asymptotic Analysis for a Nonlinear Reaction-Diffusion System Modeling an Infectious Disease";

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *empty_feed =
    gln_test_shared_path ("samples", "arxiv-api", "query_id_list_nonexistent_2025-11-11.xml", NULL);
  g_autofree char *no_match = gln_test_data_path ("find-ids", "s2-no-match.json", NULL);
  static const char empty_works[] =
    "{\"status\":\"ok\",\"message-type\":\"work-list\",\"message\":{\"items\":[]}}";
  g_autoptr(GBytes) empty_list = g_bytes_new_static (empty_works, strlen (empty_works));
  g_autoptr(GBytes) not_found = NULL;

  f->server = gln_test_server_new ();
  g_setenv ("GLEANER_BASE_URL_ARXIV", gln_test_server_get_url (f->server), TRUE);
  g_setenv ("GLEANER_BASE_URL_CROSSREF", gln_test_server_get_url (f->server), TRUE);
  g_setenv ("GLEANER_BASE_URL_SEMANTIC_SCHOLAR", gln_test_server_get_url (f->server), TRUE);
  g_setenv ("GLEANER_ARXIV_INTERVAL_MS", "0", TRUE);
  g_setenv ("GLEANER_FETCH_INTERVAL_MS", "0", TRUE);
  g_setenv ("GIO_USE_PROXY_RESOLVER", "dummy", TRUE);

  /* What each service answers a title it does not know. */
  not_found = gln_test_load_bytes (no_match);
  gln_test_server_respond (f->server, "/graph/v1/paper/search/match", 404, "application/json",
                           not_found, NULL);
  gln_test_server_respond_file (f->server, "/api/query", "application/atom+xml", empty_feed);
  gln_test_server_respond (f->server, "/works", 200, "application/json", empty_list, NULL);

  f->store = gln_test_store_new ();
  f->fetcher = gln_fetcher_new ();
  gln_fetcher_set_retries (f->fetcher, 0, 0);
  f->finder = gln_id_finder_new (f->store, f->fetcher);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->finder);
  g_clear_object (&f->fetcher);
  gln_test_store_close (f->store);
  g_clear_pointer (&f->server, gln_test_server_free);
}

/* The route of the request @service makes for @paper. */
static char *
route_of (Fixture         *f,
          GlnTitleService  service,
          GlnPaper        *paper)
{
  g_autofree char *family = gln_paper_dup_first_family (paper);
  g_autofree char *url = gln_title_search_dup_url (service, gln_paper_get_title (paper), family,
                                                   gln_paper_get_year (paper));

  g_assert_true (g_str_has_prefix (url, gln_test_server_get_url (f->server)));
  return g_strdup (url + strlen (gln_test_server_get_url (f->server)));
}

/* Answers the request @service makes for @paper with @body. */
static void
respond (Fixture         *f,
         GlnTitleService  service,
         GlnPaper        *paper,
         guint            status,
         GBytes          *body)
{
  g_autofree char *route = route_of (f, service, paper);

  gln_test_server_respond (f->server, route, status,
                           service == GLN_TITLE_SERVICE_ARXIV ? "application/atom+xml"
                                                              : "application/json",
                           body, NULL);
}

/* Answers the request @service makes for @paper with @file (under ../shared when @shared). */
static void
serve (Fixture         *f,
       GlnTitleService  service,
       GlnPaper        *paper,
       guint            status,
       gboolean         shared,
       const char      *dir,
       const char      *file)
{
  g_autofree char *path = shared ? gln_test_shared_path ("samples", dir, file, NULL)
                                 : gln_test_data_path (dir, file, NULL);
  g_autoptr(GBytes) body = gln_test_load_bytes (path);

  respond (f, service, paper, status, body);
}

static GlnPaper *
pasted (const char *title,
        const char *first_author,
        const char *year)
{
  GlnPaper *paper = gln_paper_new ();
  const char *authors[] = { first_author, NULL };
  g_autofree char *key = gln_paper_key_build (NULL, NULL, title);

  gln_paper_set_key (paper, key);
  gln_paper_set_title (paper, title);
  gln_paper_set_source (paper, "listing");
  if (first_author != NULL)
    gln_paper_set_authors (paper, authors, NULL);
  if (year != NULL)
    {
      gln_paper_set_published (paper, year);
      gln_paper_set_date_precision (paper, GLN_DATE_PRECISION_YEAR);
    }

  return paper;
}

/* Imports @papers (each its own import, so that none is kept apart as a file's entry). */
static GArray *
store_papers (Fixture   *f,
              GPtrArray *papers)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < papers->len; i++)
    {
      g_autoptr(GPtrArray) one = g_ptr_array_new ();
      g_autoptr(GlnImportResult) result = NULL;
      gint64 id;

      g_ptr_array_add (one, g_ptr_array_index (papers, i));
      result = gln_test_store_import (f->store, one, 0);
      id = gln_import_result_get_id (result, 0);
      g_assert_cmpint (id, >, 0);
      g_array_append_val (ids, id);
    }

  return ids;
}

static void
finding_cb (GlnIdFinder  *finder,
            GlnIdFinding *finding,
            guint         index,
            guint         n_papers,
            Fixture      *f)
{
  g_assert_cmpuint (index, ==, f->n_signalled);
  g_assert_cmpuint (index, <, n_papers);
  f->n_signalled++;
}

static GPtrArray *
find (Fixture  *f,
      GArray   *ids,
      GError  **error)
{
  gulong handler = g_signal_connect (f->finder, "finding", G_CALLBACK (finding_cb), f);
  GPtrArray *findings;

  f->n_signalled = 0;
  gln_id_finder_find_async (f->finder, ids, NULL, gln_test_ready_cb, NULL);
  findings = gln_id_finder_find_finish (f->finder, gln_test_wait (), error);
  g_signal_handler_disconnect (f->finder, handler);
  if (findings != NULL)
    g_assert_cmpuint (f->n_signalled, ==, findings->len);

  return findings;
}

static GlnIdFinding *
finding_at (GPtrArray *findings,
            guint      i)
{
  return g_ptr_array_index (findings, i);
}

static GlnPaper *
read_paper (Fixture *f,
            gint64   id)
{
  g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, id);

  return gln_test_store_find (f->store, text);
}

/* Found at arXiv (the real answer), Crossref (the real work-list) and Semantic Scholar;
 * what the user gave stays, what was missing is filled. */
static void
test_found (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) papers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GlnPaper) disease = NULL;
  g_autoptr(GlnPaper) ecology = NULL;
  g_autoptr(GlnPaper) ranking = NULL;
  g_autoptr(GlnPaper) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *old_key = NULL;
  GlnPaper *paper;

  paper = pasted (arxiv_title, "Hong-Ming Yin", "2023");
  gln_paper_set_journal_ref (paper, "Given Venue 2023");
  gln_paper_set_url (paper, "https://example.org/mine");
  g_ptr_array_add (papers, paper);
  old_key = g_strdup (gln_paper_get_key (paper));
  serve (f, GLN_TITLE_SERVICE_ARXIV, paper, 200, TRUE, "arxiv-api",
         "query_id_list_with_missing_ids_2025-11-11.xml");

  paper = pasted ("Chemical Ecology", "André Kessler", "2012");
  g_ptr_array_add (papers, paper);
  serve (f, GLN_TITLE_SERVICE_CROSSREF, paper, 200, TRUE, "crossref",
         "works_query-ecology_rows-2.body.json");

  /* A Hugging Face entry: "6 authors", no names. */
  paper = pasted ("Learning to rank pasted papers", NULL, NULL);
  gln_paper_set_author_count (paper, 6);
  g_ptr_array_add (papers, paper);
  serve (f, GLN_TITLE_SERVICE_SEMANTIC_SCHOLAR, paper, 200, FALSE, "find-ids",
         "s2-match-authors.json");

  ids = store_papers (f, papers);
  findings = find (f, ids, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (findings->len, ==, 3);

  g_assert_cmpint (finding_at (findings, 0)->outcome, ==, GLN_ID_FOUND);
  g_assert_cmpstr (finding_at (findings, 0)->identifier, ==, "arxiv:2201.13452");
  g_assert_cmpstr (finding_at (findings, 0)->services, ==, "arXiv");
  disease = read_paper (f, g_array_index (ids, gint64, 0));
  g_assert_cmpstr (gln_paper_get_key (disease), ==, "arxiv:2201.13452");
  g_assert_cmpstr (gln_paper_get_arxiv_id (disease), ==, "2201.13452");
  g_assert_cmpstr (gln_paper_get_journal_ref (disease), ==, "Given Venue 2023");
  g_assert_cmpstr (gln_paper_get_url (disease), ==, "https://example.org/mine");
  g_assert_cmpint (gln_paper_get_year (disease), ==, 2023);
  g_assert_cmpstr (gln_paper_get_authors (disease)[0], ==, "Hong-Ming Yin");
  g_assert_cmpuint (gln_paper_get_n_authors (disease), ==, 1);
  /* The key it had keeps finding it. */
  again = gln_test_store_find (f->store, old_key);
  g_assert_cmpint (gln_paper_get_id (again), ==, gln_paper_get_id (disease));

  g_assert_cmpint (finding_at (findings, 1)->outcome, ==, GLN_ID_FOUND);
  g_assert_cmpstr (finding_at (findings, 1)->identifier, ==, "doi:10.1093/obo/9780199830060-0023");
  g_assert_cmpstr (finding_at (findings, 1)->services, ==, "Crossref");
  ecology = read_paper (f, g_array_index (ids, gint64, 1));
  g_assert_cmpstr (gln_paper_get_doi (ecology), ==, "10.1093/obo/9780199830060-0023");

  g_assert_cmpint (finding_at (findings, 2)->outcome, ==, GLN_ID_FOUND);
  g_assert_cmpstr (finding_at (findings, 2)->services, ==, "Semantic Scholar");
  g_assert_true (g_strv_contains ((const char * const *) finding_at (findings, 2)->filled,
                                  "authors"));
  ranking = read_paper (f, g_array_index (ids, gint64, 2));
  g_assert_cmpstr (gln_paper_get_doi (ranking), ==, "10.5555/find-ids.1");
  g_assert_cmpuint (gln_paper_get_n_authors (ranking), ==, 6);
  g_assert_cmpstr (gln_paper_get_authors (ranking)[5], ==, "Femi Adeyemi");
  g_assert_cmpstr (gln_paper_get_journal_ref (ranking), ==, "Journal of Paste Studies");
  /* A paper that found its DOI is not asked about at Crossref. */
  g_assert_cmpuint (gln_test_server_count_requests (f->server, "/works"), ==, 1);
}

/* A near title, another first author, a page of other papers, two works of one title: no
 * guess. The paper is left exactly as it was. */
static void
test_not_guessed (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) papers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  GlnPaper *paper;

  paper = pasted ("Electron Beams in Hollow Plasma", "Lena Ortiz", "2021");
  g_ptr_array_add (papers, paper);
  serve (f, GLN_TITLE_SERVICE_SEMANTIC_SCHOLAR, paper, 200, FALSE, "find-ids",
         "s2-match-near-title.json");
  serve (f, GLN_TITLE_SERVICE_ARXIV, paper, 200, TRUE, "arxiv-api",
         "query_all-electron-AND-all-proton_2025-11-11.xml");

  paper = pasted ("Sparse Attention for Long Documents", "María Garcia", "2021");
  g_ptr_array_add (papers, paper);
  serve (f, GLN_TITLE_SERVICE_SEMANTIC_SCHOLAR, paper, 200, FALSE, "find-ids",
         "s2-match-other-author.json");

  paper = pasted ("Graph Neural Networks for Pasted Pages", "Mara Holm", "2020");
  g_ptr_array_add (papers, paper);
  serve (f, GLN_TITLE_SERVICE_CROSSREF, paper, 200, FALSE, "find-ids", "crossref-two-works.json");

  /* Nothing to look for: a generic title, a paper with a DOI. */
  g_ptr_array_add (papers, pasted ("Editorial", NULL, "2020"));
  paper = pasted ("Already Identified", NULL, NULL);
  gln_paper_set_doi (paper, "10.5555/known");
  gln_paper_set_key (paper, "doi:10.5555/known");
  g_ptr_array_add (papers, paper);

  ids = store_papers (f, papers);
  gln_test_server_clear_requests (f->server);
  findings = find (f, ids, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (findings->len, ==, 5);
  g_assert_cmpint (finding_at (findings, 0)->outcome, ==, GLN_ID_NOT_FOUND);
  g_assert_cmpint (finding_at (findings, 1)->outcome, ==, GLN_ID_NOT_FOUND);
  g_assert_cmpint (finding_at (findings, 2)->outcome, ==, GLN_ID_AMBIGUOUS);
  g_assert_cmpint (finding_at (findings, 3)->outcome, ==, GLN_ID_NOT_FOUND);
  g_assert_cmpint (finding_at (findings, 4)->outcome, ==, GLN_ID_KNOWN);

  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(GlnPaper) stored = read_paper (f, g_array_index (ids, gint64, i));

      g_assert_null (gln_paper_get_arxiv_id (stored));
      g_assert_null (gln_paper_get_doi (stored));
      g_assert_null (gln_paper_get_url (stored));
      g_assert_true (g_str_has_prefix (gln_paper_get_key (stored), "title:"));
    }
  /* Three papers looked for at three services each; none for the last two. */
  g_assert_cmpuint (gln_test_server_count_requests (f->server, "/graph/v1/paper/search/match"),
                    ==, 3);
}

/* The identifier found is another paper's: nothing merged, a possible duplicate shown. */
static void
test_elsewhere (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) papers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GlnImportResult) result = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) duplicates = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GlnPaper) stored = NULL;
  g_autoptr(GError) error = NULL;
  GlnPaper *paper;
  gint64 id;
  gboolean listed = FALSE;

  /* One file holding the arXiv record and a title-only entry: kept apart. */
  paper = pasted (arxiv_title, "Hong-Ming Yin", "2022");
  gln_paper_set_arxiv_id (paper, "2201.13452");
  gln_paper_set_key (paper, "arxiv:2201.13452");
  g_ptr_array_add (papers, paper);
  paper = pasted (arxiv_title, "Hong-Ming Yin", "2022");
  g_ptr_array_add (papers, g_object_ref (paper));
  result = gln_test_store_import (f->store, papers, 0);
  id = gln_import_result_get_id (result, 1);
  g_assert_cmpint (id, !=, gln_import_result_get_id (result, 0));
  g_array_append_val (ids, id);
  serve (f, GLN_TITLE_SERVICE_ARXIV, paper, 200, TRUE, "arxiv-api",
         "query_id_list_with_missing_ids_2025-11-11.xml");
  g_object_unref (paper);

  findings = find (f, ids, &error);
  g_assert_no_error (error);
  g_assert_cmpint (finding_at (findings, 0)->outcome, ==, GLN_ID_DUPLICATE);
  g_assert_cmpstr (finding_at (findings, 0)->other_key, ==, "arxiv:2201.13452");
  g_assert_cmpstr (finding_at (findings, 0)->other_title, ==, arxiv_title);
  stored = read_paper (f, id);
  g_assert_null (gln_paper_get_arxiv_id (stored));
  g_assert_true (g_str_has_prefix (gln_paper_get_key (stored), "title:"));

  gln_store_list_duplicates_async (f->store, NULL, gln_test_ready_cb, NULL);
  duplicates = gln_store_list_duplicates_finish (f->store, gln_test_wait (), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < duplicates->len; i++)
    {
      GlnDuplicate *pair = g_ptr_array_index (duplicates, i);

      listed |= gln_paper_get_id (pair->paper_a) == gln_import_result_get_id (result, 0) &&
                gln_paper_get_id (pair->paper_b) == id;
    }
  g_assert_true (listed);
}

static void
allow_retry_cb (GlnIdFinder  *finder,
                GlnIdFinding *finding,
                guint         index,
                guint         n_papers,
                Fixture      *f)
{
  gln_fetcher_set_retries (f->fetcher, 1, 1);
}

/* 429 at one service, the others have nothing: "could not ask", not "not found". A 503
 * retried succeeds. */
static void
test_unavailable (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) papers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  static const char too_many[] = "{\"message\": \"Too Many Requests\"}";
  g_autoptr(GBytes) busy = g_bytes_new_static (too_many, strlen (too_many));
  g_autoptr(GlnPaper) polite = NULL;
  GlnPaper *paper;

  paper = pasted ("Rate Limits Are Everywhere", "Omar Haddad", "2022");
  g_ptr_array_add (papers, paper);
  respond (f, GLN_TITLE_SERVICE_SEMANTIC_SCHOLAR, paper, 429, busy);

  paper = pasted ("Polite Clients Under Rate Limits", "Ines Moreau", "2021");
  g_ptr_array_add (papers, paper);
  respond (f, GLN_TITLE_SERVICE_SEMANTIC_SCHOLAR, paper, 503, busy);
  serve (f, GLN_TITLE_SERVICE_SEMANTIC_SCHOLAR, paper, 200, FALSE, "find-ids",
         "s2-match-retry.json");

  ids = store_papers (f, papers);
  gln_fetcher_set_retries (f->fetcher, 0, 0);
  /* The first paper's 429 is not retried here; the second's 503 is, once. */
  g_signal_connect (f->finder, "finding", G_CALLBACK (allow_retry_cb), f);
  findings = find (f, ids, &error);
  g_assert_no_error (error);
  g_assert_cmpint (finding_at (findings, 0)->outcome, ==, GLN_ID_FAILED);
  g_assert_nonnull (strstr (finding_at (findings, 0)->message, "Semantic Scholar"));
  g_assert_cmpint (finding_at (findings, 1)->outcome, ==, GLN_ID_FOUND);
  g_assert_cmpstr (finding_at (findings, 1)->identifier, ==, "arxiv:2103.00003");
  polite = read_paper (f, g_array_index (ids, gint64, 1));
  g_assert_cmpstr (gln_paper_get_arxiv_id (polite), ==, "2103.00003");
  g_assert_cmpstr (gln_paper_get_doi (polite), ==, "10.5555/find-ids.3");
}

static gboolean
cancel_when_asked (gpointer user_data)
{
  Fixture *f = user_data;

  if (gln_test_server_count_requests (f->server, "/graph/v1/paper/search/match") == 0)
    return G_SOURCE_CONTINUE;
  g_cancellable_cancel (g_object_get_data (G_OBJECT (f->finder), "cancellable"));
  return G_SOURCE_REMOVE;
}

/* Cancelled while a service does not answer: the run ends at once, the paper unchanged. */
static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) papers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GlnPaper) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *route = NULL;
  GlnPaper *paper;

  paper = pasted ("A Service That Never Answers", "Kim Lee", "2020");
  g_ptr_array_add (papers, paper);
  route = route_of (f, GLN_TITLE_SERVICE_SEMANTIC_SCHOLAR, paper);
  gln_test_server_hang (f->server, route);
  ids = store_papers (f, papers);
  gln_test_server_clear_requests (f->server);

  g_object_set_data (G_OBJECT (f->finder), "cancellable", cancellable);
  g_timeout_add (10, cancel_when_asked, f);
  gln_id_finder_find_async (f->finder, ids, cancellable, gln_test_ready_cb, NULL);
  findings = gln_id_finder_find_finish (f->finder, gln_test_wait (), &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (findings);
  stored = read_paper (f, g_array_index (ids, gint64, 0));
  g_assert_true (g_str_has_prefix (gln_paper_get_key (stored), "title:"));
  g_assert_cmpuint (gln_test_server_count_requests (f->server, "/api/query"), ==, 0);
}

/* The body of the one response of a VCR cassette: a YAML single-quoted scalar. */
static GBytes *
load_cassette_body (const char *file)
{
  g_autofree char *path = gln_test_shared_path ("samples", "semantic-scholar", file, NULL);
  g_autofree char *text = NULL;
  g_autofree char *scalar = NULL;
  g_autoptr(GString) body = g_string_new (NULL);
  g_auto(GStrv) lines = NULL;
  const char *start;
  const char *end;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_nonnull ((start = strstr (text, "string: '")));
  start += strlen ("string: '");
  g_assert_nonnull ((end = strstr (start, "'\n")));
  scalar = g_strndup (start, end - start);
  lines = g_strsplit (scalar, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (lines[i][0] != '\0')
        g_string_append_printf (body, "%s%s", body->len > 0 ? " " : "", lines[i]);
    }

  return g_string_free_to_bytes (g_steal_pointer (&body));
}

/* Semantic Scholar's answers as the real service gave them. */
static void
test_semantic_scholar_source (void)
{
  g_autoptr(GlnSource) source = GLN_SOURCE (gln_semantic_scholar_source_new ());
  g_autofree char *path = gln_test_shared_path ("samples", "semantic-scholar", "Paper.json", NULL);
  g_autoptr(GBytes) paper_json = gln_test_load_bytes (path);
  g_autoptr(GBytes) match = load_cassette_body ("test_search_paper_match_title.yaml");
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(GError) error = NULL;
  GlnPaper *paper;

  papers = gln_source_parse (source, paper_json, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (papers->len, ==, 1);
  paper = g_ptr_array_index (papers, 0);
  g_assert_cmpstr (gln_paper_get_title (paper), ==, "Computing Machinery and Intelligence");
  g_assert_cmpstr (gln_paper_get_doi (paper), ==, "10.1093/mind/lix.236.433");
  g_assert_cmpstr (gln_paper_get_key (paper), ==, "doi:10.1093/mind/lix.236.433");
  g_assert_cmpint (gln_paper_get_year (paper), ==, 1950);
  g_assert_cmpstr (gln_paper_get_authors (paper)[0], ==, "A. Turing");
  g_clear_pointer (&papers, g_ptr_array_unref);

  /* The match with only the fields asked for: an id and a title; its page is the link. */
  papers = gln_source_parse (source, match, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (papers->len, ==, 1);
  paper = g_ptr_array_index (papers, 0);
  g_assert_cmpstr (gln_paper_get_title (paper), ==,
                   "Mining association rules between sets of items in large databases");
  g_assert_cmpstr (gln_paper_get_url (paper), ==,
                   "https://www.semanticscholar.org/paper/6fe8c5bf8dddaadf10c765133d38dfef5714347f");
  g_assert_null (gln_paper_get_doi (paper));
}

/* The candidate rule alone. */
static void
test_candidate_rule (void)
{
  g_autoptr(GlnPaper) paper = pasted ("Attention Is All You Need", "A Vaswani", "2017");
  g_autoptr(GlnPaper) same = pasted ("Attention is all you need.", "Ashish Vaswani", "2017");
  g_autoptr(GlnPaper) preprint = pasted ("Attention Is All You Need", "Ashish Vaswani", "2016");
  g_autoptr(GlnPaper) later = pasted ("Attention Is All You Need", "Ashish Vaswani", "2020");
  g_autoptr(GlnPaper) other = pasted ("Attention Is All You Need", "Noam Shazeer", "2017");
  g_autoptr(GlnPaper) nameless = pasted ("Attention Is All You Need", NULL, NULL);
  g_autoptr(GlnPaper) dblp = pasted ("Deep Residual Learning", "Kaiming He 0001", "2016");
  g_autoptr(GlnPaper) he = pasted ("Deep residual learning", "Kaiming He", "2016");
  const char *reason = NULL;

  g_assert_true (gln_paper_is_found_as (paper, same, &reason));
  g_assert_null (reason);
  g_assert_true (gln_paper_is_found_as (paper, preprint, NULL));
  g_assert_true (gln_paper_is_found_as (paper, nameless, NULL));
  g_assert_true (gln_paper_is_found_as (dblp, he, NULL));
  g_assert_false (gln_paper_is_found_as (paper, later, &reason));
  g_assert_nonnull (reason);
  g_assert_false (gln_paper_is_found_as (paper, other, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/gln/id-finder/candidate-rule", test_candidate_rule);
  gln_test_add_shared_func ("/gln/id-finder/semantic-scholar-source",
                            test_semantic_scholar_source);
  gln_test_add_shared ("/gln/id-finder/found", Fixture, NULL, fixture_set_up, test_found,
                       fixture_tear_down);
  gln_test_add_shared ("/gln/id-finder/not-guessed", Fixture, NULL, fixture_set_up,
                       test_not_guessed, fixture_tear_down);
  gln_test_add_shared ("/gln/id-finder/elsewhere", Fixture, NULL, fixture_set_up,
                       test_elsewhere, fixture_tear_down);
  gln_test_add_shared ("/gln/id-finder/unavailable", Fixture, NULL, fixture_set_up,
                       test_unavailable, fixture_tear_down);
  gln_test_add_shared ("/gln/id-finder/cancel", Fixture, NULL, fixture_set_up, test_cancel,
                       fixture_tear_down);

  return g_test_run ();
}
