/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-screening-view"

#include "config.h"

#include <glib/gi18n.h>

#include "gln-screening-view-private.h"

#include "gln-latex.h"
#include "gln-markup.h"
#include "gln-plain-text.h"

#define MAX_AUTHORS 12

/* Screening mode: one paper of a collection at a time, large, with the collection's
 * inclusion criteria beside it and its words highlighted in the abstract. A decision is
 * shown at once, stored by the store's worker, and the view moves on to the next paper. The
 * panel beside the paper (criteria, highlighted words, the summary) and the exclusion reason
 * live in gln-screening-view-panel.c. */

G_DEFINE_FINAL_TYPE (GlnScreeningView, gln_screening_view, GTK_TYPE_WIDGET)

/* The rows of the filter drop-down, in the order of the .ui file. */
static const int filters[] = {
  GLN_SCREENING_UNSCREENED, -1, GLN_SCREENING_INCLUDE, GLN_SCREENING_EXCLUDE, GLN_SCREENING_MAYBE,
};

static gboolean
matches_filter (GlnScreeningView *self,
                GlnReviewItem    *item)
{
  return (self->filter < 0 || (int) gln_review_item_get_status (item) == self->filter) &&
         _gln_screening_view_matches_source (self, item);
}

static gboolean
find_in_queue (GlnScreeningView *self,
               GlnReviewItem    *item,
               guint            *index)
{
  return item != NULL && g_ptr_array_find (self->queue, item, index);
}

static GlnReviewItem *
find_item (GlnScreeningView *self,
           gint64            paper_id)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->items));

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GlnReviewItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      if (gln_review_item_get_paper_id (item) == paper_id)
        return item;
    }

  return NULL;
}

void
_gln_screening_view_show_toast (GlnScreeningView *self,
                                const char       *prefix,
                                const GError     *error)
{
  g_autofree char *message = gln_error_dup_message (prefix, error);

  if (message != NULL)
    adw_toast_overlay_add_toast (self->toast_overlay, gln_toast_new_text (message));
}

static void
update_decision (GlnScreeningView *self)
{
  static const char * const classes[] = { "success", "error", "warning", "dim-label" };
  GlnScreening status;
  g_autofree char *label = NULL;

  if (self->current == NULL)
    return;

  status = gln_review_item_get_status (self->current);
  g_object_get (self->current, "screening-label", &label, NULL);
  gtk_label_set_label (self->decision_label, label);
  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->decision_label), classes[i]);
  gtk_widget_add_css_class (GTK_WIDGET (self->decision_label),
                            status == GLN_SCREENING_INCLUDE ? "success"
                            : status == GLN_SCREENING_EXCLUDE ? "error"
                            : status == GLN_SCREENING_MAYBE ? "warning" : "dim-label");
}

static void
update_position (GlnScreeningView *self)
{
  g_autofree char *text = NULL;
  guint index;

  if (!find_in_queue (self, self->current, &index))
    return;

  /* Translators: where the paper on screen is in the papers shown, e.g. "Paper 3 of 10" */
  text = g_strdup_printf (_("Paper %u of %u"), index + 1, self->queue->len);
  gtk_label_set_label (self->position_label, text);
}

void
_gln_screening_view_update_text (GlnScreeningView *self)
{
  GlnPaper *paper;
  g_autofree char *title_markup = NULL;
  g_autofree char *title = NULL;
  g_autofree char *authors = NULL;
  g_autofree char *meta = NULL;

  if (self->current == NULL)
    return;

  paper = gln_review_item_get_paper (self->current);
  title_markup = gln_latex_to_markup (gln_paper_get_title (paper));
  title = _gln_screening_view_decorate (self, title_markup, FALSE, NULL);
  gtk_label_set_markup (self->title_label, title);

  authors = gln_review_dup_authors (paper, MAX_AUTHORS);
  gtk_label_set_label (self->authors_label, authors);
  gtk_widget_set_visible (GTK_WIDGET (self->authors_label), authors != NULL);
  meta = gln_review_dup_meta (paper);
  gtk_label_set_label (self->meta_label, meta);
  gtk_widget_set_visible (GTK_WIDGET (self->meta_label), meta != NULL);

  if (gln_paper_get_abstract (paper) != NULL)
    {
      g_autofree char *markup = gln_latex_to_markup (gln_paper_get_abstract (paper));
      g_autofree char *found = NULL;
      g_autofree char *abstract = _gln_screening_view_decorate (self, markup, TRUE, &found);
      g_autofree char *large = g_strconcat ("<span size=\"large\">", abstract, "</span>", NULL);

      gtk_label_set_markup (self->abstract_label, large);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->abstract_label),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, found, -1);
    }
  else
    {
      g_autofree char *none = g_markup_printf_escaped ("<i>%s</i>", _("No abstract available."));

      gtk_label_set_markup (self->abstract_label, none);
    }
}

