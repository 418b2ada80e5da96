/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include "gln-listing-records-private.h"

#include <glib/gi18n-lib.h>

#include <string.h>

/* Papers listed without their authors, read after every other reader of records has had
 * the page (gln-listing.c), from lines no reader took. Two layouts only, each trusted where
 * the page repeats it:
 *
 * A lab page exported from a citation manager, each title over its journal and date as
 * PubMed writes them, run after run:
 *
 *   "Loss of a lipid sensor slows repair of injured tissue"
 *   "J Biol Chem, 2019 Nov 29"
 *
 * and a page whose sections name what they list ("Journal articles", "Conference papers ·
 * topic", "Book chapters", "Thesis") over nothing but titles, one a line (each item a
 * closed disclosure whose summary is its title). Such lines read like any short text, so
 * they count only right under such a heading, in a run of three on the page's first, then
 * in any number under the headings after it. A heading whose last word names something
 * else ("Technical articles and media", "Talks") ends them. No author is invented: these
 * papers have none. */

#define MIN_RUN 3
#define MIN_TITLE_WORDS 5
#define MAX_TITLE_WORDS 40
#define MAX_HEADING_WORDS 5
#define MAX_VENUE_WORDS 8
#define MAX_DATE_BYTES 20  /* ", 2019 September 30" */

/* The last word of a heading over papers: "Journal articles", "Conference papers",
 * "Book chapters", "Thesis", "Peer-reviewed publications", "Preprints". */
static const char * const paper_words[] = {
  "article", "articles", "paper", "papers", "publication", "publications", "chapter",
  "chapters", "proceedings", "preprint", "preprints", "thesis", "theses", "dissertation",
  "dissertations", "monograph", "monographs", "book", "books",
};

/* Words that make a short line a heading, whatever it lists: it ends the titles above. */
static const char * const listing_words[] = {
  "talk", "talks", "patent", "patents", "media", "press", "news", "poster", "posters",
  "presentation", "presentations", "software", "award", "awards", "grant", "grants",
  "teaching", "service", "contact", "links", "communication", "communications",
};

/* The first word of a page's own sentence, not of a title: "We are hiring", "Read more
 * about our work", "Welcome to the lab". */
static const char * const prose_words[] = {
  "we", "our", "i", "my", "you", "your", "us", "here", "please", "click", "read", "see",
  "welcome", "join", "congratulations", "contact", "follow", "visit", "subscribe",
  "download", "check", "find", "learn", "view", "browse", "explore",
};

/* A place's or a group's last word, not a journal's: "University of Oslo" over a talk's
 * title, "Karolinska Institute", "Lab News". "Journal of … University" is a journal. */
static const char * const place_words[] = {
  "university", "universität", "université", "universidad", "institute", "institut",
  "school", "college", "hospital", "department", "center", "centre", "laboratory", "lab",
  "group", "team", "news", "blog", "seminar", "colloquium", "meeting", "workshop",
  "symposium", "conference", "congress", "summit", "forum", "day", "days",
};

static const char * const month_names[] = {
  "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
};

typedef struct
{
  ListingPage *page;
  gboolean     listed;      /* a section of titles was taken already */
  gboolean     non_papers;  /* under a heading of talks or grants, as far as asked */
  int          asked;       /* the first line not yet asked whether it is such a heading */
} TitleList;

static ListingLine *
title_line_at (TitleList *list,
               int        i)
{
  return _gln_listing_line_at (list->page, i);
}

/* Whether a line is free for this reader: plain text no other reader took. */
static gboolean
is_free_text (const ListingLine *line)
{
  return (line->kind == KIND_TEXT || line->kind == KIND_META || line->kind == KIND_ABSTRACT) &&
         line->label == LABEL_NONE && !line->linked && !line->with_id && line->paragraph == NULL;
}

/* The head of a heading: the words before " · ", " - ", ": " ("Conference papers · wind
 * energy"); its length, or 0 for a line that is no heading (too long, numbers, a full
 * stop, a lower-case start). */
/* Whether p opens the separator between a heading and its topic: ": ", " · ", " - ",
 * " – ". */
static inline gboolean
is_separator (const char *p)
{
  if (p[0] == ':')
    return p[1] == ' ';
  if (p[0] != ' ')
    return FALSE;

  return (p[1] == '-' && p[2] == ' ') ||
         (p[1] == '\xc2' && p[2] == '\xb7' && p[3] == ' ') ||
         (p[1] == '\xe2' && p[2] == '\x80' && p[3] == '\x93' && p[4] == ' ');
}

