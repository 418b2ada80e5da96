/* SPDX-License-Identifier: GPL-3.0-or-later */

/* A paper as numbers: its terms weighed by tf-idf, its authors and its categories, in one
 * sparse vector of unit length, so that a dot product is a cosine similarity. */

#define G_LOG_DOMAIN "gln-features"

#include "config.h"

#include "gln-features.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* How much each kind of feature counts, once each kind has unit length: the words say most
 * about a paper, its authors and categories less. */
static const double kind_weights[] = { 1.0, 0.6, 0.4 };

/* A title's words say more than an abstract's. */
#define TITLE_REPEAT 2

/* Logarithms of small counts, looked up rather than computed for every feature of every
 * paper of a ranking. */
#define N_LOGS 4096

struct _GlnVocabulary
{
  GHashTable *by_name;   /* name → feature + 1 */
  GPtrArray  *labels;
  GArray     *kinds;
  GArray     *df;        /* guint: in how many of the documents added each feature is */
  guint       n_documents;
};

static double logs[N_LOGS];

/* log (n) for n ≥ 1. */
static inline double
log_of (double n)
{
  return n < N_LOGS ? logs[(guint) n] : log (n);
}

static void
init_logs (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      logs[0] = 0;
      for (guint i = 1; i < N_LOGS; i++)
        logs[i] = log (i);
      g_once_init_leave (&done, 1);
    }
}

GlnPaperText *
gln_paper_text_new (void)
{
  return g_new0 (GlnPaperText, 1);
}

void
gln_paper_text_free (GlnPaperText *self)
{
  if (self == NULL)
    return;

  g_free (self->published);
  g_free (self->title);
  g_free (self->abstract);
  g_strfreev (self->authors);
  g_strfreev (self->categories);
  g_free (self);
}

void
gln_vector_free (GlnVector *self)
{
  if (self == NULL)
    return;

  g_free (self->features);
  g_free (self->values);
  g_free (self);
}

/**
 * gln_vector_dot:
 * @a: a vector
 * @b: a vector over the same vocabulary
 *
 * Returns: the dot product of @a and @b
 */
double
gln_vector_dot (const GlnVector *a,
                const GlnVector *b)
{
  double sum = 0;
  guint i = 0, j = 0;

  while (i < a->n && j < b->n)
    {
      if (a->features[i] < b->features[j])
        i++;
      else if (a->features[i] > b->features[j])
        j++;
      else
        sum += (double) a->values[i++] * b->values[j++];
    }

  return sum;
}

GlnVocabulary *
gln_vocabulary_new (void)
{
  GlnVocabulary *self = g_new0 (GlnVocabulary, 1);

  self->by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->labels = g_ptr_array_new_with_free_func (g_free);
  self->kinds = g_array_new (FALSE, FALSE, sizeof (guint8));
  self->df = g_array_new (FALSE, TRUE, sizeof (guint));
  init_logs ();

  return self;
}

void
gln_vocabulary_free (GlnVocabulary *self)
{
  if (self == NULL)
    return;

  g_hash_table_unref (self->by_name);
  g_ptr_array_unref (self->labels);
  g_array_unref (self->kinds);
  g_array_unref (self->df);
  g_free (self);
}

guint
gln_vocabulary_get_size (GlnVocabulary *self)
{
  return self->labels->len;
}

GlnFeatureKind
gln_vocabulary_get_kind (GlnVocabulary *self,
                         guint          feature)
{
  g_return_val_if_fail (feature < self->kinds->len, GLN_FEATURE_TERM);

  return g_array_index (self->kinds, guint8, feature);
}

/**
 * gln_vocabulary_get_label:
 * @self: a #GlnVocabulary
 * @feature: a feature
 *
 * Returns: the feature as a person reads it: the words as the first paper had them, an
 *   author's name, a category
 */
const char *
gln_vocabulary_get_label (GlnVocabulary *self,
                          guint          feature)
{
  g_return_val_if_fail (feature < self->labels->len, NULL);

  return g_ptr_array_index (self->labels, feature);
}

static guint
intern (GlnVocabulary  *self,
        GlnFeatureKind  kind,
        const char     *name,
        const char     *label)
{
  static const char prefixes[] = "tac";
  g_autofree char *key = g_strdup_printf ("%c:%s", prefixes[kind], name);
  gpointer found = g_hash_table_lookup (self->by_name, key);
  guint8 kind_byte = kind;

  if (found != NULL)
    return GPOINTER_TO_UINT (found) - 1;

  g_ptr_array_add (self->labels, g_strdup (label));
  g_array_append_val (self->kinds, kind_byte);
  g_hash_table_insert (self->by_name, g_steal_pointer (&key), GUINT_TO_POINTER (self->labels->len));

  return self->labels->len - 1;
}

