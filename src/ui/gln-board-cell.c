/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-board-cell"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "gln-board-cell.h"

#include "gln-rating.h"
#include "gln-review-util.h"

/* One editable cell of the comparison board: a criteria column's value for one paper, edited
 * the way its kind asks (text to type, stars, a drop-down of the column's values), or,
 * without a column, the paper's Key results. The cell only reports what the user typed; the
 * board stores it and updates the item, which the cell then shows.
 *
 * Text is a flat button showing the value, wrapped, that turns into an entry: GTK 4.8's
 * GtkEditableLabel does not wrap, and it stops editing from a timeout that outlives it when
 * its row goes away within 100 ms of losing the focus. */
struct _GlnBoardCell
{
  GtkWidget           parent_instance;

  GlnBoardColumn     *column;
  GlnReviewItem      *item;
  gulong              item_handler;
  gboolean            updating;

  GtkWidget          *editor;          /* GtkStack, GlnRating, GtkDropDown or a box */
  GtkButton          *text_button;     /* text and number: shows the value, starts editing */
  GtkLabel           *text_label;
  GtkEntry           *text_entry;
  GtkEventController *entry_focus;
  GtkLabel           *results_label;   /* Key results only */
  GtkPopover         *results_popover;
  GtkTextView        *results_view;
};

enum {
  EDITED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (GlnBoardCell, gln_board_cell, GTK_TYPE_WIDGET)

static guint signals [N_SIGNALS];

static const char *
get_value (GlnBoardCell *self)
{
  if (self->item == NULL)
    return NULL;

  if (self->column == NULL)
    return gln_review_item_get_key_results_text (self->item);

  return gln_review_item_get_cell (self->item, self->column->id);
}

static void
update (GlnBoardCell *self)
{
  const char *value = get_value (self);

  self->updating = TRUE;

  if (self->column == NULL)
    {
      g_autofree char *text = gln_review_dup_bulleted (value);
      gboolean own = self->item != NULL && gln_review_item_get_key_results (self->item) != NULL;
      g_autofree char *tooltip = NULL;

      /* Long results are cut to a few lines; the tooltip has them all. */
      if (text[0] != '\0')
        tooltip = g_strdup_printf ("%s\n\n%s", text, own ? _("Your own Key results")
                                                     : _("Quoted from the abstract"));
      gtk_label_set_label (self->results_label, text);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->results_label), tooltip);
    }
  else
    {
      switch (self->column->kind)
        {
        case GLN_BOARD_KIND_SCORE:
          gln_rating_set_value (GLN_RATING (self->editor), value ? atoi (value) : 0);
          break;

        case GLN_BOARD_KIND_CHOICE:
          {
            guint selected = 0;

            for (guint i = 0; value && self->column->choices && self->column->choices[i]; i++)
              if (g_str_equal (self->column->choices[i], value))
                selected = i + 1;
            gtk_drop_down_set_selected (GTK_DROP_DOWN (self->editor), selected);
          }
          break;

        case GLN_BOARD_KIND_TEXT:
        case GLN_BOARD_KIND_NUMBER:
        default:
          {
            g_autofree char *name = NULL;

            /* Screen readers say the column, then the value. */
            gtk_label_set_label (self->text_label, value ? value : "");
            name = value ? g_strdup_printf ("%s: %s", self->column->name, value)
                         : g_strdup (self->column->name);
            gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_button),
                                            GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
            gtk_widget_set_tooltip_text (GTK_WIDGET (self->text_button),
                                         value ? value : _("Click or press Enter to edit"));
          }
          break;
        }
    }

  self->updating = FALSE;
}

static void
emit_edited (GlnBoardCell *self,
             const char   *value)
{
  if (self->updating || self->item == NULL)
    return;

  g_signal_emit (self, signals [EDITED], 0, value);
}

static void
cell_changed_cb (GlnBoardCell  *self,
                 gint64         column_id,
                 GlnReviewItem *item)
{
  if (self->column != NULL && column_id == self->column->id)
    update (self);
}

static void
key_results_changed_cb (GlnBoardCell  *self,
                        GParamSpec    *pspec,
                        GlnReviewItem *item)
{
  update (self);
}

static gboolean
is_editing (GlnBoardCell *self)
{
  return self->text_entry != NULL &&
         gtk_stack_get_visible_child (GTK_STACK (self->editor)) == GTK_WIDGET (self->text_entry);
}

