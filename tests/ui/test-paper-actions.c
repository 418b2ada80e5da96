/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "test-paper-actions"

#include "config.h"

#include <string.h>

#include "gln-application.h"
#include "gln-chip-editor.h"
#include "gln-core.h"
#include "gln-edit-dialog.h"
#include "gln-paper-row.h"
#include "gln-paper-view.h"
#include "gln-sidebar.h"
#include "gln-test-store.h"
#include "gln-test-utils.h"
#include "gln-ui-test-utils.h"
#include "gln-window.h"
#include "gln-window-private.h"

/* Issue 14, items 15 and 16 in the real window: editing a paper's metadata, the trash with
 * Undo, Restore and a confirmed Delete, the paper menu's keys, and actions on several
 * selected papers. Each test opens a library of its own with five papers. */
static GlnApplication *app;

typedef struct
{
  char      *dir;
  GlnWindow *window;
} Fixture;

static const char bibtex[] =
  "@article{okafor2021, title = {Measuring Small Effects in Noisy Lattices},"
  "  author = {Okafor, Tobi}, year = {2021}}\n"
  "@article{lindqvist2020, title = {Quantized Echoes in Lattice Gardens},"
  "  author = {Lindqvist, Maren}, year = {2020}}\n"
  "@article{moreau2019, title = {Sparse Grammars for Tidal Records},"
  "  author = {Moreau, Elise}, year = {2019}}\n"
  "@article{hale2018, title = {Counting Birds by Their Silence},"
  "  author = {Hale, Jonah}, year = {2018}}\n"
  "@article{sato2017, title = {A Ledger of Slow Glaciers},"
  "  author = {Sato, Ren}, year = {2017}}\n";

static guint
list_length (GlnWindow *window)
{
  GListModel *papers = gln_window_get_papers (window);

  if (papers == NULL || gln_paper_list_get_loading (GLN_PAPER_LIST (papers)))
    return G_MAXUINT;

  return g_list_model_get_n_items (papers);
}

typedef struct
{
  GlnWindow *window;
  guint      n_items;
} ListCheck;

static gboolean
list_is (gpointer data)
{
  ListCheck *check = data;

  return list_length (check->window) == check->n_items;
}

static void
wait_for_list (GlnWindow *window,
               guint      n_items)
{
  ListCheck check = { window, n_items };

  gln_ui_test_wait_until (list_is, &check, "the list");
}

static void
import_papers (GlnWindow *window)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (bibtex, sizeof bibtex - 1);
  g_autoptr(GPtrArray) papers = gln_import_parse (bytes, GLN_IMPORT_FORMAT_BIBTEX, NULL, NULL);
  g_autoptr(GlnImportResult) result = NULL;

  result = gln_test_store_import (gln_window_get_store (window), papers, 0);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  if (app == NULL)
    return;

  fixture->window = gln_ui_test_open_library (app, &fixture->dir);
  import_papers (fixture->window);
  gln_sidebar_select (fixture->window->sidebar, GLN_SIDEBAR_KIND_LIBRARY, 0);
  wait_for_list (fixture->window, 5);
  _gln_window_select_position (fixture->window, 0);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (app != NULL)
    gln_ui_test_close_library (app, fixture->dir);
}

static gboolean
skip_without_display (void)
{
  if (app != NULL)
    return FALSE;

  g_test_skip ("No display available");
  return TRUE;
}

/* The action a key of the window's class runs, found in the window's own shortcuts. */
static char *
dup_key_action (GtkWidget  *widget,
                const char *accelerator)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *trigger = gtk_shortcut_trigger_to_string (
            gtk_shortcut_get_trigger (shortcut));

          if (g_str_equal (trigger, accelerator))
            return gtk_shortcut_action_to_string (gtk_shortcut_get_action (shortcut));
        }
    }

  return NULL;
}

static gboolean
toast_is (gpointer data)
{
  const char **expected = data;
  GlnWindow *window = (GlnWindow *) expected[0];

  return window->last_toast != NULL &&
         g_strcmp0 (adw_toast_get_title (window->last_toast), expected[1]) == 0;
}

static void
wait_for_toast (GlnWindow  *window,
                const char *title)
{
  const char *expected[] = { (const char *) window, title };

  gln_ui_test_wait_until (toast_is, expected, title);
}

/* Item 15: the paper menu opens from the Menu key and Shift+F10, and offers Edit Metadata
 * and Move to Trash; in the Trash view it offers Restore and Delete Permanently instead. */
