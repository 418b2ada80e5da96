/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gleaner"

#include "config.h"

#include <glib/gi18n.h>

#include "gln-diagram-export.h"


/* Exporting a review's diagram (the PRISMA flow, the citation map) as SVG or PNG: the file
 * chooser, named after the format, and the file written from what the view draws. The
 * chooser lives as long as the view, and goes with it. */

#define CHOOSER_KEY "gln-diagram-chooser"

static void
chooser_free (gpointer data)
{
  gtk_native_dialog_destroy (data);
  g_object_unref (data);
}

static void
chooser_response_cb (GtkWidget            *widget,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  GlnDiagramWriteFunc write = g_object_get_data (G_OBJECT (chooser), "write");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    {
      name = g_file_get_basename (file);
      if (!(bytes = write (widget, g_str_has_suffix (name, ".png"), &error)) ||
          !g_file_replace_contents (file, g_bytes_get_data (bytes, NULL),
                                    g_bytes_get_size (bytes), NULL, FALSE,
                                    G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, &error))
        g_warning ("Exporting the diagram failed: %s", error->message);
    }

  g_object_set_data (G_OBJECT (widget), CHOOSER_KEY, NULL);
}

/**
 * gln_diagram_export:
 * @widget: the view whose diagram to export
 * @title: the chooser's title
 * @file_name: the file name it proposes; its extension says the format
 * @write: writes the file's bytes
 *
 * Asks where to save the diagram, then saves it there.
 */
void
gln_diagram_export (GtkWidget           *widget,
                    const char          *title,
                    const char          *file_name,
                    GlnDiagramWriteFunc  write)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *chooser;

  g_return_if_fail (GTK_IS_WIDGET (widget) && write != NULL);

  chooser = gtk_file_chooser_native_new (title, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  g_object_set_data_full (G_OBJECT (widget), CHOOSER_KEY, chooser, chooser_free);
  g_object_set_data (G_OBJECT (chooser), "write", write);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), file_name);
  g_signal_connect_object (chooser, "response", G_CALLBACK (chooser_response_cb), widget,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
