/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-paste-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "gln-paste-dialog.h"

#include "gln-parse-task.h"

#include <string.h>

/* Paste import: the text of a copied listing page (or a BibTeX, RIS or JSON file's text)
 * goes in, and the dialog says how many papers it found before they are added. Parsing
 * runs off the main thread a moment after the typing stops. */

#define PARSE_DELAY_MS 300

struct _GlnPasteDialog
{
  AdwWindow      parent_instance;

  GPtrArray     *papers;
  GCancellable  *cancellable;
  guint          parse_source;

  GtkTextView   *text_view;
  GtkWidget     *add_button;
  GtkSpinner    *spinner;
  GtkLabel      *status_label;
};

enum {
  ADD_PAPERS,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (GlnPasteDialog, gln_paste_dialog, ADW_TYPE_WINDOW)

static guint signals [N_SIGNALS];

/* A label with a mnemonic is read out with its underscore in GTK 4.8: name it plainly. */
static void
update_accessible_label (GtkWidget *button)
{
  const char *label = gtk_button_get_label (GTK_BUTTON (button));
  GString *plain = g_string_new (NULL);

  for (const char *p = label; p != NULL && *p != '\0'; p++)
    if (*p != '_')
      g_string_append_c (plain, *p);

  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  plain->str, -1);
  g_string_free (plain, TRUE);
}

static void
set_papers (GlnPasteDialog *self,
            GPtrArray      *papers)
{
  guint n = papers ? papers->len : 0;
  g_autofree char *label = NULL;

  g_clear_pointer (&self->papers, g_ptr_array_unref);
  self->papers = papers ? g_ptr_array_ref (papers) : NULL;

  gtk_widget_set_sensitive (self->add_button, n > 0);
  if (n > 0)
    label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "_Add %u Paper", "_Add %u Papers", n),
                             n);
  gtk_button_set_label (GTK_BUTTON (self->add_button), label ? label : _("_Add"));
  update_accessible_label (self->add_button);
}

static void
parsed_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GlnParseResult) parsed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *status = NULL;
  GlnPasteDialog *self;
  GPtrArray *papers;

  parsed = gln_parse_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  papers = parsed != NULL ? parsed->papers : NULL;

  self = GLN_PASTE_DIALOG (user_data);
  gtk_spinner_stop (self->spinner);
  set_papers (self, papers);

  if (papers == NULL)
    status = g_strdup_printf (_("No papers found: %s"), error->message);
  else if (papers->len == 0)
    status = g_strdup (_("No papers found in this text."));
  else
    status = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Found %u paper.", "Found %u papers.",
                                           papers->len), papers->len);
  gtk_label_set_label (self->status_label, status);
}

static gboolean
parse_timeout_cb (gpointer user_data)
{
  GlnPasteDialog *self = user_data;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  g_autoptr(GBytes) bytes = NULL;
  GlnParseInputs *inputs;
  GtkTextIter start;
  GtkTextIter end;
  char *text;

  self->parse_source = 0;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (*text == '\0')
    {
      g_free (text);
      gtk_label_set_label (self->status_label, "");
      return G_SOURCE_REMOVE;
    }
  bytes = g_bytes_new_take (text, strlen (text));

  self->cancellable = g_cancellable_new ();
  gtk_spinner_start (self->spinner);
  gtk_label_set_label (self->status_label, _("Looking for papers…"));
  inputs = gln_parse_inputs_new (GLN_IMPORT_FORMAT_AUTO);
  gln_parse_inputs_add_bytes (inputs, NULL, bytes);
  gln_parse_async (gln_parse_inputs_parse, inputs, (GDestroyNotify) gln_parse_inputs_free,
                   self->cancellable, parsed_cb, self);

  return G_SOURCE_REMOVE;
}

static void
text_changed_cb (GlnPasteDialog *self,
                 GtkTextBuffer  *buffer)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->parse_source, g_source_remove);
  gtk_spinner_stop (self->spinner);
  set_papers (self, NULL);

  self->parse_source = g_timeout_add (PARSE_DELAY_MS, parse_timeout_cb, self);
}

static void
add_clicked_cb (GlnPasteDialog *self,
                GtkButton      *button)
{
  if (self->papers == NULL || self->papers->len == 0)
    return;

  g_signal_emit (self, signals [ADD_PAPERS], 0, self->papers);
  gtk_window_close (GTK_WINDOW (self));
}

static void
gln_paste_dialog_dispose (GObject *object)
{
  GlnPasteDialog *self = (GlnPasteDialog *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->parse_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), GLN_TYPE_PASTE_DIALOG);
  g_clear_pointer (&self->papers, g_ptr_array_unref);

  G_OBJECT_CLASS (gln_paste_dialog_parent_class)->dispose (object);
}

static void
gln_paste_dialog_class_init (GlnPasteDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gln_paste_dialog_dispose;

  /**
   * GlnPasteDialog::add-papers:
   * @papers: (element-type GlnPaper): the papers found
   */
  signals [ADD_PAPERS] =
    g_signal_new ("add-papers",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_PTR_ARRAY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/gln-paste-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, GlnPasteDialog, text_view);
  gtk_widget_class_bind_template_child (widget_class, GlnPasteDialog, add_button);
  gtk_widget_class_bind_template_child (widget_class, GlnPasteDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, GlnPasteDialog, status_label);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
gln_paste_dialog_init (GlnPasteDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (gtk_text_view_get_buffer (self->text_view), "changed",
                           G_CALLBACK (text_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_label_set_label (self->status_label, _("Paste with Ctrl+V."));
}

GlnPasteDialog *
gln_paste_dialog_new (void)
{
  return g_object_new (GLN_TYPE_PASTE_DIALOG, NULL);
}

void
gln_paste_dialog_set_text (GlnPasteDialog *self,
                           const char     *text)
{
  g_return_if_fail (GLN_IS_PASTE_DIALOG (self));

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), text ?: "", -1);
}

/* How many papers the text holds, once parsed; 0 before. */
guint
gln_paste_dialog_get_n_found (GlnPasteDialog *self)
{
  g_return_val_if_fail (GLN_IS_PASTE_DIALOG (self), 0);

  return self->papers ? self->papers->len : 0;
}
