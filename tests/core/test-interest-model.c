/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "gln-interest-model.h"

/* Papers of two subjects, in words of our own: protein structure and galaxies. */
static const char * const proteins[][3] = {
  { "Protein folding with learned energy functions",
    "We predict protein structure from amino acid sequences and fold proteins with a learned energy.",
    "Ada Lovelace" },
  { "Folding membrane proteins",
    "Membrane protein folding pathways studied with molecular dynamics of amino acid chains.",
    "Ada Lovelace" },
  { "Protein structure prediction at scale",
    "Predicting the structure of every protein: amino acid contacts and folding.",
    "Rosalind Franklin" },
  { "Amino acid contact maps",
    "Contact maps between amino acid residues guide protein structure prediction.",
    "Rosalind Franklin" },
  { "Intrinsically disordered proteins",
    "Disordered protein regions resist folding; we measure their amino acid composition.",
    "Dorothy Hodgkin" },
};

static const char * const galaxies[][3] = {
  { "Dark matter halos of dwarf galaxies",
    "We measure rotation curves of dwarf galaxies to constrain dark matter halos.",
    "Vera Rubin" },
  { "Galaxy mergers in the early universe",
    "Telescope surveys of galaxy mergers show how early galaxies grew.",
    "Edwin Hubble" },
  { "Spiral arms of galaxies",
    "Density waves explain the spiral arms of disk galaxies seen by the telescope.",
    "Vera Rubin" },
  { "Quasars behind galaxy clusters",
    "Gravitational lensing of quasars by galaxy clusters maps dark matter.",
    "Edwin Hubble" },
  { "Star formation in galaxies",
    "Star formation rates across galaxies from telescope surveys of gas.",
    "Henrietta Leavitt" },
};

typedef struct
{
  GlnTokenizer  *tokenizer;
  GlnVocabulary *vocabulary;
  GPtrArray     *texts;
  GPtrArray     *counts;
  GPtrArray     *vectors;
} Fixture;

static void
add_text (Fixture    *f,
          const char *title,
          const char *abstract,
          const char *author)
{
  GlnPaperText *text = gln_paper_text_new ();
  const char * const authors[] = { author, NULL };
  const char * const categories[] = { "q-bio", NULL };

  text->id = f->texts->len + 1;
  text->title = g_strdup (title);
  text->abstract = g_strdup (abstract);
  text->authors = g_strdupv ((GStrv) authors);
  text->categories = g_strdupv ((GStrv) categories);
  g_ptr_array_add (f->texts, text);
  g_ptr_array_add (f->counts, gln_vocabulary_count (f->vocabulary, f->tokenizer, text));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree double *idf = NULL;

  f->tokenizer = gln_tokenizer_new ();
  f->vocabulary = gln_vocabulary_new ();
  f->texts = g_ptr_array_new_with_free_func ((GDestroyNotify) gln_paper_text_free);
  f->counts = g_ptr_array_new_with_free_func ((GDestroyNotify) gln_vector_free);
  f->vectors = g_ptr_array_new_with_free_func ((GDestroyNotify) gln_vector_free);
  /* Even indexes are proteins, odd ones galaxies. */
  for (guint i = 0; i < G_N_ELEMENTS (proteins); i++)
    {
      add_text (f, proteins[i][0], proteins[i][1], proteins[i][2]);
      add_text (f, galaxies[i][0], galaxies[i][1], galaxies[i][2]);
    }
  idf = gln_vocabulary_idf (f->vocabulary, (GlnVector * const *) f->counts->pdata, f->counts->len);
  for (guint i = 0; i < f->counts->len; i++)
    g_ptr_array_add (f->vectors, gln_vocabulary_weigh (f->vocabulary, f->counts->pdata[i], idf));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_ptr_array_unref (f->vectors);
  g_ptr_array_unref (f->counts);
  g_ptr_array_unref (f->texts);
  gln_vocabulary_free (f->vocabulary);
  gln_tokenizer_free (f->tokenizer);
}

static GlnInterestModel *
train (Fixture   *f,
       const int *labels)
{
  return gln_interest_model_train ((GlnVector * const *) f->vectors->pdata, labels,
                                   f->vectors->len, gln_vocabulary_get_size (f->vocabulary));
}

static double
score (Fixture          *f,
       GlnInterestModel *model,
       guint             i)
{
  return gln_interest_model_score (model, f->vectors->pdata[i]);
}

static void
test_vectors_unit_length (Fixture       *f,
                          gconstpointer  data)
{
  for (guint i = 0; i < f->vectors->len; i++)
    g_assert_cmpfloat_with_epsilon (gln_vector_dot (f->vectors->pdata[i], f->vectors->pdata[i]),
                                    1.0, 1e-5);
  /* Papers of one subject are closer to each other than to the other subject's. */
  g_assert_cmpfloat (gln_vector_dot (f->vectors->pdata[0], f->vectors->pdata[2]), >,
                     gln_vector_dot (f->vectors->pdata[0], f->vectors->pdata[1]));
}

static void
test_zero_signals (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree int *labels = g_new0 (int, f->vectors->len);
  g_autoptr(GlnInterestModel) model = train (f, labels);
  g_autofree char *because = NULL;

  g_assert_cmpint (gln_interest_model_get_kind (model), ==, GLN_INTEREST_NEWEST);
  g_assert_cmpfloat (score (f, model, 0), ==, score (f, model, 1));
  because = gln_interest_model_explain (model, f->vocabulary, f->vectors->pdata[0]);
  g_assert_nonnull (strstr (because, "star or rate"));
}

