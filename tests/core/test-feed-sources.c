/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "gln-arxiv-rss-source.h"
#include "gln-arxiv-source.h"
#include "gln-crossref-source.h"
#include "gln-hf-source.h"
#include "gln-openalex-source.h"
#include "gln-paper.h"
#include "gln-rss-source.h"
#include "gln-source-private.h"
#include "gln-test-store.h"
#include "gln-test-utils.h"

/* The parsers of the feed sources, on our fixtures in tests/data/feeds. */

static GPtrArray *
parse_fixture (GType       source_type,
               const char *dir,
               const char *file)
{
  g_autofree char *path = gln_test_data_path ("feeds", dir, file, NULL);

  return gln_test_parse_file (source_type, path);
}

static GlnPaper *
paper_at (GPtrArray *papers,
          guint      index)
{
  g_assert_cmpuint (index, <, papers->len);
  return g_ptr_array_index (papers, index);
}

/* Compares a string list with its items joined by "|". */
static void
assert_list (const char * const *actual,
             const char         *expected)
{
  g_autofree char *joined = g_strjoinv ("|", (char **) actual);

  g_assert_cmpstr (joined, ==, expected);
}

static void
test_arxiv_rss_announcements (void)
{
  g_autoptr(GPtrArray) papers = parse_fixture (GLN_TYPE_ARXIV_RSS_SOURCE, "arxiv-rss", "cs.CL.xml");
  GlnPaper *paper;

  g_assert_cmpuint (papers->len, ==, 4);

  /* new: authors split on ", " and the final " and ", the prefix gone from the abstract */
  paper = paper_at (papers, 0);
  g_assert_cmpstr (gln_paper_get_key (paper), ==, "arxiv:2502.01234");
  g_assert_cmpstr (gln_paper_get_source (paper), ==, "arxiv");
  g_assert_cmpint (gln_paper_get_arxiv_version (paper), ==, 1);
  g_assert_cmpstr (gln_paper_get_title (paper), ==,
                   "Speculative Decoding for Low-Resource Languages");
  g_assert_cmpstr (gln_paper_get_abstract (paper), ==,
                   "Speculative decoding speeds up generation. We show that it helps low-resource "
                   "languages the most.");
  assert_list (gln_paper_get_authors (paper), "Alice Smith|Bob Jones|Carol White|Dan Brown");
  g_assert_cmpint (gln_paper_get_author_count (paper), ==, 4);
  g_assert_cmpstr (gln_paper_get_category (paper), ==, "cs.CL");
  assert_list (gln_paper_get_categories (paper), "cs.CL|cs.AI");
  g_assert_cmpstr (gln_paper_get_published (paper), ==, "2025-02-10");
  g_assert_cmpstr (gln_paper_get_url (paper), ==, "https://arxiv.org/abs/2502.01234");
  g_assert_cmpstr (gln_paper_get_pdf_url (paper), ==, "https://arxiv.org/pdf/2502.01234v1");

  /* cross: a two-author "and" */
  paper = paper_at (papers, 1);
  g_assert_cmpstr (gln_paper_get_key (paper), ==, "arxiv:2502.01300");
  assert_list (gln_paper_get_authors (paper), "Erin Gray|Frank Green");
  g_assert_cmpstr (gln_paper_get_published (paper), ==, "2025-02-10");

  /* replace: the new version, dated as an update only */
  paper = paper_at (papers, 2);
  g_assert_cmpstr (gln_paper_get_key (paper), ==, "arxiv:2501.00002");
  g_assert_cmpint (gln_paper_get_arxiv_version (paper), ==, 2);
  g_assert_null (gln_paper_get_published (paper));
  g_assert_cmpstr (gln_paper_get_updated (paper), ==, "2025-02-10");
  g_assert_cmpstr (gln_paper_get_abstract (paper), ==,
                   "Question answering as a measure of summary quality, revised.");

  /* replace-cross: DOI and journal reference as the RSS feed spells them */
  paper = paper_at (papers, 3);
  g_assert_cmpstr (gln_paper_get_key (paper), ==, "arxiv:2203.01250");
  g_assert_cmpint (gln_paper_get_arxiv_version (paper), ==, 3);
  g_assert_cmpstr (gln_paper_get_doi (paper), ==, "10.5802/jep.257");
  g_assert_cmpstr (gln_paper_get_journal_ref (paper), ==,
                   "Journal de l'\\'Ecole polytechnique - Math\\'ematiques, Tome 11 (2024), "
                   "pp. 431-472");
  g_assert_true (g_str_has_prefix (gln_paper_get_abstract (paper), "We consider first order"));
  assert_list (gln_paper_get_authors (paper), "Antonin Monteil|Paul Pegon");
  g_assert_cmpstr (gln_paper_get_category (paper), ==, "math.AP");
}

