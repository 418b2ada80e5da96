/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The columns of the comparison board: cells for ratings, Key results and code links, the
 * user's criteria columns with their sorters and header menus, and their layout (order,
 * width, visibility), which the store keeps. */

#define G_LOG_DOMAIN "gln-board-view"

#include "config.h"

#include <glib/gi18n.h>

#include "gln-board-view-private.h"

#include "gln-board-cell.h"
#include "gln-column-dialog.h"
#include "gln-rating.h"
#include "gln-review-util.h"

#define COLUMN_ID_KEY "gln-column-id"

static void
column_added_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GlnReviewEdit) edit = user_data;
  g_autoptr(GlnBoardView) self = NULL;
  g_autoptr(GlnBoardColumn) column = NULL;
  g_autoptr(GError) error = NULL;

  column = gln_store_add_board_column_finish (GLN_STORE (object), result, &error);
  if (!(self = _gln_board_view_edit_finish (edit)))
    return;

  if (column == NULL)
    {
      _gln_board_view_show_error (self, _("Could not add the column"), error);
      return;
    }

  g_ptr_array_add (self->columns, g_steal_pointer (&column));
  _gln_board_view_rebuild_columns (self);
}

static void
store_layout (GlnBoardView   *self,
              GlnBoardColumn *column)
{
  gln_store_update_board_column_async (self->store, column, NULL, _gln_board_view_edit_done_cb,
                                       _gln_board_view_edit_new (self, NULL, NULL));
}

/* The sort drop-down lists the visible columns that sort, after the order they were added;
 * self->sort_columns holds them from its second row on. */
static void
rebuild_sort_choices (GlnBoardView *self)
{
  GListModel *view_columns = gtk_column_view_get_columns (self->column_view);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  self->updating_sort = TRUE;
  g_ptr_array_set_size (self->sort_columns, 0);
  g_ptr_array_add (names, (gpointer) _("Order Added"));
  for (guint i = 0; i < g_list_model_get_n_items (view_columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) view_column = g_list_model_get_item (view_columns, i);

      if (gtk_column_view_column_get_sorter (view_column) == NULL ||
          !gtk_column_view_column_get_visible (view_column))
        continue;
      g_ptr_array_add (self->sort_columns, g_object_ref (view_column));
      g_ptr_array_add (names, (gpointer) gtk_column_view_column_get_title (view_column));
    }
  g_ptr_array_add (names, NULL);
  gtk_string_list_splice (self->sort_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->sort_names)),
                          (const char * const *) names->pdata);
  gtk_drop_down_set_selected (self->sort_dropdown, 0);
  self->updating_sort = FALSE;
}

static void
sort_changed_cb (GlnBoardView *self)
{
  guint selected = gtk_drop_down_get_selected (self->sort_dropdown);
  gboolean descending = gtk_toggle_button_get_active (self->descending_button);

  if (self->updating_sort || selected > self->sort_columns->len)
    return;

  /* The first row is no column: the order the papers were added in. */
  gtk_column_view_sort_by_column (self->column_view,
                                  selected > 0 ? g_ptr_array_index (self->sort_columns,
                                                                    selected - 1) : NULL,
                                  descending ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING);
}

/* Factories of the fixed columns that need wiring in C. */

static void
rate_cb (GtkListItem *list_item,
         int          value,
         GlnRating   *rating)
{
  GlnBoardView *self = g_object_get_data (G_OBJECT (rating), "gln-board-view");
  GlnReviewItem *item = gtk_list_item_get_item (list_item);

  if (item != NULL && self->store != NULL)
    gln_store_set_rating_async (self->store, gln_review_item_get_paper (item), value, NULL, NULL,
                                NULL);
}

static void
rating_setup_cb (GlnBoardView             *self,
                 GtkListItem              *list_item,
                 GtkSignalListItemFactory *factory)
{
  GtkWidget *rating = gln_rating_new ();

  gtk_widget_set_halign (rating, GTK_ALIGN_START);
  /* Tab does not walk five stars a row: the keys 0 to 5 rate the selected rows (board.rate). */
  for (GtkWidget *star = gtk_widget_get_first_child (rating);
       star != NULL;
       star = gtk_widget_get_next_sibling (star))
    gtk_widget_set_focusable (star, FALSE);
  g_object_set_data (G_OBJECT (rating), "gln-board-view", self);
  g_signal_connect_object (rating, "rate", G_CALLBACK (rate_cb), list_item, G_CONNECT_SWAPPED);
  gtk_list_item_set_child (list_item, rating);
}

