/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include "gln-listing-private.h"

#include <string.h>

/* A paragraph that shows where a paper appeared rather than what it says: a citation the
 * readers could not take apart ("Title (with A) arXiv (2024/5/2) Graphs Combin. 40 (2024),
 * no. 6, Paper No. 111, 3 pp."), or a venue with notes ("Memorias XX Congreso, 2003.
 * Volume 36 of Revista, 2004."). No such paragraph is stored as an abstract. */

/* Longer than this, or with more sentences, a paragraph is prose whatever it cites. */
#define MAX_VENUE_TEXT_BYTES 500
#define MAX_VENUE_TEXT_BREAKS 2
/* How far into a paragraph a citation's dashed year may stand. */
#define MAX_DASHED_YEAR_BYTES 300

static gboolean
starts_number (const char *p)
{
  return g_ascii_isdigit (*p);
}

/* "Vol. 5", "Vol.263", "vol 71", "Volume 38", "no. 6", "Paper No. 111", "pp. 537",
 * "p. 212": whether a label a citation puts before its numbers stands before the number
 * at p. */
static gboolean
labelled_number_at (const char *text,
                    const char *p)
{
  static const struct
  {
    const char *word;
    gboolean    period;  /* whether the period after it is required */
  } labels[] = {
    { "Vol", FALSE }, { "vol", FALSE }, { "Volume", FALSE }, { "no", TRUE }, { "No", TRUE },
    { "pp", TRUE }, { "p", TRUE },
  };
  const char *end = p;
  const char *word;
  gboolean period = FALSE;

  if (end > text && end[-1] == ' ')
    end--;
  if (end > text && end[-1] == '.')
    {
      end--;
      period = TRUE;
    }
  for (word = end; word > text && g_ascii_isalpha (word[-1]); word--)
    ;
  if (word == end)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if ((gsize) (end - word) == strlen (labels[i].word) &&
        memcmp (word, labels[i].word, end - word) == 0 && (period || !labels[i].period))
      return TRUE;

  return FALSE;
}

/* "(2009), 68-73", "(1995) 127-145": the pages after a year in parentheses. */
static gboolean
year_pages_at (const char *text,
               const char *p)
{
  const char *q = p + 6;

  if (*p != '(' || _gln_listing_year_at (text, p + 1) == 0 || p[5] != ')')
    return FALSE;
  if (*q == ',')
    q++;
  if (*q != ' ' || !starts_number (q + 1))
    return FALSE;
  for (q++; g_ascii_isdigit (*q); q++)
    ;

  return *q == '-' || g_str_has_prefix (q, "\u2013");
}

/* "53(6): 1200", "34(8), 3497", "162: 103930", "166:113-130", "204 (2024) 643", "8 pp.":
 * a volume with its issue, year or pages, or a count of pages, after a number at p. */
static gboolean
volume_numbers_at (const char *text,
                   const char *p)
{
  const char *q = p;

  if ((p > text && (g_ascii_isalnum (p[-1]) || p[-1] == '.')) || !starts_number (p))
    return FALSE;
  while (g_ascii_isdigit (*q))
    q++;
  /* "Math. Program. 204 (2024) 643-676": a volume before its year. */
  if (*q == ' ' && q[1] == '(' && _gln_listing_year_at (text, q + 2) != 0 && q[6] == ')')
    return TRUE;
  if (*q == '(' && g_ascii_isdigit (q[1]))
    {
      for (q++; g_ascii_isdigit (*q); q++)
        ;
      return *q == ')' && (q[1] == ':' || q[1] == ',');
    }
  /* Not a time of day ("21:14 CET"): pages follow the colon at once with three digits
   * or a range, or after a space. */
  if (*q == ':' && q[1] == ' ')
    return starts_number (q + 2);
  if (*q == ':' && starts_number (q + 1))
    {
      const char *r = q + 1;

      while (g_ascii_isdigit (*r))
        r++;
      return r - (q + 1) >= 3 || *r == '-' || g_str_has_prefix (r, "\u2013");
    }

  return g_str_has_prefix (q, " pp.");
}

/* Whether the text shows a citation's numbers (see above) anywhere, or "(eds. " before
 * the editors of a book a chapter appeared in. Only a number or a parenthesis is looked
 * at closely. */
static gboolean
shows_citation_numbers (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '(' && (g_str_has_prefix (p, "(eds. ") || g_str_has_prefix (p, "(ed. ") ||
                        year_pages_at (text, p)))
        return TRUE;
      if (g_ascii_isdigit (*p) && (p == text || !g_ascii_isdigit (p[-1])) &&
          (volume_numbers_at (text, p) || labelled_number_at (text, p)))
        return TRUE;
    }

  return FALSE;
}

/* The number of sentences that end in text before a capital ("…ends. The next"), counted
 * up to limit + 1: 0 for text of one sentence. */
guint
_gln_listing_count_breaks_upto (const char *text,
                                guint       limit)
{
  guint breaks = 0;

  for (const char *p = strstr (text, ". "); p != NULL && breaks <= limit; p = strstr (p + 2, ". "))
    if (g_unichar_isupper (g_utf8_get_char (p + 2)) && _gln_listing_is_sentence_break (text, p))
      breaks++;

  return breaks;
}

/* Whether the first sentence of text names a venue with its year ("15th International
 * Conference on … (FoSSaCS 2012). The original publication is available at …"). */
static gboolean
opens_with_venue (const char *text)
{
  const char *end;
  g_autofree char *first = NULL;

  for (end = strstr (text, ". "); end != NULL && !_gln_listing_is_sentence_break (text, end);
       end = strstr (end + 2, ". "))
    ;
  if (end == NULL)
    return FALSE;
  first = g_strndup (text, end + 1 - text);

  return _gln_listing_is_venue_sentence (first);
}

/* "Title of the chapter - 2020 - E. Hein. In Handbook …": a one-line citation that
 * parts its title from its names with the year between two dashes. */
static gboolean
shows_dashed_year (const char *text)
{
  for (const char *p = strstr (text, " - "); p != NULL && p - text < MAX_DASHED_YEAR_BYTES;
       p = strstr (p + 3, " - "))
    if (p > text && _gln_listing_year_at (p + 3, p + 3) != 0 && g_str_has_prefix (p + 7, " - "))
      return TRUE;

  return FALSE;
}

gboolean
_gln_listing_reads_as_venue_text (const char *text)
{
  if (strnlen (text, MAX_VENUE_TEXT_BYTES + 1) > MAX_VENUE_TEXT_BYTES ||
      _gln_listing_count_breaks_upto (text, MAX_VENUE_TEXT_BREAKS) > MAX_VENUE_TEXT_BREAKS)
    return FALSE;
  /* The year last, the dearest test: a venue sentence asks for its own. */
  if (shows_citation_numbers (text))
    return _gln_listing_find_year (text) != 0;
  if (shows_dashed_year (text))
    return TRUE;

  return opens_with_venue (text);
}
