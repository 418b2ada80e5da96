/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include "gln-listing-private.h"

#include <string.h>

/* Citations in the style of APA without the year after the names, as personal pages list
 * their papers, often with the year (or the paper's state) written before them:
 *
 *   "2023 - Okafor, M.*, Brandt, L.; Iyer, S. R., & Haddad, R. Title. Journal, 9(3), 45."
 *   "Under review - Okafor, M.; Brandt, L. Title - ...."
 *
 * The names are "Surname, Initials" pairs whatever the separator (", ", ",", "; ", ", & "),
 * a mark such as "*" after the initials or the family name; the title starts where a word
 * that is no initial follows the last pair, and ends at the sentence after which the venue
 * comes ("Journal, vol(issue), pages"), or at a " - " before it. */

#define MAX_YEAR_FIRST 4000

static gboolean
is_mark (const char *p,
         gsize      *len)
{
  if (*p == '*' || *p == '#')
    *len = 1;
  else if (g_str_has_prefix (p, "\u2020") || g_str_has_prefix (p, "\u2021"))
    *len = strlen ("\u2020");
  else
    return FALSE;

  return TRUE;
}

static const char *
skip_marks (const char *p)
{
  gsize len;

  while (is_mark (p, &len))
    p += len;

  return p;
}

/* Whether a mark ends text[0:end]. */
static gboolean
marked (const char *text,
        const char *end)
{
  gsize len;

  return end > text && is_mark (g_utf8_prev_char (end), &len);
}

/* "PA Ajani", "T-Y Ho", "HM van Tol": two or three capitals without periods before a word
 * with small letters, as names written initials first show them. */
static gboolean
initials_before_name (const char *p)
{
  const char *q = p;
  guint letters = 0;

  while (g_ascii_isupper (*q) || (*q == '-' && q > p && g_ascii_isupper (q[1])))
    letters += *q++ != '-';
  if (letters < 2 || letters > 3 || *q != ' ')
    return FALSE;
  for (q++; g_ascii_isalpha (*q); q++)
    if (g_ascii_islower (*q))
      return TRUE;

  return FALSE;
}

/* "Okafor", "Prado‐Nóvoa*", "de la Cruz", "Marín Merino": a family name up to its comma;
 * where it ends, or NULL. */
static const char *
skip_family (const char *p)
{
  gboolean lower = FALSE;
  gboolean capital = FALSE;

  for (guint words = 0; words < 4; words++)
    {
      const char *w = p;
      gunichar first = g_utf8_get_char (w);

      /* "R Bhatla, D. Sarkar", "PA Ajani, N McGinty", "T-Y Ho": a given name's initials,
       * not a family name's word. */
      if (g_unichar_isupper (first) && (p[1] == ' ' || p[1] == ',' || initials_before_name (p)))
        return NULL;
      if (g_unichar_isupper (first))
        capital = TRUE;
      else if (!g_ascii_islower (*w) || strcspn (w, " ,") > 4)  /* "de", "van", "von" */
        return NULL;
      for (p = g_utf8_next_char (w); *p != '\0' && *p != ' ' && *p != ','; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (g_unichar_islower (c))
            lower = TRUE;
          else if (!g_unichar_isalpha (c) && c != '-' && c != '\'' && c != 0x2010 &&
                   c != 0x2019)
            break;
        }
      p = skip_marks (p);
      if (*p == ',')
        return capital && lower ? p : NULL;
      if (*p != ' ' || p - w > 40)
        return NULL;
      p++;
    }

  return NULL;
}

/* One initial at p: "M.", "Rh.", "Á.", or "L" without its period before a separator or a
 * mark ("Agudo, L;", "Mateos, A*."). Where it ends, or NULL. */
static const char *
initial_end (const char *p)
{
  const char *q;

  if (!g_unichar_isupper (g_utf8_get_char (p)))
    return NULL;
  /* "Albers, DJ, Levine, ME": two or three initials without periods, before a comma. */
  if (g_ascii_isupper (p[1]) && (p[2] == ',' || (g_ascii_isupper (p[2]) && p[3] == ',')))
    return p[2] == ',' ? p + 2 : p + 3;
  q = g_utf8_next_char (p);
  if (g_ascii_islower (q[0]) && q[1] == '.')
    q++;
  if (*q == '.')
    return q + 1;
  if (*q == ',' || *q == ';' || *q == '*' || *q == '#' || *q == '\0')
    return q;

  return NULL;
}

