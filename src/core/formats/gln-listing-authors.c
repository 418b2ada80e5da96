/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include "gln-listing-private.h"

#include <string.h>

/* The author line of a paper shown without an abstract, as lab pages decorate it:
 *
 *   quoted         "Smith, J. A., Jones, B., & White, C."
 *   marked         Alice Smith*, Bob Jones*, Carol White† (equal contribution, correspondence),
 *                  Alice Smith1, Bob Jones1,2 (affiliations)
 *   initials last  Smith, J. A., Jones, B. & White, C. (2021): APA's pairs, written by hand,
 *                  so "S.Y.", "S. Y . ," and a missing comma or final period all occur
 *   with a venue   A Park†, B Kim · Nano Letters 22, 9313 (2022)
 *
 * The names are kept as shown, without their marks, the quotes around them or a year after
 * them. Plain lists ("A Smith, B Jones and C White") are read by
 * _gln_listing_parse_record_authors() in gln-listing-names.c; lines that run on into their
 * venue without a middle dot, in gln-listing-authors-venue.c. */

/* g_str_has_prefix() measures the whole text first; these lines may be long abstracts. */
static inline gboolean
starts_with (const char *text,
             const char *prefix)
{
  return strncmp (text, prefix, strlen (prefix)) == 0;
}

/* "*", "†", "‡", "§", "#", "⋆": what marks a name as a co-first or corresponding author. Its
 * length at p, or 0; called on every byte of a line, so the UTF-8 is compared byte by
 * byte. */
static gsize
mark_at (const char *p)
{
  const guchar *b = (const guchar *) p;

  if (*b == '*' || *b == '#')
    return 1;
  if (b[0] == 0xe2 && b[1] == 0x80 && (b[2] == 0xa0 || b[2] == 0xa1))  /* † ‡ */
    return 3;
  if (b[0] == 0xc2 && b[1] == 0xa7)  /* § */
    return 2;
  if (b[0] == 0xe2 && b[1] == 0x8b && b[2] == 0x86)  /* ⋆ */
    return 3;

  return 0;
}

/* The length of name[0:len] without the marks after it: "Cai W*", "Lena Brandt†‡". */
gsize
_gln_listing_unmarked_length (const char *name,
                              gsize       len)
{
  gboolean again = TRUE;

  while (again && len > 0)
    {
      again = FALSE;
      for (gsize n = 1; n <= 3 && n < len && !again; n++)
        if (mark_at (name + len - n) == n)
          {
            len -= n;
            again = TRUE;
          }
    }

  return len;
}

/* "Smith1", "Jones1,2": the numbers of a name's affiliations, glued to it. Their length at
 * p, or 0. */
static gsize
affiliation_at (const char *text,
                const char *p)
{
  const char *q = p;

  if (p == text || !g_ascii_isdigit (*p) || !(g_ascii_isalpha (p[-1]) || (guchar) p[-1] >= 0x80))
    return 0;
  while (g_ascii_isdigit (*q) || (*q == ',' && g_ascii_isdigit (q[1])))
    q++;

  return q - p;
}

/* Whether the text has anything to take off before its names can be read. */
static gboolean
is_decorated (const char *text,
              gsize       len)
{
  if (*text == '"' || starts_with (text, "\u201c") || starts_with (text, "by ") ||
      starts_with (text, "By "))
    return TRUE;
  /* "(2021)", "Bob Jones." */
  if (len > 1 &&
      (text[len - 1] == ')' || (text[len - 1] == '.' && g_ascii_islower (text[len - 2]))))
    return TRUE;
  for (const char *p = text; p < text + len; p++)
    if (*p == '&' || *p == ';' || (!g_ascii_isalnum (*p) && *p != ' ' && mark_at (p) > 0) ||
        (g_ascii_isdigit (*p) && affiliation_at (text, p) > 0))
      return TRUE;

  return FALSE;
}

/* "(2021)" or "(2021)." closing the names: the year an APA list puts after them. Returns
 * where it starts, or NULL. */
static const char *
find_trailing_year (const char *text,
                    gsize       len)
{
  while (len > 0 && (text[len - 1] == '.' || text[len - 1] == ' '))
    len--;
  if (len < 6 || text[len - 1] != ')' || text[len - 6] != '(')
    return NULL;
  for (gsize i = len - 5; i < len - 1; i++)
    if (!g_ascii_isdigit (text[i]))
      return NULL;

  return text + len - 6;
}

