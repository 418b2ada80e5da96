/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gleaner"

#include "config.h"

#include <glib/gi18n.h>

#include "gln-citation-dialog.h"

/* Citation search from a review collection's included papers: which ways, how deep, the
 * progress ("12 of 30 papers, waiting for the service") and Cancel. A search cancelled or
 * closed goes on where it stopped when it is started again. */

struct _GlnCitationDialog
{
  AdwWindow          parent_instance;

  GlnStore          *store;
  gint64             collection_id;
  GlnFetcher        *fetcher;
  GlnCitationSearch *search;
  GCancellable      *cancellable;
  GtkWidget         *backward;
  GtkWidget         *forward;
  GtkWidget         *depth;
  GtkWidget         *progress;
  GtkWidget         *status;
  GtkWidget         *start;
  GtkWidget         *cancel;
};

G_DEFINE_FINAL_TYPE (GlnCitationDialog, gln_citation_dialog, ADW_TYPE_WINDOW)

static void
set_running (GlnCitationDialog *self,
             gboolean           running)
{
  gtk_widget_set_sensitive (self->start, !running);
  gtk_widget_set_sensitive (self->cancel, running);
  gtk_widget_set_sensitive (self->backward, !running);
  gtk_widget_set_sensitive (self->forward, !running);
  gtk_widget_set_sensitive (self->depth, !running);
}

static void
progress_cb (GlnCitationSearch *search,
             gpointer           user_data)
{
  GlnCitationDialog *self = user_data;
  const GlnCitationProgress *progress = gln_citation_search_get_progress (search);
  g_autofree char *text = gln_citation_progress_dup_text (progress);

  gtk_label_set_label (GTK_LABEL (self->status), text);
  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->progress),
                                 progress->total > 0 ? (double) progress->done / progress->total
                                                     : 0.0);
}

static void
searched_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GlnCitationDialog *self;
  const GlnCitationProgress *progress;

  if (!gln_citation_search_run_finish (GLN_CITATION_SEARCH (object), result, &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      self = GLN_CITATION_DIALOG (user_data);
      set_running (self, FALSE);
      gtk_label_set_label (GTK_LABEL (self->status),
                           _("Stopped; start again to go on where it stopped"));
      return;
    }

  self = GLN_CITATION_DIALOG (user_data);
  set_running (self, FALSE);
  progress = gln_citation_search_get_progress (GLN_CITATION_SEARCH (object));
  if (error != NULL)
    text = g_strdup_printf (_("Stopped: %s"), error->message);
  else if (progress->capped > 0)
    text = g_strdup_printf (dngettext (GETTEXT_PACKAGE,
                                       "Stopped at %'u candidate: narrow the seeds (fewer "
                                       "papers, one way only or one level) to see the rest",
                                       "Stopped at %'u candidates: narrow the seeds (fewer "
                                       "papers, one way only or one level) to see the rest",
                                       progress->capped),
                            progress->capped);
  else
    text = g_strdup_printf (dngettext (GETTEXT_PACKAGE,
                                       "Done: %'u paper found for the screening queue",
                                       "Done: %'u papers found for the screening queue",
                                       progress->found),
                            progress->found);
  gtk_label_set_label (GTK_LABEL (self->status), text);
}

static void
start_clicked_cb (GlnCitationDialog *self)
{
  GlnCitationSearchFlags flags = 0;

  if (gtk_check_button_get_active (GTK_CHECK_BUTTON (self->backward)))
    flags |= GLN_CITATION_SEARCH_BACKWARD;
  if (gtk_check_button_get_active (GTK_CHECK_BUTTON (self->forward)))
    flags |= GLN_CITATION_SEARCH_FORWARD;
  if (flags == 0)
    {
      gtk_label_set_label (GTK_LABEL (self->status), _("Choose references, citations or both"));
      return;
    }

  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  set_running (self, TRUE);
  gln_citation_search_run_async (self->search, self->collection_id, NULL, 0, flags,
                                 gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->depth)),
                                 self->cancellable, searched_cb, self);
}

static void
cancel_clicked_cb (GlnCitationDialog *self)
{
  g_cancellable_cancel (self->cancellable);
}

