/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include "gln-listing-private.h"
#include "gln-paper-key.h"

#include <string.h>

/* Citations: a paper shown as one line of reference text, as publication lists and lab
 * pages show them, in the styles found there:
 *
 *   Vancouver  "Luo G, Liu T, Cai W*. Title of the paper. Venue, 2023 Apr 26;5(3):e22"
 *   quoted     "Gu, L., Liang, J., and Hong, G., "Title of the paper," Venue, 11(3), (2021)."
 *   colon      "Alice Smith, Bob Jones: Title of the paper. Venue 35(3): 1-10 (2023)"
 *
 * and the "Title. Venue (2023)" line that follows a DBLP author line. Every recognizer
 * reads the text once from left to right, and none invents a field the line does not
 * show: a line that does not fit a style whole is not a citation. */

static const char * const month_names[] = {
  "january", "february", "march", "april", "may", "june", "july", "august", "september",
  "october", "november", "december",
};

/* A year 1900–2099 standing alone at s. */
static int
year_at (const char *text,
         const char *s)
{
  if (!(g_str_has_prefix (s, "19") || g_str_has_prefix (s, "20")) ||
      !g_ascii_isdigit (s[2]) || !g_ascii_isdigit (s[3]) || g_ascii_isalnum (s[4]))
    return 0;
  if (s > text && (g_ascii_isalnum (s[-1]) || s[-1] == '/' || s[-1] == '.'))
    return 0;
  /* The last page of a range: "pp. 1888–1905", "1888-1905". */
  if (s - text >= 4 && (s[-1] == '-' || g_str_has_prefix (s - 3, "–")) &&
      g_ascii_isdigit (s[s[-1] == '-' ? -2 : -4]))
    return 0;
  /* The first page of a range of four digits: "2023-2033, 2013". */
  if ((s[4] == '-' && strspn (s + 5, "0123456789") == 4 && !g_ascii_isalnum (s[9])) ||
      (g_str_has_prefix (s + 4, "–") && strspn (s + 7, "0123456789") == 4 &&
       !g_ascii_isalnum (s[11])))
    return 0;

  return (int) g_ascii_strtoll (s, NULL, 10);
}

/* year_at() for the other parts of the listing format. */
int
_gln_listing_year_at (const char *text,
                      const char *s)
{
  return year_at (text, s);
}

/* The month a word names ("Apr", "June", "Sept"), or 0. */
static int
month_of (const char *word,
          gsize       len)
{
  if (len < 3 || len > 9)
    return 0;
  for (guint m = 0; m < G_N_ELEMENTS (month_names); m++)
    if (len <= strlen (month_names[m]) && g_ascii_strncasecmp (word, month_names[m], len) == 0)
      return m + 1;

  return 0;
}

/* Whether the year at p names a special issue's meeting, not the paper's date:
 * "(special issue of GIW 2018), accepted, 2019". */
static gboolean
names_special_issue (const char *venue,
                     const char *p)
{
  const char *open = p;

  while (open > venue && open[-1] != '(' && open[-1] != ')')
    open--;
  if (open == venue || open[-1] != '(')
    return FALSE;

  return g_ascii_strncasecmp (open, "special issue", strlen ("special issue")) == 0;
}

/* The first date of a venue part or line, as the citation shows it: "2023", "2023 Jun",
 * "2023 Apr 26"; a year in parentheses "(2021)" wins over a bare one when prefer_paren. */
gboolean
_gln_listing_find_shown_date (ListingFields *fields,
                              const char    *venue,
                              gboolean       prefer_paren)
{
  const char *found = NULL;
  const char *end;
  int year = 0;
  int month = 0;
  int day = 0;
  g_autofree char *shown = NULL;

  for (const char *p = venue; *p != '\0'; p++)
    {
      int y = year_at (venue, p);

      if (y == 0 || names_special_issue (venue, p))
        continue;
      if (found == NULL || (prefer_paren && p > venue && p[-1] == '(' && p[4] == ')'))
        {
          found = p;
          year = y;
        }
      if (!prefer_paren)
        break;
    }
  if (found == NULL)
    return FALSE;

  end = found + 4;
  if (*end == ' ' && g_ascii_isalpha (end[1]))
    {
      const char *w = end + 1;
      const char *we = w;

      while (g_ascii_isalpha (*we))
        we++;
      if ((month = month_of (w, we - w)) != 0)
        {
          end = we;
          if (*end == ' ' && g_ascii_isdigit (end[1]))
            {
              const char *d = end + 1;
              const char *de = d;

              while (g_ascii_isdigit (*de))
                de++;
              if (de - d <= 2 && !g_ascii_isalnum (*de))
                {
                  day = (int) g_ascii_strtoll (d, NULL, 10);
                  end = de;
                }
            }
        }
    }

  shown = g_strndup (found, end - found);
  _gln_listing_set_shown_date (fields, shown, year, month, day);

  return TRUE;
}

