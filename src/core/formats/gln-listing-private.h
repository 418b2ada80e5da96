/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "gln-paper.h"

G_BEGIN_DECLS

/* Shared by the parts of the listing format: gln-listing.c reads the page line by line,
 * gln-listing-entries.c assembles its lines into entries, gln-listing-papers.c makes a
 * paper of each, and gln-listing-fields.c finds each field of a paper (links included) in
 * its entry's lines. The recognizers of single lines live in gln-listing-chrome.c (navigation, footers), gln-listing-lines.c (labels,
 * separators, sentences), gln-listing-dates.c (dates, categories, arXiv ids),
 * gln-listing-names.c (people and organisations) and gln-listing-authors.c (author lines
 * decorated with quotes, marks, initials and a venue). */

typedef enum
{
  LABEL_NONE,
  LABEL_TITLE,
  LABEL_AUTHORS,
  LABEL_ABSTRACT,
  LABEL_CATEGORY,
  LABEL_DATE,
  LABEL_DOI,
  LABEL_OTHER,       /* comments, keywords: belongs to the entry, carries nothing */
  LABEL_VENUE,       /* "Journal-ref:", "Venue:": the journal reference */
} ListingLabel;

typedef struct
{
  char      *category;    /* the first category shown, or NULL */
  GPtrArray *categories;  /* every category shown (char *), or NULL */
  char      *date_text;   /* the date as shown */
  int        year;        /* 0 when the page shows no year */
  int        month;       /* 0 when unknown */
  int        day;         /* 0 when unknown */
  gboolean   code;        /* a "Code" flag beside the date */
  int        upvotes;     /* -1 when not shown */
} ListingMeta;

typedef enum
{
  KIND_BLANK,
  KIND_CHROME,
  KIND_TEXT,
  KIND_ABSTRACT,
  KIND_META,
  KIND_CONTINUATION,
  KIND_RECORD,         /* a line of a paper shown without an abstract, already read */
} ListingLineKind;

typedef enum
{
  META_NONE,
  META_DATE,
  META_CARD_DATE,       /* a date with a category or code flag: "CLApr 24, 2022Code" */
  META_AUTHOR_COUNT,
  META_SEPARATOR,
  META_CODE,
  META_ARXIV,
  META_AUTHORS,
  META_BYLINE,          /* "A Smith, B Jones - Venue, 2021 - host.org" */
  META_CATEGORY,
  META_ORG,
  META_DOI,
  META_ABSTRACT_LABEL,
  META_OTHER,
  META_CITED,           /* "Save Cite Cited by 19 Related articles" */
  N_META
} ListingMetaKind;

typedef struct
{
  char            *text;       /* trimmed, label removed, NUL-terminated inside the buffer */
  GString         *paragraph;  /* text with its continuation lines, or NULL */
  guint            number;     /* 1-based */
  ListingLineKind  kind;
  ListingMetaKind  meta;
  ListingLabel     label;
  gboolean         linked;     /* the entry's links stood before the text: "pdf bib Title" */
  gboolean         with_id;    /* an identifier stood before the text: "[J00-1001]: A | B" */
  /* What the records pass read of the line as an author line, kept once asked: the rules
   * ask of every line whether it is one, often more than once. */
  GPtrArray       *names;
  const char      *names_venue;
  guint            names_asked : 1;
  guint            names_truncated : 1;
  guint            listed : 1;  /* one of the names listed under an empty "Authors:" label */
  guint            byline_truncated : 1;
  guint            prose : 1;   /* an abstract's running prose, as classifying found */
  /* A search result's byline (META_BYLINE), as classifying read it: its names and year. */
  GPtrArray       *byline;
  int              byline_year;
  /* A title run together with its authors, as classifying split the text (glued_text);
   * finding the paper's title reads the same text again. */
  const char      *glued_text;
  char            *glued_title;
  GPtrArray       *glued_authors;
  GPtrArray       *glued_insts;
  gboolean         glued_truncated;
} ListingLine;

typedef struct
{
  int         title;     /* line index, or -1 */
  int         person;    /* a line holding one author's name, or -1 */
  int         abstract;  /* line index of the abstract's first line */
  GString    *text;      /* the abstract, paragraphs joined */
  GArray     *metas;     /* line indices */
  const char *heading;   /* institution heading of an abstracts-only page */
  gboolean    untitled;  /* an abstract without a title on a page that titles the others */
} ListingEntry;