/* "M.", "A.B.", "A. B.", "J.-P.", "L": the initials of a pair; where they end, or NULL. */
static const char *
skip_initials (const char *p)
{
  const char *end = initial_end (p);

  while (end != NULL && end[-1] == '.')
    {
      const char *next = *end == ' ' || *end == '-' ? end + 1 : end;
      const char *after = initial_end (next);

      if (after == NULL)
        break;
      end = after;
    }

  return end;
}

/* "Pater J.,", "Kanter AS ", "Woods B.K.S.": a name in Vancouver's way, family name then
 * initials, which a list of pairs may slip into; it opens no title. */
static gboolean
opens_vancouver_name (const char *p)
{
  const char *q = p;
  const char *caps;
  guint capitals = 0;

  if (!g_ascii_isupper (*q))
    return FALSE;
  while (g_ascii_isalpha (*q) || *q == '-')
    q++;
  if (*q != ' ')
    return FALSE;
  for (caps = ++q; g_ascii_isupper (*q) || *q == '.'; q++)
    capitals += *q != '.';

  return q > caps && capitals <= 3 && q - caps <= 6 && (*q == ',' || *q == ' ' || *q == '\0');
}

/* "RS Kaufman", "L Jordan": one to three capitals without periods, then a space: the
 * initials of a pair typed without the comma after them. Where they end, or NULL. */
