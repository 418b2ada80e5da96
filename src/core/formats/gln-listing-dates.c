/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include "gln-listing-private.h"

#include "gln-paper-key.h"

#include <string.h>

/* Dates as listing pages show them ("CLApr 24, 2022Code", "3. März 2025", "2025年3月4日"),
 * categories, author counts and arXiv identifiers. */

typedef struct
{
  const char *name;
  int         month;
} MonthName;

static const MonthName month_names[] = {
  { "january", 1 }, { "february", 2 }, { "march", 3 }, { "april", 4 }, { "may", 5 },
  { "june", 6 }, { "july", 7 }, { "august", 8 }, { "september", 9 }, { "october", 10 },
  { "november", 11 }, { "december", 12 }, { "jan", 1 }, { "feb", 2 }, { "mar", 3 },
  { "apr", 4 }, { "jun", 6 }, { "jul", 7 }, { "aug", 8 }, { "sep", 9 }, { "sept", 9 },
  { "oct", 10 }, { "nov", 11 }, { "dec", 12 },
  /* German */
  { "januar", 1 }, { "jänner", 1 }, { "jän", 1 }, { "februar", 2 }, { "märz", 3 },
  { "mär", 3 }, { "mrz", 3 }, { "mai", 5 }, { "juni", 6 }, { "juli", 7 }, { "oktober", 10 },
  { "okt", 10 }, { "dezember", 12 }, { "dez", 12 },
  /* French */
  { "janvier", 1 }, { "janv", 1 }, { "février", 2 }, { "févr", 2 }, { "fevrier", 2 },
  { "mars", 3 }, { "avril", 4 }, { "avr", 4 }, { "juin", 6 }, { "juillet", 7 }, { "juil", 7 },
  { "août", 8 }, { "aout", 8 }, { "septembre", 9 }, { "octobre", 10 }, { "novembre", 11 },
  { "décembre", 12 }, { "déc", 12 },
  /* Spanish */
  { "enero", 1 }, { "ene", 1 }, { "febrero", 2 }, { "marzo", 3 }, { "abril", 4 },
  { "abr", 4 }, { "mayo", 5 }, { "junio", 6 }, { "julio", 7 }, { "agosto", 8 }, { "ago", 8 },
  { "septiembre", 9 }, { "setiembre", 9 }, { "octubre", 10 }, { "noviembre", 11 },
  { "diciembre", 12 }, { "dic", 12 },
};

static const char * const arxiv_archives[] = {
  "cs", "math", "stat", "physics", "eess", "econ", "q-bio", "q-fin", "nlin", "astro-ph",
  "cond-mat", "gr-qc", "hep-ex", "hep-lat", "hep-ph", "hep-th", "math-ph", "nucl-ex",
  "nucl-th", "quant-ph",
};

/* Words before a date that say what the date is. */
static const char * const date_words[] = {
  "submitted", "published", "posted", "updated", "date", "on", "datum", "veröffentlicht",
  "am", "publié", "le", "publicado", "el", "发布于", "发表于", "发布", "更新于",
};

/* Words after an upvote count: "12 upvotes". */
static const char * const vote_words[] = { "upvotes", "upvote", "likes", "votes" };

static const char * const author_count_words[] = {
  "authors", "author", "autoren", "autor", "auteurs", "auteur", "autores", "位作者",
  "名作者", "作者",
};

static const char *
parse_number (const char *s,
              int         min_digits,
              int         max_digits,
              int        *value)
{
  int n = 0;
  int v = 0;

  while (g_ascii_isdigit (s[n]) && n <= max_digits)
    {
      v = v * 10 + (s[n] - '0');
      n++;
    }
  if (n < min_digits || n > max_digits)
    return NULL;
  *value = v;

  return s + n;
}

static const char *
parse_year (const char *s,
            int        *year)
{
  int y;
  const char *end = parse_number (s, 4, 4, &y);

  if (end == NULL || y < 1900 || y > 2100 || g_ascii_isdigit (*end))
    return NULL;
  *year = y;

  return end;
}

/* The ASCII letters month names start with, as bits from 'a'; asked at every word of
 * every short line, so most words are turned away by their first letter. */
