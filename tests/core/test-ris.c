/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "gln-biblio.h"
#include "gln-ris.h"
#include "gln-source.h"
#include "gln-test-papers.h"
#include "gln-test-utils.h"

static GPtrArray *
parse_fixture (const char  *name,
               GPtrArray  **problems)
{
  g_autofree char *path = gln_test_data_path ("ris", name, NULL);
  g_autoptr(GBytes) bytes = gln_test_load_bytes (path);
  g_autoptr(GError) error = NULL;
  GPtrArray *papers;

  papers = gln_ris_parse (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), problems,
                          &error);
  g_assert_no_error (error);
  g_assert_nonnull (papers);

  return papers;
}

static void
test_library (void)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) papers = parse_fixture ("library.ris", &problems);
  g_autoptr(JsonObject) extra = NULL;
  JsonObject *rest;
  GlnPaper *paper;

  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (papers->len, ==, 5);

  paper = gln_test_find_paper (papers, "sadasivan2012");
  g_assert_cmpstr (gln_paper_get_key (paper), ==, "doi:10.1371/journal.pone.0033693");
  g_assert_cmpuint (gln_paper_get_n_authors (paper), ==, 6);
  g_assert_cmpstr (gln_paper_get_authors (paper)[1], ==, "Brooks B. Pond");
  g_assert_cmpstr (gln_paper_get_published (paper), ==, "2012-03-21");
  g_assert_cmpint (gln_paper_get_date_precision (paper), ==, GLN_DATE_PRECISION_DAY);
  g_assert_cmpstr (gln_paper_get_url (paper), ==,
                   "https://dx.plos.org/10.1371/journal.pone.0033693");
  g_assert_true (g_str_has_prefix (gln_paper_get_pdf_url (paper), "https://journals.plos.org/"));
  /* A value wrapped over two lines is one value. */
  g_assert_true (g_str_has_suffix (gln_paper_get_abstract (paper),
                                   "attention deficit hyperactivity disorder. We show that chronic "
                                   "exposure causes a loss of dopamine neurons."));
  gln_test_assert_strv (gln_paper_get_tags (paper), "dopamine|microglia|Parkinson's disease");
  extra = gln_biblio_dup_extra (paper);
  g_assert_cmpstr (gln_biblio_get_string (extra, "type"), ==, "article-journal");
  g_assert_cmpstr (gln_biblio_get_string (extra, "container-title"), ==, "PLoS ONE");
  g_assert_cmpstr (gln_biblio_get_string (extra, "volume"), ==, "7");
  g_assert_cmpstr (gln_biblio_get_string (extra, "issue"), ==, "3");
  g_assert_cmpstr (gln_biblio_get_string (extra, "page"), ==, "e33693");
  g_assert_cmpstr (gln_biblio_get_string (extra, "ISSN"), ==, "1932-6203");
  g_assert_cmpstr (gln_biblio_get_string (extra, "note"), ==,
                   "Correction published 2012-05-08\nRead for the neuro review");
  rest = gln_biblio_get_object (extra, "ris");
  g_assert_cmpstr (gln_biblio_get_string (rest, "TY"), ==, "JOUR");
  g_assert_cmpstr (json_array_get_string_element (gln_biblio_get_array (rest, "LA"), 0), ==, "en");
  g_clear_pointer (&extra, json_object_unref);

  paper = gln_test_find_paper (papers, "lincoll1977");
  g_assert_cmpstr (gln_paper_get_published (paper), ==, "1977-09-01");
  extra = gln_biblio_dup_extra (paper);
  g_assert_cmpstr (gln_biblio_get_string (extra, "type"), ==, "chapter");
  g_assert_cmpstr (gln_biblio_get_string (extra, "page"), ==, "179-183");
  g_assert_cmpstr (gln_biblio_get_string (extra, "ISBN"), ==, "978-0-12-447650-9");
  g_assert_cmpuint (json_array_get_length (gln_biblio_get_array (extra, "editor")), ==, 2);
  g_clear_pointer (&extra, json_object_unref);

  paper = gln_test_find_paper (papers, "devlin2018bert");
  g_assert_cmpstr (gln_paper_get_key (paper), ==, "arxiv:1810.04805");
  g_assert_cmpstr (gln_paper_get_doi (paper), ==, "10.48550/arxiv.1810.04805");

  paper = gln_test_find_paper (papers, "knuth1984");
  gln_test_assert_strv (gln_paper_get_authors (paper), "Donald E. Knuth|Jan van der Berg Jr.");
}