static void
stop_editing (GlnBoardCell *self,
              gboolean      commit)
{
  const char *value;
  g_autofree char *text = NULL;
  GtkWidget *focus;
  GtkRoot *root;
  gboolean had_focus;

  if (!is_editing (self))
    return;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  had_focus = focus != NULL && (focus == GTK_WIDGET (self->text_entry) ||
                                gtk_widget_is_ancestor (focus, GTK_WIDGET (self->text_entry)));
  text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->text_entry)));
  gtk_stack_set_visible_child (GTK_STACK (self->editor), GTK_WIDGET (self->text_button));
  /* Back to the board's cell cursor: the row, as the cell's widgets take no focus. */
  for (GtkWidget *widget = GTK_WIDGET (self); had_focus && widget != NULL;
       widget = gtk_widget_get_parent (widget))
    if (gtk_widget_grab_focus (widget))
      break;

  /* Only a change is worth storing. */
  value = get_value (self);
  if (commit && g_strcmp0 (text, value ? value : "") != 0)
    emit_edited (self, text);
}

static void
text_clicked_cb (GlnBoardCell *self,
                 GtkButton    *button)
{
  gln_board_cell_start_editing (self);
}

static void
entry_activated_cb (GlnBoardCell *self,
                    GtkEntry     *entry)
{
  stop_editing (self, TRUE);
}

static gboolean
entry_key_pressed_cb (GlnBoardCell          *self,
                      guint                  keyval,
                      guint                  keycode,
                      GdkModifierType        state,
                      GtkEventControllerKey *controller)
{
  if (keyval != GDK_KEY_Escape)
    return FALSE;

  /* Escape leaves the entry for the board's cell cursor. Leaving a cell keeps what was typed,
   * as clicking elsewhere does: typed text is never dropped (Ctrl+Z in the entry undoes). */
  stop_editing (self, TRUE);
  return TRUE;
}

static void
entry_focus_left_cb (GlnBoardCell            *self,
                     GtkEventControllerFocus *controller)
{
  /* Clicking elsewhere keeps what was typed, as in a spreadsheet. */
  stop_editing (self, TRUE);
}

static void
rate_cb (GlnBoardCell *self,
         int           value,
         GlnRating    *rating)
{
  g_autofree char *text = value > 0 ? g_strdup_printf ("%d", value) : g_strdup ("");

  emit_edited (self, text);
}

static void
selected_changed_cb (GlnBoardCell *self,
                     GParamSpec   *pspec,
                     GtkDropDown  *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    emit_edited (self, "");
  else
    emit_edited (self, self->column->choices[selected - 1]);
}

static void
results_popover_show_cb (GlnBoardCell *self,
                         GtkPopover   *popover)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->results_view);

  gtk_text_buffer_set_text (buffer, get_value (self) ? get_value (self) : "", -1);
}

static void
results_save_clicked_cb (GlnBoardCell *self,
                         GtkButton    *button)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->results_view);
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  gtk_popover_popdown (self->results_popover);
  emit_edited (self, g_strstrip (text));
}

static void
results_clear_clicked_cb (GlnBoardCell *self,
                          GtkButton    *button)
{
  gtk_popover_popdown (self->results_popover);
  emit_edited (self, "");
}

static void
results_reset_clicked_cb (GlnBoardCell *self,
                          GtkButton    *button)
{
  gtk_popover_popdown (self->results_popover);
  emit_edited (self, NULL);
}

static GtkWidget *
new_button (GlnBoardCell *self,
            const char   *label,
            GCallback     callback)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);
  g_autofree char *plain = g_strdup (label);
  char *out = plain;

  for (const char *p = label; *p != '\0'; p++)
    if (*p != '_')
      *out++ = *p;
  *out = '\0';
  gln_review_set_accessible_label (button, plain);
  g_signal_connect_swapped (button, "clicked", callback, self);
  return button;
}

/**
 * gln_board_cell_set_unfocusable:
 * @widget: a widget of a board cell
 *
 * Keeps @widget and the widgets it is made of out of the focus chain: the board's cell cursor
 * reaches every cell (Enter opens its editor), and Tab leaves the board instead of walking
 * every cell. Clicks still work.
 */
void
gln_board_cell_set_unfocusable (GtkWidget *widget)
{
  gtk_widget_set_focusable (widget, FALSE);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (!GTK_IS_NATIVE (child))   /* popovers keep their focus */
      gln_board_cell_set_unfocusable (child);
}

