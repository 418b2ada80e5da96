/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "gln-core.h"

/* Screening keywords: what a collection starts with, and which words of an abstract they
 * find. */

static void
test_fold (void)
{
  static const struct { const char *word; const char *folded; } cases[] = {
    { "Protons", "proton" }, { "proton", "proton" }, { "STUDIES", "study" },
    { "approaches", "approach" }, { "Schrödinger", "schrodinger" }, { "café", "cafe" },
    { "analysis", "analysis" }, { "corpus", "corpus" }, { "class", "class" },
    { "RL", "rl" }, { "LLMs", "llm" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = gln_keyword_fold (cases[i].word, -1);

      g_assert_cmpstr (folded, ==, cases[i].folded);
    }
}

static char *
joined (GStrv words)
{
  return g_strjoinv ("|", words);
}

/* The topic's own word, short or not, and no words every set of criteria uses. */
static void
test_from_criteria (void)
{
  g_auto(GStrv) include = NULL;
  g_auto(GStrv) exclude = NULL;
  g_autofree char *in = NULL;
  g_autofree char *out = NULL;

  gln_keywords_from_criteria ("RL post-training",
                              "Papers that report methods and results of reinforcement "
                              "learning for LLMs. Models must be evaluated on reasoning.\n"
                              "Exclude: surveys; papers on robotics or games. Not in English.",
                              &include, &exclude);
  in = joined (include);
  out = joined (exclude);

  g_assert_cmpstr (in, ==, "RL|post-training|reinforcement|learning|LLMs|reasoning");
  g_assert_cmpstr (out, ==, "surveys|robotics|games");
}

static void
test_criteria_sections (void)
{
  g_auto(GStrv) include = NULL;
  g_auto(GStrv) exclude = NULL;
  g_autofree char *in = NULL;
  g_autofree char *out = NULL;

  gln_keywords_from_criteria (NULL,
                              "Inclusion criteria:\n- zebrafish larvae\n"
                              "Exclusion criteria:\n- in vitro\n- cell cultures\n"
                              "Include: adult zebrafish too",
                              &include, &exclude);
  in = joined (include);
  out = joined (exclude);

  g_assert_cmpstr (in, ==, "zebrafish|larvae|adult");
  g_assert_cmpstr (out, ==, "vitro|cell|cultures");
}

static void
test_parse_and_join (void)
{
  g_auto(GStrv) words = gln_keywords_parse (" proton, Protons\n\nlarge language model ,, café");
  g_autofree char *text = gln_keywords_join ((const char * const *) words);
  g_auto(GStrv) again = gln_keywords_parse (text);

  g_assert_cmpstr (text, ==, "proton\nlarge language model\ncafé");
  g_assert_cmpstrv (again, words);
}

static guint
match_at (GlnKeywordSet *set,
          const char    *text)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);

  for (guint i = 0; words[i] != NULL; i++)
    {
      char *folded = gln_keyword_fold (words[i], -1);

      g_free (words[i]);
      words[i] = folded;
    }

  return gln_keyword_set_match (set, (const char * const *) words, g_strv_length (words));
}

static void
test_match (void)
{
  const char *keywords[] = { "LLM", "large language model", "post-training", "Schrödinger",
                             NULL };
  g_autoptr(GlnKeywordSet) set = gln_keyword_set_new (keywords);

  g_assert_cmpuint (match_at (set, "LLMs are"), ==, 1);
  g_assert_cmpuint (match_at (set, "llm"), ==, 1);
  g_assert_cmpuint (match_at (set, "Large Language Models are"), ==, 3);
  g_assert_cmpuint (match_at (set, "large language"), ==, 0);
  g_assert_cmpuint (match_at (set, "Post training"), ==, 2);
  g_assert_cmpuint (match_at (set, "schrodinger"), ==, 1);
  /* Whole words only: a keyword is not the start of a longer word. */
  g_assert_cmpuint (match_at (set, "LLMentor"), ==, 0);
  g_assert_cmpuint (match_at (set, "model"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/gln/keywords/fold", test_fold);
  g_test_add_func ("/gln/keywords/from-criteria", test_from_criteria);
  g_test_add_func ("/gln/keywords/criteria-sections", test_criteria_sections);
  g_test_add_func ("/gln/keywords/parse-and-join", test_parse_and_join);
  g_test_add_func ("/gln/keywords/match", test_match);

  return g_test_run ();
}