typedef struct
{
  GArray   *lines;        /* ListingLine */
  GArray   *entries;      /* ListingEntry */
  GPtrArray *records;     /* GlnPaper: the papers shown without an abstract */
  gboolean  org_handles;  /* organisation lines start with a handle */
  gboolean  uncertain;    /* keep what may be no paper, with its doubt, for a preview */
  int       year;         /* for dates shown without one */
  guint     titled;       /* papers listed by title and meeting alone (gln-listing-title-in.c) */
} ListingPage;

#define LISTING_META_INIT { NULL, NULL, NULL, 0, 0, 0, FALSE, -1 }

/* What the lines of one entry have shown of its paper so far. Fields that are final once
 * found (date, category, counts, abstract) are set on the paper at once; the rest are kept
 * here until _gln_listing_fields_finish(), which also makes the paper's key from them. */
typedef struct
{
  GlnPaper  *paper;
  char      *title;
  GPtrArray *authors;       /* char *, or NULL until a line names them */
  gboolean   truncated;     /* the page cut the author list short */
  GPtrArray *institutions;  /* char *, without repeats */
  GPtrArray *categories;    /* char *, those of the paper's category, or NULL */
  GPtrArray *urls;          /* char *, the links in the abstract, or NULL */
  char      *arxiv_id;
  char      *doi;
  char      *code_url;
  char      *venue;         /* as shown, or NULL */
  int        cited_by;      /* -1 when not shown */
  gboolean   code;          /* the page flags code */
  gboolean   dated;
  const char *doubt;        /* why this may not be a paper (translated), or NULL */
  int        year;          /* for dates shown without one */
  guint      line;          /* where the entry starts, 1-based */
} ListingFields;

gboolean     _gln_listing_is_cjk              (gunichar             c);
gboolean     _gln_listing_is_blank            (gunichar             c);
const char  *_gln_listing_skip_blanks         (const char          *s);
gboolean     _gln_listing_opens_quote         (const char          *s);
const char  *_gln_listing_find_in            (const char          *s,
                                               gsize                len,
                                               const char          *needle);
gboolean     _gln_listing_is_letter_at        (const char          *s);
const char  *_gln_listing_match_ci            (const char          *s,
                                               const char          *word);
gboolean     _gln_listing_equal_ci            (const char          *s,
                                               gsize                len,
                                               const char          *word);
gboolean     _gln_listing_in_list_ci          (const char          *s,
                                               gsize                len,
                                               const char * const  *list,
                                               gsize                n_list);
char        *_gln_listing_strip_dup           (const char          *s,
                                               gssize               len);

void         _gln_listing_meta_clear          (ListingMeta         *meta);
gboolean     _gln_listing_parse_date_line     (const char          *line,
                                               ListingMeta         *meta);
gboolean     _gln_listing_parse_date          (const char          *text,
                                               ListingMeta         *meta);
int          _gln_listing_parse_author_count  (const char          *line);
char        *_gln_listing_parse_arxiv_line    (const char          *line,
                                               ListingMeta         *meta);
void         _gln_listing_parse_categories    (const char          *text,
                                               ListingMeta         *meta);
gboolean     _gln_listing_is_category_line    (const char          *line);

gboolean     _gln_listing_is_chrome           (const char          *line);
const char  *_gln_listing_strip_glued_chrome  (const char          *title);
gboolean     _gln_listing_starts_replies      (const char          *line);

gboolean     _gln_listing_is_link_word        (const char          *word,
                                               gsize                n);
gboolean     _gln_listing_opens_with_button   (const char          *text);
gboolean     _gln_listing_names_organisation  (GPtrArray           *names);
const char  *_gln_listing_strip_links         (const char          *line);
gboolean     _gln_listing_has_link_cells      (const char          *text);
void         _gln_listing_cut_link_cells      (char                *venue);
const char  *_gln_listing_strip_id            (const char          *line);
gboolean     _gln_listing_is_bare_id          (const char          *line);

gboolean     _gln_listing_is_separator        (const char          *line);
gboolean     _gln_listing_is_code_flag        (const char          *line);
gboolean     _gln_listing_is_venue            (const char          *line);
gboolean     _gln_listing_is_venue_sentence   (const char          *line);
const char  *_gln_listing_strip_label         (const char          *line,
                                               ListingLabel        *label);
