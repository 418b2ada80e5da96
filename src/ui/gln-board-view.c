/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-board-view"

#include "config.h"

#include <glib/gi18n.h>

#include "gln-board-view-private.h"

#include "gln-plain-text.h"

/* The comparison board of a collection: a GtkColumnView whose rows are its papers, by default
 * the included ones, and whose columns are the paper's details, the user's criteria, Key
 * results and Code. The criteria columns and the layout live in gln-board-view-columns.c,
 * the exports in gln-board-view-export.c. Every edit is shown at once on the row's item and
 * stored by the store's worker; a refused edit is put back. */

enum {
  COMPARE,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (GlnBoardView, gln_board_view, GTK_TYPE_WIDGET)

static guint signals [N_SIGNALS];

/* The rows of the filter drop-down, in the order of the .ui file. */
static const int filters[] = {
  GLN_SCREENING_INCLUDE, GLN_SCREENING_MAYBE, GLN_SCREENING_UNSCREENED, GLN_SCREENING_EXCLUDE, -1,
};

static GlnReviewItem *
find_item (GlnBoardView *self,
           gint64        paper_id)
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

static gboolean
filter_item (gpointer item,
             gpointer user_data)
{
  GlnBoardView *self = user_data;

  return self->filter < 0 || (int) gln_review_item_get_status (item) == self->filter;
}

static gboolean
same_columns (GPtrArray *a,
              GPtrArray *b)
{
  if (a == NULL || a->len != b->len)
    return FALSE;

  for (guint i = 0; i < a->len; i++)
    {
      GlnBoardColumn *x = g_ptr_array_index (a, i);
      GlnBoardColumn *y = g_ptr_array_index (b, i);

      if (x->id != y->id || x->kind != y->kind || x->hidden != y->hidden ||
          x->width != y->width || g_strcmp0 (x->name, y->name) != 0 ||
          !((x->choices == NULL && y->choices == NULL) ||
            (x->choices != NULL && y->choices != NULL &&
             g_strv_equal ((const char * const *) x->choices,
                           (const char * const *) y->choices))))
        return FALSE;
    }

  return TRUE;
}

static void
update_rows (GlnBoardView *self)
{
  guint n_rows = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  g_autofree char *count = NULL;

  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u paper", "%u papers", n_rows), n_rows);
  gtk_label_set_label (self->count_label, self->info != NULL ? count : "");

  if (n_rows > 0)
    gtk_stack_set_visible_child_name (self->stack, "board");
  else
    {
      const char *description;

      if (self->info == NULL || g_list_model_get_n_items (G_LIST_MODEL (self->items)) == 0)
        description = _("Add papers to this collection from the library, then screen them.");
      else if (self->filter == GLN_SCREENING_INCLUDE)
        description = _("No paper is included yet. Screen the collection, or show all its "
                        "papers.");
      else
        description = _("No paper of the collection has this decision.");
      gln_status_page_set_description_text (self->empty_page, description);
      gtk_widget_set_visible (self->show_all_button,
                              self->filter >= 0 &&
                              g_list_model_get_n_items (G_LIST_MODEL (self->items)) > 0);
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }
}

static void
apply_state (GlnBoardView  *self,
             GlnBoardState *state)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  gboolean changed = FALSE;

  if (!(items = gln_collection_loader_merge_items (self->loader, G_LIST_MODEL (self->items),
                                                   state, &changed, &error)))
    {
      _gln_board_view_show_error (self, _("Could not load the board"), error);
      return;
    }

  g_clear_pointer (&self->info, gln_collection_info_free);
  self->info = g_steal_pointer (&state->info);

  if (!same_columns (self->columns, state->columns))
    {
      g_clear_pointer (&self->columns, g_ptr_array_unref);
      self->columns = g_steal_pointer (&state->columns);
      _gln_board_view_rebuild_columns (self);
    }

