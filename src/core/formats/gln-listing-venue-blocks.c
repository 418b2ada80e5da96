/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include "gln-listing-private.h"
#include "gln-paper-key.h"

#include <string.h>

/* Papers whose venue stands on the line under their title, as hand-made lab and personal
 * pages show them, in two layouts:
 *
 *   authors last  "Title of the paper. [PDF] [PubMed]" over "Genome Biol (2016)" or
 *                 "Nature 571:541 (2019)", over "A Smith, B Jones, & C Lee";
 *   abstracts     "Title (with A. Smith, B. Jones, and C. Lee)" over "Journal of X 12
 *                 (2020), 1-20.", perhaps a note, "Abstract: …" over the lines that go on
 *                 with it, then the paper's links ("Full paper (2020): PDF | arXiv:…"),
 *                 talks and notes. The page's owner wrote each paper with those named and
 *                 is not shown; a paper without "with" shows no authors.
 *
 * The pass runs after the rows of citation tables and before the records pass, and takes
 * the lines of each such paper out of the way (KIND_RECORD): the venue line under a title
 * would pass for the title of an abstract entry, and the names under it for nothing. A
 * block needs evidence of its own (names under a journal's name and year, co-authors after
 * "with", an abstract label under the venue, a thesis's committee or advisers under it); a
 * title over a dated venue and nothing else (a book review, a thesis) is a paper only on a
 * page with two blocks of its layout or more. */

typedef enum
{
  START_NONE,
  START_SHORT,         /* a title over "Journal (2016)", nothing else to vouch for it */
  START_CITED,         /* a title over a dated venue, nothing else to vouch for it */
  START_AUTHORS_LAST,  /* a title over "Journal (2016)" over names */
  START_ABSTRACT,      /* a title with "(with …)", or one over a venue and an abstract */
  START_THESIS,        /* a title over a dated venue over its committee or advisers */
} StartKind;

#define MAX_ABSTRACT_LINES 16
#define MAX_BLOCK_LINES    12  /* below the venue: notes, the abstract, links, talks */

typedef struct
{
  ListingPage *page;
  guint8      *starts;        /* StartKind per line */
  gboolean     authors_last;  /* the page shows two blocks with names last or more */
  gboolean     abstracts;     /* the page shows two blocks with co-authors or abstracts */
  char        *heading;       /* the year heading above, as shown */
} Blocks;

static ListingLine *
line_at (Blocks *blocks,
         int      i)
{
  return _gln_listing_line_at (blocks->page, i);
}

static int
next_line (Blocks *blocks,
           int     i)
{
  return i >= 0 ? _gln_listing_next_nonblank (blocks->page, i) : -1;
}

/* "2019", "[2019]": a year heading. */
static gboolean
is_year_heading (const char *text)
{
  gsize len = strlen (text);

  if (len == 6 && text[0] == '[' && text[5] == ']')
    text++, len -= 2;

  return len == 4 && strspn (text, "0123456789") == 4 && _gln_listing_year_at (text, text) != 0;
}

/* "11/18/2010": the year closing a date written with slashes, or NULL. */
static const char *
find_slash_year (const char *text)
{
  for (const char *p = strchr (text, '/'); p != NULL; p = strchr (p + 1, '/'))
    if (p > text && g_ascii_isdigit (p[-1]) && (p[1] == '1' || p[1] == '2') &&
        strspn (p + 1, "0123456789") == 4 && _gln_listing_year_at (p + 1, p + 1) != 0)
      return p + 1;

  return NULL;
}

static gboolean
has_year (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if ((*p == '1' || *p == '2') && _gln_listing_year_at (text, p) != 0)
      return TRUE;

  return find_slash_year (text) != NULL;
}

/* "Full paper (6/12/20): PDF | arXiv:2006.09321", "Talk slides: PDF |", "Full thesis: PDF",
 * "PDF | arXiv:…": a line of the entry's links. After its last colon, or at its start, stands
 * one link word or an arXiv id, alone or before "|"; or it offers the full text. */
static gboolean
is_links_line (const char *text)
{
  const char *colon = g_strrstr (text, ": ");
  const char *seg;
  gsize n;

  if (g_str_has_prefix (text, "Full ") && g_ascii_islower (text[5]))
    return TRUE;
  /* "PDF | arXiv:2001.01234" alone. */
  seg = colon != NULL ? colon + 2 : text;
  n = strcspn (seg, "|");
  while (n > 0 && seg[n - 1] == ' ')
    n--;
  if (n == 0 || memchr (seg, ' ', n) != NULL)
    return FALSE;

  return _gln_listing_is_link_word (seg, n) || g_ascii_strncasecmp (seg, "arxiv:", 6) == 0;
}