static guint32
month_initials (void)
{
  static gsize initials = 0;

  if (g_once_init_enter (&initials))
    {
      guint32 bits = 0;

      for (guint i = 0; i < G_N_ELEMENTS (month_names); i++)
        bits |= 1u << (month_names[i].name[0] - 'a');
      g_once_init_leave (&initials, bits);
    }

  return (guint32) initials;
}

static const char *
parse_month (const char *s,
             int        *month)
{
  const char *best = NULL;
  guchar first = _gln_listing_lower ((guchar) *s);

  if (first < 0x80 && (first < 'a' || first > 'z' || !(month_initials () & (1u << (first - 'a')))))
    return NULL;
  if (!g_unichar_isalpha (g_utf8_get_char (s)))
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (month_names); i++)
    {
      const char *end;

      if (!_gln_listing_same_first_char (s, month_names[i].name))
        continue;
      end = _gln_listing_match_ci (s, month_names[i].name);

      if (end != NULL && !_gln_listing_is_letter_at (end) && (best == NULL || end > best))
        {
          best = end;
          *month = month_names[i].month;
        }
    }
  if (best != NULL && *best == '.')
    best++;

  return best;
}

static const char *
skip_date_separators (const char *s)
{
  while (*s == ' ' || *s == ',')
    s++;

  return s;
}

/* The year that may follow a day and month, from p past them. */
static const char *
parse_optional_year (const char  *p,
                     ListingMeta *d)
{
  const char *q = parse_year (skip_date_separators (p), &d->year);

  return q != NULL ? q : p;
}

/* The rest of a date that starts with its month, from p past the month: "Apr 24, 2022",
 * "Jun 2", "January 2025". */
static const char *
parse_after_month (const char  *p,
                   ListingMeta *d)
{
  const char *q = p;
  int day;

  while (*q == ' ')
    q++;
  if ((q = parse_number (q, 1, 2, &day)) == NULL || day < 1 || day > 31)
    return parse_year (skip_date_separators (p), &d->year);

  d->day = day;
  if (g_str_has_prefix (q, "st") || g_str_has_prefix (q, "nd") ||
      g_str_has_prefix (q, "rd") || g_str_has_prefix (q, "th"))
    q += 2;

  return parse_optional_year (q, d);
}

/* The rest of a numeric date, from p at the separator after the year: "2024-10-22",
 * "2024/10". */
static const char *
parse_after_numeric_year (const char  *p,
                          ListingMeta *d)
{
  char sep = *p;
  const char *q;
  int month, day;

  if ((q = parse_number (p + 1, 2, 2, &month)) == NULL || month < 1 || month > 12)
    return NULL;
  d->month = month;
  p = q;
  if (*q == sep && (q = parse_number (q + 1, 2, 2, &day)) != NULL && day >= 1 && day <= 31)
    {
      d->day = day;
      p = q;
    }

  return g_ascii_isdigit (*p) ? NULL : p;
}

/* The rest of a Chinese or Japanese date, from p past "年": "2025年3月4日", "2025年3月". */
static const char *
parse_after_cjk_year (const char  *p,
                      ListingMeta *d)
{
  const char *q;
  int month, day;

  if ((q = parse_number (p, 1, 2, &month)) == NULL || month < 1 || month > 12 ||
      !g_str_has_prefix (q, "月"))
    return NULL;
  d->month = month;
  p = q + strlen ("月");
  if ((q = parse_number (p, 1, 2, &day)) != NULL && g_str_has_prefix (q, "日"))
    {
      d->day = day;
      p = q + strlen ("日");
    }

  return p;
}

/* A date that starts with a number of one or two digits: "24 Apr 2022", "3. März 2025",
 * "12.03.2024", "14/09/2021", or a month in Chinese, "3月4日". */