/* "Cai W*", "Ly KI", "Von Hoff D", "O'Donnell E": family name words, then initials. */
static gboolean
is_initials (const char *tok,
             gsize       len)
{
  gsize upper = 0;

  while (len > 0 && (tok[len - 1] == '*' || tok[len - 1] == '#'))
    len--;
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
static gboolean
looks_like_family_name (const char *text)
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

/* "Cai W*", "Von Hoff D": family name words, then initials; the length of the name at p,
 * or 0. */
static gsize
family_initials_length (const char *line)
{
  const char *p = line;
  guint words = 0;

  for (;;)
    {
      const char *tok = p;

      while (*p != '\0' && *p != ' ' && *p != ',' && *p != '.')
        p++;
      if (words > 0 && is_initials (tok, p - tok))
        return p - line;
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
      else if ((len = family_initials_length (p)) == 0)
        return NULL;
      p += len;
      g_ptr_array_add (names, g_strndup (start, p - start));
      if (p[0] == ',' && p[1] == ' ')
        p += 2;
      else if (p[0] == '.' && p[1] == ' ')
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

  return g_steal_pointer (&names);
}

/* A mark that may end a sentence: ".", "?" or "!" before a space and a capital or digit,
 * or a venue's name that starts in lower case: "eLife", "iScience", "bioRxiv". */
static gboolean
is_sentence_end (const char *p)
{
  gunichar next;
  const char *w;

  if ((*p != '.' && *p != '?' && *p != '!') || p[1] != ' ')
    return FALSE;
  next = g_utf8_get_char (p + 2);
  if (g_unichar_isupper (next) || g_unichar_isdigit (next))
    return TRUE;
  for (w = p + 2; g_ascii_islower (*w) && w - p < 6; w++)
    ;

  return w > p + 2 && g_ascii_isupper (*w) && g_ascii_islower (w[1]);
}

/* Whether the "?" at q ends the title, p being the next period that ends a sentence (or
 * the end): it does unless a sentence of the title goes on after it ("Rankings? A user
 * study. 25-35", "Friends FTW! Friendship and competition in Halo: Reach. CoRR"). What
 * follows a title is a venue, whose first period closes an abbreviation ("Why? Trans.
 * Assoc. Comput. Linguistics") after capitalized words only, or has none. */
static gboolean
question_ends_title (const char *q,
                     const char *p,
                     const char *lower)
{
  const char *word;

  if (*p == '\0')
    return TRUE;
  for (word = p; word > q && word[-1] != ' '; word--)
    ;
  /* lower: where the last word in lower case before p starts. */
  if (lower != NULL && lower > q && lower < word)
    return FALSE;

  return p - word >= 2 && p - word <= 6 && g_ascii_isupper (*word) && g_ascii_islower (p[-1]);
}

/* ". 1. Robust…": a title in numbered parts ("Maps in Drug Discovery. 1. Robust Behavior")
 * goes on after the number of its part. */
static gboolean
numbers_part (const char *title,
              const char *p)
{
  const char *n = p + 2;
  gsize digits = strspn (n, "0123456789");

  if (*p != '.')
    return FALSE;
  /* The period after the number itself. */
  for (n = p; n > title && g_ascii_isdigit (n[-1]); n--)
    ;
  if (p - n >= 1 && p - n <= 2 && n - title >= 2 && n[-1] == ' ' && n[-2] == '.')
    return TRUE;
  n = p + 2;

  return digits >= 1 && digits <= 2 && n[digits] == '.' && n[digits + 1] == ' ' &&
         g_ascii_isupper (n[digits + 2]);
}

/* "Title, Journal of Things, Vol. 12": a title closed by a comma, not a period, whose venue
 * shows its volume; p is the period of "Vol.". Returns the comma before the venue's name,
 * or NULL. */
static const char *
comma_before_volume (const char *title,
                     const char *p)
{
  const char *comma;

  if (*p != '.' || p - title < 6 || !(strncmp (p - 5, ", Vol", 5) == 0 ||
                                       strncmp (p - 5, ", vol", 5) == 0))
    return NULL;
  comma = g_strrstr_len (title, p - 5 - title, ", ");

  return comma != NULL && comma > title && g_ascii_isupper (comma[2]) ? comma : NULL;
}

/* "Title, Bioinformatics, 33(14): 102-109, 2017": a title closed by a comma before a
 * venue of a few capitalised words and its volume with the issue or pages. Returns the
 * comma that ends the title, or NULL. */
static const char *
comma_before_volume_issue (const char *title)
{
  for (const char *c = strstr (title, ", "); c != NULL; c = strstr (c + 2, ", "))
    {
      const char *name = c + 2;
      const char *next = strstr (name, ", ");
      const char *num;
      g_autofree char *venue = NULL;
      gsize digits;

      if (next == NULL)
        return NULL;
      num = next + 2;
      digits = strspn (num, "0123456789");
      if (digits == 0 || digits > 4 || strchr ("(:", num[digits + (num[digits] == ' ')]) == NULL)
        continue;
      /* The venue's name: capitalised words, no period, no more than six. */
      if (c == title || !g_unichar_isupper (g_utf8_get_char (name)) ||
          memchr (name, '.', next - name) != NULL || memchr (name, '(', next - name) != NULL)
        continue;
      venue = g_strndup (name, next - name);
      if (_gln_listing_count_words_upto (venue, 7) <= 6)
        return c;
    }

  return NULL;
}

/* ", D. Suzuki et al.": the period at p closes the initial of a name listed after the
 * title, not the title's sentence. */
static gboolean
follows_listed_initial (const char *title,
                        const char *p)
{
  return p - title >= 3 && g_ascii_isupper (p[-1]) && p[-2] == ' ' && p[-3] == ',';
}

/* Where a title sentence ends: ". " before a capital or digit; "? " and "! " end it too,
 * and stay in the title. */
static const char *
title_end (const char  *title,
           const char **venue)
{
  const char *period = title;
  const char *lower = NULL;
  const char *comma;

  for (const char *p = title; *p != '\0'; p++)
    {
      if (!is_sentence_end (p) || numbers_part (title, p) || follows_listed_initial (title, p))
        continue;
      if ((comma = comma_before_volume (title, p)) != NULL)
        {
          *venue = comma + 2;
          return comma;
        }
      /* The next period is found once for all the question marks before it. */
      if (*p != '.' && period <= p)
        for (period = p + 1; *period != '\0' && !(*period == '.' && is_sentence_end (period));
             period++)
          if (period[-1] == ' ' && g_ascii_islower (*period))
            lower = period;
      if (*p != '.' && !question_ends_title (p, period, lower))
        continue;
      *venue = p + 2;
      return *p == '.' ? p : p + 1;
    }
  if ((comma = comma_before_volume_issue (title)) != NULL)
    {
      *venue = comma + 2;
      return comma;
    }

  return NULL;
}

/* A title whose venue was written into it twice: "Title, Academic Radiology, Academic
 * Radiology" keeps "Title". */
static gsize
drop_repeated_venue (const char *title,
                     gsize       len)
{
  const char *last = g_strrstr_len (title, len, ", ");
  const char *before;
  gsize n;

  if (last == NULL || last == title)
    return len;
  n = title + len - (last + 2);
  before = g_strrstr_len (title, last - title, ", ");
  if (before == NULL || (gsize) (last - (before + 2)) != n || strncmp (before + 2, last + 2, n) != 0)
    return len;

  return before - title;
}

static void
keep_authors (ListingFields *fields,
              GPtrArray     *names,
              gboolean       truncated)
{
  g_clear_pointer (&fields->authors, g_ptr_array_unref);
  fields->authors = g_ptr_array_ref (names);
  fields->truncated = truncated;
}

/* The identifiers a venue part shows: a DOI link, an arXiv id ("CoRR abs/…",
 * "arXiv preprint arXiv:…"). */
void
_gln_listing_find_ids (ListingFields *fields,
                       const char    *venue)
{
  const char *doi = strstr (venue, "doi.org/");
  const char *arxiv = strstr (venue, "abs/");
  const char *value = doi != NULL ? doi + strlen ("doi.org/") : NULL;

  /* "https://doi.org/10.1166/x", "doi: 10.1161/X.124." (PubMed) */
  if (value == NULL && (doi = strstr (venue, "doi: 10.")) != NULL)
    value = doi + strlen ("doi: ");
  if (value != NULL)
    {
      g_autofree char *url = g_strndup (value, strcspn (value, " \t"));
      gsize len = strlen (url);

      if (len > 0 && url[len - 1] == '.')
        url[len - 1] = '\0';
      _gln_listing_find_doi (fields, url);
    }
  if (arxiv == NULL)
    arxiv = strstr (venue, "arXiv:");
  if (arxiv != NULL && fields->arxiv_id == NULL)
    {
      g_autofree char *token = g_strndup (arxiv, strcspn (arxiv, " ,;)\t"));
      g_autofree char *id = g_str_has_prefix (token, "abs/")
                            ? g_strconcat ("arXiv:", token + 4, NULL) : g_strdup (token);

      if (!gln_arxiv_id_parse (id, &fields->arxiv_id, NULL))
        g_clear_pointer (&fields->arxiv_id, g_free);
    }
}

/* What a venue part shows besides the date: its identifiers, and the venue's name. */
static void
find_venue_fields (ListingFields *fields,
                   const char    *venue)
{
  /* The numbers of a venue, and the editors of a book ("ed. Ana Ruiz"). */
  static const char * const numbering[] = {
    "pp.", "p.", "vol.", "no.", "art.", "doi:", "ed.", "eds.", "volume", "issue", "pages",
  };
  /* Where the paper stands, before the venue's name. */
  static const char * const status[] = {
    "Submitted to ", "In revision for ", "To appear in ", "Accepted to ", "Accepted in ",
    "Under review at ", "Under review for ",
  };
  const char *end;

  _gln_listing_find_ids (fields, venue);
  for (guint i = 0; i < G_N_ELEMENTS (status); i++)
    if (g_str_has_prefix (venue, status[i]))
      {
        venue += strlen (status[i]);
        /* "Submitted to the 2019 IEEE Conference on …": no name before the number. */
        if (g_ascii_islower (*venue))
          return;
        break;
      }
  /* IEEE's "in Proc. KDD", "in proceedings of the …": the venue is the proceedings. */
  if ((g_str_has_prefix (venue, "in ") || g_str_has_prefix (venue, "In ")) &&
      (g_ascii_isupper (venue[3]) || g_str_has_prefix (venue + 3, "proceedings ")))
    venue += 3;
  end = venue;
  /* The name is the words before the first one with a number in it, or that numbers
   * ("pp. 1–14", "Art. no. 102311"): "CoRR abs/2401.1", "ACL (1) 2025", "Trans. Assoc.
   * Comput. Linguistics 14: 221-240". */
  for (const char *w = venue; *w != '\0' && *w != '\t' && *w != '(';)
    {
      gsize len = strcspn (w, " \t");

      if (strcspn (w, "0123456789") < len ||
          (w > venue && w[-2] == ',' &&
           _gln_listing_in_list_ci (w, len, numbering, G_N_ELEMENTS (numbering))))
        break;
      end = w + len;
      w = end + strspn (end, " ");
    }
  while (end > venue && strchr (" ,.;:", end[-1]) != NULL)
    end--;
  if (end > venue && fields->venue == NULL)
    fields->venue = g_strndup (venue, end - venue);
}

/* find_venue_fields() for the other styles (gln-listing-year-first.c). */
void
_gln_listing_find_venue_fields (ListingFields *fields,
                                const char    *venue)
{
  find_venue_fields (fields, venue);
}

static gboolean
set_title (ListingFields *fields,
           const char    *title,
           gsize          len)
{
  g_autofree char *copy = g_strndup (title, len);

  g_strstrip (copy);
  if (_gln_listing_count_words_upto (copy, 2) < 2)
    return FALSE;
  g_free (fields->title);
  fields->title = g_steal_pointer (&copy);

  return TRUE;
}

static gboolean
parse_vancouver (const char    *line,
                 ListingFields *fields)
{
  g_autoptr(GPtrArray) names = NULL;
  const char *title = NULL;
  const char *venue = NULL;
  const char *end;
  gboolean truncated;

  if ((names = parse_vancouver_authors (line, &title, &truncated)) == NULL)
    return FALSE;
  /* "Ragesh K. Ramachandran, Zahi Kakish, and …": a middle initial, not a one-name
   * Vancouver list; the family name goes on to the next name. */
  if (names->len == 1 && (title[strcspn (title, " ,.")] == ',' ||
                          g_str_has_prefix (title + strcspn (title, " ,."), " and ")))
    return FALSE;
  /* "Smith J. Title of a data set 2017.": no venue, the year after the title. */
  if ((end = title_end (title, &venue)) == NULL)
    {
      gsize len = strlen (title);
      int year = len > 6 && title[len - 1] == '.' && title[len - 6] == ' ' ?
                 year_at (title, title + len - 5) : 0;
      g_autofree char *shown = year != 0 ? g_strndup (title + len - 5, 4) : NULL;

      if (year == 0 || !set_title (fields, title, len - 6))
        return FALSE;
      _gln_listing_set_shown_date (fields, shown, year, 0, 0);
      keep_authors (fields, names, truncated);
      return TRUE;
    }
  if (!set_title (fields, title, drop_repeated_venue (title, end - title)) ||
      !_gln_listing_find_shown_date (fields, venue, FALSE))
    return FALSE;
  keep_authors (fields, names, truncated);
  find_venue_fields (fields, venue);

  return TRUE;
}

/* "L.", "B. A.", "J.-P.", "H. M. T. G. A.": the initials of a "Surname, I." pair, with a
 * mark perhaps; given names spelled out ("Stan Z. Li" after "Shengcai Liao and") are
 * none. */
static gboolean
is_initials_given (const char *given)
{
  const char *p = given;

  if (strlen (given) > 30 || strchr (given, '.') == NULL)
    return FALSE;
  if (!g_ascii_isupper (*p))
    return FALSE;
  while (*p != '\0')
    {
      /* "Li, Z. a.": an initial in lower case after the first. */
      if (!g_ascii_isupper (*p) && !(g_ascii_islower (*p) && p[1] == '.'))
        return FALSE;
      p++;
      if (g_ascii_islower (*p) && p[1] == '.')  /* "Th." */
        p++;
      if (*p == '.')
        p++;
      p += strspn (p, "*#");
      if (*p == ' ' || *p == '-')
        p++;
    }

  return TRUE;
}

/* "Gu, L., Liang, J., and Hong, G.," → "Gu, L.", "Liang, J.", "Hong, G."; NULL unless
 * every piece pairs up. */
static GPtrArray *
parse_surname_initials (const char *text)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) pieces = g_strsplit (text, ", ", 512);

  for (guint i = 0; pieces[i] != NULL; i++)
    {
      char *piece = g_strstrip (pieces[i]);
      char *and;

      if (g_str_has_prefix (piece, "and "))
        piece += 4;
      if ((and = strstr (piece, " and ")) != NULL)
        {
          g_ptr_array_add (parts, g_strndup (piece, and - piece));
          piece = and + 5;
        }
      if (*piece != '\0')
        g_ptr_array_add (parts, g_strdup (piece));
    }
  if (parts->len == 0 || parts->len % 2 != 0)
    return NULL;
  for (guint i = 0; i < parts->len; i += 2)
    {
      const char *family = g_ptr_array_index (parts, i);
      const char *given = g_ptr_array_index (parts, i + 1);

      if (!looks_like_family_name (family) || !is_initials_given (given))
        return NULL;
      g_ptr_array_add (names, g_strdup_printf ("%s, %s", family, given));
    }

  return g_steal_pointer (&names);
}

