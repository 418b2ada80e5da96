/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include "gln-listing-records-private.h"

#include <string.h>

/* Lab pages built with Jekyll (a research group's template and its kin) show each paper
 * as its title, the venue on the line under it and the names under that, then perhaps the
 * buttons of its links:
 *
 *   Title of the paper.
 *   Journal Name, 18, 1201-1210 (2024).       or  "Meeting of a Society, 2023."
 *   Ann Lee *, Bo Chen, Cy Diaz *
 *   PDF Cite
 *
 * A paper not yet out shows its status glued after the title ("Title.Submitted") over the
 * names, and no venue. The venue under the title would pass for the title of the names
 * under it, so this pass runs before the records pass and takes the lines of each block
 * (KIND_RECORD). A page is read so only where two blocks or more close with their buttons
 * and its first block opens with its title, not under a line of names (a page of names
 * over title over venue). */

typedef enum
{
  BLOCK_NONE,
  BLOCK_WEAK,       /* title, venue and names, nothing else to vouch for them */
  BLOCK_STATUS,     /* "Title.Submitted" over its names */
  BLOCK_STRONG,     /* "Title." over a dated venue over names over buttons */
} BlockKind;

typedef struct
{
  BlockKind kind;
  int       title;
  int       venue;   /* -1 for an unpublished paper */
  int       names;
  int       links;   /* -1 when no buttons follow */
  gboolean  dated;
} Block;

static ListingLine *
page_line (ListingPage *page,
         int          i)
{
  return _gln_listing_line_at (page, i);
}

/* "Submitted", "Under review": where an unpublished paper stands, after its title. */
static gboolean
is_status (const char *text)
{
  static const char * const status[] = {
    "submitted", "under review", "in review", "in press", "accepted", "in preparation",
  };

  return _gln_listing_in_list_ci (text, strlen (text), status, G_N_ELEMENTS (status));
}

/* "Title of the paper.Submitted", "Title. Submitted": the length of the title before its
 * status, or 0. */
static gsize
status_cut (const char *text)
{
  const char *dot = strrchr (text, '.');
  const char *status;

  if (dot == NULL || dot == text || !g_ascii_isalpha (dot[-1]))
    return 0;
  status = dot[1] == ' ' ? dot + 2 : dot + 1;
  if (!g_ascii_isupper (*status) || !is_status (status))
    return 0;

  return dot - text;
}

/* Whether the words after a venue's name are its numbers: "18, 1201-1210", "30 (5), 1703878",
 * "10, eadp5215", each piece holding a digit. */
static gboolean
are_numbers (const char *p,
             const char *end)
{
  gboolean digit = FALSE;

  while (p < end)
    {
      gsize n = strcspn (p, " ,");
      gboolean piece_digit = FALSE;

      if (p + n > end)
        n = end - p;
      for (gsize i = 0; i < n; i++)
        piece_digit |= g_ascii_isdigit (p[i]);
      if (n > 0 && !piece_digit && strspn (p, "()-.:") < n &&
          !g_str_has_prefix (p, "\u2013"))
        return FALSE;
      digit |= piece_digit;
      p += n;
      while (p < end && (*p == ' ' || *p == ','))
        p++;
    }

  return digit;
}

/* "Journal, 18, 1201-1210 (2024).", "Meeting of a Society, 2023.", "Journal, 30 (5),
 * 1703878.": a venue's name up to its first comma, then its numbers, a year in parentheses
 * or after a comma closing the line. Returns the length of its name, or 0. */
static gsize
venue_name_length (const char *text,
                   gboolean   *dated)
{
  gsize n = strlen (text);
  const char *comma;
  const char *end;

  *dated = FALSE;
  if (n < 8 || n > 300 || (text[n - 1] != '.' && text[n - 1] != ')') ||
      !(g_ascii_isupper (*text) || g_ascii_isdigit (*text)) || (comma = strchr (text, ',')) == NULL)
    return 0;
  end = text + n - (text[n - 1] == '.');
  if (end - text > 7 && end[-1] == ')' && end[-6] == '(' &&
      _gln_listing_year_at (text, end - 5) != 0)
    *dated = TRUE, end -= 6;
  else if (end - text > 6 && end[-5] == ' ' && end[-6] == ',' &&
           _gln_listing_year_at (text, end - 4) != 0)
    *dated = TRUE, end -= 4;
  /* "Meeting, 2023.": nothing between the name and the year. */
  if (comma + strspn (comma, ", ") < end ? !are_numbers (comma + 1, end) : !*dated)
    return 0;
  if (_gln_listing_count_words_upto (text, 31) > 30 || strpbrk (text, "\";:|") != NULL ||
      strstr (text, "\u201c") != NULL)
    return 0;

  return comma - text;
}