/* What stands around the names: the quotes, "by " before them, a year or the period that
 * ends the line after them. Narrows text[0:*len] to the names. */
static const char *
strip_around (const char *text,
              gsize      *len)
{
  const char *end;

  if (*text == '"' && *len > 1 && text[*len - 1] == '"')
    text++, *len -= 2;
  else if (starts_with (text, "\u201c") && *len > 2 * strlen ("\u201c") &&
           strncmp (text + *len - strlen ("\u201d"), "\u201d", strlen ("\u201d")) == 0)
    text += strlen ("\u201c"), *len -= 2 * strlen ("\u201c");
  if (*len > 3 && (strncmp (text, "by ", 3) == 0 || strncmp (text, "By ", 3) == 0))
    text += 3, *len -= 3;
  if ((end = find_trailing_year (text, *len)) != NULL)
    *len = end - text;
  /* "Alice Smith, Bob Jones.": not "Smith, A. B.", whose period is the initial's, nor
   * "Carlos Mendes Jr.", whose period is the suffix's. */
  if (*len > 1 && text[*len - 1] == '.' && g_ascii_islower (text[*len - 2]) &&
      !(*len > 4 && (strncmp (text + *len - 4, " Jr.", 4) == 0 ||
                     strncmp (text + *len - 4, " Sr.", 4) == 0)))
    (*len)--;

  return text;
}

/* One word of a name at p, up to a space, a separator or a mark: "Smith", "J.", "O'Neil".
 * Returns its length, or 0 when it is no such word. */
static gsize
name_word (const char *p)
{
  const char *q = p;

  while (*q != '\0' && strchr (" ,;&()", *q) == NULL && mark_at (q) == 0 &&
         affiliation_at (p, q) == 0)
    {
      gunichar c = g_utf8_get_char (q);

      if (!g_unichar_isalpha (c) && c != '.' && c != '-' && c != '\'' && c != 0x2019)
        return 0;
      q = g_utf8_next_char (q);
    }

  return q - p;
}

/* Whether the text opens with a name, once the quotes and "by " before it are taken off:
 * capitalized words up to the first separator or mark, particles ("van der") among them,
 * no longer word of titles; one word alone may be a family name before its initials. A
 * cheap test, so that prose ("We present a …") is not copied to be read as names. */
static gboolean
opens_with_name (const char *text)
{
  const char *p = text;
  guint words = 0;
  gsize n;

  if (*p == '"')
    p++;
  else if (starts_with (p, "\u201c"))
    p += strlen ("\u201c");
  if (starts_with (p, "by ") || starts_with (p, "By "))
    p += 3;
  while ((n = name_word (p)) > 0 && !(words > 0 && n == 3 && strncmp (p, "and", 3) == 0))
    {
      gboolean capital = g_unichar_isupper (g_utf8_get_char (p));

      if (++words > 5 || (_gln_listing_is_title_word (p, n) && (n > 4 || !capital)) ||
          (!capital && n > 3 && words > 1))
        return FALSE;
      p += n;
      if (*p != ' ')
        break;
      p++;
    }

  return words > 0 && (*p == '\0' || strchr (" ,;&(", *p) != NULL || mark_at (p) > 0 ||
                       g_ascii_isdigit (*p));
}

/* The names of a decorated line with the quotes around them, the marks after each and the
 * year after the last taken off, "&" and ";" written as "and" and ","; NULL when there is
 * nothing to take off. */
static char *
undecorate (const char *text)
{
  gsize len = strlen (text);
  gsize original = len;
  gboolean changed;
  GString *out;

  if (!opens_with_name (text) || !is_decorated (text, len))
    return NULL;
  text = strip_around (text, &len);
  changed = len != original;
  out = g_string_sized_new (len + 8);
  for (const char *p = text; p < text + len;)
    {
      gsize mark = mark_at (p);

      /* A mark follows a name: "Smith*", "Jones*†"; "*" alone is no name's. */
      if (mark > 0 && out->len > 0 && out->str[out->len - 1] != ' ')
        p += mark;
      else if ((mark = affiliation_at (text, p)) > 0)
        p += mark;
      else if (*p == '&' && out->len > 0 && strchr (" ,", out->str[out->len - 1]) != NULL)
        g_string_append (out, p[1] == ' ' ? "and" : "and "), p++;
      else if (*p == ';')
        g_string_append_c (out, ','), p++;
      else
        {
          g_string_append_c (out, *p++);
          continue;
        }
      changed = TRUE;
    }
  g_strstrip (out->str);
  out->len = strlen (out->str);
  /* "Brennan, C, & Tanaka, H. (2024)": a comma left before the year. */
  while (out->len > 0 && out->str[out->len - 1] == ',')
    g_string_truncate (out, out->len - 1);
  if (!changed)
    {
      g_string_free (out, TRUE);
      return NULL;
    }

  return g_string_free (out, FALSE);
}

