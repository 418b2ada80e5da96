/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "gln-store.h"

#include "gln-biblio.h"

#include "gln-store-private.h"

/* The store owns two connections to one library file. Every write and every heavy query
 * runs on a single worker thread, one job at a time and in order, each job in one
 * transaction. The read-only connection is for the main thread's page-sized lookups by id,
 * which WAL lets run while the worker writes. It also owns the identity map: one GlnPaper
 * per paper id, so that a change made in one view notifies every other. */

struct _GlnStore
{
  GObject       parent_instance;

  GlnDatabase  *writer;
  GlnDatabase  *reader;
  GThreadPool  *pool;
  GHashTable   *papers;   /* id → GlnPaper (weak) */
  guint64       n_rows_read;
};

typedef struct
{
  GlnStoreJobFunc    func;
  gpointer           data;
  GDestroyNotify     data_free;
  GDestroyNotify     result_free;
  GlnStoreApplyFunc  apply;
  gint64             revert_paper_id;
} Job;

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

G_DEFINE_FINAL_TYPE (GlnStore, gln_store, G_TYPE_OBJECT)

static Job *
job_new (GlnStoreJobFunc   func,
         gpointer          data,
         GDestroyNotify    data_free,
         GDestroyNotify    result_free,
         GlnStoreApplyFunc apply)
{
  Job *job = g_new0 (Job, 1);

  job->func = func;
  job->data = data;
  job->data_free = data_free;
  job->result_free = result_free;
  job->apply = apply;

  return job;
}

static void
job_free (Job *job)
{
  if (job->data_free != NULL)
    g_clear_pointer (&job->data, job->data_free);
  g_free (job);
}

static void
paper_finalized_cb (gpointer  user_data,
                    GObject  *where_the_object_was)
{
  GlnStore *self = user_data;
  GHashTableIter iter;
  gpointer value;

  /* The paper's id is gone with it; find the entry by identity. */
  g_hash_table_iter_init (&iter, self->papers);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      if (value == (gpointer) where_the_object_was)
        {
          g_hash_table_iter_remove (&iter);
          break;
        }
    }
}

/* Returns the one shared instance for @fresh's id, updated to @fresh's values. */
static GlnPaper *
canonicalize (GlnStore *self,
              GlnPaper *fresh)
{
  gint64 id = gln_paper_get_id (fresh);
  GlnPaper *existing = g_hash_table_lookup (self->papers, &id);
  gint64 *key;

  if (existing != NULL)
    {
      gln_paper_update_from (existing, fresh);
      return g_object_ref (existing);
    }

  key = g_new (gint64, 1);
  *key = id;
  g_hash_table_insert (self->papers, key, fresh);
  g_object_weak_ref (G_OBJECT (fresh), paper_finalized_cb, self);

  return g_object_ref (fresh);
}

static void
worker_func (gpointer data,
             gpointer user_data)
{
  GTask *task = data;
  GlnStore *self = user_data;
  Job *job = g_task_get_task_data (task);
  GCancellable *cancellable = g_task_get_cancellable (task);
  g_autoptr(GError) error = NULL;
  gpointer result = NULL;

  if (g_cancellable_set_error_if_cancelled (cancellable, &error))
    goto out;

  if (!gln_database_begin (self->writer, &error))
    goto out;

  result = job->func (self->writer, job->data, cancellable, &error);
  if (error != NULL)
    {
      gln_database_rollback (self->writer);
      if (result != NULL && job->result_free != NULL)
        g_clear_pointer (&result, job->result_free);
      goto out;
    }

  if (!gln_database_commit (self->writer, &error) && result != NULL && job->result_free != NULL)
    g_clear_pointer (&result, job->result_free);

out:
  /* The pool's reference to the task is dropped in job_done_cb(), on the main thread: were
   * it dropped here, the store could be disposed on its own worker thread. */
  if (error != NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, result, job->result_free);

  /* The caller already has its result; the next job waits for this instead. */
  gln_database_checkpoint_if_needed (self->writer);
}

