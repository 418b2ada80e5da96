/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-paste-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "gln-paste-dialog.h"

#include "gln-core.h"
#include "gln-dialog-keys.h"
#include "gln-parse-task.h"

#include <string.h>

/* Paste import: the text of a copied listing page (or a BibTeX, RIS or JSON file's text)
 * goes in, and the dialog shows the papers it found, each with what was read of it, before
 * they are added. A paper found from weak evidence is shown unchecked with the reason, for
 * the user to decide. Parsing runs off the main thread a moment after the typing stops. */

#define PARSE_DELAY_MS 300
/* Rows are widgets: a page of thousands of papers previews its first ones. */
#define MAX_PREVIEW 200
/* How much of a block's text the preview shows when the block shows nothing else. */
#define TEXT_START_CHARS 100

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
  GtkWidget     *preview_scroller;
  GtkListBox    *preview;
  GPtrArray     *checks;       /* GtkCheckButton of each previewed paper, in order */
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

static gboolean
is_checked (GlnPasteDialog *self,
            guint           i)
{
  return i >= self->checks->len ||
         gtk_check_button_get_active (g_ptr_array_index (self->checks, i));
}

static guint
count_checked (GlnPasteDialog *self)
{
  guint n = 0;

  for (guint i = 0; self->papers != NULL && i < self->papers->len; i++)
    n += is_checked (self, i);

  return n;
}

static void
update_add_button (GlnPasteDialog *self)
{
  guint n = count_checked (self);
  g_autofree char *label = NULL;

  gtk_widget_set_sensitive (self->add_button, n > 0);
  if (n > 0)
    label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "_Add %u Paper", "_Add %u Papers", n),
                             n);
  gtk_button_set_label (GTK_BUTTON (self->add_button), label ? label : _("_Add"));
  update_accessible_label (self->add_button);
}

/* A block that shows nothing but text (a notice, a heading over a paragraph, a citation
 * not taken apart) is told by the start of its text, its abstract or else its line on the
 * page, so the user can decide whether it is a paper without opening the page. */
static char *
describe_text (GlnPaper   *paper,
               const char *line)
{
  const char *text = gln_paper_get_abstract (paper) ?: line;
  g_autofree char *start = NULL;
  g_autofree char *shown = text != NULL ? g_strstrip (g_strdup (text)) : NULL;

  /* A line that is the title and nothing else (a list of titles alone) says no more. */
  if (shown == NULL || *shown == '\0' || g_strcmp0 (shown, gln_paper_get_title (paper)) == 0)
    return g_strdup (_("No authors, venue or date shown"));
  if (g_utf8_strlen (text, -1) > TEXT_START_CHARS)
    {
      g_autofree char *cut = g_utf8_substring (text, 0, TEXT_START_CHARS);

      start = g_strconcat (g_strchomp (cut), "…", NULL);
    }
  else
    start = g_strdup (text);

  /* Translators: the start of a block's text, in quotation marks. */
  return g_strdup_printf (_("No authors, venue or date; its text: “%s”"), start);
}

/* What was read of a paper, on one line: authors, venue, date, identifiers; line is the
 * text of its first line on the page. */
static char *
describe_paper (GlnPaper   *paper,
                const char *line)
{
  const char * const *authors = gln_paper_get_authors (paper);
  guint n_authors = authors != NULL ? g_strv_length ((char **) authors) : 0;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (n_authors > 0)
    {
      g_autoptr(GString) first = g_string_new (authors[0]);

      for (guint i = 1; i < MIN (n_authors, 3); i++)
        g_string_append_printf (first, ", %s", authors[i]);
      if (n_authors > 3 || gln_paper_get_authors_truncated (paper))
        g_ptr_array_add (parts, g_strdup_printf (_("%s et al."), first->str));
      else
        g_ptr_array_add (parts, g_strdup (first->str));
    }
  if (n_authors == 0 && gln_paper_get_institutions (paper) != NULL &&
      gln_paper_get_institutions (paper)[0] != NULL)
    g_ptr_array_add (parts, g_strdup (gln_paper_get_institutions (paper)[0]));
  if (gln_paper_get_journal_ref (paper) != NULL)
    g_ptr_array_add (parts, g_strdup (gln_paper_get_journal_ref (paper)));
  if (gln_paper_get_date_text (paper) != NULL)
    g_ptr_array_add (parts, g_strdup (gln_paper_get_date_text (paper)));
  if (gln_paper_get_arxiv_id (paper) != NULL)
    g_ptr_array_add (parts, g_strdup_printf ("arXiv:%s", gln_paper_get_arxiv_id (paper)));
  if (gln_paper_get_doi (paper) != NULL)
    g_ptr_array_add (parts, g_strdup_printf ("DOI %s", gln_paper_get_doi (paper)));
  if (gln_listing_get_cited_by (paper) >= 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Cited by %d",
                                                          "Cited by %d",
                                                          gln_listing_get_cited_by (paper)),
                                             gln_listing_get_cited_by (paper)));
  if (parts->len == 0)
    g_ptr_array_add (parts, describe_text (paper, line));
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (" · ", (char **) parts->pdata);
}

