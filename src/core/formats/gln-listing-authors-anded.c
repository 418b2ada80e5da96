/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include "gln-listing-private.h"

#include <string.h>

/* BibTeX's names as a homepage prints them, " and " between every two, typed by hand with
 * its slips:
 *
 *   one name written as said      Huang, Zhiyong and Li Ke and Liang, Jian and Yao, Taiping
 *   a comma for one " and "       Zhan, Yafeng and Liang, Jian, He, Ran and Wang, Zheng
 *
 * gln-listing-authors.c reads the lines without slips; this reads the others, where the
 * slips stand between names written right ("Family, Given") on both sides. */

/* The longest family name a list may open with, in bytes. */
#define MAX_FAMILY_BYTES 60
#define MIN_PAIRS 3
#define MAX_SLIPS 2

/* One capitalized word of a name at p, up to a space, a comma or end: "Zhiyong",
 * "Hu-Bao", "O'Neil", "E."; its length, or 0. *whole is set when it is more than an
 * initial. */
static gsize
name_word (const char *p,
           const char *end,
           gboolean   *whole)
{
  const char *q = p;
  gboolean lower = FALSE;

  if (p >= end || !g_unichar_isupper (g_utf8_get_char (p)))
    return 0;
  while (q < end && *q != ' ' && *q != ',')
    {
      gunichar c = g_utf8_get_char (q);

      if (g_unichar_islower (c))
        lower = TRUE;
      else if (!g_unichar_isalpha (c) && !g_unichar_ismark (c) && c != '-' && c != '\'' &&
               c != '.')
        return 0;
      q = g_utf8_next_char (q);
    }
  *whole = lower;

  return q - p <= 40 ? (gsize) (q - p) : 0;
}

/* Whether p..end is one part of a name: one to four words, the first more than an initial
 * where it is a family name; not all of them words of titles ("Deep Learning"). */
static gboolean
is_name_part (const char *p,
              const char *end,
              gboolean    family)
{
  guint words = 0;
  gboolean titled = TRUE;

  while (p < end)
    {
      gboolean whole = FALSE;
      gsize n = name_word (p, end, &whole);

      if (n == 0 || ++words > 4 || (words == 1 && family && !whole))
        return FALSE;
      titled &= _gln_listing_is_title_word (p, n);
      p += n;
      if (p < end && (*p != ' ' || p + 1 == end))
        return FALSE;
      if (p < end)
        p++;
    }

  return words > 0 && !titled;
}

/* Reads the piece p..end between two " and ": "Family, Given" pairs, one or more joined by
 * commas, or a name as said ("Li Ke", two or three words). Adds the names to names; the
 * number of pairs read, 0 for a name as said, or -1. */
static int
read_piece (const char *p,
            const char *end,
            GPtrArray  *names)
{
  const char *comma = _gln_listing_find_in (p, end - p, ", ");
  int pairs = 0;

  if (comma == NULL)
    {
      guint words = 1;

      for (const char *q = p; q < end; q++)
        words += *q == ' ';
      if (words < 2 || words > 3 || !is_name_part (p, end, FALSE))
        return -1;
      g_ptr_array_add (names, g_strndup (p, end - p));
      return 0;
    }
  while (comma != NULL)
    {
      const char *given = comma + 2;
      const char *next = _gln_listing_find_in (given, end - given, ", ");
      const char *stop = next != NULL ? next : end;

      if (!is_name_part (p, comma, TRUE) || !is_name_part (given, stop, FALSE))
        return -1;
      g_ptr_array_add (names, g_strndup (p, stop - p));
      pairs++;
      if (next == NULL)
        break;
      p = next + 2;
      if ((comma = _gln_listing_find_in (p, end - p, ", ")) == NULL)
        return -1;
    }

  return pairs;
}

/* The names of such a line, NULL unless every piece is a name, MIN_PAIRS pairs are written
 * right, and one to MAX_SLIPS slips stand between pieces written right (the first and the
 * last piece are pairs alone: a title or venue run on after the names is none). */
GPtrArray *
_gln_listing_parse_anded_slips (const char *text,
                                gboolean   *truncated)
{
  g_autoptr(GPtrArray) names = NULL;
  const char *p = text;
  guint pieces = 0;
  guint pairs = 0;
  guint slips = 0;
  gboolean last = FALSE;
  int read = 0;

  /* Turned away cheaply: a list opens with a pair ("Liang, Jian"), a family name and its
   * comma before any period; most lines have no " and " either. */
  if (!(g_unichar_isupper (g_utf8_get_char (text)) ||
        _gln_listing_is_name_particle (text, strcspn (text, " "))) ||
      strcspn (text, ",.") > MAX_FAMILY_BYTES ||
      text[strcspn (text, ",.")] != ',' || strnlen (text, 2001) > 2000 ||
      strstr (text, " and ") == NULL)
    return NULL;
  names = g_ptr_array_new_with_free_func (g_free);
  while (!last)
    {
      const char *and = strstr (p, " and ");
      const char *end = and != NULL ? and : p + strlen (p);

      last = and == NULL;
      if ((read = read_piece (p, end, names)) < 0)
        return NULL;
      /* A slip: a name as said, or more than one pair in a piece. */
      if (read != 1)
        {
          if (pieces == 0 || last)
            return NULL;
          slips++;
        }
      pairs += read;
      pieces++;
      if (!last)
        p = and + strlen (" and ");
    }
  if (slips == 0 || slips > MAX_SLIPS || pairs < MIN_PAIRS)
    return NULL;
  *truncated = FALSE;

  return g_steal_pointer (&names);
}
