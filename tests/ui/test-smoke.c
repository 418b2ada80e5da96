/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "test-smoke"

#include "config.h"

#include "gln-application.h"
#include "gln-preferences-window.h"
#include "gln-window.h"

/* Every test drives the one application, in the order they are added. */
static GlnApplication *app;

static gboolean
timeout_reached_cb (gpointer user_data)
{
  gboolean *done = user_data;

  *done = TRUE;

  return G_SOURCE_REMOVE;
}

/* Runs the main loop long enough for windows to map, lay out and draw a few frames. */
static void
spin_main_loop (guint milliseconds)
{
  gboolean done = FALSE;

  g_timeout_add (milliseconds, timeout_reached_cb, &done);

  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n_items = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }

  return NULL;
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;

      if ((found = find_descendant (child, type)) != NULL)
        return found;
    }

  return NULL;
}

static GtkWindow *
get_main_window (void)
{
  return gtk_application_get_active_window (GTK_APPLICATION (app));
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
test_window (void)
{
  GtkWindow *window;

  if (skip_without_display ())
    return;

  g_application_activate (G_APPLICATION (app));
  spin_main_loop (300);

  window = get_main_window ();
  g_assert_true (GLN_IS_WINDOW (window));
  g_assert_cmpstr (gtk_window_get_title (window), ==, "Gleaner");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  g_assert_cmpint (gtk_widget_has_css_class (GTK_WIDGET (window), "devel"), ==, DEVELOPMENT_BUILD);

  /* Activating again presents the same window. */
  g_application_activate (G_APPLICATION (app));
  g_assert_true (get_main_window () == window);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);
}

static void
test_preferences (void)
{
  GSettings *settings;
  GtkWindow *preferences;
  GtkSpinButton *spin;
  GtkEditable *key_row;

  if (skip_without_display ())
    return;

  settings = gln_application_get_settings (app);
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  spin_main_loop (300);

  preferences = find_toplevel (GLN_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (preferences);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (preferences)));
  g_assert_true (gtk_window_get_transient_for (preferences) == get_main_window ());

  spin = GTK_SPIN_BUTTON (find_descendant (GTK_WIDGET (preferences), GTK_TYPE_SPIN_BUTTON));
  g_assert_cmpfloat (gtk_spin_button_get_value (spin), ==, 60);
  g_settings_set_uint (settings, "refresh-interval", 120);
  g_assert_cmpfloat (gtk_spin_button_get_value (spin), ==, 120);
  gtk_spin_button_set_value (spin, 30);
  g_assert_cmpuint (g_settings_get_uint (settings, "refresh-interval"), ==, 30);

  key_row = GTK_EDITABLE (find_descendant (GTK_WIDGET (preferences), ADW_TYPE_PASSWORD_ENTRY_ROW));
  gtk_editable_set_text (key_row, "secret");
  g_assert_cmpstr (g_settings_get_string (settings, "openalex-api-key"), ==, "secret");
  g_settings_reset (settings, "openalex-api-key");
  g_assert_cmpstr (gtk_editable_get_text (key_row), ==, "");

  g_settings_reset (settings, "refresh-interval");
  gtk_window_destroy (preferences);
  spin_main_loop (100);
  g_assert_null (find_toplevel (GLN_TYPE_PREFERENCES_WINDOW));
}

static void
test_style_variant (void)
{
  GSettings *settings;
  AdwStyleManager *style_manager;

  if (skip_without_display ())
    return;

  settings = gln_application_get_settings (app);
  style_manager = adw_style_manager_get_default ();

  g_settings_set_string (settings, "style-variant", "dark");
  g_assert_cmpint (adw_style_manager_get_color_scheme (style_manager), ==,
                   ADW_COLOR_SCHEME_FORCE_DARK);
  spin_main_loop (100);

  g_settings_set_string (settings, "style-variant", "light");
  g_assert_cmpint (adw_style_manager_get_color_scheme (style_manager), ==,
                   ADW_COLOR_SCHEME_FORCE_LIGHT);

  g_settings_reset (settings, "style-variant");
  g_assert_cmpint (adw_style_manager_get_color_scheme (style_manager), ==,
                   ADW_COLOR_SCHEME_DEFAULT);
}

static void
test_about (void)
{
  GtkWindow *about;

  if (skip_without_display ())
    return;

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  spin_main_loop (300);

  about = find_toplevel (ADW_TYPE_ABOUT_WINDOW);
  g_assert_nonnull (about);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (about)));
  g_assert_cmpstr (adw_about_window_get_application_name (ADW_ABOUT_WINDOW (about)), ==, "Gleaner");
  g_assert_cmpstr (adw_about_window_get_version (ADW_ABOUT_WINDOW (about)), ==, PACKAGE_VERSION);

  gtk_window_destroy (about);
  spin_main_loop (100);
  g_assert_null (find_toplevel (ADW_TYPE_ABOUT_WINDOW));
}

static void
test_shortcuts (void)
{
  GtkApplicationWindow *window;
  GtkWindow *shortcuts;

  if (skip_without_display ())
    return;

  window = GTK_APPLICATION_WINDOW (get_main_window ());
  shortcuts = GTK_WINDOW (gtk_application_window_get_help_overlay (window));
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (shortcuts));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));

  g_action_group_activate_action (G_ACTION_GROUP (app), "shortcuts", NULL);
  spin_main_loop (300);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (shortcuts)));

  gtk_window_close (shortcuts);
  spin_main_loop (100);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
}

static void
test_accels (void)
{
  struct {
    const char *action;
    const char *accel;
  } expected[] = {
    { "app.quit", "<Control>q" },
    { "app.preferences", "<Control>comma" },
    { "app.shortcuts", "<Control>question" },
  };

  if (skip_without_display ())
    return;

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                                    expected[i].action);

      g_assert_cmpstrv (accels, ((const char * const []) { expected[i].accel, NULL }));
    }
}

static void
test_quit (void)
{
  GSettings *settings;

  if (skip_without_display ())
    return;

  settings = gln_application_get_settings (app);
  gtk_window_set_default_size (get_main_window (), 820, 610);

  /* Quitting closes the windows, which remember their size. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  spin_main_loop (100);

  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 820);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 610);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);

  /* Any warning, such as a .ui file naming a property or widget newer than the
   * libadwaita 1.2 floor, fails the test.
   */
  g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);

  if (gtk_init_check ())
    {
      app = gln_application_new (APP_ID, G_APPLICATION_NON_UNIQUE);
      g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
      g_assert_no_error (error);
    }

  g_test_add_func ("/gln/ui/window", test_window);
  g_test_add_func ("/gln/ui/preferences", test_preferences);
  g_test_add_func ("/gln/ui/style-variant", test_style_variant);
  g_test_add_func ("/gln/ui/about", test_about);
  g_test_add_func ("/gln/ui/shortcuts", test_shortcuts);
  g_test_add_func ("/gln/ui/accels", test_accels);
  g_test_add_func ("/gln/ui/quit", test_quit);

  ret = g_test_run ();

  g_clear_object (&app);

  return ret;
}
