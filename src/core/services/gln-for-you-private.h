/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "gln-for-you.h"

G_BEGIN_DECLS

/* The part of For you that computes, off the main thread and one call at a time: what it
 * has read of each paper, the vocabulary, the model (gln-for-you-engine.c). */
typedef struct _GlnForYouEngine GlnForYouEngine;

GlnForYouEngine *_gln_for_you_engine_new       (void);
void             _gln_for_you_engine_free      (GlnForYouEngine *self);
GArray          *_gln_for_you_engine_dup_known (GlnForYouEngine *self);
GPtrArray       *_gln_for_you_engine_rank      (GlnForYouEngine *self,
                                                GPtrArray       *texts,
                                                GlnInterestKind *kind,
                                                GlnForYouTimes  *times);
GPtrArray       *_gln_for_you_engine_explain   (GlnForYouEngine *self,
                                                const gint64    *ids,
                                                guint            n_ids);
void             _gln_for_you_engine_dup_phrases (GlnForYouEngine *self,
                                                  GlnPaperText    *text,
                                                  GStrv           *words,
                                                  GStrv           *authors,
                                                  guint            max_words,
                                                  guint            max_authors);
GPtrArray       *_gln_for_you_engine_like      (GlnForYouEngine *self,
                                                GlnPaperText    *text,
                                                GPtrArray       *pool,
                                                guint            limit);

G_END_DECLS