/* "PDF Cite", "PDF Code Cite": the buttons of an entry's links. */
static gboolean
is_buttons (const char *text)
{
  guint words = 0;

  for (const char *p = text; *p != '\0'; p = _gln_listing_skip_blanks (p))
    {
      gsize n = strcspn (p, " ");

      if (!_gln_listing_is_link_word (p, n) && !_gln_listing_equal_ci (p, n, "cite"))
        return FALSE;
      words++;
      p += n;
    }

  return words > 0 && words <= 6;
}

/* "Ann Lee *, Bo Chen,, Cy Diaz ✉" → "Ann Lee, Bo Chen, Cy Diaz": a names line without the
 * marks that stand apart from their names and the empty names of doubled commas. */
static char *
clean_names (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0';)
    {
      if (*p == ' ' && (p[1] == '*' || g_str_has_prefix (p + 1, "\u2709")) &&
          (p[1] == '*' ? p[2] : p[4]) != '\0' && strchr (", ", p[1] == '*' ? p[2] : p[4]) != NULL)
        p += p[1] == '*' ? 2 : 4;
      else if (*p == ' ' && (g_str_equal (p + 1, "*") || g_str_equal (p + 1, "\u2709")))
        break;
      else if (*p == ',' && p[1] == ',')
        p++;
      else
        g_string_append_c (out, *p++);
    }

  return g_string_free (out, FALSE);
}

/* "Ann Lee, BO CHEN, CY DIAZ": short pieces between commas, each capitalised, two or more,
 * none of them a number; or NULL. */
static GPtrArray *
capitalised_list (const char *text,
                  gboolean   *truncated)
{
  g_autoptr(GPtrArray) names = NULL;

  if (strchr (text, ',') == NULL || strpbrk (text, "0123456789()") != NULL ||
      (names = _gln_listing_parse_author_list (text, TRUE, truncated)) == NULL || names->len < 2)
    return NULL;
  for (guint i = 0; i < names->len; i++)
    if (!g_unichar_isupper (g_utf8_get_char (g_ptr_array_index (names, i))))
      return NULL;

  return g_steal_pointer (&names);
}

/* The names on line i, or NULL. */
static GPtrArray *
names_at (ListingPage *page,
          int          i,
          gboolean    *truncated)
{
  ListingLine *line = page_line (page, i);
  g_autoptr(GPtrArray) names = NULL;
  g_autofree char *clean = NULL;
  const char *venue = NULL;

  *truncated = FALSE;
  if ((line->kind != KIND_TEXT && line->kind != KIND_ABSTRACT && line->kind != KIND_META) ||
      line->label != LABEL_NONE || !g_unichar_isupper (g_utf8_get_char (line->text)))
    return NULL;
  if (strstr (line->text, " *") == NULL && strstr (line->text, ",,") == NULL &&
      strstr (line->text, " \u2709") == NULL)
    {
      names = _gln_records_authors_of (line, truncated, &venue);
      return venue == NULL ? g_steal_pointer (&names) : NULL;
    }
  clean = clean_names (line->text);
  /* A plain list first: "Ann Lee, BO CHEN, CY DIAZ" are no "Family, Given" pairs. */
  if ((names = _gln_listing_parse_author_list (clean, FALSE, truncated)) != NULL ||
      (names = capitalised_list (clean, truncated)) != NULL)
    return g_steal_pointer (&names);
  names = _gln_listing_parse_author_line (clean, truncated, &venue);
  if (names != NULL && (venue != NULL || _gln_listing_names_organisation (names)))
    return NULL;

  return g_steal_pointer (&names);
}

/* Whether line i may be a block's title: text that is no label, links or list of names.
 * *named is set where it reads as names all the same ("Tunable Analog Thermal Material."):
 * a title only on a page that shows the layout. */
static gboolean
may_be_title (ListingPage *page,
              int          i,
              gboolean    *named)
{
  ListingLine *line = page_line (page, i);
  gsize len = strlen (line->text);
  gboolean truncated;
  g_autoptr(GPtrArray) names = NULL;

  if ((line->kind != KIND_TEXT && line->kind != KIND_ABSTRACT) || line->label != LABEL_NONE ||
      len < 8 || len > 400 || line->text[len - 1] == ':' || is_buttons (line->text) ||
      _gln_listing_count_words_upto (line->text, 2) < 2)
    return FALSE;
  names = _gln_records_authors_of (line, &truncated, NULL);
  *named = names != NULL;

  return names == NULL || (line->text[len - 1] == '.' && strchr (line->text, ',') == NULL);
}

