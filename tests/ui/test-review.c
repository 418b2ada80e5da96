/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The review widgets of a collection (screening mode, comparison board, side by side) in a
 * window, driven through their actions and widgets, with every result read back from the
 * library through a store of its own. Tests wait for conditions, never for a fixed time. */

#define G_LOG_DOMAIN "test-review"

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "gln-board-cell.h"
#include "gln-board-view.h"
#include "gln-column-dialog.h"
#include "gln-compare-view.h"
#include "gln-popover-tooltips.h"
#include "gln-rating.h"
#include "gln-reasons-dialog.h"
#include "gln-review-window.h"
#include "gln-screening-view.h"
#include "gln-ui-test-utils.h"

#include "gln-test-collection.h"

#define COLLECTION "Proton structure"

static gboolean have_display;

typedef struct
{
  char      *path;
  GlnStore  *store;
  gint64     collection;
  gint64     ids[GLN_TEST_COLLECTION_SIZE];
  GtkWindow *window;
} Fixture;

typedef gboolean (*Match) (GtkWidget     *widget,
                           gconstpointer  data);

/* The first widget under @root, depth first, that @match accepts. */
static GtkWidget *
find_widget (GtkWidget     *root,
             Match          match,
             gconstpointer  data)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (match (child, data))
        return child;
      if ((found = find_widget (child, match, data)) != NULL)
        return found;
    }

  return NULL;
}

static gboolean
is_type (GtkWidget     *widget,
         gconstpointer  data)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (data));
}

static GtkWidget *
find_descendant (GtkWidget *root,
                 GType      type)
{
  return find_widget (root, is_type, GSIZE_TO_POINTER (type));
}

/* A cell of a criteria column: the first one is in the board's first row. */
static gboolean
is_cell_of (GtkWidget     *widget,
            gconstpointer  data)
{
  return GLN_IS_BOARD_CELL (widget) &&
         gln_board_cell_get_column (GLN_BOARD_CELL (widget)) != NULL &&
         g_strcmp0 (gln_board_cell_get_column (GLN_BOARD_CELL (widget))->name, data) == 0;
}

static gboolean
is_visible_popover (GtkWidget     *widget,
                    gconstpointer  data)
{
  return GTK_IS_POPOVER (widget) && gtk_widget_get_visible (widget);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  if (!have_display)
    return;

  fixture->path = gln_test_tmp_db_path ();
  fixture->collection = gln_test_collection_create (fixture->path, COLLECTION,
                                                    "Proton radius from electron scattering",
                                                    fixture->ids);
  fixture->store = gln_store_open_sync (fixture->path, &error);
  g_assert_no_error (error);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1280, 800);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL)
    gtk_window_destroy (fixture->window);
  gln_ui_test_settle ();
  g_clear_object (&fixture->store);
  g_free (fixture->path);
}

/* The collection as the library holds it, read through a store of its own. */
static GlnBoardState *
load_fresh (Fixture *fixture)
{
  g_autoptr(GlnStore) store = NULL;
  g_autoptr(GError) error = NULL;

  store = gln_store_open_sync (fixture->path, &error);
  g_assert_no_error (error);

  return gln_test_collection_load_board (store, fixture->collection);
}

/* The decision on the @i-th paper of the collection, in the order they were added. */
static void
assert_screening (GlnBoardState *state,
                  Fixture       *fixture,
                  guint          i,
                  GlnScreening   expected,
                  const char    *expected_reason)
{
  GlnCollectionPaper *entry = g_ptr_array_index (state->entries, i);

  g_assert_cmpint (entry->paper_id, ==, fixture->ids[i]);
  g_assert_cmpint (entry->status, ==, expected);
  g_assert_cmpstr (entry->reason, ==, expected_reason);
}

static gboolean
screening_ready (gpointer data)
{
  return !gln_screening_view_is_busy (data) && gln_screening_view_get_paper (data) != NULL;
}

static gboolean
screening_idle (gpointer data)
{
  return !gln_screening_view_is_busy (data);
}

static gint64
current_id (GlnScreeningView *view)
{
  return gln_paper_get_id (gln_screening_view_get_paper (view));
}

static void
decide (GtkWidget  *view,
        const char *decision)
{
  g_assert_true (gtk_widget_activate_action (view, "screening.decide", "s", decision));
}

static void
test_screening (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GlnBoardState) state = NULL;
  GlnScreeningSummary *summary;
  GtkWidget *view;
  GtkWidget *popover;
  GtkWidget *entry;

  if (!have_display)
    {
      g_test_skip ("No display available");
      return;
    }

  view = gln_screening_view_new ();
  gln_screening_view_set_store (GLN_SCREENING_VIEW (view), fixture->store);
  gln_screening_view_set_collection (GLN_SCREENING_VIEW (view), fixture->collection);
  gtk_window_set_child (fixture->window, view);
  gtk_window_present (fixture->window);
  gln_ui_test_wait_until (screening_ready, view, "the first paper");

  /* The papers come in the order they were added, one at a time. */
  g_assert_cmpint (current_id (GLN_SCREENING_VIEW (view)), ==, fixture->ids[0]);
  decide (view, "include");
  g_assert_cmpint (current_id (GLN_SCREENING_VIEW (view)), ==, fixture->ids[1]);

  /* E asks for a reason; one typed in the entry and confirmed with Enter excludes. */
  g_assert_true (gtk_widget_activate_action (view, "screening.ask-reason", NULL));
  popover = find_widget (view, is_visible_popover, NULL);
  g_assert_nonnull (popover);
  entry = find_descendant (popover, GTK_TYPE_ENTRY);
  gtk_editable_set_text (GTK_EDITABLE (entry), "  wrong particle ");
  g_signal_emit_by_name (entry, "activate");
  g_assert_false (gtk_widget_get_visible (popover));
  g_assert_cmpint (current_id (GLN_SCREENING_VIEW (view)), ==, fixture->ids[2]);

  decide (view, "maybe");
  decide (view, "include");
  g_assert_true (gtk_widget_activate_action (view, "screening.exclude", "s", "wrong particle"));
  g_assert_cmpint (current_id (GLN_SCREENING_VIEW (view)), ==, fixture->ids[5]);
  gln_ui_test_wait_until (screening_idle, view, "the decisions to be stored");

  /* Undo takes back the last exclusion and shows its paper again. */
  g_assert_true (gtk_widget_activate_action (view, "screening.undo", NULL));
  gln_ui_test_wait_until (screening_idle, view, "the undo");
  g_assert_cmpint (current_id (GLN_SCREENING_VIEW (view)), ==, fixture->ids[4]);

  state = load_fresh (fixture);
  assert_screening (state, fixture, 0, GLN_SCREENING_INCLUDE, NULL);
  assert_screening (state, fixture, 1, GLN_SCREENING_EXCLUDE, "wrong particle");
  assert_screening (state, fixture, 2, GLN_SCREENING_MAYBE, NULL);
  assert_screening (state, fixture, 3, GLN_SCREENING_INCLUDE, NULL);
  assert_screening (state, fixture, 4, GLN_SCREENING_UNSCREENED, NULL);

  /* A typed reason joins the default ones. */
  g_assert_cmpuint (g_strv_length (state->reasons), ==, 10);
  g_assert_cmpstr (state->reasons[9], ==, "wrong particle");
  summary = state->summary;
  g_assert_cmpuint (summary->counts[GLN_SCREENING_INCLUDE], ==, 2);
  g_assert_cmpuint (summary->counts[GLN_SCREENING_EXCLUDE], ==, 1);
  g_assert_cmpuint (summary->counts[GLN_SCREENING_MAYBE], ==, 1);
  g_assert_cmpuint (summary->counts[GLN_SCREENING_UNSCREENED], ==, 6);

  /* Going through every paper starts again at the first; U takes a decision back. */
  gln_screening_view_set_filter (GLN_SCREENING_VIEW (view), -1);
  g_assert_cmpint (current_id (GLN_SCREENING_VIEW (view)), ==, fixture->ids[0]);
  decide (view, "unscreened");
  g_assert_cmpint (current_id (GLN_SCREENING_VIEW (view)), ==, fixture->ids[1]);
  g_assert_true (gtk_widget_activate_action (view, "screening.previous", NULL));
  g_assert_cmpint (current_id (GLN_SCREENING_VIEW (view)), ==, fixture->ids[0]);
  gln_ui_test_wait_until (screening_idle, view, "the last decision");
  g_clear_pointer (&state, gln_board_state_free);
  state = load_fresh (fixture);
  assert_screening (state, fixture, 0, GLN_SCREENING_UNSCREENED, NULL);
}

