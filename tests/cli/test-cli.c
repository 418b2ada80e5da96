/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <json-glib/json-glib.h>

#include "../core/gln-test-utils.h"
#include "gln-cli-runner.h"

static char *
sample (const char *dir,
        const char *file)
{
  return gln_test_shared_path ("samples", dir, file, NULL);
}

static JsonObject *
find_by_key (GPtrArray  *objects,
             const char *key)
{
  for (guint i = 0; i < objects->len; i++)
    if (g_strcmp0 (json_object_get_string_member (objects->pdata[i], "key"), key) == 0)
      return objects->pdata[i];

  return NULL;
}

static void
import_all_samples (const char *db)
{
  g_auto(GlnCliRun) run = { 0, };
  g_autofree char *a = sample ("arxiv-api", "query_all-electron-AND-all-proton_2025-11-11.xml");
  g_autofree char *b = sample ("arxiv-api", "query_all-electron-AND-all-proton_LEGACY-FORMAT_2025-08-20.xml");
  g_autofree char *c = sample ("arxiv-api", "query_id_list_with_missing_ids_2025-11-11.xml");
  g_autofree char *d = sample ("arxiv-api", "query_id_list_nonexistent_2025-11-11.xml");
  g_autofree char *e = sample ("hf-daily-papers", "daily_papers_2024-10-25_first2entries.json");

  gln_cli_run (&run, db, NULL, "import", a, b, c, d, e, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "23 entries: 22 added, 1 already in the library, "
                                "0 possible duplicates to review, 0 skipped\n");
}

static void
test_import_and_list (void)
{
  static const char * const keys[] = {
    "key", "title", "abstract", "authors", "author_count", "institutions", "published",
    "date_text", "category", "categories", "arxiv_id", "doi", "url", "pdf_url", "code_url",
    "has_code", "upvotes", "rating", "starred", "read", "tags", "collections",
  };
  g_autofree char *db = gln_test_tmp_db_path ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) objects = NULL;
  g_auto(GlnCliRun) run = { 0, };
  JsonObject *paper;
  JsonArray *authors;

  import_all_samples (db);
  gln_cli_run (&run, db, NULL, "list", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  objects = gln_cli_parse_jsonl (run.out);

  /* Every paper once: the two layouts of the same query share one paper. */
  g_assert_cmpuint (objects->len, ==, 22);
  for (guint i = 0; i < objects->len; i++)
    {
      const char *key = json_object_get_string_member (objects->pdata[i], "key");

      g_assert_false (g_hash_table_contains (seen, key));
      g_hash_table_add (seen, (gpointer) key);
      for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
        g_assert_true (json_object_has_member (objects->pdata[i], keys[k]));
    }

  paper = find_by_key (objects, "arxiv:1309.4668");
  g_assert_nonnull (paper);
  g_assert_cmpstr (json_object_get_string_member (paper, "title"), ==,
                   "Electron cloud observations at the ISIS Proton Synchrotron");
  g_assert_cmpstr (json_object_get_string_member (paper, "doi"), ==, "10.5170/cern-2013-002.237");
  g_assert_cmpstr (json_object_get_string_member (paper, "published"), ==, "2013-09-18");
  g_assert_cmpstr (json_object_get_string_member (paper, "category"), ==, "physics.acc-ph");
  g_assert_cmpstr (json_object_get_string_member (paper, "arxiv_id"), ==, "1309.4668");
  g_assert_cmpstr (json_object_get_string_member (paper, "pdf_url"), ==,
                   "https://arxiv.org/pdf/1309.4668v1");
  g_assert_cmpint (json_object_get_int_member (paper, "author_count"), ==, 2);
  g_assert_true (json_object_get_null_member (paper, "upvotes"));
  g_assert_true (json_object_get_null_member (paper, "code_url"));
  authors = json_object_get_array_member (paper, "authors");
  g_assert_cmpstr (json_array_get_string_element (authors, 0), ==, "A. Pertica");

  paper = find_by_key (objects, "arxiv:2410.17243");
  g_assert_nonnull (paper);
  g_assert_cmpint (json_object_get_int_member (paper, "upvotes"), ==, 64);
  g_assert_cmpint (json_array_get_length (json_object_get_array_member (paper, "authors")), ==, 9);
  g_assert_false (json_object_get_boolean_member (paper, "read"));

  /* --limit and newest first. */
  gln_cli_run (&run, db, NULL, "list", "--json", "--limit", "3", NULL);
  g_clear_pointer (&objects, g_ptr_array_unref);
  objects = gln_cli_parse_jsonl (run.out);
  g_assert_cmpuint (objects->len, ==, 3);
  g_assert_cmpstr (json_object_get_string_member (objects->pdata[0], "key"), ==, "arxiv:2507.06488");
}