/* "Maria", "Hong-Ming", "J. R.": given names, capitalized, at most three words. */
static gboolean
is_given_names (const char *text)
{
  g_auto(GStrv) words = g_strsplit (text, " ", 5);
  guint n = g_strv_length (words);

  if (n == 0 || n > 3)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      if (!g_unichar_isupper (g_utf8_get_char (words[i])))
        return FALSE;
      for (const char *p = words[i]; *p != '\0'; p = g_utf8_next_char (p))
        if (!g_unichar_isalpha (g_utf8_get_char (p)) && strchr ("-.'", *p) == NULL)
          return FALSE;
    }

  return TRUE;
}

/* "Lena Brandt", "Maria de Souza": a name as written, given names first. */
static gboolean
is_written_name (const char *text)
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

  return is_given_names (given) && looks_like_family_name (space + 1);
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

  if (pieces[0] == NULL || pieces[1] == NULL || !looks_like_family_name (pieces[0]))
    return NULL;
  /* "Okafor, Maria and Lena Brandt": no comma before the last. */
  if ((and = strstr (pieces[1], " and ")) != NULL)
    *and = '\0';
  /* MLA and Chicago spell the given name out; "Gu, L." is another style's. */
  if (!is_given_names (pieces[1]) || strchr (pieces[1], '.') != NULL ||
      g_utf8_strlen (pieces[1], -1) < 2 || strchr (pieces[1], ' ') != NULL)
    return NULL;
  g_ptr_array_add (names, g_strdup_printf ("%s, %s", pieces[0], pieces[1]));
  if (and != NULL && !is_written_name (and + 5))
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
      if (!is_written_name (piece))
        return NULL;
      g_ptr_array_add (names, g_strdup (piece));
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
      year_at (prefix, prefix + len - 4) == 0)
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