typedef struct
{
  GlnVocabulary *self;
  GHashTable    *counts;   /* feature + 1 → count */
  guint          repeat;
} CountData;

static void
add_feature (GHashTable *counts,
             guint       feature,
             guint       times)
{
  gpointer key = GUINT_TO_POINTER (feature + 1);
  guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, key));

  g_hash_table_insert (counts, key, GUINT_TO_POINTER (count + times));
}

static void
count_term_cb (const char *term,
               const char *surface,
               gpointer    user_data)
{
  CountData *data = user_data;

  add_feature (data->counts, intern (data->self, GLN_FEATURE_TERM, term, surface), data->repeat);
}

static void
count_names (CountData          *data,
             GlnFeatureKind      kind,
             const char * const *names)
{
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      g_autofree char *label = g_strstrip (g_strdup (names[i]));
      g_autofree char *name = g_utf8_casefold (label, -1);

      if (*name != '\0')
        add_feature (data->counts, intern (data->self, kind, name, label), 1);
    }
}

static int
compare_features (gconstpointer a,
                  gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

static GlnVector *
vector_from_counts (GHashTable *counts)
{
  GlnVector *vector = g_new0 (GlnVector, 1);
  GHashTableIter iter;
  gpointer key, value;
  guint i = 0;

  vector->n = g_hash_table_size (counts);
  vector->features = g_new (guint, vector->n);
  vector->values = g_new (float, vector->n);
  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    vector->features[i++] = GPOINTER_TO_UINT (key) - 1;
  qsort (vector->features, vector->n, sizeof (guint), compare_features);
  for (i = 0; i < vector->n; i++)
    vector->values[i] = GPOINTER_TO_UINT (g_hash_table_lookup (counts,
                                          GUINT_TO_POINTER (vector->features[i] + 1)));

  return vector;
}

/**
 * gln_vocabulary_count:
 * @self: a #GlnVocabulary
 * @tokenizer: a #GlnTokenizer
 * @text: a paper
 *
 * Counts a paper's features (the words of its title count twice), adding the new ones to the
 * vocabulary.
 *
 * Returns: (transfer full): the counts
 */
GlnVector *
gln_vocabulary_count (GlnVocabulary      *self,
                      GlnTokenizer       *tokenizer,
                      const GlnPaperText *text)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  CountData data = { self, counts, TITLE_REPEAT };

  gln_tokenizer_terms (tokenizer, text->title, count_term_cb, &data);
  data.repeat = 1;
  gln_tokenizer_terms (tokenizer, text->abstract, count_term_cb, &data);
  count_names (&data, GLN_FEATURE_AUTHOR, (const char * const *) text->authors);
  count_names (&data, GLN_FEATURE_CATEGORY, (const char * const *) text->categories);

  return vector_from_counts (counts);
}

/**
 * gln_vocabulary_idf:
 * @self: a #GlnVocabulary
 * @counts: (array length=n_counts): papers' counts
 * @n_counts: how many
 *
 * Returns: (transfer full): the inverse document frequency of every feature of the
 *   vocabulary over these papers, smoothed (a feature none has gets the highest)
 */
double *
gln_vocabulary_idf (GlnVocabulary     *self,
                    GlnVector * const *counts,
                    guint              n_counts)
{
  guint size = gln_vocabulary_get_size (self);
  g_autofree guint *df = g_new0 (guint, size);
  double *idf = g_new (double, size);

  for (guint i = 0; i < n_counts; i++)
    for (guint j = 0; j < counts[i]->n; j++)
      if (counts[i]->features[j] < size)
        df[counts[i]->features[j]]++;
  for (guint f = 0; f < size; f++)
    idf[f] = log ((1.0 + n_counts) / (1.0 + df[f])) + 1.0;

  return idf;
}

/**
 * gln_vocabulary_weigh:
 * @self: a #GlnVocabulary
 * @counts: a paper's counts
 * @idf: the vocabulary's inverse document frequencies
 *
 * Returns: (transfer full): the paper's vector of unit length: terms weighed by
 *   (1 + log count) × idf, authors and categories by idf, each kind scaled to unit length and
 *   then by how much that kind counts
 */
