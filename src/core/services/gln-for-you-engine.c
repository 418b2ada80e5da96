/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-for-you"

#include "config.h"

#include "gln-for-you-private.h"

#include <math.h>
#include <string.h>
#include <time.h>

/* At most this many candidates are the model's negative examples besides the signals: enough
 * to learn what is common, few enough that training 100,000 candidates' ranking stays a small
 * part of a second (bench-foryou). */
#define MAX_UNLABELLED 1000
/* The reasons of this many of the best papers are written with the ranking; the others'
 * when asked (_gln_for_you_engine_explain()), as a view shows them. */
#define EXPLAINED_FIRST 100

typedef struct
{
  GlnVector *counts;
  char      *published;
  guint      generation;   /* of the last ranking that had the paper */
} Cached;

struct _GlnForYouEngine
{
  GMutex          mutex;
  /* The ids of the cache, as a set no one changes once made: the main thread takes it
   * without waiting for a ranking that holds @mutex. */
  GMutex          known_mutex;
  GArray         *known;
  GlnTokenizer   *tokenizer;
  GlnVocabulary  *vocabulary;
  GHashTable     *cache;      /* id → Cached, each counted in the vocabulary's frequencies */
  GlnInterestModel *model;    /* the last ranking's */
  double         *idf;
  guint           n_idf;
  guint           n_docs;
  guint           generation;
};

static void
cached_free (Cached *cached)
{
  gln_vector_free (cached->counts);
  g_free (cached->published);
  g_free (cached);
}

/* Forgets a paper, and takes it out of the vocabulary's frequencies. */
static void
uncache (GlnForYouEngine *self,
         GHashTableIter  *iter,
         Cached          *cached)
{
  gln_vocabulary_remove_document (self->vocabulary, cached->counts);
  g_hash_table_iter_remove (iter);
}

GlnForYouEngine *
_gln_for_you_engine_new (void)
{
  GlnForYouEngine *self = g_new0 (GlnForYouEngine, 1);

  g_mutex_init (&self->mutex);
  g_mutex_init (&self->known_mutex);
  self->tokenizer = gln_tokenizer_new ();
  self->vocabulary = gln_vocabulary_new ();
  self->cache = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                       (GDestroyNotify) cached_free);

  return self;
}

void
_gln_for_you_engine_free (GlnForYouEngine *self)
{
  if (self == NULL)
    return;

  g_mutex_clear (&self->mutex);
  g_mutex_clear (&self->known_mutex);
  g_clear_pointer (&self->known, g_array_unref);
  gln_tokenizer_free (self->tokenizer);
  gln_vocabulary_free (self->vocabulary);
  g_hash_table_unref (self->cache);
  g_clear_pointer (&self->model, gln_interest_model_free);
  g_free (self->idf);
  g_free (self);
}

/* The ids of the papers whose text the engine holds, ascending: the store need not read them
 * again. Returns an array that never changes, or %NULL before the first ranking. */
GArray *
_gln_for_you_engine_dup_known (GlnForYouEngine *self)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->known_mutex);

  return self->known != NULL ? g_array_ref (self->known) : NULL;
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

/* Publishes the cache's ids; called with @mutex held. */
static void
publish_known (GlnForYouEngine *self)
{
  GArray *known = g_array_sized_new (FALSE, FALSE, sizeof (gint64),
                                     g_hash_table_size (self->cache));
  GArray *old;
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, self->cache);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_array_append_vals (known, key, 1);
  g_array_sort (known, compare_ids);

  g_mutex_lock (&self->known_mutex);
  old = self->known;
  self->known = known;
  g_mutex_unlock (&self->known_mutex);
  g_clear_pointer (&old, g_array_unref);
}

static Cached *
count_text (GlnForYouEngine *self,
            GlnPaperText    *text)
{
  Cached *cached = g_hash_table_lookup (self->cache, &text->id);

  if (text->title != NULL)
    {
      if (cached != NULL)
        gln_vocabulary_remove_document (self->vocabulary, cached->counts);
      cached = g_new0 (Cached, 1);
      cached->counts = gln_vocabulary_count (self->vocabulary, self->tokenizer, text);
      cached->published = g_strdup (text->published);
      gln_vocabulary_add_document (self->vocabulary, cached->counts);
      g_hash_table_replace (self->cache, g_memdup2 (&text->id, sizeof text->id), cached);
    }
  if (cached != NULL)
    cached->generation = self->generation;

  return cached;
}

