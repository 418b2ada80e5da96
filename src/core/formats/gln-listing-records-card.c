/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include "gln-listing-records-private.h"

#include <string.h>

/* The cards of a site generator's listing (Quarto's, for one), each a block of lines:
 *
 *   "Title of the paper"
 *   "Bayesian analysis"                  its categories, a few words a line
 *   "health economics"
 *   "We propose a model for … …"         a teaser cut short, perhaps
 *   "Sep 16, 2025"                       the date alone
 *   "Ann Lee, Bo Chen"                   the authors
 *
 * The date and the names under it tell the card; its title is the first line of the block,
 * or the second under a short heading ("ACL", "Journal article"), the lines between are the
 * card's tags and teaser, neither title nor abstract. */

#define MAX_CARD_LINES 12
#define MAX_TAG_WORDS 4
#define MAX_TAG_BYTES 40

/* "Bayesian analysis", "R", "Journal article": a category of the card. */
static gboolean
is_tag (const ListingLine *line)
{
  return (line->kind == KIND_TEXT || line->kind == KIND_META) && line->label == LABEL_NONE &&
         strlen (line->text) <= MAX_TAG_BYTES &&
         _gln_listing_count_words_upto (line->text, MAX_TAG_WORDS + 1) <= MAX_TAG_WORDS &&
         strstr (line->text, ". ") == NULL;
}

/* A line between the title and the date: a tag, or the teaser right above the date. */
static gboolean
is_card_line (const ListingLine *line,
              gboolean           last)
{
  if (is_tag (line))
    return TRUE;

  return last && (line->kind == KIND_TEXT || line->kind == KIND_ABSTRACT) &&
         line->label == LABEL_NONE;
}

/* Whether line i opens a block: the page's first, or under a blank, the page's chrome or
 * the card before, read already. */
static gboolean
opens_block (Records *records,
             int      i)
{
  ListingLineKind above = i > 0 ? line_at (records, i - 1)->kind : KIND_BLANK;

  return above == KIND_BLANK || above == KIND_CHROME || above == KIND_RECORD;
}

/* The title of the card whose date is line d, or -1; *start is set to the card's first
 * line. Up from the date: the teaser, when a line of the card is above it, the tags, then
 * the title, with a short heading over it that opens the block ("ACL", "SPARC"). */
static int
card_title (Records *records,
            int      d,
            int     *start)
{
  int t = d - 1;

  if (t < 0 || line_at (records, t)->kind == KIND_BLANK)
    return -1;
  if (!is_tag (line_at (records, t)) && !opens_block (records, t))
    {
      if (!is_card_line (line_at (records, t), TRUE))
        return -1;
      t--;
    }
  while (t >= 0 && d - t <= MAX_CARD_LINES && is_tag (line_at (records, t)) &&
         !opens_block (records, t))
    t--;
  if (t < 0 || d - t > MAX_CARD_LINES || line_at (records, t)->kind == KIND_BLANK ||
      !_gln_records_is_title_line (line_at (records, t)))
    return -1;
  *start = t;
  if (t > 0 && !opens_block (records, t) && is_tag (line_at (records, t - 1)) &&
      opens_block (records, t - 1))
    *start = t - 1;

  return t;
}

gboolean
_gln_records_try_dated_card (Records *records,
                             int      d)
{
  g_auto(ListingFields) fields = { NULL, };
  g_autoptr(GPtrArray) names = NULL;
  ListingLine *date = line_at (records, d);
  ListingLine *title;
  gboolean truncated = FALSE;
  int s;
  int t;

  /* The lines above first, a few: the names under the date are the dearer to read, and an
   * abstract under a date is none. */
  if (date->kind != KIND_META || date->meta != META_DATE || date->label != LABEL_NONE ||
      d + 1 >= (int) records->page->lines->len ||
      (line_at (records, d + 1)->kind != KIND_TEXT && line_at (records, d + 1)->kind != KIND_META) ||
      (t = card_title (records, d, &s)) < 0 ||
      (names = _gln_records_authors_of (line_at (records, d + 1), &truncated, NULL)) == NULL)
    return FALSE;
  title = line_at (records, t);
  _gln_listing_fields_init (&fields, records->page->year);
  fields.title = g_strdup (title->text);
  fields.authors = g_steal_pointer (&names);
  fields.truncated = truncated;
  _gln_records_read_trailing (&fields, date);
  fields.line = title->number;
  for (int k = s; k <= d + 1; k++)
    mark (records, k);
  _gln_records_finish_record (records, &fields);

  return TRUE;
}

/* The venue and the year a card shows over its title (Hugo themes, for one), joined by a
 * middle dot and perhaps in capitals:
 *
 *   "J STRUCT ENG · 2025"                the venue and the year
 *   "Title of the paper"
 *   "Ann Lee, Bo Chen"                   the authors
 *   "A sentence on what it found."       the card's teaser, no abstract
 *   "PDF DOI Details"                    its buttons
 *
 * Returns where the year starts in text, or NULL when the line is none. */
#define MAX_BADGE_VENUE_WORDS 8
#define MAX_BADGE_BYTES 100

static const char *
venue_badge_year (const char *text)
{
  static const char dot[] = " \u00b7 ";
  gsize len = strnlen (text, MAX_BADGE_BYTES + 1);
  const char *year;

  /* The year last, then the dot before it: most lines end otherwise. */
  if (len < 10 || len > MAX_BADGE_BYTES || !g_ascii_isdigit (text[len - 1]))
    return NULL;
  year = text + len - 4;
  if (memcmp (year - strlen (dot), dot, strlen (dot)) != 0 || _gln_listing_year_at (text, year) == 0 ||
      !g_unichar_isupper (g_utf8_get_char (text)))
    return NULL;
  /* The venue: a name of a few words, without a citation's commas or a second dot. */
  if (strpbrk (text, ",;:|") != NULL || strstr (text, dot) != year - strlen (dot) ||
      _gln_listing_count_words_upto (text, MAX_BADGE_VENUE_WORDS + 2) > MAX_BADGE_VENUE_WORDS + 1)
    return NULL;

  return year;
}

gboolean
_gln_records_is_venue_badge (const ListingLine *line)
{
  return line->kind != KIND_BLANK && line->kind != KIND_RECORD && line->label == LABEL_NONE &&
         venue_badge_year (line->text) != NULL;
}

/* The venue badge over the title at t, read into fields and marked: the line the entry
 * starts at, or -1 when there is none. */
int
_gln_records_take_venue_badge (Records       *records,
                               ListingFields *fields,
                               int            t)
{
  int b = _gln_listing_prev_nonblank (records->page, t);
  ListingLine *line;
  const char *year;
  g_autofree char *venue = NULL;

  if (b < 0 || !_gln_records_is_venue_badge (line = line_at (records, b)))
    return -1;
  year = venue_badge_year (line->text);
  venue = g_strndup (line->text, year - strlen (" \u00b7 ") - line->text);
  _gln_listing_find_venue (fields, venue);
  _gln_listing_set_shown_date (fields, year, (int) g_ascii_strtoll (year, NULL, 10), 0, 0);
  mark (records, b);

  return line->number;
}