static void
rating_bind_cb (GlnBoardView             *self,
                GtkListItem              *list_item,
                GtkSignalListItemFactory *factory)
{
  GlnReviewItem *item = gtk_list_item_get_item (list_item);
  GBinding *binding;

  binding = g_object_bind_property (gln_review_item_get_paper (item), "rating",
                                    gtk_list_item_get_child (list_item), "value",
                                    G_BINDING_SYNC_CREATE);
  g_object_set_data (G_OBJECT (list_item), "gln-binding", binding);
  /* The cell cursor finds a row by its item (gln-board-view-cursor.c). */
  g_object_set_data (G_OBJECT (gtk_list_item_get_child (list_item)), "gln-item", item);
}

static void
rating_unbind_cb (GlnBoardView             *self,
                  GtkListItem              *list_item,
                  GtkSignalListItemFactory *factory)
{
  GBinding *binding = g_object_steal_data (G_OBJECT (list_item), "gln-binding");

  if (binding != NULL)
    g_binding_unbind (binding);
}

static void
code_setup_cb (GlnBoardView             *self,
               GtkListItem              *list_item,
               GtkSignalListItemFactory *factory)
{
  GtkWidget *button = gtk_link_button_new_with_label ("https://", _("Code"));

  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gln_board_cell_set_unfocusable (button);
  gtk_list_item_set_child (list_item, button);
}

static void
code_bind_cb (GlnBoardView             *self,
              GtkListItem              *list_item,
              GtkSignalListItemFactory *factory)
{
  GlnReviewItem *item = gtk_list_item_get_item (list_item);
  const char *url = gln_paper_get_code_url (gln_review_item_get_paper (item));
  GtkWidget *button = gtk_list_item_get_child (list_item);

  g_object_set_data (G_OBJECT (button), "gln-item", item);
  gtk_widget_set_visible (button, url != NULL);
  if (url != NULL)
    gtk_link_button_set_uri (GTK_LINK_BUTTON (button), url);
}

static void
cell_edited_cb (GlnBoardView *self,
                const char   *value,
                GlnBoardCell *cell)
{
  GlnReviewItem *item = gln_board_cell_get_item (cell);

  if (item != NULL)
    _gln_board_view_cell_edited (self, item, gln_board_cell_get_column (cell), value);
}

/* Criteria columns and Key results share these; the factory carries the column, if any. */
static void
cell_setup_cb (GlnBoardView             *self,
               GtkListItem              *list_item,
               GtkSignalListItemFactory *factory)
{
  GtkWidget *cell = gln_board_cell_new (g_object_get_data (G_OBJECT (factory), "gln-column"));

  g_signal_connect_object (cell, "edited", G_CALLBACK (cell_edited_cb), self, G_CONNECT_SWAPPED);
  gtk_list_item_set_child (list_item, cell);
}

static void
cell_bind_cb (GlnBoardView             *self,
              GtkListItem              *list_item,
              GtkSignalListItemFactory *factory)
{
  gln_board_cell_set_item (GLN_BOARD_CELL (gtk_list_item_get_child (list_item)),
                           gtk_list_item_get_item (list_item));
}

static void
cell_unbind_cb (GlnBoardView             *self,
                GtkListItem              *list_item,
                GtkSignalListItemFactory *factory)
{
  gln_board_cell_set_item (GLN_BOARD_CELL (gtk_list_item_get_child (list_item)), NULL);
}

