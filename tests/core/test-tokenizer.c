/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "gln-tokenizer.h"

static char *
words_of (const char *text)
{
  g_autoptr(GPtrArray) words = gln_tokenize_words (text);

  g_ptr_array_add (words, NULL);
  return g_strjoinv ("|", (char **) words->pdata);
}

typedef struct
{
  const char *text;
  const char *words;
} WordsCase;

static const WordsCase words_cases[] = {
  /* Hyphens and apostrophes separate words; numbers are no words. */
  { "Zero-shot state-of-the-art models", "zero|shot|state|of|the|art|models" },
  { "GPT-4 in 2024: the model's 3D view", "gpt|in|the|model|s|3d|view" },
  /* Accents go, in every Latin script, and in Greek. */
  { "Café Müller, naïve Ångström façade", "cafe|muller|naive|angstrom|facade" },
  { "Ελληνικά κείμενα", "ελληνικα|κειμενα" },
  /* Accents written as combining marks go too. */
  { "Cafe\xcc\x81 re\xcc\x81sume\xcc\x81", "cafe|resume" },
  /* Capitals, however they are written. */
  { "ÉCOLE Normale", "ecole|normale" },
  /* Han characters are words of their own; Cyrillic words stay whole. */
  { "深度学习 and нейронные сети", "深|度|学|习|and|нейронные|сети" },
  { "", "" },
  { "  --  ... ", "" },
};

static void
test_words (gconstpointer data)
{
  const WordsCase *c = data;
  g_autofree char *words = words_of (c->text);

  g_assert_cmpstr (words, ==, c->words);
}

static void
test_invalid_utf8 (void)
{
  g_autofree char *words = words_of ("abc\xff\xfe def");

  g_assert_cmpstr (words, ==, "abc|def");
}

static void
test_stop_words (void)
{
  g_assert_true (gln_is_stop_word ("the"));
  g_assert_true (gln_is_stop_word ("propose"));
  g_assert_true (gln_is_stop_word ("x"));
  g_assert_false (gln_is_stop_word ("protein"));
  g_assert_false (gln_is_stop_word ("学"));
}

static void
test_stemming (void)
{
  g_autoptr(GlnTokenizer) tokenizer = gln_tokenizer_new ();
  const char * const same[][3] = {
    { "network", "networks", "networking" },
    { "connect", "connected", "connection" },
    { "galaxy", "galaxies", "galaxy" },
    { "train", "training", "trained" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (same); i++)
    {
      g_autofree char *first = gln_tokenizer_stem (tokenizer, same[i][0]);

      for (guint j = 1; j < 3; j++)
        {
          g_autofree char *stem = gln_tokenizer_stem (tokenizer, same[i][j]);

          g_assert_cmpstr (stem, ==, first);
        }
    }

  {
    g_autofree char *a = gln_tokenizer_stem (tokenizer, "protein");
    g_autofree char *b = gln_tokenizer_stem (tokenizer, "galaxy");

    g_assert_cmpstr (a, !=, b);
  }
}

static void
add_term_cb (const char *term,
             const char *surface,
             gpointer    user_data)
{
  g_ptr_array_add (user_data, g_strdup_printf ("%s=%s", term, surface));
}

static char *
terms_of (GlnTokenizer *tokenizer,
          const char   *text)
{
  g_autoptr(GPtrArray) terms = g_ptr_array_new_with_free_func (g_free);

  gln_tokenizer_terms (tokenizer, text, add_term_cb, terms);
  g_ptr_array_add (terms, NULL);
  return g_strjoinv ("|", (char **) terms->pdata);
}

static void
test_terms (void)
{
  g_autoptr(GlnTokenizer) tokenizer = gln_tokenizer_new ();
  g_autofree char *graphs = terms_of (tokenizer, "Graph neural networks. Transformers");
  g_autofree char *stopped = terms_of (tokenizer, "Learning of graphs");
  g_autofree char *hyphen = terms_of (tokenizer, "Zero-shot");

  /* Words in a row pair up; a full stop or a common word between them parts them. */
  g_assert_cmpstr (graphs, ==, "graph=graph|neural=neural|graph neural=graph neural|"
                               "network=networks|neural network=neural networks|"
                               "transform=transformers");
  g_assert_cmpstr (stopped, ==, "learn=learning|graph=graphs");
  g_assert_cmpstr (hyphen, ==, "zero=zero|shot=shot|zero shot=zero shot");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (words_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/gln/tokenizer/words/%u", i);

      g_test_add_data_func (path, &words_cases[i], test_words);
    }
  g_test_add_func ("/gln/tokenizer/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/gln/tokenizer/stop-words", test_stop_words);
  g_test_add_func ("/gln/tokenizer/stemming", test_stemming);
  g_test_add_func ("/gln/tokenizer/terms", test_terms);

  return g_test_run ();
}