static const char *
bare_initials_end (const char *p)
{
  gsize n = strspn (p, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");

  return n >= 1 && n <= 3 && p[n] == ' ' ? p + n : NULL;
}

/* Whether a pair opens p: "Kaufman, DR", "Mamykina, L.", "Jordan, DA Kaufman". */
static gboolean
opens_spaced_pair (const char *p)
{
  const char *end = skip_family (p);

  return end != NULL && end[1] == ' ' &&
         (skip_initials (end + 2) != NULL || bare_initials_end (end + 2) != NULL);
}

/* Where the initials of the name in Vancouver's way at p end ("Pater J.", "Kanter AS"), or
 * NULL when none opens there. */
static const char *
vancouver_initials_end (const char *p)
{
  const char *end;

  if (!opens_vancouver_name (p))
    return NULL;
  end = strchr (p, ' ') + 1;

  return end + strspn (end, "ABCDEFGHIJKLMNOPQRSTUVWXYZ.");
}

/* "Pater J.,": such a name among the pairs, closed by its comma; where its initials end, or
 * NULL. Initials ended by their period may close it otherwise: before " and " the last
 * name ("Zhang J. and Wu, K.,"), or before the title ("…, and Woods B.K.S. Title."). */
static const char *
vancouver_name_end (const char *p)
{
  const char *end = vancouver_initials_end (p);

  if (end == NULL)
    return NULL;
  if (*end == ',')
    return end;
  if (end[-1] != '.' || end[0] != ' ')
    return NULL;

  return g_str_has_prefix (end, " and ") || g_str_has_prefix (end, " & ") ||
         g_unichar_isupper (g_utf8_get_char (end + 1)) ? end : NULL;
}

/* "Gu,H.,": a pair typed without the space after its comma; where its initials end, or
 * NULL. */
static const char *
unspaced_pair_end (const char *p)
{
  const char *end = skip_family (p);

  if (end == NULL || !g_ascii_isupper (end[1]) || (end = skip_initials (end + 1)) == NULL ||
      end[-1] != '.')
    return NULL;

  return end;
}

/* "Aydin, N.S. and Rainer M. 2013. Title": the last name after "and", in Vancouver's way
 * with the initials' periods, then the year; where its initials end, or NULL. */
static const char *
last_vancouver_name_end (const char *p)
{
  const char *end = vancouver_initials_end (p);

  return end != NULL && end[-1] == '.' && *end == ' ' &&
         _gln_listing_year_at (end + 1, end + 1) != 0 ? end : NULL;
}

/* "Kanter, AS ": a pair whose initials have no periods, which opens no title either. */
static gboolean
opens_bare_pair (const char *p)
{
  const char *end = skip_family (p);
  const char *q;

  if (end == NULL || end[1] != ' ')
    return FALSE;
  for (q = end + 2; g_ascii_isupper (*q); q++)
    ;

  return q > end + 2 && q - (end + 2) <= 3 && (*q == ' ' || *q == ',' || *q == '\0');
}

/* "Weber, G-.W.", "Kö•rum, E.": a pair whose family name or initials have a typo or a
 * stray character in them; one word, its comma, then a capital with a period or a hyphen. */
static gboolean
opens_odd_pair (const char *p)
{
  const char *q = p;

  while (*q != '\0' && *q != ' ' && *q != ',' && q - p <= 40)
    q++;
  if (q == p || q[0] != ',' || q[1] != ' ' || !g_unichar_isupper (g_utf8_get_char (q + 2)))
    return FALSE;
  q = g_utf8_next_char (q + 2);

  return *q == '.' || *q == '-';
}

/* Where a list of pairs closed by a comma gives way to the title: "Brandt, L., Title, Venue"
 * (a page that writes its citations with commas only), or "Brandt, L., 2011 Title, …"; a
 * title in Chinese too, its translation perhaps in parentheses after it. */
static gboolean
opens_title_after_comma (const char *p)
{
  gunichar first = g_utf8_get_char (p);

  return (g_unichar_isupper (first) || _gln_listing_year_at (p, p) != 0 ||
          (first >= 0x4e00 && first <= 0x9fff)) &&
         !opens_vancouver_name (p) && !opens_bare_pair (p) && !opens_odd_pair (p);
}

/* "--. Title", "n.d. Title": the place of the year in a Harvard citation of a paper not yet
 * out (a submitted manuscript); its length, or 0. */
static gsize
undated_at (const char *p)
{
  if (g_str_has_prefix (p, "--. ") || g_str_has_prefix (p, "n.d. "))
    return p[0] == '-' ? 4 : 5;

  return 0;
}

/* "Preston, C. ": a pair at p, its initials ended by a period; no title opens so. */
static gboolean
opens_pair (const char *p)
{
  const char *end = skip_family (p);

  return end != NULL && end[1] == ' ' && (end = skip_initials (end + 2)) != NULL &&
         end[-1] == '.';
}

/* Where the "Surname, I." pair at p ends, or NULL; *spaced tells that its initials have
 * no periods ("Kanter, AS"). */
static const char *
pair_end (const char *p,
          gboolean    after_names,
          gboolean   *spaced)
{
  const char *end;
  const char *initials;

  /* "Yokota, T., Jr., G. G.": an export that took a suffix for the family name of the
   * next; the pair stays as shown. */
  if (after_names && (g_str_has_prefix (p, "Jr., ") || g_str_has_prefix (p, "Sr., ")))
    end = p + 3;
  else
    end = skip_family (p);
  if (end == NULL)
    return NULL;
  /* "Gu,H.,": a pair typed without the space after its comma, among other names. */
  if (end[1] != ' ')
    return after_names ? unspaced_pair_end (p) : NULL;
  initials = end + 2;
  if ((end = skip_initials (initials)) == NULL && (end = bare_initials_end (initials)) != NULL)
    *spaced = TRUE;

  return end;
}

/* The "Surname, I." pairs that open the line; *rest is where the title starts, and
 * *comma_ended tells that the names ended with a comma, not a period. */
static GPtrArray *
parse_pairs (const char  *line,
             const char **rest,
             gboolean    *comma_ended)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *p = line;
  gboolean after_comma = FALSE;
  guint slips = 0;

  *comma_ended = FALSE;
  for (;;)
    {
      const char *start;
      const char *end;
      gboolean spaced = FALSE;
      gboolean last = FALSE;

      if (g_str_has_prefix (p, "& "))
        p += 2, last = TRUE;
      else if (g_str_has_prefix (p, "and "))
        p += 4, last = TRUE;
      start = p;
      end = pair_end (start, names->len > 0, &spaced);
      /* "Brandt, L., 2016. Title. Journal": Harvard's year after a comma, then a period. */
      if (end == NULL && after_comma && _gln_listing_year_at (start, start) != 0 &&
          start[4] == '.' && start[5] == ' ')
        {
          *rest = start;
          break;
        }
      /* "Brandt, L., Iyer, S., Durable, Portable Records, Journal": no pair, the title. */
      if (end == NULL && names->len >= 2 && after_comma && opens_title_after_comma (start))
        {
          *rest = start;
          *comma_ended = TRUE;
          break;
        }
      /* "Smaldone, A., Bakken S., Title": a name typed in Vancouver's way among the
       * pairs, closed by a comma; the pairs written right must outnumber such slips. */
      if (end == NULL && (names->len == 0 || after_comma || last) &&
          (end = vancouver_name_end (start)) != NULL)
        slips++;
      /* The list's last name typed so is no slip: the year after it closes the list. */
      else if (end == NULL && last && names->len > 0)
        end = last_vancouver_name_end (start);
      if (end == NULL || names->len >= 500)
        return NULL;
      end = skip_marks (end);
      g_ptr_array_add (names, g_strndup (start, end - start));
      after_comma = *end == ',' || g_str_has_prefix (end, "\uff0c");
      if (*end == ',' || *end == ';')
        p = _gln_listing_skip_blanks (end + 1);
      /* "Pan, D.，Wu, Z.": a full-width comma, typed in a Chinese input method. */
      else if (after_comma)
        p = _gln_listing_skip_blanks (end + strlen ("\uff0c"));
      else if (g_str_has_prefix (end, " & ") || g_str_has_prefix (end, " and "))
        p = end + 1;
      else if (end[0] == '.' && end[1] == ' ')
        {
          *rest = end + 2;
          break;
        }
      /* "Hum, RS Kaufman, DR, Title": pairs typed without the comma between them, then
       * the title after a comma or, two pairs read, after the space ("Kanter, AS Title"),
       * where no name in Vancouver's way follows ("Kim, JH Lee SY, …"). */
      else if (spaced && opens_spaced_pair (end + 1))
        p = end + 1;
      else if (spaced && names->len >= 2 && g_unichar_isupper (g_utf8_get_char (end + 1)) &&
               !opens_vancouver_name (end + 1))
        {
          *rest = end + 1;
          break;
        }
      /* "Allen, A. Preston, C. Title": the next pair, with no comma before it. */
      else if (end[0] == ' ' && end[-1] == '.' && opens_pair (end + 1))
        p = end + 1;
      /* "Mateos, A.* Title": no period of its own before the title. */
      else if (end[0] == ' ' && (end[-1] == '.' || marked (start, end)) &&
               (g_unichar_isupper (g_utf8_get_char (end + 1)) ||
                _gln_listing_year_at (end + 1, end + 1) != 0 || undated_at (end + 1) > 0))
        {
          *rest = end + 1;
          break;
        }
      else
        return NULL;
    }
  if (slips > 0 && names->len - slips < MAX (2, slips))
    return NULL;

  return g_steal_pointer (&names);
}