/* Whether a sentence ends inside the text: ". " before a capital, not after an initial or
 * initials ("Alexander A.T. Johnson"). */
static gboolean
ends_sentence_inside (const char *text)
{
  for (const char *p = strstr (text, ". "); p != NULL; p = strstr (p + 2, ". "))
    {
      const char *word = p;

      while (word > text && (g_ascii_isupper (word[-1]) || word[-1] == '.'))
        word--;
      if ((word > text && word[-1] != ' ') || word == p)
        if (g_unichar_isupper (g_utf8_get_char (p + 2)) && _gln_listing_is_sentence_break (text, p))
          return TRUE;
    }

  return FALSE;
}

/* "Genome Biol (2016)", "Nature 571:541 (2019)": a journal's name, perhaps with its volume
 * and page, and the year in parentheses closing the line. Returns the length of what stands
 * before the year, or 0. */
static gsize
short_venue_length (const char *text)
{
  gsize n = strlen (text);

  if (n < 8 || n > 120 || text[n - 1] != ')' || text[n - 6] != '(' || text[n - 7] != ' ' ||
      _gln_listing_year_at (text, text + n - 5) == 0 || !g_ascii_isupper (text[0]))
    return 0;
  /* A comma only between numbers: "Nature 571, 541 (2019)", not "A Smith, B Jones · …". */
  for (const char *p = text; p < text + n - 7; p++)
    if ((*p == ',' && !(p[1] == ' ' && g_ascii_isdigit (p[2]))) || *p == ';' || *p == '"' ||
        *p == '|' || g_str_has_prefix (p, "\u00b7") || g_str_has_prefix (p, "\u2022"))
      return 0;
  if (_gln_listing_count_words_upto (text, 11) > 10 || ends_sentence_inside (text))
    return 0;

  return n - 7;
}

/* "[PDF]", "[PubMed]": the label of a link a lab page puts after a title. */
static gboolean
is_title_link (const char *word,
               gsize       n)
{
  static const char * const more[] = {
    "pubmed", "pmc", "biorxiv", "medrxiv", "preprint", "abstract", "full text", "link",
  };

  return _gln_listing_is_link_word (word, n) || _gln_listing_in_list_ci (word, n, more, G_N_ELEMENTS (more));
}

/* "Title of the paper. [PDF] [PubMed]" → "Title of the paper": the title without the labels
 * of its links and the period before them. */
static char *
title_without_links (const char *text,
                     gsize       n)
{
  for (;;)
    {
      const char *open;

      while (n > 0 && text[n - 1] == ' ')
        n--;
      if (n < 3 || text[n - 1] != ']')
        break;
      for (open = text + n - 2; open > text && *open != '[' && *open != ']'; open--)
        ;
      if (*open != '[' || open == text || open[-1] != ' ' ||
          !is_title_link (open + 1, text + n - 1 - (open + 1)))
        break;
      n = open - text;
    }
  if (n > 1 && text[n - 1] == '.' && text[n - 2] != '.')
    n--;

  return g_strndup (text, n);
}

/* "Title (with A. Smith, B. Jones, and C. Lee)", "Title (joint with A. Smith)": where the
 * parenthesis starts, and the names; NULL when the line does not close with co-authors. */
static const char *
find_with_names (const char  *text,
                 GPtrArray  **names)
{
  gsize n = strlen (text);
  const char *with;
  const char *open;
  g_autofree char *inner = NULL;
  gboolean truncated;

  *names = NULL;
  if (n < 12 || text[n - 1] != ')' || (with = g_strrstr (text, " (with ")) == NULL)
    with = g_strrstr (text, " (joint with ");
  if (with == NULL || with == text || text[n - 1] != ')')
    return NULL;
  open = with + (g_str_has_prefix (with, " (with ") ? strlen (" (with ") : strlen (" (joint with "));
  inner = g_strndup (open, text + n - 1 - open);
  if (strpbrk (inner, "()") != NULL || !g_unichar_isupper (g_utf8_get_char (inner)))
    return NULL;
  *names = _gln_listing_parse_author_list (inner, TRUE, &truncated);
  for (guint i = 0; *names != NULL && i < (*names)->len; i++)
    if (!g_unichar_isupper (g_utf8_get_char (g_ptr_array_index (*names, i))))
      g_clear_pointer (names, g_ptr_array_unref);

  return *names != NULL ? with : NULL;
}