/* What block opens at line t, if any. */
static BlockKind
block_at (ListingPage *page,
          int          t,
          Block       *block)
{
  ListingLine *title = page_line (page, t);
  int v = _gln_listing_next_nonblank (page, t);
  int a;
  int l;
  gboolean truncated;
  g_autoptr(GPtrArray) names = NULL;
  gsize len;
  gboolean named = FALSE;

  block->kind = BLOCK_NONE;
  if (v < 0 || (title->kind != KIND_TEXT && title->kind != KIND_ABSTRACT))
    return BLOCK_NONE;
  /* The venue first: few lines are one. */
  if (venue_name_length (page_line (page, v)->text, &block->dated) > 0)
    a = _gln_listing_next_nonblank (page, v);
  else if (status_cut (title->text) > 0)
    a = v, v = -1;
  else
    return BLOCK_NONE;
  if (a < 0 || !may_be_title (page, t, &named) || (names = names_at (page, a, &truncated)) == NULL)
    return BLOCK_NONE;
  l = _gln_listing_next_nonblank (page, a);
  if (l >= 0 && !is_buttons (page_line (page, l)->text))
    l = -1;
  block->title = t, block->venue = v, block->names = a, block->links = l;
  len = strlen (title->text);
  if (v < 0)
    block->kind = BLOCK_STATUS;
  else if (block->dated && l >= 0 && !named &&
           (title->text[len - 1] == '.' || title->text[len - 1] == '?'))
    block->kind = BLOCK_STRONG;
  else
    block->kind = BLOCK_WEAK;

  return block->kind;
}

/* "Title of the paper. Venue Name" over "Venue Name, 2019.": the venue repeated after the
 * title is no part of it. */
static gsize
title_length (const char *title,
              const char *venue,
              gsize       venue_n)
{
  gsize n = status_cut (title);

  if (n == 0)
    n = strlen (title);
  if (venue != NULL && n > venue_n + 2 && strncmp (title + n - venue_n, venue, venue_n) == 0 &&
      title[n - venue_n - 1] == ' ' && title[n - venue_n - 2] == '.')
    n -= venue_n + 1;
  while (n > 0 && title[n - 1] == ' ')
    n--;
  if (n > 1 && title[n - 1] == '.' && title[n - 2] != '.')
    n--;

  return n;
}

static void
take (ListingPage *page,
      Block       *block)
{
  g_auto(ListingFields) fields = { NULL, };
  const char *title = page_line (page, block->title)->text;
  const char *venue = block->venue >= 0 ? page_line (page, block->venue)->text : NULL;
  gsize venue_n = 0;
  gboolean dated;

  _gln_listing_fields_init (&fields, page->year);
  fields.line = page_line (page, block->title)->number;
  if (venue != NULL)
    {
      gsize n = strlen (venue);

      venue_n = venue_name_length (venue, &dated);
      fields.venue = g_strndup (venue, n - (venue[n - 1] == '.'));
      _gln_listing_find_shown_date (&fields, fields.venue, TRUE);
    }
  fields.title = g_strndup (title, title_length (title, venue, venue_n));
  fields.authors = names_at (page, block->names, &fields.truncated);
  page_line (page, block->title)->kind = KIND_RECORD;
  page_line (page, block->names)->kind = KIND_RECORD;
  if (block->venue >= 0)
    page_line (page, block->venue)->kind = KIND_RECORD;
  if (block->links >= 0)
    page_line (page, block->links)->kind = KIND_RECORD;
  g_ptr_array_add (page->records, _gln_listing_fields_finish (&fields));
}

/* Whether the page shows the layout: two blocks closed by their buttons or more, the first
 * block not under a line of names. */
static gboolean
shows_layout (ListingPage *page,
              Block       *blocks,
              guint        len)
{
  guint strong = 0;
  int first = -1;
  int above;
  gboolean truncated;
  g_autoptr(GPtrArray) names = NULL;

  for (guint i = 0; i < len; i++)
    {
      if (blocks[i].kind != BLOCK_NONE && first < 0)
        first = i;
      strong += blocks[i].kind == BLOCK_STRONG;
    }
  if (strong < 2)
    return FALSE;
  above = _gln_listing_prev_nonblank (page, first);
  names = above >= 0 ? names_at (page, above, &truncated) : NULL;

  return names == NULL;
}

void
_gln_listing_find_venue_between (ListingPage *page)
{
  guint len = page->lines->len;
  g_autofree Block *blocks = g_new0 (Block, len + 1);
  guint found = 0;

  for (guint i = 0; i < len; i++)
    {
      ListingLine *line = page_line (page, i);
      gsize n = strlen (line->text);

      if ((line->kind != KIND_TEXT && line->kind != KIND_ABSTRACT) || n < 8)
        continue;
      found += block_at (page, i, &blocks[i]) != BLOCK_NONE;
    }
  if (found < 2 || !shows_layout (page, blocks, len))
    return;
  for (guint i = 0; i < len; i++)
    {
      Block *block = &blocks[i];

      /* A block found before a line of it was taken by another is no longer whole. */
      if (block->kind == BLOCK_NONE || page_line (page, block->title)->kind == KIND_RECORD ||
          page_line (page, block->names)->kind == KIND_RECORD ||
          (block->venue >= 0 && page_line (page, block->venue)->kind == KIND_RECORD))
        continue;
      take (page, block);
    }
}
