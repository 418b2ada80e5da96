/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include "gln-listing-citation-private.h"

#include <string.h>

/* The names of a citation as lab pages write them around the usual styles: a note after
 * the names, a venue and year tag before them, "et al." without a comma, "& others.", a
 * name typed in lower case; "Surname, I." pairs, typed by hand; and the thesis, which has
 * one author. gln-listing-citation.c reads the rest of the line. */

/* "A. Smith, B. Jones* (* co-first author)", "Alice Smith (supervised by Bob Jones)": a
 * note in parentheses after the names, which names no author of the paper, is cut. */
gboolean
_gln_listing_drop_name_note (char *names)
{
  gsize len;
  char *open;
  gboolean inner = FALSE;

  /* "B. Li# (joint first authors), C. Wu": a note in lower case after a name inside the
   * list goes too. */
  for (char *p = names; (open = strstr (p, " (")) != NULL; p = open + 1)
    {
      char *close = strchr (open, ')');

      if (close == NULL || close[1] != ',' || memchr (open, ',', close - open) != NULL ||
          !(g_ascii_islower (open[2]) || (open[2] == '*' && g_ascii_islower (open[3]))))
        continue;
      memmove (open, close + 1, strlen (close + 1) + 1);
      inner = TRUE;
    }
  len = strlen (names);
  if (len == 0 || names[len - 1] != ')' || (open = strrchr (names, '(')) == NULL ||
      open < names + 2 || open[-1] != ' ' || strchr (open, ',') != NULL)
    return inner;
  open[-1] = '\0';

  return TRUE;
}

/* "J. Petersen*, A. V. Artemov, I. Adameyko (* co-first author)": names as written before an
 * APA year (Hugo Academic's citation view), without their note; NULL unless all are names. */
GPtrArray *
_gln_listing_parse_written_names (char     *prefix,
                                  gboolean *truncated)
{
  _gln_listing_drop_name_note (prefix);
  if (strchr (prefix, '.') == NULL && strchr (prefix, ',') == NULL &&
      strstr (prefix, " and ") == NULL)
    return NULL;

  return _gln_listing_parse_record_authors (prefix, truncated);
}

/* "Davis, N. E., C. Preston, and I. Sahin", "Pachler, N, C. Preston and A. Allen": Harvard
 * as typed by hand, the first name inverted, the others initials first, the year right
 * after them ("Sahin (2009)", not "Sahin. (2009)"); NULL otherwise. */
GPtrArray *
_gln_citation_parse_inverted_first (const char *text)
{
  const char *comma = strstr (text, ", ");
  const char *p;
  const char *first_end;
  g_autofree char *rest = NULL;
  gboolean truncated = FALSE;
  GPtrArray *names;

  if (comma == NULL || comma - text > 40 || !g_unichar_isupper (g_utf8_get_char (text)) ||
      strpbrk (text, "0123456789") != NULL || !g_ascii_isupper (comma[2]) ||
      g_str_has_suffix (text, "."))
    return NULL;
  for (p = text; p < comma; p++)
    if (*p == '.' || *p == ',')
      return NULL;
  /* The first name's initials: "N.", "N. E.", or "N" alone before the comma. */
  for (p = comma + 2; g_ascii_isupper (p[0]) && (p[1] == '.' || p[1] == ',');)
    {
      p += p[1] == '.' ? 2 : 1;
      if (*p == ' ' && g_ascii_isupper (p[1]) && p[2] == '.')
        p++;
      else
        break;
    }
  if (p == comma + 2)
    return NULL;
  first_end = p;
  if (g_str_has_prefix (p, ", and "))
    p += strlen (", and ");
  else if (g_str_has_prefix (p, " and "))
    p += strlen (" and ");
  else if (g_str_has_prefix (p, ", "))
    p += 2;
  else
    return NULL;
  /* The next name is written initials first. */
  if (!g_ascii_isupper (p[0]) || p[1] != '.' || p[2] != ' ')
    return NULL;
  rest = g_strdup (p);
  if ((names = _gln_listing_parse_record_authors (rest, &truncated)) == NULL || truncated)
    {
      g_clear_pointer (&names, g_ptr_array_unref);
      return NULL;
    }
  g_ptr_array_insert (names, 0, g_strndup (text, first_end - text));

  return names;
}

/* Whether a citation's text after the names says it is a thesis. */
gboolean
_gln_listing_is_thesis (const char *text)
{
  static const char * const words[] = {
    "Ph.D. thesis", "PhD thesis", "Ph.D. dissertation", "PhD dissertation",
    "Doctoral dissertation", "Doctoral thesis", "Master's thesis", "M.S. thesis",
  };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (strstr (text, words[i]) != NULL)
      return TRUE;

  return FALSE;
}

