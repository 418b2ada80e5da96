/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include "gln-listing-private.h"

#include <string.h>

/* Citations written title first with the names initials first, as physics groups list
 * their papers:
 *
 *   "Title of the paper, I. Surname et al., Phys. Rev. C 99, 014601 (2019) DOI link"
 *   "Title, I. Surname, J. K. Surname and L. Surname, NIM A 660, 64 (2011)"
 *   "Title. I. Surname et al., Jour. of Instr. 10, P09020 (2015)"
 *   "Title, I. Surname, PhD Thesis (2014) DOI Link"
 *   "Title, with I. Surname and J. Surname, appeared here in Journal, 2021." (the page's
 *   owner, not named, wrote it with them), "Title (with I. Surname), Journal 2014."
 *
 * The title ends at the first ", " or ". " after which initials-first names follow; the
 * names end at the first piece that is none, where the venue starts: a journal's short
 * name before its volume, or a thesis. The venue shows the year, in parentheses, but for a
 * thesis, which may show none. The link labels that end the line are no part of it. */

#define MAX_TITLE_INITIALS 1000
#define MAX_TITLE_WORDS 40
#define MAX_VENUE_WORDS 16

/* "D.", "J.-P.", "D.J.": one initial and its period, or two without a space between;
 * where it ends, or NULL. */
static const char *
initial_end (const char *p)
{
  if (!g_ascii_isupper (p[0]) || p[1] != '.')
    return NULL;
  if (p[2] == '-' && g_ascii_isupper (p[3]) && p[4] == '.')
    return p + 5;
  if (g_ascii_isupper (p[2]) && p[3] == '.')
    return p + 4;

  return p + 2;
}

/* "Suzuki", "Beceiro-Novo", "de la Cruz", "O'Neil": a family name written last; where it
 * ends, or NULL. A word before a period is an abbreviation ("J. Chem. Phys."). */
static const char *
family_end (const char *p)
{
  const char *end = NULL;

  for (guint words = 0; words < 4; words++)
    {
      const char *w = p;
      gboolean lower = FALSE;
      gboolean capital = g_unichar_isupper (g_utf8_get_char (w));

      /* "de", "van", not "and": "A.J. and Turton" is two names, one of them cut. */
      if (!capital && !(g_ascii_islower (*w) && strcspn (w, " ,") <= 3 && strncmp (w, "and ", 4) != 0))
        return end;
      for (p = g_utf8_next_char (w); *p != '\0' && *p != ' ' && *p != ','; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (g_unichar_islower (c))
            lower = TRUE;
          else if (!g_unichar_isalpha (c) && c != '-' && c != '\'' && c != 0x2019)
            return end;
        }
      if (capital && !lower)
        return end;
      if (capital)
        end = p;
      if (*p != ' ' || (capital && g_str_has_prefix (p, " et al")) ||
          g_str_has_prefix (p, " and "))
        return end;
      p++;
    }

  return end;
}

/* "D. Suzuki", "J. J. Kolata", "S. Beceiro-Novo": a name written initials first at p;
 * where it ends, or NULL. */
static const char *
name_end (const char *p)
{
  const char *end = initial_end (p);

  if (end == NULL)
    return NULL;
  while (*end == ' ' && initial_end (end + 1) != NULL)
    end = initial_end (end + 1);
  if (*end != ' ')
    return NULL;

  return family_end (end + 1);
}

/* The names at p, up to the venue; *venue is where it starts. NULL unless one name at
 * least comes before a venue. */
static GPtrArray *
parse_names (const char  *p,
             gboolean    *truncated,
             const char **venue)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  *truncated = FALSE;
  for (;;)
    {
      const char *end = name_end (p);

      if (end == NULL)
        break;
      g_ptr_array_add (names, g_strndup (p, end - p));
      if (g_str_has_prefix (end, " et al.,") || g_str_has_prefix (end, ", et al.,"))
        {
          *truncated = TRUE;
          p = _gln_listing_skip_blanks (strstr (end, "al.,") + strlen ("al.,"));
          break;
        }
      if (g_str_has_prefix (end, ", and "))
        p = end + strlen (", and ");
      else if (g_str_has_prefix (end, " and "))
        p = end + strlen (" and ");
      else if (end[0] == ',' && end[1] == ' ')
        {
          p = end + 2;
          if (name_end (p) == NULL)
            break;
        }
      else
        return NULL;
    }
  if (names->len == 0 || p[-1] != ' ')
    return NULL;
  *venue = p;

  return g_steal_pointer (&names);
}

