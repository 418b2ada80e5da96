/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-find-ids-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "gln-find-ids-dialog.h"

#include "gln-dialog-keys.h"

/* Find Identifiers for some papers: the run starts as the dialog opens, each paper gets a
 * row as it is done (found, with what and where; not found; ambiguous; a possible
 * duplicate), and Stop keeps what was done. */

struct _GlnFindIdsDialog
{
  AdwWindow       parent_instance;

  GlnIdFinder    *finder;
  GCancellable   *cancellable;
  GArray         *paper_ids;
  guint           n_done;
  guint           n_found;

  GtkLabel       *status_label;
  GtkProgressBar *progress_bar;
  GtkListBox     *list_box;
  GtkWidget      *stop_button;
};

G_DEFINE_FINAL_TYPE (GlnFindIdsDialog, gln_find_ids_dialog, ADW_TYPE_WINDOW)

static const struct
{
  const char *name;
  const char *label;
} field_labels[] = {
  { "arxiv-id", N_("arXiv id") }, { "doi", N_("DOI") }, { "url", N_("link") },
  { "pdf-url", N_("PDF") }, { "journal-ref", N_("venue") }, { "published", N_("date") },
  { "abstract", N_("abstract") }, { "authors", N_("authors") },
};

/* "arXiv 2201.13452", "DOI 10.1000/x", or the link. */
static char *
dup_identifier_text (const char *identifier)
{
  if (identifier == NULL)
    return g_strdup ("");
  if (g_str_has_prefix (identifier, "arxiv:"))
    return g_strconcat ("arXiv ", identifier + 6, NULL);
  if (g_str_has_prefix (identifier, "doi:"))
    return g_strconcat ("DOI ", identifier + 4, NULL);

  return g_strdup (identifier);
}

static char *
dup_filled_text (const GlnIdFinding *finding)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  for (guint i = 0; finding->filled[i] != NULL; i++)
    for (guint j = 0; j < G_N_ELEMENTS (field_labels); j++)
      if (g_str_equal (finding->filled[i], field_labels[j].name))
        g_ptr_array_add (labels, (gpointer) _(field_labels[j].label));
  g_ptr_array_add (labels, NULL);

  return g_strjoinv (", ", (char **) labels->pdata);
}

/* What the row says under the title. */
static char *
dup_finding_text (const GlnIdFinding *finding)
{
  g_autofree char *identifier = dup_identifier_text (finding->identifier);
  g_autofree char *filled = NULL;

  switch (finding->outcome)
    {
    case GLN_ID_FOUND:
      filled = dup_filled_text (finding);
      if (filled[0] == '\0')
        /* Translators: an identifier, and the services where it was found */
        return g_strdup_printf (_("%s at %s; the paper lacked nothing it gives"),
                                identifier, finding->services);
      /* Translators: an identifier, the services, and the fields filled ("DOI, link") */
      return g_strdup_printf (_("%s at %s; filled: %s"), identifier, finding->services,
                              filled);
    case GLN_ID_DUPLICATE:
      /* Translators: an identifier, and the title of the paper that has it */
      return g_strdup_printf (_("%s is already “%s”: both are shown in Duplicates, not "
                                "merged"), identifier,
                              finding->other_title ? finding->other_title : finding->other_key);
    case GLN_ID_KNOWN:
      return g_strdup (_("It already has an arXiv id or DOI"));
    case GLN_ID_NOT_FOUND:
    case GLN_ID_AMBIGUOUS:
    case GLN_ID_FAILED:
    default:
      return g_strdup (finding->message);
    }
}

static const char *
icon_of (GlnIdOutcome outcome)
{
  switch (outcome)
    {
    case GLN_ID_FOUND:
      return "emblem-ok-symbolic";
    case GLN_ID_DUPLICATE:
      return "edit-copy-symbolic";
    case GLN_ID_AMBIGUOUS:
      return "dialog-question-symbolic";
    case GLN_ID_FAILED:
      return "dialog-warning-symbolic";
    case GLN_ID_KNOWN:
      return "emblem-default-symbolic";
    case GLN_ID_NOT_FOUND:
    default:
      return "edit-find-symbolic";
    }
}

static const char *
outcome_label (GlnIdOutcome outcome)
{
  switch (outcome)
    {
    case GLN_ID_FOUND:
      return _("Found");
    case GLN_ID_DUPLICATE:
      return _("Possible duplicate");
    case GLN_ID_AMBIGUOUS:
      return _("Ambiguous");
    case GLN_ID_FAILED:
      return _("Could not look up");
    case GLN_ID_KNOWN:
      return _("Already identified");
    case GLN_ID_NOT_FOUND:
    default:
      return _("Not found");
    }
}