static gboolean
is_named (GtkWidget     *widget,
          gconstpointer  data)
{
  return g_strcmp0 (gtk_widget_get_name (widget), data) == 0;
}

static GtkLabel *
abstract_label (GtkWidget *view)
{
  GtkWidget *label = find_widget (view, is_named, "abstract");

  g_assert_true (GTK_IS_LABEL (label));
  return GTK_LABEL (label);
}

/* A word of the abstract that is not a keyword yet: its last one of eight letters or more. */
static char *
dup_long_word (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \n,.;:()", -1);
  char *found = NULL;

  for (guint i = 0; words[i] != NULL; i++)
    if (strlen (words[i]) >= 8 && g_str_is_ascii (words[i]))
      {
        g_free (found);
        found = g_strdup (words[i]);
      }

  g_assert_nonnull (found);
  return found;
}

/* Issue 14, item 11: the collection's include keywords, taken from its name and criteria
 * without generic words, and exclude keywords the user types, highlighted apart and stored
 * with the collection. */
static void
test_highlights (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GlnBoardState) state = NULL;
  g_autofree char *word = NULL;
  GtkWidget *view;
  GtkWidget *include;
  GtkWidget *exclude;
  const char *markup;

  if (!have_display)
    {
      g_test_skip ("No display available");
      return;
    }

  view = gln_screening_view_new ();
  gln_screening_view_set_store (GLN_SCREENING_VIEW (view), fixture->store);
  gln_screening_view_set_collection (GLN_SCREENING_VIEW (view), fixture->collection);
  gtk_window_set_child (fixture->window, view);
  gtk_window_present (fixture->window);
  gln_ui_test_wait_until (screening_ready, view, "the first paper");

  include = find_widget (view, is_named, "include");
  exclude = find_widget (view, is_named, "exclude");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (include)), ==,
                   "proton, structure, radius, electron, scattering");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (exclude)), ==, "");

  /* The abstract's topic words are marked as include keywords, and nothing as exclude. */
  markup = gtk_label_get_label (abstract_label (view));
  g_assert_nonnull (strstr (markup, "background=\"#8ff0a4\""));
  g_assert_null (strstr (markup, "background=\"#ffa39e\""));

  /* An exclude keyword typed by the user is marked its own way, and stored. */
  word = dup_long_word (gln_paper_get_abstract (gln_screening_view_get_paper
                                                  (GLN_SCREENING_VIEW (view))));
  gtk_editable_set_text (GTK_EDITABLE (exclude), word);
  g_signal_emit_by_name (exclude, "activate");
  markup = gtk_label_get_label (abstract_label (view));
  g_assert_nonnull (strstr (markup, "underline=\"error\""));
  gln_ui_test_wait_until (screening_idle, view, "the keywords to be stored");

  state = load_fresh (fixture);
  g_assert_cmpstr (state->info->exclude_words, ==, word);
  g_assert_cmpstr (state->info->include_words, ==,
                   "proton\nstructure\nradius\nelectron\nscattering");
  g_clear_pointer (&state, gln_board_state_free);

  /* Back to the criteria's keywords. */
  g_assert_true (gtk_widget_activate_action (view, "screening.reset-words", NULL));
  gln_ui_test_wait_until (screening_idle, view, "the keywords to be reset");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (exclude)), ==, "");
  state = load_fresh (fixture);
  g_assert_null (state->info->exclude_words);
  g_assert_null (state->info->include_words);
}

static GtkWidget *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return GTK_WIDGET (window);
    }

  return NULL;
}

typedef struct
{
  GtkWidget  *dialog;
  const char *reason;
  gboolean    present;
} ReasonWait;

static gboolean
reason_shown (gpointer data)
{
  ReasonWait *wait = data;
  GlnReasonsDialog *dialog = GLN_REASONS_DIALOG (wait->dialog);

  return g_strv_contains (gln_reasons_dialog_get_reasons (dialog), wait->reason) == wait->present;
}

/* Waits until the dialog's reasons contain @reason, or not. */
static void
wait_for_reason (GtkWidget  *dialog,
                 const char *reason,
                 gboolean    present)
{
  ReasonWait wait = { dialog, reason, present };

  gln_ui_test_wait_until (reason_shown, &wait, reason);
}

static gboolean
has_tooltip (GtkWidget     *widget,
             gconstpointer  data)
{
  return g_strcmp0 (gtk_widget_get_tooltip_text (widget), data) == 0;
}

/* Issue 14, item 18: the default reasons, edited in their dialog: added, renamed, removed
 * with the decisions kept. */
static void
test_reasons (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GlnBoardState) state = NULL;
  GtkWidget *view;
  GtkWidget *dialog;
  GtkWidget *list;
  GtkWidget *row;
  GtkWidget *button;

  if (!have_display)
    {
      g_test_skip ("No display available");
      return;
    }

  view = gln_screening_view_new ();
  gln_screening_view_set_store (GLN_SCREENING_VIEW (view), fixture->store);
  gln_screening_view_set_collection (GLN_SCREENING_VIEW (view), fixture->collection);
  gtk_window_set_child (fixture->window, view);
  gtk_window_present (fixture->window);
  gln_ui_test_wait_until (screening_ready, view, "the first paper");
  g_assert_true (gtk_widget_activate_action (view, "screening.exclude", "s", "Wrong outcome"));
  gln_ui_test_wait_until (screening_idle, view, "the decision to be stored");

  g_assert_true (gtk_widget_activate_action (view, "screening.edit-reasons", NULL));
  dialog = find_toplevel (GLN_TYPE_REASONS_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpuint (g_strv_length ((char **) gln_reasons_dialog_get_reasons
                                     (GLN_REASONS_DIALOG (dialog))), ==, 9);
  list = find_descendant (dialog, GTK_TYPE_LIST_BOX);

  /* The last row adds a reason. */
  row = gtk_widget_get_last_child (list);
  g_assert_true (ADW_IS_ENTRY_ROW (row));
  gtk_editable_set_text (GTK_EDITABLE (row), "Conference abstract");
  g_signal_emit_by_name (row, "entry-activated");
  wait_for_reason (dialog, "Conference abstract", TRUE);

  /* A row renamed and applied renames the decisions that gave the reason. */
  for (row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), "Wrong outcome") == 0)
      break;
  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), "No radius measured");
  g_signal_emit_by_name (row, "apply");
  wait_for_reason (dialog, "No radius measured", TRUE);

  /* A removed reason leaves the decisions alone. */
  for (row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), "No radius measured") == 0)
      break;
  g_assert_nonnull (row);
  button = find_widget (row, has_tooltip, "Remove Reason");
  g_assert_true (GTK_IS_BUTTON (button));
  g_signal_emit_by_name (button, "clicked");
  wait_for_reason (dialog, "No radius measured", FALSE);
  gtk_window_destroy (GTK_WINDOW (dialog));

  state = load_fresh (fixture);
  g_assert_false (g_strv_contains ((const char * const *) state->reasons, "Wrong outcome"));
  g_assert_false (g_strv_contains ((const char * const *) state->reasons, "No radius measured"));
  g_assert_true (g_strv_contains ((const char * const *) state->reasons, "Conference abstract"));
  g_assert_true (g_strv_contains ((const char * const *) state->reasons, "Wrong population"));
  assert_screening (state, fixture, 0, GLN_SCREENING_EXCLUDE, "No radius measured");
}