static void
test_arxiv_rss_errors (void)
{
  static const char empty_rss[] = "<rss version=\"2.0\"><channel><title>x</title></channel></rss>";
  g_autoptr(GlnSource) source = GLN_SOURCE (gln_arxiv_rss_source_new ());
  g_autoptr(GBytes) html = g_bytes_new_static ("<html><body>Oops</body></html>", 30);
  g_autoptr(GBytes) empty = g_bytes_new_static (empty_rss, sizeof empty_rss - 1);
  g_autoptr(GBytes) truncated = NULL;
  g_autoptr(GBytes) whole = NULL;
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = gln_test_data_path ("feeds", "arxiv-rss", "cs.CL.xml", NULL);

  papers = gln_source_parse (source, html, &error);
  g_assert_error (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_INVALID);
  g_assert_null (papers);
  g_clear_error (&error);

  /* A holiday: an empty channel is no error. */
  papers = gln_source_parse (source, empty, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (papers->len, ==, 0);
  g_clear_pointer (&papers, g_ptr_array_unref);

  whole = gln_test_load_bytes (path);
  truncated = g_bytes_new_from_bytes (whole, 0, g_bytes_get_size (whole) / 2);
  papers = gln_source_parse (source, truncated, &error);
  g_assert_error (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "arXiv data is not valid XML: "));
  g_assert_null (papers);
}

static void
test_rss_journal (void)
{
  g_autoptr(GPtrArray) papers = parse_fixture (GLN_TYPE_RSS_SOURCE, "rss", "journal.rss");
  GlnPaper *paper;

  g_assert_cmpuint (papers->len, ==, 3);

  paper = paper_at (papers, 0);
  g_assert_cmpstr (gln_paper_get_key (paper), ==, "doi:10.9999/jcls.2025.101");
  g_assert_cmpstr (gln_paper_get_source (paper), ==, "rss");
  g_assert_cmpstr (gln_paper_get_title (paper), ==, "Morphology in Large Language Models");
  g_assert_cmpstr (gln_paper_get_abstract (paper), ==,
                   "We probe morphology in language models. Agreement is learned early.");
  assert_list (gln_paper_get_authors (paper), "Maria Garcia|Li Wei");
  g_assert_cmpstr (gln_paper_get_published (paper), ==, "2025-03-04");
  g_assert_cmpint (gln_paper_get_date_precision (paper), ==, GLN_DATE_PRECISION_DAY);
  g_assert_cmpstr (gln_paper_get_url (paper), ==, "https://journal.example.org/jcls/article/101");
  g_assert_cmpstr (gln_paper_get_journal_ref (paper), ==,
                   "Journal of Computational Linguistics Studies");

  /* An arXiv link makes an arXiv paper; RSS 2.0's author gives the name in parentheses. */
  paper = paper_at (papers, 1);
  g_assert_cmpstr (gln_paper_get_key (paper), ==, "arxiv:2502.01234");
  g_assert_cmpint (gln_paper_get_arxiv_version (paper), ==, 2);
  assert_list (gln_paper_get_authors (paper), "Alice Smith");

  /* content:encoded, dc:identifier, a month-only dc:date, "Family, Given; …" */
  paper = paper_at (papers, 2);
  g_assert_cmpstr (gln_paper_get_key (paper), ==, "doi:10.9999/jcls.2025.103");
  g_assert_cmpstr (gln_paper_get_title (paper), ==,
                   "Corpora for Endangered Languages & Their Licences");
  g_assert_cmpstr (gln_paper_get_abstract (paper), ==,
                   "We list corpora for 120\u00a0endangered languages.");
  g_assert_cmpstr (gln_paper_get_published (paper), ==, "2025-03");
  g_assert_cmpint (gln_paper_get_date_precision (paper), ==, GLN_DATE_PRECISION_MONTH);
  assert_list (gln_paper_get_authors (paper), "Okafor, Chinedu|Smith, Jane");
}

