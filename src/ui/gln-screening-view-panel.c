/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The panel beside the paper in screening mode: the inclusion criteria and their editor,
 * the summary with the numbers of a PRISMA flow diagram;
 * and the popover that asks why a paper is excluded. */

#define G_LOG_DOMAIN "gln-screening-view"

#include "config.h"

#include <glib/gi18n.h>

#include "gln-screening-view-private.h"

#include "gln-macros.h"
#include "gln-plain-text.h"
#include "gln-reasons-dialog.h"

static void
update_progress (GlnScreeningView    *self,
                 GlnScreeningSummary *summary)
{
  g_autofree char *text = NULL;
  guint total = 0;
  guint screened;

  for (guint i = 0; i < G_N_ELEMENTS (summary->counts); i++)
    total += summary->counts[i];
  screened = total - summary->counts[GLN_SCREENING_UNSCREENED];

  /* Translators: the screening progress, e.g. "37 of 120 screened" */
  text = g_strdup_printf (_("%u of %u screened"), screened, total);
  gtk_progress_bar_set_text (self->progress_bar, text);
  gtk_progress_bar_set_fraction (self->progress_bar, total > 0 ? (double) screened / total : 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress_bar),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, text, -1);
}

static void
add_summary_row (GlnScreeningView *self,
                 const char       *label,
                 guint             count,
                 gboolean          detail)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *name = gtk_label_new (label);
  g_autofree char *number = g_strdup_printf ("%u", count);
  GtkWidget *count_label = gtk_label_new (number);

  gtk_widget_set_margin_top (box, detail ? 4 : 8);
  gtk_widget_set_margin_bottom (box, detail ? 4 : 8);
  gtk_widget_set_margin_start (box, detail ? 28 : 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_add_css_class (count_label, "numeric");
  if (detail)
    {
      gtk_widget_add_css_class (name, "dim-label");
      gtk_widget_add_css_class (count_label, "dim-label");
    }
  else
    gtk_widget_add_css_class (count_label, "heading");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), count_label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_append (self->summary_list, row);
}

/* The numbers of a PRISMA flow diagram: every decision, and the exclusions by reason. */
void
_gln_screening_view_update_summary (GlnScreeningView    *self,
                                    GlnScreeningSummary *summary)
{
  GtkWidget *child;
  guint total = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->summary_list))))
    gtk_list_box_remove (self->summary_list, child);

  for (guint i = 0; i < G_N_ELEMENTS (summary->counts); i++)
    total += summary->counts[i];

  add_summary_row (self, _("Papers in the collection"), total, FALSE);
  add_summary_row (self, _("Included"), summary->counts[GLN_SCREENING_INCLUDE], FALSE);
  add_summary_row (self, _("Excluded"), summary->counts[GLN_SCREENING_EXCLUDE], FALSE);
  for (guint i = 0; i < summary->reasons->len; i++)
    {
      const char *reason = g_ptr_array_index (summary->reasons, i);

      add_summary_row (self, gln_str_empty0 (reason) ? _("No reason given") : reason,
                       g_array_index (summary->reason_counts, guint, i), TRUE);
    }
  add_summary_row (self, _("Maybe"), summary->counts[GLN_SCREENING_MAYBE], FALSE);
  add_summary_row (self, _("Unscreened"), summary->counts[GLN_SCREENING_UNSCREENED], FALSE);

  update_progress (self, summary);
}

static void
populate_reasons (GlnScreeningView *self)
{
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (self->reason_entry));
  g_autofree char *folded = g_utf8_casefold (typed, -1);
  GtkWidget *child;
  guint n_shown = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->reason_list))))
    gtk_list_box_remove (self->reason_list, child);

  for (guint i = 0; self->reasons != NULL && self->reasons[i] != NULL; i++)
    {
      g_autofree char *reason = g_utf8_casefold (self->reasons[i], -1);
      GtkWidget *row;
      GtkWidget *label;

      if (folded[0] != '\0' && strstr (reason, folded) == NULL)
        continue;

      label = gtk_label_new (self->reasons[i]);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_set_margin_top (label, 8);
      gtk_widget_set_margin_bottom (label, 8);
      gtk_widget_set_margin_start (label, 12);
      gtk_widget_set_margin_end (label, 12);
      row = gtk_list_box_row_new ();
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
      g_object_set_data_full (G_OBJECT (row), "reason", g_strdup (self->reasons[i]), g_free);
      gtk_list_box_append (self->reason_list, row);
      n_shown++;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->reason_list), n_shown > 0);
}