static void
test_search (void)
{
  g_autofree char *db = gln_test_tmp_db_path ();
  g_autoptr(GPtrArray) objects = NULL;
  g_auto(GlnCliRun) run = { 0, };

  import_all_samples (db);
  gln_cli_run (&run, db, NULL, "list", "--json", "--query", "baryogenesis", NULL);
  g_assert_cmpint (run.status, ==, 0);
  objects = gln_cli_parse_jsonl (run.out);
  g_assert_cmpuint (objects->len, ==, 2);

  /* What the search entry accepts, the command line does: an unclosed quote and a dangling
   * operator are read as words, never as an invalid search (test-cli-search.c has the rest). */
  gln_cli_run (&run, db, NULL, "list", "--json", "--query", "\"proton AND (", NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_clear_pointer (&objects, g_ptr_array_unref);
  objects = gln_cli_parse_jsonl (run.out);
  g_assert_cmpuint (objects->len, >, 0);
}

static void
test_paper_edits (void)
{
  g_autofree char *db = gln_test_tmp_db_path ();
  g_autoptr(GPtrArray) objects = NULL;
  g_auto(GlnCliRun) run = { 0, };
  JsonObject *paper;
  JsonArray *notes;

  import_all_samples (db);
  gln_cli_run (&run, db, NULL, "paper", "rate", "arxiv:2410.17243", "4", NULL);
  g_assert_cmpint (run.status, ==, 0);
  gln_cli_run (&run, db, NULL, "paper", "star", "2410.17243v1", NULL);
  g_assert_cmpint (run.status, ==, 0);
  gln_cli_run (&run, db, NULL, "paper", "tag", "https://arxiv.org/abs/2410.17243", "contrastive", NULL);
  g_assert_cmpint (run.status, ==, 0);
  gln_cli_run (&run, db, NULL, "paper", "note", "arxiv:2410.17243", "Tile-based loss; check memory.", NULL);
  g_assert_cmpint (run.status, ==, 0);

  gln_cli_run (&run, db, NULL, "paper", "show", "--json", "arxiv:2410.17243", NULL);
  g_assert_cmpint (run.status, ==, 0);
  objects = gln_cli_parse_jsonl (run.out);
  g_assert_cmpuint (objects->len, ==, 1);
  paper = objects->pdata[0];
  g_assert_cmpint (json_object_get_int_member (paper, "rating"), ==, 4);
  g_assert_true (json_object_get_boolean_member (paper, "starred"));
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (paper, "tags"), 0),
                   ==, "contrastive");
  notes = json_object_get_array_member (paper, "notes");
  g_assert_cmpuint (json_array_get_length (notes), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (notes, 0), "body"),
                   ==, "Tile-based loss; check memory.");

  /* The plain view shows every field, notes included. */
  gln_cli_run (&run, db, NULL, "paper", "show", "arxiv:2410.17243", NULL);
  g_assert_nonnull (strstr (run.out, "Breaking the Memory Barrier"));
  g_assert_nonnull (strstr (run.out, "Tile-based loss; check memory."));
  g_assert_nonnull (strstr (run.out, "4/5"));

  /* The search index sees notes and tags. */
  gln_cli_run (&run, db, NULL, "list", "--query", "tile", NULL);
  g_assert_true (g_str_has_prefix (run.out, "arxiv:2410.17243\t"));

  /* Mistakes are reported in one line with a non-zero status. */
  gln_cli_run (&run, db, NULL, "paper", "rate", "arxiv:2410.17243", "7", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "0 to 5"));
  gln_cli_run (&run, db, NULL, "paper", "show", "arxiv:9999.99999", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "No paper"));
}

