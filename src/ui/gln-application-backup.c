/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The daily backup: a while after the library opens, when the day has none yet, a copy
 * goes to the backups folder beside the library, the newest few kept (the "backups-kept"
 * setting; 0 turns them off). */

#define G_LOG_DOMAIN "gleaner"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "gln-application-private.h"

/* Seconds after the library opens: out of the way of starting up and the first refresh. */
#define BACKUP_DELAY 120

static void
backed_up_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = gln_backups_run_finish (result, &error);

  if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    gln_application_report_error (_("Could not back up the library"), error);
  else if (path != NULL)
    g_debug ("Backed up the library to %s", path);
}

static gboolean
backup_timeout_cb (gpointer user_data)
{
  GlnApplication *self = user_data;
  guint keep = g_settings_get_uint (self->settings, "backups-kept");
  g_autofree char *dir = NULL;

  self->backup_source = 0;
  if (self->store == NULL || keep == 0)
    return G_SOURCE_REMOVE;

  dir = gln_backups_dup_dir (gln_store_get_path (self->store));
  gln_backups_run_async (self->store, dir, keep, TRUE, self->cancellable, backed_up_cb, self);

  return G_SOURCE_REMOVE;
}

/* Schedules the day's backup of the library just opened. GLEANER_BACKUP_DELAY (seconds)
 * overrides the delay, for tests. */
void
_gln_application_schedule_backup (GlnApplication *self)
{
  const char *delay = g_getenv ("GLEANER_BACKUP_DELAY");
  guint seconds = delay != NULL ? (guint) g_ascii_strtoull (delay, NULL, 10) : BACKUP_DELAY;

  g_clear_handle_id (&self->backup_source, g_source_remove);
  self->backup_source = g_timeout_add_seconds (seconds, backup_timeout_cb, self);
}

void
_gln_application_cancel_backup (GlnApplication *self)
{
  g_clear_handle_id (&self->backup_source, g_source_remove);
}

/* Restoring: every window goes (they hold the damaged library), the backup takes the
 * library's place, and a new window opens on it. */
static void
restore_backup (GlnApplication *self,
                const char     *backup)
{
  g_autofree char *path = _gln_application_dup_library_path (self);
  g_autofree char *replaced = NULL;
  g_autoptr(GError) error = NULL;
  GList *windows;

  g_application_hold (G_APPLICATION (self));
  while ((windows = gtk_application_get_windows (GTK_APPLICATION (self))) != NULL)
    gtk_window_destroy (windows->data);
  _gln_application_close_library (self);

  if (!gln_store_restore_backup (path, backup, TRUE, &replaced, &error))
    g_message ("Could not restore %s: %s", backup, error->message);
  else
    g_message ("Restored %s; the damaged library is kept as %s", backup, replaced);

  _gln_application_open_library (self);
  g_application_activate (G_APPLICATION (self));
  if (error != NULL)
    gln_application_report_error (_("Could not restore the backup"), error);
  g_application_release (G_APPLICATION (self));
}

typedef struct
{
  GlnApplication *application;
  char           *backup;
} Restore;

static gboolean
restore_idle_cb (gpointer user_data)
{
  Restore *restore = user_data;

  restore_backup (restore->application, restore->backup);
  g_application_release (G_APPLICATION (restore->application));
  g_free (restore->backup);
  g_free (restore);

  return G_SOURCE_REMOVE;
}

static void
damage_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    gpointer          user_data)
{
  const char *backup = g_object_get_data (G_OBJECT (dialog), "backup");
  Restore *restore;

  if (g_strcmp0 (response, "restore") != 0 || backup == NULL)
    return;

  /* The dialog is one of the windows that go: it closes first. */
  restore = g_new0 (Restore, 1);
  restore->application = user_data;
  restore->backup = g_strdup (backup);
  g_application_hold (G_APPLICATION (restore->application));
  g_idle_add (restore_idle_cb, restore);
}

/* When a backup was made, as the user reads dates. */
static char *
dup_backup_time (const char *backup)
{
  g_autoptr(GFile) file = g_file_new_for_path (backup);
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);
  g_autoptr(GDateTime) time = info != NULL ? g_file_info_get_modification_date_time (info) : NULL;
  g_autoptr(GDateTime) local = time != NULL ? g_date_time_to_local (time) : NULL;

  /* Translators: when a backup was made, e.g. "6 December 2026, 18:13" */
  return local != NULL ? g_date_time_format (local, _("%-d %B %Y, %H:%M"))
                       : g_path_get_basename (backup);
}

