/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include "gln-listing-records-private.h"

#include <string.h>

/* The papers of a personal page that names the owner's co-authors after "with" and never
 * the owner, in two layouts:
 *
 *   one line   "Title (with A. Smith, B. Jones) arXiv (2024/4/26) Journal 12 (2025), 1-9."
 *              or "Title (with A. Smith), Journal, Vol 3 (2001) 5-9. pdf": the title, the
 *              names, then the venue with its year (or, for a preprint, the date shown);
 *   two lines  "Title" over "with A. Smith and B. Jones. Journal, 2021, 34(8): 1-20.".
 *
 * The owner's own papers stand beside the one-line ones without names ("Title, Journal 14
 * (2006) 5-9."), and a chapter's "In Book (eds. …), Publisher, 2016." under its title among
 * the two-line ones. Each layout counts on a page that shows two papers of it or more; the
 * rows under a heading of talks ("Invited Talks") are no papers, whatever they show. The
 * pass runs after the venue blocks and before the records pass, and takes its lines out of
 * the way. */

#define MAX_TITLE_WORDS 40
#define MAX_LINE_LEN    1000

/* Whether a name has a word in lower case that is no particle: "ICRA option" in "Journal
 * (with ICRA option)" is no person, "Anna van Dijk" is one. */
static gboolean
has_lower_word (const char *name)
{
  for (const char *p = name; *p != '\0'; p = _gln_listing_skip_blanks (p))
    {
      gsize n = strcspn (p, " ");

      if (g_unichar_islower (g_utf8_get_char (p)) && !_gln_listing_is_name_particle (p, n))
        return TRUE;
      p += n;
    }

  return FALSE;
}

/* The names of "A. Smith, B. Jones, and C. Lee", each opening with a capital, or NULL. */
static GPtrArray *
parse_names (const char *text,
             gsize       len)
{
  g_autofree char *inner = g_strndup (text, len);
  gboolean truncated = FALSE;
  GPtrArray *names;

  if (strpbrk (inner, "()\"") != NULL || !g_unichar_isupper (g_utf8_get_char (inner)))
    return NULL;
  names = _gln_listing_parse_author_list (inner, TRUE, &truncated);
  for (guint i = 0; names != NULL && i < names->len; i++)
    if (!g_unichar_isupper (g_utf8_get_char (g_ptr_array_index (names, i))) ||
        has_lower_word (g_ptr_array_index (names, i)))
      g_clear_pointer (&names, g_ptr_array_unref);

  return names;
}

/* Whether text shows a year of 19xx or 20xx anywhere. */
static gboolean
shows_year (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if (g_ascii_isdigit (*p) && _gln_listing_year_at (text, p) != 0)
      return TRUE;

  return FALSE;
}

/* The date of a one-line paper's venue: "(2025)" first, then a year standing alone ("…,
 * 2018."), then the first date written with slashes, as shown ("(2025/3/20)"). */
static void
find_date (ListingFields *fields,
           const char    *venue)
{
  const char *bare = NULL;
  const char *slashed = NULL;

  for (const char *p = venue; *p != '\0'; p++)
    {
      int year;

      if (!g_ascii_isdigit (*p) || (year = _gln_listing_year_at (venue, p)) == 0)
        continue;
      if (p > venue && p[-1] == '(' && p[4] == ')')
        {
          g_autofree char *shown = g_strndup (p, 4);

          _gln_listing_set_shown_date (fields, shown, year, 0, 0);
          return;
        }
      if (p[4] == '/' && (p == venue || p[-1] != '/'))
        {
          if (slashed == NULL)
            slashed = p;
        }
      else if (bare == NULL && (p == venue || p[-1] != '/'))
        bare = p;
    }
  if (bare != NULL)
    {
      g_autofree char *shown = g_strndup (bare, 4);

      _gln_listing_set_shown_date (fields, shown, _gln_listing_year_at (venue, bare), 0, 0);
    }
  else if (slashed != NULL)
    {
      gsize n = strspn (slashed, "0123456789/");
      g_autofree char *shown = NULL;
      int month;
      int day = 0;
      char *end;

      while (n > 0 && slashed[n - 1] == '/')
        n--;
      shown = g_strndup (slashed, n);
      month = (int) g_ascii_strtoll (shown + 5, &end, 10);
      if (*end == '/')
        day = (int) g_ascii_strtoll (end + 1, NULL, 10);
      if (month < 1 || month > 12)
        month = day = 0;
      _gln_listing_set_shown_date (fields, shown, _gln_listing_year_at (venue, slashed),
                                   month, day);
    }
}

