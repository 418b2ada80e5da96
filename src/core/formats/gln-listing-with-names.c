/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include "gln-listing-private.h"

#include <string.h>

/* The co-authors a CV names after "with" in a paper's line ("“Title”, with A, B and C,
 * Journal, 2010."), read name by name up to where the venue starts
 * (gln-listing-with-lines.c reads the rest of the line). */

/* The length of a name after "with" at p: up to ", ", " and " or the period that ends a
 * word of two letters or more (an initial's does not). */
static gsize
name_length (const char *p)
{
  const char *q = p;

  for (; *q != '\0'; q++)
    {
      if (g_str_has_prefix (q, ", ") || g_str_has_prefix (q, " and "))
        break;
      if (*q == '.' && (q[1] == ' ' || q[1] == '\0') && q - p >= 2 &&
          g_ascii_isalpha (q[-1]) && g_ascii_isalpha (q[-2]))
        break;
    }

  return q - p;
}

/* Where the names after "with " at start end: "A and B", "A, B and C", "A, B.", each a
 * person's name. A name after a bare comma counts only when "and" or a period follows the
 * list: "with A, Econ Quarterly, vol. 4" names A alone. NULL unless a name follows. */
const char *
_gln_listing_with_names_end (const char *start)
{
  const char *p = start;
  const char *end = NULL;
  const char *pending = NULL;
  gboolean after_comma = FALSE;

  while (p - start < 300)
    {
      gsize n = name_length (p);
      g_autofree char *name = g_strndup (p, n);

      if (!_gln_listing_looks_like_person (name))
        break;
      p += n;
      if (after_comma)
        pending = p;
      else
        end = p;
      if (g_str_has_prefix (p, ", and ") || g_str_has_prefix (p, " and "))
        {
          end = pending != NULL ? pending : end;
          p += *p == ',' ? strlen (", and ") : strlen (" and ");
          after_comma = FALSE;
        }
      else if (g_str_has_prefix (p, ", "))
        {
          p += strlen (", ");
          after_comma = TRUE;
        }
      else
        {
          if (*p == '.' && pending == p)
            end = p;
          break;
        }
    }

  return end;
}
