/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-window"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "gln-application.h"
#include "gln-window-private.h"

/* For you from any paper of the main list (its menu): More like this opens For you on the
 * papers most like it; Not interested turns it down, with Undo in a toast. */

static void
more_like_this_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  GlnWindow *self = GLN_WINDOW (widget);
  g_autoptr(GlnPaper) paper = NULL;

  if (_gln_window_get_selected_paper (self) == NULL)
    return;

  paper = g_object_ref (_gln_window_get_selected_paper (self));
  gln_sidebar_select (self->sidebar, GLN_SIDEBAR_KIND_FOR_YOU, 0);
  gln_for_you_view_show_similar (self->for_you_view, paper);
}

static void
undo_cb (AdwToast  *toast,
         GlnWindow *self)
{
  GlnPaper *paper = g_object_get_data (G_OBJECT (toast), "gln-paper");

  if (self->store != NULL && paper != NULL)
    gln_store_set_not_interested_async (self->store, paper, FALSE, NULL,
                                        gln_application_edit_done_cb, NULL);
}

static void
not_interested_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  GlnWindow *self = GLN_WINDOW (widget);
  GlnPaper *paper = _gln_window_get_selected_paper (self);
  g_autofree char *text = NULL;
  AdwToast *toast;

  if (paper == NULL || self->store == NULL)
    return;

  gln_store_set_not_interested_async (self->store, paper, TRUE, NULL,
                                      gln_application_edit_done_cb, NULL);
  text = g_markup_printf_escaped (_("“%s” will not be suggested"), gln_paper_get_title (paper));
  toast = adw_toast_new (text);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "gln-paper", g_object_ref (paper), g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_cb), self, 0);
  gln_window_add_toast (self, toast);
}

void
_gln_window_class_init_for_you (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.more-like-this", NULL,
                                   more_like_this_action);
  gtk_widget_class_install_action (widget_class, "win.not-interested", NULL,
                                   not_interested_action);
}
