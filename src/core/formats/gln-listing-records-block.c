/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "gln-listing-records-private.h"

#include <string.h>

/* Papers shown in blocks of lines (gln-listing-records.c finds them): a title with its
 * author line under it, then venue, year, counts and links up to the next paper (ACL
 * Anthology, Google Scholar profiles, arXiv lists without abstracts, lab pages). The
 * authors above their title with the venue under it are read in
 * gln-listing-records-author-first.c. */

#define MAX_TRAILING 16  /* a text line counts 4, a meta line 1 */

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
int
_gln_records_title_over_blurb (Records *records,
                               int      b)
{
  ListingLine *blurb = line_at (records, b);
  int t = _gln_listing_prev_nonblank (records->page, b);
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
  /* "Draft version, 2004. [ pdf and slides ]": the venue and links of the entry above. */
  if (g_str_has_suffix (title->text, "]") && _gln_listing_find_year (title->text) != 0)
    return -1;
  words = _gln_listing_count_words_upto (text, 61);
  for (const char *p = strstr (text, ". "); p != NULL; p = strstr (p + 2, ". "))
    breaks += g_unichar_isupper (g_utf8_get_char (p + 2));
  if (words < 6 || words > 60 || breaks > 1 || !_gln_records_is_title_line (title) ||
      _gln_listing_count_words_upto (title->text, 3) < 3 || _gln_listing_looks_like_heading (title->text))
    return -1;
  names = _gln_records_authors_of (line_at (records, a), &truncated, NULL);

  return names != NULL && names->len >= 2 && venue_below (records, a) ? t : -1;
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
  if (_gln_records_is_entry_marker (line) || _gln_records_is_link_line (line, NULL) || _gln_records_is_fields_of_study (line->text) ||
      (line->kind == KIND_META && line->meta != META_AUTHORS))
    return TRUE;
  if (line->kind != KIND_TEXT)
    return FALSE;
  _gln_listing_fields_init (&probe, records->page->year);
  _gln_listing_find_venue_line (&probe, line->text);

  return probe.venue != NULL;
}

/* "and Smith, Alice": a name alone after "and ", as jekyll-scholar's first templates print
 * a lone author; no heading or menu reads so, so it backs itself. */
static gboolean
is_lone_last_name (Records *records,
                   int      a)
{
  return strncmp (line_at (records, a)->text, "and ", 4) == 0;
}

/* Whether line i is a title with an author line under it. */
static gboolean
opens_block (Records *records,
             int      i)
{
  int next = _gln_listing_next_nonblank (records->page, i);
  const char *venue = NULL;
  gboolean truncated;
  g_autoptr(GPtrArray) names = NULL;

  if (next < 0 || !(_gln_records_is_title_line (line_at (records, i)) ||
                    _gln_records_is_name_like_title_over (records, i, next)))
    return FALSE;
  names = _gln_records_authors_of (line_at (records, next), &truncated, &venue);
  /* One name alone opens an entry only as try_block() takes it: "Full List" over the next
   * title is a heading. */
  if (names != NULL && names->len == 1 && line_at (records, next)->label == LABEL_NONE &&
      line_at (records, next)->meta != META_BYLINE)
    return backs_single_name (records, next) || is_lone_last_name (records, next) ||
           _gln_records_under_links (records, i) ||
           (venue != NULL && _gln_listing_find_year (venue) != 0);

  return names != NULL || _gln_records_title_over_blurb (records, next) == i;
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
      _gln_records_is_leading_marker (records, line) || g_str_has_prefix (line->text, "bib (full) "))
    return TRUE;
  if (line->text[0] == '[' && strchr (line->text, ']') != NULL &&
      strchr (line->text, ']') - line->text <= 10)
    return TRUE;  /* "[PDF] host.org" above a search result */
  if ((heading = _gln_records_parse_year_heading (line->text)) == NULL)
    return FALSE;
  next = _gln_listing_next_nonblank (records->page, i);

  return next < 0 || _gln_records_is_leading_marker (records, line_at (records, next)) ||
         opens_block (records, next);
}

/* "TLDR" and the line under it; a paragraph cut short ("…") above "Expand". */
static gboolean
is_summary (Records *records,
            int      i)
{
  int above = _gln_listing_prev_nonblank (records->page, i);
  int below = _gln_listing_next_nonblank (records->page, i);
  const char *text = line_at (records, i)->text;

  if (g_str_equal (text, "TLDR") ||
      (above >= 0 && g_str_equal (line_at (records, above)->text, "TLDR")))
    return TRUE;

  return below >= 0 && g_str_equal (line_at (records, below)->text, "Expand") &&
         (g_str_has_suffix (text, "…") || g_str_has_suffix (text, "..."));
}

