/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The citation search views (issue 17) in a window of their own, on a given library, for
 * screenshots:
 *
 *   cite-harness --db LIBRARY --collection NAME [--search|--map|--review]
 */

#define G_LOG_DOMAIN "cite-harness"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "gln-citation-dialog.h"
#include "gln-citation-map-view.h"
#include "gln-prisma-view.h"
#include "gln-review-window.h"

static char *db_path;
static char *collection_name;
static gboolean search;
static gboolean map;
static gboolean review;

static void
found_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GlnCollectionInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *window = user_data;

  if (!(info = gln_store_find_collection_finish (GLN_STORE (object), result, &error)))
    g_error ("%s", error->message);
  if (review)
    {
      GlnReviewWindow *reviewing = gln_review_window_new (GLN_STORE (object), info->id,
                                                          info->name);

      gtk_window_set_application (GTK_WINDOW (reviewing), gtk_window_get_application (window));
      gtk_window_present (GTK_WINDOW (reviewing));
      gln_review_window_show_page (reviewing, "map");
      gtk_window_destroy (window);
      return;
    }
  if (search)
    {
      GtkWidget *dialog = gln_citation_dialog_new (GLN_STORE (object), info->id, NULL);

      gtk_window_set_application (GTK_WINDOW (dialog),
                                  gtk_window_get_application (window));
      gtk_window_present (GTK_WINDOW (dialog));
      gtk_window_destroy (window);
      return;
    }
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window),
                                      map ? gln_citation_map_view_new (GLN_STORE (object),
                                                                       info->id)
                                          : gln_prisma_view_new (GLN_STORE (object), info->id));
  gtk_window_present (window);
}

static void
activate_cb (GtkApplication *app,
             GlnStore       *store)
{
  GtkWidget *window = adw_application_window_new (app);

  /* The app's own icons, which GtkApplication finds under the app's id. */
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    "/io/github/gleaner/Gleaner/icons");

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_set_title (GTK_WINDOW (window), _("PRISMA"));
  gln_store_find_collection_async (store, collection_name, NULL, found_cb, window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;
  g_autoptr(GlnStore) store = NULL;
  g_autoptr(GError) error = NULL;
  GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db_path, "Library", "PATH" },
    { "collection", 0, 0, G_OPTION_ARG_STRING, &collection_name, "Collection", "NAME" },
    { "search", 0, 0, G_OPTION_ARG_NONE, &search, "Show the citation search", NULL },
    { "map", 0, 0, G_OPTION_ARG_NONE, &map, "Show the citation map", NULL },
    { "review", 0, 0, G_OPTION_ARG_NONE, &review, "Show the review window's map", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || db_path == NULL ||
      collection_name == NULL)
    g_error ("usage: cite-harness --db LIBRARY --collection NAME");
  if (!(store = gln_store_open_sync (db_path, &error)))
    g_error ("%s", error->message);

  app = adw_application_new ("io.github.gleaner.CiteHarness", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), store);

  return g_application_run (G_APPLICATION (app), 1, argv);
}