/* A label with the quotes, and a button that opens an editor for them. */
static void
build_key_results (GlnBoardCell *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_label_new (_("Key Results"));
  GtkWidget *hint = gtk_label_new (_("One result per line."));
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *save;

  self->results_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->results_label, 0);
  gtk_label_set_wrap (self->results_label, TRUE);
  gtk_label_set_wrap_mode (self->results_label, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (self->results_label, 4);
  gtk_label_set_ellipsize (self->results_label, PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (GTK_WIDGET (self->results_label), TRUE);
  gtk_widget_set_margin_top (GTK_WIDGET (self->results_label), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->results_label), 6);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->results_label));

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_widget_add_css_class (hint, "dim-label");
  self->results_view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_wrap_mode (self->results_view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (self->results_view, 6);
  gtk_text_view_set_bottom_margin (self->results_view, 6);
  gtk_text_view_set_left_margin (self->results_view, 6);
  gtk_text_view_set_right_margin (self->results_view, 6);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->results_view),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, heading, NULL, -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->results_view));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_size_request (scrolled, 380, 140);
  gtk_widget_add_css_class (scrolled, "card");

  gtk_box_append (GTK_BOX (buttons), new_button (self, _("_Use Extracted"),
                                                 G_CALLBACK (results_reset_clicked_cb)));
  gtk_box_append (GTK_BOX (buttons), new_button (self, _("C_lear"),
                                                 G_CALLBACK (results_clear_clicked_cb)));
  save = new_button (self, _("_Save"), G_CALLBACK (results_save_clicked_cb));
  gtk_widget_add_css_class (save, "suggested-action");
  gtk_widget_set_hexpand (save, TRUE);
  gtk_widget_set_halign (save, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (buttons), save);

  gtk_box_append (GTK_BOX (content), heading);
  gtk_box_append (GTK_BOX (content), hint);
  gtk_box_append (GTK_BOX (content), scrolled);
  gtk_box_append (GTK_BOX (content), buttons);
  self->results_popover = GTK_POPOVER (gtk_popover_new ());
  gtk_popover_set_child (self->results_popover, content);
  g_signal_connect_swapped (self->results_popover, "show", G_CALLBACK (results_popover_show_cb),
                            self);

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "document-edit-symbolic");
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), GTK_WIDGET (self->results_popover));
  gtk_widget_set_valign (button, GTK_ALIGN_START);
  gtk_widget_set_margin_top (button, 2);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Edit Key Results"));
  gln_board_cell_set_unfocusable (button);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Edit Key Results"), -1);
  gtk_box_append (GTK_BOX (box), button);

  self->editor = box;
}

static void
build_text (GlnBoardCell *self)
{
  gboolean number = self->column->kind == GLN_BOARD_KIND_NUMBER;
  g_autoptr(PangoAttrList) attributes = NULL;
  GtkEventController *controller;

  self->text_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->text_label, number ? 1.0 : 0.0);
  gtk_label_set_wrap (self->text_label, TRUE);
  gtk_label_set_wrap_mode (self->text_label, PANGO_WRAP_WORD_CHAR);
  attributes = pango_attr_list_new ();
  pango_attr_list_insert (attributes, pango_attr_weight_new (PANGO_WEIGHT_NORMAL));
  gtk_label_set_attributes (self->text_label, attributes);
  if (number)
    gtk_widget_add_css_class (GTK_WIDGET (self->text_label), "numeric");

  self->text_button = GTK_BUTTON (gtk_button_new ());
  gtk_button_set_child (self->text_button, GTK_WIDGET (self->text_label));
  gtk_widget_add_css_class (GTK_WIDGET (self->text_button), "flat");
  gtk_widget_set_hexpand (GTK_WIDGET (self->text_button), TRUE);
  gtk_widget_set_focusable (GTK_WIDGET (self->text_button), FALSE);
  g_signal_connect_swapped (self->text_button, "clicked", G_CALLBACK (text_clicked_cb), self);

  self->text_entry = GTK_ENTRY (gtk_entry_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->text_entry), GTK_ALIGN_CENTER);
  if (number)
    {
      gtk_editable_set_alignment (GTK_EDITABLE (self->text_entry), 1.0);
      gtk_entry_set_input_purpose (self->text_entry, GTK_INPUT_PURPOSE_NUMBER);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->column->name, -1);
  g_signal_connect_swapped (self->text_entry, "activate", G_CALLBACK (entry_activated_cb), self);
  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_name (controller, "gln-board-cell-keys");
  g_signal_connect_swapped (controller, "key-pressed", G_CALLBACK (entry_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_entry), controller);
  self->entry_focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (self->entry_focus, "leave", G_CALLBACK (entry_focus_left_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_entry), self->entry_focus);

  self->editor = gtk_stack_new ();
  gtk_stack_set_hhomogeneous (GTK_STACK (self->editor), FALSE);
  gtk_stack_set_vhomogeneous (GTK_STACK (self->editor), FALSE);
  gtk_stack_add_child (GTK_STACK (self->editor), GTK_WIDGET (self->text_button));
  gtk_stack_add_child (GTK_STACK (self->editor), GTK_WIDGET (self->text_entry));
}

