/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "gln-store.h"

#include "gln-store-private.h"

/* The store owns two connections to one library file. Every write and every heavy query
 * runs on a single worker thread, one job at a time and in order, each job in one
 * transaction. The read-only connection is for the main thread's page-sized lookups by id,
 * which WAL lets run while the worker writes. It also owns the identity map: one GlnPaper
 * per paper id, so that a change made in one view notifies every other. Nothing outside
 * the store touches either connection: every operation is a typed _async function of one of
 * the store's files (gln-store-papers.c, -import.c, -feeds.c, …). */

struct _GlnStore
{
  GObject       parent_instance;

  GlnDatabase  *writer;
  GlnDatabase  *reader;
  GThreadPool  *pool;
  GHashTable   *papers;   /* id → GlnPaper (weak) */
  guint64       n_rows_read;
};

/* One operation in flight: what it runs, its arguments, and its result once done. */
typedef struct
{
  const GlnStoreOp *op;
  GlnStoreArgs     *args;
} Job;

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

G_DEFINE_FINAL_TYPE (GlnStore, gln_store, G_TYPE_OBJECT)

static void
args_free (GlnStoreArgs *args)
{
  g_free (args->text);
  g_free (args->more_text);
  g_strfreev (args->strv);
  g_clear_pointer (&args->ids, g_array_unref);
  if (args->object != NULL && args->object_free != NULL)
    args->object_free (args->object);
  g_clear_pointer (&args->touched, g_array_unref);
  g_free (args);
}

