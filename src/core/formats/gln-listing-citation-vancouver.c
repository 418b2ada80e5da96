/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include "gln-listing-citation-private.h"

#include <string.h>

/* Vancouver citations, as medical and life-science lists show them: "Luo G, Liu T, Cai
 * W*. Title of the paper. Venue, 2023 Apr 26;5(3):e22", with the names an export cut to
 * initials ("EM B, Z Z") and "et al."; gln-listing-citation.c tries them among the other
 * styles. */

/* "Cai W*", "Ly KI", "Von Hoff D", "O'Donnell E": family name words, then initials. */
static gboolean
is_initials (const char *tok,
             gsize       len)
{
  gsize upper = 0;

  for (;;)
    {
      if (len > 0 && (tok[len - 1] == '*' || tok[len - 1] == '#'))
        len--;
      else if (len > 3 && (strncmp (tok + len - 3, "†", 3) == 0 || strncmp (tok + len - 3, "‡", 3) == 0))
        len -= 3;
      else
        break;
    }
  for (; upper < len && g_ascii_isupper (tok[upper]); upper++)
    ;

  return upper == len && len >= 1 && len <= 3;
}

static gboolean
is_family_word (const char *tok,
                gsize       len)
{
  gboolean lower = FALSE;

  if (len == 0 || len > 40)
    return FALSE;
  if (!g_unichar_isupper (g_utf8_get_char (tok)))
    return len <= 4 && g_ascii_islower (tok[0]);  /* "de", "van", "von" */
  for (const char *p = g_utf8_next_char (tok); p < tok + len; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_islower (c))
        lower = TRUE;
      else if (!g_unichar_isalpha (c) && c != '-' && c != '\'' && c != 0x2019)
        return FALSE;
    }

  return lower;
}

/* "de Moya", "Perez-Johnston", "Näppi": the family name of a "Surname, I." pair. */
gboolean
_gln_citation_looks_like_family_name (const char *text)
{
  const char *p = text;
  guint words = 0;
  gboolean capital = FALSE;

  while (*p != '\0')
    {
      gsize len = strcspn (p, " ");

      if (!is_family_word (p, len) || ++words > 4)
        return FALSE;
      capital |= g_unichar_isupper (g_utf8_get_char (p));
      p += len;
      if (*p == ' ')
        p++;
    }

  return capital;
}

/* The length of " 3rd" or " Jr" at p, a generation after the initials that closes the
 * name ("Hutchison CA 3rd."), or 0. */
static gsize
generation_length (const char *p)
{
  static const char * const generations[] = { " Jr", " Sr", " 2nd", " 3rd", " 4th" };

  for (guint k = 0; k < G_N_ELEMENTS (generations); k++)
    {
      gsize n = strlen (generations[k]);

      if (strncmp (p, generations[k], n) == 0 && (p[n] == ',' || p[n] == '.'))
        return n;
    }

  return 0;
}

/* "Cai W*", "Von Hoff D", "Hutchison CA 3rd": family name words, then initials; the
 * length of the name at p, or 0. */
static gsize
family_initials_length (const char *line)
{
  const char *p = line;
  guint words = 0;

  for (;;)
    {
      const char *tok = p;

      while (*p != '\0' && *p != ' ' && *p != ',' && *p != '.' && *p != ';' && *p != ':')
        p++;
      if (words > 0 && is_initials (tok, p - tok))
        return p + generation_length (p) - line;
      if (!is_family_word (tok, p - tok) || *p != ' ' || ++words > 4)
        return 0;
      p++;
    }
}

/* "EM", "B", "M-M": a token of capitals alone, as some exports write a whole name. */
static gsize
capitals_length (const char *tok)
{
  gsize len = 0;
  guint letters = 0;

  while (g_ascii_isupper (tok[len]) || (tok[len] == '-' && len > 0 && g_ascii_isupper (tok[len + 1])))
    letters += tok[len++] != '-';

  return letters <= 3 ? len : 0;
}

/* "EM B", "Z Z", "AB M-M": a name whose family name an export cut down to initials,
 * shown as it is; the length of the name at p, or 0. */