static void
update_actions (GlnScreeningView *self)
{
  gboolean has_paper = self->current != NULL;
  guint index = 0;
  gboolean in_queue = find_in_queue (self, self->current, &index);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "screening.decide", has_paper);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "screening.exclude", has_paper);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "screening.ask-reason", has_paper);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "screening.mark-selection", has_paper);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "screening.previous",
                                 in_queue ? index > 0 : self->queue->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "screening.next",
                                 in_queue && index + 1 < self->queue->len);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "screening.undo", self->collection_id > 0);
}

static void
show_item (GlnScreeningView *self,
           GlnReviewItem    *item)
{
  g_set_object (&self->current, item);

  if (item != NULL)
    {
      GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->paper_scroll);

      update_position (self);
      update_decision (self);
      _gln_screening_view_update_text (self);
      _gln_screening_view_update_provenance (self);
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
      gtk_stack_set_visible_child_name (self->stack, "paper");
    }
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->items)) == 0)
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else
    {
      const char *description;

      if (self->filter == GLN_SCREENING_UNSCREENED && self->source != 0)
        description = _("Every paper from this source has a decision.");
      else if (self->filter == GLN_SCREENING_UNSCREENED)
        description = _("Every paper in this collection has a decision.");
      else if (self->filter < 0)
        description = _("You went through every paper of the collection.");
      else
        description = _("No paper of the collection has this decision.");
      gln_status_page_set_description_text (self->done_page, description);
      gtk_widget_set_visible (self->done_button, self->filter >= 0 || self->source != 0);
      gtk_stack_set_visible_child_name (self->stack, "done");
    }

  update_actions (self);
}

static void
rebuild_queue (GlnScreeningView *self)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->items));

  g_ptr_array_set_size (self->queue, 0);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GlnReviewItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      if (matches_filter (self, item) || item == self->current)
        g_ptr_array_add (self->queue, g_steal_pointer (&item));
    }
}

/* Shows a paper, whether the filter lets it in the queue or not. */
static void
show_wherever (GlnScreeningView *self,
               GlnReviewItem    *item)
{
  if (!find_in_queue (self, item, NULL))
    {
      g_set_object (&self->current, item);
      rebuild_queue (self);
    }
  show_item (self, item);
}

/* Moves on after a decision: the next paper that still fits the filter, coming back round
 * to those skipped earlier unless every paper is shown. */
static void
advance (GlnScreeningView *self)
{
  guint index = 0;
  gboolean found = find_in_queue (self, self->current, &index);
  guint start = found ? index + 1 : 0;

  for (guint i = start; i < self->queue->len; i++)
    if (matches_filter (self, g_ptr_array_index (self->queue, i)))
      {
        show_item (self, g_ptr_array_index (self->queue, i));
        return;
      }

  if (self->filter >= 0)
    for (guint i = 0; i < MIN (start, self->queue->len); i++)
      {
        GlnReviewItem *item = g_ptr_array_index (self->queue, i);

        if (item != self->current && matches_filter (self, item))
          {
            show_item (self, item);
            return;
          }
      }

  show_item (self, NULL);
}

/* The filters changed: the queue is made again, from its start when @restart or when the
 * paper on screen no longer fits. */
void
_gln_screening_view_refilter (GlnScreeningView *self,
                              gboolean          restart)
{
  if (restart || (self->current != NULL && !matches_filter (self, self->current)))
    g_clear_object (&self->current);
  rebuild_queue (self);
  if (self->current != NULL)
    show_item (self, self->current);
  else if (self->info != NULL)
    advance (self);
}

