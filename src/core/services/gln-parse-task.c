/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Reading and parsing what the user imports, off the main thread: a copied page can hold
 * hundreds of papers and a file thousands. */

#define G_LOG_DOMAIN "gln-parse-task"

#include "config.h"

#include "gln-parse-task.h"

typedef struct
{
  GBytes          *bytes;
  GFile           *file;
  GlnImportFormat  detected;
} ParseData;

static void
parse_data_free (ParseData *data)
{
  g_clear_pointer (&data->bytes, g_bytes_unref);
  g_clear_object (&data->file);
  g_free (data);
}

static void
parse_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  ParseData *data = task_data;
  g_autoptr(GError) error = NULL;
  GPtrArray *papers;

  if (data->bytes == NULL &&
      !(data->bytes = g_file_load_bytes (data->file, cancellable, NULL, &error)))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (g_task_return_error_if_cancelled (task))
    return;

  if (!(papers = gln_import_parse (data->bytes, GLN_IMPORT_FORMAT_AUTO, &data->detected, &error)))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, papers, (GDestroyNotify) g_ptr_array_unref);
}

static void
run (ParseData           *data,
     gpointer             source_tag,
     GCancellable        *cancellable,
     GAsyncReadyCallback  callback,
     gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, data, (GDestroyNotify) parse_data_free);
  g_task_run_in_thread (task, parse_thread);
}

/**
 * gln_parse_bytes_async:
 * @bytes: text or a file's contents, in any format gln_import_parse() detects
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the papers found
 * @user_data: data for @callback
 */
void
gln_parse_bytes_async (GBytes              *bytes,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  ParseData *data;

  g_return_if_fail (bytes != NULL);

  data = g_new0 (ParseData, 1);
  data->bytes = g_bytes_ref (bytes);
  run (data, gln_parse_bytes_async, cancellable, callback, user_data);
}

void
gln_parse_file_async (GFile               *file,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  ParseData *data;

  g_return_if_fail (G_IS_FILE (file));

  data = g_new0 (ParseData, 1);
  data->file = g_object_ref (file);
  run (data, gln_parse_file_async, cancellable, callback, user_data);
}

/**
 * gln_parse_finish:
 * @result: the #GAsyncResult
 * @detected: (out) (optional): the format the contents were read as
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type GlnPaper): the papers found, or %NULL with @error
 */
GPtrArray *
gln_parse_finish (GAsyncResult     *result,
                  GlnImportFormat  *detected,
                  GError          **error)
{
  ParseData *data;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  data = g_task_get_task_data (G_TASK (result));
  if (detected != NULL)
    *detected = data->detected;

  return g_task_propagate_pointer (G_TASK (result), error);
}
