/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-board-view"

#include "config.h"

#include <glib/gi18n.h>

#include "gln-board-view-private.h"

#include "gln-board-cell.h"
#include "gln-rating.h"

/* The board's cell cursor: a row and one of its cells, moved by the arrow keys, the row's
 * selection following. Enter or F2 edits the cell under it, Tab leaves the board for the next
 * widget instead of walking every cell. GTK 4.8's column view has rows, not cells, to focus:
 * the focus stays on the cursor's row, which is named after the cell for screen readers, and
 * the view draws the cursor over the cell, after the layout, so that a row recycled while
 * scrolling never shows a stale cursor. The cells of a row are told apart by their place, as
 * the columns are laid out left to right. */

/* The GtkListView that holds the rows of the column view. */
static GtkWidget *
get_list_view (GlnBoardView *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      return child;

  return NULL;
}

/* The item a row shows, read from the cells the board made. */
static GlnReviewItem *
get_row_item (GtkWidget *row)
{
  for (GtkWidget *cell = gtk_widget_get_first_child (row);
       cell != NULL;
       cell = gtk_widget_get_next_sibling (cell))
    {
      GtkWidget *child = gtk_widget_get_first_child (cell);
      GlnReviewItem *item = NULL;

      if (child == NULL)
        continue;
      if (GLN_IS_BOARD_CELL (child))
        item = gln_board_cell_get_item (GLN_BOARD_CELL (child));
      else
        item = g_object_get_data (G_OBJECT (child), "gln-item");
      if (item != NULL)
        return item;
    }

  return NULL;
}

static guint
get_n_visible_columns (GlnBoardView *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->column_view);
  guint n_visible = 0;

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (gtk_column_view_column_get_visible (column))
        n_visible++;
    }

  return n_visible;
}

static GtkColumnViewColumn *
get_visible_column (GlnBoardView *self,
                    guint         index)
{
  GListModel *columns = gtk_column_view_get_columns (self->column_view);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (gtk_column_view_column_get_visible (column) && index-- == 0)
        return column;
    }

  return NULL;
}

/* The @index-th cell of @row from the left. */
static GtkWidget *
get_row_cell (GtkWidget *row,
              guint      index)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();
  GtkWidget *found = NULL;

  for (GtkWidget *cell = gtk_widget_get_first_child (row);
       cell != NULL;
       cell = gtk_widget_get_next_sibling (cell))
    if (gtk_widget_should_layout (cell))
      g_ptr_array_add (cells, cell);

  if (index >= cells->len)
    return NULL;

  /* The cell with exactly @index cells left of it. */
  for (guint i = 0; i < cells->len; i++)
    {
      GtkWidget *cell = g_ptr_array_index (cells, i);
      graphene_point_t point;
      guint n_left = 0;

      if (!gtk_widget_compute_point (cell, row, &GRAPHENE_POINT_INIT (0, 0), &point))
        continue;
      for (guint j = 0; j < cells->len; j++)
        {
          graphene_point_t other;

          if (j != i &&
              gtk_widget_compute_point (g_ptr_array_index (cells, j), row,
                                        &GRAPHENE_POINT_INIT (0, 0), &other) &&
              (other.x < point.x || (other.x == point.x && j < i)))
            n_left++;
        }
      if (n_left == index)
        found = cell;
    }

  return found;
}

