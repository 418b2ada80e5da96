/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include "gln-listing-records-private.h"
#include "gln-listing-citation-private.h"

#include <string.h>

/* Papers shown as citations (gln-listing-records.c finds them): one line per paper or a
 * citation wrapped over a few lines (gln-listing-citation.c reads each), DBLP's "Alice
 * Smith, Bob Jones:" over "Title. Venue (2023)", and a lab page's numbered citation above
 * its title; and the patents among them, told apart by their venue. */

/* 2 when the quoted citation at i ends in a comma and its place and date stand on the line
 * under it, as a table cell broke it ("…, Workshop 2019," over "Lyon, France, April 2-4,
 * 2019."); 0 otherwise. */
static guint
place_below (Records    *records,
             int         i,
             const char *text)
{
  gsize len = strlen (text);
  ListingLine *next;
  const char *end;

  if (len == 0 || text[len - 1] != ',' || (guint) i + 1 >= records->page->lines->len)
    return 0;
  next = line_at (records, i + 1);
  len = strlen (next->text);
  if (next->kind != KIND_TEXT || next->label != LABEL_NONE || len > 200 || len < 6 ||
      strchr (next->text, '"') != NULL || strchr (next->text, '\t') != NULL ||
      !g_unichar_isupper (g_utf8_get_char (next->text)))
    return 0;
  end = next->text + len - (next->text[len - 1] == '.');

  return _gln_listing_year_at (next->text, end - 4) != 0 ? 2 : 0;
}

/* "Title<TAB>A. Smith, B. Jones. Journal 12 (2021)": a table's title column, then the
 * names and the venue in the next, read as the citation they make. */
static gboolean
title_cells (const char    *text,
             ListingFields *fields)
{
  const char *tab = strchr (text, '\t');
  const char *cell;
  const char *stop;
  g_autofree char *title = NULL;
  g_autofree char *joined = NULL;

  if (tab == NULL || tab - text > 400 || strlen (tab) > 1000 || strchr (tab + 1, '\t') != NULL)
    return FALSE;
  cell = _gln_listing_skip_blanks (tab + 1);
  /* The names end at the first period after a family name, not after an initial. */
  for (stop = strstr (cell, ". "); stop != NULL; stop = strstr (stop + 2, ". "))
    if (stop - cell >= 2 && g_ascii_islower (stop[-1]))
      break;
  if (stop == NULL || strchr (text, '"') != NULL)
    return FALSE;
  title = g_strndup (text, tab - text);
  g_strstrip (title);
  joined = g_strdup_printf ("%.*s, \"%s\", %s", (int) (stop - cell), cell, title, stop + 2);

  return _gln_listing_may_be_citation (joined) && _gln_citation_parse_quoted (joined, fields) &&
         g_strcmp0 (fields->title, title) == 0;
}

/* "Alice Smith, Bob Jones:" above "Title. Venue (2023)". */
gboolean
_gln_records_try_author_colon (Records *records,
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
  fields.line = _gln_records_take_leading (records, &fields, a);
  g_clear_pointer (&fields.authors, g_ptr_array_unref);
  fields.authors = g_steal_pointer (&names);
  fields.truncated = truncated;
  mark (records, a);
  mark (records, t);
  _gln_records_finish_record (records, &fields);

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
      _gln_records_is_entry_marker (line) || _gln_records_is_link_line (line, NULL) || opens_with_surname_initials (text))
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

/* How a citation opens: with a capital, or a letter outside ASCII's ("β-Catenin …",
 * "𝛽+ Gamow-Teller …": a title's symbol). */
static gboolean
opens_citation (const char *text)
{
  gunichar c = g_utf8_get_char (text);

  return g_unichar_isupper (c) || (c >= 0x80 && g_unichar_isalpha (c));
}

/* Whether the page shows a layout, asked of it once: *state is 0 until then, 1 for no,
 * 2 for yes. */
static gboolean
page_shows (Records  *records,
            guint    *state,
            gboolean (*ask) (ListingPage *page))
{
  if (*state == 0)
    *state = ask (records->page) ? 2 : 1;

  return *state == 2;
}

