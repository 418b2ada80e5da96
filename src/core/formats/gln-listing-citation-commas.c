/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include "gln-listing-citation-private.h"

#include <string.h>

/* IEEE's style without its quotes, as a page kept in a word processor shows it once the
 * copy has lost the title's italics and its quotes were never typed:
 *
 *   "X. Tang#, B. Li*, and K. J. Chen,  Title of the paper,  IEEE Electron Device Lett.,
 *    vol. 39, no. 8, pp. 1203-1206, Aug. 2018. DOI: …"
 *
 * Given names first, each with an initial at least ("X. Tang", "Kevin J. Chen"; a name
 * written out whole, "Baikui Li", among them), the marks of first and corresponding authors
 * after them; the list closes with a comma, the title runs to its first comma outside
 * parentheses after three words, and the venue after it shows a year. */

#define MAX_COMMAS_LINE 4000
#define MAX_COMMAS_NAMES 100

/* "X.", "J.-P.", "K": an initial among a name's words. */
static gboolean
is_initial (const char *word,
            gsize       len)
{
  if (!g_ascii_isupper (word[0]))
    return FALSE;
  if (len == 1)
    return TRUE;

  return word[len - 1] == '.' && len <= 5 && strspn (word, "ABCDEFGHIJKLMNOPQRSTUVWXYZ.-") == len;
}

/* One name of the list, text[0:len] without its marks: "X. Tang", "Kevin J. Chen",
 * "Baikui Li"; *initialled tells that it has an initial. */
static gboolean
is_given_first_name (const char *text,
                     gsize       len,
                     gboolean   *initialled)
{
  const char *end = text + len;
  gboolean last_initial = FALSE;
  guint words = 0;

  *initialled = FALSE;
  for (const char *w = text; w < end;)
    {
      gsize n = 0;

      while (w + n < end && w[n] != ' ')
        n++;
      if (n == 0 || ++words > 4 || !g_unichar_isupper (g_utf8_get_char (w)))
        return FALSE;
      last_initial = is_initial (w, n);
      if (last_initial)
        *initialled = TRUE;
      else
        {
          /* A family name: a capital, then letters ("Moghadam", "Haj-Ali", "O'Neil"). */
          for (const char *p = g_utf8_next_char (w); p < w + n; p = g_utf8_next_char (p))
            {
              gunichar c = g_utf8_get_char (p);

              if (!g_unichar_isalpha (c) && c != '-' && c != '\'' && c != 0x2019)
                return FALSE;
            }
        }
      w += n;
      while (w < end && *w == ' ')
        w++;
    }

  /* The last word is the family name, no initial. */
  return words >= 2 && !last_initial;
}

/* The piece text[0:len] of a list, trimmed of blanks, "and " and the marks after a name. */
static const char *
trim_piece (const char *text,
            gsize      *len)
{
  const char *p = text;
  gsize n = *len;

  while (n > 0 && *p == ' ')
    p++, n--;
  if (n > 4 && strncmp (p, "and ", 4) == 0)
    p += 4, n -= 4;
  while (n > 0 && p[n - 1] == ' ')
    n--;
  n = _gln_listing_unmarked_length (p, n);
  *len = n;

  return p;
}

/* The comma that closes a name at p, looked for no further than a name goes. */
static const char *
next_comma (const char *p)
{
  for (guint i = 0; i <= 80 && p[i] != '\0'; i++)
    if (p[i] == ',')
      return p + i;

  return NULL;
}

/* A name of the list, where it is in the line. */
typedef struct
{
  const char *text;
  gsize       len;
} Span;

/* The names that open the line, each the piece before a comma ("B. Li* and J. Wang*" as
 * two), found without a copy; *rest is where the title starts. Their number, 0 unless two
 * names at least, one with an initial, close with a comma. */
