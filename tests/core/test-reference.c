/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "gln-core.h"

static GlnPaper *
paper_new (const char         *title,
           const char * const *authors,
           const char         *published)
{
  GlnPaper *paper = gln_paper_new ();

  gln_paper_set_title (paper, title);
  gln_paper_set_authors (paper, authors, NULL);
  gln_paper_set_published (paper, published);

  return paper;
}

/* Names as given, "et al." past three, the year, the title with its LaTeX read, the venue,
 * and the DOI's link before arXiv's. */
static void
test_reference_format (void)
{
  const char * const two[] = { "Jane Doe", "Richard Roe", NULL };
  const char * const four[] = { "Ann Poe", "Bo Li", "Cy Wu", "Di Ng", NULL };
  g_autoptr(GlnPaper) article = paper_new ("Measuring $\\alpha$ in Lattices", two, "2021-03-04");
  g_autoptr(GlnPaper) preprint = paper_new ("Quantized Echoes?", four, "2020");
  g_autoptr(GlnPaper) bare = paper_new ("Untitled Notes", NULL, NULL);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;

  gln_paper_set_journal_ref (article, "Phys. Rev. D 103, 096005");
  gln_paper_set_doi (article, "10.1103/physrevd.103.096005");
  gln_paper_set_arxiv_id (article, "2102.00018");
  gln_paper_set_arxiv_id (preprint, "2410.17243");

  a = gln_reference_format (article);
  g_assert_cmpstr (a, ==, "Jane Doe and Richard Roe (2021). Measuring α in Lattices. "
                          "Phys. Rev. D 103, 096005. https://doi.org/10.1103/physrevd.103.096005");
  b = gln_reference_format (preprint);
  g_assert_cmpstr (b, ==, "Ann Poe et al. (2020). Quantized Echoes? "
                          "https://arxiv.org/abs/2410.17243");
  c = gln_reference_format (bare);
  g_assert_cmpstr (c, ==, "Untitled Notes.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/gln/reference/format", test_reference_format);

  return g_test_run ();
}
