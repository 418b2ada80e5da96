/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The one way papers come into the library. Whatever brings them (a file, a paste, a feed
 * response, a lookup by identifier), they are parsed off the main thread and handed to the
 * store as one batch, stored in one transaction; the caller gets a GlnImportResult saying
 * what became of each paper and what could not be read, never the papers back changed. */

#define G_LOG_DOMAIN "gln-importer"

#include "config.h"

#include "gln-importer.h"

#include "gln-store-import.h"

struct _GlnImporter
{
  GObject   parent_instance;

  GlnStore *store;
};

typedef struct
{
  gint64     feed_id;
  GPtrArray *problems;
  guint      n_skipped;
} ImportData;

G_DEFINE_FINAL_TYPE (GlnImporter, gln_importer, G_TYPE_OBJECT)

static void
import_data_free (ImportData *data)
{
  g_clear_pointer (&data->problems, g_ptr_array_unref);
  g_free (data);
}

static void
stored_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  ImportData *data = g_task_get_task_data (task);
  g_autoptr(GlnImportResult) imported = NULL;
  GError *error = NULL;

  if (!(imported = gln_store_import_finish (GLN_STORE (object), result, &error)))
    {
      g_task_return_error (task, error);
      return;
    }

  /* What the parser could not read comes first: it was met first. Its broken entries
   * were entries of the file too. */
  imported->stats.found += data->n_skipped;
  imported->stats.skipped += data->n_skipped;
  if (data->problems != NULL && data->problems->len > 0)
    {
      g_ptr_array_extend (data->problems, imported->problems, (GCopyFunc) g_strdup, NULL);
      g_ptr_array_unref (imported->problems);
      imported->problems = g_steal_pointer (&data->problems);
    }

  g_task_return_pointer (task, g_steal_pointer (&imported), (GDestroyNotify) gln_import_result_free);
}

static void
store_papers (GTask     *task,
              GPtrArray *papers)
{
  GlnImporter *self = g_task_get_source_object (task);
  ImportData *data = g_task_get_task_data (task);

  /* Nothing to store is no job for the store, and no change for the lists. */
  if (papers->len == 0)
    {
      GlnImportResult *empty = gln_import_result_new ();

      empty->stats.found = empty->stats.skipped = data->n_skipped;
      if (data->problems != NULL)
        g_ptr_array_extend_and_steal (empty->problems, g_steal_pointer (&data->problems));
      g_task_return_pointer (task, empty, (GDestroyNotify) gln_import_result_free);
      g_object_unref (task);
      return;
    }

  gln_store_import_async (self->store, papers, data->feed_id, g_task_get_cancellable (task),
                          stored_cb, task);
}

static void
parsed_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  GTask *task = user_data;
  ImportData *data = g_task_get_task_data (task);
  g_autoptr(GlnParseResult) parsed = NULL;
  GError *error = NULL;

  if (!(parsed = gln_parse_finish (result, &error)))
    {
      g_task_return_error (task, error);
      g_object_unref (task);
      return;
    }

  data->problems = g_steal_pointer (&parsed->problems);
  data->n_skipped = parsed->n_skipped;
  store_papers (task, parsed->papers);
}

static GTask *
task_new (GlnImporter         *self,
          gint64               feed_id,
          gpointer             source_tag,
          GCancellable        *cancellable,
          GAsyncReadyCallback  callback,
          gpointer             user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);
  ImportData *data = g_new0 (ImportData, 1);

  data->feed_id = feed_id;
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, data, (GDestroyNotify) import_data_free);

  return task;
}

static void
gln_importer_finalize (GObject *object)
{
  GlnImporter *self = (GlnImporter *)object;

  g_clear_object (&self->store);

  G_OBJECT_CLASS (gln_importer_parent_class)->finalize (object);
}

static void
gln_importer_class_init (GlnImporterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = gln_importer_finalize;
}

static void
gln_importer_init (GlnImporter *self)
{
}

/**
 * gln_importer_new:
 * @store: the library papers go into
 *
 * Returns: (transfer full): a new importer, to be used on the thread that owns @store
 */
GlnImporter *
gln_importer_new (GlnStore *store)
{
  GlnImporter *self;

  g_return_val_if_fail (GLN_IS_STORE (store), NULL);

  self = g_object_new (GLN_TYPE_IMPORTER, NULL);
  self->store = g_object_ref (store);

  return self;
}

/**
 * gln_importer_import_async:
 * @self: a #GlnImporter
 * @func: the parser, run on a worker thread, such as gln_parse_inputs_parse()
 * @data: its data; the importer owns it from now on
 * @data_free: (nullable): frees @data once parsing is over
 * @feed_id: the feed that brought the papers, or 0
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the papers are stored, or nothing is
 * @user_data: data for @callback
 *
 * Parses off the main thread, then stores everything found in one transaction. When the
 * parser fails, nothing is stored.
 */
void
gln_importer_import_async (GlnImporter         *self,
                           GlnParseFunc         func,
                           gpointer             data,
                           GDestroyNotify       data_free,
                           gint64               feed_id,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (GLN_IS_IMPORTER (self));
  g_return_if_fail (func != NULL);

  task = task_new (self, feed_id, gln_importer_import_async, cancellable, callback, user_data);
  gln_parse_async (func, data, data_free, cancellable, parsed_cb, task);
}

/**
 * gln_importer_import_papers_async:
 * @self: a #GlnImporter
 * @papers: (element-type GlnPaper): papers parsed already, as a preview shows them; they
 *   are only read
 * @feed_id: the feed that brought them, or 0
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the papers are stored, or nothing is
 * @user_data: data for @callback
 */
void
gln_importer_import_papers_async (GlnImporter         *self,
                                  GPtrArray           *papers,
                                  gint64               feed_id,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_return_if_fail (GLN_IS_IMPORTER (self));
  g_return_if_fail (papers != NULL);

  store_papers (task_new (self, feed_id, gln_importer_import_papers_async, cancellable,
                          callback, user_data),
                papers);
}

/**
 * gln_importer_import_finish:
 * @self: a #GlnImporter
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full): what became of each paper, with what could not be read; or
 *   %NULL with @error set when nothing was imported
 */
GlnImportResult *
gln_importer_import_finish (GlnImporter   *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (GLN_IS_IMPORTER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
