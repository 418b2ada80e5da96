/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include "gln-listing-private.h"

#include <string.h>

/* Citations whose parts come in another order than the styles of gln-listing-citation.c:
 *
 * The title first, the authors after it, as personal pages list their papers:
 *
 *   "Title of the paper, Lena Brandt, Sunil Iyer, Maria Okafor."
 *   "Title of the paper, Lena Brandt†, Sunil Iyer†, et al. (Under review)"
 *   "Title of the paper, Lena Brandt, Sunil Iyer. Journal of Things, 2025."
 *   "ICML 2026<TAB>Title of the paper, Lena Brandt, Sunil Iyer."  (a venue badge cell)
 *
 * The title ends at the first comma after which every piece is a name written given names
 * first; notes in parentheses at the end are no authors. A line whose first piece is a
 * name is an author list, not a title. Without a badge or a venue with its year, two names
 * at least and the closing period are needed, for prose may end in a name.
 *
 * The title under its citation, as some lab pages number their papers:
 *
 *   "(91) L. Brandt, S. Iyer, and M. Okafor III, J. Chem. Phys. 164, 184113 (2026)."
 *   "Title of the paper"
 *
 * The numbered line is read here (names, then the venue with its year or its state,
 * "submitted."); the title line under it is the records' to check (gln-listing-records.c). */

#define MAX_TITLE_FIRST 2000

/* A year 1900–2099 that ends the text, after a space or a comma. */
static int
ending_year (const char *text,
             gsize       len)
{
  const char *y = text + len - 4;

  if (len < 4 || !_gln_listing_opens_century (y) ||
      !g_ascii_isdigit (y[2]) || !g_ascii_isdigit (y[3]) ||
      (len > 4 && y[-1] != ' ' && y[-1] != ','))
    return 0;

  return (int) g_ascii_strtoll (y, NULL, 10);
}

/* "ICML 2026", "Physiol. Meas. 2021": the badge a row shows in its first cell, the venue
 * and year of the paper. */
static gboolean
read_badge (const char    *cell,
            gsize          len,
            ListingFields *fields)
{
  g_autofree char *text = g_strndup (cell, len);
  g_autofree char *venue = NULL;
  int year;

  g_strstrip (text);
  len = strlen (text);
  if (len > 60 || strchr (text, ',') != NULL || _gln_listing_count_words_upto (text, 7) > 6 ||
      (year = ending_year (text, len)) == 0)
    return FALSE;
  _gln_listing_set_shown_date (fields, text + len - 4, year, 0, 0);
  venue = g_strndup (text, len - 4);
  g_strstrip (venue);
  if (*venue != '\0' && fields->venue == NULL)
    fields->venue = g_steal_pointer (&venue);

  return TRUE;
}

/* A name as the list shows it, with its marks ("Lena Brandt†", "Sunil Iyer*"). */
static gboolean
is_marked_name (const char *piece)
{
  g_autofree char *name = g_strdup (piece);
  gsize len = strlen (name);

  for (;;)
    {
      if (len > 0 && (name[len - 1] == '*' || name[len - 1] == '#'))
        name[--len] = '\0';
      else if (g_str_has_suffix (name, "\u2020") || g_str_has_suffix (name, "\u2021"))
        name[len -= strlen ("\u2020")] = '\0';
      else
        break;
    }

  return _gln_listing_is_written_name (name);
}

/* The names after a title, "Lena Brandt, Sunil Iyer, et al", as a list; NULL unless every
 * piece is one. */
static GPtrArray *
parse_names (const char *text,
             gsize       len,
             gboolean   *truncated)
{
  g_autofree char *copy = g_strndup (text, len);
  g_auto(GStrv) pieces = g_strsplit (copy, ", ", 128);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  *truncated = FALSE;
  for (guint i = 0; pieces[i] != NULL; i++)
    {
      const char *piece = g_str_has_prefix (pieces[i], "and ") ? pieces[i] + 4 : pieces[i];

      if (i > 0 && pieces[i + 1] == NULL &&
          (g_str_equal (piece, "et al") || g_str_equal (piece, "et al.")))
        {
          *truncated = TRUE;
          break;
        }
      if (!is_marked_name (piece))
        return NULL;
      g_ptr_array_add (names, g_strdup (piece));
    }

  return names->len > 0 ? g_steal_pointer (&names) : NULL;
}