static void
test_collections (void)
{
  g_autofree char *db = gln_test_tmp_db_path ();
  g_autoptr(GPtrArray) objects = NULL;
  g_auto(GlnCliRun) run = { 0, };

  import_all_samples (db);
  gln_cli_run (&run, db, NULL, "collection", "create", "Proton radius", NULL);
  g_assert_cmpint (run.status, ==, 0);
  gln_cli_run (&run, db, NULL, "collection", "add", "Proton radius", "arxiv:1205.6628",
           "arxiv:1606.02159", NULL);
  g_assert_cmpint (run.status, ==, 0);
  gln_cli_run (&run, db, NULL, "collection", "screen", "Proton radius", "arxiv:1606.02159", "exclude",
           "--reason", "review article", NULL);
  g_assert_cmpint (run.status, ==, 0);

  /* Adding an unknown paper fails as a whole: the good one before it is not added. */
  gln_cli_run (&run, db, NULL, "collection", "add", "Proton radius", "arxiv:1309.4668",
           "arxiv:0000.00000", NULL);
  g_assert_cmpint (run.status, ==, 1);

  gln_cli_run (&run, db, NULL, "list", "--json", "--collection", "Proton radius", NULL);
  objects = gln_cli_parse_jsonl (run.out);
  g_assert_cmpuint (objects->len, ==, 2);

  gln_cli_run (&run, db, NULL, "collection", "screen", "Proton radius", "arxiv:1606.02159", "drop", NULL);
  g_assert_cmpint (run.status, ==, 2);
  gln_cli_run (&run, db, NULL, "list", "--collection", "Nope", NULL);
  g_assert_cmpint (run.status, ==, 1);
}

static void
test_failed_import_changes_nothing (void)
{
  g_autofree char *db = gln_test_tmp_db_path ();
  g_autofree char *good = sample ("arxiv-api", "query_all-electron-AND-all-proton_2025-11-11.xml");
  g_autofree char *broken = g_build_filename (g_get_user_data_dir (), "broken.xml", NULL);
  g_autofree char *contents = NULL;
  g_auto(GlnCliRun) run = { 0, };
  gsize len;

  g_assert_true (g_file_get_contents (good, &contents, &len, NULL));
  g_assert_true (g_file_set_contents (broken, contents, len / 2, NULL));

  gln_cli_run (&run, db, NULL, "import", good, broken, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_str_has_prefix (run.err, "gleaner-cli: Nothing was imported: "));
  g_assert_nonnull (strstr (run.err, "broken.xml"));

  gln_cli_run (&run, db, NULL, "list", NULL);
  g_assert_cmpstr (run.out, ==, "");

  /* Standard input works, and auto-detection tells JSON from Atom. */
  g_clear_pointer (&contents, g_free);
  g_free (good);
  good = sample ("hf-daily-papers", "daily_papers_2024-10-25_first2entries.json");
  g_assert_true (g_file_get_contents (good, &contents, &len, NULL));
  gln_cli_run (&run, db, contents, "import", "-", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "2 entries: 2 added, 0 already in the library, "
                                "0 possible duplicates to review, 0 skipped\n");

  gln_cli_run (&run, db, NULL, "check", NULL);
  g_assert_cmpint (run.status, ==, 0);
}

static void
test_refuses_newer_library (void)
{
  g_autofree char *db = gln_test_tmp_db_path ();
  g_autoptr(GSubprocess) sqlite = NULL;
  g_auto(GlnCliRun) run = { 0, };

  import_all_samples (db);
  /* Bump the schema version the way a newer Gleaner would, with the CLI's own SQLite. */
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *bin = g_find_program_in_path ("python3");

    if (bin == NULL)
      {
        g_test_skip ("python3 is needed to write a newer library");
        return;
      }
    sqlite = g_subprocess_new (G_SUBPROCESS_FLAGS_NONE, &error, bin, "-c",
                               "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]);"
                               " c.execute('PRAGMA user_version = 42'); c.commit()",
                               db, NULL);
    g_assert_no_error (error);
    g_assert_true (g_subprocess_wait_check (sqlite, NULL, &error));
  }

  gln_cli_run (&run, db, NULL, "list", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "newer version of Gleaner"));
}

static char *
fixture (const char *dir,
         const char *file)
{
  return gln_test_data_path (dir, file, NULL);
}

