/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-for-you"

#include "config.h"

#include "gln-for-you-private.h"

#include "gln-store-interest.h"
#include "gln-store-query.h"

/* For you: the unread papers ranked by what the user cares about. Reading happens on the
 * store's worker, learning and ranking in a thread of its own; the ranking is kept here, so
 * a view shows it at once. Live, it ranks again shortly after every change to the library
 * (a rating, a star, a screening decision, new papers), reading only the papers it has not
 * read before. */

/* The newest unread papers ranked. */
#define MAX_CANDIDATES 100000
/* How many papers the search index offers "More like this" to compare. */
#define SIMILAR_POOL 300
/* How long after a change For you ranks again, so a burst of edits is one ranking. */
#define SETTLE_MS 400

struct _GlnForYou
{
  GObject          parent_instance;

  GlnStore        *store;
  GlnForYouEngine *engine;
  GPtrArray       *results;
  GlnInterestKind  kind;
  GCancellable    *cancellable;
  guint            settle_source;
  gboolean         live;
  gboolean         ranking;
  gboolean         again;
};

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

enum {
  UPDATED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (GlnForYou, gln_for_you, G_TYPE_OBJECT)

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

void
gln_for_you_item_free (GlnForYouItem *self)
{
  if (self == NULL)
    return;

  g_free (self->because);
  g_free (self);
}

typedef struct
{
  GlnForYouEngine *engine;
  GPtrArray       *texts;
  GlnPaperText    *text;
  GlnInterestKind  kind;
  gint64           paper_id;
  guint            limit;
} TaskData;

static void
task_data_free (TaskData *data)
{
  g_clear_pointer (&data->texts, g_ptr_array_unref);
  g_clear_pointer (&data->text, gln_paper_text_free);
  g_free (data);
}

static void
rank_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  TaskData *data = task_data;

  g_task_return_pointer (task, _gln_for_you_engine_rank (data->engine, data->texts, &data->kind),
                         (GDestroyNotify) g_ptr_array_unref);
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  TaskData *data = g_task_get_task_data (task);

  if (!(data->texts = gln_store_load_interest_finish (GLN_STORE (object), result, &error)))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_run_in_thread (task, rank_thread);
}

/**
 * gln_for_you_refresh_async:
 * @self: a #GlnForYou
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the ranking
 * @user_data: data for @callback
 *
 * Reads the signals and the unread papers, learns from the signals and ranks the papers; the
 * result also becomes what gln_for_you_dup_results() gives.
 */
void
gln_for_you_refresh_async (GlnForYou           *self,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GHashTable) known = NULL;
  TaskData *data;

  g_return_if_fail (GLN_IS_FOR_YOU (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, gln_for_you_refresh_async);
  data = g_new0 (TaskData, 1);
  data->engine = self->engine;
  g_task_set_task_data (task, data, (GDestroyNotify) task_data_free);

  known = _gln_for_you_engine_dup_known (self->engine);
  gln_store_load_interest_async (self->store, known, MAX_CANDIDATES, cancellable, loaded_cb,
                                 g_steal_pointer (&task));
}

/**
 * gln_for_you_refresh_finish:
 * @self: a #GlnForYou
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type GlnForYouItem): the unread papers, best first
 */
GPtrArray *
gln_for_you_refresh_finish (GlnForYou     *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  GTask *task = G_TASK (result);
  g_autoptr(GPtrArray) results = NULL;

  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  if (!(results = g_task_propagate_pointer (task, error)))
    return NULL;

  g_clear_pointer (&self->results, g_ptr_array_unref);
  self->results = g_ptr_array_ref (results);
  self->kind = ((TaskData *) g_task_get_task_data (task))->kind;
  g_signal_emit (self, signals [UPDATED], 0);

  return g_steal_pointer (&results);
}

static void schedule (GlnForYou *self);