static void
test_rss_atom (void)
{
  g_autoptr(GlnRssSource) source = gln_rss_source_new ();
  g_autofree char *path = gln_test_data_path ("feeds", "rss", "journal.atom", NULL);
  g_autoptr(GBytes) bytes = gln_test_load_bytes (path);
  g_autoptr(GPtrArray) papers = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GError) error = NULL;
  GlnPaper *paper;

  g_assert_true (gln_rss_source_parse_full (bytes, &papers, &title, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (title, ==, "Transactions on Reading Machines");
  g_assert_cmpuint (papers->len, ==, 2);

  /* The date as the publisher wrote it, not moved to UTC. */
  paper = paper_at (papers, 0);
  g_assert_cmpstr (gln_paper_get_key (paper), ==, "doi:10.8888/trm.2025.7");
  g_assert_cmpstr (gln_paper_get_title (paper), ==, "Reading Order Matters");
  g_assert_cmpstr (gln_paper_get_abstract (paper), ==, "Models read tables in the wrong order.");
  g_assert_cmpstr (gln_paper_get_published (paper), ==, "2025-03-06");
  assert_list (gln_paper_get_authors (paper), "Kenji Tanaka|Sofia Rossi");

  paper = paper_at (papers, 1);
  g_assert_cmpstr (gln_paper_get_key (paper), ==, "arxiv:2502.05555");
  g_assert_cmpstr (gln_paper_get_abstract (paper), ==, "Retrieval that sees the page.");
  g_assert_cmpstr (gln_paper_get_published (paper), ==, "2025-03-05");
}

static void
test_rss_reads_arxiv_feeds (void)
{
  g_autoptr(GPtrArray) papers = parse_fixture (GLN_TYPE_RSS_SOURCE, "arxiv-rss", "cs.CL.xml");

  g_assert_cmpuint (papers->len, ==, 4);
  g_assert_cmpstr (gln_paper_get_abstract (paper_at (papers, 2)), ==,
                   "Question answering as a measure of summary quality, revised.");
}

static void
test_openalex_works (void)
{
  g_autofree char *path = gln_test_data_path ("feeds", "openalex", "works-1.json", NULL);
  g_autoptr(GBytes) bytes = gln_test_load_bytes (path);
  g_autoptr(GPtrArray) papers = NULL;
  g_autofree char *cursor = NULL;
  g_autoptr(GError) error = NULL;
  GlnPaper *paper;

  g_assert_true (gln_openalex_source_parse_full (bytes, &papers, &cursor, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (cursor, ==,
                   "IlsxNzM4OTcyODAwMDAwLCAnaHR0cHM6Ly9vcGVuYWxleC5vcmcvVzQ0MDY1NTUwMDEnXSI=");
  g_assert_cmpuint (papers->len, ==, 2);

  /* arXiv's DataCite DOI makes it the arXiv paper. */
  paper = paper_at (papers, 0);
  g_assert_cmpstr (gln_paper_get_key (paper), ==, "arxiv:2502.01234");
  g_assert_null (gln_paper_get_doi (paper));
  g_assert_cmpstr (gln_paper_get_abstract (paper), ==,
                   "Speculative decoding speeds up generation.");
  g_assert_null (gln_paper_get_journal_ref (paper));
  assert_list (gln_paper_get_authors (paper), "Alice Smith|Yuanxin Liu");
  assert_list (gln_paper_get_affiliations (paper), "Nanjing University of Science and Technology|");

  /* The abstract rebuilt from the inverted index, a word used twice in place. */
  paper = paper_at (papers, 1);
  g_assert_cmpstr (gln_paper_get_key (paper), ==, "doi:10.1000/acl.2024.77");
  g_assert_cmpstr (gln_paper_get_title (paper), ==, "Cross-lingual Transfer with Tiny Adapters");
  /* Its OpenAlex id, which a later record of it is known by. */
  g_assert_cmpstr (gln_paper_get_extra (paper), ==, "{\"openalex\":\"W4406555002\"}");
  g_assert_cmpstr (gln_paper_get_abstract (paper), ==,
                   "Adapters transfer across languages; tiny ones still transfer well.");
  g_assert_cmpstr (gln_paper_get_published (paper), ==, "2024-11-30");
  g_assert_cmpstr (gln_paper_get_url (paper), ==, "https://aclanthology.org/2024.acl-long.77");
  g_assert_cmpstr (gln_paper_get_pdf_url (paper), ==,
                   "https://aclanthology.org/2024.acl-long.77.pdf");
  g_assert_cmpstr (gln_paper_get_journal_ref (paper), ==,
                   "Annual Meeting of the Association for Computational Linguistics");
  assert_list (gln_paper_get_institutions (paper),
               "Nanjing University of Science and Technology|Peking University");
  assert_list (gln_paper_get_affiliations (paper),
               "Nanjing University of Science and Technology; Peking University");
}

static void
test_openalex_last_page_and_lookup (void)
{
  g_autofree char *works = gln_test_data_path ("feeds", "openalex", "works-2.json", NULL);
  g_autofree char *authors = gln_test_data_path ("feeds", "openalex", "authors.json", NULL);
  g_autofree char *nobody = gln_test_data_path ("feeds", "openalex", "empty-search.json", NULL);
  g_autoptr(GBytes) works_bytes = gln_test_load_bytes (works);
  g_autoptr(GBytes) authors_bytes = gln_test_load_bytes (authors);
  g_autoptr(GBytes) nobody_bytes = gln_test_load_bytes (nobody);
  g_autoptr(GBytes) broken = g_bytes_new_static ("{\"meta\":{\"count\":3},\"results\":[{\"id\":",
                                                 38);
  g_autoptr(GPtrArray) papers = NULL;
  g_autofree char *cursor = NULL;
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (gln_openalex_source_parse_full (works_bytes, &papers, &cursor, &error));
  g_assert_null (cursor);
  g_assert_cmpuint (papers->len, ==, 1);
  g_assert_cmpstr (gln_paper_get_published (paper_at (papers, 0)), ==, "2023");
  g_assert_cmpint (gln_paper_get_date_precision (paper_at (papers, 0)), ==,
                   GLN_DATE_PRECISION_YEAR);
  g_assert_null (gln_paper_get_abstract (paper_at (papers, 0)));
  g_clear_pointer (&papers, g_ptr_array_unref);

  g_assert_true (gln_openalex_source_parse_entity (authors_bytes, &id, &name, &error));
  g_assert_cmpstr (id, ==, "A5023888391");
  g_assert_cmpstr (name, ==, "Yuanxin Liu");
  g_clear_pointer (&id, g_free);

  g_assert_true (gln_openalex_source_parse_entity (nobody_bytes, &id, NULL, &error));
  g_assert_null (id);

  g_assert_false (gln_openalex_source_parse_full (broken, &papers, NULL, &error));
  g_assert_error (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "OpenAlex data is not valid JSON: "));
}

typedef struct
{
  const char       *text;
  const char       *iso;
  GlnDatePrecision  precision;
} DateCase;

static const DateCase date_cases[] = {
  { "Fri, 23 Feb 2024 00:00:00 -0500", "2024-02-23", GLN_DATE_PRECISION_DAY },
  { "3 Mar 2025 23:30:00 +0900", "2025-03-03", GLN_DATE_PRECISION_DAY },
  { "2025-03-06T10:00:00+09:00", "2025-03-06", GLN_DATE_PRECISION_DAY },
  { "2025-03", "2025-03", GLN_DATE_PRECISION_MONTH },
  { "2023", "2023", GLN_DATE_PRECISION_YEAR },
  { "Tue, 31 Feb 2024 00:00:00 GMT", NULL, GLN_DATE_PRECISION_NONE },
  { "yesterday", NULL, GLN_DATE_PRECISION_NONE },
};

/* JSON nested 75,000 levels deep (150 KB) overflowed json-glib's recursive parser; every
 * JSON service refuses it before parsing. */
static void
test_deep_json (void)
{
  GType types[] = { GLN_TYPE_HF_SOURCE, GLN_TYPE_OPENALEX_SOURCE, GLN_TYPE_CROSSREF_SOURCE };
  g_autoptr(GString) deep = g_string_new ("{\"results\": ");

  for (guint i = 0; i < 75000; i++)
    g_string_append_c (deep, '[');
  for (guint i = 0; i < 75000; i++)
    g_string_append_c (deep, ']');
  g_string_append_c (deep, '}');

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      g_autoptr(GlnSource) source = g_object_new (types[i], NULL);
      g_autoptr(GBytes) bytes = g_bytes_new (deep->str, deep->len);
      g_autoptr(GPtrArray) papers = NULL;
      g_autoptr(GError) error = NULL;

      papers = gln_source_parse (source, bytes, &error);
      g_assert_error (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, "nested more than 512 levels"));
      g_assert_null (strchr (error->message, '\n'));
      g_assert_null (papers);
    }
}

