/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "gln-paper.h"
#include "gln-paper-key.h"
#include "gln-paper-limits.h"

#include <string.h>

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 gpointer    user_data)
{
  (*(guint *) user_data)++;
}

static void
test_paper_notify_only_on_change (void)
{
  g_autoptr(GlnPaper) paper = gln_paper_new ();
  guint count = 0;

  g_signal_connect (paper, "notify::rating", G_CALLBACK (count_notify_cb), &count);
  gln_paper_set_rating (paper, 3);
  gln_paper_set_rating (paper, 3);
  g_assert_cmpuint (count, ==, 1);
  g_assert_cmpint (gln_paper_get_rating (paper), ==, 3);

  count = 0;
  g_signal_handlers_disconnect_by_func (paper, count_notify_cb, &count);
  g_signal_connect (paper, "notify::title", G_CALLBACK (count_notify_cb), &count);
  gln_paper_set_title (paper, "A title");
  gln_paper_set_title (paper, "A title");
  g_assert_cmpuint (count, ==, 1);
  g_assert_cmpstr (gln_paper_get_title (paper), ==, "A title");
}

static void
test_paper_defaults (void)
{
  g_autoptr(GlnPaper) paper = gln_paper_new ();

  g_assert_cmpint (gln_paper_get_upvotes (paper), ==, -1);
  g_assert_cmpint (gln_paper_get_author_count (paper), ==, -1);
  g_assert_null (gln_paper_get_doi (paper));
  g_assert_nonnull (gln_paper_get_authors (paper));
  g_assert_null (gln_paper_get_authors (paper)[0]);
  g_assert_false (gln_paper_get_read (paper));
}

static void
test_paper_authors (void)
{
  g_autoptr(GlnPaper) paper = gln_paper_new ();
  g_autofree char *first = NULL;
  const char *names[] = { "A. Pertica", "S. J. Payne", NULL };
  const char *affs[] = { "Rutherford", NULL };

  gln_paper_set_authors (paper, names, affs);
  g_assert_cmpuint (gln_paper_get_n_authors (paper), ==, 2);
  g_assert_cmpstr (gln_paper_get_affiliations (paper)[0], ==, "Rutherford");
  g_assert_cmpstr (gln_paper_get_affiliations (paper)[1], ==, "");

  gln_paper_add_author (paper, "H1 Collaboration", NULL);
  g_assert_cmpuint (gln_paper_get_n_authors (paper), ==, 3);

  first = gln_paper_dup_first_authors (paper, 2);
  g_assert_cmpstr (first, ==, "A. Pertica, S. J. Payne et al.");
}

static void
test_paper_update_from (void)
{
  g_autoptr(GlnPaper) a = gln_paper_new ();
  g_autoptr(GlnPaper) b = gln_paper_new ();
  const char *cats[] = { "cs.CL", "cs.LG", NULL };
  guint count = 0;

  gln_paper_set_title (a, "Same");
  gln_paper_set_title (b, "Same");
  gln_paper_set_starred (b, TRUE);
  gln_paper_set_categories (b, cats);
  gln_paper_set_published (b, "2024-10-22");

  g_signal_connect (a, "notify", G_CALLBACK (count_notify_cb), &count);
  g_assert_true (gln_paper_update_from (a, b));
  /* starred, categories, published: the unchanged title is not notified */
  g_assert_cmpuint (count, ==, 3);
  g_assert_true (gln_paper_get_starred (a));
  g_assert_cmpstr (gln_paper_get_categories (a)[1], ==, "cs.LG");
  g_assert_cmpint (gln_paper_get_year (a), ==, 2024);
  g_assert_false (gln_paper_update_from (a, b));
}

/* Values cut on a character boundary, the key following the title it keeps, and what is
 * short enough left alone. */
static void
test_paper_limit_lengths (void)
{
  g_autoptr(GlnPaper) paper = gln_paper_new ();
  g_autoptr(GlnPaper) short_paper = gln_paper_new ();
  g_autoptr(GString) title = g_string_new (NULL);
  g_autofree char *key = NULL;
  g_autofree char *cut = NULL;
  const char *names[] = { "Ada", NULL };
  const char *affiliations[] = { "Somewhere", NULL };

  while (title->len < 2 * GLN_PAPER_MAX_TITLE)
    g_string_append (title, "é");
  key = gln_title_key (title->str);
  gln_paper_set_title (paper, title->str);
  gln_paper_set_key (paper, key);
  gln_paper_set_authors (paper, names, affiliations);

  cut = gln_paper_limit_lengths (paper);
  g_assert_cmpstr (cut, ==, "too long, cut: title");
  g_assert_cmpuint (strlen (gln_paper_get_title (paper)), <=, GLN_PAPER_MAX_TITLE);
  g_assert_true (g_utf8_validate (gln_paper_get_title (paper), -1, NULL));
  g_assert_true (g_str_has_suffix (gln_paper_get_title (paper), "é…"));
  g_clear_pointer (&key, g_free);
  key = gln_title_key (gln_paper_get_title (paper));
  g_assert_cmpstr (gln_paper_get_key (paper), ==, key);
  g_assert_cmpstr (gln_paper_get_affiliations (paper)[0], ==, "Somewhere");

  gln_paper_set_title (short_paper, "Short");
  g_assert_null (gln_paper_limit_lengths (short_paper));
  g_assert_null (gln_paper_limit_lengths (paper));
  g_assert_cmpstr (gln_paper_get_title (short_paper), ==, "Short");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/gln/paper/notify-only-on-change", test_paper_notify_only_on_change);
  g_test_add_func ("/gln/paper/defaults", test_paper_defaults);
  g_test_add_func ("/gln/paper/authors", test_paper_authors);
  g_test_add_func ("/gln/paper/update-from", test_paper_update_from);
  g_test_add_func ("/gln/paper/limit-lengths", test_paper_limit_lengths);

  return g_test_run ();
}
