/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "test-for-you"

#include "config.h"

#include <string.h>

#include "gln-application.h"
#include "gln-for-you-view.h"
#include "gln-sidebar.h"
#include "gln-ui-test-utils.h"
#include "gln-window.h"
#include "gln-window-private.h"
#include "../core/gln-test-store.h"

/* For you in a real window: the unread papers ranked by the user's signals, each row with
 * its reason; Not interested with Undo; More like this. */

static const char * const subjects[][2] = {
  { "Protein folding with learned energy functions",
    "We predict protein structure from amino acid sequences and fold proteins." },
  { "Dark matter halos of dwarf galaxies",
    "We measure rotation curves of dwarf galaxies to constrain dark matter halos." },
  { "Folding membrane proteins",
    "Membrane protein folding pathways studied with molecular dynamics of amino acids." },
  { "Galaxy mergers in the early universe",
    "Telescope surveys of galaxy mergers show how early galaxies grew." },
  { "Protein structure prediction at scale",
    "Predicting the structure of every protein from amino acid contacts and folding." },
  { "Spiral arms of galaxies",
    "Density waves explain the spiral arms of disk galaxies seen by the telescope." },
  { "Amino acid contact maps for protein structure",
    "Contact maps between amino acid residues guide protein structure prediction." },
  { "Quasars behind galaxy clusters",
    "Gravitational lensing of quasars by galaxy clusters maps dark matter in galaxies." },
};

static GlnApplication *app;

typedef struct
{
  char          *dir;
  GlnWindow     *window;
  GlnStore      *store;
  GlnForYouView *view;
  GPtrArray     *papers;
} Fixture;

static gboolean
page_is_not_loading (gpointer data)
{
  const char *page = gln_window_get_page (data);

  return page != NULL && !g_str_equal (page, "loading");
}

static gboolean
no_toplevels (gpointer data)
{
  return g_list_model_get_n_items (gtk_window_get_toplevels ()) == 0;
}

static gint64
paper_id (Fixture *f,
          guint    i)
{
  return gln_paper_get_id (f->papers->pdata[i]);
}

/* Proteins first, with a reason naming what they share with the starred ones. */
static gboolean
ranked_with_reasons (gpointer data)
{
  Fixture *f = data;

  if (!gtk_widget_get_mapped (GTK_WIDGET (f->view)) || gln_for_you_view_get_n_rows (f->view) != 4)
    return FALSE;
  for (guint k = 0; k < 2; k++)
    {
      gint64 id = gln_for_you_view_get_row_id (f->view, k);
      const char *because = gln_for_you_view_get_row_because (f->view, k);

      if ((id != paper_id (f, 4) && id != paper_id (f, 6)) ||
          !g_str_has_prefix (because, "Because of ") ||
          !(strstr (because, "protein") || strstr (because, "amino") || strstr (because, "structur")))
        return FALSE;
    }

  return TRUE;
}

static void
edited (GlnStore *store)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (gln_store_edit_finish (store, gln_test_wait (), &error));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) offered = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GlnImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (app == NULL)
    return;

  f->dir = g_dir_make_tmp ("gleaner-for-you-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "library.db", NULL);
  gln_application_set_library_path (app, path);
  g_application_activate (G_APPLICATION (app));
  f->window = GLN_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  gln_ui_test_wait_until (page_is_not_loading, f->window, "the library to open");
  f->store = gln_window_get_store (f->window);
  f->view = f->window->for_you_view;

  for (guint i = 0; i < G_N_ELEMENTS (subjects); i++)
    {
      GlnPaper *paper = gln_paper_new ();

      gln_paper_set_title (paper, subjects[i][0]);
      gln_paper_set_abstract (paper, subjects[i][1]);
      g_ptr_array_add (offered, paper);
    }
  result = gln_test_store_import (f->store, offered, 0);
  f->papers = gln_test_store_papers (f->store, result);

  /* History: two proteins starred, two galaxies rated 1, all four read. */
  for (guint i = 0; i < 4; i++)
    {
      gln_store_set_read_async (f->store, f->papers->pdata[i], TRUE, NULL, gln_test_ready_cb, NULL);
      edited (f->store);
      if (i % 2 == 0)
        gln_store_set_starred_async (f->store, f->papers->pdata[i], TRUE, NULL, gln_test_ready_cb,
                                     NULL);
      else
        gln_store_set_rating_async (f->store, f->papers->pdata[i], 1, NULL, gln_test_ready_cb,
                                    NULL);
      edited (f->store);
    }

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-for-you", NULL);
  g_assert_cmpint (gln_sidebar_item_get_kind (gln_sidebar_get_selected (f->window->sidebar)), ==,
                   GLN_SIDEBAR_KIND_FOR_YOU);
  gln_ui_test_wait_until (ranked_with_reasons, f, "the ranked rows with their reasons");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  if (app == NULL)
    return;

  g_clear_pointer (&f->papers, g_ptr_array_unref);
  while (g_list_model_get_n_items (toplevels) > 0)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, 0);

      gtk_window_destroy (window);
    }
  gln_ui_test_wait_until (no_toplevels, NULL, "every window to close");
  gln_ui_test_settle ();
  gln_application_set_library_path (app, NULL);
  gln_ui_test_remove (f->dir);
  g_free (f->dir);
}

