/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <sqlite3.h>

#include "gln-core.h"
#include "gln-test-citations.h"
#include "gln-test-server.h"
#include "gln-test-store.h"
#include "gln-test-utils.h"

/* One paper's references and citations read on request, as the reading pane does, against
 * the loopback server serving the real Semantic Scholar samples: the counts the pane shows
 * are the links stored, reading again adds no copy, found papers do not go into the library
 * (one it has gains a link by id), and the user takes one in with its links. */

/* Records of Paper.json: a reference with a DOI, a citing paper with an arXiv id, and the
 * reference a library paper of the fixture is (by its DOI, under another title). */
#define RECURSIVE_DOI "10.2307/2268801"
#define QUO_VADIS_ARXIV "2405.19561"
#define CALCULATING_DOI "10.2307/3610576"

typedef struct
{
  GlnTestServer *server;
  GlnFetcher    *fetcher;
  char          *path;
  GlnStore      *store;
  GlnPaper      *turing;
  GlnPaper      *unknown;
  GlnPaper      *calculating;
} Fixture;

static GlnPaper *
new_paper (const char *title,
           const char *doi)
{
  return gln_test_paper_new (title, doi, NULL, "bibtex");
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
  g_ptr_array_add (papers, new_paper ("Hartree on calculating machines", CALCULATING_DOI));
  result = gln_test_store_import (fixture->store, papers, 0);
  stored = gln_test_store_papers (fixture->store, result);
  fixture->turing = g_object_ref (g_ptr_array_index (stored, 0));
  fixture->unknown = g_object_ref (g_ptr_array_index (stored, 1));
  fixture->calculating = g_object_ref (g_ptr_array_index (stored, 2));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->turing);
  g_clear_object (&fixture->unknown);
  g_clear_object (&fixture->calculating);
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
count_scope (Fixture       *fixture,
             GlnQueryScope  scope)
{
  g_autoptr(GlnQuery) query = gln_query_new ();

  query->scope = scope;
  return gln_test_store_count (fixture->store, query);
}

/* The link of the list with that key, or %NULL. */
static GlnCitation *
find_link (GPtrArray  *links,
           const char *key)
{
  for (guint i = 0; i < links->len; i++)
    {
      GlnCitation *link = g_ptr_array_index (links, i);

      if (g_strcmp0 (link->key, key) == 0)
        return link;
    }

  return NULL;
}

