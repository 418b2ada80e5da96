/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The store's jobs for the main window: the sidebar summary, notes, tag and collection
 * edits, and saved searches. Each runs through _gln_store_push() on the worker thread;
 * edits of a paper hand back the paper as stored, which updates the shared instance. */

#define G_LOG_DOMAIN "gln-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "gln-store.h"

#include "gln-store-private.h"

typedef enum
{
  JOB_SUMMARY,
  JOB_LIST_NOTES,
  JOB_SAVE_NOTE,
  JOB_DELETE_NOTE,
  JOB_REMOVE_TAG,
  JOB_COLLECTION_ADD,
  JOB_COLLECTION_REMOVE,
  JOB_SAVE_SEARCH,
  JOB_DELETE_SEARCH,
} JobKind;

typedef struct
{
  JobKind    kind;
  GlnPaper  *paper;      /* the shared instance the caller shows, for paper edits */
  gint64     paper_id;
  gint64     id;         /* a note or saved search id */
  char      *text;       /* a note body, tag, collection or search name */
  GlnQuery  *query;
} JobData;

static void
job_data_free (JobData *data)
{
  g_clear_object (&data->paper);
  g_free (data->text);
  g_clear_pointer (&data->query, gln_query_free);
  g_free (data);
}

static JobData *
job_data_new (JobKind     kind,
              GlnPaper   *paper,
              gint64      id,
              const char *text)
{
  JobData *data = g_new0 (JobData, 1);

  data->kind = kind;
  data->paper = paper ? g_object_ref (paper) : NULL;
  data->paper_id = paper ? gln_paper_get_id (paper) : 0;
  data->id = id;
  data->text = g_strdup (text);

  return data;
}

static gpointer
save_note (GlnDatabase  *database,
           JobData      *data,
           GError      **error)
{
  g_autoptr(GlnNote) note = g_new0 (GlnNote, 1);

  note->body = g_strdup (data->text);
  note->modified = g_get_real_time () / G_USEC_PER_SEC;

  if (data->id > 0)
    {
      if (!gln_database_update_note (database, data->id, data->text, error))
        return NULL;
      note->id = data->id;
    }
  else
    {
      if ((note->id = gln_database_add_note (database, data->paper_id, data->text, error)) <= 0)
        return NULL;
      note->created = note->modified;
    }

  return g_steal_pointer (&note);
}

static gboolean
edit_collection (GlnDatabase  *database,
                 JobData      *data,
                 GError      **error)
{
  gint64 collection_id;

  if (data->kind == JOB_COLLECTION_ADD)
    {
      g_autoptr(GError) local_error = NULL;

      collection_id = gln_database_lookup_collection (database, data->text, &local_error);
      if (g_error_matches (local_error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_NOT_FOUND))
        {
          g_clear_error (&local_error);
          collection_id = gln_database_create_collection (database, data->text, error);
        }
      else if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));

      return collection_id > 0 &&
             gln_database_collection_add (database, collection_id, data->paper_id, error);
    }

  collection_id = gln_database_lookup_collection (database, data->text, error);
  return collection_id > 0 &&
         gln_database_collection_remove (database, collection_id, data->paper_id, error);
}

static gpointer
library_job (GlnDatabase   *database,
             gpointer       user_data,
             GCancellable  *cancellable,
             GError       **error)
{
  JobData *data = user_data;
  gboolean ok = FALSE;
  gint64 id;

  switch (data->kind)
    {
    case JOB_SUMMARY:
      return gln_database_get_summary (database, error);
    case JOB_LIST_NOTES:
      return gln_database_list_notes (database, data->paper_id, error);
    case JOB_SAVE_NOTE:
      return save_note (database, data, error);
    case JOB_DELETE_NOTE:
      return gln_database_delete_note (database, data->id, error) ? GINT_TO_POINTER (TRUE) : NULL;
    case JOB_SAVE_SEARCH:
      if ((id = gln_database_save_search (database, data->text, data->query, error)) <= 0)
        return NULL;
      return g_memdup2 (&id, sizeof id);
    case JOB_DELETE_SEARCH:
      return gln_database_delete_saved_search (database, data->id, error) ? GINT_TO_POINTER (TRUE)
                                                                           : NULL;
    case JOB_REMOVE_TAG:
      ok = gln_database_remove_tag (database, data->paper_id, data->text, error);
      break;
    case JOB_COLLECTION_ADD:
    case JOB_COLLECTION_REMOVE:
      ok = edit_collection (database, data, error);
      break;
    default:
      g_assert_not_reached ();
    }

  if (!ok)
    return NULL;

  /* Hand back the paper as stored, so the shared instance ends up exactly right. */
  return gln_database_get_paper (database, data->paper_id, error);
}

