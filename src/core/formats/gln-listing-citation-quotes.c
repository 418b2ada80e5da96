/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include "gln-listing-citation-private.h"

#include <string.h>

/* The quotes around a citation's title, as a homepage typed them by hand: "“Title”",
 * "\"Title\"", and their slips, a closing quote typed as an opening one ("“Title“, Venue"),
 * the other kind ("\"Title”, Venue", "“Title.\" Venue"), or the opening one typed as a
 * closing one ("A and B,” Title”, Venue"). gln-listing-citation-styles.c reads the rest. */

#define LEFT "\u201c"
#define RIGHT "\u201d"

/* The first "“" after p that closes a title: before a comma or period ("Title“, Venue"),
 * or glued between the title's last word and the venue's first ("Title“Venue"). */
static const char *
find_slipped_close (const char *p)
{
  for (const char *q = strstr (p, LEFT); q != NULL; q = strstr (q + 1, LEFT))
    if (q[strlen (LEFT)] == ',' || q[strlen (LEFT)] == '.' ||
        (q > p && g_ascii_isalnum (q[-1]) && g_ascii_isupper (q[strlen (LEFT)])))
      return q;

  return NULL;
}

/* The earlier of a and b, either of which may be NULL. */
static const char *
first_of (const char *a,
          const char *b)
{
  if (a == NULL)
    return b;
  if (b == NULL)
    return a;

  return MIN (a, b);
}

/* "“An “Inner” Phrase in a Title”, Venue": where the first closing quote after title
 * closes a quote opened inside it, and another one follows, the title closes there. */
static const char *
skip_nested (const char *title,
             const char *close)
{
  const char *inner = strstr (title, LEFT);
  const char *next;

  if (inner == NULL || inner >= close || !g_str_has_prefix (close, RIGHT) ||
      (next = strstr (close + strlen (RIGHT), RIGHT)) == NULL ||
      memchr (close, '"', next - close) != NULL)
    return close;

  return next;
}

/* The length of the quote at p: 1 for '"', 3 for a curly one. */
static gsize
quote_length (const char *p)
{
  return *p == '"' ? 1 : strlen (LEFT);
}

/* The opening and closing quotes of the title of line, or FALSE: *open at the opening
 * quote, *title after it, *close at the closing one and *venue after that. */
gboolean
_gln_citation_find_quotes (const char  *line,
                           const char **open,
                           const char **title,
                           const char **close,
                           const char **venue)
{
  const char *right = strstr (line, RIGHT);

  *open = first_of (strchr (line, '"'), strstr (line, LEFT));
  /* "A and B,” Title”": no opening quote before the first closing one, a second after. */
  if (right != NULL && (*open == NULL || right < *open) && right > line && right[-1] == ',' &&
      strstr (right + strlen (RIGHT), RIGHT) != NULL)
    *open = right;
  if (*open == NULL)
    return FALSE;
  *title = *open + quote_length (*open);
  if (**open == '"')
    {
      /* "\"\"\"\"Title.\"\"\"\"": a quote written as a run of them, a spreadsheet's
       * escaped quotes pasted into a page. */
      *title = *open + strspn (*open, "\"");
      if ((*close = strchr (*title, '"')) == NULL)
        *close = strstr (*title, RIGHT);
      else if (*title - *open > 1)
        {
          *venue = *close + strspn (*close, "\"");
          return TRUE;
        }
    }
  else if ((*close = first_of (strstr (*title, RIGHT), find_slipped_close (*title))) == NULL)
    *close = strchr (*title, '"');
  else
    *close = skip_nested (*title, *close);
  if (*close == NULL)
    return FALSE;
  *venue = *close + quote_length (*close);

  return TRUE;
}