/* The names before a quoted title, in any of the styles that quote it. */
static GPtrArray *
parse_quoted_names (char      *prefix,
                    char      **year,
                    gboolean   *truncated)
{
  GPtrArray *names;
  gsize len = strlen (prefix);

  if ((names = parse_mla_names (prefix, year, truncated)) != NULL ||
      (names = parse_surname_initials (prefix)) != NULL)
    return names;
  /* "…, and Stan Z. Li. “Title,”": the period after a family name closes the list. */
  if (len > 2 && prefix[len - 1] == '.' && g_ascii_islower (prefix[len - 2]))
    prefix[len - 1] = '\0';
  if ((names = _gln_listing_parse_author_list (prefix, FALSE, truncated)) == NULL &&
      (names = _gln_listing_parse_record_authors (prefix, truncated)) == NULL)
    names = _gln_listing_parse_slipped_names (prefix);

  return names;
}

static gboolean
parse_quoted (const char    *line,
              ListingFields *fields)
{
  const char *open = strstr (line, "\"");
  const char *curly = strstr (line, "“");
  const char *title;
  const char *close;
  const char *venue;
  g_autofree char *prefix = NULL;
  g_autofree char *year = NULL;
  g_autofree char *mla_venue = NULL;
  g_autofree char *tag = NULL;
  g_autofree char *tag_year = NULL;
  g_autoptr(GPtrArray) names = NULL;
  gsize len;
  gboolean truncated = FALSE;

  if (curly != NULL && (open == NULL || curly < open))
    open = curly;
  if (open == NULL || open - line < 3 || open - line > 4000)
    return FALSE;
  title = open + (*open == '"' ? 1 : strlen ("“"));
  close = strstr (title, *open == '"' ? "\"" : "”");
  if (close == NULL)
    return FALSE;
  venue = close + (*close == '"' ? 1 : strlen ("”"));

  prefix = g_strndup (line, open - line);
  g_strchomp (prefix);
  len = strlen (prefix);
  while (len > 0 && prefix[len - 1] == ',')
    prefix[--len] = '\0';
  /* Chicago's notes: "Okafor, Maria, and Lena Brandt, “Title,” Venue": the names end with
   * a comma, and the year may be left to the heading above. */
  if (line[len] == ',')
    names = parse_inverted_first (prefix, &truncated);
  if (names == NULL &&
      (names = _gln_listing_parse_tagged_names (prefix, &tag, &tag_year, &truncated)) == NULL &&
      (names = parse_quoted_names (prefix, &year, &truncated)) == NULL)
    return FALSE;
  /* MLA's "Venue, vol. 12, no. 3, 2021, pp. 45-67": the venue is the first part. */
  if (year != NULL || strstr (venue, ", vol. ") != NULL || strstr (venue, ", edited by ") != NULL)
    venue = mla_venue = dup_mla_venue (venue);

  len = close - title;
  while (len > 0 && strchr (",. ", title[len - 1]) != NULL)
    len--;
  if (!set_title (fields, title, len))
    return FALSE;
  /* A quoted title after a list of names is a citation even where the page shows no year
   * ("…,” IEEE Network (Accepted with minor revision),"): the date stays unknown. */
  if (tag_year != NULL)
    _gln_listing_set_shown_date (fields, tag_year, year_at (tag_year, tag_year), 0, 0);
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
  keep_authors (fields, names, truncated);
  find_venue_fields (fields, _gln_listing_skip_blanks (venue + strspn (venue, ", ")));

  return TRUE;
}