static GDestroyNotify
result_free_func (JobKind kind)
{
  switch (kind)
    {
    case JOB_SUMMARY:
      return (GDestroyNotify) gln_library_summary_free;
    case JOB_LIST_NOTES:
      return (GDestroyNotify) g_ptr_array_unref;
    case JOB_SAVE_NOTE:
      return (GDestroyNotify) gln_note_free;
    case JOB_SAVE_SEARCH:
      return g_free;
    case JOB_DELETE_NOTE:
    case JOB_DELETE_SEARCH:
      return NULL;
    case JOB_REMOVE_TAG:
    case JOB_COLLECTION_ADD:
    case JOB_COLLECTION_REMOVE:
    default:
      return g_object_unref;
    }
}

static gboolean
changes_library (JobKind kind)
{
  return kind == JOB_REMOVE_TAG || kind == JOB_COLLECTION_ADD || kind == JOB_COLLECTION_REMOVE ||
         kind == JOB_SAVE_SEARCH || kind == JOB_DELETE_SEARCH;
}

static void
library_apply (GlnStore *self,
               gpointer  user_data,
               gpointer  result)
{
  JobData *data = user_data;

  if (data->paper != NULL && result != NULL)
    gln_paper_update_from (data->paper, result);
}

static void
run_library_job (GlnStore            *self,
                 JobData             *data,
                 gpointer             source_tag,
                 GCancellable        *cancellable,
                 GAsyncReadyCallback  callback,
                 gpointer             user_data)
{
  GlnStoreApplyFunc apply = changes_library (data->kind) ? library_apply : NULL;

  _gln_store_push (self, library_job, data, (GDestroyNotify) job_data_free,
                   result_free_func (data->kind), apply, source_tag, cancellable, callback,
                   user_data);
}

/**
 * gln_store_load_summary_async:
 * @self: a #GlnStore
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the summary
 * @user_data: data for @callback
 *
 * Counts what the sidebar shows on the worker thread; see gln_database_get_summary().
 */
void
gln_store_load_summary_async (GlnStore            *self,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_return_if_fail (GLN_IS_STORE (self));

  run_library_job (self, job_data_new (JOB_SUMMARY, NULL, 0, NULL), gln_store_load_summary_async,
                   cancellable, callback, user_data);
}

/**
 * gln_store_load_summary_finish:
 * @self: a #GlnStore
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the summary, or %NULL with @error set
 */
GlnLibrarySummary *
gln_store_load_summary_finish (GlnStore      *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  return _gln_store_propagate (self, result, error);
}

void
gln_store_list_notes_async (GlnStore            *self,
                            gint64               paper_id,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  JobData *data;

  g_return_if_fail (GLN_IS_STORE (self));

  data = job_data_new (JOB_LIST_NOTES, NULL, 0, NULL);
  data->paper_id = paper_id;
  run_library_job (self, data, gln_store_list_notes_async, cancellable, callback, user_data);
}

/**
 * gln_store_list_notes_finish:
 * @self: a #GlnStore
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type GlnNote): the paper's notes, oldest first
 */
GPtrArray *
gln_store_list_notes_finish (GlnStore      *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  return _gln_store_propagate (self, result, error);
}

/**
 * gln_store_save_note_async:
 * @self: a #GlnStore
 * @paper: the paper the note belongs to
 * @note_id: the note to update, or 0 to create one
 * @body: the note's Markdown
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the note is stored
 * @user_data: data for @callback
 *
 * Stores a note. Autosaving editors push one save after another; jobs run in order, so the
 * last body pushed is the one kept.
 */
void
gln_store_save_note_async (GlnStore            *self,
                           GlnPaper            *paper,
                           gint64               note_id,
                           const char          *body,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  JobData *data;

  g_return_if_fail (GLN_IS_STORE (self));
  g_return_if_fail (GLN_IS_PAPER (paper));
  g_return_if_fail (body != NULL);

  /* Notes change no property of the paper: keep it out of the update. */
  data = job_data_new (JOB_SAVE_NOTE, NULL, note_id, body);
  data->paper_id = gln_paper_get_id (paper);
  run_library_job (self, data, gln_store_save_note_async, cancellable, callback, user_data);
}

/**
 * gln_store_save_note_finish:
 * @self: a #GlnStore
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the note as stored (its id, body and modification time; the
 *   creation time only for a new note), or %NULL with @error set
 */