static guint
find_position (GlnBoardView  *self,
               GlnReviewItem *item)
{
  GListModel *model = G_LIST_MODEL (self->selection);
  guint n_items = g_list_model_get_n_items (model);

  for (guint i = 0; item != NULL && i < n_items; i++)
    {
      g_autoptr(GlnReviewItem) other = g_list_model_get_item (model, i);

      if (other == item)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

/* The row widget showing @position, if it is made. */
static GtkWidget *
find_row (GlnBoardView *self,
          guint         position)
{
  GtkWidget *list_view = get_list_view (self);
  g_autoptr(GlnReviewItem) item = NULL;

  if (list_view == NULL || position >= g_list_model_get_n_items (G_LIST_MODEL (self->selection)))
    return NULL;

  item = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
  for (GtkWidget *row = gtk_widget_get_first_child (list_view);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (gtk_widget_get_child_visible (row) && get_row_item (row) == item)
      return row;

  return NULL;
}

/* What a screen reader says of a cell: its value as the cell shows it. */
static char *
dup_cell_text (GtkWidget *cell)
{
  GtkWidget *child = cell != NULL ? gtk_widget_get_first_child (cell) : NULL;

  if (child == NULL)
    return NULL;
  if (GLN_IS_BOARD_CELL (child))
    return g_strdup (gln_board_cell_get_text (GLN_BOARD_CELL (child)));
  if (GLN_IS_RATING (child))
    {
      int value = gln_rating_get_value (GLN_RATING (child));

      /* Translators: a rating of the board, as a screen reader says it */
      return value > 0 ? g_strdup_printf (_("%d of 5 stars"), value) : NULL;
    }
  if (GTK_IS_LABEL (child))
    return g_strdup (gtk_label_get_text (GTK_LABEL (child)));
  if (GTK_IS_LINK_BUTTON (child) && gtk_widget_get_visible (child))
    return g_strdup (gtk_link_button_get_uri (GTK_LINK_BUTTON (child)));

  return NULL;
}

/* Names the cursor's row after the cell under the cursor, and the paper. */
static void
announce (GlnBoardView *self,
          GtkWidget    *row,
          GtkWidget    *cell)
{
  GtkColumnViewColumn *column = get_visible_column (self, self->cursor_column);
  GlnReviewItem *item = get_row_item (row);
  g_autofree char *title = item != NULL ? gln_review_item_dup_title_text (item) : NULL;
  g_autofree char *value = dup_cell_text (cell);
  g_autofree char *label = NULL;
  const char *name = column != NULL ? gtk_column_view_column_get_title (column) : NULL;

  if (name == NULL || title == NULL)
    return;

  if (g_strcmp0 (value, title) == 0)
    /* Translators: the board's cell cursor on a paper's title: the column, the title */
    label = g_strdup_printf (_("%s: %s"), name, title);
  else if (value != NULL && value[0] != '\0')
    /* Translators: the board's cell cursor, as a screen reader says it: the column, the
     * cell's value, the paper's title */
    label = g_strdup_printf (_("%s: %s, %s"), name, value, title);
  else
    /* Translators: the board's empty cell under the cursor: the column, the paper's title */
    label = g_strdup_printf (_("%s: empty, %s"), name, title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

/**
 * _gln_board_view_announce_cursor:
 * @self: a #GlnBoardView
 *
 * Names the cursor's row again, after an edit changed a value.
 */
void
_gln_board_view_announce_cursor (GlnBoardView *self)
{
  GtkWidget *row = find_row (self, self->cursor_row);

  if (row != NULL)
    announce (self, row, get_row_cell (row, self->cursor_column));
}

static gboolean
focus_in_grid (GlnBoardView *self,
               GtkWidget   **focus)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return *focus != NULL && gtk_widget_is_ancestor (*focus, GTK_WIDGET (self->column_view));
}

/* Puts the cursor where the focus is: on the focused row, and in the focused cell if a
 * widget of a cell has it (after a click, say). */
static void
sync_from_focus (GlnBoardView *self)
{
  GtkWidget *list_view = get_list_view (self);
  GtkWidget *focus;
  GtkWidget *row = NULL;
  GtkWidget *cell = NULL;
  guint position;

  /* The focus the cursor gave stays on the last row made while a new one scrolls in. */
  if (list_view == NULL || !focus_in_grid (self, &focus) || focus == self->cursor_focus)
    return;

  for (GtkWidget *widget = focus; widget != NULL && widget != list_view;
       widget = gtk_widget_get_parent (widget))
    {
      cell = row;
      row = widget;
    }
  if (row == NULL || gtk_widget_get_parent (row) != list_view)
    return;

  position = find_position (self, get_row_item (row));
  if (position == GTK_INVALID_LIST_POSITION)
    return;
  self->cursor_row = position;

  for (guint i = 0; cell != NULL && i < get_n_visible_columns (self); i++)
    if (get_row_cell (row, i) == cell)
      self->cursor_column = i;
}

/**
 * _gln_board_view_update_cursor:
 * @self: a #GlnBoardView
 *
 * Keeps the cursor on the board after its rows or columns changed, and redraws it.
 */
void
_gln_board_view_update_cursor (GlnBoardView *self)
{
  guint n_rows = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  guint n_columns = get_n_visible_columns (self);

  if (n_rows > 0 && self->cursor_row >= n_rows)
    self->cursor_row = n_rows - 1;
  if (n_columns > 0 && self->cursor_column >= n_columns)
    self->cursor_column = n_columns - 1;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Scrolls the board sideways to show the cell under the cursor. */
static void
scroll_to_cell (GlnBoardView *self,
                GtkWidget    *cell)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (self->column_view));
  int width = gtk_widget_get_width (GTK_WIDGET (self->column_view));
  double value;
  graphene_rect_t bounds;

  if (adjustment == NULL || cell == NULL ||
      !gtk_widget_compute_bounds (cell, GTK_WIDGET (self->column_view), &bounds))
    return;

  value = gtk_adjustment_get_value (adjustment);
  if (bounds.origin.x + bounds.size.width > width)
    value += bounds.origin.x + bounds.size.width - width;
  if (bounds.origin.x < 0 || bounds.size.width > width)
    value = gtk_adjustment_get_value (adjustment) + bounds.origin.x;
  gtk_adjustment_set_value (adjustment, value);
}

/* Gives the focus to the cursor's row and names it; FALSE while the row is not made. */
static gboolean
focus_cursor_row (GlnBoardView *self)
{
  GtkWidget *row = find_row (self, self->cursor_row);
  GtkRoot *root;

  if (row == NULL)
    return FALSE;

  gtk_widget_grab_focus (row);
  announce (self, row, get_row_cell (row, self->cursor_column));
  scroll_to_cell (self, get_row_cell (row, self->cursor_column));
  root = gtk_widget_get_root (row);
  g_set_weak_pointer (&self->cursor_focus, root != NULL ? gtk_root_get_focus (root) : NULL);

  return TRUE;
}

static gboolean
focus_cursor_row_tick (GtkWidget     *widget,
                       GdkFrameClock *frame_clock,
                       gpointer       user_data)
{
  GlnBoardView *self = user_data;

  if (!focus_cursor_row (self) && ++self->focus_tries < 10)
    return G_SOURCE_CONTINUE;

  self->focus_tick = 0;
  self->focus_tries = 0;
  return G_SOURCE_REMOVE;
}

static void
move_cursor (GlnBoardView *self,
             int           rows,
             int           columns)
{
  guint n_rows = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  guint n_columns = get_n_visible_columns (self);
  GtkWidget *list_view = get_list_view (self);

  if (n_rows == 0 || n_columns == 0 || list_view == NULL)
    return;

  self->cursor_row = CLAMP ((int) self->cursor_row + rows, 0, (int) n_rows - 1);
  self->cursor_column = CLAMP ((int) self->cursor_column + columns, 0, (int) n_columns - 1);

  if (rows != 0)
    {
      gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), self->cursor_row,
                                       TRUE);
      gtk_widget_activate_action (list_view, "list.scroll-to-item", "u", self->cursor_row);
    }

  /* A row scrolled into view is made at the next layout. */
  if (!focus_cursor_row (self) && self->focus_tick == 0)
    self->focus_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->column_view),
                                                     focus_cursor_row_tick, self, NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Opens the editor of the cell under the cursor; FALSE when it has none. */
static gboolean
edit_cursor_cell (GlnBoardView *self)
{
  GtkWidget *row = find_row (self, self->cursor_row);
  GtkWidget *cell = row != NULL ? get_row_cell (row, self->cursor_column) : NULL;
  GtkWidget *child = cell != NULL ? gtk_widget_get_first_child (cell) : NULL;

  return child != NULL && GLN_IS_BOARD_CELL (child) &&
         gln_board_cell_activate_editor (GLN_BOARD_CELL (child));
}

/* The keys 0 to 5 on a score cell set its score; elsewhere they rate the paper (board.rate). */
static gboolean
score_cursor_cell (GlnBoardView *self,
                   int           value)
{
  GtkWidget *row = find_row (self, self->cursor_row);
  GtkWidget *cell = row != NULL ? get_row_cell (row, self->cursor_column) : NULL;
  GtkWidget *child = cell != NULL ? gtk_widget_get_first_child (cell) : NULL;

  if (child == NULL || !GLN_IS_BOARD_CELL (child) ||
      !gln_board_cell_rate (GLN_BOARD_CELL (child), value))
    return FALSE;

  return TRUE;
}

/* Moves the focus to the widget after (or before) the board's grid. */
static void
leave_grid (GlnBoardView *self,
            gboolean      forward)
{
  GtkDirectionType direction = forward ? GTK_DIR_TAB_FORWARD : GTK_DIR_TAB_BACKWARD;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  for (GtkWidget *widget = GTK_WIDGET (self->column_view);
       widget != NULL && widget != GTK_WIDGET (root);
       widget = gtk_widget_get_parent (widget))
    for (GtkWidget *sibling = forward ? gtk_widget_get_next_sibling (widget)
                                      : gtk_widget_get_prev_sibling (widget);
         sibling != NULL;
         sibling = forward ? gtk_widget_get_next_sibling (sibling)
                           : gtk_widget_get_prev_sibling (sibling))
      if (gtk_widget_get_visible (sibling) && gtk_widget_child_focus (sibling, direction))
        return;

  /* Nothing after the board: around to the window's first widget, as Tab does. */
  if (root != NULL)
    {
      gtk_root_set_focus (root, NULL);
      gtk_widget_child_focus (GTK_WIDGET (root), direction);
    }
}

static gboolean
key_pressed_cb (GlnBoardView          *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  GdkModifierType modifiers = state & gtk_accelerator_get_default_mod_mask ();
  GtkWidget *focus;

  if (!focus_in_grid (self, &focus))
    return FALSE;

  if (keyval == GDK_KEY_Tab || keyval == GDK_KEY_KP_Tab || keyval == GDK_KEY_ISO_Left_Tab)
    {
      if ((modifiers & ~GDK_SHIFT_MASK) != 0)
        return FALSE;
      leave_grid (self, keyval != GDK_KEY_ISO_Left_Tab && (modifiers & GDK_SHIFT_MASK) == 0);
      return TRUE;
    }

  /* Typing in a cell's entry keeps its keys. */
  if (GTK_IS_EDITABLE (focus) || modifiers != 0)
    return FALSE;

  sync_from_focus (self);
  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      move_cursor (self, 0, -1);
      return TRUE;

    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      move_cursor (self, 0, 1);
      return TRUE;

    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      move_cursor (self, -1, 0);
      return TRUE;

    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      move_cursor (self, 1, 0);
      return TRUE;

    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_F2:
      return edit_cursor_cell (self);

    default:
      if (keyval >= GDK_KEY_0 && keyval <= GDK_KEY_5)
        return score_cursor_cell (self, keyval - GDK_KEY_0);
      if (keyval >= GDK_KEY_KP_0 && keyval <= GDK_KEY_KP_5)
        return score_cursor_cell (self, keyval - GDK_KEY_KP_0);
      return FALSE;
    }
}

