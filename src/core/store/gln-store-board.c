/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The store's jobs for review collections: the screening mode and the comparison board
 * read a collection in one job and write each edit in one job of its own. Each runs through
 * _gln_store_push() on the worker thread. Screening and board edits concern only the
 * views that made them, so they do not emit GlnStore::changed; renaming or deleting a
 * collection does, because the sidebar and every paper's collections show its name. */

#define G_LOG_DOMAIN "gln-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "gln-store-board.h"

#include "gln-store-private.h"
#include "gln-table.h"

typedef enum
{
  JOB_LOAD,
  JOB_SCREEN,
  JOB_UNDO,
  JOB_SET_CELL,
  JOB_SET_KEY_RESULTS,
  JOB_ADD_COLUMN,
  JOB_UPDATE_COLUMN,
  JOB_MOVE_COLUMN,
  JOB_DELETE_COLUMN,
  JOB_DESCRIBE,
  JOB_RENAME,
  JOB_DELETE_COLLECTION,
  JOB_EXPORT,
} JobKind;

typedef struct
{
  JobKind         kind;
  gint64          collection_id;
  gint64          paper_id;
  int             value;     /* a decision, a column index, an export format */
  int             status;    /* the decision an export keeps, -1 for all */
  char           *text;      /* a reason, cell value, name, description or Key results */
  GlnBoardColumn *column;
  GArray         *ids;       /* the papers of a renamed or deleted collection */
} JobData;

void
gln_board_state_free (GlnBoardState *state)
{
  if (state == NULL)
    return;

  g_clear_pointer (&state->info, gln_collection_info_free);
  g_clear_pointer (&state->columns, g_ptr_array_unref);
  g_clear_pointer (&state->entries, g_ptr_array_unref);
  g_clear_pointer (&state->cells, g_hash_table_unref);
  g_clear_pointer (&state->reasons, g_strfreev);
  g_clear_pointer (&state->summary, gln_screening_summary_free);
  g_free (state);
}

void
gln_screening_change_free (GlnScreeningChange *change)
{
  if (change == NULL)
    return;

  g_free (change->reason);
  g_clear_pointer (&change->reasons, g_strfreev);
  g_clear_pointer (&change->summary, gln_screening_summary_free);
  g_free (change);
}

static void
job_data_free (JobData *data)
{
  g_free (data->text);
  g_clear_pointer (&data->column, gln_board_column_free);
  g_clear_pointer (&data->ids, g_array_unref);
  g_free (data);
}

static JobData *
job_data_new (JobKind     kind,
              gint64      collection_id,
              const char *text)
{
  JobData *data = g_new0 (JobData, 1);

  data->kind = kind;
  data->collection_id = collection_id;
  data->text = g_strdup (text);
  data->status = -1;

  return data;
}

static GlnCollectionInfo *
find_collection (GlnDatabase  *database,
                 gint64        collection_id,
                 GError      **error)
{
  g_autoptr(GPtrArray) collections = NULL;

  if (!(collections = gln_database_list_collections (database, error)))
    return NULL;

  for (guint i = 0; i < collections->len; i++)
    if (((GlnCollectionInfo *) g_ptr_array_index (collections, i))->id == collection_id)
      return g_ptr_array_steal_index (collections, i);

  g_set_error_literal (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_NOT_FOUND,
                       _("The collection no longer exists"));
  return NULL;
}

static GlnBoardState *
load_state (GlnDatabase  *database,
            gint64        collection_id,
            GError      **error)
{
  g_autoptr(GlnBoardState) state = g_new0 (GlnBoardState, 1);

  if (!(state->info = find_collection (database, collection_id, error)) ||
      !(state->columns = gln_database_list_board_columns (database, collection_id, error)) ||
      !(state->entries = gln_database_list_collection_papers (database, collection_id, -1,
                                                              error)) ||
      !(state->cells = gln_database_list_board_cells (database, collection_id, error)) ||
      !(state->reasons = gln_database_list_reasons (database, collection_id, error)) ||
      !(state->summary = gln_database_get_screening_summary (database, collection_id, error)))
    return NULL;

  return g_steal_pointer (&state);
}

