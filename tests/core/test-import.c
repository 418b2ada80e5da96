/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "gln-core.h"
#include "gln-test-store.h"
#include "gln-test-utils.h"

static GPtrArray *
parse_file (const char      *dir,
            const char      *file,
            GlnImportFormat  expected)
{
  g_autofree char *path = gln_test_shared_path (dir, file, NULL);
  g_autoptr(GBytes) bytes = gln_test_load_bytes (path);
  g_autoptr(GError) error = NULL;
  GlnImportFormat detected = GLN_IMPORT_FORMAT_AUTO;
  GPtrArray *papers;

  papers = gln_import_parse (bytes, GLN_IMPORT_FORMAT_AUTO, &detected, &error);
  g_assert_no_error (error);
  g_assert_cmpint (detected, ==, expected);

  return papers;
}

static void
test_detect_feeds (void)
{
  static const struct { const char *dir; const char *file; GlnImportFormat format; } cases[] = {
    { "rss", "journal.rss", GLN_IMPORT_FORMAT_RSS },
    { "rss", "journal.atom", GLN_IMPORT_FORMAT_RSS },
    { "arxiv-rss", "cs.CL.xml", GLN_IMPORT_FORMAT_RSS },
    { "arxiv", "page-0.xml", GLN_IMPORT_FORMAT_ARXIV },
    { "openalex", "works-1.json", GLN_IMPORT_FORMAT_OPENALEX },
    { "hf", "search.json", GLN_IMPORT_FORMAT_HF },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = gln_test_data_path ("feeds", cases[i].dir, cases[i].file, NULL);
      g_autoptr(GBytes) bytes = gln_test_load_bytes (path);
      g_autoptr(GPtrArray) papers = NULL;
      g_autoptr(GError) error = NULL;
      GlnImportFormat detected;

      papers = gln_import_parse (bytes, GLN_IMPORT_FORMAT_AUTO, &detected, &error);
      g_assert_no_error (error);
      g_assert_cmpint (detected, ==, cases[i].format);
      g_assert_cmpuint (papers->len, >, 0);
    }
}

static void
test_detect (void)
{
  g_autoptr(GPtrArray) arxiv = parse_file ("samples/arxiv-api",
                                           "query_all-electron-AND-all-proton_2025-11-11.xml",
                                           GLN_IMPORT_FORMAT_ARXIV);
  g_autoptr(GPtrArray) hf = parse_file ("samples/hf-daily-papers",
                                        "daily_papers_2024-10-25_first2entries.json",
                                        GLN_IMPORT_FORMAT_HF);
  g_autoptr(GPtrArray) page = parse_file ("fixtures/listings", "hf-daily-papers-page.txt",
                                          GLN_IMPORT_FORMAT_LISTING);
  g_autoptr(GBytes) empty = g_bytes_new_static ("  \n", 3);
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (arxiv->len, ==, 10);
  g_assert_cmpuint (hf->len, ==, 2);
  g_assert_cmpuint (page->len, ==, 48);

  g_assert_null (gln_import_parse (empty, GLN_IMPORT_FORMAT_AUTO, NULL, &error));
  g_assert_nonnull (error);
}

/* tugboat.bib opens with 9 KB of "%%%" comments before its first entry. */
static void
test_detect_bibtex_after_comments (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(GError) error = NULL;
  GlnImportFormat detected = GLN_IMPORT_FORMAT_AUTO;

  for (guint i = 0; i < 300; i++)
    g_string_append (text, "%%%     address         = \"University of Utah, Department\",\n");
  g_string_append (text, "@Article{Knuth:1984,\n  title = {Literate Programming},\n"
                         "  author = {Donald E. Knuth},\n  year = 1984,\n}\n");
  bytes = g_string_free_to_bytes (g_steal_pointer (&text));

  papers = gln_import_parse (bytes, GLN_IMPORT_FORMAT_AUTO, &detected, &error);
  g_assert_no_error (error);
  g_assert_cmpint (detected, ==, GLN_IMPORT_FORMAT_BIBTEX);
  g_assert_cmpuint (papers->len, ==, 1);
}