static void
focus_entered_cb (GlnBoardView            *self,
                  GtkEventControllerFocus *controller)
{
  GtkWidget *row;

  sync_from_focus (self);
  if ((row = find_row (self, self->cursor_row)) != NULL)
    announce (self, row, get_row_cell (row, self->cursor_column));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* A click puts the cursor on the cell clicked. */
static void
pressed_cb (GlnBoardView    *self,
            int              n_press,
            double           x,
            double           y,
            GtkGestureClick *gesture)
{
  GtkWidget *list_view = get_list_view (self);
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self->column_view), x, y, GTK_PICK_DEFAULT);
  GtkWidget *row = NULL;
  GtkWidget *cell = NULL;
  guint position;

  for (GtkWidget *widget = picked; widget != NULL && widget != list_view;
       widget = gtk_widget_get_parent (widget))
    {
      cell = row;
      row = widget;
    }
  if (list_view == NULL || row == NULL || cell == NULL || gtk_widget_get_parent (row) != list_view ||
      (position = find_position (self, get_row_item (row))) == GTK_INVALID_LIST_POSITION)
    return;

  self->cursor_row = position;
  for (guint i = 0; i < get_n_visible_columns (self); i++)
    if (get_row_cell (row, i) == cell)
      self->cursor_column = i;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
