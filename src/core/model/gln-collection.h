/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * GlnScreening:
 * @GLN_SCREENING_UNSCREENED: no decision yet
 * @GLN_SCREENING_INCLUDE: the paper meets the review's criteria
 * @GLN_SCREENING_EXCLUDE: it does not, usually with a reason
 * @GLN_SCREENING_MAYBE: to be decided later
 *
 * A screening decision on a paper of a review collection.
 */
typedef enum
{
  GLN_SCREENING_UNSCREENED,
  GLN_SCREENING_INCLUDE,
  GLN_SCREENING_EXCLUDE,
  GLN_SCREENING_MAYBE,
} GlnScreening;

/**
 * GlnCollectionInfo:
 * @id: the collection's id
 * @name: its name
 * @description: the review question and inclusion criteria
 * @n_papers: how many papers it holds
 * @n_included: how many are included
 * @n_excluded: how many are excluded
 * @n_maybe: how many are marked maybe
 * @n_unscreened: how many wait for a decision
 * @include_words: (nullable): the user's include keywords, one per line; %NULL until the
 *   user chooses them (gln_keywords_from_criteria() gives the defaults)
 * @exclude_words: (nullable): the user's exclude keywords, the same way
 */
typedef struct
{
  gint64  id;
  char   *name;
  char   *description;
  guint   n_papers;
  guint   n_included;
  guint   n_excluded;
  guint   n_maybe;
  guint   n_unscreened;
  char   *include_words;
  char   *exclude_words;
} GlnCollectionInfo;

/**
 * GlnCollectionPaper:
 * @paper_id: the paper
 * @status: its screening decision
 * @reason: (nullable): why it was excluded (or kept)
 * @key_results: (nullable): the user's own Key results text; %NULL when they come from the
 *   abstract, empty when the user cleared them
 */
typedef struct
{
  gint64        paper_id;
  GlnScreening  status;
  char         *reason;
  char         *key_results;
} GlnCollectionPaper;

/**
 * GlnScreeningSummary:
 * @counts: papers per #GlnScreening value, indexed by it
 * @reasons: (element-type utf8): exclusion reasons, most used first ("" for none given)
 * @reason_counts: (element-type guint): how many papers each reason excluded
 *
 * The numbers a PRISMA flow diagram needs.
 */
typedef struct
{
  guint      counts[4];
  GPtrArray *reasons;
  GArray    *reason_counts;
} GlnScreeningSummary;

/**
 * GlnBoardState:
 * @info: the collection, with its description and counts
 * @columns: (element-type GlnBoardColumn): the board's criteria columns in order, hidden
 *   ones included
 * @entries: (element-type GlnCollectionPaper): every paper of the collection, in the order
 *   they were added, with its decision and Key results override
 * @cells: (element-type utf8 utf8): the filled cells, keyed by gln_board_cell_key()
 * @reasons: the collection's vocabulary of exclusion reasons
 * @summary: the screening counts
 *
 * Everything the screening mode and the comparison board show of a collection, read in one
 * go.
 */
typedef struct
{
  GlnCollectionInfo   *info;
  GPtrArray           *columns;
  GPtrArray           *entries;
  GHashTable          *cells;
  GStrv                reasons;
  GlnScreeningSummary *summary;
} GlnBoardState;

/**
 * GlnScreeningChange:
 * @paper_id: the paper decided, or whose decision was taken back; 0 when there was nothing
 *   to undo
 * @status: its decision now
 * @reason: (nullable): and the reason
 * @reasons: the collection's exclusion reasons, a typed one included
 * @summary: the screening counts after the change
 */
typedef struct
{
  gint64               paper_id;
  GlnScreening         status;
  char                *reason;
  GStrv                reasons;
  GlnScreeningSummary *summary;
} GlnScreeningChange;

const char *gln_screening_to_string    (GlnScreening          status);
gboolean    gln_screening_from_string  (const char           *str,
                                        GlnScreening         *status);
const char *gln_screening_get_label    (GlnScreening          status);
GStrv       gln_screening_dup_default_reasons (void);

void        gln_collection_info_free   (GlnCollectionInfo    *info);
void        gln_collection_paper_free  (GlnCollectionPaper   *entry);
void        gln_screening_summary_free (GlnScreeningSummary  *summary);
void        gln_board_state_free       (GlnBoardState        *state);
void        gln_screening_change_free  (GlnScreeningChange   *change);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlnCollectionInfo, gln_collection_info_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlnCollectionPaper, gln_collection_paper_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlnScreeningSummary, gln_screening_summary_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlnBoardState, gln_board_state_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlnScreeningChange, gln_screening_change_free)

G_END_DECLS