static void
test_broken (void)
{
  static const char * const expected[] = {
    "line 1: “AU” outside a record; ignored",
    "line 6: a record starts before the last one ended",
    "line 10: text outside a record; ignored",
    "line 11: the last record has no “ER” line",
    NULL
  };
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) papers = parse_fixture ("broken.ris", &problems);
  g_autoptr(GError) error = NULL;
  GPtrArray *none;

  g_assert_cmpuint (problems->len, ==, g_strv_length ((char **) expected));
  for (guint i = 0; i < problems->len; i++)
    g_assert_cmpstr (problems->pdata[i], ==, expected[i]);
  g_assert_cmpuint (papers->len, ==, 3);
  g_assert_cmpstr (gln_paper_get_title (g_ptr_array_index (papers, 0)), ==,
                   "First Record Without Its End");
  g_assert_cmpstr (gln_paper_get_title (g_ptr_array_index (papers, 2)), ==, "Last Record, Cut Off");

  none = gln_ris_parse ("not RIS at all\n", -1, NULL, &error);
  g_assert_null (none);
  g_assert_error (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_INVALID);
}

/* Old Mac writers end lines with a lone "\r"; such a file read as one line imported
 * nothing. */
static void
test_line_ends (void)
{
  static const char * const texts[] = {
    "TY  - JOUR\rTI  - Carriage Returns\rAU  - Smith, Jane\rPY  - 1998\rER  - \r"
    "TY  - BOOK\rTI  - Second\rER  - \r",
    "TY  - JOUR\r\nTI  - Carriage Returns\r\nAU  - Smith, Jane\r\nPY  - 1998\r\nER  - \r\n"
    "TY  - BOOK\r\nTI  - Second\r\nER  - \r\n",
    "TY  - JOUR\nTI  - Carriage Returns\nAU  - Smith, Jane\nPY  - 1998\nER  - \n"
    "TY  - BOOK\nTI  - Second\nER  - \n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GPtrArray) papers = NULL;
      g_autoptr(GError) error = NULL;
      GlnPaper *paper;

      g_assert_true (gln_ris_looks_like (texts[i], strlen (texts[i])));
      papers = gln_ris_parse (texts[i], -1, &problems, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (problems->len, ==, 0);
      g_assert_cmpuint (papers->len, ==, 2);
      paper = g_ptr_array_index (papers, 0);
      g_assert_cmpstr (gln_paper_get_title (paper), ==, "Carriage Returns");
      gln_test_assert_strv (gln_paper_get_authors (paper), "Jane Smith");
      g_assert_cmpstr (gln_paper_get_title (g_ptr_array_index (papers, 1)), ==, "Second");
    }
}

static void
test_round_trip (void)
{
  g_autoptr(GPtrArray) first = parse_fixture ("library.ris", NULL);
  g_autoptr(GPtrArray) second = NULL;
  g_autoptr(GPtrArray) third = NULL;
  g_autofree char *written = gln_ris_write (first);
  g_autofree char *lf = NULL;
  const char * const ignore[] = { "extra:citation-key", NULL };

  /* RIS writes CRLF; readers must take either. */
  g_assert_nonnull (strstr (written, "TY  - JOUR\r\nID  - sadasivan2012\r\n"));
  second = gln_ris_parse (written, -1, NULL, NULL);
  /* The one record without an ID gets a key on export. */
  gln_test_assert_lists_equal (first, second, ignore);
  g_assert_nonnull (strstr (written, "ID  - masterly1988mastering\r\n"));

  lf = g_strdelimit (g_strdup (written), "\r", ' ');
  third = gln_ris_parse (lf, -1, NULL, NULL);
  gln_test_assert_lists_equal (second, third, NULL);
}

typedef struct
{
  const char *py;
  const char *da;
  const char *published;
} DateCase;

static const DateCase date_cases[] = {
  { "2012", NULL, "2012" },
  { "2012///", NULL, "2012" },
  { "2012/03/21/", NULL, "2012-03-21" },
  { "2012/03//", NULL, "2012-03" },
  { "2012", "2012/03/21", "2012-03-21" },
  { NULL, "2012/03", "2012-03" },
  { "1999", "2012/03/21", "2012-03-21" },
  { "n.d.", NULL, NULL },
};

static void
test_dates (gconstpointer data)
{
  const DateCase *c = data;
  g_autoptr(GString) text = g_string_new ("TY  - GEN\nTI  - Dated\n");
  g_autoptr(GPtrArray) papers = NULL;

  if (c->py != NULL)
    g_string_append_printf (text, "PY  - %s\n", c->py);
  if (c->da != NULL)
    g_string_append_printf (text, "DA  - %s\n", c->da);
  g_string_append (text, "ER  - \n");

  papers = gln_ris_parse (text->str, -1, NULL, NULL);
  g_assert_cmpuint (papers->len, ==, 1);
  g_assert_cmpstr (gln_paper_get_published (g_ptr_array_index (papers, 0)), ==, c->published);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (date_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/gln/ris/dates/%u", i);

      g_test_add_data_func (path, &date_cases[i], test_dates);
    }
  g_test_add_func ("/gln/ris/library", test_library);
  g_test_add_func ("/gln/ris/broken", test_broken);
  g_test_add_func ("/gln/ris/line-ends", test_line_ends);
  g_test_add_func ("/gln/ris/round-trip", test_round_trip);

  return g_test_run ();
}
