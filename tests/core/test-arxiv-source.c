/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "gln-arxiv-source.h"
#include "gln-paper.h"
#include "gln-test-utils.h"

#define NEW_SAMPLE     "query_all-electron-AND-all-proton_2025-11-11.xml"
#define LEGACY_SAMPLE  "query_all-electron-AND-all-proton_LEGACY-FORMAT_2025-08-20.xml"
#define MISSING_SAMPLE "query_id_list_with_missing_ids_2025-11-11.xml"
#define EMPTY_SAMPLE   "query_id_list_nonexistent_2025-11-11.xml"

static GBytes *
load_sample (const char *name)
{
  g_autofree char *path = gln_test_shared_path ("samples", "arxiv-api", name, NULL);

  return gln_test_load_bytes (path);
}

static GPtrArray *
parse_sample (const char *name,
              guint      *total_results,
              guint      *start_index)
{
  g_autoptr(GBytes) bytes = load_sample (name);
  g_autoptr(GError) error = NULL;
  GPtrArray *papers = NULL;
  gboolean ok;

  ok = gln_arxiv_source_parse_full (bytes, &papers, total_results, start_index, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_nonnull (papers);

  return papers;
}

static GlnPaper *
find_paper (GPtrArray  *papers,
            const char *key)
{
  for (guint i = 0; i < papers->len; i++)
    {
      GlnPaper *paper = g_ptr_array_index (papers, i);

      if (g_strcmp0 (gln_paper_get_key (paper), key) == 0)
        return paper;
    }

  g_assert_not_reached ();
  return NULL;
}

static void
assert_strv (const char * const *actual,
             const char * const *expected)
{
  guint i;

  g_assert_nonnull (actual);
  for (i = 0; expected[i] != NULL; i++)
    g_assert_cmpstr (actual[i], ==, expected[i]);
  g_assert_null (actual[i]);
}

static void
assert_clean_text (const char *text)
{
  g_assert_nonnull (text);
  g_assert_null (strchr (text, '\n'));
  g_assert_null (strstr (text, "  "));
  g_assert_false (g_ascii_isspace (text[0]));
  g_assert_false (g_ascii_isspace (text[strlen (text) - 1]));
}

static void
test_arxiv_source_interface (void)
{
  g_autoptr(GlnArxivSource) source = gln_arxiv_source_new ();
  g_autoptr(GBytes) bytes = load_sample (MISSING_SAMPLE);
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (GLN_IS_SOURCE (source));
  g_assert_cmpstr (gln_source_get_name (GLN_SOURCE (source)), ==, "arxiv");

  papers = gln_source_parse (GLN_SOURCE (source), bytes, &error);
  g_assert_no_error (error);
  g_assert_nonnull (papers);
  g_assert_cmpuint (papers->len, ==, 1);
  g_assert_true (GLN_IS_PAPER (g_ptr_array_index (papers, 0)));
}

static void
test_arxiv_source_new_layout (void)
{
  g_autoptr(GPtrArray) papers = NULL;
  GlnPaper *paper;
  guint total = 0;
  guint start = 99;
  const char *names_1309[] = { "A. Pertica", "S. J. Payne", NULL };
  const char *affs_1309[] = { "Rutherford", "Rutherford", NULL };
  const char *cats_1309[] = { "physics.acc-ph", NULL };
  const char *names_0408[] = {
    "J. Arrington", "V. F. Dmitriev", "R. J. Holt", "D. M. Nikolenko", "I. A. Rachek",
    "Yu. V. Shestakov", "V. N. Stibunov", "D. K. Toporkov", "H. de Vries", NULL
  };
  const char *cats_0408[] = { "nucl-ex", "hep-ph", NULL };
  const char *cats_1606[] = { "nucl-th", "hep-ph", "nucl-ex", NULL };
  const char *names_1205[] = { "I. T. Lorenz", "H. -W. Hammer", "Ulf-G. Meißner", NULL };

  papers = parse_sample (NEW_SAMPLE, &total, &start);
  g_assert_cmpuint (papers->len, ==, 10);
  g_assert_cmpuint (total, ==, 7432);
  g_assert_cmpuint (start, ==, 0);

  /* Feed order is kept. */
  g_assert_cmpstr (gln_paper_get_key (g_ptr_array_index (papers, 0)), ==,
                   "arxiv:nucl-ex/0408020");
  g_assert_cmpstr (gln_paper_get_key (g_ptr_array_index (papers, 9)), ==, "arxiv:1401.3666");

  paper = find_paper (papers, "arxiv:1309.4668");
  g_assert_cmpstr (gln_paper_get_source (paper), ==, "arxiv");
  g_assert_cmpstr (gln_paper_get_arxiv_id (paper), ==, "1309.4668");
  g_assert_cmpint (gln_paper_get_arxiv_version (paper), ==, 1);
  g_assert_cmpstr (gln_paper_get_title (paper), ==,
                   "Electron cloud observations at the ISIS Proton Synchrotron");
  g_assert_true (g_str_has_prefix (gln_paper_get_abstract (paper),
                                   "The build up of electron clouds inside a particle "
                                   "accelerator vacuum chamber can produce"));
  g_assert_true (g_str_has_suffix (gln_paper_get_abstract (paper),
                                   "a fast beam loss monitor installed at the same location."));
  assert_clean_text (gln_paper_get_abstract (paper));
  g_assert_cmpstr (gln_paper_get_published (paper), ==, "2013-09-18");
  g_assert_cmpint (gln_paper_get_date_precision (paper), ==, GLN_DATE_PRECISION_DAY);
  g_assert_null (gln_paper_get_date_text (paper));
  g_assert_cmpstr (gln_paper_get_updated (paper), ==, "2013-09-19");
  assert_strv (gln_paper_get_authors (paper), names_1309);
  assert_strv (gln_paper_get_affiliations (paper), affs_1309);
  g_assert_cmpint (gln_paper_get_author_count (paper), ==, 2);
  g_assert_cmpstr (gln_paper_get_category (paper), ==, "physics.acc-ph");
  assert_strv (gln_paper_get_categories (paper), cats_1309);
  g_assert_cmpstr (gln_paper_get_doi (paper), ==, "10.5170/cern-2013-002.237");
  g_assert_cmpstr (gln_paper_get_journal_ref (paper), ==,
                   "CERN Yellow Report CERN-2013-002, pp.237-240");
  g_assert_cmpstr (gln_paper_get_comment (paper), ==,
                   "4 pages, contribution to the Joint INFN-CERN-EuCARD-AccNet Workshop on "
                   "Electron-Cloud Effects: ECLOUD'12; 5-9 Jun 2012, La Biodola, Isola d'Elba, "
                   "Italy");
  g_assert_cmpstr (gln_paper_get_url (paper), ==, "https://arxiv.org/abs/1309.4668");
  g_assert_cmpstr (gln_paper_get_pdf_url (paper), ==, "https://arxiv.org/pdf/1309.4668v1");
  g_assert_cmpint (gln_paper_get_upvotes (paper), ==, -1);
  g_assert_null (gln_paper_get_code_url (paper));

  /* An old-style identifier; the summary starts with two spaces. */
  paper = find_paper (papers, "arxiv:nucl-ex/0408020");
  g_assert_cmpstr (gln_paper_get_arxiv_id (paper), ==, "nucl-ex/0408020");
  g_assert_cmpint (gln_paper_get_arxiv_version (paper), ==, 1);
  g_assert_cmpstr (gln_paper_get_title (paper), ==,
                   "Two-photon exchange and elastic scattering of electrons/positrons on the "
                   "proton. (Proposal for an experiment at VEPP-3)");
  g_assert_true (g_str_has_prefix (gln_paper_get_abstract (paper),
                                   "It has been suggested that two-photon exchange"));
  g_assert_true (g_str_has_suffix (gln_paper_get_abstract (paper),
                                   "is in fact able to explain the discrepancy."));
  assert_clean_text (gln_paper_get_abstract (paper));
  g_assert_cmpstr (gln_paper_get_published (paper), ==, "2004-08-18");
  g_assert_cmpstr (gln_paper_get_updated (paper), ==, "2005-09-17");
  assert_strv (gln_paper_get_authors (paper), names_0408);
  g_assert_cmpint (gln_paper_get_author_count (paper), ==, 9);
  g_assert_cmpstr (gln_paper_get_affiliations (paper)[8], ==, "");
  g_assert_cmpstr (gln_paper_get_category (paper), ==, "nucl-ex");
  assert_strv (gln_paper_get_categories (paper), cats_0408);
  g_assert_null (gln_paper_get_doi (paper));
  g_assert_null (gln_paper_get_journal_ref (paper));
  g_assert_cmpstr (gln_paper_get_comment (paper), ==,
                   "13 pages, 10 figures. Proposal for a comparison of electron-proton and "
                   "positron-proton scattering at VEPP-3");
  g_assert_cmpstr (gln_paper_get_url (paper), ==, "https://arxiv.org/abs/nucl-ex/0408020");
  g_assert_cmpstr (gln_paper_get_pdf_url (paper), ==,
                   "https://arxiv.org/pdf/nucl-ex/0408020v1");

  /* A third version, two years after the first. */
  paper = find_paper (papers, "arxiv:1610.08734");
  g_assert_cmpint (gln_paper_get_arxiv_version (paper), ==, 3);
  g_assert_cmpstr (gln_paper_get_published (paper), ==, "2016-10-27");
  g_assert_cmpstr (gln_paper_get_updated (paper), ==, "2018-05-10");
  g_assert_cmpstr (gln_paper_get_doi (paper), ==, "10.1103/physrevaccelbeams.20.101301");
  g_assert_cmpstr (gln_paper_get_pdf_url (paper), ==, "https://arxiv.org/pdf/1610.08734v3");
  g_assert_cmpint (gln_paper_get_author_count (paper), ==, 6);
  g_assert_cmpstr (gln_paper_get_authors (paper)[5], ==, "Oznur Mete-Apsimon");
  g_assert_true (g_str_has_prefix (gln_paper_get_journal_ref (paper), "Li, Y., Xia, G.,"));

  /* The primary category is not always listed first. */
  paper = find_paper (papers, "arxiv:1606.02159");
  g_assert_cmpstr (gln_paper_get_category (paper), ==, "nucl-th");
  assert_strv (gln_paper_get_categories (paper), cats_1606);

  paper = find_paper (papers, "arxiv:0803.1617");
  g_assert_cmpstr (gln_paper_get_authors (paper)[0], ==, "Wan Ahmad Tajuddin Wan Abdullah");
  g_assert_cmpstr (gln_paper_get_affiliations (paper)[0], ==,
                   "Jabatan Fizik, Universiti Malaya, Kuala Lumpur");
  g_assert_cmpstr (gln_paper_get_doi (paper), ==, "10.1063/1.2940608");

  paper = find_paper (papers, "arxiv:1205.6628");
  assert_strv (gln_paper_get_authors (paper), names_1205);
  g_assert_cmpstr (gln_paper_get_doi (paper), ==, "10.1140/epja/i2012-12151-1");
}

static void
test_arxiv_source_legacy_layout (void)
{
  g_autoptr(GPtrArray) papers = NULL;
  GlnPaper *paper;
  guint total = 0;
  guint start = 99;
  const char *names_9411[] = { "Raimo Vuopionperä", NULL };
  const char *affs_9411[] = { "SEFT, Univ. Helsinki", NULL };
  const char *cats_0806[] = { "cond-mat.other", "physics.bio-ph", "q-bio.SC", NULL };
  const char *names_1706[] = {
    "Yang Yang", "Kurt R. Brorsen", "Tanner Culpitt", "Michael V. Pak", "Sharon Hammes-Schiffer",
    NULL
  };

  papers = parse_sample (LEGACY_SAMPLE, &total, &start);
  g_assert_cmpuint (papers->len, ==, 10);
  g_assert_cmpuint (total, ==, 7370);
  g_assert_cmpuint (start, ==, 0);
  g_assert_cmpstr (gln_paper_get_key (g_ptr_array_index (papers, 0)), ==,
                   "arxiv:astro-ph/9904306");
  g_assert_cmpstr (gln_paper_get_key (g_ptr_array_index (papers, 9)), ==, "arxiv:2407.11707");

  /* Hard-wrapped title and summary, an inline-declared arxiv:affiliation, http links. */
  paper = find_paper (papers, "arxiv:hep-ph/9411242");
  g_assert_cmpstr (gln_paper_get_arxiv_id (paper), ==, "hep-ph/9411242");
  g_assert_cmpint (gln_paper_get_arxiv_version (paper), ==, 1);
  g_assert_cmpstr (gln_paper_get_title (paper), ==,
                   "Proton-ring and Electron-linac Collider (PRELC) as a (first) "
                   "TeV-rangeelectron-proton or photon-proton collider");
  g_assert_true (g_str_has_prefix (gln_paper_get_abstract (paper),
                                   "The use of the existing proton storage rings combined "
                                   "with electron linear accelerator as a ring-linac"));
  g_assert_true (g_str_has_suffix (gln_paper_get_abstract (paper),
                                   "could be used as the electron beam for the PRELC."));
  assert_clean_text (gln_paper_get_abstract (paper));
  g_assert_cmpstr (gln_paper_get_published (paper), ==, "1994-11-08");
  g_assert_cmpstr (gln_paper_get_updated (paper), ==, "1994-11-08");
  assert_strv (gln_paper_get_authors (paper), names_9411);
  assert_strv (gln_paper_get_affiliations (paper), affs_9411);
  g_assert_cmpint (gln_paper_get_author_count (paper), ==, 1);
  g_assert_cmpstr (gln_paper_get_category (paper), ==, "hep-ph");
  g_assert_cmpstr (gln_paper_get_comment (paper), ==, "4 pages, revtex");
  g_assert_cmpstr (gln_paper_get_url (paper), ==, "https://arxiv.org/abs/hep-ph/9411242");
  g_assert_cmpstr (gln_paper_get_pdf_url (paper), ==, "https://arxiv.org/pdf/hep-ph/9411242v1");

  /* The DOI link comes before the abstract link; there is no comment. */
  paper = find_paper (papers, "arxiv:1706.01836");
  g_assert_cmpint (gln_paper_get_arxiv_version (paper), ==, 2);
  g_assert_cmpstr (gln_paper_get_title (paper), ==,
                   "Development of a Practical Multicomponent Density Functional for "
                   "Electron-Proton Correlation to Produce Accurate Proton Densities");
  g_assert_cmpstr (gln_paper_get_published (paper), ==, "2017-06-06");
  g_assert_cmpstr (gln_paper_get_updated (paper), ==, "2017-09-24");
  assert_strv (gln_paper_get_authors (paper), names_1706);
  g_assert_cmpstr (gln_paper_get_doi (paper), ==, "10.1063/1.4996038");
  g_assert_cmpstr (gln_paper_get_journal_ref (paper), ==,
                   "The Journal of Chemical Physics 147, 114113 (2017)");
  g_assert_null (gln_paper_get_comment (paper));
  g_assert_cmpstr (gln_paper_get_url (paper), ==, "https://arxiv.org/abs/1706.01836");
  g_assert_cmpstr (gln_paper_get_pdf_url (paper), ==, "https://arxiv.org/pdf/1706.01836v2");

  /* A comment wrapped over three lines. */
  paper = find_paper (papers, "arxiv:1403.6944");
  g_assert_cmpstr (gln_paper_get_comment (paper), ==,
                   "4 pages, 4 figures, talk given at the 6th International Conference on "
                   "Hard and Electromagnetic Probes of High-Energy Nuclear Collisions (Hard "
                   "Probes 2013), November 4-8, 2013 (Cape Town, South Africa)");
  g_assert_cmpstr (gln_paper_get_doi (paper), ==, "10.1016/j.nuclphysa.2014.08.038");

  paper = find_paper (papers, "arxiv:0806.3233");
  g_assert_cmpstr (gln_paper_get_authors (paper)[1], ==, "Sergey E. Savel'ev");
  g_assert_cmpstr (gln_paper_get_category (paper), ==, "cond-mat.other");
  assert_strv (gln_paper_get_categories (paper), cats_0806);
}

/* Both captures answer the same query three months apart; 1602.03411 is in both. */
static void
test_arxiv_source_layouts_agree (void)
{
  g_autoptr(GPtrArray) new_papers = parse_sample (NEW_SAMPLE, NULL, NULL);
  g_autoptr(GPtrArray) legacy_papers = parse_sample (LEGACY_SAMPLE, NULL, NULL);
  GlnPaper *a = find_paper (new_papers, "arxiv:1602.03411");
  GlnPaper *b = find_paper (legacy_papers, "arxiv:1602.03411");
  const char *names[] = { "Narges Ahmadi", "Kai Germaschewski", "Joachim Raeder", NULL };
  const char *cats[] = { "physics.plasm-ph", "physics.space-ph", NULL };

  g_assert_cmpstr (gln_paper_get_title (a), ==,
                   "Effects of electron temperature anisotropy on proton mirror instability "
                   "evolution");
  g_assert_true (g_str_has_prefix (gln_paper_get_abstract (a),
                                   "Proton mirror modes are large amplitude nonpropagating "
                                   "structures frequently observed in the magnetosheath."));
  g_assert_true (g_str_has_suffix (gln_paper_get_abstract (a),
                                   "to significantly impact the evolution of the proton "
                                   "mirror instability."));
  assert_strv (gln_paper_get_authors (a), names);
  assert_strv (gln_paper_get_categories (a), cats);
  g_assert_cmpstr (gln_paper_get_doi (a), ==, "10.1002/2016ja022429");
  g_assert_cmpstr (gln_paper_get_comment (a), ==, "11 pages, 19 figures");
  g_assert_cmpstr (gln_paper_get_published (a), ==, "2016-02-10");

  g_assert_cmpstr (gln_paper_get_key (a), ==, gln_paper_get_key (b));
  g_assert_cmpstr (gln_paper_get_arxiv_id (a), ==, gln_paper_get_arxiv_id (b));
  g_assert_cmpint (gln_paper_get_arxiv_version (a), ==, gln_paper_get_arxiv_version (b));
  g_assert_cmpstr (gln_paper_get_title (a), ==, gln_paper_get_title (b));
  g_assert_cmpstr (gln_paper_get_abstract (a), ==, gln_paper_get_abstract (b));
  g_assert_true (g_strv_equal (gln_paper_get_authors (a), gln_paper_get_authors (b)));
  g_assert_true (g_strv_equal (gln_paper_get_affiliations (a), gln_paper_get_affiliations (b)));
  g_assert_cmpint (gln_paper_get_author_count (a), ==, gln_paper_get_author_count (b));
  g_assert_cmpstr (gln_paper_get_category (a), ==, gln_paper_get_category (b));
  g_assert_true (g_strv_equal (gln_paper_get_categories (a), gln_paper_get_categories (b)));
  g_assert_cmpstr (gln_paper_get_doi (a), ==, gln_paper_get_doi (b));
  g_assert_cmpstr (gln_paper_get_journal_ref (a), ==, gln_paper_get_journal_ref (b));
  g_assert_null (gln_paper_get_journal_ref (a));
  g_assert_cmpstr (gln_paper_get_comment (a), ==, gln_paper_get_comment (b));
  g_assert_cmpstr (gln_paper_get_published (a), ==, gln_paper_get_published (b));
  g_assert_cmpstr (gln_paper_get_url (a), ==, gln_paper_get_url (b));
  g_assert_cmpstr (gln_paper_get_pdf_url (a), ==, gln_paper_get_pdf_url (b));
  g_assert_cmpstr (gln_paper_get_pdf_url (a), ==, "https://arxiv.org/pdf/1602.03411v1");

  /* The one real difference between the captures: the new backend reports a later
   * <updated> for the same version 1. */
  g_assert_cmpstr (gln_paper_get_updated (a), ==, "2016-07-27");
  g_assert_cmpstr (gln_paper_get_updated (b), ==, "2016-02-10");
}

static void
test_arxiv_source_missing_ids (void)
{
  g_autoptr(GPtrArray) papers = NULL;
  GlnPaper *paper;
  guint total = 0;
  const char *names[] = { "Hong-Ming Yin", "Jun Zou", NULL };
  const char *cats[] = { "math.AP", NULL };

  papers = parse_sample (MISSING_SAMPLE, &total, NULL);
  g_assert_cmpuint (papers->len, ==, 1);
  g_assert_cmpuint (total, ==, 1);

  paper = g_ptr_array_index (papers, 0);
  g_assert_cmpstr (gln_paper_get_key (paper), ==, "arxiv:2201.13452");
  g_assert_cmpstr (gln_paper_get_title (paper), ==,
                   "Asymptotic Analysis for a Nonlinear Reaction-Diffusion System Modeling an "
                   "Infectious Disease");
  g_assert_true (g_str_has_prefix (gln_paper_get_abstract (paper),
                                   "In this paper we study a nonlinear reaction-diffusion"));
  g_assert_true (g_str_has_suffix (gln_paper_get_abstract (paper),
                                   "open questions raised in the literature."));
  g_assert_cmpstr (gln_paper_get_published (paper), ==, "2022-01-31");
  g_assert_cmpstr (gln_paper_get_updated (paper), ==, "2022-02-01");
  assert_strv (gln_paper_get_authors (paper), names);
  g_assert_cmpstr (gln_paper_get_category (paper), ==, "math.AP");
  assert_strv (gln_paper_get_categories (paper), cats);
  g_assert_cmpstr (gln_paper_get_comment (paper), ==, "34 pages");
  g_assert_null (gln_paper_get_doi (paper));
  g_assert_null (gln_paper_get_journal_ref (paper));
  g_assert_cmpstr (gln_paper_get_pdf_url (paper), ==, "https://arxiv.org/pdf/2201.13452v1");
}

static void
test_arxiv_source_nonexistent (void)
{
  g_autoptr(GlnArxivSource) source = gln_arxiv_source_new ();
  g_autoptr(GBytes) bytes = load_sample (EMPTY_SAMPLE);
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(GPtrArray) via_iface = NULL;
  g_autoptr(GError) error = NULL;
  guint total = 99;
  guint start = 99;

  papers = parse_sample (EMPTY_SAMPLE, &total, &start);
  g_assert_cmpuint (papers->len, ==, 0);
  g_assert_cmpuint (total, ==, 0);
  g_assert_cmpuint (start, ==, 0);

  via_iface = gln_source_parse (GLN_SOURCE (source), bytes, &error);
  g_assert_no_error (error);
  g_assert_nonnull (via_iface);
  g_assert_cmpuint (via_iface->len, ==, 0);
}

static void
test_arxiv_source_truncated (gconstpointer data)
{
  const char *name = data;
  g_autoptr(GBytes) bytes = load_sample (name);
  gsize size = g_bytes_get_size (bytes);
  const gsize cuts[] = { size / 2, size / 3, size - strlen ("</feed>") - 1, 1 };

  for (guint i = 0; i < G_N_ELEMENTS (cuts); i++)
    {
      g_autoptr(GBytes) part = g_bytes_new_from_bytes (bytes, 0, cuts[i]);
      g_autoptr(GPtrArray) papers = NULL;
      g_autoptr(GError) error = NULL;
      guint total = 42;

      g_assert_false (gln_arxiv_source_parse_full (part, &papers, &total, NULL, &error));
      g_assert_error (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_INVALID);
      g_assert_true (g_str_has_prefix (error->message, "arXiv data is not valid XML: "));
      g_assert_null (papers);
      g_assert_cmpuint (total, ==, 42);
    }
}

static void
test_arxiv_source_malformed (void)
{
  g_autoptr(GlnArxivSource) source = gln_arxiv_source_new ();
  const char *bodies[] = {
    "",
    "not xml at all",
    "{\"error\": \"json\"}",
    "<?xml version='1.0'?><rss version=\"2.0\"><channel/></rss>",
    /* A feed outside the Atom namespace is not arXiv's. */
    "<?xml version='1.0'?><feed><entry><id>http://arxiv.org/abs/2201.13452v1</id></entry></feed>",
    "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry></feed>",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bodies); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (bodies[i], strlen (bodies[i]));
      g_autoptr(GPtrArray) papers = NULL;
      g_autoptr(GError) error = NULL;

      papers = gln_source_parse (GLN_SOURCE (source), bytes, &error);
      g_assert_error (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_INVALID);
      g_assert_null (papers);
    }
}