static gsize
heading_head (const char *text)
{
  gsize len;
  gsize head;

  /* The cheap tests first: a capital first, a short line. */
  if (!g_unichar_isupper (g_utf8_get_char (text)) || (len = strnlen (text, 81)) > 80 ||
      strchr (".!?", text[len - 1]) != NULL)
    return 0;
  /* Read once, up to the first separator: no number, no citation's punctuation. */
  for (head = 0; head < len && !is_separator (text + head); head++)
    switch (text[head])
      {
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
      case '8': case '9': case '.': case ',': case ';': case '"': case '(': case ')':
      case '[': case ']': case '|': case '/':
        return 0;
      default:
        break;
      }
  if (head > 0 && text[head - 1] == ':')
    head--;

  return head;
}

/* The last word of text[0:head], and its length in *n. */
static const char *
last_word (const char *text,
           gsize       head,
           gsize      *n)
{
  const char *last = text + head;

  while (last > text && last[-1] != ' ')
    last--;
  *n = text + head - last;

  return last;
}

/* Whether text[0:head] has more words than a heading. */
static gboolean
too_many_words (const char *text,
                gsize       head)
{
  guint words = 0;

  for (gsize i = 0; i < head; i++)
    if (text[i] != ' ' && (i == 0 || text[i - 1] == ' ') && ++words > MAX_HEADING_WORDS)
      return TRUE;

  return FALSE;
}

typedef enum
{
  HEADING_NONE,
  HEADING_WEAK,    /* "Thesis", "Books", "Recent articles": a blog's posts may stand under it */
  HEADING_STRONG,  /* "Publications", "Conference papers", "Journal articles" */
} PaperHeading;

/* "Journal articles", "Conference papers · topic", "Thesis": a heading over papers, and
 * how surely: articles and chapters only with the kind of their venue before. */
static PaperHeading
paper_heading (const char *text)
{
  static const char * const sure_words[] = {
    "paper", "papers", "publication", "publications", "preprint", "preprints", "proceedings",
  };
  static const char * const venue_words[] = {
    "journal", "conference", "refereed", "peer-reviewed", "reviewed", "book", "workshop",
  };
  gsize head = heading_head (text);
  gsize n;
  gsize n_before;
  const char *last;
  const char *before;

  if (head == 0 || too_many_words (text, head))
    return HEADING_NONE;
  last = last_word (text, head, &n);
  if (!_gln_listing_in_list_ci (last, n, paper_words, G_N_ELEMENTS (paper_words)))
    return HEADING_NONE;
  if (_gln_listing_in_list_ci (last, n, sure_words, G_N_ELEMENTS (sure_words)))
    return HEADING_STRONG;
  if (last - text < 2)
    return HEADING_WEAK;
  before = last_word (text, last - 1 - text, &n_before);

  return _gln_listing_in_list_ci (before, n_before, venue_words, G_N_ELEMENTS (venue_words)) &&
         (g_ascii_strncasecmp (last, "article", strlen ("article")) == 0 ||
          g_ascii_strncasecmp (last, "chapter", strlen ("chapter")) == 0)
         ? HEADING_STRONG : HEADING_WEAK;
}

/* A short line that names what a section lists, papers or not: "Technical articles and
 * media", "Invited talks", "Patents". */
static gboolean
is_any_heading (const char *text)
{
  gsize head = heading_head (text);

  if (head == 0 || too_many_words (text, head))
    return FALSE;
  for (const char *p = text; p < text + head; p += strspn (p, " "))
    {
      gsize n = strcspn (p, " ");

      n = MIN (n, (gsize) (text + head - p));
      if (_gln_listing_in_list_ci (p, n, paper_words, G_N_ELEMENTS (paper_words)) ||
          _gln_listing_in_list_ci (p, n, listing_words, G_N_ELEMENTS (listing_words)))
        return TRUE;
      p += n;
    }

  return FALSE;
}

/* How many ", " a line shows, up to three: a citation's parts ("A, B, Title, Venue"). */
static guint
count_commas (const char *text)
{
  guint n = 0;

  for (const char *p = strstr (text, ", "); p != NULL && n < 3; p = strstr (p + 2, ", "))
    n++;

  return n;
}

static const char *journal_date (ListingLine *line,
                                 int         *year,
                                 int         *month,
                                 int         *day);