static void
test_menu_keys (Fixture       *fixture,
                gconstpointer  data)
{
  GlnWindow *window = fixture->window;
  GtkWidget *widget = GTK_WIDGET (window);
  g_autofree char *menu = NULL;
  g_autofree char *shift_f10 = NULL;
  g_autofree char *delete = NULL;
  g_autofree char *f2 = NULL;
  AdwToast *before;

  if (skip_without_display ())
    return;

  menu = dup_key_action (widget, "Menu");
  shift_f10 = dup_key_action (widget, "<Shift>F10");
  delete = dup_key_action (widget, "Delete");
  f2 = dup_key_action (widget, "F2");
  g_assert_nonnull (strstr (menu, "win.paper-menu"));
  g_assert_nonnull (strstr (shift_f10, "win.paper-menu"));
  g_assert_nonnull (strstr (delete, "win.delete"));
  g_assert_nonnull (strstr (f2, "win.edit-metadata"));

  gtk_widget_grab_focus (GTK_WIDGET (window->list_view));
  g_assert_true (gtk_widget_activate_action (widget, "win.paper-menu", NULL));
  gln_ui_test_settle ();
  g_assert_true (gtk_widget_get_mapped (window->paper_menu));
  gtk_popover_popdown (GTK_POPOVER (window->paper_menu));

  g_assert_true (gtk_widget_activate_action (widget, "win.trash", NULL));
  wait_for_list (window, 4);
  g_assert_false (gtk_widget_get_visible (window->empty_trash_button));
  gln_sidebar_select (window->sidebar, GLN_SIDEBAR_KIND_TRASH, 0);
  wait_for_list (window, 1);
  g_assert_true (gtk_widget_get_visible (window->empty_trash_button));
  _gln_window_select_position (window, 0);
  /* Move to Trash is off in the Trash view (and so hidden from its menu). */
  wait_for_toast (window, "“Measuring Small Effects in Noisy Lattices” moved to the Trash");
  before = window->last_toast;
  gtk_widget_activate_action (widget, "win.trash", NULL);
  gln_ui_test_settle ();
  g_assert_true (window->last_toast == before);
  g_assert_true (gtk_widget_activate_action (widget, "win.restore", NULL));
  wait_for_list (window, 0);
}

static gboolean
title_is (gpointer data)
{
  const char **expected = data;

  return g_strcmp0 (gln_paper_get_title ((GlnPaper *) expected[0]), expected[1]) == 0;
}

/* Item 15: Edit Metadata checks each field as it is typed, saves through the store, and the
 * edit survives the same paper being imported again. */
static void
test_edit_metadata (Fixture       *fixture,
                    gconstpointer  data)
{
  GlnWindow *window = fixture->window;
  GlnPaper *paper = gln_paper_view_get_paper (window->paper_view);
  const char *expected[] = { (const char *) paper, "Measuring Small Effects, Revised" };
  g_autofree char *date = NULL;
  GlnEditDialog *dialog;

  if (skip_without_display ())
    return;

  g_assert_nonnull (paper);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-metadata", NULL));
  gln_ui_test_wait_until (gln_ui_test_toplevel_mapped, GSIZE_TO_POINTER (GLN_TYPE_EDIT_DIALOG),
                          "the Edit Metadata dialog");
  dialog = GLN_EDIT_DIALOG (gln_ui_test_find_toplevel (GLN_TYPE_EDIT_DIALOG));
  g_assert_true (gln_edit_dialog_can_save (dialog));

  gln_edit_dialog_set_text (dialog, GLN_PAPER_EDIT_DOI, "10.1000");
  g_assert_false (gln_edit_dialog_can_save (dialog));
  g_assert_nonnull (strstr (gln_edit_dialog_get_problem (dialog), "“10.1000” is not a DOI"));
  gln_edit_dialog_set_text (dialog, GLN_PAPER_EDIT_DOI, "https://doi.org/10.1000/Lattice.7");
  gln_edit_dialog_set_text (dialog, GLN_PAPER_EDIT_DATE, "2021-13");
  g_assert_nonnull (strstr (gln_edit_dialog_get_problem (dialog), "is not a date"));
  gln_edit_dialog_set_text (dialog, GLN_PAPER_EDIT_DATE, "2021-06");
  g_assert_true (gln_edit_dialog_can_save (dialog));
  g_assert_null (gln_edit_dialog_get_problem (dialog));

  gln_edit_dialog_set_text (dialog, GLN_PAPER_EDIT_TITLE, "Measuring Small Effects, Revised");
  gln_edit_dialog_set_text (dialog, GLN_PAPER_EDIT_AUTHORS, "Okafor, Tobi; Adeyemi, Kemi");
  gln_edit_dialog_set_text (dialog, GLN_PAPER_EDIT_ABSTRACT, "We measure small effects.");
  gln_edit_dialog_save (dialog);
  gln_ui_test_wait_until (title_is, expected, "the edited title");
  wait_for_toast (window, "Metadata saved");
  g_assert_cmpstr (gln_paper_get_doi (paper), ==, "10.1000/lattice.7");
  g_assert_cmpuint (gln_paper_get_n_authors (paper), ==, 2);
  date = gln_paper_edit_dup_date (paper);
  g_assert_cmpstr (date, ==, "2021-06");

  /* The same file imported again leaves the user's fields alone. */
  import_papers (window);
  wait_for_list (window, 5);
  g_assert_cmpstr (gln_paper_get_title (paper), ==, "Measuring Small Effects, Revised");
  g_assert_cmpstr (gln_paper_get_abstract (paper), ==, "We measure small effects.");
}

