/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include "gln-listing-private.h"

#include <string.h>

/* The rows of a table of reports under a heading row "Title / Date" (perhaps with a third
 * cell, "Download/Link"), as hand-made pages of an institute list its publications, one
 * table a year: no authors anywhere, so that only the table's heading tells its rows are
 * publications. A row is its title cell, its date cell alone ("July 2008", "Jan 2006"),
 * then the cells of its links and sizes ("PDF Report 69 pp. / 617 kb", "View HTML
 * Summary", "Order publication", "Online") up to the next row. The copy shows a row's
 * cells on lines of their own, blank lines between them, or on one line between tabs
 * ("Title\t\t\tOct 2004\t\t\tClick for …").
 *
 * The title cell is the line above the date; where a cell of two lines stands there, its
 * first line is the title, and the second a note on the source, unless the first ends in
 * ":" and the title goes on. The date cell closes a row, so the row is read from it
 * upwards; the table ends where no date follows a row within a few lines. A table of talks
 * shows the same cells under a heading that names them ("Talks 2009"), and is left alone;
 * so is every such table of a page where none offers a document ("PDF", "36 pp."): its
 * rows may be news or events.
 *
 * This pass runs first and takes its papers' lines out of the way (KIND_RECORD). */

#define MAX_ROW_LINES 10  /* lines a row's link cells take, at most */
#define MAX_TITLE_WORDS 40

typedef struct
{
  ListingPage *page;
  int          floor;  /* the last line of the heading or of the row above */
  gboolean     probe;  /* only finding where the rows are: nothing is taken */
} Table;

static ListingLine *
line_at (Table *table,
         int    i)
{
  return _gln_listing_line_at (table->page, i);
}

static gboolean
is_blank_at (Table *table,
             int    i)
{
  return line_at (table, i)->kind == KIND_BLANK;
}

/* "July 2008", "Jan 2006", "12 May 1999": a date and nothing else, text[0:len]. */
static gboolean
is_date_cell (const char *text,
              gsize       len)
{
  ListingMeta meta = LISTING_META_INIT;
  g_autofree char *cell = NULL;
  gboolean whole;

  /* Most lines are turned away at their first character or their length. */
  if (len < 6 || len > 20 || !g_ascii_isalnum (*text) || !g_ascii_isdigit (text[len - 1]))
    return FALSE;
  cell = g_strndup (text, len);
  whole = _gln_listing_parse_date (cell, &meta) && meta.month != 0 && meta.year != 0 &&
          g_str_equal (meta.date_text, cell);
  _gln_listing_meta_clear (&meta);

  return whole;
}

/* The length of the first cell of a row shown on one line, "Title\t\t\tOct 2004\t…", and
 * where its date cell starts; 0 for any other line. */
static gsize
tabbed_title_length (const char  *text,
                     const char **date)
{
  const char *tab = strchr (text, '\t');
  const char *p;
  gsize n;

  if (tab == NULL || tab == text)
    return 0;
  p = tab + strspn (tab, "\t");
  n = strcspn (p, "\t");
  if (!is_date_cell (p, n))
    return 0;
  *date = p;

  return tab - text;
}

/* Whether a line may be a row's title: words, not a date or a number. */
static gboolean
may_be_title (const char *text,
              gsize       len)
{
  g_autofree char *cell = g_strndup (text, len);
  guint words = _gln_listing_count_words_upto (cell, MAX_TITLE_WORDS + 1);

  return g_unichar_isalpha (g_utf8_get_char (cell)) && words >= 2 &&
         words <= MAX_TITLE_WORDS && !is_date_cell (text, len) && strchr (cell, '\t') == NULL;
}

/* "Title" over "Date" (cells of a heading row on lines of their own), or "Title\tDate…":
 * the heading of the table. Returns its last line, or -1. */
