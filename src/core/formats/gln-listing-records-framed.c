/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include "gln-listing-records-private.h"

#include <string.h>

/* Two blocks of hand-made lab pages, each framed by what closes it:
 * - "2019. Title" over the names, a venue line or two and the links ("pdf bib code"), the
 *   year before the title as the page dates the entry;
 * - the names over the title over a line of bracketed links ("[Paper], Accepted to [VENUE
 *   2025]." or "Accepted to VENUE 2020|[Paper]|[Project page]"), a blank line after it; the
 *   summary paragraph under the block is no abstract. */
#define MAX_YEAR_TITLED_TRAILING 3
#define MAX_VENUE_WORDS 30

/* The year of a "2019. Title" line, or 0. */
static int
year_titled (const ListingLine *line)
{
  const char *p = line->text;
  gunichar c;

  if ((p[0] != '1' || p[1] != '9') && (p[0] != '2' || p[1] != '0'))
    return 0;
  if (!g_ascii_isdigit (p[2]) || !g_ascii_isdigit (p[3]) || p[4] != '.' || p[5] != ' ' ||
      (line->kind != KIND_TEXT && line->kind != KIND_ABSTRACT) || line->label != LABEL_NONE)
    return 0;
  c = g_utf8_get_char (p + 6);
  if (!g_unichar_isupper (c) && !g_unichar_isdigit (c) && c != '"' && c != 0x201C)
    return 0;

  return (int) g_ascii_strtoll (p, NULL, 10);
}

/* Whether line i stands right under line i - 1, with no blank line between. */
static int
adjacent (Records *records,
          int      i)
{
  int next = i + 1;

  if ((guint) next >= records->page->lines->len || line_at (records, next)->kind == KIND_BLANK)
    return -1;

  return next;
}

/* Whether line i ends its block: the page's last line, or one over a blank line. */
static gboolean
closes_block (Records *records,
              int      i)
{
  return (guint) i + 1 >= records->page->lines->len || line_at (records, i + 1)->kind == KIND_BLANK;
}

static gboolean
is_short (const ListingLine *line)
{
  return _gln_listing_count_words_upto (line->text, MAX_VENUE_WORDS) < MAX_VENUE_WORDS;
}

gboolean
_gln_records_try_year_titled (Records *records,
                              int      i)
{
  g_auto(ListingFields) fields = { NULL, };
  g_autoptr(GPtrArray) names = NULL;
  g_autofree char *shown = NULL;
  ListingLine *line = line_at (records, i);
  int year = year_titled (line);
  int a = year != 0 ? adjacent (records, i) : -1;
  int last;
  gboolean truncated;
  gboolean closed = FALSE;
  guint taken = 0;

  if (a < 0 || _gln_listing_count_words_upto (line->text + 6, 2) < 2 ||
      line_at (records, a)->kind == KIND_RECORD ||
      (names = _gln_records_authors_of (line_at (records, a), &truncated, NULL)) == NULL)
    return FALSE;
  /* The venue and notes up to the links, a blank line or the next entry; an abstract
   * would make it an entry of another kind. */
  last = a;
  for (int v = adjacent (records, a); v >= 0 && !closed && taken < MAX_YEAR_TITLED_TRAILING;
       v = adjacent (records, v))
    {
      ListingLine *next = line_at (records, v);
      g_autoptr(GPtrArray) more = NULL;
      gboolean cut;

      if (year_titled (next) != 0)
        {
          closed = TRUE;
          break;
        }
      if (next->kind == KIND_RECORD || next->kind == KIND_CHROME || !is_short (next) ||
          (more = _gln_records_authors_of (next, &cut, NULL)) != NULL)
        return FALSE;
      closed = _gln_records_is_link_line (next, NULL);
      last = v;
      taken++;
    }
  if (!closed && !closes_block (records, last))
    return FALSE;

  _gln_listing_fields_init (&fields, records->page->year);
  fields.line = line->number;
  _gln_listing_find_title (&fields, line->text + 6);
  g_clear_pointer (&fields.authors, g_ptr_array_unref);
  fields.authors = g_ptr_array_ref (names);
  fields.truncated = truncated;
  shown = g_strndup (line->text, 4);
  _gln_listing_set_shown_date (&fields, shown, year, 0, 0);
  for (int j = i; j <= last; j++)
    {
      if (j > a)
        _gln_records_read_trailing (&fields, line_at (records, j));
      mark (records, j);
    }
  _gln_records_finish_record (records, &fields);

  return TRUE;
}

