/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "gln-core.h"
#include "gln-test-store.h"
#include "gln-test-utils.h"

/* The citation links a search stored, as the library changes under them: two papers merged
 * keep the links of both (once each, none to themselves) and get them back apart on undo; a
 * link kept by a key finds its paper when that paper comes into the library. */

typedef struct
{
  GlnStore *store;
  gint64    collection;
} Fixture;

static GlnPaper *
new_paper (const char *title,
           const char *doi,
           const char *arxiv_id)
{
  return gln_test_paper_new (title, doi, arxiv_id, "bibtex");
}

static gint64
import_one (Fixture  *fixture,
            GlnPaper *paper)
{
  g_autoptr(GPtrArray) papers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GlnImportResult) result = NULL;

  g_ptr_array_add (papers, paper);
  result = gln_test_store_import (fixture->store, papers, 0);
  g_assert_cmpuint (result->ids->len, ==, 1);
  g_assert_cmpint (gln_import_result_get_id (result, 0), >, 0);

  return gln_import_result_get_id (result, 0);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->store = gln_test_store_new ();
  fixture->collection = gln_test_store_create_collection (fixture->store, "Review", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gln_test_store_close (g_steal_pointer (&fixture->store));
}

/* A page as a service would answer: the papers, FALSE for a record known by title only. */
static GlnCitationPage *
make_page (GlnPaper *first,
           ...)
{
  GlnCitationPage *page = gln_citation_page_new ();
  va_list args;

  va_start (args, first);
  for (GlnPaper *paper = first; paper != NULL; paper = va_arg (args, GlnPaper *))
    {
      gboolean linked = va_arg (args, gboolean);

      gln_citation_page_add (page, paper, linked);
      g_object_unref (paper);
    }
  va_end (args);
  page->next = -1;

  return page;
}

typedef GlnCitationPage *(*PageFunc) (gint64               paper_id,
                                      GlnCitationDirection direction,
                                      gpointer             data);

/* Runs a search from @seeds through the store alone, answering each request with @answer. */
static void
store_search (Fixture                *fixture,
              const gint64           *seeds,
              guint                   n_seeds,
              GlnCitationSearchFlags  flags,
              PageFunc                answer,
              gpointer                data)
{
  g_autoptr(GError) error = NULL;
  gint64 search_id;

  gln_store_start_citation_search_async (fixture->store, fixture->collection, seeds, n_seeds,
                                         flags, 1, 0, NULL, gln_test_ready_cb, NULL);
  search_id = gln_store_id_finish (fixture->store, gln_test_wait (), &error);
  g_assert_no_error (error);

  for (;;)
    {
      g_autoptr(GlnCitationWork) work = NULL;
      g_autoptr(GlnCitationPage) page = NULL;

      gln_store_next_citation_work_async (fixture->store, search_id, NULL, gln_test_ready_cb,
                                          NULL);
      work = gln_store_next_citation_work_finish (fixture->store, gln_test_wait (), &error);
      g_assert_no_error (error);
      if (work->paper == NULL)
        break;
      page = answer (gln_paper_get_id (work->paper), work->direction, data);
      gln_store_save_citation_page_async (fixture->store, work, page, NULL, NULL,
                                          gln_test_ready_cb, NULL);
      g_assert_cmpint (gln_store_save_citation_page_finish (fixture->store, gln_test_wait (),
                                                            &error), >=, 0);
      g_assert_no_error (error);
    }
}

static GPtrArray *
list_links (Fixture              *fixture,
            gint64                paper_id,
            GlnCitationDirection  direction)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *links;

  gln_store_list_citations_async (fixture->store, paper_id, direction, NULL, gln_test_ready_cb,
                                  NULL);
  links = gln_store_list_citations_finish (fixture->store, gln_test_wait (), &error);
  g_assert_no_error (error);

  return links;
}

/* How many of @links go to @paper_id (or, with 0, to a paper titled @title). */
static guint
count_links (GPtrArray  *links,
             gint64      paper_id,
             const char *title)
{
  guint n = 0;

  for (guint i = 0; i < links->len; i++)
    {
      GlnCitation *link = g_ptr_array_index (links, i);

      n += paper_id > 0 ? link->paper_id == paper_id
                        : link->paper_id == 0 && g_strcmp0 (link->title, title) == 0;
    }

  return n;
}

typedef struct
{
  gint64 a, b, x, y;
} MergePapers;

static GlnCitationPage *
merge_answer (gint64                paper_id,
              GlnCitationDirection  direction,
              gpointer              data)
{
  MergePapers *ids = data;

  /* A cites X and a reference known by its title; B cites X as well, A and Y. */
  if (paper_id == ids->a)
    return make_page (new_paper ("Sparse Attention Kernels", "10.5555/x", NULL), TRUE,
                      new_paper ("A Lost Workshop Paper on Kernels", NULL, NULL), FALSE,
                      NULL);
  return make_page (new_paper ("Sparse Attention Kernels", "10.5555/x", NULL), TRUE,
                    new_paper ("Attention, Merged", "10.5555/a", NULL), TRUE,
                    new_paper ("Dense Baselines", "10.5555/y", NULL), TRUE,
                    NULL);
}