/* A sentence of a title rather than a venue: two words in lower case at least, besides
 * the little words venues have ("Journal of …", "Investigación y espacio"). */
static gboolean
is_title_sentence (const char *s,
                   gsize       len)
{
  static const char * const little[] = {
    "of", "and", "the", "in", "for", "on", "y", "de", "la", "et", "und", "für", "des", "du",
  };
  guint lower = 0;

  for (const char *w = s; w < s + len;)
    {
      gsize n = strcspn (w, " ");

      n = MIN (n, (gsize) (s + len - w));
      if (g_ascii_islower (*w) && !_gln_listing_in_list_ci (w, n, little, G_N_ELEMENTS (little)))
        lower++;
      w = _gln_listing_skip_blanks (w + n);
    }

  return lower >= 2;
}

/* The sentence end at p: a period that is no abbreviation's, "?" or "!", before a capital
 * or digit. Its length in the title (0 for the period, 1 for the others), or -1. */
static int
sentence_end_at (const char *text,
                 const char *p)
{
  if (*p == '.')
    return _gln_listing_is_sentence_break (text, p) ? 0 : -1;
  if ((*p == '?' || *p == '!') && p[1] == ' ' &&
      (g_unichar_isupper (g_utf8_get_char (p + 2)) || g_ascii_isdigit (p[2])))
    return 1;

  return -1;
}