  if (changed)
    g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                         items->pdata, items->len);

  /* Decisions may have changed in screening mode. */
  gtk_filter_changed (GTK_FILTER (self->status_filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_rows (self);
}

static void
loaded_cb (GlnBoardView        *self,
           GlnBoardState       *state,
           GlnCollectionLoader *loader)
{
  apply_state (self, state);
}

static void
load_failed_cb (GlnBoardView        *self,
                const GError        *error,
                GlnCollectionLoader *loader)
{
  _gln_board_view_show_error (self, _("Could not load the board"), error);
}

static void
filter_changed_cb (GlnBoardView *self,
                   GParamSpec   *pspec,
                   GtkDropDown  *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (selected < G_N_ELEMENTS (filters))
    gln_board_view_set_filter (self, filters[selected]);
}

static void
rows_changed_cb (GlnBoardView *self,
                 guint         position,
                 guint         removed,
                 guint         added,
                 GListModel   *model)
{
  update_rows (self);
  _gln_board_view_update_cursor (self);
}

static void
selection_changed_cb (GlnBoardView      *self,
                      guint              position,
                      guint              n_items,
                      GtkSelectionModel *selection)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (selection);
  guint64 n_selected = gtk_bitset_get_size (selected);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.compare",
                                 n_selected >= 2 && n_selected <= 5);
}

/* The keys 0 to 5 rate the selected papers of the board. */
static void
rate_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  GlnBoardView *self = GLN_BOARD_VIEW (widget);
  GtkSelectionModel *model = GTK_SELECTION_MODEL (self->selection);
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (model);
  GtkBitsetIter iter;
  guint position;

  if (self->store == NULL)
    return;

  for (gboolean more = gtk_bitset_iter_init_first (&iter, selected, &position);
       more;
       more = gtk_bitset_iter_next (&iter, &position))
    {
      g_autoptr(GlnReviewItem) item = g_list_model_get_item (G_LIST_MODEL (self->selection),
                                                             position);

      gln_store_set_rating_async (self->store, gln_review_item_get_paper (item),
                                  g_variant_get_int32 (parameter), NULL, NULL, NULL);
    }
}

static void
compare_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  GlnBoardView *self = GLN_BOARD_VIEW (widget);
  g_autoptr(GPtrArray) papers = gln_board_view_dup_selected (self);

  if (papers->len >= 2 && papers->len <= 5)
    g_signal_emit (self, signals [COMPARE], 0, papers);
}

static void
show_all_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  gln_board_view_set_filter (GLN_BOARD_VIEW (widget), -1);
}

static void
cell_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GlnReviewEdit) edit = user_data;
  g_autoptr(GlnBoardView) self = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *value = NULL;

  value = gln_store_set_board_cell_finish (GLN_STORE (object), result, &error);
  if (!(self = _gln_board_view_edit_finish (edit)))
    return;

  if (value == NULL)
    {
      gln_review_item_set_cell (edit->item, edit->column_id, edit->previous);
      g_signal_emit_by_name (edit->item, "cell-changed", edit->column_id);
      _gln_board_view_show_error (self, _("Could not save the cell"), error);
      return;
    }

  gln_review_item_set_cell (edit->item, edit->column_id, value);
}

/* Finishes the edits that return nothing: Key results, and the layout of the columns. */
void
_gln_board_view_edit_done_cb (GObject      *object,
                              GAsyncResult *result,
                              gpointer      user_data)
{
  g_autoptr(GlnReviewEdit) edit = user_data;
  g_autoptr(GlnBoardView) self = NULL;
  g_autoptr(GError) error = NULL;

  gln_store_edit_finish (GLN_STORE (object), result, &error);
  if (!(self = _gln_board_view_edit_finish (edit)) || error == NULL)
    return;

  /* What the board shows is what the user did; when storing fails, show what is stored. */
  if (edit->item != NULL)
    {
      gln_review_item_set_key_results (edit->item, edit->previous);
      _gln_board_view_show_error (self, _("Could not save the Key results"), error);
    }
  else
    {
      _gln_board_view_show_error (self, _("Could not change the board"), error);
      gln_board_view_reload (self);
    }
}