/* "DOI link", "MSU Link", "pdf": the labels of the links that end the line; where the
 * text before them ends. */
static gsize
strip_link_labels (const char *text,
                   gsize       len)
{
  for (;;)
    {
      const char *word = g_strrstr_len (text, len, " ");
      gsize n;

      if (word == NULL)
        return len;
      word++;
      n = text + len - word;
      if (_gln_listing_equal_ci (word, n, "link"))
        {
          /* The label's first word: "DOI", "MSU", "arXiv". */
          const char *first = g_strrstr_len (text, word - 1 - text, " ");

          if (first == NULL)
            return len;
          len = first - text;
          continue;
        }
      if (!_gln_listing_is_link_word (word, n))
        return len;
      len = word - 1 - text;
    }
}

static gboolean
is_thesis (const char *venue)
{
  g_autofree char *folded = g_ascii_strdown (venue, -1);

  return strstr (folded, "thesis") != NULL || strstr (folded, "dissertation") != NULL;
}

/* The venue's name: its words before the first with a digit in it, or the parenthesis of
 * its year ("Phys. Rev. C 87, 054301 (2013)" → "Phys. Rev. C", "PhD Thesis (2014)"). */
static char *
venue_name (const char *venue)
{
  const char *end = venue;

  for (const char *w = venue; *w != '\0' && *w != '(';)
    {
      gsize len = strcspn (w, " ");

      if (strcspn (w, "0123456789") < len)
        break;
      end = w + len;
      w = _gln_listing_skip_blanks (end);
    }
  while (end > venue && strchr (" ,;:", end[-1]) != NULL)
    end--;

  return end > venue ? g_strndup (venue, end - venue) : NULL;
}

static guint
count_char (const char *text,
            char        c)
{
  guint n = 0;

  for (const char *p = strchr (text, c); p != NULL; p = strchr (p + 1, c))
    n++;

  return n;
}

/* "Ann Lee Das, Bo Chen, Cy Diaz": names written given names first, two of them at least,
 * where the title would be; the names of another style, not a title. */
static gboolean
lists_names (const char *title)
{
  g_auto(GStrv) pieces = g_strsplit (title, ", ", 64);
  guint names = 0;

  for (guint i = 0; pieces[i] != NULL && names < 2; i++)
    names += _gln_listing_is_written_name (pieces[i]) ? 1 : 0;

  return names >= 2;
}

/* "Pachler, N", "Okafor, J.-P.": a title that is one name written family name first, the
 * first of a list whose other names come initials first. */
static gboolean
is_inverted_name (const char *title)
{
  const char *p = strchr (title, ',');
  const char *q;

  if (p == NULL || p == title || memchr (title, ' ', p - title) != NULL || p[1] != ' ' ||
      !g_ascii_isupper (p[2]))
    return FALSE;
  for (q = p + 2; g_ascii_isupper (*q) || *q == '.' || *q == '-'; q++)
    ;

  return *q == '\0' && q - (p + 2) <= 6;
}

/* Whether the title may end at p: no name of the list starts the line ("D. Suzuki, …" is
 * an author list), and the title is no prose: one sentence of a few words. An abstract
 * that cites "…, J. Smith et al., Nature 2019 showed …" is prose too, by its length after
 * the names. */
static gboolean
may_end_title (const char *text,
               const char *p,
               const char *venue)
{
  g_autofree char *title = g_strndup (text, p - text);

  if (name_end (text) != NULL || _gln_listing_count_words_upto (title, 2) < 2 ||
      is_inverted_name (title) ||
      _gln_listing_count_words_upto (title, MAX_TITLE_WORDS + 1) > MAX_TITLE_WORDS ||
      _gln_listing_count_words_upto (venue, MAX_VENUE_WORDS + 1) > MAX_VENUE_WORDS)
    return FALSE;
  for (const char *q = strstr (title, ". "); q != NULL; q = strstr (q + 2, ". "))
    if (_gln_listing_is_sentence_break (title, q))
      return FALSE;

  /* "Book Title (A. Editor, B. Editor, eds.), 713-752": the names inside a parenthesis
   * are no authors after the title. */
  return count_char (title, '(') == count_char (title, ')') && !lists_names (title);
}

