/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "gln-biblio.h"
#include "gln-csljson.h"
#include "gln-json-load.h"
#include "gln-source.h"
#include "gln-test-papers.h"
#include "gln-test-utils.h"

static GPtrArray *
parse_fixture (const char *name)
{
  g_autofree char *path = gln_test_data_path ("csljson", name, NULL);
  g_autoptr(GBytes) bytes = gln_test_load_bytes (path);
  g_autoptr(GError) error = NULL;
  GPtrArray *papers;

  papers = gln_csljson_parse (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  g_assert_nonnull (papers);

  return papers;
}

static void
test_library (void)
{
  g_autoptr(GPtrArray) papers = parse_fixture ("library.json");
  g_autoptr(JsonObject) extra = NULL;
  GlnPaper *paper;

  g_assert_cmpuint (papers->len, ==, 5);

  paper = gln_test_find_paper (papers, "sadasivan2012");
  g_assert_cmpstr (gln_paper_get_key (paper), ==, "doi:10.1371/journal.pone.0033693");
  g_assert_cmpstr (gln_paper_get_published (paper), ==, "2012-03-21");
  g_assert_cmpstr (gln_paper_get_tags (paper)[1], ==, "microglia");
  g_assert_cmpstr (gln_paper_get_source (paper), ==, "csljson");
  extra = gln_biblio_dup_extra (paper);
  /* Numbers are read as the strings CSL means. */
  g_assert_cmpstr (gln_biblio_get_string (extra, "volume"), ==, "7");
  g_assert_cmpstr (gln_biblio_get_string (extra, "container-title"), ==, "PLoS ONE");
  /* What Gleaner has no field for is kept as it came. */
  g_assert_true (json_object_has_member (gln_biblio_get_object (extra, "csl"), "accessed"));
  g_assert_cmpstr (gln_biblio_get_string (gln_biblio_get_object (extra, "csl"), "language"), ==,
                   "en");
  g_clear_pointer (&extra, json_object_unref);

  paper = gln_test_find_paper (papers, "vaswani2017attention");
  g_assert_cmpstr (gln_paper_get_authors (paper)[2], ==, "Łukasz Kaiser");
  g_assert_cmpstr (gln_paper_get_published (paper), ==, "2017");
  g_assert_cmpint (gln_paper_get_date_precision (paper), ==, GLN_DATE_PRECISION_YEAR);

  /* Zotero's preprints: "number": "arXiv:…". */
  paper = gln_test_find_paper (papers, "devlin2018bert");
  g_assert_cmpstr (gln_paper_get_key (paper), ==, "arxiv:1810.04805");
  g_assert_cmpstr (gln_paper_get_published (paper), ==, "2018-10-11");

  paper = gln_test_find_paper (papers, "beethoven");
  g_assert_cmpstr (gln_paper_get_authors (paper)[1], ==, "Jean de la Fontaine Jr.");
  g_assert_cmpstr (gln_paper_get_authors (paper)[2], ==, "World Health Organization");
  g_assert_cmpstr (gln_paper_get_published (paper), ==, "2021-03-15");

  paper = gln_test_find_paper (papers, "undated");
  g_assert_null (gln_paper_get_published (paper));
}

static void
test_round_trip (void)
{
  g_autoptr(GPtrArray) first = parse_fixture ("library.json");
  g_autoptr(GPtrArray) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *written = gln_csljson_write (first);
  g_autofree char *rewritten = NULL;

  second = gln_csljson_parse (written, -1, &error);
  g_assert_no_error (error);
  gln_test_assert_lists_equal (first, second, NULL);

  rewritten = gln_csljson_write (second);
  g_assert_cmpstr (rewritten, ==, written);
}

static void
test_errors (void)
{
  static const char * const bad[] = { "[{\"id\": ", "\"a string\"", "42" };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      GPtrArray *papers = gln_csljson_parse (bad[i], -1, &error);

      g_assert_null (papers);
      g_assert_error (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_INVALID);
    }
}

/* A 150 KB file of "[" crashed json-glib's recursive parser: it is refused before. */
static void
test_deep_nesting (void)
{
  g_autoptr(GString) deep = g_string_new (NULL);
  g_autoptr(GString) limit = g_string_new ("[{\"title\": \"[[[[{{{{\\\"\"");
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 75000; i++)
    g_string_append_c (deep, '[');
  papers = gln_csljson_parse (deep->str, deep->len, &error);
  g_assert_error (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "Not valid JSON: arrays and objects are nested more than 512 levels deep");
  g_assert_null (papers);
  g_clear_error (&error);

  /* Brackets in strings do not count; 512 levels are read. */
  g_string_append (limit, ", \"note\": ");
  for (guint i = 0; i < 510; i++)
    g_string_append_c (limit, '[');
  for (guint i = 0; i < 510; i++)
    g_string_append_c (limit, ']');
  g_string_append (limit, "}]");
  g_assert_true (gln_json_check_depth (limit->str, limit->len, 512, NULL));
  g_assert_false (gln_json_check_depth (limit->str, limit->len, 511, NULL));
  papers = gln_csljson_parse (limit->str, limit->len, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (papers->len, ==, 1);
  g_assert_cmpstr (gln_paper_get_title (g_ptr_array_index (papers, 0)), ==, "[[[[{{{{\"");
}

/* json-glib reads "[…][…]" as two documents, keeps the second and leaks the first (found by
 * fuzz/fuzz-csljson.c): a file must hold one value. */
static void
test_one_value (void)
{
  static const char * const refused[] = {
    "[{\"title\": \"A\"}][{\"title\": \"B\"}]",
    "2[{\"title\": \"A\"}]",
    "[{\"title\": \"A\"}] \"x\"",
    "[{\"title\": \"A\"}]x",
  };
  static const char * const read[] = {
    "\n [ {\"title\": \"A ][ }{\"} ] \n",
    "\xef\xbb\xbf[{\"title\": \"A\"}]",
  };

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(GPtrArray) papers = NULL;
      g_autoptr(GError) error = NULL;

      papers = gln_csljson_parse (refused[i], -1, &error);
      g_assert_error (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_INVALID);
      g_assert_null (papers);
    }
  for (guint i = 0; i < G_N_ELEMENTS (read); i++)
    {
      g_autoptr(GPtrArray) papers = NULL;
      g_autoptr(GError) error = NULL;

      papers = gln_csljson_parse (read[i], -1, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (papers->len, ==, 1);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/gln/csljson/library", test_library);
  g_test_add_func ("/gln/csljson/round-trip", test_round_trip);
  g_test_add_func ("/gln/csljson/errors", test_errors);
  g_test_add_func ("/gln/csljson/deep-nesting", test_deep_nesting);
  g_test_add_func ("/gln/csljson/one-value", test_one_value);

  return g_test_run ();
}
