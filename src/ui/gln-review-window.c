/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-review-window"

#include "config.h"

#include <glib/gi18n.h>

#include "gln-review-window.h"

#include "gln-board-view.h"
#include "gln-compare-view.h"
#include "gln-application.h"
#include "gln-citation-dialog.h"
#include "gln-citation-map-view.h"
#include "gln-prisma-view.h"
#include "gln-screening-view.h"

/* A collection under review, in a window of its own: screening one paper at a time, the
 * comparison board, and papers side by side (filled from the board's selection). */

struct _GlnReviewWindow
{
  AdwWindow              parent_instance;

  GlnStore              *store;
  gint64                 collection_id;

  AdwViewSwitcherTitle  *switcher_title;
  AdwViewStack          *stack;
  GtkWidget             *screening;
  GtkWidget             *board;
  GtkWidget             *compare;
  GtkWidget             *map;
  AdwViewStackPage      *compare_page;
};

G_DEFINE_FINAL_TYPE (GlnReviewWindow, gln_review_window, ADW_TYPE_WINDOW)

static AdwViewStackPage *
add_page (GlnReviewWindow *self,
          GtkWidget       *view,
          const char      *name,
          const char      *title,
          const char      *icon_name)
{
  AdwViewStackPage *page = adw_view_stack_add_titled (self->stack, view, name, title);

  adw_view_stack_page_set_icon_name (page, icon_name);
  adw_view_stack_page_set_use_underline (page, TRUE);

  return page;
}

static void
compare_cb (GlnReviewWindow *self,
            GPtrArray       *papers,
            GlnBoardView    *board)
{
  gln_compare_view_set_papers (GLN_COMPARE_VIEW (self->compare), papers, self->collection_id);
  adw_view_stack_page_set_visible (self->compare_page, TRUE);
  gln_review_window_show_page (self, "compare");
}

/* A paper opened on the citation map shows on the screening page, whatever its filter. */
static void
open_paper_cb (GlnReviewWindow *self,
               gint64           paper_id)
{
  gln_screening_view_show_paper (GLN_SCREENING_VIEW (self->screening), paper_id);
  gln_review_window_show_page (self, "screening");
}

static void
gln_review_window_dispose (GObject *object)
{
  GlnReviewWindow *self = (GlnReviewWindow *)object;

  g_clear_object (&self->store);

  gtk_widget_dispose_template (GTK_WIDGET (self), GLN_TYPE_REVIEW_WINDOW);

  G_OBJECT_CLASS (gln_review_window_parent_class)->dispose (object);
}

/* Opens the citation search of this collection (issue 17). */
static void
citation_search_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  GlnReviewWindow *self = GLN_REVIEW_WINDOW (widget);
  GApplication *app = g_application_get_default ();
  g_autofree char *key = NULL;
  g_autofree char *openalex_key = NULL;
  GtkWidget *dialog;

  if (GLN_IS_APPLICATION (app))
    {
      GSettings *settings = gln_application_get_settings (GLN_APPLICATION (app));

      key = g_settings_get_string (settings, "semantic-scholar-api-key");
      openalex_key = g_settings_get_string (settings, "openalex-api-key");
    }
  dialog = gln_citation_dialog_new (self->store, self->collection_id, key);
  gln_citation_dialog_set_openalex_key (GLN_CITATION_DIALOG (dialog), openalex_key);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Alt+1, Alt+2… go to the pages in the switcher's order, as to tabs in GNOME's apps;
 * Side by Side counts only once it has something to compare. */
static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  GlnReviewWindow *self = GLN_REVIEW_WINDOW (widget);
  g_autoptr(GtkSelectionModel) pages = adw_view_stack_get_pages (self->stack);
  int wanted = g_variant_get_int32 (parameter);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (pages));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);
      GtkWidget *child = adw_view_stack_page_get_child (page);

      if (!adw_view_stack_page_get_visible (page) || --wanted > 0)
        continue;

      adw_view_stack_set_visible_child (self->stack, child);
      gtk_widget_grab_focus (child);
      return;
    }
}

static void
gln_review_window_class_init (GlnReviewWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gln_review_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/gln-review-window.ui");
  gtk_widget_class_bind_template_child (widget_class, GlnReviewWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, GlnReviewWindow, stack);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close",
                                       NULL);
  gtk_widget_class_install_action (widget_class, "review.citation-search", NULL,
                                   citation_search_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_R, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "review.citation-search", NULL);
  gtk_widget_class_install_action (widget_class, "review.show-page", "i", show_page_action);
  for (int i = 1; i <= 9; i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0 + i, GDK_ALT_MASK,
                                         "review.show-page", "i", i);
}

/* Below this width the views fold what sits side by side and drop button labels, so that
 * the window fits a phone's 360 pixels (libadwaita 1.2 has no breakpoints). GTK keeps the
 * default size at the window's size as the user resizes it. */
