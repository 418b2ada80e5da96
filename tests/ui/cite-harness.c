/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The citation search views (issue 17) in a window of their own, on a given library, for
 * screenshots:
 *
 *   cite-harness --db LIBRARY --collection NAME [--search|--map|--review]
 *   cite-harness --db LIBRARY --paper KEY [--list references|citations]
 *
 * --paper shows the reading pane on a paper, its list of references or citations open.
 */

#define G_LOG_DOMAIN "cite-harness"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "gln-citation-dialog.h"
#include "gln-citation-map-view.h"
#include "gln-citation-links.h"
#include "gln-paper-view.h"
#include "gln-prisma-view.h"
#include "gln-review-window.h"

static char *db_path;
static char *collection_name;
static gboolean search;
static gboolean map;
static gboolean review;
static char *paper_key;
static char *list_name;

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

static GtkWidget *
find_links (GtkWidget *widget)
{
  if (GLN_IS_CITATION_LINKS (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_links (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Once the pane has its counts, a screenshot's moment later. */
static gboolean
open_list (gpointer data)
{
  GlnCitationDirection direction = g_str_equal (list_name, "citations") ? GLN_CITATION_CITATIONS
                                                                        : GLN_CITATION_REFERENCES;

  gtk_menu_button_popup (GTK_MENU_BUTTON (gln_citation_links_get_button (data, direction)));
  return G_SOURCE_REMOVE;
}

static void
paper_found_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GlnPaper) paper = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *window = user_data;
  GtkWidget *view = gln_paper_view_new ();

  if (!(paper = gln_store_find_paper_finish (GLN_STORE (object), result, &error)))
    g_error ("%s", error->message);
  gln_paper_view_set_store (GLN_PAPER_VIEW (view), GLN_STORE (object));
  gln_paper_view_set_paper (GLN_PAPER_VIEW (view), paper);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), view);
  gtk_window_present (window);

  if (list_name != NULL)
    g_timeout_add_seconds (2, open_list, find_links (view));
}

static void
activate_cb (GtkApplication *app,
             GlnStore       *store)
{
  GtkWidget *window = adw_application_window_new (app);

  /* The app's own icons, which GtkApplication finds under the app's id. */
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    "/io/github/gleaner/Gleaner/icons");
  if (paper_key != NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (window), 760, 800);
      gtk_window_set_title (GTK_WINDOW (window), _("Paper"));
      gln_store_find_paper_async (store, paper_key, NULL, paper_found_cb, window);
      return;
    }

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
    { "paper", 0, 0, G_OPTION_ARG_STRING, &paper_key, "Show a paper's reading pane", "KEY" },
    { "list", 0, 0, G_OPTION_ARG_STRING, &list_name, "Open its references or citations",
      "LIST" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || db_path == NULL ||
      (collection_name == NULL && paper_key == NULL))
    g_error ("usage: cite-harness --db LIBRARY --collection NAME | --paper KEY");
  if (!(store = gln_store_open_sync (db_path, &error)))
    g_error ("%s", error->message);

  app = adw_application_new ("io.github.gleaner.CiteHarness", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), store);

  return g_application_run (G_APPLICATION (app), 1, argv);
}