/* Whether text[0:n] is a link's label in brackets: "[Paper]", "[Code & data]". */
static gboolean
is_bracketed_link (const char *text,
                   gsize       n)
{
  const char *p = text + 1;
  const char *end = text + n - 1;

  if (n < 3 || text[0] != '[' || text[n - 1] != ']')
    return FALSE;
  while (p < end)
    {
      gsize w = strcspn (p, " ]");

      if (_gln_listing_is_link_word (p, w) || _gln_listing_equal_ci (p, w, "paper"))
        return TRUE;
      p = _gln_listing_skip_blanks (p + w);
    }

  return FALSE;
}

/* The venue of a line of bracketed links, without them and the brackets of the rest:
 * "[Paper], Accepted to [ICCV 2023]." → "Accepted to ICCV 2023."; *links tells whether the
 * line showed such a link. */
static char *
venue_of_links (const char *text,
                gboolean   *links)
{
  GString *venue = g_string_new (NULL);
  const char *p = text;
  gsize n;

  *links = FALSE;
  while (*p != '\0')
    {
      n = strcspn (p, "[|");
      g_string_append_len (venue, p, n);
      p += n;
      if (*p == '|')
        {
          /* The bars the links stood between. */
          g_string_append_c (venue, ' ');
          p++;
        }
      else if (*p == '[')
        {
          gsize close = strcspn (p, "]");

          if (p[close] != ']' || close > 40)
            {
              g_string_append (venue, p);
              break;
            }
          if (is_bracketed_link (p, close + 1))
            *links = TRUE;
          else
            g_string_append_len (venue, p + 1, close - 1);
          p += close + 1;
        }
    }
  /* The spaces, commas and periods left where the links were. */
  n = 0;
  for (gsize i = 0; i < venue->len; i++)
    if (venue->str[i] != ' ' || (n > 0 && venue->str[n - 1] != ' '))
      venue->str[n++] = venue->str[i];
  while (n > 0 && (venue->str[n - 1] == ' ' ||
                   ((venue->str[n - 1] == '.' || venue->str[n - 1] == ',') && n > 1 &&
                    (venue->str[n - 2] == ' ' || venue->str[n - 2] == '.' || venue->str[n - 2] == ','))))
    n--;
  g_string_truncate (venue, n);
  while (venue->str[0] == ',' || venue->str[0] == '.' || venue->str[0] == ' ')
    g_string_erase (venue, 0, 1);

  return g_string_free (venue, FALSE);
}

gboolean
_gln_records_try_linked_block (Records   *records,
                               int        a,
                               GPtrArray *names,
                               gboolean   truncated)
{
  g_auto(ListingFields) fields = { NULL, };
  g_autofree char *venue = NULL;
  g_autofree char *title = NULL;
  gboolean links;
  int t = adjacent (records, a);
  int v = t >= 0 ? adjacent (records, t) : -1;
  ListingLine *line;

  /* The block opens after a blank line or the page's chrome, and is closed by one. */
  if (v < 0 || names->len < 2 ||
      (a > 0 && line_at (records, a - 1)->kind != KIND_BLANK && line_at (records, a - 1)->kind != KIND_CHROME) ||
      !closes_block (records, v))
    return FALSE;
  line = line_at (records, v);
  if ((line->kind != KIND_TEXT && line->kind != KIND_ABSTRACT && line->kind != KIND_META) ||
      !is_short (line) || !_gln_records_is_title_line (line_at (records, t)))
    return FALSE;
  _gln_listing_fields_init (&fields, records->page->year);
  venue = venue_of_links (line->text, &links);
  /* Once the page showed the layout, a block may show its venue without links, its
   * year in brackets or not. */
  if (!links && records->linked == 0)
    return FALSE;
  if (*venue != '\0')
    _gln_listing_find_venue_line (&fields, venue);
  if (!links && !fields.dated)
    return FALSE;

  fields.line = line_at (records, a)->number;
  title = _gln_listing_strip_dup (line_at (records, t)->text, -1);
  /* "Title." */
  if (g_str_has_suffix (title, ".") && !g_str_has_suffix (title, ".."))
    title[strlen (title) - 1] = '\0';
  _gln_listing_find_title (&fields, title);
  g_clear_pointer (&fields.authors, g_ptr_array_unref);
  fields.authors = g_ptr_array_ref (names);
  fields.truncated = truncated;
  records->linked++;
  mark (records, a);
  mark (records, t);
  mark (records, v);
  _gln_records_finish_record (records, &fields);

  return TRUE;
}