/* Whether a line reads as a paper's title alone: a capital first, five words or more, no
 * sentence's end, no second sentence, no names. */
static gboolean
is_bare_title (ListingLine *line)
{
  const char *text = line->text;
  gsize len;
  guint words;
  gboolean truncated;
  int year, month, day;
  g_autoptr(GPtrArray) names = NULL;

  if (!is_free_text (line))
    return FALSE;
  /* The cheap tests first: the first and last characters. */
  if (!(g_unichar_isupper (g_utf8_get_char (text)) || g_ascii_isdigit (*text)) ||
      (len = strnlen (text, 401)) < 20 || len > 400 || strchr (".,;:!", text[len - 1]) != NULL)
    return FALSE;
  words = _gln_listing_count_words_upto (text, MAX_TITLE_WORDS + 1);
  if (words < MIN_TITLE_WORDS || words > MAX_TITLE_WORDS || count_commas (text) > 2 ||
      strstr (text, "://") != NULL || strchr (text, '@') != NULL || strchr (text, '\t') != NULL)
    return FALSE;
  for (const char *p = strstr (text, ". "); p != NULL; p = strstr (p + 2, ". "))
    if (g_unichar_isupper (g_utf8_get_char (p + 2)) && _gln_listing_is_sentence_break (text, p))
      return FALSE;
  if (_gln_listing_in_list_ci (text, strcspn (text, " ,"), prose_words, G_N_ELEMENTS (prose_words)) ||
      is_any_heading (text))
    return FALSE;
  if (journal_date (line, &year, &month, &day) != NULL)
    return FALSE;
  names = _gln_records_authors_of (line, &truncated, NULL);

  return names == NULL;
}

/* The month of word[0:n] ("Nov", "November"), or 0. */
static int
month_of (const char *word,
          gsize       n)
{
  if (n < 3)
    return 0;
  for (guint m = 0; m < G_N_ELEMENTS (month_names); m++)
    if (g_ascii_strncasecmp (word, month_names[m], 3) == 0 &&
        (n == 3 || (n > 3 && g_unichar_isalpha (g_utf8_get_char (word + 3)))))
      return m + 1;

  return 0;
}

/* "2019 Nov 29", "2021 Apr", "2016": the date PubMed shows, to the line's end; its year,
 * month and day, FALSE otherwise. */
static gboolean
parse_pubmed_date (const char *p,
                   int        *year,
                   int        *month,
                   int        *day)
{
  gsize n;

  *month = *day = 0;
  if ((*year = _gln_listing_year_at (p, p)) == 0 || g_ascii_isdigit (p[4]))
    return FALSE;
  p += 4;
  if (*p == '\0')
    return TRUE;
  if (*p++ != ' ' || (n = strcspn (p, " ")) > 9 || (*month = month_of (p, n)) == 0)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isalpha (p[i]))
      return FALSE;
  p += n;
  if (*p == '\0')
    return TRUE;
  if (*p++ != ' ' || !g_ascii_isdigit (*p) || strlen (p) > 2 || (p[1] != '\0' && !g_ascii_isdigit (p[1])))
    return FALSE;
  *day = (int) g_ascii_strtoll (p, NULL, 10);

  return *day >= 1 && *day <= 31;
}

/* Whether text[0:len] names a journal as PubMed abbreviates it: "J Biol Chem", "Genes
 * (Basel)", "Journal of Southern Medical University"; words with a capital, a few small
 * ones between. */
static gboolean
is_journal_name (const char *text,
                 gsize       len)
{
  static const char * const small[] = { "of", "and", "the", "in", "for", "on", "de", "&" };
  guint words = 0;
  const char *last = text;
  gsize n_last = 0;

  for (const char *p = text; p < text + len; p += strspn (p, " "))
    {
      gsize n = MIN (strcspn (p, " "), (gsize) (text + len - p));
      const char *w = *p == '(' ? p + 1 : p;

      if (++words > MAX_VENUE_WORDS)
        return FALSE;
      if (!g_unichar_isupper (g_utf8_get_char (w)) &&
          !(words > 1 && _gln_listing_in_list_ci (p, n, small, G_N_ELEMENTS (small))))
        return FALSE;
      for (gsize i = 0; i < n; i++)
        if (strchr (".,;:!?\"", p[i]) != NULL)
          return FALSE;
      last = p;
      n_last = n;
      p += n;
    }
  if (words == 0 || g_ascii_strncasecmp (text, "journal ", strlen ("journal ")) == 0)
    return words > 0;

  return !_gln_listing_in_list_ci (last, n_last, place_words, G_N_ELEMENTS (place_words)) &&
         !_gln_listing_in_list_ci (text, strcspn (text, " "), place_words, G_N_ELEMENTS (place_words));
}

