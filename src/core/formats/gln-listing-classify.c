/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include "gln-listing-private.h"

#include <string.h>

/* The first steps of reading a pasted page (gln-listing.c): each line classified on its
 * own (blank, chrome, title-like text, abstract-like text, or a meta line such as a date),
 * then beside its neighbours; and, once the records are out, hard-wrapped paragraphs
 * joined. */

/* A labelled line holds what its label names: "Title: …", "Authors: …", a lone "Abstract". */
static void
classify_labelled (ListingLine *line)
{
  static const ListingMetaKind metas[] = {
    [LABEL_AUTHORS] = META_AUTHORS,
    [LABEL_CATEGORY] = META_CATEGORY,
    [LABEL_DATE] = META_DATE,
    [LABEL_DOI] = META_DOI,
    [LABEL_OTHER] = META_OTHER,
    [LABEL_VENUE] = META_OTHER,
  };

  if (line->label == LABEL_TITLE)
    line->kind = *line->text != '\0' ? KIND_TEXT : KIND_CHROME;
  else if (line->label == LABEL_ABSTRACT && *line->text != '\0')
    line->kind = KIND_ABSTRACT;
  else if (line->label == LABEL_ABSTRACT)
    line->meta = META_ABSTRACT_LABEL;
  else if (line->label < G_N_ELEMENTS (metas))
    line->meta = metas[line->label];
}

/* The kind of meta line an unlabelled line is, or META_NONE: tried from the cheapest and
 * most certain test on. */
static ListingMetaKind
find_meta_kind (const char *text)
{
  ListingMeta meta = LISTING_META_INIT;
  ListingMetaKind kind = META_NONE;
  g_autofree char *arxiv = NULL;

  if (_gln_listing_is_separator (text))
    return META_SEPARATOR;
  if (_gln_listing_parse_author_count (text) >= 0)
    return META_AUTHOR_COUNT;
  if (_gln_listing_is_code_flag (text))
    return META_CODE;
  /* "6316*\t1926": a citation table's count and year cells. */
  if (_gln_listing_is_row_cells (text))
    return META_CITED;

  if (_gln_listing_parse_date_line (text, &meta))
    kind = meta.category != NULL || meta.code ? META_CARD_DATE : META_DATE;
  else if ((arxiv = _gln_listing_parse_arxiv_line (text, NULL)) != NULL)
    kind = META_ARXIV;
  else if (_gln_listing_is_doi_line (text))
    kind = META_DOI;
  else if (_gln_listing_is_category_line (text))
    kind = META_CATEGORY;
  _gln_listing_meta_clear (&meta);

  return kind;
}

/* Running prose: the words of an abstract's sentences that no citation, date or author
 * line strings together ("we", "that", "is"). Only a long line is asked, and only one whose
 * opening words show them, so that a citation with its abstract run on after it is still
 * read as one. */
#define MIN_PROSE_BYTES 300
#define PROSE_OPENING_WORDS 60
#define MIN_PROSE_OPENING 3
#define MIN_PROSE_WORDS 6

static gboolean
is_prose_word (const char *word,
               gsize       len)
{
  /* Compared by length first: most words of a line are longer than these. */
  switch (len)
    {
    case 2:
      return memcmp (word, "we", 2) == 0 || memcmp (word, "is", 2) == 0 ||
             memcmp (word, "it", 2) == 0 || memcmp (word, "be", 2) == 0;
    case 3:
      return memcmp (word, "our", 3) == 0 || memcmp (word, "are", 3) == 0 ||
             memcmp (word, "was", 3) == 0 || memcmp (word, "its", 3) == 0 ||
             memcmp (word, "can", 3) == 0 || memcmp (word, "has", 3) == 0;
    case 4:
      return memcmp (word, "were", 4) == 0 || memcmp (word, "been", 4) == 0 ||
             memcmp (word, "have", 4) == 0 || memcmp (word, "this", 4) == 0 ||
             memcmp (word, "that", 4) == 0;
    case 5:
      return memcmp (word, "these", 5) == 0 || memcmp (word, "which", 5) == 0;
    default:
      return FALSE;
    }
}

