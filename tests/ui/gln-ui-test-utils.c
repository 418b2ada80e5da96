/* SPDX-License-Identifier: GPL-3.0-or-later */

/* What the UI tests share: letting the main loop run until something holds, and cleaning
 * up their libraries. */

#include "config.h"

#include <glib/gstdio.h>

#include "gln-ui-test-utils.h"

#include "gln-window.h"

static gboolean
timeout_reached_cb (gpointer user_data)
{
  gboolean *done = user_data;

  *done = TRUE;

  return G_SOURCE_REMOVE;
}

/* Runs the main loop for a while: the pace of input a user gives, such as a flick that
 * scrolls a little every frame. Tests wait for what they need with the functions below. */
void
gln_ui_test_spin (guint milliseconds)
{
  gboolean done = FALSE;

  g_timeout_add (milliseconds, timeout_reached_cb, &done);

  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/**
 * gln_ui_test_wait_until:
 * @predicate: what must hold
 * @data: for @predicate
 * @what: what is awaited, for the failure message
 *
 * Runs the main loop until @predicate holds, failing after 45 seconds: what waits for
 * a refresh waits out arXiv's politeness, slower on a loaded machine.
 */
void
gln_ui_test_wait_until (GlnUiTestPredicate  predicate,
                        gpointer            data,
                        const char         *what)
{
  gint64 deadline = g_get_monotonic_time () + 45 * G_USEC_PER_SEC;

  while (!predicate (data))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("Timed out waiting for %s", what);
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
}

/* Runs the main loop until it has nothing left to do at once: what a check that something
 * did not happen waits for. */
void
gln_ui_test_settle (void)
{
  for (guint idle_rounds = 0; idle_rounds < 3;)
    {
      if (g_main_context_iteration (NULL, FALSE))
        idle_rounds = 0;
      else
        {
          idle_rounds++;
          g_usleep (2000);
        }
    }
}

/* Removes a temporary folder and everything in it. */
void
gln_ui_test_remove (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        gln_ui_test_remove (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

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

/**
 * gln_ui_test_open_library:
 * @app: the test's application
 * @dir: (out): the new folder of the library, for gln_ui_test_close_library()
 *
 * Opens a new, empty library in a folder of its own and waits until the window shows it.
 *
 * Returns: (transfer none): the window
 */
GlnWindow *
gln_ui_test_open_library (GlnApplication  *app,
                          char           **dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  GtkWindow *window;

  *dir = g_dir_make_tmp ("gleaner-ui-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (*dir, "library.db", NULL);
  gln_application_set_library_path (app, path);

  g_application_activate (G_APPLICATION (app));
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_true (GLN_IS_WINDOW (window));
  gln_ui_test_wait_until (page_is_not_loading, window, "the library to open");

  return GLN_WINDOW (window);
}

/* Closes every window and the library, and removes the library's folder. */
void
gln_ui_test_close_library (GlnApplication *app,
                           char           *dir)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  while (g_list_model_get_n_items (toplevels) > 0)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, 0);

      gtk_window_destroy (window);
    }
  gln_ui_test_wait_until (no_toplevels, NULL, "every window to close");
  gln_ui_test_settle ();

  gln_application_set_library_path (app, NULL);
  gln_ui_test_remove (dir);
  g_free (dir);
}

/* The first mapped toplevel window of @type (a dialog the code under test opened). */
GtkWindow *
gln_ui_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_mapped (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

/* A predicate for gln_ui_test_wait_until(): @type, as GSIZE_TO_POINTER (GType), is shown. */
gboolean
gln_ui_test_toplevel_mapped (gpointer type)
{
  return gln_ui_test_find_toplevel (GPOINTER_TO_SIZE (type)) != NULL;
}

/**
 * gln_ui_test_press_key:
 * @widget: a widget
 * @name: the name of one of its key controllers
 * @keyval: a key, pressed without modifiers
 *
 * Presses @keyval on @widget as its key controller named @name sees it.
 *
 * Returns: whether the controller took the key
 */
gboolean
gln_ui_test_press_key (GtkWidget  *widget,
                       const char *name,
                       guint       keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);
      gboolean handled = FALSE;

      if (g_strcmp0 (gtk_event_controller_get_name (controller), name) != 0)
        continue;
      g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
      return handled;
    }
  g_assert_not_reached ();
}

static void
collect_popover_owners (GtkWidget *widget,
                        GPtrArray *owners)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_mapped (child) || GTK_IS_POPOVER (child))
        continue;
      if ((GTK_IS_MENU_BUTTON (child) || GTK_IS_DROP_DOWN (child)) &&
          gtk_widget_get_has_tooltip (child))
        g_ptr_array_add (owners, child);
      collect_popover_owners (child, owners);
    }
}

/* The popover hanging from @owner, if it is open. */
static GtkWidget *
get_open_popover (GtkWidget *owner)
{
  for (GtkWidget *child = gtk_widget_get_first_child (owner); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child) && gtk_widget_get_visible (child))
      return child;

  return NULL;
}

static gboolean
popover_open (gpointer data)
{
  return get_open_popover (data) != NULL;
}

static gboolean
popover_closed (gpointer data)
{
  return get_open_popover (data) == NULL;
}

/**
 * gln_ui_test_check_popover_tooltips:
 * @root: a window, or a part of one
 *
 * Opens the popover of every menu button and drop-down with a tooltip shown under @root,
 * checks that the button shows no tooltip while it is open, and that it has its tooltip
 * back once it closed.
 *
 * Returns: how many buttons were checked
 */
guint
gln_ui_test_check_popover_tooltips (GtkWidget *root)
{
  g_autoptr(GPtrArray) owners = g_ptr_array_new ();

  collect_popover_owners (root, owners);
  for (guint i = 0; i < owners->len; i++)
    {
      GtkWidget *owner = g_ptr_array_index (owners, i);
      g_autofree char *tooltip = g_strdup (gtk_widget_get_tooltip_markup (owner));

      g_assert_nonnull (tooltip);
      if (GTK_IS_MENU_BUTTON (owner))
        gtk_menu_button_popup (GTK_MENU_BUTTON (owner));
      else
        g_assert_true (gtk_widget_activate (gtk_widget_get_first_child (owner)));
      gln_ui_test_wait_until (popover_open, owner, "a button's popover");
      g_assert_false (gtk_widget_get_has_tooltip (owner));

      gtk_popover_popdown (GTK_POPOVER (get_open_popover (owner)));
      gln_ui_test_wait_until (popover_closed, owner, "a button's popover to close");
      g_assert_true (gtk_widget_get_has_tooltip (owner));
      g_assert_cmpstr (gtk_widget_get_tooltip_markup (owner), ==, tooltip);
    }

  return owners->len;
}
