/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include "gln-listing-citation-private.h"

#include <string.h>

/* Citations whose title single curly quotes set off, after "Family, I." names, as a CV
 * kept in Markdown (R Markdown, Quarto) writes them by hand:
 *
 *   "Brandt, L.(*), Iyer, S.(), and Okafor, M. ‘Title’. Journal*, 2024: 50(10), 291-394."
 *   "Okafor M.V., Brandt, L. 2021. ‘Title.’ Working Paper WP-2021-005."
 *   "Okafor, M.. ‘Title’. (Status: drafting; to submit to Journal)"
 *
 * A name may carry the page's mark of a trainee, co-first or senior author: "(*)", "(+)",
 * "(#)", or "()" where Markdown took the star for emphasis; they are kept as shown. A
 * name's initials may come without its comma ("Okafor M.V."), its period may be doubled
 * before the title ("M.."), and a year may follow the names. The double-quoted styles
 * are read in gln-listing-citation-styles.c: a line with a double quote is theirs. */

#define OPEN_QUOTE "\u2018"
#define CLOSE_QUOTE "\u2019"
#define MAX_NAMES_BYTES 2000
#define MAX_NAMES 64

/* The length of a mark "(*)", "(+)", "(#)" or "()" that ends text[0:len], or 0. */
static gsize
mark_length (const char *text,
             gsize       len)
{
  if (len >= 2 && text[len - 2] == '(' && text[len - 1] == ')')
    return 2;
  if (len >= 3 && text[len - 3] == '(' && text[len - 1] == ')' && strchr ("*+#", text[len - 2]))
    return 3;

  return 0;
}

/* "M.", "M.Y.C", "A. G.", "J-P.", "BS.", "M": a name's initials, one or two capitals a
 * group, without a mark. */
static gboolean
is_initials (const char *text,
             gsize       len)
{
  gsize i = 0;
  guint groups = 0;

  while (i < len)
    {
      gsize caps = 0;

      while (i < len && g_ascii_isupper (text[i]) && caps < 2)
        i++, caps++;
      if (caps == 0 || ++groups > 5)
        return FALSE;
      /* "BS.": two capitals close with a period. */
      if (caps == 2 && (i >= len || text[i] != '.'))
        return FALSE;
      if (i < len && text[i] == '.')
        i++;
      if (i < len && (text[i] == ' ' || text[i] == '-'))
        i++;
    }

  return groups > 0;
}

/* The length of " III" or " Jr" that ends a family name ("Coombs III G."), or 0. */
static gsize
generation_length (const char *family)
{
  static const char * const generations[] = { " Jr", " Jr.", " Sr", " II", " III", " IV" };

  for (guint i = 0; i < G_N_ELEMENTS (generations); i++)
    if (g_str_has_suffix (family, generations[i]) && strlen (family) > strlen (generations[i]))
      return strlen (generations[i]);

  return 0;
}

/* Adds the name family[0:family_len] with the initials and mark that follow as shown
 * ("Okafor, M.V.(*)" or "Okafor M.V."), a doubled period taken off. FALSE if given is no
 * initials. */
static gboolean
add_name (GPtrArray  *names,
          const char *family,
          gsize       family_len,
          const char *sep,
          const char *given)
{
  gsize len = strlen (given);
  gsize mark = mark_length (given, len);
  g_autofree char *initials = g_strndup (given, len - mark);
  g_autofree char *bare = g_strndup (family, family_len);
  gsize n = len - mark;
  gsize generation = generation_length (bare);

  if (n >= 2 && initials[n - 1] == '.' && initials[n - 2] == '.')
    initials[--n] = '\0';
  if (!is_initials (initials, n))
    return FALSE;
  if (generation > 0)
    bare[family_len - generation] = '\0';
  if (!_gln_citation_looks_like_family_name (bare))
    return FALSE;
  if (generation > 0)
    bare[family_len - generation] = ' ';
  g_ptr_array_add (names, g_strdup_printf ("%s%s%s%s", bare, sep, initials, given + len - mark));

  return TRUE;
}