/* Forgets the papers that left the ranking, so that the frequencies are those of its papers:
 * a paper that comes back is read again. */
static void
trim_cache (GlnForYouEngine *self)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->cache);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (((Cached *) value)->generation != self->generation)
      uncache (self, &iter, value);
}

typedef struct
{
  GlnForYouItem *item;
  const char    *published;
} Ranked;

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const Ranked *x = a, *y = b;
  int by_date;

  if (x->item->score != y->item->score)
    return x->item->score > y->item->score ? -1 : 1;
  if ((by_date = g_strcmp0 (y->published, x->published)) != 0)
    return by_date;

  return x->item->id > y->item->id ? -1 : x->item->id < y->item->id;
}

static GPtrArray *
sorted_items (GArray *ranked,
              guint   limit)
{
  GPtrArray *items = g_ptr_array_new_with_free_func ((GDestroyNotify) gln_for_you_item_free);

  g_array_sort (ranked, compare_ranked);
  for (guint i = 0; i < ranked->len; i++)
    {
      GlnForYouItem *item = g_array_index (ranked, Ranked, i).item;

      if (i < limit)
        g_ptr_array_add (items, item);
      else
        gln_for_you_item_free (item);
    }

  return items;
}

/* The papers the model learns from, weighed: every signal, and an even spread of the
 * candidates. */
static int *
training_set (GlnForYouEngine  *self,
              GPtrArray        *texts,
              Cached          **cached,
              GPtrArray        *training)
{
  int *labels = g_new (int, texts->len);
  guint n_unlabelled = 0, stride, seen = 0;

  for (guint i = 0; i < texts->len; i++)
    n_unlabelled += cached[i] != NULL && ((GlnPaperText *) texts->pdata[i])->label == 0;
  stride = MAX (1, (n_unlabelled + MAX_UNLABELLED - 1) / MAX_UNLABELLED);

  for (guint i = 0; i < texts->len; i++)
    {
      GlnPaperText *text = texts->pdata[i];

      if (cached[i] == NULL || (text->label == 0 && seen++ % stride != 0))
        continue;
      labels[training->len] = text->label;
      g_ptr_array_add (training, gln_vocabulary_weigh (self->vocabulary, cached[i]->counts,
                                                       self->idf));
    }

  return labels;
}

static void
count_texts (GlnForYouEngine  *self,
             GPtrArray        *texts,
             Cached          **cached)
{
  self->generation++;
  for (guint i = 0; i < texts->len; i++)
    cached[i] = count_text (self, texts->pdata[i]);
  trim_cache (self);

  g_free (self->idf);
  self->idf = gln_vocabulary_dup_idf (self->vocabulary);
  self->n_idf = gln_vocabulary_get_size (self->vocabulary);
  self->n_docs = gln_vocabulary_get_n_documents (self->vocabulary);
}

/* The time this thread has run, in milliseconds: on a busy machine, what the work itself costs. */
static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static char *
explain (GlnForYouEngine *self,
         Cached          *cached)
{
  g_autoptr(GlnVector) vector = gln_vocabulary_weigh (self->vocabulary, cached->counts, self->idf);

  return gln_interest_model_explain (self->model, self->vocabulary, vector);
}

/**
 * _gln_for_you_engine_rank:
 * @self: the engine
 * @texts: (element-type GlnPaperText): what gln_store_load_interest_finish() gave
 * @kind: (out): which model ranked them
 * @times: (out): where the time went (all but @read)
 *
 * Learns from the signals among @texts and ranks its candidates. Runs off the main thread.
 *
 * Returns: (transfer full) (element-type GlnForYouItem): the candidates, best first; the
 *   first ones with their reason, the others' %NULL (_gln_for_you_engine_explain() gives it)
 */
