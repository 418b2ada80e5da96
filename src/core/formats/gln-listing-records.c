/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include "gln-listing-records-private.h"

#include <string.h>

/* Papers shown without an abstract: bibliographic pages list a title with its authors and
 * venue instead. This pass runs before the entries are assembled around abstracts and
 * takes the lines of each such paper out of their way (KIND_RECORD). It finds
 *
 *   citations    one line per paper (gln-listing-citation.c), as lab pages show them;
 *   author lines "Alice Smith, Bob Jones:" above "Title. Venue (2023)" (DBLP), both
 *                tried in gln-listing-records-cited.c;
 *   blocks       a title line, an author line under it ("A | B", "A Smith, B Jones, ...",
 *                "Authors: …", lab pages' quoted "Smith, J., & Jones, B." and "A*, B† ·
 *                Venue"), then venue, year, counts, up to the next paper (ACL Anthology,
 *                Google Scholar profiles, arXiv lists without abstracts, lab pages), or
 *                the authors above their title; tried in gln-listing-records-block.c.
 *
 * A block whose author line is followed by an abstract is left to the abstract entries.
 * A year heading ("2022", "[2023]") dates the papers under it that show no date; the lines
 * under a heading of talks, grants or patents are no papers (gln-listing-records-headings.c). */

/* "[j12]" (DBLP), "[1] arXiv:…": lines that open an entry above its title. */
gboolean
_gln_records_is_entry_marker (const ListingLine *line)
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

/* "→ [pdf] [overviewproject.org] [IEEE link] [project page]": labels in brackets, one of
 * them a link's word, an arrow before them perhaps. */
#define MAX_BRACKETED_LABEL 40

static gboolean
is_bracketed_links (const char *p,
                    gboolean   *code)
{
  guint groups = 0;
  gboolean linked = FALSE;

  if (g_str_has_prefix (p, "\u2192 "))
    p += strlen ("\u2192 ");
  while (*p == '[')
    {
      const char *close = strchr (p, ']');
      const char *label = _gln_listing_skip_blanks (p + 1);
      gsize n;

      if (close == NULL || close - p > MAX_BRACKETED_LABEL)
        return FALSE;
      for (n = close - label; n > 0 && label[n - 1] == ' '; n--)
        ;
      linked |= _gln_listing_is_link_word (label, n);
      *code |= _gln_listing_equal_ci (label, n, "code");
      groups++;
      p = _gln_listing_skip_blanks (close + 1);
    }

  return *p == '\0' && groups >= 2 && linked;
}

/* "pdf bib abs", "PDF Code Slides", "[PDF] [Code]": the links of an entry. *code is set
 * when one of them is to its code. */
gboolean
_gln_records_is_link_line (const ListingLine *line,
                           gboolean          *code)
{
  const char *p = line->text;
  guint words = 0;
  gboolean has_code = FALSE;

  if ((*p == '[' || g_str_has_prefix (p, "\u2192 [")) && is_bracketed_links (p, &has_code))
    {
      if (code != NULL)
        *code = has_code;
      return TRUE;
    }
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

/* The links of an entry, or a card's buttons ("PDF DOI Source Details"). */
gboolean
_gln_records_is_button_line (const ListingLine *line)
{
  return _gln_records_is_link_line (line, NULL) || _gln_listing_opens_with_button (line->text);
}

/* Whether a line opens the entry below it: an entry marker, or the links where this page
 * puts them above the title (ACL Anthology) rather than below (lab pages). */
gboolean
_gln_records_is_leading_marker (Records           *records,
                                const ListingLine *line)
{
  return _gln_records_is_entry_marker (line) || (!records->links_trail && _gln_records_is_link_line (line, NULL));
}

static GPtrArray *
read_authors (ListingLine  *line,
              gboolean     *truncated,
              const char  **venue)
{
  g_autoptr(GPtrArray) names = NULL;

  *venue = NULL;
  if (line->label == LABEL_AUTHORS)
    return _gln_listing_parse_author_list (line->text, TRUE, truncated);
  if (line->kind == KIND_META && line->meta == META_BYLINE)
    {
      *truncated = line->byline_truncated;
      return g_ptr_array_ref (line->byline);
    }
  /* "Abs Bib PDF" are an entry's links, not a person. */
  if (line->label != LABEL_NONE || _gln_records_is_link_line (line, NULL) ||
      _gln_listing_opens_with_button (line->text))
    return NULL;
  names = _gln_listing_parse_author_line (line->text, truncated, venue);
  if (names != NULL && _gln_listing_names_organisation (names))
    {
      *venue = NULL;
      return NULL;
    }

  return g_steal_pointer (&names);
}

/* The names of an author line, read once per line and kept (a new reference each time). */
GPtrArray *
_gln_records_authors_of (ListingLine  *line,
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
gboolean
_gln_records_is_fields_of_study (const char *text)
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
gboolean
_gln_records_is_bare_count (const char *text)
{
  if (!g_ascii_isdigit (*text))
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p) && !(*p == ',' && g_ascii_isdigit (p[1]) && p > text))
      return FALSE;

  return strlen (text) <= 11;
}

