/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include "gln-listing-citation-private.h"

#include <string.h>

/* Citations written title first whose parts a dash parts, as hand-made pages (Pelican's,
 * for one) list their papers on one line each:
 *
 *   "Title of the paper — Lena Brandt, Sunil Iyer — EUROCRYPT 2023 [pdf]"
 *   "Title of the paper - Lena Brandt - ePrint 2026/984"
 *   "Title of the paper – Lena Brandt, Sunil Iyer, ASIACRYPT 2018. pdf"
 *   "Title of the paper - Lena Brandt, PhD thesis (2021)"
 *
 * The dash is " — ", " – " or " - ". The title ends at the first dash after which names
 * written given names first follow; the names end at the next dash, where the venue
 * starts, which may show no year ("Des. Codes Cryptogr. [link]"). Without a second dash,
 * the names end at the first piece that is none, and that venue shows a year. */

#define MAX_TITLE_DASHES 2000
#define MAX_DASHES_TITLE_WORDS 40
/* How far into a line the title's dash may be: an abstract is not read past it. */
#define MAX_DASHES_TITLE_BYTES 400

/* The dash that opens at p, its length; 0 if none does. */
static gsize
dash_at (const char *p)
{
  if (p[0] != ' ')
    return 0;
  if (p[1] == '-' && p[2] == ' ')
    return 3;
  /* "—" and "–" are E2 80 94 and E2 80 93; asked at every space, so byte by byte. */
  if ((guchar) p[1] == 0xE2 && (guchar) p[2] == 0x80 &&
      ((guchar) p[3] == 0x94 || (guchar) p[3] == 0x93) && p[4] == ' ')
    return 5;

  return 0;
}

/* The next dash in text[0:len] from p, or NULL; *dash_len is set to its length. */
static const char *
next_dash (const char *p,
           const char *end,
           gsize      *dash_len)
{
  for (; p < end; p++)
    if (*p == ' ' && (*dash_len = dash_at (p)) != 0)
      return p;

  return NULL;
}

/* "Lena Brandt", "and Sunil Iyer": one name of the list, as written. */
static gboolean
is_listed_name (const char *piece)
{
  if (g_str_has_prefix (piece, "and "))
    piece += 4;

  return _gln_listing_is_written_name (piece);
}

/* The pieces of text[0:len] split at ", " and " and ". */
static GStrv
split_names (const char *text,
             gsize       len)
{
  g_autoptr(GString) list = g_string_new_len (text, len);

  g_string_replace (list, ", and ", ", ", 0);
  g_string_replace (list, " and ", ", ", 0);

  return g_strsplit (list->str, ", ", 128);
}

/* Whether every piece of text[0:len] is a name. */
static GPtrArray *
parse_dashed_names (const char *text,
                    gsize       len)
{
  g_auto(GStrv) pieces = split_names (text, len);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; pieces[i] != NULL; i++)
    {
      if (!is_listed_name (pieces[i]))
        return NULL;
      g_ptr_array_add (names, g_strdup (pieces[i]));
    }

  return names->len > 0 ? g_steal_pointer (&names) : NULL;
}

/* Whether a venue after names names one: "ASIACRYPT 2018", "Master Thesis (2017)", not a
 * year alone nor a person ("Ann Lee (homepage), 2022": a supervised student after a role,
 * "Master Thesis, Ann Lee (homepage), 2022", whose role reads like a name). */
static gboolean
is_named_venue (const char *venue)
{
  gsize len = strcspn (venue, "(,");
  g_autofree char *head = g_strndup (venue, len);
  const char *after = venue + len;

  g_strstrip (head);
  for (const char *p = venue; *p != '\0'; p++)
    if (g_ascii_isalpha (*p))
      return !_gln_listing_is_written_name (head) ||
             (*after == '(' && _gln_listing_year_at (venue, after + 1) != 0);

  return FALSE;
}