/* What tells a format may come after a first item or a header longer than 4 KB. */
static void
test_detect_after_long_head (void)
{
  g_autofree char *filler = g_strnfill (20000, 'x');
  struct { char *text; GlnImportFormat format; } cases[] = {
    { g_strdup_printf ("[{\"abstract\": \"%s\", \"type\": \"article-journal\", "
                       "\"title\": \"Long Abstract\", \"issued\": {\"date-parts\": [[2020]]}}]",
                       filler), GLN_IMPORT_FORMAT_CSLJSON },
    { g_strdup_printf ("<?xml version=\"1.0\"?>\n<!-- %s -->\n<rss version=\"2.0\"><channel>"
                       "<title>j</title><item><title>Long Comment</title>"
                       "<link>https://example.org/1</link></item></channel></rss>", filler),
      GLN_IMPORT_FORMAT_RSS },
    { g_strdup_printf ("N1  - %s\nTY  - JOUR\nTI  - Long Note\nER  - \n", filler),
      GLN_IMPORT_FORMAT_RIS },
    { g_strdup ("TY  - JOUR\rTI  - Carriage Returns\rER  - \r"), GLN_IMPORT_FORMAT_RIS },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_take (cases[i].text, strlen (cases[i].text));
      g_autoptr(GPtrArray) papers = NULL;
      g_autoptr(GError) error = NULL;
      GlnImportFormat detected = GLN_IMPORT_FORMAT_AUTO;

      papers = gln_import_parse_full (bytes, GLN_IMPORT_FORMAT_AUTO, &detected, NULL, NULL,
                                      &error);
      g_assert_cmpint (detected, ==, cases[i].format);
      g_assert_no_error (error);
      g_assert_cmpuint (papers->len, >=, 1);
    }
}

/* A title of megabytes filled the list, the search index and every export: each format cuts
 * long values to the same limits, in one place, and says which. */
typedef struct
{
  const char      *name;
  const char      *format;
  GlnImportFormat  detected;
  const char      *problem;
} LimitCase;

static const LimitCase limit_cases[] = {
  { "bibtex", "@article{long,\n  title = {@T@},\n  abstract = {@A@},\n  author = {@N@}\n}\n",
    GLN_IMPORT_FORMAT_BIBTEX, "entry 1: too long, cut: title, abstract, author names" },
  { "ris", "TY  - JOUR\nTI  - @T@\nAB  - @A@\nAU  - @N@\nER  - \n",
    GLN_IMPORT_FORMAT_RIS, "entry 1: too long, cut: title, abstract, author names" },
  { "csljson", "[{\"type\": \"article-journal\", \"issued\": {\"date-parts\": [[2020]]}, "
    "\"title\": \"@T@\", \"abstract\": \"@A@\", \"author\": [{\"family\": \"@N@\"}]}]",
    GLN_IMPORT_FORMAT_CSLJSON, "entry 1: too long, cut: title, abstract, author names" },
  { "rss", "<rss version=\"2.0\"><channel><title>j</title><item><title>@T@</title>"
    "<description>@A@</description><author>@N@</author><link>https://example.org/1</link>"
    "</item></channel></rss>", GLN_IMPORT_FORMAT_RSS, NULL },
};

static void
test_limits (gconstpointer data)
{
  const LimitCase *c = data;
  g_autofree char *title = g_strnfill (10 * 1024, 'T');
  g_autofree char *abstract = g_strnfill (300 * 1024, 'a');
  g_autofree char *author = g_strnfill (2 * 1024, 'n');
  g_autoptr(GString) text = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(GError) error = NULL;
  GlnImportFormat detected = GLN_IMPORT_FORMAT_AUTO;
  GlnPaper *paper;

  /* The title has a Unicode letter at the cut. */
  memcpy (title + GLN_PAPER_MAX_TITLE - 5, "é", 2);
  text = g_string_new (c->format);
  g_string_replace (text, "@T@", title, 1);
  g_string_replace (text, "@A@", abstract, 1);
  g_string_replace (text, "@N@", author, 1);
  bytes = g_string_free_to_bytes (g_steal_pointer (&text));
  papers = gln_import_parse_full (bytes, GLN_IMPORT_FORMAT_AUTO, &detected, &problems, NULL,
                                  &error);
  g_assert_no_error (error);
  g_assert_cmpint (detected, ==, c->detected);
  g_assert_cmpuint (papers->len, ==, 1);
  paper = g_ptr_array_index (papers, 0);
  g_assert_cmpuint (strlen (gln_paper_get_title (paper)), <=, GLN_PAPER_MAX_TITLE);
  g_assert_true (g_str_has_suffix (gln_paper_get_title (paper), "…"));
  g_assert_true (g_utf8_validate (gln_paper_get_title (paper), -1, NULL));
  g_assert_cmpuint (strlen (gln_paper_get_abstract (paper)), <=, GLN_PAPER_MAX_ABSTRACT);
  g_assert_cmpuint (strlen (gln_paper_get_authors (paper)[0]), <=, GLN_PAPER_MAX_AUTHOR);
  if (c->problem != NULL)
    {
      g_assert_nonnull (problems);
      g_assert_cmpstr (g_ptr_array_index (problems, problems->len - 1), ==, c->problem);
    }
}

