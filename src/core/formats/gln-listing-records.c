/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "gln-listing-private.h"

#include <string.h>

/* Papers shown without an abstract: bibliographic pages list a title with its authors and
 * venue instead. This pass runs before the entries are assembled around abstracts and
 * takes the lines of each such paper out of their way (KIND_RECORD). It finds
 *
 *   citations    one line per paper (gln-listing-citation.c), as lab pages show them;
 *   author lines "Alice Smith, Bob Jones:" above "Title. Venue (2023)" (DBLP);
 *   blocks       a title line, an author line under it ("A | B", "A Smith, B Jones, ...",
 *                "Authors: …", lab pages' quoted "Smith, J., & Jones, B." and "A*, B† · Venue"),
 *                then venue, year, counts, up to the next paper (ACL Anthology, Google
 *                Scholar profiles, arXiv lists without abstracts, lab pages).
 *
 * A block whose author line is followed by an abstract is left to the abstract entries.
 * A year heading ("2022", "[2023]") dates the papers under it that show no date. */

#define MAX_TRAILING 16  /* a text line counts 4, a meta line 1 */

typedef struct
{
  ListingPage *page;
  GPtrArray   *papers;
  char        *heading;  /* the year heading above, as shown */
  char        *volume;   /* the volume heading above (ACL Anthology's events), as shown */
  gboolean     decided;      /* whether links_trail was decided, by the first block */
  gboolean     links_trail;  /* "PDF Code" lines follow their entry */
  gboolean     above;        /* numbered citations stand above their titles */
} Records;

static ListingLine *
line_at (Records *records,
         int      i)
{
  return _gln_listing_line_at (records->page, i);
}

static int
prev_nonblank (ListingPage *page,
               int          i)
{
  for (i--; i >= 0; i--)
    if (_gln_listing_line_at (page, i)->kind != KIND_BLANK)
      return i;

  return -1;
}

/* "2022", "[2023]", "[2019 and Early]": a year heading, as shown without brackets. */
static char *
parse_year_heading (const char *text)
{
  const char *p = text;
  gsize len = strlen (text);

  if (len < 4 || len > 24)
    return NULL;
  if (*p == '[')
    {
      if (text[len - 1] != ']')
        return NULL;
      p++;
      len -= 2;
    }
  if (!(g_str_has_prefix (p, "19") || g_str_has_prefix (p, "20")) || !g_ascii_isdigit (p[2]) ||
      !g_ascii_isdigit (p[3]) || (len > 4 && p[4] != ' '))
    return NULL;
  for (gsize i = 4; i < len; i++)
    if (g_ascii_isdigit (p[i]))
      return NULL;

  return g_strndup (p, 4);
}

/* "[j12]" (DBLP), "[1] arXiv:…": lines that open an entry above its title. */
static gboolean
is_entry_marker (const ListingLine *line)
{
  const char *p = line->text;

  if (line->kind == KIND_META && line->meta == META_ARXIV)
    return TRUE;
  if (*p != '[' || !g_ascii_isalpha (p[1]))
    return FALSE;
  p++;
  while (g_ascii_isalpha (*p))
    p++;
  while (g_ascii_isdigit (*p))
    p++;

  return *p == ']' && p[1] == '\0' && g_ascii_isdigit (p[-1]);
}

/* "pdf bib abs", "PDF Code Slides", "[PDF] [Code]": the links of an entry. *code is set
 * when one of them is to its code. */
static gboolean
is_link_line (const ListingLine *line,
              gboolean          *code)
{
  const char *p = line->text;
  guint words = 0;
  gboolean has_code = FALSE;

  /* "| Bibtex | Abstract | PDF | Code and models |": cells framed by bars. */
  if (g_str_has_prefix (p, "| ") && g_str_has_suffix (p, " |") && strlen (p) > 4)
    {
      gsize n = strcspn (p + 2, " |");

      if (!_gln_listing_is_link_word (p + 2, n) ||
          strstr (p + 2, " | ") == NULL)
        return FALSE;
      if (code != NULL)
        *code = strstr (p, "| Code") != NULL;
      return TRUE;
    }
  while (*p != '\0')
    {
      gsize len = strcspn (p, " ");
      const char *word = p;
      gsize n = len;

      if (!_gln_listing_is_link_word (word, n))
        return FALSE;
      if (n > 2 && word[0] == '[' && word[n - 1] == ']')
        word++, n -= 2;
      has_code |= _gln_listing_equal_ci (word, n, "code");
      words++;
      p = _gln_listing_skip_blanks (p + len);
    }
  if (code != NULL)
    *code = has_code;

  return words >= 2;
}

/* Whether a line opens the entry below it: an entry marker, or the links where this page
 * puts them above the title (ACL Anthology) rather than below (lab pages). */
static gboolean
is_leading_marker (Records           *records,
                   const ListingLine *line)
{
  return is_entry_marker (line) || (!records->links_trail && is_link_line (line, NULL));
}

static GPtrArray *
read_authors (ListingLine  *line,
              gboolean     *truncated,
              const char  **venue)
{
  *venue = NULL;
  if (line->label == LABEL_AUTHORS)
    return _gln_listing_parse_author_list (line->text, TRUE, truncated);
  if (line->kind == KIND_META && line->meta == META_BYLINE)
    {
      int year;

      return _gln_listing_parse_byline (line->text, truncated, &year);
    }
  /* "Abs Bib PDF" are an entry's links, not a person. */
  if (line->label != LABEL_NONE || is_link_line (line, NULL))
    return NULL;

  return _gln_listing_parse_author_line (line->text, truncated, venue);
}