/* import --format bibtex|ris|csljson|auto; a broken entry is reported with its line, the
 * rest imports, and JabRef's rating and groups reach the library. */
static void
test_import_bibliographies (void)
{
  g_autofree char *db = gln_test_tmp_db_path ();
  g_autofree char *bib = fixture ("bibtex", "library.bib");
  g_autofree char *broken = fixture ("bibtex", "broken.bib");
  g_autofree char *ris = fixture ("ris", "library.ris");
  g_autofree char *csl = fixture ("csljson", "library.json");
  g_autoptr(GPtrArray) objects = NULL;
  g_auto(GlnCliRun) run = { 0, };
  JsonObject *paper;

  gln_cli_run (&run, db, NULL, "import", "--format", "bibtex", bib, broken, NULL);
  g_assert_cmpint (run.status, ==, 0);
  /* The six broken entries of broken.bib count as skipped, and stderr says why. */
  g_assert_cmpstr (run.out, ==, "24 entries: 18 added, 0 already in the library, "
                                "0 possible duplicates to review, 6 skipped\n");
  g_assert_nonnull (strstr (run.err, "broken.bib: line 11: entry “missing-comma” skipped"));
  g_assert_nonnull (strstr (run.err, "broken.bib: line 54: entry “runaway” skipped"));

  gln_cli_run (&run, db, NULL, "import", "--format", "auto", ris, csl, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "10 entries: "));
  g_assert_cmpstr (run.err, ==, "");

  gln_cli_run (&run, db, NULL, "paper", "show", "--json", "doi:10.5555/jmlr.2022.151", NULL);
  objects = gln_cli_parse_jsonl (run.out);
  paper = objects->pdata[0];
  g_assert_cmpint (json_object_get_int_member (paper, "rating"), ==, 4);
  g_assert_true (json_object_get_boolean_member (paper, "read"));
  g_assert_true (json_object_get_boolean_member (paper, "starred"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (paper, "tags")), ==, 4);

  gln_cli_run (&run, db, NULL, "import", "--format", "endnote", bib, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "bibtex, ris or csljson"));
}

static guint
count_prefix (const char *text,
              const char *prefix)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint n = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      n++;

  return n;
}

/* export --format F [--collection NAME | --query Q] [-o FILE] */
static void
test_export (void)
{
  static const char * const formats[] = { "bibtex", "biblatex", "ris", "csljson", "csv", "atom" };
  g_autofree char *db = gln_test_tmp_db_path ();
  g_autofree char *bib = fixture ("bibtex", "library.bib");
  g_autofree char *out = g_build_filename (g_get_user_data_dir (), "export.bib", NULL);
  g_autofree char *bad = g_build_filename (g_get_user_data_dir (), "missing", "export.bib", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(GlnCliRun) run = { 0, };

  import_all_samples (db);
  gln_cli_run (&run, db, NULL, "import", bib, NULL);
  g_assert_cmpint (run.status, ==, 0);

  /* Every format writes every paper. */
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      gln_cli_run (&run, db, NULL, "export", "--format", formats[i], NULL);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_cmpstr (run.err, ==, "");
      g_assert_cmpuint (strlen (run.out), >, 1000);
    }
  g_assert_true (json_parser_load_from_data (parser, run.out, -1, NULL) ||
                 strstr (run.out, "<feed") != NULL);

  gln_cli_run (&run, db, NULL, "export", "--format", "csljson", NULL);
  g_assert_true (json_parser_load_from_data (parser, run.out, -1, NULL));
  g_assert_cmpuint (json_array_get_length (json_node_get_array (json_parser_get_root (parser))), ==,
                    34);

  /* To a file, only a collection's papers. */
  gln_cli_run (&run, db, NULL, "collection", "create", "To cite", NULL);
  gln_cli_run (&run, db, NULL, "collection", "add", "To cite", "arxiv:1706.03762", "arxiv:1309.4668",
           NULL);
  gln_cli_run (&run, db, NULL, "export", "--format", "bibtex", "--collection", "To cite", "-o", out,
           NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  g_assert_cmpuint (count_prefix (contents, "@"), ==, 2);
  g_assert_nonnull (strstr (contents, "@inproceedings{vaswani2017attention,\n"));
  g_assert_nonnull (strstr (contents, "  eprint       = {1309.4668v1},\n"));

  /* biblatex keeps Unicode unless asked; BibTeX escapes it unless asked. */
  gln_cli_run (&run, db, NULL, "export", "--format", "biblatex", "--query", "Müller", NULL);
  g_assert_nonnull (strstr (run.out, "Müller, Jörg"));
  gln_cli_run (&run, db, NULL, "export", "--format", "biblatex", "--ascii", "--query", "Müller", NULL);
  g_assert_nonnull (strstr (run.out, "M{\\\"u}ller, J{\\\"o}rg"));
  gln_cli_run (&run, db, NULL, "export", "--format", "bibtex", "--unicode", "--query", "Müller", NULL);
  g_assert_nonnull (strstr (run.out, "Müller, Jörg"));

  /* A search. */
  gln_cli_run (&run, db, NULL, "export", "--format", "ris", "--query", "baryogenesis", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpuint (count_prefix (run.out, "TY  - "), ==, 2);

  /* Mistakes: no file is left half-written, and the reason is one line. */
  gln_cli_run (&run, db, NULL, "export", "--format", "bibtex", "-o", bad, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "Could not write"));
  g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));
  gln_cli_run (&run, db, NULL, "export", "--format", "docx", NULL);
  g_assert_cmpint (run.status, ==, 2);
  gln_cli_run (&run, db, NULL, "export", "--format", "ris", "--collection", "Nope", NULL);
  g_assert_cmpint (run.status, ==, 1);
  gln_cli_run (&run, db, NULL, "export", "--format", "ris", "--collection", "To cite", "--query", "x",
           NULL);
  g_assert_cmpint (run.status, ==, 2);
}

