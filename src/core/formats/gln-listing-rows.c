/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include "gln-listing-private.h"

#include <string.h>

/* The rows of a citation table, as a Google Scholar profile shows its papers: under a
 * "Title / Cited by / Year" heading, each row is a title line, an author line
 * ("A Einstein, B Podolsky, N Rosen", "EF Can, WB Croft, ..."), a venue line when the
 * record has one, and the line of its two cells, the citation count and the year:
 * "20996\t1935", "6316*\t1926" (the star marks merged citations), "6800*" (no year).
 *
 * The cells line closes a row, so the row is read from it upwards, by position, and no
 * line has to pass for what it is on its own: a title that reads like names ("Graviton
 * Mass and Inertia Mass"), an author who is an English word ("EF Can"), a venue without a
 * venue word ("Ann. Phys. 17, 132-148"). Where the position alone does not tell (the row
 * above showed no cells), Scholar's author line decides: names with their initials first.
 * On a page whose rows show cells, a row may also show no count ("1998"), no year
 * ("1394"), or neither, when it ends where the next row or the table does.
 *
 * This pass runs before gln-listing-records.c and takes its papers' lines out of the way
 * (KIND_RECORD); rows it is not sure of are left to that pass. */

#define MAX_COUNT_DIGITS 9

typedef struct
{
  ListingPage *page;
  gboolean     table;   /* the page shows a table of rows with cells */
  gboolean     spaced;  /* the copy put a blank line after every line */
} Rows;

static ListingLine *
line_at (Rows *rows,
         int   i)
{
  return _gln_listing_line_at (rows->page, i);
}

/* "1935", "2008": a year, as a cell shows it. */
static gboolean
is_year_cell (const char *p,
              gsize       len)
{
  return len == 4 && (p[0] == '1' || (p[0] == '2' && p[1] == '0')) &&
         strspn (p, "0123456789") >= 4;
}

/* The cells that close a row: the count, perhaps starred, then the year after a tab.
 * *count and *year are -1 and 0 for an empty cell. Strict: a starred count or a count
 * with its year. On a page that shows such rows, a count or a year alone as well. */
static gboolean
parse_cells (const char *text,
             gboolean    table,
             int        *count,
             int        *year)
{
  gsize digits = strspn (text, "0123456789");
  const char *p = text + digits;
  gboolean star = FALSE;

  *count = -1;
  *year = 0;
  if (digits == 0 || digits > MAX_COUNT_DIGITS)
    return FALSE;
  if (*p == ' ' && p[1] == '*')
    p++;
  if (*p == '*')
    {
      star = TRUE;
      p++;
    }
  if (*p == '\0')
    {
      if (!star && !table)
        return FALSE;
      /* A lone number on such a page is the year of a row without citations. */
      if (!star && is_year_cell (text, digits))
        {
          *year = (int) g_ascii_strtoll (text, NULL, 10);
          return TRUE;
        }
      *count = (int) g_ascii_strtoll (text, NULL, 10);
      return TRUE;
    }
  if (*p != '\t')
    return FALSE;
  p += strspn (p, "\t");
  if (!is_year_cell (p, strlen (p)))
    return FALSE;
  *count = (int) g_ascii_strtoll (text, NULL, 10);
  *year = (int) g_ascii_strtoll (p, NULL, 10);

  return TRUE;
}

gboolean
_gln_listing_is_row_cells (const char *text)
{
  int count;
  int year;

  return g_ascii_isdigit (*text) && parse_cells (text, FALSE, &count, &year);
}

/* Sets the count and the year that a row's cells show. */
static void
read_cells (ListingFields *fields,
            const char    *text,
            gboolean       table)
{
  int count;
  int year;

  if (!parse_cells (text, table, &count, &year))
    return;
  if (fields->cited_by < 0)
    fields->cited_by = count;
  if (year > 0)
    {
      g_autofree char *shown = g_strdup_printf ("%d", year);

      _gln_listing_set_shown_date (fields, shown, year, 0, 0);
    }
}