/* Whether a line may be the title of a block: a line of text with two words or more, no
 * label, links or table cells, and no list of names. */
static gboolean
may_be_title (ListingLine *line)
{
  const char *text = line->text;
  gsize len = strlen (text);

  if ((line->kind != KIND_TEXT && line->kind != KIND_ABSTRACT) || line->label != LABEL_NONE ||
      len > 400 || text[len - 1] == ':' || strchr (text, '\t') != NULL ||
      _gln_listing_count_words_upto (text, 2) < 2 || is_year_heading (text) || is_links_line (text))
    return FALSE;

  return line->kind == KIND_TEXT ||
         (_gln_listing_count_words_upto (text, 41) <= 40 && !ends_sentence_inside (text));
}

/* The names on the line under a journal's name and year: a list of people, or one name. */
static GPtrArray *
names_under (ListingLine *line,
             gboolean    *truncated)
{
  GPtrArray *names;

  *truncated = FALSE;
  if (line->label != LABEL_NONE || line->kind == KIND_RECORD || line->kind == KIND_CHROME ||
      strlen (line->text) > 1000 || is_links_line (line->text) || ends_sentence_inside (line->text))
    return NULL;
  if ((names = _gln_listing_parse_author_list (line->text, FALSE, truncated)) != NULL)
    return names;
  if (_gln_listing_looks_like_person (line->text))
    {
      names = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (names, g_strdup (line->text));
      return names;
    }
  /* "Para A, Li Y, Amy Marshall-Colon & Gloria M. Coruzzi": names of both kinds. */
  names = _gln_listing_parse_author_list (line->text, TRUE, truncated);
  if (names != NULL && names->len < 2)
    g_clear_pointer (&names, g_ptr_array_unref);
  for (guint i = 0; names != NULL && i < names->len; i++)
    if (!g_unichar_isupper (g_utf8_get_char (g_ptr_array_index (names, i))))
      g_clear_pointer (&names, g_ptr_array_unref);

  return names;
}

/* "Abstract: …", "Summary: …": an abstract's first line, without its label, or NULL. */
static const char *
abstract_text (ListingLine *line)
{
  if (line->label == LABEL_ABSTRACT && *line->text != '\0')
    return line->text;
  if (line->label == LABEL_NONE && g_str_has_prefix (line->text, "Summary: "))
    return line->text + strlen ("Summary: ");

  return NULL;
}

/* "Preprint.", "To appear in …", "Submitted.": where an unpublished paper stands. */
static gboolean
is_status (const char *text)
{
  static const char * const status[] = {
    "preprint", "to appear", "submitted", "accepted", "in press", "forthcoming",
    "in preparation", "manuscript", "working paper",
  };

  for (guint i = 0; i < G_N_ELEMENTS (status); i++)
    if (g_ascii_strncasecmp (text, status[i], strlen (status[i])) == 0)
      return TRUE;

  return FALSE;
}

/* The venue under a title: a dated line that is no list of links, label or prose
 * ("Advances in Geometry 23 (2023), no. 4, 501-526.", "Ph.D. thesis, …, June 2002."), or an
 * unpublished paper's ("Preprint; to appear in …"). */
static gboolean
is_venue (ListingLine *line,
          gboolean    *dated)
{
  const char *text = line->text;

  *dated = FALSE;
  /* A date alone ("2024-05-07", "March 2024") is no venue. */
  if (line->label != LABEL_NONE ||
      (line->kind != KIND_TEXT && line->kind != KIND_ABSTRACT &&
       !(line->kind == KIND_META && line->meta == META_OTHER)) ||
      strlen (text) > 400 || g_unichar_islower (g_utf8_get_char (text)))
    return FALSE;
  *dated = has_year (text);
  if (!*dated && !is_status (text))
    return FALSE;

  return _gln_listing_count_words_upto (text, 41) <= 40 && !is_links_line (text) &&
         abstract_text (line) == NULL;
}

/* "Committee: A. Smith, B. Jones", "Advisor: Prof. A. Smith", "Supervised by A. Smith": the
 * people who examined or supervised a thesis, on the line under its university and year. */
