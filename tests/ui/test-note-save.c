/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "test-note-save"

#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "gln-application.h"
#include "gln-note-editor.h"
#include "gln-note-list.h"
#include "gln-paper-view.h"
#include "gln-ui-test-utils.h"
#include "gln-window.h"
#include "gln-window-private.h"
#include "../core/gln-test-store.h"

/* Typed text is never lost: with a library that refuses to store notes (a trigger makes
 * SQLite abort every write to them, as a full disk would), the note says it is not saved,
 * the window does not close over it, and once writes work again the retry stores it. The
 * failure is real SQLite failing inside the store, not a stand-in for our code. */

#define FIRST "Read the methods first."
#define SECOND FIRST " The effect size is small."
#define THIRD SECOND " Ask the authors."

static const char bibtex[] =
  "@article{okafor2021,\n"
  "  title = {Measuring Small Effects in Noisy Lattices},\n"
  "  author = {Okafor, Tobi},\n"
  "  year = {2021},\n"
  "}\n"
  "@article{lindqvist2020,\n"
  "  title = {Quantized Echoes in Lattice Gardens},\n"
  "  author = {Lindqvist, Maren},\n"
  "  year = {2020},\n"
  "}\n";

static GlnApplication *app;

typedef struct
{
  char      *dir;
  char      *path;
  GlnWindow *window;
  GlnStore  *store;
} Fixture;

static gboolean
page_is_not_loading (gpointer data)
{
  const char *page = gln_window_get_page (data);

  return page != NULL && !g_str_equal (page, "loading");
}

static gboolean
no_toplevels (gpointer data)
{
  return g_list_model_get_n_items (gtk_window_get_toplevels ()) == 0;
}

static gboolean
list_has_two (gpointer data)
{
  GListModel *papers = gln_window_get_papers (data);

  return papers != NULL && !gln_paper_list_get_loading (GLN_PAPER_LIST (papers)) &&
         g_list_model_get_n_items (papers) == 2;
}

static gboolean
note_stored (gpointer data)
{
  return !gln_note_editor_get_busy (data) && !gln_note_editor_get_failed (data) &&
         gln_note_editor_get_note_id (data) > 0;
}

static gboolean
note_failed (gpointer data)
{
  return gln_note_editor_get_failed (data);
}

/* The text a mapped label under @root shows, if one contains @part. */
static const char *
find_label_text (GtkWidget  *root,
                 const char *part)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *found;

      if (GTK_IS_LABEL (child) && gtk_widget_get_mapped (child) &&
          strstr (gtk_label_get_text (GTK_LABEL (child)), part) != NULL)
        return gtk_label_get_text (GTK_LABEL (child));
      if ((found = find_label_text (child, part)) != NULL)
        return found;
    }

  return NULL;
}

static gboolean
is_toplevel (gpointer window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (toplevel == window)
        return TRUE;
    }

  return FALSE;
}

static gboolean
toast_says_not_saved (gpointer data)
{
  return find_label_text (data, "Could not save the note") != NULL;
}

static GtkWidget *
find_text_view (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_TEXT_VIEW (child))
        return child;
      if ((found = find_text_view (child)) != NULL)
        return found;
    }

  return NULL;
}

