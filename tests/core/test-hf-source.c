/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "gln-hf-source.h"
#include "gln-paper.h"
#include "gln-test-utils.h"

#define DAILY_SAMPLE "daily_papers_2024-10-25_first2entries.json"

static GBytes *
load_sample (void)
{
  g_autofree char *path = gln_test_shared_path ("samples", "hf-daily-papers", DAILY_SAMPLE, NULL);

  return gln_test_load_bytes (path);
}

static GPtrArray *
parse_bytes (GBytes *bytes)
{
  g_autoptr(GlnHfSource) source = gln_hf_source_new ();
  g_autoptr(GError) error = NULL;
  GPtrArray *papers;

  papers = gln_source_parse (GLN_SOURCE (source), bytes, &error);
  g_assert_no_error (error);
  g_assert_nonnull (papers);

  return papers;
}

static GPtrArray *
parse_string (const char *json)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, strlen (json));

  return parse_bytes (bytes);
}

static GError *
parse_error (const char *json)
{
  g_autoptr(GlnHfSource) source = gln_hf_source_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, strlen (json));
  g_autoptr(GPtrArray) papers = NULL;
  GError *error = NULL;

  papers = gln_source_parse (GLN_SOURCE (source), bytes, &error);
  g_assert_null (papers);
  g_assert_nonnull (error);

  return error;
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
test_hf_source_interface (void)
{
  g_autoptr(GlnHfSource) source = gln_hf_source_new ();

  g_assert_true (GLN_IS_SOURCE (source));
  g_assert_cmpstr (gln_source_get_name (GLN_SOURCE (source)), ==, "hf");
}

static void
test_hf_source_daily_sample (void)
{
  g_autoptr(GBytes) bytes = load_sample ();
  g_autoptr(GPtrArray) papers = parse_bytes (bytes);
  GlnPaper *paper;
  const char *names[] = {
    "Zesen Cheng", "Hang Zhang", "Kehan Li", "Sicong Leng", "Zhiqiang Hu", "Fei Wu",
    "Deli Zhao", "Xin Li", "Lidong Bing", NULL
  };
  const char *names_2[] = {
    "Baixiang Huang", "Canyu Chen", "Xiongxiao Xu", "Ali Payani", "Kai Shu", NULL
  };

  g_assert_cmpuint (papers->len, ==, 2);

  paper = g_ptr_array_index (papers, 0);
  g_assert_cmpstr (gln_paper_get_key (paper), ==, "arxiv:2410.17243");
  g_assert_cmpstr (gln_paper_get_source (paper), ==, "hf");
  g_assert_cmpstr (gln_paper_get_arxiv_id (paper), ==, "2410.17243");
  g_assert_cmpint (gln_paper_get_arxiv_version (paper), ==, 0);
  g_assert_cmpstr (gln_paper_get_title (paper), ==,
                   "Breaking the Memory Barrier: Near Infinite Batch Size Scaling for "
                   "Contrastive Loss");
  g_assert_true (g_str_has_prefix (gln_paper_get_abstract (paper),
                                   "Contrastive loss is a powerful approach for representation "
                                   "learning, where larger batch sizes enhance performance"));
  g_assert_true (g_str_has_suffix (gln_paper_get_abstract (paper),
                                   "while maintaining comparable speed. The code will be made "
                                   "publicly available."));
  g_assert_null (strchr (gln_paper_get_abstract (paper), '\n'));
  g_assert_null (strstr (gln_paper_get_abstract (paper), "  "));
  /* paper.publishedAt, not the top-level time it reached Daily Papers (2024-10-25). */
  g_assert_cmpstr (gln_paper_get_published (paper), ==, "2024-10-22");
  g_assert_cmpint (gln_paper_get_date_precision (paper), ==, GLN_DATE_PRECISION_DAY);
  g_assert_null (gln_paper_get_date_text (paper));
  assert_strv (gln_paper_get_authors (paper), names);
  g_assert_cmpint (gln_paper_get_author_count (paper), ==, 9);
  g_assert_cmpstr (gln_paper_get_affiliations (paper)[0], ==, "");
  g_assert_cmpint (gln_paper_get_upvotes (paper), ==, 64);
  g_assert_cmpstr (gln_paper_get_url (paper), ==, "https://arxiv.org/abs/2410.17243");
  g_assert_cmpstr (gln_paper_get_pdf_url (paper), ==, "https://arxiv.org/pdf/2410.17243");
  g_assert_null (gln_paper_get_code_url (paper));
  g_assert_false (gln_paper_get_has_code (paper));
  g_assert_null (gln_paper_get_institutions (paper)[0]);
  g_assert_null (gln_paper_get_doi (paper));
  g_assert_null (gln_paper_get_category (paper));

  paper = g_ptr_array_index (papers, 1);
  g_assert_cmpstr (gln_paper_get_key (paper), ==, "arxiv:2410.16251");
  g_assert_cmpstr (gln_paper_get_title (paper), ==,
                   "Can Knowledge Editing Really Correct Hallucinations?");
  g_assert_true (g_str_has_prefix (gln_paper_get_abstract (paper),
                                   "Large Language Models (LLMs) suffer from hallucinations, "
                                   "referring to the non-factual information"));
  g_assert_cmpstr (gln_paper_get_published (paper), ==, "2024-10-21");
  assert_strv (gln_paper_get_authors (paper), names_2);
  g_assert_cmpint (gln_paper_get_author_count (paper), ==, 5);
  g_assert_cmpint (gln_paper_get_upvotes (paper), ==, 41);
}

