/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "gln-test-store.h"
#include "gln-test-utils.h"

/* For you on a real library: the signals the user gives through the store, the unread
 * papers ranked by the service, "Not interested", and "More like this". */

static const char * const subjects[][2][2] = {
  { { "Protein folding with learned energy functions",
      "We predict protein structure from amino acid sequences and fold proteins." },
    { "Dark matter halos of dwarf galaxies",
      "We measure rotation curves of dwarf galaxies to constrain dark matter halos." } },
  { { "Folding membrane proteins",
      "Membrane protein folding pathways studied with molecular dynamics of amino acids." },
    { "Galaxy mergers in the early universe",
      "Telescope surveys of galaxy mergers show how early galaxies grew." } },
  { { "Protein structure prediction at scale",
      "Predicting the structure of every protein from amino acid contacts and folding." },
    { "Spiral arms of galaxies",
      "Density waves explain the spiral arms of disk galaxies seen by the telescope." } },
  { { "Amino acid contact maps for protein structure",
      "Contact maps between amino acid residues guide protein structure prediction." },
    { "Quasars behind galaxy clusters",
      "Gravitational lensing of quasars by galaxy clusters maps dark matter in galaxies." } },
  { { "Intrinsically disordered proteins",
      "Disordered protein regions resist folding; we measure their amino acid composition." },
    { "Star formation in galaxies",
      "Star formation rates across galaxies from telescope surveys of gas." } },
};

#define N_PAPERS (2 * G_N_ELEMENTS (subjects))
#define IS_PROTEIN(i) ((i) % 2 == 0)

typedef struct
{
  GlnStore  *store;
  GPtrArray *papers;   /* proteins at even indexes, galaxies at odd ones */
  GlnForYou *for_you;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) offered = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GlnImportResult) result = NULL;

  f->store = gln_test_store_new ();
  for (guint i = 0; i < N_PAPERS; i++)
    {
      GlnPaper *paper = gln_paper_new ();
      g_autofree char *date = g_strdup_printf ("2024-01-%02u", i + 1);

      gln_paper_set_title (paper, subjects[i / 2][i % 2][0]);
      gln_paper_set_abstract (paper, subjects[i / 2][i % 2][1]);
      gln_paper_set_published (paper, date);
      g_ptr_array_add (offered, paper);
    }
  result = gln_test_store_import (f->store, offered, 0);
  f->papers = gln_test_store_papers (f->store, result);
  g_assert_cmpuint (f->papers->len, ==, N_PAPERS);
  f->for_you = gln_for_you_new (f->store);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->for_you);
  g_clear_pointer (&f->papers, g_ptr_array_unref);
  gln_test_store_close (g_steal_pointer (&f->store));
}

static GlnPaper *
paper (Fixture *f,
       guint    i)
{
  return f->papers->pdata[i];
}

static void
edited (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (gln_store_edit_finish (f->store, gln_test_wait (), &error));
  g_assert_no_error (error);
}