/* The widgets under @widget that need more than @limit pixels while none of their children
 * does: what makes a page too wide. Returns whether @widget needs more. */
static gboolean
list_wide (GtkWidget *widget,
           int        limit,
           GString   *out)
{
  gboolean child_wide = FALSE;
  int min;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  if (min <= limit)
    return FALSE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_get_visible (child))
      child_wide |= list_wide (child, limit, out);
  if (!child_wide)
    {
      g_string_append_printf (out, "\n%s %d:", G_OBJECT_TYPE_NAME (widget), min);
      for (GtkWidget *child = gtk_widget_get_first_child (widget);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          int child_min;

          gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &child_min, NULL, NULL,
                              NULL);
          g_string_append_printf (out, " %s %d", G_OBJECT_TYPE_NAME (child), child_min);
          if (GTK_IS_LABEL (child))
            g_string_append_printf (out, " \"%s\"", gtk_label_get_label (GTK_LABEL (child)));
        }
    }

  return TRUE;
}

static gboolean
review_ready (gpointer data)
{
  GtkWidget *board = find_descendant (data, GLN_TYPE_BOARD_VIEW);

  return board != NULL && !gln_board_view_is_busy (GLN_BOARD_VIEW (board));
}

/* Issue 14, item 20: the review window fits a phone's 360 pixels, on every page, with the
 * user's columns of the board a scroll away. */
static void
test_narrow (Fixture       *fixture,
             gconstpointer  data)
{
  GlnReviewWindow *window;
  GtkWidget *board;
  GtkWidget *scrolled;
  static const char * const pages[] = { "screening", "board", "compare" };

  if (!have_display)
    {
      g_test_skip ("No display available");
      return;
    }

  window = gln_review_window_new (fixture->store, fixture->collection, COLLECTION);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
  gtk_window_present (GTK_WINDOW (window));
  gln_review_window_show_page (window, "board");
  gln_ui_test_wait_until (review_ready, window, "the board");

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autoptr(GString) wide = g_string_new (NULL);
      int min;

      gln_review_window_show_page (window, pages[i]);
      gln_ui_test_settle ();
      gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL,
                          NULL, NULL);
      list_wide (GTK_WIDGET (window), 360, wide);
      g_test_message ("%s: %d:%s", pages[i], min, wide->str);
      g_assert_cmpint (min, <=, 360);
    }

  /* The board scrolls sideways, with a scrollbar that shows. */
  gln_review_window_show_page (window, "board");
  board = find_descendant (GTK_WIDGET (window), GLN_TYPE_BOARD_VIEW);
  scrolled = gtk_widget_get_parent (find_descendant (board, GTK_TYPE_COLUMN_VIEW));
  g_assert_true (GTK_IS_SCROLLED_WINDOW (scrolled));
  g_assert_false (gtk_scrolled_window_get_overlay_scrolling (GTK_SCROLLED_WINDOW (scrolled)));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
board_idle (gpointer data)
{
  return !gln_board_view_is_busy (data);
}

typedef struct
{
  Fixture *fixture;
  gint64   paper_id;
  int      rating;
} RatingWait;

static gboolean
paper_rated (gpointer data)
{
  RatingWait *wait = data;
  g_autoptr(GlnStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GlnPaper) paper = NULL;

  store = gln_store_open_sync (wait->fixture->path, &error);
  g_assert_no_error (error);
  paper = gln_store_lookup_paper (store, wait->paper_id, &error);
  g_assert_no_error (error);

  return paper != NULL && gln_paper_get_rating (paper) == wait->rating;
}

/* A board of the collection in the window, showing every paper. */
static GtkWidget *
show_all_board (Fixture *fixture)
{
  GtkWidget *view = gln_board_view_new ();

  gln_board_view_set_store (GLN_BOARD_VIEW (view), fixture->store);
  gln_board_view_set_collection (GLN_BOARD_VIEW (view), fixture->collection);
  gtk_window_set_child (fixture->window, view);
  gtk_window_present (fixture->window);
  gln_ui_test_wait_until (board_idle, view, "the board");
  gln_board_view_set_filter (GLN_BOARD_VIEW (view), -1);
  gln_ui_test_wait_until (board_idle, view, "every paper");

  return view;
}

/* Issue 14, item 20, in part: Tab does not walk the stars of every row; the keys 0 to 5
 * rate the selected rows. */
static void
test_board_rating_keys (Fixture       *fixture,
                        gconstpointer  data)
{
  RatingWait wait = { fixture, 0, 4 };
  g_autoptr(GlnReviewItem) item = NULL;
  GtkWidget *view;
  GtkWidget *rating;
  GtkSelectionModel *model;

  if (!have_display)
    {
      g_test_skip ("No display available");
      return;
    }

  view = show_all_board (fixture);
  gln_ui_test_settle ();

  rating = find_descendant (view, GLN_TYPE_RATING);
  g_assert_nonnull (rating);
  for (GtkWidget *star = gtk_widget_get_first_child (rating);
       star != NULL;
       star = gtk_widget_get_next_sibling (star))
    g_assert_false (gtk_widget_get_focusable (star));

  model = GTK_SELECTION_MODEL (gtk_column_view_get_model
                                 (GTK_COLUMN_VIEW (find_descendant (view, GTK_TYPE_COLUMN_VIEW))));
  g_assert_true (gtk_selection_model_select_item (model, 0, TRUE));
  item = g_list_model_get_item (G_LIST_MODEL (model), 0);
  wait.paper_id = gln_paper_get_id (gln_review_item_get_paper (item));
  g_assert_true (gtk_widget_activate_action (view, "board.rate", "i", 4));
  gln_ui_test_wait_until (paper_rated, &wait, "the rating to be stored");
}

static GlnBoardColumn *
find_column (GPtrArray  *columns,
             const char *name)
{
  for (guint i = 0; i < columns->len; i++)
    if (g_strcmp0 (((GlnBoardColumn *) g_ptr_array_index (columns, i))->name, name) == 0)
      return g_ptr_array_index (columns, i);

  return NULL;
}

static char *
dup_cell (GHashTable *cells,
          gint64      column_id,
          gint64      paper_id)
{
  g_autofree char *key = gln_board_cell_key (column_id, paper_id);

  return g_strdup (g_hash_table_lookup (cells, key));
}

static void
sort_by (GtkWidget   *view,
         const char  *title,
         GtkSortType  direction)
{
  GtkColumnView *column_view = GTK_COLUMN_VIEW (find_descendant (view, GTK_TYPE_COLUMN_VIEW));
  GListModel *columns = gtk_column_view_get_columns (column_view);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (gtk_column_view_column_get_title (column), title) == 0)
        {
          gtk_column_view_sort_by_column (column_view, column, direction);
          return;
        }
    }

  gtk_column_view_sort_by_column (column_view, NULL, direction);
}

static gint64
row_paper (GtkWidget *view,
           guint      position)
{
  GtkColumnView *column_view = GTK_COLUMN_VIEW (find_descendant (view, GTK_TYPE_COLUMN_VIEW));
  g_autoptr(GlnReviewItem) item = NULL;

  item = g_list_model_get_item (G_LIST_MODEL (gtk_column_view_get_model (column_view)), position);
  return gln_review_item_get_paper_id (item);
}