/* /api/papers/search items, flat and in the daily shape, with the newer optional fields. */
static void
test_hf_source_search_results (void)
{
  static const char json[] =
    "[{\"id\": \"2602.23229\","
    "  \"authors\": [{\"_id\": \"a1\", \"name\": \"Marco Garosi\", \"hidden\": false},"
    "                {\"_id\": \"a2\", \"name\": \"Hidden  Author\", \"hidden\": true}],"
    "  \"publishedAt\": \"2026-02-26T17:08:18.000Z\","
    "  \"title\": \"Large Multimodal Models as General\\n  In-Context Classifiers\","
    "  \"summary\": \"Which multimodal model\\nshould we use?\\n\\nWe answer.\","
    "  \"upvotes\": 10,"
    "  \"githubRepo\": \"https://github.com/marco-garosi/CIRCLE\","
    "  \"organization\": {\"_id\": \"o1\", \"name\": \"MHUGLab\","
    "                     \"fullname\": \"Multimedia and Human Understanding Group\"}},"
    " {\"paper\": {\"id\": \"2410.17243\", \"title\": \"Inner title\", \"upvotes\": 3},"
    "  \"title\": \"Outer title\","
    "  \"summary\": \"Top-level summary.\","
    "  \"organization\": {\"name\": \"OnlyShortName\"}}]";
  g_autoptr(GPtrArray) papers = parse_string (json);
  GlnPaper *paper;
  const char *names[] = { "Marco Garosi", "Hidden Author", NULL };
  const char *institutions[] = { "Multimedia and Human Understanding Group", NULL };
  const char *institutions_2[] = { "OnlyShortName", NULL };

  g_assert_cmpuint (papers->len, ==, 2);

  paper = g_ptr_array_index (papers, 0);
  g_assert_cmpstr (gln_paper_get_key (paper), ==, "arxiv:2602.23229");
  g_assert_cmpstr (gln_paper_get_title (paper), ==,
                   "Large Multimodal Models as General In-Context Classifiers");
  g_assert_cmpstr (gln_paper_get_abstract (paper), ==,
                   "Which multimodal model should we use? We answer.");
  g_assert_cmpstr (gln_paper_get_published (paper), ==, "2026-02-26");
  assert_strv (gln_paper_get_authors (paper), names);
  g_assert_cmpint (gln_paper_get_author_count (paper), ==, 2);
  g_assert_cmpint (gln_paper_get_upvotes (paper), ==, 10);
  g_assert_cmpstr (gln_paper_get_code_url (paper), ==, "https://github.com/marco-garosi/CIRCLE");
  g_assert_true (gln_paper_get_has_code (paper));
  assert_strv (gln_paper_get_institutions (paper), institutions);
  g_assert_cmpstr (gln_paper_get_url (paper), ==, "https://arxiv.org/abs/2602.23229");
  g_assert_cmpstr (gln_paper_get_pdf_url (paper), ==, "https://arxiv.org/pdf/2602.23229");

  paper = g_ptr_array_index (papers, 1);
  g_assert_cmpstr (gln_paper_get_key (paper), ==, "arxiv:2410.17243");
  g_assert_cmpstr (gln_paper_get_title (paper), ==, "Outer title");
  g_assert_cmpstr (gln_paper_get_abstract (paper), ==, "Top-level summary.");
  g_assert_cmpint (gln_paper_get_upvotes (paper), ==, 3);
  g_assert_null (gln_paper_get_published (paper));
  g_assert_cmpint (gln_paper_get_date_precision (paper), ==, GLN_DATE_PRECISION_NONE);
  g_assert_cmpint (gln_paper_get_author_count (paper), ==, -1);
  assert_strv (gln_paper_get_institutions (paper), institutions_2);
  g_assert_false (gln_paper_get_has_code (paper));
}