static GtkWidget *
new_row (const GlnIdFinding *finding)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (icon_of (finding->outcome));
  g_autofree char *title = g_markup_escape_text (finding->title ? finding->title : "", -1);
  g_autofree char *text = dup_finding_text (finding);
  g_autofree char *subtitle = NULL;

  /* Translators: an outcome ("Found"), and what it means for this paper */
  subtitle = g_strdup_printf (_("%s — %s"), outcome_label (finding->outcome), text ? text : "");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  g_free (g_steal_pointer (&title));
  title = g_markup_escape_text (subtitle, -1);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), title);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  outcome_label (finding->outcome), -1);
  if (finding->outcome == GLN_ID_FOUND)
    gtk_widget_add_css_class (icon, "success");
  else if (finding->outcome == GLN_ID_FAILED || finding->outcome == GLN_ID_DUPLICATE)
    gtk_widget_add_css_class (icon, "warning");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  return row;
}

static void
show_progress (GlnFindIdsDialog *self)
{
  guint total = self->paper_ids->len;
  g_autofree char *status = NULL;

  if (self->n_done < total)
    /* Translators: papers looked up so far, of how many */
    status = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Looking up paper %u of %u…",
                                           "Looking up paper %u of %u…", total),
                              self->n_done + 1, total);
  else
    /* Translators: papers found, of how many */
    status = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Found the identifiers of %u of %u paper",
                                           "Found the identifiers of %u of %u papers", total),
                              self->n_found, total);
  gtk_label_set_label (self->status_label, status);
  gtk_progress_bar_set_fraction (self->progress_bar,
                                 total > 0 ? (double) self->n_done / total : 1.0);
}

static void
finding_cb (GlnIdFinder      *finder,
            GlnIdFinding     *finding,
            guint             index,
            guint             n_papers,
            GlnFindIdsDialog *self)
{
  self->n_done = index + 1;
  if (finding->outcome == GLN_ID_FOUND)
    self->n_found++;
  gtk_list_box_append (self->list_box, new_row (finding));
  show_progress (self);
}

static void
found_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  GWeakRef *weak = user_data;
  g_autoptr(GlnFindIdsDialog) self = g_weak_ref_get (weak);
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *status = NULL;

  findings = gln_id_finder_find_finish (GLN_ID_FINDER (object), result, &error);
  g_weak_ref_clear (weak);
  g_free (weak);
  /* Closed while looking. */
  if (self == NULL || self->paper_ids == NULL)
    return;

  gtk_widget_set_sensitive (self->stop_button, FALSE);
  if (error == NULL)
    {
      show_progress (self);
      return;
    }

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    /* Translators: papers looked up before the user stopped, of how many */
    status = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Stopped after %u of %u paper; what was found stays",
                                           "Stopped after %u of %u papers; what was found stays",
                                           self->paper_ids->len),
                              self->n_done, self->paper_ids->len);
  else
    status = gln_error_dup_message (_("Could not look the papers up"), error);
  gtk_label_set_label (self->status_label, status);
}

static void
stop_clicked_cb (GlnFindIdsDialog *self)
{
  g_cancellable_cancel (self->cancellable);
}

static void
gln_find_ids_dialog_dispose (GObject *object)
{
  GlnFindIdsDialog *self = GLN_FIND_IDS_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  if (self->finder != NULL)
    g_signal_handlers_disconnect_by_data (self->finder, self);
  g_clear_object (&self->finder);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->paper_ids, g_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), GLN_TYPE_FIND_IDS_DIALOG);

  G_OBJECT_CLASS (gln_find_ids_dialog_parent_class)->dispose (object);
}

static void
gln_find_ids_dialog_class_init (GlnFindIdsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gln_find_ids_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/gln-find-ids-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, GlnFindIdsDialog, status_label);
  gtk_widget_class_bind_template_child (widget_class, GlnFindIdsDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, GlnFindIdsDialog, list_box);
  gtk_widget_class_bind_template_child (widget_class, GlnFindIdsDialog, stop_button);
  gtk_widget_class_bind_template_callback (widget_class, stop_clicked_cb);

  gln_dialog_class_add_keys (widget_class);
}

static void
gln_find_ids_dialog_init (GlnFindIdsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}

/**
 * gln_find_ids_dialog_new:
 * @store: the library
 * @fetcher: the app's fetcher, whose politeness every request shares
 * @paper_ids: (element-type gint64): the papers to look up
 *
 * Creates the dialog and starts looking the papers up.
 *
 * Returns: (transfer floating): the dialog
 */
GlnFindIdsDialog *
gln_find_ids_dialog_new (GlnStore   *store,
                         GlnFetcher *fetcher,
                         GArray     *paper_ids)
{
  GlnFindIdsDialog *self = g_object_new (GLN_TYPE_FIND_IDS_DIALOG, NULL);
  GWeakRef *weak = g_new0 (GWeakRef, 1);

  self->paper_ids = g_array_ref (paper_ids);
  self->finder = gln_id_finder_new (store, fetcher);
  g_signal_connect (self->finder, "finding", G_CALLBACK (finding_cb), self);
  gln_dialog_focus_on_map (GTK_WINDOW (self), self->stop_button);
  show_progress (self);
  /* The run outlives a dialog closed while it looks; closing cancels it. */
  g_weak_ref_init (weak, self);
  gln_id_finder_find_async (self->finder, paper_ids, self->cancellable, found_cb, weak);

  return self;
}
