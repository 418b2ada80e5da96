/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "gln-database.h"
#include "gln-import.h"
#include "gln-listing.h"
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
  g_autofree char *db_path = gln_test_tmp_db_path ();
  g_autoptr(GlnDatabase) db = gln_database_open (db_path, GLN_DATABASE_FLAGS_NONE, NULL);
  g_autoptr(GPtrArray) arxiv = parse_file ("samples/arxiv-api",
                                           "query_all-electron-AND-all-proton_2025-11-11.xml",
                                           GLN_IMPORT_FORMAT_ARXIV);
  g_autoptr(GBytes) bytes = g_bytes_new_static (pasted_page, sizeof pasted_page - 1);
  g_autoptr(GPtrArray) pasted = NULL;
  g_autoptr(GlnPaper) paper = NULL;
  g_autoptr(GError) error = NULL;
  GlnImportStats stats = { 0, };
  GlnImportFormat detected;

  g_assert_true (gln_database_import (db, arxiv, 0, NULL, &error));
  paper = gln_database_find_paper (db, "arxiv:1309.4668", &error);
  g_assert_true (gln_database_set_rating (db, gln_paper_get_id (paper), 5, &error));
  g_assert_true (gln_database_add_note (db, gln_paper_get_id (paper), "Seen at IPAC", &error) > 0);

  pasted = gln_import_parse (bytes, GLN_IMPORT_FORMAT_AUTO, &detected, &error);
  g_assert_no_error (error);
  g_assert_cmpint (detected, ==, GLN_IMPORT_FORMAT_LISTING);
  g_assert_cmpuint (pasted->len, ==, 2);

  g_assert_true (gln_database_import (db, pasted, 0, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.added, ==, 1);
  g_assert_cmpuint (stats.merged + stats.unchanged, ==, 1);
  g_assert_cmpint (gln_paper_get_id (pasted->pdata[0]), ==, gln_paper_get_id (paper));

  g_clear_object (&paper);
  paper = gln_database_find_paper (db, "arxiv:1309.4668", &error);
  g_assert_cmpint (gln_paper_get_rating (paper), ==, 5);
  g_assert_true (g_str_has_prefix (gln_paper_get_abstract (paper),
                                   "The build up of electron clouds inside a particle accelerator"));
  /* The page's "• 2 authors" agrees with the arXiv author list kept. */
  g_assert_cmpuint (gln_paper_get_n_authors (paper), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  gln_test_add_shared_func ("/gln/import/detect", test_detect);
  g_test_add_func ("/gln/import/detect-feeds", test_detect_feeds);
  gln_test_add_shared_func ("/gln/import/listing-merges", test_listing_merges);

  return g_test_run ();
}