static void
apply_state (GlnScreeningView *self,
             GlnBoardState    *state)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  gboolean changed = FALSE;
  GlnReviewItem *current = self->current;

  if (!(items = gln_collection_loader_merge_items (self->loader, G_LIST_MODEL (self->items),
                                                   state, &changed, &error)))
    {
      _gln_screening_view_show_toast (self, _("Could not load the collection"), error);
      return;
    }

  if (changed)
    g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                         items->pdata, items->len);

  g_clear_pointer (&self->info, gln_collection_info_free);
  self->info = g_steal_pointer (&state->info);
  g_clear_pointer (&self->reasons, g_strfreev);
  self->reasons = g_steal_pointer (&state->reasons);

  description = g_strstrip (g_strdup (self->info->description ? self->info->description : ""));
  gtk_label_set_label (self->criteria_label,
                       description[0] != '\0' ? description
                       : _("No criteria yet. Describe the review question and what a paper must "
                           "show to be included."));
  _gln_screening_view_update_keywords (self);
  _gln_screening_view_update_summary (self, state->summary);

  /* Keep the paper on screen if it is still in the collection, unless another was asked
   * for before the collection was loaded. */
  if (current != NULL && !g_ptr_array_find (items, current, NULL))
    current = NULL;
  if (self->pending_paper != 0 && find_item (self, self->pending_paper) != NULL)
    current = find_item (self, self->pending_paper);
  self->pending_paper = 0;
  g_set_object (&self->current, current);
  rebuild_queue (self);
  if (current != NULL)
    show_item (self, current);
  else
    advance (self);
}

static void
loaded_cb (GlnScreeningView    *self,
           GlnBoardState       *state,
           GlnCollectionLoader *loader)
{
  gtk_spinner_stop (self->spinner);
  apply_state (self, state);
  _gln_screening_view_load_provenance (self);
}

static void
load_failed_cb (GlnScreeningView    *self,
                const GError        *error,
                GlnCollectionLoader *loader)
{
  gtk_spinner_stop (self->spinner);
  _gln_screening_view_show_toast (self, _("Could not load the collection"), error);
}

GlnReviewEdit *
_gln_screening_view_edit_new (GlnScreeningView *self,
                              GlnReviewItem    *item)
{
  gln_collection_loader_begin_edit (self->loader);

  return gln_review_edit_new (self, item, item ? gln_review_item_get_reason (item) : NULL);
}

/* Returns: (transfer full) (nullable): the view, unless it is gone */
GlnScreeningView *
_gln_screening_view_edit_finish (GlnReviewEdit *edit)
{
  g_autoptr(GlnScreeningView) self = gln_review_edit_dup_view (edit);

  if (self == NULL || self->store == NULL)
    return NULL;

  gln_collection_loader_end_edit (self->loader);

  return g_steal_pointer (&self);
}

static void
apply_change (GlnScreeningView   *self,
              GlnScreeningChange *change)
{
  GlnReviewItem *item = find_item (self, change->paper_id);

  g_clear_pointer (&self->reasons, g_strfreev);
  self->reasons = g_steal_pointer (&change->reasons);
  _gln_screening_view_update_summary (self, change->summary);

  if (item != NULL)
    gln_review_item_set_screening (item, change->status, change->reason);
  if (item != NULL && item == self->current)
    update_decision (self);
}

static void
screen_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GlnReviewEdit) edit = user_data;
  g_autoptr(GlnScreeningChange) change = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GlnScreeningView) self = NULL;

  change = gln_store_screening_finish (GLN_STORE (object), result, &error);
  if (!(self = _gln_screening_view_edit_finish (edit)))
    return;

  if (change == NULL)
    {
      gln_review_item_set_screening (edit->item, edit->previous_status, edit->previous);
      if (edit->item == self->current)
        update_decision (self);
      _gln_screening_view_show_toast (self, _("Could not save the decision"), error);
      return;
    }

  apply_change (self, change);
}

