/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-identifiers-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "gln-identifiers-dialog.h"

#include "gln-dialog-keys.h"

#include "gln-lookup.h"

/* Looks up every identifier the user pasted, all at once (the fetcher keeps each service
 * polite), then imports whatever was found in one job and says what could not be. */

struct _GlnIdentifiersDialog
{
  AdwWindow      parent_instance;

  GlnStore      *store;
  GlnFetcher    *fetcher;
  GCancellable  *cancellable;
  GPtrArray     *found;       /* GlnPaper */
  GPtrArray     *failed;      /* "identifier: reason", in the order pasted */
  GStrv          identifiers;
  guint          pending;

  GtkTextView   *text_view;
  GtkLabel      *status_label;
  GtkWidget     *add_button;
  GtkSpinner    *spinner;
};

enum {
  DONE,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

G_DEFINE_FINAL_TYPE (GlnIdentifiersDialog, gln_identifiers_dialog, ADW_TYPE_WINDOW)

static char *
dup_text (GlnIdentifiersDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static GStrv
split_identifiers (const char *text)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) tokens = g_strsplit_set (text, " \t\r\n,;", -1);

  for (guint i = 0; tokens[i] != NULL; i++)
    if (tokens[i][0] != '\0')
      g_strv_builder_add (builder, tokens[i]);

  return g_strv_builder_end (builder);
}

static void
set_busy (GlnIdentifiersDialog *self,
          gboolean              busy)
{
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_set_sensitive (self->add_button, !busy);
  gtk_text_view_set_editable (self->text_view, !busy);
}

static void
text_changed_cb (GlnIdentifiersDialog *self)
{
  g_autofree char *text = dup_text (self);
  g_auto(GStrv) identifiers = split_identifiers (text);
  guint known = 0;

  for (guint i = 0; identifiers[i] != NULL; i++)
    if (gln_identifier_parse (identifiers[i], NULL) != GLN_IDENTIFIER_NONE)
      known++;

  gtk_widget_set_sensitive (self->add_button, known > 0 && self->pending == 0);
  if (identifiers[0] == NULL)
    gtk_label_set_label (self->status_label, "");
  else
    {
      g_autofree char *status =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u identifier recognized",
                                      "%u identifiers recognized", known), known);

      gtk_label_set_label (self->status_label, status);
    }
}

static void
imported_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GlnIdentifiersDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GlnImportResult) imported = NULL;
  g_autofree char *message = NULL;
  guint n;

  if (!(imported = gln_importer_import_finish (GLN_IMPORTER (object), result, &error)))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      set_busy (self, FALSE);
      gtk_label_set_label (self->status_label, error->message);
      return;
    }

  set_busy (self, FALSE);
  n = imported->stats.added + imported->stats.merged + imported->stats.unchanged;
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Added %u paper", "Added %u papers",
                                          n), n);
  g_signal_emit (self, signals [DONE], 0, message);

  if (self->failed->len == 0)
    {
      gtk_window_close (GTK_WINDOW (self));
      return;
    }

  /* Keep what could not be found in view, so the user can fix it and try again. */
  {
    g_autoptr(GString) text = g_string_new (NULL);
    g_autoptr(GString) status = g_string_new (NULL);

    g_string_append_printf (status, "%s. ", message);
    g_string_append (status, _("Could not add:"));
    for (guint i = 0; i < self->failed->len; i++)
      {
        const char *line = g_ptr_array_index (self->failed, i);
        /* "identifier: reason"; identifiers hold no spaces but may hold colons. */
        const char *space = strstr (line, ": ");

        g_string_append_printf (status, "\n%s", line);
        g_string_append_len (text, line, space ? space - line : (gssize) strlen (line));
        g_string_append_c (text, '\n');
      }
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), text->str, -1);
    gtk_label_set_label (self->status_label, status->str);
  }
}

/* Failures are kept at the place of their identifier, so the list reads in pasted order. */
static void
set_failure (GlnIdentifiersDialog *self,
             guint                 index,
             const char           *reason)
{
  g_free (g_ptr_array_index (self->failed, index));
  g_ptr_array_index (self->failed, index) =
    g_strdup_printf ("%s: %s", self->identifiers[index], reason);
}

static void
lookup_done (GlnIdentifiersDialog *self)
{
  g_autoptr(GlnImporter) importer = NULL;

  if (--self->pending > 0)
    return;

  /* Drop the places of the identifiers that were found. */
  for (guint i = self->failed->len; i-- > 0;)
    if (g_ptr_array_index (self->failed, i) == NULL)
      g_ptr_array_remove_index (self->failed, i);

  if (self->found->len == 0)
    {
      g_autoptr(GString) status = g_string_new (_("Nothing could be added:"));

      for (guint i = 0; i < self->failed->len; i++)
        g_string_append_printf (status, "\n%s", (const char *) g_ptr_array_index (self->failed, i));
      gtk_label_set_label (self->status_label, status->str);
      set_busy (self, FALSE);
      return;
    }

  gtk_label_set_label (self->status_label, _("Adding…"));
  importer = gln_importer_new (self->store);
  gln_importer_import_papers_async (importer, self->found, 0, self->cancellable, imported_cb,
                                    g_object_ref (self));
}