/* "Lena Brandt, Sunil Iyer, ASIACRYPT 2018. pdf": the names before the first piece that is
 * none; *venue is set where that piece starts. NULL without a name or a venue. */
static GPtrArray *
parse_leading_names (const char  *text,
                     const char **venue)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *p = text;

  for (;;)
    {
      const char *comma = strstr (p, ", ");
      g_autofree char *piece = g_strndup (p, comma != NULL ? (gsize) (comma - p) : strlen (p));

      if (comma == NULL || !is_listed_name (piece))
        break;
      g_ptr_array_add (names, g_steal_pointer (&piece));
      p = comma + 2;
    }
  *venue = p;

  return names->len > 0 && is_named_venue (p) ? g_steal_pointer (&names) : NULL;
}

/* The venue as shown, without the link labels after it ("[pdf]", ". pdf"). */
static char *
venue_text (const char *venue)
{
  gsize len = strcspn (venue, "[");
  char *text;

  while (len > 0 && strchr (" .,", venue[len - 1]) != NULL)
    len--;
  text = g_strndup (venue, len);
  if (g_str_has_suffix (text, ". pdf"))
    text[len - strlen (". pdf")] = '\0';

  return text;
}

/* No sentence ends inside a title. A title of a few capitalized words reads like a name
 * ("Quantum Linearization Attacks"): before one name only, it is one ("Ann Lee - Bo Chen -
 * 2021"), a list of names after it tells a title. */
static gboolean
may_be_title (const char *title,
              gsize       len,
              guint       n_names)
{
  g_autofree char *text = g_strndup (title, len);
  guint words = _gln_listing_count_words_upto (text, MAX_DASHES_TITLE_WORDS + 1);

  return words >= 2 && words <= MAX_DASHES_TITLE_WORDS &&
         !_gln_listing_looks_like_abstract (text) &&
         (n_names > 1 || !_gln_listing_is_written_name (text));
}

static void
keep (ListingFields *fields,
      const char    *title,
      gsize          len,
      GPtrArray     *names,
      const char    *venue)
{
  g_autofree char *shown = venue_text (venue);

  g_free (fields->title);
  fields->title = g_strndup (title, len);
  g_clear_pointer (&fields->authors, g_ptr_array_unref);
  fields->authors = names;
  fields->truncated = FALSE;
  _gln_listing_find_shown_date (fields, shown, TRUE);
  if (*shown != '\0')
    _gln_citation_find_venue_fields (fields, shown);
}

gboolean
_gln_listing_parse_title_dashes (const char    *line,
                                 ListingFields *fields)
{
  gsize len = strlen (line);
  const char *end = line + len;
  const char *limit = line + MIN (len, MAX_DASHES_TITLE_BYTES);
  const char *dash;
  gsize dash_len = 0;

  if (len > MAX_TITLE_DASHES || g_ascii_islower (*line))
    return FALSE;
  for (dash = next_dash (line, limit, &dash_len); dash != NULL;
       dash = next_dash (dash + dash_len, limit, &dash_len))
    {
      const char *tail = dash + dash_len;
      gsize second_len = 0;
      const char *second = next_dash (tail, end, &second_len);
      g_autoptr(GPtrArray) names = NULL;
      const char *venue = NULL;

      if (!g_unichar_isupper (g_utf8_get_char (tail)))
        continue;
      if (second != NULL && (names = parse_dashed_names (tail, second - tail)) != NULL)
        venue = second + second_len;
      else if (second == NULL && (names = parse_leading_names (tail, &venue)) != NULL &&
               _gln_listing_find_year (venue) == 0)
        g_clear_pointer (&names, g_ptr_array_unref);
      if (names == NULL)
        continue;
      if (*venue == '\0' || !may_be_title (line, dash - line, names->len))
        return FALSE;
      keep (fields, line, dash - line, g_steal_pointer (&names), venue);
      return TRUE;
    }

  return FALSE;
}