static gsize
initials_name_length (const char *p)
{
  gsize first = capitals_length (p);
  gsize second;

  if (first == 0 || p[first] != ' ' || (second = capitals_length (p + first + 1)) == 0 ||
      strchr (",.", p[first + 1 + second]) == NULL || p[first + 1 + second] == '\0')
    return 0;

  return first + 1 + second;
}

/* "PsychENCODE Consortium": a group among the names, between semicolons; the length of
 * its name at p, or 0. */
static gsize
group_name_length (const char *p)
{
  static const char * const groups[] = {
    "Consortium", "Group", "Collaboration", "Investigators", "Network", "Initiative",
  };
  gsize len = strcspn (p, ";,.");
  const char *last;

  if (p[len] != ';' || len > 80 || !g_ascii_isupper (*p))
    return 0;
  last = g_strrstr_len (p, len, " ");
  if (last == NULL)
    return 0;
  last++;
  for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
    if ((gsize) (p + len - last) == strlen (groups[i]) && strncmp (last, groups[i], strlen (groups[i])) == 0)
      return len;

  return 0;
}

/* The Vancouver author list at the start of a line; *rest is where the title starts.
 * *truncated is set when the list ends with "et al.". */
static GPtrArray *
parse_vancouver_authors (const char  *line,
                         const char **rest,
                         gboolean    *truncated)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *p = line;
  gboolean initials_only = FALSE;

  *truncated = FALSE;
  for (;;)
    {
      const char *start;
      gsize len;

      if (g_str_has_prefix (p, "and "))
        p += 4;
      if (names->len > 0 && g_str_has_prefix (p, "et al. "))
        {
          *truncated = TRUE;
          *rest = p + strlen ("et al. ");
          break;
        }
      start = p;
      if ((len = initials_name_length (p)) > 0)
        initials_only = TRUE;
      else if ((len = family_initials_length (p)) == 0 &&
               (names->len == 0 || p[-2] != ';' || (len = group_name_length (p)) == 0))
        return NULL;
      p += len;
      g_ptr_array_add (names, g_strndup (start, p - start));
      /* "Mao Z; PsychENCODE Consortium; Liu C": groups go between semicolons. */
      if ((p[0] == ',' || p[0] == ';') && p[1] == ' ')
        p += 2;
      /* "…, Tomita M, Takahashi K: Title": a colon may close the list too. */
      else if ((p[0] == '.' || (p[0] == ':' && names->len >= 2)) && p[1] == ' ')
        {
          *rest = p + 2;
          break;
        }
      else if (p[0] == ' ' && g_unichar_isupper (g_utf8_get_char (p + 1)) && names->len >= 2)
        {
          /* "…, and Von Hoff D Role of 3D imaging": no period before the title. */
          *rest = p + 1;
          break;
        }
      else
        return NULL;
    }
  /* Names of initials alone need others beside them: "US EPA. Title" is no list. */
  if (initials_only && names->len < 2)
    return NULL;
  /* Nor one name whose family name is a word of titles: "In B. Jack Copeland, editor."
   * opens the venue of the entry above. */
  if (names->len == 1 && _gln_listing_is_title_word (line, strcspn (line, " ")))
    return NULL;

  return g_steal_pointer (&names);
}

/* Whether the words after a Vancouver name go on as names: "Ramachandran, Zahi …" or
 * "Ramachandran and Zahi Kakish." (capitalized words up to the next period or comma after
 * "and"), not a title ("Bonferroni and Holm approximations for …"). */
static gboolean
names_go_on (const char *title)
{
  const char *p = title + strcspn (title, " ,.");
  guint words = 0;

  if (*p == ',')
    return TRUE;
  if (!g_str_has_prefix (p, " and "))
    return FALSE;
  for (p += strlen (" and "); *p != '\0' && *p != '.' && *p != ',';)
    {
      if (!g_unichar_isupper (g_utf8_get_char (p)) || ++words > 4)
        return FALSE;
      p += strcspn (p, " ,.");
      if (*p == ' ')
        p++;
    }

  return words > 0;
}

/* "Simulation of X. Differential effects of Y on Z. FEBS J 274(6):1449-58 (2007)": a
 * title of two sentences. The text after the first is the title's when it reads as a
 * sentence (five words or more, most in lower case, no digit) and what follows its
 * period is the venue, with its numbers. Where the title ends then, or end. */