/* "6316*\t1926" under a paper that another pass read. */
void
_gln_listing_find_row_cells (ListingFields *fields,
                             const char    *text)
{
  read_cells (fields, text, FALSE);
}

/* "Title\tCited by\tYear", "Title 1–20\tCited by\tYear", "CITED BY\tYEAR": the table's
 * heading. */
static gboolean
is_table_heading (const char *text)
{
  g_autofree char *folded = NULL;

  if (strchr (text, '\t') == NULL || strlen (text) > 60)
    return FALSE;
  folded = g_utf8_strdown (text, -1);

  return strstr (folded, "cited by\tyear") != NULL;
}

static gboolean
is_cells_at (Rows *rows,
             int   i,
             int  *count,
             int  *year)
{
  ListingLine *line = line_at (rows, i);

  return line->kind != KIND_BLANK && line->kind != KIND_RECORD &&
         parse_cells (line->text, rows->table, count, year);
}

/* A line no row runs across: the start, a blank line, a row already taken, cells, the
 * table's heading. */
static gboolean
is_boundary (Rows *rows,
             int   i)
{
  int count;
  int year;

  return i < 0 || (line_at (rows, i)->kind == KIND_BLANK && !rows->spaced) ||
         line_at (rows, i)->kind == KIND_RECORD || is_cells_at (rows, i, &count, &year) ||
         is_table_heading (line_at (rows, i)->text);
}

/* The line above i, or -1; on a spaced page, the one above the blank lines. */
static int
prev_line (Rows *rows,
           int   i)
{
  for (i--; i >= 0 && rows->spaced && line_at (rows, i)->kind == KIND_BLANK; i--)
    ;

  return i;
}

/* The line below i, or the number of lines; on a spaced page, below the blank lines. */
static int
next_line (Rows *rows,
           int   i)
{
  int n = (int) rows->page->lines->len;

  for (i++; i < n && rows->spaced && line_at (rows, i)->kind == KIND_BLANK; i++)
    ;

  return i;
}

/* Lower-case words that stand inside names: "W de Sitter", "RA d'Inverno". */
static gboolean
is_particle (const char *tok,
             gsize       n)
{
  static const char * const particles[] = {
    "de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "la", "le", "dos",
    "das", "y", "bin", "ben", "al", "el", "zu", "ter", "ten",
  };

  return _gln_listing_in_list_ci (tok, n, particles, G_N_ELEMENTS (particles)) ||
         memchr (tok, '\'', n) != NULL || _gln_listing_find_in (tok, n, "\u2019") != NULL;
}

/* One name of an author line: up to five words of letters, each capitalised, a particle
 * or CJK. *initials is set when it opens with initials, as Scholar writes names: "EF Can". */
static gboolean
is_name_item (const char *item,
              gsize       len,
              gboolean   *initials)
{
  guint tokens = 0;
  const char *end = item + len;

  *initials = FALSE;
  for (const char *p = item; p < end;)
    {
      const char *tok = p;
      gboolean upper = TRUE;

      while (p < end && *p != ' ')
        p++;
      if (p == tok || ++tokens > 5)
        return FALSE;
      if (!g_unichar_isupper (g_utf8_get_char (tok)) && !is_particle (tok, p - tok) &&
          !_gln_listing_is_cjk (g_utf8_get_char (tok)))
        return FALSE;
      for (const char *q = tok; q < p; q = g_utf8_next_char (q))
        {
          gunichar c = g_utf8_get_char (q);

          if (!g_unichar_isalpha (c) && c != '.' && c != '-' && c != '\'' && c != 0x2019)
            return FALSE;
          upper &= g_unichar_isupper (c);
        }
      if (tokens == 1)
        *initials = upper && p - tok <= 3;
      while (p < end && *p == ' ')
        p++;
    }
  *initials &= tokens >= 2;

  return tokens >= 1;
}

/* An author line of a row: names separated by commas, perhaps cut short ("..."). With
 * strict, most names show their initials first, as Scholar writes them; a line whose
 * place in the row makes it the authors needs only be names. NULL if it is not one. */