static GtkListItemFactory *
new_cell_factory (GlnBoardView         *self,
                  const GlnBoardColumn *column)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  if (column != NULL)
    g_object_set_data_full (G_OBJECT (factory), "gln-column", gln_board_column_copy (column),
                            (GDestroyNotify) gln_board_column_free);
  g_signal_connect_object (factory, "setup", G_CALLBACK (cell_setup_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (factory, "bind", G_CALLBACK (cell_bind_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (cell_unbind_cb), self,
                           G_CONNECT_SWAPPED);

  return factory;
}

static int
compare_cells (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const GlnBoardColumn *column = user_data;

  return gln_board_column_compare (column,
                                   gln_review_item_get_cell ((GlnReviewItem *) a, column->id),
                                   gln_review_item_get_cell ((GlnReviewItem *) b, column->id));
}

static GMenuModel *
new_header_menu (gint64 column_id)
{
  static const struct { const char *label; const char *action; } items[] = {
    { N_("_Edit Column…"), "board.edit-column" },
    { N_("Move _Left"), "board.move-column-left" },
    { N_("Move _Right"), "board.move-column-right" },
    { N_("_Hide"), "board.hide-column" },
    { N_("_Delete Column…"), "board.delete-column" },
  };
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) layout = g_menu_new ();
  g_autoptr(GMenu) danger = g_menu_new ();

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_(items[i].label), NULL);

      g_menu_item_set_action_and_target_value (item, items[i].action,
                                               g_variant_new_int64 (column_id));
      g_menu_append_item (i + 1 < G_N_ELEMENTS (items) ? layout : danger, item);
    }
  g_menu_append_section (menu, NULL, G_MENU_MODEL (layout));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (danger));

  return G_MENU_MODEL (menu);
}

static gint64
get_column_id (GtkColumnViewColumn *view_column)
{
  gint64 *id = g_object_get_data (G_OBJECT (view_column), COLUMN_ID_KEY);

  return id != NULL ? *id : 0;
}

static gboolean
store_widths_cb (gpointer user_data)
{
  GlnBoardView *self = user_data;

  self->width_source = 0;
  for (guint i = 0; i < self->columns->len; i++)
    {
      GlnBoardColumn *column = g_ptr_array_index (self->columns, i);
      GtkColumnViewColumn *view_column = g_hash_table_lookup (self->view_columns, &column->id);
      int width;

      if (view_column == NULL)
        continue;
      width = MAX (gtk_column_view_column_get_fixed_width (view_column), 0);
      if (width != column->width)
        {
          column->width = width;
          store_layout (self, column);
        }
    }

  return G_SOURCE_REMOVE;
}

static void
fixed_width_changed_cb (GlnBoardView        *self,
                        GParamSpec          *pspec,
                        GtkColumnViewColumn *view_column)
{
  /* A drag resizes continuously: store the width it ends with. */
  if (!self->rebuilding && self->width_source == 0)
    self->width_source = g_timeout_add (500, store_widths_cb, self);
}

/* Persists an order the user made by dragging column headers. */
static gboolean
store_order_cb (gpointer user_data)
{
  GlnBoardView *self = user_data;
  GListModel *view_columns = gtk_column_view_get_columns (self->column_view);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  gboolean changed = FALSE;

  self->order_source = 0;
  for (guint i = 0; i < g_list_model_get_n_items (view_columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) view_column = g_list_model_get_item (view_columns, i);
      GlnBoardColumn *column = _gln_board_view_find_column (self, get_column_id (view_column),
                                                            NULL);

      if (column != NULL)
        g_ptr_array_add (order, column);
    }

  /* Hidden columns keep their place among the others. */
  for (guint i = 0, j = 0; i < self->columns->len && j < order->len; i++)
    {
      GlnBoardColumn *column = g_ptr_array_index (self->columns, i);

      if (column->hidden)
        continue;
      if (g_ptr_array_index (order, j) != column)
        changed = TRUE;
      self->columns->pdata[i] = g_ptr_array_index (order, j++);
    }

  if (!changed)
    return G_SOURCE_REMOVE;

  for (guint i = 0; i < self->columns->len; i++)
    {
      GlnBoardColumn *column = g_ptr_array_index (self->columns, i);

      column->position = i + 1;
      gln_store_move_board_column_async (self->store, column->id, i, NULL, _gln_board_view_edit_done_cb,
                                         _gln_board_view_edit_new (self, NULL, NULL));
    }

  return G_SOURCE_REMOVE;
}

static void
view_columns_changed_cb (GlnBoardView *self,
                         guint         position,
                         guint         removed,
                         guint         added,
                         GListModel   *model)
{
  /* A drag removes the column and inserts it again: look once both are done. */
  if (!self->rebuilding && self->order_source == 0)
    self->order_source = g_idle_add (store_order_cb, self);
}