/* What the editor's text view shows, as the user reads it. */
static char *
dup_shown_text (GtkWidget *editor)
{
  GtkWidget *view = find_text_view (editor);
  GtkTextBuffer *buffer;
  GtkTextIter start;
  GtkTextIter end;

  g_assert_nonnull (view);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Another connection to the library file, as another program (or a full disk) would make
 * it fail: from now on SQLite refuses to write a note, or writes them again. */
static void
refuse_note_writes (Fixture  *fixture,
                    gboolean  refuse)
{
  static const char refuse_sql[] =
    "CREATE TRIGGER test_refuse_update BEFORE UPDATE ON notes "
    "BEGIN SELECT RAISE (ABORT, 'disk full'); END;"
    "CREATE TRIGGER test_refuse_insert BEFORE INSERT ON notes "
    "BEGIN SELECT RAISE (ABORT, 'disk full'); END;";
  static const char allow_sql[] =
    "DROP TRIGGER test_refuse_update; DROP TRIGGER test_refuse_insert;";
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  if (sqlite3_exec (db, refuse ? refuse_sql : allow_sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("Could not change the triggers: %s", message);
  sqlite3_close (db);
}

static char *
dup_stored_note (Fixture *fixture,
                 GlnPaper *paper)
{
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GError) error = NULL;

  gln_store_list_notes_async (fixture->store, gln_paper_get_id (paper), NULL,
                              gln_test_ready_cb, NULL);
  stored = gln_store_list_notes_finish (fixture->store, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stored->len, ==, 1);

  return g_strdup (((GlnNote *) g_ptr_array_index (stored, 0))->body);
}

static void
import_papers (Fixture *fixture)
{
  g_autoptr(GlnImporter) importer = gln_importer_new (fixture->store);
  g_autoptr(GlnImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "papers.bib", NULL);
  GlnParseInputs *inputs = gln_parse_inputs_new (GLN_IMPORT_FORMAT_AUTO);

  g_assert_true (g_file_set_contents (path, bibtex, -1, &error));
  file = g_file_new_for_path (path);
  gln_parse_inputs_add_file (inputs, file);
  gln_importer_import_async (importer, gln_parse_inputs_parse, inputs,
                             (GDestroyNotify) gln_parse_inputs_free, 0, NULL, gln_test_ready_cb,
                             NULL);
  result = gln_importer_import_finish (importer, gln_test_wait (), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (result->stats.added, ==, 2);
  gln_ui_test_wait_until (list_has_two, fixture->window, "the papers in the list");
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  if (app == NULL)
    return;

  fixture->dir = g_dir_make_tmp ("gleaner-notes-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "library.db", NULL);
  gln_application_set_library_path (app, fixture->path);
  if (data != NULL)
    {
      g_autofree char *kept = g_build_filename (fixture->dir, "unsaved-notes", NULL);
      g_autofree char *note = g_build_filename (kept, "paper-1-1.md", NULL);

      g_assert_cmpint (g_mkdir_with_parents (kept, 0700), ==, 0);
      g_assert_true (g_file_set_contents (note, data, -1, NULL));
    }

  g_application_activate (G_APPLICATION (app));
  fixture->window = GLN_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_true (GLN_IS_WINDOW (fixture->window));
  gln_ui_test_wait_until (page_is_not_loading, fixture->window, "the library to open");
  fixture->store = g_object_ref (gln_window_get_store (fixture->window));
  import_papers (fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  if (app == NULL)
    return;

  while (g_list_model_get_n_items (toplevels) > 0)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, 0);

      gtk_window_destroy (window);
    }
  gln_ui_test_wait_until (no_toplevels, NULL, "every window to close");
  gln_ui_test_settle ();

  g_clear_object (&fixture->store);
  gln_application_set_library_path (app, NULL);
  gln_ui_test_remove (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static gboolean
skip_without_display (void)
{
  if (app != NULL)
    return FALSE;

  g_test_skip ("No display available");

  return TRUE;
}

/* Opens the first paper and writes a note that is stored; returns its editor. */
static GtkWidget *
write_stored_note (Fixture *fixture)
{
  GlnWindow *window = fixture->window;
  GlnNoteList *notes;
  GtkWidget *editor;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.next", NULL);
  g_assert_nonnull (gln_paper_view_get_paper (window->paper_view));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-note", NULL);
  notes = GLN_NOTE_LIST (gln_paper_view_get_note_list (window->paper_view));
  editor = gln_note_list_get_note (notes, 0);
  gln_note_editor_set_text (GLN_NOTE_EDITOR (editor), FIRST);
  gln_ui_test_wait_until (note_stored, editor, "the first words to be stored");

  return editor;
}

static void
test_close_keeps_text (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GlnPaper) paper = NULL;
  g_autofree char *recovery = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *stored = NULL;
  GtkWidget *editor;

  if (skip_without_display ())
    return;

  editor = write_stored_note (fixture);
  paper = g_object_ref (gln_paper_view_get_paper (fixture->window->paper_view));

  /* The disk fills up; the user goes on typing. */
  refuse_note_writes (fixture, TRUE);
  gln_note_editor_set_text (GLN_NOTE_EDITOR (editor), SECOND);
  gln_ui_test_wait_until (note_failed, editor, "the save to fail");
  g_assert_nonnull (find_label_text (editor, "Not saved"));
  gln_ui_test_wait_until (toast_says_not_saved, fixture->window->toast_overlay, "the toast");
  /* It says why, not that the paper is gone. */
  g_assert_nonnull (find_label_text (GTK_WIDGET (fixture->window->toast_overlay), "disk full"));
  g_assert_null (find_label_text (GTK_WIDGET (fixture->window->toast_overlay), "No paper"));

  /* Closing does not throw the text away: the window stays, the text on screen. */
  gtk_window_close (GTK_WINDOW (fixture->window));
  gln_ui_test_settle ();
  g_assert_true (is_toplevel (fixture->window));
  g_assert_true (gtk_widget_get_mapped (editor));
  shown = dup_shown_text (editor);
  g_assert_cmpstr (shown, ==, SECOND);
  g_assert_nonnull (find_label_text (editor, "Not saved"));
  stored = dup_stored_note (fixture, paper);
  g_assert_cmpstr (stored, ==, FIRST);
  g_clear_pointer (&stored, g_free);

  /* Should the application have to go, the text is in a file beside the library. */
  recovery = g_strdup (gln_note_editor_get_recovery_path (GLN_NOTE_EDITOR (editor)));
  g_assert_nonnull (recovery);
  g_assert_true (g_str_has_prefix (recovery, fixture->dir));
  g_assert_true (g_file_get_contents (recovery, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, SECOND);

  /* Space is freed: the retry stores the text without the user doing anything. */
  refuse_note_writes (fixture, FALSE);
  gln_ui_test_wait_until (note_stored, editor, "the retry to store the note");
  g_assert_null (find_label_text (editor, "Not saved"));
  stored = dup_stored_note (fixture, paper);
  g_assert_cmpstr (stored, ==, SECOND);
  g_assert_false (g_file_test (recovery, G_FILE_TEST_EXISTS));

  gtk_window_close (GTK_WINDOW (fixture->window));
  gln_ui_test_settle ();
  g_assert_false (is_toplevel (fixture->window));
}

static gboolean
is_null (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/* Showing another paper removes the editor whose save failed; nothing but its retry keeps it,
 * and its text reaches the library once writes work again. */
static void
test_other_paper_keeps_text (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GlnPaper) paper = NULL;
  g_autofree char *stored = NULL;
  GtkWidget *editor;

  if (skip_without_display ())
    return;

  editor = write_stored_note (fixture);
  paper = g_object_ref (gln_paper_view_get_paper (fixture->window->paper_view));

  refuse_note_writes (fixture, TRUE);
  gln_note_editor_set_text (GLN_NOTE_EDITOR (editor), THIRD);
  gln_ui_test_wait_until (note_failed, editor, "the save to fail");

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.next", NULL);
  g_assert_true (gln_paper_view_get_paper (fixture->window->paper_view) != paper);
  gln_ui_test_spin (500);
  g_assert_nonnull (editor);
  g_assert_null (gtk_widget_get_parent (editor));

  /* Once stored, the editor goes. */
  refuse_note_writes (fixture, FALSE);
  gln_ui_test_wait_until (is_null, &editor, "the retry to store the note");
  stored = dup_stored_note (fixture, paper);
  g_assert_cmpstr (stored, ==, THIRD);
}

typedef struct
{
  GlnWindow  *window;
  const char *part;
} ToastCheck;

static gboolean
toast_says (gpointer data)
{
  ToastCheck *check = data;

  return find_label_text (GTK_WIDGET (check->window->toast_overlay), check->part) != NULL;
}

/* A library with a note kept from an earlier failure says so when it opens. */
static void
test_offers_kept_notes (Fixture       *fixture,
                        gconstpointer  data)
{
  ToastCheck check = { fixture->window, "1 note could not be saved before; it is kept in " };

  if (skip_without_display ())
    return;

  gln_ui_test_wait_until (toast_says, &check, "the toast about the kept note");
  g_assert_nonnull (strstr (find_label_text (GTK_WIDGET (fixture->window->toast_overlay),
                                             check.part), "unsaved-notes"));
  g_assert_cmpstr (adw_toast_get_action_name (fixture->window->last_toast), ==,
                   "win.open-unsaved-notes");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL);

  /* Retries come quickly here; the app waits 2 s at first. */
  g_setenv ("GLEANER_NOTE_RETRY_MS", "100", TRUE);
  data_home = g_dir_make_tmp ("gleaner-notes-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  if (gtk_init_check ())
    {
      app = gln_application_new (APP_ID, G_APPLICATION_NON_UNIQUE);
      g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
      g_assert_no_error (error);
    }

  g_test_add ("/gln/ui/note-save/close-keeps-text", Fixture, NULL, fixture_set_up,
              test_close_keeps_text, fixture_tear_down);
  g_test_add ("/gln/ui/note-save/other-paper-keeps-text", Fixture, NULL, fixture_set_up,
              test_other_paper_keeps_text, fixture_tear_down);

  g_test_add ("/gln/ui/note-save/offers-kept-notes", Fixture, THIRD, fixture_set_up,
              test_offers_kept_notes, fixture_tear_down);

  ret = g_test_run ();

  g_clear_object (&app);
  gln_ui_test_remove (data_home);

  return ret;
}