/* Whether text[0:end] ends with a word rather than an abbreviation ("Knapping", not
 * "Hum" or "J"): after a "?" in the title, the sentence that goes on with it ("Skill or
 * Strength? How Practice Shapes Flake Size. Journal") rather than the venue. */
static gboolean
ends_with_word (const char *text,
                const char *end)
{
  const char *word = end;

  while (word > text && word[-1] != ' ')
    word--;

  return end - word > 6 || (end > word && g_ascii_islower (*word));
}

/* The first sentence end at or after from; *keep as sentence_end_at() gives it. */
static const char *
next_sentence_end (const char *text,
                   const char *from,
                   int        *keep)
{
  for (const char *p = from; *p != '\0'; p++)
    if ((*keep = sentence_end_at (text, p)) >= 0)
      return p;

  return NULL;
}

/* "28(5).", "91: 1-9": a volume with its issue or pages, after the sentence that names
 * the venue ("Smart materials and structures. 28(5)."), which is then no title's. */
static gboolean
opens_volume (const char *p)
{
  gsize digits = strspn (p, "0123456789");

  return digits >= 1 && digits <= 4 && (p[digits] == '(' || p[digits] == ':');
}

/* Where the title that starts the text ends, and *venue where its venue starts: at the
 * sentence end after which no sentence of the title goes on ("…Spain). Perimortem
 * modifications in two male individuals. Journal, 12"), or at a dash before it; NULL
 * when neither shows. */
static const char *
find_title_end (const char  *text,
                const char **venue)
{
  int keep = 0;
  const char *end = next_sentence_end (text, text, &keep);

  while (end != NULL)
    {
      int next_keep = 0;
      const char *next = next_sentence_end (text, end + 1, &next_keep);

      /* "Title. In: Brown, H.A. et al. eds. Book": the book the chapter is in. */
      if (next == NULL || g_str_has_prefix (end + 2, "In: ") ||
          !(is_title_sentence (end + 2, next - (end + 2)) ||
            (keep == 1 && ends_with_word (end + 2, next))) ||
          opens_volume (next + 2))
        break;
      end = next;
      keep = next_keep;
    }
  for (const char *p = text; *p != '\0' && (end == NULL || p < end); p++)
    {
      gsize len = _gln_listing_dash_at (p);

      if (len > 0)
        {
          *venue = p + len;
          return p;
        }
    }
  if (end != NULL)
    *venue = end + 2;

  return end != NULL ? end + keep : NULL;
}

/* ", in press.": the state of a paper at the end of a title that shows no venue. */
static const char *
find_state (const char *text)
{
  static const char * const states[] = {
    ", in press", ", accepted", ", submitted", ", forthcoming", ", under review",
  };

  for (const char *p = strstr (text, ", "); p != NULL; p = strstr (p + 2, ", "))
    for (guint i = 0; i < G_N_ELEMENTS (states); i++)
      if (g_ascii_strncasecmp (p, states[i], strlen (states[i])) == 0 &&
          !g_ascii_isalpha (p[strlen (states[i])]))
        return p;

  return NULL;
}

/* The citation after its year or state (prefixed; the year given as @year, NULL for a
 * state), "Okafor, M.*, Brandt, L. Title. Journal, 9(3), 45.": its names, title, venue
 * and date. Under a year heading, the same citation without a year before it, with the
 * year between the names and the title ("Brandt, L. 2008. Title. In Proc…"), or written
 * with commas only ("Brandt, L., Iyer, S., Title, Journal, 9(3), 45"). */
