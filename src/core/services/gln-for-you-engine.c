/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-for-you"

#include "config.h"

#include "gln-for-you-private.h"

#include <math.h>
#include <string.h>

/* At most this many candidates are the model's negative examples besides the signals: enough
 * to learn what is common, few enough that training stays well under a second. */
#define MAX_UNLABELLED 3000
/* "More like this" asks the search index for papers sharing these many of the paper's most
 * telling words and authors. */
#define QUERY_TERMS 10
#define QUERY_AUTHORS 3

typedef struct
{
  GlnVector *counts;
  char      *published;
} Cached;

struct _GlnForYouEngine
{
  GMutex          mutex;
  /* The ids of the cache, as a set no one changes once made: the main thread takes it
   * without waiting for a ranking that holds @mutex. */
  GMutex          known_mutex;
  GHashTable     *known;
  GlnTokenizer   *tokenizer;
  GlnVocabulary  *vocabulary;
  GHashTable     *cache;      /* id → Cached */
  double         *idf;
  guint           n_idf;
  guint           n_docs;
};

static void
cached_free (Cached *cached)
{
  gln_vector_free (cached->counts);
  g_free (cached->published);
  g_free (cached);
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
  g_clear_pointer (&self->known, g_hash_table_unref);
  gln_tokenizer_free (self->tokenizer);
  gln_vocabulary_free (self->vocabulary);
  g_hash_table_unref (self->cache);
  g_free (self->idf);
  g_free (self);
}

/* The ids of the papers whose text the engine holds: the store need not read them again.
 * Returns a set that never changes, or %NULL before the first ranking. */
GHashTable *
_gln_for_you_engine_dup_known (GlnForYouEngine *self)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->known_mutex);

  return self->known != NULL ? g_hash_table_ref (self->known) : NULL;
}

/* Publishes the cache's ids; called with @mutex held. */
static void
publish_known (GlnForYouEngine *self)
{
  GHashTable *known = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  GHashTable *old;
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, self->cache);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_hash_table_add (known, g_memdup2 (key, sizeof (gint64)));

  g_mutex_lock (&self->known_mutex);
  old = self->known;
  self->known = known;
  g_mutex_unlock (&self->known_mutex);
  g_clear_pointer (&old, g_hash_table_unref);
}

static Cached *
count_text (GlnForYouEngine *self,
            GlnPaperText    *text)
{
  Cached *cached;

  if (text->title == NULL)
    return g_hash_table_lookup (self->cache, &text->id);

  cached = g_new0 (Cached, 1);
  cached->counts = gln_vocabulary_count (self->vocabulary, self->tokenizer, text);
  cached->published = g_strdup (text->published);
  g_hash_table_insert (self->cache, g_memdup2 (&text->id, sizeof text->id), cached);

  return cached;
}

/* Forgets papers that left the candidates once the cache holds twice what a ranking needs. */
static void
trim_cache (GlnForYouEngine *self,
            GPtrArray       *texts)
{
  g_autoptr(GHashTable) wanted = NULL;
  GHashTableIter iter;
  gpointer key;

  if (g_hash_table_size (self->cache) <= 2 * texts->len + 1000)
    return;

  wanted = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < texts->len; i++)
    g_hash_table_add (wanted, &((GlnPaperText *) texts->pdata[i])->id);
  g_hash_table_iter_init (&iter, self->cache);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (wanted, key))
      g_hash_table_iter_remove (&iter);
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

/* The labels the model learns from: every signal, and an even spread of the candidates. */
static int *
training_labels (GPtrArray  *texts,
                 GlnVector **vectors,
                 guint      *n_training,
                 GPtrArray  *training)
{
  int *labels = g_new (int, texts->len);
  guint n_unlabelled = 0, stride, seen = 0;

  for (guint i = 0; i < texts->len; i++)
    n_unlabelled += vectors[i] != NULL && ((GlnPaperText *) texts->pdata[i])->label == 0;
  stride = MAX (1, (n_unlabelled + MAX_UNLABELLED - 1) / MAX_UNLABELLED);

  *n_training = 0;
  for (guint i = 0; i < texts->len; i++)
    {
      GlnPaperText *text = texts->pdata[i];

      if (vectors[i] == NULL || (text->label == 0 && seen++ % stride != 0))
        continue;
      labels[*n_training] = text->label;
      g_ptr_array_add (training, vectors[i]);
      (*n_training)++;
    }

  return labels;
}

static GlnVector **
weigh_texts (GlnForYouEngine  *self,
             GPtrArray        *texts,
             Cached          **cached)
{
  g_autofree GlnVector **counts = g_new0 (GlnVector *, texts->len);
  GlnVector **vectors = g_new0 (GlnVector *, texts->len);
  guint n = 0;

  for (guint i = 0; i < texts->len; i++)
    if ((cached[i] = count_text (self, texts->pdata[i])) != NULL)
      counts[n++] = cached[i]->counts;

  g_free (self->idf);
  self->idf = gln_vocabulary_idf (self->vocabulary, counts, n);
  self->n_idf = gln_vocabulary_get_size (self->vocabulary);
  self->n_docs = n;
  for (guint i = 0; i < texts->len; i++)
    if (cached[i] != NULL)
      vectors[i] = gln_vocabulary_weigh (self->vocabulary, cached[i]->counts, self->idf);

  return vectors;
}

