/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-compare-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <stdlib.h>

#include "gln-compare-view.h"

#include "gln-latex.h"
#include "gln-markup.h"
#include "gln-plain-text.h"
#include "gln-rating.h"
#include "gln-review-util.h"
#include "gln-store-board.h"
#include "gln-table.h"

#define MAX_PAPERS 5
#define MAX_AUTHORS 8

/* Side by side: 2 to 5 papers in equal columns, one grid row per kind of detail so that
 * titles, Key results, board cells, abstracts and notes line up across the papers. */
struct _GlnCompareView
{
  GtkWidget          parent_instance;

  GlnStore          *store;
  GCancellable      *cancellable;
  GPtrArray         *papers;
  GPtrArray         *columns;   /* Column, one per paper */
  gint64             collection_id;
  guint              n_loading;

  AdwToastOverlay   *toast_overlay;
  GtkStack          *stack;
  GtkScrolledWindow *scrolled_window;
  GtkGrid           *grid;
};

typedef struct
{
  GlnPaper  *paper;
  GBinding  *rating_binding;
  GtkLabel  *results_label;
  GtkWidget *board_section;
  GtkLabel  *board_label;
  GtkLabel  *notes_label;
} Column;

typedef enum
{
  ROW_TITLE,
  ROW_AUTHORS,
  ROW_META,
  ROW_RATING,
  ROW_KEY_RESULTS,
  ROW_BOARD,
  ROW_ABSTRACT,
  ROW_NOTES,
} Row;

G_DEFINE_FINAL_TYPE (GlnCompareView, gln_compare_view, GTK_TYPE_WIDGET)

static void
column_free (Column *column)
{
  if (column->rating_binding != NULL)
    g_binding_unbind (column->rating_binding);
  g_clear_object (&column->paper);
  g_free (column);
}

static GtkLabel *
new_label (const char *text,
           gboolean    wrap)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), wrap);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);

  return GTK_LABEL (label);
}

/* A heading and its content, for the sections under the paper's details. */
static GtkWidget *
new_section (const char *heading,
             GtkWidget  *content)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkLabel *label = new_label (heading, FALSE);

  gtk_label_set_selectable (label, FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (label), "heading");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (label));
  gtk_box_append (GTK_BOX (box), content);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (content),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);

  return box;
}

static void
attach (GlnCompareView *self,
        GtkWidget      *widget,
        guint           column,
        Row             row)
{
  gtk_widget_set_valign (widget, GTK_ALIGN_START);
  gtk_grid_attach (self->grid, widget, column, row, 1, 1);
}

static void
set_key_results (Column     *column,
                 const char *override)
{
  g_autofree char *results = gln_paper_dup_key_results (column->paper, override);
  g_autofree char *text = gln_review_dup_bulleted (results);

  gtk_label_set_label (column->results_label,
                       text[0] != '\0' ? text : _("None found in the abstract."));
}

static void
show_error (GlnCompareView *self,
            const char     *prefix,
            const GError   *error)
{
  g_autofree char *message = gln_error_dup_message (prefix, error);

  if (message != NULL)
    adw_toast_overlay_add_toast (self->toast_overlay, gln_toast_new_text (message));
}

static void
rate_cb (GlnCompareView *self,
         int             value,
         GlnRating      *rating)
{
  GlnPaper *paper = g_object_get_data (G_OBJECT (rating), "gln-paper");

  if (self->store != NULL)
    gln_store_set_rating_async (self->store, paper, value, NULL, NULL, NULL);
}