/* "Title (with A, B) rest": where " (with " starts and the names' closing parenthesis,
 * when a title of two words or more stands before it and a year after it. */
static gboolean
split_one_line (const char  *text,
                const char **with,
                const char **close)
{
  const char *open;

  if (strlen (text) > MAX_LINE_LEN || (*with = strstr (text, " (with ")) == NULL ||
      *with == text || _gln_listing_count_words_upto (text, 2) < 2)
    return FALSE;
  open = *with + strlen (" (with ");
  if ((*close = strchr (open, ')')) == NULL || (*close)[1] == '\0' ||
      memchr (open, '(', *close - open) != NULL)
    return FALSE;

  return shows_year (*close + 1);
}

/* "with A. Smith and B. Jones. Journal, 2021": where the names end (their period), when a
 * venue with a year follows them; NULL otherwise. */
static const char *
split_with_line (const char *text)
{
  const char *p;

  if (!g_str_has_prefix (text, "with ") || strlen (text) > MAX_LINE_LEN ||
      !g_unichar_isupper (g_utf8_get_char (text + 5)))
    return NULL;
  for (p = text + 5; (p = strstr (p, ". ")) != NULL; p++)
    {
      const char *word = p;

      while (word > text && word[-1] != ' ' && word[-1] != '.')
        word--;
      /* An initial's period ("B. Jones") does not end the names. */
      if (p - word >= 2 && g_ascii_isupper (p[2]))
        return shows_year (p + 2) ? p : NULL;
    }

  return NULL;
}

/* "In Handbook of X (eds. A and B), Publisher, 2016.": a chapter's book, without names. */
static gboolean
is_chapter_line (const char *text)
{
  gsize len = strlen (text);

  return g_str_has_prefix (text, "In ") && g_unichar_isupper (g_utf8_get_char (text + 3)) &&
         len <= MAX_LINE_LEN && text[len - 1] == '.' && shows_year (text);
}

/* Whether a line may be the title over a "with" line: text of two words or more, no label,
 * not a sentence's end nor a heading's colon. */
static gboolean
may_be_title (ListingLine *line)
{
  const char *text = line->text;
  gsize len = strlen (text);

  return (line->kind == KIND_TEXT || line->kind == KIND_ABSTRACT) &&
         line->label == LABEL_NONE && len > 0 && len <= 400 &&
         text[len - 1] != '.' && text[len - 1] != ':' && strchr (text, '\t') == NULL &&
         _gln_listing_count_words_upto (text, 2) >= 2 &&
         _gln_listing_count_words_upto (text, MAX_TITLE_WORDS + 1) <= MAX_TITLE_WORDS &&
         !g_str_has_prefix (text, "with ");
}

/* The title before "(with": without the comma or period that closes it. */
static char *
title_before (const char *text,
              const char *end)
{
  while (end > text && (end[-1] == ',' || end[-1] == '.' || end[-1] == ' '))
    end--;

  return g_strndup (text, end - text);
}

static gboolean
readable_line (ListingLine *line)
{
  return line->kind != KIND_BLANK && line->kind != KIND_RECORD && line->kind != KIND_CHROME &&
         line->label == LABEL_NONE;
}

