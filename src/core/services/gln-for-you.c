/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-for-you"

#include "config.h"

#include "gln-for-you-private.h"

#include "gln-store-interest.h"

#include <math.h>

/* For you: the unread papers ranked by what the user cares about. Reading happens on the
 * store's worker, learning and ranking in a thread of its own; the ranking is kept here, so
 * a view shows it at once. Live, it ranks again shortly after every change to the library
 * (a rating, a star, a screening decision, new papers), reading only the papers it has not
 * read before. */

/* The newest unread papers ranked. */
#define MAX_CANDIDATES 100000
/* "More like this" asks the search index for the papers that share the paper's most telling
 * words and its first authors; a word more papers have than the cap says little, and is
 * left to the comparison. Of the papers found, those that share most (by rarity) are
 * compared with the paper in full. */
#define SIMILAR_WORDS 40
#define SIMILAR_AUTHORS 5
#define SIMILAR_CAP 2000
#define SIMILAR_POOL 500
/* How long after a change For you ranks again, so a burst of edits is one ranking. */
#define SETTLE_MS 400

struct _GlnForYou
{
  GObject          parent_instance;

  GlnStore        *store;
  GlnForYouEngine *engine;
  GPtrArray       *results;
  GlnInterestKind  kind;
  GlnForYouTimes   times;
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
  GArray          *ids;
  GStrv            words;
  GStrv            authors;
  GPtrArray       *texts;
  GlnPaperText    *text;
  GlnInterestKind  kind;
  GlnForYouTimes   times;
  gint64           started;
  gint64           paper_id;
  guint            limit;
} TaskData;

