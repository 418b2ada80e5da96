/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include "gln-listing-citation-private.h"

#include <string.h>

/* A conference contribution as hand-made lists show it, the title in quotes first, then
 * the names, initials first, the speaker marked, then the meeting, its place and its date:
 *
 *   "Title of the paper" (invited), L. Brandt*, S. K. Iyer, Photonics Meeting 2017,
 *   San Diego, CA, USA, August 6-10, 2017.
 *
 * A table cell may lose the comma after the last name ("S. Iyer Conference on Lasers
 * 2015, …") or break before the place; a link's label may follow the date ("… 2015.
 * Video of the talk"). A talk shows its title, where and when it was given, and no names
 * ("Title", Department of Physics, …): no paper. The date is the year, or the day when a
 * single one is shown ("April 12, 2017"); a range of days is no date of its own. */

#define MAX_QUOTED_FIRST 2000

/* The length of an initial at p: "S.", "Zh.", "V", "C.-C."; 0 if none. */
static gsize
initial_length (const char *p)
{
  gsize n = 0;

  for (;;)
    {
      gsize k = 0;

      if (!g_ascii_isupper (p[n]))
        return 0;
      k = g_ascii_islower (p[n + 1]) && p[n + 2] == '.' ? 3 : p[n + 1] == '.' ? 2 : 1;
      n += k;
      /* "C.-C.": a hyphenated pair of initials. */
      if (p[n] == '-' && p[n - 1] == '.')
        {
          n++;
          continue;
        }
      /* "S.W.": initials run together. */
      if (p[n - 1] == '.' && g_ascii_isupper (p[n]) && (p[n + 1] == '.' || p[n + 1] == ' '))
        continue;
      break;
    }

  return p[n] == ' ' ? n : 0;
}

/* The length of a family name at p: "Shalev", "Lozano-Pérez", "O'Neil", up to a space, a
 * comma, a mark or the end; 0 if none. */
static gsize
family_length (const char *p)
{
  const char *q = p;
  gboolean lower = FALSE;

  if (!g_unichar_isupper (g_utf8_get_char (p)))
    return 0;
  while (*q != '\0' && *q != ' ' && *q != ',' && *q != '*' && *q != '#')
    {
      gunichar c = g_utf8_get_char (q);

      if (g_unichar_islower (c))
        lower = TRUE;
      else if (!g_unichar_isalpha (c) && *q != '-' && *q != '\'')
        return 0;
      q = g_utf8_next_char (q);
    }

  return lower ? (gsize) (q - p) : 0;
}

/* The length of a name written initials first at p, with the speaker's mark: "S. Bogdanov*",
 * "A. V. Kildishev"; 0 if none. */
static gsize
name_length (const char *p)
{
  gsize n = 0;
  gsize k;
  guint initials = 0;

  while ((k = initial_length (p + n)) > 0)
    {
      n += k + 1;
      initials++;
    }
  if (initials == 0 || initials > 4 || (k = family_length (p + n)) == 0)
    return 0;
  n += k;
  n += strspn (p + n, "*#");

  return n;
}

/* The title in quotes at the start of line, and where the rest begins past a note in
 * parentheses ("(invited)"). */
static gboolean
read_title (const char  *line,
            const char **title,
            gsize       *len,
            const char **rest)
{
  gboolean straight = *line == '"';
  const char *close;
  const char *after;

  *title = straight ? line + 1 : line + strlen ("“");
  if ((close = strstr (*title, straight ? "\"" : "”")) == NULL)
    return FALSE;
  *len = close - *title;
  while (*len > 0 && strchr (",. ", (*title)[*len - 1]) != NULL)
    (*len)--;
  after = close + (straight ? 1 : strlen ("”"));
  after += strspn (after, ", ");
  if (*after == '(')
    {
      const char *shut = strchr (after, ')');

      if (shut == NULL || shut - after > 40)
        return FALSE;
      after = shut + 1;
      after += strspn (after, ", ");
    }
  *rest = after;

  return *len > 0;
}

/* The date that closes the venue: its year at y, with the month and day before it
 * ("November 2019", "April 12, 2017") when the venue shows them. */
static void
set_date (ListingFields *fields,
          const char    *venue,
          const char    *y,
          int            year)
{
  int month;
  int day;
  const char *start = _gln_listing_month_before (venue, y, &month, &day);
  g_autofree char *shown = g_strndup (start, y + 4 - start);

  _gln_listing_set_shown_date (fields, shown, year, month, day);
}

/* The year that closes the venue, perhaps with a link's short label after it; NULL if
 * none. */
static const char *
closing_year (const char *venue,
              int        *year)
{
  const char *last = NULL;

  for (const char *p = venue; *p != '\0'; p++)
    {
      int y = g_ascii_isdigit (*p) ? _gln_listing_year_at (venue, p) : 0;

      if (y != 0)
        {
          last = p;
          *year = y;
          p += 3;
        }
    }
  if (last == NULL)
    return NULL;
  /* "2015.", "2015,", "2015. Video of the talk" */
  for (const char *p = last + 4; *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      return NULL;
  if (last[4] != '\0' && strchr (".,", last[4]) == NULL)
    return NULL;
  if (last[4] != '\0' && last[5] != '\0' && _gln_listing_count_words_upto (last + 5, 6) > 5)
    return NULL;

  return last;
}

gboolean
_gln_listing_parse_quoted_first (const char    *line,
                                 ListingFields *fields)
{
  g_autoptr(GPtrArray) names = NULL;
  const char *title;
  const char *p;
  const char *year_at;
  gsize title_len;
  int year = 0;
  char *comma;
  g_autofree char *venue = NULL;

  if ((*line != '"' && !g_str_has_prefix (line, "“")) || strlen (line) > MAX_QUOTED_FIRST ||
      !read_title (line, &title, &title_len, &p))
    return FALSE;
  names = g_ptr_array_new_with_free_func (g_free);
  for (;;)
    {
      const char *name = g_str_has_prefix (p, "and ") ? p + 4 : p;
      gsize n = name_length (name);

      if (n == 0)
        break;
      g_ptr_array_add (names, g_strndup (name, n));
      p = name + n;
      /* "P. V. Kapitanova , A. Akimov", "A. Lagutchev,V. M. Shalaev": hand-typed commas. */
      if (p[0] == ' ' && p[1] == ',')
        p++;
      if (p[0] == ',')
        p += p[1] == ' ' ? 2 : 1;
      else if (p[0] == ' ' && g_ascii_isupper (p[1]) && names->len >= 2)
        {
          /* "A. V. Kildishev Conference on …": the comma lost. */
          p++;
          break;
        }
      else
        return FALSE;
    }
  if (names->len == 0 || (year_at = closing_year (p, &year)) == NULL || year_at == p)
    return FALSE;
  venue = g_strndup (p, year_at + 4 - p);
  if (!_gln_citation_set_title (fields, title, title_len))
    return FALSE;
  _gln_citation_keep_authors (fields, names, FALSE);
  set_date (fields, venue, venue + (year_at - p), year);
  /* The meeting's name, before its place. */
  if ((comma = strstr (venue, ", ")) != NULL)
    *comma = '\0';
  _gln_citation_find_venue_fields (fields, venue);

  return TRUE;
}