static int
row_year (GtkWidget *view,
          guint      position)
{
  GlnStore *store = gln_board_view_get_store (GLN_BOARD_VIEW (view));
  g_autoptr(GlnPaper) paper = gln_store_lookup_paper (store, row_paper (view, position), NULL);

  return gln_paper_get_year (paper);
}

static GtkWindow *
find_column_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (GLN_IS_COLUMN_DIALOG (window))
        return window;
    }

  return NULL;
}

static char *
read_export (GtkWidget      *view,
             GlnBoardExport  format,
             const char     *name)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  gln_board_view_export_to_file (GLN_BOARD_VIEW (view), format, file);
  gln_ui_test_wait_until (board_idle, view, "the export");
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  return contents;
}

static gboolean
has_method_cell (gpointer data)
{
  return find_widget (data, is_cell_of, "Method") != NULL;
}

static gboolean
has_risk_cell (gpointer data)
{
  return find_widget (data, is_cell_of, "Risk") != NULL;
}

static gboolean
no_column_dialog (gpointer data)
{
  return find_column_dialog () == NULL;
}

static gboolean
focus_in (GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static guint
cursor_row (GtkWidget *view)
{
  guint row = G_MAXUINT;

  gln_board_view_get_cursor (GLN_BOARD_VIEW (view), &row);
  return row;
}

/* The visible columns' titles, left to right. */
static GPtrArray *
dup_visible_titles (GtkColumnView *column_view)
{
  GListModel *columns = gtk_column_view_get_columns (column_view);
  GPtrArray *titles = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (gtk_column_view_column_get_visible (column))
        g_ptr_array_add (titles, g_strdup (gtk_column_view_column_get_title (column)));
    }

  return titles;
}

/* Issue 14, item 20: the board's cell cursor. Arrows move it, the row's selection following;
 * Enter edits the cell under it; Escape leaves the entry keeping what was typed, as leaving a
 * cell does; Tab leaves the grid instead of walking its cells. */
static void
test_board_cursor (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GlnBoardState) state = NULL;
  g_autoptr(GPtrArray) titles = NULL;
  g_autofree char *value = NULL;
  GtkColumnView *column_view;
  GtkSelectionModel *model;
  GtkWidget *view;
  GtkWidget *cell;
  GtkWidget *entry;
  gint64 method, relevance;
  guint method_index = G_MAXUINT;

  if (!have_display)
    {
      g_test_skip ("No display available");
      return;
    }

  view = show_all_board (fixture);
  gln_board_view_add_column (GLN_BOARD_VIEW (view), "Method", GLN_BOARD_KIND_TEXT, NULL);
  gln_board_view_add_column (GLN_BOARD_VIEW (view), "Relevance", GLN_BOARD_KIND_SCORE, NULL);
  gln_ui_test_wait_until (board_idle, view, "the new columns");
  gln_ui_test_wait_until (has_method_cell, view, "the rows of the new columns");
  method = gln_board_view_lookup_column (GLN_BOARD_VIEW (view), "Method");
  relevance = gln_board_view_lookup_column (GLN_BOARD_VIEW (view), "Relevance");
  gln_ui_test_settle ();

  column_view = GTK_COLUMN_VIEW (find_descendant (view, GTK_TYPE_COLUMN_VIEW));
  model = gtk_column_view_get_model (column_view);
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (column_view)));
  g_assert_true (focus_in (GTK_WIDGET (column_view)));
  g_assert_cmpuint (cursor_row (view), ==, 0);

  /* Down and Up move the cursor between rows, and the selection with it. */
  g_assert_true (gln_ui_test_press_key (GTK_WIDGET (column_view), "gln-board-keys", GDK_KEY_Down));
  g_assert_true (gln_ui_test_press_key (GTK_WIDGET (column_view), "gln-board-keys", GDK_KEY_Down));
  g_assert_cmpuint (cursor_row (view), ==, 2);
  g_assert_true (gtk_selection_model_is_selected (model, 2));
  g_assert_false (gtk_selection_model_is_selected (model, 0));
  g_assert_true (gln_ui_test_press_key (GTK_WIDGET (column_view), "gln-board-keys", GDK_KEY_Up));
  g_assert_cmpuint (cursor_row (view), ==, 1);
  g_assert_true (gtk_selection_model_is_selected (model, 1));
  g_assert_false (gtk_selection_model_is_selected (model, 2));
  g_assert_true (focus_in (GTK_WIDGET (column_view)));

  /* Left and Right walk the visible columns, left to right, and stop at the edges. */
  titles = dup_visible_titles (column_view);
  g_assert_cmpstr (gln_board_view_get_cursor (GLN_BOARD_VIEW (view), NULL), ==,
                   g_ptr_array_index (titles, 0));
  g_assert_true (gln_ui_test_press_key (GTK_WIDGET (column_view), "gln-board-keys", GDK_KEY_Left));
  g_assert_cmpstr (gln_board_view_get_cursor (GLN_BOARD_VIEW (view), NULL), ==,
                   g_ptr_array_index (titles, 0));
  for (guint i = 1; i < titles->len; i++)
    {
      g_assert_true (gln_ui_test_press_key (GTK_WIDGET (column_view), "gln-board-keys", GDK_KEY_Right));
      g_assert_cmpstr (gln_board_view_get_cursor (GLN_BOARD_VIEW (view), NULL), ==,
                       g_ptr_array_index (titles, i));
      if (g_strcmp0 (g_ptr_array_index (titles, i), "Method") == 0)
        method_index = i;
    }
  g_assert_cmpuint (method_index, <, titles->len);
  g_assert_true (gln_ui_test_press_key (GTK_WIDGET (column_view), "gln-board-keys", GDK_KEY_Right));
  g_assert_cmpstr (gln_board_view_get_cursor (GLN_BOARD_VIEW (view), NULL), ==,
                   g_ptr_array_index (titles, titles->len - 1));
  while (g_strcmp0 (gln_board_view_get_cursor (GLN_BOARD_VIEW (view), NULL), "Method") != 0)
    g_assert_true (gln_ui_test_press_key (GTK_WIDGET (column_view), "gln-board-keys", GDK_KEY_Left));
  g_assert_cmpuint (cursor_row (view), ==, 1);

  /* The cell under the cursor is the Method cell of the second row. */
  cell = gln_board_view_get_cursor_cell (GLN_BOARD_VIEW (view));
  g_assert_true (GLN_IS_BOARD_CELL (cell));
  g_assert_cmpstr (gln_board_cell_get_column (GLN_BOARD_CELL (cell))->name, ==, "Method");
  g_assert_true (gln_board_cell_get_item (GLN_BOARD_CELL (cell)) ==
                 g_list_model_get_item (G_LIST_MODEL (model), 1));
  g_object_unref (gln_board_cell_get_item (GLN_BOARD_CELL (cell)));

  /* Enter edits it; the arrows then belong to the entry. */
  g_assert_true (gln_ui_test_press_key (GTK_WIDGET (column_view), "gln-board-keys", GDK_KEY_Return));
  g_assert_true (gln_board_cell_is_editing (GLN_BOARD_CELL (cell)));
  entry = find_descendant (cell, GTK_TYPE_ENTRY);
  g_assert_true (focus_in (entry));
  g_assert_false (gln_ui_test_press_key (GTK_WIDGET (column_view), "gln-board-keys", GDK_KEY_Left));
  g_assert_cmpuint (cursor_row (view), ==, 1);

  /* Typing, then Escape: the cell keeps what was typed, and the cursor is back. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "Muonic hydrogen spectroscopy");
  g_assert_true (gln_ui_test_press_key (entry, "gln-board-cell-keys", GDK_KEY_Escape));
  g_assert_false (gln_board_cell_is_editing (GLN_BOARD_CELL (cell)));
  g_assert_true (focus_in (GTK_WIDGET (column_view)));
  gln_ui_test_wait_until (board_idle, view, "the cell");
  state = load_fresh (fixture);
  value = dup_cell (state->cells, method, row_paper (view, 1));
  g_assert_cmpstr (value, ==, "Muonic hydrogen spectroscopy");

  /* F2 edits too; Enter stores. */
  g_assert_true (gln_ui_test_press_key (GTK_WIDGET (column_view), "gln-board-keys", GDK_KEY_Down));
  cell = gln_board_view_get_cursor_cell (GLN_BOARD_VIEW (view));
  g_assert_true (GLN_IS_BOARD_CELL (cell));
  g_assert_true (gln_ui_test_press_key (GTK_WIDGET (column_view), "gln-board-keys", GDK_KEY_F2));
  g_assert_true (gln_board_cell_is_editing (GLN_BOARD_CELL (cell)));
  entry = find_descendant (cell, GTK_TYPE_ENTRY);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Elastic scattering");
  g_signal_emit_by_name (entry, "activate");
  g_assert_false (gln_board_cell_is_editing (GLN_BOARD_CELL (cell)));
  gln_ui_test_wait_until (board_idle, view, "the cell");
  g_clear_pointer (&state, gln_board_state_free);
  g_clear_pointer (&value, g_free);
  state = load_fresh (fixture);
  value = dup_cell (state->cells, method, row_paper (view, 2));
  g_assert_cmpstr (value, ==, "Elastic scattering");

  /* On a score cell, the keys 0 to 5 set its score. */
  g_assert_true (gln_ui_test_press_key (GTK_WIDGET (column_view), "gln-board-keys", GDK_KEY_Right));
  g_assert_cmpstr (gln_board_view_get_cursor (GLN_BOARD_VIEW (view), NULL), ==, "Relevance");
  g_assert_true (gln_ui_test_press_key (GTK_WIDGET (column_view), "gln-board-keys", GDK_KEY_3));
  gln_ui_test_wait_until (board_idle, view, "the score");
  g_clear_pointer (&state, gln_board_state_free);
  g_clear_pointer (&value, g_free);
  state = load_fresh (fixture);
  value = dup_cell (state->cells, relevance, row_paper (view, 2));
  g_assert_cmpstr (value, ==, "3");

  /* Down to the last row, scrolled in as the cursor reaches it; the cursor stays there. */
  for (guint i = 0; i < 10; i++)
    {
      g_assert_true (gln_ui_test_press_key (GTK_WIDGET (column_view), "gln-board-keys",
                                            GDK_KEY_Down));
      gln_ui_test_settle ();
    }
  g_assert_true (gln_ui_test_press_key (GTK_WIDGET (column_view), "gln-board-keys", GDK_KEY_Left));
  g_assert_cmpuint (cursor_row (view), ==, 9);
  g_assert_true (gtk_selection_model_is_selected (model, 9));
  g_assert_cmpstr (gln_board_view_get_cursor (GLN_BOARD_VIEW (view), NULL), ==, "Method");
  cell = gln_board_view_get_cursor_cell (GLN_BOARD_VIEW (view));
  g_assert_true (GLN_IS_BOARD_CELL (cell));
  g_assert_cmpint (gln_review_item_get_paper_id (gln_board_cell_get_item (GLN_BOARD_CELL (cell))),
                   ==, row_paper (view, 9));

    /* Tab leaves the grid at once. */
  g_assert_true (gln_ui_test_press_key (GTK_WIDGET (column_view), "gln-board-keys", GDK_KEY_Tab));
  g_assert_false (focus_in (GTK_WIDGET (column_view)));
  g_assert_nonnull (gtk_root_get_focus (GTK_ROOT (fixture->window)));
}