GlnNote *
gln_store_save_note_finish (GlnStore      *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  return _gln_store_propagate (self, result, error);
}

void
gln_store_delete_note_async (GlnStore            *self,
                             gint64               note_id,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_return_if_fail (GLN_IS_STORE (self));

  run_library_job (self, job_data_new (JOB_DELETE_NOTE, NULL, note_id, NULL),
                   gln_store_delete_note_async, cancellable, callback, user_data);
}

gboolean
gln_store_delete_note_finish (GlnStore      *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  return _gln_store_propagate (self, result, error) != NULL;
}

/**
 * gln_store_remove_tag_async:
 * @self: a #GlnStore
 * @paper: the paper
 * @tag: the tag to take off
 * @cancellable: (nullable): a #GCancellable
 * @callback: (nullable): called when stored; finish with gln_store_edit_finish()
 * @user_data: data for @callback
 */
void
gln_store_remove_tag_async (GlnStore            *self,
                            GlnPaper            *paper,
                            const char          *tag,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_return_if_fail (GLN_IS_STORE (self));
  g_return_if_fail (GLN_IS_PAPER (paper));
  g_return_if_fail (tag != NULL);

  run_library_job (self, job_data_new (JOB_REMOVE_TAG, paper, 0, tag), gln_store_remove_tag_async,
                   cancellable, callback, user_data);
}

/**
 * gln_store_collection_add_async:
 * @self: a #GlnStore
 * @paper: the paper
 * @collection: the collection's name; a new collection is created when none has it
 * @cancellable: (nullable): a #GCancellable
 * @callback: (nullable): called when stored; finish with gln_store_edit_finish()
 * @user_data: data for @callback
 */
void
gln_store_collection_add_async (GlnStore            *self,
                                GlnPaper            *paper,
                                const char          *collection,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_return_if_fail (GLN_IS_STORE (self));
  g_return_if_fail (GLN_IS_PAPER (paper));
  g_return_if_fail (collection != NULL);

  run_library_job (self, job_data_new (JOB_COLLECTION_ADD, paper, 0, collection),
                   gln_store_collection_add_async, cancellable, callback, user_data);
}

/**
 * gln_store_collection_remove_async:
 * @self: a #GlnStore
 * @paper: the paper
 * @collection: the collection's name
 * @cancellable: (nullable): a #GCancellable
 * @callback: (nullable): called when stored; finish with gln_store_edit_finish()
 * @user_data: data for @callback
 *
 * Takes a paper out of a collection, with its screening and board cells kept for the day
 * it comes back only as far as the collection keeps them.
 */
void
gln_store_collection_remove_async (GlnStore            *self,
                                   GlnPaper            *paper,
                                   const char          *collection,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_return_if_fail (GLN_IS_STORE (self));
  g_return_if_fail (GLN_IS_PAPER (paper));
  g_return_if_fail (collection != NULL);

  run_library_job (self, job_data_new (JOB_COLLECTION_REMOVE, paper, 0, collection),
                   gln_store_collection_remove_async, cancellable, callback, user_data);
}

/**
 * gln_store_save_search_async:
 * @self: a #GlnStore
 * @name: the name shown in the sidebar
 * @query: the search
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when stored
 * @user_data: data for @callback
 *
 * Saves a search, replacing the one of the same name; see gln_database_save_search().
 */
void
gln_store_save_search_async (GlnStore            *self,
                             const char          *name,
                             const GlnQuery      *query,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  JobData *data;

  g_return_if_fail (GLN_IS_STORE (self));
  g_return_if_fail (query != NULL);

  data = job_data_new (JOB_SAVE_SEARCH, NULL, 0, name);
  data->query = gln_query_copy (query);
  run_library_job (self, data, gln_store_save_search_async, cancellable, callback, user_data);
}

/**
 * gln_store_save_search_finish:
 * @self: a #GlnStore
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: the saved search's id, or -1 with @error set
 */
gint64
gln_store_save_search_finish (GlnStore      *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  g_autofree gint64 *id = NULL;

  if (!(id = _gln_store_propagate (self, result, error)))
    return -1;

  return *id;
}

void
gln_store_delete_search_async (GlnStore            *self,
                               gint64               search_id,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_return_if_fail (GLN_IS_STORE (self));

  run_library_job (self, job_data_new (JOB_DELETE_SEARCH, NULL, search_id, NULL),
                   gln_store_delete_search_async, cancellable, callback, user_data);
}

gboolean
gln_store_delete_search_finish (GlnStore      *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  return _gln_store_propagate (self, result, error) != NULL;
}