/* "Okafor, M.(*), Brandt L.V., and Iyer, S." → the names, or NULL unless every piece is
 * one. */
static GPtrArray *
parse_names (const char *text)
{
  g_autoptr(GString) list = g_string_new (text);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) pieces = NULL;

  g_string_replace (list, ", and ", ", ", 0);
  g_string_replace (list, " and ", ", ", 0);
  pieces = g_strsplit (list->str, ", ", MAX_NAMES * 2);
  for (guint i = 0; pieces[i] != NULL; i++)
    {
      const char *space = strrchr (pieces[i], ' ');

      /* "Okafor M.V.": the initials in the same piece. */
      if (space != NULL && space[1] != '\0' && strchr (space, '.') != NULL &&
          add_name (names, pieces[i], space - pieces[i], " ", space + 1))
        continue;
      if (pieces[i + 1] == NULL ||
          !add_name (names, pieces[i], strlen (pieces[i]), ", ", pieces[i + 1]))
        return NULL;
      i++;
    }

  return names->len > 0 ? g_steal_pointer (&names) : NULL;
}

/* The closing quote of the title opened before p: a "’" not within a word ("Alzheimer’s"
 * goes on). */
static const char *
find_close (const char *p)
{
  for (const char *q = strstr (p, CLOSE_QUOTE); q != NULL; q = strstr (q + 1, CLOSE_QUOTE))
    {
      gunichar next = g_utf8_get_char (q + strlen (CLOSE_QUOTE));

      if (q > p && q[-1] != ' ' && !g_unichar_isalnum (next))
        return q;
    }

  return NULL;
}

/* "Brandt, L. 2022.": the year after the names, cut off into *year. */
static void
cut_year (char  *names,
          char **year)
{
  gsize len = strlen (names);

  if (len > 0 && names[len - 1] == '.')
    len--;
  if (len < 6 || names[len - 5] != ' ' || _gln_listing_year_at (names, names + len - 4) == 0)
    return;
  *year = g_strndup (names + len - 4, 4);
  names[len - 5] = '\0';
}

gboolean
_gln_listing_parse_single_quoted (const char    *line,
                                  ListingFields *fields)
{
  const char *open = strstr (line, OPEN_QUOTE);
  const char *title;
  const char *close;
  const char *venue;
  g_autofree char *prefix = NULL;
  g_autofree char *year = NULL;
  g_autoptr(GPtrArray) names = NULL;
  gsize len;

  if (open == NULL || open - line < 3 || open - line > MAX_NAMES_BYTES || open[-1] != ' ' ||
      memchr (line, '"', open - line) != NULL || strstr (line, "\u201c") != NULL)
    return FALSE;
  title = open + strlen (OPEN_QUOTE);
  if ((close = find_close (title)) == NULL)
    return FALSE;
  prefix = g_strndup (line, open - line);
  g_strchomp (prefix);
  /* "Okafor, M.(#). ‘Title’": the period after a mark, the comma of Chicago's names. */
  if ((len = strlen (prefix)) > 0 && (prefix[len - 1] == ',' ||
                                      (len > 1 && prefix[len - 1] == '.' && prefix[len - 2] == ')')))
    prefix[len - 1] = '\0';
  cut_year (prefix, &year);
  if ((names = parse_names (prefix)) == NULL)
    return FALSE;
  len = close - title;
  while (len > 0 && strchr (",. ", title[len - 1]) != NULL)
    len--;
  if (!_gln_citation_set_title (fields, title, len))
    return FALSE;
  venue = close + strlen (CLOSE_QUOTE);
  venue += strspn (venue, ".,; ");
  if (year != NULL)
    _gln_listing_set_shown_date (fields, year, _gln_listing_year_at (year, year), 0, 0);
  else
    _gln_listing_find_shown_date (fields, venue, FALSE);
  _gln_citation_keep_authors (fields, names, FALSE);
  if (*venue != '\0')
    _gln_citation_find_venue_fields (fields, venue);

  return TRUE;
}