focus_left_cb (GlnBoardView            *self,
               GtkEventControllerFocus *controller)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * _gln_board_view_snapshot_cursor:
 *
 * Draws the cursor as a focus ring over its cell, while the board has the focus.
 */
void
_gln_board_view_snapshot_cursor (GlnBoardView *self,
                                 GtkSnapshot  *snapshot)
{
  GtkWidget *list_view = get_list_view (self);
  GtkWidget *row;
  GtkWidget *cell;
  GtkWidget *focus;
  graphene_rect_t bounds;
  graphene_rect_t clip;
  GskRoundedRect outline;
  GdkRGBA color = { 0.21, 0.52, 0.89, 0.5 };
  float widths[4] = { 2, 2, 2, 2 };
  GdkRGBA colors[4];

  if (list_view == NULL || !focus_in_grid (self, &focus) ||
      (row = find_row (self, self->cursor_row)) == NULL ||
      (cell = get_row_cell (row, self->cursor_column)) == NULL ||
      !gtk_widget_compute_bounds (cell, GTK_WIDGET (self), &bounds) ||
      !gtk_widget_compute_bounds (list_view, GTK_WIDGET (self), &clip))
    return;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_lookup_color (gtk_widget_get_style_context (GTK_WIDGET (self)),
                                  "accent_color", &color);
  G_GNUC_END_IGNORE_DEPRECATIONS
  color.alpha = 0.5;
  for (guint i = 0; i < G_N_ELEMENTS (colors); i++)
    colors[i] = color;

  gsk_rounded_rect_init_from_rect (&outline, &bounds, 6);
  gsk_rounded_rect_shrink (&outline, 1, 1, 1, 1);
  gtk_snapshot_push_clip (snapshot, &clip);
  gtk_snapshot_append_border (snapshot, &outline, widths, colors);
  gtk_snapshot_pop (snapshot);
}

