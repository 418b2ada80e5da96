/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include "gln-listing-citation-private.h"

#include <string.h>

/* The dates of citations, kept as the page shows them: a year standing alone, with the
 * month and day before it ("Nov. 2020", "April 12, 2017", "July, 2010", "15 November
 * 2019") or after it ("2023 Apr 26"), in a venue part or on a line of its own. */

static const char * const month_names[] = {
  "january", "february", "march", "april", "may", "june", "july", "august", "september",
  "october", "november", "december",
};

/* A year 1900–2099 standing alone at s. */
int
_gln_listing_year_at (const char *text,
                      const char *s)
{
  gsize dash;

  if (!_gln_listing_opens_century (s) ||
      !g_ascii_isdigit (s[2]) || !g_ascii_isdigit (s[3]) || g_ascii_isalnum (s[4]))
    return 0;
  if (s > text && (g_ascii_isalnum (s[-1]) || s[-1] == '/' || s[-1] == '.'))
    return 0;
  /* The last page of a range: "pp. 1888–1905", "1888-1905", "1888--1905" (BibTeX's). */
  if (s - text >= 4 && (s[-1] == '-' || g_str_has_prefix (s - 3, "–")) &&
      g_ascii_isdigit (s[s[-1] != '-' ? -4 : s - text >= 5 && s[-2] == '-' ? -3 : -2]))
    return 0;
  /* The first page of a range of four digits: "2023-2033, 2013", "2060--2067". */
  dash = s[4] != '-' ? 0 : s[5] == '-' ? 2 : 1;
  if ((dash > 0 && strspn (s + 4 + dash, "0123456789") == 4 && !g_ascii_isalnum (s[8 + dash])) ||
      (g_str_has_prefix (s + 4, "–") && strspn (s + 7, "0123456789") == 4 &&
       !g_ascii_isalnum (s[11])))
    return 0;

  return (int) g_ascii_strtoll (s, NULL, 10);
}

/* The month a word names ("Apr", "June", "Sept"), or 0. */
static int
month_of (const char *word,
          gsize       len)
{
  if (len < 3 || len > 9)
    return 0;
  for (guint m = 0; m < G_N_ELEMENTS (month_names); m++)
    if (len <= strlen (month_names[m]) && g_ascii_strncasecmp (word, month_names[m], len) == 0)
      return m + 1;

  return 0;
}

/* APA's month after the year in its parentheses: ", November)" or ", May 12)" at p, right
 * after the year. Its length without the parenthesis (month and day set), or 0. */