static const char *
second_sentence_end (const char  *end,
                     const char **venue)
{
  const char *stop = strstr (*venue, ". ");
  const char *after;
  guint words = 0;
  guint lower = 0;

  if (stop == NULL || *end != '.')
    return end;
  for (const char *p = *venue; p < stop; p++)
    {
      if (g_ascii_isdigit (*p) || *p == ',' || *p == ':' || *p == '(')
        return end;
      if (p == *venue || p[-1] == ' ')
        {
          words++;
          lower += g_ascii_islower (*p) != 0;
        }
    }
  after = stop + 2;
  if (words < 5 || lower * 2 <= words || !g_ascii_isupper (*after) ||
      strcspn (after, "0123456789") > 40 || strcspn (after, ".") < strcspn (after, "0123456789"))
    return end;
  *venue = after;

  return stop;
}

gboolean
_gln_citation_parse_vancouver (const char    *line,
                               ListingFields *fields)
{
  g_autoptr(GPtrArray) names = NULL;
  g_autofree char *year_before = NULL;
  const char *title = NULL;
  const char *venue = NULL;
  const char *comma_venue = NULL;
  const char *after_year;
  const char *comma_end;
  const char *end;
  gboolean truncated;

  if ((names = parse_vancouver_authors (line, &title, &truncated)) == NULL)
    return FALSE;
  /* "Okafor M, Brandt L. 2013 Title, Venue. 2013 Jan;20(1):1-9": the year between the
   * names and the title, as a page that moved to this style from ACM's keeps it; the title
   * then ends at a comma as often as at a period ("2013. Title." ends at its period). */
  after_year = _gln_listing_skip_year_before_title (title, &year_before);
  if (year_before != NULL && title[4] != '.' &&
      (end = _gln_citation_title_end (after_year, &venue)) != NULL &&
      (comma_end = _gln_listing_comma_title_end (after_year, &comma_venue)) != NULL &&
      comma_end < end)
    {
      if (!_gln_citation_set_title (fields, after_year, comma_end - after_year))
        return FALSE;
      _gln_listing_set_shown_date (fields, year_before,
                                   _gln_listing_year_at (year_before, year_before), 0, 0);
      _gln_citation_keep_authors (fields, names, truncated);
      _gln_citation_find_venue_fields (fields, comma_venue);
      return TRUE;
    }
  /* "Okafor M, Brandt L. 2021. Title. Venue 185: 1.": the year is the date; the title
   * follows it. */
  if (year_before != NULL && title[4] == '.')
    title = after_year;
  else
    g_clear_pointer (&year_before, g_free);
  /* "Ragesh K. Ramachandran, Zahi Kakish, and …": a middle initial, not a one-name
   * Vancouver list; the family name goes on to the next name. */
  if (names->len == 1 && names_go_on (title))
    return FALSE;
  /* "Smith J. Title of a data set 2017.": no venue, the year after the title. */
  if ((end = _gln_citation_title_end (title, &venue)) == NULL)
    {
      gsize len = strlen (title);
      int year = len > 6 && title[len - 1] == '.' && title[len - 6] == ' ' ?
                 _gln_listing_year_at (title, title + len - 5) : 0;
      g_autofree char *shown = year != 0 ? g_strndup (title + len - 5, 4) : NULL;

      if (year == 0 || !_gln_citation_set_title (fields, title, len - 6))
        return FALSE;
      _gln_listing_set_shown_date (fields, shown, year, 0, 0);
      _gln_citation_keep_authors (fields, names, truncated);
      return TRUE;
    }
  end = second_sentence_end (end, &venue);
  if (!_gln_citation_set_title (fields, title,
                                _gln_citation_drop_repeated_venue (title, end - title)))
    return FALSE;
  if (year_before != NULL)
    _gln_listing_set_shown_date (fields, year_before,
                                 _gln_listing_year_at (year_before, year_before), 0, 0);
  else if (!_gln_listing_find_shown_date (fields, venue, FALSE))
    return FALSE;
  _gln_citation_keep_authors (fields, names, truncated);
  _gln_citation_find_venue_fields (fields, venue);

  return TRUE;
}