static const char *
parse_day_first (const char  *s,
                 ListingMeta *d)
{
  const char *p, *q;
  int a, b;

  if ((p = parse_number (s, 1, 2, &a)) == NULL || a < 1)
    return NULL;

  if (g_str_has_prefix (p, "月") && a <= 12)
    {
      d->month = a;
      q = p + strlen ("月");
      if ((q = parse_number (q, 1, 2, &b)) != NULL && g_str_has_prefix (q, "日"))
        {
          d->day = b;
          return q + strlen ("日");
        }
      return NULL;
    }

  if (a > 31)
    return NULL;
  d->day = a;
  if (*p == '.')
    {
      p++;
      if ((q = parse_number (p, 1, 2, &b)) != NULL && *q == '.' && b >= 1 && b <= 12)
        {
          d->month = b;
          return parse_year (q + 1, &d->year);
        }
    }
  /* "14/09/2021"; "09/14/2021" where only the month-first reading is a date. Both
   * readings possible: day first, as most of the world writes it. */
  if (*p == '/')
    {
      if ((q = parse_number (p + 1, 1, 2, &b)) == NULL || *q != '/' || b < 1 || b > 31 ||
          (b > 12 && a > 12) || (q = parse_year (q + 1, &d->year)) == NULL)
        return NULL;
      d->month = b <= 12 ? b : a;
      d->day = b <= 12 ? a : b;
      return g_ascii_isdigit (*q) ? NULL : q;
    }
  while (*p == ' ')
    p++;
  if ((q = parse_month (p, &d->month)) == NULL)
    return NULL;

  return parse_optional_year (q, d);
}

/* A date starting at s: "Apr 24, 2022", "Jun 2", "January 2025", "24 Apr 2022",
 * "3. März 2025", "2024-10-22", "12.03.2024", "2025年3月4日". */
static const char *
parse_date_at (const char  *s,
               ListingMeta *d)
{
  const char *p;
  int year;

  d->year = d->month = d->day = 0;

  if ((p = parse_month (s, &d->month)) != NULL)
    return parse_after_month (p, d);

  if ((p = parse_year (s, &year)) != NULL && (*p == '-' || *p == '/' || *p == '.'))
    {
      d->year = year;
      return parse_after_numeric_year (p, d);
    }

  if ((p = parse_number (s, 4, 4, &year)) != NULL && g_str_has_prefix (p, "年"))
    {
      d->year = year;
      return parse_after_cjk_year (p + strlen ("年"), d);
    }

  return parse_day_first (s, d);
}

static gboolean
is_arxiv_category (const char *tok,
                   gsize       len)
{
  for (guint i = 0; i < G_N_ELEMENTS (arxiv_archives); i++)
    {
      gsize n = strlen (arxiv_archives[i]);

      if (len < n || strncmp (tok, arxiv_archives[i], n) != 0)
        continue;
      if (len == n)
        return TRUE;
      if (tok[n] == '.' && len >= n + 3)
        {
          for (gsize j = n + 1; j < len; j++)
            if (!g_ascii_isalpha (tok[j]) && tok[j] != '-')
              return FALSE;
          return TRUE;
        }
    }

  return FALSE;
}

/* arXiv categories and the two-letter codes of listing pages ("CL", "CV"). */
static gboolean
is_category_token (const char *tok,
                   gsize       len)
{
  if (len >= 2 && len <= 5)
    {
      gsize i;

      for (i = 0; i < len && g_ascii_isupper (tok[i]); i++)
        ;
      if (i == len)
        return TRUE;
    }

  return is_arxiv_category (tok, len);
}

static void
meta_add_category (ListingMeta *meta,
                   const char  *tok,
                   gsize        len)
{
  if (meta->categories == NULL)
    meta->categories = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < meta->categories->len; i++)
    if (strlen (g_ptr_array_index (meta->categories, i)) == len &&
        strncmp (g_ptr_array_index (meta->categories, i), tok, len) == 0)
      return;
  g_ptr_array_add (meta->categories, g_strndup (tok, len));
  if (meta->category == NULL)
    meta->category = g_strndup (tok, len);
}

static gboolean
is_separator_char (gunichar c)
{
  return c == ' ' || c == ',' || c == '|' || c == ':' || c == 0x00B7 || c == 0x2022 ||
         c == '-' || c == 0x2013 || c == 0x2014 || c == 0x00A0;
}

/* What a word before a date is: a label ("Published:") or a date word ("Submitted"), a
 * category ("CL", "cs.CL"), or neither, which no date line shows. */
typedef enum
{
  PREFIX_NONE,
  PREFIX_WORD,
  PREFIX_CATEGORY,
} PrefixKind;