const char  *_gln_listing_strip_numbering     (const char          *title);
guint        _gln_listing_count_words         (const char          *text);
guint        _gln_listing_count_words_upto    (const char          *text,
                                               guint                max);
gboolean     _gln_listing_looks_like_abstract (const char          *text);
gboolean     _gln_listing_ends_sentence       (const char          *text);
gboolean     _gln_listing_is_sentence_break   (const char          *text,
                                               const char          *p);
gboolean     _gln_listing_looks_like_heading  (const char          *text);
char        *_gln_listing_derive_title        (const char          *abstract);

gboolean     _gln_listing_looks_like_person   (const char          *text);
gboolean     _gln_listing_is_title_word       (const char          *tok,
                                               gsize                len);
GPtrArray   *_gln_listing_parse_author_list   (const char          *text,
                                               gboolean             lenient,
                                               gboolean            *truncated);
gboolean     _gln_listing_split_title_authors (const char          *line,
                                               char               **title,
                                               GPtrArray          **authors,
                                               gboolean            *truncated,
                                               GPtrArray          **institutions);
char        *_gln_listing_org_name            (const char          *line,
                                               gboolean            *had_handle);
int          _gln_listing_find_year           (const char          *text);
const char  *_gln_listing_with_names_end      (const char          *start);
GPtrArray   *_gln_listing_parse_byline        (const char          *text,
                                               gboolean            *truncated,
                                               int                 *year);

gboolean     _gln_listing_may_be_names        (const char          *s,
                                               gsize                n);
gboolean     _gln_listing_is_name_particle    (const char          *tok,
                                               gsize                len);
gboolean     _gln_listing_is_glued_name       (const char          *tok,
                                               gsize                len);
gboolean     _gln_listing_strip_et_al         (char                *s);
GPtrArray   *_gln_listing_parse_record_authors (const char          *text,
                                               gboolean            *truncated);
void         _gln_listing_drop_family_period  (char                *copy);
GPtrArray   *_gln_listing_parse_author_line   (const char          *text,
                                               gboolean            *truncated,
                                               const char         **venue);
GPtrArray   *_gln_listing_parse_plain_names   (const char          *text,
                                               gboolean            *truncated);
GPtrArray   *_gln_listing_parse_names_with_venue (const char        *line,
                                               gboolean            *truncated,
                                               const char         **venue);
gboolean     _gln_listing_ends_in_year_parens (const char          *text);
gboolean     _gln_listing_reads_as_venue_text (const char          *text);
guint        _gln_listing_count_breaks_upto   (const char          *text,
                                               guint                limit);
GPtrArray   *_gln_listing_parse_anded_slips   (const char          *text,
                                               gboolean            *truncated);
gsize        _gln_listing_unmarked_length     (const char          *name,
                                               gsize                len);
gboolean     _gln_listing_may_be_citation     (const char          *line);
gboolean     _gln_listing_parse_citation      (const char          *line,
                                               ListingFields       *fields);
gboolean     _gln_listing_parse_quoted_unnamed (const char         *line,
                                               ListingFields       *fields);
gboolean     _gln_listing_parse_quoted_first  (const char          *line,
                                               ListingFields       *fields);
gboolean     _gln_listing_parse_title_venue   (const char          *line,
                                               ListingFields       *fields,
                                               gboolean             pages_ok);
GPtrArray   *_gln_listing_parse_colon_authors (const char          *line,
                                               gsize                len,
                                               gboolean            *truncated);
gboolean     _gln_listing_is_written_name     (const char          *text);
gboolean     _gln_listing_parse_title_first   (const char          *line,
                                               ListingFields       *fields);
gboolean     _gln_listing_parse_title_initials (const char         *line,
                                               ListingFields       *fields);
gboolean     _gln_listing_parse_title_dashes  (const char          *line,
                                               ListingFields       *fields);
gboolean     _gln_listing_parse_title_anded   (const char          *line,
                                               ListingFields       *fields);
gboolean     _gln_listing_page_title_anded    (ListingPage         *page);
gboolean     _gln_listing_parse_middots       (const char          *line,
                                               ListingFields       *fields);
