/* SPDX-License-Identifier: GPL-3.0-or-later */

/* What For you learns from the user's signals: a linear score over a paper's features. With
 * enough signals it is a logistic regression (L2-regularized, trained by accelerated
 * gradient descent over the liked papers, the disliked ones and, weighed lightly, the
 * candidates themselves as likely uninteresting); with few, the similarity to the liked
 * papers. Either way a paper's score is a sum over its features, so the features that add
 * most to it are the reason given for it. */

#define G_LOG_DOMAIN "gln-interest-model"

#include "config.h"

#include "gln-interest-model.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

/* Below this many liked papers, or this many disliked and candidate papers, the model is the
 * similarity to the liked papers. */
#define MIN_POSITIVES 3
#define MIN_NEGATIVES 3

/* How much a candidate counts as a negative example beside one the user turned down. */
#define CANDIDATE_WEIGHT 0.1
/* Strong enough that a paper's own rare words do not make up its whole score: the model then
 * generalizes to papers it has not seen (bench-foryou-eval: AUC 0.86 at 1e-4, 0.87 here, and
 * scores that read as probabilities). */
#define L2 1e-2
#define ITERATIONS 150
#define STEP 2.0

/* A feature is named as a reason only when it adds at least this share of what the first
 * reason adds. */
#define REASON_SHARE 0.2
#define MAX_REASONS 3

struct _GlnInterestModel
{
  GlnInterestKind  kind;
  guint            n_features;
  double          *weights;
  double           bias;
};

static GlnInterestModel *
model_new (GlnInterestKind kind,
           guint           n_features)
{
  GlnInterestModel *self = g_new0 (GlnInterestModel, 1);

  self->kind = kind;
  self->n_features = n_features;
  if (kind != GLN_INTEREST_NEWEST)
    self->weights = g_new0 (double, n_features);

  return self;
}

static void
add_scaled (double          *weights,
            guint            n_features,
            const GlnVector *vector,
            double           scale)
{
  for (guint i = 0; i < vector->n; i++)
    if (vector->features[i] < n_features)
      weights[vector->features[i]] += scale * vector->values[i];
}

static double
dot_dense (const double    *weights,
           guint            n_features,
           const GlnVector *vector)
{
  double sum = 0;

  for (guint i = 0; i < vector->n; i++)
    if (vector->features[i] < n_features)
      sum += weights[vector->features[i]] * vector->values[i];

  return sum;
}

static void
train_similar (GlnInterestModel  *self,
               GlnVector * const *vectors,
               const int         *labels,
               guint              n_vectors,
               guint              n_positives,
               guint              n_negatives)
{
  for (guint i = 0; i < n_vectors; i++)
    {
      if (labels[i] > 0)
        add_scaled (self->weights, self->n_features, vectors[i], 1.0 / n_positives);
      else if (labels[i] < 0)
        add_scaled (self->weights, self->n_features, vectors[i], -0.5 / n_negatives);
    }
}

/* Example weights: the liked papers weigh as much together as the rest together. */
static double *
example_weights (const int *labels,
                 guint      n_vectors,
                 guint      n_positives,
                 guint      n_negatives)
{
  double *weights = g_new (double, n_vectors);
  double negative_total = n_negatives + CANDIDATE_WEIGHT * (n_vectors - n_positives - n_negatives);

  for (guint i = 0; i < n_vectors; i++)
    {
      if (labels[i] > 0)
        weights[i] = 0.5 / n_positives;
      else
        weights[i] = 0.5 * (labels[i] < 0 ? 1.0 : CANDIDATE_WEIGHT) / negative_total;
    }

  return weights;
}

/* A training paper over the features the training papers have, numbered anew from 0: of a
 * vocabulary of millions of words and pairs of words, the papers learned from have a few
 * hundred thousand, and a feature none of them has keeps its weight of 0 under L2. */
typedef struct
{
  guint        n;
  const guint *features;
  const float *values;
} Local;

typedef struct
{
  guint   n_local;
  guint  *global;     /* local feature → feature of the vocabulary */
  guint  *features;   /* every Local's features, one after the other */
  Local  *examples;
} Compact;

