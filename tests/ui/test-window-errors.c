/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "test-window-errors"

#include "config.h"

#include "gln-application.h"
#include "gln-ui-test-utils.h"
#include "gln-window.h"
#include "gln-window-private.h"

/* Error messages are plain text wherever the window shows them: a path with `&`, json-glib's
 * `<data>` and a stray `</b>` read as they are, where libadwaita 1.2 would parse them as
 * Pango markup and show nothing. Warnings are fatal here, so markup that fails to parse
 * fails the test as well. */

#define MESSAGE "Error on line 1 char 2: <data>: /home/ana/R&D/</b>feeds.json"

static GlnApplication *app;

typedef struct
{
  char      *dir;
  GlnWindow *window;
} Fixture;

typedef struct
{
  GtkWidget  *root;
  const char *text;
} LabelCheck;

/* Whether a mapped label under @root shows @text, as the user reads it. */
static gboolean
shows_text (GtkWidget  *root,
            const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && gtk_widget_get_mapped (child) &&
          g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), text) == 0)
        return TRUE;
      if (shows_text (child, text))
        return TRUE;
    }

  return FALSE;
}

static gboolean
label_is_shown (gpointer data)
{
  LabelCheck *check = data;

  return shows_text (check->root, check->text);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  if (app != NULL)
    fixture->window = gln_ui_test_open_library (app, &fixture->dir);
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

static void
test_toast (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = g_error_new_literal (GLN_PARSE_ERROR, GLN_PARSE_ERROR_INVALID,
                                                 MESSAGE);
  LabelCheck check = { NULL, "Could not read the file: " MESSAGE };

  if (skip_without_display ())
    return;

  check.root = GTK_WIDGET (fixture->window->toast_overlay);
  gln_window_report_error (fixture->window, "Could not read the file", error);
  gln_ui_test_wait_until (label_is_shown, &check, "the toast's text");

  /* A second message takes the toast shown, still as plain text. */
  check.text = "Could not save the search: " MESSAGE;
  gln_application_report_error ("Could not save the search", error);
  gln_ui_test_wait_until (label_is_shown, &check, "the second toast's text");
}

static void
test_error_page (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = g_error_new_literal (GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_CORRUPT,
                                                 MESSAGE);
  LabelCheck check = { NULL, MESSAGE };

  if (skip_without_display ())
    return;

  check.root = GTK_WIDGET (fixture->window->error_page);
  gln_window_set_error (fixture->window, error);
  gln_ui_test_wait_until (label_is_shown, &check, "the error page's text");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);
  g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);

  data_home = g_dir_make_tmp ("gleaner-errors-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  if (gtk_init_check ())
    {
      app = gln_application_new (APP_ID, G_APPLICATION_NON_UNIQUE);
      g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
      g_assert_no_error (error);
    }

  g_test_add ("/gln/ui/window-errors/toast", Fixture, NULL, fixture_set_up, test_toast,
              fixture_tear_down);
  g_test_add ("/gln/ui/window-errors/error-page", Fixture, NULL, fixture_set_up,
              test_error_page, fixture_tear_down);

  ret = g_test_run ();

  g_clear_object (&app);
  gln_ui_test_remove (data_home);

  return ret;
}