static void
test_merge_keeps_links (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) links = NULL;
  g_autoptr(GPtrArray) provenance = NULL;
  g_autoptr(GlnPaper) x = NULL;
  g_autoptr(GlnPaper) y = NULL;
  g_autoptr(GError) error = NULL;
  MergePapers ids;
  gint64 seeds[2];
  gint64 merge_id;

  ids.a = import_one (fixture, new_paper ("Attention, Merged", "10.5555/a", NULL));
  ids.b = import_one (fixture, new_paper ("Attention, Merged (preprint)", NULL, "2401.00001"));
  seeds[0] = ids.a;
  seeds[1] = ids.b;
  store_search (fixture, seeds, 2, GLN_CITATION_SEARCH_BACKWARD, merge_answer, &ids);
  x = gln_test_store_find (fixture->store, "doi:10.5555/x");
  y = gln_test_store_find (fixture->store, "doi:10.5555/y");
  ids.x = gln_paper_get_id (x);
  ids.y = gln_paper_get_id (y);

  links = list_links (fixture, ids.b, GLN_CITATION_REFERENCES);
  g_assert_cmpuint (links->len, ==, 3);
  g_clear_pointer (&links, g_ptr_array_unref);

  gln_store_merge_duplicates_async (fixture->store, ids.a, ids.b, NULL, NULL, gln_test_ready_cb,
                                    NULL);
  merge_id = gln_store_merge_duplicates_finish (fixture->store, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_cmpint (merge_id, >, 0);

  /* Both papers' references, X once, and no link of the paper to itself. */
  links = list_links (fixture, ids.a, GLN_CITATION_REFERENCES);
  g_assert_cmpuint (links->len, ==, 3);
  g_assert_cmpuint (count_links (links, ids.x, NULL), ==, 1);
  g_assert_cmpuint (count_links (links, ids.y, NULL), ==, 1);
  g_assert_cmpuint (count_links (links, 0, "A Lost Workshop Paper on Kernels"), ==, 1);
  g_assert_cmpuint (count_links (links, ids.a, NULL), ==, 0);
  g_clear_pointer (&links, g_ptr_array_unref);
  links = list_links (fixture, ids.x, GLN_CITATION_CITATIONS);
  g_assert_cmpuint (links->len, ==, 1);
  g_assert_cmpint (((GlnCitation *) links->pdata[0])->paper_id, ==, ids.a);
  g_clear_pointer (&links, g_ptr_array_unref);

  /* How the search found X and Y: through the kept paper, X once. */
  gln_store_list_provenance_async (fixture->store, fixture->collection, NULL, gln_test_ready_cb,
                                   NULL);
  provenance = gln_store_list_citations_finish (fixture->store, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (provenance->len, ==, 2);
  for (guint i = 0; i < provenance->len; i++)
    {
      GlnCitation *entry = g_ptr_array_index (provenance, i);

      g_assert_cmpint (entry->via_id, ==, ids.a);
      g_assert_true (entry->paper_id == ids.x || entry->paper_id == ids.y);
    }
  g_clear_pointer (&provenance, g_ptr_array_unref);

  /* Undone, each paper has its own links again. */
  gln_store_undo_merge_async (fixture->store, merge_id, NULL, gln_test_ready_cb, NULL);
  g_assert_true (gln_store_undo_merge_finish (fixture->store, gln_test_wait (), &error));
  g_assert_no_error (error);
  links = list_links (fixture, ids.b, GLN_CITATION_REFERENCES);
  g_assert_cmpuint (links->len, ==, 3);
  g_assert_cmpuint (count_links (links, ids.a, NULL), ==, 1);
  g_clear_pointer (&links, g_ptr_array_unref);
  links = list_links (fixture, ids.a, GLN_CITATION_REFERENCES);
  g_assert_cmpuint (links->len, ==, 2);
  g_assert_cmpuint (count_links (links, ids.y, NULL), ==, 0);
  g_clear_pointer (&links, g_ptr_array_unref);
  links = list_links (fixture, ids.x, GLN_CITATION_CITATIONS);
  g_assert_cmpuint (links->len, ==, 2);
}

static GlnCitationPage *
key_answer (gint64                paper_id,
            GlnCitationDirection  direction,
            gpointer              data)
{
  GlnPaper *by_doi;

  if (direction == GLN_CITATION_CITATIONS)
    return make_page (new_paper ("Manifold Methods, Cited Forward", NULL, NULL), FALSE, NULL);

  /* A record the service had a DOI for but no paper of its own. */
  by_doi = new_paper ("Kernel Tricks Revisited", "10.5555/kernel", NULL);
  return make_page (new_paper ("Gradient Descent on Sparse Manifolds", NULL, NULL), FALSE,
                    by_doi, FALSE,
                    new_paper ("Editorial", NULL, NULL), FALSE,
                    NULL);
}

/* Links kept by key gain their papers as these come in, whatever identifier they bring. */
static void
test_key_links_gain_papers (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GPtrArray) links = NULL;
  gint64 seed, manifolds, kernel, editorial, forward;

  seed = import_one (fixture, new_paper ("Manifold Methods", "10.5555/seed", NULL));
  store_search (fixture, &seed, 1, GLN_CITATION_SEARCH_BACKWARD | GLN_CITATION_SEARCH_FORWARD,
                key_answer, NULL);
  links = list_links (fixture, seed, GLN_CITATION_REFERENCES);
  g_assert_cmpuint (links->len, ==, 3);
  g_assert_cmpuint (count_links (links, 0, "Gradient Descent on Sparse Manifolds"), ==, 1);
  g_clear_pointer (&links, g_ptr_array_unref);

  /* The same title with a DOI (a paste, a feed, an identifier added: all import). */
  manifolds = import_one (fixture, new_paper ("Gradient descent on sparse manifolds",
                                              "10.5555/manifolds", NULL));
  kernel = import_one (fixture, new_paper ("Kernel Tricks Revisited (journal version)",
                                           "10.5555/KERNEL", NULL));
  editorial = import_one (fixture, new_paper ("Editorial", "10.5555/editorial", NULL));
  forward = import_one (fixture, new_paper ("Manifold Methods, Cited Forward", NULL,
                                            "2402.00002"));

  links = list_links (fixture, seed, GLN_CITATION_REFERENCES);
  g_assert_cmpuint (links->len, ==, 3);
  g_assert_cmpuint (count_links (links, manifolds, NULL), ==, 1);
  g_assert_cmpuint (count_links (links, kernel, NULL), ==, 1);
  /* A generic title says nothing about which work it is: that link waits. */
  g_assert_cmpuint (count_links (links, editorial, NULL), ==, 0);
  g_assert_cmpuint (count_links (links, 0, "Editorial"), ==, 1);
  g_clear_pointer (&links, g_ptr_array_unref);

  links = list_links (fixture, manifolds, GLN_CITATION_CITATIONS);
  g_assert_cmpuint (links->len, ==, 1);
  g_assert_cmpint (((GlnCitation *) links->pdata[0])->paper_id, ==, seed);
  g_clear_pointer (&links, g_ptr_array_unref);

  links = list_links (fixture, seed, GLN_CITATION_CITATIONS);
  g_assert_cmpuint (links->len, ==, 1);
  g_assert_cmpint (((GlnCitation *) links->pdata[0])->paper_id, ==, forward);
  g_clear_pointer (&links, g_ptr_array_unref);

  /* Imported again, nothing changes and nothing doubles. */
  import_one (fixture, new_paper ("Gradient descent on sparse manifolds", "10.5555/manifolds",
                                  NULL));
  links = list_links (fixture, seed, GLN_CITATION_REFERENCES);
  g_assert_cmpuint (links->len, ==, 3);
}