/* A word of a family name: letters, hyphens and apostrophes, "Semnani-Ruiz", "O'Neil",
 * "van". Returns its length, or 0. */
static gsize
family_word (const char *p)
{
  const char *q = p;

  while (*q != '\0' && *q != ' ' && *q != ',')
    {
      gunichar c = g_utf8_get_char (q);

      if (!g_unichar_isalpha (c) && c != '-' && c != '\'' && c != 0x2019)
        return 0;
      q = g_utf8_next_char (q);
    }

  return q - p <= 40 ? (gsize) (q - p) : 0;
}

/* One initial at p: "J.", "J", "J.-P.", "J . " (a space before its period); its length with
 * the period, or 0. A capital starting a word ("Jones") is no initial. */
static gsize
initial_at (const char *p)
{
  const char *q = p;

  if (!g_ascii_isupper (*q))
    return 0;
  q++;
  if (*q == '-' && g_ascii_isupper (q[1]))
    q += 2;
  if (*q == ' ' && q[1] == '.')
    q++;
  if (*q == '.')
    q++;
  /* "K.-J.": the second half of a hyphened given name, after the period of the first. */
  if (q[-1] == '.' && *q == '-' && g_ascii_isupper (q[1]))
    q += q[2] == '.' ? 3 : 2;
  if (*q != '\0' && *q != ' ' && *q != ',' && *q != '(' && !g_ascii_isupper (*q))
    return 0;

  return q - p;
}

/* The initials after "Family, ": "J. A.", "S.Y.", "L. M", "S. Y . "; appended to name with
 * the stray spaces before periods dropped. Returns where they end, or NULL. */
static const char *
read_initials (const char *p,
               GString    *name)
{
  const char *start = p;
  gsize n;

  while ((n = initial_at (p)) > 0)
    {
      if (p > start && p[-1] == ' ')
        g_string_append_c (name, ' ');
      for (gsize i = 0; i < n; i++)
        if (p[i] != ' ')
          g_string_append_c (name, p[i]);
      p += n;
      if (*p == ' ' && initial_at (p + 1) > 0)
        p++;
    }

  return p > start ? p : NULL;
}

/* What parts two pairs: ", ", ",", " and ", " & ", ", & ", ",& "; or only a space when a
 * comma was left out ("Ruiz, P. J. Varga, L. M."). Returns where the next pair starts. */
static const char *
skip_separator (const char *p)
{
  p = _gln_listing_skip_blanks (p);
  while (*p == ',')
    p = _gln_listing_skip_blanks (p + 1);
  if (*p == '&')
    return _gln_listing_skip_blanks (p + 1);
  if (starts_with (p, "and "))
    return p + 4;

  return p;
}

/* "Smith, J. A., Jones, B., & White, C.": every piece a family name of up to four words
 * ("van der Berg") and its initials. A family name in lower case is a slip of the hand
 * ("osei, K.") when most of the others are capitalized. NULL unless the whole text is
 * such pairs. */
static GPtrArray *
parse_initials_last (const char *text)
{
  g_autoptr(GPtrArray) names = NULL;
  const char *p = strchr (text, ',');
  guint lower = 0;

  /* "Family, I": most lines are turned away here, before anything is made for them. */
  if (p == NULL || p - text > 80 || p[1] != ' ' || initial_at (p + 2) == 0)
    return NULL;
  names = g_ptr_array_new_with_free_func (g_free);
  p = text;

  while (*p != '\0')
    {
      g_autoptr(GString) name = g_string_new (NULL);
      const char *last = p;
      guint words = 0;
      gsize n;

      while ((n = family_word (p)) > 0 && words++ < 4)
        {
          last = p;
          g_string_append_len (name, p, n);
          p += n;
          if (*p != ' ')
            break;
          g_string_append_c (name, ' ');
          p++;
        }
      if (n == 0 || *p != ',' || p[1] != ' ')
        return NULL;
      lower += !g_unichar_isupper (g_utf8_get_char (last));
      g_string_append (name, ", ");
      if ((p = read_initials (p + 2, name)) == NULL)
        return NULL;
      g_ptr_array_add (names, g_string_free (g_steal_pointer (&name), FALSE));
      p = skip_separator (p);
    }
  if (names->len == 0 || lower * 2 >= names->len)
    return NULL;

  return g_steal_pointer (&names);
}