/* "J Biol Chem, 2019 Nov 29": where the date starts, or NULL. */
static const char *
journal_date (ListingLine *line,
              int         *year,
              int         *month,
              int         *day)
{
  const char *text = line->text;
  gsize len;
  const char *comma;

  /* The cheap tests first: a short line, a digit or a month's letter last, a comma
   * before the date: "2019 September 30" is the longest. */
  if (!is_free_text (line) || (len = strnlen (text, 121)) < 8 || len > 120 ||
      !g_ascii_isalnum (text[len - 1]) || !g_unichar_isupper (g_utf8_get_char (text)))
    return NULL;
  for (comma = text + len - 1; comma > text && text + len - comma <= MAX_DATE_BYTES; comma--)
    if (*comma == ',')
      break;
  if (*comma != ',' || comma[1] != ' ' || comma == text ||
      !parse_pubmed_date (comma + 2, year, month, day) || !is_journal_name (text, comma - text))
    return NULL;

  return comma + 2;
}

/* How many title-over-journal pairs run from line t on, up to need; *months counts those
 * whose date shows a month after its year ("2019 Nov"), as citation managers write it. */
static guint
pairs_from (TitleList *list,
            int        t,
            guint      need,
            guint     *months)
{
  guint run = 0;
  int year, month, day;

  *months = 0;
  while (run < need && t >= 0)
    {
      int v = _gln_listing_next_nonblank (list->page, t);

      if (v < 0 || journal_date (title_line_at (list, v), &year, &month, &day) == NULL ||
          !is_bare_title (title_line_at (list, t)))
        break;
      run++;
      *months += month != 0;
      t = _gln_listing_next_nonblank (list->page, v);
    }

  return run;
}

/* Whether a run of titles over their journals opens at line t: three pairs, one dated
 * "2019 Nov" at least ("Title" over "University of Oslo, 2019" is a talk as likely). */
static gboolean
opens_pairs (TitleList *list,
             int        t)
{
  guint months;

  return pairs_from (list, t, MIN_RUN, &months) == MIN_RUN && months > 0;
}

static void
take_title (TitleList  *list,
            int         t,
            const char *doubt)
{
  g_auto(ListingFields) fields = { NULL, };
  ListingLine *line = title_line_at (list, t);

  _gln_listing_fields_init (&fields, list->page->year);
  _gln_listing_find_title (&fields, line->text);
  /* "Title. [HAL]": the sentence's period before the labels of its links is no part of it. */
  if (fields.title != NULL && g_str_has_suffix (fields.title, ".") &&
      !g_str_has_suffix (line->text, "."))
    fields.title[strlen (fields.title) - 1] = '\0';
  fields.line = line->number;
  fields.doubt = doubt;
  line->kind = KIND_RECORD;
  if (fields.title != NULL && *fields.title != '\0')
    g_ptr_array_add (list->page->records, _gln_listing_fields_finish (&fields));
}

/* A run of titles over their journals from line t: the line after it. */
static int
take_pairs (TitleList *list,
            int        t)
{
  while (t >= 0)
    {
      g_auto(ListingFields) fields = { NULL, };
      int v = _gln_listing_next_nonblank (list->page, t);
      ListingLine *line = title_line_at (list, t);
      g_autofree char *venue = NULL;
      const char *date;
      int year, month, day;

      if (v < 0 || (date = journal_date (title_line_at (list, v), &year, &month, &day)) == NULL ||
          !is_bare_title (line))
        break;
      _gln_listing_fields_init (&fields, list->page->year);
      _gln_listing_find_title (&fields, line->text);
      venue = g_strndup (title_line_at (list, v)->text, date - 2 - title_line_at (list, v)->text);
      _gln_listing_find_venue (&fields, venue);
      _gln_listing_set_shown_date (&fields, date, year, month, day);
      fields.line = line->number;
      line->kind = KIND_RECORD;
      title_line_at (list, v)->kind = KIND_RECORD;
      if (fields.title != NULL && *fields.title != '\0')
        g_ptr_array_add (list->page->records, _gln_listing_fields_finish (&fields));
      t = _gln_listing_next_nonblank (list->page, v);
    }

  return t;
}