static gboolean
reads_as_running_prose (const char *text)
{
  guint words = 0;
  guint prose = 0;
  const char *p = text;

  if (strnlen (text, MIN_PROSE_BYTES) < MIN_PROSE_BYTES)
    return FALSE;
  while (*p != '\0' && prose < MIN_PROSE_WORDS)
    {
      const char *start;

      while (*p != '\0' && !g_ascii_isalpha (*p))
        p++;
      start = p;
      while (g_ascii_isalpha (*p))
        p++;
      if (p == start)
        break;
      if (is_prose_word (start, p - start))
        prose++;
      if (++words == PROSE_OPENING_WORDS && prose < MIN_PROSE_OPENING)
        return FALSE;
    }

  return prose >= MIN_PROSE_WORDS;
}

/* Prose: a title (perhaps run together with its authors), an abstract, or a line that
 * names people, such as the byline of a search result. */
static void
classify_text (ListingLine *line)
{
  const char *text = line->text;
  g_autofree char *title = NULL;
  g_autoptr(GPtrArray) authors = NULL;
  g_autoptr(GPtrArray) insts = NULL;
  gboolean truncated;

  if (_gln_listing_split_title_authors (text, &title, &authors, &truncated, &insts))
    {
      line->kind = KIND_TEXT;
      line->glued_text = text;
      line->glued_title = g_steal_pointer (&title);
      line->glued_authors = g_steal_pointer (&authors);
      line->glued_insts = g_steal_pointer (&insts);
      line->glued_truncated = truncated;
    }
  /* Before the abstract test: a venue cut short ("Antarctica. Institute of …, 1996") reads
   * like sentences. The names are kept for the passes that read them again. */
  else if ((line->byline = _gln_listing_parse_byline (text, &truncated,
                                                      &line->byline_year)) != NULL)
    {
      line->meta = META_BYLINE;
      line->byline_truncated = truncated;
    }
  else if (_gln_listing_looks_like_abstract (text))
    line->kind = KIND_ABSTRACT;
  else if (strlen (text) < 400 &&
           (authors = _gln_listing_parse_author_list (text, FALSE, &truncated)) != NULL)
    line->meta = META_AUTHORS;
  else if (_gln_listing_is_venue (text))
    line->meta = META_OTHER;
  else
    line->kind = KIND_TEXT;
}

/* "Save Cite Cited by 19 Related articles": a line of links that counts citations. */
static gboolean
shows_cited_by (const char *text)
{
  const char *cited = strstr (text, "Cited by ");

  return cited != NULL && strlen (text) < 160 && g_ascii_isdigit (cited[strlen ("Cited by ")]);
}

/* What a line is on its own; a meta line unless it turns out to be something else. */
void
_gln_listing_classify_line (ListingLine *line)
{
  const char *text = line->text;

  if (*line->text == '\0')
    {
      line->kind = KIND_BLANK;
      return;
    }

  line->kind = KIND_META;
  /* "pdf bib Title", "[J00-1001]: A | B" (ACL Anthology until 2019). */
  line->text = (char *) _gln_listing_strip_links (line->text);
  line->linked = line->text != text;
  line->text = (char *) _gln_listing_strip_id (text = line->text);
  line->with_id = line->text != text;
  line->text = (char *) _gln_listing_strip_label (line->text, &line->label);
  if (line->label != LABEL_NONE)
    classify_labelled (line);
  /* Running prose is no date, identifier, byline or title run together with its names:
   * a long notice of copyright, an abstract, or a paragraph of the page. */
  else if ((line->prose = reads_as_running_prose (line->text)))
    line->kind = _gln_listing_is_chrome (line->text) ? KIND_CHROME :
                 _gln_listing_looks_like_abstract (line->text) ? KIND_ABSTRACT : KIND_TEXT;
  else if ((line->meta = find_meta_kind (line->text)) == META_NONE)
    {
      if (_gln_listing_is_chrome (line->text))
        {
          /* The links under a search result count its citations. */
          line->kind = KIND_CHROME;
          if (shows_cited_by (line->text))
            {
              line->kind = KIND_META;
              line->meta = META_CITED;
            }
        }
      else
        classify_text (line);
    }
}

/* A paper's discussion (OpenReview's forum) follows the paper: its reviews, decision and
 * comments are the page's own text from their first line on. */
