/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include "gln-listing-records-private.h"

#include <string.h>

/* Papers listed by their title and meeting alone, as a personal page lists its owner's
 * papers without the owner's name: one line a paper,
 *
 *   "Title of the Paper. In the 9th International Workshop on Things, ACRO'23."
 *   "Title. In The 4th Annual Symposium on Things (ACRO), October, 2023."
 *
 * No names stand before the title (its part before ". In " shows no other sentence's end,
 * so that "A. Bo, C. Di. Title. In …" is left to the readers of citations), and the part
 * after it names a meeting and shows its year, "2023" or a tag's "'23". Such lines count on
 * a page that shows three of them or more, not under a heading of talks; their date is the
 * one shown ("October, 2023"), none for a tag's year. On such a page, the thesis right
 * under a heading that names one is read too: "Title. (Subtitle). University of X,
 * November, 2021. [PDF]". No author is invented: these papers have none.
 *
 * This pass runs before the records, whose "Title by Name" reader would take "Tuning by
 * Static Analysis" for a person. */

#define MIN_LINES 3
#define MIN_TITLE_WORDS 3
#define MAX_TITLE_WORDS 40
#define MIN_LINE_BYTES 30
#define MAX_LINE_BYTES 400
#define MAX_MEETING_WORDS 12

/* The first sentence's end of text, or NULL: "vs. " is none. */
static const char *
first_stop (const char *text)
{
  const char *p;

  for (p = strstr (text, ". "); p != NULL; p = strstr (p + 2, ". "))
    if (p - text < 3 || g_ascii_strncasecmp (p - 3, " vs", 3) != 0)
      break;

  return p;
}

/* How many words text[0:len] has, up to MAX_TITLE_WORDS + 1. */
static guint
count_words (const char *text,
             gsize       len)
{
  guint words = 0;

  for (gsize i = 0; i < len && words <= MAX_TITLE_WORDS; i++)
    words += text[i] != ' ' && (i == 0 || text[i - 1] == ' ');

  return words;
}

/* Whether the venue names a meeting among its first words: "the 9th International
 * Workshop on …", "Proceedings of …". */
static gboolean
names_meeting (const char *venue)
{
  static const char * const meeting_words[] = {
    "conference", "workshop", "symposium", "congress", "proceedings", "meeting",
    "colloquium", "forum", "summit",
  };
  guint words = 0;

  for (const char *p = venue; *p != '\0' && words++ < MAX_MEETING_WORDS; p += strspn (p, " "))
    {
      gsize n = strcspn (p, " ,");

      if (_gln_listing_in_list_ci (p, n, meeting_words, G_N_ELEMENTS (meeting_words)))
        return TRUE;
      p += n;
      p += strspn (p, ",");
    }

  return FALSE;
}

/* Whether the venue shows a year: "2023", or a tag's "ACRO'23" ("’" too). */
static gboolean
shows_year (const char *venue)
{
  for (const char *p = strpbrk (venue, "12'\xe2"); p != NULL; p = strpbrk (p + 1, "12'\xe2"))
    {
      const char *d = *p == '\'' ? p + 1 : strncmp (p, "\xe2\x80\x99", 3) == 0 ? p + 3 : NULL;

      if (d == NULL ? _gln_listing_year_at (venue, p) != 0
                    : p > venue && g_ascii_isalpha (p[-1]) && g_ascii_isdigit (d[0]) &&
                      g_ascii_isdigit (d[1]) && !g_ascii_isalnum (d[2]))
        return TRUE;
    }

  return FALSE;
}

/* Where the title of "Title. In the … Workshop …, ACRO'23." ends (its ". In "), or NULL
 * for any other line: the title is the line's first sentence, so that no names stand
 * before it. */
static const char *
title_end (const ListingLine *line)
{
  const char *text = line->text;
  const char *in;
  gsize len;
  guint words;

  /* The cheap tests first: the line's kind, its first character, its first sentence's
   * end, then its length and last character. */
  if (line->kind != KIND_TEXT && line->kind != KIND_META && line->kind != KIND_ABSTRACT)
    return NULL;
  if (!(g_unichar_isupper (g_utf8_get_char (text)) || g_ascii_isdigit (*text)) ||
      line->label != LABEL_NONE || line->linked || line->with_id ||
      (in = first_stop (text)) == NULL || strncmp (in, ". In ", 5) != 0 ||
      (len = strnlen (text, MAX_LINE_BYTES + 1)) < MIN_LINE_BYTES || len > MAX_LINE_BYTES ||
      text[len - 1] != '.')
    return NULL;
  words = count_words (text, in - text);
  if (words < MIN_TITLE_WORDS || words > MAX_TITLE_WORDS || memchr (text, '\t', len) != NULL ||
      strstr (text, "://") != NULL || !names_meeting (in + 5) || !shows_year (in + 5))
    return NULL;

  return in;
}

