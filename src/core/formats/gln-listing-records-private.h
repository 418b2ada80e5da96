/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "gln-listing-private.h"

G_BEGIN_DECLS

/* The state of the pass that finds papers shown without an abstract
 * (gln-listing-records.c), shared with the layouts it tries (gln-listing-records-block.c,
 * gln-listing-records-cited.c). */
typedef struct
{
  ListingPage *page;
  GPtrArray   *papers;
  char        *heading;  /* the year heading above, as shown */
  char        *volume;   /* the volume heading above (ACL Anthology's events), as shown */
  gboolean     decided;      /* whether links_trail was decided, by the first block */
  gboolean     links_trail;  /* "PDF Code" lines follow their entry */
  gboolean     above;        /* numbered citations stand above their titles */
  gboolean     badges_decided;  /* whether badges_lead was decided, by the first block */
  gboolean     badges_lead;     /* "VENUE · 2025" lines stand over their titles */
  guint        venued;       /* papers read as "Title, VENUE 2019" lines */
  guint        venued_last;  /* the line of the last of them */
  guint        linked;       /* blocks read over a line of bracketed links */
  guint        initials_first;  /* 0 not asked yet, 1 no, 2 citations open "AB Name, C Name." */
  guint        title_anded;     /* 0 not asked yet, 1 no, 2 lines read "Title, A and B, Venue" */
} Records;

static inline ListingLine *
line_at (Records *records,
         int      i)
{
  return _gln_listing_line_at (records->page, i);
}

/* Takes line i into a record. */
static inline void
mark (Records *records,
      int      i)
{
  line_at (records, i)->kind = KIND_RECORD;
}

/* gln-listing-records.c */
gboolean    _gln_records_is_entry_marker    (const ListingLine *line);
gboolean    _gln_records_is_link_line       (const ListingLine *line,
                                             gboolean          *code);
gboolean    _gln_records_is_button_line     (const ListingLine *line);
gboolean    _gln_records_is_leading_marker  (Records           *records,
                                             const ListingLine *line);
GPtrArray  *_gln_records_authors_of         (ListingLine  *line,
                                             gboolean     *truncated,
                                             const char  **venue);
gboolean    _gln_records_is_fields_of_study (const char *text);
gboolean    _gln_records_is_bare_count      (const char *text);
gboolean    _gln_records_is_one_sentence    (const char *text);
gboolean    _gln_records_may_be_title       (ListingLine *line);
gboolean    _gln_records_is_title_line      (ListingLine *line);
void        _gln_records_read_trailing      (ListingFields *fields,
                                             ListingLine   *line);
void        _gln_records_read_bare_count    (Records       *records,
                                             ListingFields *fields,
                                             int            i);
void        _gln_records_finish_record      (Records       *records,
                                             ListingFields *fields);
guint       _gln_records_take_leading       (Records       *records,
                                             ListingFields *fields,
                                             int            i);

/* gln-listing-records-headings.c */
/* What a section heading is over: talks ("Invited Talks", "Presentations", "Talks &
 * Seminars"), which are no papers, or anything else ("Journal Articles", "Conference
 * presentations & proceedings", "Talks and Posters": papers are presented too); NONE for
 * a line that is no heading. A heading is short, capitalized, shows no number and no
 * punctuation but "&" and a closing colon, and no article; its last word names talks. */
typedef enum
{
  SECTION_NONE,
  SECTION_OTHER,
  SECTION_NON_PAPERS,  /* talks or grants */
} Section;

/* The longest heading read without the mark of its anchor ("Talks¶"). */
#define MAX_HEADING_BYTES 64

char       *_gln_records_parse_year_heading (const char *text);
Section     _gln_records_section_heading    (const char *text);
gboolean    _gln_records_opens_non_papers   (const char *text);
gboolean    _gln_records_is_list_heading    (const char *text);
gboolean    _gln_records_names_kinds        (const char *text);
gboolean    _gln_records_is_patents_heading (const char *text);
gboolean    _gln_records_opens_patents      (ListingPage *page,
                                             guint        i);
const char *_gln_records_heading_text       (const char *text,
                                             char       *plain);

/* gln-listing-records-card.c */
gboolean    _gln_records_try_dated_card     (Records *records,
                                             int      d);
gboolean    _gln_records_is_venue_badge     (const ListingLine *line);
int         _gln_records_take_venue_badge   (Records       *records,
                                             ListingFields *fields,
                                             int            t);

/* gln-listing-records-stacked.c */
gboolean    _gln_records_try_stacked        (Records *records,
                                             int      t);

/* gln-listing-records-venued.c */
gboolean    _gln_records_try_venued         (Records *records,
                                             int      i);

/* gln-listing-records-block.c */
int         _gln_records_title_over_blurb   (Records *records,
                                             int      b);
gboolean    _gln_records_under_links        (Records *records,
                                             int      t);
gboolean    _gln_records_try_block          (Records    *records,
                                             int         t,
                                             int         a,
                                             GPtrArray  *names,
                                             gboolean    truncated,
                                             const char *venue);
gboolean    _gln_records_try_unauthored     (Records *records,
                                             int      t);

/* gln-listing-records-framed.c */
gboolean    _gln_records_try_year_titled    (Records   *records,
                                             int        i);
gboolean    _gln_records_try_linked_block   (Records   *records,
                                             int        a,
                                             GPtrArray *names,
                                             gboolean   truncated);

/* gln-listing-records-author-first.c */
gboolean    _gln_records_try_author_first   (Records   *records,
                                             int        a,
                                             GPtrArray *names,
                                             gboolean   truncated);
gboolean    _gln_records_is_closing_year (const char *venue);
gboolean    _gln_records_try_names_year_first (Records   *records,
                                               int        a,
                                               GPtrArray *names,
                                               gboolean   truncated);

/* gln-listing-records-cited.c */
gboolean    _gln_records_try_author_colon   (Records *records,
                                             int      a);
gboolean    _gln_records_try_citation       (Records *records,
                                             int      i);
gboolean    _gln_records_try_citation_above (Records *records,
                                             int      i);
gboolean    _gln_records_is_patent          (GlnPaper *paper);

/* gln-listing-records-titles.c */
gboolean    _gln_records_is_name_like_title (Records    *records,
                                             int         t,
                                             int         a,
                                             GPtrArray  *names,
                                             const char *venue);
gboolean    _gln_records_is_name_like_title_over (Records *records,
                                                  int      t,
                                                  int      a);

G_END_DECLS