static GlnScreeningChange *
screen (GlnDatabase  *database,
        JobData      *data,
        GError      **error)
{
  g_autoptr(GlnScreeningChange) change = g_new0 (GlnScreeningChange, 1);

  if (data->kind == JOB_SCREEN)
    {
      if (!gln_database_collection_screen (database, data->collection_id, data->paper_id,
                                           (GlnScreening) data->value, data->text, error))
        return NULL;
      change->paper_id = data->paper_id;
    }
  else if ((change->paper_id = gln_database_undo_screening (database, data->collection_id,
                                                            error)) < 0)
    return NULL;

  /* Read back what is stored: the reason trimmed, or what an undo restored. */
  if (change->paper_id > 0 &&
      !gln_database_get_screening (database, data->collection_id, change->paper_id,
                                   &change->status, &change->reason, error))
    return NULL;

  if (!(change->reasons = gln_database_list_reasons (database, data->collection_id, error)) ||
      !(change->summary = gln_database_get_screening_summary (database, data->collection_id,
                                                              error)))
    return NULL;

  return g_steal_pointer (&change);
}

static char *
set_cell (GlnDatabase  *database,
          JobData      *data,
          GError      **error)
{
  g_autoptr(GPtrArray) columns = NULL;
  char *normalized = NULL;

  if (!gln_database_set_board_cell_by_id (database, data->column->id, data->paper_id,
                                          data->text, error) ||
      !(columns = gln_database_list_board_columns (database, data->column->collection_id, error)))
    return NULL;

  /* The value as stored: the column as the library has it decides how it reads. */
  for (guint i = 0; i < columns->len; i++)
    {
      GlnBoardColumn *column = g_ptr_array_index (columns, i);

      if (column->id == data->column->id &&
          !gln_board_column_normalize (column, data->text, &normalized, error))
        return NULL;
    }

  return normalized != NULL ? normalized : g_strdup ("");
}

static GlnBoardColumn *
add_column (GlnDatabase  *database,
            JobData      *data,
            GError      **error)
{
  g_autoptr(GPtrArray) columns = NULL;
  const char *kind = gln_board_kind_to_string (data->column->kind);
  gint64 id;

  if ((id = gln_database_add_board_column (database, data->collection_id, data->column->name,
                                           kind, error)) <= 0)
    return NULL;

  if (data->column->choices != NULL &&
      !gln_database_update_board_column (database, id, data->column->name,
                                         (const char * const *) data->column->choices, 0, FALSE,
                                         error))
    return NULL;

  if (!(columns = gln_database_list_board_columns (database, data->collection_id, error)))
    return NULL;

  for (guint i = 0; i < columns->len; i++)
    if (((GlnBoardColumn *) g_ptr_array_index (columns, i))->id == id)
      return g_ptr_array_steal_index (columns, i);

  g_set_error_literal (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_NOT_FOUND,
                       _("The board column no longer exists"));
  return NULL;
}

/* The papers of a collection, whose shared instances list its name. */
static GArray *
list_paper_ids (GlnDatabase  *database,
                gint64        collection_id,
                GError      **error)
{
  g_autoptr(GPtrArray) entries = NULL;
  GArray *ids;

  if (!(entries = gln_database_list_collection_papers (database, collection_id, -1, error)))
    return NULL;

  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), entries->len);
  for (guint i = 0; i < entries->len; i++)
    g_array_append_val (ids, ((GlnCollectionPaper *) g_ptr_array_index (entries, i))->paper_id);

  return ids;
}