static int
heading_end (Table *table,
             int    i)
{
  const char *text = line_at (table, i)->text;
  int next;

  if (g_ascii_strncasecmp (text, "title", 5) != 0)
    return -1;
  if (text[5] == '\t')
    {
      const char *p = text + 5 + strspn (text + 5, "\t");

      return g_ascii_strncasecmp (p, "date", 4) == 0 && (p[4] == '\0' || p[4] == '\t') ? i : -1;
    }
  if (text[5] != '\0' || (next = _gln_listing_next_nonblank (table->page, i)) < 0)
    return -1;

  return g_ascii_strcasecmp (line_at (table, next)->text, "date") == 0 ? next : -1;
}

static void
add_row (Table      *table,
         int         t,
         const char *title,
         const char *date,
         gsize       date_len)
{
  g_auto(ListingFields) fields = { NULL, };
  g_autofree char *shown = NULL;

  if (table->probe)
    return;
  shown = g_strndup (date, date_len);
  _gln_listing_fields_init (&fields, table->page->year);
  fields.line = line_at (table, t)->number;
  fields.title = g_strdup (title);
  _gln_listing_find_date (&fields, shown, TRUE);
  g_ptr_array_add (table->page->records, _gln_listing_fields_finish (&fields));
}

/* Marks the lines from the floor up to line i as the table's, and i as the new floor. */
static void
take_lines (Table *table,
            int    i)
{
  for (int j = table->floor + 1; j <= i && !table->probe; j++)
    if (!is_blank_at (table, j))
      line_at (table, j)->kind = KIND_RECORD;
  table->floor = i;
}

/* The title cell over the date cell at d, read and marked with the link cells of the row
 * above it (from the floor). FALSE when no title stands there. */
static gboolean
take_row (Table *table,
          int    d)
{
  int last = _gln_listing_prev_nonblank (table->page, d);
  int first = last;
  int t;
  g_autofree char *title = NULL;
  const char *date = line_at (table, d)->text;

  if (last <= table->floor)
    return FALSE;
  /* The cell: the lines right above one another, up to a blank line or the floor. */
  while (first - 1 > table->floor && !is_blank_at (table, first - 1))
    first--;
  /* A cell of two lines under a blank line: the title and a note, or a title over two
   * lines. Right under the row above, the first is that row's. */
  t = first == last - 1 && first - 1 > table->floor ? first : last;
  if (t < last && g_str_has_suffix (line_at (table, t)->text, ":"))
    title = g_strconcat (line_at (table, t)->text, " ", line_at (table, last)->text, NULL);
  else if (t == last && t - 1 > table->floor && !is_blank_at (table, t - 1) &&
           g_str_has_suffix (line_at (table, t - 1)->text, ":"))
    title = g_strconcat (line_at (table, --t)->text, " ", line_at (table, last)->text, NULL);
  else
    title = g_strdup (line_at (table, t)->text);
  if (!may_be_title (line_at (table, t)->text, strlen (line_at (table, t)->text)))
    return FALSE;
  add_row (table, t, title, date, strlen (date));
  take_lines (table, d);

  return TRUE;
}

/* A row on one line at i: its title, date and link cells between tabs. */
static gboolean
take_tabbed_row (Table *table,
                 int    i)
{
  const char *text = line_at (table, i)->text;
  const char *date = NULL;
  gsize n = tabbed_title_length (text, &date);
  g_autofree char *title = NULL;

  if (n == 0 || !may_be_title (text, n))
    return FALSE;
  title = g_strndup (text, n);
  add_row (table, i, title, date, strcspn (date, "\t"));
  take_lines (table, i);

  return TRUE;
}

/* The rows under the heading ending at h; returns the last row's date cell, and the last
 * line of the table in *end. */