/* Presses @keyval with @state on the board's own key controller. */
static gboolean
press_board_key (GtkWidget       *column_view,
                 guint            keyval,
                 GdkModifierType  state)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (column_view);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);
      gboolean handled = FALSE;

      if (g_strcmp0 (gtk_event_controller_get_name (controller), "gln-board-keys") != 0)
        continue;
      g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
      return handled;
    }
  g_assert_not_reached ();
}

/* Moves the cursor right or left until it is on the column titled @title. */
static void
cursor_to_column (GtkWidget  *view,
                  GtkWidget  *column_view,
                  const char *title,
                  guint       keyval)
{
  for (guint i = 0; i < 20; i++)
    {
      if (g_strcmp0 (gln_board_view_get_cursor (GLN_BOARD_VIEW (view), NULL), title) == 0)
        return;
      g_assert_true (press_board_key (column_view, keyval, 0));
    }
  g_assert_cmpstr (gln_board_view_get_cursor (GLN_BOARD_VIEW (view), NULL), ==, title);
}

typedef struct
{
  const char *column;   /* NULL for Key Results */
  gint64      paper_id;
} CellOf;

static gboolean
is_cell_of_paper (GtkWidget     *widget,
                  gconstpointer  data)
{
  const CellOf *cell = data;
  const GlnBoardColumn *column;

  if (!GLN_IS_BOARD_CELL (widget) || !gtk_widget_get_mapped (widget) ||
      gln_review_item_get_paper_id (gln_board_cell_get_item (GLN_BOARD_CELL (widget))) !=
      cell->paper_id)
    return FALSE;
  column = gln_board_cell_get_column (GLN_BOARD_CELL (widget));

  return cell->column == NULL ? column == NULL
                              : column != NULL && g_strcmp0 (column->name, cell->column) == 0;
}

static gboolean
has_visible_popover (gpointer data)
{
  return find_widget (data, is_visible_popover, NULL) != NULL;
}

static gboolean
has_no_visible_popover (gpointer data)
{
  return find_widget (data, is_visible_popover, NULL) == NULL;
}

/* Clicks @widget's middle as the board's click gesture sees it. */
static void
click_board (GtkWidget *column_view,
             GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (column_view);
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (widget, column_view, &bounds));
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (g_strcmp0 (gtk_event_controller_get_name (controller), "gln-board-click") != 0)
        continue;
      g_signal_emit_by_name (controller, "pressed", 1,
                             (double) bounds.origin.x + bounds.size.width / 2,
                             (double) bounds.origin.y + bounds.size.height / 2);
      return;
    }
  g_assert_not_reached ();
}

/* Issue 14, item 20: the cell cursor opens a choice cell's list and the Key results editor
 * with Enter, Shift+Tab leaves the board backwards, and a click puts the cursor on the cell
 * clicked. */
