/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "gln-paper.h"
#include "gln-store.h"

G_BEGIN_DECLS

/**
 * GlnCompletionOutcome:
 * @GLN_COMPLETION_FILLED: fields the paper lacked were filled
 * @GLN_COMPLETION_UNCHANGED: the paper lacked nothing the record brings
 * @GLN_COMPLETION_ELSEWHERE: the record's identifier is another paper's: nothing changed, and
 *   the two are recorded as possible duplicates
 * @GLN_COMPLETION_CONFLICT: the paper has an identifier of its own that differs: nothing
 *   changed
 *
 * What gln_store_complete_paper_async() did.
 */
typedef enum
{
  GLN_COMPLETION_FILLED,
  GLN_COMPLETION_UNCHANGED,
  GLN_COMPLETION_ELSEWHERE,
  GLN_COMPLETION_CONFLICT,
} GlnCompletionOutcome;

/**
 * GlnCompletion:
 * @outcome: what was done
 * @filled: (array zero-terminated=1): the fields filled, by their property names
 *   ("arxiv-id", "doi", "url", "journal-ref", "authors"…)
 * @other_id: for %GLN_COMPLETION_ELSEWHERE, the paper the identifier belongs to
 * @other_key: (nullable): that paper's key
 * @other_title: (nullable): that paper's title
 */
typedef struct
{
  GlnCompletionOutcome  outcome;
  GStrv                 filled;
  gint64                other_id;
  char                 *other_key;
  char                 *other_title;
} GlnCompletion;

void           gln_completion_free             (GlnCompletion        *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlnCompletion, gln_completion_free)

void           gln_store_complete_paper_async  (GlnStore             *self,
                                                gint64                paper_id,
                                                GlnPaper             *record,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
GlnCompletion *gln_store_complete_paper_finish (GlnStore             *self,
                                                GAsyncResult         *result,
                                                GError              **error);

G_END_DECLS