/* The names of an author line, read once per line and kept (a new reference each time). */
static GPtrArray *
authors_of (ListingLine  *line,
            gboolean     *truncated,
            const char  **venue)
{
  /* A long author line ending in "..." reads like a sentence, so it may be KIND_ABSTRACT;
   * the recognizers below are strict enough to tell. */
  if (line->kind == KIND_RECORD || line->kind == KIND_BLANK)
    {
      *truncated = FALSE;
      if (venue != NULL)
        *venue = NULL;
      return NULL;
    }
  if (!line->names_asked)
    {
      gboolean cut = FALSE;

      line->names = read_authors (line, &cut, &line->names_venue);
      line->names_truncated = cut;
      line->names_asked = TRUE;
    }
  *truncated = line->names_truncated;
  if (venue != NULL)
    *venue = line->names_venue;

  return line->names != NULL ? g_ptr_array_ref (line->names) : NULL;
}

/* "Computer Science, Environmental Science": the fields of study Semantic Scholar shows
 * under a paper's authors. They are its fields, not names or a venue. */
static gboolean
is_fields_of_study (const char *text)
{
  static const char * const fields[] = {
    "agricultural and food sciences", "art", "biology", "business", "chemistry",
    "computer science", "economics", "education", "engineering", "environmental science",
    "geography", "geology", "history", "law", "linguistics", "materials science",
    "mathematics", "medicine", "philosophy", "physics", "political science", "psychology",
    "sociology",
  };
  const char *p = text;

  while (*p != '\0')
    {
      gsize n = strcspn (p, ",");

      if (!_gln_listing_in_list_ci (p, n, fields, G_N_ELEMENTS (fields)))
        return FALSE;
      p += n;
      if (*p == ',')
        p = _gln_listing_skip_blanks (p + 1);
    }

  return p != text;
}

/* "14", "1,208": a count alone on a line. */
static gboolean
is_bare_count (const char *text)
{
  if (!g_ascii_isdigit (*text))
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p) && !(*p == ',' && g_ascii_isdigit (p[1]) && p > text))
      return FALSE;

  return strlen (text) <= 11;
}

/* No sentence ends inside the text: ". " before a capital, not after "vs" or an initial. */
static gboolean
is_one_sentence (const char *text)
{
  for (const char *p = strstr (text, ". "); p != NULL; p = strstr (p + 2, ". "))
    if (g_unichar_isupper (g_utf8_get_char (p + 2)) && _gln_listing_is_sentence_break (text, p))
      return FALSE;

  return TRUE;
}

/* "Surface Science 660, 31 (2017)": a volume, a page and the year in parentheses end a
 * venue line, not a title. */
