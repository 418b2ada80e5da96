/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-application"

#include "config.h"

#include "gln-application-private.h"
#include "gln-popover-tooltips.h"
#include "gln-preferences-window.h"
#include "gln-window.h"

#include <glib/gi18n.h>

/* How long a D-Bus activated instance waits for another search before it exits. */
#define SERVICE_TIMEOUT_MS 20000

G_DEFINE_FINAL_TYPE (GlnApplication, gln_application, ADW_TYPE_APPLICATION)

GParamSpec *_gln_application_properties [APPLICATION_N_PROPS];
guint _gln_application_signals [APPLICATION_N_SIGNALS];

/* An uninstalled build (_build/src/ui/gleaner) has no installed schema, but
 * gnome.compile_schemas() leaves a compiled one in _build/data. Only a meson build tree,
 * recognized by its build.ninja, is searched, so an installed binary never looks there.
 */
static GSettingsSchema *
lookup_build_tree_schema (void)
{
  g_autoptr(GSettingsSchemaSource) source = NULL;
  g_autofree char *executable = NULL;
  g_autofree char *build_root = NULL;
  g_autofree char *build_ninja = NULL;
  g_autofree char *schema_dir = NULL;

  if ((executable = g_file_read_link ("/proc/self/exe", NULL)) == NULL)
    return NULL;

  build_root = g_canonicalize_filename ("../../..", executable);
  build_ninja = g_build_filename (build_root, "build.ninja", NULL);
  schema_dir = g_build_filename (build_root, "data", NULL);

  if (!g_file_test (build_ninja, G_FILE_TEST_IS_REGULAR))
    return NULL;

  source = g_settings_schema_source_new_from_directory (schema_dir,
                                                        g_settings_schema_source_get_default (),
                                                        FALSE,
                                                        NULL);
  if (source == NULL)
    return NULL;

  g_debug ("Using the uninstalled settings schema in %s", schema_dir);

  return g_settings_schema_source_lookup (source, GLN_SETTINGS_SCHEMA_ID, FALSE);
}

static GSettings *
create_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, GLN_SETTINGS_SCHEMA_ID, TRUE);

  if (schema == NULL)
    schema = lookup_build_tree_schema ();

  /* Without any schema, g_settings_new() fails with GLib's usual message. */
  if (schema == NULL)
    return g_settings_new (GLN_SETTINGS_SCHEMA_ID);

  return g_settings_new_full (schema, NULL, NULL);
}

static void
update_color_scheme (GlnApplication *self)
{
  g_autofree char *variant = g_settings_get_string (self->settings, "style-variant");
  AdwColorScheme color_scheme = ADW_COLOR_SCHEME_DEFAULT;

  if (g_str_equal (variant, "light"))
    color_scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_str_equal (variant, "dark"))
    color_scheme = ADW_COLOR_SCHEME_FORCE_DARK;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), color_scheme);
}

static void
style_variant_changed_cb (GlnApplication *self,
                          const char     *key,
                          GSettings      *settings)
{
  update_color_scheme (self);
}

static void
quit_activated_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  GlnApplication *self = GLN_APPLICATION (user_data);
  g_autolist(GtkWindow) windows = NULL;

  /* Closing, rather than g_application_quit(), lets every window save its state in
   * close-request; the application exits when the last one is gone.
   */
  windows = g_list_copy_deep (gtk_application_get_windows (GTK_APPLICATION (self)),
                              (GCopyFunc) g_object_ref,
                              NULL);

  for (const GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
}

