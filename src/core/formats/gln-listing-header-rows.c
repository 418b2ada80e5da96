/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include "gln-listing-private.h"

#include <glib/gi18n-lib.h>

#include <string.h>

/* The rows of a table whose heading row names its columns, as hand-made pages and
 * spreadsheets exported to HTML list papers: "S#\tTitle\tAuthor Order\tJournal Name\tDate
 * \tCited\tLink", "No.\tTitle\tAuthors\tVenue\tYear". The copy shows each row on one line,
 * its cells between tabs, so the heading tells which cell is the title, the venue, the
 * date, the authors and the citation count. Such a table may name no author anywhere (an
 * "Author Order" column is a number): the heading alone tells its rows are papers, so it
 * must name a title column and a journal's or authors column; "Title / Date" alone is a
 * table of reports or of news (gln-listing-dated-rows.c), and "Title / Venue / Date" may
 * be one of talks (a preview shows its rows unchecked). Not under a heading of talks, and
 * only where two rows follow the heading, every one with as many cells or one fewer (an
 * empty last cell), a title of words and a date cell that is a date or empty; the table
 * ends at the first line that is no such row.
 *
 * This pass runs before the records and takes its papers' lines out of the way
 * (KIND_RECORD). */

#define MAX_COLUMNS 12
#define MAX_HEAD_BYTES 24   /* "Date (M/D/YYYY)", "Journal/Conference" */
#define MAX_HEAD_WORDS 4
#define MIN_ROWS 2
#define MAX_TITLE_WORDS 60
#define MAX_CELL_BYTES 2048

typedef enum
{
  COLUMN_OTHER,
  COLUMN_TITLE,
  COLUMN_AUTHORS,
  COLUMN_VENUE,
  COLUMN_WHERE,   /* "Venue", "Source": a paper's, or a talk's */
  COLUMN_DATE,
  COLUMN_CITED,
} Column;

typedef struct
{
  ListingPage *page;
  Column       columns[MAX_COLUMNS];
  guint        n;        /* cells of the heading row */
  guint        needed;   /* cells a row shows at least: up to its title and date */
  gboolean     sure;     /* a journal's or the authors' column: a table of papers */
} HeaderTable;

static ListingLine *
line_at (HeaderTable *table,
         int          i)
{
  return _gln_listing_line_at (table->page, i);
}

/* Whether word[0:n] is one of words, ignoring case. */
static gboolean
is_word (const char         *word,
         gsize               n,
         const char * const *words,
         guint               n_words)
{
  return _gln_listing_in_list_ci (word, n, words, n_words);
}

/* The kind of column word[0:n] names, COLUMN_OTHER for none. */
static Column
kind_of_word (const char *word,
              gsize       n)
{
  static const char * const venue_words[] = {
    "journal", "conference", "booktitle", "proceedings", "publisher",
  };
  static const char * const where_words[] = { "venue", "source" };
  static const char * const date_words[] = { "date", "year", "published" };
  static const char * const cited_words[] = { "cited", "citations", "cites" };
  static const char * const author_words[] = {
    "author", "authors", "author(s)", "co-authors", "coauthors",
  };

  if (is_word (word, n, venue_words, G_N_ELEMENTS (venue_words)))
    return COLUMN_VENUE;
  if (is_word (word, n, where_words, G_N_ELEMENTS (where_words)))
    return COLUMN_WHERE;
  if (is_word (word, n, date_words, G_N_ELEMENTS (date_words)))
    return COLUMN_DATE;
  if (is_word (word, n, cited_words, G_N_ELEMENTS (cited_words)))
    return COLUMN_CITED;
  if (is_word (word, n, author_words, G_N_ELEMENTS (author_words)))
    return COLUMN_AUTHORS;
  if (n == strlen ("title") && g_ascii_strncasecmp (word, "title", n) == 0)
    return COLUMN_TITLE;

  return COLUMN_OTHER;
}

/* What a heading cell names, from its words: "Title", "Paper title", "Title of paper";
 * "Authors", "Author(s)" (not "Author Order": a number); "Journal Name", "Venue",
 * "Journal title"; "Date (M/D/YYYY)", "Year"; "Cited", "Citations". COLUMN_OTHER for the
 * rest ("S#", "No.", "Link"), -1 for a cell that is no heading's (too long, a sentence, a
 * talk's) or names two kinds at once ("Authors and venue": a citation's cell). */
