/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The plain data of review collections: screening decisions, the papers of a collection
 * and what the screening mode and the comparison board read of it. */

#define G_LOG_DOMAIN "gln-collection"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "gln-collection.h"

/* Stored by name, so that the file outlives the enum's numbering. */
static const char * const screening_names[] = {
  [GLN_SCREENING_UNSCREENED] = "unscreened",
  [GLN_SCREENING_INCLUDE] = "include",
  [GLN_SCREENING_EXCLUDE] = "exclude",
  [GLN_SCREENING_MAYBE] = "maybe",
};

const char *
gln_screening_to_string (GlnScreening status)
{
  if ((guint) status >= G_N_ELEMENTS (screening_names))
    status = GLN_SCREENING_UNSCREENED;

  return screening_names[status];
}

gboolean
gln_screening_from_string (const char   *str,
                           GlnScreening *status)
{
  for (guint i = 0; i < G_N_ELEMENTS (screening_names); i++)
    {
      if (g_strcmp0 (str, screening_names[i]) == 0)
        {
          *status = (GlnScreening) i;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * gln_screening_get_label:
 * @status: a decision
 *
 * Returns: the decision as the user reads it: "Included", "Excluded", "Maybe", "Unscreened"
 */
const char *
gln_screening_get_label (GlnScreening status)
{
  switch (status)
    {
    case GLN_SCREENING_INCLUDE:
      return _("Included");
    case GLN_SCREENING_EXCLUDE:
      return _("Excluded");
    case GLN_SCREENING_MAYBE:
      return _("Maybe");
    case GLN_SCREENING_UNSCREENED:
    default:
      return _("Unscreened");
    }
}

/**
 * gln_screening_dup_default_reasons:
 *
 * The exclusion reasons of a collection whose user has not chosen their own: the reasons a
 * PRISMA flow diagram usually counts, in the user's language.
 *
 * Returns: (transfer full): the reasons
 */
GStrv
gln_screening_dup_default_reasons (void)
{
  static const char * const reasons[] = {
    N_("Wrong population"),
    N_("Wrong intervention"),
    N_("Wrong comparator"),
    N_("Wrong outcome"),
    N_("Wrong study design"),
    N_("Wrong publication type"),
    N_("Duplicate"),
    N_("Not in English"),
    N_("Full text not available"),
  };
  GStrv out = g_new0 (char *, G_N_ELEMENTS (reasons) + 1);

  for (guint i = 0; i < G_N_ELEMENTS (reasons); i++)
    out[i] = g_strdup (_(reasons[i]));

  return out;
}

void
gln_collection_info_free (GlnCollectionInfo *info)
{
  if (info == NULL)
    return;

  g_free (info->name);
  g_free (info->description);
  g_free (info->include_words);
  g_free (info->exclude_words);
  g_free (info);
}

void
gln_collection_paper_free (GlnCollectionPaper *entry)
{
  if (entry == NULL)
    return;

  g_free (entry->reason);
  g_free (entry->key_results);
  g_free (entry);
}

void
gln_screening_summary_free (GlnScreeningSummary *summary)
{
  if (summary == NULL)
    return;

  g_clear_pointer (&summary->reasons, g_ptr_array_unref);
  g_clear_pointer (&summary->reason_counts, g_array_unref);
  g_free (summary);
}

void
gln_board_state_free (GlnBoardState *state)
{
  if (state == NULL)
    return;

  g_clear_pointer (&state->info, gln_collection_info_free);
  g_clear_pointer (&state->columns, g_ptr_array_unref);
  g_clear_pointer (&state->entries, g_ptr_array_unref);
  g_clear_pointer (&state->cells, g_hash_table_unref);
  g_clear_pointer (&state->reasons, g_strfreev);
  g_clear_pointer (&state->summary, gln_screening_summary_free);
  g_free (state);
}

void
gln_screening_change_free (GlnScreeningChange *change)
{
  if (change == NULL)
    return;

  g_free (change->reason);
  g_clear_pointer (&change->reasons, g_strfreev);
  g_clear_pointer (&change->summary, gln_screening_summary_free);
  g_free (change);
}