/* "\"Title\", in Proceedings of …, City 2010.", "“Title,” in Venue, 2010.": a quoted
 * citation that shows no names (a list's entry whose authors were left out). The venue,
 * "in" a proceedings or journal, shows the year. */
gboolean
_gln_listing_parse_quoted_unnamed (const char    *line,
                                   ListingFields *fields)
{
  gboolean straight = *line == '"';
  const char *title = straight ? line + 1 : line + strlen ("“");
  const char *close;
  const char *venue;
  gsize len;

  if ((!straight && !g_str_has_prefix (line, "“")) || strlen (line) > 4000 ||
      (close = strstr (title, straight ? "\"" : "”")) == NULL)
    return FALSE;
  venue = close + (straight ? 1 : strlen ("”"));
  venue += strspn (venue, ", ");
  if (!g_str_has_prefix (venue, "in ") && !g_str_has_prefix (venue, "In "))
    return FALSE;
  len = close - title;
  while (len > 0 && strchr (",. ", title[len - 1]) != NULL)
    len--;
  if (_gln_listing_find_year (venue) == 0 || !set_title (fields, title, len))
    return FALSE;
  _gln_listing_find_shown_date (fields, venue, TRUE);
  find_venue_fields (fields, venue);

  return TRUE;
}

/* "1-15", "301–329": the pages a table of contents gives instead of a venue. */
static gboolean
is_pages (const char *text)
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