static void
add_column (GlnCompareView *self,
            GlnPaper       *paper,
            guint           index)
{
  Column *column = g_new0 (Column, 1);
  g_autofree char *title_markup = gln_latex_to_markup (gln_paper_get_title (paper));
  g_autofree char *authors = gln_review_dup_authors (paper, MAX_AUTHORS);
  g_autofree char *meta = gln_review_dup_meta (paper);
  GtkLabel *title = new_label (NULL, TRUE);
  GtkWidget *rating = gln_rating_new ();
  GtkLabel *abstract = new_label (NULL, TRUE);

  column->paper = g_object_ref (paper);

  /* Only the long texts are selectable: a focused selectable label selects all of itself,
   * and the first one would take the focus when the view appears. */
  gtk_label_set_markup (title, title_markup);
  gtk_label_set_selectable (title, FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (title), "title-3");
  attach (self, GTK_WIDGET (title), index, ROW_TITLE);
  if (authors != NULL)
    {
      GtkLabel *label = new_label (authors, TRUE);

      gtk_label_set_selectable (label, FALSE);
      attach (self, GTK_WIDGET (label), index, ROW_AUTHORS);
    }
  if (meta != NULL)
    {
      GtkLabel *label = new_label (meta, TRUE);

      gtk_label_set_selectable (label, FALSE);
      gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
      attach (self, GTK_WIDGET (label), index, ROW_META);
    }

  gtk_widget_set_halign (rating, GTK_ALIGN_START);
  g_object_set_data (G_OBJECT (rating), "gln-paper", column->paper);
  column->rating_binding = g_object_bind_property (paper, "rating", rating, "value",
                                                   G_BINDING_SYNC_CREATE);
  g_signal_connect_swapped (rating, "rate", G_CALLBACK (rate_cb), self);
  attach (self, rating, index, ROW_RATING);

  column->results_label = new_label (NULL, TRUE);
  set_key_results (column, NULL);
  attach (self, new_section (_("Key Results"), GTK_WIDGET (column->results_label)), index,
          ROW_KEY_RESULTS);

  column->board_label = new_label (NULL, TRUE);
  column->board_section = new_section (_("Board"), GTK_WIDGET (column->board_label));
  gtk_widget_set_visible (column->board_section, FALSE);
  attach (self, column->board_section, index, ROW_BOARD);

  if (gln_paper_get_abstract (paper) != NULL)
    {
      g_autofree char *markup = gln_latex_to_markup (gln_paper_get_abstract (paper));
      g_autofree char *decorated = gln_markup_decorate (markup, NULL, TRUE);

      gtk_label_set_markup (abstract, decorated);
    }
  else
    gtk_label_set_label (abstract, _("No abstract available."));
  attach (self, new_section (_("Abstract"), GTK_WIDGET (abstract)), index, ROW_ABSTRACT);

  column->notes_label = new_label (_("No notes."), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (column->notes_label), "dim-label");
  attach (self, new_section (_("Notes"), GTK_WIDGET (column->notes_label)), index, ROW_NOTES);

  g_ptr_array_add (self->columns, column);
}

static char *
dup_cell_text (const GlnBoardColumn *column,
               const char           *value)
{
  GString *stars;
  int score;

  if (value == NULL)
    return g_strdup ("—");
  if (column->kind != GLN_BOARD_KIND_SCORE)
    return g_strdup (value);

  score = CLAMP (atoi (value), 0, 5);
  stars = g_string_new (NULL);
  for (int i = 0; i < 5; i++)
    g_string_append (stars, i < score ? "★" : "☆");

  return g_string_free (stars, FALSE);
}

static void
apply_board (GlnCompareView *self,
             GlnBoardState  *state)
{
  for (guint i = 0; i < self->columns->len; i++)
    {
      Column *column = g_ptr_array_index (self->columns, i);
      gint64 paper_id = gln_paper_get_id (column->paper);
      GString *markup = g_string_new (NULL);
      g_autofree char *text = NULL;

      for (guint e = 0; e < state->entries->len; e++)
        {
          GlnCollectionPaper *entry = g_ptr_array_index (state->entries, e);

          if (entry->paper_id == paper_id)
            set_key_results (column, entry->key_results);
        }

      for (guint c = 0; c < state->columns->len; c++)
        {
          GlnBoardColumn *board_column = g_ptr_array_index (state->columns, c);
          g_autofree char *key = gln_board_cell_key (board_column->id, paper_id);
          g_autofree char *value = NULL;
          g_autofree char *line = NULL;

          if (board_column->hidden)
            continue;
          value = dup_cell_text (board_column, g_hash_table_lookup (state->cells, key));
          line = g_markup_printf_escaped ("%s<b>%s</b>  %s", markup->len > 0 ? "\n" : "",
                                          board_column->name, value);
          g_string_append (markup, line);
        }

      text = g_string_free (markup, FALSE);
      gtk_label_set_markup (column->board_label, text);
      gtk_widget_set_visible (column->board_section, text[0] != '\0');
    }
}

static void
board_loaded_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GlnBoardState) state = NULL;
  g_autoptr(GError) error = NULL;
  GlnCompareView *self;

  state = gln_store_load_board_finish (GLN_STORE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = GLN_COMPARE_VIEW (user_data);
  self->n_loading--;
  if (state == NULL)
    show_error (self, _("Could not read the board"), error);
  else
    apply_board (self, state);
}

typedef struct
{
  GlnCompareView *self;
  guint           index;
} NotesData;

static void
notes_loaded_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autofree NotesData *data = user_data;
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  Column *column;

  notes = gln_store_list_notes_finish (GLN_STORE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  data->self->n_loading--;
  if (notes == NULL)
    {
      show_error (data->self, _("Could not read the notes"), error);
      return;
    }

  column = g_ptr_array_index (data->self->columns, data->index);
  for (guint i = 0; i < notes->len; i++)
    {
      GlnNote *note = g_ptr_array_index (notes, i);
      g_autofree char *body = g_strstrip (g_strdup (note->body ? note->body : ""));

      if (body[0] != '\0')
        g_string_append_printf (text, "%s%s", text->len > 0 ? "\n\n" : "", body);
    }

  if (text->len > 0)
    {
      gtk_label_set_label (column->notes_label, text->str);
      gtk_widget_remove_css_class (GTK_WIDGET (column->notes_label), "dim-label");
    }
}

