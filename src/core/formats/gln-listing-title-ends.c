/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include "gln-listing-private.h"

#include <string.h>

/* Where a title ends in a citation whose marks were lost in the copy (its italics, its
 * quotes), as gln-listing-year-first.c reads them: at a dash between its parts, at the
 * first comma after a few words on pages that write their citations with commas only, or
 * before the venue that follows it ("in the Proceedings of", "to appear in", "at the 2014
 * Sixth World Congress on", "in Book, A. Duff, et al. (Eds.)"). */

/* " - ", " – ", " — ": the dash a page writes between the parts of a line; its length. */
gsize
_gln_listing_dash_at (const char *p)
{
  if (g_str_has_prefix (p, " - "))
    return 3;
  if (g_str_has_prefix (p, " \u2013 ") || g_str_has_prefix (p, " \u2014 "))
    return 2 + strlen ("\u2013");

  return 0;
}

/* "Title, in the Proceedings of …": where a title ends on a page that writes its
 * citations with commas only, at the first comma outside parentheses after three words at
 * least (a title's own commas come earlier: "Durable, Flexible, …"); *venue is what follows. */
const char *
_gln_listing_comma_title_end (const char  *text,
                              const char **venue)
{
  guint words = 1;
  int depth = 0;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '(')
        depth++;
      else if (*p == ')' && depth > 0)
        depth--;
      else if (*p == ' ' && p[1] != ' ' && p[1] != '\0')
        words++;
      else if (*p == ',' && p[1] == ' ' && depth == 0 && words >= 3)
        {
          *venue = _gln_listing_skip_blanks (p + 1);
          return p;
        }
    }

  return NULL;
}

/* " in the Proceedings of ", " in the Proceedins of ": an opener whose word may be
 * misspelt after "Proceedin", up to its " of "; where it starts, or NULL. */
static const char *
find_proceedings_word (const char *text,
                       const char *opener)
{
  for (const char *p = strstr (text, opener); p != NULL; p = strstr (p + 1, opener))
    {
      const char *q = p + strlen (opener);

      while (g_ascii_islower (*q))
        q++;
      if (g_str_has_prefix (q, " of "))
        return p;
    }

  return NULL;
}

/* " at the 2014 Sixth World Congress on …, ": a meeting after " at the ", named with a
 * number in its first word ("2014", "WSCG2014") and a word of meetings before the next
 * comma; where it starts, or NULL. */
static const char *
find_at_meeting (const char *text)
{
  static const char * const meetings[] = {
    " Conference", " Congress", " Workshop", " Symposium",
  };

  for (const char *p = strstr (text, " at the "); p != NULL; p = strstr (p + 1, " at the "))
    {
      const char *word = p + strlen (" at the ");
      gsize word_len = strcspn (word, " ,");
      gsize clause = 0;
      g_autofree char *part = NULL;
      gboolean digit = FALSE;

      for (gsize i = 0; i < word_len; i++)
        digit |= g_ascii_isdigit (word[i]);
      if (!digit)
        continue;
      /* A meeting's name is read within its first 200 bytes: time stays linear. */
      while (clause < 200 && word[clause] != '\0' && word[clause] != ',')
        clause++;
      part = g_strndup (word, clause);
      for (guint i = 0; i < G_N_ELEMENTS (meetings); i++)
        if (strstr (part, meetings[i]) != NULL)
          return p;
    }

  return NULL;
}

/* Whether the periods between from and to close initials or "et al." only ("A. Duff, et
 * al."): the names of editors, no sentence. */
static gboolean
only_initials_end (const char *from,
                   const char *to)
{
  for (const char *p = from; p + 1 < to; p++)
    if (p[0] == '.' && p[1] == ' ' &&
        !(p - from >= 2 && g_ascii_isupper (p[-1]) && !g_ascii_isalpha (p[-2])) &&
        !(p - from >= 3 && strncmp (p - 3, " al", 3) == 0))
      return FALSE;

  return TRUE;
}

/* " in Biomimetic Systems, A. Duff, et al. (Eds.), Lecture Notes …": the book of a chapter
 * and its editors after a title whose italics were lost; where " in " starts, or NULL. */
static const char *
find_edited_book (const char *text)
{
  const char *eds = strstr (text, " (Eds.)");
  const char *in = NULL;

  if (eds == NULL)
    eds = strstr (text, " (Ed.)");
  if (eds == NULL)
    return NULL;
  for (const char *p = strstr (text, " in "); p != NULL && p < eds; p = strstr (p + 1, " in "))
    if (g_ascii_isupper (p[4]))
      in = p;
  if (in == NULL || !only_initials_end (in, eds) || memchr (in, ',', eds - in) == NULL)
    return NULL;

  return in;
}

/* "Title in the Proceedings of …", "Title to appear in …": where a title ends whose
 * italics, lost in the copy, were all that ended it, before the sentence's end (or NULL);
 * where the venue starts is *venue. */
const char *
_gln_listing_find_proceedings (const char  *text,
                               const char  *end,
                               const char **venue)
{
  const char *found[] = {
    find_proceedings_word (text, " in the Proceedin"),
    find_proceedings_word (text, " in Proceedin"),
    strstr (text, " to appear in "),
    find_at_meeting (text),
  };
  const char *first = NULL;
  const char *book;

  for (guint i = 0; i < G_N_ELEMENTS (found); i++)
    {
      const char *p = found[i];

      if (p != NULL && (end == NULL || p < end) && (first == NULL || p < first))
        first = p;
    }
  /* "Title – Subtitle in Book, A. Duff, et al. (Eds.), …": a chapter's book and editors
   * after a title that no sentence ends before them, whose dash is its own. */
  if (first == NULL && (book = find_edited_book (text)) != NULL &&
      (end == NULL || book < end || _gln_listing_dash_at (end) > 0))
    first = book;
  if (first != NULL)
    *venue = first + 1;

  return first;
}