/* "J. Zhu, H. Ma, J. Chen et al": the names go on unshown; cuts the words from @names. */
static gboolean
cut_et_al (char *names)
{
  gsize len = strlen (names);

  if (len > 7 && g_str_has_suffix (names, " et al."))
    len -= 7;
  else if (len > 6 && g_str_has_suffix (names, " et al"))
    len -= 6;
  else
    return FALSE;
  names[len] = '\0';

  return TRUE;
}

/* "Vignoles, V., … Uchida, Y.", "Back, J., … & Lee, M. D.": APA's gap in a list of more
 * than twenty names, dropped in place (one pass); whether there was one. */
static gboolean
drop_gaps (char *names)
{
  gboolean gap = FALSE;
  char *out = names;

  for (const char *p = names; *p != '\0';)
    {
      gsize n = g_str_has_prefix (p, ", \u2026 ") ? strlen ("\u2026 ") :
                g_str_has_prefix (p, ", ... ") ? strlen ("... ") : 0;

      *out++ = *p++;
      if (n > 0)
        {
          *out++ = *p++;
          p += n;
          gap = TRUE;
        }
    }
  *out = '\0';

  return gap;
}

/* "Smith, J., Jones, B., & others.", "Smith, J., et al.", "Smith, J., Jones, B., & …":
 * the names go on unshown (as reference managers write a list cut short); cuts the words
 * from @names, and APA's "…" gaps inside it. */
gboolean
_gln_listing_cut_others (char *names)
{
  static const char * const endings[] = {
    ", & others.", ", & others", ", and others.", ", and others", ", et al.", ", et al",
    ", & \u2026", ", \u2026", ", & ...", ", ...",
  };
  gboolean gap = drop_gaps (names);
  gsize len = strlen (names);

  for (guint i = 0; i < G_N_ELEMENTS (endings); i++)
    if (g_str_has_suffix (names, endings[i]) && len > strlen (endings[i]))
      {
        names[len - strlen (endings[i])] = '\0';
        return TRUE;
      }

  return gap;
}

/* "Zhen lei": a name typed with its family name in lower case, as shown. */
static gboolean
is_slipped_name (const char *piece)
{
  g_auto(GStrv) words = g_strsplit (piece, " ", 5);
  guint n = g_strv_length (words);

  if (n < 2 || n > 3 || strlen (piece) > 40 || !g_unichar_isupper (g_utf8_get_char (words[0])))
    return FALSE;
  for (guint i = 0; i < n; i++)
    for (const char *p = words[i]; *p != '\0'; p = g_utf8_next_char (p))
      if (!g_unichar_isalpha (g_utf8_get_char (p)) && *p != '-')
        return FALSE;

  return TRUE;
}

/* "Jinlin Wu, Shengcai Liao, Zhen lei, Xiaobo Wang, and Stan Z. Li": names written given
 * names first, one of them slipped into lower case; three names at least, as shown. NULL
 * unless every other piece is a person's name. */
GPtrArray *
_gln_listing_parse_slipped_names (const char *text)
{
  g_autoptr(GString) list = g_string_new (text);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) pieces = NULL;
  guint slipped = 0;

  g_string_replace (list, ", and ", ", ", 0);
  g_string_replace (list, " and ", ", ", 0);
  pieces = g_strsplit (list->str, ", ", 64);
  for (guint i = 0; pieces[i] != NULL; i++)
    {
      if (!_gln_listing_looks_like_person (pieces[i]) &&
          (!is_slipped_name (pieces[i]) || ++slipped > 1))
        return NULL;
      g_ptr_array_add (names, g_strdup (pieces[i]));
    }

  return slipped == 1 && names->len >= 3 ? g_steal_pointer (&names) : NULL;
}

/* "CVPR 2026 H. Liu, B. Zou", "Nature Comm. 2026 X. Zhang", "TVCG J. Zhu": a lab's tag of
 * venue and year before the names of a quoted citation: a few words up to a year, or one
 * acronym before an initial. The tag's venue and year go to @venue and @year. */
