/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "gln-core.h"
#include "gln-test-citations.h"
#include "gln-test-server.h"
#include "gln-test-store.h"
#include "gln-test-utils.h"

/* One paper's references and citations read on request, as the reading pane does, against
 * the loopback server serving the real Semantic Scholar samples: the counts the pane shows
 * are the links stored, reading again adds no copy, found papers stay out of the Inbox, and
 * a reference known only by its title can be taken into the library with its link. */

typedef struct
{
  GlnTestServer *server;
  GlnFetcher    *fetcher;
  char          *path;
  GlnStore      *store;
  GlnPaper      *turing;
  GlnPaper      *unknown;
} Fixture;

static GlnPaper *
new_paper (const char *title,
           const char *doi)
{
  GlnPaper *paper = gln_paper_new ();
  g_autofree char *key = gln_paper_key_build (NULL, doi, title);

  gln_paper_set_key (paper, key);
  gln_paper_set_title (paper, title);
  gln_paper_set_doi (paper, doi);
  gln_paper_set_source (paper, "bibtex");

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
  gln_fetcher_set_retries (fixture->fetcher, 0, 0);
  fixture->path = gln_test_tmp_db_path ();
  fixture->store = gln_store_open_sync (fixture->path, NULL);
  g_assert_nonnull (fixture->store);

  g_ptr_array_add (papers, new_paper ("Computing Machinery and Intelligence",
                                      GLN_TEST_S2_TURING_DOI));
  g_ptr_array_add (papers, new_paper ("A paper the service does not know", "10.5555/unknown"));
  result = gln_test_store_import (fixture->store, papers, 0);
  stored = gln_test_store_papers (fixture->store, result);
  fixture->turing = g_object_ref (g_ptr_array_index (stored, 0));
  fixture->unknown = g_object_ref (g_ptr_array_index (stored, 1));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->turing);
  g_clear_object (&fixture->unknown);
  gln_test_store_close (g_steal_pointer (&fixture->store));
  g_clear_object (&fixture->fetcher);
  g_clear_pointer (&fixture->server, gln_test_server_free);
  g_free (fixture->path);
}

static gboolean
fetch (Fixture   *fixture,
       GlnPaper  *paper,
       guint     *n_links,
       GError   **error)
{
  g_autoptr(GlnPaperCitations) citations = gln_paper_citations_new (fixture->store,
                                                                    fixture->fetcher);
  gboolean ok;

  gln_paper_citations_fetch_async (citations, paper, NULL, gln_test_ready_cb, NULL);
  ok = gln_paper_citations_fetch_finish (citations, gln_test_wait (), error);
  if (n_links != NULL)
    *n_links = gln_paper_citations_get_n_links (citations);

  return ok;
}

static void
count (Fixture *fixture,
       guint   *n_references,
       guint   *n_citations)
{
  g_autoptr(GError) error = NULL;

  gln_store_count_citations_async (fixture->store, gln_paper_get_id (fixture->turing), NULL,
                                   gln_test_ready_cb, NULL);
  g_assert_true (gln_store_count_citations_finish (fixture->store, gln_test_wait (),
                                                   n_references, n_citations, &error));
  g_assert_no_error (error);
}

static GPtrArray *
list_links (Fixture              *fixture,
            GlnCitationDirection  direction)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *links;

  gln_store_list_citations_async (fixture->store, gln_paper_get_id (fixture->turing), direction,
                                  NULL, gln_test_ready_cb, NULL);
  links = gln_store_list_citations_finish (fixture->store, gln_test_wait (), &error);
  g_assert_no_error (error);

  return links;
}

static gint64
count_inbox (Fixture *fixture)
{
  g_autoptr(GlnQuery) query = gln_query_new ();

  query->scope = GLN_QUERY_SCOPE_INBOX;
  return gln_test_store_count (fixture->store, query);
}

/* Both lists of the paper Paper.json describes: the counts are the links listed, the papers
 * found wait outside the Inbox, and reading again changes nothing. */