static void
visible_toggled_cb (GlnBoardView   *self,
                    GtkCheckButton *button)
{
  gint64 *id = g_object_get_data (G_OBJECT (button), COLUMN_ID_KEY);
  GlnBoardColumn *column = _gln_board_view_find_column (self, *id, NULL);
  GtkColumnViewColumn *view_column = g_hash_table_lookup (self->view_columns, id);
  gboolean hidden = !gtk_check_button_get_active (button);

  if (column == NULL || column->hidden == hidden)
    return;

  column->hidden = hidden;
  if (view_column != NULL)
    gtk_column_view_column_set_visible (view_column, !hidden);
  store_layout (self, column);
  rebuild_sort_choices (self);
}

static GtkWidget *
new_column_button (gint64      column_id,
                   const char *icon,
                   const char *action,
                   const char *label)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                          g_variant_new_int64 (column_id));
  gtk_widget_set_tooltip_text (button, label);
  gln_review_set_accessible_label (button, label);
  gtk_widget_add_css_class (button, "flat");

  return button;
}

/* The columns popover: a criteria column per row, shown or hidden, moved, edited, deleted
 * from the keyboard as from its header menu. */
static void
rebuild_columns_popover (GlnBoardView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->columns_box))))
    gtk_box_remove (self->columns_box, child);

  for (guint i = 0; i < self->columns->len; i++)
    {
      GlnBoardColumn *column = g_ptr_array_index (self->columns, i);
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
      GtkWidget *button = gtk_check_button_new_with_label (column->name);
      g_autofree char *left = g_strdup_printf (_("Move “%s” Left"), column->name);
      g_autofree char *right = g_strdup_printf (_("Move “%s” Right"), column->name);
      g_autofree char *edit = g_strdup_printf (_("Edit “%s”"), column->name);
      g_autofree char *delete = g_strdup_printf (_("Delete “%s”"), column->name);

      gtk_check_button_set_active (GTK_CHECK_BUTTON (button), !column->hidden);
      gtk_widget_set_hexpand (button, TRUE);
      gtk_widget_set_margin_end (button, 12);
      g_object_set_data_full (G_OBJECT (button), COLUMN_ID_KEY,
                              g_memdup2 (&column->id, sizeof column->id), g_free);
      g_signal_connect_swapped (button, "toggled", G_CALLBACK (visible_toggled_cb), self);
      gtk_box_append (GTK_BOX (row), button);
      gtk_box_append (GTK_BOX (row), new_column_button (column->id, "go-previous-symbolic",
                                                        "board.move-column-left", left));
      gtk_box_append (GTK_BOX (row), new_column_button (column->id, "go-next-symbolic",
                                                        "board.move-column-right", right));
      gtk_box_append (GTK_BOX (row), new_column_button (column->id, "document-edit-symbolic",
                                                        "board.edit-column", edit));
      gtk_box_append (GTK_BOX (row), new_column_button (column->id, "user-trash-symbolic",
                                                        "board.delete-column", delete));
      gtk_box_append (self->columns_box, row);
    }

  if (self->columns->len == 0)
    {
      GtkWidget *label = gtk_label_new (_("Add a column to compare the papers on a criterion."));

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 30);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (self->columns_box, label);
    }
}

static GtkColumnViewColumn *
new_view_column (GlnBoardView   *self,
                 GlnBoardColumn *column)
{
  g_autoptr(GtkListItemFactory) factory = new_cell_factory (self, column);
  g_autoptr(GMenuModel) menu = new_header_menu (column->id);
  GtkColumnViewColumn *view_column = gtk_column_view_column_new (column->name,
                                                                 g_steal_pointer (&factory));
  g_autoptr(GtkSorter) sorter = NULL;

  sorter = GTK_SORTER (gtk_custom_sorter_new (compare_cells, gln_board_column_copy (column),
                                              (GDestroyNotify) gln_board_column_free));
  gtk_column_view_column_set_sorter (view_column, sorter);
  gtk_column_view_column_set_header_menu (view_column, menu);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_column_set_visible (view_column, !column->hidden);
  if (column->width > 0)
    gtk_column_view_column_set_fixed_width (view_column, column->width);
  else if (column->kind == GLN_BOARD_KIND_TEXT)
    gtk_column_view_column_set_fixed_width (view_column, 240);
  g_object_set_data_full (G_OBJECT (view_column), COLUMN_ID_KEY,
                          g_memdup2 (&column->id, sizeof column->id), g_free);
  g_signal_connect_object (view_column, "notify::fixed-width",
                           G_CALLBACK (fixed_width_changed_cb), self, G_CONNECT_SWAPPED);

  return view_column;
}