/* APA: "Smith, J., Jones, B. A., & White, C. (2021). Title. Venue, 12(3), 45-67.", and
 * Harvard: "Smith, J. and Jones, B. (2021) 'Title', Venue". The year in parentheses ends
 * the authors. */
static gboolean
parse_apa (const char    *line,
           ListingFields *fields)
{
  const char *open = strstr (line, " (");
  const char *title;
  const char *venue = NULL;
  const char *end;
  g_autofree char *prefix = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_auto(GStrv) pieces = NULL;
  g_autofree char *year = NULL;
  g_autofree char *bracketed = NULL;
  const char *quote = NULL;
  gboolean truncated = FALSE;
  gboolean cut;

  /* "A. Smith, B. Jones* (* co-first author) (2023).": a note may come before the year. */
  if (open != NULL && year_at (line, open + 2) == 0 && open[2] != '\0')
    open = strstr (open + 2, " (");
  if (open == NULL || open - line > 4000 || year_at (line, open + 2) == 0)
    return FALSE;
  title = open + 6;
  if (*title == ',')
    title += strcspn (title, ")");
  /* Harvard quotes the title after the year: "(2021) 'Title', Venue". */
  if (title[0] == ')' && title[1] == ' ' && (title[2] == '\'' || g_str_has_prefix (title + 2, "‘")))
    {
      title += title[2] == '\'' ? 3 : 2 + strlen ("‘");
      quote = title[-1] == '\'' ? "'" : "’";
    }
  else if (title[0] != ')' || title[1] != '.' || title[2] != ' ')
    return FALSE;
  else
    title += 3;

  /* "& White, C." is the last pair; the list ends with the comma before it. */
  prefix = g_strndup (line, open - line);
  cut = _gln_listing_cut_others (prefix);
  pieces = g_strsplit (prefix, "& ", 2);
  g_free (prefix);
  prefix = g_strjoinv ("and ", pieces);
  if ((names = parse_surname_initials (prefix)) == NULL &&
      (names = _gln_listing_parse_written_names (prefix, &truncated)) == NULL)
    return FALSE;
  truncated |= cut;
  if (quote != NULL)
    {
      if ((end = strstr (title, quote)) == NULL)
        return FALSE;
      venue = _gln_listing_skip_blanks (end + strlen (quote) + (end[strlen (quote)] == ','));
    }
  else
    {
      /* "Title [Doctoral dissertation, Uppsala University].": what the work is, in
       * brackets, stands for its venue. */
      const char *bracket = strstr (title, " [");

      end = title_end (title, &venue);
      if (bracket != NULL && (end == NULL || bracket < end) && strchr (bracket, ']') != NULL)
        {
          end = bracket;
          venue = bracketed = g_strndup (bracket + 2, strchr (bracket, ']') - (bracket + 2));
        }
      if (end == NULL)
        return FALSE;
    }
  if (!set_title (fields, title, end - title))
    return FALSE;
  year = g_strndup (open + 2, 4);
  _gln_listing_set_shown_date (fields, year, year_at (line, open + 2), 0, 0);
  keep_authors (fields, names, truncated);
  /* "In Proceedings of WACV": the venue is the proceedings. */
  if (g_str_has_prefix (venue, "In ") && g_ascii_isupper (venue[3]))
    venue += 3;
  find_venue_fields (fields, venue);

  return TRUE;
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
static const char *
names_period_end (const char *line)
{
  const char *p;

  for (p = line; *p != '\0' && p - line < 2000; p++)
    if (p[0] == '.' && p[1] == ' ' && p > line + 2 &&
        ((g_ascii_islower (p[-1]) && g_ascii_isalpha (p[-2])) || p[-1] == ')' ||
         ((p[-1] == '*' || p[-1] == '#') && g_ascii_islower (p[-2]))))
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

/* "J. Lindqvist, R. Haddad. Title. ICML 2023.": names as written, a period after the
 * last family name, the title, then a venue with its year. */
static gboolean
parse_names_period (const char    *line,
                    ListingFields *fields)
{
  const char *p;
  g_autofree char *prefix = NULL;
  g_autoptr(GPtrArray) names = NULL;
  gboolean truncated = FALSE;
  gboolean noted;

  if ((p = names_period_end (line)) == NULL)
    return FALSE;
  prefix = g_strndup (line, p - line);
  noted = _gln_listing_drop_name_note (prefix);
  if ((names = _gln_listing_parse_record_authors (prefix, &truncated)) == NULL)
    {
      const char *title = NULL;

      if (noted || (names = names_before_title (prefix, &title, &truncated)) == NULL ||
          !_gln_listing_parse_title_venue (line + (title - prefix), fields, FALSE) ||
          _gln_listing_count_words_upto (fields->title, 3) < 3)
        return FALSE;
      keep_authors (fields, names, truncated);
      return TRUE;
    }
  /* One name needs its initial: "Lancet Neurol. 2025 Apr;24(4)" is a journal; a thesis
   * has one author ("Sean Wilson. Title. Ph.D. thesis, …"), and a note marks a name. */
  if (names->len == 1 && strchr (prefix, '.') == NULL && !_gln_listing_is_thesis (p + 2) &&
      !noted)
    return FALSE;
  if (!truncated)
    p = add_names_after_period (p, names);
  if (!_gln_listing_parse_title_venue (p + 2, fields, FALSE) ||
      _gln_listing_count_words_upto (fields->title, 3) < 3)
    return FALSE;
  keep_authors (fields, names, truncated);

  return TRUE;
}

/* "Title. Venue (2023)": the line under a DBLP author line, or the part of a colon
 * citation after its colon. A DBLP table of contents shows only the pages after the
 * title ("Title. 1-15"); pages_ok takes those too. */
gboolean
_gln_listing_parse_title_venue (const char    *line,
                                ListingFields *fields,
                                gboolean       pages_ok)
{
  const char *venue = NULL;
  const char *end = title_end (line, &venue);

  if (end == NULL || strlen (line) > 4000 || g_str_has_prefix (line, "Proceedings of ") ||
      !set_title (fields, line, end - line))
    return FALSE;
  if (!_gln_listing_find_shown_date (fields, venue, TRUE))
    return pages_ok && is_pages (venue);
  find_venue_fields (fields, venue);

  return TRUE;
}

/* "Lindqvist, Jonas; Haddad, Rami" → "Lindqvist, Jonas", "Haddad, Rami"; NULL unless
 * every piece is a family name, a comma and given names. */
static GPtrArray *
parse_semicolon_names (const char *text)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) pieces = g_strsplit (text, "; ", 512);

  for (guint i = 0; pieces[i] != NULL; i++)
    {
      char *piece = g_strstrip (pieces[i]);
      char *comma = strstr (piece, ", ");
      g_autofree char *family = NULL;
      const char *given;

      if (comma == NULL)
        return NULL;
      family = g_strndup (piece, comma - piece);
      given = comma + 2;
      /* Given names or initials: "Jonas", "J.", "Anna-Lena M." */
      if (!looks_like_family_name (family) || !g_unichar_isupper (g_utf8_get_char (given)) ||
          strlen (given) > 40)
        return NULL;
      for (const char *p = given; *p != '\0'; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (!g_unichar_isalpha (c) && c != '.' && c != '-' && c != ' ')
            return NULL;
        }
      g_ptr_array_add (names, g_strdup (piece));
    }

  return names->len > 1 ? g_steal_pointer (&names) : NULL;
}