/* Checks that every reason @because names is a real feature of @text: quoted words of its
 * title or abstract, or one of its authors or categories. */
static void
assert_reasons_in (const char         *because,
                   const GlnPaperText *text)
{
  g_autofree char *all = g_strconcat (text->title, " ", text->abstract, NULL);
  g_autofree char *folded = g_utf8_strdown (all, -1);
  g_autofree char *list = NULL;
  g_auto(GStrv) reasons = NULL;

  g_assert_true (g_str_has_prefix (because, "Because of "));
  list = g_strdup (because + strlen ("Because of "));
  /* "a, b and c" */
  {
    g_autoptr(GString) commas = g_string_new (list);

    g_string_replace (commas, " and ", ", ", 0);
    reasons = g_strsplit (commas->str, ", ", -1);
  }
  g_assert_cmpuint (g_strv_length (reasons), >, 0);

  for (guint i = 0; reasons[i] != NULL; i++)
    {
      const char *reason = reasons[i];

      if (g_str_has_prefix (reason, "“"))
        {
          g_autofree char *words = g_strndup (reason + strlen ("“"),
                                              strlen (reason) - 2 * strlen ("“"));

          g_assert_true (g_str_has_suffix (reason, "”"));
          g_assert_nonnull (strstr (folded, words));
        }
      else
        g_assert_true (g_strv_contains ((const char * const *) text->authors, reason) ||
                       g_strv_contains ((const char * const *) text->categories, reason));
    }
}

static void
test_one_signal (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree int *labels = g_new0 (int, f->vectors->len);
  g_autoptr(GlnInterestModel) model = NULL;
  g_autofree char *because = NULL;

  labels[0] = 1;
  model = train (f, labels);
  g_assert_cmpint (gln_interest_model_get_kind (model), ==, GLN_INTEREST_SIMILAR);

  /* Every other protein paper scores above every galaxy paper. */
  for (guint i = 2; i < f->vectors->len; i += 2)
    for (guint j = 1; j < f->vectors->len; j += 2)
      g_assert_cmpfloat (score (f, model, i), >, score (f, model, j));

  because = gln_interest_model_explain (model, f->vocabulary, f->vectors->pdata[2]);
  g_assert_true (g_str_has_prefix (because, "Because of "));
  assert_reasons_in (because, f->texts->pdata[2]);
}

static void
test_many_signals (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree int *labels = g_new0 (int, f->vectors->len);
  g_autoptr(GlnInterestModel) model = NULL;

  /* Liked three protein papers, turned down three galaxy papers; the last two of each are
   * left to rank. */
  for (guint i = 0; i < 6; i++)
    labels[i] = i % 2 == 0 ? 1 : -1;
  model = train (f, labels);
  g_assert_cmpint (gln_interest_model_get_kind (model), ==, GLN_INTEREST_LEARNED);

  for (guint i = 6; i < f->vectors->len; i += 2)
    {
      g_autofree char *because = gln_interest_model_explain (model, f->vocabulary,
                                                             f->vectors->pdata[i]);

      for (guint j = 7; j < f->vectors->len; j += 2)
        g_assert_cmpfloat (score (f, model, i), >, score (f, model, j));
      g_assert_cmpfloat (score (f, model, i), >, 0.0);
      g_assert_cmpfloat (score (f, model, i), <, 1.0);
      assert_reasons_in (because, f->texts->pdata[i]);
    }
}

static void
test_because_names_author (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree int *labels = g_new0 (int, f->vectors->len);
  g_autoptr(GlnInterestModel) model = NULL;
  g_autoptr(GlnTokenizer) tokenizer = gln_tokenizer_new ();
  g_autoptr(GlnPaperText) text = gln_paper_text_new ();
  g_autoptr(GlnVector) counts = NULL;
  g_autoptr(GlnVector) vector = NULL;
  g_autofree double *idf = NULL;
  g_autofree char *because = NULL;
  const char * const authors[] = { "Vera Rubin", NULL };

  /* Liked both of Vera Rubin's papers: a paper of hers on nothing else they share is
   * suggested because of her. */
  labels[1] = labels[5] = 1;
  model = train (f, labels);
  text->title = g_strdup ("Observing notes");
  text->abstract = g_strdup ("Observing notes from a long career.");
  text->authors = g_strdupv ((GStrv) authors);
  counts = gln_vocabulary_count (f->vocabulary, tokenizer, text);
  idf = gln_vocabulary_idf (f->vocabulary, (GlnVector * const *) f->counts->pdata, f->counts->len);
  vector = gln_vocabulary_weigh (f->vocabulary, counts, idf);
  because = gln_interest_model_explain (model, f->vocabulary, vector);
  g_assert_cmpstr (because, ==, "Because of Vera Rubin");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/gln/interest-model/unit-length", Fixture, NULL, fixture_set_up,
              test_vectors_unit_length, fixture_tear_down);
  g_test_add ("/gln/interest-model/zero-signals", Fixture, NULL, fixture_set_up,
              test_zero_signals, fixture_tear_down);
  g_test_add ("/gln/interest-model/one-signal", Fixture, NULL, fixture_set_up,
              test_one_signal, fixture_tear_down);
  g_test_add ("/gln/interest-model/many-signals", Fixture, NULL, fixture_set_up,
              test_many_signals, fixture_tear_down);
  g_test_add ("/gln/interest-model/because-author", Fixture, NULL, fixture_set_up,
              test_because_names_author, fixture_tear_down);

  return g_test_run ();
}
