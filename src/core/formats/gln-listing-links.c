/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include "gln-listing-private.h"

#include <string.h>

/* What a page shows around an entry besides its fields: the words of its links ("pdf bib
 * abs", "PDF Code Slides"), links glued before its title on one line ("pdf bib Title",
 * ACL Anthology until 2019), and an identifier before its authors ("[J00-1001]: A | B"). */

static const char * const link_words[] = {
  "pdf", "bib", "abs", "html", "bibtex", "ris", "slides", "video", "poster", "code", "data",
  "software", "doi", "project", "dataset", "supplementary", "other", "arxiv", "website",
  "scholar", "preprint", "hal",
};

/* Whether word[0:n] names a link: "pdf", "[Code]". */
gboolean
_gln_listing_is_link_word (const char *word,
                           gsize       n)
{
  if (n > 2 && word[0] == '[' && word[n - 1] == ']')
    word++, n -= 2;

  return _gln_listing_in_list_ci (word, n, link_words, G_N_ELEMENTS (link_words));
}

/* "IEEE ICDE 2026 | Paper PDF | Code and Documentation": a venue, then cells of the
 * entry's links after " | " (jemdoc pages). A cell of up to four words with a link word
 * among them makes the line one; a title has no such cell. The bar before the first such
 * cell, or NULL. */
static const char *
find_link_cell (const char *text)
{
  for (const char *bar = strstr (text, " | "); bar != NULL; bar = strstr (bar + 3, " | "))
    {
      const char *p = bar + 3;
      const char *end = p + strcspn (p, "|");
      guint words = 0;
      gboolean link = FALSE;

      while (p < end && words < 5)
        {
          gsize n = strcspn (p, " |");

          link |= _gln_listing_is_link_word (p, n);
          words++;
          p = _gln_listing_skip_blanks (p + n);
        }
      if (link && words <= 4)
        return bar;
    }

  return NULL;
}

gboolean
_gln_listing_has_link_cells (const char *text)
{
  return find_link_cell (text) != NULL;
}

/* "ACM SIGMOD 2025 | Paper PDF | Code" → "ACM SIGMOD 2025": a venue without the cells of
 * its entry's links. Cut in place. */
void
_gln_listing_cut_link_cells (char *venue)
{
  char *bar = (char *) find_link_cell (venue);

  if (bar != NULL)
    *bar = '\0';
}

/* "pdf bib Title of the paper" → "Title of the paper": two or more links, written in lower
 * case as link buttons are, before the text of the line. The line comes back unchanged
 * when it has no such links, or nothing else. */
const char *
_gln_listing_strip_links (const char *line)
{
  const char *p = line;
  guint words = 0;

  /* Most lines start otherwise. */
  if (!g_ascii_islower (*line) && *line != '[')
    return line;
  while (*p != '\0')
    {
      gsize n = strcspn (p, " ");

      if (!_gln_listing_is_link_word (p, n))
        break;
      for (gsize i = 0; i < n; i++)
        if (g_ascii_isupper (p[i]))
          return line;
      words++;
      p = _gln_listing_skip_blanks (p + n);
    }

  return words >= 2 && *p != '\0' ? p : line;
}

/* The length of an identifier in brackets with a colon at the start of a line, "[J00-1001]:"
 * or "[2020.acl-main.1]:", or 0. It holds a digit and no spaces. */
static gsize
id_prefix_length (const char *line)
{
  gboolean digit = FALSE;
  const char *p = line + 1;

  if (*line != '[' || !g_ascii_isalnum (*p))
    return 0;
  for (; g_ascii_isalnum (*p) || *p == '-' || *p == '.' || *p == '_'; p++)
    digit |= g_ascii_isdigit (*p);
  if (!digit || p - line > 40 || p[0] != ']' || p[1] != ':')
    return 0;

  return p + 2 - line;
}

/* "[J00-1001]: Lauri Karttunen | Kemal Oflazer" → "Lauri Karttunen | Kemal Oflazer". A line
 * that is only the identifier comes back unchanged. */
const char *
_gln_listing_strip_id (const char *line)
{
  gsize n = id_prefix_length (line);

  if (n == 0 || line[n] != ' ')
    return line;

  return *_gln_listing_skip_blanks (line + n) != '\0' ? _gln_listing_skip_blanks (line + n) : line;
}

/* "[J00-1007]:": an entry's identifier with nothing after it, where its authors would be. */
gboolean
_gln_listing_is_bare_id (const char *line)
{
  gsize n = id_prefix_length (line);

  return n > 0 && line[n] == '\0';
}

/* "PDF DOI Source Details", "[PDF] Code Details": a card's buttons, the first a link
 * written as a button is (in capitals or brackets), the others perhaps words no list of
 * links knows. No name opens so. */
gboolean
_gln_listing_opens_with_button (const char *text)
{
  gsize n;

  /* Turned away at its first two characters: names are not written so. */
  if (text[0] != '[' && !(g_ascii_isupper (text[0]) && g_ascii_isupper (text[1])))
    return FALSE;
  n = strcspn (text, " ");
  if (n < 3 || text[n] != ' ' || !_gln_listing_is_link_word (text, n) ||
      strchr (text, ',') != NULL)
    return FALSE;
  if (text[0] == '[')
    return TRUE;
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isupper (text[i]))
      return FALSE;

  return TRUE;
}