/* The paper of one line "Title (with A, B) Venue (2020)", or FALSE. */
static gboolean
read_one_line (ListingPage *page,
               ListingLine *line,
               gboolean     take)
{
  g_auto(ListingFields) fields = { NULL, };
  const char *with;
  const char *close;
  const char *venue;
  GPtrArray *names;

  if (!readable_line (line) || !split_one_line (line->text, &with, &close))
    return FALSE;
  names = parse_names (with + strlen (" (with "), close - with - strlen (" (with "));
  if (names == NULL)
    return FALSE;
  if (!take)
    {
      g_ptr_array_unref (names);
      return TRUE;
    }
  _gln_listing_fields_init (&fields, page->year);
  fields.line = line->number;
  fields.title = title_before (line->text, with);
  fields.authors = names;
  venue = _gln_listing_skip_blanks (close + 1 + strspn (close + 1, ",. "));
  fields.venue = g_strdup (venue);
  find_date (&fields, venue);
  line->kind = KIND_RECORD;
  g_ptr_array_add (page->records, _gln_listing_fields_finish (&fields));

  return TRUE;
}

/* "Title, Venue 14 (2006) 5-9.", "Title arXiv (2024/5/2) Venue 40 (2024)", "Title? Venue
 * (2019)": where the title of a line without co-authors ends (its mark kept), when the
 * rest shows a year in parentheses and the title neither a year nor a parenthesis. */