static void
gln_citation_dialog_dispose (GObject *object)
{
  GlnCitationDialog *self = GLN_CITATION_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->search);
  g_clear_object (&self->fetcher);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (gln_citation_dialog_parent_class)->dispose (object);
}

static void
gln_citation_dialog_class_init (GlnCitationDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = gln_citation_dialog_dispose;
}

static GtkWidget *
build_content (GlnCitationDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *depth_row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *depth_label = gtk_label_new_with_mnemonic (_("_Levels"));

  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_box_append (GTK_BOX (box), gtk_label_new (_("Search from the collection’s included papers")));
  self->backward = gtk_check_button_new_with_mnemonic (_("_References (the papers they cite)"));
  self->forward = gtk_check_button_new_with_mnemonic (_("_Citations (the papers citing them)"));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (self->backward), TRUE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (self->forward), TRUE);
  gtk_box_append (GTK_BOX (box), self->backward);
  gtk_box_append (GTK_BOX (box), self->forward);
  self->depth = gtk_spin_button_new_with_range (1, 2, 1);
  gtk_label_set_mnemonic_widget (GTK_LABEL (depth_label), self->depth);
  gtk_box_append (GTK_BOX (depth_row), depth_label);
  gtk_box_append (GTK_BOX (depth_row), self->depth);
  gtk_box_append (GTK_BOX (box), depth_row);
  self->progress = gtk_progress_bar_new ();
  self->status = gtk_label_new (_("Papers found join the screening queue, read, not in the Inbox"));
  gtk_label_set_wrap (GTK_LABEL (self->status), TRUE);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->progress),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->status, NULL, -1);
  gtk_box_append (GTK_BOX (box), self->progress);
  gtk_box_append (GTK_BOX (box), self->status);
  self->cancel = gtk_button_new_with_mnemonic (_("_Cancel Search"));
  self->start = gtk_button_new_with_mnemonic (_("_Search"));
  gtk_widget_add_css_class (self->start, "suggested-action");
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (buttons), self->cancel);
  gtk_box_append (GTK_BOX (buttons), self->start);
  gtk_box_append (GTK_BOX (box), buttons);
  g_signal_connect_swapped (self->start, "clicked", G_CALLBACK (start_clicked_cb), self);
  g_signal_connect_swapped (self->cancel, "clicked", G_CALLBACK (cancel_clicked_cb), self);

  return box;
}

static void
gln_citation_dialog_init (GlnCitationDialog *self)
{
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_window_set_title (GTK_WINDOW (self), _("Citation Search"));
  gtk_window_set_default_size (GTK_WINDOW (self), 460, -1);
  gtk_box_append (GTK_BOX (content), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (content), build_content (self));
  adw_window_set_content (ADW_WINDOW (self), content);
  set_running (self, FALSE);
}

/**
 * gln_citation_dialog_new:
 * @store: the library
 * @collection_id: the review collection
 * @api_key: (nullable): the user's Semantic Scholar API key
 *
 * Returns: (transfer floating): the dialog
 */
GtkWidget *
gln_citation_dialog_new (GlnStore   *store,
                         gint64      collection_id,
                         const char *api_key)
{
  GlnCitationDialog *self = g_object_new (GLN_TYPE_CITATION_DIALOG, NULL);

  self->store = g_object_ref (store);
  self->collection_id = collection_id;
  self->fetcher = gln_fetcher_new ();
  self->search = gln_citation_search_new (store, self->fetcher);
  gln_citation_search_set_api_key (self->search, api_key);
  g_signal_connect_object (self->search, "progress", G_CALLBACK (progress_cb), self, 0);

  return GTK_WIDGET (self);
}

/**
 * gln_citation_dialog_set_openalex_key:
 * @self: the dialog
 * @api_key: (nullable): the user's OpenAlex API key: with it, the papers Semantic Scholar
 *   cannot answer for are asked from OpenAlex
 */
void
gln_citation_dialog_set_openalex_key (GlnCitationDialog *self,
                                      const char        *api_key)
{
  g_return_if_fail (GLN_IS_CITATION_DIALOG (self));

  gln_citation_search_set_openalex_key (self->search, api_key);
}
