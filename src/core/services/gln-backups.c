/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Automatic backups: a dated copy of the library in a folder beside it, at most one a day
 * when asked for daily ones, the newest few kept. The copy itself is the store's
 * (gln_store_backup_async()); this names, dates and rotates. */

#define G_LOG_DOMAIN "gln-backups"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "gln-backups.h"

#include "gln-store-backup.h"

#define PREFIX "gleaner-"
#define SUFFIX ".db"

/**
 * gln_backups_dup_dir:
 * @library_path: the library file
 *
 * Returns: (transfer full): the folder its automatic backups go to: `backups` beside it
 */
char *
gln_backups_dup_dir (const char *library_path)
{
  g_autofree char *dir = g_path_get_dirname (library_path);

  return g_build_filename (dir, "backups", NULL);
}

static gboolean
is_backup_name (const char *name)
{
  /* gleaner-YYYYMMDD-HHMMSS-UUUUUU.db: sorts by time, and two in one second differ */
  return g_str_has_prefix (name, PREFIX) && g_str_has_suffix (name, SUFFIX) &&
         strlen (name) == strlen (PREFIX "YYYYMMDD-HHMMSS-UUUUUU" SUFFIX);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  return -g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/**
 * gln_backups_list:
 * @dir: a backups folder
 *
 * Returns: (transfer full) (element-type filename): the backups in it, newest first;
 *   empty when there are none or no such folder
 */
GPtrArray *
gln_backups_list (const char *dir)
{
  GPtrArray *backups = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    if (is_backup_name (name))
      g_ptr_array_add (backups, g_build_filename (dir, name, NULL));
  g_ptr_array_sort (backups, compare_newest_first);

  return backups;
}

/* Whether the newest backup was made today (local time). */
static gboolean
made_today (GPtrArray *backups)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, PREFIX "%Y%m%d-");
  g_autofree char *newest = NULL;

  if (backups->len == 0)
    return FALSE;
  newest = g_path_get_basename (g_ptr_array_index (backups, 0));
  return g_str_has_prefix (newest, today);
}

static void
prune (const char *dir,
       guint       keep)
{
  g_autoptr(GPtrArray) backups = gln_backups_list (dir);

  for (guint i = keep; i < backups->len; i++)
    if (g_unlink (g_ptr_array_index (backups, i)) != 0)
      g_warning ("Could not remove the old backup %s: %s",
                 (const char *) g_ptr_array_index (backups, i), g_strerror (errno));
}

typedef struct
{
  char  *dir;
  char  *path;
  guint  keep;
} RunData;

static void
run_data_free (RunData *data)
{
  g_free (data->dir);
  g_free (data->path);
  g_free (data);
}

static void
backed_up_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  RunData *data = g_task_get_task_data (task);
  GError *error = NULL;

  if (!gln_store_backup_finish (GLN_STORE (object), result, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  prune (data->dir, data->keep);
  g_task_return_pointer (task, g_strdup (data->path), g_free);
}

/**
 * gln_backups_run_async:
 * @store: the open library
 * @dir: the backups folder (gln_backups_dup_dir())
 * @keep: how many backups to keep, at least 1
 * @daily: whether to do nothing when a backup was made today already
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Writes a dated backup of the library into @dir, then removes all but the @keep newest.
 */
void
gln_backups_run_async (GlnStore            *store,
                       const char          *dir,
                       guint                keep,
                       gboolean             daily,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (store, cancellable, callback, user_data);
  g_autoptr(GPtrArray) backups = gln_backups_list (dir);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *name = g_date_time_format (now, PREFIX "%Y%m%d-%H%M%S-%f" SUFFIX);
  RunData *data;

  g_task_set_source_tag (task, gln_backups_run_async);
  if (daily && made_today (backups))
    {
      g_task_return_pointer (task, NULL, NULL);
      return;
    }

  data = g_new0 (RunData, 1);
  data->dir = g_strdup (dir);
  data->path = g_build_filename (dir, name, NULL);
  data->keep = MAX (keep, 1);
  g_task_set_task_data (task, data, (GDestroyNotify) run_data_free);
  gln_store_backup_async (store, data->path, cancellable, backed_up_cb, g_steal_pointer (&task));
}

/**
 * gln_backups_run_finish:
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the backup written; %NULL without @error when a
 *   daily backup was made already, %NULL with @error set when it failed
 */
char *
gln_backups_run_finish (GAsyncResult  *result,
                        GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}
