/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Notes that could not be stored are kept in unsaved-notes/ beside the library (see
 * gln-note-editor.c). When a window opens a library that has some, it says so and offers
 * to open the folder, so that text kept through a failure is found again. */

#define G_LOG_DOMAIN "gln-window"

#include "config.h"

#include <glib/gi18n.h>

#include "gln-window-private.h"

#include "gln-plain-text.h"

static char *
dup_unsaved_dir (GlnWindow *self)
{
  const char *library = self->store != NULL ? gln_store_get_path (self->store) : NULL;
  g_autofree char *parent = NULL;

  if (library == NULL || g_str_equal (library, ":memory:"))
    return NULL;

  parent = g_path_get_dirname (library);
  return g_build_filename (parent, "unsaved-notes", NULL);
}

static guint
count_notes (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;
  guint n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".md"))
      n++;

  return n;
}

static void
open_unsaved_notes_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  g_autofree char *path = dup_unsaved_dir (GLN_WINDOW (widget));
  g_autofree char *uri = path != NULL ? g_filename_to_uri (path, NULL, NULL) : NULL;

  if (uri != NULL)
    gtk_show_uri (GTK_WINDOW (widget), uri, GDK_CURRENT_TIME);
}

void
_gln_window_class_init_unsaved (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open-unsaved-notes", NULL,
                                   open_unsaved_notes_action);
}

/* Says how many notes wait in unsaved-notes/, if any; the toast stays until dismissed. */
void
_gln_window_offer_unsaved_notes (GlnWindow *self)
{
  g_autofree char *path = dup_unsaved_dir (self);
  g_autofree char *title = NULL;
  AdwToast *toast;
  guint n;

  if (path == NULL || (n = count_notes (path)) == 0)
    return;

  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "%u note could not be saved before; it is kept in %s",
                                        "%u notes could not be saved before; they are kept in %s",
                                        n),
                           n, path);
  toast = gln_toast_new_text (title);
  adw_toast_set_button_label (toast, _("_Open Folder"));
  adw_toast_set_action_name (toast, "win.open-unsaved-notes");
  adw_toast_set_timeout (toast, 0);
  gln_window_add_toast (self, toast);
}