static void
test_board_cursor_editors (Fixture       *fixture,
                           gconstpointer  data)
{
  const char * const risks[] = { "Low", "Medium", "High", NULL };
  GtkWidget *column_view;
  GtkWidget *view;
  GtkWidget *cell;
  GtkWidget *focus;
  CellOf clicked;
  guint row = G_MAXUINT;

  if (!have_display)
    {
      g_test_skip ("No display available");
      return;
    }

  view = show_all_board (fixture);
  gln_board_view_add_column (GLN_BOARD_VIEW (view), "Risk", GLN_BOARD_KIND_CHOICE, risks);
  gln_ui_test_wait_until (board_idle, view, "the new column");
  gln_ui_test_wait_until (has_risk_cell, view, "the rows of the new column");
  gln_ui_test_settle ();

  column_view = find_descendant (view, GTK_TYPE_COLUMN_VIEW);
  g_assert_true (gtk_widget_grab_focus (column_view));
  g_assert_cmpuint (cursor_row (view), ==, 0);

  /* Enter on a choice cell opens its list of choices. */
  cursor_to_column (view, column_view, "Risk", GDK_KEY_Right);
  cell = gln_board_view_get_cursor_cell (GLN_BOARD_VIEW (view));
  g_assert_true (GLN_IS_BOARD_CELL (cell));
  g_assert_null (find_widget (cell, is_visible_popover, NULL));
  g_assert_true (press_board_key (column_view, GDK_KEY_Return, 0));
  gln_ui_test_wait_until (has_visible_popover, cell, "the list of choices");
  gtk_popover_popdown (GTK_POPOVER (find_widget (cell, is_visible_popover, NULL)));
  gln_ui_test_wait_until (has_no_visible_popover, cell, "the list to close");

  /* Enter on Key results opens their editor. */
  g_assert_true (gtk_widget_grab_focus (column_view));
  cursor_to_column (view, column_view, "Key Results", GDK_KEY_Right);
  cell = gln_board_view_get_cursor_cell (GLN_BOARD_VIEW (view));
  g_assert_true (GLN_IS_BOARD_CELL (cell));
  g_assert_null (gln_board_cell_get_column (GLN_BOARD_CELL (cell)));
  g_assert_true (press_board_key (column_view, GDK_KEY_Return, 0));
  gln_ui_test_wait_until (has_visible_popover, cell, "the Key results editor");
  g_assert_nonnull (find_descendant (find_widget (cell, is_visible_popover, NULL),
                                     GTK_TYPE_TEXT_VIEW));
  gtk_popover_popdown (GTK_POPOVER (find_widget (cell, is_visible_popover, NULL)));
  gln_ui_test_wait_until (has_no_visible_popover, cell, "the editor to close");

  /* A click puts the cursor on the cell clicked: the fourth row's Risk. */
  clicked.column = "Risk";
  clicked.paper_id = row_paper (view, 3);
  cell = find_widget (view, is_cell_of_paper, &clicked);
  g_assert_nonnull (cell);
  click_board (column_view, cell);
  g_assert_cmpstr (gln_board_view_get_cursor (GLN_BOARD_VIEW (view), &row), ==, "Risk");
  g_assert_cmpuint (row, ==, 3);
  g_assert_true (gln_board_view_get_cursor_cell (GLN_BOARD_VIEW (view)) == cell);

  /* Shift+Tab leaves the grid backwards, to the board's last button above it. */
  g_assert_true (gtk_widget_grab_focus (column_view));
  g_assert_true (focus_in (column_view));
  g_assert_true (press_board_key (column_view, GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK));
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_nonnull (focus);
  g_assert_false (focus_in (column_view));
  g_assert_true (gtk_widget_is_ancestor (focus, view));
  g_assert_true (gtk_widget_get_mapped (focus));
}

static GdkRGBA
widget_color (GtkWidget *widget)
{
  GdkRGBA color;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS

  return color;
}

static gboolean
is_css_node (GtkWidget     *widget,
             gconstpointer  data)
{
  return g_strcmp0 (gtk_widget_get_css_name (widget), data) == 0;
}

static gboolean
same_color (const GdkRGBA *a,
            const GdkRGBA *b)
{
  return G_APPROX_VALUE (a->red, b->red, 0.01) && G_APPROX_VALUE (a->green, b->green, 0.01) &&
         G_APPROX_VALUE (a->blue, b->blue, 0.01) && G_APPROX_VALUE (a->alpha, b->alpha, 0.01);
}

/* The 2-pixel rings of @color that @node draws: focus outlines and the cell cursor. */
static guint
count_rings (GskRenderNode *node,
             const GdkRGBA *color)
{
  guint n = 0;

  switch ((int) gsk_render_node_get_node_type (node))
    {
    case GSK_CONTAINER_NODE:
      for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
        n += count_rings (gsk_container_node_get_child (node, i), color);
      return n;
    case GSK_TRANSFORM_NODE:
      return count_rings (gsk_transform_node_get_child (node), color);
    case GSK_CLIP_NODE:
      return count_rings (gsk_clip_node_get_child (node), color);
    case GSK_ROUNDED_CLIP_NODE:
      return count_rings (gsk_rounded_clip_node_get_child (node), color);
    case GSK_OPACITY_NODE:
      return count_rings (gsk_opacity_node_get_child (node), color);
    case GSK_DEBUG_NODE:
      return count_rings (gsk_debug_node_get_child (node), color);
    case GSK_BORDER_NODE:
      {
        const float *widths = gsk_border_node_get_widths (node);
        const GdkRGBA *colors = gsk_border_node_get_colors (node);

        for (guint i = 0; i < 4; i++)
          if (widths[i] != 2 || !same_color (&colors[i], color))
            return 0;
        return 1;
      }
    default:
      return 0;
    }
}

typedef struct
{
  GdkPaintable  *paintable;
  GskRenderNode *node;
} Drawing;

/* Whether the widget was drawn since the paintable was made; keeps what it drew. */
static gboolean
drawn (gpointer data)
{
  Drawing *drawing = data;
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();

  gdk_paintable_snapshot (drawing->paintable, snapshot,
                          gdk_paintable_get_intrinsic_width (drawing->paintable),
                          gdk_paintable_get_intrinsic_height (drawing->paintable));
  drawing->node = gtk_snapshot_to_node (snapshot);

  return drawing->node != NULL;
}

static guint
count_board_rings (GtkWidget *view)
{
  Drawing drawing = { gtk_widget_paintable_new (view), NULL };
  GdkRGBA accent = { 0 };
  guint n;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  g_assert_true (gtk_style_context_lookup_color (gtk_widget_get_style_context (view),
                                                 "accent_color", &accent));
  G_GNUC_END_IGNORE_DEPRECATIONS
  accent.alpha = 0.5;

  gtk_widget_queue_draw (view);
  gln_ui_test_wait_until (drawn, &drawing, "the board to be drawn");
  n = count_rings (drawing.node, &accent);
  gsk_render_node_unref (drawing.node);
  g_object_unref (drawing.paintable);

  return n;
}

/* Issue 14, polish: the board's column headers read as headers, in the text colour, not dimmed
 * as if disabled; and the cell cursor is the one focus ring, its row drawing none. */
