/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include "gln-listing-citation-private.h"

#include <string.h>

/* Citations whose names and title a style sets apart by their punctuation:
 * APA and its kin ("Smith, J., & Jones, B. (2021). Title. Venue"), IEEE's quoted titles
 * ("A. Smith and B. Jones, \"Title,\" Venue"), MLA and Chicago ("Smith, Jane, and Bob
 * Jones. \"Title.\" Venue"), and "A, B. Title. Venue" with the names before a period;
 * gln-listing-citation.c tries them among the other styles. */

/* "Lena Brandt", "Maria de Souza": a name as written, given names first. */
gboolean
_gln_listing_is_written_name (const char *text)
{
  const char *space = strrchr (text, ' ');
  g_autofree char *given = NULL;
  guint particles = 0;

  if (space == NULL)
    return FALSE;
  given = g_strndup (text, space - text);
  /* Particles: "de", "van der"; short and few, for a title's words are not ("Une approche
   * … de la diffusion sur Twitter"). */
  while (strlen (given) > 0 && strchr (given, ' ') != NULL &&
         !g_unichar_isupper (g_utf8_get_char (strrchr (given, ' ') + 1)))
    {
      if (++particles > 2 || strlen (strrchr (given, ' ') + 1) > 4)
        return FALSE;
      *strrchr (given, ' ') = '\0';
    }

  return _gln_citation_is_given_names (given) && _gln_citation_looks_like_family_name (space + 1);
}

/* MLA and Chicago: "Okafor, Maria, and Lena Brandt", "Lindqvist, Jonas, et al.",
 * "Brandt, Lena, Sunil Iyer, and Maria Okafor": the first name inverted, the others as
 * written. NULL unless every piece is a name. */
static GPtrArray *
parse_inverted_first (const char *text,
                      gboolean   *truncated)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) pieces = g_strsplit (text, ", ", 64);
  char *and;

  if (pieces[0] == NULL || pieces[1] == NULL || !_gln_citation_looks_like_family_name (pieces[0]))
    return NULL;
  /* "Okafor, Maria and Lena Brandt": no comma before the last. */
  if ((and = strstr (pieces[1], " and ")) != NULL)
    *and = '\0';
  /* MLA and Chicago spell the given name out; "Gu, L." is another style's. */
  if (!_gln_citation_is_spelled_given (pieces[1],
                                      strchr (pieces[0], ' ') == NULL &&
                                      (pieces[2] != NULL || and != NULL)))
    return NULL;
  g_ptr_array_add (names, g_strdup_printf ("%s, %s", pieces[0], pieces[1]));
  if (and != NULL && !_gln_listing_is_written_name (and + 5))
    return NULL;
  if (and != NULL)
    g_ptr_array_add (names, g_strdup (and + 5));

  *truncated = FALSE;
  for (guint i = 2; pieces[i] != NULL; i++)
    {
      const char *piece = g_str_has_prefix (pieces[i], "and ") ? pieces[i] + 4 : pieces[i];

      if (g_str_equal (piece, "et al") || g_str_equal (piece, "et al."))
        {
          *truncated = TRUE;
          break;
        }
      if (!_gln_listing_is_written_name (piece))
        return NULL;
      g_ptr_array_add (names, g_strdup (piece));
      /* "Das Gupta, Ravi, Ann Lee, Bo Chen": MLA puts "and" before its last name; without
       * it these are names as written, one of them a single word. */
      if (pieces[i + 1] == NULL && piece == pieces[i])
        return NULL;
    }

  return g_steal_pointer (&names);
}

/* A Chicago author-date year after the names: "Haddad, Rami. 2022." gives "2022" and cuts
 * it from @prefix. */
static char *
take_author_date (char *prefix)
{
  gsize len = strlen (prefix);
  char *year;

  while (len > 0 && prefix[len - 1] == '.')
    prefix[--len] = '\0';
  if (len < 7 || prefix[len - 5] != ' ' || prefix[len - 6] != '.' ||
      _gln_listing_year_at (prefix, prefix + len - 4) == 0)
    return NULL;
  year = g_strdup (prefix + len - 4);
  prefix[len - 6] = '\0';

  return year;
}

/* The names of an MLA or Chicago citation, which end with a period (Chicago author-date:
 * with the year, which goes to @year). */