/* Entities expanded without limit turned a 106 KB feed into a 300 MB title: a feed that
 * declares entities is refused, whatever it would expand to. */
static void
test_xml_entities (void)
{
  GType types[] = { GLN_TYPE_RSS_SOURCE, GLN_TYPE_ARXIV_RSS_SOURCE, GLN_TYPE_ARXIV_SOURCE };
  g_autoptr(GString) laughs = g_string_new ("<?xml version=\"1.0\"?>\n"
                                            "<!DOCTYPE rss [\n<!ENTITY lol0 \"lol\">\n");
  g_autoptr(GString) large = g_string_new ("<?xml version=\"1.0\"?>\n"
                                           "<!DOCTYPE rss [\n<!ENTITY big \"");
  const char *item = "<rss version=\"2.0\"><channel><title>x</title><item><title>";

  for (guint i = 1; i < 10; i++)
    {
      g_string_append_printf (laughs, "<!ENTITY lol%u \"", i);
      for (guint j = 0; j < 10; j++)
        g_string_append_printf (laughs, "&lol%u;", i - 1);
      g_string_append (laughs, "\">\n");
    }
  g_string_append_printf (laughs, "]>\n%s&lol9;</title></item></channel></rss>", item);

  for (guint i = 0; i < 10000; i++)
    g_string_append (large, "0123456789");
  g_string_append_printf (large, "\">\n]>\n%s", item);
  for (guint i = 0; i < 2000; i++)
    g_string_append (large, "&big;");
  g_string_append (large, "</title></item></channel></rss>");

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      GString *documents[] = { laughs, large };

      for (guint j = 0; j < G_N_ELEMENTS (documents); j++)
        {
          g_autoptr(GlnSource) source = g_object_new (types[i], NULL);
          g_autoptr(GBytes) bytes = g_bytes_new (documents[j]->str, documents[j]->len);
          g_autoptr(GPtrArray) papers = NULL;
          g_autoptr(GError) error = NULL;

          papers = gln_source_parse (source, bytes, &error);
          g_assert_error (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_UNSUPPORTED);
          g_assert_true (g_str_has_suffix (error->message, "it declares XML entities"));
          g_assert_null (papers);
        }
    }
}

