/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "gln-fetcher.h"
#include "gln-store.h"

G_BEGIN_DECLS

/**
 * GlnIdOutcome:
 * @GLN_ID_FOUND: the paper was found and what it lacked filled in
 * @GLN_ID_NOT_FOUND: no service knows a paper of this title that nothing speaks against
 * @GLN_ID_AMBIGUOUS: several papers match, or the services disagree: nothing was filled
 * @GLN_ID_DUPLICATE: the identifier found is another paper's: nothing was filled, the two
 *   are shown as possible duplicates
 * @GLN_ID_KNOWN: the paper already has an arXiv id or a DOI
 * @GLN_ID_FAILED: a service could not be asked and no other found the paper
 *
 * What Find Identifiers did for one paper.
 */
typedef enum
{
  GLN_ID_FOUND,
  GLN_ID_NOT_FOUND,
  GLN_ID_AMBIGUOUS,
  GLN_ID_DUPLICATE,
  GLN_ID_KNOWN,
  GLN_ID_FAILED,
} GlnIdOutcome;

/**
 * GlnIdFinding:
 * @paper_id: the paper
 * @key: (nullable): its key, after
 * @title: (nullable): its title
 * @outcome: what was done
 * @identifier: (nullable): what was found: `arxiv:…`, `doi:…` or a link
 * @services: (nullable): where it was found, as users know the services ("arXiv, Crossref")
 * @filled: (array zero-terminated=1): the fields filled, by property name
 * @other_key: (nullable): for %GLN_ID_DUPLICATE, the key of the paper holding the identifier
 * @other_title: (nullable): for %GLN_ID_DUPLICATE, that paper's title
 * @message: (nullable): for the other outcomes, why, in a sentence
 */
typedef struct
{
  gint64        paper_id;
  char         *key;
  char         *title;
  GlnIdOutcome  outcome;
  char         *identifier;
  char         *services;
  GStrv         filled;
  char         *other_key;
  char         *other_title;
  char         *message;
} GlnIdFinding;

void        gln_id_finding_free       (GlnIdFinding        *self);
const char *gln_id_outcome_to_string  (GlnIdOutcome         outcome);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlnIdFinding, gln_id_finding_free)

#define GLN_TYPE_ID_FINDER (gln_id_finder_get_type ())
G_DECLARE_FINAL_TYPE (GlnIdFinder, gln_id_finder, GLN, ID_FINDER, GObject)

GlnIdFinder *gln_id_finder_new         (GlnStore             *store,
                                        GlnFetcher           *fetcher);
void         gln_id_finder_find_async  (GlnIdFinder          *self,
                                        GArray               *paper_ids,
                                        GCancellable         *cancellable,
                                        GAsyncReadyCallback   callback,
                                        gpointer              user_data);
GPtrArray   *gln_id_finder_find_finish (GlnIdFinder          *self,
                                        GAsyncResult         *result,
                                        GError              **error);

G_END_DECLS