static void
undo_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GlnReviewEdit) edit = user_data;
  g_autoptr(GlnScreeningChange) change = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GlnScreeningView) self = NULL;
  GlnReviewItem *item;

  change = gln_store_screening_finish (GLN_STORE (object), result, &error);
  if (!(self = _gln_screening_view_edit_finish (edit)))
    return;

  if (change == NULL)
    {
      _gln_screening_view_show_toast (self, _("Could not undo"), error);
      return;
    }
  if (change->paper_id == 0)
    {
      adw_toast_overlay_add_toast (self->toast_overlay,
                                   gln_toast_new_text (_("No decision left to undo")));
      _gln_screening_view_update_summary (self, change->summary);
      return;
    }

  apply_change (self, change);

  /* Show the paper whose decision came back, wherever the filter had left it. */
  if ((item = find_item (self, change->paper_id)) != NULL)
    show_wherever (self, item);
}

static void
filter_changed_cb (GlnScreeningView *self,
                   GParamSpec       *pspec,
                   GtkDropDown      *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (selected < G_N_ELEMENTS (filters))
    gln_screening_view_set_filter (self, filters[selected]);
}

static gboolean
activate_link_cb (GlnScreeningView *self,
                  const char       *uri,
                  GtkLabel         *label)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME);
  return TRUE;
}

static void
decide_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  GlnScreeningView *self = GLN_SCREENING_VIEW (widget);
  GlnScreening status;

  if (!gln_screening_from_string (g_variant_get_string (parameter, NULL), &status))
    return;

  if (status == GLN_SCREENING_EXCLUDE)
    gtk_widget_activate_action (widget, "screening.ask-reason", NULL);
  else
    gln_screening_view_decide (self, status, NULL);
}

static void
exclude_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  gln_screening_view_decide (GLN_SCREENING_VIEW (widget), GLN_SCREENING_EXCLUDE,
                             g_variant_get_string (parameter, NULL));
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  gln_screening_view_undo (GLN_SCREENING_VIEW (widget));
}

static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  GlnScreeningView *self = GLN_SCREENING_VIEW (widget);
  gboolean forward = g_str_equal (action_name, "screening.next");
  guint index = 0;

  if (self->queue->len == 0)
    return;

  if (!find_in_queue (self, self->current, &index))
    index = forward ? 0 : self->queue->len - 1;
  else if (forward && index + 1 < self->queue->len)
    index++;
  else if (!forward && index > 0)
    index--;
  else
    return;

  show_item (self, g_ptr_array_index (self->queue, index));
}

static void
show_all_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  gln_screening_view_set_source (GLN_SCREENING_VIEW (widget), 0);
  gln_screening_view_set_filter (GLN_SCREENING_VIEW (widget), -1);
}

static void
gln_screening_view_dispose (GObject *object)
{
  GlnScreeningView *self = (GlnScreeningView *)object;

  if (self->loader != NULL)
    g_signal_handlers_disconnect_by_data (self->loader, self);
  g_clear_object (&self->loader);
  _gln_screening_view_dispose_sources (self);
  if (self->reason_popover != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->reason_popover));
  gtk_widget_dispose_template (GTK_WIDGET (self), GLN_TYPE_SCREENING_VIEW);
  g_clear_object (&self->current);
  g_clear_object (&self->items);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (gln_screening_view_parent_class)->dispose (object);
}

static void
gln_screening_view_finalize (GObject *object)
{
  GlnScreeningView *self = (GlnScreeningView *)object;

  g_clear_pointer (&self->info, gln_collection_info_free);
  g_clear_pointer (&self->queue, g_ptr_array_unref);
  g_clear_pointer (&self->reasons, g_strfreev);
  g_clear_pointer (&self->include_words, g_strfreev);
  g_clear_pointer (&self->exclude_words, g_strfreev);
  g_clear_pointer (&self->include_set, gln_keyword_set_free);
  g_clear_pointer (&self->exclude_set, gln_keyword_set_free);

  G_OBJECT_CLASS (gln_screening_view_parent_class)->finalize (object);
}

static void
gln_screening_view_map (GtkWidget *widget)
{
  GlnScreeningView *self = GLN_SCREENING_VIEW (widget);

  GTK_WIDGET_CLASS (gln_screening_view_parent_class)->map (widget);

  /* The board may have changed decisions while this view was hidden. */
  gln_collection_loader_refresh (self->loader);
}

