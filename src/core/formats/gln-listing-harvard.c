/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include "gln-listing-private.h"

#include <string.h>

/* Pieces of Harvard citations as CV pages write them, for gln-listing-year-first.c:
 *
 *   "Brandt, L., 2006. \"Title\". Magazine, May."  (an op-ed's title in quotes)
 *   "Brandt, L. 2012. Title, Outlook Series, Publisher, May. Full access at: …"
 */

/* "\"Title\"", "“Title.”": the title without its quotes (and a period inside them);
 * takes the string and gives it back stripped. */
char *
_gln_listing_unquote_title (char *title)
{
  gsize len;

  g_strstrip (title);
  len = strlen (title);
  if (len > 2 && title[0] == '"' && title[len - 1] == '"')
    {
      memmove (title, title + 1, len - 2);
      title[len - 2] = '\0';
    }
  else if (len > 6 && g_str_has_prefix (title, "“") && g_str_has_suffix (title, "”"))
    {
      memmove (title, title + 3, len - 6);
      title[len - 6] = '\0';
    }
  else
    return title;
  len = strlen (title);
  if (len > 0 && (title[len - 1] == ',' || title[len - 1] == '.'))
    title[len - 1] = '\0';

  return g_strstrip (title);
}

/* "Title, Outlook Series, Publisher, May": a title sentence that ends with a month alone
 * after a comma, the venue's, written on with commas after the title. */
gboolean
_gln_listing_ends_with_month (const char *text,
                              const char *end)
{
  static const char * const months[] = {
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
  };
  const char *word = end;

  while (word > text && word[-1] != ' ')
    word--;
  if (word - text < 2 || word[-2] != ',')
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    if ((gsize) (end - word) == strlen (months[i]) && strncmp (word, months[i], end - word) == 0)
      return TRUE;

  return FALSE;
}
