/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include "gln-listing-private.h"

#include <string.h>

/* An author line that runs on into its venue, as citations without a title between write
 * it (gln-listing-authors.c reads the names alone):
 *
 *   after a period   A Park, B Kim. Optics Express, 31: 4088, 2023.
 *   after a comma    A. Park, B. Kim and C. Lee, Phys. Rev. E 81, 031404 (2010).
 *   before the year  Smith A, Jones B (2019) Nature 3:1-9
 *                    Park, A., Kim, B. B., & Lee, C. 2019, ApJ, 887, p. 212 */

/* "PhD Dissertation", "MS Thesis": a thesis's kind, alone in its sentence. */
static gboolean
names_thesis_kind (const char *sentence)
{
  return _gln_listing_count_words_upto (sentence, 5) <= 4 &&
         (strstr (sentence, "Thesis") != NULL || strstr (sentence, "thesis") != NULL ||
          strstr (sentence, "Dissertation") != NULL || strstr (sentence, "dissertation") != NULL);
}

/* "A. Park, and M. Lee, J. Chem": the name after "and" is the last, so what follows its
 * comma is the venue, not one more name. */
static gboolean
runs_past_last_name (const char *names)
{
  const char *last = NULL;

  for (const char *p = strstr (names, " and "); p != NULL; p = strstr (p + 1, " and "))
    last = p;
  for (const char *p = strstr (names, " & "); p != NULL; p = strstr (p + 1, " & "))
    if (last == NULL || p > last)
      last = p;

  return last != NULL && strchr (last, ',') != NULL;
}

/* "A Park, B Kim. Optics Express, 31: 4088, 2023.": the names end at the first period
 * after a lower-case letter (not an initial's, "M. Hadi", "S.M. Raju"), a venue follows
 * with the year in its first sentence ("Conf. (ICICT), pages 1-9. IEEE, 2024.") or after
 * a thesis's kind ("PhD Dissertation. Univ. 2022"); where a
 * sentence without one comes first, that is a title: the line is a citation. The names,
 * with *venue at the venue, or NULL. */
static GPtrArray *
parse_names_then_venue (const char  *text,
                        gboolean    *truncated,
                        const char **venue)
{
  const char *p = text;
  const char *end;
  g_autofree char *names = NULL;
  g_autofree char *first = NULL;
  GPtrArray *found = NULL;

  while ((p = strstr (p + 1, ". ")) != NULL &&
         !g_unichar_islower (g_utf8_get_char (g_utf8_prev_char (p))))
    ;
  if (p == NULL || p - text > 2000 || !_gln_listing_may_be_names (text, p - text))
    return NULL;
  /* The venue's first sentence: "In Proc. of ACL, 2019." goes on after its abbreviation. */
  for (end = strstr (p + 2, ". "); end != NULL && !_gln_listing_is_sentence_break (p + 2, end);
       end = strstr (end + 2, ". "))
    ;
  first = end != NULL ? g_strndup (p + 2, end - (p + 2)) : g_strdup (p + 2);
  /* "Vraj Rao. PhD Dissertation. UC Westmarch. 2022 | PDF": a thesis, dated further on. */
  if (_gln_listing_find_year (first) == 0 &&
      (end == NULL || !names_thesis_kind (first) || _gln_listing_find_year (end) == 0))
    return NULL;
  names = g_strndup (text, p - text);
  if (!runs_past_last_name (names) &&
      (found = _gln_listing_parse_record_authors (names, truncated)) != NULL)
    *venue = p + 2;

  return found;
}

/* "Smith A, Jones B (2019) Nature 3:1-9": the names before the year in parentheses, where
 * the venue starts (Harvard as the life sciences write it); *venue is set there. */
static GPtrArray *
parse_names_year_venue (const char  *text,
                        gboolean    *truncated,
                        const char **venue)
{
  const char *open = strstr (text, " (");
  g_autofree char *names = NULL;
  GPtrArray *found;

  if (open == NULL || open - text > 2000 || _gln_listing_year_at (text, open + 2) == 0 ||
      open[6] != ')' || !_gln_listing_may_be_names (text, open - text))
    return NULL;
  names = g_strndup (text, open - text);
  if ((found = _gln_listing_parse_record_authors (names, truncated)) != NULL)
    *venue = open + 1;

  return found;
}

/* Whether a line ends in a year in parentheses, "(2019)." or "(2019)", as the physicists'
 * venues do. */
gboolean
_gln_listing_ends_in_year_parens (const char *text)
{
  gsize n = strlen (text);

  while (n > 0 && (text[n - 1] == ' ' || text[n - 1] == '.'))
    n--;

  return n >= 6 && text[n - 1] == ')' && text[n - 6] == '(' &&
         _gln_listing_year_at (text, text + n - 5) != 0;
}

/* "Phys. Rev. E 81, 031404 (2010). doi:10.1103/PhysRevE.81.031404": the year in
 * parentheses that ends a venue, perhaps before the paper's DOI. */
static gboolean
ends_in_year_before_doi (const char *text)
{
  const char *doi = strstr (text, " doi:");
  g_autofree char *before = NULL;

  if (_gln_listing_ends_in_year_parens (text))
    return TRUE;
  if (doi == NULL || strchr (doi + 1, ' ') != NULL)
    return FALSE;
  before = g_strndup (text, doi - text);

  return _gln_listing_ends_in_year_parens (before);
}