/* "Abs Bib PDF", "Abstract Bib PDF Code" just above: the entry's abstract, its button
 * expanded (al-folio). The toggle comes first, links after it. */
static gboolean
under_abstract_toggle (Records *records,
                       int      i)
{
  int above = _gln_listing_prev_nonblank (records->page, i);
  const char *p;
  guint links = 0;

  if (above < 0)
    return FALSE;
  p = line_at (records, above)->text;
  if (g_ascii_strncasecmp (p, "abs ", 4) == 0)
    p += 4;
  else if (g_ascii_strncasecmp (p, "abstract ", 9) == 0)
    p += 9;
  else
    return FALSE;
  for (p = _gln_listing_skip_blanks (p); *p != '\0'; p = _gln_listing_skip_blanks (p), links++)
    {
      gsize n = strcspn (p, " ");

      if (!_gln_listing_is_link_word (p, n))
        return FALSE;
      p += n;
    }

  return links > 0;
}

/* The lines below an author line that belong to its entry: up to the next stop, title
 * or abstract. Returns the index after them, or -1 when an abstract follows (the entry is
 * then an abstract entry). Under an author line that ran on into its venue and year
 * ("A, B and C, Phys. Rev. E 81, 3 (2010)."), the entry is whole: a sentence under it is
 * a note ("The paper is selected for the cover."), and ends it. */
/* A card's teaser under its authors, when the card shows its venue over its title: one
 * sentence over the card's buttons. It is no abstract. */
static gboolean
is_teaser (Records *records,
           int      i,
           gboolean carded)
{
  ListingLine *line = line_at (records, i);
  int next;

  if (!carded || (line->kind != KIND_ABSTRACT && line->kind != KIND_TEXT) ||
      line->label != LABEL_NONE || _gln_listing_count_words_upto (line->text, 41) > 40 ||
      !_gln_listing_ends_sentence (line->text))
    return FALSE;
  next = _gln_listing_next_nonblank (records->page, i);

  return next >= 0 && _gln_records_is_button_line (line_at (records, next));
}

/* A one-line summary that closes an entry (a "TL;DR" under its year or venue): one short
 * sentence over the next entry or a heading. An abstract under the authors runs on for
 * sentences; this is none. */
#define MAX_SUMMARY_WORDS 24

static gboolean
is_closing_summary (Records *records,
                    int      i)
{
  ListingLine *line = line_at (records, i);
  int next;

  /* The cheap tests first: it is asked of every line under an author line. */
  if (line->kind != KIND_ABSTRACT || line->label != LABEL_NONE ||
      _gln_listing_count_words_upto (line->text, MAX_SUMMARY_WORDS + 1) > MAX_SUMMARY_WORDS ||
      !_gln_records_is_one_sentence (line->text) || !is_abstract (line))
    return FALSE;
  next = _gln_listing_next_nonblank (records->page, i);

  return next < 0 || opens_block (records, next) ||
         _gln_records_is_list_heading (line_at (records, next)->text);
}

/* The venue badge of the next card: over a title with its author line, on a page whose
 * first card shows one over its title. */
static gboolean
opens_card (Records *records,
            int      i)
{
  int next;

  if (!records->badges_lead || !_gln_records_is_venue_badge (line_at (records, i)))
    return FALSE;
  next = _gln_listing_next_nonblank (records->page, i);

  return next >= 0 && opens_block (records, next);
}

static int
trailing_end (Records *records,
              int      a,
              gboolean whole,
              gboolean carded)
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
      if (is_teaser (records, i, carded) || is_closing_summary (records, i))
        {
          taken += 4;
          text = TRUE;
          continue;
        }
      /* A long title ending in a period reads like a sentence: over an author line, it
       * is the next entry. */
      if (is_abstract (line) && line->label == LABEL_NONE && opens_block (records, i))
        return i;
      /* An abstract under the authors makes an abstract entry; one after other text, or
       * after the links that close a search result ("Save Cite Cited by 57"), is something
       * else (a footer, a notice) and ends this entry. */
      if (is_abstract (line) || line->meta == META_ABSTRACT_LABEL ||
          line->label == LABEL_ABSTRACT)
        {
          if ((text || closed) && is_abstract (line) && under_abstract_toggle (records, i))
            return i + 1;
          return text || closed || whole ? i : -1;
        }
      closed |= line->kind == KIND_META && line->meta == META_CITED;
      if (is_stop_line (records, i) || opens_block (records, i) || opens_card (records, i))
        return i;
      /* Labelled and meta lines hardly count: an arXiv entry shows many, a Semantic
       * Scholar one its fields and its count under "Expand". */
      if (g_str_equal (line->text, "Expand") || _gln_records_is_bare_count (line->text))
        continue;
      taken += line->kind == KIND_META || _gln_records_is_fields_of_study (line->text) ? 1 : 4;
      text |= line->kind != KIND_META;
    }

  return i >= 0 ? i : (int) page->lines->len;
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
  for (guint seen = 0; seen < 3 && (i = _gln_listing_prev_nonblank (records->page, i)) >= 0; seen++)
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
  fields.line = _gln_records_take_leading (records, &fields, t);
  _gln_listing_find_title (&fields, line_at (records, t)->text);
  fields.doubt = doubt;
  g_ptr_array_add (records->papers, _gln_listing_fields_finish (&fields));

  return TRUE;
}

