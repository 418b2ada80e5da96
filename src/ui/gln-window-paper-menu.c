/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The menu of a paper in the list: a right click on its row, or the Menu key and Shift+F10
 * for the selected one. It offers what the single keys do, and copies the paper's BibTeX
 * entry, its cite key or a plain reference. */

#define G_LOG_DOMAIN "gln-window"

#include "config.h"

#include <glib/gi18n.h>

#include "gln-window-private.h"

#include "gln-paper-row.h"

#include <string.h>

static GPtrArray *
shown_paper_as_array (GlnWindow *self)
{
  GlnPaper *paper = _gln_window_get_selected_paper (self);
  GPtrArray *papers = g_ptr_array_new_with_free_func (g_object_unref);

  if (paper != NULL)
    g_ptr_array_add (papers, g_object_ref (paper));

  return papers;
}

static char *
dup_bibtex (GlnWindow  *self,
            GError    **error)
{
  g_autoptr(GPtrArray) papers = shown_paper_as_array (self);

  if (papers->len == 0)
    return NULL;

  return gln_export_papers (papers, NULL, GLN_EXPORT_FORMAT_BIBTEX, NULL, error);
}

/* The key of the entry "@article{key, …": what \cite{} takes for the paper. */
static char *
dup_cite_key (const char *bibtex)
{
  const char *open = bibtex != NULL ? strchr (bibtex, '{') : NULL;
  const char *comma = open != NULL ? strchr (open, ',') : NULL;

  if (comma == NULL || comma == open + 1)
    return NULL;

  return g_strstrip (g_strndup (open + 1, comma - open - 1));
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  GlnWindow *self = GLN_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *bibtex = NULL;
  g_autofree char *key = NULL;
  g_autofree char *message = NULL;
  GdkClipboard *clipboard = gtk_widget_get_clipboard (widget);

  if (g_str_equal (action_name, "win.copy-reference"))
    {
      g_autofree char *reference = NULL;

      if (_gln_window_get_selected_paper (self) == NULL)
        return;
      reference = gln_reference_format (_gln_window_get_selected_paper (self));
      gdk_clipboard_set_text (clipboard, reference);
      gln_window_show_message (self, _("Reference copied"));
      return;
    }

  if (!(bibtex = dup_bibtex (self, &error)))
    {
      if (error != NULL)
        gln_window_report_error (self, _("Could not write the BibTeX entry"), error);
      return;
    }

  if (g_str_equal (action_name, "win.copy-bibtex"))
    {
      gdk_clipboard_set_text (clipboard, bibtex);
      gln_window_show_message (self, _("BibTeX entry copied"));
      return;
    }

  if (!(key = dup_cite_key (bibtex)))
    return;
  gdk_clipboard_set_text (clipboard, key);
  /* Translators: %s is a citation key, such as “abdulkhalek2021selfconsistent” */
  message = g_strdup_printf (_("Cite key “%s” copied"), key);
  gln_window_show_message (self, message);
}

static void
popup_at (GlnWindow *self,
          double     x,
          double     y)
{
  gtk_popover_set_pointing_to (GTK_POPOVER (self->paper_menu),
                               &(GdkRectangle) { (int) x, (int) y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->paper_menu));
}

/* From the keyboard the menu opens at the focused row, or at the top of the list. */
static void
paper_menu_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  GlnWindow *self = GLN_WINDOW (widget);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  graphene_rect_t bounds;

  if (_gln_window_get_selected_paper (self) == NULL)
    return;

  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list_view)) &&
      gtk_widget_compute_bounds (focus, GTK_WIDGET (self->list_view), &bounds))
    popup_at (self, bounds.origin.x + 24, bounds.origin.y + bounds.size.height / 2);
  else
    popup_at (self, 24, 24);
}

static GlnPaperRow *
find_row (GtkWidget *widget)
{
  for (; widget != NULL; widget = gtk_widget_get_parent (widget))
    if (GLN_IS_PAPER_ROW (widget))
      return GLN_PAPER_ROW (widget);

  return NULL;
}

/* A right click selects the row under the pointer, as in Files, and opens its menu there. */
static void
list_pressed_cb (GtkGestureClick *gesture,
                 int              n_press,
                 double           x,
                 double           y,
                 GlnWindow       *self)
{
  GlnPaperRow *row = find_row (gtk_widget_pick (GTK_WIDGET (self->list_view), x, y,
                                                GTK_PICK_DEFAULT));
  GlnPaper *paper = row != NULL ? gln_paper_row_get_paper (row) : NULL;
  guint position;

  if (paper == NULL || self->papers == NULL ||
      (position = gln_paper_list_find (self->papers, gln_paper_get_id (paper))) == G_MAXUINT)
    return;

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  _gln_window_select_position (self, position);
  popup_at (self, x, y);
}

void
_gln_window_class_init_paper_menu (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.copy-bibtex", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "win.copy-cite-key", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "win.copy-reference", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "win.paper-menu", NULL, paper_menu_action);
  _gln_window_class_init_find_ids (widget_class);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "win.paper-menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK,
                                       "win.paper-menu", NULL);
}

void
_gln_window_init_paper_menu (GlnWindow *self)
{
  GtkGesture *gesture = gtk_gesture_click_new ();

  self->paper_menu = gtk_popover_menu_new_from_model (self->paper_menu_model);
  gtk_popover_set_has_arrow (GTK_POPOVER (self->paper_menu), FALSE);
  gtk_widget_set_halign (self->paper_menu, GTK_ALIGN_START);
  gtk_widget_set_parent (self->paper_menu, GTK_WIDGET (self->list_view));

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_SECONDARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (gesture), GTK_PHASE_CAPTURE);
  g_signal_connect_object (gesture, "pressed", G_CALLBACK (list_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), GTK_EVENT_CONTROLLER (gesture));
}
