/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "gln-query.h"

G_BEGIN_DECLS

/**
 * GlnSummaryEntry:
 * @id: the feed, collection, tag or saved search id
 * @name: what the sidebar shows
 * @kind: (nullable): feeds only: the feed's kind
 * @error: (nullable): feeds only: why the last refresh failed
 * @unread: unread papers in it
 * @total: papers in it
 * @query: (nullable): saved searches only: the search
 */
typedef struct
{
  gint64    id;
  char     *name;
  char     *kind;
  char     *error;
  gint64    unread;
  gint64    total;
  GlnQuery *query;
} GlnSummaryEntry;

/**
 * GlnLibrarySummary:
 * @has_papers: whether the library holds any paper
 * @inbox: unread papers, whatever brought them
 * @updated: papers with a new version not seen yet
 * @starred: unread starred papers
 * @duplicates: pairs of possible duplicates waiting for the user
 * @trash: papers in the trash
 * @feeds: (element-type GlnSummaryEntry): the feeds, in their order
 * @collections: (element-type GlnSummaryEntry): the collections
 * @tags: (element-type GlnSummaryEntry): the tags some paper has, by name
 * @searches: (element-type GlnSummaryEntry): the saved searches
 *
 * What the main window's sidebar shows, counted in one snapshot.
 */
typedef struct
{
  gboolean   has_papers;
  gint64     inbox;
  gint64     updated;
  gint64     starred;
  gint64     duplicates;
  gint64     trash;
  GPtrArray *feeds;
  GPtrArray *collections;
  GPtrArray *tags;
  GPtrArray *searches;
} GlnLibrarySummary;

void gln_summary_entry_free   (GlnSummaryEntry   *entry);
void gln_library_summary_free (GlnLibrarySummary *summary);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlnSummaryEntry, gln_summary_entry_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlnLibrarySummary, gln_library_summary_free)

G_END_DECLS
