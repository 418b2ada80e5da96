/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <json-glib/json-glib.h>

#include "../core/gln-test-utils.h"
#include "gln-cli-runner.h"

#define REVIEW "Proton radius"

static char *
prepare_library (void)
{
  g_autofree char *sample = gln_test_shared_path ("samples", "arxiv-api",
                                                  "query_all-electron-AND-all-proton_2025-11-11.xml",
                                                  NULL);
  char *db = gln_test_tmp_db_path ();
  g_auto(GlnCliRun) run = { 0, };

  gln_cli_run (&run, db, NULL, "import", sample, NULL);
  g_assert_cmpint (run.status, ==, 0);
  gln_cli_run (&run, db, NULL, "collection", "create", REVIEW, NULL);
  g_assert_cmpint (run.status, ==, 0);
  gln_cli_run (&run, db, NULL, "collection", "describe", REVIEW,
               "Which measurements of the proton charge radius agree?", NULL);
  g_assert_cmpint (run.status, ==, 0);
  gln_cli_run (&run, db, NULL, "collection", "add", REVIEW, "arxiv:1205.6628", "arxiv:1606.02159",
               "arxiv:1309.4668", "arxiv:2102.00018", NULL);
  g_assert_cmpint (run.status, ==, 0);

  return db;
}

