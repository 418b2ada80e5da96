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
 *              an economist's CV writes "8. “Title”, with A and B, Journal, 2010." or
 *              "Title, with A. Smith. Journal, May 2013.";
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
      /* "March 2014", "Nov. 2023": with its month, as shown. */
      int month;
      int day;
      const char *start = _gln_listing_month_before (venue, bare, &month, &day);
      g_autofree char *shown = g_strndup (start, bare + 4 - start);

      _gln_listing_set_shown_date (fields, shown, _gln_listing_year_at (venue, bare), month,
                                   day);
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

/* "“Title”, with A and B, Venue, 2010." or "Title, with A. Smith. Venue, 2013.": where
 * ", with " starts and the names end, when a year follows them. */
static gboolean
split_comma_with (const char  *text,
                  const char **with,
                  const char **close)
{
  static const char * const marks[] = { ", with ", "\u201d with ", "\" with ", "\u2019 with " };

  if (strlen (text) > MAX_LINE_LEN)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    if ((*with = strstr (text, marks[i])) != NULL)
      {
        const char *names = *with + strlen (marks[i]);

        if (!g_str_has_prefix (marks[i], ","))
          *with += strlen (marks[i]) - strlen (" with ");
        return *with != text && g_unichar_isupper (g_utf8_get_char (names)) &&
               (*close = _gln_listing_with_names_end (names)) != NULL && shows_year (*close);
      }

  return FALSE;
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

/* "Journal, 71(4), December 2018, pp. 687-706. (with A, B, and C)": a venue line with its
 * year that names the co-authors in parentheses at its end. Where " (with " opens them, or
 * NULL. */
static const char *
split_venue_with (const char *text)
{
  gsize len = strnlen (text, MAX_LINE_LEN + 1);
  const char *open;

  if (len > MAX_LINE_LEN || len < 12 || text[len - 1] != ')' ||
      (open = g_strrstr (text, " (with ")) == NULL || open == text)
    return NULL;
  for (const char *p = text; p < open; p++)
    if (g_ascii_isdigit (*p) && _gln_listing_year_at (text, p) != 0)
      return open;

  return NULL;
}

/* "Public Choice, 150(3), 651-670, 2012.": a venue line with its year and its volume or
 * pages (six digits or more in all), names of no one. */
static gboolean
is_numbered_venue (ListingLine *line)
{
  const char *text = line->text;
  gsize len = strnlen (text, MAX_LINE_LEN + 1);
  guint digits = 0;
  g_autoptr(GPtrArray) names = NULL;
  gboolean cut;

  if (len > 300 || len == 0 || !g_unichar_isupper (g_utf8_get_char (text)) ||
      !(text[len - 1] == '.' || g_ascii_isdigit (text[len - 1])) || !shows_year (text))
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    digits += g_ascii_isdigit (*p) != 0;

  return digits >= 6 && (names = _gln_records_authors_of (line, &cut, NULL)) == NULL;
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

/* The title before a comma's "with": its number, quotes and closing comma gone ("8.“Title”"
 * reads "Title"), or NULL when less than two words are left. */
static char *
quoted_title_before (const char *text,
                     const char *end)
{
  static const char * const quotes[] = { "\u201c", "\"", "``", "\u2018", "'" };
  static const char * const closes[] = { "\u201d", "\"", "\u2019\u2019", "''", "\u2019" };
  const char *p = text + strspn (text, "0123456789");
  g_autofree char *title = NULL;

  if (p > text && *p == '.')
    p = _gln_listing_skip_blanks (p + 1);
  else
    p = text;
  title = title_before (p, end);
  for (guint i = 0; i < G_N_ELEMENTS (quotes); i++)
    if (g_str_has_prefix (title, quotes[i]))
      {
        gsize len = strlen (title);

        for (guint k = 0; k < G_N_ELEMENTS (closes); k++)
          if (g_str_has_suffix (title, closes[k]) && len > strlen (quotes[i]) + strlen (closes[k]))
            {
              title[len - strlen (closes[k])] = '\0';
              memmove (title, title + strlen (quotes[i]), strlen (title + strlen (quotes[i])) + 1);
              break;
            }
        break;
      }

  return _gln_listing_count_words_upto (title, 2) >= 2 ? g_steal_pointer (&title) : NULL;
}

static gboolean
readable_line (ListingLine *line)
{
  return line->kind != KIND_BLANK && line->kind != KIND_RECORD && line->kind != KIND_CHROME &&
         line->label == LABEL_NONE;
}

/* Adds the paper of a one-line entry: the title and names (both taken; names may be
 * NULL) and the venue from rest on, dated by it. */
static void
add_line_paper (ListingPage *page,
                ListingLine *line,
                char        *title,
                GPtrArray   *names,
                const char  *rest)
{
  g_auto(ListingFields) fields = { NULL, };
  const char *venue = _gln_listing_skip_blanks (rest + strspn (rest, ",. "));
  gsize len;

  _gln_listing_fields_init (&fields, page->year);
  fields.line = line->number;
  fields.title = title;
  fields.authors = names;
  fields.venue = g_strdup (venue);
  /* "Nonlinearity, 2015 .": without the period that closes the entry. */
  g_strchomp (fields.venue);
  len = strlen (fields.venue);
  if (len > 1 && fields.venue[len - 1] == '.')
    fields.venue[len - 1] = '\0';
  g_strchomp (fields.venue);
  find_date (&fields, venue);
  line->kind = KIND_RECORD;
  g_ptr_array_add (page->records, _gln_listing_fields_finish (&fields));
}

/* The paper of one line "Title (with A, B) Venue (2020)", or FALSE. */
static gboolean
read_one_line (ListingPage *page,
               ListingLine *line,
               gboolean     take,
               guint       *commas)
{
  const char *with;
  const char *close;
  const char *rest;
  g_autofree char *title = NULL;
  GPtrArray *names;

  if (!readable_line (line))
    return FALSE;
  if (split_one_line (line->text, &with, &close))
    {
      names = parse_names (with + strlen (" (with "), close - with - strlen (" (with "));
      title = title_before (line->text, with);
      rest = close + 1;
    }
  else if (split_comma_with (line->text, &with, &close) &&
           (title = quoted_title_before (line->text, with)) != NULL)
    {
      const char *start = strstr (with, "with ") + strlen ("with ");

      names = parse_names (start, close - start);
      rest = close;
      *commas += names != NULL;
    }
  else
    return FALSE;
  if (names == NULL)
    return FALSE;
  if (!take)
    {
      g_ptr_array_unref (names);
      return TRUE;
    }
  add_line_paper (page, line, g_steal_pointer (&title), names, rest);

  return TRUE;
}

/* The period that ends a title's last word (of two letters or more) in text, or NULL. */
static const char *
sentence_end (const char *text)
{
  for (const char *p = strstr (text, ". "); p != NULL; p = strstr (p + 1, ". "))
    if (p - text >= 2 && g_ascii_isalpha (p[-1]) && g_ascii_isalpha (p[-2]))
      return p;

  return NULL;
}

/* "Title, Venue 14 (2006) 5-9.", "Title arXiv (2024/5/2) Venue 40 (2024)", "Title? Venue
 * (2019)": where the title of a line without co-authors ends (its mark kept), when the
 * rest shows a year in parentheses and the title neither a year nor a parenthesis. Where
 * the co-authored lines name theirs after a comma (bare), the title may end at a period
 * too, and any year will do: "2.Title, Public Choice, 159, pp. 277-298 March 2014". */
static const char *
split_alone (const char *text,
             gboolean    bare)
{
  static const char * const marks[] = { ", ", "? ", " arXiv (", " pdf (", " pdf " };
  const char *end = bare ? sentence_end (text) : NULL;
  const char *rest;
  const char *appeared;

  if (strlen (text) > MAX_LINE_LEN || strstr (text, " (with ") != NULL ||
      (bare && strstr (text, " with ") != NULL))
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    {
      const char *hit = strstr (text, marks[i]);

      if (hit != NULL && (end == NULL || hit < end))
        end = marks[i][0] == '?' ? hit + 1 : hit;
    }
  /* "Title appeared in Journal, 2013.", "Title to appear in Journal". */
  if (bare && ((appeared = strstr (text, " appeared ")) != NULL ||
               (appeared = strstr (text, " to appear ")) != NULL) &&
      (end == NULL || appeared < end))
    end = appeared;
  if (end == NULL || memchr (text, '(', end - text) != NULL)
    return NULL;
  for (const char *p = text; p < end; p++)
    if (g_ascii_isdigit (*p) && _gln_listing_year_at (text, p) != 0)
      return NULL;
  for (rest = end; (rest = strchr (rest, '(')) != NULL; rest++)
    if (_gln_listing_year_at (text, rest + 1) != 0)
      break;
  if (rest == NULL && !(bare && shows_year (end)))
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
            ListingLine *line,
            gboolean     bare)
{
  const char *end;
  char *title;

  if (!readable_line (line) || (end = split_alone (line->text, bare)) == NULL)
    return FALSE;
  title = bare ? quoted_title_before (line->text, end) : title_before (line->text, end);
  if (title == NULL)
    return FALSE;
  add_line_paper (page, line, title, NULL, end);

  return TRUE;
}

/* One step of take_alone() at line i: a line without co-authors next to a taken one (after
 * tells whether the last line looked at, blank lines aside, was taken). */
static void
take_beside (ListingPage *page,
             guint8      *taken,
             gboolean     bare,
             guint        i,
             gboolean    *after)
{
  ListingLine *line = _gln_listing_line_at (page, i);

  if (line->kind == KIND_BLANK)
    return;
  if (!taken[i] && *after && read_alone (page, line, bare))
    taken[i] = TRUE;
  *after = taken[i];
}

/* The lines without co-authors next to a one-line paper (across blank lines): first
 * those after one, then those before one. */
static void
take_alone (ListingPage *page,
            guint8      *taken,
            gboolean     bare)
{
  guint len = page->lines->len;
  gboolean after = FALSE;

  for (guint i = 0; i < len; i++)
    take_beside (page, taken, bare, i, &after);
  after = FALSE;
  for (guint i = len; i-- > 0;)
    take_beside (page, taken, bare, i, &after);
}

/* The paper of a title on line t over its "with" line, or FALSE. */
static gboolean
read_two_lines (ListingPage *page,
                int          t,
                gboolean     take,
                guint       *tails,
                gboolean     alone)
{
  g_auto(ListingFields) fields = { NULL, };
  ListingLine *title = _gln_listing_line_at (page, t);
  int w = _gln_listing_next_nonblank (page, t);
  ListingLine *line;
  const char *end;
  const char *venue;
  const char *tail = NULL;
  GPtrArray *names;
  gsize len;

  if (w != t + 1)
    return FALSE;
  line = _gln_listing_line_at (page, w);
  if ((line->text[0] != 'w' && line->text[0] != 'I' &&
       (tail = split_venue_with (line->text)) == NULL && !alone) ||
      !readable_line (line) || !may_be_title (title))
    return FALSE;
  if (tail != NULL)
    {
      const char *start = tail + strlen (" (with ");

      if ((names = parse_names (start, strlen (start) - 1)) == NULL)
        return FALSE;
      venue = line->text;
      *tails += 1;
    }
  else if (alone)
    {
      /* The owner's own paper among those: its venue with the year and its numbers. */
      if (!is_numbered_venue (line))
        return FALSE;
      names = NULL;
      venue = line->text;
    }
  else if ((end = split_with_line (line->text)) != NULL)
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
  len = tail != NULL ? (gsize) (tail - venue) : strlen (venue);
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

/* Whether line i may open a paper of this reader: neither blank nor taken, no "with" line,
 * not under a heading of talks (followed as the lines go by, in *talks). */
static gboolean
may_open_at (ListingPage *page,
             guint        i,
             gboolean    *talks)
{
  ListingLine *line = _gln_listing_line_at (page, i);

  if (line->kind == KIND_BLANK || line->kind == KIND_RECORD)
    return FALSE;
  follow_talks (page, i, talks);

  return line->text[0] != 'w' && !*talks;
}

void
_gln_listing_find_with_lines (ListingPage *page)
{
  guint len = page->lines->len;
  guint one = 0;
  guint two = 0;
  guint commas = 0;
  guint tails = 0;
  guint counted = 0;  /* what the passes that take count, unread */
  gboolean bare;
  gboolean talks = FALSE;
  guint8 *taken;

  for (guint i = 0; i < len && (one < 2 || two < 2); i++)
    {
      ListingLine *line = _gln_listing_line_at (page, i);

      if (!may_open_at (page, i, &talks))
        continue;
      if (one < 2 && read_one_line (page, line, FALSE, &commas))
        one++;
      else if (two < 2 && read_two_lines (page, i, FALSE, &tails, FALSE))
        two++;
    }
  if (one < 2 && two < 2)
    return;
  /* The papers without co-authors are written as the co-authored ones: after a comma's
   * "with", their titles may end at a period and their years stand bare. */
  bare = one >= 2 && commas == one;
  talks = FALSE;
  taken = g_new0 (guint8, len + 1);
  for (guint i = 0; i < len; i++)
    {
      ListingLine *line = _gln_listing_line_at (page, i);

      if (!may_open_at (page, i, &talks))
        continue;
      if (one >= 2 && read_one_line (page, line, TRUE, &counted))
        taken[i] = TRUE;
      else if (two >= 2)
        read_two_lines (page, i, TRUE, &counted, FALSE);
    }
  if (one >= 2)
    take_alone (page, taken, bare);
  g_free (taken);
  /* Where the co-authors close the venue line, the owner's own papers show a title over
   * a numbered venue line and nothing more. */
  for (guint i = 0; two >= 2 && tails == two && i < len; i++)
    if (_gln_listing_line_at (page, i)->kind != KIND_BLANK &&
        _gln_listing_line_at (page, i)->kind != KIND_RECORD)
      read_two_lines (page, i, TRUE, &counted, TRUE);
}