gboolean     _gln_listing_parse_single_quoted (const char          *line,
                                               ListingFields       *fields);
gboolean     _gln_listing_parse_initials_first (const char         *line,
                                                ListingFields      *fields);
gboolean     _gln_listing_page_initials_first (ListingPage         *page);
gboolean     _gln_listing_opens_initials      (const char          *line);
gboolean     _gln_listing_parse_names_venue   (const char          *line,
                                               gboolean             numbered,
                                               ListingFields       *fields);
gboolean     _gln_listing_reads_as_citation   (const char          *text);
void         _gln_listing_find_records        (ListingPage         *page);
gboolean     _gln_listing_is_talk_word        (const char          *word,
                                               gsize                n);
void         _gln_listing_find_venue_fields   (ListingFields       *fields,
                                               const char          *venue);
const char  *_gln_listing_strip_year_first    (const char          *line,
                                               char               **year);
const char  *_gln_listing_comma_title_end     (const char          *text,
                                               const char         **venue);
gsize        _gln_listing_dash_at             (const char          *p);
const char  *_gln_listing_find_proceedings    (const char          *text,
                                               const char          *end,
                                               const char         **venue);
const char  *_gln_listing_skip_year_before_title (const char        *text,
                                               char               **year);
gboolean     _gln_listing_parse_pairs_citation (const char         *line,
                                               gboolean             prefixed,
                                               const char          *year,
                                               ListingFields       *fields);
char        *_gln_listing_unquote_title       (char                *title);
gboolean     _gln_listing_ends_with_month     (const char          *text,
                                               const char          *end);
int          _gln_listing_year_at             (const char          *text,
                                               const char          *s);
gboolean     _gln_listing_apa_year_note       (const char          *p);
int          _gln_listing_apa_year_at         (const char          *line,
                                               const char          *p);
gboolean     _gln_listing_drop_name_note      (char                *names);
GPtrArray   *_gln_listing_parse_written_names (char                *prefix,
                                               gboolean            *truncated);
gboolean     _gln_listing_is_thesis           (const char          *text);
gboolean     _gln_listing_cut_others          (char                *names);
GPtrArray   *_gln_listing_parse_slipped_names (const char          *text);
GPtrArray   *_gln_listing_parse_tagged_names  (const char          *prefix,
                                               char               **venue,
                                               char               **year,
                                               gboolean            *truncated);
gboolean     _gln_listing_is_row_cells        (const char          *text);
void         _gln_listing_find_row_cells      (ListingFields       *fields,
                                               const char          *text);
void         _gln_listing_find_rows           (ListingPage         *page);
void         _gln_listing_find_dated_rows     (ListingPage         *page);
gboolean     _gln_listing_heads_talks         (const char          *text);
void         _gln_listing_find_header_rows    (ListingPage         *page);
void         _gln_listing_join_snippets       (ListingPage         *page);
void         _gln_listing_find_venue_blocks   (ListingPage         *page);
void         _gln_listing_find_venue_between  (ListingPage         *page);
void         _gln_listing_find_with_lines     (ListingPage         *page);
void         _gln_listing_find_title_lists    (ListingPage         *page);
guint        _gln_listing_find_title_in_lines (ListingPage         *page);
void         _gln_listing_add_entries         (ListingPage         *page,
                                               GPtrArray           *papers);

void         _gln_listing_classify_line       (ListingLine         *line);
void         _gln_listing_mark_replies        (ListingPage         *page);
void         _gln_listing_mark_bibtex         (ListingPage         *page);
void         _gln_listing_classify_in_context (ListingPage         *page);
void         _gln_listing_join_paragraphs     (ListingPage         *page);
int          _gln_listing_next_nonblank       (ListingPage         *page,
                                               int                  i);
int          _gln_listing_prev_nonblank       (ListingPage         *page,
                                               int                  i);
void         _gln_listing_assemble            (ListingPage         *page);

GQuark       _gln_listing_line_quark          (void);
GQuark       _gln_listing_urls_quark          (void);
GQuark       _gln_listing_doubt_quark         (void);
GQuark       _gln_listing_cited_by_quark      (void);
void         _gln_listing_fields_init         (ListingFields       *fields,
                                               int                  year);