static GPtrArray *
parse_mla_names (const char  *prefix,
                 char       **year,
                 gboolean    *truncated)
{
  g_autofree char *names = g_strdup (prefix);
  g_autofree char *shown = take_author_date (names);
  gsize len = strlen (names);
  GPtrArray *found;

  if (len == 0 || (shown == NULL && prefix[strlen (prefix) - 1] != '.'))
    return NULL;
  while (len > 0 && names[len - 1] == '.')
    names[--len] = '\0';
  /* "Acosta, Gustavo A. 2024.": the last period was the initial's too. */
  if (len >= 2 && names[len - 2] == ' ' && g_ascii_isupper (names[len - 1]))
    {
      names[len++] = '.';
      names[len] = '\0';
    }
  if ((found = parse_inverted_first (names, truncated)) != NULL)
    *year = g_steal_pointer (&shown);

  return found;
}

/* "Journal, vol. 12, no. 3, 2021, pp. 45-67." → "Journal, 2021, pp. 45-67.", and a
 * chapter's "In Book, edited by A. Editor, 45–67." → "Book, 45–67.": what the venue rules
 * read, without the volume and issue words and the book's editors. */
static char *
dup_mla_venue (const char *venue)
{
  const char *start = _gln_listing_skip_blanks (venue + strspn (venue, ",. "));
  g_autoptr(GString) out = g_string_new (g_str_has_prefix (start, "In ") ? start + 3 : start);
  char *edited = strstr (out->str, ", edited by ");

  if (edited != NULL)
    {
      char *end = strstr (edited + 2, ", ");

      g_string_erase (out, edited - out->str, end != NULL ? end - edited : (gssize) strlen (edited));
    }

  for (const char *word = ", vol. "; word != NULL; word = g_str_equal (word, ", vol. ") ? ", no. " : NULL)
    {
      char *at = strstr (out->str, word);
      char *end;

      if (at == NULL)
        continue;
      end = strstr (at + strlen (word), ", ");
      g_string_erase (out, at - out->str, end != NULL ? end - at : (gssize) strlen (at));
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* "bioRxiv. Scholar", "Neuron, 9(1), 17–29. PDF Code": the venue without the links a page
 * puts after its citations; "" where they are all it shows ("“Title.” Scholar"). The name
 * of a preprint server ("arXiv") stays where it stands alone. */
char *
_gln_citation_dup_without_links (const char *venue)
{
  char *out = g_strstrip (g_strdup (venue));
  gsize kept = strlen (out);
  gboolean arxiv = FALSE;

  for (;;)
    {
      char *space = g_strrstr_len (out, kept, " ");
      char *word = space != NULL ? space + 1 : out;

      if (word == out + kept || !_gln_listing_is_link_word (word, out + kept - word))
        break;
      arxiv |= g_ascii_strncasecmp (word, "arxiv", 5) == 0;
      kept = space != NULL ? (gsize) (space - out) : 0;
      if (space == NULL)
        break;
    }
  if (kept == strlen (out) || (kept > 0 && out[kept - 1] != '.') || (kept == 0 && arxiv))
    return out;
  out[kept] = '\0';

  return out;
}

/* "Ana Ruiz, Lee, B., & Okafor, C.": a page's own name written out before the others'
 * "Surname, I." pairs. */
static GPtrArray *
parse_written_then_pairs (const char *text)
{
  const char *comma = strstr (text, ", ");
  g_autofree char *first = NULL;
  GPtrArray *rest;
  const char *next;

  if (comma == NULL)
    return NULL;
  first = g_strndup (text, comma - text);
  next = comma + 2;
  /* "Ruiz, A." is a pair, not a name and another. */
  if (!_gln_listing_is_written_name (first) || _gln_citation_is_initials_given (first) ||
      (rest = _gln_citation_parse_surname_initials (next)) == NULL)
    return NULL;
  g_ptr_array_insert (rest, 0, g_steal_pointer (&first));

  return rest;
}

/* APA's names: "Smith, J., Jones, B. A., & White, C." ("…, et al." truncated), or NULL. */
GPtrArray *
_gln_citation_parse_apa_names (const char *text,
                               gboolean   *truncated)
{
  g_autofree char *names = g_strdup (text);
  g_auto(GStrv) pieces = NULL;
  g_autofree char *joined = NULL;
  gboolean cut = _gln_listing_cut_others (names);
  GPtrArray *found;

  pieces = g_strsplit (names, "& ", 2);
  joined = g_strjoinv ("and ", pieces);
  if ((found = _gln_citation_parse_surname_initials (joined)) == NULL &&
      (found = parse_written_then_pairs (joined)) == NULL)
    found = _gln_citation_parse_inverted_first (joined);
  if (found != NULL)
    *truncated = cut;

  return found;
}

/* "Roa, Ana M. and Diaz, Dora A.": two inverted names joined by "and", as a page writes
 * them where its longer lists join them by semicolons. */
static GPtrArray *
parse_two_inverted (const char *prefix)
{
  const char *and = strstr (prefix, " and ");
  g_autofree char *list = NULL;

  if (and == NULL || and == prefix || and[-1] == ',' || strstr (and + 5, " and ") != NULL ||
      strchr (prefix, ';') != NULL)
    return NULL;
  list = g_strdup_printf ("%.*s; %s", (int) (and - prefix), prefix, and + 5);

  return _gln_citation_parse_semicolon_names (list);
}

/* The names before a quoted title, in any of the styles that quote it. */
static GPtrArray *
parse_quoted_names (char      *prefix,
                    char      **year,
                    gboolean   *truncated)
{
  GPtrArray *names;
  gsize len = strlen (prefix);

  /* IEEE Xplore's plain text: "Mondal, H.K.; Deb, S., “Title,” Venue". */
  if (strstr (prefix, "; ") != NULL &&
      (names = _gln_citation_parse_semicolon_names (prefix)) != NULL)
    return names;
  if ((names = parse_mla_names (prefix, year, truncated)) != NULL ||
      (names = _gln_citation_parse_surname_initials (prefix)) != NULL ||
      (names = _gln_citation_parse_apa_names (prefix, truncated)) != NULL)
    return names;
  /* "…, and Stan Z. Li. “Title,”": the period after a family name closes the list, after
   * its marks too ("Xu Chen#. “Title”", "Ana Ruiz*. “Title”"). */
  if (len > 2 && prefix[len - 1] == '.')
    {
      gsize name_end = len - 1;

      gsize caps;

      while (name_end > 1 && (prefix[name_end - 1] == '#' || prefix[name_end - 1] == '*'))
        name_end--;
      /* Vancouver's "…, Yap CH. “Title”": the initials without periods, then the list's. */
      for (caps = 0; caps < name_end && caps < 4 && g_ascii_isupper (prefix[name_end - 1 - caps]);
           caps++)
        ;
      if (g_ascii_islower (prefix[name_end - 1]) ||
          (caps >= 1 && caps <= 3 && name_end > caps + 1 && prefix[name_end - 1 - caps] == ' ' &&
           g_ascii_islower (prefix[name_end - 2 - caps])))
        prefix[len - 1] = '\0';
    }
  if ((names = _gln_listing_parse_author_list (prefix, FALSE, truncated)) == NULL &&
      (names = _gln_listing_parse_record_authors (prefix, truncated)) == NULL &&
      (names = _gln_listing_parse_slipped_names (prefix)) == NULL)
    {
      /* "…, Dora A.": the period was the initial's. */
      if (len > 2 && prefix[len - 1] == '\0')
        prefix[len - 1] = '.';
      names = parse_two_inverted (prefix);
    }

  return names;
}

/* "A. Bo*, #, C. Di#": a mark that stands alone between commas is its name's, typed apart
 * (a name's co-first mark after its corresponding one); it is dropped. */
static void
drop_lone_marks (char *prefix)
{
  for (char *p = strstr (prefix, ", "); p != NULL; p = strstr (p + 1, ", "))
    {
      gsize n = strspn (p + 2, "#*");

      if (n > 0 && p[2 + n] == ',')
        memmove (p, p + 2 + n, strlen (p + 2 + n) + 1);
    }
}

gboolean
_gln_citation_parse_quoted (const char    *line,
                            ListingFields *fields)
{
  const char *open;
  const char *title;
  const char *close;
  const char *venue;
  g_autofree char *prefix = NULL;
  g_autofree char *year = NULL;
  g_autofree char *mla_venue = NULL;
  g_autofree char *tag = NULL;
  g_autofree char *tag_year = NULL;
  g_autofree char *linkless = NULL;
  g_autofree char *paren_year = NULL;
  g_autoptr(GPtrArray) names = NULL;
  gsize len;
  gboolean truncated = FALSE;
  gboolean cut = FALSE;

  if (!_gln_citation_find_quotes (line, &open, &title, &close, &venue) || open - line < 3 ||
      open - line > 4000)
    return FALSE;

  prefix = g_strndup (line, open - line);
  drop_lone_marks (prefix);
  g_strchomp (prefix);
  len = strlen (prefix);
  /* "Zheng*，“Title”": a full-width comma before the quote too. */
  if (len >= 3 && g_str_has_suffix (prefix, "\uff0c"))
    prefix[len -= 3] = '\0';
  while (len > 0 && prefix[len - 1] == ',')
    prefix[--len] = '\0';
  paren_year = _gln_citation_cut_paren_year (prefix, &len, &truncated);
  /* Chicago's notes: "Okafor, Maria, and Lena Brandt, “Title,” Venue": the names end with
   * a comma, and the year may be left to the heading above. */
  if (paren_year == NULL && line[len] == ',')
    names = parse_inverted_first (prefix, &truncated);
  if (names == NULL &&
      (names = _gln_listing_parse_tagged_names (prefix, &tag, &tag_year, &cut)) == NULL &&
      (names = parse_quoted_names (prefix, &year, &cut)) == NULL)
    return FALSE;
  truncated |= cut;
  /* MLA's "Venue, vol. 12, no. 3, 2021, pp. 45-67": the venue is the first part. */
  if (year != NULL || strstr (venue, ", vol. ") != NULL || strstr (venue, ", edited by ") != NULL)
    venue = mla_venue = dup_mla_venue (venue);

  len = close - title;
  while (len > 0 && strchr (",. ", title[len - 1]) != NULL)
    len--;
  if (!_gln_citation_set_title (fields, title, len))
    return FALSE;
  /* A quoted title after a list of names is a citation even where the page shows no year
   * ("…,” IEEE Network (Accepted with minor revision),"): the date stays unknown. */
  if (tag_year != NULL)
    _gln_listing_set_shown_date (fields, tag_year, _gln_listing_year_at (tag_year, tag_year), 0, 0);
  if (paren_year != NULL)
    _gln_listing_set_shown_date (fields, paren_year, _gln_listing_year_at (paren_year, paren_year), 0, 0);
  _gln_listing_find_shown_date (fields, year != NULL ? year : venue, TRUE);
  if (tag != NULL)
    {
      g_free (fields->venue);
      fields->venue = g_steal_pointer (&tag);
    }
  /* "… and ‘Nineteen Old Poems,’”": the comma is the citation's, inside a nested quote. */
  if (g_str_has_suffix (fields->title, ",\u2019") && strstr (fields->title, "\u2018") != NULL)
    memmove (fields->title + strlen (fields->title) - 4,
             fields->title + strlen (fields->title) - 3, 4);
  _gln_citation_keep_authors (fields, names, truncated);
  linkless = _gln_citation_dup_without_links (venue + strspn (venue, ", "));
  _gln_citation_find_venue_fields (fields, linkless);

  return TRUE;
}

/* "1-15", "301–329": the pages a table of contents gives instead of a venue. */
gboolean
_gln_citation_is_pages (const char *text)
{
  gboolean digit = FALSE;

  for (const char *p = text; *p != '\0';)
    {
      if (g_str_has_prefix (p, "–"))
        p += strlen ("–");
      else if (strchr ("-:, ", *p) != NULL || g_ascii_isdigit (*p))
        digit |= g_ascii_isdigit (*p++);
      else
        return FALSE;
    }

  return digit;
}

/* "A Lee, B Chen, C Diaz, Title of the paper": a list of names that ends with a comma
 * before the title. The names, of two at least, before the first piece that is none, and
 * where the title starts (*title), or NULL. */
static GPtrArray *
names_before_title (const char  *prefix,
                    const char **title,
                    gboolean    *truncated)
{
  GPtrArray *names = NULL;

  for (const char *comma = strstr (prefix, ", "); comma != NULL; comma = strstr (comma + 2, ", "))
    {
      g_autofree char *list = g_strndup (prefix, comma - prefix);
      gboolean cut;
      GPtrArray *longer = _gln_listing_parse_record_authors (list, &cut);

      /* A piece that is no name ends the list: a longer one has it too. */
      if (longer == NULL)
        break;
      g_clear_pointer (&names, g_ptr_array_unref);
      names = longer;
      *truncated = cut;
      *title = comma + 2;
    }
  if (names != NULL && (names->len < 2 || *truncated ||
                        !g_unichar_isupper (g_utf8_get_char (*title)) ||
                        _gln_listing_count_words_upto (*title, 3) < 3))
    g_clear_pointer (&names, g_ptr_array_unref);

  return names;
}

/* The period after the last family name of a list at the start of line, or NULL. The
 * last name may carry a mark: "Jie Zheng*.", "Biaoru Li#." */
/* Whether a word of two letters or more, its last in lower case ("Ilić"), ends at p. */
static gboolean
ends_lower_word (const char *line,
                 const char *p)
{
  const char *last;

  if (p > line + 1 && (guchar) p[-1] < 0x80)
    return g_ascii_islower (p[-1]) && g_ascii_isalpha (p[-2]);
  last = p > line ? g_utf8_prev_char (p) : p;

  return last > line && g_unichar_islower (g_utf8_get_char (last)) &&
         g_unichar_isalpha (g_utf8_get_char (g_utf8_prev_char (last)));
}

static const char *
names_period_end (const char *line)
{
  const char *p;

  for (p = line; *p != '\0' && p - line < 2000; p++)
    if (p[0] == '.' && p[1] == ' ' && p > line + 2 &&
        (p[-1] == ')' || ends_lower_word (line, p[-1] == '*' || p[-1] == '#' ? p - 1 : p)))
      return p;

  return NULL;
}

/* "…, D. Levens. Y. Pilpel, TM Przytycka. Title": a period typed for a comma between two
 * names, p being the first. The names after it are added; returns the period that ends
 * them. */
static const char *
add_names_after_period (const char *p,
                        GPtrArray  *names)
{
  for (guint k = 0; k < 2; k++)
    {
      const char *rest = p + 2;
      const char *end;
      g_autofree char *list = NULL;
      g_autoptr(GPtrArray) more = NULL;
      gboolean cut;

      /* An initial opens the next name: a title hardly starts so. */
      if (!g_ascii_isupper (rest[0]) || rest[1] != '.' || rest[2] != ' ' ||
          (end = names_period_end (rest)) == NULL)
        break;
      list = g_strndup (rest, end - rest);
      if ((more = _gln_listing_parse_record_authors (list, &cut)) == NULL || cut)
        break;
      for (guint i = 0; i < more->len; i++)
        g_ptr_array_add (names, g_strdup (g_ptr_array_index (more, i)));
      p = end;
    }

  return p;
}

/* "Title, 22 December 2021, PREPRINT …", "Title, bioRxiv 2021.05.30.446363; doi: …": a
 * title with no period after it, closed by its first comma, which the part with its year
 * follows ("Venue, 31: 408-419, 2023" is no title). A quoted title is another style's. */
static gboolean
parse_title_dated (const char    *text,
                   ListingFields *fields)
{
  const char *c = strstr (text, ", ");
  const char *part;
  gboolean dated = FALSE;

  if (c == NULL || c - text > 1000 || *text == '"' || g_str_has_prefix (text, "“"))
    return FALSE;
  part = c + 2;
  for (const char *y = part; y < part + strcspn (part, ",;[") && !dated; y++)
    dated = _gln_listing_year_at (part, y) != 0;
  if (!dated || !_gln_citation_set_title (fields, text, c - text) ||
      !_gln_listing_find_shown_date (fields, part, TRUE))
    return FALSE;
  _gln_citation_find_venue_fields (fields, part);

  return TRUE;
}

/* "ATLAS Collaboration", "The Brain Atlas Consortium": a group that signs a paper as its
 * one author. */
static gboolean
is_group_author (const char *name)
{
  const char *last = strrchr (name, ' ');

  return last != NULL && (g_str_equal (last + 1, "Collaboration") ||
                          g_str_equal (last + 1, "Consortium"));
}

/* "A. Name and B. Name, editors": BibTeX's styles mark the editors of a volume so; the
 * names stay, the mark goes. */
static gboolean
drop_editors_mark (char *names)
{
  static const char * const marks[] = { ", editor", ", editors" };

  for (guint k = 0; k < G_N_ELEMENTS (marks); k++)
    if (g_str_has_suffix (names, marks[k]) && strlen (names) > strlen (marks[k]))
      {
        names[strlen (names) - strlen (marks[k])] = '\0';
        return TRUE;
      }

  return FALSE;
}

/* "Title. In Proc. of the Meeting, …": the proceedings or book a paper appeared in, after a
 * title of three words or more, which a journal's abbreviated name ("Lancet Neurol. 2025
 * Apr") never opens. */
static gboolean
opens_book_after_title (const char *rest)
{
  const char *in = strstr (rest, ". In ");
  g_autofree char *title = NULL;

  if (in == NULL || in - rest > 400 || !g_ascii_isupper (in[5]) ||
      !g_unichar_isupper (g_utf8_get_char (rest)))
    return FALSE;
  title = g_strndup (rest, in - rest);

  return _gln_listing_count_words_upto (title, 3) >= 3;
}

/* "J. Lindqvist, R. Haddad. Title. ICML 2023.": names as written, a period after the
 * last family name, the title, then a venue with its year. */
gboolean
_gln_citation_parse_names_period (const char    *line,
                                  ListingFields *fields)
{
  const char *p;
  const char *rest;
  const char *end;
  g_autofree char *prefix = NULL;
  g_autofree char *year = NULL;
  g_autoptr(GPtrArray) names = NULL;
  const char *venue;
  gboolean truncated = FALSE;
  gboolean noted;

  if ((p = names_period_end (line)) == NULL)
    return FALSE;
  prefix = g_strndup (line, p - line);
  noted = _gln_listing_drop_name_note (prefix) | drop_editors_mark (prefix);
  /* MLA with the title's italics lost (a report): "Park, Jiwoo T., et al. Title. Venue". */
  if ((names = _gln_listing_parse_record_authors (prefix, &truncated)) == NULL &&
      (!g_str_has_suffix (prefix, ", et al") ||
       (names = parse_inverted_first (prefix, &truncated)) == NULL))
    {
      const char *title = NULL;

      if (noted || (names = names_before_title (prefix, &title, &truncated)) == NULL ||
          !_gln_listing_parse_title_venue (line + (title - prefix), fields, FALSE) ||
          _gln_listing_count_words_upto (fields->title, 3) < 3)
        return FALSE;
      _gln_citation_keep_authors (fields, names, truncated);
      return TRUE;
    }
  /* One name needs its initial: "Lancet Neurol. 2025 Apr;24(4)" is a journal; a thesis
   * has one author ("Sean Wilson. Title. Ph.D. thesis, …"), a note marks a name, and a
   * collaboration signs as one. */
  if (names->len == 1 && strchr (prefix, '.') == NULL && !_gln_listing_is_thesis (p + 2) &&
      !noted && !truncated && !is_group_author (g_ptr_array_index (names, 0)) &&
      !opens_book_after_title (p + 2))
    return FALSE;
  if (!truncated)
    p = add_names_after_period (p, names);
  /* ACM's reference format puts the year before the title: "A, B, and C. 2014. Title.". */
  rest = p + 2;
  if (_gln_listing_year_at (rest, rest) != 0 && rest[4] == '.')
    rest = _gln_listing_skip_year_before_title (rest, &year);
  if (year != NULL && (end = _gln_citation_title_end (rest, &venue)) != NULL &&
      _gln_citation_set_title (fields, rest, end - rest))
    _gln_citation_find_venue_fields (fields, venue);
  else if (!_gln_listing_parse_title_venue (rest, fields, FALSE) &&
           (_gln_citation_title_end (rest, &venue) != NULL || !parse_title_dated (rest, fields)))
    return FALSE;
  if (_gln_listing_count_words_upto (fields->title, 3) < 3)
    return FALSE;
  if (year != NULL)
    _gln_listing_set_shown_date (fields, year, _gln_listing_year_at (year, year), 0, 0);
  _gln_citation_keep_authors (fields, names, truncated);

  return TRUE;
}