/* Called by the cells of gln-board-view-columns.c; @column is NULL for Key results. */
void
_gln_board_view_cell_edited (GlnBoardView         *self,
                             GlnReviewItem        *item,
                             const GlnBoardColumn *column,
                             const char           *value)
{
  g_autofree char *normalized = NULL;
  g_autoptr(GError) error = NULL;
  GlnReviewEdit *edit;

  if (self->store == NULL || self->collection_id <= 0)
    return;

  if (column == NULL)
    {
      edit = _gln_board_view_edit_new (self, item, gln_review_item_get_key_results (item));
      gln_store_set_key_results_async (self->store, self->collection_id,
                                       gln_review_item_get_paper_id (item), value, NULL,
                                       _gln_board_view_edit_done_cb, edit);
      gln_review_item_set_key_results (item, value);
      _gln_board_view_announce_cursor (self);
      return;
    }

  /* Checked here too, so that a typo is answered before the store is asked. */
  if (!gln_board_column_normalize (column, value, &normalized, &error))
    {
      g_signal_emit_by_name (item, "cell-changed", column->id);
      _gln_board_view_show_message (self, error->message);
      return;
    }

  edit = _gln_board_view_edit_new (self, item, gln_review_item_get_cell (item, column->id));
  edit->column_id = column->id;
  gln_store_set_board_cell_async (self->store, column, gln_review_item_get_paper_id (item), value,
                                  NULL, cell_done_cb, edit);
  gln_review_item_set_cell (item, column->id, normalized);
  _gln_board_view_announce_cursor (self);
}

void
_gln_board_view_show_message (GlnBoardView *self,
                              const char   *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, gln_toast_new_text (message));
}

void
_gln_board_view_show_error (GlnBoardView *self,
                            const char   *prefix,
                            const GError *error)
{
  g_autofree char *message = gln_error_dup_message (prefix, error);

  if (message != NULL)
    _gln_board_view_show_message (self, message);
}

GlnReviewEdit *
_gln_board_view_edit_new (GlnBoardView  *self,
                          GlnReviewItem *item,
                          const char    *previous)
{
  gln_collection_loader_begin_edit (self->loader);

  return gln_review_edit_new (self, item, previous);
}

/* Returns: (transfer full) (nullable): the view, unless it is gone */
GlnBoardView *
_gln_board_view_edit_finish (GlnReviewEdit *edit)
{
  g_autoptr(GlnBoardView) self = gln_review_edit_dup_view (edit);

  if (self == NULL || self->store == NULL)
    return NULL;

  gln_collection_loader_end_edit (self->loader);

  return g_steal_pointer (&self);
}

/**
 * _gln_board_view_find_column:
 * @self: a #GlnBoardView
 * @column_id: a criteria column
 * @index: (out) (optional): its place on the board
 *
 * Returns: (transfer none) (nullable): the column as stored
 */
GlnBoardColumn *
_gln_board_view_find_column (GlnBoardView *self,
                             gint64        column_id,
                             guint        *index)
{
  for (guint i = 0; self->columns != NULL && i < self->columns->len; i++)
    {
      GlnBoardColumn *column = g_ptr_array_index (self->columns, i);

      if (column->id == column_id)
        {
          if (index != NULL)
            *index = i;
          return column;
        }
    }

  return NULL;
}

static void
gln_board_view_dispose (GObject *object)
{
  GlnBoardView *self = (GlnBoardView *)object;

  if (self->loader != NULL)
    g_signal_handlers_disconnect_by_data (self->loader, self);
  g_clear_object (&self->loader);
  if (self->column_view != NULL)
    _gln_board_view_dispose_cursor (self);
  _gln_board_view_dispose_columns (self);
  _gln_board_view_dispose_export (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), GLN_TYPE_BOARD_VIEW);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (gln_board_view_parent_class)->dispose (object);
}

static void
gln_board_view_finalize (GObject *object)
{
  GlnBoardView *self = (GlnBoardView *)object;

  g_clear_pointer (&self->info, gln_collection_info_free);
  g_clear_pointer (&self->columns, g_ptr_array_unref);
  g_clear_pointer (&self->view_columns, g_hash_table_unref);
  g_clear_pointer (&self->sort_columns, g_ptr_array_unref);

  G_OBJECT_CLASS (gln_board_view_parent_class)->finalize (object);
}

static void
gln_board_view_map (GtkWidget *widget)
{
  GlnBoardView *self = GLN_BOARD_VIEW (widget);

  GTK_WIDGET_CLASS (gln_board_view_parent_class)->map (widget);

  /* Screening mode may have changed decisions while the board was hidden. */
  gln_collection_loader_refresh (self->loader);
}

static void
gln_board_view_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  GTK_WIDGET_CLASS (gln_board_view_parent_class)->snapshot (widget, snapshot);
  _gln_board_view_snapshot_cursor (GLN_BOARD_VIEW (widget), snapshot);
}