static void
gln_screening_view_class_init (GlnScreeningViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const struct { guint key; const char *action; const char *target; } keys[] = {
    { GDK_KEY_i, "screening.decide", "include" },
    { GDK_KEY_m, "screening.decide", "maybe" },
    { GDK_KEY_u, "screening.decide", "unscreened" },
    { GDK_KEY_e, "screening.ask-reason", NULL },
    { GDK_KEY_j, "screening.next", NULL },
    { GDK_KEY_k, "screening.previous", NULL },
    { GDK_KEY_h, "screening.mark-selection", "include" },
  };

  object_class->dispose = gln_screening_view_dispose;
  object_class->finalize = gln_screening_view_finalize;
  widget_class->map = gln_screening_view_map;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/gln-screening-view.ui");
  gtk_widget_class_bind_template_child (widget_class, GlnScreeningView, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, GlnScreeningView, filter_dropdown);
  gtk_widget_class_bind_template_child (widget_class, GlnScreeningView, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, GlnScreeningView, stack);
  gtk_widget_class_bind_template_child (widget_class, GlnScreeningView, spinner);
  gtk_widget_class_bind_template_child (widget_class, GlnScreeningView, done_page);
  gtk_widget_class_bind_template_child (widget_class, GlnScreeningView, done_button);
  gtk_widget_class_bind_template_child (widget_class, GlnScreeningView, paper_scroll);
  gtk_widget_class_bind_template_child (widget_class, GlnScreeningView, position_label);
  gtk_widget_class_bind_template_child (widget_class, GlnScreeningView, decision_label);
  gtk_widget_class_bind_template_child (widget_class, GlnScreeningView, title_label);
  gtk_widget_class_bind_template_child (widget_class, GlnScreeningView, authors_label);
  gtk_widget_class_bind_template_child (widget_class, GlnScreeningView, meta_label);
  gtk_widget_class_bind_template_child (widget_class, GlnScreeningView, abstract_label);
  gtk_widget_class_bind_template_child (widget_class, GlnScreeningView, decision_box);
  gtk_widget_class_bind_template_child (widget_class, GlnScreeningView, panel_button);
  gtk_widget_class_bind_template_child (widget_class, GlnScreeningView, edit_criteria_button);
  gtk_widget_class_bind_template_child (widget_class, GlnScreeningView, criteria_stack);
  gtk_widget_class_bind_template_child (widget_class, GlnScreeningView, criteria_label);
  gtk_widget_class_bind_template_child (widget_class, GlnScreeningView, criteria_view);
  gtk_widget_class_bind_template_child (widget_class, GlnScreeningView, summary_list);
  gtk_widget_class_bind_template_child (widget_class, GlnScreeningView, exclude_button);
  gtk_widget_class_bind_template_child (widget_class, GlnScreeningView, reason_popover);
  gtk_widget_class_bind_template_child (widget_class, GlnScreeningView, reason_entry);
  gtk_widget_class_bind_template_child (widget_class, GlnScreeningView, reason_list);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, activate_link_cb);

  gtk_widget_class_install_action (widget_class, "screening.decide", "s", decide_action);
  gtk_widget_class_install_action (widget_class, "screening.exclude", "s", exclude_action);
  gtk_widget_class_install_action (widget_class, "screening.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "screening.next", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "screening.previous", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "screening.show-all", NULL, show_all_action);
  _gln_screening_view_class_init_panel (widget_class);
  _gln_screening_view_class_init_keywords (widget_class);
  _gln_screening_view_class_init_sources (widget_class);

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      if (keys[i].target != NULL)
        gtk_widget_class_add_binding_action (widget_class, keys[i].key, 0, keys[i].action, "s",
                                             keys[i].target);
      else
        gtk_widget_class_add_binding_action (widget_class, keys[i].key, 0, keys[i].action, NULL);
    }
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "screening.toggle-panel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_h, GDK_SHIFT_MASK,
                                       "screening.mark-selection", "s", "exclude");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "screening.undo", NULL);

  gtk_widget_class_set_css_name (widget_class, "screeningview");
}

