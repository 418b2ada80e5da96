/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include "gln-listing-citation-private.h"

#include <string.h>

/* Citations whose names are written initials first without periods, as a lab's page
 * (kept by hand, or made from a reference manager's export) lists its papers under year
 * headings:
 *
 *   "JD Okafor, A Brandt, ZV Iyer. Title. Journal Name 10: 763. 10.1000/x.2019.1"
 *   "HM van Tol, T-Y Ho & AJ Haddad. Title? Journal 38(3): 391-402."
 *   "ZV Iyer and B Kotrc. Title. In Book Title. Publisher."
 *
 * The line's shape decides it as a whole: every name is one to three capitals (a hyphen
 * between two of them: "T-Y") and a family name of one or two capitalised words with its
 * particles ("van Tol", "Troccoli Ghinaglia"), the names part by ", ", " and ", " & ", and
 * the list ends at ". " (or " (2001) ", the older entries' year) before a capitalised
 * title. A "Family, I" list ("Okafor, JD, Brandt, A.") opens with a word of small letters,
 * never with initials, so it is never read with its names swapped. The page must write
 * three lines so, and the venue show what a citation's does (numbers, "in press", "In" a
 * book), as news lines of the same shape do not. The venue may show no year: the page's
 * year heading dates such an entry (the caller asks for one). */

#define MAX_INITIALS_NAMES 80

static const char * const particles[] = {
  "van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "la", "le", "ter",
  "dos", "das", "st",
};

/* "JD ", "A ", "T-Y ", "FMM ": the initials at p, where they end (after their space) or
 * NULL. */
static const char *
skip_initials (const char *p)
{
  guint letters = 0;

  while (g_ascii_isupper (*p))
    {
      letters++;
      p++;
      if (*p == '-' && g_ascii_isupper (p[1]))
        p++;
    }

  return letters >= 1 && letters <= 3 && *p == ' ' ? p + 1 : NULL;
}

/* "Liefer", "Müller-Karger", "O’Dea", "Schoﬁeld": a capitalised word with small letters;
 * where it ends, or NULL. */
static const char *
skip_capitalised (const char *p)
{
  gboolean lower = FALSE;

  if (!g_unichar_isupper (g_utf8_get_char (p)))
    return NULL;
  p = g_utf8_next_char (p);
  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_islower (c))
        lower = TRUE;
      else if (!g_unichar_isupper (c) && c != '-' && c != '\'' && c != 0x2019)
        break;
      p = g_utf8_next_char (p);
    }

  return lower ? p : NULL;
}

/* A family name at p, "van Tol", "Troccoli Ghinaglia"; where it ends, or NULL. */
static const char *
skip_family (const char *p)
{
  const char *end;
  gsize n = strspn (p, "abcdefghijklmnopqrstuvwxyz");

  while (n > 0 && p[n] == ' ' && _gln_listing_in_list_ci (p, n, particles, G_N_ELEMENTS (particles)) &&
         g_ascii_islower (*p))
    {
      p += n + 1;
      n = strspn (p, "abcdefghijklmnopqrstuvwxyz");
    }
  if ((end = skip_capitalised (p)) == NULL)
    return NULL;
  /* A second word of the family name: not the next name's initials. */
  if (end[0] == ' ' && skip_initials (end + 1) == NULL)
    {
      const char *second = skip_capitalised (end + 1);

      if (second != NULL && (*second == ',' || *second == '.' || g_str_has_prefix (second, " and ") ||
                             g_str_has_prefix (second, " & ")))
        end = second;
    }

  return end;
}

/* What parts the name ending at p from the next: ", ", ", and ", " and ", " & "; where
 * the next name starts, or NULL. */
static const char *
skip_separator (const char *p)
{
  static const char * const separators[] = { ", and ", ", & ", ", ", " and ", " & " };

  for (guint i = 0; i < G_N_ELEMENTS (separators); i++)
    if (g_str_has_prefix (p, separators[i]))
      return p + strlen (separators[i]);

  return NULL;
}

/* " (2001) ": a year in parentheses after the names, where the title follows. */
static gboolean
paren_year_at (const char *p)
{
  return p[0] == ' ' && p[1] == '(' && _gln_listing_year_at (p + 2, p + 2) != 0 && p[6] == ')' &&
         p[7] == ' ';
}

/* The names at the start of line, up to the ". " or " (2001) " that ends them (*end),
 * added to names unless it is NULL (a page's lines are only measured); how many, or 0
 * unless the whole list has the shape. *initials: the most initials one name shows. */