static GPtrArray *
rank (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *items;

  gln_for_you_refresh_async (f->for_you, NULL, gln_test_ready_cb, NULL);
  items = gln_for_you_refresh_finish (f->for_you, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_nonnull (items);

  return items;
}

/* Where paper @i is in @items, or -1. */
static int
position (Fixture   *f,
          GPtrArray *items,
          guint      i)
{
  for (guint k = 0; k < items->len; k++)
    if (((GlnForYouItem *) items->pdata[k])->id == gln_paper_get_id (paper (f, i)))
      return (int) k;

  return -1;
}

/* The first six papers are the history: read, and three signals each way, of every kind. */
static void
give_signals (Fixture *f)
{
  g_autoptr(GPtrArray) collected = g_ptr_array_new ();
  g_autoptr(GlnScreeningChange) change = NULL;
  g_autoptr(GError) error = NULL;
  gint64 collection;

  for (guint i = 0; i < 6; i++)
    {
      gln_store_set_read_async (f->store, paper (f, i), TRUE, NULL, gln_test_ready_cb, NULL);
      edited (f);
    }
  gln_store_set_starred_async (f->store, paper (f, 0), TRUE, NULL, gln_test_ready_cb, NULL);
  edited (f);
  gln_store_set_rating_async (f->store, paper (f, 2), 5, NULL, gln_test_ready_cb, NULL);
  edited (f);
  gln_store_set_rating_async (f->store, paper (f, 1), 1, NULL, gln_test_ready_cb, NULL);
  edited (f);
  gln_store_set_not_interested_async (f->store, paper (f, 3), TRUE, NULL, gln_test_ready_cb,
                                      NULL);
  edited (f);

  /* In a collection: liked; screened out of it: not. */
  g_ptr_array_add (collected, paper (f, 4));
  g_ptr_array_add (collected, paper (f, 5));
  collection = gln_test_store_create_collection (f->store, "Review", collected);
  gln_store_screen_async (f->store, collection, gln_paper_get_id (paper (f, 5)),
                          GLN_SCREENING_EXCLUDE, NULL, NULL, gln_test_ready_cb, NULL);
  change = gln_store_screening_finish (f->store, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_nonnull (change);
}

static void
test_zero_signals (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) items = rank (f);

  /* Every paper is unread and there is nothing to learn from: newest first. */
  g_assert_cmpuint (items->len, ==, N_PAPERS);
  g_assert_cmpint (gln_for_you_get_kind (f->for_you), ==, GLN_INTEREST_NEWEST);
  for (guint k = 0; k < items->len; k++)
    {
      GlnForYouItem *item = items->pdata[k];

      g_assert_cmpint (item->id, ==, gln_paper_get_id (paper (f, N_PAPERS - 1 - k)));
      g_assert_cmpstr (item->because, !=, "");
    }
}

static void
test_one_signal (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) items = NULL;

  gln_store_set_starred_async (f->store, paper (f, 0), TRUE, NULL, gln_test_ready_cb, NULL);
  edited (f);
  items = rank (f);

  g_assert_cmpint (gln_for_you_get_kind (f->for_you), ==, GLN_INTEREST_SIMILAR);
  /* The starred paper is dealt with, even unread; the other proteins come first. */
  g_assert_cmpint (position (f, items, 0), ==, -1);
  g_assert_cmpuint (items->len, ==, N_PAPERS - 1);
  for (guint i = 2; i < N_PAPERS; i += 2)
    for (guint j = 1; j < N_PAPERS; j += 2)
      g_assert_cmpint (position (f, items, i), <, position (f, items, j));
}

static void
test_note_signal (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GlnNote) note = NULL;
  g_autoptr(GError) error = NULL;

  /* Writing notes on a galaxy paper says it matters: the galaxies come first. */
  gln_store_save_note_async (f->store, paper (f, 1), 0, "Compare with our rotation curves.", NULL,
                             gln_test_ready_cb, NULL);
  note = gln_store_save_note_finish (f->store, gln_test_wait (), &error);
  g_assert_no_error (error);
  items = rank (f);

  g_assert_cmpint (gln_for_you_get_kind (f->for_you), ==, GLN_INTEREST_SIMILAR);
  g_assert_cmpint (position (f, items, 1), ==, -1);
  for (guint i = 3; i < N_PAPERS; i += 2)
    for (guint j = 0; j < N_PAPERS; j += 2)
      g_assert_cmpint (position (f, items, i), <, position (f, items, j));
}

static void
test_many_signals (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) items = NULL;

  give_signals (f);
  items = rank (f);

  g_assert_cmpint (gln_for_you_get_kind (f->for_you), ==, GLN_INTEREST_LEARNED);
  /* Only the unread papers are ranked: the proteins first. */
  g_assert_cmpuint (items->len, ==, N_PAPERS - 6);
  for (guint i = 6; i < N_PAPERS; i += 2)
    for (guint j = 7; j < N_PAPERS; j += 2)
      g_assert_cmpint (position (f, items, i), <, position (f, items, j));
  for (guint k = 0; k < 2; k++)
    {
      GlnForYouItem *item = items->pdata[k];

      g_assert_true (g_str_has_prefix (item->because, "Because of "));
      g_assert_true (strstr (item->because, "protein") || strstr (item->because, "amino") ||
                     strstr (item->because, "fold") || strstr (item->because, "structure"));
    }
}