static void
edit_criteria_toggled_cb (GlnScreeningView *self,
                          GtkToggleButton  *button)
{
  if (gtk_toggle_button_get_active (button))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->criteria_view);

      gtk_text_buffer_set_text (buffer, self->info && self->info->description
                                        ? self->info->description : "", -1);
      gtk_stack_set_visible_child_name (self->criteria_stack, "edit");
      gtk_widget_grab_focus (GTK_WIDGET (self->criteria_view));
    }
  else
    gtk_stack_set_visible_child_name (self->criteria_stack, "show");
}

static void
describe_done_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GlnReviewEdit) edit = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GlnScreeningView) self = NULL;

  gln_store_edit_finish (GLN_STORE (object), result, &error);
  if (!(self = _gln_screening_view_edit_finish (edit)))
    return;

  if (error != NULL)
    _gln_screening_view_show_toast (self, _("Could not save the criteria"), error);
  gln_screening_view_reload (self);
}

static void
save_criteria_clicked_cb (GlnScreeningView *self,
                          GtkButton        *button)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->criteria_view);
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  if (self->store == NULL || self->collection_id <= 0)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  gln_store_describe_collection_async (self->store, self->collection_id, text, NULL,
                                       describe_done_cb, _gln_screening_view_edit_new (self, NULL));
  gtk_toggle_button_set_active (self->edit_criteria_button, FALSE);
}

static void
reason_activated_cb (GlnScreeningView *self,
                     GtkWidget        *widget)
{
  g_autofree char *reason = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->reason_entry)));

  gtk_popover_popdown (self->reason_popover);
  gln_screening_view_decide (self, GLN_SCREENING_EXCLUDE, reason);
}

static void
reason_changed_cb (GlnScreeningView *self,
                   GtkEntry         *entry)
{
  populate_reasons (self);
}

static void
reason_row_activated_cb (GlnScreeningView *self,
                         GtkListBoxRow    *row,
                         GtkListBox       *list)
{
  g_autofree char *reason = g_strdup (g_object_get_data (G_OBJECT (row), "reason"));

  gtk_popover_popdown (self->reason_popover);
  gln_screening_view_decide (self, GLN_SCREENING_EXCLUDE, reason);
}

static void
reason_popover_closed_cb (GlnScreeningView *self,
                          GtkPopover       *popover)
{
  /* Keys go back to the view, so that the next decision is one key away. */
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
ask_reason_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  GlnScreeningView *self = GLN_SCREENING_VIEW (widget);
  const char *reason;

  if (self->current == NULL)
    return;

  /* A paper excluded before offers its reason to keep or change. */
  reason = gln_review_item_get_status (self->current) == GLN_SCREENING_EXCLUDE
           ? gln_review_item_get_reason (self->current) : NULL;
  gtk_editable_set_text (GTK_EDITABLE (self->reason_entry), reason ? reason : "");
  populate_reasons (self);
  gtk_popover_popup (self->reason_popover);
  gtk_widget_grab_focus (GTK_WIDGET (self->reason_entry));
}

static void
reasons_changed_cb (GlnScreeningView *self,
                    GlnReasonsDialog *dialog)
{
  g_strfreev (self->reasons);
  self->reasons = g_strdupv ((char **) gln_reasons_dialog_get_reasons (dialog));
  populate_reasons (self);
  gln_screening_view_reload (self);
}

static void
edit_reasons_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  GlnScreeningView *self = GLN_SCREENING_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;

  if (self->store == NULL || self->collection_id <= 0)
    return;

  gtk_popover_popdown (self->reason_popover);
  dialog = gln_reasons_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store,
                                   self->collection_id, (const char * const *) self->reasons);
  g_signal_connect_object (dialog, "changed", G_CALLBACK (reasons_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
toggle_panel_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  GlnScreeningView *self = GLN_SCREENING_VIEW (widget);

  gtk_toggle_button_set_active (self->panel_button,
                                !gtk_toggle_button_get_active (self->panel_button));
}

void
_gln_screening_view_class_init_panel (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, edit_criteria_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_criteria_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, reason_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, reason_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, reason_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, reason_popover_closed_cb);

  gtk_widget_class_install_action (widget_class, "screening.ask-reason", NULL, ask_reason_action);
  gtk_widget_class_install_action (widget_class, "screening.toggle-panel", NULL,
                                   toggle_panel_action);
  gtk_widget_class_install_action (widget_class, "screening.edit-reasons", NULL,
                                   edit_reasons_action);
}