/* "Title, Lena Brandt, Sunil Iyer.", with a badge cell or a venue perhaps, or "Title,
 * L. Brandt et al., Phys. Rev. C 99, 014601 (2019)"; on FALSE, fields are fresh again. */
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
  if (_gln_listing_parse_title_initials (text, fields))
    return TRUE;
  _gln_listing_fields_clear (fields);
  _gln_listing_fields_init (fields, records->page->year);
  /* "Title, A and B, Venue 2019": one name alone counts on a page of such lines. */
  if (_gln_listing_parse_title_anded (text, fields) &&
      (fields->authors->len >= 2 ||
       page_shows (records, &records->title_anded, _gln_listing_page_title_anded)))
    return TRUE;
  _gln_listing_fields_clear (fields);
  _gln_listing_fields_init (fields, records->page->year);

  return FALSE;
}

/* "JD Okafor, A Brandt. Title. Journal 10: 1-9." under a year heading, which dates it
 * where it shows no year (gln-listing-initials-first.c). On FALSE, fields are fresh
 * again, or untouched where the line does not open so (title_first() clears them). */
static gboolean
initials_first (Records       *records,
                const char    *text,
                ListingFields *fields)
{
  if (records->initials_first == 1 || !_gln_listing_opens_initials (text))
    return FALSE;
  _gln_listing_fields_clear (fields);
  _gln_listing_fields_init (fields, records->page->year);
  /* The page is asked once, and only once a line reads so. */
  if (_gln_listing_parse_initials_first (text, fields) &&
      (fields->dated || records->heading != NULL) &&
      page_shows (records, &records->initials_first, _gln_listing_page_initials_first))
    return TRUE;
  _gln_listing_fields_clear (fields);
  _gln_listing_fields_init (fields, records->page->year);

  return FALSE;
}

/* "2023 - Okafor, M., Brandt, L. Title. Journal, 9(3), 45.", "Under review - …": a
 * citation after the year or the state the page writes before it; the year is its date
 * where the citation shows none. On FALSE, fields are fresh again. */
static gboolean
year_first (Records       *records,
            const char    *text,
            ListingFields *fields)
{
  g_autofree char *year = NULL;
  const char *rest = _gln_listing_strip_year_first (text, &year);

  if (rest == NULL)
    return FALSE;
  if (_gln_listing_parse_citation (rest, fields))
    {
      if (year != NULL && !fields->dated)
        _gln_listing_set_shown_date (fields, year, _gln_listing_year_at (year, year), 0, 0);
      return TRUE;
    }
  _gln_listing_fields_clear (fields);
  _gln_listing_fields_init (fields, records->page->year);
  if (_gln_listing_parse_pairs_citation (rest, TRUE, year, fields))
    return TRUE;
  _gln_listing_fields_clear (fields);
  _gln_listing_fields_init (fields, records->page->year);

  return FALSE;
}

static void
fields_free (gpointer data)
{
  _gln_listing_fields_clear (data);
  g_free (data);
}

/* Whether text[0:end] closes a citation: "(2003)", then at most three words of links
 * ("PubMed", "Open_Access PubMed Supplement"). Read from the end, without a copy: an
 * abstract may have many dashes. */
static gboolean
closes_with_year (const char *text,
                  gsize       end)
{
  gsize i = end;
  guint words = 0;

  while (i > 0 && text[i - 1] != ')')
    {
      char c = text[i - 1];

      if (c == ' ')
        words += i < end && text[i] != ' ';
      else if (!g_ascii_isalpha (c) && c != '_')
        return FALSE;
      if (words > 3)
        return FALSE;
      i--;
    }

  return i >= 6 && text[i - 6] == '(' && _gln_listing_year_at (text, text + i - 5) != 0;
}

/* "A B, C D. Title. Venue 19:1-9 (2003) PubMed - E F. Title. Venue 15:72 (1999) PubMed":
 * a page's last list item may run its citations together, " - " between them (a list
 * item the page's Markdown did not break). The pieces, or NULL for one citation. */