/**
 * _gln_board_view_rebuild_columns:
 * @self: a #GlnBoardView
 *
 * Shows the criteria columns of self->columns, after Rating and before Key results.
 */
void
_gln_board_view_rebuild_columns (GlnBoardView *self)
{
  GListModel *view_columns = gtk_column_view_get_columns (self->column_view);
  GHashTableIter iter;
  gpointer value;
  guint position = 0;

  self->rebuilding = TRUE;

  g_hash_table_iter_init (&iter, self->view_columns);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    gtk_column_view_remove_column (self->column_view, value);
  g_hash_table_remove_all (self->view_columns);

  for (guint i = 0; i < g_list_model_get_n_items (view_columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) view_column = g_list_model_get_item (view_columns, i);

      if (view_column == self->rating_column)
        position = i + 1;
    }

  for (guint i = 0; self->columns != NULL && i < self->columns->len; i++)
    {
      GlnBoardColumn *column = g_ptr_array_index (self->columns, i);
      g_autoptr(GtkColumnViewColumn) view_column = new_view_column (self, column);

      gtk_column_view_insert_column (self->column_view, position++, view_column);
      g_hash_table_insert (self->view_columns, g_memdup2 (&column->id, sizeof column->id),
                           view_column);
    }

  self->rebuilding = FALSE;

  if (self->columns == NULL)
    self->columns = g_ptr_array_new_with_free_func ((GDestroyNotify) gln_board_column_free);
  rebuild_columns_popover (self);
  rebuild_sort_choices (self);
  _gln_board_view_update_cursor (self);
}