/* /api/papers/{id} answers with one flat paper object. */
static void
test_hf_source_single_paper (void)
{
  g_autoptr(GPtrArray) papers =
    parse_string ("{\"id\": \"2410.16251\", \"title\": \"Can Knowledge Editing\\n Really "
                  "Correct Hallucinations?\", \"upvotes\": 41, \"publishedAt\": "
                  "\"2024-10-21T17:55:54.000Z\", \"linkedModels\": [], \"numTotalModels\": 0}");
  GlnPaper *paper;

  g_assert_cmpuint (papers->len, ==, 1);
  paper = g_ptr_array_index (papers, 0);
  g_assert_cmpstr (gln_paper_get_key (paper), ==, "arxiv:2410.16251");
  g_assert_cmpstr (gln_paper_get_title (paper), ==,
                   "Can Knowledge Editing Really Correct Hallucinations?");
  g_assert_cmpstr (gln_paper_get_published (paper), ==, "2024-10-21");
  g_assert_cmpint (gln_paper_get_upvotes (paper), ==, 41);
}

static void
test_hf_source_malformed (void)
{
  g_autoptr(GBytes) bytes = load_sample ();
  g_autoptr(GBytes) half = g_bytes_new_from_bytes (bytes, 0, g_bytes_get_size (bytes) / 2);
  g_autoptr(GlnHfSource) source = gln_hf_source_new ();
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(GError) error = NULL;
  const char *bodies[] = { "[{\"paper\": {\"id\": \"2410.17243\"}", "not json", "<html/>", "" };

  papers = gln_source_parse (GLN_SOURCE (source), half, &error);
  g_assert_error (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "Hugging Face data is not valid JSON: "));
  g_assert_null (papers);

  for (guint i = 0; i < G_N_ELEMENTS (bodies); i++)
    {
      g_autoptr(GError) body_error = parse_error (bodies[i]);

      g_assert_error (body_error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_INVALID);
      g_assert_true (g_str_has_prefix (body_error->message,
                                       "Hugging Face data is not valid JSON: "));
    }
}

/* Valid JSON that is neither a list of papers nor a paper. */
static void
test_hf_source_wrong_shape (void)
{
  const char *bodies[] = {
    "\"hello\"", "42", "null", "[1, 2, 3]", "[[], {}]", "{\"foo\": 1}",
    "{\"paper\": 7}", "[{\"paper\": {\"id\": 2410}}]",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bodies); i++)
    {
      g_autoptr(GError) error = parse_error (bodies[i]);

      g_assert_error (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_INVALID);
    }
}

