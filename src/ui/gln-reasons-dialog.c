/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-reasons-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "gln-reasons-dialog.h"

#include "gln-dialog-keys.h"
#include "gln-plain-text.h"

/* Edits a collection's exclusion reasons: each is a row to rename (Enter or the apply
 * button) or remove, and the last row adds one. Every edit goes to the store at once; the
 * rows then show the reasons as stored, and ::changed tells the screening mode. */
struct _GlnReasonsDialog
{
  AdwMessageDialog  parent_instance;

  GlnStore         *store;
  gint64            collection_id;
  GStrv             reasons;
  char             *focus_reason;

  GtkListBox       *list;
};

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

G_DEFINE_FINAL_TYPE (GlnReasonsDialog, gln_reasons_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void populate (GlnReasonsDialog *self);

static void
edited_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GlnReasonsDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) reasons = gln_store_edit_reason_finish (GLN_STORE (object), result, &error);

  if (reasons == NULL)
    {
      g_autofree char *message = gln_error_dup_message (_("Could not change the reasons"),
                                                        error);

      /* Said where the user looks; the rows show the reasons as they were. */
      adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), message);
      populate (self);
      return;
    }

  g_strfreev (self->reasons);
  self->reasons = g_steal_pointer (&reasons);
  populate (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
edit (GlnReasonsDialog *self,
      const char       *reason,
      const char       *new_reason)
{
  g_free (self->focus_reason);
  self->focus_reason = g_strdup (new_reason);
  gln_store_edit_reason_async (self->store, self->collection_id, reason, new_reason, NULL,
                               edited_cb, g_object_ref (self));
}

static void
rename_applied_cb (AdwEntryRow      *row,
                   GlnReasonsDialog *self)
{
  const char *reason = g_object_get_data (G_OBJECT (row), "reason");
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (text[0] == '\0')
    edit (self, reason, NULL);
  else
    edit (self, reason, text);
}

static void
remove_clicked_cb (GtkButton        *button,
                   GlnReasonsDialog *self)
{
  edit (self, g_object_get_data (G_OBJECT (button), "reason"), NULL);
}

static void
add_applied_cb (AdwEntryRow      *row,
                GlnReasonsDialog *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (text[0] != '\0')
    edit (self, NULL, text);
}

static GtkWidget *
reason_row_new (GlnReasonsDialog *self,
                const char       *reason)
{
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *label = g_strdup_printf (_("Remove “%s”"), reason);

  gtk_editable_set_text (GTK_EDITABLE (row), reason);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Exclusion Reason"), -1);
  g_object_set_data_full (G_OBJECT (row), "reason", g_strdup (reason), g_free);
  g_signal_connect (row, "apply", G_CALLBACK (rename_applied_cb), self);

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove Reason"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  g_object_set_data_full (G_OBJECT (remove), "reason", g_strdup (reason), g_free);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_clicked_cb), self);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), remove);

  return row;
}

static void
populate (GlnReasonsDialog *self)
{
  GtkWidget *child;
  GtkWidget *add;
  GtkWidget *focus = NULL;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))))
    gtk_list_box_remove (self->list, child);

  for (guint i = 0; self->reasons != NULL && self->reasons[i] != NULL; i++)
    {
      GtkWidget *row = reason_row_new (self, self->reasons[i]);

      gtk_list_box_append (self->list, row);
      if (g_strcmp0 (self->focus_reason, self->reasons[i]) == 0)
        focus = row;
    }

  add = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (add), _("_Add a Reason"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (add), TRUE);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (add), TRUE);
  g_signal_connect (add, "apply", G_CALLBACK (add_applied_cb), self);
  g_signal_connect (add, "entry-activated", G_CALLBACK (add_applied_cb), self);
  gtk_list_box_append (self->list, add);

  /* After an edit, the keyboard stays where the user was: the row edited, or the new one. */
  if (self->focus_reason != NULL)
    gtk_widget_grab_focus (focus != NULL ? focus : add);
}

static void
gln_reasons_dialog_finalize (GObject *object)
{
  GlnReasonsDialog *self = (GlnReasonsDialog *)object;

  g_clear_object (&self->store);
  g_strfreev (self->reasons);
  g_free (self->focus_reason);

  G_OBJECT_CLASS (gln_reasons_dialog_parent_class)->finalize (object);
}

static void
gln_reasons_dialog_class_init (GlnReasonsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = gln_reasons_dialog_finalize;

  /**
   * GlnReasonsDialog::changed:
   *
   * The reasons were stored changed; gln_reasons_dialog_get_reasons() has them.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/gln-reasons-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, GlnReasonsDialog, list);
  gln_dialog_class_add_keys (widget_class);
}

static void
gln_reasons_dialog_init (GlnReasonsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * gln_reasons_dialog_new:
 * @parent: the window it belongs to
 * @store: the library
 * @collection_id: the collection whose reasons to edit
 * @reasons: its reasons as the screening mode has them
 *
 * Returns: (transfer floating): the dialog, to present
 */
GtkWidget *
gln_reasons_dialog_new (GtkWindow          *parent,
                        GlnStore           *store,
                        gint64              collection_id,
                        const char * const *reasons)
{
  GlnReasonsDialog *self = g_object_new (GLN_TYPE_REASONS_DIALOG,
                                         "transient-for", parent,
                                         "modal", TRUE,
                                         NULL);

  self->store = g_object_ref (store);
  self->collection_id = collection_id;
  self->reasons = g_strdupv ((char **) reasons);
  populate (self);

  return GTK_WIDGET (self);
}

const char * const *
gln_reasons_dialog_get_reasons (GlnReasonsDialog *self)
{
  g_return_val_if_fail (GLN_IS_REASONS_DIALOG (self), NULL);

  return (const char * const *) self->reasons;
}