void         _gln_listing_fields_clear        (ListingFields       *fields);
GlnPaper    *_gln_listing_fields_finish       (ListingFields       *fields);
void         _gln_listing_find_title          (ListingFields       *fields,
                                               const char          *line);
void         _gln_listing_find_line_title     (ListingFields       *fields,
                                               const ListingLine   *line);
void         _gln_listing_find_abstract_title (ListingFields       *fields,
                                               const char          *abstract);
void         _gln_listing_find_person         (ListingFields       *fields,
                                               const char          *line);
void         _gln_listing_add_listed_author   (ListingFields       *fields,
                                               const char          *line);
void         _gln_listing_find_authors        (ListingFields       *fields,
                                               const char          *line,
                                               gboolean             lenient);
void         _gln_listing_find_byline         (ListingFields       *fields,
                                               const ListingLine   *line);
void         _gln_listing_find_author_count   (ListingFields       *fields,
                                               const char          *line);
void         _gln_listing_add_institution     (ListingFields       *fields,
                                               const char          *name);
void         _gln_listing_find_institution    (ListingFields       *fields,
                                               const char          *line,
                                               gboolean             org_handles);
void         _gln_listing_find_date           (ListingFields       *fields,
                                               const char          *line,
                                               gboolean             labelled);
void         _gln_listing_find_categories     (ListingFields       *fields,
                                               const char          *line);
void         _gln_listing_find_arxiv_id       (ListingFields       *fields,
                                               const char          *line);
void         _gln_listing_find_doi            (ListingFields       *fields,
                                               const char          *line);
gboolean     _gln_listing_is_doi_line         (const char          *line);
void         _gln_listing_find_code_url       (ListingFields       *fields,
                                               const char          *line);
GPtrArray   *_gln_listing_find_urls           (const char          *text);
void         _gln_listing_keep_code_url       (ListingFields       *fields,
                                               GPtrArray           *urls);
void         _gln_listing_find_abstract       (ListingFields       *fields,
                                               const char          *abstract);
void         _gln_listing_set_shown_date      (ListingFields       *fields,
                                               const char          *shown,
                                               int                  year,
                                               int                  month,
                                               int                  day);
void         _gln_listing_find_cited_by       (ListingFields       *fields,
                                               const char          *line);
void         _gln_listing_find_venue_line     (ListingFields       *fields,
                                               const char          *line);
void         _gln_listing_find_venue          (ListingFields       *fields,
                                               const char          *line);
void         _gln_listing_find_ids            (ListingFields       *fields,
                                               const char          *text);
gboolean     _gln_listing_find_shown_date     (ListingFields       *fields,
                                               const char          *text,
                                               gboolean             prefer_paren);
gsize        _gln_listing_month_after_year    (const char          *p,
                                               int                 *month,
                                               int                 *day);
const char  *_gln_listing_month_before        (const char          *text,
                                               const char          *year,
                                               int                 *month,
                                               int                 *day);
gboolean     _gln_listing_find_month_date     (ListingFields       *fields,
                                               const char          *line);

/* Used in hot loops, so kept inline. */
static inline char
_gln_listing_lower (char c)
{
  return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* A cheap test before _gln_listing_match_ci(): words of our lists start in lower case, and an ASCII
 * letter never matches a non-ASCII one. */
static inline gboolean
_gln_listing_same_first_char (const char *s,
                              const char *word)
{
  guchar a = *s;
  guchar b = *word;

  if (a < 0x80 || b < 0x80)
    return _gln_listing_lower (a) == b;

  return TRUE;
}

/* "19" or "20" at s: where a year 1900–2099 may start; asked of every byte of a line. */
static inline gboolean
_gln_listing_opens_century (const char *s)
{
  return (s[0] == '1' && s[1] == '9') || (s[0] == '2' && s[1] == '0');
}

static inline ListingLine *
_gln_listing_line_at (ListingPage *page,
                      int          i)
{
  return &g_array_index (page->lines, ListingLine, i);
}

static inline const char *
_gln_listing_line_text (const ListingLine *line)
{
  return line->paragraph != NULL ? line->paragraph->str : line->text;
}

static inline const char *
_gln_listing_text_at (ListingPage *page,
                      int          i)
{
  return _gln_listing_line_text (_gln_listing_line_at (page, i));
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ListingFields, _gln_listing_fields_clear)

G_END_DECLS
