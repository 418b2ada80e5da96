/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include "gln-listing-citation-private.h"

#include <string.h>

/* Citations whose parts a middle dot joins without spaces, as the Jekyll "Lab Website
 * Template" lists a lab's papers one line each, its spans copied without their margins:
 *
 *   "Lena Brandt, Sunil Iyer·Title of the paper·Journal of Things·06 Nov 2024·doi:10.1/x"
 *
 * The names come first, written given names first, then the title, the venue, the date
 * and the identifier. A line of such parts names its authors and shows a date after its
 * title, or it is no citation (a footer's "Home·About·Contact" is not). */

#define MIDDOT "\u00b7"
#define MAX_MIDDOTS_LINE 4000
#define MIN_MIDDOT_PARTS 3
#define MAX_MIDDOT_PARTS 6

/* Whether the middle dot at p joins two parts without a space on either side. */
static gboolean
is_glued_middot (const char *line,
                 const char *p)
{
  const char *after = p + strlen (MIDDOT);

  return p > line && p[-1] != ' ' && *after != ' ' && *after != '\0';
}

/* The parts of line between its glued middle dots, or NULL if it has too few or too many
 * of them, or one spaced out ("Venue · 2024", a card's own line). */
static GStrv
split_parts (const char *line)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char *start = line;
  guint n = 0;

  for (const char *p = strstr (line, MIDDOT); p != NULL; p = strstr (start, MIDDOT))
    {
      g_autofree char *part = NULL;

      if (!is_glued_middot (line, p) || ++n >= MAX_MIDDOT_PARTS)
        return NULL;
      part = g_strndup (start, p - start);
      g_strv_builder_add (builder, part);
      start = p + strlen (MIDDOT);
    }
  if (n + 1 < MIN_MIDDOT_PARTS)
    return NULL;
  g_strv_builder_add (builder, start);

  return g_strv_builder_end (builder);
}

/* "Sai Manoj N V T Gorantla": a name of two to six capitalized words, without digits. */
static gboolean
is_capitalized_name (const char *piece)
{
  g_auto(GStrv) words = g_strsplit (piece, " ", 8);
  guint n = g_strv_length (words);

  if (n < 2 || n > 6)
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (!g_unichar_isupper (g_utf8_get_char (words[i])) || strpbrk (words[i], "0123456789") != NULL)
      return FALSE;

  return TRUE;
}

/* The names of the first part: as an author line reads them, or, where one name has more
 * words than those readers allow, capitalized names between commas. */
static GPtrArray *
parse_names (const char *part,
             gboolean   *truncated)
{
  g_autoptr(GPtrArray) names = _gln_listing_parse_record_authors (part, truncated);
  g_auto(GStrv) pieces = NULL;

  if (names != NULL)
    return g_steal_pointer (&names);
  pieces = g_strsplit (part, ", ", 128);
  names = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; pieces[i] != NULL; i++)
    {
      const char *name = g_str_has_prefix (pieces[i], "and ") ? pieces[i] + 4 : pieces[i];

      if (!is_capitalized_name (name))
        return NULL;
      g_ptr_array_add (names, g_strdup (name));
    }
  *truncated = FALSE;

  return names->len > 1 ? g_steal_pointer (&names) : NULL;
}

gboolean
_gln_listing_parse_middots (const char    *line,
                            ListingFields *fields)
{
  g_auto(GStrv) parts = NULL;
  g_autoptr(GPtrArray) names = NULL;
  gboolean truncated = FALSE;
  gboolean dated = FALSE;

  /* The first dot within a list of names: cheap to ask before anything is made. */
  if (strlen (line) > MAX_MIDDOTS_LINE || strstr (line, MIDDOT) == NULL ||
      (parts = split_parts (line)) == NULL)
    return FALSE;
  if ((names = parse_names (parts[0], &truncated)) == NULL ||
      _gln_listing_looks_like_abstract (parts[1]) || !_gln_citation_set_title (fields, parts[1],
                                                                               strlen (parts[1])))
    return FALSE;
  for (guint i = 2; parts[i] != NULL && !dated; i++)
    dated = _gln_listing_find_shown_date (fields, parts[i], FALSE);
  if (!dated)
    return FALSE;
  _gln_citation_keep_authors (fields, names, truncated);
  _gln_citation_find_venue_fields (fields, parts[2]);
  for (guint i = 3; parts[i] != NULL; i++)
    _gln_listing_find_ids (fields, parts[i]);

  return TRUE;
}