static void
refresh_shared (GlnStore *self,
                gint64    id)
{
  GlnPaper *shared = g_hash_table_lookup (self->papers, &id);
  g_autoptr(GlnPaper) fresh = NULL;

  if (shared != NULL && (fresh = gln_database_get_paper (self->reader, id, NULL)))
    gln_paper_update_from (shared, fresh);
}

static void
job_done_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  GlnStore *self = GLN_STORE (object);
  g_autoptr(GTask) outer = user_data;
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  gpointer value;

  value = g_task_propagate_pointer (G_TASK (result), &error);
  if (error != NULL)
    {
      /* An edit shown ahead of time goes back to what is stored. */
      if (job->revert_paper_id > 0)
        refresh_shared (self, job->revert_paper_id);
      g_task_return_error (outer, g_steal_pointer (&error));
    }
  else
    {
      if (job->apply != NULL)
        job->apply (self, job->data, value);

      g_task_return_pointer (outer, value, job->result_free);

      if (job->apply != NULL)
        g_signal_emit (self, signals [CHANGED], 0);
    }

  g_object_unref (result);
}

static void
gln_store_dispose (GObject *object)
{
  GlnStore *self = (GlnStore *)object;
  GHashTableIter iter;
  gpointer value;

  /* Every job holds a reference on the store, so the pool is idle by now. */
  if (self->pool != NULL)
    {
      g_thread_pool_free (self->pool, FALSE, TRUE);
      self->pool = NULL;
    }

  if (self->papers != NULL)
    {
      g_hash_table_iter_init (&iter, self->papers);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        g_object_weak_unref (value, paper_finalized_cb, self);
      g_hash_table_remove_all (self->papers);
    }

  G_OBJECT_CLASS (gln_store_parent_class)->dispose (object);
}

static void
gln_store_finalize (GObject *object)
{
  GlnStore *self = (GlnStore *)object;

  g_clear_pointer (&self->papers, g_hash_table_unref);
  g_clear_object (&self->writer);
  g_clear_object (&self->reader);

  G_OBJECT_CLASS (gln_store_parent_class)->finalize (object);
}