static void
test_hf_source_service_error (void)
{
  g_autoptr(GError) error = parse_error ("{\"error\":\"Invalid date\"}");
  g_autoptr(GError) odd_error = parse_error ("{\"error\": {\"code\": 500}}");

  g_assert_error (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_SERVICE);
  g_assert_cmpstr (error->message, ==, "Invalid date");
  g_assert_error (odd_error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_SERVICE);
}

/* Every field is optional and may have the wrong type; none of that may crash or warn. */
static void
test_hf_source_sparse_entry (void)
{
  static const char json[] =
    "[{\"paper\": {\"id\": \"2410.00001\", \"title\": 7, \"summary\": null,"
    "              \"authors\": \"nobody\", \"upvotes\": \"many\", \"publishedAt\": \"soon\","
    "              \"githubRepo\": \"\", \"organization\": \"MIT\"}},"
    " {\"numComments\": 3},"
    " 17,"
    " {\"title\": \"Only a  title\", \"paper\": {\"authors\": [{\"name\": null}, 5,"
    "                                          {\"name\": \"Real Name\"}, \"Plain String\"],"
    "                                          \"upvotes\": -4}}]";
  g_autoptr(GPtrArray) papers = parse_string (json);
  g_autoptr(GPtrArray) empty = parse_string ("[]");
  GlnPaper *paper;
  const char *names[] = { "Real Name", "Plain String", NULL };

  g_assert_cmpuint (empty->len, ==, 0);
  g_assert_cmpuint (papers->len, ==, 2);

  paper = g_ptr_array_index (papers, 0);
  g_assert_cmpstr (gln_paper_get_key (paper), ==, "arxiv:2410.00001");
  g_assert_cmpstr (gln_paper_get_arxiv_id (paper), ==, "2410.00001");
  g_assert_null (gln_paper_get_title (paper));
  g_assert_null (gln_paper_get_abstract (paper));
  g_assert_null (gln_paper_get_published (paper));
  g_assert_cmpint (gln_paper_get_date_precision (paper), ==, GLN_DATE_PRECISION_NONE);
  g_assert_cmpuint (gln_paper_get_n_authors (paper), ==, 0);
  g_assert_cmpint (gln_paper_get_author_count (paper), ==, -1);
  g_assert_cmpint (gln_paper_get_upvotes (paper), ==, -1);
  g_assert_null (gln_paper_get_code_url (paper));
  g_assert_false (gln_paper_get_has_code (paper));
  g_assert_null (gln_paper_get_institutions (paper)[0]);
  g_assert_cmpstr (gln_paper_get_source (paper), ==, "hf");

  /* No arXiv id: the title identifies it, and there is no arXiv link to make. */
  paper = g_ptr_array_index (papers, 1);
  g_assert_true (g_str_has_prefix (gln_paper_get_key (paper), "title:"));
  g_assert_cmpstr (gln_paper_get_title (paper), ==, "Only a title");
  g_assert_null (gln_paper_get_arxiv_id (paper));
  g_assert_null (gln_paper_get_url (paper));
  g_assert_null (gln_paper_get_pdf_url (paper));
  assert_strv (gln_paper_get_authors (paper), names);
  g_assert_cmpint (gln_paper_get_author_count (paper), ==, 2);
  g_assert_cmpint (gln_paper_get_upvotes (paper), ==, -1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/gln/hf-source/interface", test_hf_source_interface);
  gln_test_add_shared_func ("/gln/hf-source/daily-sample", test_hf_source_daily_sample);
  g_test_add_func ("/gln/hf-source/search-results", test_hf_source_search_results);
  g_test_add_func ("/gln/hf-source/single-paper", test_hf_source_single_paper);
  gln_test_add_shared_func ("/gln/hf-source/malformed", test_hf_source_malformed);
  g_test_add_func ("/gln/hf-source/wrong-shape", test_hf_source_wrong_shape);
  g_test_add_func ("/gln/hf-source/service-error", test_hf_source_service_error);
  g_test_add_func ("/gln/hf-source/sparse-entry", test_hf_source_sparse_entry);

  return g_test_run ();
}