static int
read_rows (Table *table,
           int    h,
           int   *end)
{
  int i = h;
  guint seen = 0;
  gboolean next_table = FALSE;

  table->floor = h;
  while ((i = _gln_listing_next_nonblank (table->page, i)) >= 0 && seen <= MAX_ROW_LINES)
    {
      ListingLine *line = line_at (table, i);
      const char *date;

      if ((next_table = heading_end (table, i) >= 0))
        break;
      seen++;
      if (tabbed_title_length (line->text, &date) > 0 && take_tabbed_row (table, i))
        seen = 0;
      else if (is_date_cell (line->text, strlen (line->text)) && take_row (table, i))
        seen = 0;
    }
  *end = table->floor;
  if (table->floor == h)
    return h;
  /* The link cells of the last row: up to the next table's heading (the year's heading
   * between them), else the lines right under its date. */
  if (next_table)
    *end = _gln_listing_prev_nonblank (table->page, i);
  else if ((i = _gln_listing_next_nonblank (table->page, table->floor)) >= 0)
    for (*end = i; *end + 1 < (int) table->page->lines->len && !is_blank_at (table, *end + 1);)
      (*end)++;

  return table->floor;
}

/* "PDF Report 69 pp. / 617 kb", "[pdf]": a cell that offers a document. */
static gboolean
offers_document (const char *text)
{
  for (const char *p = text; (p = strpbrk (p, "Pp")) != NULL; p++)
    {
      if ((p == text || !g_ascii_isalpha (p[-1])) && g_ascii_strncasecmp (p, "pdf", 3) == 0 &&
          !g_ascii_isalpha (p[3]))
        return TRUE;
      if (p > text + 1 && p[-1] == ' ' && g_ascii_isdigit (p[-2]) && strncmp (p, "pp.", 3) == 0)
        return TRUE;
    }

  return FALSE;
}

/* Whether the rows under the heading ending at h offer a document: a table of news or
 * events shows the same cells, and none. */
static gboolean
offers_documents (Table *table,
                  int    h)
{
  int end;

  table->probe = TRUE;
  if (read_rows (table, h, &end) == h)
    end = h;
  table->probe = FALSE;
  for (int i = h + 1; i <= end; i++)
    if (!is_blank_at (table, i) && offers_document (line_at (table, i)->text))
      return TRUE;

  return FALSE;
}

/* The rows under the heading ending at h; returns the last line taken, or h. */
static int
take_rows (Table *table,
           int    h)
{
  int end;

  if (read_rows (table, h, &end) == h)
    return h;
  take_lines (table, end);

  return end;
}

/* "Invited Talks 2008", "Seminars": a short heading with a word that names talks, which a
 * table of talks may stand under with the cells of a table of reports
 * (gln-listing-header-rows.c asks too). */
gboolean
_gln_listing_heads_talks (const char *text)
{
  const char *p = text;
  guint words = 0;

  if (strnlen (text, 61) > 60)
    return FALSE;
  while (*p != '\0' && words++ < 6)
    {
      gsize n = strcspn (p, " :");

      if (_gln_listing_is_talk_word (p, n))
        return TRUE;
      p += n;
      p += strspn (p, " :");
    }

  return FALSE;
}

/* The end of the heading row at line i of a table of reports, or -1: "Title / Date", not
 * under a heading of talks, whose table shows the same cells. */
static int
table_heading_at (Table *table,
                  int    i)
{
  const char *text = line_at (table, i)->text;
  int h;
  int above;

  /* Turned away at the first character: a heading cell reads "Title". */
  if ((text[0] != 'T' && text[0] != 't') || (h = heading_end (table, i)) < 0)
    return -1;
  if ((above = _gln_listing_prev_nonblank (table->page, i)) >= 0 &&
      _gln_listing_heads_talks (line_at (table, above)->text))
    return -1;

  return h;
}

void
_gln_listing_find_dated_rows (ListingPage *page)
{
  Table table = { page, -1, FALSE };
  gboolean documents = FALSE;
  int h;
  int end;

  /* A table of the page offers a document: its tables are of reports. */
  for (guint i = 0; i < page->lines->len && !documents; i++)
    if ((h = table_heading_at (&table, i)) >= 0)
      documents = offers_documents (&table, h);
  for (guint i = 0; i < page->lines->len && documents; i++)
    {
      if ((h = table_heading_at (&table, i)) < 0 || (end = take_rows (&table, h)) == h)
        continue;
      for (int j = i; j <= h; j++)
        if (!is_blank_at (&table, j))
          line_at (&table, j)->kind = KIND_CHROME;
      i = end;
    }
}
