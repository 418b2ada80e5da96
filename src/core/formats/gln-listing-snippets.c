/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include "gln-listing-private.h"

#include <string.h>

/* The snippet of a search result: the lines a search engine for papers shows between a
 * result's byline ("A Smith, B Jones - Venue, 2021 - host.org") and the links that close
 * it ("Cited by 19 Related articles All 3 versions"). The engine wraps it at a fixed width,
 * so a line may start anywhere in a sentence ("4). Similar rocks …", "(Smith et al., 1972)
 * and …"), where no rule of hard-wrapped prose would join it; the byline above and the
 * links below tell its extent instead. It is the result's abstract as the page shows it. */

#define MAX_SNIPPET_LINES 8

/* "Cited by 19 Related articles All 3 versions", or "Related articles" alone when nobody
 * cited the paper yet. */
static gboolean
closes_result (const ListingLine *line)
{
  if (line->kind == KIND_META && line->meta == META_CITED)
    return TRUE;

  return line->kind == KIND_CHROME && (g_str_has_prefix (line->text, "Related articles") ||
                                       g_str_has_prefix (line->text, "Save Cite Related articles"));
}

/* Whether line i may be part of a snippet: prose, not a label or a line read otherwise. */
static gboolean
is_snippet_line (const ListingLine *line)
{
  return (line->kind == KIND_TEXT || line->kind == KIND_ABSTRACT) &&
         line->label == LABEL_NONE && line->paragraph == NULL;
}

/* Joins the lines [from, to) into one paragraph at the first, which becomes an abstract. */
static void
join_snippet (ListingPage *page,
              int          from,
              int          to)
{
  ListingLine *head = _gln_listing_line_at (page, from);

  head->kind = KIND_ABSTRACT;
  if (to - from < 2)
    return;
  head->paragraph = g_string_new (head->text);
  for (int i = from + 1; i < to; i++)
    {
      ListingLine *line = _gln_listing_line_at (page, i);

      g_string_append_c (head->paragraph, ' ');
      g_string_append (head->paragraph, line->text);
      line->kind = KIND_CONTINUATION;
    }
}

void
_gln_listing_join_snippets (ListingPage *page)
{
  for (guint b = 0; b < page->lines->len; b++)
    {
      ListingLine *byline = _gln_listing_line_at (page, b);
      int i;

      if (byline->kind != KIND_META || byline->meta != META_BYLINE)
        continue;
      for (i = b + 1; i < (int) page->lines->len && i <= (int) b + MAX_SNIPPET_LINES; i++)
        if (!is_snippet_line (_gln_listing_line_at (page, i)))
          break;
      if (i > (int) b + 1 && i < (int) page->lines->len &&
          closes_result (_gln_listing_line_at (page, i)))
        join_snippet (page, b + 1, i);
    }
}
