/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include "gln-listing-records-private.h"

/* Authors above their title: "A. Lee, B. Chen" over "Title", then "Venue, 2023", notes
 * and links, up to the next author line, year heading or entry. */
#define MAX_AUTHOR_FIRST_TRAILING 4

/* Whether the line above a ends another entry (its links) or opens a year of them. */
static gboolean
follows_entry (Records *records,
               int      a)
{
  int above = _gln_listing_prev_nonblank (records->page, a);
  g_autofree char *heading = NULL;

  return above >= 0 && (_gln_records_is_link_line (line_at (records, above), NULL) ||
                        (heading = _gln_records_parse_year_heading (line_at (records, above)->text)) != NULL);
}

/* The title under an author line: a title line, or one that reads like a name
 * ("Hierarchical Perceiver") or a venue ("The AXES submissions at TrecVid 2013"), which
 * the venue with its year under it vouches for. */
static gboolean
is_author_first_title (Records *records,
                       int      t)
{
  ListingLine *line = line_at (records, t);
  g_autofree char *heading = NULL;
  g_autoptr(GPtrArray) names = NULL;
  gboolean truncated;

  if (_gln_records_is_title_line (line))
    return TRUE;
  if (line->kind == KIND_META && line->meta == META_OTHER && line->label == LABEL_NONE)
    return _gln_listing_count_words_upto (line->text, 2) >= 2;
  if (line->kind != KIND_TEXT || line->label != LABEL_NONE || _gln_records_is_entry_marker (line) ||
      _gln_records_is_link_line (line, NULL) || (heading = _gln_records_parse_year_heading (line->text)) != NULL)
    return FALSE;
  names = _gln_records_authors_of (line, &truncated, NULL);

  return names != NULL && names->len == 1 && !truncated;
}

/* The names on line a and the title on line t of an entry whose names come first: set on
 * fields (the entry's line is the names'), both lines taken. */
static void
take_names_and_title (Records       *records,
                      ListingFields *fields,
                      int            a,
                      int            t,
                      GPtrArray     *names,
                      gboolean       truncated)
{
  fields->line = line_at (records, a)->number;
  _gln_listing_find_title (fields, line_at (records, t)->text);
  g_clear_pointer (&fields->authors, g_ptr_array_unref);
  fields->authors = g_ptr_array_ref (names);
  fields->truncated = truncated;
  mark (records, a);
  mark (records, t);
}

gboolean
_gln_records_try_author_first (Records   *records,
                               int        a,
                               GPtrArray *names,
                               gboolean   truncated)
{
  g_auto(ListingFields) fields = { NULL, };
  int t = _gln_listing_next_nonblank (records->page, a);
  int v = t >= 0 ? _gln_listing_next_nonblank (records->page, t) : -1;
  int i;
  guint taken = 0;

  /* The entry opens under the links of the one above or its year heading; one name
   * needs a title that reads like none. */
  if (v < 0 || !follows_entry (records, a) ||
      !(names->len < 2 && !truncated ? _gln_records_is_title_line (line_at (records, t))
                                      : is_author_first_title (records, t)) ||
      (line_at (records, v)->kind != KIND_TEXT && line_at (records, v)->kind != KIND_META))
    return FALSE;
  /* The venue with its year under the title. */
  _gln_listing_fields_init (&fields, records->page->year);
  _gln_records_read_trailing (&fields, line_at (records, v));
  if (fields.venue == NULL && line_at (records, v)->kind == KIND_META)
    _gln_listing_find_venue_line (&fields, line_at (records, v)->text);
  if (fields.venue == NULL || !fields.dated)
    return FALSE;
  if (!records->decided)
    {
      records->decided = TRUE;
      records->links_trail = TRUE;
    }
  take_names_and_title (records, &fields, a, t, names, truncated);
  mark (records, v);
  for (i = _gln_listing_next_nonblank (records->page, v);
       i >= 0 && taken < MAX_AUTHOR_FIRST_TRAILING; i = _gln_listing_next_nonblank (records->page, i))
    {
      ListingLine *line = line_at (records, i);
      g_autofree char *heading = _gln_records_parse_year_heading (line->text);
      g_autoptr(GPtrArray) next = NULL;
      gboolean cut;

      if (line->kind == KIND_RECORD || line->kind == KIND_ABSTRACT || line->kind == KIND_CHROME ||
          heading != NULL || (next = _gln_records_authors_of (line, &cut, NULL)) != NULL)
        break;
      _gln_records_read_trailing (&fields, line);
      mark (records, i);
      taken++;
    }
  _gln_records_finish_record (records, &fields);

  return TRUE;
}

