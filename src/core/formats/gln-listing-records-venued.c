/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include "gln-listing-records-private.h"

#include <string.h>

/* Papers listed by title and venue alone, one a line, as a project's documentation lists
 * the papers behind it (MkDocs pages, for one):
 *
 *   "Bounded Loop Invariants, POPL 2019"
 *   "Refinements for Free: Sized Types in Practice, ICFP 2021"
 *   "Gradual Effects in Practice, Haskell 2016"
 *
 * The venue is a name of a few capitalized words ("ICFP", "YOW! Lambda Jam"), not "a blog";
 * the title no role or award ("Area Chair, ICML 2022", "Best Paper Award, ACL 2021"). One
 * such line alone is no evidence: a run of them is, and once the page has shown one, a
 * shorter run under a heading of its own. */

#define MIN_FIRST_RUN 3
#define MIN_RUN 2
#define MAX_VENUE_WORDS 4
#define MAX_TITLE_WORDS 30

static const char * const role_words[] = {
  "award", "awards", "prize", "chair", "co-chair", "committee", "reviewer", "member",
  "organizer", "organiser", "speaker", "fellowship", "fellow", "grant", "scholarship",
  "session", "student", "intern", "internship", "visitor", "panel", "panelist", "editor",
  "keynote", "talk", "tutorial", "finalist", "winner", "nominee", "mention", "volunteer",
  /* news: "Two papers accepted, NeurIPS 2023" */
  "accepted", "papers", "joined", "joins", "visiting", "presented", "presenting",
  "organizing", "serving", "attending",
};

/* "Ann Lee, PhD 2019": an alumni list's degree, not a venue; nor a course's term
 * ("Data Structures, Fall 2021") or a post's month ("Notes on Types, March 2020"). */
static const char * const degree_words[] = {
  "phd", "ms", "msc", "bs", "bsc", "ba", "ma", "mphil", "meng", "beng", "mba", "md",
  "postdoc", "alumni", "alumnus", "class", "fall", "spring", "summer", "winter", "autumn",
  "semester", "term", "quarter", "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
  "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
};

/* The venue of text[0:len]: one to four words, each opening with a capital or a digit,
 * no degree. */
static gboolean
is_venue_name (const char *text,
               gsize       len)
{
  guint words = 0;

  if (_gln_listing_in_list_ci (text, MIN (strcspn (text, " "), len), degree_words,
                               G_N_ELEMENTS (degree_words)))
    return FALSE;

  for (const char *p = text; p < text + len;)
    {
      gsize n = strcspn (p, " ");

      n = MIN (n, (gsize) (text + len - p));
      if (n == 0 || ++words > MAX_VENUE_WORDS ||
          !(g_ascii_isupper (*p) || g_ascii_isdigit (*p)))
        return FALSE;
      for (gsize i = 0; i < n; i++)
        if (!g_ascii_isalnum (p[i]) && strchr ("!&-'+", p[i]) == NULL)
          return FALSE;
      p += n;
      p += strspn (p, " ");
    }

  return words > 0;
}

/* Whether the title names a role or an award rather than a paper. */
static gboolean
names_role (const char *title,
            gsize       len)
{
  for (const char *p = title; p < title + len;)
    {
      gsize n = strcspn (p, " ,:");

      n = MIN (n, (gsize) (title + len - p));
      if (_gln_listing_in_list_ci (p, n, role_words, G_N_ELEMENTS (role_words)))
        return TRUE;
      p += n;
      p += strspn (p, " ,:");
    }

  return FALSE;
}

/* "Title, VENUE 2019": where the year starts, with *comma at the ", " before the venue;
 * NULL when the line reads otherwise. */