/* Counts and identifiers are bounded too: six thousand authors keep the first 5000 (the
 * list says it is truncated), a DOI or link too long to be real is dropped rather than cut
 * into a wrong one, and the other fields keep what fits in 64 KB, longest dropped first. */
static void
test_limits_counts (void)
{
  g_autoptr(GString) text = g_string_new ("@article{many,\n  title = {Many Authors},\n  author = {");
  g_autofree char *doi_tail = g_strnfill (3000, '7');
  g_autofree char *url_tail = g_strnfill (3000, 'u');
  g_autofree char *note = g_strnfill (100 * 1024, 'w');
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(GError) error = NULL;
  GlnPaper *paper;

  for (guint i = 0; i < 6000; i++)
    g_string_append_printf (text, "%sFamily%u, Given", i > 0 ? " and " : "", i);
  g_string_append_printf (text, "},\n  doi = {10.1234/%s},\n  url = {https://example.org/%s},\n"
                          "  note = {%s},\n  publisher = {Small Press},\n  year = {2020}\n}\n",
                          doi_tail, url_tail, note);
  bytes = g_string_free_to_bytes (g_steal_pointer (&text));
  papers = gln_import_parse_full (bytes, GLN_IMPORT_FORMAT_AUTO, NULL, &problems, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (papers->len, ==, 1);
  paper = g_ptr_array_index (papers, 0);
  g_assert_cmpuint (gln_paper_get_n_authors (paper), ==, GLN_PAPER_MAX_AUTHORS);
  g_assert_cmpstr (gln_paper_get_authors (paper)[GLN_PAPER_MAX_AUTHORS - 1], ==, "Given Family4999");
  g_assert_true (gln_paper_get_authors_truncated (paper));
  g_assert_cmpint (gln_paper_get_author_count (paper), ==, 6000);
  g_assert_null (gln_paper_get_doi (paper));
  g_assert_null (gln_paper_get_url (paper));
  g_assert_true (g_str_has_prefix (gln_paper_get_key (paper), "title:"));
  g_assert_cmpuint (strlen (gln_paper_get_extra (paper)), <=, GLN_PAPER_MAX_EXTRA);
  g_assert_nonnull (strstr (gln_paper_get_extra (paper), "Small Press"));
  g_assert_null (strstr (gln_paper_get_extra (paper), "wwww"));
  g_assert_nonnull (problems);
  g_assert_cmpstr (g_ptr_array_index (problems, problems->len - 1), ==,
                   "entry 1: too long, cut: authors past the first 5000, other fields; "
                   "dropped: DOI, link");
}

/* A pasted page showing a paper the library has from arXiv: found by its title, and by its
 * arXiv id when the page shows one; either way the user's work stays. */
static const char pasted_page[] =
  "Daily Papers\n"
  "\n"
  "Electron cloud observations at the ISIS proton synchrotron\n"
  "\n"
  "The build up of electron clouds inside a particle accelerator vacuum chamber can produce "
  "instabilities. Measurements at ISIS show the signal in detail, copied from a listing page.\n"
  "\n"
  "  • 2 authors\n"
  "·\n"
  "Sep 18, 2013\n"
  "\n"
  "A paper nobody has seen before in this library\n"
  "\n"
  "We propose a brand new method for something entirely different and show that it works "
  "better than what came before on every benchmark we tried, by a wide margin indeed.\n"
  "\n"
  "  • 3 authors\n"
  "·\n"
  "Oct 1, 2025\n";

static void
test_listing_merges (void)
{
  g_autoptr(GlnStore) store = gln_test_store_new ();
  g_autoptr(GlnImporter) importer = gln_importer_new (store);
  g_autoptr(GPtrArray) arxiv = parse_file ("samples/arxiv-api",
                                           "query_all-electron-AND-all-proton_2025-11-11.xml",
                                           GLN_IMPORT_FORMAT_ARXIV);
  g_autoptr(GBytes) bytes = g_bytes_new_static (pasted_page, sizeof pasted_page - 1);
  g_autoptr(GPtrArray) pasted = NULL;
  g_autoptr(GlnImportResult) result = NULL;
  g_autoptr(GlnParseInputs) inputs = NULL;
  g_autoptr(GlnPaper) paper = NULL;
  g_autoptr(GlnNote) note = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GError) error = NULL;
  GlnImportFormat detected;
  gint64 id;

  result = gln_test_store_import (store, arxiv, 0);
  paper = gln_test_store_find (store, "arxiv:1309.4668");
  id = gln_paper_get_id (paper);
  gln_store_set_rating_async (store, paper, 5, NULL, gln_test_ready_cb, NULL);
  gln_test_store_edited (store);
  gln_store_save_note_async (store, paper, 0, "Seen at IPAC", NULL, gln_test_ready_cb, NULL);
  note = gln_store_save_note_finish (store, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_cmpint (note->id, >, 0);
  g_clear_object (&paper);

  pasted = gln_import_parse (bytes, GLN_IMPORT_FORMAT_AUTO, &detected, &error);
  g_assert_no_error (error);
  g_assert_cmpint (detected, ==, GLN_IMPORT_FORMAT_LISTING);
  g_assert_cmpuint (pasted->len, ==, 2);

  /* The paste goes the way the paste dialog sends it: parsed, then stored. */
  inputs = gln_parse_inputs_new (GLN_IMPORT_FORMAT_AUTO);
  gln_parse_inputs_add_bytes (inputs, NULL, bytes);
  gln_importer_import_async (importer, gln_parse_inputs_parse, g_steal_pointer (&inputs),
                             (GDestroyNotify) gln_parse_inputs_free, 0, NULL, gln_test_ready_cb,
                             NULL);
  g_clear_pointer (&result, gln_import_result_free);
  result = gln_importer_import_finish (importer, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (result->stats.found, ==, 2);
  g_assert_cmpuint (result->stats.added, ==, 1);
  g_assert_cmpuint (result->stats.merged + result->stats.unchanged, ==, 1);
  g_assert_cmpint (gln_import_result_get_id (result, 0), ==, id);

  paper = gln_test_store_find (store, "arxiv:1309.4668");
  g_assert_cmpint (gln_paper_get_rating (paper), ==, 5);
  g_assert_true (g_str_has_prefix (gln_paper_get_abstract (paper),
                                   "The build up of electron clouds inside a particle accelerator"));
  /* The page's "• 2 authors" agrees with the arXiv author list kept. */
  g_assert_cmpuint (gln_paper_get_n_authors (paper), ==, 2);
  gln_store_list_notes_async (store, id, NULL, gln_test_ready_cb, NULL);
  notes = gln_store_list_notes_finish (store, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (notes->len, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  gln_test_add_shared_func ("/gln/import/detect", test_detect);
  g_test_add_func ("/gln/import/detect-bibtex-after-comments", test_detect_bibtex_after_comments);
  g_test_add_func ("/gln/import/detect-feeds", test_detect_feeds);
  g_test_add_func ("/gln/import/detect-after-long-head", test_detect_after_long_head);
  g_test_add_func ("/gln/import/limits-counts", test_limits_counts);
  for (guint i = 0; i < G_N_ELEMENTS (limit_cases); i++)
    {
      g_autofree char *path = g_strconcat ("/gln/import/limits/", limit_cases[i].name, NULL);

      g_test_add_data_func (path, &limit_cases[i], test_limits);
    }
  gln_test_add_shared_func ("/gln/import/listing-merges", test_listing_merges);

  return g_test_run ();
}