/* Takes the line as a paper: its title up to end, its venue from venue to the next
 * sentence's end, dated as the venue shows ("November, 2021" before a meeting's "2021"). */
static void
take_line (ListingPage *page,
           ListingLine *line,
           const char  *end,
           const char  *venue)
{
  g_auto(ListingFields) fields = { NULL, };
  const char *stop = strstr (venue, ". ");
  gsize n = stop != NULL ? (gsize) (stop - venue) : strlen (venue);
  g_autofree char *shown = g_strndup (venue, n);

  if (n > 0 && shown[n - 1] == '.')
    shown[n - 1] = '\0';
  _gln_listing_fields_init (&fields, page->year);
  fields.title = g_strndup (line->text, end - line->text);
  fields.line = line->number;
  _gln_listing_find_venue (&fields, shown);
  if (!_gln_listing_find_month_date (&fields, shown))
    _gln_listing_find_shown_date (&fields, shown, FALSE);
  line->kind = KIND_RECORD;
  g_ptr_array_add (page->records, _gln_listing_fields_finish (&fields));
}

/* "PhD Thesis", "Doctoral dissertation:": a short heading over a thesis. */
static gboolean
names_thesis (const char *text)
{
  static const char * const thesis_words[] = { "thesis", "dissertation" };
  gsize len = strnlen (text, 41);
  const char *last;

  if (len > 40 || len < 6)
    return FALSE;
  if (text[len - 1] == ':')
    len--;
  for (last = text + len; last > text && last[-1] != ' ';)
    last--;

  return _gln_listing_count_words_upto (text, 5) <= 4 &&
         _gln_listing_in_list_ci (last, text + len - last, thesis_words,
                                  G_N_ELEMENTS (thesis_words));
}

/* "Title. (Subtitle). University of Perpignan, November, 2021. [PDF]", right under a
 * heading that names a thesis: where its title ends (the sentence's end before the
 * university), or NULL. */
static const char *
thesis_title_end (ListingPage *page,
                  guint        i)
{
  static const char * const university_words[] = {
    "university", "université", "universität", "universidad", "università", "universiteit",
  };
  ListingLine *line = _gln_listing_line_at (page, i);
  const char *p;
  int h;
  guint words;

  if ((line->kind != KIND_TEXT && line->kind != KIND_META && line->kind != KIND_ABSTRACT) ||
      line->label != LABEL_NONE ||
      !g_unichar_isupper (g_utf8_get_char (line->text)) ||
      (h = _gln_listing_prev_nonblank (page, i)) < 0 ||
      !names_thesis (_gln_listing_line_at (page, h)->text))
    return NULL;
  for (p = strstr (line->text, ". "); p != NULL; p = strstr (p + 2, ". "))
    if (_gln_listing_in_list_ci (p + 2, strcspn (p + 2, " ,"), university_words,
                                 G_N_ELEMENTS (university_words)))
      break;
  if (p == NULL || (words = count_words (line->text, p - line->text)) < MIN_TITLE_WORDS ||
      words > MAX_TITLE_WORDS || !shows_year (p + 2))
    return NULL;

  return p;
}

/* Follows the headings of talks or grants, whose lines are no papers, as the lines go by
 * (as the records pass does). */
static void
follow_non_papers (ListingLine *line,
                   gboolean    *non_papers)
{
  char plain[MAX_HEADING_BYTES + 1];
  const char *text;
  Section section;

  if (!g_unichar_isupper (g_utf8_get_char (line->text)) ||
      strnlen (line->text, MAX_HEADING_BYTES + 1) > MAX_HEADING_BYTES)
    return;
  text = _gln_records_heading_text (line->text, plain);
  if (!*non_papers)
    *non_papers = _gln_records_opens_non_papers (text);
  else if ((section = _gln_records_section_heading (text)) != SECTION_NONE)
    *non_papers = section == SECTION_NON_PAPERS;
}

guint
_gln_listing_find_title_in_lines (ListingPage *page)
{
  guint found = 0;
  guint taken = 0;
  gboolean non_papers = FALSE;

  for (guint i = 0; i < page->lines->len && found < MIN_LINES; i++)
    found += title_end (_gln_listing_line_at (page, i)) != NULL;
  if (found < MIN_LINES)
    return 0;
  for (guint i = 0; i < page->lines->len; i++)
    {
      ListingLine *line = _gln_listing_line_at (page, i);
      const char *in;

      if (line->kind == KIND_BLANK || line->kind == KIND_RECORD)
        continue;
      follow_non_papers (line, &non_papers);
      if (non_papers)
        continue;
      if ((in = title_end (line)) != NULL)
        take_line (page, line, in, in + 5);
      else if ((in = thesis_title_end (page, i)) != NULL)
        take_line (page, line, in, in + 2);
      taken += in != NULL;
    }

  return taken;
}