static void
live_ranked_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  GlnForYou *self;

  results = gln_for_you_refresh_finish (GLN_FOR_YOU (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = GLN_FOR_YOU (user_data);
  self->ranking = FALSE;
  if (results == NULL)
    g_warning ("Ranking For you failed: %s", error->message);
  if (self->again)
    schedule (self);
}

static gboolean
settle_timeout_cb (gpointer user_data)
{
  GlnForYou *self = user_data;

  self->settle_source = 0;
  if (self->ranking)
    {
      self->again = TRUE;
      return G_SOURCE_REMOVE;
    }

  self->ranking = TRUE;
  self->again = FALSE;
  gln_for_you_refresh_async (self, self->cancellable, live_ranked_cb, self);

  return G_SOURCE_REMOVE;
}

static void
schedule (GlnForYou *self)
{
  self->again = FALSE;
  if (self->settle_source == 0)
    self->settle_source = g_timeout_add (SETTLE_MS, settle_timeout_cb, self);
}

static void
store_changed_cb (GlnForYou *self)
{
  if (self->live)
    schedule (self);
}

static void
gln_for_you_dispose (GObject *object)
{
  GlnForYou *self = GLN_FOR_YOU (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->settle_source, g_source_remove);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (gln_for_you_parent_class)->dispose (object);
}

static void
gln_for_you_finalize (GObject *object)
{
  GlnForYou *self = GLN_FOR_YOU (object);

  g_clear_pointer (&self->results, g_ptr_array_unref);
  /* A ranking's task holds a reference to this object, so none runs on the engine now. */
  g_clear_pointer (&self->engine, _gln_for_you_engine_free);

  G_OBJECT_CLASS (gln_for_you_parent_class)->finalize (object);
}

static void
gln_for_you_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  GlnForYou *self = GLN_FOR_YOU (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      g_signal_connect_object (self->store, "changed", G_CALLBACK (store_changed_cb), self,
                               G_CONNECT_SWAPPED);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gln_for_you_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  GlnForYou *self = GLN_FOR_YOU (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gln_for_you_class_init (GlnForYouClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = gln_for_you_dispose;
  object_class->finalize = gln_for_you_finalize;
  object_class->set_property = gln_for_you_set_property;
  object_class->get_property = gln_for_you_get_property;

  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, GLN_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * GlnForYou::updated:
   *
   * A new ranking is ready: gln_for_you_dup_results() gives it.
   */
  signals [UPDATED] = g_signal_new ("updated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
gln_for_you_init (GlnForYou *self)
{
  self->engine = _gln_for_you_engine_new ();
  self->cancellable = g_cancellable_new ();
}

GlnForYou *
gln_for_you_new (GlnStore *store)
{
  g_return_val_if_fail (GLN_IS_STORE (store), NULL);

  return g_object_new (GLN_TYPE_FOR_YOU, "store", store, NULL);
}

GlnStore *
gln_for_you_get_store (GlnForYou *self)
{
  g_return_val_if_fail (GLN_IS_FOR_YOU (self), NULL);

  return self->store;
}

/**
 * gln_for_you_set_live:
 * @self: a #GlnForYou
 * @live: whether to keep the ranking up to date
 *
 * Live, For you ranks at once and again shortly after each change to the library.
 */
void
gln_for_you_set_live (GlnForYou *self,
                      gboolean   live)
{
  g_return_if_fail (GLN_IS_FOR_YOU (self));

  if (self->live == !!live)
    return;
  self->live = !!live;
  if (self->live)
    schedule (self);
}

/**
 * gln_for_you_dup_results:
 * @self: a #GlnForYou
 *
 * Returns: (transfer full) (nullable) (element-type GlnForYouItem): the last ranking, best
 *   first, or %NULL before the first; do not change it
 */
GPtrArray *
gln_for_you_dup_results (GlnForYou *self)
{
  g_return_val_if_fail (GLN_IS_FOR_YOU (self), NULL);

  return self->results != NULL ? g_ptr_array_ref (self->results) : NULL;
}

GlnInterestKind
gln_for_you_get_kind (GlnForYou *self)
{
  g_return_val_if_fail (GLN_IS_FOR_YOU (self), GLN_INTEREST_NEWEST);

  return self->kind;
}

static void
like_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  TaskData *data = task_data;

  g_task_return_pointer (task, _gln_for_you_engine_like (data->engine, data->text, data->texts,
                                                         data->limit),
                         (GDestroyNotify) g_ptr_array_unref);
}

static void
pool_read_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  TaskData *data = g_task_get_task_data (task);

  if (!(data->texts = gln_store_read_texts_finish (GLN_STORE (object), result, &error)))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_run_in_thread (task, like_thread);
}

static void
pool_found_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;

  if (!(ids = gln_store_query_ids_finish (GLN_STORE (object), result, &error)))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  gln_store_read_texts_async (GLN_STORE (object), ids, g_task_get_cancellable (task),
                              pool_read_cb, g_object_ref (task));
}

static void
query_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  TaskData *data = task_data;
  char *query = _gln_for_you_engine_dup_query (data->engine, data->text);

  g_task_return_pointer (task, query != NULL ? query : g_strdup (""), g_free);
}

static void
query_made_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_task_propagate_pointer (G_TASK (result), &error);
  GlnForYou *self = g_task_get_source_object (task);
  GCancellable *cancellable;
  GlnQuery query = { 0, };

  if (text == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (*text == '\0')
    {
      g_task_return_pointer (task, g_ptr_array_new (), (GDestroyNotify) g_ptr_array_unref);
      return;
    }

  query.scope = GLN_QUERY_SCOPE_LIBRARY;
  query.text = text;
  query.sort = GLN_QUERY_SORT_RELEVANCE;
  query.limit = SIMILAR_POOL;
  cancellable = g_task_get_cancellable (task);
  gln_store_query_ids_async (self->store, &query, cancellable, pool_found_cb,
                             g_steal_pointer (&task));
}

static void
target_read_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GTask) inner = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  g_autoptr(GError) error = NULL;
  TaskData *data = g_task_get_task_data (task);

  if (!(texts = gln_store_read_texts_finish (GLN_STORE (object), result, &error)))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  data->text = g_ptr_array_steal_index (texts, 0);
  /* Choosing the words to search for weighs them as the last ranking did, on the engine,
   * which may be busy ranking: a thread waits for it, not the main loop. */
  inner = g_task_new (NULL, g_task_get_cancellable (task), query_made_cb, g_object_ref (task));
  g_task_set_source_tag (inner, target_read_cb);
  g_task_set_task_data (inner, data, NULL);
  g_task_run_in_thread (inner, query_thread);
}