/* Text in no known format is refused in the user's words; here, where the format can be
 * named, the message says how. */
static void
test_unknown_format (void)
{
  g_autofree char *db = gln_test_tmp_db_path ();
  g_auto(GlnCliRun) run = { 0, };

  gln_cli_run (&run, db, "Dear colleague, the seminar moves to Thursday.\n", "import", "-",
               NULL);
  g_assert_cmpint (run.status, !=, 0);
  g_assert_nonnull (strstr (run.err, "Gleaner does not know this kind of file"));
  g_assert_nonnull (strstr (run.err, "; name it with --format"));
}

/* Issue 14, item 21: the commands with verbs list them in --help; one paper is "1 paper";
 * a collection's name cannot send escape sequences to the terminal. */
static void
test_help_and_counts (void)
{
  static const char bib[] = "@article{a, title={One Paper}, author={Doe, Jane}, year={2020}}\n";
  g_autofree char *db = gln_test_tmp_db_path ();
  g_auto(GlnCliRun) run = { 0, };

  gln_cli_run (&run, db, NULL, "paper", "--help", NULL);
  g_assert_nonnull (strstr (run.out, "Verbs:\n  paper show KEY [--json]\n  paper rate KEY N\n"));
  gln_cli_run_clear (&run);
  gln_cli_run (&run, db, NULL, "collection", "--help", NULL);
  g_assert_nonnull (strstr (run.out, "\n  collection screen NAME KEY include|exclude|maybe|"
                                     "unscreened [--reason R]\n"));
  gln_cli_run_clear (&run);
  gln_cli_run (&run, db, NULL, "board", "--help", NULL);
  g_assert_nonnull (strstr (run.out, "\n  board NAME set KEY COLUMN VALUE\n"));

  gln_cli_run_clear (&run);
  gln_cli_run (&run, db, bib, "import", "-", NULL);
  gln_cli_run_clear (&run);
  gln_cli_run (&run, db, NULL, "collection", "create", "Lattices\033]0;owned\007", NULL);
  g_assert_cmpint (run.status, ==, 0);
  gln_cli_run_clear (&run);
  gln_cli_run (&run, db, NULL, "collection", "add", "Lattices\033]0;owned\007",
               "title:9543c44b05652f9a", NULL);
  g_assert_cmpint (run.status, ==, 0);
  gln_cli_run_clear (&run);
  gln_cli_run (&run, db, NULL, "collection", "list", NULL);
  g_assert_null (strchr (run.out, '\033'));
  g_assert_null (strchr (run.out, '\007'));
  g_assert_nonnull (strstr (run.out, "\t1 paper: 0 included, 0 excluded, 0 maybe, 1 unscreened\n"));
}