GPtrArray *
_gln_for_you_engine_rank (GlnForYouEngine *self,
                          GPtrArray       *texts,
                          GlnInterestKind *kind,
                          GlnForYouTimes  *times)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->mutex);
  g_autofree Cached **cached = g_new0 (Cached *, texts->len);
  g_autoptr(GPtrArray) training = g_ptr_array_new_with_free_func ((GDestroyNotify) gln_vector_free);
  g_autoptr(GArray) ranked = g_array_new (FALSE, FALSE, sizeof (Ranked));
  g_autofree int *labels = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();
  double weighed, learned, scored, cpu[4];
  GPtrArray *items;

  cpu[0] = cpu_ms ();
  count_texts (self, texts, cached);
  weighed = g_timer_elapsed (timer, NULL);
  cpu[1] = cpu_ms ();
  labels = training_set (self, texts, cached, training);
  g_clear_pointer (&self->model, gln_interest_model_free);
  self->model = gln_interest_model_train ((GlnVector * const *) training->pdata, labels,
                                          training->len, self->n_idf);
  *kind = gln_interest_model_get_kind (self->model);
  learned = g_timer_elapsed (timer, NULL);
  cpu[2] = cpu_ms ();

  for (guint i = 0; i < texts->len; i++)
    {
      GlnPaperText *text = texts->pdata[i];
      Ranked r;

      if (cached[i] == NULL || !text->candidate)
        continue;
      r.item = g_new0 (GlnForYouItem, 1);
      r.item->id = text->id;
      r.item->score = gln_interest_model_score_counts (self->model, self->vocabulary,
                                                       cached[i]->counts, self->idf);
      r.published = cached[i]->published;
      g_array_append_val (ranked, r);
    }
  scored = g_timer_elapsed (timer, NULL);
  cpu[3] = cpu_ms ();

  items = sorted_items (ranked, G_MAXUINT);
  for (guint i = 0; i < items->len && i < EXPLAINED_FIRST; i++)
    {
      GlnForYouItem *item = items->pdata[i];

      item->because = explain (self, g_hash_table_lookup (self->cache, &item->id));
    }
  publish_known (self);

  times->weigh = weighed * 1000;
  times->learn = (learned - weighed) * 1000;
  times->score = (scored - learned) * 1000;
  times->sort = (g_timer_elapsed (timer, NULL) - scored) * 1000;
  /* Where a ranking spends its time (G_MESSAGES_DEBUG=gln-for-you). */
  g_debug ("Ranked %u candidates: weighed %.0f ms, learned from %u papers %.0f ms, "
           "scored %.0f ms, sorted and explained the first %u %.0f ms (of the processor's "
           "time %.0f, %.0f, %.0f and %.0f ms)", ranked->len, times->weigh, training->len,
           times->learn, times->score, MIN (items->len, EXPLAINED_FIRST), times->sort,
           cpu[1] - cpu[0], cpu[2] - cpu[1], cpu[3] - cpu[2], cpu_ms () - cpu[3]);

  return items;
}

/**
 * _gln_for_you_engine_explain:
 * @self: the engine
 * @ids: (array length=n_ids): papers of the last ranking
 * @n_ids: how many
 *
 * Returns: (transfer full) (element-type utf8): the reason of each paper as the last ranking
 *   weighed it, %NULL for a paper it did not have
 */
GPtrArray *
_gln_for_you_engine_explain (GlnForYouEngine *self,
                             const gint64    *ids,
                             guint            n_ids)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->mutex);
  GPtrArray *reasons = g_ptr_array_new_full (n_ids, g_free);

  for (guint i = 0; i < n_ids; i++)
    {
      Cached *cached = g_hash_table_lookup (self->cache, &ids[i]);

      g_ptr_array_add (reasons, cached != NULL && self->model != NULL ? explain (self, cached)
                                                                      : NULL);
    }

  return reasons;
}

typedef struct
{
  guint  feature;
  double weight;
} Telling;

static int
compare_telling (gconstpointer a,
                 gconstpointer b)
{
  const Telling *x = a, *y = b;

  return x->weight > y->weight ? -1 : x->weight < y->weight;
}

/**
 * _gln_for_you_engine_dup_phrases:
 * @self: the engine
 * @text: a paper
 * @words: (out) (transfer full): the paper's most telling words (by tf-idf over the last
 *   ranking's papers, by their count before any), at most @max_words
 * @authors: (out) (transfer full): its first authors, at most @max_authors
 * @max_words: how many words at most
 * @max_authors: how many authors at most
 *
 * Chooses what "More like this" asks the search index for.
 */