static const char *
split_alone (const char *text)
{
  static const char * const marks[] = { ", ", "? ", " arXiv (", " pdf (", " pdf " };
  const char *end = NULL;
  const char *rest;

  if (strlen (text) > MAX_LINE_LEN || strstr (text, " (with ") != NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    {
      const char *hit = strstr (text, marks[i]);

      if (hit != NULL && (end == NULL || hit < end))
        end = marks[i][0] == '?' ? hit + 1 : hit;
    }
  if (end == NULL || memchr (text, '(', end - text) != NULL)
    return NULL;
  for (const char *p = text; p < end; p++)
    if (g_ascii_isdigit (*p) && _gln_listing_year_at (text, p) != 0)
      return NULL;
  for (rest = end; (rest = strchr (rest, '(')) != NULL; rest++)
    if (_gln_listing_year_at (text, rest + 1) != 0)
      break;
  if (rest == NULL)
    return NULL;
  {
    g_autofree char *title = g_strndup (text, end - text);

    if (_gln_listing_count_words_upto (title, 2) < 2)
      return NULL;
  }

  return end;
}

/* The paper of a line without co-authors among the one-line papers, or FALSE. */
static gboolean
read_alone (ListingPage *page,
            ListingLine *line)
{
  g_auto(ListingFields) fields = { NULL, };
  const char *end;
  const char *venue;

  if (!readable_line (line) || (end = split_alone (line->text)) == NULL)
    return FALSE;
  _gln_listing_fields_init (&fields, page->year);
  fields.line = line->number;
  fields.title = title_before (line->text, end);
  venue = _gln_listing_skip_blanks (end + strspn (end, ",. "));
  fields.venue = g_strdup (venue);
  find_date (&fields, venue);
  line->kind = KIND_RECORD;
  g_ptr_array_add (page->records, _gln_listing_fields_finish (&fields));

  return TRUE;
}

/* The lines without co-authors next to a one-line paper (across blank lines): first
 * those after one, then those before one. */
static void
take_alone (ListingPage *page,
            guint8      *taken)
{
  guint len = page->lines->len;
  gboolean after = FALSE;

  for (guint i = 0; i < len; i++)
    {
      ListingLine *line = _gln_listing_line_at (page, i);

      if (line->kind == KIND_BLANK)
        continue;
      if (!taken[i] && after && read_alone (page, line))
        taken[i] = TRUE;
      after = taken[i];
    }
  after = FALSE;
  for (guint i = len; i-- > 0;)
    {
      ListingLine *line = _gln_listing_line_at (page, i);

      if (line->kind == KIND_BLANK)
        continue;
      if (!taken[i] && after && read_alone (page, line))
        taken[i] = TRUE;
      after = taken[i];
    }
}

/* The paper of a title on line t over its "with" line, or FALSE. */
static gboolean
read_two_lines (ListingPage *page,
                int          t,
                gboolean     take)
{
  g_auto(ListingFields) fields = { NULL, };
  ListingLine *title = _gln_listing_line_at (page, t);
  int w = _gln_listing_next_nonblank (page, t);
  ListingLine *line;
  const char *end;
  const char *venue;
  GPtrArray *names;
  gsize len;

  if (w != t + 1)
    return FALSE;
  line = _gln_listing_line_at (page, w);
  if ((line->text[0] != 'w' && line->text[0] != 'I') || !readable_line (line) ||
      !may_be_title (title))
    return FALSE;
  if ((end = split_with_line (line->text)) != NULL)
    {
      if ((names = parse_names (line->text + 5, end - line->text - 5)) == NULL)
        return FALSE;
      venue = end + 2;
    }
  else if (take && is_chapter_line (line->text))
    {
      /* The owner's own chapter among the papers: no names. */
      names = NULL;
      venue = line->text;
    }
  else
    return FALSE;
  if (!take)
    {
      g_ptr_array_unref (names);
      return TRUE;
    }
  _gln_listing_fields_init (&fields, page->year);
  fields.line = title->number;
  fields.title = g_strdup (title->text);
  fields.authors = names;
  len = strlen (venue);
  if (len > 1 && venue[len - 1] == '.')
    len--;
  fields.venue = g_strndup (venue, len);
  _gln_listing_find_shown_date (&fields, fields.venue, TRUE);
  title->kind = KIND_RECORD;
  line->kind = KIND_RECORD;
  g_ptr_array_add (page->records, _gln_listing_fields_finish (&fields));

  return TRUE;
}

/* Whether line i opens or closes a section of talks: a heading of talks opens one, another
 * short heading over no "with" line closes it. */
static void
follow_talks (ListingPage *page,
              guint        i,
              gboolean    *talks)
{
  const char *text = _gln_listing_line_at (page, i)->text;
  int next;

  if (!g_unichar_isupper (g_utf8_get_char (text)))
    return;
  if (_gln_records_opens_non_papers (text))
    *talks = TRUE;
  else if (*talks && _gln_records_is_list_heading (text) &&
           ((next = _gln_listing_next_nonblank (page, i)) < 0 ||
            !g_str_has_prefix (_gln_listing_line_at (page, next)->text, "with ")))
    *talks = FALSE;
}

void
_gln_listing_find_with_lines (ListingPage *page)
{
  guint len = page->lines->len;
  guint one = 0;
  guint two = 0;
  gboolean talks = FALSE;
  guint8 *taken;

  for (guint i = 0; i < len && (one < 2 || two < 2); i++)
    {
      ListingLine *line = _gln_listing_line_at (page, i);

      if (line->kind == KIND_BLANK || line->kind == KIND_RECORD)
        continue;
      follow_talks (page, i, &talks);
      if (line->text[0] == 'w' || talks)
        continue;
      if (one < 2 && read_one_line (page, line, FALSE))
        one++;
      else if (two < 2 && read_two_lines (page, i, FALSE))
        two++;
    }
  if (one < 2 && two < 2)
    return;
  talks = FALSE;
  taken = g_new0 (guint8, len + 1);
  for (guint i = 0; i < len; i++)
    {
      ListingLine *line = _gln_listing_line_at (page, i);

      if (line->kind == KIND_BLANK || line->kind == KIND_RECORD)
        continue;
      follow_talks (page, i, &talks);
      if (line->text[0] == 'w' || talks)
        continue;
      if (one >= 2 && read_one_line (page, line, TRUE))
        taken[i] = TRUE;
      else if (two >= 2)
        read_two_lines (page, i, TRUE);
    }
  if (one >= 2)
    take_alone (page, taken);
  g_free (taken);
}
