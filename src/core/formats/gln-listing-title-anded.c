/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include "gln-listing-citation-private.h"

#include <string.h>

/* A BibTeX file that a site generator's loop writes out title first, one line an entry:
 *
 *   "Title of the paper, Lena Brandt and Sunil Iyer, Venue of It 2019 [pdf] [details]"
 *   "Title, Brandt, Lena and Iyer, Sunil, Proceedings of the Meeting (MEET '10) 2010"
 *   "Title, Lena Brandt, University of Somewhere 2009 [details]"
 *
 * The author field stands as the file has it: names joined by "and", written given names
 * first or "Family, Given"; then the venue, its year, perhaps a note ("Best Paper Award")
 * and the labels of the entry's links. The title ends at the first comma after which such
 * a list of names reads up to a comma. One name alone is no evidence: the records ask the
 * page for three lines of two names or more first (_gln_listing_page_title_anded()). */

#define MAX_ANDED 2000
#define MAX_ANDED_NAMES 40
#define MAX_ANDED_TITLE 400
#define MAX_YEAR_SCAN 600
#define MAX_LINK_LABEL 24
#define MAX_NOTE_WORDS 5

/* Where the piece of names at p ends: at the first ", " or " and " before end. */
static const char *
piece_end (const char *p,
           const char *end)
{
  for (const char *q = p; q < end; q++)
    if ((q[0] == ',' && q + 1 < end && q[1] == ' ') ||
        (q[0] == ' ' && end - q >= 5 && strncmp (q, " and ", 5) == 0))
      return q;

  return end;
}

static gboolean
is_written (const char *p,
            const char *end)
{
  g_autofree char *name = g_strndup (p, end - p);

  return end > p && _gln_listing_is_written_name (name);
}

/* "Brandt", "Meza-Ruiz", "de Souza": the family name of a "Family, Given" pair. */
static gboolean
is_family (const char *p,
           const char *end)
{
  g_autofree char *name = g_strndup (p, end - p);

  return end > p && g_unichar_isupper (g_utf8_get_char (p)) &&
         _gln_listing_count_words_upto (name, 3) <= 2 &&
         _gln_citation_looks_like_family_name (name);
}

static gboolean
is_given (const char *p,
          const char *end)
{
  g_autofree char *name = g_strndup (p, end - p);

  return end > p && _gln_citation_is_given_names (name);
}

/* The names at p joined by "and", as the author field writes them; where the list ends
 * (at ", " or end), or NULL where a piece is no name. */
static const char *
read_names (const char *p,
            const char *end,
            gboolean    inverted,
            GPtrArray  *names)
{
  for (;;)
    {
      const char *q = piece_end (p, end);

      if (inverted)
        {
          const char *given = q + 2;

          if (q >= end || q[0] != ',' || !is_family (p, q) ||
              !is_given (given, q = piece_end (given, end)))
            return NULL;
        }
      else if (!is_written (p, q))
        {
          return NULL;
        }
      g_ptr_array_add (names, g_strndup (p, q - p));
      if (names->len > MAX_ANDED_NAMES)
        return NULL;
      if (q >= end || q[0] == ',')
        return q;
      p = q + 5;
    }
}

/* The names after a title's comma: "Family, Given and …" where the first pair so reads,
 * else given names first. */
static GPtrArray *
read_author_field (const char  *p,
                   const char  *end,
                   const char **after)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *q = piece_end (p, end);

  if (q < end && q[0] == ',')
    {
      const char *given = q + 2;
      const char *r = piece_end (given, end);

      if (r < end && r[0] == ' ' && (*after = read_names (p, end, TRUE, names)) != NULL)
        return g_steal_pointer (&names);
      g_ptr_array_set_size (names, 0);
    }
  if ((*after = read_names (p, end, FALSE, names)) != NULL)
    return g_steal_pointer (&names);

  return NULL;
}

/* The end of the text before the labels of its links: "… 2010 [pdf] [details]". */
static gsize
strip_link_labels (const char *text,
                   gsize       len)
{
  while (len > 0 && text[len - 1] == ' ')
    len--;
  while (len > 2 && text[len - 1] == ']')
    {
      const char *open = g_strrstr_len (text, len, "[");

      if (open == NULL || open == text || open[-1] != ' ' ||
          (gsize) (text + len - open) > MAX_LINK_LABEL)
        break;
      len = open - text;
      while (len > 0 && text[len - 1] == ' ')
        len--;
    }

  return len;
}

static gboolean
is_year_at (const char *p,
            const char *start,
            const char *end)
{
  return end - p >= 4 && _gln_listing_opens_century (p) &&
         g_ascii_isdigit (p[2]) && g_ascii_isdigit (p[3]) &&
         (p == start || p[-1] == ' ' || p[-1] == ',') &&
         (p + 4 == end || p[4] == ' ' || p[4] == '.');
}

/* A note after the year ("Best Paper Award"): a few words, no numbers, no commas. */
static gboolean
is_note (const char *p,
         const char *end)
{
  guint words = 0;

  for (const char *q = p; q < end; q++)
    {
      if (g_ascii_isdigit (*q) || *q == ',' || *q == '(')
        return FALSE;
      words += *q == ' ';
    }

  return words < MAX_NOTE_WORDS;
}

/* "Venue of It 2019", "2004", "Venue 2010 Best Paper Award": the venue and its year at the
 * end of the entry. */