/* Where the names end when a venue follows them: the first ". " after a name's last
 * letter (not after an initial). */
static const char *
names_end (const char *tail,
           const char *end)
{
  for (const char *p = strstr (tail, ". "); p != NULL && p < end; p = strstr (p + 1, ". "))
    if (p - tail >= 2 && !g_ascii_isupper (p[-1]) && p[-1] != ' ')
      return p;

  return end;
}

/* No sentence ends inside a title: ". " before a capital, unless after a short word
 * ("vs. Literature"). */
static gboolean
is_title_text (const char *title,
               gsize       len)
{
  g_autofree char *text = NULL;

  /* The words of the title alone: a long venue after it makes no title too long. */
  if (len == 0 || len > 1000 ||
      _gln_listing_count_words_upto (text = g_strndup (title, len), 41) > 40)
    return FALSE;
  for (const char *p = _gln_listing_find_in (title, len, ". "); p != NULL;
       p = _gln_listing_find_in (p + 2, title + len - (p + 2), ". "))
    {
      const char *word = p;

      while (word > title && word[-1] != ' ')
        word--;
      if (p - word > 3 && g_unichar_isupper (g_utf8_get_char (p + 2)))
        return FALSE;
    }

  return TRUE;
}

/* The end of the citation before its notes: "… Cuiwei Yang. (Under review)" ends after
 * "Yang". *period is set when the citation closes with a period. */
static gsize
strip_notes (const char *text,
             gboolean   *period)
{
  gsize len = strlen (text);

  while (len > 0 && text[len - 1] == ' ')
    len--;
  while (len > 2 && text[len - 1] == ')')
    {
      const char *open = g_strrstr_len (text, len, " (");

      if (open == NULL)
        break;
      len = open - text;
    }
  *period = len > 0 && text[len - 1] == '.';
  while (len > 0 && (text[len - 1] == '.' || text[len - 1] == ' '))
    len--;

  return len;
}

/* The venue and year after the names: "Journal of Things, 2025". */
static gboolean
read_venue (const char    *venue,
            gsize          len,
            ListingFields *fields)
{
  int year = ending_year (venue, len);
  gsize n = len >= 4 ? len - 4 : 0;
  g_autofree char *shown = NULL;

  if (year == 0)
    return FALSE;
  shown = g_strndup (venue + n, 4);
  _gln_listing_set_shown_date (fields, shown, year, 0, 0);
  while (n > 0 && strchr (" ,", venue[n - 1]) != NULL)
    n--;
  if (n > 0 && fields->venue == NULL)
    fields->venue = g_strndup (venue, n);

  return TRUE;
}

/* Two sentences ended by a word, not an initial ("… in the bulk. This changes …"): an
 * abstract, which a citation written title first is not. */
static gboolean
is_prose (const char *line)
{
  guint ends = 0;

  for (const char *p = strstr (line, ". "); p != NULL; p = strstr (p + 2, ". "))
    if (p - line >= 3 && g_ascii_islower (p[-1]) && g_ascii_islower (p[-2]) &&
        g_ascii_isupper (p[2]) && ++ends >= 2)
      return TRUE;

  return FALSE;
}

/* A citation written title first, read: the title text[0:len] and the names after it
 * (taken). A title of one word is no title. */
static gboolean
keep_title_names (ListingFields *fields,
                  const char    *text,
                  gsize          len,
                  GPtrArray     *names,
                  gboolean       truncated)
{
  g_free (fields->title);
  fields->title = g_strndup (text, len);
  g_strstrip (fields->title);
  g_clear_pointer (&fields->authors, g_ptr_array_unref);
  fields->authors = names;
  fields->truncated = truncated;

  return _gln_listing_count_words_upto (fields->title, 2) >= 2;
}

