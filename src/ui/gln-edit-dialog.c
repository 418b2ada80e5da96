/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-edit-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "gln-edit-dialog.h"

#include "gln-dialog-keys.h"

/* Edits a paper's metadata. Each field is checked as it is typed and the first problem is
 * named above the fields; Save stays off until every field is valid. The store checks
 * again and may refuse (an identifier another paper has): the dialog then stays open with
 * everything typed, and says why. */

struct _GlnEditDialog
{
  AdwWindow      parent_instance;

  GlnStore      *store;
  GlnPaper      *paper;
  GCancellable  *cancellable;
  char          *problem;

  GtkWidget     *save_button;
  AdwWindowTitle *window_title;
  GtkLabel      *scope_label;
  GtkLabel      *problem_label;
  AdwEntryRow   *title_row;
  AdwEntryRow   *authors_row;
  AdwEntryRow   *date_row;
  AdwEntryRow   *venue_row;
  AdwEntryRow   *doi_row;
  AdwEntryRow   *arxiv_row;
  AdwEntryRow   *url_row;
  GtkTextView   *abstract_view;
};

enum {
  DONE,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

G_DEFINE_FINAL_TYPE (GlnEditDialog, gln_edit_dialog, ADW_TYPE_WINDOW)

static AdwEntryRow *
row_of (GlnEditDialog *self,
        const char    *field)
{
  const struct {
    const char   *field;
    AdwEntryRow  *row;
  } rows[] = {
    { GLN_PAPER_EDIT_TITLE, self->title_row },
    { GLN_PAPER_EDIT_AUTHORS, self->authors_row },
    { GLN_PAPER_EDIT_DATE, self->date_row },
    { GLN_PAPER_EDIT_VENUE, self->venue_row },
    { GLN_PAPER_EDIT_DOI, self->doi_row },
    { GLN_PAPER_EDIT_ARXIV_ID, self->arxiv_row },
    { GLN_PAPER_EDIT_URL, self->url_row },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (g_str_equal (rows[i].field, field))
      return rows[i].row;

  return NULL;
}

static const char *
row_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static char *
dup_abstract (GlnEditDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->abstract_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Checks one row; marks it and returns the reason when it is wrong. */
static char *
check_row (AdwEntryRow *row,
           const char  *field)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *value = NULL;
  GlnDatePrecision precision;
  gboolean ok = TRUE;

  if (g_str_equal (field, GLN_PAPER_EDIT_TITLE))
    ok = gln_paper_edit_parse_title (row_text (row), &value, &error);
  else if (g_str_equal (field, GLN_PAPER_EDIT_DATE))
    ok = gln_paper_edit_parse_date (row_text (row), &value, &precision, &error);
  else if (g_str_equal (field, GLN_PAPER_EDIT_DOI))
    ok = gln_paper_edit_parse_doi (row_text (row), &value, &error);
  else if (g_str_equal (field, GLN_PAPER_EDIT_ARXIV_ID))
    ok = gln_paper_edit_parse_arxiv (row_text (row), &value, &error);
  else if (g_str_equal (field, GLN_PAPER_EDIT_URL))
    ok = gln_paper_edit_parse_url (row_text (row), &value, &error);

  if (ok)
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");

  return ok ? NULL : g_strdup (error->message);
}

static void
show_problem (GlnEditDialog *self,
              const char    *problem)
{
  gln_set_str (&self->problem, problem);
  gtk_label_set_label (self->problem_label, problem != NULL ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), problem != NULL);
}

static void
fields_changed_cb (GlnEditDialog *self)
{
  const char * const *fields = gln_paper_edit_fields ();
  g_autofree char *first = NULL;

  for (guint i = 0; fields[i] != NULL; i++)
    {
      AdwEntryRow *row = row_of (self, fields[i]);
      g_autofree char *problem = row != NULL ? check_row (row, fields[i]) : NULL;

      if (first == NULL)
        first = g_steal_pointer (&problem);
    }

  show_problem (self, first);
  gtk_widget_set_sensitive (self->save_button, first == NULL);
}

/* The paper as the fields say; NULL when one of them is wrong. */
static GlnPaper *
build_edited (GlnEditDialog *self)
{
  g_autoptr(GlnPaper) edited = gln_paper_copy (self->paper);
  g_auto(GStrv) authors = gln_paper_edit_parse_authors (row_text (self->authors_row));
  g_autofree char *published = NULL;
  g_autofree char *abstract = dup_abstract (self);
  GlnDatePrecision precision;

  if (!gln_paper_edit_parse_date (row_text (self->date_row), &published, &precision, NULL))
    return NULL;

  gln_paper_set_title (edited, row_text (self->title_row));
  gln_paper_set_authors (edited, (const char * const *) authors, NULL);
  gln_paper_set_published (edited, published);
  gln_paper_set_date_precision (edited, precision);
  gln_paper_edit_set_venue (edited, row_text (self->venue_row));
  gln_paper_set_doi (edited, row_text (self->doi_row));
  gln_paper_set_arxiv_id (edited, row_text (self->arxiv_row));
  gln_paper_set_url (edited, row_text (self->url_row));
  gln_paper_set_abstract (edited, abstract);

  return g_steal_pointer (&edited);
}

static void
edited_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GlnEditDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) changed = NULL;

  if (!(changed = gln_store_edit_paper_finish (GLN_STORE (object), result, &error)))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      gtk_widget_set_sensitive (self->save_button, TRUE);
      show_problem (self, error->message);
      return;
    }

  g_signal_emit (self, signals [DONE], 0, changed[0] != NULL ? _("Metadata saved")
                                                             : _("Nothing was changed"));
  gtk_window_close (GTK_WINDOW (self));
}