/* "Alice Smith, Bob Jones:" (a DBLP author line) → the names, or NULL. */
GPtrArray *
_gln_listing_parse_colon_authors (const char *line,
                                  gsize       len,
                                  gboolean   *truncated)
{
  g_autofree char *copy = NULL;

  GPtrArray *names;

  if (len < 3 || len > 4000 || line[len - 1] != ':')
    return NULL;
  copy = g_strndup (line, len - 1);
  /* Names as shown, one alone too, with DBLP's homonym numbers ("Wei Zhang 0003"), or
   * "Family, Given; Family, Given". */
  if (strstr (copy, "; ") != NULL)
    return parse_semicolon_names (copy);
  names = _gln_listing_parse_record_authors (copy, truncated);

  return names;
}

static gboolean
parse_colon (const char    *line,
             ListingFields *fields)
{
  const char *colon = strstr (line, ": ");
  g_autoptr(GPtrArray) names = NULL;
  gboolean truncated = FALSE;

  if (colon == NULL || memchr (line, ' ', colon - line) == NULL ||
      (names = _gln_listing_parse_colon_authors (line, colon + 1 - line, &truncated)) == NULL ||
      !_gln_listing_parse_title_venue (colon + 2, fields, FALSE))
    return FALSE;
  /* "Peerus Review: A tool for … by Ann Lee, Bo Chen. Venue, 2018", "Prototype AT-TPC:
   * Toward …, D. Suzuki et al., NIM A 691, 39 (2012)": a title with a colon, written before
   * its authors, whose first words read like a name. */
  if (strstr (fields->title, " by ") != NULL || strstr (fields->title, ", ") != NULL)
    {
      g_auto(ListingFields) probe = { NULL, };

      _gln_listing_fields_init (&probe, fields->year);
      if (_gln_listing_parse_title_first (line, &probe))
        return FALSE;
      _gln_listing_fields_clear (&probe);
      _gln_listing_fields_init (&probe, fields->year);
      if (_gln_listing_parse_title_initials (line, &probe))
        return FALSE;
    }
  keep_authors (fields, names, truncated);

  return TRUE;
}