static const char *
venued_year (const ListingLine *line,
             const char       **comma)
{
  const char *text = line->text;
  gsize len;
  const char *year;
  g_autofree char *title = NULL;

  /* The cheap tests first: a year last, after a space. */
  /* "Title, ICFP 2017" may read as a date line. */
  if ((line->kind != KIND_TEXT && (line->kind != KIND_META || (line->meta != META_DATE && line->meta != META_OTHER))) ||
      line->label != LABEL_NONE || line->linked)
    return NULL;
  len = strnlen (text, 400);
  if (len < 12 || len >= 400 || !g_ascii_isdigit (text[len - 1]) || text[len - 5] != ' ' ||
      _gln_listing_year_at (text, text + len - 4) == 0)
    return NULL;
  year = text + len - 4;
  *comma = g_strrstr_len (text, year - text, ", ");
  if (*comma == NULL || *comma == text || *comma + 2 >= year - 1 ||
      !is_venue_name (*comma + 2, year - 1 - (*comma + 2)) ||
      !g_unichar_isupper (g_utf8_get_char (text)) || strchr (".;?!", (*comma)[-1]) != NULL ||
      /* "A. Lee, B. Chen, Title, ICML 2020": names before the title make a citation. */
      g_strstr_len (text, *comma - text, ", ") != NULL ||
      names_role (text, *comma - text))
    return NULL;
  title = g_strndup (text, *comma - text);
  /* A title of two words or more, no sentence. */
  if (_gln_listing_count_words_upto (title, 2) < 2 ||
      _gln_listing_count_words_upto (title, MAX_TITLE_WORDS + 1) > MAX_TITLE_WORDS)
    return NULL;
  for (const char *p = strstr (title, ". "); p != NULL; p = strstr (p + 2, ". "))
    if (g_unichar_isupper (g_utf8_get_char (p + 2)) && _gln_listing_is_sentence_break (title, p))
      return NULL;

  return year;
}

/* Whether text[0:len] is a title no name could be: a colon, a word in lower case or five
 * words. "Liquid Types" and "Local Refinement Typing" read like names too. */
static gboolean
is_plain_title (const char *text,
                gsize       len)
{
  guint words = 0;

  if (memchr (text, ':', len) != NULL)
    return TRUE;
  for (const char *p = text; p < text + len; p += strspn (p, " "))
    {
      if (g_ascii_islower (*p) || ++words >= 5)
        return TRUE;
      p += strcspn (p, " ");
    }

  return FALSE;
}

/* How many lines of the kind run from line i on, up to need; *plain is set when one of
 * them shows a title no name could be. */
static guint
run_length (Records  *records,
            int       i,
            guint     need,
            gboolean *plain)
{
  guint run = 0;
  const char *comma;

  *plain = FALSE;
  for (; i >= 0 && run < need; i = _gln_listing_next_nonblank (records->page, i), run++)
    {
      const char *text = line_at (records, i)->text;

      if (venued_year (line_at (records, i), &comma) == NULL)
        break;
      *plain |= is_plain_title (text, comma - text);
    }

  return run;
}

gboolean
_gln_records_try_venued (Records *records,
                         int      i)
{
  g_auto(ListingFields) fields = { NULL, };
  ListingLine *line = line_at (records, i);
  g_autofree char *title = NULL;
  g_autofree char *venue = NULL;
  const char *comma;
  const char *year;
  gboolean plain;
  int above;

  if ((year = venued_year (line, &comma)) == NULL)
    return FALSE;
  /* Inside a run already taken, or opening one: the page's first shows a title no name
   * could be ("Ann Lee, MIT 2020" is a list of people). */
  above = _gln_listing_prev_nonblank (records->page, i);
  if (!(records->venued > 0 && above >= 0 && (guint) above == records->venued_last) &&
      (run_length (records, i, MIN_FIRST_RUN, &plain) < (records->venued > 0 ? MIN_RUN : MIN_FIRST_RUN) ||
       (records->venued == 0 && !plain)))
    return FALSE;

  _gln_listing_fields_init (&fields, records->page->year);
  title = g_strndup (line->text, comma - line->text);
  venue = g_strndup (comma + 2, year - 1 - (comma + 2));
  _gln_listing_find_title (&fields, title);
  _gln_listing_find_venue (&fields, venue);
  _gln_listing_set_shown_date (&fields, year, (int) g_ascii_strtoll (year, NULL, 10), 0, 0);
  fields.line = line->number;
  mark (records, i);
  records->venued++;
  records->venued_last = i;
  _gln_records_finish_record (records, &fields);

  return TRUE;
}