static GPtrArray *
parse_row_authors (const char *text,
                   gboolean    strict,
                   gboolean   *truncated)
{
  static const char * const ellipses[] = { ", ...", ",...", " ...", "...", " …", "…" };
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  gsize len = strlen (text);
  guint with_initials = 0;

  *truncated = FALSE;
  if (len == 0 || len > 2000)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (ellipses); i++)
    if (g_str_has_suffix (text, ellipses[i]))
      {
        len -= strlen (ellipses[i]);
        *truncated = TRUE;
        break;
      }
  for (const char *p = text; p < text + len;)
    {
      const char *comma = _gln_listing_find_in (p, text + len - p, ", ");
      gsize n = comma != NULL ? (gsize) (comma - p) : (gsize) (text + len - p);
      gboolean initials;

      if (!is_name_item (p, n, &initials))
        return NULL;
      with_initials += initials;
      g_ptr_array_add (names, g_strndup (p, n));
      p += n + (comma != NULL ? 2 : 0);
    }
  if (names->len == 0 || (strict && with_initials * 2 < names->len) ||
      (strict && names->len == 1 && with_initials == 0))
    return NULL;

  return g_steal_pointer (&names);
}

/* Reads the row of title t, authors a, venue v (or -1) and cells c (or -1), and takes
 * its lines. */
static gboolean
take_row (Rows      *rows,
          int        t,
          int        a,
          int        v,
          int        c,
          gboolean   strict)
{
  g_auto(ListingFields) fields = { NULL, };
  const char *title = line_at (rows, t)->text;
  gsize len = strlen (title);
  gboolean truncated;
  GPtrArray *names;

  /* "Auteur(s) :" over a name: a label with nothing after it is no title. */
  if (len == 0 || (line_at (rows, t)->label != LABEL_NONE && line_at (rows, t)->label != LABEL_TITLE) ||
      (names = parse_row_authors (line_at (rows, a)->text, strict, &truncated)) == NULL)
    return FALSE;
  _gln_listing_fields_init (&fields, rows->page->year);
  fields.line = line_at (rows, t)->number;
  fields.authors = names;
  fields.truncated = truncated;
  /* "The Evolution of Physics.": a record's closing period is not the title's. */
  if (len > 2 && title[len - 1] == '.' && title[len - 2] != '.')
    len--;
  fields.title = g_strndup (title, len);
  /* "Venue 30\t1234\t2017": a newer layout puts the cells on the venue's line. */
  if (v >= 0 && strchr (line_at (rows, v)->text, '\t') != NULL)
    {
      _gln_listing_find_cited_by (&fields, line_at (rows, v)->text);
      _gln_listing_find_venue_line (&fields, line_at (rows, v)->text);
    }
  else if (v >= 0)
    fields.venue = g_strdup (line_at (rows, v)->text);
  if (fields.venue != NULL)
    _gln_listing_find_ids (&fields, fields.venue);
  if (c >= 0)
    read_cells (&fields, line_at (rows, c)->text, rows->table);
  line_at (rows, t)->kind = KIND_RECORD;
  line_at (rows, a)->kind = KIND_RECORD;
  if (v >= 0)
    line_at (rows, v)->kind = KIND_RECORD;
  if (c >= 0)
    line_at (rows, c)->kind = KIND_RECORD;
  g_ptr_array_add (rows->page->records, _gln_listing_fields_finish (&fields));

  return TRUE;
}

static gboolean
is_row_line (Rows *rows,
             int   i)
{
  return i >= 0 && i < (int) rows->page->lines->len && !is_boundary (rows, i);
}

/* The row closed by the cells at c: title and authors, or title, authors and venue, above
 * them. */
