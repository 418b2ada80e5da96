/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-column-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "gln-column-dialog.h"

/* Asks for a new criteria column of the board (name, kind, values of a choice), or for the
 * new name and values of an existing one. The caller reads the answer when the dialog emits
 * AdwMessageDialog::response with "save". */
struct _GlnColumnDialog
{
  AdwMessageDialog  parent_instance;

  GlnBoardColumn   *column;

  AdwEntryRow      *name_row;
  AdwComboRow      *kind_row;
  AdwEntryRow      *choices_row;
};

G_DEFINE_FINAL_TYPE (GlnColumnDialog, gln_column_dialog, ADW_TYPE_MESSAGE_DIALOG)

/* "A, B, , a" gives A, B and a: values trimmed, each once, in the user's order. */
static GStrv
split_choices (const char *text)
{
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) parts = g_strsplit (text ? text : "", ",", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (parts[i][0] != '\0' &&
          !g_ptr_array_find_with_equal_func (values, parts[i], g_str_equal, NULL))
        g_ptr_array_add (values, g_strdup (parts[i]));
    }
  g_ptr_array_add (values, NULL);

  return (GStrv) g_ptr_array_free (g_steal_pointer (&values), FALSE);
}

static GlnBoardKind
get_kind (GlnColumnDialog *self)
{
  if (self->column != NULL)
    return self->column->kind;

  return MIN (adw_combo_row_get_selected (self->kind_row), GLN_BOARD_KIND_CHOICE);
}

static void
changed_cb (GlnColumnDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->name_row));
  g_autofree char *name = g_strstrip (g_strdup (text));
  g_auto(GStrv) choices = split_choices (gtk_editable_get_text (GTK_EDITABLE (self->choices_row)));
  gboolean is_choice = get_kind (self) == GLN_BOARD_KIND_CHOICE;

  gtk_widget_set_visible (GTK_WIDGET (self->choices_row), is_choice);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "save",
                                           name[0] != '\0' && (!is_choice || choices[0] != NULL));
}

static void
gln_column_dialog_finalize (GObject *object)
{
  GlnColumnDialog *self = (GlnColumnDialog *)object;

  g_clear_pointer (&self->column, gln_board_column_free);

  G_OBJECT_CLASS (gln_column_dialog_parent_class)->finalize (object);
}

static void
gln_column_dialog_class_init (GlnColumnDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = gln_column_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/gln-column-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, GlnColumnDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, GlnColumnDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, GlnColumnDialog, choices_row);
  gtk_widget_class_bind_template_callback (widget_class, changed_cb);
}

static void
gln_column_dialog_init (GlnColumnDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  changed_cb (self);
}

/**
 * gln_column_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @column: (nullable): the column to edit, or %NULL to add one
 *
 * Returns: (transfer full): a new dialog, not shown yet
 */
GtkWidget *
gln_column_dialog_new (GtkWindow            *parent,
                       const GlnBoardColumn *column)
{
  GlnColumnDialog *self = g_object_new (GLN_TYPE_COLUMN_DIALOG,
                                        "transient-for", parent,
                                        "modal", TRUE,
                                        NULL);

  if (column != NULL)
    {
      g_autofree char *choices = column->choices ? g_strjoinv (", ", column->choices) : NULL;

      self->column = gln_board_column_copy (column);
      adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), _("Edit Column"));
      adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), "");
      adw_message_dialog_set_response_label (ADW_MESSAGE_DIALOG (self), "save", _("_Save"));
      gtk_widget_set_visible (GTK_WIDGET (self->kind_row), FALSE);
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), column->name);
      gtk_editable_set_text (GTK_EDITABLE (self->choices_row), choices ? choices : "");
      changed_cb (self);
    }

  return GTK_WIDGET (self);
}

/**
 * gln_column_dialog_dup_column:
 * @self: a #GlnColumnDialog
 *
 * Returns: (transfer full): the column as the user described it: the edited column with its
 *   new name and values, or a new column without an id
 */
GlnBoardColumn *
gln_column_dialog_dup_column (GlnColumnDialog *self)
{
  GlnBoardColumn *column;

  g_return_val_if_fail (GLN_IS_COLUMN_DIALOG (self), NULL);

  column = self->column ? gln_board_column_copy (self->column) : gln_board_column_new ();
  g_free (column->name);
  column->name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  column->kind = get_kind (self);
  g_clear_pointer (&column->choices, g_strfreev);
  if (column->kind == GLN_BOARD_KIND_CHOICE)
    column->choices = split_choices (gtk_editable_get_text (GTK_EDITABLE (self->choices_row)));

  return column;
}