static void
preferences_activated_cb (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  GlnApplication *self = GLN_APPLICATION (user_data);
  GlnPreferencesWindow *preferences;

  preferences = gln_preferences_window_new (self->settings);
  gtk_window_set_transient_for (GTK_WINDOW (preferences),
                                gtk_application_get_active_window (GTK_APPLICATION (self)));
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
shortcuts_activated_cb (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  GlnApplication *self = GLN_APPLICATION (user_data);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  /* GtkApplication loads gtk/help-overlay.ui into every application window. */
  if (window != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
}

static void
about_activated_cb (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  GlnApplication *self = GLN_APPLICATION (user_data);
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (GTK_APPLICATION (self)),
                        "modal", TRUE,
                        "application-name", _("Gleaner"),
                        "application-icon", APP_ID,
                        "developer-name", _("The Gleaner developers"),
                        "version", PACKAGE_VERSION,
                        "website", "https://github.com/gleaner/gleaner",
                        "issue-url", "https://github.com/gleaner/gleaner/issues",
                        "copyright", "© 2026 The Gleaner developers",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        /* Translators: Replace this with your names, one name per line. */
                        "translator-credits", _("translator-credits"),
                        NULL);

  gtk_window_present (GTK_WINDOW (about));
}

static void
store_opened_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GlnStore) store = NULL;
  g_autoptr(GError) error = NULL;
  GlnApplication *self;

  /* Cancelled when the application goes away or opens another library, which releases
   * the hold itself. */
  store = gln_store_open_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = GLN_APPLICATION (user_data);
  g_application_release (G_APPLICATION (self));

  if (store == NULL)
    {
      g_message ("Could not open the library: %s", error->message);
      self->store_error = g_steal_pointer (&error);
      _gln_application_check_library (self, self->store_error);
    }
  else
    {
      self->store = g_steal_pointer (&store);
      _gln_application_start_refresher (self);
      _gln_application_schedule_backup (self);
      _gln_application_check_library (self, NULL);
    }
  gln_search_provider_library_opened (self->search_provider);

  /* A window that shows a library already keeps it. */
  for (const GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    {
      if (!GLN_IS_WINDOW (l->data) || gln_window_get_store (l->data) != NULL)
        continue;
      if (self->store != NULL)
        gln_window_set_store (l->data, self->store);
      else
        gln_window_set_error (l->data, self->store_error);
    }
}

/* The library file the application opens: the one it was given, or the user's own. */
char *
_gln_application_dup_library_path (GlnApplication *self)
{
  return self->library_path != NULL ? g_strdup (self->library_path)
                                    : gln_store_dup_default_path ();
}

/* Opens the library off the main thread; the windows show it once it is open. */
void
_gln_application_open_library (GlnApplication *self)
{
  g_autofree char *path = _gln_application_dup_library_path (self);

  self->cancellable = g_cancellable_new ();
  self->library_unclean = _gln_application_library_left_log (path);
  g_application_hold (G_APPLICATION (self));
  gln_store_open_async (path, self->cancellable, store_opened_cb, self);
}

/* Whether _gln_application_open_library() ran and its library is neither open nor failed
 * to open yet. */
static gboolean
is_opening (GlnApplication *self)
{
  return self->cancellable != NULL && self->store == NULL && self->store_error == NULL;
}

/* Lets go of the library: its refresh, and an opening still under way. */
void
_gln_application_close_library (GlnApplication *self)
{
  /* An opening cancelled here does not report back, so its hold goes now. */
  if (is_opening (self))
    g_application_release (G_APPLICATION (self));
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  _gln_application_stop_refresher (self);
  _gln_application_cancel_backup (self);
  g_clear_object (&self->store);
  g_clear_error (&self->store_error);
}

static const GActionEntry app_entries[] = {
  { "quit", quit_activated_cb },
  { "preferences", preferences_activated_cb },
  { "shortcuts", shortcuts_activated_cb },
  { "about", about_activated_cb },
};

static void
gln_application_activate (GApplication *application)
{
  GlnApplication *self = GLN_APPLICATION (application);
  GtkWindow *window;

  if ((window = gtk_application_get_active_window (GTK_APPLICATION (self))) == NULL)
    {
      window = GTK_WINDOW (gln_window_new (self));
      if (self->store_error != NULL)
        gln_window_set_error (GLN_WINDOW (window), self->store_error);
    }

  gtk_window_present (window);
}