static void
build_editor (GlnBoardCell *self)
{
  GlnBoardColumn *column = self->column;

  if (column == NULL)
    build_key_results (self);
  else if (column->kind == GLN_BOARD_KIND_SCORE)
    {
      self->editor = gln_rating_new ();
      gtk_widget_set_halign (self->editor, GTK_ALIGN_START);
      gln_board_cell_set_unfocusable (self->editor);
      g_signal_connect_swapped (self->editor, "rate", G_CALLBACK (rate_cb), self);
    }
  else if (column->kind == GLN_BOARD_KIND_CHOICE)
    {
      g_autoptr(GtkStringList) values = gtk_string_list_new (NULL);

      /* Translators: the empty value of a choice column of the board */
      gtk_string_list_append (values, _("—"));
      for (guint i = 0; column->choices != NULL && column->choices[i] != NULL; i++)
        gtk_string_list_append (values, column->choices[i]);
      self->editor = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&values)), NULL);
      gtk_widget_set_halign (self->editor, GTK_ALIGN_START);
      gtk_widget_set_valign (self->editor, GTK_ALIGN_CENTER);
      gln_board_cell_set_unfocusable (self->editor);
      g_signal_connect_swapped (self->editor, "notify::selected",
                                G_CALLBACK (selected_changed_cb), self);
    }
  else
    build_text (self);

  if (column != NULL && self->text_button == NULL)
    gln_review_set_accessible_label (self->editor, column->name);

  gtk_widget_set_parent (self->editor, GTK_WIDGET (self));
}

static void
gln_board_cell_dispose (GObject *object)
{
  GlnBoardCell *self = (GlnBoardCell *)object;

  gln_board_cell_set_item (self, NULL);

  /* The entry loses the focus as it goes: that is no edit. */
  if (self->entry_focus != NULL)
    g_signal_handlers_disconnect_by_data (self->entry_focus, self);
  self->entry_focus = NULL;
  self->text_entry = NULL;
  self->text_button = NULL;
  self->text_label = NULL;
  g_clear_pointer (&self->editor, gtk_widget_unparent);

  G_OBJECT_CLASS (gln_board_cell_parent_class)->dispose (object);
}

static void
gln_board_cell_finalize (GObject *object)
{
  GlnBoardCell *self = (GlnBoardCell *)object;

  g_clear_pointer (&self->column, gln_board_column_free);

  G_OBJECT_CLASS (gln_board_cell_parent_class)->finalize (object);
}

static void
gln_board_cell_class_init (GlnBoardCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gln_board_cell_dispose;
  object_class->finalize = gln_board_cell_finalize;

  /**
   * GlnBoardCell::edited:
   * @value: (nullable): what the user asked for: a cell's new value ("" to clear it); for
   *   Key results, the user's text, "" to clear them or %NULL for the extracted ones
   */
  signals [EDITED] =
    g_signal_new ("edited",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "boardcell");
}

static void
gln_board_cell_init (GlnBoardCell *self)
{
}

/**
 * gln_board_cell_new:
 * @column: (nullable): the criteria column, or %NULL for Key results
 *
 * Returns: (transfer full): a new cell
 */
GtkWidget *
gln_board_cell_new (const GlnBoardColumn *column)
{
  GlnBoardCell *self = g_object_new (GLN_TYPE_BOARD_CELL, NULL);

  self->column = column ? gln_board_column_copy (column) : NULL;
  build_editor (self);

  return GTK_WIDGET (self);
}

const GlnBoardColumn *
gln_board_cell_get_column (GlnBoardCell *self)
{
  g_return_val_if_fail (GLN_IS_BOARD_CELL (self), NULL);

  return self->column;
}

