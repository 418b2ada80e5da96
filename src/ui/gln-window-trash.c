/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Editing a paper's metadata, selecting every paper (Ctrl+A), and the trash: Move to Trash
 * (Delete) on the selected papers with Undo in its toast; in the Trash view, Restore, and
 * Delete Permanently or Empty Trash, each only after the user confirmed it. */

#define G_LOG_DOMAIN "gln-window"

#include "config.h"

#include <glib/gi18n.h>

#include "gln-window-private.h"

#include "gln-edit-dialog.h"
#include "gln-plain-text.h"

static GArray *
ids_of (GPtrArray *papers)
{
  GArray *ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), papers->len);

  for (guint i = 0; i < papers->len; i++)
    {
      gint64 id = gln_paper_get_id (g_ptr_array_index (papers, i));

      g_array_append_val (ids, id);
    }

  return ids;
}

/* "“Title”" for one paper, "3 papers" for more. */
static char *
describe (GPtrArray *papers)
{
  if (papers->len == 1)
    return g_strdup_printf ("“%s”", gln_paper_get_title (g_ptr_array_index (papers, 0)));

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u paper", "%u papers", papers->len),
                          papers->len);
}

gboolean
_gln_window_shows_trash (GlnWindow *self)
{
  GlnSidebarItem *item = gln_sidebar_get_selected (self->sidebar);

  return item != NULL && gln_sidebar_item_get_kind (item) == GLN_SIDEBAR_KIND_TRASH;
}

static void
edit_done_cb (GlnWindow  *self,
              const char *message)
{
  gln_window_show_message (self, message);
}

static void
edit_metadata_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  GlnWindow *self = GLN_WINDOW (widget);
  GlnPaper *paper = gln_paper_view_get_paper (self->paper_view);
  g_autoptr(GPtrArray) selected = NULL;
  GlnEditDialog *dialog;
  guint n_others;

  if (paper == NULL || self->store == NULL)
    return;

  /* It edits the paper in the reading pane, the focused row, and says so among several. */
  selected = _gln_window_dup_selected_papers (self);
  n_others = selected->len - (g_ptr_array_find (selected, paper, NULL) ? 1 : 0);
  dialog = gln_edit_dialog_new (self->store, paper);
  gln_edit_dialog_set_n_others (dialog, n_others);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  g_signal_connect_object (dialog, "done", G_CALLBACK (edit_done_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
restored_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GlnWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!gln_store_trash_finish (GLN_STORE (object), result, NULL, &error))
    gln_window_report_error (self, _("Could not restore the papers"), error);
}

static void
undo_trash_cb (GlnWindow *self,
               AdwToast  *toast)
{
  GArray *ids = g_object_get_data (G_OBJECT (toast), "gln-paper-ids");

  if (self->store != NULL && ids != NULL)
    gln_store_restore_papers_async (self->store, ids, NULL, restored_cb, g_object_ref (self));
}

static void
trashed_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(AdwToast) toast = user_data;
  GlnWindow *self = g_object_get_data (G_OBJECT (toast), "gln-window");
  g_autoptr(GError) error = NULL;

  if (!gln_store_trash_finish (GLN_STORE (object), result, NULL, &error))
    {
      gln_window_report_error (self, _("Could not move the papers to the trash"), error);
      return;
    }

  gln_window_add_toast (self, g_object_ref (toast));
}

/* Moves the selection past the papers about to leave the view, as a mail client does:
 * to the first paper after them, else the last one before. */
static void
select_neighbour (GlnWindow *self)
{
  GtkSelectionModel *model = GTK_SELECTION_MODEL (self->selection);
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (model);
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (model));
  guint first, last;

  if (gtk_bitset_is_empty (selected))
    return;

  first = gtk_bitset_get_minimum (selected);
  last = gtk_bitset_get_maximum (selected);
  for (guint i = last + 1; i < n_items; i++)
    if (!gtk_bitset_contains (selected, i))
      {
        _gln_window_select_position (self, i);
        return;
      }
  for (guint i = first; i > 0; i--)
    if (!gtk_bitset_contains (selected, i - 1))
      {
        _gln_window_select_position (self, i - 1);
        return;
      }
}

static void
trash_papers (GlnWindow *self,
              GPtrArray *papers)
{
  g_autofree char *what = describe (papers);
  g_autofree char *title = NULL;
  AdwToast *toast;

  /* Translators: %s is a paper's title in quotes, or “3 papers” */
  title = g_strdup_printf (_("%s moved to the Trash"), what);
  toast = gln_toast_new_text (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "gln-paper-ids", ids_of (papers),
                          (GDestroyNotify) g_array_unref);
  g_object_set_data (G_OBJECT (toast), "gln-window", self);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_trash_cb), self,
                           G_CONNECT_SWAPPED);

  select_neighbour (self);
  gln_store_trash_papers_async (self->store, g_object_get_data (G_OBJECT (toast), "gln-paper-ids"),
                                NULL, trashed_cb, toast);
}