static int
count_kept (Fixture *fixture)
{
  sqlite3 *handle = NULL;
  sqlite3_stmt *stmt = NULL;
  int n;

  g_assert_cmpint (sqlite3_open (fixture->path, &handle), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (handle, "SELECT count (*) FROM citation_records", -1,
                                       &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (handle);

  return n;
}

/* Both lists of the paper Paper.json describes: the counts are the links listed, the papers
 * found stay out of the library (only the one it has is linked by id) and out of the Inbox,
 * the lists show what was found of the others, and reading again changes nothing. */
static void
test_fetch_counts (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) references = NULL;
  g_autoptr(GPtrArray) citations = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *recursive_key = gln_paper_key_build (NULL, RECURSIVE_DOI, NULL);
  gint64 inbox = count_scope (fixture, GLN_QUERY_SCOPE_INBOX);
  gint64 library = count_scope (fixture, GLN_QUERY_SCOPE_LIBRARY);
  guint n_references = 0, n_citations = 0, n_links = 0, again_references, again_citations;
  guint aside = 0, in_library = 0, with_authors = 0;
  GlnCitation *recursive;

  count (fixture, &n_references, &n_citations);
  g_assert_cmpuint (n_references, ==, 0);
  g_assert_cmpuint (n_citations, ==, 0);

  g_assert_true (fetch (fixture, fixture->turing, &n_links, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_scope (fixture, GLN_QUERY_SCOPE_LIBRARY), ==, library);
  g_assert_cmpint (count_scope (fixture, GLN_QUERY_SCOPE_INBOX), ==, inbox);
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
    {
      GlnCitation *link = g_ptr_array_index (references, i);

      g_assert_nonnull (link->title);
      g_assert_cmpstr (link->title, !=, "");
      if (link->paper_id == 0)
        aside++;
      else
        {
          g_assert_cmpint (link->paper_id, ==, gln_paper_get_id (fixture->calculating));
          in_library++;
        }
      with_authors += link->authors != NULL && link->authors[0] != NULL;
    }
  g_assert_cmpuint (aside, ==, references->len - 1);
  /* The library's paper with the reference's DOI, whatever its title. */
  g_assert_cmpuint (in_library, ==, 1);
  g_assert_cmpuint (with_authors, >, 0);
  recursive = find_link (references, recursive_key);
  g_assert_nonnull (recursive);
  g_assert_cmpint (recursive->paper_id, ==, 0);
  g_assert_cmpint (recursive->year, ==, 1937);
  g_assert_cmpuint (g_strv_length (recursive->authors), ==, 2);

  g_assert_true (fetch (fixture, fixture->turing, NULL, &error));
  g_assert_no_error (error);
  count (fixture, &again_references, &again_citations);
  g_assert_cmpuint (again_references, ==, n_references);
  g_assert_cmpuint (again_citations, ==, n_citations);
  g_assert_cmpint (count_scope (fixture, GLN_QUERY_SCOPE_LIBRARY), ==, library);
}

/* Adds the paper kept under @key: one paper more in the library, the list's link now the
 * paper's; adding again finds that paper. Returns it. */
static GlnPaper *
add_found (Fixture              *fixture,
           GlnCitationDirection  direction,
           const char           *key)
{
  g_autoptr(GPtrArray) before = list_links (fixture, direction);
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GError) error = NULL;
  gint64 library = count_scope (fixture, GLN_QUERY_SCOPE_LIBRARY);
  int kept = count_kept (fixture);
  GlnCitation *link = find_link (before, key);
  GlnPaper *added;
  gint64 id, again;

  g_assert_nonnull (link);
  g_assert_cmpint (link->paper_id, ==, 0);
  gln_store_add_linked_title_async (fixture->store, key, link->title, NULL, gln_test_ready_cb,
                                    NULL);
  id = gln_store_id_finish (fixture->store, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (count_scope (fixture, GLN_QUERY_SCOPE_LIBRARY), ==, library + 1);
  /* What was kept of it aside went. */
  g_assert_cmpint (count_kept (fixture), ==, kept - 1);
  added = gln_store_lookup_paper (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (gln_paper_get_title (added), ==, link->title);
  if (link->year > 0)
    g_assert_cmpint (gln_paper_get_year (added), ==, link->year);

  after = list_links (fixture, direction);
  g_assert_cmpuint (after->len, ==, before->len);
  link = find_link (after, gln_paper_get_key (added));
  g_assert_nonnull (link);
  g_assert_cmpint (link->paper_id, ==, id);
  for (guint i = 0; i < after->len; i++)
    {
      GlnCitation *other = g_ptr_array_index (after, i);

      g_assert_cmpstr (other->paper_id == 0 ? other->key : NULL, !=, key);
    }

  gln_store_add_linked_title_async (fixture->store, key, gln_paper_get_title (added), NULL,
                                    gln_test_ready_cb, NULL);
  again = gln_store_id_finish (fixture->store, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_cmpint (again, ==, id);
  g_assert_cmpint (count_scope (fixture, GLN_QUERY_SCOPE_LIBRARY), ==, library + 1);

  return added;
}

/* "Add to Library" takes in the record found, with its identifiers and authors, through
 * the identity rules; a reference known by its title alone goes in by its title. */
static void
test_add_found (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) references = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GlnPaper) recursive = NULL;
  g_autoptr(GlnPaper) quo_vadis = NULL;
  g_autoptr(GlnPaper) by_title = NULL;
  g_autofree char *recursive_key = gln_paper_key_build (NULL, RECURSIVE_DOI, NULL);
  g_autofree char *quo_vadis_key = gln_paper_key_build (QUO_VADIS_ARXIV, NULL, NULL);
  g_autofree char *title_key = NULL;

  g_assert_true (fetch (fixture, fixture->turing, NULL, &error));
  g_assert_no_error (error);

  recursive = add_found (fixture, GLN_CITATION_REFERENCES, recursive_key);
  g_assert_cmpstr (gln_paper_get_doi (recursive), ==, RECURSIVE_DOI);
  g_assert_cmpuint (gln_paper_get_n_authors (recursive), ==, 2);
  quo_vadis = add_found (fixture, GLN_CITATION_CITATIONS, quo_vadis_key);
  g_assert_cmpstr (gln_paper_get_arxiv_id (quo_vadis), ==, QUO_VADIS_ARXIV);

  references = list_links (fixture, GLN_CITATION_REFERENCES);
  for (guint i = 0; i < references->len && title_key == NULL; i++)
    {
      GlnCitation *link = g_ptr_array_index (references, i);

      if (link->paper_id == 0 && g_str_has_prefix (link->key, "title:"))
        title_key = g_strdup (link->key);
    }
  g_assert_nonnull (title_key);
  by_title = add_found (fixture, GLN_CITATION_REFERENCES, title_key);
}

/* The papers kept aside for a paper go when the paper is deleted for good. */
static void
test_delete_paper (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  gint64 id = gln_paper_get_id (fixture->turing);

  g_assert_true (fetch (fixture, fixture->turing, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_kept (fixture), >, 100);

  g_array_append_val (ids, id);
  gln_store_trash_papers_async (fixture->store, ids, NULL, gln_test_ready_cb, NULL);
  g_assert_true (gln_store_trash_finish (fixture->store, gln_test_wait (), NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_kept (fixture), >, 100);
  gln_store_delete_trashed_async (fixture->store, ids, NULL, gln_test_ready_cb, NULL);
  g_assert_true (gln_store_trash_finish (fixture->store, gln_test_wait (), NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_kept (fixture), ==, 0);
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
  gln_test_add_shared ("/gln/paper-citations/add-found", Fixture, NULL, fixture_set_up,
                       test_add_found, fixture_tear_down);
  gln_test_add_shared ("/gln/paper-citations/delete-paper", Fixture, NULL, fixture_set_up,
                       test_delete_paper, fixture_tear_down);
  gln_test_add_shared ("/gln/paper-citations/unknown", Fixture, NULL, fixture_set_up,
                       test_unknown, fixture_tear_down);

  return g_test_run ();
}