/* Whether the title at t stands under its entry's links ("pdf bib abs", ACL Anthology)
 * or after them on its line ("pdf bib Title"), which vouch for it as much as a date under
 * the name would. */
gboolean
_gln_records_under_links (Records *records,
                          int      t)
{
  int above = _gln_listing_prev_nonblank (records->page, t);

  if (line_at (records, t)->linked)
    return TRUE;

  return above >= 0 && _gln_records_is_link_line (line_at (records, above), NULL) &&
         (!records->decided || !records->links_trail);
}

/* "\"Title\"", "“Title”": a title in quotes, as some lab pages show them, without them;
 * typed by hand, the two may differ ("\"Title”"). */
static void
strip_quotes (char *title)
{
  gsize len;
  gsize open = 0;
  gsize close = 0;

  if (title == NULL)
    return;
  len = strlen (title);
  if (title[0] == '"')
    open = 1;
  else if (g_str_has_prefix (title, "\u201c"))
    open = strlen ("\u201c");
  if (len > 0 && title[len - 1] == '"')
    close = 1;
  else if (g_str_has_suffix (title, "\u201d"))
    close = strlen ("\u201d");
  if (open == 0 || close == 0 || len <= open + close ||
      memchr (title + open, '"', len - open - close) != NULL)
    return;
  memmove (title, title + open, len - open - close);
  title[len - open - close] = '\0';
}

/* The venue of an author line that runs on into it. The astronomers' "2014, in Proc. of
 * X, Oslo, June 2014" opens with the paper's year; a date further on is the meeting's. */
static void
read_venue (ListingFields *fields,
            const char    *venue)
{
  int year = _gln_listing_year_at (venue, venue);

  if (year != 0 && venue[4] == ',')
    {
      g_autofree char *shown = g_strndup (venue, 4);

      _gln_listing_set_shown_date (fields, shown, year, 0, 0);
    }
  _gln_listing_find_venue_line (fields, venue);
  /* "Phys. Rev. E 81, 031404 (2010). doi:10.1103/…": the paper's DOI after its venue. */
  _gln_listing_find_ids (fields, venue);
}

/* A title line t with its author line a below it, and what follows; venue is where the
 * venue starts on the author line, after the names, or NULL. */
/* Whether every word of text names a link: "Bib PDF", "Bib". */
static gboolean
is_links_only (const char *text)
{
  const char *p = text;

  if (*p == '\0')
    return FALSE;
  while (*p != '\0')
    {
      gsize n = strcspn (p, " ");

      if (!_gln_listing_is_link_word (p, n))
        return FALSE;
      p = _gln_listing_skip_blanks (p + n);
    }

  return TRUE;
}

/* "KBS", "IEEE Access", "NeurIPS": a venue's abbreviation as a badge, up to three
 * capitalized words of letters with two capitals or more. */
static gboolean
is_badge (const char *text)
{
  guint capitals = 0;
  guint words = 1;

  if (strlen (text) > 20 || !g_ascii_isupper (text[0]))
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == ' ' && g_ascii_isupper (p[1]) && ++words <= 3)
        continue;
      if (!g_ascii_isalpha (*p))
        return FALSE;
      capitals += g_ascii_isupper (*p) != 0;
    }

  return capitals >= 2;
}

/* A badge over the title at t (al-folio shows the venue's), under a year heading or the
 * links of the entry above: the line the entry starts at, marked; -1 when there is none. */
static int
take_badge (Records *records,
            int      t)
{
  int b = _gln_listing_prev_nonblank (records->page, t);
  int above;
  g_autofree char *year = NULL;

  if (b < 0 || !is_badge (line_at (records, b)->text))
    return -1;
  /* Above it: the links, the year, or the page's own lines (an expanded BibTeX entry). */
  if ((above = _gln_listing_prev_nonblank (records->page, b)) >= 0 &&
      !is_links_only (line_at (records, above)->text) &&
      line_at (records, above)->kind != KIND_CHROME &&
      (year = _gln_records_parse_year_heading (line_at (records, above)->text)) == NULL)
    return -1;
  mark (records, b);

  return line_at (records, b)->number;
}

