/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "gln-interest-model.h"
#include "gln-store.h"

G_BEGIN_DECLS

/**
 * GlnForYouItem:
 * @id: a paper's id
 * @score: how much the user should like it (higher first)
 * @because: (nullable): one line that says why, never empty; %NULL past the first papers
 *   of a ranking, until gln_for_you_explain_async() gives it
 *
 * A paper as For you or "More like this" ranks it.
 */
typedef struct
{
  gint64  id;
  double  score;
  char   *because;
} GlnForYouItem;

void gln_for_you_item_free (GlnForYouItem *self);

/**
 * GlnForYouTimes:
 * @read: reading the signals, the candidates and the texts not known yet, on the store's worker
 * @weigh: counting the new papers' words and the frequencies of every word
 * @learn: training the model
 * @score: scoring every candidate
 * @sort: sorting them, and writing the reasons of the first
 *
 * Where a ranking spent its time, in milliseconds.
 */
typedef struct
{
  double read;
  double weigh;
  double learn;
  double score;
  double sort;
} GlnForYouTimes;

#define GLN_TYPE_FOR_YOU (gln_for_you_get_type ())
G_DECLARE_FINAL_TYPE (GlnForYou, gln_for_you, GLN, FOR_YOU, GObject)

GlnForYou       *gln_for_you_new            (GlnStore             *store);
GlnStore        *gln_for_you_get_store      (GlnForYou            *self);
void             gln_for_you_set_live       (GlnForYou            *self,
                                             gboolean              live);
GPtrArray       *gln_for_you_dup_results    (GlnForYou            *self);
GlnInterestKind  gln_for_you_get_kind       (GlnForYou            *self);
void             gln_for_you_get_times      (GlnForYou            *self,
                                             GlnForYouTimes       *times);
void             gln_for_you_refresh_async  (GlnForYou            *self,
                                             GCancellable         *cancellable,
                                             GAsyncReadyCallback   callback,
                                             gpointer              user_data);
GPtrArray       *gln_for_you_refresh_finish (GlnForYou            *self,
                                             GAsyncResult         *result,
                                             GError              **error);
void             gln_for_you_explain_async  (GlnForYou            *self,
                                             GArray               *ids,
                                             GCancellable         *cancellable,
                                             GAsyncReadyCallback   callback,
                                             gpointer              user_data);
GPtrArray       *gln_for_you_explain_finish (GlnForYou            *self,
                                             GAsyncResult         *result,
                                             GError              **error);
void             gln_for_you_similar_async  (GlnForYou            *self,
                                             gint64                paper_id,
                                             guint                 limit,
                                             GCancellable         *cancellable,
                                             GAsyncReadyCallback   callback,
                                             gpointer              user_data);
GPtrArray       *gln_for_you_similar_finish (GlnForYou            *self,
                                             GAsyncResult         *result,
                                             GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlnForYouItem, gln_for_you_item_free)

G_END_DECLS