/* Tells the user the library is damaged, and offers its newest backup. */
static void
offer_backup (GlnApplication *self,
              const char     *problem)
{
  g_autofree char *path = _gln_application_dup_library_path (self);
  g_autofree char *dir = gln_backups_dup_dir (path);
  g_autoptr(GPtrArray) backups = gln_backups_list (dir);
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  AdwMessageDialog *dialog;
  g_autofree char *body = NULL;

  g_message ("The library %s is damaged: %s", path, problem);
  if (backups->len > 0)
    {
      g_autofree char *when = dup_backup_time (g_ptr_array_index (backups, 0));

      body = g_strdup_printf (_("Gleaner found damage in the library %s.\n\nIts newest backup, "
                                "from %s, can take its place. The damaged file will be kept in "
                                "the same folder."), path, when);
    }
  else
    body = g_strdup_printf (_("Gleaner found damage in the library %s, and there is no backup "
                              "yet. Copy the file somewhere safe before you go on."), path);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, _("The Library Is Damaged"),
                                                       NULL));
  adw_message_dialog_set_body (dialog, body);
  adw_message_dialog_add_response (dialog, "later", _("_Not Now"));
  if (backups->len > 0)
    {
      adw_message_dialog_add_response (dialog, "restore", _("_Restore Backup"));
      adw_message_dialog_set_response_appearance (dialog, "restore", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (dialog, "restore");
      g_object_set_data_full (G_OBJECT (dialog), "backup",
                              g_strdup (g_ptr_array_index (backups, 0)), g_free);
    }
  g_signal_connect (dialog, "response", G_CALLBACK (damage_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A library this small is checked at every start, in well under a second. */
#define CHECK_ALWAYS_BYTES (256 * 1024 * 1024)
/* A larger one (6 GB at a million papers, a minute of reading beside the first views)
 * a week after its last check, and at once when it was not closed cleanly. */
#define CHECK_INTERVAL (7 * 24 * 3600)

/**
 * _gln_application_library_left_log:
 * @library_path: a library file
 *
 * Whether the library's write-ahead log is there and not empty before it is opened: SQLite
 * removes it when the last connection closes, so a log left behind means Gleaner or
 * gleaner-cli stopped without closing it (or is running still).
 */
gboolean
_gln_application_library_left_log (const char *library_path)
{
  g_autofree char *log = g_strconcat (library_path, "-wal", NULL);
  GStatBuf st;

  return g_stat (log, &st) == 0 && st.st_size > 0;
}

static gboolean
check_is_due (GlnApplication *self,
              const char     *path)
{
  /* GLEANER_CHECK_ALWAYS_BYTES lets tests take a small library for a large one. */
  const char *always = g_getenv ("GLEANER_CHECK_ALWAYS_BYTES");
  gint64 always_bytes = always != NULL ? g_ascii_strtoll (always, NULL, 10) : CHECK_ALWAYS_BYTES;
  g_autofree char *checked_path = NULL;
  gint64 checked_at = 0;
  gint64 now;
  GStatBuf st;

  if (self->library_unclean || g_stat (path, &st) != 0 || st.st_size < always_bytes)
    return TRUE;

  g_settings_get (self->settings, "library-checked", "(sx)", &checked_path, &checked_at);
  now = g_get_real_time () / G_USEC_PER_SEC;
  /* A check dated in the future means the clock was changed: check again. */
  return g_strcmp0 (checked_path, path) != 0 ||
         now - checked_at >= CHECK_INTERVAL ||
         checked_at > now;
}

static void
checked_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  GlnApplication *self = user_data;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) problems = gln_store_quick_check_finish (result, &error);
  g_autofree char *path = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (problems != NULL && problems[0] != NULL)
    offer_backup (self, problems[0]);
  else if (error != NULL && g_error_matches (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_CORRUPT))
    offer_backup (self, error->message);
  else if (error == NULL)
    {
      path = _gln_application_dup_library_path (self);
      g_settings_set (self->settings, "library-checked", "(sx)", path,
                      g_get_real_time () / G_USEC_PER_SEC);
    }
}

/**
 * _gln_application_check_library:
 * @self: the application
 * @open_error: (nullable): why the library did not open, if it did not
 *
 * Looks for damage in the library just opened (SQLite's quick check, off the main thread
 * and beside the store's work) when a check is due, or takes the failure to open it for damage when it says
 * so; then offers the newest backup.
 */
void
_gln_application_check_library (GlnApplication *self,
                                const GError   *open_error)
{
  g_autofree char *path = _gln_application_dup_library_path (self);

  if (open_error != NULL)
    {
      if (g_error_matches (open_error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_CORRUPT))
        offer_backup (self, open_error->message);
      return;
    }

  if (check_is_due (self, path))
    gln_store_quick_check_async (path, self->cancellable, checked_cb, self);
  else
    g_debug ("The library was checked less than a week ago and closed cleanly since");
}