static JsonObject *
show_paper (const char *db,
            const char *key,
            GPtrArray **objects)
{
  g_auto(GlnCliRun) run = { 0, };

  gln_cli_run (&run, db, NULL, "paper", "show", "--json", key, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_clear_pointer (objects, g_ptr_array_unref);
  *objects = gln_cli_parse_jsonl (run.out);
  g_assert_cmpuint ((*objects)->len, ==, 1);

  return (*objects)->pdata[0];
}

/* paper edit, trash and restore: an edit survives importing the paper again, a bad value is
 * refused with the field's reason, and a paper in the trash leaves the lists. */
static void
test_paper_edit_and_trash (void)
{
  g_autofree char *db = gln_test_tmp_db_path ();
  g_autofree char *file = sample ("arxiv-api", "query_id_list_with_missing_ids_2025-11-11.xml");
  g_autoptr(GPtrArray) objects = NULL;
  g_auto(GlnCliRun) run = { 0, };
  JsonObject *paper;

  import_all_samples (db);
  gln_cli_run (&run, db, NULL, "paper", "edit", "arxiv:2410.17243", "--title",
               "Breaking the Memory Barrier (corrected)", "--venue", "ICLR 2025", "--date", "2025",
               "--authors", "Zesen Cheng; Hang Zhang", NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);

  gln_cli_run (&run, db, NULL, "import", file, NULL);
  g_assert_cmpint (run.status, ==, 0);
  paper = show_paper (db, "arxiv:2410.17243", &objects);
  g_assert_cmpstr (json_object_get_string_member (paper, "title"), ==,
                   "Breaking the Memory Barrier (corrected)");
  g_assert_cmpstr (json_object_get_string_member (paper, "journal_ref"), ==, "ICLR 2025");
  g_assert_cmpstr (json_object_get_string_member (paper, "published"), ==, "2025-01-01");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (paper, "authors")), ==, 2);

  gln_cli_run (&run, db, NULL, "paper", "edit", "arxiv:2410.17243", "--doi", "doi-less", NULL);
  g_assert_cmpint (run.status, !=, 0);
  g_assert_nonnull (strstr (run.err, "“doi-less” is not a DOI"));
  gln_cli_run (&run, db, NULL, "paper", "edit", "arxiv:2410.17243", "--date", "May 2024", NULL);
  g_assert_cmpint (run.status, !=, 0);
  g_assert_nonnull (strstr (run.err, "is not a date"));

  gln_cli_run (&run, db, NULL, "paper", "trash", "arxiv:2410.17243", NULL);
  g_assert_cmpint (run.status, ==, 0);
  gln_cli_run (&run, db, NULL, "list", NULL);
  g_assert_null (strstr (run.out, "arxiv:2410.17243\t"));
  gln_cli_run (&run, db, NULL, "paper", "restore", "arxiv:2410.17243", NULL);
  g_assert_cmpint (run.status, ==, 0);
  gln_cli_run (&run, db, NULL, "list", NULL);
  g_assert_nonnull (strstr (run.out, "arxiv:2410.17243\t"));

  gln_cli_run (&run, db, NULL, "paper", "--help", NULL);
  g_assert_nonnull (strstr (run.out, "\n  paper edit KEY [--title T]"));
  g_assert_nonnull (strstr (run.out, "\n  paper trash KEY\n  paper restore KEY\n"));
}

/* The value of `trashed` of the paper @key among the JSON lines @objects, -1 when absent. */
static int
find_trashed (GPtrArray  *objects,
              const char *key)
{
  for (guint i = 0; i < objects->len; i++)
    {
      JsonObject *object = objects->pdata[i];

      if (g_strcmp0 (json_object_get_string_member (object, "key"), key) == 0)
        {
          g_assert_true (json_object_has_member (object, "trashed"));
          return json_object_get_boolean_member (object, "trashed");
        }
    }

  return -1;
}

/* Issue 14: the JSON of a paper says whether it is in the trash, and `list --trash` lists the
 * papers there, as lines and as JSON, until they are restored. */