static void
gln_board_view_class_init (GlnBoardViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gln_board_view_dispose;
  object_class->finalize = gln_board_view_finalize;
  widget_class->map = gln_board_view_map;
  widget_class->snapshot = gln_board_view_snapshot;

  /**
   * GlnBoardView::compare:
   * @papers: (element-type GlnPaper): the 2 to 5 papers selected
   *
   * The user asked to see the selected papers side by side.
   */
  signals [COMPARE] =
    g_signal_new ("compare",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_PTR_ARRAY);

  g_type_ensure (GLN_TYPE_REVIEW_ITEM);
  g_type_ensure (GLN_TYPE_PAPER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/gln-board-view.ui");
  gtk_widget_class_bind_template_child (widget_class, GlnBoardView, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, GlnBoardView, filter_dropdown);
  gtk_widget_class_bind_template_child (widget_class, GlnBoardView, count_label);
  gtk_widget_class_bind_template_child (widget_class, GlnBoardView, columns_button);
  gtk_widget_class_bind_template_child (widget_class, GlnBoardView, columns_box);
  gtk_widget_class_bind_template_child (widget_class, GlnBoardView, sort_dropdown);
  gtk_widget_class_bind_template_child (widget_class, GlnBoardView, sort_names);
  gtk_widget_class_bind_template_child (widget_class, GlnBoardView, descending_button);
  gtk_widget_class_bind_template_child (widget_class, GlnBoardView, stack);
  gtk_widget_class_bind_template_child (widget_class, GlnBoardView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, GlnBoardView, show_all_button);
  gtk_widget_class_bind_template_child (widget_class, GlnBoardView, column_view);
  gtk_widget_class_bind_template_child (widget_class, GlnBoardView, selection);
  gtk_widget_class_bind_template_child (widget_class, GlnBoardView, sort_model);
  gtk_widget_class_bind_template_child (widget_class, GlnBoardView, filter_model);
  gtk_widget_class_bind_template_child (widget_class, GlnBoardView, status_filter);
  gtk_widget_class_bind_template_child (widget_class, GlnBoardView, items);
  gtk_widget_class_bind_template_child (widget_class, GlnBoardView, rating_column);
  gtk_widget_class_bind_template_child (widget_class, GlnBoardView, key_results_column);
  gtk_widget_class_bind_template_child (widget_class, GlnBoardView, code_column);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, rows_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, selection_changed_cb);

  gtk_widget_class_install_action (widget_class, "board.compare", NULL, compare_action);
  gtk_widget_class_install_action (widget_class, "board.rate", "i", rate_action);
  for (int i = 0; i <= 5; i++)
    {
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0 + i, 0, "board.rate", "i", i);
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0 + i, 0, "board.rate", "i", i);
    }
  gtk_widget_class_install_action (widget_class, "board.show-all", NULL, show_all_action);
  _gln_board_view_class_init_columns (widget_class);
  _gln_board_view_class_init_export (widget_class);

  gtk_widget_class_set_css_name (widget_class, "boardview");
}