/* "A. Park, B. Kim and C. Lee, Phys. Rev. E 81, 031404 (2010).": the names end at the comma
 * before the first part that holds a digit, the venue, which starts with a capital; the
 * line ends in the year in parentheses. The names, with *venue at the venue, or NULL. */
static GPtrArray *
parse_names_comma_venue (const char  *text,
                         gboolean    *truncated,
                         const char **venue)
{
  const char *p = text;
  const char *last = NULL;
  g_autofree char *names = NULL;
  GPtrArray *found;

  if (!ends_in_year_before_doi (text))
    return NULL;
  for (p += strcspn (p, "0123456789,"); *p == ','; p += strcspn (p, "0123456789,"))
    last = p++;
  if (last == NULL || last - text > 2000 || !_gln_listing_may_be_names (text, last - text))
    return NULL;
  p = _gln_listing_skip_blanks (last + 1);
  if (!g_unichar_isupper (g_utf8_get_char (p)))
    return NULL;
  names = g_strndup (text, last - text);
  if ((found = _gln_listing_parse_record_authors (names, truncated)) != NULL)
    *venue = p;

  return found;
}

/* "Park, A., Kim, B. B., & Lee, C. 2019, ApJ, 887, p. 212": the astronomers' style (AAS,
 * as ADS writes it), the year after the names without parentheses, then a comma and the
 * venue. The first digit of the line starts that year. The names, with *venue at the
 * venue, or NULL. */
static GPtrArray *
parse_names_bare_year_venue (const char  *text,
                             gboolean    *truncated,
                             const char **venue)
{
  const char *year = text + strcspn (text, "0123456789");
  g_autofree char *names = NULL;
  GPtrArray *found;

  if (*year == '\0' || year - text < 4 || year - text > 4000 || year[-1] != ' ' ||
      year[-2] == ',' || _gln_listing_year_at (text, year) == 0 || year[4] != ',' ||
      year[5] != ' ' || !(g_unichar_isalpha (g_utf8_get_char (year + 6)) ||
                           (year[6] == '\\' && g_ascii_isalpha (year[7]))) ||
      !_gln_listing_may_be_names (text, year - 1 - text))
    return NULL;
  names = g_strndup (text, year - 1 - text);
  if ((found = _gln_listing_parse_plain_names (names, truncated)) != NULL)
    *venue = year;

  return found;
}

/* "Alessio Rossi, PhD Thesis, University of Trento, Italy, March 2015": a thesis's author
 * and, after the comma, its kind and school. The names, with *venue at the kind, or NULL. */
static GPtrArray *
parse_names_thesis (const char  *text,
                    gboolean    *truncated,
                    const char **venue)
{
  static const char * const kinds[] = {
    "phd thesis", "ph.d. thesis", "phd dissertation", "ph.d. dissertation", "doctoral thesis",
    "doctoral dissertation", "master's thesis", "master’s thesis", "masters thesis",
    "master thesis", "msc thesis", "m.sc. thesis", "bachelor's thesis", "bachelor’s thesis",
    "bachelor thesis", "diploma thesis", "habilitation thesis",
  };
  const char *comma = strstr (text, ", ");
  g_autofree char *names = NULL;
  GPtrArray *found;
  guint i;

  if (comma == NULL || comma - text > 200)
    return NULL;
  for (i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_ascii_strncasecmp (comma + 2, kinds[i], strlen (kinds[i])) == 0)
      break;
  if (i == G_N_ELEMENTS (kinds))
    return NULL;
  names = g_strndup (text, comma - text);
  if (!_gln_listing_looks_like_person (names))
    return NULL;
  found = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (found, g_steal_pointer (&names));
  *truncated = FALSE;
  *venue = comma + 2;

  return found;
}

/* The names of a line that runs on into its venue, *venue set there: after a period
 * ("A Park, B Kim. Optics Express, 2023."), but not where that venue starts with its
 * volume ("J. Fluids Struct. 125, 9 (2020)": the journal's name is no author; a year may
 * start it, "B Kim. 2025 Conf. on X"), after a
 * comma ("A. Park, Phys. Rev. E 81, 3 (2010)."), or before the year ("Park A (2019) Cell"). */
GPtrArray *
_gln_listing_parse_names_with_venue (const char  *line,
                                     gboolean    *truncated,
                                     const char **venue)
{
  GPtrArray *found;

  if ((found = parse_names_then_venue (line, truncated, venue)) != NULL)
    {
      if ((!g_ascii_isdigit (**venue) || _gln_listing_year_at (*venue, *venue) != 0) &&
          !_gln_listing_opens_quote (*venue))
        return found;
      g_ptr_array_unref (found);
      *venue = NULL;
    }
  if ((found = parse_names_comma_venue (line, truncated, venue)) != NULL)
    return found;
  if ((found = parse_names_bare_year_venue (line, truncated, venue)) != NULL)
    return found;
  if ((found = parse_names_thesis (line, truncated, venue)) != NULL)
    return found;

  return parse_names_year_venue (line, truncated, venue);
}