/* Item 16: with several papers selected, Edit Metadata edits the paper in the reading pane,
 * the focused row, says that it edits that one only, and changes no other. */
static void
test_edit_metadata_selection (Fixture       *fixture,
                              gconstpointer  data)
{
  GlnWindow *window = fixture->window;
  GtkSelectionModel *selection = GTK_SELECTION_MODEL (window->selection);
  g_autoptr(GPtrArray) selected = NULL;
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  const char *expected[2] = { NULL, "Edited Alone" };
  GlnEditDialog *dialog;
  GlnPaper *paper;

  if (skip_without_display ())
    return;

  gtk_selection_model_select_range (selection, 0, 3, TRUE);
  selected = _gln_window_dup_selected_papers (window);
  g_assert_cmpuint (selected->len, ==, 3);
  for (guint i = 0; i < selected->len; i++)
    g_ptr_array_add (titles, g_strdup (gln_paper_get_title (selected->pdata[i])));
  paper = gln_paper_view_get_paper (window->paper_view);
  g_assert_nonnull (paper);
  g_assert_true (g_ptr_array_find (selected, paper, NULL));
  expected[0] = (const char *) paper;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-metadata", NULL));
  gln_ui_test_wait_until (gln_ui_test_toplevel_mapped, GSIZE_TO_POINTER (GLN_TYPE_EDIT_DIALOG),
                          "the Edit Metadata dialog");
  dialog = GLN_EDIT_DIALOG (gln_ui_test_find_toplevel (GLN_TYPE_EDIT_DIALOG));
  g_assert_cmpstr (gln_edit_dialog_get_scope_note (dialog), ==,
                   "Only this paper is edited, not the 2 other selected papers.");

  gln_edit_dialog_set_text (dialog, GLN_PAPER_EDIT_TITLE, "Edited Alone");
  gln_edit_dialog_save (dialog);
  gln_ui_test_wait_until (title_is, expected, "the edited title");
  wait_for_toast (window, "Metadata saved");
  for (guint i = 0; i < selected->len; i++)
    if (selected->pdata[i] != paper)
      g_assert_cmpstr (gln_paper_get_title (selected->pdata[i]), ==, titles->pdata[i]);

  /* One paper: no note. */
  _gln_window_select_position (window, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-metadata", NULL));
  gln_ui_test_wait_until (gln_ui_test_toplevel_mapped, GSIZE_TO_POINTER (GLN_TYPE_EDIT_DIALOG),
                          "the Edit Metadata dialog");
  dialog = GLN_EDIT_DIALOG (gln_ui_test_find_toplevel (GLN_TYPE_EDIT_DIALOG));
  g_assert_null (gln_edit_dialog_get_scope_note (dialog));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static AdwMessageDialog *
wait_for_confirmation (void)
{
  gln_ui_test_wait_until (gln_ui_test_toplevel_mapped, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG),
                          "the confirmation");
  return ADW_MESSAGE_DIALOG (gln_ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
}

static gboolean
no_confirmation (gpointer data)
{
  return gln_ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) == NULL;
}

static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  /* As a click on its button does: the response, then the dialog closes. */
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  gln_ui_test_wait_until (no_confirmation, NULL, "the confirmation to close");
}

static gboolean
trash_count_is (gpointer data)
{
  const gint64 *expected = data;
  GlnWindow *window = (GlnWindow *) (gsize) expected[0];

  return window->summary != NULL && window->summary->trash == expected[1];
}

