/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-dialog-keys"

#include "config.h"

#include "gln-dialog-keys.h"

/* The keys every dialog window answers to: Escape cancels, and Ctrl+Return does what the
 * default button does, also from a multi-line text where Return starts a new line. Each
 * dialog names its default button in its .ui (`default-widget`) and the widget that has
 * the focus first with gln_dialog_focus_on_map(), so that typing goes where it belongs
 * rather than to Cancel, the first button. */

static void
activate_default_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  GtkWidget *button = gtk_window_get_default_widget (GTK_WINDOW (widget));

  if (button != NULL && gtk_widget_is_sensitive (button) && gtk_widget_get_visible (button))
    gtk_widget_activate (button);
}

/**
 * gln_dialog_class_add_keys:
 * @widget_class: the class of a #GtkWindow used as a dialog
 *
 * Installs `dialog.activate-default` with Ctrl+Return, and Escape to close.
 */
void
gln_dialog_class_add_keys (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "dialog.activate-default", NULL,
                                   activate_default_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "dialog.activate-default", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "dialog.activate-default", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

/**
 * gln_dialog_add_text_keys:
 * @dialog: a dialog window whose class has gln_dialog_class_add_keys()
 *
 * Lets Ctrl+Return reach the default button from a #GtkTextView, which takes Return with
 * any modifier as a new line before the window's own keys see it: the dialog looks at
 * Ctrl+Return first.
 */
void
gln_dialog_add_text_keys (GtkWindow *dialog)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkShortcutTrigger *trigger;

  trigger = gtk_shortcut_trigger_parse_string ("<Control>Return|<Control>KP_Enter");
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (trigger,
                                                          gtk_named_action_new ("dialog.activate-default")));
  gtk_widget_add_controller (GTK_WIDGET (dialog), controller);
}

static void
dialog_mapped_cb (GtkWidget *dialog,
                  GtkWidget *widget)
{
  gtk_widget_grab_focus (widget);
}

/**
 * gln_dialog_focus_on_map:
 * @dialog: a dialog window
 * @widget: where typing goes when the dialog opens
 *
 * Gives @widget the focus each time @dialog is shown; `focus-widget` set in a template
 * does not last until then.
 */
void
gln_dialog_focus_on_map (GtkWindow *dialog,
                         GtkWidget *widget)
{
  g_signal_connect_object (dialog, "map", G_CALLBACK (dialog_mapped_cb), widget, 0);
}