static int
column_of (const char *cell,
           gsize       len)
{
  /* The columns of a table of events, courses or grants. */
  static const char * const event_words[] = {
    "speaker", "speakers", "presenter", "event", "location", "room", "time", "course",
    "instructor", "amount", "sponsor", "role",
  };
  Column kind = COLUMN_OTHER;   /* of the venue, date or count */
  Column first = COLUMN_OTHER;
  Column last = COLUMN_OTHER;
  gboolean authors = FALSE;
  guint words = 0;

  /* A heading's cell names, a row's counts and years: "2023" is turned away at once. */
  if (len == 0 || len > MAX_HEAD_BYTES || g_ascii_isdigit (*cell))
    return -1;
  for (const char *p = cell; p < cell + len; p += strspn (p, " /"))
    {
      gsize n = MIN (strcspn (p, " /"), (gsize) (cell + len - p));
      Column word;

      if (_gln_listing_is_talk_word (p, n) ||
          is_word (p, n, event_words, G_N_ELEMENTS (event_words)) || ++words > MAX_HEAD_WORDS ||
          (n > 0 && p[n - 1] == ',') || (n > 1 && p[n - 1] == '.' && p + n < cell + len))
        return -1;
      word = kind_of_word (p, n);
      if (word == COLUMN_VENUE || word == COLUMN_WHERE || word == COLUMN_DATE ||
          word == COLUMN_CITED)
        {
          if (kind != COLUMN_OTHER && kind != word)
            return -1;
          kind = word;
        }
      authors |= word == COLUMN_AUTHORS;
      first = words == 1 ? word : first;
      last = word;
      p += n;
    }
  if (authors && kind != COLUMN_OTHER)
    return -1;
  if (kind != COLUMN_OTHER)
    return kind;
  /* The last word names the authors ("Author order" is a number); the first or last the
   * title. */
  if (last == COLUMN_AUTHORS)
    return COLUMN_AUTHORS;

  return first == COLUMN_TITLE || last == COLUMN_TITLE ? COLUMN_TITLE : COLUMN_OTHER;
}

/* Reads the heading row "S#\tTitle\tJournal Name\tDate…" at text: FALSE unless it names
 * one title column and a venue or authors column. */
static gboolean
read_heading (HeaderTable *table,
              const char  *text)
{
  guint titles = 0;
  gboolean other = FALSE;
  const char *p = text;

  table->n = 0;
  table->needed = 0;
  table->sure = FALSE;
  for (;;)
    {
      /* A cell is short: a longer one is read no further. */
      gsize n = strnlen (p, MAX_HEAD_BYTES + 1);
      const char *tab = memchr (p, '\t', n);
      int column;

      n = tab != NULL ? (gsize) (tab - p) : n;
      if (table->n == MAX_COLUMNS || (column = column_of (p, n)) < 0)
        return FALSE;
      table->columns[table->n++] = column;
      titles += column == COLUMN_TITLE;
      other |= column == COLUMN_VENUE || column == COLUMN_WHERE || column == COLUMN_AUTHORS;
      table->sure |= column == COLUMN_VENUE || column == COLUMN_AUTHORS;
      if (column == COLUMN_TITLE || column == COLUMN_DATE)
        table->needed = table->n;
      if (p[n] == '\0')
        break;
      p += n + 1;
    }

  return table->n >= 2 && titles == 1 && other;
}

/* "10/20/2022", "2/07/2024", "2019-05-23": a date written in numbers. */
static gboolean
parse_numeric_date (const char *cell,
                    gsize       len,
                    int        *year,
                    int        *month,
                    int        *day)
{
  guint64 a, b, c;
  char *end;

  if (len < 8 || len > 10 || !g_ascii_isdigit (*cell))
    return FALSE;
  a = g_ascii_strtoull (cell, &end, 10);
  if ((*end != '/' && *end != '-') || !g_ascii_isdigit (end[1]))
    return FALSE;
  b = g_ascii_strtoull (end + 1, &end, 10);
  if ((*end != '/' && *end != '-') || !g_ascii_isdigit (end[1]))
    return FALSE;
  c = g_ascii_strtoull (end + 1, &end, 10);
  if (end != cell + len)
    return FALSE;
  if (a >= 1000)
    {
      *year = (int) a, *month = (int) b, *day = (int) c;
    }
  else if (c >= 1000)
    {
      /* Month first, as the page's own heading tells ("M/D/YYYY"); the day first where the
       * first number can be no month. */
      *year = (int) c, *month = (int) (a > 12 ? b : a), *day = (int) (a > 12 ? a : b);
    }
  else
    return FALSE;

  return *year >= 1800 && *year <= 2200 && *month >= 1 && *month <= 12 && *day >= 1 &&
         *day <= 31;
}

/* Dates the row by its date cell; FALSE for a cell that is no date. */
static gboolean
find_cell_date (ListingFields *fields,
                const char    *cell)
{
  ListingMeta meta = LISTING_META_INIT;
  gsize len = strlen (cell);
  int year, month, day;
  gboolean whole;

  if (len == 0)
    return TRUE;
  if (len == 4 && (year = _gln_listing_year_at (cell, cell)) != 0)
    {
      _gln_listing_set_shown_date (fields, cell, year, 0, 0);
      return TRUE;
    }
  if (parse_numeric_date (cell, len, &year, &month, &day))
    {
      _gln_listing_set_shown_date (fields, cell, year, month, day);
      return TRUE;
    }
  if (len > 20 || !g_ascii_isalnum (*cell))
    return FALSE;
  whole = _gln_listing_parse_date (cell, &meta) && meta.year != 0 &&
          g_str_equal (meta.date_text, cell);
  if (whole)
    _gln_listing_set_shown_date (fields, cell, meta.year, meta.month, meta.day);
  _gln_listing_meta_clear (&meta);

  return whole;
}