static guint
find_names (const char *line,
            Span       *spans,
            const char **rest)
{
  gboolean initialled = FALSE;
  const char *p = line;
  guint n = 0;

  for (;;)
    {
      const char *comma = next_comma (p);
      const char *piece;
      const char *and;
      gsize len;
      gboolean with_initial;

      if (comma == NULL || n + 2 > MAX_COMMAS_NAMES)
        break;
      len = comma - p;
      piece = trim_piece (p, &len);
      and = g_strstr_len (piece, len, " and ");
      if (and != NULL)
        {
          gsize first = _gln_listing_unmarked_length (piece, and - piece);
          const char *second = and + 5;
          gsize second_len = _gln_listing_unmarked_length (second, piece + len - second);
          gboolean second_initial;

          if (!is_given_first_name (piece, first, &with_initial) ||
              !is_given_first_name (second, second_len, &second_initial))
            break;
          initialled |= with_initial || second_initial;
          spans[n++] = (Span) { piece, first };
          spans[n++] = (Span) { second, second_len };
        }
      else if (is_given_first_name (piece, len, &with_initial))
        {
          initialled |= with_initial;
          spans[n++] = (Span) { piece, len };
        }
      else
        break;
      p = comma + 1;
    }
  if (n < 2 || !initialled)
    return 0;
  *rest = _gln_listing_skip_blanks (p);

  return n;
}

/* Whether a piece of title[0:len] between commas is a name ("T-V, Varga, R. Haddad"): a
 * list of names that slipped past the reader, no title. */
static gboolean
holds_name (const char *title,
            gsize       len)
{
  const char *end = title + len;

  for (const char *p = title; p < end;)
    {
      const char *comma = memchr (p, ',', end - p);
      gsize n = (comma != NULL ? comma : end) - p;
      const char *piece = trim_piece (p, &n);
      gboolean initialled;

      if (is_given_first_name (piece, n, &initialled) && initialled)
        return TRUE;
      if (comma == NULL)
        break;
      p = comma + 1;
    }

  return FALSE;
}

/* Whether title[0:len] is rather the end of the names and another style's title: it opens
 * with an initial ("R. Haddad# (joint first authors)") or a sentence ends in it ("Hana K.
 * Mori. Sleep fragmentation …"). */
static gboolean
is_other_style (const char *title,
                gsize       len)
{
  gsize first = strcspn (title, " ");

  if (first < len && title[first - 1] == '.' && is_initial (title, first))
    return TRUE;
  for (gsize i = 1; i + 2 < len; i++)
    if (title[i] == '.' && title[i + 1] == ' ' && g_ascii_isupper (title[i + 2]) &&
        g_ascii_islower (title[i - 1]))
      return TRUE;

  return FALSE;
}

/* Whether what follows the title is a page and a year in parentheses, "2339 (2026)", as
 * after "Soft Matter 22": those words were the journal and its volume ("Journal 22, 2339
 * (2026)", the physicists' style), not a title. */
static gboolean
is_page_year (const char *venue)
{
  const char *p = venue + strspn (venue, "0123456789-–");

  return p > venue && p[0] == ' ' && p[1] == '(' && _gln_listing_year_at (venue, p + 2) > 0 &&
         p[6] == ')';
}

gboolean
_gln_citation_parse_commas (const char    *line,
                            ListingFields *fields)
{
  g_autoptr(GPtrArray) names = NULL;
  Span spans[MAX_COMMAS_NAMES];
  const char *title = NULL;
  const char *venue = NULL;
  const char *end;
  guint n;

  /* Turned away at its first characters: an initial or a capital opens the list. */
  if (!g_ascii_isupper (line[0]) || (n = find_names (line, spans, &title)) == 0 ||
      strlen (title) > MAX_COMMAS_LINE)
    return FALSE;
  /* A quoted title is IEEE's own, read with its quotes; "and B. Li*. Title" closes the
   * names with a period, another style. */
  if (!g_unichar_isupper (g_utf8_get_char (title)) && !g_ascii_isdigit (*title))
    return FALSE;
  if ((end = _gln_listing_comma_title_end (title, &venue)) == NULL ||
      is_other_style (title, end - title) || holds_name (title, end - title) ||
      is_page_year (venue))
    return FALSE;
  if (!_gln_citation_set_title (fields, title, end - title) ||
      !_gln_listing_find_shown_date (fields, venue, FALSE))
    return FALSE;
  names = g_ptr_array_new_full (n, g_free);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (names, g_strndup (spans[i].text, spans[i].len));
  _gln_citation_keep_authors (fields, names, FALSE);
  _gln_citation_find_venue_fields (fields, venue);

  return TRUE;
}