static void
task_data_free (TaskData *data)
{
  g_clear_pointer (&data->ids, g_array_unref);
  g_clear_pointer (&data->words, g_strfreev);
  g_clear_pointer (&data->authors, g_strfreev);
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

  g_task_return_pointer (task, _gln_for_you_engine_rank (data->engine, data->texts, &data->kind,
                                                         &data->times),
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

  data->times.read = (g_get_monotonic_time () - data->started) / 1000.0;
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
  g_autoptr(GArray) known = NULL;
  TaskData *data;

  g_return_if_fail (GLN_IS_FOR_YOU (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, gln_for_you_refresh_async);
  data = g_new0 (TaskData, 1);
  data->engine = self->engine;
  data->started = g_get_monotonic_time ();
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
  self->times = ((TaskData *) g_task_get_task_data (task))->times;
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
explain_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  TaskData *data = task_data;

  g_task_return_pointer (task, _gln_for_you_engine_explain (data->engine,
                                                            (const gint64 *) data->ids->data,
                                                            data->ids->len),
                         (GDestroyNotify) g_ptr_array_unref);
}

/**
 * gln_for_you_explain_async:
 * @self: a #GlnForYou
 * @ids: (element-type gint64): papers of the last ranking
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the reasons
 * @user_data: data for @callback
 *
 * Says why the last ranking put each paper where it is. A ranking comes with the reasons of
 * its first papers only: a view asks for the others as it shows them.
 */
void
gln_for_you_explain_async (GlnForYou           *self,
                           GArray              *ids,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  TaskData *data;

  g_return_if_fail (GLN_IS_FOR_YOU (self));
  g_return_if_fail (ids != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, gln_for_you_explain_async);
  data = g_new0 (TaskData, 1);
  data->engine = self->engine;
  data->ids = g_array_ref (ids);
  g_task_set_task_data (task, data, (GDestroyNotify) task_data_free);
  g_task_run_in_thread (task, explain_thread);
}

/**
 * gln_for_you_explain_finish:
 * @self: a #GlnForYou
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type utf8): the reason of each paper, in the order of
 *   the ids; %NULL for a paper the last ranking did not have
 */
GPtrArray *
gln_for_you_explain_finish (GlnForYou     *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * gln_for_you_get_times:
 * @self: a #GlnForYou
 * @times: (out caller-allocates): where the last ranking spent its time
 */
void
gln_for_you_get_times (GlnForYou      *self,
                       GlnForYouTimes *times)
{
  g_return_if_fail (GLN_IS_FOR_YOU (self));
  g_return_if_fail (times != NULL);

  *times = self->times;
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

typedef struct
{
  gint64 id;
  double shared;
} Sharer;

static int
compare_sharers (gconstpointer a,
                 gconstpointer b)
{
  const Sharer *x = a, *y = b;

  if (x->shared != y->shared)
    return x->shared > y->shared ? -1 : 1;

  return x->id > y->id ? -1 : x->id < y->id;
}

/* The papers that share most with the paper: each word or author they share counts by how
 * rare it is in the library (its inverse document frequency), so a near copy, which has all
 * the paper's rare words, comes first wherever it is in the library. */
static GArray *
pick_pool (GlnSharing *sharing,
           gint64      paper_id,
           guint       size)
{
  g_autoptr(GHashTable) at = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) sharers = g_array_new (FALSE, FALSE, sizeof (Sharer));
  GArray *pool = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint p = 0; p < sharing->papers->len; p++)
    {
      GArray *ids = sharing->papers->pdata[p];
      double idf = log ((sharing->n_papers + 1.0) / (ids->len + 1.0));

      for (guint i = 0; i < ids->len; i++)
        {
          gint64 *id = &g_array_index (ids, gint64, i);
          guint k = GPOINTER_TO_UINT (g_hash_table_lookup (at, id));

          if (*id == paper_id)
            continue;
          if (k == 0)
            {
              Sharer sharer = { *id, 0 };

              g_array_append_val (sharers, sharer);
              k = sharers->len;
              g_hash_table_insert (at, id, GUINT_TO_POINTER (k));
            }
          g_array_index (sharers, Sharer, k - 1).shared += idf;
        }
    }

  g_array_sort (sharers, compare_sharers);
  for (guint i = 0; i < sharers->len && i < size; i++)
    g_array_append_val (pool, g_array_index (sharers, Sharer, i).id);

  return pool;
}

static void
sharing_found_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GlnSharing) sharing = NULL;
  g_autoptr(GArray) ids = NULL;
  TaskData *data = g_task_get_task_data (task);

  if (!(sharing = gln_store_find_sharing_finish (GLN_STORE (object), result, &error)))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  ids = pick_pool (sharing, data->paper_id, SIMILAR_POOL);
  gln_store_read_texts_async (GLN_STORE (object), ids, g_task_get_cancellable (task),
                              pool_read_cb, g_object_ref (task));
}

static void
phrases_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  TaskData *data = task_data;

  _gln_for_you_engine_dup_phrases (data->engine, data->text, &data->words, &data->authors,
                                   SIMILAR_WORDS, SIMILAR_AUTHORS);
  g_task_return_boolean (task, TRUE);
}

static void
phrases_chosen_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  GlnForYou *self = g_task_get_source_object (task);
  TaskData *data = g_task_get_task_data (task);
  GCancellable *cancellable = g_task_get_cancellable (task);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  gln_store_find_sharing_async (self->store, (const char * const *) data->words,
                                (const char * const *) data->authors, SIMILAR_CAP, cancellable,
                                sharing_found_cb, g_steal_pointer (&task));
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
  inner = g_task_new (NULL, g_task_get_cancellable (task), phrases_chosen_cb, g_object_ref (task));
  g_task_set_source_tag (inner, target_read_cb);
  g_task_set_task_data (inner, data, NULL);
  g_task_run_in_thread (inner, phrases_thread);
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
 * Finds the papers most like one in the whole library: the search index offers those that
 * share its telling words or authors, the rarest counting most, and the best of them are
 * ranked by the similarity of their features (words, pairs of words, authors, categories)
 * to the paper's.
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