/**
 * gln_for_you_similar_async:
 * @self: a #GlnForYou
 * @paper_id: a paper
 * @limit: how many papers at most
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the papers
 * @user_data: data for @callback
 *
 * Finds the papers most like one: the search index offers those that share its most telling
 * words or authors, and they are ranked by the similarity of their features (words, pairs
 * of words, authors, categories) to the paper's.
 */
void
gln_for_you_similar_async (GlnForYou           *self,
                           gint64               paper_id,
                           guint                limit,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  TaskData *data;

  g_return_if_fail (GLN_IS_FOR_YOU (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, gln_for_you_similar_async);
  data = g_new0 (TaskData, 1);
  data->engine = self->engine;
  data->paper_id = paper_id;
  data->limit = limit > 0 ? limit : G_MAXUINT;
  g_task_set_task_data (task, data, (GDestroyNotify) task_data_free);

  g_array_append_val (ids, paper_id);
  gln_store_read_texts_async (self->store, ids, cancellable, target_read_cb,
                              g_steal_pointer (&task));
}

/**
 * gln_for_you_similar_finish:
 * @self: a #GlnForYou
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type GlnForYouItem): the papers most like the paper,
 *   most alike first, each with what they share
 */
GPtrArray *
gln_for_you_similar_finish (GlnForYou     *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