static void
test_not_interested (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) undone = NULL;

  give_signals (f);
  before = rank (f);
  g_assert_cmpint (position (f, before, 6), >=, 0);

  gln_store_set_not_interested_async (f->store, paper (f, 6), TRUE, NULL, gln_test_ready_cb,
                                      NULL);
  edited (f);
  after = rank (f);
  g_assert_cmpint (position (f, after, 6), ==, -1);
  g_assert_cmpuint (after->len, ==, before->len - 1);

  /* Undo brings it back; the paper itself never changed. */
  gln_store_set_not_interested_async (f->store, paper (f, 6), FALSE, NULL, gln_test_ready_cb,
                                      NULL);
  edited (f);
  undone = rank (f);
  g_assert_cmpint (position (f, undone, 6), >=, 0);
  g_assert_cmpstr (gln_paper_get_title (paper (f, 6)), ==, subjects[3][0][0]);
}

/* A paper in the trash is no candidate; restored, it is one again. */
static void
test_trashed (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) trashed = NULL;
  g_autoptr(GPtrArray) restored = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = gln_paper_get_id (paper (f, 6));

  give_signals (f);
  before = rank (f);
  g_assert_cmpint (position (f, before, 6), >=, 0);

  g_array_append_val (ids, id);
  gln_store_trash_papers_async (f->store, ids, NULL, gln_test_ready_cb, NULL);
  g_assert_true (gln_store_trash_finish (f->store, gln_test_wait (), NULL, &error));
  g_assert_no_error (error);
  trashed = rank (f);
  g_assert_cmpint (position (f, trashed, 6), ==, -1);
  g_assert_cmpuint (trashed->len, ==, before->len - 1);

  gln_store_restore_papers_async (f->store, ids, NULL, gln_test_ready_cb, NULL);
  g_assert_true (gln_store_trash_finish (f->store, gln_test_wait (), NULL, &error));
  g_assert_no_error (error);
  restored = rank (f);
  g_assert_cmpint (position (f, restored, 6), >=, 0);
}

static void
updated_cb (GlnForYou *for_you,
            gboolean  *updated)
{
  *updated = TRUE;
}

static double
score_of (Fixture   *f,
          GPtrArray *items,
          guint      i)
{
  int k = position (f, items, i);

  g_assert_cmpint (k, >=, 0);
  return ((GlnForYouItem *) items->pdata[k])->score;
}

static void
test_live_rating (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  gboolean updated = FALSE;

  give_signals (f);
  g_signal_connect (f->for_you, "updated", G_CALLBACK (updated_cb), &updated);
  gln_for_you_set_live (f->for_you, TRUE);
  while (!updated)
    g_main_context_iteration (NULL, TRUE);
  before = gln_for_you_dup_results (f->for_you);

  /* Rating an unread galaxy paper highly makes the other galaxy papers score higher. */
  updated = FALSE;
  gln_store_set_rating_async (f->store, paper (f, 7), 5, NULL, gln_test_ready_cb, NULL);
  edited (f);
  while (!updated)
    g_main_context_iteration (NULL, TRUE);
  after = gln_for_you_dup_results (f->for_you);

  g_assert_cmpfloat (score_of (f, after, 9), >, score_of (f, before, 9));
  /* The rated paper is dealt with: it is learned from, no longer suggested. */
  g_assert_cmpint (position (f, after, 7), ==, -1);
}

static void
test_similar (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;

  gln_for_you_similar_async (f->for_you, gln_paper_get_id (paper (f, 1)), 3, NULL,
                             gln_test_ready_cb, NULL);
  items = gln_for_you_similar_finish (f->for_you, gln_test_wait (), &error);
  g_assert_no_error (error);

  /* The galaxy papers most like a galaxy paper, not the paper itself. */
  g_assert_cmpuint (items->len, ==, 3);
  g_assert_cmpint (position (f, items, 1), ==, -1);
  for (guint k = 0; k < items->len; k++)
    {
      GlnForYouItem *item = items->pdata[k];
      gboolean galaxy = FALSE;

      for (guint j = 1; j < N_PAPERS; j += 2)
        galaxy |= item->id == gln_paper_get_id (paper (f, j));
      g_assert_true (galaxy);
      g_assert_true (g_str_has_prefix (item->because, "Because of "));
    }
}

