/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "gln-library-summary.h"

void
gln_summary_entry_free (GlnSummaryEntry *entry)
{
  if (entry == NULL)
    return;

  g_free (entry->name);
  g_free (entry->kind);
  g_free (entry->error);
  g_clear_pointer (&entry->query, gln_query_free);
  g_free (entry);
}

void
gln_library_summary_free (GlnLibrarySummary *summary)
{
  if (summary == NULL)
    return;

  g_clear_pointer (&summary->feeds, g_ptr_array_unref);
  g_clear_pointer (&summary->collections, g_ptr_array_unref);
  g_clear_pointer (&summary->tags, g_ptr_array_unref);
  g_clear_pointer (&summary->searches, g_ptr_array_unref);
  g_free (summary);
}
