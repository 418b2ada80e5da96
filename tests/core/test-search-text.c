/* SPDX-License-Identifier: GPL-3.0-or-later */

/* What the search entry's text becomes: the words the reading pane highlights. */

#include "config.h"

#include "gln-search-text.h"

/* The index stems words, so "protons" finds papers that say "proton": the highlight must
 * mark those words too, and a word typed whole still marks its longer forms. */
static void
test_terms_lose_endings (void)
{
  static const struct { const char *typed; const char *terms; } cases[] = {
    { "Protons", "proton" },
    { "studies of electrons", "stud of electron" },
    { "\"normalizing flows\" AND matched", "normaliz flow match" },
    { "LLMs NOT gas", "llms gas" },
    { "modelling", "modell" },
    { "self-attention", "self attention" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(GStrv) terms = gln_search_text_get_terms (cases[i].typed);
      g_autofree char *joined = g_strjoinv (" ", terms);

      g_assert_cmpstr (joined, ==, cases[i].terms);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/gln/search-text/terms-lose-endings", test_terms_lose_endings);

  return g_test_run ();
}
