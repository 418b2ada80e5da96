/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The citation search views of issue 17 on a real library: the PRISMA page shows the
 * collection's numbers (its text read back from the drawing's accessible description) and
 * follows a screening decision; the citation search dialog opens ready to start, and sends
 * each service the user's key for it. */

#define G_LOG_DOMAIN "test-cite"

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "gln-citation-dialog.h"
#include "gln-prisma-view.h"
#include "gln-ui-test-utils.h"

#include "gln-test-collection.h"
#include "gln-test-server.h"
#include "gln-test-store.h"

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

static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;
      if ((found = find_button (child, label)) != NULL)
        return found;
    }

  return NULL;
}

static gboolean
widget_sensitive (gpointer data)
{
  return gtk_widget_get_sensitive (data);
}

/* A search from the dialog with both keys set: Semantic Scholar gets its key in the
 * x-api-key header, OpenAlex (asked when Semantic Scholar does not know a paper) in the
 * api_key parameter, and neither the other's. */
static void
test_keys_reach_services (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GlnStore) store = NULL;
  g_autoptr(GlnTestServer) server = NULL;
  g_autoptr(GPtrArray) requests = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ids[GLN_TEST_COLLECTION_SIZE];
  gint64 collection;
  GtkWidget *dialog;
  GtkWidget *start;
  guint n_s2 = 0, n_openalex = 0;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  /* Every request goes to a server that knows no paper. */
  server = gln_test_server_new ();
  g_setenv ("GLEANER_BASE_URL_SEMANTIC_SCHOLAR", gln_test_server_get_url (server), TRUE);
  g_setenv ("GLEANER_BASE_URL_OPENALEX", gln_test_server_get_url (server), TRUE);
  g_setenv ("GLEANER_FETCH_INTERVAL_MS", "5", TRUE);
  path = gln_test_tmp_db_path ();
  collection = gln_test_collection_create (path, COLLECTION, "Proton radius", ids);
  store = gln_store_open_sync (path, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GlnScreeningChange) change = NULL;

      gln_store_screen_async (store, collection, ids[i], GLN_SCREENING_INCLUDE, NULL, NULL,
                              gln_test_ready_cb, NULL);
      change = gln_store_screening_finish (store, gln_test_wait (), &error);
      g_assert_no_error (error);
    }

  dialog = gln_citation_dialog_new (store, collection, "s2-ui-key");
  gln_citation_dialog_set_openalex_key (GLN_CITATION_DIALOG (dialog), "oa-ui-key");
  gtk_window_present (GTK_WINDOW (dialog));
  start = find_button (dialog, "_Search");
  g_assert_nonnull (start);
  g_signal_emit_by_name (start, "clicked");
  g_assert_false (gtk_widget_get_sensitive (start));
  gln_ui_test_wait_until (widget_sensitive, start, "the search to end");

  requests = gln_test_server_dup_requests (server);
  for (guint i = 0; i < requests->len; i++)
    {
      GlnTestRequest *request = g_ptr_array_index (requests, i);
      gboolean has_param = request->query != NULL && strstr (request->query, "api_key=") != NULL;

      if (g_str_has_prefix (request->path, "/graph/"))
        {
          n_s2++;
          g_assert_cmpstr (request->api_key, ==, "s2-ui-key");
          g_assert_false (has_param);
        }
      else
        {
          n_openalex++;
          g_assert_null (request->api_key);
          g_assert_nonnull (strstr (request->query, "api_key=oa-ui-key"));
        }
    }
  g_assert_cmpuint (n_s2, >, 0);
  g_assert_cmpuint (n_openalex, ==, n_s2);

  gtk_window_destroy (GTK_WINDOW (dialog));
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
  g_test_add_func ("/gln/cite/keys-reach-services", test_keys_reach_services);

  ret = g_test_run ();
  gln_ui_test_remove (data_home);

  return ret;
}