static void
test_list_trash (void)
{
  g_autofree char *db = gln_test_tmp_db_path ();
  g_autoptr(GPtrArray) objects = NULL;
  g_auto(GlnCliRun) run = { 0, };
  g_auto(GStrv) lines = NULL;
  JsonObject *paper;

  import_all_samples (db);
  paper = show_paper (db, "arxiv:2410.17243", &objects);
  g_assert_false (json_object_get_boolean_member (paper, "trashed"));
  gln_cli_run (&run, db, NULL, "list", "--trash", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "");

  gln_cli_run (&run, db, NULL, "paper", "trash", "arxiv:2410.17243", NULL);
  g_assert_cmpint (run.status, ==, 0);
  paper = show_paper (db, "arxiv:2410.17243", &objects);
  g_assert_true (json_object_get_boolean_member (paper, "trashed"));
  gln_cli_run (&run, db, NULL, "paper", "show", "arxiv:2410.17243", NULL);
  g_assert_nonnull (strstr (run.out, "\nIn trash:     yes\n"));

  /* Plain: the one trashed paper, a line as `list` prints. */
  gln_cli_run (&run, db, NULL, "list", "--trash", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "arxiv:2410.17243\t"));
  lines = g_strsplit (run.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 2);

  /* JSON: the same paper, trashed; the rest of the library says not trashed. */
  gln_cli_run (&run, db, NULL, "list", "--trash", "--json", NULL);
  g_clear_pointer (&objects, g_ptr_array_unref);
  objects = gln_cli_parse_jsonl (run.out);
  g_assert_cmpuint (objects->len, ==, 1);
  g_assert_cmpint (find_trashed (objects, "arxiv:2410.17243"), ==, TRUE);
  gln_cli_run (&run, db, NULL, "list", "--scope", "trash", "--json", NULL);
  g_clear_pointer (&objects, g_ptr_array_unref);
  objects = gln_cli_parse_jsonl (run.out);
  g_assert_cmpuint (objects->len, ==, 1);
  gln_cli_run (&run, db, NULL, "list", "--json", NULL);
  g_clear_pointer (&objects, g_ptr_array_unref);
  objects = gln_cli_parse_jsonl (run.out);
  g_assert_cmpuint (objects->len, >, 1);
  g_assert_cmpint (find_trashed (objects, "arxiv:2410.17243"), ==, -1);
  for (guint i = 0; i < objects->len; i++)
    g_assert_false (json_object_get_boolean_member (objects->pdata[i], "trashed"));

  gln_cli_run (&run, db, NULL, "list", "--trash", "--scope", "starred", NULL);
  g_assert_cmpint (run.status, !=, 0);
  g_assert_nonnull (strstr (run.err, "--trash"));

  /* Restored, it leaves the trash. */
  gln_cli_run (&run, db, NULL, "paper", "restore", "arxiv:2410.17243", NULL);
  g_assert_cmpint (run.status, ==, 0);
  gln_cli_run (&run, db, NULL, "list", "--trash", NULL);
  g_assert_cmpstr (run.out, ==, "");
  paper = show_paper (db, "arxiv:2410.17243", &objects);
  g_assert_false (json_object_get_boolean_member (paper, "trashed"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  gln_test_add_shared_func ("/gln/cli/import-and-list", test_import_and_list);
  gln_test_add_shared_func ("/gln/cli/search", test_search);
  gln_test_add_shared_func ("/gln/cli/paper-edits", test_paper_edits);
  gln_test_add_shared_func ("/gln/cli/paper-edit-and-trash", test_paper_edit_and_trash);
  gln_test_add_shared_func ("/gln/cli/list-trash", test_list_trash);
  gln_test_add_shared_func ("/gln/cli/collections", test_collections);
  gln_test_add_shared_func ("/gln/cli/failed-import-changes-nothing",
                            test_failed_import_changes_nothing);
  gln_test_add_shared_func ("/gln/cli/refuses-newer-library", test_refuses_newer_library);
  g_test_add_func ("/gln/cli/import-bibliographies", test_import_bibliographies);
  gln_test_add_shared_func ("/gln/cli/export", test_export);
  g_test_add_func ("/gln/cli/import-unknown-format", test_unknown_format);
  g_test_add_func ("/gln/cli/help-and-counts", test_help_and_counts);

  return g_test_run ();
}