/* A DOCTYPE without entities, as RSS 0.91 has, is still read. */
static void
test_xml_doctype (void)
{
  static const char rss091[] =
    "<?xml version=\"1.0\"?>\n<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS "
    "0.91//EN\" \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n<rss version=\"0.91\">"
    "<channel><title>j</title><item><title>Kept</title><link>https://example.org/1</link>"
    "</item></channel></rss>";
  g_autoptr(GlnSource) source = GLN_SOURCE (gln_rss_source_new ());
  g_autoptr(GBytes) bytes = g_bytes_new_static (rss091, sizeof rss091 - 1);
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(GError) error = NULL;

  papers = gln_source_parse (source, bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (papers->len, ==, 1);
  g_assert_cmpstr (gln_paper_get_title (paper_at (papers, 0)), ==, "Kept");
}

static void
test_date (gconstpointer data)
{
  const DateCase *c = data;
  g_autofree char *iso = NULL;
  GlnDatePrecision precision = GLN_DATE_PRECISION_NONE;

  g_assert_cmpint (_gln_source_parse_date (c->text, &iso, &precision), ==, c->iso != NULL);
  g_assert_cmpstr (iso, ==, c->iso);
  g_assert_cmpint (precision, ==, c->precision);
}

static void
test_split_authors (void)
{
  g_auto(GStrv) one = _gln_source_split_authors ("Ada Lovelace");
  g_auto(GStrv) family_first = _gln_source_split_authors ("Lovelace, Ada");
  g_auto(GStrv) oxford = _gln_source_split_authors ("A. One, B. Two, and C. Three");
  g_auto(GStrv) ampersand = _gln_source_split_authors ("A. One & B. Two");

  g_assert_cmpstrv (one, ((const char *[]) { "Ada Lovelace", NULL }));
  g_assert_cmpstrv (family_first, ((const char *[]) { "Lovelace, Ada", NULL }));
  g_assert_cmpstrv (oxford, ((const char *[]) { "A. One", "B. Two", "C. Three", NULL }));
  g_assert_cmpstrv (ampersand, ((const char *[]) { "A. One", "B. Two", NULL }));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/gln/feed-sources/arxiv-rss/announcements", test_arxiv_rss_announcements);
  g_test_add_func ("/gln/feed-sources/arxiv-rss/errors", test_arxiv_rss_errors);
  g_test_add_func ("/gln/feed-sources/rss/journal", test_rss_journal);
  g_test_add_func ("/gln/feed-sources/rss/atom", test_rss_atom);
  g_test_add_func ("/gln/feed-sources/rss/arxiv-feeds", test_rss_reads_arxiv_feeds);
  g_test_add_func ("/gln/feed-sources/openalex/works", test_openalex_works);
  g_test_add_func ("/gln/feed-sources/openalex/last-page-and-lookup",
                   test_openalex_last_page_and_lookup);
  for (guint i = 0; i < G_N_ELEMENTS (date_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/gln/feed-sources/date/%u", i);

      g_test_add_data_func (name, &date_cases[i], test_date);
    }
  g_test_add_func ("/gln/feed-sources/split-authors", test_split_authors);
  g_test_add_func ("/gln/feed-sources/deep-json", test_deep_json);
  g_test_add_func ("/gln/feed-sources/xml-entities", test_xml_entities);
  g_test_add_func ("/gln/feed-sources/xml-doctype", test_xml_doctype);

  return g_test_run ();
}