static void
wait_for_trash_count (GlnWindow *window,
                      gint64     count)
{
  gint64 expected[] = { (gint64) (gsize) window, count };

  gln_ui_test_wait_until (trash_count_is, expected, "the trash's count");
}

/* Items 15 and 16: Delete moves the selected papers to the trash, the toast's Undo brings
 * them back; in the Trash view Restore, Delete Permanently and Empty Trash each delete only
 * once the user confirmed. */
static void
test_trash (Fixture       *fixture,
            gconstpointer  data)
{
  GlnWindow *window = fixture->window;
  GtkWidget *widget = GTK_WIDGET (window);
  GtkSelectionModel *selection = GTK_SELECTION_MODEL (window->selection);
  AdwMessageDialog *dialog;
  GlnQuery all = { 0, };

  if (skip_without_display ())
    return;

  /* Shift: a range of two; the reading pane moves on to the paper after them. */
  gtk_selection_model_select_range (selection, 1, 2, TRUE);
  g_assert_true (gtk_widget_activate_action (widget, "win.delete", NULL));
  wait_for_list (window, 3);
  wait_for_toast (window, "2 papers moved to the Trash");
  g_assert_cmpstr (gln_paper_get_title (gln_paper_view_get_paper (window->paper_view)), ==,
                   "Counting Birds by Their Silence");
  wait_for_trash_count (window, 2);

  g_signal_emit_by_name (window->last_toast, "button-clicked");
  wait_for_list (window, 5);
  wait_for_trash_count (window, 0);

  /* Ctrl: two papers apart. */
  gtk_selection_model_select_item (selection, 0, TRUE);
  gtk_selection_model_select_item (selection, 3, FALSE);
  gtk_widget_activate_action (widget, "win.trash", NULL);
  wait_for_list (window, 3);
  wait_for_trash_count (window, 2);

  gln_sidebar_select (window->sidebar, GLN_SIDEBAR_KIND_TRASH, 0);
  wait_for_list (window, 2);
  _gln_window_select_position (window, 0);
  gtk_widget_activate_action (widget, "win.delete", NULL);
  dialog = wait_for_confirmation ();
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "Permanently"));
  respond (dialog, "cancel");
  g_assert_cmpint (gln_test_store_count (gln_window_get_store (window), &all), ==, 3);

  gtk_widget_activate_action (widget, "win.delete-permanently", NULL);
  respond (wait_for_confirmation (), "delete");
  wait_for_list (window, 1);
  wait_for_toast (window, "1 paper deleted");

  gtk_widget_activate_action (widget, "win.empty-trash", NULL);
  dialog = wait_for_confirmation ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Empty the Trash?");
  respond (dialog, "delete");
  wait_for_list (window, 0);
  wait_for_trash_count (window, 0);
  g_assert_cmpstr (adw_status_page_get_title (window->empty_page), ==, "Trash Is Empty");
  g_assert_cmpint (gln_test_store_count (gln_window_get_store (window), &all), ==, 3);
}

static gboolean
all_in_collection (gpointer data)
{
  GPtrArray *papers = data;

  for (guint i = 0; i < papers->len; i++)
    {
      const char * const *collections = gln_paper_get_collections (papers->pdata[i]);

      if (collections == NULL || !g_strv_contains (collections, "Glaciers and birds"))
        return FALSE;
    }

  return TRUE;
}

static gboolean
all_starred (gpointer data)
{
  GPtrArray *papers = data;

  for (guint i = 0; i < papers->len; i++)
    if (!gln_paper_get_starred (papers->pdata[i]))
      return FALSE;

  return TRUE;
}

/* The paper view's editor of collections, found by its placeholder. */
static GtkWidget *
find_collections_editor (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      g_autofree char *placeholder = NULL;
      GtkWidget *found;

      if (GLN_IS_CHIP_EDITOR (child))
        {
          g_object_get (child, "placeholder", &placeholder, NULL);
          if (g_strcmp0 (placeholder, "Collection name") == 0)
            return child;
        }
      if ((found = find_collections_editor (child)) != NULL)
        return found;
    }

  return NULL;
}

/* Item 16: Ctrl+A selects all five; the pane shows the paper the selection ended on, and
 * adding to a collection and starring act on all of them. */