/* One capitalized word of a name written whole at p, up to a space or a comma: "Eka",
 * "Jäschke", "O'Neil", "Bjarne A" has the initial "A" as its second word. Returns its
 * length, or 0; *whole is set when it is more than an initial. */
static gsize
whole_word (const char *p,
            gboolean   *whole)
{
  const char *q = p;
  gboolean lower = FALSE;

  if (!g_unichar_isupper (g_utf8_get_char (p)))
    return 0;
  while (*q != '\0' && *q != ' ' && *q != ',')
    {
      gunichar c;

      /* Most names are ASCII: their letters are told apart without a table. */
      if ((guchar) *q < 0x80)
        {
          if (g_ascii_islower (*q))
            lower = TRUE;
          else if (!g_ascii_isupper (*q) && *q != '-' && *q != '\'' && *q != '.')
            return 0;
          q++;
          continue;
        }
      c = g_utf8_get_char (q);
      if (g_unichar_islower (c))
        lower = TRUE;
      /* "Lluı́s": an accent may come as a combining mark after its letter. */
      else if (!g_unichar_isalpha (c) && !g_unichar_ismark (c) && c != 0x2019)
        return 0;
      q = g_utf8_next_char (q);
    }
  *whole = lower;
  /* An initial is one capital, with or without its period. */
  if (!lower && q - p > 2)
    return 0;

  return q - p <= 40 ? (gsize) (q - p) : 0;
}

/* One part of a "Family, Given" pair at p: up to four words, the family name's first one
 * more than an initial (given names may be initials among whole ones: "Woosley, S. E.",
 * "Cenko, S. Bradley"); ends at a comma, or the text's end after a given name. Returns
 * where it ends, or NULL. */
static const char *
read_whole_part (const char *p,
                 gboolean    given)
{
  guint words = 0;
  gboolean whole;
  gsize n;

  while ((n = whole_word (p, &whole)) > 0 && words++ < 4)
    {
      if (words == 1 && !whole && !given)
        return NULL;
      p += n;
      if (*p != ' ' || (given && starts_with (p, " and ")))
        break;
      p++;
    }

  return n > 0 && words <= 4 &&
         (*p == ',' || (given && (*p == '\0' || starts_with (p, " and ")))) ? p : NULL;
}

/* Whether every word of the pair "Family, Given" is one of titles: "Learning, Together". */
static gboolean
is_title_pair (const char *pair)
{
  for (const char *p = pair; *p != '\0';)
    {
      gsize n = strcspn (p, " ,");

      if (!_gln_listing_is_title_word (p, n))
        return FALSE;
      p += n;
      p += strspn (p, " ,");
    }

  return TRUE;
}

/* Reads text as "Family, Given" pairs (see parse_given_last()), adding each to names when
 * it is not NULL. Returns whether the whole text is such pairs; *cut is set after "and
 * others,". */
static gboolean
scan_given_last (const char *text,
                 GPtrArray  *names,
                 gboolean   *cut)
{
  const char *p = text;
  gboolean last = FALSE;
  gboolean commas = FALSE;
  gboolean anded = FALSE;

  *cut = FALSE;
  if (starts_with (p, "and "))
    p += 4, last = TRUE;

  for (;;)
    {
      const char *start = p;
      const char *comma;

      if ((comma = read_whole_part (p, FALSE)) == NULL || comma[1] != ' ' ||
          (p = read_whole_part (comma + 2, TRUE)) == NULL)
        return FALSE;
      if (names != NULL)
        g_ptr_array_add (names, g_strndup (start, p - start));
      if (last)
        return *p == '\0' || (p[0] == ',' && p[1] == '\0');
      /* BibTeX's own form: "Family, Given and Family, Given", " and " between every two. */
      if (!commas && starts_with (p, " and "))
        {
          p += 5, anded = TRUE;
          continue;
        }
      if (anded && *p == '\0')
        return TRUE;
      if (anded || p[0] != ',' || p[1] != ' ')
        return FALSE;
      p += 2, commas = TRUE;
      if (starts_with (p, "and "))
        p += 4, last = TRUE;
      if (last && starts_with (p, "others") && (p[6] == '\0' || (p[6] == ',' && p[7] == '\0')))
        {
          *cut = TRUE;
          return TRUE;
        }
    }
}