/**
 * _gln_for_you_engine_rank:
 * @self: the engine
 * @texts: (element-type GlnPaperText): what gln_store_load_interest_finish() gave
 * @kind: (out): which model ranked them
 *
 * Learns from the signals among @texts and ranks its candidates. Runs off the main thread.
 *
 * Returns: (transfer full) (element-type GlnForYouItem): the candidates, best first
 */
GPtrArray *
_gln_for_you_engine_rank (GlnForYouEngine *self,
                          GPtrArray       *texts,
                          GlnInterestKind *kind)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->mutex);
  g_autofree Cached **cached = g_new0 (Cached *, texts->len);
  g_autoptr(GPtrArray) training = g_ptr_array_new ();
  g_autoptr(GArray) ranked = g_array_new (FALSE, FALSE, sizeof (Ranked));
  g_autoptr(GlnInterestModel) model = NULL;
  g_autofree int *labels = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();
  double weighed, learned, scored;
  GlnVector **vectors;
  GPtrArray *items;
  guint n_training;

  vectors = weigh_texts (self, texts, cached);
  weighed = g_timer_elapsed (timer, NULL);
  labels = training_labels (texts, vectors, &n_training, training);
  model = gln_interest_model_train ((GlnVector * const *) training->pdata, labels, n_training,
                                    gln_vocabulary_get_size (self->vocabulary));
  *kind = gln_interest_model_get_kind (model);
  learned = g_timer_elapsed (timer, NULL);

  for (guint i = 0; i < texts->len; i++)
    {
      GlnPaperText *text = texts->pdata[i];
      Ranked r;

      if (vectors[i] == NULL || !text->candidate)
        continue;
      r.item = g_new0 (GlnForYouItem, 1);
      r.item->id = text->id;
      r.item->score = gln_interest_model_score (model, vectors[i]);
      r.item->because = gln_interest_model_explain (model, self->vocabulary, vectors[i]);
      r.published = cached[i]->published;
      g_array_append_val (ranked, r);
    }

  scored = g_timer_elapsed (timer, NULL);

  for (guint i = 0; i < texts->len; i++)
    gln_vector_free (vectors[i]);
  g_free (vectors);
  items = sorted_items (ranked, G_MAXUINT);
  trim_cache (self, texts);
  publish_known (self);

  /* Where a ranking spends its time (G_MESSAGES_DEBUG=gln-for-you). */
  g_debug ("Ranked %u candidates: weighed %.0f ms, learned from %u papers %.0f ms, "
           "scored and explained %.0f ms, sorted %.0f ms", ranked->len, weighed * 1000,
           n_training, (learned - weighed) * 1000, (scored - learned) * 1000,
           (g_timer_elapsed (timer, NULL) - scored) * 1000);

  return items;
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

static void
append_phrase (GString    *query,
               const char *phrase)
{
  g_autofree char *quoted = NULL;
  g_auto(GStrv) parts = g_strsplit (phrase, "\"", -1);

  quoted = g_strjoinv ("\"\"", parts);
  g_string_append_printf (query, "%s\"%s\"", query->len > 0 ? " OR " : "", quoted);
}

/**
 * _gln_for_you_engine_dup_query:
 * @self: the engine
 * @text: a paper
 *
 * Returns: (transfer full) (nullable): a search for papers that share the paper's most
 *   telling words (by tf-idf over the last ranking's papers) or its authors, for the search
 *   index; %NULL when the paper has none
 */
char *
_gln_for_you_engine_dup_query (GlnForYouEngine *self,
                               GlnPaperText    *text)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->mutex);
  g_autoptr(GlnVector) counts = gln_vocabulary_count (self->vocabulary, self->tokenizer, text);
  g_autoptr(GArray) telling = g_array_new (FALSE, FALSE, sizeof (Telling));
  g_autoptr(GString) query = g_string_new (NULL);
  double rare = log (self->n_docs + 1.0) + 1.0;
  guint n_terms = 0, n_authors = 0;

  for (guint i = 0; i < counts->n; i++)
    {
      guint f = counts->features[i];
      GlnFeatureKind kind = gln_vocabulary_get_kind (self->vocabulary, f);
      Telling t = { f, 0 };

      /* Pairs of words are left to the words themselves: the index finds either. */
      if (kind == GLN_FEATURE_CATEGORY ||
          (kind == GLN_FEATURE_TERM && strchr (gln_vocabulary_get_label (self->vocabulary, f), ' ')))
        continue;
      t.weight = (1.0 + log (counts->values[i])) * (f < self->n_idf ? self->idf[f] : rare);
      g_array_append_val (telling, t);
    }
  g_array_sort (telling, compare_telling);

  for (guint i = 0; i < telling->len; i++)
    {
      guint f = g_array_index (telling, Telling, i).feature;
      gboolean author = gln_vocabulary_get_kind (self->vocabulary, f) == GLN_FEATURE_AUTHOR;

      if (author ? n_authors++ >= QUERY_AUTHORS : n_terms++ >= QUERY_TERMS)
        continue;
      append_phrase (query, gln_vocabulary_get_label (self->vocabulary, f));
    }

  return query->len > 0 ? g_strdup (query->str) : NULL;
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
