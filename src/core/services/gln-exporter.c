/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Exports: the store reads the papers on its worker, a formats writer turns them into text
 * on another thread, and the text goes to a temporary file renamed over the target once it
 * is all on disk, so that a full disk or a crash never leaves half an export behind. */

#define G_LOG_DOMAIN "gln-exporter"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "gln-exporter.h"

#include "gln-store-board.h"
#include "gln-store-papers.h"

typedef struct
{
  /* What to write */
  GlnExportFormat  format;
  GlnBoardExport   board_format;
  gboolean         board;
  int              status;
  char            *title;
  char            *feed_id;
  char            *self_url;
  GlnExportCharset charset;
  GFile           *file;

  /* What the store read */
  GlnBoardState   *state;
  GPtrArray       *papers;
  GPtrArray       *notes;
  guint            n_papers;
} Export;

static void
export_free (Export *export)
{
  g_free (export->title);
  g_free (export->feed_id);
  g_free (export->self_url);
  g_clear_object (&export->file);
  g_clear_pointer (&export->state, gln_board_state_free);
  g_clear_pointer (&export->papers, g_ptr_array_unref);
  g_clear_pointer (&export->notes, g_ptr_array_unref);
  g_free (export);
}

static char *
write_text (Export  *export,
            GError **error)
{
  GlnExportOptions options = {
    export->title, export->feed_id, export->self_url, export->charset,
  };

  if (export->board)
    return gln_board_table_write (export->state, export->papers, export->board_format,
                                  export->status);

  return gln_export_papers (export->papers, export->notes, export->format, &options, error);
}

/* A local file is written through a temporary file renamed over it; any other (a share
 * mounted through GVfs) is replaced as a whole by GIO. */
static gboolean
write_file (GFile         *file,
            const char    *text,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *name = NULL;

  if (path != NULL)
    return gln_export_write_file (path, text, -1, error);

  if (g_file_replace_contents (file, text, strlen (text), NULL, FALSE,
                               G_FILE_CREATE_REPLACE_DESTINATION, NULL, cancellable, error))
    return TRUE;

  name = g_file_get_parse_name (file);
  g_prefix_error (error, _("Could not write “%s”: "), name);
  return FALSE;
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  Export *export = task_data;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;

  if (!(text = write_text (export, &error)) ||
      (export->file != NULL && !write_file (export->file, text, cancellable, &error)))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, g_steal_pointer (&text), g_free);
}

/* Once the store has read everything, writes off the main thread. */
static void
write_in_thread (GTask *task)
{
  Export *export = g_task_get_task_data (task);

  export->n_papers = export->papers->len;
  g_task_run_in_thread (task, write_thread);
  g_object_unref (task);
}

static void
notes_read_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  GTask *task = user_data;
  Export *export = g_task_get_task_data (task);
  GError *error = NULL;

  if (!(export->notes = gln_store_collect_notes_finish (GLN_STORE (object), result, &error)))
    {
      g_task_return_error (task, error);
      g_object_unref (task);
      return;
    }

  write_in_thread (task);
}

static void
collected_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  GTask *task = user_data;
  Export *export = g_task_get_task_data (task);
  GError *error = NULL;

  if (!(export->papers = gln_store_collect_finish (GLN_STORE (object), result, &error)))
    {
      g_task_return_error (task, error);
      g_object_unref (task);
      return;
    }

  if (gln_export_format_has_notes (export->format))
    gln_store_collect_notes_async (GLN_STORE (object), export->papers,
                                   g_task_get_cancellable (task), notes_read_cb, task);
  else
    write_in_thread (task);
}

static GTask *
task_new (GFile               *file,
          gpointer             source_tag,
          GCancellable        *cancellable,
          GAsyncReadyCallback  callback,
          gpointer             user_data)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);
  Export *export = g_new0 (Export, 1);

  export->file = file != NULL ? g_object_ref (file) : NULL;
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, export, (GDestroyNotify) export_free);

  return task;
}

static void
set_options (Export                 *export,
             GlnExportFormat         format,
             const GlnExportOptions *options)
{
  export->format = format;
  if (options != NULL)
    {
      export->title = g_strdup (options->title);
      export->feed_id = g_strdup (options->feed_id);
      export->self_url = g_strdup (options->self_url);
      export->charset = options->charset;
    }
}

/**
 * gln_export_async:
 * @store: the library
 * @query: which papers, in which order
 * @format: the format to write
 * @options: (nullable): options; %NULL for the defaults
 * @file: (nullable): the file to write, or %NULL for the text alone
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the export is written
 * @user_data: data for @callback
 *
 * Exports the papers a query matches, with the notes where the format carries them.
 */
void
gln_export_async (GlnStore                *store,
                  const GlnQuery          *query,
                  GlnExportFormat          format,
                  const GlnExportOptions  *options,
                  GFile                   *file,
                  GCancellable            *cancellable,
                  GAsyncReadyCallback      callback,
                  gpointer                 user_data)
{
  GTask *task;
  Export *export;

  g_return_if_fail (GLN_IS_STORE (store));
  g_return_if_fail (query != NULL);

  task = task_new (file, gln_export_async, cancellable, callback, user_data);
  export = g_task_get_task_data (task);
  set_options (export, format, options);

  gln_store_collect_async (store, query, cancellable, collected_cb, task);
}