void
_gln_for_you_engine_dup_phrases (GlnForYouEngine  *self,
                                 GlnPaperText     *text,
                                 GStrv            *words,
                                 GStrv            *authors,
                                 guint             max_words,
                                 guint             max_authors)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->mutex);
  g_autoptr(GlnVector) counts = gln_vocabulary_count (self->vocabulary, self->tokenizer, text);
  g_autoptr(GArray) telling = g_array_new (FALSE, FALSE, sizeof (Telling));
  g_autoptr(GStrvBuilder) chosen = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  double rare = log (self->n_docs + 1.0) + 1.0;

  for (guint i = 0; i < counts->n; i++)
    {
      guint f = counts->features[i];
      Telling t = { f, 0 };

      /* Pairs of words are left to the words themselves: the index finds either. */
      if (gln_vocabulary_get_kind (self->vocabulary, f) != GLN_FEATURE_TERM ||
          strchr (gln_vocabulary_get_label (self->vocabulary, f), ' ') != NULL)
        continue;
      t.weight = (1.0 + log (counts->values[i])) * (f < self->n_idf ? self->idf[f] : rare);
      g_array_append_val (telling, t);
    }
  g_array_sort (telling, compare_telling);
  for (guint i = 0; i < telling->len && i < max_words; i++)
    g_strv_builder_add (chosen, gln_vocabulary_get_label (self->vocabulary,
                                                          g_array_index (telling, Telling, i).feature));
  for (guint i = 0; text->authors != NULL && text->authors[i] != NULL && i < max_authors; i++)
    if (*text->authors[i] != '\0')
      g_strv_builder_add (names, text->authors[i]);

  *words = g_strv_builder_end (chosen);
  *authors = g_strv_builder_end (names);
}

/**
 * _gln_for_you_engine_like:
 * @self: the engine
 * @text: a paper
 * @pool: (element-type GlnPaperText): papers that may be like it
 * @limit: how many to keep at most
 *
 * Returns: (transfer full) (element-type GlnForYouItem): the papers of @pool most like
 *   @text by the cosine of their vectors (tf-idf over @pool), most alike first, each with
 *   what they share; @text itself and papers sharing nothing are left out
 */
GPtrArray *
_gln_for_you_engine_like (GlnForYouEngine *self,
                          GlnPaperText    *text,
                          GPtrArray       *pool,
                          guint            limit)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->mutex);
  g_autoptr(GPtrArray) counts = g_ptr_array_new_with_free_func ((GDestroyNotify) gln_vector_free);
  g_autoptr(GArray) ranked = g_array_new (FALSE, FALSE, sizeof (Ranked));
  g_autoptr(GlnVector) target = NULL;
  g_autoptr(GlnInterestModel) model = NULL;
  g_autofree double *idf = NULL;

  g_ptr_array_add (counts, gln_vocabulary_count (self->vocabulary, self->tokenizer, text));
  for (guint i = 0; i < pool->len; i++)
    g_ptr_array_add (counts, gln_vocabulary_count (self->vocabulary, self->tokenizer,
                                                   pool->pdata[i]));
  idf = gln_vocabulary_idf (self->vocabulary, (GlnVector * const *) counts->pdata, counts->len);
  target = gln_vocabulary_weigh (self->vocabulary, counts->pdata[0], idf);
  model = gln_interest_model_new_like (target, gln_vocabulary_get_size (self->vocabulary));

  for (guint i = 0; i < pool->len; i++)
    {
      GlnPaperText *other = pool->pdata[i];
      g_autoptr(GlnVector) vector = NULL;
      Ranked r;
      double score;

      if (other->id == text->id)
        continue;
      vector = gln_vocabulary_weigh (self->vocabulary, counts->pdata[i + 1], idf);
      if ((score = gln_vector_dot (target, vector)) <= 0)
        continue;
      r.item = g_new0 (GlnForYouItem, 1);
      r.item->id = other->id;
      r.item->score = score;
      r.item->because = gln_interest_model_explain (model, self->vocabulary, vector);
      r.published = other->published;
      g_array_append_val (ranked, r);
    }

  return sorted_items (ranked, limit);
}