void
_gln_listing_mark_replies (ListingPage *page)
{
  guint i;

  for (i = 0; i < page->lines->len; i++)
    {
      ListingLine *line = _gln_listing_line_at (page, i);

      if (line->kind != KIND_BLANK && _gln_listing_starts_replies (line->text))
        break;
    }
  for (; i < page->lines->len; i++)
    {
      ListingLine *line = _gln_listing_line_at (page, i);

      if (line->kind != KIND_BLANK)
        line->kind = KIND_CHROME;
    }
}

/* "@inproceedings{Key24,": the first line of a BibTeX entry, as a "Bib" button expands it
 * under a paper (jekyll-scholar, al-folio). Returns the depth of its braces after the line,
 * or -1 when it opens none. */
static int
opens_bibtex (const char *text)
{
  const char *p = text + 1;
  int depth = 0;

  if (*text != '@' || !g_ascii_isalpha (*p))
    return -1;
  while (g_ascii_isalpha (*p))
    p++;
  if (*p != '{' || strchr (p, ',') == NULL)
    return -1;
  for (; *p != '\0'; p++)
    depth += *p == '{' ? 1 : *p == '}' ? -1 : 0;

  return depth;
}

/* An expanded BibTeX entry is the paper's citation, not a paper or an abstract: its lines,
 * up to the brace that closes it, are the page's own. Asked before the lines are
 * classified: a blank line is one without text. */
void
_gln_listing_mark_bibtex (ListingPage *page)
{
  for (guint i = 0; i < page->lines->len; i++)
    {
      ListingLine *line = _gln_listing_line_at (page, i);
      int depth = opens_bibtex (line->text);

      if (depth < 0)
        continue;
      line->kind = KIND_CHROME;
      while (depth > 0 && i + 1 < page->lines->len)
        {
          line = _gln_listing_line_at (page, ++i);
          if (*line->text == '\0')
            break;
          line->kind = KIND_CHROME;
          for (const char *p = line->text; *p != '\0'; p++)
            depth += *p == '{' ? 1 : *p == '}' ? -1 : 0;
        }
    }
}

/* Hard-wrapped paragraphs: a line continues the one above when that one stops
 * mid-sentence and this one starts in lower case, or the one above ends on a comma,
 * hyphen or function word. */
static gboolean
continues (const char *above,
           const char *below)
{
  static const char * const function_words[] = {
    "the", "a", "an", "of", "and", "or", "to", "in", "for", "with", "on", "that", "by", "is",
    "are", "from", "as", "at", "we", "our", "this", "which", "its", "their", "der", "die",
    "das", "und", "von", "mit", "le", "la", "les", "des", "et", "de", "el", "los", "y",
  };
  gsize n = strlen (above);
  const char *last_word;

  if (n == 0 || _gln_listing_ends_sentence (above))
    return FALSE;
  if (!g_unichar_islower (g_utf8_get_char (below)) && strchr (",;-", above[n - 1]) == NULL)
    {
      gboolean function_word = FALSE;

      last_word = strrchr (above, ' ');
      last_word = last_word != NULL ? last_word + 1 : above;
      for (guint i = 0; i < G_N_ELEMENTS (function_words) && !function_word; i++)
        function_word = g_ascii_strcasecmp (last_word, function_words[i]) == 0;
      if (!function_word)
        return FALSE;
    }

  return _gln_listing_count_words_upto (above, 4) >= 4;
}

void
_gln_listing_join_paragraphs (ListingPage *page)
{
  int head = -1;

  for (guint i = 0; i < page->lines->len; i++)
    {
      ListingLine *line = _gln_listing_line_at (page, i);
      ListingLine *h;

      if (line->kind != KIND_TEXT && line->kind != KIND_ABSTRACT)
        {
          head = -1;
          continue;
        }
      if (head < 0 || line->label != LABEL_NONE ||
          !continues (_gln_listing_text_at (page, head), line->text))
        {
          head = i;
          continue;
        }

      h = _gln_listing_line_at (page, head);
      if (h->paragraph == NULL)
        h->paragraph = g_string_new (h->text);
      g_string_append_c (h->paragraph, ' ');
      g_string_append (h->paragraph, line->text);
      line->kind = KIND_CONTINUATION;
      if (h->label != LABEL_ABSTRACT && h->label != LABEL_TITLE)
        h->kind = _gln_listing_looks_like_abstract (h->paragraph->str) ? KIND_ABSTRACT : KIND_TEXT;
    }
}

