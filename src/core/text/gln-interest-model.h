/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "gln-features.h"

G_BEGIN_DECLS

/**
 * GlnInterestKind:
 * @GLN_INTEREST_NEWEST: no signals yet: every paper scores the same, the newest come first
 * @GLN_INTEREST_SIMILAR: few signals: the score is the similarity to what the user liked,
 *   less half the similarity to what they did not
 * @GLN_INTEREST_LEARNED: a logistic regression trained on the signals
 */
typedef enum
{
  GLN_INTEREST_NEWEST,
  GLN_INTEREST_SIMILAR,
  GLN_INTEREST_LEARNED,
} GlnInterestKind;

typedef struct _GlnInterestModel GlnInterestModel;

GlnInterestModel *gln_interest_model_train        (GlnVector * const *vectors,
                                                   const int         *labels,
                                                   guint              n_vectors,
                                                   guint              n_features);
GlnInterestModel *gln_interest_model_new_like     (const GlnVector   *vector,
                                                   guint              n_features);
void              gln_interest_model_free         (GlnInterestModel  *self);
GlnInterestKind   gln_interest_model_get_kind     (GlnInterestModel  *self);
double            gln_interest_model_score        (GlnInterestModel  *self,
                                                   const GlnVector   *vector);
double            gln_interest_model_score_counts (GlnInterestModel  *self,
                                                   GlnVocabulary     *vocabulary,
                                                   const GlnVector   *counts,
                                                   const double      *idf);
guint             gln_interest_model_top          (GlnInterestModel  *self,
                                                   const GlnVector   *vector,
                                                   guint             *features,
                                                   guint              max_features);
char             *gln_interest_model_explain      (GlnInterestModel  *self,
                                                   GlnVocabulary     *vocabulary,
                                                   const GlnVector   *vector);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlnInterestModel, gln_interest_model_free)

G_END_DECLS