/* "Smith, Alice, Jones, Bob, and White, Carol Ann": names written "Family, Given" whole, as
 * jekyll-scholar's first templates print a BibTeX entry's authors: a comma after every
 * name, "and " before the last, alone too ("and Smith, Alice"), "and others," for the ones
 * left out. NULL unless the whole text is such pairs with that "and". */
static GPtrArray *
parse_given_last (const char *text,
                  gboolean   *truncated)
{
  g_autoptr(GPtrArray) names = NULL;
  gboolean cut;

  /* The line is read once without copies: most are turned away at their first words. */
  if (!scan_given_last (text, NULL, &cut))
    return NULL;
  names = g_ptr_array_new_with_free_func (g_free);
  scan_given_last (text, names, &cut);
  /* The dearest test last, on lines read whole as pairs only. */
  for (guint i = 0; i < names->len; i++)
    if (is_title_pair (g_ptr_array_index (names, i)))
      return NULL;
  *truncated = cut;

  return g_steal_pointer (&names);
}

/* Whether text has the words of prose: six in lower case of four letters or more, where
 * a list of names has none but a slipped family name or two ("Zhen lei"). Read once left
 * to right, up to the sixth; the long lines of abstracts are turned away here. */
static gboolean
reads_as_prose (const char *text)
{
  guint lower = 0;

  for (const char *p = text; *p != '\0';)
    {
      const char *word = p;

      while (*p != '\0' && *p != ' ')
        p++;
      if (p - word >= 4 && g_ascii_islower (*word) && g_ascii_islower (word[1]) &&
          g_ascii_islower (word[2]) && g_ascii_islower (word[3]) && ++lower == 6)
        return TRUE;
      while (*p == ' ')
        p++;
    }

  return FALSE;
}

/* The names of text that shows nothing but names, their marks and decorations taken off
 * (see above): as lists of records write them, initials first, or given names first. */
GPtrArray *
_gln_listing_parse_plain_names (const char *text,
                                gboolean   *truncated)
{
  g_autofree char *plain = NULL;
  GPtrArray *found;

  if (reads_as_prose (text))
    return NULL;
  plain = undecorate (text);

  if (plain != NULL)
    text = plain;
  if (*text == '\0')
    return NULL;
  if ((found = _gln_listing_parse_record_authors (text, truncated)) == NULL &&
      (found = parse_initials_last (text)) == NULL &&
      (found = parse_given_last (text, truncated)) == NULL)
    found = _gln_listing_parse_anded_slips (text, truncated);

  return found;
}

/* The authors of an author line, plain or decorated (see above), NULL unless every part of
 * the line is a name. After a middle dot, a venue may follow the names: "A Park†, B Kim ·
 * Nano Letters 22, 9313 (2022)"; after a period a dated one: "A Park, B Kim. Optics
 * Express, 31: 4088, 2023."; *venue is set to where it starts, or NULL. */
GPtrArray *
_gln_listing_parse_author_line (const char  *text,
                                gboolean    *truncated,
                                const char **venue)
{
  const char *line = text;
  const char *dot = NULL;
  g_autofree char *names = NULL;
  GPtrArray *found = NULL;

  *venue = NULL;
  *truncated = FALSE;
  /* The last middle dot; strstr() is much the faster on the long lines of abstracts. */
  for (const char *p = strstr (text, " \u00b7 "); p != NULL; p = strstr (p + 1, " \u00b7 "))
    dot = p;
  if (dot != NULL)
    {
      if (dot - text > 2000)
        return NULL;
      text = names = g_strndup (text, dot - text);
    }
  found = _gln_listing_parse_plain_names (text, truncated);
  if (found != NULL && dot != NULL)
    *venue = dot + strlen (" \u00b7 ");
  else if (found == NULL && dot == NULL && *line != '\0')
    found = _gln_listing_parse_names_with_venue (line, truncated, venue);

  return found;
}