GlnVector *
gln_vocabulary_weigh (GlnVocabulary   *self,
                      const GlnVector *counts,
                      const double    *idf)
{
  GlnVector *vector = g_new0 (GlnVector, 1);
  double norms[G_N_ELEMENTS (kind_weights)] = { 0, };
  double total = 0;

  vector->n = counts->n;
  vector->features = g_memdup2 (counts->features, sizeof (guint) * counts->n);
  vector->values = g_new (float, counts->n);
  for (guint i = 0; i < counts->n; i++)
    {
      guint f = counts->features[i];
      GlnFeatureKind kind = gln_vocabulary_get_kind (self, f);
      double tf = kind == GLN_FEATURE_TERM ? 1.0 + log_of (counts->values[i]) : 1.0;

      vector->values[i] = (float) (tf * idf[f]);
      norms[kind] += (double) vector->values[i] * vector->values[i];
    }
  for (guint k = 0; k < G_N_ELEMENTS (norms); k++)
    if (norms[k] > 0)
      total += kind_weights[k] * kind_weights[k];
  for (guint i = 0; i < vector->n; i++)
    {
      GlnFeatureKind kind = gln_vocabulary_get_kind (self, vector->features[i]);

      vector->values[i] *= (float) (kind_weights[kind] / sqrt (norms[kind] * total));
    }

  return vector;
}

/**
 * gln_vocabulary_add_document:
 * @self: a #GlnVocabulary
 * @counts: a paper's counts, from gln_vocabulary_count()
 *
 * Counts the paper among the documents whose frequencies gln_vocabulary_dup_idf() gives.
 */
void
gln_vocabulary_add_document (GlnVocabulary   *self,
                             const GlnVector *counts)
{
  if (self->df->len < self->labels->len)
    g_array_set_size (self->df, self->labels->len);
  for (guint i = 0; i < counts->n; i++)
    g_array_index (self->df, guint, counts->features[i])++;
  self->n_documents++;
}

/**
 * gln_vocabulary_remove_document:
 * @self: a #GlnVocabulary
 * @counts: the counts of a paper added before
 *
 * Takes back gln_vocabulary_add_document().
 */
void
gln_vocabulary_remove_document (GlnVocabulary   *self,
                                const GlnVector *counts)
{
  g_return_if_fail (self->n_documents > 0);

  for (guint i = 0; i < counts->n; i++)
    if (counts->features[i] < self->df->len && g_array_index (self->df, guint, counts->features[i]) > 0)
      g_array_index (self->df, guint, counts->features[i])--;
  self->n_documents--;
}

guint
gln_vocabulary_get_n_documents (GlnVocabulary *self)
{
  return self->n_documents;
}

/**
 * gln_vocabulary_dup_idf:
 * @self: a #GlnVocabulary
 *
 * Returns: (transfer full): the inverse document frequency of every feature of the
 *   vocabulary over the documents added, as gln_vocabulary_idf() gives it over theirs
 */
double *
gln_vocabulary_dup_idf (GlnVocabulary *self)
{
  guint size = gln_vocabulary_get_size (self);
  double *idf = g_new (double, size);
  double top = log_of (1.0 + self->n_documents) + 1.0;

  if (self->df->len < size)
    g_array_set_size (self->df, size);
  for (guint f = 0; f < size; f++)
    idf[f] = top - log_of (1.0 + g_array_index (self->df, guint, f));

  return idf;
}

/**
 * gln_vocabulary_weigh_dot:
 * @self: a #GlnVocabulary
 * @counts: a paper's counts
 * @idf: the vocabulary's inverse document frequencies
 * @weights: (array length=n_weights): a weight for each feature
 * @n_weights: how many; features past them weigh nothing
 *
 * Returns: the dot product of gln_vocabulary_weigh()'s vector with @weights, without making
 *   the vector: how a ranking scores many papers quickly
 */
double
gln_vocabulary_weigh_dot (GlnVocabulary   *self,
                          const GlnVector *counts,
                          const double    *idf,
                          const double    *weights,
                          guint            n_weights)
{
  double norms[G_N_ELEMENTS (kind_weights)] = { 0, };
  double dots[G_N_ELEMENTS (kind_weights)] = { 0, };
  const guint8 *kinds = (const guint8 *) self->kinds->data;
  double total = 0, sum = 0;

  for (guint i = 0; i < counts->n; i++)
    {
      guint f = counts->features[i];
      guint8 kind = kinds[f];
      double value = (kind == GLN_FEATURE_TERM ? 1.0 + log_of (counts->values[i]) : 1.0) * idf[f];

      /* As gln_vocabulary_weigh() does, in float. */
      value = (float) value;
      norms[kind] += value * value;
      if (f < n_weights)
        dots[kind] += weights[f] * value;
    }
  for (guint k = 0; k < G_N_ELEMENTS (norms); k++)
    if (norms[k] > 0)
      total += kind_weights[k] * kind_weights[k];
  for (guint k = 0; k < G_N_ELEMENTS (norms); k++)
    if (norms[k] > 0)
      sum += dots[k] * kind_weights[k] / sqrt (norms[k] * total);

  return sum;
}
