/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include "gln-listing-records-private.h"

#include <string.h>

/* Works stacked in blocks of short lines, as a lab's hand-written page shows its theses and
 * papers:
 *
 *   "A Study of Something Long"          the title, perhaps wrapped over a second line
 *   "between Two Things"
 *   "某某研究系統"                         its title translated, perhaps
 *   "Ann Lee"                            one name a line, a student's id after it perhaps:
 *   "王小明 (M9101001)"
 *   "2019"                               the year alone, closing the block
 *
 * The year alone under names alone tells the block; the id is no part of the name. */

#define MAX_STACKED_NAMES 12
#define MAX_NAME_BYTES 80
#define MAX_ID_BYTES 12

/* Whether text[0:len] is a student's id: letters then digits, "M9209101". */
static gboolean
is_id (const char *text,
       gsize       len)
{
  gsize digits = 0;

  if (len == 0 || len > MAX_ID_BYTES || !g_ascii_isalpha (text[0]))
    return FALSE;
  for (gsize i = 0; i < len; i++)
    {
      if (g_ascii_isdigit (text[i]))
        digits++;
      else if (!g_ascii_isalpha (text[i]) || digits > 0)
        return FALSE;
    }

  return digits >= 4;
}

/* The name a line shows alone, without the id after it: "Ann Lee", "王小明 (M9101001)".
 * Returns the name, or NULL. */
static char *
stacked_name (const ListingLine *line)
{
  const char *text = line->text;
  const char *open;
  gsize len;
  g_autofree char *name = NULL;

  if (line->kind == KIND_BLANK || line->kind == KIND_RECORD || line->label != LABEL_NONE ||
      (len = strnlen (text, MAX_NAME_BYTES + 1)) > MAX_NAME_BYTES || len == 0)
    return NULL;
  if (text[len - 1] == ')' && (open = memchr (text, '(', len)) != NULL &&
      is_id (open + 1, text + len - 1 - (open + 1)))
    len = open - text;
  name = g_strndup (text, len);
  g_strstrip (name);

  return _gln_listing_looks_like_person (name) ? g_steal_pointer (&name) : NULL;
}

/* "2019" alone on its line. Returns the year, or 0. */
static int
year_alone (const ListingLine *line)
{
  const char *text = line->text;

  if (line->kind == KIND_BLANK || line->kind == KIND_RECORD || strlen (text) != 4 ||
      (text[0] != '1' && text[0] != '2'))
    return 0;
  for (int i = 1; i < 4; i++)
    if (!g_ascii_isdigit (text[i]))
      return 0;

  return (int) g_ascii_strtoll (text, NULL, 10);
}

/* The second line of a wrapped title: "between Color Images", in lower case first. */
static gboolean
continues_title (const ListingLine *line)
{
  return line->kind == KIND_TEXT && line->label == LABEL_NONE && g_ascii_islower (line->text[0]);
}

/* The title translated under it: a line in CJK script that is no name. */
static gboolean
is_translation (const ListingLine *line)
{
  g_autofree char *name = NULL;
  gboolean cjk = FALSE;

  if ((line->kind != KIND_TEXT && line->kind != KIND_META) || line->label != LABEL_NONE)
    return FALSE;
  for (const char *p = line->text; *p != '\0' && !cjk; p = g_utf8_next_char (p))
    cjk = _gln_listing_is_cjk (g_utf8_get_char (p));
  if (!cjk)
    return FALSE;
  name = stacked_name (line);

  return name == NULL;
}

/* Whether the first line is the block's title. "Obfuscated Volume Rendering" reads like a
 * name too: over names in CJK script it is a title in Latin one. */
static gboolean
titles_block (ListingLine *first,
              const char  *name)
{
  if (_gln_records_is_title_line (first))
    return TRUE;

  return _gln_records_may_be_title (first) && _gln_listing_is_cjk (g_utf8_get_char (name)) &&
         g_ascii_isalpha (first->text[0]) && _gln_listing_count_words_upto (first->text, 3) >= 3;
}

/* Whether line i opens a block: the page's first, or under a blank or chrome. */
static gboolean
opens_block (Records *records,
             int      i)
{
  ListingLineKind above = i > 0 ? line_at (records, i - 1)->kind : KIND_BLANK;

  return above == KIND_BLANK || above == KIND_CHROME || above == KIND_RECORD;
}

gboolean
_gln_records_try_stacked (Records *records,
                          int      t)
{
  g_auto(ListingFields) fields = { NULL, };
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GString) title = NULL;
  ListingLine *first = line_at (records, t);
  int n = (int) records->page->lines->len;
  int i = t + 1;
  int year;
  char *name;

  /* The cheap tests first: a block's first line with a short line under it. */
  if (first->kind != KIND_TEXT || i >= n || !opens_block (records, t))
    return FALSE;
  title = g_string_new (first->text);
  if (continues_title (line_at (records, i)))
    {
      g_string_append_c (title, ' ');
      g_string_append (title, line_at (records, i++)->text);
    }
  if (i < n && is_translation (line_at (records, i)))
    i++;
  if (i < n && line_at (records, i)->kind == KIND_BLANK)
    i++;
  names = g_ptr_array_new_with_free_func (g_free);
  while (i < n && names->len < MAX_STACKED_NAMES && (name = stacked_name (line_at (records, i))) != NULL)
    {
      g_ptr_array_add (names, name);
      i++;
    }
  /* The year closes the block. */
  if (names->len == 0 || i >= n || (year = year_alone (line_at (records, i))) == 0 ||
      (i + 1 < n && line_at (records, i + 1)->kind != KIND_BLANK &&
       line_at (records, i + 1)->kind != KIND_CHROME) ||
      !titles_block (first, g_ptr_array_index (names, 0)))
    return FALSE;

  _gln_listing_fields_init (&fields, records->page->year);
  fields.title = g_string_free (g_steal_pointer (&title), FALSE);
  fields.authors = g_steal_pointer (&names);
  _gln_listing_set_shown_date (&fields, line_at (records, i)->text, year, 0, 0);
  fields.line = first->number;
  for (int k = t; k <= i; k++)
    mark (records, k);
  _gln_records_finish_record (records, &fields);

  return TRUE;
}