/* The year in parentheses that closes an author line and nothing after it ("Razzaq, A., &
 * Javed, I. (2019)"), as a shown date, or NULL. */
static char *
closing_year (const char *text)
{
  gsize n = strlen (text);

  while (n > 0 && (text[n - 1] == '.' || text[n - 1] == ' '))
    n--;
  /* "Dragos Margineantu (2002):": the colon that leads to the title below. */
  if (n > 0 && text[n - 1] == ':')
    n--;
  if (n < 8 || text[n - 1] != ')' || text[n - 6] != '(' || text[n - 7] != ' ' ||
      _gln_listing_year_at (text, text + n - 5) == 0)
    return NULL;

  return g_strndup (text + n - 5, 4);
}

/* Whether what an author line shows after its names is its year alone: "(2002):". */
gboolean
_gln_records_is_closing_year (const char *venue)
{
  return venue[0] == '(' && _gln_listing_year_at (venue, venue + 1) != 0 && venue[5] == ')' &&
         (venue[6] == '\0' || (venue[6] == ':' && venue[7] == '\0'));
}

/* "Razzaq, A., Qing, P., & Javed, I. (2019)" over "Title" over "Journal, 666, 849-857":
 * APA split over three lines, the names with their year first, the title under them, then
 * the venue (its numbers, or a venue's word). The names' line dates the paper; the line
 * above is no title of theirs. Two names at least: one alone is too weak, unless a colon
 * leads from it to the title ("Dragos Margineantu (2002):"). */
gboolean
_gln_records_try_names_year_first (Records   *records,
                                   int        a,
                                   GPtrArray *names,
                                   gboolean   truncated)
{
  g_auto(ListingFields) fields = { NULL, };
  g_autofree char *year = NULL;
  int t = _gln_listing_next_nonblank (records->page, a);
  int v = t >= 0 ? _gln_listing_next_nonblank (records->page, t) : -1;
  g_autoptr(GPtrArray) below = NULL;
  gboolean cut;
  const char *text = line_at (records, a)->text;

  if ((names->len < 2 && !truncated && !g_str_has_suffix (text, "):")) ||
      (year = closing_year (text)) == NULL ||
      t < 0 || !_gln_records_is_title_line (line_at (records, t)))
    return FALSE;
  _gln_listing_fields_init (&fields, records->page->year);
  if (v >= 0 && (line_at (records, v)->kind == KIND_TEXT || line_at (records, v)->kind == KIND_META) &&
      line_at (records, v)->label == LABEL_NONE &&
      (below = _gln_records_authors_of (line_at (records, v), &cut, NULL)) == NULL &&
      closing_year (line_at (records, v)->text) == NULL)
    {
      _gln_listing_find_venue_line (&fields, line_at (records, v)->text);
      if (fields.venue == NULL && strpbrk (line_at (records, v)->text, "0123456789") != NULL)
        fields.venue = g_strdup (line_at (records, v)->text);
      if (fields.venue != NULL)
        mark (records, v);
    }
  _gln_listing_set_shown_date (&fields, year, (int) g_ascii_strtoll (year, NULL, 10), 0, 0);
  take_names_and_title (records, &fields, a, t, names, truncated);
  _gln_records_finish_record (records, &fields);

  return TRUE;
}