GPtrArray *
_gln_listing_parse_tagged_names (const char  *prefix,
                                 char       **venue,
                                 char       **year,
                                 gboolean    *truncated)
{
  const char *p = prefix;
  const char *names_start = NULL;
  const char *tag_end = NULL;
  g_autofree char *shown = NULL;
  g_autoptr(GPtrArray) names = NULL;
  gboolean et_al;

  for (guint words = 0; *p != '\0' && words < 5; words++)
    {
      gsize len = strcspn (p, " ");

      if (p[len] != ' ')
        break;
      if (words > 0 && len == 4 && _gln_listing_year_at (prefix, p) != 0)
        {
          tag_end = p;
          names_start = p + 5;
          break;
        }
      p += len + 1;
    }
  if (names_start == NULL)
    {
      /* One acronym before an initial: "TVCG J. Zhu", "T-RO A. Moreau". */
      gsize len = strspn (prefix, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-&");
      guint capitals = 0;

      for (gsize i = 0; i < len; i++)
        capitals += g_ascii_isupper (prefix[i]) ? 1 : 0;
      if (capitals < 2 || len > 10 || !g_ascii_isupper (prefix[0]) || prefix[len] != ' ' ||
          !g_ascii_isupper (prefix[len + 1]) || prefix[len + 2] != '.')
        return NULL;
      tag_end = prefix + len + 1;
      names_start = prefix + len + 1;
    }
  shown = g_strdup (names_start);
  et_al = cut_et_al (shown);
  if (!g_unichar_isupper (g_utf8_get_char (shown)) ||
      (names = _gln_listing_parse_record_authors (shown, truncated)) == NULL)
    return NULL;
  *truncated |= et_al;
  if (names_start > tag_end)
    *year = g_strndup (tag_end, 4);
  *venue = g_strndup (prefix, tag_end - prefix);
  g_strchomp (*venue);

  return g_steal_pointer (&names);
}

/* "Okafor A.", "Lee M.S.": a pair whose comma was left out, the family name then its
 * initials; a hand-typed list mixes some in among its "Surname, I." pairs. */
static gboolean
is_pair_without_comma (const char *piece)
{
  const char *space = strrchr (piece, ' ');
  g_autofree char *family = NULL;

  if (space == NULL || !_gln_citation_is_initials_given (space + 1))
    return FALSE;
  /* "Lee M. S.": the initials may be spaced too. */
  while (space > piece && space[-1] == '.')
    {
      const char *before = space - 1;

      while (before > piece && before[-1] != ' ')
        before--;
      if (before == piece || !_gln_citation_is_initials_given (before))
        break;
      space = before - 1;
    }
  family = g_strndup (piece, space - piece);

  return strchr (family, '.') == NULL && _gln_citation_looks_like_family_name (family);
}

/* "Barrett,J.": a pair typed without the space after its comma, kept as written. */
static gboolean
is_pair_without_space (const char *piece)
{
  const char *comma = strchr (piece, ',');
  g_autofree char *family = NULL;

  if (comma == NULL || comma == piece || !g_ascii_isupper (comma[1]) ||
      !_gln_citation_is_initials_given (comma + 1))
    return FALSE;
  family = g_strndup (piece, comma - piece);

  return strchr (family, ' ') == NULL && _gln_citation_looks_like_family_name (family);
}

/* "D": an initial without its period. */
static gboolean
is_initial_alone (const char *piece)
{
  return g_ascii_isupper (piece[0]) && piece[1] == '\0';
}

/* A slip of a hand-typed list at parts[i], among whole pairs: a period typed after the
 * family name ("Li., C.") or for the pair's comma ("Li. C."), kept as written, or an
 * initial that strayed from its pair ("Joly-Amado, Webber, E.S., A., Castel, J."),
 * dropped. How many parts it takes, or 0. */
static guint
slipped_pair (GPtrArray *parts,
              guint      i,
              GPtrArray *names)
{
  const char *piece = g_ptr_array_index (parts, i);
  const char *given = i + 1 < parts->len ? g_ptr_array_index (parts, i + 1) : NULL;
  gsize len = strlen (piece);
  const char *space = strrchr (piece, ' ');
  g_autofree char *family = NULL;

  if (len > 2 && piece[len - 1] == '.' && given != NULL &&
      _gln_citation_looks_like_family_name (family = g_strndup (piece, len - 1)) &&
      _gln_citation_is_initials_given (given))
    {
      g_ptr_array_add (names, g_strdup_printf ("%s, %s", piece, given));
      return 2;
    }
  g_clear_pointer (&family, g_free);
  if (space != NULL && space > piece + 1 && space[-1] == '.' &&
      _gln_citation_is_initials_given (space + 1) &&
      _gln_citation_looks_like_family_name (family = g_strndup (piece, space - 1 - piece)))
    {
      g_ptr_array_add (names, g_strdup (piece));
      return 1;
    }

  return names->len > 0 && _gln_citation_is_initials_given (piece) ? 1 : 0;
}

/* "Gu, L., Liang, J., and Hong, G.," → "Gu, L.", "Liang, J.", "Hong, G."; NULL unless
 * every piece pairs up. A hand-typed list may leave out a pair's comma ("Okafor A.", two
 * such names at least where no pair is whole) or, once, the initials between two pairs
 * ("Brandt, Moreau, L.", where two pairs at least are whole); its names are kept as written. */
GPtrArray *
_gln_citation_parse_surname_initials (const char *text)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) spaced = NULL;
  g_auto(GStrv) pieces = NULL;
  guint pairs = 0;
  guint loose = 0;
  guint bare = 0;
  guint slips = 0;
  guint used;

  /* "O'Sullivan, D.,Comber, L.": a comma typed without its space after the initials. */
  if (strstr (text, ".,") != NULL)
    {
      spaced = g_string_sized_new (strlen (text) + 16);
      for (const char *p = text; *p != '\0'; p++)
        {
          g_string_append_c (spaced, *p);
          if (*p == ',' && p > text && p[-1] == '.' && g_ascii_isupper (p[1]))
            g_string_append_c (spaced, ' ');
        }
    }
  pieces = g_strsplit (spaced != NULL ? spaced->str : text, ", ", 512);
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
  /* A list ends with a pair's initials or a pair without its comma: most text fails here. */
  if (parts->len < 2 ||
      (!_gln_citation_is_initials_given (g_ptr_array_index (parts, parts->len - 1)) &&
       !is_pair_without_comma (g_ptr_array_index (parts, parts->len - 1)) &&
       !is_pair_without_space (g_ptr_array_index (parts, parts->len - 1)) &&
       !is_initial_alone (g_ptr_array_index (parts, parts->len - 1))))
    return NULL;
  for (guint i = 0; i < parts->len;)
    {
      const char *family = g_ptr_array_index (parts, i);
      const char *given = i + 1 < parts->len ? g_ptr_array_index (parts, i + 1) : NULL;

      /* "…, and Rippin, D": the last initial may lose its period, after whole pairs. */
      if (given != NULL && _gln_citation_looks_like_family_name (family) &&
          (_gln_citation_is_initials_given (given) ||
           (i + 2 == parts->len && pairs >= 2 && is_initial_alone (given))))
        {
          g_ptr_array_add (names, g_strdup_printf ("%s, %s", family, given));
          pairs++;
          i += 2;
        }
      else if (is_pair_without_space (family))
        {
          g_ptr_array_add (names, g_strdup (family));
          pairs++;
          i++;
        }
      else if (is_pair_without_comma (family))
        {
          g_ptr_array_add (names, g_strdup (family));
          loose++;
          i++;
        }
      /* "Brandt" alone between two pairs: a pair whose initials were left out. */
      else if (bare == 0 && pairs > 0 && i + 2 < parts->len && strchr (family, ' ') == NULL &&
               _gln_citation_looks_like_family_name (family) &&
               _gln_citation_looks_like_family_name (given) &&
               _gln_citation_is_initials_given (g_ptr_array_index (parts, i + 2)))
        {
          g_ptr_array_add (names, g_strdup (family));
          bare++;
          i++;
        }
      else if (slips < 2 && (used = slipped_pair (parts, i, names)) > 0)
        {
          slips++;
          i += used;
        }
      else
        return NULL;
    }
  if ((pairs == 0 && loose < 2) || (bare > 0 && pairs < 2) || (slips > 0 && pairs < 3))
    return NULL;

  return g_steal_pointer (&names);
}

/* "Maria", "Hong-Ming", "J. R.": given names, capitalized, at most three words. */
gboolean
_gln_citation_is_given_names (const char *text)
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

/* An MLA given name: spelled out ("Maria"), with an initial after it ("Marc T."); "L.",
 * "J. R." or "D. Goswami" (a name written out after a name) are another style's. After a
 * family name of one word, with more names to come, two words are given names too: "Gade,
 * Sri Harsha, and …", "Sanchez, I. Barrio, et al.". */
gboolean
_gln_citation_is_spelled_given (const char *text,
                                gboolean    loose)
{
  g_auto(GStrv) words = g_strsplit (text, " ", 4);
  guint spelled = 0;

  if (!_gln_citation_is_given_names (text) || g_strv_length (words) > 2)
    return FALSE;
  for (guint i = 0; words[i] != NULL; i++)
    {
      if ((i == 0 || loose) && strchr (words[i], '.') == NULL && g_utf8_strlen (words[i], -1) >= 2)
        spelled++;
      else if (g_utf8_strlen (words[i], -1) != 2 || words[i][strlen (words[i]) - 1] != '.')
        return FALSE;
    }

  return spelled == 1 || (loose && spelled == 2);
}