/* How far into a line a title may end at "by". */
#define MAX_BY_TITLE 300

/* "Title by Ann Lee, Bo Chen and Cy Diaz. Venue, City, 2024": the names after the first
 * "by" that a list of names follows, up to the sentence's end; one name is enough when a
 * venue and year follow. */
static gboolean
parse_by_names (const char    *text,
                gsize          len,
                gboolean       period,
                ListingFields *fields)
{
  /* A title is short: an abstract's "by" is not looked at past it. */
  for (const char *by = _gln_listing_find_in (text, MIN (len, MAX_BY_TITLE), " by "); by != NULL;
       by = _gln_listing_find_in (by + 4, text + MIN (len, MAX_BY_TITLE) - (by + 4), " by "))
    {
      const char *tail = by + 4;
      const char *end = names_end (tail, text + len);
      g_autofree char *list = g_strndup (tail, end - tail);
      g_autoptr(GPtrArray) names = NULL;
      g_autoptr(GString) commas = NULL;
      gboolean truncated;

      if (!is_title_text (text, by - text))
        return FALSE;
      /* "Ann Lee and Bo Chen", "Ann Lee, Bo Chen, and Cy Diaz": one separator. */
      commas = g_string_new (list);
      g_string_replace (commas, ", and ", ", ", 0);
      g_string_replace (commas, " and ", ", ", 0);
      if ((names = parse_names (commas->str, commas->len, &truncated)) == NULL)
        continue;
      /* Without a venue and year after them, one name is a credit ("co-authored by Lei
       * Gu."), not a citation. */
      if (!(end < text + len && read_venue (end + 2, text + len - (end + 2), fields)) &&
          (names->len < 2 || !period))
        return FALSE;
      return keep_title_names (fields, text, by - text, g_steal_pointer (&names), truncated);
    }

  return FALSE;
}

/* Whether s[0:n] may be a list of names: no word in lower case but the small words of
 * names ("van", "de") and lists ("and", "et al."). A cheap test, asked of the first and
 * second sentences of every abstract before the dear ones. */
gboolean
_gln_listing_may_be_names (const char *s,
                           gsize       n)
{
  static const char * const small_words[] = {
    "and", "et", "al.", "van", "von", "der", "den", "de", "da", "di", "del", "du", "dos",
    "la", "le", "y", "ten", "ter", "bin", "al",
  };
  const char *end = s + n;

  for (const char *p = s; p < end;)
    {
      gsize w = 0;

      while (p + w < end && p[w] != ' ')
        w++;
      if (g_ascii_islower (*p) &&
          !_gln_listing_in_list_ci (p, p[w - 1] == ',' ? w - 1 : w, small_words,
                                    G_N_ELEMENTS (small_words)) &&
          !_gln_listing_is_glued_name (p, p[w - 1] == ',' ? w - 1 : w))
        return FALSE;
      for (p += w; p < end && *p == ' '; p++)
        ;
    }

  return TRUE;
}

/* "Title. Ann Lee, Bo Chen, Cy Diaz. Venue, City, 2013": the names between the title's
 * period and the venue's year. Two names at least, for a publisher ("Springer Verlag")
 * reads like one. */