/* Whether the line at t ends the paragraph above it rather than opening the block of the
 * line at a: a blank line stands between t and a, none above t. A CV's list ("Research
 * Intern, May 2021." over "Mentors: Dr. A, Dr. B") ends so, over the next item's place
 * ("Cobalt Systems."), which reads like a name. */
static gboolean
ends_paragraph (Records *records,
                int      t,
                int      a)
{
  ListingLine *above = t > 0 ? line_at (records, t - 1) : NULL;
  g_autofree char *year = NULL;

  /* A year heading, the page's chrome or the entry above, right over a title, open it. */
  if (a == t + 1 || above == NULL || above->kind == KIND_BLANK || above->kind == KIND_RECORD ||
      above->kind == KIND_CHROME)
    return FALSE;
  year = _gln_records_parse_year_heading (above->text);

  return year == NULL;
}

/* Whether a "VENUE · 2025" badge stands over the title at t and opens its card. The
 * first block tells whether this page puts them over its titles, or under the names,
 * where one is the venue of the block above. */
static gboolean
is_carded (Records *records,
           int      t)
{
  int badge = _gln_listing_prev_nonblank (records->page, t);
  gboolean carded = badge >= 0 && _gln_records_is_venue_badge (line_at (records, badge));

  if (!records->badges_decided)
    {
      records->badges_decided = TRUE;
      records->badges_lead = carded;
    }

  return carded && records->badges_lead;
}

gboolean
_gln_records_try_block (Records    *records,
                        int         t,
                        int         a,
                        GPtrArray  *names,
                        gboolean    truncated,
                        const char *venue)
{
  g_auto(ListingFields) fields = { NULL, };
  ListingLine *title = line_at (records, t);
  gboolean single;
  gboolean carded;
  int badge;
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
                 _gln_listing_looks_like_heading (title->text) || ends_paragraph (records, t, a) ||
                 !(backs_single_name (records, a) || is_lone_last_name (records, a) ||
                   _gln_records_under_links (records, t) ||
                   (venue != NULL && _gln_listing_find_year (venue) != 0))))
    return FALSE;
  /* The first block tells where this page puts an entry's links: above its title or
   * below its authors. */
  if (!records->decided)
    {
      int above = _gln_listing_prev_nonblank (records->page, t);

      records->decided = TRUE;
      records->links_trail = !title->linked &&
                             (above < 0 || !_gln_records_is_link_line (line_at (records, above), NULL));
    }
  carded = is_carded (records, t);
  if ((end = trailing_end (records, a,
                           venue != NULL && _gln_listing_ends_in_year_parens (venue),
                           carded)) < 0)
    return FALSE;

  _gln_listing_fields_init (&fields, records->page->year);
  fields.line = _gln_records_take_leading (records, &fields, t);
  if (fields.line == title->number &&
      ((carded && (badge = _gln_records_take_venue_badge (records, &fields, t)) >= 0) ||
       (badge = take_badge (records, t)) >= 0))
    fields.line = badge;
  _gln_listing_find_title (&fields, title->text);
  strip_quotes (fields.title);
  /* "Title of the article.": PubMed ends its titles with a period. */
  if (fields.title != NULL && g_str_has_suffix (fields.title, ".") &&
      !g_str_has_suffix (fields.title, ".."))
    fields.title[strlen (fields.title) - 1] = '\0';
  /* A search result's byline also gives the year and perhaps an arXiv id. */
  if (line_at (records, a)->meta == META_BYLINE)
    _gln_listing_find_byline (&fields, line_at (records, a));
  else
    {
      /* The author line wins over names run together with the title. */
      g_clear_pointer (&fields.authors, g_ptr_array_unref);
      fields.authors = g_ptr_array_ref (names);
      fields.truncated = truncated;
    }
  if (venue != NULL)
    read_venue (&fields, venue);
  mark (records, t);
  mark (records, a);
  for (int i = a + 1; i < end; i++)
    {
      ListingLine *line = line_at (records, i);

      if (line->kind == KIND_BLANK)
        continue;
      if (_gln_records_is_fields_of_study (line->text) || is_summary (records, i) ||
          is_teaser (records, i, carded) || is_closing_summary (records, i))
        ;
      else if (_gln_records_is_bare_count (line->text) && strlen (line->text) != 4)
        _gln_records_read_bare_count (records, &fields, i);
      else if (is_abstract (line))
        _gln_listing_find_abstract (&fields, line->text);
      else
        _gln_records_read_trailing (&fields, line);
      mark (records, i);
    }
  _gln_records_finish_record (records, &fields);

  return TRUE;
}

/* A title after its links with an identifier but no authors under it ("pdf bib
 * Advertisements" over "[J00-1007]:"): the front matter of a journal issue. */
gboolean
_gln_records_try_unauthored (Records *records,
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