static void
compact_clear (Compact *c)
{
  g_free (c->global);
  g_free (c->features);
  g_free (c->examples);
}

static void
compact_init (Compact           *c,
              GlnVector * const *vectors,
              guint              n_vectors,
              guint              n_features)
{
  /* Zeroed by calloc, so only the pages of features present are ever touched. */
  g_autofree guint *local_of = g_new0 (guint, n_features);
  GArray *global = g_array_new (FALSE, FALSE, sizeof (guint));
  gsize total = 0, at = 0;

  for (guint i = 0; i < n_vectors; i++)
    total += vectors[i]->n;
  c->features = g_new (guint, MAX (total, 1));
  c->examples = g_new (Local, n_vectors);
  for (guint i = 0; i < n_vectors; i++)
    {
      c->examples[i].features = c->features + at;
      c->examples[i].values = vectors[i]->values;
      c->examples[i].n = 0;
      for (guint j = 0; j < vectors[i]->n; j++)
        {
          guint f = vectors[i]->features[j];

          /* Features past the vocabulary given are left out, and so are their values: a
           * paper's features are ascending, those past it come last. */
          if (f >= n_features)
            break;
          if (local_of[f] == 0)
            {
              g_array_append_val (global, f);
              local_of[f] = global->len;
            }
          c->features[at++] = local_of[f] - 1;
          c->examples[i].n++;
        }
    }
  c->n_local = global->len;
  c->global = (guint *) (void *) g_array_free (global, FALSE);
}

static inline double
local_dot (const double *weights,
           const Local  *example)
{
  double sum = 0;

  for (guint i = 0; i < example->n; i++)
    sum += weights[example->features[i]] * example->values[i];

  return sum;
}

static void
gradient (const double  *weights,
          double         bias,
          const Compact *c,
          const int     *labels,
          const double  *example,
          guint          n_vectors,
          double        *grad,
          double        *grad_bias)
{
  for (guint f = 0; f < c->n_local; f++)
    grad[f] = L2 * weights[f];
  *grad_bias = 0;
  for (guint i = 0; i < n_vectors; i++)
    {
      const Local *x = &c->examples[i];
      double y = labels[i] > 0 ? 1.0 : 0.0;
      double p = 1.0 / (1.0 + exp (-(local_dot (weights, x) + bias)));
      double g = example[i] * (p - y);

      for (guint j = 0; j < x->n; j++)
        grad[x->features[j]] += g * x->values[j];
      *grad_bias += g;
    }
}

static void
train_logistic (GlnInterestModel  *self,
                GlnVector * const *vectors,
                const int         *labels,
                guint              n_vectors,
                guint              n_positives,
                guint              n_negatives)
{
  g_autofree double *example = example_weights (labels, n_vectors, n_positives, n_negatives);
  g_autofree double *look = NULL;
  g_autofree double *previous = NULL;
  g_autofree double *grad = NULL;
  double bias = 0, look_bias = 0, previous_bias = 0, grad_bias;
  Compact c = { 0, };
  guint n;

  compact_init (&c, vectors, n_vectors, self->n_features);
  n = c.n_local;
  look = g_new0 (double, MAX (n, 1));
  previous = g_new0 (double, MAX (n, 1));
  grad = g_new (double, MAX (n, 1));

  /* Nesterov's accelerated gradient descent: the step is 1/L for features of unit length. */
  for (guint t = 1; t <= ITERATIONS; t++)
    {
      double momentum = (t - 1.0) / (t + 2.0);

      gradient (look, look_bias, &c, labels, example, n_vectors, grad, &grad_bias);
      for (guint f = 0; f < n; f++)
        {
          double next = look[f] - STEP * grad[f];

          look[f] = next + momentum * (next - previous[f]);
          previous[f] = next;
        }
      bias = look_bias - STEP * grad_bias;
      look_bias = bias + momentum * (bias - previous_bias);
      previous_bias = bias;
    }
  for (guint f = 0; f < n; f++)
    self->weights[c.global[f]] = previous[f];
  self->bias = bias;
  compact_clear (&c);
}