/**
 * gln_export_papers_async:
 * @store: the library, for the notes
 * @papers: (element-type GlnPaper): the papers, in this order (such as the user's selection)
 * @format: the format to write
 * @options: (nullable): options; %NULL for the defaults
 * @file: (nullable): the file to write, or %NULL for the text alone
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the export is written
 * @user_data: data for @callback
 *
 * Exports @papers as gln_export_async() exports a query's, notes included where the format
 * carries them. Finish with gln_export_finish().
 */
void
gln_export_papers_async (GlnStore                *store,
                         GPtrArray               *papers,
                         GlnExportFormat          format,
                         const GlnExportOptions  *options,
                         GFile                   *file,
                         GCancellable            *cancellable,
                         GAsyncReadyCallback      callback,
                         gpointer                 user_data)
{
  GTask *task;
  Export *export;

  g_return_if_fail (GLN_IS_STORE (store));
  g_return_if_fail (papers != NULL);

  task = task_new (file, gln_export_async, cancellable, callback, user_data);
  export = g_task_get_task_data (task);
  set_options (export, format, options);
  export->papers = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < papers->len; i++)
    g_ptr_array_add (export->papers, g_object_ref (g_ptr_array_index (papers, i)));

  if (gln_export_format_has_notes (format))
    gln_store_collect_notes_async (store, export->papers, cancellable, notes_read_cb, task);
  else
    write_in_thread (task);
}

static void
board_papers_read_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  GTask *task = user_data;
  Export *export = g_task_get_task_data (task);
  GError *error = NULL;

  if (!(export->papers = gln_store_read_papers_finish (GLN_STORE (object), result, &error)))
    {
      g_task_return_error (task, error);
      g_object_unref (task);
      return;
    }

  write_in_thread (task);
}

static void
board_loaded_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GTask *task = user_data;
  Export *export = g_task_get_task_data (task);
  g_autoptr(GArray) ids = NULL;
  GError *error = NULL;

  if (!(export->state = gln_store_load_board_finish (GLN_STORE (object), result, &error)))
    {
      g_task_return_error (task, error);
      g_object_unref (task);
      return;
    }

  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), export->state->entries->len);
  for (guint i = 0; i < export->state->entries->len; i++)
    g_array_append_val (ids,
                        ((GlnCollectionPaper *) g_ptr_array_index (export->state->entries, i))->paper_id);

  gln_store_read_papers_async (GLN_STORE (object), ids, g_task_get_cancellable (task),
                               board_papers_read_cb, task);
}

/**
 * gln_export_board_async:
 * @store: the library
 * @collection_id: the collection
 * @format: the board as CSV, Markdown or LaTeX, or the screening record as CSV
 * @status: for the board, a #GlnScreening to keep only the papers with that decision, or
 *   -1 for all
 * @file: (nullable): the file to write, or %NULL for the text alone
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the export is written
 * @user_data: data for @callback
 *
 * Exports a collection's comparison board or screening record.
 */
void
gln_export_board_async (GlnStore            *store,
                        gint64               collection_id,
                        GlnBoardExport       format,
                        int                  status,
                        GFile               *file,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  GTask *task;
  Export *export;

  g_return_if_fail (GLN_IS_STORE (store));

  task = task_new (file, gln_export_board_async, cancellable, callback, user_data);
  export = g_task_get_task_data (task);
  export->board = TRUE;
  export->board_format = format;
  export->status = status;

  gln_store_load_board_async (store, collection_id, cancellable, board_loaded_cb, task);
}

/**
 * gln_export_finish:
 * @result: the #GAsyncResult
 * @n_papers: (out) (optional): how many papers the export holds (for a board, in the whole
 *   collection)
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the exported text, UTF-8, also when it was written to a file;
 *   %NULL with @error set when nothing was written
 */
char *
gln_export_finish (GAsyncResult  *result,
                   guint         *n_papers,
                   GError       **error)
{
  Export *export;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  export = g_task_get_task_data (G_TASK (result));
  if (n_papers != NULL)
    *n_papers = export->n_papers;

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * gln_export_write_file:
 * @path: the file to write
 * @contents: what to write
 * @length: its length, or -1 when NUL-terminated
 * @error: return location for a #GError
 *
 * Writes to a temporary file beside @path and renames it over @path once everything is on
 * disk, so that a full disk or a crash never leaves half an export behind.
 *
 * Returns: %TRUE on success
 */
gboolean
gln_export_write_file (const char  *path,
                       const char  *contents,
                       gssize       length,
                       GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  const char *reason;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (contents != NULL, FALSE);

  if (g_file_set_contents_full (path, contents, length, G_FILE_SET_CONTENTS_CONSISTENT, 0666,
                                &local_error))
    return TRUE;

  /* GLib names the temporary file it wrote ("Failed to write file “x.bib.4TQ1Z2”: fwrite()
   * failed: No space left on device"), which is gone and means nothing to the user: the
   * message keeps its last part, the system's reason. */
  reason = strrchr (local_error->message, ':');
  reason = reason != NULL ? reason + 1 : local_error->message;
  while (*reason == ' ')
    reason++;
  if (local_error->code == G_FILE_ERROR_NOSPC)
    g_set_error (error, G_FILE_ERROR, local_error->code,
                 _("Could not write “%s”, most likely because the disk is full"), path);
  else
    g_set_error (error, G_FILE_ERROR, local_error->code, _("Could not write “%s”: %s"), path,
                 reason);
  return FALSE;
}