static gboolean
parse_period_names (const char    *text,
                    gsize          len,
                    ListingFields *fields)
{
  const char *stop = _gln_listing_find_in (text, len, ". ");
  const char *end;
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GString) commas = NULL;
  gboolean truncated;

  /* "…, M. Hadi Okafor": the period of an initial ends no title. */
  while (stop != NULL && stop > text && g_ascii_isupper (stop[-1]) &&
         (stop - 1 == text || stop[-2] == ' '))
    stop = _gln_listing_find_in (stop + 2, text + len - (stop + 2), ". ");
  if (stop == NULL || (end = names_end (stop + 2, text + len)) >= text + len ||
      (_gln_listing_find_in (stop + 2, end - (stop + 2), ", ") == NULL &&
       _gln_listing_find_in (stop + 2, end - (stop + 2), " and ") == NULL) ||
      !_gln_listing_may_be_names (stop + 2, end - (stop + 2)) || !is_title_text (text, stop - text))
    return FALSE;
  /* "Ann Lee, Bo Chen. Title. Venue": the names come first, a style of its own. */
  if ((first = parse_names (text, stop - text, &truncated)) != NULL)
    return FALSE;
  commas = g_string_new_len (stop + 2, end - (stop + 2));
  g_string_replace (commas, ", and ", ", ", 0);
  g_string_replace (commas, " and ", ", ", 0);
  if ((names = parse_names (commas->str, commas->len, &truncated)) == NULL || names->len < 2 ||
      !read_venue (end + 2, text + len - (end + 2), fields))
    return FALSE;

  return keep_title_names (fields, text, stop - text, g_steal_pointer (&names), truncated);
}

gboolean
_gln_listing_parse_title_first (const char    *line,
                                ListingFields *fields)
{
  const char *tab = strchr (line, '\t');
  const char *text = line;
  const char *first = NULL;
  gboolean badge = FALSE;
  gboolean period;
  gboolean prose;
  gsize len;

  if (strlen (line) > MAX_TITLE_FIRST)
    return FALSE;
  prose = is_prose (line);
  if (tab != NULL)
    {
      if (prose || !(badge = read_badge (line, tab - line, fields)))
        return FALSE;
      text = _gln_listing_skip_blanks (tab + 1);
    }
  len = strip_notes (text, &period);
  if (!prose && parse_by_names (text, len, period, fields))
    return TRUE;
  /* The names after a title's period end a sentence of their own ("… en ligne. Ann Lee,
   * Bo Chen. Venue"), which reads like prose; the list of names and the year tell. */
  if (parse_period_names (text, len, fields))
    return TRUE;
  if (prose)
    return FALSE;

  for (const char *comma = _gln_listing_find_in (text, len, ", "); comma != NULL;
       comma = _gln_listing_find_in (comma + 2, text + len - (comma + 2), ", "))
    {
      const char *tail = comma + 2;
      const char *end = names_end (tail, text + len);
      g_autoptr(GPtrArray) names = NULL;
      gboolean truncated;

      if (first == NULL)
        {
          g_autofree char *piece = g_strndup (text, comma - text);

          /* "Lena Brandt, Sunil Iyer": an author list. */
          if (is_marked_name (piece))
            return FALSE;
          first = comma;
        }
      if (!is_title_text (text, comma - text))
        break;
      if ((names = parse_names (tail, end - tail, &truncated)) == NULL)
        continue;
      if (end < text + len && !read_venue (end + 2, text + len - (end + 2), fields))
        return FALSE;
      if (!badge && end == text + len && (names->len < 2 || !period))
        return FALSE;
      return keep_title_names (fields, text, comma - text, g_steal_pointer (&names),
                               truncated);
    }

  return FALSE;
}

/* "(91) ", "[12] ", "7. ": the number a list gives its entry; NULL without one. */
static const char *
skip_number (const char *line)
{
  const char *p = line + (*line == '(' || *line == '[');
  const char *digits = p;

  while (g_ascii_isdigit (*p))
    p++;
  if (p == digits || p - digits > 4)
    return NULL;
  if (!((line[0] == '(' && *p == ')') || (line[0] == '[' && *p == ']') ||
        (g_ascii_isdigit (line[0]) && *p == '.')) || p[1] != ' ')
    return NULL;

  return _gln_listing_skip_blanks (p + 1);
}

/* "Jr.", "III": what may follow a family name. */
static gboolean
is_suffix (const char *word,
           gsize       len)
{
  static const char * const suffixes[] = { "jr", "jr.", "sr", "sr.", "ii", "iii", "iv" };

  return _gln_listing_in_list_ci (word, len, suffixes, G_N_ELEMENTS (suffixes)) &&
         g_ascii_isupper (word[0]);
}