static GPtrArray *
split_citation_run (const char *text)
{
  g_autoptr(GPtrArray) pieces = g_ptr_array_new_with_free_func (g_free);
  const char *start = text;

  for (const char *dash = strstr (text, " - "); dash != NULL; dash = strstr (dash + 3, " - "))
    if (closes_with_year (start, dash - start) && opens_citation (dash + 3))
      {
        g_ptr_array_add (pieces, g_strndup (start, dash - start));
        start = dash + 3;
      }
  if (pieces->len == 0)
    return NULL;
  g_ptr_array_add (pieces, g_strdup (start));

  return g_steal_pointer (&pieces);
}

/* The citations of a line that runs several together, each a paper of that line; FALSE
 * unless every piece reads as a citation. */
static gboolean
try_citation_run (Records    *records,
                  int         i,
                  const char *text)
{
  g_autoptr(GPtrArray) pieces = split_citation_run (text);
  g_autoptr(GPtrArray) read = NULL;

  if (pieces == NULL)
    return FALSE;
  read = g_ptr_array_new_with_free_func (fields_free);
  for (guint k = 0; k < pieces->len; k++)
    {
      ListingFields *fields = g_new0 (ListingFields, 1);
      const char *piece = g_ptr_array_index (pieces, k);

      _gln_listing_fields_init (fields, records->page->year);
      g_ptr_array_add (read, fields);
      if (!year_first (records, piece, fields) &&
          !(_gln_listing_may_be_citation (piece) && _gln_listing_parse_citation (piece, fields)))
        return FALSE;
    }
  for (guint k = 0; k < read->len; k++)
    {
      ListingFields *fields = g_ptr_array_index (read, k);

      fields->line = k == 0 ? _gln_records_take_leading (records, fields, i)
                            : line_at (records, i)->number;
      _gln_records_finish_record (records, fields);
    }
  mark (records, i);

  return TRUE;
}

gboolean
_gln_records_try_citation (Records *records,
                           int      i)
{
  g_auto(ListingFields) fields = { NULL, };
  g_autoptr(GString) joined = NULL;
  ListingLine *line = line_at (records, i);
  /* "[12] Smith, J., …", "3. Luo G, …": publication lists number their citations. */
  const char *text = _gln_listing_strip_numbering (line->text);
  const char *year_cell = NULL;
  guint wrapped = 0;
  gboolean read;

  if (!is_citation_text (line))
    return FALSE;
  /* "2021<TAB>Smith, J. (2021). Title. …": a table's year column before the citation. */
  if (g_ascii_isdigit (*text) && _gln_listing_year_at (text, text) != 0 && text[4] == '\t')
    {
      year_cell = text;
      text = _gln_listing_skip_blanks (text + 5);
    }
  _gln_listing_fields_init (&fields, records->page->year);
  /* The citations that open otherwise than with a name or title: after their year or
   * state, or with a title in quotes. */
  read = year_first (records, text, &fields) || _gln_listing_parse_quoted_unnamed (text, &fields);
  if (!read && (read = _gln_listing_parse_quoted_first (text, &fields)))
    wrapped = place_below (records, i, text);
  if (!read && year_cell != NULL && !(read = title_cells (text, &fields)))
    {
      _gln_listing_fields_clear (&fields);
      _gln_listing_fields_init (&fields, records->page->year);
    }
  if (!read && !opens_citation (text))
    return FALSE;
  if (try_citation_run (records, i, text))
    {
      _gln_listing_fields_clear (&fields);
      return TRUE;
    }
  /* "Title — Names — Venue": the dashes tell a title first before the styles are tried,
   * whose readers would take the title's first words for names. */
  if (!read && !_gln_listing_parse_title_dashes (text, &fields) &&
      !_gln_listing_parse_middots (text, &fields) &&
      !_gln_listing_parse_single_quoted (text, &fields) &&
      !(_gln_listing_may_be_citation (text) && _gln_listing_parse_citation (text, &fields)) &&
      !initials_first (records, text, &fields) && !title_first (records, text, &fields))
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
  /* The first citation tells where this page puts an entry's links, as the first block
   * does: "[pdf] [video]" under each citation trail it. */
  if (!records->decided)
    {
      int above = _gln_listing_prev_nonblank (records->page, i);

      records->decided = TRUE;
      records->links_trail = above < 0 ||
                             !_gln_records_is_link_line (line_at (records, above), NULL);
    }
  if (year_cell != NULL && !fields.dated)
    {
      g_autofree char *shown = g_strndup (year_cell, 4);

      _gln_listing_set_shown_date (&fields, shown, _gln_listing_year_at (shown, shown), 0, 0);
    }
  fields.line = _gln_records_take_leading (records, &fields, i);
  for (guint k = 0; k < MAX (wrapped, 1); k++)
    mark (records, i + k);
  _gln_records_finish_record (records, &fields);

  return TRUE;
}