static void
gln_screening_view_init (GlnScreeningView *self)
{
  self->filter = GLN_SCREENING_UNSCREENED;
  self->items = g_list_store_new (GLN_TYPE_REVIEW_ITEM);
  self->queue = g_ptr_array_new_with_free_func (g_object_unref);
  self->loader = gln_collection_loader_new ();
  g_signal_connect_swapped (self->loader, "loaded", G_CALLBACK (loaded_cb), self);
  g_signal_connect_swapped (self->loader, "failed", G_CALLBACK (load_failed_cb), self);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_parent (GTK_WIDGET (self->reason_popover), self->exclude_button);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gln_review_set_accessible_label (GTK_WIDGET (self->filter_dropdown),
                                   _("Show Papers by Decision"));
  gln_review_set_accessible_label (GTK_WIDGET (self->source_dropdown),
                                   _("Show Papers by Source"));
  gtk_stack_set_visible_child_name (self->stack, "empty");
  _gln_screening_view_init_keywords (self);
  _gln_screening_view_update_keywords (self);
  update_actions (self);
}

GtkWidget *
gln_screening_view_new (void)
{
  return g_object_new (GLN_TYPE_SCREENING_VIEW, NULL);
}

GlnStore *
gln_screening_view_get_store (GlnScreeningView *self)
{
  g_return_val_if_fail (GLN_IS_SCREENING_VIEW (self), NULL);

  return self->store;
}

void
gln_screening_view_set_store (GlnScreeningView *self,
                              GlnStore         *store)
{
  g_return_if_fail (GLN_IS_SCREENING_VIEW (self));
  g_return_if_fail (store == NULL || GLN_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  gln_collection_loader_set_store (self->loader, store);
  self->collection_id = 0;
  gln_screening_view_set_collection (self, 0);
}

gint64
gln_screening_view_get_collection (GlnScreeningView *self)
{
  g_return_val_if_fail (GLN_IS_SCREENING_VIEW (self), 0);

  return self->collection_id;
}

/**
 * gln_screening_view_set_collection:
 * @self: a #GlnScreeningView
 * @collection_id: the collection to screen, or 0 for none
 *
 * Loads the collection from the store and shows its first paper without a decision.
 */
void
gln_screening_view_set_collection (GlnScreeningView *self,
                                   gint64            collection_id)
{
  g_return_if_fail (GLN_IS_SCREENING_VIEW (self));

  if (self->collection_id == collection_id && collection_id > 0)
    return;

  self->collection_id = collection_id;
  g_clear_object (&self->current);
  g_clear_pointer (&self->info, gln_collection_info_free);
  g_ptr_array_set_size (self->queue, 0);
  g_list_store_remove_all (self->items);
  g_clear_pointer (&self->provenance, g_hash_table_unref);

  if (collection_id > 0 && self->store != NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "loading");
      gtk_spinner_start (self->spinner);
    }
  else
    gtk_stack_set_visible_child_name (self->stack, "empty");
  gln_collection_loader_set_collection (self->loader, collection_id);

  update_actions (self);
}

/**
 * gln_screening_view_reload:
 * @self: a #GlnScreeningView
 *
 * Reads the collection again, keeping the paper on screen.
 */
void
gln_screening_view_reload (GlnScreeningView *self)
{
  g_return_if_fail (GLN_IS_SCREENING_VIEW (self));

  gln_collection_loader_reload (self->loader);
}

/**
 * gln_screening_view_get_paper:
 * @self: a #GlnScreeningView
 *
 * Returns: (transfer none) (nullable): the paper on screen
 */
GlnPaper *
gln_screening_view_get_paper (GlnScreeningView *self)
{
  g_return_val_if_fail (GLN_IS_SCREENING_VIEW (self), NULL);

  return self->current ? gln_review_item_get_paper (self->current) : NULL;
}

int
gln_screening_view_get_filter (GlnScreeningView *self)
{
  g_return_val_if_fail (GLN_IS_SCREENING_VIEW (self), -1);

  return self->filter;
}

/**
 * gln_screening_view_set_filter:
 * @self: a #GlnScreeningView
 * @status: a #GlnScreening to go through the papers with that decision, or -1 for all
 */
void
gln_screening_view_set_filter (GlnScreeningView *self,
                               int               status)
{
  g_return_if_fail (GLN_IS_SCREENING_VIEW (self));
  g_return_if_fail (status >= -1 && status <= GLN_SCREENING_MAYBE);

  for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
    if (filters[i] == status && gtk_drop_down_get_selected (self->filter_dropdown) != i)
      gtk_drop_down_set_selected (self->filter_dropdown, i);

  if (self->filter == status)
    return;

  self->filter = status;
  _gln_screening_view_refilter (self, TRUE);
}