static void
gln_store_class_init (GlnStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = gln_store_dispose;
  object_class->finalize = gln_store_finalize;

  /**
   * GlnStore::changed:
   *
   * Emitted on the main thread after a job changed the library, so that lists re-query.
   */
  signals [CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
gln_store_init (GlnStore *self)
{
  self->papers = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

static GlnStore *
store_new (GlnDatabase  *writer,
           GError      **error)
{
  g_autoptr(GlnStore) self = g_object_new (GLN_TYPE_STORE, NULL);
  const char *path = gln_database_get_path (writer);

  self->writer = g_object_ref (writer);
  if (!(self->reader = gln_database_open (path, GLN_DATABASE_FLAGS_READ_ONLY, error)))
    return NULL;

  return g_steal_pointer (&self);
}

static void
open_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  g_autoptr(GlnDatabase) writer = NULL;
  g_autoptr(GError) error = NULL;
  GlnStore *self;

  if (!(writer = gln_database_open (task_data, GLN_DATABASE_FLAGS_NONE, &error)) ||
      !(self = store_new (writer, &error)))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, self, g_object_unref);
}

/**
 * gln_store_open_async:
 * @path: the library file; it is created and upgraded as needed
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the calling thread's main context when the store is ready
 * @user_data: data for @callback
 *
 * Opens a library off the main thread.
 */
void
gln_store_open_async (const char          *path,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (path != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, gln_store_open_async);
  g_task_set_task_data (task, g_strdup (path), g_free);
  g_task_run_in_thread (task, open_thread);
}

/**
 * gln_store_open_finish:
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
GlnStore *
gln_store_open_finish (GAsyncResult  *result,
                       GError       **error)
{
  GlnStore *self;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  if (!(self = g_task_propagate_pointer (G_TASK (result), &local_error)))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  self->pool = g_thread_pool_new (worker_func, self, 1, TRUE, error);
  if (self->pool == NULL)
    {
      g_object_unref (self);
      return NULL;
    }

  return self;
}

/**
 * gln_store_open_sync:
 * @path: the library file
 * @error: return location for a #GError
 *
 * Like gln_store_open_async(), blocking: for tools and tests, not for the UI.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
GlnStore *
gln_store_open_sync (const char  *path,
                     GError     **error)
{
  g_autoptr(GlnDatabase) writer = NULL;
  GlnStore *self;

  if (!(writer = gln_database_open (path, GLN_DATABASE_FLAGS_NONE, error)))
    return NULL;
  if (!(self = store_new (writer, error)))
    return NULL;

  self->pool = g_thread_pool_new (worker_func, self, 1, TRUE, error);
  if (self->pool == NULL)
    {
      g_object_unref (self);
      return NULL;
    }

  return self;
}

const char *
gln_store_get_path (GlnStore *self)
{
  g_return_val_if_fail (GLN_IS_STORE (self), NULL);

  return gln_database_get_path (self->writer);
}

static void
push_job (GlnStore            *self,
          Job                 *job,
          gpointer             source_tag,
          GCancellable        *cancellable,
          GAsyncReadyCallback  callback,
          gpointer             user_data)
{
  GTask *outer = g_task_new (self, cancellable, callback, user_data);
  GTask *inner;

  g_task_set_source_tag (outer, source_tag);

  inner = g_task_new (self, cancellable, job_done_cb, outer);
  g_task_set_source_tag (inner, push_job);
  g_task_set_task_data (inner, job, (GDestroyNotify) job_free);
  g_task_set_return_on_cancel (inner, FALSE);

  g_thread_pool_push (self->pool, inner, NULL);
}

/**
 * gln_store_run_async:
 * @self: a #GlnStore
 * @func: the job, run on the worker thread inside one transaction
 * @data: data for @func
 * @data_free: (nullable): frees @data afterwards
 * @result_free: (nullable): frees @func's result if nobody takes it
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the main context when the job is done
 * @user_data: data for @callback
 *
 * Runs any job on the worker thread, after every job pushed before it.
 */
void
gln_store_run_async (GlnStore            *self,
                     GlnStoreJobFunc      func,
                     gpointer             data,
                     GDestroyNotify       data_free,
                     GDestroyNotify       result_free,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  g_return_if_fail (GLN_IS_STORE (self));
  g_return_if_fail (func != NULL);

  _gln_store_push (self, func, data, data_free, result_free, NULL, gln_store_run_async,
                   cancellable, callback, user_data);
}

/**
 * gln_store_run_finish:
 * @self: a #GlnStore
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the job's result
 */
gpointer
gln_store_run_finish (GlnStore      *self,
                      GAsyncResult  *result,
                      GError       **error)
{
  return _gln_store_propagate (self, result, error);
}

typedef struct
{
  GPtrArray      *papers;
  gint64          feed_id;
  GlnImportStats  stats;
} ImportData;

static void
import_data_free (ImportData *data)
{
  g_clear_pointer (&data->papers, g_ptr_array_unref);
  g_free (data);
}

static gpointer
import_job (GlnDatabase   *database,
            gpointer       data,
            GCancellable  *cancellable,
            GError       **error)
{
  ImportData *import = data;

  /* A reference manager's export carries ratings, tags and read states too. */
  if (!gln_database_import (database, import->papers, import->feed_id, &import->stats, error) ||
      !gln_biblio_import_user_data (database, import->papers, error))
    return NULL;

  /* The result is the job data itself, kept alive by the caller's task. */
  return g_memdup2 (&import->stats, sizeof import->stats);
}

static void
import_apply (GlnStore *self,
              gpointer  data,
              gpointer  result)
{
  ImportData *import = data;

  /* A merge may have filled in metadata of papers someone is showing. */
  for (guint i = 0; i < import->papers->len; i++)
    refresh_shared (self, gln_paper_get_id (g_ptr_array_index (import->papers, i)));
}

/**
 * gln_store_import_async:
 * @self: a #GlnStore
 * @papers: (element-type GlnPaper): parsed papers; the store takes a reference
 * @feed_id: the feed that brought them, or 0
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the import is committed or rolled back
 * @user_data: data for @callback
 */
void
gln_store_import_async (GlnStore            *self,
                        GPtrArray           *papers,
                        gint64               feed_id,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  ImportData *data;

  g_return_if_fail (GLN_IS_STORE (self));
  g_return_if_fail (papers != NULL);

  data = g_new0 (ImportData, 1);
  data->papers = g_ptr_array_ref (papers);
  data->feed_id = feed_id;
  _gln_store_push (self, import_job, data, (GDestroyNotify) import_data_free, g_free, import_apply,
                   gln_store_import_async, cancellable, callback, user_data);
}

gboolean
gln_store_import_finish (GlnStore        *self,
                         GAsyncResult    *result,
                         GlnImportStats  *stats,
                         GError         **error)
{
  g_autofree GlnImportStats *value = NULL;

  if (!(value = _gln_store_propagate (self, result, error)))
    return FALSE;

  if (stats != NULL)
    *stats = *value;

  return TRUE;
}

static gpointer
query_ids_job (GlnDatabase   *database,
               gpointer       data,
               GCancellable  *cancellable,
               GError       **error)
{
  return gln_database_query_ids (database, data, error);
}

void
gln_store_query_ids_async (GlnStore            *self,
                           const GlnQuery      *query,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_return_if_fail (GLN_IS_STORE (self));
  g_return_if_fail (query != NULL);

  _gln_store_push (self, query_ids_job, gln_query_copy (query), (GDestroyNotify) gln_query_free,
                   (GDestroyNotify) g_array_unref, NULL, gln_store_query_ids_async, cancellable,
                   callback, user_data);
}

/**
 * gln_store_query_ids_finish:
 * @self: a #GlnStore
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type gint64): the matching ids in order
 */
GArray *
gln_store_query_ids_finish (GlnStore      *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  return _gln_store_propagate (self, result, error);
}

typedef enum
{
  EDIT_RATING,
  EDIT_STARRED,
  EDIT_READ,
  EDIT_ADD_TAG,
  EDIT_ADD_NOTE,
} EditKind;

typedef struct
{
  EditKind  kind;
  gint64    paper_id;
  int       value;
  char     *text;
} EditData;

static void
edit_data_free (EditData *data)
{
  g_free (data->text);
  g_free (data);
}

static gpointer
edit_job (GlnDatabase   *database,
          gpointer       data,
          GCancellable  *cancellable,
          GError       **error)
{
  EditData *edit = data;
  gboolean ok = FALSE;

  switch (edit->kind)
    {
    case EDIT_RATING:
      ok = gln_database_set_rating (database, edit->paper_id, edit->value, error);
      break;
    case EDIT_STARRED:
      ok = gln_database_set_starred (database, edit->paper_id, edit->value, error);
      break;
    case EDIT_READ:
      ok = gln_database_set_read (database, edit->paper_id, edit->value, error);
      break;
    case EDIT_ADD_TAG:
      ok = gln_database_add_tag (database, edit->paper_id, edit->text, error);
      break;
    case EDIT_ADD_NOTE:
      ok = gln_database_add_note (database, edit->paper_id, edit->text, error) > 0;
      break;
    default:
      g_assert_not_reached ();
    }

  if (!ok)
    return NULL;

  /* Hand back the paper as stored, so the shared instance ends up exactly right. */
  return gln_database_get_paper (database, edit->paper_id, error);
}

static void
edit_apply (GlnStore *self,
            gpointer  data,
            gpointer  result)
{
  gint64 id = gln_paper_get_id (result);
  GlnPaper *shared = g_hash_table_lookup (self->papers, &id);

  if (shared != NULL)
    gln_paper_update_from (shared, result);
}

static void
push_edit (GlnStore            *self,
           GlnPaper            *paper,
           EditKind             kind,
           int                  value,
           const char          *text,
           gpointer             source_tag,
           GCancellable        *cancellable,
           GAsyncReadyCallback  callback,
           gpointer             user_data)
{
  EditData *data = g_new0 (EditData, 1);
  Job *job;

  data->kind = kind;
  data->paper_id = gln_paper_get_id (paper);
  data->value = value;
  data->text = g_strdup (text);

  job = job_new (edit_job, data, (GDestroyNotify) edit_data_free, g_object_unref, edit_apply);
  job->revert_paper_id = data->paper_id;
  push_job (self, job, source_tag, cancellable, callback, user_data);
}

/**
 * gln_store_set_rating_async:
 * @self: a #GlnStore
 * @paper: the paper
 * @rating: 0 to 5
 * @cancellable: (nullable): a #GCancellable
 * @callback: (nullable): called when stored; finish with gln_store_edit_finish()
 * @user_data: data for @callback
 *
 * Shows the new rating at once on the shared paper and stores it on the worker thread.
 * If storing fails, the paper goes back to what is stored.
 */
void
gln_store_set_rating_async (GlnStore            *self,
                            GlnPaper            *paper,
                            int                  rating,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_return_if_fail (GLN_IS_STORE (self));
  g_return_if_fail (GLN_IS_PAPER (paper));

  if (rating >= 0 && rating <= 5)
    gln_paper_set_rating (paper, rating);
  push_edit (self, paper, EDIT_RATING, rating, NULL, gln_store_set_rating_async, cancellable,
             callback, user_data);
}

void
gln_store_set_starred_async (GlnStore            *self,
                             GlnPaper            *paper,
                             gboolean             starred,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_return_if_fail (GLN_IS_STORE (self));
  g_return_if_fail (GLN_IS_PAPER (paper));

  gln_paper_set_starred (paper, starred);
  push_edit (self, paper, EDIT_STARRED, !!starred, NULL, gln_store_set_starred_async,
             cancellable, callback, user_data);
}

void
gln_store_set_read_async (GlnStore            *self,
                          GlnPaper            *paper,
                          gboolean             read,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_return_if_fail (GLN_IS_STORE (self));
  g_return_if_fail (GLN_IS_PAPER (paper));

  gln_paper_set_read_time (paper, read ? g_get_real_time () / G_USEC_PER_SEC : 0);
  push_edit (self, paper, EDIT_READ, !!read, NULL, gln_store_set_read_async, cancellable,
             callback, user_data);
}

void
gln_store_add_tag_async (GlnStore            *self,
                         GlnPaper            *paper,
                         const char          *tag,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_return_if_fail (GLN_IS_STORE (self));
  g_return_if_fail (GLN_IS_PAPER (paper));

  push_edit (self, paper, EDIT_ADD_TAG, 0, tag, gln_store_add_tag_async, cancellable,
             callback, user_data);
}

void
gln_store_add_note_async (GlnStore            *self,
                          GlnPaper            *paper,
                          const char          *body,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_return_if_fail (GLN_IS_STORE (self));
  g_return_if_fail (GLN_IS_PAPER (paper));

  push_edit (self, paper, EDIT_ADD_NOTE, 0, body, gln_store_add_note_async, cancellable,
             callback, user_data);
}

/**
 * gln_store_edit_finish:
 * @self: a #GlnStore
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Finishes any of the paper edits. On failure the shared paper has already been reverted.
 *
 * Returns: %TRUE if the edit was stored
 */
gboolean
gln_store_edit_finish (GlnStore      *self,
                       GAsyncResult  *result,
                       GError       **error)
{
  g_autoptr(GlnPaper) paper = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (GLN_IS_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  paper = g_task_propagate_pointer (G_TASK (result), &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

/**
 * gln_store_lookup_paper:
 * @self: a #GlnStore
 * @id: a paper id
 * @error: return location for a #GError
 *
 * Returns the shared instance of a paper, reading it through the read-only connection when
 * nobody holds it yet. Cheap enough for the main thread: one lookup by primary key.
 *
 * Returns: (transfer full): the paper, or %NULL with @error set
 */
GlnPaper *
gln_store_lookup_paper (GlnStore  *self,
                        gint64     id,
                        GError   **error)
{
  GlnPaper *existing;
  GlnPaper *fresh;

  g_return_val_if_fail (GLN_IS_STORE (self), NULL);

  if ((existing = g_hash_table_lookup (self->papers, &id)))
    return g_object_ref (existing);

  if (!(fresh = gln_database_get_paper (self->reader, id, error)))
    return NULL;
  self->n_rows_read++;

  /* The map does not own it; the caller's reference keeps it alive. */
  existing = canonicalize (self, fresh);
  g_object_unref (existing);

  return fresh;
}

/**
 * gln_store_lookup_papers:
 * @self: a #GlnStore
 * @ids: (array length=n_ids): paper ids
 * @n_ids: the number of ids
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type GlnPaper): the shared instances, in the order of
 *   @ids; papers deleted meanwhile are left out
 */
GPtrArray *
gln_store_lookup_papers (GlnStore      *self,
                         const gint64  *ids,
                         guint          n_ids,
                         GError       **error)
{
  g_autoptr(GPtrArray) papers = g_ptr_array_new_full (n_ids, g_object_unref);

  g_return_val_if_fail (GLN_IS_STORE (self), NULL);

  for (guint i = 0; i < n_ids; i++)
    {
      g_autoptr(GError) local_error = NULL;
      GlnPaper *paper = gln_store_lookup_paper (self, ids[i], &local_error);

      if (paper != NULL)
        g_ptr_array_add (papers, paper);
      else if (!g_error_matches (local_error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }

  return g_steal_pointer (&papers);
}

/**
 * gln_store_get_n_rows_read:
 * @self: a #GlnStore
 *
 * Returns: how many papers the main thread has read from the library so far; tests and
 *   benchmarks use it to prove that lists read only what they show
 */
guint64
gln_store_get_n_rows_read (GlnStore *self)
{
  g_return_val_if_fail (GLN_IS_STORE (self), 0);

  return self->n_rows_read;
}

/* For the store's sibling files: pushes a job like gln_store_run_async() does, and with
 * @apply, updates what the main thread shows and emits GlnStore::changed on success. The
 * caller's task gets @source_tag; finish it with _gln_store_propagate(). */
void
_gln_store_push (GlnStore            *self,
                 GlnStoreJobFunc      func,
                 gpointer             data,
                 GDestroyNotify       data_free,
                 GDestroyNotify       result_free,
                 GlnStoreApplyFunc    apply,
                 gpointer             source_tag,
                 GCancellable        *cancellable,
                 GAsyncReadyCallback  callback,
                 gpointer             user_data)
{
  push_job (self, job_new (func, data, data_free, result_free, apply), source_tag, cancellable,
            callback, user_data);
}

/* The common body of the store's _finish functions: the job's result, owned by the caller. */
gpointer
_gln_store_propagate (GlnStore      *self,
                      GAsyncResult  *result,
                      GError       **error)
{
  g_return_val_if_fail (GLN_IS_STORE (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* For the store's sibling files: reread the shared instances of papers a job changed
 * behind their back, such as the collections they list after a rename. */
void
_gln_store_refresh_papers (GlnStore     *self,
                           const gint64 *ids,
                           guint         n_ids)
{
  g_return_if_fail (GLN_IS_STORE (self));

  for (guint i = 0; i < n_ids; i++)
    refresh_shared (self, ids[i]);
}