static void
test_arxiv_source_error_feed (void)
{
  /* The shape of the manual's §3.4 example, in the legacy layout. */
  static const char body[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
    "  <title type=\"html\">ArXiv Query: search_query=&amp;id_list=1234.1234</title>\n"
    "  <opensearch:totalResults xmlns:opensearch=\"http://a9.com/-/spec/opensearch/1.1/\">1"
    "</opensearch:totalResults>\n"
    "  <entry>\n"
    "    <id>http://arxiv.org/api/errors#incorrect_id_format_for_1234.1234</id>\n"
    "    <title>Error</title>\n"
    "    <summary>incorrect id format for 1234.1234</summary>\n"
    "    <updated>2007-10-12T00:00:00-04:00</updated>\n"
    "    <link href=\"http://arxiv.org/api/errors#incorrect_id_format_for_1234.1234\"\n"
    "          rel=\"alternate\" type=\"text/html\"/>\n"
    "    <author><name>arXiv api core</name></author>\n"
    "  </entry>\n"
    "</feed>\n";
  g_autoptr(GlnArxivSource) source = gln_arxiv_source_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_static (body, sizeof body - 1);
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(GError) error = NULL;

  papers = gln_source_parse (GLN_SOURCE (source), bytes, &error);
  g_assert_error (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_SERVICE);
  g_assert_cmpstr (error->message, ==, "incorrect id format for 1234.1234");
  g_assert_null (papers);
}

/* Things the samples do not show: several affiliations, rel="alternate" on both links
 * (lukasschwab/arxiv.py#181), a DOI given only as a link, prefixes other than the usual. */
static void
test_arxiv_source_edge_cases (void)
{
  static const char body[] =
    "<?xml version='1.0' encoding='UTF-8'?>\n"
    "<a:feed xmlns:a=\"http://www.w3.org/2005/Atom\" xmlns:x=\"http://arxiv.org/schemas/atom\">\n"
    "  <a:entry>\n"
    "    <x:primary_category term=\"cs.CL\"/>\n"
    "    <a:author><a:name>Ada\n   Lovelace</a:name>\n"
    "      <x:affiliation>Analytical Society</x:affiliation>\n"
    "      <x:affiliation> University of London </x:affiliation></a:author>\n"
    "    <a:author><a:name>Charles Babbage</a:name></a:author>\n"
    "    <a:link rel=\"alternate\" href=\"http://arxiv.org/pdf/2506.18896v2\"/>\n"
    "    <a:link rel=\"alternate\" href=\"http://arxiv.org/abs/2506.18896v2\"/>\n"
    "    <a:link rel=\"related\" href=\"https://doi.org/10.1000/ABC.1\"/>\n"
    "    <a:category term=\"cs.LG\"/><a:category term=\"cs.CL\"/><a:category term=\"cs.LG\"/>\n"
    "    <a:published>2025-06-23T23:30:00-04:00</a:published>\n"
    "    <a:title>\n  A   title\n</a:title>\n"
    "    <a:id>http://arxiv.org/abs/2506.18896v2</a:id>\n"
    "  </a:entry>\n"
    "</a:feed>\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (body, sizeof body - 1);
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(GError) error = NULL;
  GlnPaper *paper;
  guint total = 0;
  const char *names[] = { "Ada Lovelace", "Charles Babbage", NULL };
  const char *affs[] = { "Analytical Society; University of London", "", NULL };
  const char *cats[] = { "cs.LG", "cs.CL", NULL };

  g_assert_true (gln_arxiv_source_parse_full (bytes, &papers, &total, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (papers->len, ==, 1);
  /* Without opensearch elements the page is taken to be everything. */
  g_assert_cmpuint (total, ==, 1);

  paper = g_ptr_array_index (papers, 0);
  g_assert_cmpstr (gln_paper_get_key (paper), ==, "arxiv:2506.18896");
  g_assert_cmpint (gln_paper_get_arxiv_version (paper), ==, 2);
  g_assert_cmpstr (gln_paper_get_title (paper), ==, "A title");
  g_assert_null (gln_paper_get_abstract (paper));
  assert_strv (gln_paper_get_authors (paper), names);
  assert_strv (gln_paper_get_affiliations (paper), affs);
  g_assert_cmpint (gln_paper_get_author_count (paper), ==, 2);
  g_assert_cmpstr (gln_paper_get_category (paper), ==, "cs.CL");
  assert_strv (gln_paper_get_categories (paper), cats);
  g_assert_cmpstr (gln_paper_get_doi (paper), ==, "10.1000/abc.1");
  g_assert_cmpstr (gln_paper_get_url (paper), ==, "https://arxiv.org/abs/2506.18896");
  g_assert_cmpstr (gln_paper_get_pdf_url (paper), ==, "https://arxiv.org/pdf/2506.18896v2");
  /* 23:30 in New York is the next day in UTC, the day arXiv's pages show. */
  g_assert_cmpstr (gln_paper_get_published (paper), ==, "2025-06-24");
  g_assert_null (gln_paper_get_updated (paper));
}

/* A large file is parsed in chunks, each entry handed on and freed as it completes:
 * entries cut by a chunk boundary, text between them and every field come out whole. */
static void
test_arxiv_source_large_feed (void)
{
  g_autoptr(GString) feed = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                          "<feed xmlns=\"http://www.w3.org/2005/Atom\" "
                                          "xmlns:opensearch=\"http://a9.com/-/spec/opensearch/1.1/\">\n"
                                          "  <opensearch:totalResults>9000</opensearch:totalResults>\n");
  g_autofree char *filler = g_strnfill (700, 'x');
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(GError) error = NULL;
  guint total = 0;

  for (guint i = 0; i < 3000; i++)
    g_string_append_printf (feed, "  <entry>\n    <id>http://arxiv.org/abs/2401.%05uv2</id>\n"
                            "    <title>Paper %u on \xc3\xa9lectrons &amp; protons</title>\n"
                            "    <summary>Summary %u %s</summary>\n"
                            "    <published>2024-01-02T00:00:00Z</published>\n"
                            "    <author><name>Ann %u</name></author><author><name>Bo</name></author>\n"
                            "  </entry>\n", i, i, i, filler, i);
  g_string_append (feed, "  <opensearch:startIndex>0</opensearch:startIndex>\n</feed>\n");
  g_assert_cmpuint (feed->len, >, 2 * 1024 * 1024);
  bytes = g_string_free_to_bytes (g_steal_pointer (&feed));

  g_assert_true (gln_arxiv_source_parse_full (bytes, &papers, &total, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (papers->len, ==, 3000);
  g_assert_cmpuint (total, ==, 9000);
  for (guint i = 0; i < papers->len; i++)
    {
      GlnPaper *paper = g_ptr_array_index (papers, i);
      g_autofree char *id = g_strdup_printf ("2401.%05u", i);
      g_autofree char *title = g_strdup_printf ("Paper %u on \xc3\xa9lectrons & protons", i);
      g_autofree char *author = g_strdup_printf ("Ann %u", i);

      g_assert_cmpstr (gln_paper_get_arxiv_id (paper), ==, id);
      g_assert_cmpstr (gln_paper_get_title (paper), ==, title);
      g_assert_cmpuint (strlen (gln_paper_get_abstract (paper)), >, 700);
      g_assert_cmpstr (gln_paper_get_authors (paper)[0], ==, author);
      g_assert_cmpuint (gln_paper_get_n_authors (paper), ==, 2);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  gln_test_add_shared_func ("/gln/arxiv-source/interface", test_arxiv_source_interface);
  gln_test_add_shared_func ("/gln/arxiv-source/new-layout", test_arxiv_source_new_layout);
  gln_test_add_shared_func ("/gln/arxiv-source/legacy-layout", test_arxiv_source_legacy_layout);
  gln_test_add_shared_func ("/gln/arxiv-source/layouts-agree", test_arxiv_source_layouts_agree);
  gln_test_add_shared_func ("/gln/arxiv-source/missing-ids", test_arxiv_source_missing_ids);
  gln_test_add_shared_func ("/gln/arxiv-source/nonexistent", test_arxiv_source_nonexistent);
  gln_test_add_shared_data_func ("/gln/arxiv-source/truncated/new-layout", NEW_SAMPLE,
                                 test_arxiv_source_truncated);
  gln_test_add_shared_data_func ("/gln/arxiv-source/truncated/legacy-layout", LEGACY_SAMPLE,
                                 test_arxiv_source_truncated);
  gln_test_add_shared_data_func ("/gln/arxiv-source/truncated/missing-ids", MISSING_SAMPLE,
                                 test_arxiv_source_truncated);
  g_test_add_func ("/gln/arxiv-source/malformed", test_arxiv_source_malformed);
  g_test_add_func ("/gln/arxiv-source/error-feed", test_arxiv_source_error_feed);
  g_test_add_func ("/gln/arxiv-source/edge-cases", test_arxiv_source_edge_cases);
  g_test_add_func ("/gln/arxiv-source/large-feed", test_arxiv_source_large_feed);

  return g_test_run ();
}