/* Whether a line reads as a title alone in a section of titles: besides, no year, which
 * a venue's line, a news item or a talk's date would show. */
static gboolean
is_section_title (ListingLine *line)
{
  if (!is_bare_title (line))
    return FALSE;
  for (const char *p = strpbrk (line->text, "12"); p != NULL; p = strpbrk (p + 1, "12"))
    if (_gln_listing_year_at (line->text, p) != 0)
      return FALSE;

  return TRUE;
}

/* "Recent articles", "Latest articles": a heading whose last word is articles without the
 * kind of their venue, over a blog's posts as often as over papers. */
static gboolean
names_articles (const char *text)
{
  gsize head = heading_head (text);
  gsize n;
  const char *last;

  if (head == 0)
    return FALSE;
  last = last_word (text, head, &n);

  return g_ascii_strncasecmp (last, "article", strlen ("article")) == 0;
}

/* The titles under the heading at h: the line after them. The page's first section counts
 * under a sure heading, with MIN_RUN titles or more; then any. */
static int
take_section (TitleList    *list,
              int           h,
              PaperHeading  heading)
{
  int t = _gln_listing_next_nonblank (list->page, h);
  guint run = 0;
  const char *doubt = NULL;
  gboolean posts = heading == HEADING_WEAK && names_articles (title_line_at (list, h)->text);

  for (int i = t; i >= 0 && run < MIN_RUN && is_section_title (title_line_at (list, i));
       i = _gln_listing_next_nonblank (list->page, i))
    run++;
  if (run == 0)
    return t;
  /* One or two lines alone under such a heading may be titles, or the page's own text, as
   * may the lines under "Recent articles" (a blog's posts, after the papers too): a preview
   * shows them, unchecked. */
  if ((run < MIN_RUN || heading != HEADING_STRONG) && (!list->listed || posts))
    {
      if (!list->page->uncertain)
        return t;
      doubt = _("A line under a heading of publications, without authors or a date: "
                "perhaps a paper's title, perhaps the page's own text.");
    }
  else
    list->listed = TRUE;
  while (t >= 0 && is_section_title (title_line_at (list, t)))
    {
      take_title (list, t, doubt);
      t = _gln_listing_next_nonblank (list->page, t);
    }

  return t;
}

/* Whether line i is under a heading of talks or grants ("Invited Talks"), whose lines are
 * no papers, as the records pass reads them (gln-listing-records.c). Asked only where a
 * layout of this reader shows, the headings are read from where the last question
 * stopped, each line once. */
static gboolean
in_non_papers (TitleList *list,
               int        i)
{
  for (; list->asked <= i; list->asked++)
    {
      ListingLine *line = title_line_at (list, list->asked);
      char plain[MAX_HEADING_BYTES + 1];
      const char *text = line->text;
      Section section;

      /* A heading is short and opens with a capital: most lines are turned away at once. */
      if (line->kind == KIND_BLANK || line->kind == KIND_RECORD ||
          !g_unichar_isupper (g_utf8_get_char (text)) ||
          strnlen (text, MAX_HEADING_BYTES + 1) > MAX_HEADING_BYTES)
        continue;
      text = _gln_records_heading_text (text, plain);
      if (!list->non_papers)
        list->non_papers = _gln_records_opens_non_papers (text);
      else if ((section = _gln_records_section_heading (text)) != SECTION_NONE)
        list->non_papers = section == SECTION_NON_PAPERS;
    }

  return list->non_papers;
}

void
_gln_listing_find_title_lists (ListingPage *page)
{
  /* A page that lists papers by title and meeting alone lists them by title too. */
  TitleList list = { page, page->titled > 0, FALSE, 0 };
  PaperHeading heading;
  int i = 0;

  /* Each line is asked once; a run taken is stepped over. */
  while (i >= 0 && (guint) i < page->lines->len)
    {
      ListingLine *line = title_line_at (&list, i);
      int next = _gln_listing_next_nonblank (page, i);

      if (line->kind == KIND_BLANK || line->kind == KIND_RECORD || line->kind == KIND_CHROME)
        i++;
      else if (next >= 0 && title_line_at (&list, next)->kind != KIND_RECORD &&
               opens_pairs (&list, i) && !in_non_papers (&list, i))
        i = take_pairs (&list, i);
      else if (is_free_text (line) && (heading = paper_heading (line->text)) != HEADING_NONE &&
               !in_non_papers (&list, i))
        i = take_section (&list, i, heading);
      else
        i++;
    }
}
