/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "gln-import-result.h"

GlnImportResult *
gln_import_result_new (void)
{
  GlnImportResult *self = g_new0 (GlnImportResult, 1);

  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->outcomes = g_array_new (FALSE, FALSE, sizeof (GlnImportOutcome));
  self->problems = g_ptr_array_new_with_free_func (g_free);

  return self;
}

void
gln_import_result_free (GlnImportResult *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->outcomes, g_array_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_free (self);
}

/**
 * gln_import_result_add:
 * @self: a #GlnImportResult
 * @id: the library id the next offered paper got, 0 when skipped
 * @outcome: what became of it
 *
 * Records the next offered paper and counts it.
 */
void
gln_import_result_add (GlnImportResult  *self,
                       gint64            id,
                       GlnImportOutcome  outcome)
{
  g_array_append_val (self->ids, id);
  g_array_append_val (self->outcomes, outcome);

  self->stats.found++;
  switch (outcome)
    {
    case GLN_IMPORT_OUTCOME_ADDED:
      self->stats.added++;
      break;
    case GLN_IMPORT_OUTCOME_MERGED:
      self->stats.merged++;
      break;
    case GLN_IMPORT_OUTCOME_UPDATED:
      self->stats.updated++;
      break;
    case GLN_IMPORT_OUTCOME_UNCHANGED:
      self->stats.unchanged++;
      break;
    case GLN_IMPORT_OUTCOME_SKIPPED:
    default:
      self->stats.skipped++;
      break;
    }
}

gint64
gln_import_result_get_id (const GlnImportResult *self,
                          guint                  index)
{
  g_return_val_if_fail (index < self->ids->len, 0);

  return g_array_index (self->ids, gint64, index);
}

GlnImportOutcome
gln_import_result_get_outcome (const GlnImportResult *self,
                               guint                  index)
{
  g_return_val_if_fail (index < self->outcomes->len, GLN_IMPORT_OUTCOME_SKIPPED);

  return g_array_index (self->outcomes, GlnImportOutcome, index);
}

/* Adds the counts of one import to a running total, as a feed refresh does per page. */
void
gln_import_stats_add (GlnImportStats       *total,
                      const GlnImportStats *stats)
{
  total->found += stats->found;
  total->added += stats->added;
  total->merged += stats->merged;
  total->updated += stats->updated;
  total->unchanged += stats->unchanged;
  total->skipped += stats->skipped;
  total->duplicates += stats->duplicates;
}