static PrefixKind
prefix_kind (const char *tok,
             gsize       len)
{
  if ((len > 1 && tok[len - 1] == ':') ||
      _gln_listing_in_list_ci (tok, len, date_words, G_N_ELEMENTS (date_words)))
    return PREFIX_WORD;

  return is_category_token (tok, len) ? PREFIX_CATEGORY : PREFIX_NONE;
}

/* What stands before a date on its line: nothing, categories ("CL", "cs.CL"), or words
 * such as "Submitted". */
static gboolean
date_prefix_ok (const char  *line,
                const char  *date,
                ListingMeta *meta)
{
  const char *p = line;

  while (p < date)
    {
      const char *tok;
      PrefixKind kind;

      while (p < date && is_separator_char (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (p >= date)
        break;
      tok = p;
      while (p < date && !is_separator_char (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if ((kind = prefix_kind (tok, p - tok)) == PREFIX_NONE)
        return FALSE;
      if (kind == PREFIX_CATEGORY)
        meta_add_category (meta, tok, p - tok);
    }

  return TRUE;
}

/* What follows a date: a "Code" flag, an upvote count, or an aside after ";" or "(". */
static gboolean
date_suffix_ok (const char  *p,
                ListingMeta *meta)
{
  for (;;)
    {
      const char *end;
      int n;

      while (*p != '\0' && is_separator_char (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (*p == '\0' || *p == ';' || *p == '(')
        return TRUE;

      if ((end = _gln_listing_match_ci (p, "code")) != NULL && !_gln_listing_is_letter_at (end))
        {
          meta->code = TRUE;
          p = end;
        }
      else if (meta->upvotes < 0 && (end = parse_number (p, 1, 7, &n)) != NULL)
        {
          const char *word;

          meta->upvotes = n;
          p = _gln_listing_skip_blanks (end);
          for (guint i = 0; i < G_N_ELEMENTS (vote_words); i++)
            if ((word = _gln_listing_match_ci (p, vote_words[i])) != NULL)
              {
                p = word;
                break;
              }
        }
      else
        return FALSE;
    }
}

void
_gln_listing_meta_clear (ListingMeta *meta)
{
  g_clear_pointer (&meta->category, g_free);
  g_clear_pointer (&meta->categories, g_ptr_array_unref);
  g_clear_pointer (&meta->date_text, g_free);
  meta->year = meta->month = meta->day = 0;
  meta->code = FALSE;
  meta->upvotes = -1;
}

/* A line that is a date, perhaps with categories before it and flags after it:
 * "CLApr 24, 2022Code", "Jul 12, 2023 1", "cs.LG · 3 Jan 2025". */
gboolean
_gln_listing_parse_date_line (const char  *line,
                              ListingMeta *meta)
{
  gsize len = strlen (line);

  if (len < 3 || len > 120)
    return FALSE;

  for (const char *p = line, *word = NULL; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gunichar before = p > line ? g_utf8_get_char (g_utf8_prev_char (p)) : 0;
      const char *end;

      /* A word that cannot stand before a date ends the search: every date after it
       * would have it before. Prose lines end at their first word. */
      if (is_separator_char (c))
        {
          if (word != NULL && prefix_kind (word, p - word) == PREFIX_NONE)
            break;
          word = NULL;
        }
      else if (word == NULL)
        word = p;

      if (g_unichar_isdigit (c))
        {
          if (g_unichar_isdigit (before))
            continue;
        }
      else if (g_unichar_isalpha (c))
        {
          /* "CLApr": a month may follow an upper-case code without a space. */
          if (g_unichar_islower (before) || (g_unichar_isupper (before) && g_unichar_islower (c)))
            continue;
        }
      else
        continue;

      _gln_listing_meta_clear (meta);
      if ((end = parse_date_at (p, meta)) == NULL ||
          !date_prefix_ok (line, p, meta) || !date_suffix_ok (end, meta))
        continue;
      meta->date_text = _gln_listing_strip_dup (p, end - p);
      if (meta->month == 0 && meta->day == 0)
        {
          /* A lone year is a section heading, not a date. */
          _gln_listing_meta_clear (meta);
          return FALSE;
        }
      return TRUE;
    }

  _gln_listing_meta_clear (meta);
  return FALSE;
}

/* The value of a "Date:" label: the first date found in it. */
gboolean
_gln_listing_parse_date (const char  *text,
                         ListingMeta *meta)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      const char *end;
      ListingMeta d = { NULL, NULL, NULL, 0, 0, 0, FALSE, -1 };

      if (!g_ascii_isalnum (*p) || (p > text && g_ascii_isalnum (p[-1])))
        continue;
      if ((end = parse_date_at (p, &d)) != NULL && (d.month != 0 || d.day != 0))
        {
          g_free (meta->date_text);
          meta->date_text = _gln_listing_strip_dup (p, end - p);
          meta->year = d.year;
          meta->month = d.month;
          meta->day = d.day;
          return TRUE;
        }
    }

  return FALSE;
}

/* "• 7 authors" */
int
_gln_listing_parse_author_count (const char *line)
{
  const char *p = line;
  const char *end;
  int n;

  if (g_str_has_prefix (p, "•") || g_str_has_prefix (p, "·"))
    p = g_utf8_next_char (p);
  p = _gln_listing_skip_blanks (p);
  if ((end = parse_number (p, 1, 5, &n)) == NULL)
    return -1;
  p = _gln_listing_skip_blanks (end);
  if (!_gln_listing_in_list_ci (p, strlen (p), author_count_words,
                                G_N_ELEMENTS (author_count_words)))
    return -1;

  return n;
}

/* Categories named anywhere in the text: "Machine Learning (cs.LG); AI (cs.AI)". */
void
_gln_listing_parse_categories (const char  *text,
                               ListingMeta *meta)
{
  const char *p = text;

  while (*p != '\0')
    {
      const char *tok;

      while (*p != '\0' && !g_ascii_isalpha (*p))
        p++;
      tok = p;
      while (g_ascii_isalnum (*p) || *p == '.' || *p == '-')
        p++;
      if (p > tok && is_arxiv_category (tok, p - tok))
        meta_add_category (meta, tok, p - tok);
      while (*p != '\0' && !g_ascii_isspace (*p) && *p != '(' && *p != ';' && *p != ',')
        p++;
    }
}

/* A line of arXiv category tags and nothing else, as arXiv's search results show them:
 * "cs.CL cs.AI", "hep-th". */
gboolean
_gln_listing_is_category_line (const char *line)
{
  const char *p = line;
  gboolean dotted = FALSE;

  if (strlen (line) > 200)
    return FALSE;
  while (*p != '\0')
    {
      gsize len = strcspn (p, " ,;");

      if (!is_arxiv_category (p, len))
        return FALSE;
      dotted |= memchr (p, '.', len) != NULL;
      p += len;
      p += strspn (p, " ,;");
    }

  return dotted;
}

/* "[1] arXiv:2506.01234 [pdf, other]", "arXiv:2506.01234v2 cs.LG", an abs URL. */
char *
_gln_listing_parse_arxiv_line (const char  *line,
                               ListingMeta *meta)
{
  const char *p = line;
  const char *tok;
  g_autofree char *token = NULL;
  char *id = NULL;

  if (strlen (line) > 160)
    return NULL;
  if (*p == '[')
    {
      const char *close = strchr (p, ']');

      if (close == NULL || close - p > 6)
        return NULL;
      p = _gln_listing_skip_blanks (close + 1);
    }

  tok = p;
  if (_gln_listing_match_ci (p, "arxiv:") == NULL &&
      _gln_listing_match_ci (p, "https://arxiv.org/abs/") == NULL &&
      _gln_listing_match_ci (p, "http://arxiv.org/abs/") == NULL &&
      _gln_listing_match_ci (p, "arxiv.org/abs/") == NULL)
    return NULL;
  while (*p != '\0' && !g_ascii_isspace (*p))
    p++;
  token = g_strndup (tok, p - tok);
  if (g_str_has_prefix (token, "arxiv.org"))
    {
      g_autofree char *url = g_strconcat ("https://", token, NULL);

      g_free (g_steal_pointer (&token));
      token = g_steal_pointer (&url);
    }
  if (!gln_arxiv_id_parse (token, &id, NULL))
    return NULL;
  if (meta != NULL)
    _gln_listing_parse_categories (p, meta);

  return id;
}