/* The text of the page's line n (from 1), or NULL. */
static char *
dup_page_line (GlnPasteDialog *self,
               guint           n)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start;
  GtkTextIter end;

  if (n == 0 || !gtk_text_buffer_get_iter_at_line (buffer, &start, (int) n - 1))
    return NULL;
  end = start;
  if (!gtk_text_iter_ends_line (&end))
    gtk_text_iter_forward_to_line_end (&end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static GtkWidget *
build_row (GlnPasteDialog *self,
           GlnPaper       *paper)
{
  const char *doubt = gln_listing_get_doubt (paper);
  g_autofree char *line = dup_page_line (self, gln_listing_get_line (paper));
  g_autofree char *read = describe_paper (paper, line);
  g_autofree char *subtitle = NULL;
  g_autofree char *title = g_markup_escape_text (gln_paper_get_title (paper) ?: "", -1);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  /* A paper found from weak evidence waits, unchecked, for the user's word. */
  if (doubt != NULL)
    subtitle = g_markup_printf_escaped (_("Not checked: %s\n%s"), doubt, read);
  else
    subtitle = g_markup_escape_text (read, -1);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), doubt == NULL);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  gln_paper_get_title (paper), -1);
  g_signal_connect_object (check, "toggled", G_CALLBACK (update_add_button), self,
                           G_CONNECT_SWAPPED);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  g_ptr_array_add (self->checks, check);

  return row;
}

static void
fill_preview (GlnPasteDialog *self)
{
  GtkWidget *child;
  guint n = self->papers != NULL ? self->papers->len : 0;

  g_ptr_array_set_size (self->checks, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->preview))) != NULL)
    gtk_list_box_remove (self->preview, child);

  for (guint i = 0; i < MIN (n, MAX_PREVIEW); i++)
    gtk_list_box_append (self->preview, build_row (self, g_ptr_array_index (self->papers, i)));
  if (n > MAX_PREVIEW)
    {
      GtkWidget *more = adw_action_row_new ();
      g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "And %u more paper, to be added",
                                                             "And %u more papers, to be added",
                                                             n - MAX_PREVIEW),
                                                n - MAX_PREVIEW);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (more), label);
      gtk_list_box_append (self->preview, more);
    }
  gtk_widget_set_visible (self->preview_scroller, n > 0);
}

static void
set_papers (GlnPasteDialog *self,
            GPtrArray      *papers)
{
  g_clear_pointer (&self->papers, g_ptr_array_unref);
  self->papers = papers ? g_ptr_array_ref (papers) : NULL;

  fill_preview (self);
  update_add_button (self);
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

  if ((papers == NULL && (g_error_matches (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_NO_PAPERS) ||
                          g_error_matches (error, GLN_PARSE_ERROR,
                                           GLN_PARSE_ERROR_UNKNOWN_FORMAT))) ||
      (papers != NULL && papers->len == 0))
    status = g_strdup (_("No papers found in this text. Copy a whole listing page in the "
                         "browser (Ctrl+A, then Ctrl+C), or BibTeX or RIS entries."));
  else if (papers == NULL)
    status = g_strdup_printf (_("No papers found: %s"), error->message);
  else if (count_checked (self) < papers->len)
    {
      guint unchecked = papers->len - count_checked (self);
      guint sure = papers->len - unchecked;
      g_autofree char *found = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Found %u paper.",
                                                             "Found %u papers.", sure),
                                                sure);

      status = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%s %u more block may be a paper or the page’s own "
                                             "text: it is not checked, look at it before adding.",
                                             "%s %u more blocks may be papers or the page’s own "
                                             "text: they are not checked, look at them before "
                                             "adding.",
                                             unchecked),
                                found, unchecked);
    }
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
  gln_parse_inputs_set_preview (inputs, TRUE);
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
  g_autoptr(GPtrArray) checked = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; self->papers != NULL && i < self->papers->len; i++)
    if (is_checked (self, i))
      g_ptr_array_add (checked, g_object_ref (g_ptr_array_index (self->papers, i)));
  if (checked->len == 0)
    return;

  g_signal_emit (self, signals [ADD_PAPERS], 0, checked);
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
  g_clear_pointer (&self->checks, g_ptr_array_unref);

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
   * @papers: (element-type GlnPaper): the papers found that the user left checked
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
  gtk_widget_class_bind_template_child (widget_class, GlnPasteDialog, preview_scroller);
  gtk_widget_class_bind_template_child (widget_class, GlnPasteDialog, preview);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);

  gln_dialog_class_add_keys (widget_class);
}

static void
gln_paste_dialog_init (GlnPasteDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->checks = g_ptr_array_new ();
  gln_dialog_focus_on_map (GTK_WINDOW (self), GTK_WIDGET (self->text_view));
  gln_dialog_add_text_keys (GTK_WINDOW (self));

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

/* How many of them are checked, to be added. */
guint
gln_paste_dialog_get_n_checked (GlnPasteDialog *self)
{
  g_return_val_if_fail (GLN_IS_PASTE_DIALOG (self), 0);

  return count_checked (self);
}

/* How many papers the text holds, once parsed; 0 before. */
guint
gln_paste_dialog_get_n_found (GlnPasteDialog *self)
{
  g_return_val_if_fail (GLN_IS_PASTE_DIALOG (self), 0);

  return self->papers ? self->papers->len : 0;
}