static void
take_row_above (Rows *rows,
                int   c)
{
  int l1 = prev_line (rows, c);
  int l2 = prev_line (rows, l1);
  int l3 = prev_line (rows, l2);
  int l4 = prev_line (rows, l3);
  gboolean truncated;
  g_autoptr(GPtrArray) names = NULL;

  if (!is_row_line (rows, l1) || !is_row_line (rows, l2))
    return;
  /* Title and authors right under the row above. */
  if (!is_row_line (rows, l3))
    {
      take_row (rows, l2, l1, -1, c, FALSE);
      return;
    }
  /* Title, authors and venue under the row above. */
  if (!is_row_line (rows, l4) && take_row (rows, l3, l2, l1, c, FALSE))
    return;
  /* The row above shows no cells: the author line tells where this one starts. */
  if ((names = parse_row_authors (line_at (rows, l2)->text, TRUE, &truncated)) != NULL &&
      take_row (rows, l3, l2, l1, c, TRUE))
    return;
  take_row (rows, l2, l1, -1, c, TRUE);
}

/* Where a row without cells ends: at a boundary, the page's end or its chrome ("Show
 * more" under the table). */
static gboolean
ends_bare_row (Rows *rows,
               int   i)
{
  return i >= (int) rows->page->lines->len || is_boundary (rows, i) ||
         line_at (rows, i)->kind == KIND_CHROME;
}

/* A row without cells, its lines between two boundaries: title and authors, perhaps a
 * venue. */
static void
take_bare_row (Rows *rows,
               int   t)
{
  int a = next_line (rows, t);
  int v = next_line (rows, a);

  if (!is_row_line (rows, a) || !is_boundary (rows, prev_line (rows, t)))
    return;
  if (ends_bare_row (rows, v))
    take_row (rows, t, a, -1, -1, TRUE);
  else if (ends_bare_row (rows, next_line (rows, v)))
    take_row (rows, t, a, v, -1, TRUE);
}

/* Whether the copy put a blank line after every line: few lines stand right under
 * another. */
static gboolean
is_spaced (ListingPage *page)
{
  guint texts = 0;
  guint adjacent = 0;

  for (guint i = 0; i < page->lines->len; i++)
    if (_gln_listing_line_at (page, i)->kind != KIND_BLANK)
      {
        texts++;
        adjacent += i > 0 && _gln_listing_line_at (page, i - 1)->kind != KIND_BLANK;
      }

  return texts >= 4 && adjacent * 4 < texts;
}

/* How many rows of the page show cells plainly: starred counts or counts with years. The
 * table's heading counts for many. */
static guint
count_cells (ListingPage *page)
{
  guint cells = 0;

  for (guint i = 0; i < page->lines->len && cells < 2; i++)
    {
      ListingLine *line = _gln_listing_line_at (page, i);

      if (line->kind == KIND_BLANK)
        continue;
      if (is_table_heading (line->text))
        cells += 2;
      else if (line->kind == KIND_META && line->meta == META_CITED &&
               _gln_listing_is_row_cells (line->text))
        cells++;
    }

  return cells;
}

void
_gln_listing_find_rows (ListingPage *page)
{
  Rows rows = { page, FALSE, FALSE };
  int count;
  int year;
  guint cells = count_cells (page);

  /* One row pasted alone is read too; a count or a year alone is a cell only in a table
   * that shows more. */
  if (cells == 0)
    return;
  rows.table = cells >= 2;
  rows.spaced = is_spaced (page);
  for (guint i = 0; i < page->lines->len; i++)
    if (is_cells_at (&rows, i, &count, &year))
      take_row_above (&rows, i);
  for (guint i = 0; i < page->lines->len && rows.table; i++)
    if (is_row_line (&rows, i))
      take_bare_row (&rows, i);
  /* The heading and the cells no row claimed are the table's, not text. */
  for (guint i = 0; i < page->lines->len; i++)
    {
      ListingLine *line = _gln_listing_line_at (page, i);

      if (line->kind != KIND_BLANK && line->kind != KIND_RECORD &&
          (is_table_heading (line->text) || is_cells_at (&rows, i, &count, &year)))
        line->kind = KIND_CHROME;
    }
}