/* The GNOME Shell search provider answers on the application's own bus name. */
static gboolean
gln_application_dbus_register (GApplication     *application,
                               GDBusConnection  *connection,
                               const char       *object_path,
                               GError          **error)
{
  GlnApplication *self = GLN_APPLICATION (application);
  g_autofree char *path = g_strconcat (object_path, GLN_SEARCH_PROVIDER_PATH_SUFFIX, NULL);

  if (!G_APPLICATION_CLASS (gln_application_parent_class)->dbus_register (application,
                                                                          connection,
                                                                          object_path,
                                                                          error))
    return FALSE;

  return gln_search_provider_register (self->search_provider, connection, path, error);
}

static void
gln_application_dbus_unregister (GApplication    *application,
                                 GDBusConnection *connection,
                                 const char      *object_path)
{
  GlnApplication *self = GLN_APPLICATION (application);

  gln_search_provider_unregister (self->search_provider);

  G_APPLICATION_CLASS (gln_application_parent_class)->dbus_unregister (application,
                                                                       connection,
                                                                       object_path);
}

static void
gln_application_startup (GApplication *application)
{
  GlnApplication *self = GLN_APPLICATION (application);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  static const char *shortcuts_accels[] = { "<Control>question", NULL };
  static const char *no_accels[] = { NULL };

  G_APPLICATION_CLASS (gln_application_parent_class)->startup (application);
  gln_popover_tooltips_init ();

  /* Started by D-Bus for GNOME Shell's search, stay a little for the next keystrokes. */
  if (g_application_get_flags (application) & G_APPLICATION_IS_SERVICE)
    g_application_set_inactivity_timeout (application, SERVICE_TIMEOUT_MS);

  /* The library opens off the main thread while the first window shows. */
  _gln_application_open_library (self);

  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   app_entries,
                                   G_N_ELEMENTS (app_entries),
                                   self);

  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                         "app.preferences",
                                         preferences_accels);
  /* app.shortcuts owns Ctrl+? so that the menu shows it; GTK gave it to the window action. */
  gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                         "win.show-help-overlay",
                                         no_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                         "app.shortcuts",
                                         shortcuts_accels);

  g_signal_connect_object (self->settings,
                           "changed::style-variant",
                           G_CALLBACK (style_variant_changed_cb),
                           self,
                           G_CONNECT_SWAPPED);
  update_color_scheme (self);
}

static void
gln_application_dispose (GObject *object)
{
  GlnApplication *self = (GlnApplication *)object;

  _gln_application_close_library (self);
  g_clear_object (&self->settings);
  g_clear_object (&self->search_provider);

  G_OBJECT_CLASS (gln_application_parent_class)->dispose (object);
}

static void
gln_application_finalize (GObject *object)
{
  GlnApplication *self = (GlnApplication *)object;

  g_free (self->library_path);

  G_OBJECT_CLASS (gln_application_parent_class)->finalize (object);
}

