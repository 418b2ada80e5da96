/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "gln-biblio.h"
#include "gln-crossref-source.h"
#include "gln-paper.h"
#include "gln-test-utils.h"

static GPtrArray *
parse_sample (const char *name)
{
  g_autofree char *path = gln_test_shared_path ("samples", "crossref", name, NULL);
  g_autoptr(GBytes) bytes = gln_test_load_bytes (path);
  g_autoptr(GlnCrossrefSource) source = gln_crossref_source_new ();
  g_autoptr(GError) error = NULL;
  GPtrArray *papers;

  g_assert_cmpstr (gln_source_get_name (GLN_SOURCE (source)), ==, "crossref");
  papers = gln_source_parse (GLN_SOURCE (source), bytes, &error);
  g_assert_no_error (error);
  g_assert_nonnull (papers);

  return papers;
}

static void
test_work (void)
{
  g_autoptr(GPtrArray) papers = parse_sample ("works_10.1371_journal.pone.0033693.body.json");
  g_autoptr(JsonObject) extra = NULL;
  GlnPaper *paper;

  g_assert_cmpuint (papers->len, ==, 1);
  paper = g_ptr_array_index (papers, 0);
  g_assert_cmpstr (gln_paper_get_key (paper), ==, "doi:10.1371/journal.pone.0033693");
  g_assert_cmpstr (gln_paper_get_doi (paper), ==, "10.1371/journal.pone.0033693");
  g_assert_cmpstr (gln_paper_get_title (paper), ==,
                   "Methylphenidate Exposure Induces Dopamine Neuron Loss and Activation of "
                   "Microglia in the Basal Ganglia of Mice");
  g_assert_cmpstr (gln_paper_get_authors (paper)[0], ==, "Shankar Sadasivan");
  g_assert_cmpstr (gln_paper_get_authors (paper)[1], ==, "Brooks B. Pond");
  g_assert_cmpstr (gln_paper_get_published (paper), ==, "2012-03-21");
  g_assert_cmpint (gln_paper_get_date_precision (paper), ==, GLN_DATE_PRECISION_DAY);
  g_assert_cmpstr (gln_paper_get_url (paper), ==, "https://doi.org/10.1371/journal.pone.0033693");
  g_assert_cmpstr (gln_paper_get_source (paper), ==, "crossref");

  extra = gln_biblio_dup_extra (paper);
  g_assert_cmpstr (gln_biblio_get_string (extra, "type"), ==, "article-journal");
  g_assert_cmpstr (gln_biblio_get_string (extra, "container-title"), ==, "PLoS ONE");
  g_assert_cmpstr (gln_biblio_get_string (extra, "volume"), ==, "7");
  g_assert_cmpstr (gln_biblio_get_string (extra, "issue"), ==, "3");
  g_assert_cmpstr (gln_biblio_get_string (extra, "page"), ==, "e33693");
  g_assert_cmpstr (gln_biblio_get_string (extra, "publisher"), ==,
                   "Public Library of Science (PLoS)");
  g_assert_cmpstr (gln_biblio_get_string (extra, "ISSN"), ==, "1932-6203");
}

static void
test_work_list (void)
{
  g_autoptr(GPtrArray) papers = parse_sample ("works_query-ecology_rows-2.body.json");
  GlnPaper *paper;

  g_assert_cmpuint (papers->len, ==, 2);
  paper = g_ptr_array_index (papers, 0);
  g_assert_cmpstr (gln_paper_get_title (paper), ==, "Communicating Ecology");
  g_assert_cmpuint (gln_paper_get_n_authors (paper), ==, 0);
  g_assert_cmpstr (gln_paper_get_published (paper), ==, "2022-07-26");
  /* The abstract's HTML is gone, its text kept on one line. */
  g_assert_true (g_str_has_prefix (gln_paper_get_abstract (paper),
                                   "Communication is perhaps the most important"));
  g_assert_null (strchr (gln_paper_get_abstract (paper), '<'));

  paper = g_ptr_array_index (papers, 1);
  g_assert_cmpstr (gln_paper_get_key (paper), ==, "doi:10.1093/obo/9780199830060-0023");
  g_assert_cmpstr (gln_paper_get_authors (paper)[0], ==, "André Kessler");
}

typedef struct
{
  const char *body;
  int         code;
} BadCase;

static const BadCase bad_cases[] = {
  { "Resource not found.", GLN_PARSE_ERROR_INVALID },
  { "", GLN_PARSE_ERROR_INVALID },
  { "{\"status\":\"failed\",\"message-type\":\"validation-failure\",\"message\":[]}",
    GLN_PARSE_ERROR_SERVICE },
  { "{\"status\":\"ok\",\"message-type\":\"work-agency\",\"message\":{\"DOI\":\"10.1/x\"}}",
    GLN_PARSE_ERROR_UNSUPPORTED },
};

static void
test_bad (gconstpointer data)
{
  const BadCase *c = data;
  g_autoptr(GBytes) bytes = g_bytes_new_static (c->body, strlen (c->body));
  g_autoptr(GlnCrossrefSource) source = gln_crossref_source_new ();
  g_autoptr(GError) error = NULL;
  GPtrArray *papers = gln_source_parse (GLN_SOURCE (source), bytes, &error);

  g_assert_null (papers);
  g_assert_error (error, GLN_PARSE_ERROR, c->code);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/gln/crossref-source/bad/%u", i);

      g_test_add_data_func (path, &bad_cases[i], test_bad);
    }
  gln_test_add_shared_func ("/gln/crossref-source/work", test_work);
  gln_test_add_shared_func ("/gln/crossref-source/work-list", test_work_list);

  return g_test_run ();
}
