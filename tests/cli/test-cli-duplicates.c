/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <json-glib/json-glib.h>

#include "../core/gln-test-utils.h"
#include "gln-cli-runner.h"

#define TITLE "Tidal Resonance in Shallow Estuaries: A Lattice Boltzmann Study"
#define REVIEW "Estuaries"

/* The pair duplicates.bib holds, as `duplicates list --json` names it. */
typedef struct
{
  char *db;
  char *key_a;
  char *key_b;
} Pair;

static void
pair_clear (Pair *pair)
{
  g_clear_pointer (&pair->db, g_free);
  g_clear_pointer (&pair->key_a, g_free);
  g_clear_pointer (&pair->key_b, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Pair, pair_clear)

static GPtrArray *
list_duplicates (const char *db)
{
  g_auto(GlnCliRun) run = { 0, };

  gln_cli_run (&run, db, NULL, "duplicates", "list", "--json", NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);

  return gln_cli_parse_jsonl (run.out);
}

static guint
count_papers (const char *db)
{
  g_autoptr(GPtrArray) papers = NULL;
  g_auto(GlnCliRun) run = { 0, };

  gln_cli_run (&run, db, NULL, "list", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  papers = gln_cli_parse_jsonl (run.out);

  return papers->len;
}

/* The key the library answers for @key: the paper's own, or the master's after a merge. */
static char *
resolve_key (const char *db,
             const char *key)
{
  g_autoptr(GPtrArray) objects = NULL;
  g_auto(GlnCliRun) run = { 0, };

  gln_cli_run (&run, db, NULL, "paper", "show", "--json", key, NULL);
  g_assert_cmpint (run.status, ==, 0);
  objects = gln_cli_parse_jsonl (run.out);
  g_assert_cmpuint (objects->len, ==, 1);

  return g_strdup (json_object_get_string_member (objects->pdata[0], "key"));
}

static void
import_fixture (const char *db,
                const char *expected)
{
  g_autofree char *bib = gln_test_data_path ("bibtex", "duplicates.bib", NULL);
  g_auto(GlnCliRun) run = { 0, };

  gln_cli_run (&run, db, NULL, "import", bib, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, expected);
}

/* A fresh library with duplicates.bib imported: the two entries of one title are kept
 * apart, and recorded as the one possible duplicate. */
static void
prepare_pair (Pair *pair)
{
  g_autoptr(GPtrArray) duplicates = NULL;
  JsonObject *duplicate;

  pair->db = gln_test_tmp_db_path ();
  import_fixture (pair->db,
                  "3 entries: 2 added, 0 already in the library, 1 possible duplicate to review, "
                  "0 skipped\n"
                  "It stays in the library beside the paper it resembles until you decide; "
                  "review it with “gleaner-cli duplicates list”\n");
  g_assert_cmpuint (count_papers (pair->db), ==, 3);

  duplicates = list_duplicates (pair->db);
  g_assert_cmpuint (duplicates->len, ==, 1);
  duplicate = duplicates->pdata[0];
  pair->key_a = g_strdup (json_object_get_string_member (duplicate, "key_a"));
  pair->key_b = g_strdup (json_object_get_string_member (duplicate, "key_b"));
  g_assert_cmpstr (pair->key_a, !=, pair->key_b);
}

static void
test_list (void)
{
  g_auto(Pair) pair = { 0, };
  g_autoptr(GPtrArray) duplicates = NULL;
  g_auto(GlnCliRun) run = { 0, };
  JsonObject *duplicate;
  const char *reason_text;

  prepare_pair (&pair);
  duplicates = list_duplicates (pair.db);
  duplicate = duplicates->pdata[0];
  g_assert_cmpstr (json_object_get_string_member (duplicate, "title_a"), ==, TITLE);
  g_assert_cmpstr (json_object_get_string_member (duplicate, "title_b"), ==, TITLE);
  g_assert_cmpstr (json_object_get_string_member (duplicate, "reason"), !=, "");
  reason_text = json_object_get_string_member (duplicate, "reason_text");
  g_assert_cmpstr (reason_text, !=, "");
  g_assert_false (json_object_get_boolean_member (duplicate, "conflict"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (duplicate, "screening")),
                    ==, 0);

  /* For a person: both keys and titles, then why they look alike. */
  gln_cli_run (&run, pair.db, NULL, "duplicates", "list", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, pair.key_a));
  g_assert_nonnull (strstr (run.out, pair.key_b));
  g_assert_nonnull (strstr (run.out, TITLE));
  g_assert_nonnull (strstr (run.out, reason_text));
}

static void
test_merge_and_undo (void)
{
  g_auto(Pair) pair = { 0, };
  g_autoptr(GPtrArray) duplicates = NULL;
  g_autoptr(GPtrArray) merges = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *resolved = NULL;
  g_autofree char *merge_id = NULL;
  g_auto(GlnCliRun) run = { 0, };

  prepare_pair (&pair);

  gln_cli_run (&run, pair.db, NULL, "duplicates", "merge", pair.key_a, pair.key_b, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  expected = g_strdup_printf ("Merged %s into %s (merge ", pair.key_b, pair.key_a);
  g_assert_true (g_str_has_prefix (run.out, expected));
  g_assert_nonnull (strstr (run.out, "Undo with “gleaner-cli duplicates undo "));

  /* The other key still finds the paper: it is the master's now. */
  resolved = resolve_key (pair.db, pair.key_b);
  g_assert_cmpstr (resolved, ==, pair.key_a);
  g_assert_cmpuint (count_papers (pair.db), ==, 2);
  duplicates = list_duplicates (pair.db);
  g_assert_cmpuint (duplicates->len, ==, 0);

  /* Undoing the last merge brings both papers back, apart. */
  gln_cli_run (&run, pair.db, NULL, "duplicates", "undo", NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "Undid the last merge\n");
  g_assert_cmpuint (count_papers (pair.db), ==, 3);
  g_clear_pointer (&resolved, g_free);
  resolved = resolve_key (pair.db, pair.key_b);
  g_assert_cmpstr (resolved, ==, pair.key_b);

  /* Merged again the other way round, as JSON, and undone by its id. */
  gln_cli_run (&run, pair.db, NULL, "duplicates", "merge", "--json", pair.key_b, pair.key_a, NULL);
  g_assert_cmpint (run.status, ==, 0);
  merges = gln_cli_parse_jsonl (run.out);
  g_assert_cmpuint (merges->len, ==, 1);
  g_assert_cmpstr (json_object_get_string_member (merges->pdata[0], "master"), ==, pair.key_b);
  g_assert_cmpstr (json_object_get_string_member (merges->pdata[0], "merged"), ==, pair.key_a);
  g_assert_cmpint (json_object_get_int_member (merges->pdata[0], "merge_id"), >, 0);
  g_assert_cmpuint (count_papers (pair.db), ==, 2);

  merge_id = g_strdup_printf ("%" G_GINT64_FORMAT,
                              json_object_get_int_member (merges->pdata[0], "merge_id"));
  gln_cli_run (&run, pair.db, NULL, "duplicates", "undo", merge_id, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("Undid merge %s\n", merge_id);
  g_assert_cmpstr (run.out, ==, expected);
  g_assert_cmpuint (count_papers (pair.db), ==, 3);

  gln_cli_run (&run, pair.db, NULL, "check", NULL);
  g_assert_cmpint (run.status, ==, 0);
}

/* --take names the fields whose value comes from the other paper. */
static void
test_merge_takes_fields (void)
{
  g_auto(Pair) pair = { 0, };
  g_autoptr(GPtrArray) merges = NULL;
  g_autoptr(GPtrArray) papers = NULL;
  g_auto(GlnCliRun) run = { 0, };
  g_autofree char *other_url = NULL;
  JsonObject *taken;

  prepare_pair (&pair);
  gln_cli_run (&run, pair.db, NULL, "paper", "show", "--json", pair.key_b, NULL);
  papers = gln_cli_parse_jsonl (run.out);
  other_url = g_strdup (json_object_get_string_member (papers->pdata[0], "url"));
  g_assert_nonnull (other_url);

  gln_cli_run (&run, pair.db, NULL, "duplicates", "merge", pair.key_a, pair.key_b,
               "--take", "nosuchfield", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "Unknown field “nosuchfield”"));
  g_assert_cmpuint (count_papers (pair.db), ==, 3);

  /* The other has no abstract: taking it would only erase the master's. */
  gln_cli_run (&run, pair.db, NULL, "duplicates", "merge", pair.key_a, pair.key_b,
               "--take", "url,abstract", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "has no abstract to take"));

  gln_cli_run (&run, pair.db, NULL, "duplicates", "merge", "--json", pair.key_a, pair.key_b,
               "--take", "url", NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  merges = gln_cli_parse_jsonl (run.out);
  taken = json_object_get_object_member (merges->pdata[0], "taken");
  g_assert_cmpstr (json_object_get_string_member (taken, "url"), ==, other_url);

  g_clear_pointer (&papers, g_ptr_array_unref);
  gln_cli_run (&run, pair.db, NULL, "paper", "show", "--json", pair.key_a, NULL);
  papers = gln_cli_parse_jsonl (run.out);
  g_assert_cmpstr (json_object_get_string_member (papers->pdata[0], "url"), ==, other_url);
}

static void
test_dismiss (void)
{
  g_autofree char *bib = gln_test_data_path ("bibtex", "duplicates.bib", NULL);
  g_auto(Pair) pair = { 0, };
  g_autoptr(GPtrArray) duplicates = NULL;
  g_auto(GlnCliRun) run = { 0, };

  prepare_pair (&pair);

  gln_cli_run (&run, pair.db, NULL, "duplicates", "dismiss", pair.key_a, pair.key_b, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  duplicates = list_duplicates (pair.db);
  g_assert_cmpuint (duplicates->len, ==, 0);
  g_assert_cmpuint (count_papers (pair.db), ==, 3);

  gln_cli_run (&run, pair.db, NULL, "duplicates", "list", NULL);
  g_assert_cmpstr (run.out, ==, "No possible duplicates to review\n");

  /* "Not duplicates" stands: the same file again proposes nothing. */
  gln_cli_run (&run, pair.db, NULL, "import", bib, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "3 entries: 0 added, 3 already in the library, "
                                "0 possible duplicates to review, 0 skipped\n");
  g_clear_pointer (&duplicates, g_ptr_array_unref);
  duplicates = list_duplicates (pair.db);
  g_assert_cmpuint (duplicates->len, ==, 0);
  g_assert_cmpuint (count_papers (pair.db), ==, 3);
}

static void
screen (const char *db,
        const char *key,
        const char *decision)
{
  g_auto(GlnCliRun) run = { 0, };

  gln_cli_run (&run, db, NULL, "collection", "screen", REVIEW, key, decision, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
}

/* Two papers screened differently in one collection are not merged until the user says
 * whose decision stays. */
static void
test_screening_conflict (void)
{
  g_auto(Pair) pair = { 0, };
  g_autoptr(GPtrArray) duplicates = NULL;
  g_autoptr(GPtrArray) summaries = NULL;
  g_auto(GlnCliRun) run = { 0, };
  JsonObject *summary;

  prepare_pair (&pair);
  gln_cli_run (&run, pair.db, NULL, "collection", "create", REVIEW, NULL);
  g_assert_cmpint (run.status, ==, 0);
  gln_cli_run (&run, pair.db, NULL, "collection", "add", REVIEW, pair.key_a, pair.key_b, NULL);
  g_assert_cmpint (run.status, ==, 0);
  screen (pair.db, pair.key_a, "include");
  screen (pair.db, pair.key_b, "exclude");

  duplicates = list_duplicates (pair.db);
  g_assert_true (json_object_get_boolean_member (duplicates->pdata[0], "conflict"));
  gln_cli_run (&run, pair.db, NULL, "duplicates", "list", NULL);
  g_assert_nonnull (strstr (run.out, "Screened differently in “" REVIEW "”: Included, Excluded"));

  gln_cli_run (&run, pair.db, NULL, "duplicates", "merge", pair.key_a, pair.key_b, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_nonnull (strstr (run.err, "screened differently in “" REVIEW "” (Included, Excluded)"));
  g_assert_nonnull (strstr (run.err, "--keep-screening"));
  g_assert_nonnull (strstr (run.err, "--take-screening"));
  g_assert_cmpuint (count_papers (pair.db), ==, 3);

  gln_cli_run (&run, pair.db, NULL, "duplicates", "merge", pair.key_a, pair.key_b,
               "--keep-screening", "--take-screening", NULL);
  g_assert_cmpint (run.status, ==, 2);

  gln_cli_run (&run, pair.db, NULL, "duplicates", "merge", pair.key_a, pair.key_b,
               "--keep-screening", NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);

  /* One paper left in the collection, with the master's decision. */
  gln_cli_run (&run, pair.db, NULL, "collection", "summary", REVIEW, "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  summaries = gln_cli_parse_jsonl (run.out);
  summary = summaries->pdata[0];
  g_assert_cmpint (json_object_get_int_member (summary, "papers"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (summary, "include"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (summary, "exclude"), ==, 0);
}

static void
test_usage (void)
{
  g_auto(Pair) pair = { 0, };
  g_auto(GlnCliRun) run = { 0, };

  prepare_pair (&pair);

  gln_cli_run (&run, pair.db, NULL, "duplicates", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "usage: gleaner-cli duplicates list"));
  gln_cli_run (&run, pair.db, NULL, "duplicates", "merge", pair.key_a, NULL);
  g_assert_cmpint (run.status, ==, 2);
  gln_cli_run (&run, pair.db, NULL, "duplicates", "merge", pair.key_a, pair.key_a, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "are the same paper"));
  gln_cli_run (&run, pair.db, NULL, "duplicates", "undo", "last", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "A merge id is a positive number"));
  gln_cli_run (&run, pair.db, NULL, "duplicates", "dismiss", pair.key_a, "doi:10.1/none", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpuint (count_papers (pair.db), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/gln/cli/duplicates/list", test_list);
  g_test_add_func ("/gln/cli/duplicates/merge-and-undo", test_merge_and_undo);
  g_test_add_func ("/gln/cli/duplicates/merge-takes-fields", test_merge_takes_fields);
  g_test_add_func ("/gln/cli/duplicates/dismiss", test_dismiss);
  g_test_add_func ("/gln/cli/duplicates/screening-conflict", test_screening_conflict);
  g_test_add_func ("/gln/cli/duplicates/usage", test_usage);

  return g_test_run ();
}