static gboolean
ends_with_volume_year (const char *text)
{
  gsize n = strlen (text);

  if (n < 10 || text[n - 1] != ')' || text[n - 6] != '(' || text[n - 7] != ' ')
    return FALSE;
  /* "Genome Biol (2016)", "Proc Natl Acad Sci USA (2014)": a journal's short name and the
   * year, on a line of its own between a title and its authors. */
  if (!g_ascii_isdigit (text[n - 8]) &&
      (_gln_listing_count_words_upto (text, 7) > 6 || strpbrk (text, ".,:;?!") != NULL))
    return FALSE;
  for (gsize i = n - 5; i < n - 1; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;

  return TRUE;
}

/* Whether a line may be the title above an author line: text, or a title label. */
static gboolean
may_be_title (ListingLine *line)
{
  return (line->kind == KIND_TEXT || line->kind == KIND_ABSTRACT) &&
         (line->label == LABEL_NONE || line->label == LABEL_TITLE);
}

static gboolean
is_title_line (ListingLine *line)
{
  g_autofree char *heading = NULL;
  gboolean truncated;
  g_autoptr(GPtrArray) names = NULL;

  if (!may_be_title (line))
    return FALSE;
  /* A long title ending in a period (PubMed) reads like a sentence; an abstract has more
   * than one. */
  if (line->kind == KIND_ABSTRACT &&
      (_gln_listing_count_words_upto (line->text, 30) >= 30 || !is_one_sentence (line->text)))
    return FALSE;
  /* "Bib Export formats:" is a label, not a title. */
  if (_gln_listing_count_words_upto (line->text, 2) < 2 || is_entry_marker (line) ||
      is_link_line (line, NULL) || g_str_has_suffix (line->text, ":") ||
      ends_with_volume_year (line->text) ||
      (heading = parse_year_heading (line->text)) != NULL)
    return FALSE;
  names = authors_of (line, &truncated, NULL);

  return names == NULL;
}

/* What a line below the authors shows: a venue with its year and citation count
 * ("Venue 30\t1234\t2017", "Venue, 2021"), or a labelled field. */
static void
read_trailing (ListingFields *fields,
               ListingLine   *line)
{
  ListingMetaKind meta = line->kind == KIND_META ? line->meta : META_NONE;
  g_autofree char *year = parse_year_heading (line->text);
  gboolean code = FALSE;

  /* "PDF Code Slides": a link to the code, whose address the copy does not show. */
  if (is_link_line (line, &code))
    {
      fields->code |= code;
      return;
    }

  /* "6316*\t1926": the count and year cells of a citation table's row. */
  if (_gln_listing_is_row_cells (line->text))
    {
      _gln_listing_find_row_cells (fields, line->text);
      return;
    }

  /* "Published 1 June 2019" (Semantic Scholar) is a date, not a venue. */
  if (g_str_has_prefix (line->text, "Published "))
    {
      ListingMeta shown = LISTING_META_INIT;
      gboolean is_date = _gln_listing_parse_date_line (line->text + strlen ("Published "),
                                                       &shown);

      _gln_listing_meta_clear (&shown);
      if (is_date)
        {
          _gln_listing_find_date (fields, line->text + strlen ("Published "), FALSE);
          return;
        }
    }

  /* A year alone on a line of the entry is its date (Semantic Scholar). */
  if (year != NULL)
    {
      _gln_listing_set_shown_date (fields, year, (int) g_ascii_strtoll (year, NULL, 10), 0, 0);
      return;
    }

  if (meta == META_DATE || meta == META_CARD_DATE)
    _gln_listing_find_date (fields, line->text, line->label == LABEL_DATE);
  else if (meta == META_CATEGORY)
    _gln_listing_find_categories (fields, line->text);
  else if (meta == META_DOI)
    _gln_listing_find_doi (fields, line->text);
  else if (meta == META_CODE)
    fields->code = TRUE;
  else if (meta == META_OTHER)
    _gln_listing_find_code_url (fields, line->text);
  if (line->label == LABEL_VENUE)
    _gln_listing_find_venue (fields, line->text);
  if (line->label != LABEL_NONE || meta == META_CODE)
    return;
  _gln_listing_find_cited_by (fields, line->text);
  _gln_listing_find_ids (fields, line->text);
  /* The page's own lines below its last entry ("arXiv author ID: …") are no venue. */
  if (fields->venue == NULL && line->kind != KIND_CHROME)
    _gln_listing_find_venue_line (fields, line->text);
}

/* A count alone under a paper's lines is how often it was cited (Semantic Scholar), unless
 * it stands among other counts: the page numbers below the last paper. */
static void
read_bare_count (Records       *records,
                 ListingFields *fields,
                 int            i)
{
  int before = prev_nonblank (records->page, i);
  int after = _gln_listing_next_nonblank (records->page, i);
  gint64 count = 0;

  if ((before >= 0 && is_bare_count (line_at (records, before)->text)) ||
      (after >= 0 && is_bare_count (line_at (records, after)->text)) ||
      fields->cited_by >= 0)
    return;
  for (const char *p = line_at (records, i)->text; *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      count = count * 10 + (*p - '0');
  fields->cited_by = (int) MIN (count, G_MAXINT);
}

static void
finish_record (Records       *records,
               ListingFields *fields)
{
  /* A title line that was all page chrome ("Subscribe") leaves no title. */
  if (fields->title == NULL || *fields->title == '\0')
    return;
  if (fields->venue == NULL && records->volume != NULL)
    {
      ListingMeta issue = LISTING_META_INIT;

      fields->venue = g_strdup (records->volume);
      /* "Computational Linguistics, Volume 26, Number 1, March 2000": a journal issue's
       * heading dates its papers. */
      if (!fields->dated && _gln_listing_parse_date (records->volume, &issue) &&
          issue.month != 0 && issue.year != 0)
        _gln_listing_set_shown_date (fields, issue.date_text, issue.year, issue.month,
                                     issue.day);
      _gln_listing_meta_clear (&issue);
    }
  if (!fields->dated && records->heading != NULL)
    _gln_listing_set_shown_date (fields, records->heading,
                                 (int) g_ascii_strtoll (records->heading, NULL, 10), 0, 0);
  g_ptr_array_add (records->papers, _gln_listing_fields_finish (fields));
}

static void
mark (Records *records,
      int      i)
{
  line_at (records, i)->kind = KIND_RECORD;
}

/* The leading marker above line i, read and marked; the line number the entry starts at. */
static guint
take_leading (Records       *records,
              ListingFields *fields,
              int            i)
{
  int above = prev_nonblank (records->page, i);
  ListingLine *line;

  if (above < 0 || !is_leading_marker (records, line = line_at (records, above)))
    return line_at (records, i)->number;
  if (line->kind == KIND_META && line->meta == META_ARXIV)
    _gln_listing_find_arxiv_id (fields, line->text);
  mark (records, above);

  return line->number;
}

/* Whether a venue stands on the line under line a: "Nature 571, 541 (2019)". */
static gboolean
venue_below (Records *records,
             int      a)
{
  int next = _gln_listing_next_nonblank (records->page, a);
  g_auto(ListingFields) probe = { NULL, };

  if (next < 0 || line_at (records, next)->kind != KIND_TEXT)
    return FALSE;
  _gln_listing_fields_init (&probe, records->page->year);
  _gln_listing_find_venue_line (&probe, line_at (records, next)->text);

  return probe.venue != NULL;
}

/* The title over line b when b is a blurb: a sentence or two a lab writes about a
 * highlighted paper between its title and its authors ("We have imaged the doubling of
 * …."), with the venue under the authors. It is neither the title nor the paper's
 * abstract, which would be longer. Returns the title's line, or -1. */
static int
title_over_blurb (Records *records,
                  int      b)
{
  ListingLine *blurb = line_at (records, b);
  int t = prev_nonblank (records->page, b);
  int a = _gln_listing_next_nonblank (records->page, b);
  const char *text = blurb->text;
  gsize len = strlen (text);
  guint words;
  guint breaks = 0;
  gboolean truncated;
  g_autoptr(GPtrArray) names = NULL;
  ListingLine *title;

  /* The cheap tests first: this is asked of most lines under a title. */
  if (t < 0 || a < 0 || blurb->label != LABEL_NONE || len > 600 ||
      (blurb->kind != KIND_TEXT && blurb->kind != KIND_ABSTRACT) ||
      !_gln_listing_ends_sentence (text) || text[len - 1] == '?')
    return -1;
  title = line_at (records, t);
  if ((title->kind != KIND_TEXT && title->kind != KIND_ABSTRACT) ||
      _gln_listing_ends_sentence (title->text))
    return -1;
  words = _gln_listing_count_words_upto (text, 61);
  for (const char *p = strstr (text, ". "); p != NULL; p = strstr (p + 2, ". "))
    breaks += g_unichar_isupper (g_utf8_get_char (p + 2));
  if (words < 6 || words > 60 || breaks > 1 || !is_title_line (title) ||
      _gln_listing_count_words_upto (title->text, 3) < 3 || _gln_listing_looks_like_heading (title->text))
    return -1;
  names = authors_of (line_at (records, a), &truncated, NULL);

  return names != NULL && names->len >= 2 && venue_below (records, a) ? t : -1;
}

static gboolean backs_single_name (Records *records,
                                   int      a);
static gboolean under_links       (Records *records,
                                   int      t);

/* Whether line i is a title with an author line under it. */
static gboolean
opens_block (Records *records,
             int      i)
{
  int next = _gln_listing_next_nonblank (records->page, i);
  const char *venue = NULL;
  gboolean truncated;
  g_autoptr(GPtrArray) names = NULL;

  if (next < 0 || !is_title_line (line_at (records, i)))
    return FALSE;
  names = authors_of (line_at (records, next), &truncated, &venue);
  /* One name alone opens an entry only as try_block() takes it: "Full List" over the next
   * title is a heading. */
  if (names != NULL && names->len == 1 && line_at (records, next)->label == LABEL_NONE &&
      line_at (records, next)->meta != META_BYLINE)
    return backs_single_name (records, next) || under_links (records, i) ||
           (venue != NULL && _gln_listing_find_year (venue) != 0);

  return names != NULL || title_over_blurb (records, next) == i;
}

/* An abstract, and not a venue long enough to read like one. */
static gboolean
is_abstract (const ListingLine *line)
{
  return line->kind == KIND_ABSTRACT &&
         !(line->label == LABEL_NONE && _gln_listing_is_venue_sentence (line->text));
}

/* Lines that end the lines of an entry below its authors. A year heading is one when it
 * opens what follows; else it is the entry's year. */
static gboolean
is_stop_line (Records *records,
              int      i)
{
  ListingLine *line = line_at (records, i);
  g_autofree char *heading = NULL;
  int next;

  if (line->kind == KIND_RECORD || is_abstract (line) || line->linked ||
      is_leading_marker (records, line) || g_str_has_prefix (line->text, "bib (full) "))
    return TRUE;
  if (line->text[0] == '[' && strchr (line->text, ']') != NULL &&
      strchr (line->text, ']') - line->text <= 10)
    return TRUE;  /* "[PDF] host.org" above a search result */
  if ((heading = parse_year_heading (line->text)) == NULL)
    return FALSE;
  next = _gln_listing_next_nonblank (records->page, i);

  return next < 0 || is_leading_marker (records, line_at (records, next)) ||
         opens_block (records, next);
}

/* "TLDR" and the line under it; a paragraph cut short ("…") above "Expand". */
static gboolean
is_summary (Records *records,
            int      i)
{
  int above = prev_nonblank (records->page, i);
  int below = _gln_listing_next_nonblank (records->page, i);
  const char *text = line_at (records, i)->text;

  if (g_str_equal (text, "TLDR") ||
      (above >= 0 && g_str_equal (line_at (records, above)->text, "TLDR")))
    return TRUE;

  return below >= 0 && g_str_equal (line_at (records, below)->text, "Expand") &&
         (g_str_has_suffix (text, "…") || g_str_has_suffix (text, "..."));
}

/* The lines below an author line that belong to its entry: up to the next stop, title
 * or abstract. Returns the index after them, or -1 when an abstract follows (the entry is
 * then an abstract entry). */
static int
trailing_end (Records *records,
              int      a)
{
  ListingPage *page = records->page;
  guint taken = 0;
  gboolean text = FALSE;
  gboolean closed = FALSE;
  int i;

  for (i = _gln_listing_next_nonblank (page, a); i >= 0 && taken < MAX_TRAILING;
       i = _gln_listing_next_nonblank (page, i))
    {
      ListingLine *line = line_at (records, i);

      /* A summary under "TLDR", or the start of an abstract cut short above "Expand"
       * (Semantic Scholar), belongs to the entry, and is not its abstract. */
      if (is_summary (records, i))
        continue;
      /* An abstract under the authors makes an abstract entry; one after other text, or
       * after the links that close a search result ("Save Cite Cited by 57"), is something
       * else (a footer, a notice) and ends this entry. */
      if (is_abstract (line) || line->meta == META_ABSTRACT_LABEL ||
          line->label == LABEL_ABSTRACT)
        return text || closed ? i : -1;
      closed |= line->kind == KIND_META && line->meta == META_CITED;
      if (is_stop_line (records, i) || opens_block (records, i))
        return i;
      /* Labelled and meta lines hardly count: an arXiv entry shows many, a Semantic
       * Scholar one its fields and its count under "Expand". */
      if (g_str_equal (line->text, "Expand") || is_bare_count (line->text))
        continue;
      taken += line->kind == KIND_META || is_fields_of_study (line->text) ? 1 : 4;
      text |= line->kind != KIND_META;
    }

  return i >= 0 ? i : (int) page->lines->len;
}

/* What stands under a single name that makes it an author: the next entry's marker, a
 * date or other meta line, a line with a year, table cells or a venue word, or nothing. */
static gboolean
backs_single_name (Records *records,
                   int      a)
{
  int next = _gln_listing_next_nonblank (records->page, a);
  ListingLine *line;
  g_auto(ListingFields) probe = { NULL, };

  if (next < 0)
    return TRUE;
  line = line_at (records, next);
  if (is_entry_marker (line) || is_link_line (line, NULL) || is_fields_of_study (line->text) ||
      (line->kind == KIND_META && line->meta != META_AUTHORS))
    return TRUE;
  if (line->kind != KIND_TEXT)
    return FALSE;
  _gln_listing_fields_init (&probe, records->page->year);
  _gln_listing_find_venue_line (&probe, line->text);

  return probe.venue != NULL;
}

/* The front matter of a volume, its title over its editors: "Proceedings of …", or the
 * title of the volume heading just above ("bib (full) Findings of …"). */
static gboolean
is_front_matter (Records *records,
                 int      t)
{
  const char *title = line_at (records, t)->text;
  gsize len = strlen (title);
  int i = t;

  if (g_str_has_prefix (title, "Proceedings of "))
    return TRUE;
  for (guint seen = 0; seen < 3 && (i = prev_nonblank (records->page, i)) >= 0; seen++)
    {
      const char *above = line_at (records, i)->text;
      gsize n = strlen (above);

      if (n > len && g_str_has_suffix (above, title) && above[n - len - 1] == ' ')
        return TRUE;
    }

  return FALSE;
}

/* No paper: a preview shows it, unchecked, for the user to decide, with the doubt. Its
 * lines are taken, so that neither the title nor the editors pass for part of another
 * entry. */
static gboolean
take_front_matter (Records    *records,
                   int         t,
                   int         a,
                   const char *doubt)
{
  g_auto(ListingFields) fields = { NULL, };

  mark (records, t);
  mark (records, a);
  if (!records->page->uncertain)
    return TRUE;
  _gln_listing_fields_init (&fields, records->page->year);
  fields.line = take_leading (records, &fields, t);
  _gln_listing_find_title (&fields, line_at (records, t)->text);
  fields.doubt = doubt;
  g_ptr_array_add (records->papers, _gln_listing_fields_finish (&fields));

  return TRUE;
}

/* Whether the title at t stands under its entry's links ("pdf bib abs", ACL Anthology)
 * or after them on its line ("pdf bib Title"), which vouch for it as much as a date under
 * the name would. */
static gboolean
under_links (Records *records,
             int      t)
{
  int above = prev_nonblank (records->page, t);

  if (line_at (records, t)->linked)
    return TRUE;

  return above >= 0 && is_link_line (line_at (records, above), NULL) &&
         (!records->decided || !records->links_trail);
}

/* "\"Title\"", "“Title”": a title in quotes, as some lab pages show them, without them. */
static void
strip_quotes (char *title)
{
  gsize len;
  gsize q = 0;

  if (title == NULL)
    return;
  len = strlen (title);
  if (len > 2 && title[0] == '"' && title[len - 1] == '"')
    q = 1;
  else if (g_str_has_prefix (title, "\u201c") && g_str_has_suffix (title, "\u201d") &&
           len > 2 * strlen ("\u201c"))
    q = strlen ("\u201c");
  if (q == 0 || memchr (title + q, '"', len - 2 * q) != NULL)
    return;
  memmove (title, title + q, len - 2 * q);
  title[len - 2 * q] = '\0';
}

/* A title line t with its author line a below it, and what follows; venue is where the
 * venue starts on the author line, after the names, or NULL. */
static gboolean
try_block (Records    *records,
           int         t,
           int         a,
           GPtrArray  *names,
           gboolean    truncated,
           const char *venue)
{
  g_auto(ListingFields) fields = { NULL, };
  ListingLine *title = line_at (records, t);
  gboolean single;
  int end;

  if (is_front_matter (records, t))
    return take_front_matter (records, t, a,
                              _("The front matter of a volume, its title over its editors: "
                                "not a paper."));
  /* One name alone is weak evidence: "Privacy Policy" under "Copyright", a co-author
   * under the institution of the one above, "Has PDF" under "Sort by …". It needs a
   * longer title and a date, venue or the next entry below it. */
  single = names->len == 1 && line_at (records, a)->label == LABEL_NONE &&
           line_at (records, a)->meta != META_BYLINE;
  /* Unless links stand before the title and an identifier before the name (ACL Anthology
   * until 2019): "pdf bib Bidirectional Contextual Resolution" over "[J00-4002]: A Name". */
  if (single && title->linked && line_at (records, a)->with_id)
    single = FALSE;
  if (single && (_gln_listing_count_words_upto (title->text, 4) < 4 ||
                 _gln_listing_looks_like_heading (title->text) ||
                 !(backs_single_name (records, a) || under_links (records, t) ||
                   (venue != NULL && _gln_listing_find_year (venue) != 0))))
    return FALSE;
  /* The first block tells where this page puts an entry's links: above its title or
   * below its authors. */
  if (!records->decided)
    {
      int above = prev_nonblank (records->page, t);

      records->decided = TRUE;
      records->links_trail = !title->linked &&
                             (above < 0 || !is_link_line (line_at (records, above), NULL));
    }
  if ((end = trailing_end (records, a)) < 0)
    return FALSE;

  _gln_listing_fields_init (&fields, records->page->year);
  fields.line = take_leading (records, &fields, t);
  _gln_listing_find_title (&fields, title->text);
  strip_quotes (fields.title);
  /* "Title of the article.": PubMed ends its titles with a period. */
  if (fields.title != NULL && g_str_has_suffix (fields.title, ".") &&
      !g_str_has_suffix (fields.title, ".."))
    fields.title[strlen (fields.title) - 1] = '\0';
  /* A search result's byline also gives the year and perhaps an arXiv id. */
  if (line_at (records, a)->meta == META_BYLINE)
    _gln_listing_find_byline (&fields, line_at (records, a)->text);
  else
    {
      /* The author line wins over names run together with the title. */
      g_clear_pointer (&fields.authors, g_ptr_array_unref);
      fields.authors = g_ptr_array_ref (names);
      fields.truncated = truncated;
    }
  if (venue != NULL)
    _gln_listing_find_venue_line (&fields, venue);
  mark (records, t);
  mark (records, a);
  for (int i = a + 1; i < end; i++)
    {
      ListingLine *line = line_at (records, i);

      if (line->kind == KIND_BLANK)
        continue;
      if (is_fields_of_study (line->text) || is_summary (records, i))
        ;
      else if (is_bare_count (line->text) && strlen (line->text) != 4)
        read_bare_count (records, &fields, i);
      else
        read_trailing (&fields, line);
      mark (records, i);
    }
  finish_record (records, &fields);

  return TRUE;
}

/* "Alice Smith, Bob Jones:" above "Title. Venue (2023)". */
static gboolean
try_author_colon (Records *records,
                  int      a)
{
  g_auto(ListingFields) fields = { NULL, };
  ListingLine *authors = line_at (records, a);
  int t = _gln_listing_next_nonblank (records->page, a);
  g_autoptr(GPtrArray) names = NULL;
  gboolean truncated = FALSE;

  if (t < 0 || line_at (records, t)->kind == KIND_RECORD ||
      (names = _gln_listing_parse_colon_authors (authors->text, strlen (authors->text),
                                                 &truncated)) == NULL)
    return FALSE;
  /* "Book Chapters:" over "[B2] Alice Smith. Title. Venue, 2019.": a heading over a
   * citation, which is read on its own. */
  if (line_at (records, t)->text != _gln_listing_strip_numbering (line_at (records, t)->text))
    return FALSE;

  _gln_listing_fields_init (&fields, records->page->year);
  if (_gln_listing_parse_citation (line_at (records, t)->text, &fields))
    return FALSE;
  _gln_listing_fields_clear (&fields);
  _gln_listing_fields_init (&fields, records->page->year);
  if (!_gln_listing_parse_title_venue (line_at (records, t)->text, &fields, TRUE))
    return FALSE;
  fields.line = take_leading (records, &fields, a);
  g_clear_pointer (&fields.authors, g_ptr_array_unref);
  fields.authors = g_steal_pointer (&names);
  fields.truncated = truncated;
  mark (records, a);
  mark (records, t);
  finish_record (records, &fields);

  return TRUE;
}

/* A line of plain text that a citation may be made of. */
static gboolean
is_citation_text (const ListingLine *line)
{
  return line->label == LABEL_NONE && (line->kind == KIND_TEXT || line->kind == KIND_ABSTRACT);
}

/* "Surname, I." or "Surname, I. J.,": how a citation in APA and its kin opens. */
static gboolean
opens_with_surname_initials (const char *text)
{
  const char *p = text;

  if (!g_unichar_isupper (g_utf8_get_char (p)))
    return FALSE;
  while (*p != '\0' && *p != ',' && *p != ' ')
    p = g_utf8_next_char (p);
  if (*p == ' ' && g_unichar_isupper (g_utf8_get_char (p + 1)))
    {
      /* A family name of two words: "Von Hoff, D.". */
      for (p++; *p != '\0' && *p != ',' && *p != ' '; p = g_utf8_next_char (p))
        ;
    }
  if (p[0] != ',' || p[1] != ' ' || !g_ascii_isupper (p[2]))
    return FALSE;

  return p[3] == '.' || (p[3] == '-' && g_ascii_isupper (p[4]));
}

/* "Conference papers", "Theses": a heading between two lists. */
static gboolean
is_short_heading (const char *text)
{
  return _gln_listing_count_words_upto (text, 4) <= 3 && strpbrk (text, ".,;:\"0123456789") == NULL;
}

/* Whether line j, under a citation's first line, opens another citation or a heading
 * instead of going on with it. */
static gboolean
opens_next (Records *records,
            int      j)
{
  ListingLine *line = line_at (records, j);
  g_auto(ListingFields) probe = { NULL, };
  const char *text = line->text;
  gsize n = strlen (text);

  if (!is_citation_text (line) || _gln_listing_strip_numbering (text) != text ||
      is_entry_marker (line) || is_link_line (line, NULL) || opens_with_surname_initials (text))
    return TRUE;
  /* "Tomasz Wrona:" over its title (DBLP). */
  if (is_short_heading (text) || g_str_has_suffix (text, ":"))
    return TRUE;
  if (!_gln_listing_may_be_citation (text) || n > 8000)
    return FALSE;
  _gln_listing_fields_init (&probe, records->page->year);

  return _gln_listing_parse_citation (text, &probe);
}

/* Whether a line that is no citation alone may open one wrapped over lines: numbered
 * ("[3] C. Tanaka, \"A self-"), or opening with "Surname, I." or "I. Surname,". Titles,
 * author lines and prose, which are most lines, do not. */
static gboolean
opens_wrapped (const char *line,
               const char *text)
{
  const char *comma = strchr (text, ',');
  const char *quote = strchr (text, '"');

  if (g_str_has_suffix (text, ":") || comma == NULL || comma - text > 60)
    return FALSE;
  if (text != line || opens_with_surname_initials (text))
    return TRUE;

  /* "A. Novak, B. Ruiz, and C. Tanaka, \"Learning to…" */
  return g_ascii_isupper (text[0]) && text[1] == '.' && text[2] == ' ' &&
         g_unichar_isupper (g_utf8_get_char (text + 3)) && quote != NULL && quote - text < 200;
}

/* A citation wrapped over several lines, as copied from a PDF or a narrow column: line i
 * with the lines under it that go on with it, up to a blank line, a heading or the next
 * citation. A word broken at a hyphen ("self-" over "supervised") is joined without a
 * space and keeps its hyphen, for the compound words of titles are more common than
 * broken syllables. Returns the number of lines joined, or 0. */
#define MAX_WRAPPED_LINES 6

static guint
join_wrapped (Records *records,
              int      i,
              GString *joined)
{
  guint n = 1;

  g_string_assign (joined, line_at (records, i)->text);
  for (int j = i + 1; j < (int) records->page->lines->len && n < MAX_WRAPPED_LINES; j++, n++)
    {
      ListingLine *line = line_at (records, j);
      gsize len = joined->len;

      if (line->kind == KIND_BLANK || opens_next (records, j))
        break;
      if (!(len > 1 && joined->str[len - 1] == '-' && g_ascii_isalpha (joined->str[len - 2]) &&
            g_unichar_islower (g_utf8_get_char (line->text))))
        g_string_append_c (joined, ' ');
      g_string_append (joined, line->text);
    }

  return n > 1 ? n : 0;
}

/* "Title, Lena Brandt, Sunil Iyer.", with a badge cell or a venue perhaps; on FALSE,
 * fields are fresh again. */
static gboolean
title_first (Records       *records,
             const char    *text,
             ListingFields *fields)
{
  _gln_listing_fields_clear (fields);
  _gln_listing_fields_init (fields, records->page->year);
  if (_gln_listing_parse_title_first (text, fields))
    return TRUE;
  _gln_listing_fields_clear (fields);
  _gln_listing_fields_init (fields, records->page->year);

  return FALSE;
}

static gboolean
try_citation (Records *records,
              int      i)
{
  g_auto(ListingFields) fields = { NULL, };
  g_autoptr(GString) joined = NULL;
  ListingLine *line = line_at (records, i);
  /* "[12] Smith, J., …", "3. Luo G, …": publication lists number their citations. */
  const char *text = _gln_listing_strip_numbering (line->text);
  guint wrapped = 0;

  if (!is_citation_text (line) || !g_unichar_isupper (g_utf8_get_char (text)))
    return FALSE;
  _gln_listing_fields_init (&fields, records->page->year);
  if (!(_gln_listing_may_be_citation (text) && _gln_listing_parse_citation (text, &fields)) &&
      !title_first (records, text, &fields))
    {
      /* Perhaps the first line of a wrapped one. */
      _gln_listing_fields_clear (&fields);
      _gln_listing_fields_init (&fields, records->page->year);
      /* "Alice Smith, Bob Jones:" over its title is DBLP's, read by try_author_colon(). */
      if (!opens_wrapped (line->text, text))
        return FALSE;
      joined = g_string_new (NULL);
      if ((wrapped = join_wrapped (records, i, joined)) == 0 ||
          !_gln_listing_parse_citation (_gln_listing_strip_numbering (joined->str), &fields))
        return FALSE;
    }
  fields.line = take_leading (records, &fields, i);
  for (guint k = 0; k < MAX (wrapped, 1); k++)
    mark (records, i + k);
  finish_record (records, &fields);

  return TRUE;
}

/* A title after its links with an identifier but no authors under it ("pdf bib
 * Advertisements" over "[J00-1007]:"): the front matter of a journal issue. */
static gboolean
try_unauthored (Records *records,
                int      t)
{
  int a = _gln_listing_next_nonblank (records->page, t);

  if (!line_at (records, t)->linked || a < 0 ||
      !_gln_listing_is_bare_id (line_at (records, a)->text))
    return FALSE;

  return take_front_matter (records, t, a,
                            _("A title without authors among papers shown with theirs: "
                              "perhaps the front matter of an issue, such as advertisements, "
                              "books received or an index."));
}

/* A volume's heading over its first entry, on a page whose entries show their links before
 * their titles: "Computational Linguistics, Volume 26, Number 1, March 2000" over "pdf bib
 * Title". It is no paper, and the venue of those under it. */
static gboolean
is_volume_heading (Records *records,
                   int      i)
{
  ListingLine *line = line_at (records, i);
  int next = _gln_listing_next_nonblank (records->page, i);
  int above = prev_nonblank (records->page, i);
  gboolean truncated;
  g_autoptr(GPtrArray) names = NULL;

  if (next < 0 || !line_at (records, next)->linked || line->linked || line->with_id ||
      (line->kind != KIND_TEXT && line->kind != KIND_META) ||
      _gln_listing_is_bare_id (line->text) || is_leading_marker (records, line))
    return FALSE;
  /* The author line of a title above that was not understood is none. */
  if (above >= 0 && line_at (records, above)->linked)
    return FALSE;
  names = authors_of (line, &truncated, NULL);

  return names == NULL;
}

/* "(91) Names, Venue (2026)." over its title line (a lab page's numbered list). */
static gboolean
try_citation_above (Records *records,
                    int      i)
{
  g_auto(ListingFields) fields = { NULL, };
  g_auto(ListingFields) probe = { NULL, };
  int t = _gln_listing_next_nonblank (records->page, i);
  ListingLine *title;
  gsize len;

  if (!is_citation_text (line_at (records, i)) || t < 0 ||
      !is_citation_text (title = line_at (records, t)) || !is_title_line (title))
    return FALSE;
  _gln_listing_fields_init (&fields, records->page->year);
  _gln_listing_fields_init (&probe, records->page->year);
  if (!_gln_listing_parse_names_venue (line_at (records, i)->text, !records->above, &fields) ||
      _gln_listing_parse_names_venue (title->text, TRUE, &probe))
    return FALSE;
  records->above = TRUE;
  fields.line = take_leading (records, &fields, i);
  g_free (fields.title);
  fields.title = g_strdup (title->text);
  /* "Title of the paper.": the record's period. */
  if ((len = strlen (fields.title)) > 1 && fields.title[len - 1] == '.' && fields.title[len - 2] != '.')
    fields.title[len - 1] = '\0';
  mark (records, i);
  mark (records, t);
  finish_record (records, &fields);

  return TRUE;
}

/* Authors above their title: "A. Lee, B. Chen" over "Title", then "Venue, 2023", notes
 * and links, up to the next author line, year heading or entry. */
#define MAX_AUTHOR_FIRST_TRAILING 4

/* Whether the line above a ends another entry (its links) or opens a year of them. */
static gboolean
follows_entry (Records *records,
               int      a)
{
  int above = prev_nonblank (records->page, a);
  g_autofree char *heading = NULL;

  return above >= 0 && (is_link_line (line_at (records, above), NULL) ||
                        (heading = parse_year_heading (line_at (records, above)->text)) != NULL);
}

/* The title under an author line: a title line, or one that reads like a name
 * ("Hierarchical Perceiver") or a venue ("The AXES submissions at TrecVid 2013"), which
 * the venue with its year under it vouches for. */
static gboolean
is_author_first_title (Records *records,
                       int      t)
{
  ListingLine *line = line_at (records, t);
  g_autofree char *heading = NULL;
  g_autoptr(GPtrArray) names = NULL;
  gboolean truncated;

  if (is_title_line (line))
    return TRUE;
  if (line->kind == KIND_META && line->meta == META_OTHER && line->label == LABEL_NONE)
    return _gln_listing_count_words_upto (line->text, 2) >= 2;
  if (line->kind != KIND_TEXT || line->label != LABEL_NONE || is_entry_marker (line) ||
      is_link_line (line, NULL) || (heading = parse_year_heading (line->text)) != NULL)
    return FALSE;
  names = authors_of (line, &truncated, NULL);

  return names != NULL && names->len == 1 && !truncated;
}

static gboolean
try_author_first (Records   *records,
                  int        a,
                  GPtrArray *names,
                  gboolean   truncated)
{
  g_auto(ListingFields) fields = { NULL, };
  int t = _gln_listing_next_nonblank (records->page, a);
  int v = t >= 0 ? _gln_listing_next_nonblank (records->page, t) : -1;
  int i;
  guint taken = 0;

  /* The entry opens under the links of the one above or its year heading; one name
   * needs a title that reads like none. */
  if (v < 0 || !follows_entry (records, a) ||
      !(names->len < 2 && !truncated ? is_title_line (line_at (records, t))
                                      : is_author_first_title (records, t)) ||
      (line_at (records, v)->kind != KIND_TEXT && line_at (records, v)->kind != KIND_META))
    return FALSE;
  /* The venue with its year under the title. */
  _gln_listing_fields_init (&fields, records->page->year);
  read_trailing (&fields, line_at (records, v));
  if (fields.venue == NULL && line_at (records, v)->kind == KIND_META)
    _gln_listing_find_venue_line (&fields, line_at (records, v)->text);
  if (fields.venue == NULL || !fields.dated)
    return FALSE;
  if (!records->decided)
    {
      records->decided = TRUE;
      records->links_trail = TRUE;
    }
  fields.line = line_at (records, a)->number;
  _gln_listing_find_title (&fields, line_at (records, t)->text);
  g_clear_pointer (&fields.authors, g_ptr_array_unref);
  fields.authors = g_ptr_array_ref (names);
  fields.truncated = truncated;
  mark (records, a);
  mark (records, t);
  mark (records, v);
  for (i = _gln_listing_next_nonblank (records->page, v);
       i >= 0 && taken < MAX_AUTHOR_FIRST_TRAILING; i = _gln_listing_next_nonblank (records->page, i))
    {
      ListingLine *line = line_at (records, i);
      g_autofree char *heading = parse_year_heading (line->text);
      g_autoptr(GPtrArray) next = NULL;
      gboolean cut;

      if (line->kind == KIND_RECORD || line->kind == KIND_ABSTRACT || line->kind == KIND_CHROME ||
          heading != NULL || (next = authors_of (line, &cut, NULL)) != NULL)
        break;
      read_trailing (&fields, line);
      mark (records, i);
      taken++;
    }
  finish_record (records, &fields);

  return TRUE;
}

static void
try_line (Records *records,
          int      i)
{
  ListingLine *line = line_at (records, i);
  int t = prev_nonblank (records->page, i);
  int over;
  const char *venue = NULL;
  gboolean truncated = FALSE;
  gboolean titled;
  g_autoptr(GPtrArray) names = authors_of (line, &truncated, &venue);

  if (names != NULL && t >= 0 && (over = title_over_blurb (records, t)) >= 0)
    {
      if (try_block (records, over, i, names, truncated, venue))
        mark (records, t);
      return;
    }
  /* An author line under its title is one, even where it could be read as a citation
   * ("Dongsung T. Park, …, H.-S. Sim, … · Venue (2021)" as "Family I. Title. Venue"). A
   * title under its links may read like a list of names: "Tokenizer Fertility Predicts
   * Cross-Lingual Transfer". */
  titled = names != NULL && t >= 0 && may_be_title (line_at (records, t)) &&
           (is_title_line (line_at (records, t)) ||
            (line_at (records, t)->kind == KIND_TEXT && line_at (records, t)->label == LABEL_NONE &&
             under_links (records, t)));
  if (titled && try_block (records, t, i, names, truncated, venue))
    return;
  if (try_citation (records, i) || try_author_colon (records, i) ||
      try_unauthored (records, i) || try_citation_above (records, i))
    return;
  if (names != NULL && !titled)
    try_author_first (records, i, names, truncated);
}

void
_gln_listing_find_records (ListingPage *page)
{
  Records records = { page, page->records, NULL, NULL, FALSE, FALSE, FALSE };

  for (guint i = 0; i < page->lines->len; i++)
    {
      ListingLine *line = _gln_listing_line_at (page, i);

      char *heading;

      if (line->kind == KIND_BLANK || line->kind == KIND_RECORD)
        continue;
      if ((heading = parse_year_heading (line->text)) != NULL)
        {
          g_free (records.heading);
          records.heading = heading;
        }
      else if (g_str_has_prefix (line->text, "bib (full) "))
        {
          g_free (records.volume);
          records.volume = g_strdup (line->text + strlen ("bib (full) "));
        }
      else if (is_volume_heading (&records, i))
        {
          g_free (records.volume);
          records.volume = g_strdup (line->text);
        }
      else if (line->kind != KIND_CHROME)
        try_line (&records, i);
    }
  g_free (records.heading);
  g_free (records.volume);
}