/* "(91) Names, Venue (2026)." over its title line (a lab page's numbered list). */
gboolean
_gln_records_try_citation_above (Records *records,
                                 int      i)
{
  g_auto(ListingFields) fields = { NULL, };
  g_auto(ListingFields) probe = { NULL, };
  int t = _gln_listing_next_nonblank (records->page, i);
  ListingLine *title;
  gsize len;

  /* A numbered line opens an entry of its own, not the title of the one above. */
  if (!is_citation_text (line_at (records, i)) || t < 0 ||
      !is_citation_text (title = line_at (records, t)) || !_gln_records_is_title_line (title) ||
      _gln_listing_strip_numbering (title->text) != title->text)
    return FALSE;
  _gln_listing_fields_init (&fields, records->page->year);
  _gln_listing_fields_init (&probe, records->page->year);
  if (!_gln_listing_parse_names_venue (line_at (records, i)->text, !records->above, &fields) ||
      _gln_listing_parse_names_venue (title->text, TRUE, &probe))
    return FALSE;
  records->above = TRUE;
  fields.line = _gln_records_take_leading (records, &fields, i);
  g_free (fields.title);
  fields.title = g_strdup (title->text);
  /* "Title of the paper.": the record's period. */
  if ((len = strlen (fields.title)) > 1 && fields.title[len - 1] == '.' && fields.title[len - 2] != '.')
    fields.title[len - 1] = '\0';
  mark (records, i);
  mark (records, t);
  _gln_records_finish_record (records, &fields);

  return TRUE;
}

/* "US Patent 2018/0123456 A1", "European Patent Application EP 3 123 456", "Patent No.
 * 9,876,543": a patent's number where a paper's venue stands, or the office that granted it. Capitalized words may come
 * before "Patent" (an office or country, not "Journal of"); a number, "No.", an
 * application or a country code after it. */
static gboolean
is_patent_venue (const char *venue)
{
  static const char * const after[] = {
    "No", "Appl", "App", "Application", "Pub", "Publication", "Grant",
  };
  const char *p = venue;
  gsize n;

  /* "granted by CNIPA in 2021, No. ZL …": an office grants patents, not papers. */
  if (g_ascii_strncasecmp (venue, "granted by ", strlen ("granted by ")) == 0)
    return TRUE;
  for (guint words = 0; !g_str_has_prefix (p, "Patent "); words++)
    {
      if (words == 3 || !g_ascii_isupper (*p) || g_str_has_prefix (p, "Journal"))
        return FALSE;
      p += strcspn (p, " ");
      if (*p++ != ' ')
        return FALSE;
    }
  p += strlen ("Patent ");
  n = strspn (p, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

  return g_ascii_isdigit (*p) || *p == '#' ||
         (n == 2 && g_ascii_isupper (p[0]) && g_ascii_isupper (p[1]) &&
          (p[2] == ' ' || g_ascii_isdigit (p[2]))) ||
         _gln_listing_in_list_ci (p, n, after, G_N_ELEMENTS (after));
}

/* Whether a paper read from a record is a patent, by its venue. */
gboolean
_gln_records_is_patent (GlnPaper *paper)
{
  const char *venue = gln_paper_get_journal_ref (paper);

  return venue != NULL && is_patent_venue (venue);
}