gboolean
_gln_listing_parse_pairs_citation (const char    *line,
                                   gboolean       prefixed,
                                   const char    *year,
                                   ListingFields *fields)
{
  g_autoptr(GPtrArray) names = NULL;
  g_autofree char *title = NULL;
  g_autofree char *year_after = NULL;
  const char *rest = NULL;
  const char *venue = NULL;
  const char *comma_venue = NULL;
  const char *comma_end;
  const char *proceedings;
  const char *proceedings_venue = NULL;
  const char *after_year;
  const char *end;
  gboolean comma_ended;
  gboolean undated;

  if (strlen (line) > MAX_YEAR_FIRST || (names = parse_pairs (line, &rest, &comma_ended)) == NULL)
    return FALSE;
  /* "Brandt, L. --. Title. Submitted to Journal on Oct 4, 2016.": no date is the paper's. */
  undated = !comma_ended && undated_at (rest) > 0;
  rest += undated ? undated_at (rest) : 0;
  after_year = _gln_listing_skip_year_before_title (rest, &year_after);
  /* "Brandt, L., 2006. \"Title\". Magazine, May.": an article's title in quotes. */
  if (after_year == rest && rest[4] == '.' && rest[5] == ' ' &&
      (rest[6] == '"' || g_str_has_prefix (rest + 6, "“")) &&
      _gln_listing_year_at (rest, rest) != 0)
    {
      year_after = g_strndup (rest, 4);
      after_year = rest + 6;
    }
  /* "2011 Title, venue" goes on with commas; ACM's "2008. Title. In Proc…" with periods. */
  comma_ended |= year_after != NULL && rest[4] != '.';
  rest = after_year;
  end = find_title_end (rest, &venue);
  proceedings = _gln_listing_find_proceedings (rest, end, &proceedings_venue);
  /* Where no sentence ends the title, a comma may: "Brandt, L. Title, in Proc. …, 2017". */
  if ((comma_ended || end == NULL) &&
      (comma_end = _gln_listing_comma_title_end (rest, &comma_venue)) != NULL &&
      (end == NULL || comma_end < end))
    {
      end = comma_end;
      venue = comma_venue;
    }
  /* "Brandt, L. 2012. Title, Outlook Series, Publisher, May. Full access at …". */
  else if (end != NULL && *end == '.' && _gln_listing_ends_with_month (rest, end) &&
           (comma_end = _gln_listing_comma_title_end (rest, &comma_venue)) != NULL &&
           comma_end < end)
    {
      end = comma_end;
      venue = comma_venue;
    }
  /* "Brandt, L. Title in the Proceedings of …, City (2015).": names ended by a period,
   * then no comma ends the title, whose own commas come before ("Title, a study of …");
   * "Title, in Proceedings" keeps its comma's end, as a page written with commas only
   * does ("Brandt, L., Title, to be included in the Proceedings of …"). */
  if (!comma_ended && proceedings != NULL && !(end != NULL && end + 1 == proceedings && *end == ','))
    {
      end = proceedings;
      venue = proceedings_venue;
    }
  if (end == NULL)
    {
      /* "Title in Europe Science Bulletin, in press.": where the title ends does not show;
       * the paper is no less one, under a year. */
      if (!prefixed)
        return FALSE;
      end = find_state (rest);
      if (end == NULL)
        end = rest + strlen (rest);
      venue = end;
    }
  /* Without a year before it, the venue shows its numbers ("Journal, 9(3), 45-60."), or
   * two names at least stand before the title: "Brandt, L., Iyer, S., Title, Journal". */
  else if (!prefixed && year_after == NULL && !undated &&
           strpbrk (venue, "0123456789") == NULL && names->len < 2)
    return FALSE;
  title = _gln_listing_unquote_title (g_strndup (rest, end - rest));
  if (g_str_has_suffix (title, ".") && !g_str_has_suffix (title, ".."))
    title[strlen (title) - 1] = '\0';
  if (_gln_listing_count_words_upto (title, 2) < 2)
    return FALSE;
  g_free (fields->title);
  fields->title = g_steal_pointer (&title);
  g_clear_pointer (&fields->authors, g_ptr_array_unref);
  fields->authors = g_steal_pointer (&names);
  fields->truncated = FALSE;
  if (year == NULL)
    year = year_after;
  if (year != NULL)
    _gln_listing_set_shown_date (fields, year, _gln_listing_year_at (year, year), 0, 0);
  else if (!undated)
    _gln_listing_find_shown_date (fields, venue, TRUE);
  if (venue != end)
    _gln_listing_find_venue_fields (fields, venue);

  return TRUE;
}