/**
 * gln_interest_model_train:
 * @vectors: (array length=n_vectors): papers' weighed vectors
 * @labels: (array length=n_vectors): 1 for a paper the user liked, -1 for one they did not,
 *   0 for a candidate
 * @n_vectors: how many papers
 * @n_features: the size of the vocabulary
 *
 * Returns: (transfer full): the model for these signals: the newest first without any, the
 *   similarity to the liked papers with few, a logistic regression with enough
 */
GlnInterestModel *
gln_interest_model_train (GlnVector * const *vectors,
                          const int         *labels,
                          guint              n_vectors,
                          guint              n_features)
{
  GlnInterestModel *self;
  guint n_positives = 0, n_negatives = 0;

  for (guint i = 0; i < n_vectors; i++)
    {
      n_positives += labels[i] > 0;
      n_negatives += labels[i] < 0;
    }

  if (n_positives + n_negatives == 0)
    return model_new (GLN_INTEREST_NEWEST, n_features);
  if (n_positives < MIN_POSITIVES || n_vectors - n_positives < MIN_NEGATIVES)
    {
      self = model_new (GLN_INTEREST_SIMILAR, n_features);
      train_similar (self, vectors, labels, n_vectors, MAX (n_positives, 1), MAX (n_negatives, 1));
      return self;
    }

  self = model_new (GLN_INTEREST_LEARNED, n_features);
  train_logistic (self, vectors, labels, n_vectors, n_positives, n_negatives);

  return self;
}

/**
 * gln_interest_model_new_like:
 * @vector: a paper's weighed vector
 * @n_features: the size of the vocabulary
 *
 * Returns: (transfer full): a model that scores papers by their similarity to this one: what
 *   "More like this" ranks by
 */
GlnInterestModel *
gln_interest_model_new_like (const GlnVector *vector,
                             guint            n_features)
{
  GlnInterestModel *self = model_new (GLN_INTEREST_SIMILAR, n_features);

  add_scaled (self->weights, n_features, vector, 1.0);

  return self;
}

void
gln_interest_model_free (GlnInterestModel *self)
{
  if (self == NULL)
    return;

  g_free (self->weights);
  g_free (self);
}

GlnInterestKind
gln_interest_model_get_kind (GlnInterestModel *self)
{
  return self->kind;
}

static double
score_of_margin (GlnInterestModel *self,
                 double            margin)
{
  if (self->kind == GLN_INTEREST_SIMILAR)
    return margin;

  return 1.0 / (1.0 + exp (-(margin + self->bias)));
}

/**
 * gln_interest_model_score:
 * @self: a #GlnInterestModel
 * @vector: a paper's weighed vector
 *
 * Returns: how much the user should like the paper: a probability for a learned model, a
 *   similarity otherwise, 0 without signals
 */
double
gln_interest_model_score (GlnInterestModel *self,
                          const GlnVector  *vector)
{
  if (self->kind == GLN_INTEREST_NEWEST)
    return 0;

  return score_of_margin (self, dot_dense (self->weights, self->n_features, vector));
}

/**
 * gln_interest_model_score_counts:
 * @self: a #GlnInterestModel
 * @vocabulary: the vocabulary of the counts
 * @counts: a paper's counts
 * @idf: the inverse document frequencies its vector is weighed with
 *
 * Returns: what gln_interest_model_score() gives for gln_vocabulary_weigh()'s vector of
 *   @counts, without making it
 */
double
gln_interest_model_score_counts (GlnInterestModel *self,
                                 GlnVocabulary    *vocabulary,
                                 const GlnVector  *counts,
                                 const double     *idf)
{
  if (self->kind == GLN_INTEREST_NEWEST)
    return 0;

  return score_of_margin (self, gln_vocabulary_weigh_dot (vocabulary, counts, idf, self->weights,
                                                          self->n_features));
}