static guint
read_names (const char  *line,
            const char **end,
            guint       *initials,
            GPtrArray   *names)
{
  const char *p = line;

  *initials = 0;
  for (guint n = 1; n <= MAX_INITIALS_NAMES; n++)
    {
      const char *family = skip_initials (p);
      const char *stop;
      const char *next;

      if (family == NULL || (stop = skip_family (family)) == NULL)
        return 0;
      *initials = MAX (*initials, (guint) strspn (p, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"));
      if (names != NULL)
        g_ptr_array_add (names, g_strndup (p, stop - p));
      if ((stop[0] == '.' && stop[1] == ' ') || paren_year_at (stop))
        {
          *end = stop;
          return n;
        }
      if ((next = skip_separator (stop)) == NULL)
        return 0;
      p = next;
    }

  return 0;
}

/* "Title Nature 348: 567-570", "Title? J Phycol 46(1): 1-12": a title that runs on into
 * its journal, no period between them, the citation's volume and pages ending it; where the
 * journal's capitalised words start, or NULL. */
static const char *
run_on_venue (const char *title,
              const char *end)
{
  const char *p = end;
  const char *volume;
  const char *start;

  while (p > title && (g_ascii_isdigit (p[-1]) || p[-1] == '-'))
    p--;
  if (p == end || p - title < 4 || p[-1] != ' ' || p[-2] != ':')
    return NULL;
  p -= 2;
  if (p[-1] == ')')
    for (p--; p > title && p[0] != '('; p--)
      ;
  for (volume = p; p > title && g_ascii_isdigit (p[-1]); p--)
    ;
  if (p == volume || p - title < 2 || p[-1] != ' ')
    return NULL;
  /* Back over the journal's words ("J Phycol", "Science"), to a word that is none. */
  start = NULL;
  for (p--; p > title; p--)
    {
      const char *w = p;

      while (w > title && w[-1] != ' ')
        w--;
      if (w == title || !g_ascii_isupper (*w))
        break;
      start = w;
      p = w - 1;
    }
  if (start == NULL || p <= title)
    return NULL;

  return start;
}

/* Whether what follows the title is a venue as citations show it: with its numbers
 * (volume, pages, year, DOI), "in press", or a book "In" which the work stands. A news
 * line of the same shape ("AI Safety, ML Ops. Our group joins …. Read more.") shows none. */
static gboolean
is_cited_venue (const char *venue)
{
  if (g_str_has_prefix (venue, "In ") || g_str_has_prefix (venue, "In: "))
    return TRUE;
  for (const char *p = venue; *p != '\0'; p++)
    if (g_ascii_isdigit (*p) || ((*p == 'i' || *p == 'I') && g_ascii_strncasecmp (p, "in press", 8) == 0))
      return TRUE;

  return FALSE;
}

/* "JD Okafor, A Brandt. Title. Venue": see above. fields->dated tells whether the venue
 * showed a year. */
gboolean
_gln_listing_parse_initials_first (const char    *line,
                                   ListingFields *fields)
{
  g_autoptr(GPtrArray) names = NULL;
  const char *names_end;
  const char *title;
  const char *title_end;
  const char *venue = NULL;
  const char *run_on;
  guint initials;

  /* Cheap shape checks first: a capital, at most three, then a space. */
  if (!g_ascii_isupper (line[0]) || skip_initials (line) == NULL || strlen (line) > 4000)
    return FALSE;
  names = g_ptr_array_new_with_free_func (g_free);
  if (read_names (line, &names_end, &initials, names) == 0)
    return FALSE;
  /* One name alone ("AB Chen. …") needs two initials: "A Study. …" is a title. */
  if (names->len == 1 && initials < 2)
    return FALSE;
  if (*names_end == ' ')
    {
      g_autofree char *year = g_strndup (names_end + 2, 4);

      _gln_listing_set_shown_date (fields, year, _gln_listing_year_at (year, year), 0, 0);
    }
  title = names_end + 2 + (*names_end == ' ' ? 6 : 0);
  if (!g_unichar_isupper (g_utf8_get_char (title)) ||
      (title_end = _gln_citation_title_end (title, &venue)) == NULL ||
      venue == NULL || *venue == '\0')
    return FALSE;
  if ((run_on = run_on_venue (title, title_end)) != NULL)
    {
      venue = run_on;
      title_end = run_on;
    }
  if ((!fields->dated && !is_cited_venue (venue)) ||
      !_gln_citation_set_title (fields, title, title_end - title) ||
      _gln_listing_count_words_upto (fields->title, 2) < 2)
    return FALSE;
  if (!fields->dated)
    _gln_listing_find_shown_date (fields, venue, TRUE);
  _gln_citation_find_venue_fields (fields, venue);
  _gln_citation_keep_authors (fields, names, FALSE);

  return TRUE;
}

/* Whether line opens as such a citation does: "JD ", "A ", "T-Y ". Asked first, as most
 * lines do not. */
gboolean
_gln_listing_opens_initials (const char *line)
{
  return g_ascii_isupper (line[0]) && skip_initials (line) != NULL;
}

/* Whether the page writes its citations so: three of its lines open with such a list of
 * names. One line alone of that shape ("AI Safety, ML Ops. Notes.") is no evidence. */
gboolean
_gln_listing_page_initials_first (ListingPage *page)
{
  guint shown = 0;

  for (guint i = 0; i < page->lines->len && shown < 3; i++)
    {
      const char *text = _gln_listing_line_at (page, i)->text;
      const char *end;
      guint initials;

      if (text != NULL && g_ascii_isupper (text[0]) && skip_initials (text) != NULL &&
          read_names (text, &end, &initials, NULL) > 0)
        shown++;
    }

  return shown >= 3;
}