static void
save_clicked_cb (GlnEditDialog *self)
{
  g_autoptr(GlnPaper) edited = NULL;

  fields_changed_cb (self);
  if (self->problem != NULL || !(edited = build_edited (self)))
    return;

  gtk_widget_set_sensitive (self->save_button, FALSE);
  gln_store_edit_paper_async (self->store, self->paper, edited, self->cancellable, edited_cb,
                              g_object_ref (self));
}

static void
gln_edit_dialog_dispose (GObject *object)
{
  GlnEditDialog *self = GLN_EDIT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_object (&self->paper);
  g_clear_pointer (&self->problem, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), GLN_TYPE_EDIT_DIALOG);

  G_OBJECT_CLASS (gln_edit_dialog_parent_class)->dispose (object);
}

static void
gln_edit_dialog_class_init (GlnEditDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gln_edit_dialog_dispose;

  /**
   * GlnEditDialog::done:
   * @message: what became of the edit, for a toast
   */
  signals [DONE] =
    g_signal_new ("done",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/gln-edit-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, GlnEditDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, GlnEditDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, GlnEditDialog, scope_label);
  gtk_widget_class_bind_template_child (widget_class, GlnEditDialog, problem_label);
  gtk_widget_class_bind_template_child (widget_class, GlnEditDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, GlnEditDialog, authors_row);
  gtk_widget_class_bind_template_child (widget_class, GlnEditDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, GlnEditDialog, venue_row);
  gtk_widget_class_bind_template_child (widget_class, GlnEditDialog, doi_row);
  gtk_widget_class_bind_template_child (widget_class, GlnEditDialog, arxiv_row);
  gtk_widget_class_bind_template_child (widget_class, GlnEditDialog, url_row);
  gtk_widget_class_bind_template_child (widget_class, GlnEditDialog, abstract_view);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);

  gln_dialog_class_add_keys (widget_class);
}

static void
gln_edit_dialog_init (GlnEditDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gln_dialog_focus_on_map (GTK_WINDOW (self), GTK_WIDGET (self->title_row));

  self->cancellable = g_cancellable_new ();
}

static void
fill (GlnEditDialog *self)
{
  g_autofree char *authors = gln_paper_edit_join_authors (self->paper);
  g_autofree char *date = gln_paper_edit_dup_date (self->paper);
  g_autofree char *venue = gln_paper_edit_dup_venue (self->paper);
  const char * const *fields = gln_paper_edit_fields ();
  GlnPaper *paper = self->paper;

  adw_window_title_set_subtitle (self->window_title, gln_paper_get_title (paper));
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), gln_paper_get_title (paper));
  gtk_editable_set_text (GTK_EDITABLE (self->authors_row), authors);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), date != NULL ? date : "");