/* ", D. " or ". D. " somewhere: the cheap test first, for most lines are no such citation. */
static gboolean
shows_initial (const char *line)
{
  for (const char *p = strchr (line, ' '); p != NULL; p = strchr (p + 1, ' '))
    if (p > line && (p[-1] == ',' || p[-1] == '.' || (p - line >= 6 && strncmp (p - 6, ", with", 6) == 0)) &&
        initial_end (p + 1) != NULL)
      return TRUE;

  return FALSE;
}

/* "Title (with K. Surname and L. Surname), Venue 2014.", "Title, (with K. Surname),
 * appeared in …": the co-authors in parentheses, written as the line without them would
 * write them ("Title, with K. Surname, Venue"); that line, or NULL. */
static char *
flatten_with (const char *line)
{
  const char *open = strstr (line, " (with ");
  const char *names;
  const char *close;
  const char *rest;
  const char *title_end;

  if (open == NULL || (close = strchr (open, ')')) == NULL || (close[1] != ',' && close[1] != ' '))
    return NULL;
  names = open + strlen (" (with ");
  title_end = open > line && open[-1] == ',' ? open - 1 : open;
  rest = _gln_listing_skip_blanks (close + 1 + (close[1] == ','));

  return g_strdup_printf ("%.*s, with %.*s, %s", (int) (title_end - line), line,
                          (int) (close - names), names, rest);
}

gboolean
_gln_listing_parse_title_initials (const char    *line,
                                   ListingFields *fields)
{
  gsize len = strlen (line);
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;

  if (len > MAX_TITLE_INITIALS || g_ascii_islower (*line))
    return FALSE;
  if ((flat = flatten_with (line)) != NULL)
    line = flat, len = strlen (flat);
  if (!shows_initial (line))
    return FALSE;
  text = g_strndup (line, strip_link_labels (line, len));
  for (const char *p = text; (p = strpbrk (p, ",.")) != NULL; p++)
    {
      g_autoptr(GPtrArray) names = NULL;
      g_autofree char *venue = NULL;
      const char *rest = NULL;
      gboolean truncated;

      /* "Title, with K. Surname and L. Surname, appeared in Venue, 2021": the page's
       * owner, not named, wrote it with them. */
      gsize with = *p == ',' && g_str_has_prefix (p + 1, " with ") ? strlen (" with") : 0;

      if (p[1 + with] != ' ' || !g_ascii_isupper (p[2 + with]) || initial_end (p + 2 + with) == NULL ||
          (*p == '.' && p > text && initial_end (p - 1) != NULL && (p - 1 == text || p[-2] == ' ')) ||
          (names = parse_names (p + 2 + with, &truncated, &rest)) == NULL)
        continue;
      /* A name this reader does not know ("D.J. Feng") would be read into the venue. */
      if (with > 0 && initial_end (rest) != NULL)
        return FALSE;
      /* "appeared here in Nonlinearity, 2021." */
      if (with > 0 && g_str_has_prefix (rest, "appeared "))
        {
          const char *in = rest + strlen ("appeared ");

          in += g_str_has_prefix (in, "here ") ? strlen ("here ") : 0;
          rest = g_str_has_prefix (in, "in ") ? in + strlen ("in ") : rest;
        }
      if (!may_end_title (text, p, rest) ||
          (_gln_listing_find_year (rest) == 0 && !is_thesis (rest)) ||
          (venue = venue_name (rest)) == NULL)
        return FALSE;
      g_free (fields->title);
      fields->title = g_strndup (text, p - text);
      g_clear_pointer (&fields->authors, g_ptr_array_unref);
      fields->authors = g_steal_pointer (&names);
      fields->truncated = truncated;
      _gln_listing_find_shown_date (fields, rest, TRUE);
      g_free (fields->venue);
      fields->venue = g_steal_pointer (&venue);
      return TRUE;
    }

  return FALSE;
}
