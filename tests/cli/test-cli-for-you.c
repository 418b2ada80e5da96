/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "../core/gln-test-utils.h"
#include "gln-cli-runner.h"

/* `list --for-you`, `similar` and `paper not-interested` on the papers of a real copied page. */

static const char *
title_of (JsonObject *paper)
{
  return json_object_get_string_member (paper, "title");
}

static const char *
key_of (JsonObject *paper)
{
  return json_object_get_string_member (paper, "key");
}

static JsonObject *
find_titled (GPtrArray  *papers,
             const char *start)
{
  for (guint i = 0; i < papers->len; i++)
    if (g_str_has_prefix (title_of (papers->pdata[i]), start))
      return papers->pdata[i];

  return NULL;
}

/* Each line has a numeric score, in order, and a reason that is not empty. */
static void
assert_ranked (GPtrArray *papers)
{
  for (guint i = 0; i < papers->len; i++)
    {
      JsonObject *paper = papers->pdata[i];
      JsonNode *score = json_object_get_member (paper, "score");

      g_assert_nonnull (score);
      g_assert_cmpint (json_node_get_value_type (score), ==, G_TYPE_DOUBLE);
      g_assert_cmpstr (json_object_get_string_member (paper, "because"), !=, "");
      g_assert_nonnull (key_of (paper));
      if (i > 0)
        g_assert_cmpfloat (json_node_get_double (score), <=,
                           json_object_get_double_member (papers->pdata[i - 1], "score"));
    }
}

static gboolean
lists_key (GPtrArray  *papers,
           const char *key)
{
  for (guint i = 0; i < papers->len; i++)
    if (g_str_equal (key_of (papers->pdata[i]), key))
      return TRUE;

  return FALSE;
}

static void
test_for_you (void)
{
  g_autofree char *db = gln_test_tmp_db_path ();
  g_autofree char *page = gln_test_shared_path ("fixtures", "listings", "hf-daily-papers-page.txt",
                                                NULL);
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) ranked = NULL;
  g_autoptr(GPtrArray) similar = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_auto(GlnCliRun) run = { 0, };
  g_autofree char *liked = NULL;
  g_autofree char *other = NULL;
  JsonObject *paper;

  gln_cli_run (&run, db, NULL, "import", page, NULL);
  g_assert_cmpint (run.status, ==, 0);
  gln_cli_run (&run, db, NULL, "list", "--json", NULL);
  all = gln_cli_parse_jsonl (run.out);

  /* Without signals: every unread paper, newest first, each with a reason. */
  gln_cli_run (&run, db, NULL, "list", "--for-you", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  ranked = gln_cli_parse_jsonl (run.out);
  g_assert_cmpuint (ranked->len, ==, all->len);
  assert_ranked (ranked);
  g_clear_pointer (&ranked, g_ptr_array_unref);

  /* Starring a paper on RLVR brings papers on RL with rewards first; the starred one is not
   * suggested. */
  paper = find_titled (all, "Beyond Variance: Prompt-Efficient RLVR");
  g_assert_nonnull (paper);
  liked = g_strdup (key_of (paper));
  gln_cli_run (&run, db, NULL, "paper", "star", liked, NULL);
  g_assert_cmpint (run.status, ==, 0);
  gln_cli_run (&run, db, NULL, "list", "--for-you", "--json", "--limit", "5", NULL);
  ranked = gln_cli_parse_jsonl (run.out);
  g_assert_cmpuint (ranked->len, ==, 5);
  assert_ranked (ranked);
  g_assert_false (lists_key (ranked, liked));
  /* The first suggestions are about the same methods, and say so. */
  for (guint i = 0; i < 2; i++)
    {
      const char *because = json_object_get_string_member (ranked->pdata[i], "because");

      g_assert_true (strstr (because, "“rlvr”") || strstr (because, "“grpo”"));
    }

  /* More like this: never the paper itself. */
  gln_cli_run (&run, db, NULL, "similar", liked, "--json", "--limit", "3", NULL);
  g_assert_cmpint (run.status, ==, 0);
  similar = gln_cli_parse_jsonl (run.out);
  g_assert_cmpuint (similar->len, ==, 3);
  assert_ranked (similar);
  g_assert_false (lists_key (similar, liked));

  /* Not interested: gone from For you until taken back. */
  other = g_strdup (key_of (ranked->pdata[0]));
  gln_cli_run (&run, db, NULL, "paper", "not-interested", other, NULL);
  g_assert_cmpint (run.status, ==, 0);
  gln_cli_run (&run, db, NULL, "list", "--for-you", "--json", NULL);
  after = gln_cli_parse_jsonl (run.out);
  g_assert_false (lists_key (after, other));
  g_clear_pointer (&after, g_ptr_array_unref);
  gln_cli_run (&run, db, NULL, "paper", "not-interested", other, "--off", NULL);
  gln_cli_run (&run, db, NULL, "list", "--for-you", "--json", NULL);
  after = gln_cli_parse_jsonl (run.out);
  g_assert_true (lists_key (after, other));
}

static void
test_usage (void)
{
  g_autofree char *db = gln_test_tmp_db_path ();
  g_auto(GlnCliRun) run = { 0, };

  gln_cli_run (&run, db, NULL, "list", "--for-you", "--query", "protein", NULL);
  g_assert_cmpint (run.status, !=, 0);
  g_assert_nonnull (strstr (run.err, "--for-you"));

  gln_cli_run (&run, db, NULL, "similar", "arxiv:0000.00000", NULL);
  g_assert_cmpint (run.status, !=, 0);
  gln_cli_run (&run, db, NULL, "paper", "not-interested", "arxiv:0000.00000", NULL);
  g_assert_cmpint (run.status, !=, 0);

  /* The verbs are listed. */
  gln_cli_run (&run, db, NULL, "--help", NULL);
  g_assert_nonnull (strstr (run.out[0] != '\0' ? run.out : run.err, "similar"));
  gln_cli_run (&run, db, NULL, "paper", "--help", NULL);
  g_assert_nonnull (strstr (run.out, "not-interested"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  gln_test_add_shared_func ("/gln/cli/for-you/rank-similar-dismiss", test_for_you);
  g_test_add_func ("/gln/cli/for-you/usage", test_usage);

  return g_test_run ();
}