#define COMPACT_WIDTH 720

static void
default_width_changed_cb (GlnReviewWindow *self)
{
  int width = 0;
  int height = 0;
  gboolean compact;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  compact = width > 0 && width < COMPACT_WIDTH;
  gln_screening_view_set_compact (GLN_SCREENING_VIEW (self->screening), compact);
  gln_board_view_set_compact (GLN_BOARD_VIEW (self->board), compact);
  /* The pages' switcher moves to the bottom bar. Left to squeeze itself, the title's
   * switcher draws a box it has not placed (libadwaita 1.2). */
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, !compact);
}

static void
gln_review_window_init (GlnReviewWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->screening = gln_screening_view_new ();
  self->board = gln_board_view_new ();
  self->compare = gln_compare_view_new ();

  add_page (self, self->screening, "screening", _("_Screening"), "object-select-symbolic");
  add_page (self, self->board, "board", _("_Board"), "view-grid-symbolic");
  self->compare_page = add_page (self, self->compare, "compare", _("Side by _Side"),
                                 "view-dual-symbolic");
  /* Side by side appears once papers are chosen on the board. */
  adw_view_stack_page_set_visible (self->compare_page, FALSE);

  g_signal_connect_object (self->board, "compare", G_CALLBACK (compare_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::default-width", G_CALLBACK (default_width_changed_cb), NULL);
  default_width_changed_cb (self);

#if DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif
}

/**
 * gln_review_window_new:
 * @store: the library
 * @collection_id: the collection to review
 * @name: its name, for the window title
 *
 * Returns: (transfer full): a new window showing the screening page
 */
GlnReviewWindow *
gln_review_window_new (GlnStore   *store,
                       gint64      collection_id,
                       const char *name)
{
  GlnReviewWindow *self;
  g_autofree char *title = NULL;

  g_return_val_if_fail (GLN_IS_STORE (store), NULL);

  self = g_object_new (GLN_TYPE_REVIEW_WINDOW, NULL);
  self->store = g_object_ref (store);
  self->collection_id = collection_id;

  /* Translators: the review window's title, %s is a collection's name */
  title = g_strdup_printf (_("Review “%s”"), name ? name : "");
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_view_switcher_title_set_subtitle (self->switcher_title, name);

  gln_screening_view_set_store (GLN_SCREENING_VIEW (self->screening), store);
  gln_screening_view_set_collection (GLN_SCREENING_VIEW (self->screening), collection_id);
  gln_board_view_set_store (GLN_BOARD_VIEW (self->board), store);
  gln_board_view_set_collection (GLN_BOARD_VIEW (self->board), collection_id);
  gln_compare_view_set_store (GLN_COMPARE_VIEW (self->compare), store);
  add_page (self, gln_prisma_view_new (store, collection_id), "prisma", _("_PRISMA"),
            "gln-prisma-symbolic");
  self->map = gln_citation_map_view_new (store, collection_id);
  g_signal_connect_object (self->map, "open-paper", G_CALLBACK (open_paper_cb), self,
                           G_CONNECT_SWAPPED);
  add_page (self, self->map, "map", _("_Map"), "gln-citation-map-symbolic");

  return self;
}

gint64
gln_review_window_get_collection (GlnReviewWindow *self)
{
  g_return_val_if_fail (GLN_IS_REVIEW_WINDOW (self), 0);

  return self->collection_id;
}

/**
 * gln_review_window_show_page:
 * @self: a #GlnReviewWindow
 * @page: "screening", "board", "compare" or "map"
 *
 * Shows a page and gives it the keyboard, so that screening's single keys work at once.
 */
void
gln_review_window_show_page (GlnReviewWindow *self,
                             const char      *page)
{
  GtkWidget *child;

  g_return_if_fail (GLN_IS_REVIEW_WINDOW (self));

  if (!(child = gln_review_window_get_page (self, page)))
    return;

  adw_view_stack_set_visible_child (self->stack, child);
  gtk_widget_grab_focus (child);
}

/**
 * gln_review_window_get_page:
 * @self: a #GlnReviewWindow
 * @page: "screening", "board", "compare" or "map"
 *
 * Returns: (transfer none) (nullable): the page's widget
 */
GtkWidget *
gln_review_window_get_page (GlnReviewWindow *self,
                            const char      *page)
{
  g_return_val_if_fail (GLN_IS_REVIEW_WINDOW (self), NULL);

  if (g_strcmp0 (page, "screening") == 0)
    return self->screening;
  if (g_strcmp0 (page, "board") == 0)
    return self->board;
  if (g_strcmp0 (page, "compare") == 0)
    return self->compare;
  if (g_strcmp0 (page, "map") == 0)
    return self->map;

  return NULL;
}