static void
job_free (Job *job)
{
  g_clear_pointer (&job->args, args_free);
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

/* Re-reads the shared instance of a paper, if anybody holds one, from the library. */
static void
refresh_shared (GlnStore *self,
                gint64    id)
{
  GlnPaper *shared = g_hash_table_lookup (self->papers, &id);
  g_autoptr(GlnPaper) fresh = NULL;

  if (shared != NULL && (fresh = _gln_store_read_paper (self->reader, id, NULL)))
    gln_paper_update_from (shared, fresh);
}

static void
worker_func (gpointer data,
             gpointer user_data)
{
  GTask *task = data;
  GlnStore *self = user_data;
  Job *job = g_task_get_task_data (task);
  GCancellable *cancellable = g_task_get_cancellable (task);
  GDestroyNotify result_free = job->op->result_free;
  gboolean outside = (job->op->flags & GLN_STORE_OP_OUTSIDE_TRANSACTION) != 0;
  g_autoptr(GError) error = NULL;
  gpointer result = NULL;

  if (g_cancellable_set_error_if_cancelled (cancellable, &error) ||
      (!outside && !gln_database_begin (self->writer, &error)))
    goto out;

  result = job->op->job (self->writer, job->args, cancellable, &error);
  if (result == NULL && error == NULL)
    g_critical ("A store job returned nothing and no error");
  if (outside)
    ;
  else if (error != NULL)
    gln_database_rollback (self->writer);
  else
    gln_database_commit (self->writer, &error);

  if (error != NULL && result != NULL && result_free != NULL)
    g_clear_pointer (&result, result_free);

out:
  /* The pool's reference to the task is dropped in job_done_cb(), on the main thread: were
   * it dropped here, the store could be disposed on its own worker thread. */
  if (error != NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, result, result_free);

  /* The caller already has its result; the next job waits for this instead. */
  gln_database_checkpoint_if_needed (self->writer);
}

/* On the caller's thread, once the worker is done: brings the shared papers up to date,
 * hands the result over, then tells every list that the library changed. */
static void
job_done_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  GlnStore *self = GLN_STORE (object);
  g_autoptr(GTask) outer = user_data;
  Job *job = g_task_get_task_data (G_TASK (result));
  GlnStoreArgs *args = job->args;
  g_autoptr(GError) error = NULL;
  gpointer value;

  /* Committed or rolled back, the shared instances of the papers the job touched show what
   * is stored now: an edit shown ahead of time stays, or goes back. */
  for (guint i = 0; args->touched != NULL && i < args->touched->len; i++)
    refresh_shared (self, g_array_index (args->touched, gint64, i));

  value = g_task_propagate_pointer (G_TASK (result), &error);
  if (error != NULL)
    g_task_return_error (outer, g_steal_pointer (&error));
  else
    {
      g_task_return_pointer (outer, value, job->op->result_free);

      if (job->op->flags & GLN_STORE_OP_CHANGES)
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
  /* The writer closes last: SQLite copies the write-ahead log back into the library file
   * and removes it only when the last connection to close may write. */
  g_clear_object (&self->reader);
  g_clear_object (&self->writer);

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
   * Emitted on the main thread after an operation changed what lists show, so that they
   * re-query.
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

/* Whether opening @path for writing failed because it cannot be written: the file exists,
 * and it or its folder is read-only (a read-only mount, another user's file). */
static gboolean
cannot_write (const char   *path,
              const GError *error)
{
  g_autofree char *dir = g_path_get_dirname (path);

  return (g_error_matches (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_OPEN) ||
          g_error_matches (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_READ_ONLY)) &&
         g_file_test (path, G_FILE_TEST_IS_REGULAR) &&
         (g_access (path, W_OK) != 0 || g_access (dir, W_OK) != 0);
}

/* Opens both connections; on the opening thread, so that migrations do not block the UI. */
static GlnStore *
store_new (const char  *path,
           GError     **error)
{
  g_autoptr(GlnStore) self = g_object_new (GLN_TYPE_STORE, NULL);
  g_autoptr(GError) local_error = NULL;

  /* A library on read-only media, or a file the user may not write, still opens: it reads,
   * searches and exports, and every change says why it cannot be made. */
  self->writer = gln_database_open (path, GLN_DATABASE_FLAGS_NONE, &local_error);
  if (self->writer == NULL && cannot_write (path, local_error))
    {
      g_debug ("Opening %s read-only: %s", path, local_error->message);
      g_clear_error (&local_error);
      self->writer = gln_database_open (path, GLN_DATABASE_FLAGS_READ_ONLY, &local_error);
    }
  if (self->writer == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (!(self->reader = gln_database_open (gln_database_get_path (self->writer),
                                          GLN_DATABASE_FLAGS_READ_ONLY, error)))
    return NULL;

  return g_steal_pointer (&self);
}

static gboolean
start_worker (GlnStore  *self,
              GError   **error)
{
  self->pool = g_thread_pool_new (worker_func, self, 1, TRUE, error);

  return self->pool != NULL;
}

static void
open_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  g_autoptr(GError) error = NULL;
  GlnStore *self;

  if (!(self = store_new (task_data, &error)))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, self, g_object_unref);
}

/**
 * gln_store_dup_default_path:
 *
 * Returns: (transfer full): the user's library, `$XDG_DATA_HOME/gleaner/library.db`
 */
char *
gln_store_dup_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "gleaner", "library.db", NULL);
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
  g_autoptr(GlnStore) self = NULL;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  if (!(self = g_task_propagate_pointer (G_TASK (result), error)) || !start_worker (self, error))
    return NULL;

  return g_steal_pointer (&self);
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
  g_autoptr(GlnStore) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  if (!(self = store_new (path, error)) || !start_worker (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

const char *
gln_store_get_path (GlnStore *self)
{
  g_return_val_if_fail (GLN_IS_STORE (self), NULL);

  return gln_database_get_path (self->writer);
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

  if (!(fresh = _gln_store_read_paper (self->reader, id, error)))
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

/**
 * gln_store_edit_finish:
 * @self: a #GlnStore
 * @result: the #GAsyncResult of any operation documented to finish with this function
 * @error: return location for a #GError
 *
 * Finishes an operation that hands nothing back. An edit shown ahead of time on a shared
 * paper has been reverted when this fails.
 *
 * Returns: %TRUE if the operation was stored
 */
gboolean
gln_store_edit_finish (GlnStore      *self,
                       GAsyncResult  *result,
                       GError       **error)
{
  return _gln_store_finish (self, result, NULL, error) != NULL;
}

/**
 * gln_store_id_finish:
 * @self: a #GlnStore
 * @result: the #GAsyncResult of an operation documented to finish with this function
 * @error: return location for a #GError
 *
 * Finishes an operation that creates something.
 *
 * Returns: the new id, or 0 with @error set
 */
gint64
gln_store_id_finish (GlnStore      *self,
                     GAsyncResult  *result,
                     GError       **error)
{
  g_autofree gint64 *id = _gln_store_finish (self, result, NULL, error);

  return id != NULL ? *id : 0;
}

/**
 * _gln_store_check_name:
 * @name: (nullable): a name the user gave a tag, collection or column
 * @error: return location for a #GError
 *
 * Returns: (transfer full): @name without surrounding white space, or %NULL with
 *   %GLN_DATABASE_ERROR_INVALID when nothing is left
 */
char *
_gln_store_check_name (const char  *name,
                       GError     **error)
{
  g_autofree char *stripped = NULL;

  if (name != NULL && g_utf8_validate (name, -1, NULL))
    stripped = g_strstrip (g_strdup (name));

  if (stripped == NULL || stripped[0] == '\0')
    {
      g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_INVALID,
                   _("A name must not be empty"));
      return NULL;
    }

  return g_steal_pointer (&stripped);
}

/* For the store's files: a result for gln_store_id_finish(). */
gpointer
_gln_store_new_id (gint64 id)
{
  return g_memdup2 (&id, sizeof id);
}

GlnStoreArgs *
_gln_store_args_new (void)
{
  return g_new0 (GlnStoreArgs, 1);
}

/* Arguments that carry a copy of @query, for the jobs that search. */
GlnStoreArgs *
_gln_store_args_new_query (const GlnQuery *query)
{
  GlnStoreArgs *args = _gln_store_args_new ();

  args->object = gln_query_copy (query);
  args->object_free = (GDestroyNotify) gln_query_free;

  return args;
}

/* For a job: the shared instance of @paper_id shows stale values once the job commits. */
void
_gln_store_args_touch (GlnStoreArgs *args,
                       gint64        paper_id)
{
  if (args->touched == NULL)
    args->touched = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_append_val (args->touched, paper_id);
}

/**
 * _gln_store_call:
 * @self: a #GlnStore
 * @op: the operation, usually a static constant
 * @args: (transfer full): its arguments
 * @source_tag: the public _async function, checked again by _gln_store_finish()
 * @cancellable: (nullable): cancels the operation if it has not started yet
 * @callback: called on the caller's main context when the operation is done
 * @user_data: data for @callback
 *
 * Queues an operation for the worker thread, after every operation queued before it.
 */
void
_gln_store_call (GlnStore            *self,
                 const GlnStoreOp    *op,
                 GlnStoreArgs        *args,
                 gpointer             source_tag,
                 GCancellable        *cancellable,
                 GAsyncReadyCallback  callback,
                 gpointer             user_data)
{
  GTask *outer;
  GTask *inner;
  Job *job;

  /* The arguments are ours even when the call is refused. */
  if (!GLN_IS_STORE (self) || op == NULL || op->job == NULL)
    {
      args_free (args);
      g_return_if_fail (GLN_IS_STORE (self));
      g_return_if_fail (op != NULL && op->job != NULL);
    }

  outer = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (outer, source_tag);

  job = g_new0 (Job, 1);
  job->op = op;
  job->args = args;

  inner = g_task_new (self, cancellable, job_done_cb, outer);
  g_task_set_source_tag (inner, _gln_store_call);
  g_task_set_task_data (inner, job, (GDestroyNotify) job_free);
  g_task_set_return_on_cancel (inner, FALSE);

  g_thread_pool_push (self->pool, inner, NULL);
}

/**
 * _gln_store_call_with_id:
 *
 * _gln_store_call() for the many operations whose only argument is the id of one paper,
 * collection, search or other row.
 */
void
_gln_store_call_with_id (GlnStore            *self,
                         const GlnStoreOp    *op,
                         gint64               id,
                         gpointer             source_tag,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  GlnStoreArgs *args = _gln_store_args_new ();

  args->id = id;
  _gln_store_call (self, op, args, source_tag, cancellable, callback, user_data);
}

/* The common body of the store's _finish functions: the job's result, owned by the caller.
 * A %NULL @source_tag accepts any operation, for the shared finish functions. */
gpointer
_gln_store_finish (GlnStore      *self,
                   GAsyncResult  *result,
                   gpointer       source_tag,
                   GError       **error)
{
  g_return_val_if_fail (GLN_IS_STORE (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (source_tag == NULL ||
                        g_task_get_source_tag (G_TASK (result)) == source_tag, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
