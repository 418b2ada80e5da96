/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "gln-test-citation-map.h"

#include "gln-test-store.h"

/* One citation search from the first two papers of the collection, both ways, answered by
 * hand: paper 0 cites papers 1 and 2, a paper new to the library (which joins the
 * collection as found by citation search) and a record known only by its title; paper 3
 * cites paper 0; paper 1 cites paper 2; the new paper cites paper 1. Paper 0 is included,
 * paper 4 excluded. That is six links within the collection. */

static GlnPaper *
copy_of (GlnStore *store,
         gint64    id)
{
  g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, id);
  g_autoptr(GlnPaper) stored = gln_test_store_find (store, text);
  GlnPaper *paper = gln_paper_new ();

  gln_paper_set_key (paper, gln_paper_get_key (stored));
  gln_paper_set_title (paper, gln_paper_get_title (stored));
  gln_paper_set_arxiv_id (paper, gln_paper_get_arxiv_id (stored));
  gln_paper_set_source (paper, "semantic-scholar");

  return paper;
}

static GlnPaper *
new_paper (const char *title,
           const char *doi)
{
  GlnPaper *paper = gln_test_paper_new (title, doi, NULL, "semantic-scholar");
  const char *authors[] = { "Ada Q. Lovelace", NULL };

  gln_paper_set_authors (paper, authors, NULL);
  gln_paper_set_published (paper, "2019-05-01");

  return paper;
}

static GlnCitationPage *
answer (GlnStore              *store,
        const gint64           ids[GLN_TEST_COLLECTION_SIZE],
        const GlnCitationWork *work)
{
  GlnCitationPage *page = gln_citation_page_new ();
  gint64 id = gln_paper_get_id (work->paper);
  g_autoptr(GlnPaper) found = new_paper (GLN_TEST_CITATION_MAP_FOUND_TITLE,
                                         "10.5555/citation-map.1");
  g_autoptr(GlnPaper) unmatched = new_paper ("A reference known by its title only", NULL);

  page->next = -1;
  if (id == ids[0] && work->direction == GLN_CITATION_REFERENCES)
    {
      g_autoptr(GlnPaper) first = copy_of (store, ids[1]);
      g_autoptr(GlnPaper) second = copy_of (store, ids[2]);

      gln_citation_page_add (page, first, TRUE);
      gln_citation_page_add (page, second, TRUE);
      gln_citation_page_add (page, found, TRUE);
      gln_citation_page_add (page, unmatched, FALSE);
    }
  else if (id == ids[0])
    {
      g_autoptr(GlnPaper) citing = copy_of (store, ids[3]);

      gln_citation_page_add (page, citing, TRUE);
    }
  else if (id == ids[1] && work->direction == GLN_CITATION_REFERENCES)
    {
      g_autoptr(GlnPaper) cited = copy_of (store, ids[2]);

      gln_citation_page_add (page, cited, TRUE);
    }
  else
    gln_citation_page_add (page, found, TRUE);

  return page;
}

/* Returns: the id of the paper the search found */
gint64
gln_test_citation_map_fill (GlnStore     *store,
                            gint64        collection,
                            const gint64  ids[GLN_TEST_COLLECTION_SIZE])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GlnScreeningChange) included = NULL;
  g_autoptr(GlnScreeningChange) excluded = NULL;
  g_autoptr(GlnPaper) found = NULL;
  gint64 search;

  gln_store_start_citation_search_async (store, collection, ids, 2,
                                         GLN_CITATION_SEARCH_BACKWARD |
                                         GLN_CITATION_SEARCH_FORWARD, 1, 0, NULL,
                                         gln_test_ready_cb, NULL);
  search = gln_store_id_finish (store, gln_test_wait (), &error);
  g_assert_no_error (error);

  for (;;)
    {
      g_autoptr(GlnCitationWork) work = NULL;
      g_autoptr(GlnCitationPage) page = NULL;

      gln_store_next_citation_work_async (store, search, NULL, gln_test_ready_cb, NULL);
      work = gln_store_next_citation_work_finish (store, gln_test_wait (), &error);
      g_assert_no_error (error);
      if (work->paper == NULL)
        break;
      page = answer (store, ids, work);
      gln_store_save_citation_page_async (store, work, page, NULL, NULL, gln_test_ready_cb,
                                          NULL);
      g_assert_cmpint (gln_store_save_citation_page_finish (store, gln_test_wait (), &error),
                       >=, 0);
      g_assert_no_error (error);
    }

  gln_store_screen_async (store, collection, ids[0], GLN_SCREENING_INCLUDE, NULL, NULL,
                          gln_test_ready_cb, NULL);
  included = gln_store_screening_finish (store, gln_test_wait (), &error);
  g_assert_no_error (error);
  gln_store_screen_async (store, collection, ids[4], GLN_SCREENING_EXCLUDE, "Wrong population",
                          NULL, gln_test_ready_cb, NULL);
  excluded = gln_store_screening_finish (store, gln_test_wait (), &error);
  g_assert_no_error (error);

  found = gln_test_store_find (store, "doi:10.5555/citation-map.1");

  return gln_paper_get_id (found);
}