/* Whether a line may be a citation, tested before anything is made for it: every style
 * opens with a name ("Luo G,", "Gu, L.,", "Alice Smith:", "Alice Smith and Bob Jones.",
 * "A. Smith (2023)."), and prose does not. */
gboolean
_gln_listing_may_be_citation (const char *line)
{
  gsize len = strlen (line);
  gsize stop;

  if (len < 30 || len > 8000 || !g_unichar_isupper (g_utf8_get_char (line)) ||
      (stop = strcspn (line, ",:\".(")) > 60)
    return FALSE;
  if (line[stop] != '.' && line[stop] != '(')
    return TRUE;
  /* Names before a period or parenthesis are capitalized, but for "and": prose is not. */
  for (gsize i = 1; i < stop; i++)
    if (line[i - 1] == ' ' && g_ascii_islower (line[i]) && strncmp (line + i, "and ", 4) != 0)
      return FALSE;

  return TRUE;
}

/* A whole citation on one line: the paper's authors, title, date and venue, with a DOI
 * or arXiv id where it shows one. On FALSE, fields may hold parts of a failed try; the
 * caller starts over with fresh ones. */
gboolean
_gln_listing_parse_citation (const char    *line,
                             ListingFields *fields)
{
  if (!_gln_listing_may_be_citation (line))
    return FALSE;

  return parse_quoted (line, fields) || parse_apa (line, fields) ||
         parse_vancouver (line, fields) || parse_names_period (line, fields) ||
         parse_colon (line, fields) || _gln_listing_parse_pairs_citation (line, FALSE, NULL, fields);
}

/* "Lena Brandt", "Ya'nan Wang": a name written given names first, for the styles read
 * elsewhere (gln-listing-order.c). */
gboolean
_gln_listing_is_written_name (const char *text)
{
  return is_written_name (text);
}