/* "Hermosilla-Palacios", "O'Neil": a word of a family name, letters only. */
static gboolean
is_name_word (const char *word,
              gsize       len)
{
  if (len == 0 || len > 40)
    return FALSE;
  for (const char *p = word; p < word + len; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isalpha (c) && c != '-' && c != '\'' && c != 0x2019)
        return FALSE;
    }

  return TRUE;
}

/* "S. H. Yuwono", "J.-P. Malrieu", "L. dos Anjos Cunha", "J. J. Foley IV": initials, then
 * the family name (particles in lower case allowed), then perhaps a suffix. */
static gboolean
is_initials_name (const char *text,
                  gsize       len)
{
  const char *p = text;
  const char *end = text + len;
  guint initials = 0;
  guint family = 0;
  guint words = 0;

  while (p < end)
    {
      gsize n = MIN ((gsize) (end - p), strcspn (p, " "));
      gunichar c = g_utf8_get_char (p);

      if (family == 0 && n >= 2 && g_unichar_isupper (c) && p[n - 1] == '.' &&
          (n == 2 || (n == 5 && p[2] == '-' && p[4] == '.')))
        initials++;
      else if (initials > 0 && family > 0 && is_suffix (p, n))
        ;
      else if (initials > 0 && words++ < 4 && is_name_word (p, n) &&
               (g_unichar_isupper (c) ||
                (n <= 3 && g_unichar_islower (c) && strncmp (p, "and ", 4) != 0 &&
                 strncmp (p, "in ", 3) != 0)))
        family += g_unichar_isupper (c);
      else
        return FALSE;
      p += n;
      while (p < end && *p == ' ')
        p++;
    }

  return initials > 0 && family > 0;
}

static gboolean
is_any_name (const char *text,
             gsize       len)
{
  g_autofree char *copy = NULL;

  if (is_initials_name (text, len))
    return TRUE;
  copy = g_strndup (text, len);

  return is_marked_name (copy);
}

/* One piece of the names: a name, "Name et al." or two names a period typed for a comma
 * joins ("C. Hu. C. J. Fabiano"). FALSE unless the piece is only names. */
static gboolean
add_name_piece (GPtrArray  *names,
                const char *piece,
                gsize       len,
                gboolean   *truncated)
{
  if (len > 7 && strncmp (piece + len - 7, " et al.", 7) == 0)
    {
      *truncated = TRUE;
      len -= 7;
    }
  if (is_any_name (piece, len))
    {
      g_ptr_array_add (names, g_strndup (piece, len));
      return TRUE;
    }
  /* "L. Brandt and S. Iyer", "C. Hu. C. J. Fabiano": two names in one piece. */
  for (const char *cut = piece; cut < piece + len - 2; cut++)
    {
      gsize gap = g_str_has_prefix (cut, " and ") ? 5 :
                  cut[0] == '.' && cut[1] == ' ' && cut > piece && g_ascii_islower (cut[-1]) ? 2 : 0;
      const char *second = cut + gap;

      if (gap > 0 && second < piece + len && is_any_name (piece, cut - piece) &&
          is_any_name (second, piece + len - second))
        {
          g_ptr_array_add (names, g_strndup (piece, cut - piece));
          g_ptr_array_add (names, g_strndup (second, piece + len - second));
          return TRUE;
        }
    }

  return FALSE;
}

/* A venue's state when it shows no year yet. */
static gboolean
is_state (const char *venue)
{
  static const char * const states[] = {
    "submitted", "accepted", "in press", "in preparation", "under review", "to appear",
  };

  return _gln_listing_in_list_ci (venue, strlen (venue), states, G_N_ELEMENTS (states));
}

/* "L. Brandt, S. Iyer, and M. Okafor, J. Chem. Phys. 164, 184113 (2026).": names, then
 * a venue with its year or its state. */