/* Whether a cell may be a paper's title: words, a letter or a digit first ("3DFFL: …"). */
static gboolean
is_title_cell (const char *cell)
{
  guint words;

  if (!g_unichar_isalnum (g_utf8_get_char (cell)))
    return FALSE;
  words = _gln_listing_count_words_upto (cell, MAX_TITLE_WORDS + 1);

  return words >= 2 && words <= MAX_TITLE_WORDS;
}

/* The row's fields from its cells; FALSE for a line that is no row of the table. */
static gboolean
read_cells (HeaderTable   *table,
            ListingFields *fields,
            char         **cells)
{
  guint n = g_strv_length (cells);

  if (n > table->n || n < table->needed || n < 2)
    return FALSE;
  for (guint c = 0; c < n; c++)
    {
      const char *cell = g_strstrip (cells[c]);

      switch (table->columns[c])
        {
        case COLUMN_TITLE:
          if (!is_title_cell (cell))
            return FALSE;
          fields->title = g_strdup (cell);
          break;
        case COLUMN_DATE:
          if (!find_cell_date (fields, cell))
            return FALSE;
          break;
        case COLUMN_AUTHORS:
          if (*cell != '\0')
            _gln_listing_find_authors (fields, cell, FALSE);
          break;
        case COLUMN_VENUE:
        case COLUMN_WHERE:
          _gln_listing_find_venue (fields, cell);
          break;
        case COLUMN_CITED:
          if (*cell != '\0' && strspn (cell, "0123456789") == strlen (cell) && strlen (cell) < 10)
            fields->cited_by = (int) g_ascii_strtoll (cell, NULL, 10);
          break;
        case COLUMN_OTHER:
        default:
          break;
        }
    }

  return fields->title != NULL;
}

/* The row at line i as a paper, or NULL. */
static GlnPaper *
read_row (HeaderTable *table,
          int          i)
{
  g_auto(ListingFields) fields = { NULL, };
  g_auto(GStrv) cells = NULL;
  const char *text = line_at (table, i)->text;

  /* The cheap test first: a row shows a tab. */
  if (line_at (table, i)->kind == KIND_RECORD || strchr (text, '\t') == NULL ||
      strnlen (text, MAX_CELL_BYTES + 1) > MAX_CELL_BYTES)
    return NULL;
  cells = g_strsplit (text, "\t", MAX_COLUMNS + 1);
  _gln_listing_fields_init (&fields, table->page->year);
  fields.line = line_at (table, i)->number;
  /* "Title / Venue / Date" may list talks as well as papers: a preview shows them,
   * unchecked. */
  if (!table->sure)
    fields.doubt = _("A row of a table whose columns name a title and where it was shown, "
                     "without authors or a journal: perhaps a paper, perhaps a talk.");
  if (!read_cells (table, &fields, cells))
    return NULL;

  return _gln_listing_fields_finish (&fields);
}

/* The rows under the heading row at h, taken where MIN_ROWS follow it; returns the last
 * line read. */
static int
take_rows (HeaderTable *table,
           int          h)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  int last = h;
  GlnPaper *paper;

  for (int i = _gln_listing_next_nonblank (table->page, h);
       i >= 0 && (paper = read_row (table, i)) != NULL;
       i = _gln_listing_next_nonblank (table->page, i))
    {
      g_ptr_array_add (rows, paper);
      last = i;
    }
  if (rows->len < MIN_ROWS || (!table->sure && !table->page->uncertain))
    return h;
  line_at (table, h)->kind = KIND_CHROME;
  for (int i = h + 1; i <= last; i++)
    if (line_at (table, i)->kind != KIND_BLANK)
      line_at (table, i)->kind = KIND_RECORD;
  for (guint r = 0; r < rows->len; r++)
    g_ptr_array_add (table->page->records, g_object_ref (g_ptr_array_index (rows, r)));

  return last;
}

/* Whether line i is the heading row of such a table: a tab among its first characters
 * (a heading's cells are short), the cells named, no heading of talks above it. */
static gboolean
is_heading_row (HeaderTable *table,
                int          i)
{
  const char *text = line_at (table, i)->text;
  const char *tab = memchr (text, '\t', strnlen (text, MAX_HEAD_BYTES + 1));
  int above;

  if (tab == NULL || line_at (table, i)->kind == KIND_RECORD || !read_heading (table, text))
    return FALSE;
  above = _gln_listing_prev_nonblank (table->page, i);

  return above < 0 || !_gln_listing_heads_talks (line_at (table, above)->text);
}

void
_gln_listing_find_header_rows (ListingPage *page)
{
  HeaderTable table = { page, };

  for (int i = 0; i < (int) page->lines->len; i++)
    if (is_heading_row (&table, i))
      i = take_rows (&table, i);
}
