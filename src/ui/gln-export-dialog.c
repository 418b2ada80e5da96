/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-export-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "gln-export-dialog.h"

#include "gln-dialog-keys.h"

#include "gln-core.h"

/* Exports the papers of the current view or of the whole library. The export is built and
 * written on the store's worker thread, to a temporary file renamed over the target, so
 * a full disk never leaves half a file. */

struct _GlnExportDialog
{
  AdwWindow       parent_instance;

  GlnStore       *store;
  GlnQuery       *view;
  char           *view_title;
  GPtrArray      *selected;     /* GlnPaper, the first choice when set */
  GCancellable   *cancellable;

  AdwComboRow    *format_row;
  AdwComboRow    *scope_row;
  GtkStringList  *scope_model;
  GtkWidget      *export_button;
};

enum {
  DONE,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

G_DEFINE_FINAL_TYPE (GlnExportDialog, gln_export_dialog, ADW_TYPE_WINDOW)

/* In the order of the format row's items. */
static const struct
{
  GlnExportFormat  format;
  const char      *extension;
} formats[] = {
  { GLN_EXPORT_FORMAT_BIBTEX, "bib" },
  { GLN_EXPORT_FORMAT_BIBLATEX, "bib" },
  { GLN_EXPORT_FORMAT_RIS, "ris" },
  { GLN_EXPORT_FORMAT_CSLJSON, "json" },
  { GLN_EXPORT_FORMAT_CSV, "csv" },
  { GLN_EXPORT_FORMAT_ATOM, "atom" },
};

static void
exported_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GlnExportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *message = NULL;
  guint n = 0;

  text = gln_export_finish (result, &n, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  gtk_widget_set_sensitive (self->export_button, TRUE);
  if (text == NULL)
    /* Translators: %s says why, e.g. "The disk is full" */
    message = g_strdup_printf (_("Could not export: %s"), error->message);
  else
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Exported %u paper",
                                            "Exported %u papers", n), n);

  g_signal_emit (self, signals [DONE], 0, message);
  if (text != NULL)
    gtk_window_close (GTK_WINDOW (self));
}

/**
 * gln_export_dialog_export_to:
 * @self: a #GlnExportDialog
 * @file: where to write
 *
 * Exports with the chosen format and papers; emits #GlnExportDialog::done with a message
 * for a toast, and closes the dialog when the file is written.
 */