static void
test_board_style (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();
  GtkWidget *column_view;
  GtkWidget *header;
  GtkWidget *label;
  GtkWidget *year;
  GdkRGBA text;
  guint n_labels = 0;

  if (!have_display)
    {
      g_test_skip ("No display available");
      return;
    }

  /* AdwApplication loads the app's style sheet; this window has no application. */
  gtk_css_provider_load_from_resource (provider, "/io/github/gleaner/Gleaner/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  column_view = find_descendant (show_all_board (fixture), GTK_TYPE_COLUMN_VIEW);
  gln_ui_test_settle ();

  /* A year cell's text is the board's text colour; every header's title is the same. */
  year = find_widget (column_view, is_css_node, "cell");
  while (year != NULL && !GTK_IS_LABEL (gtk_widget_get_first_child (year)))
    year = gtk_widget_get_next_sibling (year);
  g_assert_nonnull (year);
  text = widget_color (gtk_widget_get_first_child (year));
  g_assert_cmpfloat (text.alpha, >, 0.5);
  header = find_widget (column_view, is_css_node, "header");
  g_assert_nonnull (header);
  for (GtkWidget *title = gtk_widget_get_first_child (header); title != NULL;
       title = gtk_widget_get_next_sibling (title))
    {
      GdkRGBA color;

      if (!gtk_widget_get_mapped (title) || (label = find_descendant (title, GTK_TYPE_LABEL)) == NULL)
        continue;
      color = widget_color (label);
      g_assert_true (gdk_rgba_equal (&color, &text));
      n_labels++;
    }
  g_assert_cmpuint (n_labels, >=, 5);

  /* The cursor on a cell of the second row: one ring, the cursor's, not the row's too. */
  gtk_window_set_focus_visible (fixture->window, TRUE);
  g_assert_true (gtk_widget_grab_focus (column_view));
  g_assert_true (press_board_key (column_view, GDK_KEY_Down, 0));
  g_assert_true (press_board_key (column_view, GDK_KEY_Right, 0));
  g_assert_true (press_board_key (column_view, GDK_KEY_Right, 0));
  gln_ui_test_settle ();
  g_assert_cmpuint (cursor_row (gtk_widget_get_ancestor (column_view, GLN_TYPE_BOARD_VIEW)), ==, 1);
  g_assert_cmpuint (count_board_rings (gtk_widget_get_ancestor (column_view,
                                                                GLN_TYPE_BOARD_VIEW)), ==, 1);

  gtk_style_context_remove_provider_for_display (gdk_display_get_default (),
                                                 GTK_STYLE_PROVIDER (provider));
}

/* Issue 14, polish: tooltips never cover an open popover. In screening mode and on the board,
 * a button with a tooltip shows none while its popover is open: the drop-downs and menu
 * buttons, and Exclude while it asks for a reason. */
static void
test_popover_tooltips (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWidget *view;
  GtkWidget *popover;
  GtkWidget *exclude;

  if (!have_display)
    {
      g_test_skip ("No display available");
      return;
    }

  view = gln_screening_view_new ();
  gln_screening_view_set_store (GLN_SCREENING_VIEW (view), fixture->store);
  gln_screening_view_set_collection (GLN_SCREENING_VIEW (view), fixture->collection);
  gtk_window_set_child (fixture->window, view);
  gtk_window_present (fixture->window);
  gln_ui_test_wait_until (screening_ready, view, "the first paper");
  g_assert_cmpuint (gln_ui_test_check_popover_tooltips (view), >=, 1);

  g_assert_true (gtk_widget_activate_action (view, "screening.ask-reason", NULL));
  popover = find_widget (view, is_visible_popover, NULL);
  g_assert_nonnull (popover);
  exclude = gtk_widget_get_parent (popover);
  g_assert_nonnull (gtk_widget_get_tooltip_text (exclude));
  g_assert_false (gtk_widget_get_has_tooltip (exclude));
  gtk_popover_popdown (GTK_POPOVER (popover));
  g_assert_true (gtk_widget_get_has_tooltip (exclude));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (exclude), ==, "Exclude with a Reason (E)");

  view = show_all_board (fixture);
  g_assert_cmpuint (gln_ui_test_check_popover_tooltips (view), >=, 2);
}

static void
test_board (Fixture       *fixture,
            gconstpointer  data)
{
  const char * const risks[] = { "Low", "Medium", "High", NULL };
  g_autoptr(GlnBoardState) state = NULL;
  GPtrArray *columns;
  GPtrArray *entries;
  GHashTable *cells;
  g_autofree char *value = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *screening = NULL;
  GlnBoardCell *cell;
  GtkWidget *entry;
  GtkWindow *dialog;
  GtkWidget *view;
  gint64 method, relevance, risk;

  if (!have_display)
    {
      g_test_skip ("No display available");
      return;
    }

  view = gln_board_view_new ();
  gln_board_view_set_store (GLN_BOARD_VIEW (view), fixture->store);
  gln_board_view_set_collection (GLN_BOARD_VIEW (view), fixture->collection);
  gtk_window_set_child (fixture->window, view);
  gtk_window_present (fixture->window);
  gln_ui_test_wait_until (board_idle, view, "the board");

  /* By default the board shows the included papers: none yet. */
  g_assert_cmpuint (gln_board_view_get_n_rows (GLN_BOARD_VIEW (view)), ==, 0);
  gln_board_view_set_filter (GLN_BOARD_VIEW (view), -1);
  g_assert_cmpuint (gln_board_view_get_n_rows (GLN_BOARD_VIEW (view)), ==, 10);

  gln_board_view_add_column (GLN_BOARD_VIEW (view), "Method", GLN_BOARD_KIND_TEXT, NULL);
  gln_board_view_add_column (GLN_BOARD_VIEW (view), "Relevance", GLN_BOARD_KIND_SCORE, NULL);
  gln_board_view_add_column (GLN_BOARD_VIEW (view), "Risk", GLN_BOARD_KIND_CHOICE, risks);
  gln_ui_test_wait_until (board_idle, view, "the new columns");
  method = gln_board_view_lookup_column (GLN_BOARD_VIEW (view), "Method");
  relevance = gln_board_view_lookup_column (GLN_BOARD_VIEW (view), "Relevance");
  risk = gln_board_view_lookup_column (GLN_BOARD_VIEW (view), "Risk");
  g_assert_cmpint (method, >, 0);
  g_assert_cmpint (relevance, >, 0);
  g_assert_cmpint (risk, >, 0);

  /* Typing in a text cell of the first row stores it when Enter ends the editing. */
  gln_ui_test_wait_until (has_method_cell, view, "the rows of the new columns");
  cell = GLN_BOARD_CELL (find_widget (view, is_cell_of, "Method"));
  g_assert_nonnull (cell);
  g_assert_cmpint (gln_review_item_get_paper_id (gln_board_cell_get_item (cell)), ==,
                   fixture->ids[0]);
  gln_board_cell_start_editing (cell);
  entry = find_descendant (GTK_WIDGET (cell), GTK_TYPE_ENTRY);
  g_assert_true (gtk_widget_get_mapped (entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), "Elastic e–p scattering");
  g_signal_emit_by_name (entry, "activate");
  g_assert_false (gtk_widget_get_mapped (entry));

  gln_board_view_set_cell (GLN_BOARD_VIEW (view), fixture->ids[1], relevance, " 4 ");
  gln_board_view_set_cell (GLN_BOARD_VIEW (view), fixture->ids[1], risk, "high");
  gln_board_view_set_cell (GLN_BOARD_VIEW (view), fixture->ids[2], relevance, "9");
  gln_board_view_set_key_results (GLN_BOARD_VIEW (view), fixture->ids[1], "r = 0.84 fm");
  gln_board_view_set_key_results (GLN_BOARD_VIEW (view), fixture->ids[2], "");
  gln_ui_test_wait_until (board_idle, view, "the cells");

  /* Sorting by a criteria column puts empty cells last, and the filled ones by value. */
  sort_by (view, "Relevance", GTK_SORT_ASCENDING);
  g_assert_cmpint (row_paper (view, 0), ==, fixture->ids[1]);
  sort_by (view, "Risk", GTK_SORT_ASCENDING);
  g_assert_cmpint (row_paper (view, 0), ==, fixture->ids[1]);
  sort_by (view, "Year", GTK_SORT_DESCENDING);
  for (guint i = 1; i < gln_board_view_get_n_rows (GLN_BOARD_VIEW (view)); i++)
    g_assert_cmpint (row_year (view, i - 1), >=, row_year (view, i));
  g_assert_cmpint (row_year (view, 0), >, row_year (view, 9));
  sort_by (view, NULL, GTK_SORT_ASCENDING);
  g_assert_cmpint (row_paper (view, 0), ==, fixture->ids[0]);

  /* Layout: Risk moved left of Relevance, Method renamed through its dialog, then hidden. */
  g_assert_true (gtk_widget_activate_action (view, "board.move-column-left", "x", risk));
  g_assert_true (gtk_widget_activate_action (view, "board.edit-column", "x", method));
  dialog = find_column_dialog ();
  g_assert_nonnull (dialog);
  gtk_editable_set_text (GTK_EDITABLE (find_descendant (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW)),
                         "Technique");
  gln_ui_test_settle ();
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  gtk_window_close (dialog);
  gln_ui_test_wait_until (no_column_dialog, NULL, "the column dialog to close");
  g_assert_true (gtk_widget_activate_action (view, "board.hide-column", "x", method));
  gln_ui_test_wait_until (board_idle, view, "the layout");

  state = load_fresh (fixture);
  columns = state->columns;
  g_assert_cmpuint (columns->len, ==, 3);
  g_assert_cmpstr (((GlnBoardColumn *) g_ptr_array_index (columns, 0))->name, ==, "Technique");
  g_assert_cmpstr (((GlnBoardColumn *) g_ptr_array_index (columns, 1))->name, ==, "Risk");
  g_assert_cmpstr (((GlnBoardColumn *) g_ptr_array_index (columns, 2))->name, ==, "Relevance");
  g_assert_true (find_column (columns, "Technique")->hidden);
  g_assert_false (find_column (columns, "Risk")->hidden);
  g_assert_cmpstrv (find_column (columns, "Risk")->choices, risks);

  cells = state->cells;
  value = dup_cell (cells, method, fixture->ids[0]);
  g_assert_cmpstr (value, ==, "Elastic e–p scattering");
  g_clear_pointer (&value, g_free);
  value = dup_cell (cells, relevance, fixture->ids[1]);
  g_assert_cmpstr (value, ==, "4");
  g_clear_pointer (&value, g_free);
  value = dup_cell (cells, risk, fixture->ids[1]);
  g_assert_cmpstr (value, ==, "High");
  g_clear_pointer (&value, g_free);
  value = dup_cell (cells, relevance, fixture->ids[2]);
  g_assert_null (value);
  g_assert_cmpuint (g_hash_table_size (cells), ==, 3);

  entries = state->entries;
  g_assert_cmpstr (((GlnCollectionPaper *) g_ptr_array_index (entries, 1))->key_results, ==,
                   "r = 0.84 fm");
  g_assert_cmpstr (((GlnCollectionPaper *) g_ptr_array_index (entries, 2))->key_results, ==, "");
  g_assert_null (((GlnCollectionPaper *) g_ptr_array_index (entries, 0))->key_results);

  /* The exports: the visible columns in the board's order, and the decisions. */
  csv = read_export (view, GLN_BOARD_EXPORT_CSV, "board.csv");
  g_assert_true (g_str_has_prefix (csv, "Title,Cite key,Year,First author,DOI,Screening,Rating,"
                                        "Risk,Relevance,Key results,Code\r\n"));
  g_assert_nonnull (strstr (csv, "r = 0.84 fm"));
  screening = read_export (view, GLN_BOARD_EXPORT_SCREENING_CSV, "screening.csv");
  g_assert_true (g_str_has_prefix (screening, "key,title,decision,reason\r\n"));

  /* The board reads back what it stored after a reload, as after a restart. */
  gln_board_view_reload (GLN_BOARD_VIEW (view));
  gln_ui_test_wait_until (board_idle, view, "the reload");
  g_assert_cmpint (gln_board_view_lookup_column (GLN_BOARD_VIEW (view), "Technique"), ==,
                   method);
  g_assert_cmpuint (gln_board_view_get_n_rows (GLN_BOARD_VIEW (view)), ==, 10);
}