static char *
export_board (GlnDatabase  *database,
              JobData      *data,
              GError      **error)
{
  g_autoptr(GlnTable) table = NULL;

  if (data->value == GLN_BOARD_EXPORT_SCREENING_CSV)
    table = gln_screening_table_build (database, data->collection_id, error);
  else
    table = gln_board_table_build (database, data->collection_id, data->status, error);
  if (table == NULL)
    return NULL;

  switch ((GlnBoardExport) data->value)
    {
    case GLN_BOARD_EXPORT_MARKDOWN:
      return gln_table_to_markdown (table);
    case GLN_BOARD_EXPORT_LATEX:
      return gln_table_to_latex (table);
    case GLN_BOARD_EXPORT_CSV:
    case GLN_BOARD_EXPORT_SCREENING_CSV:
    default:
      return gln_table_to_csv (table);
    }
}

static gpointer
board_job (GlnDatabase   *database,
           gpointer       user_data,
           GCancellable  *cancellable,
           GError       **error)
{
  JobData *data = user_data;
  gboolean ok = FALSE;

  switch (data->kind)
    {
    case JOB_LOAD:
      return load_state (database, data->collection_id, error);
    case JOB_SCREEN:
    case JOB_UNDO:
      return screen (database, data, error);
    case JOB_SET_CELL:
      return set_cell (database, data, error);
    case JOB_ADD_COLUMN:
      return add_column (database, data, error);
    case JOB_EXPORT:
      return export_board (database, data, error);
    case JOB_SET_KEY_RESULTS:
      ok = gln_database_set_key_results (database, data->collection_id, data->paper_id,
                                         data->text, error);
      break;
    case JOB_UPDATE_COLUMN:
      ok = gln_database_update_board_column (database, data->column->id, data->column->name,
                                             (const char * const *) data->column->choices,
                                             data->column->width, data->column->hidden, error);
      break;
    case JOB_MOVE_COLUMN:
      ok = gln_database_move_board_column (database, data->column->id, data->value, error);
      break;
    case JOB_DELETE_COLUMN:
      ok = gln_database_delete_board_column (database, data->column->id, error);
      break;
    case JOB_DESCRIBE:
      ok = gln_database_describe_collection (database, data->collection_id, data->text, error);
      break;
    case JOB_RENAME:
    case JOB_DELETE_COLLECTION:
      /* Listed first: once deleted, the collection has no papers left to list. They stay
       * in the job data for board_apply(). */
      if (!(data->ids = list_paper_ids (database, data->collection_id, error)))
        return NULL;
      if (data->kind == JOB_RENAME)
        ok = gln_database_rename_collection (database, data->collection_id, data->text, error);
      else
        ok = gln_database_delete_collection (database, data->collection_id, error);
      break;
    default:
      g_assert_not_reached ();
    }

  return ok ? GINT_TO_POINTER (TRUE) : NULL;
}

static GDestroyNotify
result_free_func (JobKind kind)
{
  switch (kind)
    {
    case JOB_LOAD:
      return (GDestroyNotify) gln_board_state_free;
    case JOB_SCREEN:
    case JOB_UNDO:
      return (GDestroyNotify) gln_screening_change_free;
    case JOB_SET_CELL:
    case JOB_EXPORT:
      return g_free;
    case JOB_ADD_COLUMN:
      return (GDestroyNotify) gln_board_column_free;
    case JOB_RENAME:
    case JOB_DELETE_COLLECTION:
    case JOB_SET_KEY_RESULTS:
    case JOB_UPDATE_COLUMN:
    case JOB_MOVE_COLUMN:
    case JOB_DELETE_COLUMN:
    case JOB_DESCRIBE:
    default:
      return NULL;
    }
}

/* Only renaming or deleting a collection changes what the rest of the library shows. */
static void
board_apply (GlnStore *self,
             gpointer  user_data,
             gpointer  result)
{
  JobData *data = user_data;

  _gln_store_refresh_papers (self, (const gint64 *) data->ids->data, data->ids->len);
}

static void
run_board_job (GlnStore            *self,
               JobData             *data,
               gpointer             source_tag,
               GCancellable        *cancellable,
               GAsyncReadyCallback  callback,
               gpointer             user_data)
{
  gboolean changes = data->kind == JOB_RENAME || data->kind == JOB_DELETE_COLLECTION;

  _gln_store_push (self, board_job, data, (GDestroyNotify) job_data_free,
                   result_free_func (data->kind), changes ? board_apply : NULL, source_tag,
                   cancellable, callback, user_data);
}