static GlnCitationPage *
doi_answer (gint64                paper_id,
            GlnCitationDirection  direction,
            gpointer              data)
{
  /* The service knew the reference's DOI, not its title as the library has it. */
  return make_page (new_paper ("Kernel Methods for Manifolds", "10.5555/found", NULL), FALSE,
                    NULL);
}

/* A paper the library had without an identifier gains, through Find Identifiers, the DOI a
 * link kept by key names: the link gains the paper. */
static void
test_key_link_found_identifier (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GPtrArray) links = NULL;
  g_autoptr(GlnPaper) record = new_paper ("Kernels on Manifolds (as the user typed it)",
                                          "10.5555/found", NULL);
  g_autoptr(GlnCompletion) completion = NULL;
  g_autoptr(GError) error = NULL;
  gint64 seed, typed;

  seed = import_one (fixture, new_paper ("Manifold Methods", "10.5555/seed", NULL));
  typed = import_one (fixture, new_paper ("Kernels on Manifolds (as the user typed it)", NULL,
                                          NULL));
  store_search (fixture, &seed, 1, GLN_CITATION_SEARCH_BACKWARD, doi_answer, NULL);
  links = list_links (fixture, seed, GLN_CITATION_REFERENCES);
  g_assert_cmpuint (count_links (links, 0, "Kernel Methods for Manifolds"), ==, 1);
  g_clear_pointer (&links, g_ptr_array_unref);

  gln_store_complete_paper_async (fixture->store, typed, record, NULL, gln_test_ready_cb, NULL);
  completion = gln_store_complete_paper_finish (fixture->store, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_cmpint (completion->outcome, ==, GLN_COMPLETION_FILLED);

  links = list_links (fixture, seed, GLN_CITATION_REFERENCES);
  g_assert_cmpuint (links->len, ==, 1);
  g_assert_cmpuint (count_links (links, typed, NULL), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/gln/store-citations/merge-keeps-links", Fixture, NULL, fixture_set_up,
              test_merge_keeps_links, fixture_tear_down);
  g_test_add ("/gln/store-citations/key-links-gain-papers", Fixture, NULL, fixture_set_up,
              test_key_links_gain_papers, fixture_tear_down);

  g_test_add ("/gln/store-citations/key-link-found-identifier", Fixture, NULL, fixture_set_up,
              test_key_link_found_identifier, fixture_tear_down);

  return g_test_run ();
}
