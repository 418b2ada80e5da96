/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define BENCH_CORPUS_N_WORDS 50000

typedef struct _BenchCorpus BenchCorpus;

BenchCorpus *bench_corpus_new         (guint32       seed);
void         bench_corpus_free        (BenchCorpus  *self);
const char  *bench_corpus_get_word    (BenchCorpus  *self,
                                       guint         rank);
char        *bench_corpus_dup_title   (BenchCorpus  *self,
                                       guint         paper);
gboolean     bench_corpus_write_atom  (BenchCorpus  *self,
                                       const char   *path,
                                       guint         first_paper,
                                       guint         n_papers,
                                       GError      **error);

gboolean     bench_corpus_write_rss   (BenchCorpus  *self,
                                       const char   *path,
                                       guint         first_paper,
                                       guint         n_papers,
                                       GError      **error);
gboolean     bench_corpus_write_listing (BenchCorpus  *self,
                                         const char   *path,
                                         guint         first_paper,
                                         guint         n_papers,
                                         GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BenchCorpus, bench_corpus_free)

G_END_DECLS