static void
test_screening (void)
{
  g_autofree char *db = prepare_library ();
  g_autoptr(GPtrArray) objects = NULL;
  g_auto(GlnCliRun) run = { 0, };
  JsonObject *summary;

  gln_cli_run (&run, db, NULL, "collection", "screen", REVIEW, "arxiv:1205.6628", "include", NULL);
  g_assert_cmpint (run.status, ==, 0);
  gln_cli_run (&run, db, NULL, "collection", "screen", REVIEW, "arxiv:1606.02159", "exclude",
               "--reason", "review article", NULL);
  g_assert_cmpint (run.status, ==, 0);
  gln_cli_run (&run, db, NULL, "collection", "screen", REVIEW, "arxiv:1309.4668", "maybe", NULL);
  g_assert_cmpint (run.status, ==, 0);
  gln_cli_run (&run, db, NULL, "collection", "undo", REVIEW, NULL);
  g_assert_cmpstr (run.out, ==, "Took back the decision on arxiv:1309.4668\n");

  gln_cli_run (&run, db, NULL, "collection", "summary", REVIEW, "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  objects = gln_cli_parse_jsonl (run.out);
  summary = objects->pdata[0];
  g_assert_cmpint (json_object_get_int_member (summary, "papers"), ==, 4);
  g_assert_cmpint (json_object_get_int_member (summary, "include"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (summary, "exclude"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (summary, "maybe"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (summary, "unscreened"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (summary, "reasons"),
                                               "review article"), ==, 1);

  gln_cli_run (&run, db, NULL, "collection", "list", "--json", NULL);
  g_clear_pointer (&objects, g_ptr_array_unref);
  objects = gln_cli_parse_jsonl (run.out);
  g_assert_cmpuint (objects->len, ==, 1);
  g_assert_cmpstr (json_object_get_string_member (objects->pdata[0], "description"), ==,
                   "Which measurements of the proton charge radius agree?");

  /* Removing a paper and deleting the collection leave the papers in the library. */
  gln_cli_run (&run, db, NULL, "collection", "remove", REVIEW, "arxiv:1309.4668", NULL);
  g_assert_cmpint (run.status, ==, 0);
  gln_cli_run (&run, db, NULL, "collection", "delete", REVIEW, NULL);
  g_assert_cmpint (run.status, ==, 0);
  gln_cli_run (&run, db, NULL, "list", "--json", NULL);
  g_clear_pointer (&objects, g_ptr_array_unref);
  objects = gln_cli_parse_jsonl (run.out);
  g_assert_cmpuint (objects->len, ==, 10);
}

static void
test_board (void)
{
  g_autofree char *db = prepare_library ();
  g_autoptr(GPtrArray) objects = NULL;
  g_auto(GlnCliRun) run = { 0, };

  gln_cli_run (&run, db, NULL, "board", REVIEW, "add-column", "Method", "--kind", "choice",
               "--choices", "theory, experiment", NULL);
  g_assert_cmpint (run.status, ==, 0);
  gln_cli_run (&run, db, NULL, "board", REVIEW, "add-column", "Quality", "--kind", "score", NULL);
  g_assert_cmpint (run.status, ==, 0);
  gln_cli_run (&run, db, NULL, "board", REVIEW, "add-column", "Notes", NULL);
  g_assert_cmpint (run.status, ==, 0);
  gln_cli_run (&run, db, NULL, "board", REVIEW, "add-column", "Bad", "--kind", "colour", NULL);
  g_assert_cmpint (run.status, ==, 2);
  gln_cli_run (&run, db, NULL, "board", REVIEW, "add-column", "Pick", "--kind", "choice", NULL);
  g_assert_cmpint (run.status, ==, 2);

  gln_cli_run (&run, db, NULL, "board", REVIEW, "set", "arxiv:1205.6628", "Method", "Theory", NULL);
  g_assert_cmpint (run.status, ==, 0);
  gln_cli_run (&run, db, NULL, "board", REVIEW, "set", "arxiv:1205.6628", "Quality", "4", NULL);
  g_assert_cmpint (run.status, ==, 0);
  gln_cli_run (&run, db, NULL, "board", REVIEW, "set", "arxiv:1205.6628", "Quality", "9", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "score from 0 to 5"));
  gln_cli_run (&run, db, NULL, "board", REVIEW, "set", "arxiv:1205.6628", "Colour", "red", NULL);
  g_assert_cmpint (run.status, ==, 1);

  gln_cli_run (&run, db, NULL, "board", REVIEW, "move-column", "Notes", "1", NULL);
  g_assert_cmpint (run.status, ==, 0);
  gln_cli_run (&run, db, NULL, "board", REVIEW, "rename-column", "Quality", "Rigour", NULL);
  g_assert_cmpint (run.status, ==, 0);
  gln_cli_run (&run, db, NULL, "board", REVIEW, "hide-column", "Method", NULL);
  g_assert_cmpint (run.status, ==, 0);

  gln_cli_run (&run, db, NULL, "board", REVIEW, "columns", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  objects = gln_cli_parse_jsonl (run.out);
  g_assert_cmpuint (objects->len, ==, 3);
  g_assert_cmpstr (json_object_get_string_member (objects->pdata[0], "name"), ==, "Notes");
  g_assert_cmpstr (json_object_get_string_member (objects->pdata[1], "name"), ==, "Method");
  g_assert_true (json_object_get_boolean_member (objects->pdata[1], "hidden"));
  g_assert_cmpstr (json_object_get_string_member (objects->pdata[2], "name"), ==, "Rigour");
  g_assert_cmpstr (json_object_get_string_member (objects->pdata[2], "kind"), ==, "score");

  gln_cli_run (&run, db, NULL, "board", REVIEW, "delete-column", "Notes", NULL);
  g_assert_cmpint (run.status, ==, 0);
  gln_cli_run (&run, db, NULL, "board", REVIEW, "columns", NULL);
  g_assert_cmpstr (run.out, ==, "Method\tchoice (theory, experiment)\nRigour\tscore\n");
}

static void
test_exports (void)
{
  g_autofree char *db = prepare_library ();
  g_autofree char *out = g_build_filename (g_get_user_data_dir (), "board.tex", NULL);
  g_autofree char *tex = NULL;
  g_auto(GlnCliRun) run = { 0, };

  gln_cli_run (&run, db, NULL, "board", REVIEW, "add-column", "Notes & caveats", NULL);
  gln_cli_run (&run, db, NULL, "collection", "screen", REVIEW, "arxiv:1205.6628", "include", NULL);
  gln_cli_run (&run, db, NULL, "collection", "screen", REVIEW, "arxiv:1606.02159", "exclude",
               "--reason", "review, not data", NULL);
  gln_cli_run (&run, db, NULL, "board", REVIEW, "set", "arxiv:1205.6628", "Notes & caveats",
               "uses 5% of \"data\"", NULL);
  g_assert_cmpint (run.status, ==, 0);

  /* The board holds the included papers by default, every row quoted as CSV needs. */
  gln_cli_run (&run, db, NULL, "export", "--format", "csv", "--collection", REVIEW, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "Title,Cite key,Year,First author,DOI,Screening,"
                                            "Rating,Notes & caveats,Key results,Code\r\n"));
  g_assert_nonnull (strstr (run.out, "\r\nThe size of the proton - closing in on the radius puzzle,"
                                     "lorenz2012size,2012,I. T. Lorenz,10.1140/epja/i2012-12151-1,"
                                     "Included,,\"uses 5% of \"\"data\"\"\",,\r\n"));
  g_assert_null (strstr (run.out, "pitfalls"));

  gln_cli_run (&run, db, NULL, "export", "--format", "latex", "--collection", REVIEW,
               "--screening", "all", "-o", out, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (out, &tex, NULL, NULL));
  g_assert_nonnull (strstr (tex, "Notes \\& caveats"));
  g_assert_nonnull (strstr (tex, "uses 5\\% of \"data\""));
  g_assert_nonnull (strstr (tex, "Excluded (review, not data)"));
  /* The table cites each paper by the key of its entry in the collection's BibTeX. */
  g_assert_nonnull (strstr (tex, "\\cite{lorenz2012size}"));
  gln_cli_run (&run, db, NULL, "export", "--format", "bibtex", "--collection", REVIEW, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "{lorenz2012size,"));

  gln_cli_run (&run, db, NULL, "export", "--format", "screening-csv", "--collection", REVIEW, NULL);
  g_assert_nonnull (strstr (run.out, "arxiv:1606.02159,Avoiding common pitfalls and misconceptions in "
                                     "extractions of the proton radius,exclude,\"review, not data\"\r\n"));

  /* The per-paper CSV of a collection is still there, and board formats need a collection. */
  gln_cli_run (&run, db, NULL, "export", "--format", "csv", "--collection", REVIEW, "--papers", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_false (g_str_has_prefix (run.out, "Title,Year,First author"));
  gln_cli_run (&run, db, NULL, "export", "--format", "markdown", NULL);
  g_assert_cmpint (run.status, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  gln_test_add_shared_func ("/gln/cli/board/screening", test_screening);
  gln_test_add_shared_func ("/gln/cli/board/columns-and-cells", test_board);
  gln_test_add_shared_func ("/gln/cli/board/exports", test_exports);

  return g_test_run ();
}