/**
 * gln_interest_model_top:
 * @self: a #GlnInterestModel
 * @vector: a paper's weighed vector
 * @features: (out caller-allocates) (array length=max_features): the features that add most
 *   to the paper's score, first the one that adds most
 * @max_features: how many to find at most
 *
 * Returns: how many features were found: only those that add to the score
 */
guint
gln_interest_model_top (GlnInterestModel *self,
                        const GlnVector  *vector,
                        guint            *features,
                        guint             max_features)
{
  g_autofree double *adds = g_new (double, max_features);
  guint n = 0;

  if (self->kind == GLN_INTEREST_NEWEST)
    return 0;

  for (guint i = 0; i < vector->n; i++)
    {
      guint f = vector->features[i];
      double add = f < self->n_features ? self->weights[f] * vector->values[i] : 0;
      guint at;

      if (add <= 0 || (n == max_features && add <= adds[n - 1]))
        continue;
      at = MIN (n, max_features - 1);
      while (at > 0 && adds[at - 1] < add)
        {
          adds[at] = adds[at - 1];
          features[at] = features[at - 1];
          at--;
        }
      adds[at] = add;
      features[at] = f;
      n = MIN (n + 1, max_features);
    }

  while (n > 1 && adds[n - 1] < REASON_SHARE * adds[0])
    n--;

  return n;
}

static char *
dup_reason (GlnVocabulary *vocabulary,
            guint          feature)
{
  const char *label = gln_vocabulary_get_label (vocabulary, feature);

  if (gln_vocabulary_get_kind (vocabulary, feature) == GLN_FEATURE_TERM)
    /* Translators: a word or two of the papers' text, named as a reason */
    return g_strdup_printf (_("“%s”"), label);

  return g_strdup (label);
}

/* Whether @label is a word of a reason already named, as "network" is of "neural network". */
static gboolean
named_within (GPtrArray  *reasons,
              const char *label)
{
  for (guint i = 0; i < reasons->len; i++)
    {
      g_auto(GStrv) words = g_strsplit_set ((char *) reasons->pdata[i], " “”", -1);

      if (g_strv_contains ((const char * const *) words, label))
        return TRUE;
    }

  return FALSE;
}

static char *
join_reasons (GPtrArray *reasons)
{
  switch (reasons->len)
    {
    case 1:
      /* Translators: the reason a paper is suggested: a word, an author or a category */
      return g_strdup_printf (_("Because of %s"), (char *) reasons->pdata[0]);
    case 2:
      return g_strdup_printf (_("Because of %s and %s"), (char *) reasons->pdata[0],
                              (char *) reasons->pdata[1]);
    default:
      return g_strdup_printf (_("Because of %s, %s and %s"), (char *) reasons->pdata[0],
                              (char *) reasons->pdata[1], (char *) reasons->pdata[2]);
    }
}

/**
 * gln_interest_model_explain:
 * @self: a #GlnInterestModel
 * @vocabulary: the vocabulary of the vectors
 * @vector: a paper's weighed vector
 *
 * Returns: (transfer full): one line that says why the paper scores as it does, naming the
 *   words, authors or categories that add most to its score; never empty
 */
char *
gln_interest_model_explain (GlnInterestModel *self,
                            GlnVocabulary    *vocabulary,
                            const GlnVector  *vector)
{
  g_autoptr(GPtrArray) reasons = g_ptr_array_new_with_free_func (g_free);
  guint features[MAX_REASONS * 2];
  guint n;

  if (self->kind == GLN_INTEREST_NEWEST)
    return g_strdup (_("New; star or rate papers to teach For you what you like"));

  n = gln_interest_model_top (self, vector, features, G_N_ELEMENTS (features));
  for (guint i = 0; i < n && reasons->len < MAX_REASONS; i++)
    {
      const char *label = gln_vocabulary_get_label (vocabulary, features[i]);

      if (gln_vocabulary_get_kind (vocabulary, features[i]) == GLN_FEATURE_TERM &&
          named_within (reasons, label))
        continue;
      g_ptr_array_add (reasons, dup_reason (vocabulary, features[i]));
    }

  if (reasons->len == 0)
    return g_strdup (_("Little in common with what you liked"));

  return join_reasons (reasons);
}