void
_gln_board_view_setup_columns (GlnBoardView *self)
{
  g_autoptr(GtkListItemFactory) rating = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkListItemFactory) code = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkListItemFactory) results = new_cell_factory (self, NULL);

  g_signal_connect_object (rating, "setup", G_CALLBACK (rating_setup_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (rating, "bind", G_CALLBACK (rating_bind_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (rating, "unbind", G_CALLBACK (rating_unbind_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_column_view_column_set_factory (self->rating_column, rating);

  g_signal_connect_object (code, "setup", G_CALLBACK (code_setup_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (code, "bind", G_CALLBACK (code_bind_cb), self, G_CONNECT_SWAPPED);
  gtk_column_view_column_set_factory (self->code_column, code);

  gtk_column_view_column_set_factory (self->key_results_column, results);

  g_signal_connect_object (gtk_column_view_get_columns (self->column_view), "items-changed",
                           G_CALLBACK (view_columns_changed_cb), self, G_CONNECT_SWAPPED);
  self->columns = g_ptr_array_new_with_free_func ((GDestroyNotify) gln_board_column_free);
  self->sort_columns = g_ptr_array_new_with_free_func ((GDestroyNotify) g_object_unref);
  rebuild_columns_popover (self);
  rebuild_sort_choices (self);
}

void
_gln_board_view_dispose_columns (GlnBoardView *self)
{
  /* Disposing the column view removes its columns: that is no reordering to store. */
  if (self->column_view != NULL)
    g_signal_handlers_disconnect_by_func (gtk_column_view_get_columns (self->column_view),
                                          view_columns_changed_cb, self);
  g_clear_handle_id (&self->order_source, g_source_remove);

  /* Widths dragged just before closing the board are still stored. */
  if (self->width_source != 0)
    {
      g_clear_handle_id (&self->width_source, g_source_remove);
      if (self->store != NULL)
        store_widths_cb (self);
    }
  if (self->view_columns != NULL)
    g_hash_table_remove_all (self->view_columns);
}

static void
column_dialog_response_cb (GlnBoardView    *self,
                           const char      *response,
                           GlnColumnDialog *dialog)
{
  g_autoptr(GlnBoardColumn) column = NULL;
  GlnBoardColumn *stored;

  if (g_strcmp0 (response, "save") != 0 || self->store == NULL)
    return;

  column = gln_column_dialog_dup_column (dialog);
  if (column->id == 0)
    {
      gln_board_view_add_column (self, column->name, column->kind,
                                 (const char * const *) column->choices);
      return;
    }

  if ((stored = _gln_board_view_find_column (self, column->id, NULL)) == NULL)
    return;
  g_free (stored->name);
  stored->name = g_strdup (column->name);
  g_strfreev (stored->choices);
  stored->choices = g_strdupv (column->choices);
  store_layout (self, stored);
  _gln_board_view_rebuild_columns (self);
}

static void
show_column_dialog (GlnBoardView         *self,
                    const GlnBoardColumn *column)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog = gln_column_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                             column);

  g_signal_connect_object (dialog, "response", G_CALLBACK (column_dialog_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_column_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  show_column_dialog (GLN_BOARD_VIEW (widget), NULL);
}

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    GlnBoardView     *self)
{
  gint64 *id = g_object_get_data (G_OBJECT (dialog), COLUMN_ID_KEY);
  guint index;

  if (g_strcmp0 (response, "delete") != 0 || self->store == NULL ||
      _gln_board_view_find_column (self, *id, &index) == NULL)
    return;

  gln_store_delete_board_column_async (self->store, *id, NULL, _gln_board_view_edit_done_cb,
                                       _gln_board_view_edit_new (self, NULL, NULL));
  g_ptr_array_remove_index (self->columns, index);
  _gln_board_view_rebuild_columns (self);
}

static void
column_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  GlnBoardView *self = GLN_BOARD_VIEW (widget);
  gint64 id = g_variant_get_int64 (parameter);
  GlnBoardColumn *column;
  guint index;

  if (self->store == NULL || !(column = _gln_board_view_find_column (self, id, &index)))
    return;

  if (g_str_equal (action_name, "board.edit-column"))
    show_column_dialog (self, column);
  else if (g_str_equal (action_name, "board.hide-column"))
    {
      column->hidden = TRUE;
      gtk_column_view_column_set_visible (g_hash_table_lookup (self->view_columns, &id), FALSE);
      store_layout (self, column);
      rebuild_columns_popover (self);
      rebuild_sort_choices (self);
    }
  else if (g_str_equal (action_name, "board.delete-column"))
    {
      GtkRoot *root = gtk_widget_get_root (widget);
      AdwMessageDialog *dialog;

      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root)
                                                                               : NULL,
                                                           _("Delete the Column?"), NULL));
      adw_message_dialog_format_body (dialog, _("Every value in “%s” is lost."), column->name);
      adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "delete", _("_Delete"),
                                        NULL);
      adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
      adw_message_dialog_set_close_response (dialog, "cancel");
      adw_message_dialog_set_default_response (dialog, "cancel");
      g_object_set_data_full (G_OBJECT (dialog), COLUMN_ID_KEY, g_memdup2 (&id, sizeof id),
                              g_free);
      g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
      gtk_window_present (GTK_WINDOW (dialog));
    }
  else
    {
      gboolean left = g_str_equal (action_name, "board.move-column-left");
      guint target;

      if ((left && index == 0) || (!left && index + 1 >= self->columns->len))
        return;

      target = left ? index - 1 : index + 1;
      g_ptr_array_insert (self->columns, target, g_ptr_array_steal_index (self->columns, index));
      gln_store_move_board_column_async (self->store, id, target, NULL, _gln_board_view_edit_done_cb,
                                         _gln_board_view_edit_new (self, NULL, NULL));
      _gln_board_view_rebuild_columns (self);
    }
}

void
_gln_board_view_class_init_columns (GtkWidgetClass *widget_class)
{
  static const char * const column_actions[] = {
    "board.edit-column", "board.move-column-left", "board.move-column-right",
    "board.hide-column", "board.delete-column",
  };

  gtk_widget_class_bind_template_callback (widget_class, sort_changed_cb);
  gtk_widget_class_install_action (widget_class, "board.add-column", NULL, add_column_action);
  for (guint i = 0; i < G_N_ELEMENTS (column_actions); i++)
    gtk_widget_class_install_action (widget_class, column_actions[i], "x", column_action);
}

/**
 * gln_board_view_add_column:
 * @self: a #GlnBoardView
 * @name: the column's title
 * @kind: what its cells hold
 * @choices: (nullable): the values of a choice column
 *
 * Adds a criteria column at the end of the board, as the Add Column dialog does.
 */
void
gln_board_view_add_column (GlnBoardView       *self,
                           const char         *name,
                           GlnBoardKind        kind,
                           const char * const *choices)
{
  g_return_if_fail (GLN_IS_BOARD_VIEW (self));

  if (self->store == NULL || self->collection_id <= 0)
    return;

  gln_store_add_board_column_async (self->store, self->collection_id, name, kind, choices, NULL,
                                    column_added_cb, _gln_board_view_edit_new (self, NULL, NULL));
}
