/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The daily backup: a while after the library opens, when the day has none yet, a copy
 * goes to the backups folder beside the library, the newest few kept (the "backups-kept"
 * setting; 0 turns them off). */

#define G_LOG_DOMAIN "gleaner"

#include "config.h"

#include <glib/gi18n.h>

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