static void
test_fetch_counts (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) references = NULL;
  g_autoptr(GPtrArray) citations = NULL;
  g_autoptr(GError) error = NULL;
  gint64 inbox = count_inbox (fixture);
  guint n_references = 0, n_citations = 0, n_links = 0, again_references, again_citations;
  guint by_title = 0;

  count (fixture, &n_references, &n_citations);
  g_assert_cmpuint (n_references, ==, 0);
  g_assert_cmpuint (n_citations, ==, 0);

  g_assert_true (fetch (fixture, fixture->turing, &n_links, &error));
  g_assert_no_error (error);
  count (fixture, &n_references, &n_citations);
  references = list_links (fixture, GLN_CITATION_REFERENCES);
  citations = list_links (fixture, GLN_CITATION_CITATIONS);
  g_assert_cmpuint (n_references, ==, references->len);
  g_assert_cmpuint (n_citations, ==, citations->len);
  g_assert_cmpuint (n_references, >, 0);
  /* Ten pages of citations were read, not only the first. */
  g_assert_cmpuint (n_citations, >, 100);
  /* The progress counted the list read last. */
  g_assert_cmpuint (n_links, >=, n_citations);
  for (guint i = 0; i < references->len; i++)
    by_title += ((GlnCitation *) g_ptr_array_index (references, i))->paper_id == 0;
  g_assert_cmpuint (by_title, >, 0);
  g_assert_cmpint (count_inbox (fixture), ==, inbox);

  g_assert_true (fetch (fixture, fixture->turing, NULL, &error));
  g_assert_no_error (error);
  count (fixture, &again_references, &again_citations);
  g_assert_cmpuint (again_references, ==, n_references);
  g_assert_cmpuint (again_citations, ==, n_citations);
}

/* A reference known by its title alone goes into the library through the identity rules
 * and its link becomes the paper's; adding it again makes no second paper. */
static void
test_add_title (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) references = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GlnPaper) added = NULL;
  g_autofree char *key = NULL;
  g_autofree char *title = NULL;
  gint64 id, again;

  g_assert_true (fetch (fixture, fixture->turing, NULL, &error));
  references = list_links (fixture, GLN_CITATION_REFERENCES);
  for (guint i = 0; i < references->len && key == NULL; i++)
    {
      GlnCitation *link = g_ptr_array_index (references, i);

      if (link->paper_id == 0)
        {
          key = g_strdup (link->key);
          title = g_strdup (link->title);
        }
    }
  g_assert_nonnull (key);

  gln_store_add_linked_title_async (fixture->store, key, title, NULL, gln_test_ready_cb, NULL);
  id = gln_store_id_finish (fixture->store, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  added = gln_store_lookup_paper (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (gln_paper_get_title (added), ==, title);

  after = list_links (fixture, GLN_CITATION_REFERENCES);
  g_assert_cmpuint (after->len, ==, references->len);
  for (guint i = 0; i < after->len; i++)
    {
      GlnCitation *link = g_ptr_array_index (after, i);

      g_assert_cmpstr (link->paper_id == 0 ? link->key : NULL, !=, key);
    }

  gln_store_add_linked_title_async (fixture->store, key, title, NULL, gln_test_ready_cb, NULL);
  again = gln_store_id_finish (fixture->store, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_cmpint (again, ==, id);
}

/* A paper the service does not know: a clear error, and nothing stored. */
static void
test_unknown (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint n_references = 1, n_citations = 1;

  g_assert_false (fetch (fixture, fixture->unknown, NULL, &error));
  g_assert_error (error, GLN_FETCH_ERROR, GLN_FETCH_ERROR_HTTP);
  gln_store_count_citations_async (fixture->store, gln_paper_get_id (fixture->unknown), NULL,
                                   gln_test_ready_cb, NULL);
  g_assert_true (gln_store_count_citations_finish (fixture->store, gln_test_wait (),
                                                   &n_references, &n_citations, NULL));
  g_assert_cmpuint (n_references + n_citations, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  gln_test_add_shared ("/gln/paper-citations/fetch-counts", Fixture, NULL, fixture_set_up,
                       test_fetch_counts, fixture_tear_down);
  gln_test_add_shared ("/gln/paper-citations/add-title", Fixture, NULL, fixture_set_up,
                       test_add_title, fixture_tear_down);
  gln_test_add_shared ("/gln/paper-citations/unknown", Fixture, NULL, fixture_set_up,
                       test_unknown, fixture_tear_down);

  return g_test_run ();
}