/**
 * gln_screening_view_decide:
 * @self: a #GlnScreeningView
 * @status: the decision for the paper on screen
 * @reason: (nullable): why, for an exclusion; a new reason joins the collection's vocabulary
 *
 * Decides on the paper on screen and moves on to the next one.
 */
void
gln_screening_view_decide (GlnScreeningView *self,
                           GlnScreening      status,
                           const char       *reason)
{
  GlnReviewItem *item;
  g_autofree char *stripped = NULL;

  g_return_if_fail (GLN_IS_SCREENING_VIEW (self));

  if ((item = self->current) == NULL || self->store == NULL)
    return;

  stripped = g_strstrip (g_strdup (reason ? reason : ""));
  gln_store_screen_async (self->store, self->collection_id, gln_review_item_get_paper_id (item),
                          status, stripped[0] != '\0' ? stripped : NULL, NULL, screen_done_cb,
                          _gln_screening_view_edit_new (self, item));

  /* Shown at once; put back if storing fails. */
  gln_review_item_set_screening (item, status, stripped);
  advance (self);
}

/**
 * gln_screening_view_undo:
 * @self: a #GlnScreeningView
 *
 * Takes back the collection's last decision, made here or anywhere else, and shows its paper.
 */
void
gln_screening_view_undo (GlnScreeningView *self)
{
  g_return_if_fail (GLN_IS_SCREENING_VIEW (self));

  if (self->store == NULL || self->collection_id <= 0)
    return;

  gln_store_undo_screening_async (self->store, self->collection_id, NULL, undo_done_cb,
                                  _gln_screening_view_edit_new (self, NULL));
}

/**
 * gln_screening_view_is_busy:
 * @self: a #GlnScreeningView
 *
 * Returns: whether the view waits for the store, loading or storing a decision
 */
gboolean
gln_screening_view_is_busy (GlnScreeningView *self)
{
  g_return_val_if_fail (GLN_IS_SCREENING_VIEW (self), FALSE);

  return gln_collection_loader_is_busy (self->loader);
}

/**
 * gln_screening_view_set_compact:
 * @self: a #GlnScreeningView
 * @compact: whether the view is narrow
 *
 * A narrow view puts the decisions on two rows and slimmer buttons; the panel beside the
 * paper folds away on its own, behind a button.
 */
void
gln_screening_view_set_compact (GlnScreeningView *self,
                                gboolean          compact)
{
  g_return_if_fail (GLN_IS_SCREENING_VIEW (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->decision_box),
                                  compact ? GTK_ORIENTATION_VERTICAL : GTK_ORIENTATION_HORIZONTAL);
  /* Narrow, the progress shows as "Paper 3 of 10" and in the summary. */
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), !compact);
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->filters_box),
                                  compact ? GTK_ORIENTATION_VERTICAL : GTK_ORIENTATION_HORIZONTAL);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->decision_box));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    for (GtkWidget *button = gtk_widget_get_first_child (row);
         button != NULL;
         button = gtk_widget_get_next_sibling (button))
      if (compact)
        gtk_widget_remove_css_class (button, "pill");
      else
        gtk_widget_add_css_class (button, "pill");
  if (compact)
    gtk_widget_add_css_class (GTK_WIDGET (self), "compact");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "compact");
}

/**
 * gln_screening_view_show_paper:
 * @self: a #GlnScreeningView
 * @paper_id: a paper of the collection
 *
 * Shows the paper, whatever the filter; the filter's queue goes on from it. Before the
 * collection is loaded, the paper shows once it is.
 *
 * Returns: %FALSE when the paper waits for the collection to load
 */
gboolean
gln_screening_view_show_paper (GlnScreeningView *self,
                               gint64            paper_id)
{
  GlnReviewItem *item;

  g_return_val_if_fail (GLN_IS_SCREENING_VIEW (self), FALSE);

  if (!(item = find_item (self, paper_id)))
    {
      self->pending_paper = paper_id;
      return FALSE;
    }

  show_wherever (self, item);
  return TRUE;
}