static void
gln_application_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  GlnApplication *self = GLN_APPLICATION (object);

  switch (prop_id)
    {
    case APPLICATION_PROP_REFRESHING:
      g_value_set_boolean (value, self->refreshing);
      break;

    case APPLICATION_PROP_LIBRARY_PATH:
      g_value_set_string (value, self->library_path);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gln_application_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  GlnApplication *self = GLN_APPLICATION (object);

  switch (prop_id)
    {
    case APPLICATION_PROP_LIBRARY_PATH:
      gln_application_set_library_path (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gln_application_class_init (GlnApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = gln_application_dispose;
  object_class->finalize = gln_application_finalize;
  object_class->get_property = gln_application_get_property;
  object_class->set_property = gln_application_set_property;

  _gln_application_properties [APPLICATION_PROP_REFRESHING] =
    g_param_spec_boolean ("refreshing", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * GlnApplication:library-path:
   *
   * The library file; %NULL for the user's own (gln_store_dup_default_path()). Setting it
   * once the application runs opens the other library.
   */
  _gln_application_properties [APPLICATION_PROP_LIBRARY_PATH] =
    g_param_spec_string ("library-path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, APPLICATION_N_PROPS,
                                     _gln_application_properties);

  /**
   * GlnApplication::refreshed:
   * @reports: (element-type GlnFeedReport): what each feed did
   * @manual: whether the user asked for the refresh
   */
  _gln_application_signals [APPLICATION_REFRESHED] =
    g_signal_new ("refreshed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_PTR_ARRAY, G_TYPE_BOOLEAN);

  /**
   * GlnApplication::feed-refreshed:
   * @report: (type gpointer): the #GlnFeedReport of one feed, valid during the emission
   *
   * Emitted as soon as one feed of a refresh is done, so that a failure shows at once
   * rather than when the slowest feed is done.
   */
  _gln_application_signals [APPLICATION_FEED_REFRESHED] =
    g_signal_new ("feed-refreshed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_POINTER);

  application_class->activate = gln_application_activate;
  application_class->startup = gln_application_startup;
  application_class->dbus_register = gln_application_dbus_register;
  application_class->dbus_unregister = gln_application_dbus_unregister;
}

static void
gln_application_init (GlnApplication *self)
{
  self->settings = create_settings ();
  self->queued_feed = -1;
  self->search_provider = gln_search_provider_new (self);
}

GlnApplication *
gln_application_new (const char        *application_id,
                     GApplicationFlags  flags)
{
  g_return_val_if_fail (application_id != NULL, NULL);

  /* The .Devel variant keeps the resources of the stable one. */
  return g_object_new (GLN_TYPE_APPLICATION,
                       "application-id", application_id,
                       "flags", flags,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}

/**
 * gln_application_set_library_path:
 * @self: a #GlnApplication
 * @path: (nullable): a library file, or %NULL for the user's own
 *
 * Opens another library. Windows that wait for a library show the new one once it is open,
 * and so do the windows opened afterwards; a window already showing a library keeps it.
 */
void
gln_application_set_library_path (GlnApplication *self,
                                  const char     *path)
{
  g_return_if_fail (GLN_IS_APPLICATION (self));

  if (!gln_set_str (&self->library_path, path))
    return;

  /* Once started, the application has a library, or one on its way, to replace. */
  if (self->cancellable != NULL)
    {
      _gln_application_close_library (self);
      _gln_application_open_library (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), _gln_application_properties [APPLICATION_PROP_LIBRARY_PATH]);
}

GSettings *
gln_application_get_settings (GlnApplication *self)
{
  g_return_val_if_fail (GLN_IS_APPLICATION (self), NULL);

  return self->settings;
}

/**
 * gln_application_get_store:
 * @self: a #GlnApplication
 *
 * Returns: (transfer none) (nullable): the library, once it is open
 */
GlnStore *
gln_application_get_store (GlnApplication *self)
{
  g_return_val_if_fail (GLN_IS_APPLICATION (self), NULL);

  return self->store;
}

/**
 * gln_application_report_error:
 * @prefix: (nullable): what failed, translated
 * @error: why
 *
 * Tells the user in a toast of the active window, for callbacks that have no window of
 * their own; cancellation is not news.
 */
void
gln_application_report_error (const char   *prefix,
                              const GError *error)
{
  GApplication *application = g_application_get_default ();
  GtkWindow *window;
  g_autofree char *message = NULL;

  g_return_if_fail (error != NULL);

  if (GTK_IS_APPLICATION (application) &&
      GLN_IS_WINDOW ((window = gtk_application_get_active_window (GTK_APPLICATION (application)))))
    gln_window_report_error (GLN_WINDOW (window), prefix, error);
  else if ((message = gln_error_dup_message (prefix, error)) != NULL)
    g_warning ("%s", message);
}

/**
 * gln_application_edit_done_cb:
 * @object: the #GlnStore
 * @result: the #GAsyncResult
 * @user_data: (nullable): what failed, translated and static, such as
 *   `_("Could not change the collection")`; %NULL says the change was not saved
 *
 * A #GAsyncReadyCallback for the store's edits whose only follow-up is telling the user
 * when storing failed; the store has put a shared paper back by then.
 */
void
gln_application_edit_done_cb (GObject      *object,
                              GAsyncResult *result,
                              gpointer      user_data)
{
  const char *prefix = user_data != NULL ? user_data : _("Could not save the change");
  g_autoptr(GError) error = NULL;

  if (!gln_store_edit_finish (GLN_STORE (object), result, &error))
    gln_application_report_error (prefix, error);
}