static gboolean
skipped (void)
{
  if (app != NULL)
    return FALSE;

  g_test_skip ("No display available");
  return TRUE;
}

static void
test_ranked (Fixture       *f,
             gconstpointer  data)
{
  if (skipped ())
    return;

  /* The set-up waited for it; the galaxies come last. */
  for (guint k = 2; k < 4; k++)
    {
      gint64 id = gln_for_you_view_get_row_id (f->view, k);

      g_assert_true (id == paper_id (f, 5) || id == paper_id (f, 7));
      g_assert_cmpstr (gln_for_you_view_get_row_because (f->view, k), !=, "");
    }
}

typedef struct
{
  Fixture *f;
  guint    n_rows;
  gint64   first;
} RowsCheck;

static gboolean
rows_are (gpointer data)
{
  RowsCheck *check = data;

  return gln_for_you_view_get_n_rows (check->f->view) == check->n_rows &&
         (check->first == 0 || gln_for_you_view_get_row_id (check->f->view, 0) == check->first);
}

static void
test_not_interested_and_undo (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GlnPaper) first = NULL;
  RowsCheck three = { f, 3, 0 };
  RowsCheck four = { f, 4, 0 };

  if (skipped ())
    return;

  first = gln_store_lookup_paper (f->store, gln_for_you_view_get_row_id (f->view, 0), NULL);
  gln_for_you_view_not_interested (f->view, first);
  /* Gone at once, and still gone once For you has ranked again. */
  g_assert_cmpuint (gln_for_you_view_get_n_rows (f->view), ==, 3);
  gln_ui_test_spin (1000);
  gln_ui_test_wait_until (rows_are, &three, "three rows");

  gln_store_set_not_interested_async (f->store, first, FALSE, NULL, gln_test_ready_cb, NULL);
  edited (f->store);
  gln_ui_test_wait_until (rows_are, &four, "the paper back");
}

static void
test_more_like_this (Fixture       *f,
                     gconstpointer  data)
{
  RowsCheck like = { f, 3, 0 };

  if (skipped ())
    return;

  /* The galaxy papers most like a galaxy paper, read or not, not the paper itself. */
  gln_for_you_view_show_similar (f->view, f->papers->pdata[1]);
  /* First the one that also speaks of dark matter. */
  like.first = paper_id (f, 7);
  gln_ui_test_wait_until (rows_are, &like, "the papers like the galaxy paper");
  for (guint k = 0; k < 3; k++)
    g_assert_cmpint (gln_for_you_view_get_row_id (f->view, k) % 2, ==, paper_id (f, 1) % 2);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "for-you.back", NULL);
  gln_ui_test_wait_until (ranked_with_reasons, f, "the ranking back");
}

typedef struct
{
  Fixture *f;
  guint    position;
} FindCheck;

static gboolean
library_lists_paper (gpointer data)
{
  FindCheck *check = data;
  GListModel *papers = gln_window_get_papers (check->f->window);

  check->position = GLN_IS_PAPER_LIST (papers)
                    ? gln_paper_list_find (GLN_PAPER_LIST (papers), paper_id (check->f, 1))
                    : G_MAXUINT;
  return check->position != G_MAXUINT;
}

static void
test_from_library (Fixture       *f,
                   gconstpointer  data)
{
  RowsCheck like = { f, 3, 0 };
  FindCheck find = { f, G_MAXUINT };

  if (skipped ())
    return;

  /* From the Library's paper menu: More like this opens For you on the similar papers. */
  gln_sidebar_select (f->window->sidebar, GLN_SIDEBAR_KIND_LIBRARY, 0);
  gln_ui_test_wait_until (library_lists_paper, &find, "the galaxy paper in the library");
  _gln_window_select_position (f->window, find.position);
  g_assert_true (_gln_window_get_selected_paper (f->window) == f->papers->pdata[1]);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.more-like-this", NULL);
  g_assert_cmpint (gln_sidebar_item_get_kind (gln_sidebar_get_selected (f->window->sidebar)), ==,
                   GLN_SIDEBAR_KIND_FOR_YOU);
  like.first = paper_id (f, 7);
  gln_ui_test_wait_until (rows_are, &like, "the papers like the galaxy paper");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = NULL;

  g_test_init (&argc, &argv, NULL);
  g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);

  data_home = g_dir_make_tmp ("gleaner-for-you-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  if (gtk_init_check ())
    {
      app = gln_application_new (APP_ID, G_APPLICATION_NON_UNIQUE);
      g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
      g_assert_no_error (error);
    }

  g_test_add ("/gln/ui/for-you/ranked", Fixture, NULL, fixture_set_up, test_ranked,
              fixture_tear_down);
  g_test_add ("/gln/ui/for-you/not-interested-undo", Fixture, NULL, fixture_set_up,
              test_not_interested_and_undo, fixture_tear_down);
  g_test_add ("/gln/ui/for-you/more-like-this", Fixture, NULL, fixture_set_up,
              test_more_like_this, fixture_tear_down);
  g_test_add ("/gln/ui/for-you/from-library", Fixture, NULL, fixture_set_up, test_from_library,
              fixture_tear_down);

  return g_test_run ();
}