static void
gln_board_view_init (GlnBoardView *self)
{
  self->filter = GLN_SCREENING_INCLUDE;
  self->view_columns = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->loader = gln_collection_loader_new ();
  g_signal_connect_swapped (self->loader, "loaded", G_CALLBACK (loaded_cb), self);
  g_signal_connect_swapped (self->loader, "failed", G_CALLBACK (load_failed_cb), self);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_custom_filter_set_filter_func (self->status_filter, filter_item, self, NULL);
  gln_review_set_accessible_label (GTK_WIDGET (self->filter_dropdown),
                                   _("Show Papers by Decision"));
  gln_review_set_accessible_label (GTK_WIDGET (self->sort_dropdown), _("Sort By"));
  _gln_board_view_setup_columns (self);
  _gln_board_view_setup_cursor (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.compare", FALSE);
  update_rows (self);
}

GtkWidget *
gln_board_view_new (void)
{
  return g_object_new (GLN_TYPE_BOARD_VIEW, NULL);
}

GlnStore *
gln_board_view_get_store (GlnBoardView *self)
{
  g_return_val_if_fail (GLN_IS_BOARD_VIEW (self), NULL);

  return self->store;
}

void
gln_board_view_set_store (GlnBoardView *self,
                          GlnStore     *store)
{
  g_return_if_fail (GLN_IS_BOARD_VIEW (self));
  g_return_if_fail (store == NULL || GLN_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  gln_collection_loader_set_store (self->loader, store);
  self->collection_id = 0;
  gln_board_view_set_collection (self, 0);
}

gint64
gln_board_view_get_collection (GlnBoardView *self)
{
  g_return_val_if_fail (GLN_IS_BOARD_VIEW (self), 0);

  return self->collection_id;
}

/**
 * gln_board_view_set_collection:
 * @self: a #GlnBoardView
 * @collection_id: the collection whose board to show, or 0 for none
 */
void
gln_board_view_set_collection (GlnBoardView *self,
                               gint64        collection_id)
{
  g_return_if_fail (GLN_IS_BOARD_VIEW (self));

  if (self->collection_id == collection_id && collection_id > 0)
    return;

  self->collection_id = collection_id;
  g_clear_pointer (&self->info, gln_collection_info_free);
  g_list_store_remove_all (self->items);
  if (self->columns != NULL)
    g_ptr_array_set_size (self->columns, 0);
  _gln_board_view_rebuild_columns (self);
  update_rows (self);

  gln_collection_loader_set_collection (self->loader, collection_id);
}

void
gln_board_view_reload (GlnBoardView *self)
{
  g_return_if_fail (GLN_IS_BOARD_VIEW (self));

  gln_collection_loader_reload (self->loader);
}

int
gln_board_view_get_filter (GlnBoardView *self)
{
  g_return_val_if_fail (GLN_IS_BOARD_VIEW (self), -1);

  return self->filter;
}

/**
 * gln_board_view_set_filter:
 * @self: a #GlnBoardView
 * @status: a #GlnScreening to show the papers with that decision, or -1 for all
 */
void
gln_board_view_set_filter (GlnBoardView *self,
                           int           status)
{
  g_return_if_fail (GLN_IS_BOARD_VIEW (self));
  g_return_if_fail (status >= -1 && status <= GLN_SCREENING_MAYBE);

  for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
    if (filters[i] == status && gtk_drop_down_get_selected (self->filter_dropdown) != i)
      gtk_drop_down_set_selected (self->filter_dropdown, i);

  if (self->filter == status)
    return;

  self->filter = status;
  gtk_filter_changed (GTK_FILTER (self->status_filter),
                      status < 0 ? GTK_FILTER_CHANGE_LESS_STRICT : GTK_FILTER_CHANGE_DIFFERENT);
  update_rows (self);
}

guint
gln_board_view_get_n_rows (GlnBoardView *self)
{
  g_return_val_if_fail (GLN_IS_BOARD_VIEW (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
}

/**
 * gln_board_view_lookup_column:
 * @self: a #GlnBoardView
 * @name: a criteria column's name
 *
 * Returns: the column's id, or 0 when the board has no such column
 */
gint64
gln_board_view_lookup_column (GlnBoardView *self,
                              const char   *name)
{
  g_return_val_if_fail (GLN_IS_BOARD_VIEW (self), 0);

  for (guint i = 0; self->columns != NULL && i < self->columns->len; i++)
    {
      GlnBoardColumn *column = g_ptr_array_index (self->columns, i);

      if (g_strcmp0 (column->name, name) == 0)
        return column->id;
    }

  return 0;
}

/**
 * gln_board_view_set_cell:
 * @self: a #GlnBoardView
 * @paper_id: the row's paper
 * @column_id: the criteria column
 * @value: (nullable): the new value, checked against the column's kind; empty clears it
 *
 * Edits a cell as typing in it does.
 */
void
gln_board_view_set_cell (GlnBoardView *self,
                         gint64        paper_id,
                         gint64        column_id,
                         const char   *value)
{
  GlnReviewItem *item;
  GlnBoardColumn *column;

  g_return_if_fail (GLN_IS_BOARD_VIEW (self));

  if ((item = find_item (self, paper_id)) != NULL &&
      (column = _gln_board_view_find_column (self, column_id, NULL)) != NULL)
    _gln_board_view_cell_edited (self, item, column, value);
}

/**
 * gln_board_view_set_key_results:
 * @self: a #GlnBoardView
 * @paper_id: the row's paper
 * @text: (nullable): the user's Key results; "" clears them, %NULL goes back to the ones
 *   extracted from the abstract
 */
void
gln_board_view_set_key_results (GlnBoardView *self,
                                gint64        paper_id,
                                const char   *text)
{
  GlnReviewItem *item;

  g_return_if_fail (GLN_IS_BOARD_VIEW (self));

  if ((item = find_item (self, paper_id)) != NULL)
    _gln_board_view_cell_edited (self, item, NULL, text);
}

/**
 * gln_board_view_dup_selected:
 * @self: a #GlnBoardView
 *
 * Returns: (transfer full) (element-type GlnPaper): the papers of the selected rows, in the
 *   board's order
 */
GPtrArray *
gln_board_view_dup_selected (GlnBoardView *self)
{
  g_autoptr(GtkBitset) selected = NULL;
  GPtrArray *papers;
  GtkBitsetIter iter;
  guint position;

  g_return_val_if_fail (GLN_IS_BOARD_VIEW (self), NULL);

  papers = g_ptr_array_new_with_free_func (g_object_unref);
  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  for (gboolean ok = gtk_bitset_iter_init_first (&iter, selected, &position);
       ok;
       ok = gtk_bitset_iter_next (&iter, &position))
    {
      g_autoptr(GlnReviewItem) item = g_list_model_get_item (G_LIST_MODEL (self->selection),
                                                             position);

      g_ptr_array_add (papers, g_object_ref (gln_review_item_get_paper (item)));
    }

  return papers;
}

/**
 * gln_board_view_is_busy:
 * @self: a #GlnBoardView
 *
 * Returns: whether the view waits for the store, loading or storing an edit
 */
gboolean
gln_board_view_is_busy (GlnBoardView *self)
{
  g_return_val_if_fail (GLN_IS_BOARD_VIEW (self), FALSE);

  return gln_collection_loader_is_busy (self->loader);
}

/* A button of the toolbar with its label, or by its icon only: the label and icon are kept
 * on the button, and it keeps its tooltip and accessible name. */
static void
set_button_labelled (GtkWidget *button,
                     gboolean   labelled)
{
  GtkWidget *child = GTK_IS_MENU_BUTTON (button)
                     ? gtk_menu_button_get_child (GTK_MENU_BUTTON (button))
                     : gtk_button_get_child (GTK_BUTTON (button));
  const char *icon;
  GtkWidget *content;

  if (ADW_IS_BUTTON_CONTENT (child) && g_object_get_data (G_OBJECT (button), "label") == NULL)
    {
      g_object_set_data_full (G_OBJECT (button), "label",
                              g_strdup (adw_button_content_get_label (ADW_BUTTON_CONTENT (child))),
                              g_free);
      g_object_set_data_full (G_OBJECT (button), "icon",
                              g_strdup (adw_button_content_get_icon_name (ADW_BUTTON_CONTENT (child))),
                              g_free);
    }
  if ((icon = g_object_get_data (G_OBJECT (button), "icon")) == NULL ||
      labelled == ADW_IS_BUTTON_CONTENT (child))
    return;

  if (labelled)
    {
      content = adw_button_content_new ();
      adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), icon);
      adw_button_content_set_label (ADW_BUTTON_CONTENT (content),
                                    g_object_get_data (G_OBJECT (button), "label"));
      adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
    }
  else
    content = gtk_image_new_from_icon_name (icon);

  if (GTK_IS_MENU_BUTTON (button))
    gtk_menu_button_set_child (GTK_MENU_BUTTON (button), content);
  else
    gtk_button_set_child (GTK_BUTTON (button), content);
}

/**
 * gln_board_view_set_compact:
 * @self: a #GlnBoardView
 * @compact: whether the view is narrow
 *
 * A narrow board shows its buttons by their icons only.
 */
void
gln_board_view_set_compact (GlnBoardView *self,
                            gboolean      compact)
{
  g_return_if_fail (GLN_IS_BOARD_VIEW (self));

  for (GtkWidget *child = gtk_widget_get_first_child (gtk_widget_get_parent
                                                       (GTK_WIDGET (self->count_label)));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_BUTTON (child) || GTK_IS_MENU_BUTTON (child))
      set_button_labelled (child, !compact);
}