static gboolean
read_venue_year (const char    *p,
                 const char    *end,
                 ListingFields *fields)
{
  const char *year = NULL;
  const char *stop = end;
  g_autofree char *shown = NULL;

  for (const char *q = p; q + 4 <= end; q++)
    if (is_year_at (q, p, end))
      year = q;
  if (year == NULL)
    return FALSE;
  if (year[4] == '.')
    stop = year + 5 == end ? end : year;
  if (year + 4 < end && stop == end && !is_note (year + 5, end))
    return FALSE;
  shown = g_strndup (year, 4);
  _gln_listing_set_shown_date (fields, shown, (int) g_ascii_strtoll (shown, NULL, 10), 0, 0);
  while (year > p && strchr (" ,", year[-1]) != NULL)
    year--;
  if (year > p && fields->venue == NULL)
    fields->venue = g_strndup (p, year - p);

  return TRUE;
}

/* Whether a parenthesis opened in text[0:len] is still open: a comma inside it ends no
 * title ("Title (A. Novak, B. Ruiz and C. Tanaka, eds.)"). */
static gboolean
is_open_paren (const char *text,
               gsize       len)
{
  const char *open = NULL;

  for (const char *p = text; p < text + len; p++)
    if (*p == '(' || *p == ')')
      open = *p == '(' ? p : NULL;

  return open != NULL;
}

/* "Best Paper Award", "Travel Grant": a line of an award's winners, not a paper. */
static gboolean
names_award (const char *title,
             gsize       len)
{
  static const char * const awards[] = {
    "award", "awards", "prize", "prizes", "grant", "fellowship", "scholarship",
  };
  const char *last = title + len;

  while (last > title && last[-1] != ' ')
    last--;

  return _gln_listing_in_list_ci (last, title + len - last, awards, G_N_ELEMENTS (awards));
}

/* A title: two words at least, opened by a capital, no list of names itself, no sentence
 * of prose ending inside it, no award. */
static gboolean
is_title (const char *text,
          gsize       len)
{
  g_autofree char *title = g_strndup (text, len);
  gunichar c = g_utf8_get_char (text);

  if (len == 0 || len > MAX_ANDED_TITLE || !(g_unichar_isupper (c) || g_unichar_isdigit (c)) ||
      _gln_listing_count_words_upto (title, 2) < 2 || _gln_listing_is_written_name (title) ||
      names_award (title, len))
    return FALSE;
  for (const char *p = strstr (title, ". "); p != NULL; p = strstr (p + 2, ". "))
    if (p - title >= 4 && g_ascii_islower (p[-1]) && g_ascii_islower (p[-2]) &&
        g_ascii_islower (p[-3]) && g_ascii_isupper (p[2]))
      return FALSE;

  return TRUE;
}

/* "Title, A and B, Venue 2019 [pdf]": a BibTeX entry written out title first. The names'
 * count is what the caller weighs (one name asks the page first). */
gboolean
_gln_listing_parse_title_anded (const char    *line,
                                ListingFields *fields)
{
  gsize len = strlen (line);
  const char *end;

  if (len > MAX_ANDED || len < 20 || strchr (line, '\t') != NULL ||
      strchr (line, ',') == NULL)
    return FALSE;
  /* The venue shows its year: a short line without one is turned away before its names
   * are read (a long one, an abstract's, is turned away at its first long sentence). */
  if (len <= MAX_YEAR_SCAN && _gln_listing_find_year (line) == 0)
    return FALSE;
  end = line + strip_link_labels (line, len);
  for (const char *comma = _gln_listing_find_in (line, end - line, ", "); comma != NULL;
       comma = _gln_listing_find_in (comma + 2, end - (comma + 2), ", "))
    {
      g_autoptr(GPtrArray) names = NULL;
      const char *after = NULL;
      gsize title_len = comma - line;

      if (title_len > MAX_ANDED_TITLE)
        return FALSE;
      if (is_open_paren (line, title_len) ||
          (names = read_author_field (comma + 2, end, &after)) == NULL)
        continue;
      /* The venue opens with a capital, a digit or a parenthesis, not "eds.)". */
      if (after >= end || g_ascii_islower (after[2]) || after[2] == ')' ||
          !is_title (line, title_len) ||
          !read_venue_year (after + 2, end, fields))
        return FALSE;
      while (title_len > 0 && line[title_len - 1] == '.')
        title_len--;
      g_free (fields->title);
      fields->title = g_strndup (line, title_len);
      g_clear_pointer (&fields->authors, g_ptr_array_unref);
      fields->authors = g_steal_pointer (&names);
      fields->truncated = FALSE;
      return TRUE;
    }

  return FALSE;
}

/* Whether the page writes its entries so: three lines with two names or more. */
gboolean
_gln_listing_page_title_anded (ListingPage *page)
{
  guint shown = 0;

  for (guint i = 0; i < page->lines->len && shown < 3; i++)
    {
      const char *text = _gln_listing_line_at (page, i)->text;
      g_auto(ListingFields) probe = { NULL, };

      if (text == NULL || !g_unichar_isupper (g_utf8_get_char (text)) ||
          strstr (text, " and ") == NULL)
        continue;
      _gln_listing_fields_init (&probe, 0);
      if (_gln_listing_parse_title_anded (text, &probe) && probe.authors->len >= 2)
        shown++;
    }

  return shown >= 3;
}