/* No sentence ends inside the text: ". " before a capital, not after "vs" or an initial. */
gboolean
_gln_records_is_one_sentence (const char *text)
{
  return _gln_listing_count_breaks_upto (text, 0) == 0;
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

/* "Finalist of Best System Paper - RSS, 2020", "Associate Editor - IEEE ICRA, 2022-Present":
 * an item of a CV's lists (an award, a role) ends in " - " with a place and its year. A
 * title does not end in a year. */
static gboolean
ends_with_dashed_year (const char *text)
{
  gsize n = strlen (text);
  const char *dash;

  if (n > 10 && (g_str_has_suffix (text, "-Present") || g_str_has_suffix (text, "-present")))
    n -= strlen ("-Present");
  /* The year first: most lines end otherwise. */
  if (n < 10 || !g_ascii_isdigit (text[n - 1]) || strchr (",-– ", text[n - 5]) == NULL ||
      _gln_listing_year_at (text, text + n - 4) == 0 || (dash = g_strrstr (text, " - ")) == NULL)
    return FALSE;

  return _gln_listing_count_words_upto (dash, 8) <= 7;
}

/* Whether a line may be the title above an author line: text, or a title label. */
gboolean
_gln_records_may_be_title (ListingLine *line)
{
  return (line->kind == KIND_TEXT || line->kind == KIND_ABSTRACT) &&
         (line->label == LABEL_NONE || line->label == LABEL_TITLE);
}

gboolean
_gln_records_is_title_line (ListingLine *line)
{
  g_autofree char *heading = NULL;
  gboolean truncated;
  g_autoptr(GPtrArray) names = NULL;

  if (!_gln_records_may_be_title (line))
    return FALSE;
  /* A long title ending in a period (PubMed) reads like a sentence; an abstract has more
   * than one. */
  if (line->kind == KIND_ABSTRACT &&
      (_gln_listing_count_words_upto (line->text, 30) >= 30 || !_gln_records_is_one_sentence (line->text)))
    return FALSE;
  /* "Bib Export formats:" is a label, not a title; "Source code: https://…" a link. */
  if (_gln_listing_count_words_upto (line->text, 2) < 2 || _gln_records_is_entry_marker (line) ||
      strstr (line->text, "://") != NULL ||
      _gln_records_is_link_line (line, NULL) || g_str_has_suffix (line->text, ":") ||
      ends_with_volume_year (line->text) || _gln_records_names_kinds (line->text) ||
      (heading = _gln_records_parse_year_heading (line->text)) != NULL)
    return FALSE;
  names = _gln_records_authors_of (line, &truncated, NULL);

  return names == NULL && !_gln_listing_has_link_cells (line->text) &&
         !ends_with_dashed_year (line->text);
}

/* What a line below the authors shows: a venue with its year and citation count
 * ("Venue 30\t1234\t2017", "Venue, 2021"), or a labelled field. */
void
_gln_records_read_trailing (ListingFields *fields,
                            ListingLine   *line)
{
  ListingMetaKind meta = line->kind == KIND_META ? line->meta : META_NONE;
  g_autofree char *year = _gln_records_parse_year_heading (line->text);
  gboolean code = FALSE;

  /* "PDF Code Slides": a link to the code, whose address the copy does not show. */
  if (_gln_records_is_link_line (line, &code))
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
  /* "Virtual Conference, December 2021.": the day the paper was given, rather than the
   * year heading it sits under. */
  if (!fields->dated && line->kind != KIND_ABSTRACT && line->kind != KIND_CHROME)
    _gln_listing_find_month_date (fields, line->text);
}

/* A count alone under a paper's lines is how often it was cited (Semantic Scholar), unless
 * it stands among other counts: the page numbers below the last paper. */
void
_gln_records_read_bare_count (Records       *records,
                              ListingFields *fields,
                              int            i)
{
  int before = _gln_listing_prev_nonblank (records->page, i);
  int after = _gln_listing_next_nonblank (records->page, i);
  gint64 count = 0;

  if ((before >= 0 && _gln_records_is_bare_count (line_at (records, before)->text)) ||
      (after >= 0 && _gln_records_is_bare_count (line_at (records, after)->text)) ||
      fields->cited_by >= 0)
    return;
  for (const char *p = line_at (records, i)->text; *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      count = count * 10 + (*p - '0');
  fields->cited_by = (int) MIN (count, G_MAXINT);
}

void
_gln_records_finish_record (Records       *records,
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

/* The leading marker above line i, read and marked; the line number the entry starts at. */
guint
_gln_records_take_leading (Records       *records,
                           ListingFields *fields,
                           int            i)
{
  int above = _gln_listing_prev_nonblank (records->page, i);
  ListingLine *line;

  if (above < 0 || !_gln_records_is_leading_marker (records, line = line_at (records, above)))
    return line_at (records, i)->number;
  if (line->kind == KIND_META && line->meta == META_ARXIV)
    _gln_listing_find_arxiv_id (fields, line->text);
  mark (records, above);

  return line->number;
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
  int above = _gln_listing_prev_nonblank (records->page, i);
  gboolean truncated;
  g_autoptr(GPtrArray) names = NULL;

  if (next < 0 || !line_at (records, next)->linked || line->linked || line->with_id ||
      (line->kind != KIND_TEXT && line->kind != KIND_META) ||
      _gln_listing_is_bare_id (line->text) || _gln_records_is_leading_marker (records, line))
    return FALSE;
  /* The author line of a title above that was not understood is none. */
  if (above >= 0 && line_at (records, above)->linked)
    return FALSE;
  names = _gln_records_authors_of (line, &truncated, NULL);

  return names == NULL;
}

static void
try_line (Records *records,
          int      i)
{
  ListingLine *line = line_at (records, i);
  int t = _gln_listing_prev_nonblank (records->page, i);
  int over;
  const char *venue = NULL;
  gboolean truncated = FALSE;
  gboolean titled;
  g_autoptr(GPtrArray) names = NULL;

  /* "2019. Title" over the names, the venue and the links. */
  if (_gln_records_try_year_titled (records, i))
    return;
  /* A listing's card: its title, tags and teaser over the date and the authors. */
  if (line->kind == KIND_META && line->meta == META_DATE &&
      _gln_records_try_dated_card (records, i))
    return;
  /* A lab's stacked block: title, names one a line, the year alone. */
  if (_gln_records_try_stacked (records, i))
    return;
  /* A run of "Title, VENUE 2019" lines. */
  if (_gln_records_try_venued (records, i))
    return;
  names = _gln_records_authors_of (line, &truncated, &venue);
  /* APA split over lines: "Names (2019)" over the title over the venue. */
  if (names != NULL && (venue == NULL || _gln_records_is_closing_year (venue)) &&
      _gln_records_try_names_year_first (records, i, names, truncated))
    return;
  /* The names over the title over a line of bracketed links. */
  if (names != NULL && _gln_records_try_linked_block (records, i, names, truncated))
    return;
  if (names != NULL && t >= 0 && (over = _gln_records_title_over_blurb (records, t)) >= 0)
    {
      if (_gln_records_try_block (records, over, i, names, truncated, venue))
        mark (records, t);
      return;
    }
  /* An author line under its title is one, even where it could be read as a citation
   * ("Dongsung T. Park, …, H.-S. Sim, … · Venue (2021)" as "Family I. Title. Venue"). A
   * title under its links may read like a list of names: "Tokenizer Fertility Predicts
   * Cross-Lingual Transfer". */
  titled = names != NULL && t >= 0 && _gln_records_may_be_title (line_at (records, t)) &&
           (_gln_records_is_title_line (line_at (records, t)) ||
            _gln_records_is_name_like_title (records, t, i, names, venue) ||
            (line_at (records, t)->kind == KIND_TEXT && line_at (records, t)->label == LABEL_NONE &&
             _gln_records_under_links (records, t)));
  if (titled && _gln_records_try_block (records, t, i, names, truncated, venue))
    return;
  if (_gln_records_try_citation (records, i) || _gln_records_try_author_colon (records, i) ||
      _gln_records_try_unauthored (records, i) || _gln_records_try_citation_above (records, i))
    return;
  if (names != NULL && !titled)
    _gln_records_try_author_first (records, i, names, truncated);
}

/* "Preprints & Other Publications" after the papers of the last year heading, over a
 * citation: a heading of another kind, which ends the year's section. Only where the year's
 * papers came right under it, for "2021 / Journals / … / Conferences / …" sorts each year
 * by kind. */
static gboolean
ends_year_section (Records *records,
                   int      i)
{
  ListingLine *line = line_at (records, i);
  int next = _gln_listing_next_nonblank (records->page, i);
  g_auto(ListingFields) probe = { NULL, };
  gsize len = strlen (line->text);

  if (line->kind != KIND_TEXT || line->linked || len == 0 || strchr (".:,;", line->text[len - 1]) != NULL ||
      _gln_listing_count_words_upto (line->text, 9) > 8 || !g_unichar_isupper (g_utf8_get_char (line->text)) ||
      next < 0 || !_gln_listing_may_be_citation (line_at (records, next)->text))
    return FALSE;
  _gln_listing_fields_init (&probe, records->page->year);

  return _gln_listing_parse_citation (line_at (records, next)->text, &probe);
}

void
_gln_listing_find_records (ListingPage *page)
{
  Records records = { page, page->records, NULL, NULL, FALSE, FALSE, FALSE };
  guint under = 0;         /* papers under the year heading */
  gboolean direct = FALSE; /* whether the first came right under it */
  gboolean non_papers = FALSE;  /* under a heading of talks or grants */
  gboolean patents = FALSE; /* whether the lines are under a heading of patents */

  for (guint i = 0; i < page->lines->len; i++)
    {
      ListingLine *line = _gln_listing_line_at (page, i);
      Section section;
      char *heading;

      const char *text;
      char plain[MAX_HEADING_BYTES + 1];

      if (line->kind == KIND_BLANK || line->kind == KIND_RECORD)
        continue;
      text = _gln_records_heading_text (line->text, plain);
      /* The talks or grants under their heading are no papers, whatever they show. Only a
       * page with such a heading has its lines asked which other heading ends them. */
      if (!non_papers)
        non_papers = _gln_records_opens_non_papers (text);
      else if ((section = _gln_records_section_heading (text)) != SECTION_NONE)
        non_papers = section == SECTION_NON_PAPERS;
      else
        continue;
      /* The patents a CV lists have inventors, a title and a date, as papers do; the
       * heading over them tells them apart, up to the next heading or year. */
      if (_gln_records_is_list_heading (line->text) ||
          (!patents && _gln_records_is_patents_heading (line->text)))
        patents = _gln_records_opens_patents (page, i);
      else if (patents && (heading = _gln_records_parse_year_heading (line->text)) != NULL)
        {
          /* A year heading starts the papers again. */
          g_free (heading);
          patents = FALSE;
        }
      else if (patents)
        {
          line->kind = KIND_CHROME;
          continue;
        }
      if ((heading = _gln_records_parse_year_heading (line->text)) != NULL)
        {
          g_free (records.heading);
          records.heading = heading;
          under = 0;
          direct = TRUE;
          continue;
        }
      if (records.heading != NULL && under > 0 && direct && ends_year_section (&records, i))
        g_clear_pointer (&records.heading, g_free);
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
      else if (line->kind != KIND_CHROME && !line->prose)
        {
          guint before = records.papers->len;

          try_line (&records, i);
          /* A patent has inventors, a title and a date, as a paper does: its venue tells
           * it apart. Its lines stay taken. */
          if (records.papers->len > before &&
              _gln_records_is_patent (g_ptr_array_index (records.papers, before)))
            g_ptr_array_set_size (records.papers, before);
          if (records.papers->len > before)
            under++;
          else if (under == 0)
            direct = FALSE;
        }
    }
  g_free (records.heading);
  g_free (records.volume);
}