typedef struct
{
  GlnIdentifiersDialog *self;
  guint                 index;
} Lookup;

static void
looked_up_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  Lookup *lookup = user_data;
  g_autoptr(GlnIdentifiersDialog) self = lookup->self;
  guint index = lookup->index;
  g_autoptr(GPtrArray) papers = NULL;
  g_autoptr(GError) error = NULL;

  g_free (lookup);

  papers = gln_lookup_finish (GLN_FETCHER (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (papers == NULL || papers->len == 0)
    set_failure (self, index, error ? error->message : _("not found"));
  else
    for (guint i = 0; i < papers->len; i++)
      g_ptr_array_add (self->found, g_object_ref (g_ptr_array_index (papers, i)));

  lookup_done (self);
}

static void
add_clicked_cb (GlnIdentifiersDialog *self)
{
  g_autofree char *text = dup_text (self);
  guint n;

  g_strfreev (self->identifiers);
  self->identifiers = split_identifiers (text);
  n = g_strv_length (self->identifiers);

  g_ptr_array_set_size (self->found, 0);
  g_ptr_array_set_size (self->failed, 0);
  g_ptr_array_set_size (self->failed, n);
  set_busy (self, TRUE);
  gtk_label_set_label (self->status_label, _("Looking up…"));

  /* One count for the loop itself, so that answers arriving early do not finish it. */
  self->pending = 1;
  for (guint i = 0; i < n; i++)
    {
      Lookup *lookup;

      if (gln_identifier_parse (self->identifiers[i], NULL) == GLN_IDENTIFIER_NONE)
        {
          set_failure (self, i, _("not an arXiv id, DOI or Hugging Face link"));
          continue;
        }

      lookup = g_new0 (Lookup, 1);
      lookup->self = g_object_ref (self);
      lookup->index = i;
      self->pending++;
      gln_lookup_async (self->fetcher, self->identifiers[i], self->cancellable, looked_up_cb,
                        lookup);
    }
  lookup_done (self);
}

static void
gln_identifiers_dialog_dispose (GObject *object)
{
  GlnIdentifiersDialog *self = (GlnIdentifiersDialog *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_object (&self->fetcher);
  g_clear_pointer (&self->found, g_ptr_array_unref);
  g_clear_pointer (&self->failed, g_ptr_array_unref);
  g_clear_pointer (&self->identifiers, g_strfreev);

  gtk_widget_dispose_template (GTK_WIDGET (self), GLN_TYPE_IDENTIFIERS_DIALOG);

  G_OBJECT_CLASS (gln_identifiers_dialog_parent_class)->dispose (object);
}

static void
gln_identifiers_dialog_class_init (GlnIdentifiersDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gln_identifiers_dialog_dispose;

  /**
   * GlnIdentifiersDialog::done:
   * @message: what was added, for a toast
   */
  signals [DONE] =
    g_signal_new ("done",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/gln-identifiers-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, GlnIdentifiersDialog, text_view);
  gtk_widget_class_bind_template_child (widget_class, GlnIdentifiersDialog, status_label);
  gtk_widget_class_bind_template_child (widget_class, GlnIdentifiersDialog, add_button);
  gtk_widget_class_bind_template_child (widget_class, GlnIdentifiersDialog, spinner);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);

  gln_dialog_class_add_keys (widget_class);
}

static void
gln_identifiers_dialog_init (GlnIdentifiersDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gln_dialog_focus_on_map (GTK_WINDOW (self), GTK_WIDGET (self->text_view));

  self->cancellable = g_cancellable_new ();
  self->found = g_ptr_array_new_with_free_func (g_object_unref);
  self->failed = g_ptr_array_new_with_free_func (g_free);

  g_signal_connect_object (gtk_text_view_get_buffer (self->text_view), "changed",
                           G_CALLBACK (text_changed_cb), self, G_CONNECT_SWAPPED);
}

GlnIdentifiersDialog *
gln_identifiers_dialog_new (GlnStore   *store,
                            GlnFetcher *fetcher)
{
  GlnIdentifiersDialog *self;

  g_return_val_if_fail (GLN_IS_STORE (store), NULL);
  g_return_val_if_fail (GLN_IS_FETCHER (fetcher), NULL);

  self = g_object_new (GLN_TYPE_IDENTIFIERS_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->fetcher = g_object_ref (fetcher);

  return self;
}

void
gln_identifiers_dialog_set_text (GlnIdentifiersDialog *self,
                                 const char           *text)
{
  g_return_if_fail (GLN_IS_IDENTIFIERS_DIALOG (self));

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), text ? text : "", -1);
}

/**
 * gln_identifiers_dialog_add:
 * @self: a #GlnIdentifiersDialog
 *
 * Looks up and adds the identifiers of the text, as the Add button does.
 */
void
gln_identifiers_dialog_add (GlnIdentifiersDialog *self)
{
  g_return_if_fail (GLN_IS_IDENTIFIERS_DIALOG (self));

  add_clicked_cb (self);
}