GlnReviewItem *
gln_board_cell_get_item (GlnBoardCell *self)
{
  g_return_val_if_fail (GLN_IS_BOARD_CELL (self), NULL);

  return self->item;
}

void
gln_board_cell_set_item (GlnBoardCell  *self,
                         GlnReviewItem *item)
{
  g_return_if_fail (GLN_IS_BOARD_CELL (self));
  g_return_if_fail (item == NULL || GLN_IS_REVIEW_ITEM (item));

  if (self->item == item)
    return;

  if (self->item != NULL)
    g_clear_signal_handler (&self->item_handler, self->item);
  g_set_object (&self->item, item);

  if (item != NULL && self->column != NULL)
    self->item_handler = g_signal_connect_swapped (item, "cell-changed",
                                                   G_CALLBACK (cell_changed_cb), self);
  else if (item != NULL)
    self->item_handler = g_signal_connect_swapped (item, "notify::key-results-text",
                                                   G_CALLBACK (key_results_changed_cb), self);

  if (self->editor != NULL)
    update (self);
}

/**
 * gln_board_cell_start_editing:
 * @self: a #GlnBoardCell
 *
 * Turns a text or number cell into an entry with the focus; Enter, Escape and leaving the
 * entry store what is typed.
 */
void
gln_board_cell_start_editing (GlnBoardCell *self)
{
  const char *value;

  g_return_if_fail (GLN_IS_BOARD_CELL (self));

  if (self->text_entry == NULL || is_editing (self))
    return;

  value = get_value (self);
  gtk_editable_set_text (GTK_EDITABLE (self->text_entry), value ? value : "");
  gtk_stack_set_visible_child (GTK_STACK (self->editor), GTK_WIDGET (self->text_entry));
  gtk_widget_grab_focus (GTK_WIDGET (self->text_entry));
}

/**
 * gln_board_cell_activate_editor:
 * @self: a #GlnBoardCell
 *
 * Edits the cell from the keyboard: a text or number cell turns into an entry, a choice or
 * Key results opens its list or editor. Scores are rated by the keys 0 to 5 instead.
 *
 * Returns: whether the cell has an editor to open
 */
gboolean
gln_board_cell_activate_editor (GlnBoardCell *self)
{
  g_return_val_if_fail (GLN_IS_BOARD_CELL (self), FALSE);

  if (self->text_entry != NULL)
    {
      gln_board_cell_start_editing (self);
      return TRUE;
    }

  if (self->column == NULL)
    {
      gtk_popover_popup (self->results_popover);
      return TRUE;
    }

  if (GTK_IS_DROP_DOWN (self->editor))
    {
      /* GTK 4.8's drop-down opens its list when its button is toggled. */
      GtkWidget *button = gtk_widget_get_first_child (self->editor);

      return button != NULL && gtk_widget_activate (button);
    }

  return FALSE;
}

/**
 * gln_board_cell_rate:
 * @self: a #GlnBoardCell
 * @value: 0 to clear the score, or 1 to 5
 *
 * Sets a score cell as clicking its stars does.
 *
 * Returns: whether the cell is a score
 */
gboolean
gln_board_cell_rate (GlnBoardCell *self,
                     int           value)
{
  g_return_val_if_fail (GLN_IS_BOARD_CELL (self), FALSE);
  g_return_val_if_fail (value >= 0 && value <= 5, FALSE);

  if (!GLN_IS_RATING (self->editor))
    return FALSE;

  rate_cb (self, value, GLN_RATING (self->editor));
  return TRUE;
}

/**
 * gln_board_cell_is_editing:
 * @self: a #GlnBoardCell
 *
 * Returns: whether a text or number cell shows its entry
 */
gboolean
gln_board_cell_is_editing (GlnBoardCell *self)
{
  g_return_val_if_fail (GLN_IS_BOARD_CELL (self), FALSE);

  return is_editing (self);
}

/**
 * gln_board_cell_get_text:
 * @self: a #GlnBoardCell
 *
 * Returns: (nullable): the value the cell shows, as stored
 */
const char *
gln_board_cell_get_text (GlnBoardCell *self)
{
  g_return_val_if_fail (GLN_IS_BOARD_CELL (self), NULL);

  return get_value (self);
}

/**
 * gln_board_cell_refresh:
 * @self: a #GlnBoardCell
 *
 * Shows the item's value again, after the board refused an edit.
 */
void
gln_board_cell_refresh (GlnBoardCell *self)
{
  g_return_if_fail (GLN_IS_BOARD_CELL (self));

  update (self);
}