gsize
_gln_listing_month_after_year (const char *p,
                               int        *month,
                               int        *day)
{
  gsize w;
  gsize d;

  if (p[0] != ',' || p[1] != ' ' || !g_ascii_isupper (p[2]))
    return 0;
  w = strspn (p + 2, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
  if ((*month = month_of (p + 2, w)) == 0)
    return 0;
  w += 2 + (p[2 + w] == '.');
  d = p[w] == ' ' ? strspn (p + w + 1, "0123456789") : 0;
  if (d > 0 && d <= 2 && p[w + 1 + d] == ')')
    {
      *day = (int) g_ascii_strtoll (p + w + 1, NULL, 10);
      return w + 1 + d;
    }
  *day = 0;

  return p[w] == ')' ? w : 0;
}

/* Whether the year at p names a special issue's meeting, not the paper's date:
 * "(special issue of GIW 2018), accepted, 2019". */
static gboolean
names_special_issue (const char *venue,
                     const char *p)
{
  const char *open = p;

  while (open > venue && open[-1] != '(' && open[-1] != ')')
    open--;
  if (open == venue || open[-1] != '(')
    return FALSE;

  return g_ascii_strncasecmp (open, "special issue", strlen ("special issue")) == 0;
}

/* The day at the end of text before end ("15 " of "15 November 2019"), or at its start
 * ("12, " of "April 12, 2017"): its first character, or NULL. */
static const char *
day_before (const char *text,
            const char *end)
{
  const char *d = end;

  while (d > text && g_ascii_isdigit (d[-1]))
    d--;
  if (d == end || end - d > 2 || (d > text && g_ascii_isalnum (d[-1])))
    return NULL;

  return d;
}

/* Whether a dash stands before the day at d: the end of a range of days ("20 – 23"). */
static gboolean
ends_range (const char *text,
            const char *d)
{
  const char *p = d;

  while (p > text && p[-1] == ' ')
    p--;

  return (p > text && p[-1] == '-') || (p - text >= 3 && g_str_has_prefix (p - 3, "–"));
}

/* Where a date shown with its month before the year begins: "Nov 2020", "Mar. 2026",
 * "November 2019", "April 12, 2017", "July, 2010", "15 November 2019". The month's word
 * starts with a capital, so a word of a title ("mar") is not taken for one. Sets month and
 * day, or returns year when no month stands before it. */
const char *
_gln_listing_month_before (const char *text,
                           const char *year,
                           int        *month,
                           int        *day)
{
  const char *we = year;
  const char *w;
  const char *d = NULL;

  *month = 0;
  *day = 0;
  if (we - text < 4 || (we[-1] != ' ' && we[-1] != ','))
    return year;
  if (we[-1] == ' ')
    we--;
  /* "April 12, 2017", or the month alone before the comma: "July, 2010" ("Jan,2015" typed
   * without the space). */
  if (we[-1] == ',')
    {
      we--;
      if ((d = day_before (text, we)) != NULL)
        {
          if (d - text < 4 || d[-1] != ' ')
            return year;
          we = d - 1;
        }
    }
  if (we[-1] == '.')
    we--;
  w = we;
  while (w > text && g_ascii_isalpha (w[-1]))
    w--;
  /* "February 26 - March 3, 2017" is the end of a range, not the date. */
  if (!g_ascii_isupper (*w) || (w > text && !strchr (" ,(", w[-1])) ||
      (w - text >= 2 && w[-2] == '-') ||
      (*month = month_of (w, we - w)) == 0)
    {
      *month = 0;
      return year;
    }
  if (d != NULL)
    *day = (int) g_ascii_strtoll (d, NULL, 10);
  /* "15 November 2019", but not the last day of "20 – 23 June, 2021". */
  else if (w - text >= 2 && w[-1] == ' ' && (d = day_before (text, w - 1)) != NULL &&
           !ends_range (text, d))
    {
      *day = (int) g_ascii_strtoll (d, NULL, 10);
      w = d;
    }

  return w;
}

/* BibTeX's styles close a citation with its year: "(COCV 2003), ENTCS 82. Elsevier,
 * 2004." dates the paper 2004, not the meeting's year inside its name. The year that ends
 * the venue after a comma, bare, where found stands before it; else found. */
static const char *
closing_year (const char *venue,
              const char *found)
{
  gsize len = strlen (venue);
  const char *y;
  int month;
  int day;

  /* Only over a year that a name holds: "(COCV 2003)", "FOSAD 2007/2008/2009"; "In SODA,
   * 2023, and SICOMP, 2026" is dated by its first. */
  if (found == venue || !(found[-1] == '(' || (found[-1] == ' ' && found - venue >= 2 &&
                                               g_ascii_isalpha (found[-2]))))
    return found;
  /* "…, 2004. [ bib | .pdf ]": the labels of the entry's links after it. */
  while (len > 0 && venue[len - 1] == ' ')
    len--;
  if (len > 0 && venue[len - 1] == ']')
    {
      const char *open = g_strrstr_len (venue, len, " [");

      len = open != NULL ? (gsize) (open - venue) : len;
    }
  while (len > 0 && (venue[len - 1] == ' ' || venue[len - 1] == '.'))
    len--;
  y = venue + len - 4;
  if (len < 6 || y <= found || y[-1] != ' ' || y[-2] != ',' ||
      _gln_listing_year_at (venue, y) == 0 ||
      _gln_listing_month_before (venue, y, &month, &day) != y)
    return found;

  return y;
}

/* The first date of a venue part or line, as the citation shows it: "2023", "2023 Jun",
 * "2023 Apr 26", "Nov. 2020"; a year in parentheses "(2021)" wins over a bare one when
 * prefer_paren. */
gboolean
_gln_listing_find_shown_date (ListingFields *fields,
                              const char    *venue,
                              gboolean       prefer_paren)
{
  const char *found = NULL;
  const char *start;
  const char *end;
  int year = 0;
  int month = 0;
  int day = 0;
  gboolean found_paren = FALSE;
  gboolean found_month = FALSE;
  g_autofree char *shown = NULL;

  /* A year with its month ("…, March 2021.") wins over a bare one that may name the
   * meeting ("IEICE 2021 Annual Convention"). */
  for (const char *p = venue; *p != '\0'; p++)
    {
      int y = _gln_listing_year_at (venue, p);
      gboolean paren;
      gboolean with_month;

      if (y == 0 || names_special_issue (venue, p))
        continue;
      paren = prefer_paren && p > venue && p[-1] == '(' && p[4] == ')';
      with_month = !paren && !found_paren && !found_month &&
                   _gln_listing_month_before (venue, p, &month, &day) != p;
      if (found == NULL || paren || with_month)
        {
          found = p;
          year = y;
          found_paren = paren;
          found_month = with_month;
        }
      if (!prefer_paren && found_month)
        break;
    }
  if (found == NULL)
    return FALSE;
  found = closing_year (venue, found);
  year = _gln_listing_year_at (venue, found);

  start = _gln_listing_month_before (venue, found, &month, &day);
  end = found + 4;
  if (month == 0 && *end == ' ' && g_ascii_isalpha (end[1]))
    {
      const char *w = end + 1;
      const char *we = w;

      while (g_ascii_isalpha (*we))
        we++;
      if ((month = month_of (w, we - w)) != 0)
        {
          end = we;
          if (*end == ' ' && g_ascii_isdigit (end[1]))
            {
              const char *d = end + 1;
              const char *de = d;

              while (g_ascii_isdigit (*de))
                de++;
              if (de - d <= 2 && !g_ascii_isalnum (*de))
                {
                  day = (int) g_ascii_strtoll (d, NULL, 10);
                  end = de;
                }
            }
        }
    }

  shown = g_strndup (start, end - start);
  _gln_listing_set_shown_date (fields, shown, year, month, day);

  return TRUE;
}

/* A date shown with its month on a line of its own or among other fields ("Virtual
 * Conference, December 2021. (Acceptance rate: …)"); a bare year says too little there. */
gboolean
_gln_listing_find_month_date (ListingFields *fields,
                              const char    *line)
{
  int month;
  int day;

  if (fields->dated || strlen (line) > 160)
    return FALSE;
  for (const char *p = line; *p != '\0'; p++)
    if (_gln_listing_year_at (line, p) != 0 &&
        _gln_listing_month_before (line, p, &month, &day) != p)
      return _gln_listing_find_shown_date (fields, line, FALSE);

  return FALSE;
}

/* "A, B, … (2026)" before a quoted title (Quarto's listings): the year in parentheses
 * after the names, cut off the prefix of length *len with the mark of a long list cut
 * before it. The year, or NULL where the prefix ends otherwise. */
char *
_gln_citation_cut_paren_year (char     *prefix,
                              gsize    *len,
                              gboolean *truncated)
{
  gsize n = *len;
  char *year;

  if (n < 8 || prefix[n - 1] != ')' || prefix[n - 6] != '(' || prefix[n - 7] != ' ' ||
      _gln_listing_year_at (prefix + n - 5, prefix + n - 5) == 0)
    return NULL;
  year = g_strndup (prefix + n - 5, 4);
  prefix[n -= 7] = '\0';
  if (n > 4 && g_str_has_suffix (prefix, ", \u2026"))
    {
      prefix[n -= strlen (", \u2026")] = '\0';
      *truncated = TRUE;
    }
  *len = n;

  return year;
}

/* "a)", "in press)", " in press)", " )": what may stand after an APA year, in its
 * parentheses: a letter for a second paper of the year, the state of one not yet out. */
gboolean
_gln_listing_apa_year_note (const char *p)
{
  p += *p == ' ';

  return (g_ascii_islower (p[0]) && p[1] == ')') || g_str_has_prefix (p, "in press)") ||
         *p == ')';
}

/* The year of an APA citation at p, "2009" of "(2009a)" and "(2011in press)" too; or 0. */
int
_gln_listing_apa_year_at (const char *line,
                          const char *p)
{
  char year[5];

  if (!g_ascii_isdigit (p[0]) || !g_ascii_isdigit (p[1]) || !g_ascii_isdigit (p[2]) ||
      !g_ascii_isdigit (p[3]) || !g_ascii_islower (p[4]) || !_gln_listing_apa_year_note (p + 4))
    return _gln_listing_year_at (line, p);
  memcpy (year, p, 4);
  year[4] = '\0';

  return p > line && g_ascii_isdigit (p[-1]) ? 0 : _gln_listing_year_at (year, year);
}