static void
test_select_five (Fixture       *fixture,
                  gconstpointer  data)
{
  GlnWindow *window = fixture->window;
  g_autoptr(GPtrArray) selected = NULL;
  g_autofree char *tail = NULL;

  if (skip_without_display ())
    return;

  /* Ctrl+A works with the focus anywhere but in a text entry, not only in the list. */
  tail = dup_key_action (GTK_WIDGET (window), "<Control>a");
  g_assert_nonnull (strstr (tail, "win.select-all"));
  gtk_widget_grab_focus (GTK_WIDGET (window->sidebar));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.select-all", NULL));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (window->list_view)) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)),
                                         GTK_WIDGET (window->list_view)));
  selected = _gln_window_dup_selected_papers (window);
  g_assert_cmpuint (selected->len, ==, 5);
  g_assert_true (gln_paper_view_get_paper (window->paper_view) == selected->pdata[4]);

  /* As typing the name into Add to Collection (C) does. */
  g_signal_emit_by_name (find_collections_editor (GTK_WIDGET (window->paper_view)), "add",
                         "Glaciers and birds");
  gln_ui_test_wait_until (all_in_collection, selected, "five papers in the collection");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-star", NULL);
  gln_ui_test_wait_until (all_starred, selected, "five papers starred");
}

/* The first descendant of @widget of @type, or with the style class @name. */
static GtkWidget *
find_widget (GtkWidget  *widget,
             GType       type,
             const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if ((type != G_TYPE_NONE && G_TYPE_CHECK_INSTANCE_TYPE (child, type)) ||
          (name != NULL && gtk_widget_has_css_class (child, name)))
        return child;
      if ((found = find_widget (child, type, name)) != NULL)
        return found;
    }

  return NULL;
}

typedef struct
{
  GtkWidget *widget;
  int        height;
} HeightCheck;

static gboolean
has_height (gpointer data)
{
  return gtk_widget_get_height (data) > 0;
}

static gboolean
taller_than (gpointer data)
{
  HeightCheck *check = data;

  return gtk_widget_get_height (check->widget) > check->height;
}

/* Polish of issue 14: a title that fits on one line takes one line, with no blank line
 * under it before the authors; a long one takes two. */
static void
test_row_title_lines (Fixture       *fixture,
                      gconstpointer  data)
{
  GlnWindow *window = fixture->window;
  GtkWidget *row;
  GtkWidget *title;
  GtkWidget *authors;
  HeightCheck check;
  int one_line;

  if (skip_without_display ())
    return;

  row = find_widget (GTK_WIDGET (window->list_view), GLN_TYPE_PAPER_ROW, NULL);
  title = find_widget (row, G_TYPE_NONE, "paper-title");
  authors = find_widget (row, G_TYPE_NONE, "paper-authors");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (title)), ==,
                   "Measuring Small Effects in Noisy Lattices");
  gln_ui_test_wait_until (has_height, title, "the title laid out");
  one_line = gtk_widget_get_height (title);
  g_assert_cmpint (one_line, <, 2 * gtk_widget_get_height (authors));

  /* The same row with a title too long for one line grows by a line. */
  gtk_label_set_text (GTK_LABEL (title), "Measuring Small Effects in Noisy Lattices, With a "
                      "Subtitle Long Enough to Need a Second Line in Any Window");
  check.widget = title;
  check.height = one_line * 3 / 2;
  gln_ui_test_wait_until (taller_than, &check, "the title on two lines");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_dirs = g_strdup (g_getenv ("XDG_DATA_DIRS"));
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_setenv ("XDG_DATA_DIRS", data_dirs ? data_dirs : "/usr/local/share:/usr/share", TRUE);
  g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);

  if (gtk_init_check ())
    {
      app = gln_application_new (APP_ID, G_APPLICATION_NON_UNIQUE);
      g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
      g_assert_no_error (error);
    }

  g_test_add ("/gln/ui/paper-actions/menu-keys", Fixture, NULL, fixture_set_up, test_menu_keys,
              fixture_tear_down);
  g_test_add ("/gln/ui/paper-actions/edit-metadata", Fixture, NULL, fixture_set_up,
              test_edit_metadata, fixture_tear_down);
  g_test_add ("/gln/ui/paper-actions/edit-metadata-selection", Fixture, NULL, fixture_set_up,
              test_edit_metadata_selection, fixture_tear_down);
  g_test_add ("/gln/ui/paper-actions/trash", Fixture, NULL, fixture_set_up, test_trash,
              fixture_tear_down);
  g_test_add ("/gln/ui/paper-actions/row-title-lines", Fixture, NULL, fixture_set_up,
              test_row_title_lines, fixture_tear_down);
  g_test_add ("/gln/ui/paper-actions/select-five", Fixture, NULL, fixture_set_up,
              test_select_five, fixture_tear_down);

  ret = g_test_run ();
  g_clear_object (&app);

  return ret;
}