static gboolean
is_thesis_people (ListingLine *line)
{
  static const char * const labels[] = {
    "committee:", "thesis committee:", "jury:", "advisor:", "advisors:", "adviser:",
    "advisers:", "supervisor:", "supervisors:", "supervised by ", "thesis advisor:",
    "thesis advisors:", "thesis supervisor:",
  };
  const char *text = line->text;

  if (line->kind == KIND_RECORD || line->kind == KIND_CHROME || !g_ascii_isupper (*text))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      gsize n = strlen (labels[i]);

      if (g_ascii_strncasecmp (text, labels[i], n) == 0)
        return g_unichar_isupper (g_utf8_get_char (_gln_listing_skip_blanks (text + n)));
    }

  return FALSE;
}

/* "University of X, 2009.", "Ph.D. thesis, Institut Y, 2012.": where a thesis was defended,
 * or what it is. Not "Now at Z, 2021" under a student's name. */
static gboolean
is_thesis_venue (const char *text)
{
  static const char * const words[] = {
    "Univ", "Institut", "School", "College", "Ecole", "École", "Polytechn", "Politecn",
    "Hochschule", "thesis", "Thesis", "Thèse", "These", "issertation", "Ph.D", "PhD",
  };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (strstr (text, words[i]) != NULL)
      return TRUE;

  return FALSE;
}

/* Whether an abstract label stands under the venue at v, perhaps after a note. */
static gboolean
abstract_below (Blocks *blocks,
                int     v)
{
  int i = v;

  for (guint seen = 0; seen < 2 && (i = next_line (blocks, i)) >= 0; seen++)
    if (abstract_text (line_at (blocks, i)) != NULL)
      return TRUE;

  return FALSE;
}

/* Whether the line after a, past a year heading, is the next title over its journal and
 * year, or none: what vouches for names on line a without a comma between them ("Full
 * List", "Grants and Funding" under the last paper are headings). */
static gboolean
opens_next (Blocks *blocks,
            int     a)
{
  int t = next_line (blocks, a);
  int v;

  if (t >= 0 && is_year_heading (line_at (blocks, t)->text))
    t = next_line (blocks, t);
  v = next_line (blocks, t);

  return t < 0 || (v >= 0 && short_venue_length (line_at (blocks, v)->text) > 0);
}

/* What kind of block opens at line t, if any. */
static StartKind
start_at (Blocks *blocks,
          int     t)
{
  ListingLine *title = line_at (blocks, t);
  int v = next_line (blocks, t);
  ListingLine *venue;
  g_autoptr(GPtrArray) names = NULL;
  const char *rest;
  gboolean dated;
  gboolean truncated;
  StartKind kind = START_NONE;

  /* The venue first, as few lines are one and an abstract page has long lines. */
  if (v < 0 || (venue = line_at (blocks, v))->label != LABEL_NONE || strlen (venue->text) > 400)
    return START_NONE;
  if (short_venue_length (venue->text) > 0)
    {
      int a = next_line (blocks, v);

      if (!may_be_title (title))
        return START_NONE;
      kind = START_SHORT;
      /* Names under it, unless they are the next title over its venue. */
      if (a >= 0 && (next_line (blocks, a) < 0 ||
                     short_venue_length (line_at (blocks, next_line (blocks, a))->text) == 0) &&
          (names = names_under (line_at (blocks, a), &truncated)) != NULL &&
          (strchr (line_at (blocks, a)->text, ',') != NULL || opens_next (blocks, a)))
        kind = START_AUTHORS_LAST;
    }
  else if (is_venue (venue, &dated))
    {
      const char *text = title->text;

      /* Such a page's titles end without a period; a sentence over a date is prose. */
      if (!may_be_title (title) || g_str_has_suffix (text, "."))
        return START_NONE;
      if (find_with_names (text, &names) != NULL)
        kind = START_ABSTRACT;
      /* "Jane Doe" over "ICML 2024" over "Abstract: …" is a byline. */
      else if (abstract_below (blocks, v))
        kind = _gln_listing_looks_like_person (text) ? START_NONE : START_ABSTRACT;
      else if (dated && next_line (blocks, v) == v + 1 &&
               is_thesis_people (line_at (blocks, v + 1)) && is_thesis_venue (venue->text))
        kind = START_THESIS;
      else if (dated)
        kind = START_CITED;
    }
  g_clear_pointer (&names, g_ptr_array_unref);
  /* Last, as it costs most: a list of names, plain or marked ("A Cho* & B Lee*, C Gu"), is
   * no title. Only a marked line or one with commas is asked of the lenient reader, which
   * reads "Graph Varieties" as a name and "The Group M12 and Conway's Game" as two. */
  if (kind != START_NONE &&
      ((names = _gln_listing_parse_author_list (title->text, FALSE, &truncated)) != NULL ||
       (strpbrk (title->text, "*#&,") != NULL &&
        (names = _gln_listing_parse_author_line (title->text, &truncated, &rest)) != NULL)))
    return START_NONE;

  return kind;
}

