/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "gln-paper.h"

G_BEGIN_DECLS

/**
 * GlnCitationDirection:
 * @GLN_CITATION_REFERENCES: the papers a paper cites (a backward search)
 * @GLN_CITATION_CITATIONS: the papers that cite it (a forward search)
 *
 * Which way a citation search follows the links from a paper.
 */
typedef enum
{
  GLN_CITATION_REFERENCES,
  GLN_CITATION_CITATIONS,
} GlnCitationDirection;

/**
 * GlnCitationPage:
 * @papers: (element-type GlnPaper): the papers on the page, in the service's order
 * @linked: (element-type gboolean): parallel to @papers: %FALSE for a record the service
 *   could not tie to a paper of its own (a reference it knows only by its title), kept as a
 *   link by title and not stored as a paper
 * @offset: where the page starts among all the paper's references or citations
 * @next: where the next page starts, or -1 when this was the last
 * @cursor: (nullable): for a service that pages by cursor (OpenAlex), what the next request
 *   asks for; kept with the search, so that a search taken up again asks for that
 *
 * One answer of a citation service about one paper.
 */
typedef struct
{
  GPtrArray *papers;
  GArray    *linked;
  gint64     offset;
  gint64     next;
  char      *cursor;
} GlnCitationPage;

/**
 * GlnCitation:
 * @paper_id: the other paper when it is in the library, else 0
 * @key: the other paper's key (its library key, or the key it would have)
 * @title: its title
 * @year: the year it appeared, or 0
 * @authors: (nullable): for a paper not in the library, its authors as found
 * @direction: %GLN_CITATION_REFERENCES when the paper asked about cites it,
 *   %GLN_CITATION_CITATIONS when it cites the paper asked about
 * @via_id: in a collection's provenance, the paper whose links found @paper_id (then
 *   @title and @year are that paper's)
 *
 * One link of a paper, as `cite list` and the reading pane show it; or how a citation
 * search found a paper of a collection.
 */
typedef struct
{
  gint64                paper_id;
  gint64                via_id;
  char                 *key;
  char                 *title;
  int                   year;
  GStrv                 authors;
  GlnCitationDirection  direction;
} GlnCitation;

/**
 * GlnCitationProgress:
 * @done: papers whose links have all been read
 * @total: papers the search reads the links of (it grows when a second level starts)
 * @requests: requests answered so far, those of earlier runs included
 * @found: papers found so far that were not in the collection
 * @waiting: %TRUE while a request waits for its turn at the service
 * @capped: the number of candidates at which the search stopped, its limit per level
 *   (%GLN_CITATION_MAX_CANDIDATES), or 0 while it has not reached it
 *
 * How far a citation search has come.
 */
typedef struct
{
  guint    done;
  guint    total;
  guint    requests;
  guint    found;
  gboolean waiting;
  guint    capped;
} GlnCitationProgress;

/**
 * GLN_CITATION_MAX_CANDIDATES:
 *
 * How many papers one level of a citation search finds at most. The papers citing a
 * much-cited paper, and theirs at the second level, run to tens of thousands: past this
 * the search stops and asks the user to start from fewer papers.
 */
#define GLN_CITATION_MAX_CANDIDATES 2000

/**
 * GlnCitationWork:
 * @search_id: the search
 * @paper: (nullable): the paper whose links to read next; %NULL when the search is done
 * @direction: which of its links
 * @level: 1 for a paper the search started from, 2 for one the first level found
 * @offset: where the next page starts
 * @cursor: (nullable): what the next request asks for, for a paper read by cursor
 * @progress: how far the search has come
 *
 * The next request of a citation search, as the store keeps it.
 */
typedef struct
{
  gint64                search_id;
  GlnPaper             *paper;
  GlnCitationDirection  direction;
  int                   level;
  gint64                offset;
  char                 *cursor;
  GlnCitationProgress   progress;
} GlnCitationWork;

const char      *gln_citation_direction_to_string   (GlnCitationDirection   direction);
gboolean         gln_citation_direction_from_string (const char            *text,
                                                     GlnCitationDirection  *direction);

GlnCitationPage *gln_citation_page_new              (void);
GlnCitationPage *gln_citation_page_copy             (GlnCitationPage       *self);
void             gln_citation_page_add              (GlnCitationPage       *self,
                                                     GlnPaper              *paper,
                                                     gboolean               linked);
gboolean         gln_citation_page_is_linked        (GlnCitationPage       *self,
                                                     guint                  index);
void             gln_citation_page_free             (GlnCitationPage       *self);

void             gln_citation_free                  (GlnCitation           *self);
void             gln_citation_work_free             (GlnCitationWork       *self);
char            *gln_citation_progress_dup_text     (const GlnCitationProgress *progress);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlnCitationPage, gln_citation_page_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlnCitation, gln_citation_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlnCitationWork, gln_citation_work_free)

G_END_DECLS