static gboolean
parse_names_venue (const char    *p,
                   ListingFields *fields)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *venue = NULL;
  gboolean truncated = FALSE;
  gsize len;

  if (strlen (p) > MAX_TITLE_FIRST)
    return FALSE;
  while (*p != '\0' && !truncated)
    {
      const char *piece = g_str_has_prefix (p, "and ") ? p + 4 : p;
      const char *comma = strstr (piece, ", ");
      gsize n = comma != NULL ? (gsize) (comma - piece) : strlen (piece);

      /* "A. E. DePrince, III": the page's comma before a suffix. */
      if (names->len > 0 && is_suffix (piece, n))
        {
          char *last = g_ptr_array_index (names, names->len - 1);

          names->pdata[names->len - 1] = g_strdup_printf ("%s, %.*s", last, (int) n, piece);
          g_free (last);
        }
      else if (!add_name_piece (names, piece, n, &truncated))
        {
          /* "C. Name in Book Title, Eds. (…)": a chapter's book after the last name. */
          const char *in = _gln_listing_find_in (piece, n, " in ");

          if (in != NULL && names->len > 0 && is_any_name (piece, in - piece))
            {
              g_ptr_array_add (names, g_strndup (piece, in - piece));
              p = in + 1;
            }
          break;
        }
      p = comma != NULL ? comma + 2 : piece + n;
    }
  venue = g_strdup (p);
  len = strlen (venue);
  while (len > 0 && (venue[len - 1] == '.' || venue[len - 1] == ' '))
    venue[--len] = '\0';
  if (names->len == 0 || len == 0 ||
      (!_gln_listing_find_shown_date (fields, venue, TRUE) && !is_state (venue)))
    return FALSE;
  g_clear_pointer (&fields->authors, g_ptr_array_unref);
  fields->authors = g_steal_pointer (&names);
  fields->truncated = truncated;
  g_free (fields->venue);
  fields->venue = g_steal_pointer (&venue);

  return TRUE;
}

/* "(91) L. Brandt, S. Iyer, and M. Okafor, J. Chem. Phys. 164, 184113 (2026).": a
 * numbered citation without its title, which stands on the line below; unnumbered when
 * the page numbers none of them here (its book chapters). */
gboolean
_gln_listing_parse_names_venue (const char    *line,
                                gboolean       numbered,
                                ListingFields *fields)
{
  const char *p = skip_number (line);

  if (p == NULL && !numbered)
    p = line;

  return p != NULL && parse_names_venue (p, fields);
}

/* Sentences of prose end in a lower-case word of four letters or more ("data. We"); a
 * citation's periods end initials, names and abbreviations, its title at most once. */
static guint
count_prose_ends (const char *text)
{
  guint ends = 0;

  for (const char *p = strstr (text, ". "); p != NULL && ends < 2; p = strstr (p + 2, ". "))
    {
      const char *word = p;

      while (word > text && g_ascii_islower (word[-1]))
        word--;
      ends += p - word >= 4 && (word == text || word[-1] == ' ') &&
              g_ascii_isupper (p[2]);
    }

  return ends;
}

/* Whether a paragraph under a title is a citation or a list of names rather than an
 * abstract: such a line is never stored as one. */
gboolean
_gln_listing_reads_as_citation (const char *text)
{
  g_auto(ListingFields) probe = { NULL, };
  g_autoptr(GPtrArray) names = NULL;
  gboolean truncated;

  if (strchr (text, '\n') != NULL || strlen (text) > MAX_TITLE_FIRST ||
      count_prose_ends (text) >= 2)
    return FALSE;
  if ((names = _gln_listing_parse_record_authors (text, &truncated)) != NULL)
    return TRUE;
  _gln_listing_fields_init (&probe, 0);
  if (parse_names_venue (skip_number (text) != NULL ? skip_number (text) : text, &probe))
    return TRUE;
  _gln_listing_fields_clear (&probe);
  _gln_listing_fields_init (&probe, 0);
  if (_gln_listing_parse_title_first (text, &probe))
    return TRUE;
  _gln_listing_fields_clear (&probe);
  _gln_listing_fields_init (&probe, 0);

  return _gln_listing_may_be_citation (text) && _gln_listing_parse_citation (text, &probe);
}