#define TEXT_OR_EMPTY(x) ((x) != NULL ? (x) : "")
  gtk_editable_set_text (GTK_EDITABLE (self->venue_row), TEXT_OR_EMPTY (venue));
  gtk_editable_set_text (GTK_EDITABLE (self->doi_row), TEXT_OR_EMPTY (gln_paper_get_doi (paper)));
  gtk_editable_set_text (GTK_EDITABLE (self->arxiv_row),
                         TEXT_OR_EMPTY (gln_paper_get_arxiv_id (paper)));
  gtk_editable_set_text (GTK_EDITABLE (self->url_row), TEXT_OR_EMPTY (gln_paper_get_url (paper)));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->abstract_view),
                            TEXT_OR_EMPTY (gln_paper_get_abstract (paper)), -1);
#undef TEXT_OR_EMPTY

  for (guint i = 0; fields[i] != NULL; i++)
    if (row_of (self, fields[i]) != NULL)
      g_signal_connect_object (row_of (self, fields[i]), "changed",
                               G_CALLBACK (fields_changed_cb), self, G_CONNECT_SWAPPED);
  fields_changed_cb (self);
}

GlnEditDialog *
gln_edit_dialog_new (GlnStore *store,
                     GlnPaper *paper)
{
  GlnEditDialog *self;

  g_return_val_if_fail (GLN_IS_STORE (store), NULL);
  g_return_val_if_fail (GLN_IS_PAPER (paper), NULL);

  self = g_object_new (GLN_TYPE_EDIT_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->paper = g_object_ref (paper);
  fill (self);

  return self;
}

/**
 * gln_edit_dialog_set_n_others:
 * @self: a #GlnEditDialog
 * @n_others: how many other papers are selected with the one it edits
 *
 * Says, when other papers are selected too, that only the paper named in the header changes.
 */
void
gln_edit_dialog_set_n_others (GlnEditDialog *self,
                              guint          n_others)
{
  g_autofree char *text = NULL;

  g_return_if_fail (GLN_IS_EDIT_DIALOG (self));

  if (n_others > 0)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Only this paper is edited, not the %u other selected "
                                         "paper.",
                                         "Only this paper is edited, not the %u other selected "
                                         "papers.",
                                         n_others),
                            n_others);
  gtk_label_set_text (self->scope_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->scope_label), text != NULL);
}

/* For tests: the note shown when other papers are selected, or %NULL. */
const char *
gln_edit_dialog_get_scope_note (GlnEditDialog *self)
{
  g_return_val_if_fail (GLN_IS_EDIT_DIALOG (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->scope_label))
         ? gtk_label_get_text (self->scope_label) : NULL;
}

/* For tests: types @text into the row of @field ("abstract" for the abstract). */
void
gln_edit_dialog_set_text (GlnEditDialog *self,
                          const char    *field,
                          const char    *text)
{
  g_return_if_fail (GLN_IS_EDIT_DIALOG (self));

  if (g_str_equal (field, GLN_PAPER_EDIT_ABSTRACT))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->abstract_view), text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (row_of (self, field)), text);
}

gboolean
gln_edit_dialog_can_save (GlnEditDialog *self)
{
  g_return_val_if_fail (GLN_IS_EDIT_DIALOG (self), FALSE);

  return gtk_widget_get_sensitive (self->save_button);
}

/* The problem shown above the fields, or %NULL. */
const char *
gln_edit_dialog_get_problem (GlnEditDialog *self)
{
  g_return_val_if_fail (GLN_IS_EDIT_DIALOG (self), NULL);

  return self->problem;
}

void
gln_edit_dialog_save (GlnEditDialog *self)
{
  g_return_if_fail (GLN_IS_EDIT_DIALOG (self));

  save_clicked_cb (self);
}