static void
restore_papers (GlnWindow *self,
                GPtrArray *papers)
{
  g_autoptr(GArray) ids = ids_of (papers);

  select_neighbour (self);
  gln_store_restore_papers_async (self->store, ids, NULL, restored_cb, g_object_ref (self));
}

static void
deleted_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GlnWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint n;

  if (!gln_store_trash_finish (GLN_STORE (object), result, &n, &error))
    {
      gln_window_report_error (self, _("Could not delete the papers"), error);
      return;
    }

  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u paper deleted",
                                          "%u papers deleted", n), n);
  gln_window_show_message (self, message);
}

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    GlnWindow        *self)
{
  GArray *ids = g_object_get_data (G_OBJECT (dialog), "gln-paper-ids");

  if (!g_str_equal (response, "delete") || self->store == NULL)
    return;

  if (ids != NULL)
    select_neighbour (self);
  gln_store_delete_trashed_async (self->store, ids, NULL, deleted_cb, g_object_ref (self));
}

/* Asks before deleting @papers for good, or the whole trash when %NULL. */
static void
confirm_delete (GlnWindow *self,
                GPtrArray *papers)
{
  g_autofree char *what = papers != NULL ? describe (papers) : NULL;
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  /* Translators: %s is a paper's title in quotes, or “3 papers” */
  heading = papers != NULL ? g_strdup_printf (_("Delete %s Permanently?"), what)
                           : g_strdup (_("Empty the Trash?"));
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                   _("Their notes, tags, ratings, screening decisions and board "
                                     "cells are deleted with them. This cannot be undone."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", papers != NULL ? _("_Delete") : _("_Empty Trash"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  if (papers != NULL)
    g_object_set_data_full (G_OBJECT (dialog), "gln-paper-ids", ids_of (papers),
                            (GDestroyNotify) g_array_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Move to Trash, Restore and Delete Permanently act on the selected papers, or on the one
 * being read; Delete moves to the trash, or in the Trash view deletes for good. */
static void
trash_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  GlnWindow *self = GLN_WINDOW (widget);
  g_autoptr(GPtrArray) papers = NULL;
  gboolean in_trash = _gln_window_shows_trash (self);

  if (self->store == NULL)
    return;
  if (g_str_equal (action_name, "win.empty-trash"))
    {
      confirm_delete (self, NULL);
      return;
    }

  papers = _gln_window_dup_selected_papers (self);
  if (papers->len == 0)
    return;

  if (g_str_equal (action_name, "win.restore"))
    restore_papers (self, papers);
  else if (g_str_equal (action_name, "win.delete-permanently") ||
           (g_str_equal (action_name, "win.delete") && in_trash))
    confirm_delete (self, papers);
  else
    trash_papers (self, papers);
}

/* Ctrl+A selects every paper of the list wherever the focus is, but in a text entry, which
 * takes the keys first; the list then has the focus, for Shift and the arrows. */
static void
select_all_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  GlnWindow *self = GLN_WINDOW (widget);

  if (self->papers == NULL || _gln_window_shows_duplicates (self))
    return;

  gtk_selection_model_select_all (GTK_SELECTION_MODEL (self->selection));
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

void
_gln_window_update_trash_actions (GlnWindow *self)
{
  gboolean has_paper = gln_paper_view_get_paper (self->paper_view) != NULL;
  gboolean in_trash = _gln_window_shows_trash (self);
  gboolean has_store = self->store != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.edit-metadata", has_paper && has_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.trash",
                                 has_paper && has_store && !in_trash);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.restore",
                                 has_paper && has_store && in_trash);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-permanently",
                                 has_paper && has_store && in_trash);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete", has_paper && has_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.empty-trash",
                                 has_store && in_trash && self->summary != NULL &&
                                 self->summary->trash > 0);
  gtk_widget_set_visible (self->empty_trash_button, in_trash);
}

void
_gln_window_class_init_trash (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.edit-metadata", NULL,
                                   edit_metadata_action);
  gtk_widget_class_install_action (widget_class, "win.trash", NULL, trash_action);
  gtk_widget_class_install_action (widget_class, "win.restore", NULL, trash_action);
  gtk_widget_class_install_action (widget_class, "win.delete-permanently", NULL, trash_action);
  gtk_widget_class_install_action (widget_class, "win.delete", NULL, trash_action);
  gtk_widget_class_install_action (widget_class, "win.empty-trash", NULL, trash_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "win.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "win.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "win.edit-metadata", NULL);
  gtk_widget_class_install_action (widget_class, "win.select-all", NULL, select_all_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_a, GDK_CONTROL_MASK,
                                       "win.select-all", NULL);
}