static void
clear (GlnCompareView *self)
{
  GtkWidget *child;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->n_loading = 0;

  /* The columns' bindings go before the widgets they bind. */
  g_ptr_array_set_size (self->columns, 0);
  g_ptr_array_set_size (self->papers, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->grid))))
    gtk_grid_remove (self->grid, child);
}

static void
gln_compare_view_dispose (GObject *object)
{
  GlnCompareView *self = (GlnCompareView *)object;

  if (self->columns != NULL)
    clear (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), GLN_TYPE_COMPARE_VIEW);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (gln_compare_view_parent_class)->dispose (object);
}

static void
gln_compare_view_finalize (GObject *object)
{
  GlnCompareView *self = (GlnCompareView *)object;

  g_clear_pointer (&self->columns, g_ptr_array_unref);
  g_clear_pointer (&self->papers, g_ptr_array_unref);

  G_OBJECT_CLASS (gln_compare_view_parent_class)->finalize (object);
}

static void
gln_compare_view_class_init (GlnCompareViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gln_compare_view_dispose;
  object_class->finalize = gln_compare_view_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/gln-compare-view.ui");
  gtk_widget_class_bind_template_child (widget_class, GlnCompareView, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, GlnCompareView, stack);
  gtk_widget_class_bind_template_child (widget_class, GlnCompareView, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, GlnCompareView, grid);

  gtk_widget_class_set_css_name (widget_class, "compareview");
}

static void
gln_compare_view_init (GlnCompareView *self)
{
  self->papers = g_ptr_array_new_with_free_func (g_object_unref);
  self->columns = g_ptr_array_new_with_free_func ((GDestroyNotify) column_free);

  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
gln_compare_view_new (void)
{
  return g_object_new (GLN_TYPE_COMPARE_VIEW, NULL);
}

GlnStore *
gln_compare_view_get_store (GlnCompareView *self)
{
  g_return_val_if_fail (GLN_IS_COMPARE_VIEW (self), NULL);

  return self->store;
}

void
gln_compare_view_set_store (GlnCompareView *self,
                            GlnStore       *store)
{
  g_return_if_fail (GLN_IS_COMPARE_VIEW (self));
  g_return_if_fail (store == NULL || GLN_IS_STORE (store));

  if (g_set_object (&self->store, store))
    {
      clear (self);
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }
}

/**
 * gln_compare_view_set_papers:
 * @self: a #GlnCompareView
 * @papers: (element-type GlnPaper) (nullable): 2 to 5 papers; more are left out
 * @collection_id: a collection whose board cells and Key results to show, or 0
 *
 * Shows the papers side by side, then their notes and board cells as the store reads them.
 */
void
gln_compare_view_set_papers (GlnCompareView *self,
                             GPtrArray      *papers,
                             gint64          collection_id)
{
  guint n_papers;

  g_return_if_fail (GLN_IS_COMPARE_VIEW (self));

  clear (self);
  self->collection_id = collection_id;
  n_papers = papers ? MIN (papers->len, MAX_PAPERS) : 0;
  if (n_papers == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  self->cancellable = g_cancellable_new ();
  for (guint i = 0; i < n_papers; i++)
    {
      GlnPaper *paper = g_ptr_array_index (papers, i);

      g_ptr_array_add (self->papers, g_object_ref (paper));
      add_column (self, paper, i);

      if (self->store != NULL)
        {
          NotesData *data = g_new0 (NotesData, 1);

          data->self = self;
          data->index = i;
          self->n_loading++;
          gln_store_list_notes_async (self->store, gln_paper_get_id (paper), self->cancellable,
                                      notes_loaded_cb, data);
        }
    }

  if (self->store != NULL && collection_id > 0)
    {
      self->n_loading++;
      gln_store_load_board_async (self->store, collection_id, self->cancellable, board_loaded_cb,
                                  self);
    }

  /* Columns stay readable: past the window's width, the view scrolls sideways. */
  gtk_widget_set_size_request (GTK_WIDGET (self->grid), n_papers * 300, -1);
  gtk_stack_set_visible_child_name (self->stack, "compare");
}

/**
 * gln_compare_view_get_papers:
 * @self: a #GlnCompareView
 *
 * Returns: (transfer none) (element-type GlnPaper): the papers shown
 */
GPtrArray *
gln_compare_view_get_papers (GlnCompareView *self)
{
  g_return_val_if_fail (GLN_IS_COMPARE_VIEW (self), NULL);

  return self->papers;
}

gboolean
gln_compare_view_is_busy (GlnCompareView *self)
{
  g_return_val_if_fail (GLN_IS_COMPARE_VIEW (self), FALSE);

  return self->n_loading > 0;
}
