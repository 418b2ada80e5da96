/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include "gln-listing-records-private.h"

#include <string.h>

/* Whether the line under the author line at a shows a year, as a venue does ("Venue,
 * 2021.", "submitted to Venue, 2021."), and is no line of names itself. */
static gboolean
dated_below (Records *records,
             int      a)
{
  int v = _gln_listing_next_nonblank (records->page, a);
  ListingLine *line;
  g_autoptr(GPtrArray) names = NULL;
  gboolean truncated;

  if (v < 0)
    return FALSE;
  line = line_at (records, v);
  if (line->kind == KIND_BLANK || line->kind == KIND_CHROME || line->kind == KIND_RECORD ||
      _gln_listing_find_year (line->text) == 0)
    return FALSE;
  names = _gln_records_authors_of (line, &truncated, NULL);

  return names == NULL;
}

/* A title of capitalized words only may read as one person's name: "Self-Paced Cross-Modal
 * Subspace Matching". Over a line of several names, with the venue and its year under
 * them, it is the title: a person's name does not stand over a list of others. Four words
 * at least, one name alone and without a comma. */
gboolean
_gln_records_is_name_like_title (Records    *records,
                                 int         t,
                                 int         a,
                                 GPtrArray  *names,
                                 const char *venue)
{
  ListingLine *title = line_at (records, t);
  g_autoptr(GPtrArray) own = NULL;
  const char *own_venue = NULL;
  gboolean truncated;

  if (names->len < 2 || title->kind != KIND_TEXT || title->label != LABEL_NONE ||
      strchr (title->text, ',') != NULL || _gln_listing_count_words_upto (title->text, 4) < 4)
    return FALSE;
  own = _gln_records_authors_of (title, &truncated, &own_venue);
  if (own == NULL || own->len != 1 || truncated || own_venue != NULL)
    return FALSE;

  return venue != NULL ? _gln_listing_find_year (venue) != 0 : dated_below (records, a);
}

/* Whether the line at t is such a title over the author line at a (see above). */
gboolean
_gln_records_is_name_like_title_over (Records *records,
                                      int      t,
                                      int      a)
{
  g_autoptr(GPtrArray) names = NULL;
  const char *venue = NULL;
  gboolean truncated;

  if (line_at (records, t)->kind != KIND_TEXT ||
      (names = _gln_records_authors_of (line_at (records, a), &truncated, &venue)) == NULL)
    return FALSE;

  return _gln_records_is_name_like_title (records, t, a, names, venue);
}
