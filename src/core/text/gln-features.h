/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "gln-tokenizer.h"

G_BEGIN_DECLS

/**
 * GlnPaperText:
 * @id: the paper's id
 * @label: 1 for a paper the user liked, -1 for one they did not, 0 for neither
 * @candidate: whether the paper is one to rank (unread, without a signal)
 * @published: (nullable): the ISO date of publication
 * @title: the title
 * @abstract: (nullable): the abstract
 * @authors: (nullable): the authors' names
 * @categories: (nullable): the categories ("cs.LG")
 *
 * What For you reads of a paper.
 */
typedef struct
{
  gint64  id;
  int     label;
  int     candidate;
  char   *published;
  char   *title;
  char   *abstract;
  GStrv   authors;
  GStrv   categories;
} GlnPaperText;

GlnPaperText *gln_paper_text_new  (void);
void          gln_paper_text_free (GlnPaperText *self);

typedef enum
{
  GLN_FEATURE_TERM,
  GLN_FEATURE_AUTHOR,
  GLN_FEATURE_CATEGORY,
} GlnFeatureKind;

/**
 * GlnVector:
 * @n: the number of features present
 * @features: (array length=n): their numbers in the vocabulary, ascending
 * @values: (array length=n): their values
 *
 * A sparse vector over a #GlnVocabulary.
 */
typedef struct
{
  guint   n;
  guint  *features;
  float  *values;
} GlnVector;

void           gln_vector_free          (GlnVector            *self);
double         gln_vector_dot           (const GlnVector      *a,
                                         const GlnVector      *b);

typedef struct _GlnVocabulary GlnVocabulary;

GlnVocabulary *gln_vocabulary_new             (void);
void           gln_vocabulary_free            (GlnVocabulary        *self);
guint          gln_vocabulary_get_size        (GlnVocabulary        *self);
GlnFeatureKind gln_vocabulary_get_kind        (GlnVocabulary        *self,
                                               guint                 feature);
const char    *gln_vocabulary_get_label       (GlnVocabulary        *self,
                                               guint                 feature);
GlnVector     *gln_vocabulary_count           (GlnVocabulary        *self,
                                               GlnTokenizer         *tokenizer,
                                               const GlnPaperText   *text);
double        *gln_vocabulary_idf             (GlnVocabulary        *self,
                                               GlnVector * const    *counts,
                                               guint                 n_counts);
GlnVector     *gln_vocabulary_weigh           (GlnVocabulary        *self,
                                               const GlnVector      *counts,
                                               const double         *idf);
double         gln_vocabulary_weigh_dot       (GlnVocabulary        *self,
                                               const GlnVector      *counts,
                                               const double         *idf,
                                               const double         *weights,
                                               guint                 n_weights);
void           gln_vocabulary_add_document    (GlnVocabulary        *self,
                                               const GlnVector      *counts);
void           gln_vocabulary_remove_document (GlnVocabulary        *self,
                                               const GlnVector      *counts);
guint          gln_vocabulary_get_n_documents (GlnVocabulary        *self);
double        *gln_vocabulary_dup_idf         (GlnVocabulary        *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlnPaperText, gln_paper_text_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlnVector, gln_vector_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlnVocabulary, gln_vocabulary_free)

G_END_DECLS