/* A near copy of a paper is found wherever it is in the library: here it is the oldest of
 * more than a thousand papers that share the paper's common words, which the search index's
 * ranking by relevance would never reach. */
static void
test_similar_far (Fixture       *f,
                  gconstpointer  data)
{
  static const char * const common[] = {
    "protein", "folding", "structure", "prediction", "amino", "acid", "contact", "energy",
    "learned", "sequence", "residue", "model",
  };
  g_autoptr(GPtrArray) offered = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GlnImportResult) result = NULL;
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  const char *because;
  const char *twin_title = "Zebrafish photoreceptor cilia fold proteins by amino acid contacts";
  const char *twin_abstract = "Photoreceptor outer segments of zebrafish retina: cilia transport "
                              "folds rhodopsin; protein structure prediction from amino acid "
                              "contact energy.";
  GlnPaper *paper;

  /* The twin first, so it has the lowest id; then the crowd, then the paper itself. */
  paper = gln_paper_new ();
  gln_paper_set_title (paper, twin_title);
  gln_paper_set_abstract (paper, twin_abstract);
  g_ptr_array_add (offered, paper);
  for (guint i = 0; i < 1200; i++)
    {
      g_autofree char *title = g_strdup_printf ("%s %s %s study %u", common[i % 12],
                                                common[(i / 12) % 12], common[(i / 144) % 12], i);
      g_autofree char *abstract = g_strdup_printf ("We learn %s %s %s %s for protein folding "
                                                   "and amino acid contact structure prediction.",
                                                   common[(i + 3) % 12], common[(i + 5) % 12],
                                                   common[(i * 7) % 12], common[(i * 11) % 12]);

      paper = gln_paper_new ();
      gln_paper_set_title (paper, title);
      gln_paper_set_abstract (paper, abstract);
      g_ptr_array_add (offered, paper);
    }
  paper = gln_paper_new ();
  gln_paper_set_title (paper, "Zebrafish photoreceptor cilia fold proteins through amino acid contacts");
  gln_paper_set_abstract (paper, "Photoreceptor outer segments of the zebrafish retina: cilia "
                                 "transport and fold rhodopsin; protein structure prediction from "
                                 "amino acid contact energies.");
  g_ptr_array_add (offered, paper);
  result = gln_test_store_import (f->store, offered, 0);
  papers = gln_test_store_papers (f->store, result);
  g_assert_cmpuint (papers->len, ==, offered->len);

  gln_for_you_similar_async (f->for_you, gln_paper_get_id (papers->pdata[papers->len - 1]), 5,
                             NULL, gln_test_ready_cb, NULL);
  items = gln_for_you_similar_finish (f->for_you, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, 5);
  g_assert_cmpint (((GlnForYouItem *) items->pdata[0])->id, ==, gln_paper_get_id (papers->pdata[0]));
  because = ((GlnForYouItem *) items->pdata[0])->because;
  g_assert_true (strstr (because, "zebrafish") || strstr (because, "photoreceptor") ||
                 strstr (because, "cilia"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/gln/for-you/zero-signals", Fixture, NULL, fixture_set_up, test_zero_signals,
              fixture_tear_down);
  g_test_add ("/gln/for-you/one-signal", Fixture, NULL, fixture_set_up, test_one_signal,
              fixture_tear_down);
  g_test_add ("/gln/for-you/note-signal", Fixture, NULL, fixture_set_up, test_note_signal,
              fixture_tear_down);
  g_test_add ("/gln/for-you/many-signals", Fixture, NULL, fixture_set_up, test_many_signals,
              fixture_tear_down);
  g_test_add ("/gln/for-you/trashed", Fixture, NULL, fixture_set_up, test_trashed,
              fixture_tear_down);
  g_test_add ("/gln/for-you/not-interested", Fixture, NULL, fixture_set_up, test_not_interested,
              fixture_tear_down);
  g_test_add ("/gln/for-you/live-rating", Fixture, NULL, fixture_set_up, test_live_rating,
              fixture_tear_down);
  g_test_add ("/gln/for-you/similar", Fixture, NULL, fixture_set_up, test_similar,
              fixture_tear_down);
  g_test_add ("/gln/for-you/similar-far", Fixture, NULL, fixture_set_up, test_similar_far,
              fixture_tear_down);

  return g_test_run ();
}
