/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * GlnImportStats:
 * @found: papers offered to the import
 * @added: new papers
 * @merged: known papers that gained metadata
 * @updated: known papers that arrived with a newer arXiv version
 * @unchanged: known papers that brought nothing new
 * @skipped: entries with neither an identifier nor a title
 * @duplicates: added papers that look like one the library held and were recorded as
 *   possible duplicates for the user to review (counted in @added too)
 */
typedef struct
{
  guint found;
  guint added;
  guint merged;
  guint updated;
  guint unchanged;
  guint skipped;
  guint duplicates;
} GlnImportStats;

/**
 * GlnImportOutcome:
 * @GLN_IMPORT_OUTCOME_ADDED: the paper is new to the library
 * @GLN_IMPORT_OUTCOME_MERGED: it was known and gained metadata
 * @GLN_IMPORT_OUTCOME_UPDATED: it was known and arrived with a newer arXiv version
 * @GLN_IMPORT_OUTCOME_UNCHANGED: it was known and brought nothing new
 * @GLN_IMPORT_OUTCOME_SKIPPED: it was not stored; the result's problems say why
 */
typedef enum
{
  GLN_IMPORT_OUTCOME_ADDED,
  GLN_IMPORT_OUTCOME_MERGED,
  GLN_IMPORT_OUTCOME_UPDATED,
  GLN_IMPORT_OUTCOME_UNCHANGED,
  GLN_IMPORT_OUTCOME_SKIPPED,
} GlnImportOutcome;

/**
 * GlnImportResult:
 * @stats: the counts
 * @ids: (element-type gint64): the library id of each offered paper, in the order offered;
 *   0 for a skipped one
 * @outcomes: (element-type GlnImportOutcome): what became of each offered paper
 * @problems: (element-type utf8): what could not be read or stored and why, one line each,
 *   for the user
 *
 * What an import did. The papers handed to it are left as they were.
 */
typedef struct
{
  GlnImportStats  stats;
  GArray         *ids;
  GArray         *outcomes;
  GPtrArray      *problems;
} GlnImportResult;

GlnImportResult  *gln_import_result_new         (void);
void              gln_import_result_free        (GlnImportResult       *self);
void              gln_import_result_add         (GlnImportResult       *self,
                                                 gint64                 id,
                                                 GlnImportOutcome       outcome);
gint64            gln_import_result_get_id      (const GlnImportResult *self,
                                                 guint                  index);
GlnImportOutcome  gln_import_result_get_outcome (const GlnImportResult *self,
                                                 guint                  index);
void              gln_import_stats_add          (GlnImportStats        *total,
                                                 const GlnImportStats  *stats);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlnImportResult, gln_import_result_free)

G_END_DECLS
