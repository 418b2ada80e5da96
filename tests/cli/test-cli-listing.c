/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <json-glib/json-glib.h>

#include "../core/gln-test-utils.h"
#include "gln-cli-runner.h"

static char *
read_fixture (const char *name)
{
  g_autofree char *path = gln_test_shared_path ("fixtures", "listings", name, NULL);
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));

  return contents;
}

static void
test_paste_from_stdin (void)
{
  g_autofree char *db = gln_test_tmp_db_path ();
  g_autofree char *page = read_fixture ("author-page.txt");
  g_autofree char *path = gln_test_shared_path ("fixtures", "listings", "hf-daily-papers-page.txt",
                                                NULL);
  g_autoptr(GPtrArray) papers = NULL;
  g_auto(GlnCliRun) run = { 0, };
  JsonObject *first = NULL;

  gln_cli_run (&run, db, page, "import", "--format", "listing", "-", NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpstr (run.out, ==, "34 entries: 34 added, 0 already in the library, "
                                "0 possible duplicates to review, 0 skipped\n");

  /* Auto-detection takes a copied page for a listing; pasting it again adds nothing. */
  gln_cli_run (&run, db, NULL, "import", path, NULL);
  g_assert_cmpstr (run.out, ==, "48 entries: 48 added, 0 already in the library, "
                                "0 possible duplicates to review, 0 skipped\n");
  gln_cli_run (&run, db, page, "import", "-", NULL);
  g_assert_cmpstr (run.out, ==, "34 entries: 0 added, 34 already in the library, "
                                "0 possible duplicates to review, 0 skipped\n");

  gln_cli_run (&run, db, NULL, "list", "--json", "--query", "\"lottery ticket\"", NULL);
  papers = gln_cli_parse_jsonl (run.out);
  for (guint i = 0; i < papers->len; i++)
    if (g_str_has_prefix (json_object_get_string_member (papers->pdata[i], "title"),
                          "Learning to Win Lottery Tickets"))
      first = papers->pdata[i];
  g_assert_nonnull (first);
  g_assert_cmpstr (json_object_get_string_member (first, "date_text"), ==, "Apr 24, 2022");
  g_assert_cmpstr (json_object_get_string_member (first, "published"), ==, "2022-04-24");
  g_assert_cmpstr (json_object_get_string_member (first, "category"), ==, "CL");
  g_assert_cmpstr (json_object_get_string_member (first, "code_url"), ==,
                   "https://github.com/llyx97/TAMT");
  g_assert_true (json_object_get_boolean_member (first, "authors_truncated"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (first, "institutions")),
                    ==, 2);

  /* Text with no paper in it is an error, and nothing is written. */
  gln_cli_run (&run, db, "Subscribe\nDaily Papers\n", "import", "--format", "listing", "-", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_str_has_prefix (run.err, "gleaner-cli: Nothing was imported: "));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  gln_test_add_shared_func ("/gln/cli/listing/paste-from-stdin", test_paste_from_stdin);

  return g_test_run ();
}
