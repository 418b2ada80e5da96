/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * GlnQueryScope:
 * @GLN_QUERY_SCOPE_LIBRARY: every paper
 * @GLN_QUERY_SCOPE_INBOX: every unread paper, whatever brought it (the same papers as
 *   @GLN_QUERY_SCOPE_UNREAD, kept apart for saved searches)
 * @GLN_QUERY_SCOPE_UNREAD: every unread paper
 * @GLN_QUERY_SCOPE_STARRED: starred papers
 * @GLN_QUERY_SCOPE_UPDATED: papers with a new arXiv version the user has not seen
 * @GLN_QUERY_SCOPE_TRASH: papers in the trash; every other scope leaves them out
 */
typedef enum
{
  GLN_QUERY_SCOPE_LIBRARY,
  GLN_QUERY_SCOPE_INBOX,
  GLN_QUERY_SCOPE_UNREAD,
  GLN_QUERY_SCOPE_STARRED,
  GLN_QUERY_SCOPE_UPDATED,
  GLN_QUERY_SCOPE_TRASH,
} GlnQueryScope;

typedef enum
{
  GLN_QUERY_SORT_PUBLISHED,
  GLN_QUERY_SORT_ADDED,
  GLN_QUERY_SORT_RATING,
  GLN_QUERY_SORT_RELEVANCE,
} GlnQuerySort;

/**
 * GlnQuery:
 * @scope: which papers to start from
 * @text: (nullable): an FTS5 query over title, abstract, authors, notes and tags
 * @collection: (nullable): only papers in the collection of this name
 * @tag: (nullable): only papers with this tag
 * @feed_id: only papers this feed brought, when not 0
 * @min_rating: only papers rated at least this
 * @sort: the order; relevance falls back to date without @text
 * @limit: at most this many ids, 0 for all
 * @category: (nullable): only papers with a category starting with this ("cs" or "cs.LG"),
 *   compared without case
 * @published_from: (nullable): only papers published on or after this ISO date or prefix
 *   ("2024", "2024-06", "2024-06-01")
 * @published_to: (nullable): only papers published on or before this ISO date or prefix;
 *   "2024" includes the whole year
 * @unread: only unread papers
 * @keep_read_since: when not 0, papers read at or after this Unix time still count as
 *   unread for @unread and the inbox and unread scopes, so that a view keeps what the user
 *   read while looking at it
 *
 * What a paper list shows. A plain struct: the UI and the CLI fill it, the database turns
 * it into SQL with bound parameters only.
 */
typedef struct
{
  GlnQueryScope  scope;
  char          *text;
  char          *collection;
  char          *tag;
  gint64         feed_id;
  int            min_rating;
  GlnQuerySort   sort;
  guint          limit;

  /* Search filters of the main window. */
  char          *category;
  char          *published_from;
  char          *published_to;
  gboolean       unread;
  gint64         keep_read_since;
} GlnQuery;

#define GLN_TYPE_QUERY (gln_query_get_type ())

GType     gln_query_get_type (void) G_GNUC_CONST;
GlnQuery *gln_query_new      (void);
GlnQuery *gln_query_copy     (const GlnQuery *self);
void      gln_query_free     (GlnQuery       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlnQuery, gln_query_free)

G_END_DECLS