static void
mark (Blocks *blocks,
      int     i)
{
  line_at (blocks, i)->kind = KIND_RECORD;
}

static void
finish (Blocks        *blocks,
        ListingFields *fields)
{
  if (!fields->dated && blocks->heading != NULL)
    _gln_listing_set_shown_date (fields, blocks->heading,
                                 (int) g_ascii_strtoll (blocks->heading, NULL, 10), 0, 0);
  g_ptr_array_add (blocks->page->records, _gln_listing_fields_finish (fields));
}

/* A title over "Journal (2016)" over its names, if shown. */
static void
take_authors_last (Blocks *blocks,
                   int     t)
{
  g_auto(ListingFields) fields = { NULL, };
  const char *title = line_at (blocks, t)->text;
  int v = next_line (blocks, t);
  int a = next_line (blocks, v);
  const char *venue = line_at (blocks, v)->text;
  gsize n = short_venue_length (venue);

  _gln_listing_fields_init (&fields, blocks->page->year);
  fields.line = line_at (blocks, t)->number;
  fields.title = title_without_links (title, strlen (title));
  fields.venue = g_strndup (venue, n);
  _gln_listing_find_shown_date (&fields, venue + n, FALSE);
  mark (blocks, t);
  mark (blocks, v);
  /* The names that made it a block of names last, if they did. */
  if (blocks->starts[t] == START_AUTHORS_LAST)
    {
      fields.authors = names_under (line_at (blocks, a), &fields.truncated);
      mark (blocks, a);
    }
  finish (blocks, &fields);
}

/* "arXiv:2001.01234", "arxiv:math.CO/0501214" on a line of links. */
static void
find_arxiv_link (ListingFields *fields,
                 const char    *text)
{
  g_autofree char *folded = g_ascii_strdown (text, -1);
  const char *hit = strstr (folded, "arxiv:");
  g_autofree char *token = NULL;

  if (hit == NULL || fields->arxiv_id != NULL)
    return;
  hit = text + (hit - folded);
  token = g_strndup (hit, strcspn (hit, " |,;)"));
  if (!gln_arxiv_id_parse (token, &fields->arxiv_id, NULL))
    g_clear_pointer (&fields->arxiv_id, g_free);
}

/* Whether a block of this kind is a paper on this page: one with evidence of its own, or a
 * weak one among two such blocks of its layout or more. */
static gboolean
takes_start (Blocks    *blocks,
             StartKind  kind)
{
  return kind == START_AUTHORS_LAST || kind == START_ABSTRACT || kind == START_THESIS ||
         (kind == START_CITED && blocks->abstracts) ||
         (kind == START_SHORT && (blocks->abstracts || blocks->authors_last));
}

/* Whether line i is taken, a year heading, or opens a block of its own. */
static gboolean
ends_block (Blocks *blocks,
            int     i)
{
  ListingLine *line = line_at (blocks, i);

  return line->kind == KIND_RECORD || is_year_heading (line->text) ||
         takes_start (blocks, blocks->starts[i]);
}

/* The abstract from its labelled line a over the lines that go on with it, each a
 * sentence's end (a list of results, a second paragraph), up to the paper's links or a
 * blank line (unless the page is spaced: blank lines between all its lines). Returns the
 * abstract's last line. */
static int
take_abstract (Blocks        *blocks,
               ListingFields *fields,
               int            a,
               gboolean       spaced)
{
  g_autoptr(GString) text = g_string_new (abstract_text (line_at (blocks, a)));
  int last = a;
  int i;

  mark (blocks, a);
  for (guint n = 1; n < MAX_ABSTRACT_LINES && (i = next_line (blocks, last)) >= 0 &&
                    (spaced || i == last + 1); n++)
    {
      ListingLine *line = line_at (blocks, i);

      if (ends_block (blocks, i) || line->label != LABEL_NONE ||
          (line->kind != KIND_TEXT && line->kind != KIND_ABSTRACT) ||
          is_links_line (line->text) || abstract_text (line) != NULL ||
          !_gln_listing_ends_sentence (line->text))
        break;
      g_string_append_c (text, ' ');
      g_string_append (text, line->text);
      mark (blocks, i);
      last = i;
    }
  _gln_listing_find_abstract (fields, text->str);

  return last;
}