void
_gln_board_view_dispose_cursor (GlnBoardView *self)
{
  if (self->focus_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->column_view), self->focus_tick);
  self->focus_tick = 0;
  g_clear_weak_pointer (&self->cursor_focus);
}

void
_gln_board_view_setup_cursor (GlnBoardView *self)
{
  GtkEventController *controller = gtk_event_controller_key_new ();

  /* Before the column view moves its focus between rows and cells. */
  gtk_event_controller_set_name (controller, "gln-board-keys");
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (controller, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->column_view), controller);

  controller = GTK_EVENT_CONTROLLER (gtk_gesture_click_new ());
  gtk_event_controller_set_name (controller, "gln-board-click");
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (controller, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->column_view), controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (controller, "enter", G_CALLBACK (focus_entered_cb), self);
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (focus_left_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->column_view), controller);
}

/**
 * gln_board_view_get_cursor:
 * @self: a #GlnBoardView
 * @row: (out) (optional): the cursor's row, a position of the board's rows
 *
 * Returns: (nullable): the title of the cursor's column
 */
const char *
gln_board_view_get_cursor (GlnBoardView *self,
                           guint        *row)
{
  GtkColumnViewColumn *column;

  g_return_val_if_fail (GLN_IS_BOARD_VIEW (self), NULL);

  if (row != NULL)
    *row = self->cursor_row;
  column = get_visible_column (self, self->cursor_column);

  return column != NULL ? gtk_column_view_column_get_title (column) : NULL;
}

/**
 * gln_board_view_get_cursor_cell:
 * @self: a #GlnBoardView
 *
 * Returns: (transfer none) (nullable): the widget a column's factory made for the cell under
 *   the cursor, if its row is on screen
 */
GtkWidget *
gln_board_view_get_cursor_cell (GlnBoardView *self)
{
  GtkWidget *row;
  GtkWidget *cell;

  g_return_val_if_fail (GLN_IS_BOARD_VIEW (self), NULL);

  if ((row = find_row (self, self->cursor_row)) == NULL ||
      (cell = get_row_cell (row, self->cursor_column)) == NULL)
    return NULL;

  return gtk_widget_get_first_child (cell);
}
