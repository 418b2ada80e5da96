/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Exports of the comparison board: the board as CSV, Markdown or LaTeX, and the screening
 * decisions as CSV. The exporter reads and writes off the main thread; the file is replaced
 * atomically, so a failed write never leaves half a table behind. */

#define G_LOG_DOMAIN "gln-board-view"

#include "config.h"

#include <glib/gi18n.h>
#include "gln-board-view-private.h"

static const struct {
  const char     *name;
  GlnBoardExport  format;
  const char     *suffix;
} formats[] = {
  { "csv", GLN_BOARD_EXPORT_CSV, ".csv" },
  { "markdown", GLN_BOARD_EXPORT_MARKDOWN, ".md" },
  { "latex", GLN_BOARD_EXPORT_LATEX, ".tex" },
  { "screening-csv", GLN_BOARD_EXPORT_SCREENING_CSV, "-screening.csv" },
};

typedef struct
{
  GlnReviewEdit *edit;
  GFile         *file;
} Export;

static void
export_free (Export *export)
{
  g_clear_pointer (&export->edit, gln_review_edit_free);
  g_clear_object (&export->file);
  g_free (export);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Export, export_free)

static void
exported_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(Export) export = user_data;
  g_autoptr(GlnBoardView) self = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  text = gln_export_finish (result, NULL, &error);
  if (!(self = _gln_board_view_edit_finish (export->edit)))
    return;

  if (text == NULL)
    {
      _gln_board_view_show_error (self, _("Could not export the board"), error);
      return;
    }

  name = g_file_get_basename (export->file);
  /* Translators: %s is a file name */
  message = g_strdup_printf (_("Exported “%s”"), name);
  _gln_board_view_show_message (self, message);
}

static void
file_chooser_response_cb (GlnBoardView         *self,
                          int                   response,
                          GtkFileChooserNative *chooser)
{
  GlnBoardExport format = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "gln-format"));
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    gln_board_view_export_to_file (self, format, file);

  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
  g_clear_object (&self->file_chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  GlnBoardView *self = GLN_BOARD_VIEW (widget);
  const char *name = g_variant_get_string (parameter, NULL);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *file_name = NULL;
  const char *title;
  guint i;

  for (i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_str_equal (formats[i].name, name))
      break;
  if (i == G_N_ELEMENTS (formats) || self->info == NULL)
    return;

  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->file_chooser));
  g_clear_object (&self->file_chooser);

  title = formats[i].format == GLN_BOARD_EXPORT_SCREENING_CSV ? _("Export Screening Decisions")
                                                              : _("Export Board");
  self->file_chooser = gtk_file_chooser_native_new (title,
                                                    GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                    GTK_FILE_CHOOSER_ACTION_SAVE,
                                                    _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->file_chooser), TRUE);
  file_name = g_strconcat (self->info->name, formats[i].suffix, NULL);
  g_strdelimit (file_name, "/\\", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->file_chooser), file_name);
  g_object_set_data (G_OBJECT (self->file_chooser), "gln-format",
                     GINT_TO_POINTER (formats[i].format));
  g_signal_connect_object (self->file_chooser, "response", G_CALLBACK (file_chooser_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->file_chooser));
}

void
_gln_board_view_class_init_export (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "board.export", "s", export_action);
}

void
_gln_board_view_dispose_export (GlnBoardView *self)
{
  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->file_chooser));
  g_clear_object (&self->file_chooser);
}

/**
 * gln_board_view_export_to_file:
 * @self: a #GlnBoardView
 * @format: what to write
 * @file: where; replaced atomically
 *
 * Writes the board with the papers the view shows, or the screening decisions of every
 * paper, and says so in a toast.
 */
void
gln_board_view_export_to_file (GlnBoardView   *self,
                               GlnBoardExport  format,
                               GFile          *file)
{
  Export *export;

  g_return_if_fail (GLN_IS_BOARD_VIEW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->store == NULL || self->collection_id <= 0)
    return;

  /* The edit stays pending until the file is written. */
  export = g_new0 (Export, 1);
  export->edit = _gln_board_view_edit_new (self, NULL, NULL);
  export->file = g_object_ref (file);
  gln_export_board_async (self->store, self->collection_id, format, self->filter, file, NULL,
                          exported_cb, export);
}