void
gln_export_dialog_export_to (GlnExportDialog *self,
                             GFile           *file)
{
  guint format = adw_combo_row_get_selected (self->format_row);
  guint scope = adw_combo_row_get_selected (self->scope_row);
  gboolean library;
  g_autoptr(GlnQuery) query = NULL;
  GlnExportOptions options = { 0, };

  g_return_if_fail (GLN_IS_EXPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  gtk_widget_set_sensitive (self->export_button, FALSE);
  format = MIN (format, G_N_ELEMENTS (formats) - 1);
  /* The selected papers come first in the list of choices when there are some. */
  if (self->selected != NULL && scope == 0)
    {
      options.title = self->view_title;
      gln_export_papers_async (self->store, self->selected, formats[format].format, &options,
                               file, self->cancellable, exported_cb, g_object_ref (self));
      return;
    }
  if (self->selected != NULL)
    scope--;
  library = scope == 1 || self->view == NULL;

  query = library ? gln_query_new () : gln_query_copy (self->view);
  query->limit = 0;
  options.title = library ? _("Gleaner library") : self->view_title;

  gln_export_async (self->store, query, formats[format].format, &options, file,
                    self->cancellable, exported_cb, g_object_ref (self));
}

static void
file_chosen_cb (GlnExportDialog      *self,
                int                   response,
                GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    gln_export_dialog_export_to (self, file);

  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
  g_object_unref (chooser);
}

static void
export_clicked_cb (GlnExportDialog *self)
{
  GtkFileChooserNative *chooser;
  guint format = MIN (adw_combo_row_get_selected (self->format_row), G_N_ELEMENTS (formats) - 1);
  g_autofree char *name = NULL;

  chooser = gtk_file_chooser_native_new (_("Export Papers"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  /* Translators: the suggested file name of an export; keep it short, no slashes */
  name = g_strdup_printf ("%s.%s", _("papers"), formats[format].extension);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  g_signal_connect_object (chooser, "response", G_CALLBACK (file_chosen_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
gln_export_dialog_dispose (GObject *object)
{
  GlnExportDialog *self = (GlnExportDialog *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_pointer (&self->view, gln_query_free);
  g_clear_pointer (&self->view_title, g_free);
  g_clear_pointer (&self->selected, g_ptr_array_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), GLN_TYPE_EXPORT_DIALOG);

  G_OBJECT_CLASS (gln_export_dialog_parent_class)->dispose (object);
}

static void
gln_export_dialog_class_init (GlnExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gln_export_dialog_dispose;

  /**
   * GlnExportDialog::done:
   * @message: what happened, for a toast
   */
  signals [DONE] =
    g_signal_new ("done",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/gln-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, GlnExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, GlnExportDialog, scope_row);
  gtk_widget_class_bind_template_child (widget_class, GlnExportDialog, scope_model);
  gtk_widget_class_bind_template_child (widget_class, GlnExportDialog, export_button);
  gtk_widget_class_bind_template_callback (widget_class, export_clicked_cb);

  gln_dialog_class_add_keys (widget_class);
}

static void
gln_export_dialog_init (GlnExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gln_dialog_focus_on_map (GTK_WINDOW (self), self->export_button);

  self->cancellable = g_cancellable_new ();
}

/**
 * gln_export_dialog_new:
 * @store: the library
 * @view: (nullable): what the window shows, offered as the first choice
 * @view_title: (nullable): its name ("Inbox", a collection's name, a search)
 *
 * Returns: (transfer full): a new #GlnExportDialog
 */
GlnExportDialog *
gln_export_dialog_new (GlnStore       *store,
                       const GlnQuery *view,
                       const char     *view_title)
{
  GlnExportDialog *self;

  g_return_val_if_fail (GLN_IS_STORE (store), NULL);

  self = g_object_new (GLN_TYPE_EXPORT_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->view = view ? gln_query_copy (view) : NULL;
  self->view_title = g_strdup (view_title ? view_title : _("Papers"));

  if (self->view != NULL)
    {
      /* Translators: %s is the name of what the window shows, e.g. "Inbox" */
      g_autofree char *label = g_strdup_printf (_("Shown in “%s”"), self->view_title);

      gtk_string_list_append (self->scope_model, label);
    }
  gtk_string_list_append (self->scope_model, _("Whole library"));

  return self;
}

void
gln_export_dialog_set_format (GlnExportDialog *self,
                              guint            format)
{
  g_return_if_fail (GLN_IS_EXPORT_DIALOG (self));

  adw_combo_row_set_selected (self->format_row, MIN (format, G_N_ELEMENTS (formats) - 1));
}

/**
 * gln_export_dialog_set_selected:
 * @self: a #GlnExportDialog
 * @papers: (element-type GlnPaper): the papers selected in the list
 *
 * Offers the selected papers as the first choice, and chooses it.
 */
void
gln_export_dialog_set_selected (GlnExportDialog *self,
                                GPtrArray       *papers)
{
  g_autofree char *label = NULL;

  g_return_if_fail (GLN_IS_EXPORT_DIALOG (self));
  g_return_if_fail (self->selected == NULL && papers != NULL);

  self->selected = g_ptr_array_ref (papers);
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The %u selected paper",
                                        "The %u selected papers", papers->len), papers->len);
  gtk_string_list_splice (self->scope_model, 0, 0, (const char * const[]) { label, NULL });
  adw_combo_row_set_selected (self->scope_row, 0);
}