/* A title, with its co-authors perhaps, over its venue, then notes, the abstract, links and
 * talks up to the next block, a year heading or a blank line. */
static void
take_with_abstract (Blocks *blocks,
                    int     t)
{
  g_auto(ListingFields) fields = { NULL, };
  const char *title = line_at (blocks, t)->text;
  int v = next_line (blocks, t);
  const char *venue = line_at (blocks, v)->text;
  gsize len = strlen (venue);
  const char *with;
  const char *year;
  gboolean abstract = FALSE;
  /* A blank line ends the block, unless one stands between every line of it. */
  gboolean spaced = v > t + 1;
  guint taken = 0;
  int last = v;
  int i;

  _gln_listing_fields_init (&fields, blocks->page->year);
  fields.line = line_at (blocks, t)->number;
  with = find_with_names (title, &fields.authors);
  fields.title = title_without_links (title, with != NULL ? (gsize) (with - title) : strlen (title));
  if (len > 1 && venue[len - 1] == '.')
    len--;
  fields.venue = g_strndup (venue, len);
  /* "Published online 11/18/2010": the year of a date with slashes. */
  if (!_gln_listing_find_shown_date (&fields, fields.venue, TRUE) &&
      (year = find_slash_year (fields.venue)) != NULL)
    {
      g_autofree char *shown = g_strndup (year, 4);

      _gln_listing_set_shown_date (&fields, shown, (int) g_ascii_strtoll (shown, NULL, 10), 0, 0);
    }
  mark (blocks, t);
  mark (blocks, v);
  while ((i = next_line (blocks, last)) >= 0 && (spaced || i == last + 1) &&
         taken < MAX_BLOCK_LINES && !ends_block (blocks, i))
    {
      ListingLine *line = line_at (blocks, i);

      if (!abstract && abstract_text (line) != NULL)
        {
          abstract = TRUE;
          last = take_abstract (blocks, &fields, i, spaced);
          continue;
        }
      if (is_links_line (line->text))
        find_arxiv_link (&fields, line->text);
      mark (blocks, i);
      last = i;
      taken++;
    }
  finish (blocks, &fields);
}

/* The kind of block each line opens, and which kinds the page shows often enough to take
 * the weak ones. */
static void
find_starts (Blocks *blocks)
{
  guint counts[START_THESIS + 1] = { 0, };
  guint len = blocks->page->lines->len;

  for (guint i = 0; i < len; i++)
    {
      ListingLine *line = line_at (blocks, i);

      if (line->kind != KIND_TEXT && line->kind != KIND_ABSTRACT)
        continue;
      blocks->starts[i] = start_at (blocks, i);
      counts[blocks->starts[i]]++;
    }
  blocks->authors_last = counts[START_AUTHORS_LAST] >= 2 &&
                         counts[START_AUTHORS_LAST] >= counts[START_ABSTRACT];
  blocks->abstracts = counts[START_ABSTRACT] >= 2 && !blocks->authors_last;
}

void
_gln_listing_find_venue_blocks (ListingPage *page)
{
  Blocks blocks = { page, NULL, FALSE, FALSE, NULL };
  guint len = page->lines->len;

  blocks.starts = g_new0 (guint8, len + 1);
  find_starts (&blocks);
  for (guint i = 0; i < len; i++)
    {
      ListingLine *line = line_at (&blocks, i);
      StartKind kind = blocks.starts[i];

      if (line->kind == KIND_BLANK || line->kind == KIND_RECORD)
        continue;
      if (is_year_heading (line->text))
        {
          g_free (blocks.heading);
          blocks.heading = g_strndup (line->text + (line->text[0] == '['), 4);
        }
      else if (kind == START_AUTHORS_LAST || (kind == START_SHORT && blocks.authors_last))
        take_authors_last (&blocks, i);
      else if (takes_start (&blocks, kind))
        take_with_abstract (&blocks, i);
    }
  g_free (blocks.heading);
  g_free (blocks.starts);
}