static void
compare_cb (GlnBoardView *board,
            GPtrArray    *papers,
            GPtrArray   **out)
{
  *out = g_ptr_array_ref (papers);
}

static gboolean
compare_idle (gpointer data)
{
  return !gln_compare_view_is_busy (data);
}

static void
test_compare (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) papers = NULL;
  GtkSelectionModel *selection;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *board;
  GtkWidget *compare;

  if (!have_display)
    {
      g_object_ref_sink (box);
      g_object_unref (box);
      g_test_skip ("No display available");
      return;
    }

  board = gln_board_view_new ();
  compare = gln_compare_view_new ();
  gtk_widget_set_hexpand (compare, TRUE);
  gtk_box_append (GTK_BOX (box), board);
  gtk_box_append (GTK_BOX (box), compare);
  gln_board_view_set_store (GLN_BOARD_VIEW (board), fixture->store);
  gln_board_view_set_collection (GLN_BOARD_VIEW (board), fixture->collection);
  gln_board_view_set_filter (GLN_BOARD_VIEW (board), -1);
  gln_compare_view_set_store (GLN_COMPARE_VIEW (compare), fixture->store);
  gtk_window_set_child (fixture->window, box);
  gtk_window_present (fixture->window);
  gln_ui_test_wait_until (board_idle, board, "the board");

  /* Compare wants 2 to 5 selected rows. */
  selection = gtk_column_view_get_model (GTK_COLUMN_VIEW (find_descendant (board,
                                                                           GTK_TYPE_COLUMN_VIEW)));
  g_signal_connect (board, "compare", G_CALLBACK (compare_cb), &papers);
  gtk_selection_model_select_range (selection, 0, 6, TRUE);
  g_assert_false (gtk_widget_activate_action (board, "board.compare", NULL) && papers != NULL);
  gtk_selection_model_select_range (selection, 0, 3, TRUE);
  g_assert_true (gtk_widget_activate_action (board, "board.compare", NULL));
  g_assert_nonnull (papers);
  g_assert_cmpuint (papers->len, ==, 3);

  gln_compare_view_set_papers (GLN_COMPARE_VIEW (compare), papers, fixture->collection);
  gln_ui_test_wait_until (compare_idle, compare, "the notes and board cells");
  g_assert_cmpuint (gln_compare_view_get_papers (GLN_COMPARE_VIEW (compare))->len, ==, 3);
  g_assert_nonnull (find_descendant (compare, GLN_TYPE_RATING));

  gln_compare_view_set_papers (GLN_COMPARE_VIEW (compare), NULL, 0);
  g_assert_cmpuint (gln_compare_view_get_papers (GLN_COMPARE_VIEW (compare))->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = NULL;
  int ret;

  /* Libraries and exports go to a folder of their own. The system's data folders are not
   * isolated: icons need the MIME database to load. */
  data_home = g_dir_make_tmp ("gleaner-review-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  g_test_init (&argc, &argv, NULL);
  g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);

  if ((have_display = gtk_init_check ()))
    {
      adw_init ();
      /* As the application does at startup. */
      gln_popover_tooltips_init ();
    }

  gln_test_add_shared ("/gln/review/screening", Fixture, NULL, fixture_set_up, test_screening,
                       fixture_tear_down);
  gln_test_add_shared ("/gln/review/highlights", Fixture, NULL, fixture_set_up, test_highlights,
                       fixture_tear_down);
  gln_test_add_shared ("/gln/review/reasons", Fixture, NULL, fixture_set_up, test_reasons,
                       fixture_tear_down);
  gln_test_add_shared ("/gln/review/narrow", Fixture, NULL, fixture_set_up, test_narrow,
                       fixture_tear_down);
  gln_test_add_shared ("/gln/review/board-rating-keys", Fixture, NULL, fixture_set_up,
                       test_board_rating_keys, fixture_tear_down);
  gln_test_add_shared ("/gln/review/board-cursor", Fixture, NULL, fixture_set_up,
                       test_board_cursor, fixture_tear_down);
  gln_test_add_shared ("/gln/review/board-cursor-editors", Fixture, NULL, fixture_set_up,
                       test_board_cursor_editors, fixture_tear_down);
  gln_test_add_shared ("/gln/review/board-style", Fixture, NULL, fixture_set_up,
                       test_board_style, fixture_tear_down);
  gln_test_add_shared ("/gln/review/popover-tooltips", Fixture, NULL, fixture_set_up,
                       test_popover_tooltips, fixture_tear_down);
  gln_test_add_shared ("/gln/review/board", Fixture, NULL, fixture_set_up, test_board,
                       fixture_tear_down);
  gln_test_add_shared ("/gln/review/compare", Fixture, NULL, fixture_set_up, test_compare,
                       fixture_tear_down);

  ret = g_test_run ();

  gln_ui_test_remove (data_home);

  return ret;
}