/* Whether the line at i, read as prose, is a title: it stands over an "Authors:" line
 * with the labelled abstract under that ("FAUST XXIX. OCS line emission: …", "Many
 * interacting particles in solution. I. Screening-ranged …" on an arXiv search page). */
static gboolean
is_title_over_labels (ListingPage *page,
                      int          i)
{
  ListingLine *line = _gln_listing_line_at (page, i);
  int a = _gln_listing_next_nonblank (page, i);
  int b = a >= 0 ? _gln_listing_next_nonblank (page, a) : -1;
  ListingLine *below;

  if (b < 0 || line->kind != KIND_ABSTRACT || line->label != LABEL_NONE ||
      strlen (line->text) > 400 || _gln_listing_line_at (page, a)->label != LABEL_AUTHORS)
    return FALSE;
  below = _gln_listing_line_at (page, b);

  return below->label == LABEL_ABSTRACT || below->meta == META_ABSTRACT_LABEL;
}

/* A person's name alone on its line, its parts perhaps joined by an en dash
 * ("Bouaziz–Ermann"). */
static gboolean
is_listed_name (const char *text)
{
  g_autofree char *hyphened = NULL;
  g_auto(GStrv) parts = NULL;

  if (strstr (text, "–") == NULL)
    return _gln_listing_looks_like_person (text);
  parts = g_strsplit (text, "–", -1);
  hyphened = g_strjoinv ("-", parts);

  return _gln_listing_looks_like_person (hyphened);
}

/* The names an empty "Authors:" label at i lists under it, one a line ("Auteur(s) :" /
 * "Alice Martin" / "Bruno Petit" on a documentation site's cards): its author lines. */
static void
mark_listed_authors (ListingPage *page,
                     int          i)
{
  for (int j = _gln_listing_next_nonblank (page, i); j >= 0;
       j = _gln_listing_next_nonblank (page, j))
    {
      ListingLine *name = _gln_listing_line_at (page, j);
      int below = _gln_listing_next_nonblank (page, j);
      ListingLabel label = below >= 0 ? _gln_listing_line_at (page, below)->label : LABEL_NONE;

      if (name->label != LABEL_NONE || strlen (name->text) > 80 || !is_listed_name (name->text))
        break;
      /* Over labels of its own ("Lien :", "Auteur(s) :") stands the next card's title,
       * however much it reads like a name: that card shows no "Résumé :". */
      if (label != LABEL_NONE && label != LABEL_ABSTRACT)
        break;
      name->kind = KIND_META;
      name->meta = META_AUTHORS;
      name->label = LABEL_AUTHORS;
      name->listed = TRUE;
    }
}

/* Lines in context: an organisation or author line sits above a lone separator, the
 * paragraph after a lone "Abstract" label is the abstract however short it is, and a line
 * over labelled authors and abstract is their title however many sentences it has. */
void
_gln_listing_classify_in_context (ListingPage *page)
{
  for (guint i = 0; i < page->lines->len; i++)
    {
      ListingLine *line = _gln_listing_line_at (page, i);
      int next = line->kind != KIND_BLANK ? _gln_listing_next_nonblank (page, i) : -1;
      ListingLine *after = next >= 0 ? _gln_listing_line_at (page, next) : NULL;

      if (after == NULL)
        continue;

      if (line->label == LABEL_AUTHORS && *line->text == '\0')
        mark_listed_authors (page, i);
      else if (is_title_over_labels (page, i))
        line->kind = KIND_TEXT;
      else if (line->kind == KIND_TEXT && line->label == LABEL_NONE &&
          after->kind == KIND_META && after->meta == META_SEPARATOR && strlen (line->text) < 120)
        {
          g_autoptr(GPtrArray) names = NULL;
          gboolean truncated;

          line->kind = KIND_META;
          names = _gln_listing_parse_author_list (line->text, FALSE, &truncated);
          line->meta = names != NULL ? META_AUTHORS : META_ORG;
        }
      else if (line->kind == KIND_META && line->meta == META_ABSTRACT_LABEL &&
               (after->kind == KIND_TEXT || after->kind == KIND_ABSTRACT))
        {
          after->kind = KIND_ABSTRACT;
          after->label = LABEL_ABSTRACT;
        }
    }
}