/**
 * gln_store_load_board_async:
 * @self: a #GlnStore
 * @collection_id: the collection
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the collection's state
 * @user_data: data for @callback
 *
 * Reads what the screening mode and the board show of a collection, in one job.
 */
void
gln_store_load_board_async (GlnStore            *self,
                            gint64               collection_id,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_return_if_fail (GLN_IS_STORE (self));

  run_board_job (self, job_data_new (JOB_LOAD, collection_id, NULL), gln_store_load_board_async,
                 cancellable, callback, user_data);
}

/**
 * gln_store_load_board_finish:
 * @self: a #GlnStore
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the state, or %NULL with @error set
 */
GlnBoardState *
gln_store_load_board_finish (GlnStore      *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == gln_store_load_board_async,
                        NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * gln_store_screen_async:
 * @self: a #GlnStore
 * @collection_id: the collection
 * @paper_id: a paper in it
 * @status: the decision
 * @reason: (nullable): why; a typed exclusion reason joins the collection's vocabulary
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when stored; finish with gln_store_screening_finish()
 * @user_data: data for @callback
 *
 * Records a screening decision in the collection's undo log.
 */
void
gln_store_screen_async (GlnStore            *self,
                        gint64               collection_id,
                        gint64               paper_id,
                        GlnScreening         status,
                        const char          *reason,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  JobData *data;

  g_return_if_fail (GLN_IS_STORE (self));
  g_return_if_fail (status <= GLN_SCREENING_MAYBE);

  data = job_data_new (JOB_SCREEN, collection_id, reason);
  data->paper_id = paper_id;
  data->value = status;
  run_board_job (self, data, gln_store_screen_async, cancellable, callback, user_data);
}

/**
 * gln_store_undo_screening_async:
 * @self: a #GlnStore
 * @collection_id: the collection
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done; finish with gln_store_screening_finish()
 * @user_data: data for @callback
 *
 * Takes back the collection's last screening decision.
 */
void
gln_store_undo_screening_async (GlnStore            *self,
                                gint64               collection_id,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_return_if_fail (GLN_IS_STORE (self));

  run_board_job (self, job_data_new (JOB_UNDO, collection_id, NULL),
                 gln_store_undo_screening_async, cancellable, callback, user_data);
}

/**
 * gln_store_screening_finish:
 * @self: a #GlnStore
 * @result: the #GAsyncResult of gln_store_screen_async() or gln_store_undo_screening_async()
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the decision as stored and the counts after it, or %NULL with
 *   @error set
 */
GlnScreeningChange *
gln_store_screening_finish (GlnStore      *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  return _gln_store_propagate (self, result, error);
}

/**
 * gln_store_set_board_cell_async:
 * @self: a #GlnStore
 * @column: the criteria column
 * @paper_id: the paper (the row)
 * @value: (nullable): what the user typed; empty clears the cell
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when stored; finish with gln_store_set_board_cell_finish()
 * @user_data: data for @callback
 *
 * Stores one cell, checked against its column's kind.
 */
void
gln_store_set_board_cell_async (GlnStore             *self,
                                const GlnBoardColumn *column,
                                gint64                paper_id,
                                const char           *value,
                                GCancellable         *cancellable,
                                GAsyncReadyCallback   callback,
                                gpointer              user_data)
{
  JobData *data;

  g_return_if_fail (GLN_IS_STORE (self));
  g_return_if_fail (column != NULL);

  data = job_data_new (JOB_SET_CELL, column->collection_id, value);
  data->paper_id = paper_id;
  data->column = gln_board_column_copy (column);
  run_board_job (self, data, gln_store_set_board_cell_async, cancellable, callback, user_data);
}

/**
 * gln_store_set_board_cell_finish:
 * @self: a #GlnStore
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the value as stored ("4" for a score typed " 4 ", a choice as
 *   the column spells it), empty for a cleared cell; %NULL with @error set when the value
 *   does not fit the column
 */
char *
gln_store_set_board_cell_finish (GlnStore      *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  return _gln_store_propagate (self, result, error);
}

/**
 * gln_store_add_board_column_async:
 * @self: a #GlnStore
 * @collection_id: the collection whose board gains the column
 * @name: its title, unique on the board
 * @kind: what its cells hold
 * @choices: (nullable): the values of a choice column, in order
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when stored; finish with gln_store_add_board_column_finish()
 * @user_data: data for @callback
 */
void
gln_store_add_board_column_async (GlnStore            *self,
                                  gint64               collection_id,
                                  const char          *name,
                                  GlnBoardKind         kind,
                                  const char * const  *choices,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  JobData *data;

  g_return_if_fail (GLN_IS_STORE (self));
  g_return_if_fail (kind <= GLN_BOARD_KIND_CHOICE);

  data = job_data_new (JOB_ADD_COLUMN, collection_id, NULL);
  data->column = gln_board_column_new ();
  data->column->collection_id = collection_id;
  data->column->name = g_strdup (name);
  data->column->kind = kind;
  data->column->choices = choices != NULL && choices[0] != NULL ? g_strdupv ((char **) choices)
                                                                 : NULL;
  run_board_job (self, data, gln_store_add_board_column_async, cancellable, callback, user_data);
}

/**
 * gln_store_add_board_column_finish:
 * @self: a #GlnStore
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the column as stored, last on its board, or %NULL with @error
 *   set (an empty name, or one the board already has)
 */
GlnBoardColumn *
gln_store_add_board_column_finish (GlnStore      *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  return _gln_store_propagate (self, result, error);
}

/**
 * gln_store_set_key_results_async:
 * @self: a #GlnStore
 * @collection_id: the collection
 * @paper_id: the paper
 * @text: (nullable): the user's Key results; "" clears them, %NULL goes back to the ones
 *   extracted from the abstract
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when stored; finish with gln_store_board_edit_finish()
 * @user_data: data for @callback
 */
void
gln_store_set_key_results_async (GlnStore            *self,
                                 gint64               collection_id,
                                 gint64               paper_id,
                                 const char          *text,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  JobData *data;

  g_return_if_fail (GLN_IS_STORE (self));

  data = job_data_new (JOB_SET_KEY_RESULTS, collection_id, text);
  data->paper_id = paper_id;
  run_board_job (self, data, gln_store_set_key_results_async, cancellable, callback, user_data);
}

/**
 * gln_store_update_board_column_async:
 * @self: a #GlnStore
 * @column: the column with its new name, choices, width and visibility
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when stored; finish with gln_store_board_edit_finish()
 * @user_data: data for @callback
 */
void
gln_store_update_board_column_async (GlnStore             *self,
                                     const GlnBoardColumn *column,
                                     GCancellable         *cancellable,
                                     GAsyncReadyCallback   callback,
                                     gpointer              user_data)
{
  JobData *data;

  g_return_if_fail (GLN_IS_STORE (self));
  g_return_if_fail (column != NULL);

  data = job_data_new (JOB_UPDATE_COLUMN, column->collection_id, NULL);
  data->column = gln_board_column_copy (column);
  run_board_job (self, data, gln_store_update_board_column_async, cancellable, callback,
                 user_data);
}

/**
 * gln_store_move_board_column_async:
 * @self: a #GlnStore
 * @column_id: the column
 * @index: its new place among the board's criteria columns, hidden ones counted
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when stored; finish with gln_store_board_edit_finish()
 * @user_data: data for @callback
 */
void
gln_store_move_board_column_async (GlnStore            *self,
                                   gint64               column_id,
                                   guint                index,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  JobData *data;

  g_return_if_fail (GLN_IS_STORE (self));

  data = job_data_new (JOB_MOVE_COLUMN, 0, NULL);
  data->column = gln_board_column_new ();
  data->column->id = column_id;
  data->value = (int) MIN (index, G_MAXINT);
  run_board_job (self, data, gln_store_move_board_column_async, cancellable, callback, user_data);
}

void
gln_store_delete_board_column_async (GlnStore            *self,
                                     gint64               column_id,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  JobData *data;

  g_return_if_fail (GLN_IS_STORE (self));

  data = job_data_new (JOB_DELETE_COLUMN, 0, NULL);
  data->column = gln_board_column_new ();
  data->column->id = column_id;
  run_board_job (self, data, gln_store_delete_board_column_async, cancellable, callback,
                 user_data);
}

/**
 * gln_store_describe_collection_async:
 * @self: a #GlnStore
 * @collection_id: the collection
 * @description: the review question and inclusion criteria
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when stored; finish with gln_store_board_edit_finish()
 * @user_data: data for @callback
 */
void
gln_store_describe_collection_async (GlnStore            *self,
                                     gint64               collection_id,
                                     const char          *description,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_return_if_fail (GLN_IS_STORE (self));

  run_board_job (self, job_data_new (JOB_DESCRIBE, collection_id, description),
                 gln_store_describe_collection_async, cancellable, callback, user_data);
}

/**
 * gln_store_rename_collection_async:
 * @self: a #GlnStore
 * @collection_id: the collection
 * @name: its new name
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when stored; finish with gln_store_board_edit_finish()
 * @user_data: data for @callback
 *
 * Renames a collection; its papers' shared instances follow and the store emits
 * GlnStore::changed.
 */
void
gln_store_rename_collection_async (GlnStore            *self,
                                   gint64               collection_id,
                                   const char          *name,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_return_if_fail (GLN_IS_STORE (self));

  run_board_job (self, job_data_new (JOB_RENAME, collection_id, name),
                 gln_store_rename_collection_async, cancellable, callback, user_data);
}

/**
 * gln_store_delete_collection_async:
 * @self: a #GlnStore
 * @collection_id: the collection
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done; finish with gln_store_board_edit_finish()
 * @user_data: data for @callback
 *
 * Deletes a collection with its screening and board; the papers stay in the library.
 */
void
gln_store_delete_collection_async (GlnStore            *self,
                                   gint64               collection_id,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_return_if_fail (GLN_IS_STORE (self));

  run_board_job (self, job_data_new (JOB_DELETE_COLLECTION, collection_id, NULL),
                 gln_store_delete_collection_async, cancellable, callback, user_data);
}

/**
 * gln_store_board_edit_finish:
 * @self: a #GlnStore
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Finishes the edits that return nothing: Key results, column updates, moves and
 * deletions, and a collection's description, name or deletion.
 *
 * Returns: %TRUE if the edit was stored
 */
gboolean
gln_store_board_edit_finish (GlnStore      *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  return _gln_store_propagate (self, result, error) != NULL;
}

/**
 * gln_store_export_board_async:
 * @self: a #GlnStore
 * @collection_id: the collection
 * @format: what to write
 * @status: a #GlnScreening to export only the board's papers with that decision, or -1
 *   for all; ignored for the screening decisions, which list every paper
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the text; finish with gln_store_export_board_finish()
 * @user_data: data for @callback
 */
void
gln_store_export_board_async (GlnStore            *self,
                              gint64               collection_id,
                              GlnBoardExport       format,
                              int                  status,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  JobData *data;

  g_return_if_fail (GLN_IS_STORE (self));
  g_return_if_fail (format <= GLN_BOARD_EXPORT_SCREENING_CSV);

  data = job_data_new (JOB_EXPORT, collection_id, NULL);
  data->value = format;
  data->status = status;
  run_board_job (self, data, gln_store_export_board_async, cancellable, callback, user_data);
}

/**
 * gln_store_export_board_finish:
 * @self: a #GlnStore
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the exported text, or %NULL with @error set
 */
char *
gln_store_export_board_finish (GlnStore      *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  return _gln_store_propagate (self, result, error);
}
