/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "gln-listing.h"

#include "gln-listing-private.h"

#include <string.h>

/* A pasted page is read in five steps. Each line is classified on its own (blank,
 * chrome, title-like text, abstract-like text, or a meta line such as a date), then beside
 * its neighbours; the snippets of search results, wrapped over lines, are joined
 * (gln-listing-snippets.c); gln-listing-rows.c (the rows of citation tables),
 * gln-listing-venue-blocks.c (a venue under each title, an abstract perhaps below) and
 * gln-listing-records.c take out the papers shown without an abstract of their own entry;
 * wrapped paragraphs are joined;
 * gln-listing-entries.c assembles the lines into entries, one per abstract; and the lines
 * of each entry are handed to the steps of gln-listing-fields.c that find the paper's
 * fields in them. */


static void
line_clear (gpointer data)
{
  ListingLine *line = data;

  if (line->paragraph != NULL)
    g_string_free (line->paragraph, TRUE);
  g_clear_pointer (&line->names, g_ptr_array_unref);
}

static void
entry_clear (gpointer data)
{
  ListingEntry *entry = data;

  g_string_free (entry->text, TRUE);
  g_array_unref (entry->metas);
}

/* Splits the writable buffer into trimmed lines at LF, CRLF or CR. */
static void
split_lines (ListingPage *page,
             char        *buffer)
{
  char *p = buffer;
  guint number = 1;

  while (*p != '\0')
    {
      ListingLine line = { NULL, NULL, number++, KIND_BLANK, META_NONE, LABEL_NONE, FALSE,
                           FALSE };
      char *start = p;
      char *end;

      p += strcspn (p, "\r\n");
      end = p;
      if (*p == '\r' && p[1] == '\n')
        p += 2;
      else if (*p != '\0')
        p++;

      while (start < end && _gln_listing_is_blank (g_utf8_get_char (start)))
        start = g_utf8_next_char (start);
      while (end > start)
        {
          char *prev = g_utf8_prev_char (end);

          if (!_gln_listing_is_blank (g_utf8_get_char (prev)))
            break;
          end = prev;
        }
      *end = '\0';
      line.text = start;
      g_array_append_val (page->lines, line);
    }
}

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
  int year;

  if (_gln_listing_split_title_authors (text, &title, &authors, &truncated, &insts))
    line->kind = KIND_TEXT;
  /* Before the abstract test: a venue cut short ("Antarctica. Institute of …, 1996") reads
   * like sentences. */
  else if ((authors = _gln_listing_parse_byline (text, &truncated, &year)) != NULL)
    line->meta = META_BYLINE;
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
static void
classify_line (ListingLine *line)
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
static void
mark_replies (ListingPage *page)
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

int
_gln_listing_next_nonblank (ListingPage *page,
                            int          i)
{
  for (i++; i < (int) page->lines->len; i++)
    if (_gln_listing_line_at (page, i)->kind != KIND_BLANK)
      return i;

  return -1;
}

int
_gln_listing_prev_nonblank (ListingPage *page,
                            int          i)
{
  for (i--; i >= 0; i--)
    if (_gln_listing_line_at (page, i)->kind != KIND_BLANK)
      return i;

  return -1;
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

static void
join_paragraphs (ListingPage *page)
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
static void
classify_in_context (ListingPage *page)
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

/* Hands each meta line of an entry to the step that finds its field there. */
static void
find_meta_fields (ListingPage   *page,
                  ListingEntry  *entry,
                  ListingFields *fields)
{
  for (guint i = 0; i < entry->metas->len; i++)
    {
      int at = g_array_index (entry->metas, int, i);
      ListingLine *line = _gln_listing_line_at (page, at);

      /* Names listed one a line belong to the title above them: those above this title
       * (of a card shown without an abstract) are another paper's. */
      if (line->listed && (entry->title < 0 || at < entry->title))
        continue;
      fields->line = MIN (fields->line, line->number);
      switch (line->meta)
        {
        case META_DATE:
        case META_CARD_DATE:
          _gln_listing_find_date (fields, line->text, line->label == LABEL_DATE);
          break;
        case META_BYLINE:
          _gln_listing_find_byline (fields, line->text);
          break;
        case META_AUTHOR_COUNT:
          _gln_listing_find_author_count (fields, line->text);
          break;
        case META_AUTHORS:
          if (line->listed)
            _gln_listing_add_listed_author (fields, line->text);
          else
            _gln_listing_find_authors (fields, line->text, line->label == LABEL_AUTHORS);
          break;
        case META_ORG:
          _gln_listing_find_institution (fields, line->text, page->org_handles);
          break;
        case META_ARXIV:
          _gln_listing_find_arxiv_id (fields, line->text);
          break;
        case META_CATEGORY:
          _gln_listing_find_categories (fields, line->text);
          break;
        case META_CODE:
          fields->code = TRUE;
          break;
        case META_DOI:
          _gln_listing_find_doi (fields, line->text);
          break;
        case META_OTHER:
          _gln_listing_find_code_url (fields, line->text);
          /* "ICLR 2027 Oral" under a paper's date (OpenReview) is its venue unlabelled. */
          if (line->label == LABEL_VENUE ||
              (line->label == LABEL_NONE && _gln_listing_is_venue (line->text)))
            _gln_listing_find_venue (fields, line->text);
          break;
        case META_CITED:
          _gln_listing_find_cited_by (fields, line->text);
          break;
        case META_NONE:
        case META_SEPARATOR:
        case META_ABSTRACT_LABEL:
        case N_META:
        default:
          break;
        }
    }
}

static GlnPaper *
build_paper (ListingPage  *page,
             ListingEntry *entry)
{
  g_auto(ListingFields) fields = { NULL, };

  _gln_listing_fields_init (&fields, page->year);
  fields.line = _gln_listing_line_at (page, entry->abstract)->number;
  if (entry->title >= 0)
    {
      _gln_listing_find_title (&fields, _gln_listing_text_at (page, entry->title));
      fields.line = MIN (fields.line, _gln_listing_line_at (page, entry->title)->number);
      /* A title line that was all page chrome leaves the abstract to name the paper. */
      if (fields.title == NULL || *fields.title == '\0')
        {
          _gln_listing_find_abstract_title (&fields, entry->text->str);
          fields.doubt = _("The page shows no title here; the first sentence stands for it.");
        }
    }
  else
    {
      _gln_listing_find_abstract_title (&fields, entry->text->str);
      /* An abstracts-only page shows none; elsewhere the paragraph may be no paper. */
      if (entry->untitled)
        fields.doubt = _("The page shows no title here; the first sentence stands for it.");
      if (entry->heading != NULL)
        _gln_listing_add_institution (&fields, entry->heading);
    }
  if (entry->person >= 0)
    _gln_listing_find_person (&fields, _gln_listing_line_at (page, entry->person)->text);
  find_meta_fields (page, entry, &fields);
  /* Last, so that a code link beside the entry wins over one in its abstract. A citation
   * or an author list under a title is no abstract: the paper goes without one. */
  if (entry->title < 0 || !_gln_listing_reads_as_citation (entry->text->str))
    _gln_listing_find_abstract (&fields, entry->text->str);

  return _gln_listing_fields_finish (&fields);
}

/* Whether text[0:length] is valid UTF-8. A page is mostly ASCII, which is passed over
 * eight bytes at a time; each other character is checked on its own. */
static gboolean
is_valid_utf8 (const char *text,
               gsize       length)
{
  const guchar *p = (const guchar *) text;
  const guchar *end = p + length;

  while (p < end)
    {
      guint64 word;
      gsize n;

      if (end - p >= 8 && (memcpy (&word, p, 8), (word & G_GUINT64_CONSTANT (0x8080808080808080)) == 0))
        {
          p += 8;
          continue;
        }
      if (*p < 0x80)
        {
          p++;
          continue;
        }
      n = *p >= 0xf0 ? 4 : *p >= 0xe0 ? 3 : 2;
      if ((gsize) (end - p) < n || !g_utf8_validate_len ((const char *) p, n, NULL))
        return FALSE;
      p += n;
    }

  return TRUE;
}

/* A copy of the text to cut into lines. NUL bytes would end the text early; invalid UTF-8
 * is repaired, not rejected. */
static char *
dup_valid_text (const char *text,
                gsize       length)
{
  g_autofree char *copy = g_malloc (length + 1);

  memcpy (copy, text, length);
  copy[length] = '\0';
  for (char *nul = memchr (copy, '\0', length); nul != NULL;
       nul = memchr (nul, '\0', length - (nul - copy)))
    *nul = ' ';
  if (is_valid_utf8 (copy, length))
    return g_steal_pointer (&copy);

  return g_utf8_make_valid (copy, length);
}

/* Whether the page starts its organisation lines with a handle, as one of them shows. */
static gboolean
has_org_handles (ListingPage *page)
{
  for (guint i = 0; i < page->lines->len; i++)
    {
      ListingLine *line = _gln_listing_line_at (page, i);
      gboolean had_handle = FALSE;
      g_autofree char *name = NULL;

      if (line->kind == KIND_META && line->meta == META_ORG)
        name = _gln_listing_org_name (line->text, &had_handle);
      if (had_handle)
        return TRUE;
    }

  return FALSE;
}

/* Whether a paper shows more than a title and a paragraph: authors, a date, an
 * identifier. On a page that lists papers with their authors, a paragraph with nothing of
 * that is the page's own text (a footer). */
static gboolean
shows_more_than_text (GlnPaper *paper)
{
  return gln_paper_get_n_authors (paper) > 0 || gln_paper_get_author_count (paper) >= 0 ||
         gln_paper_get_arxiv_id (paper) != NULL || gln_paper_get_doi (paper) != NULL ||
         gln_paper_get_date_text (paper) != NULL;
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  guint line_a = gln_listing_get_line (*(GlnPaper **) a);
  guint line_b = gln_listing_get_line (*(GlnPaper **) b);

  return line_a < line_b ? -1 : line_a > line_b;
}

/* Adds the papers shown without an abstract to those with one, both in page order, so
 * that all are in page order. */
static void
merge_records (GPtrArray *papers,
               GPtrArray *records)
{
  g_autoptr(GPtrArray) abstracts = g_ptr_array_new_with_free_func (g_object_unref);
  guint a = 0;
  guint r = 0;

  if (records->len == 0)
    return;
  for (guint i = 0; i < papers->len; i++)
    g_ptr_array_add (abstracts, g_object_ref (g_ptr_array_index (papers, i)));
  g_ptr_array_set_size (papers, 0);
  while (a < abstracts->len || r < records->len)
    {
      gboolean take_record = a == abstracts->len ||
        (r < records->len &&
         gln_listing_get_line (g_ptr_array_index (records, r)) <
         gln_listing_get_line (g_ptr_array_index (abstracts, a)));
      GlnPaper *paper = take_record ? g_ptr_array_index (records, r++)
                                    : g_ptr_array_index (abstracts, a++);

      g_ptr_array_add (papers, g_object_ref (paper));
    }
}

/* Whether an untitled paragraph follows a paper shown without an abstract, a line or two
 * below it (a TLDR, a search snippet): it is part of that paper, which stores no abstract
 * it did not show as one, and no block of its own. */
static gboolean
follows_record (ListingPage  *page,
                ListingEntry *entry)
{
  guint seen = 0;

  for (int i = entry->abstract - 1; i >= 0 && seen < 3; i--)
    {
      ListingLine *line = _gln_listing_line_at (page, i);

      if (line->kind == KIND_BLANK)
        continue;
      if (line->kind == KIND_RECORD)
        return TRUE;
      seen++;
    }

  return FALSE;
}

/* A block the page shows among its papers that is likely its own text: kept, for a
 * preview, with why it may be no paper. */
static void
add_uncertain (GPtrArray  *papers,
               GlnPaper   *paper,
               const char *doubt)
{
  g_object_set_qdata (G_OBJECT (paper), _gln_listing_doubt_quark (), (gpointer) doubt);
  g_ptr_array_add (papers, paper);
}

/* Whether the page's papers show more than a title and a paragraph: it lists papers by
 * title and authors (records), or nearly all of its entries show authors, a date or an
 * identifier (cards under labels, "Auteur(s) :" / "Date de publication :"). */
static gboolean
shows_fields (ListingPage *page,
              GPtrArray   *built)
{
  guint shown = 0;

  if (page->records->len > 0)
    return TRUE;
  for (guint i = 0; i < built->len; i++)
    shown += shows_more_than_text (g_ptr_array_index (built, i));

  return shown >= 3 && shown * 5 >= built->len * 4;
}

/* The papers of the page's entries. */
static void
add_entries (ListingPage *page,
             GPtrArray   *papers)
{
  g_autoptr(GPtrArray) built = g_ptr_array_new ();
  g_autoptr(GArray) titles = g_array_new (FALSE, FALSE, sizeof (int));  /* of built */
  gboolean fielded;
  gboolean leading = TRUE;

  for (guint i = 0; i < page->entries->len; i++)
    {
      ListingEntry *entry = &g_array_index (page->entries, ListingEntry, i);

      /* On a page that lists papers by title and authors, prose without a title (a
       * footer, a list of awards, an advertisement) is not a paper; a preview shows it,
       * unchecked, for the user to decide. */
      if (entry->title < 0 && page->records->len > 0)
        {
          if (page->uncertain && !follows_record (page, entry))
            {
              add_uncertain (built, build_paper (page, entry),
                             _("A paragraph without a title among papers shown by title and "
                               "authors: perhaps the page's own text, such as a notice or an "
                               "advertisement."));
              g_array_append_val (titles, entry->title);
            }
          continue;
        }
      g_ptr_array_add (built, build_paper (page, entry));
      g_array_append_val (titles, entry->title);
    }

  fielded = shows_fields (page, built);
  for (guint i = 0; i < built->len; i++)
    {
      GlnPaper *paper = g_ptr_array_index (built, i);
      gboolean bare = !shows_more_than_text (paper);

      /* On a page of cards (no records) the page's own paragraphs stand above the first
       * card; a card further down may show only its title and abstract. */
      leading = leading && bare;
      if (bare && fielded && (leading || page->records->len > 0) &&
          g_array_index (titles, int, i) >= 0)
        {
          if (page->uncertain)
            add_uncertain (papers, paper,
                           _("A title and a paragraph, with no authors, date or identifier, "
                             "among papers that show them: perhaps a heading of the page."));
          else
            g_object_unref (paper);
          continue;
        }
      g_ptr_array_add (papers, paper);
    }
}

static GPtrArray *
parse_page (const char *text,
            gsize       length,
            int         year,
            gboolean    uncertain)
{
  g_autofree char *buffer = dup_valid_text (text, length);
  ListingPage page = { NULL, };
  GPtrArray *papers = g_ptr_array_new_with_free_func (g_object_unref);
  guint rows;
  guint blocks;

  page.lines = g_array_new (FALSE, TRUE, sizeof (ListingLine));
  g_array_set_clear_func (page.lines, line_clear);
  page.entries = g_array_new (FALSE, TRUE, sizeof (ListingEntry));
  page.records = g_ptr_array_new_with_free_func (g_object_unref);
  g_array_set_clear_func (page.entries, entry_clear);
  page.year = year;
  page.uncertain = uncertain;

  split_lines (&page, buffer);
  for (guint i = 0; i < page.lines->len; i++)
    classify_line (_gln_listing_line_at (&page, i));
  mark_replies (&page);
  classify_in_context (&page);
  _gln_listing_join_snippets (&page);
  _gln_listing_find_rows (&page);
  rows = page.records->len;
  _gln_listing_find_venue_blocks (&page);
  blocks = page.records->len - rows;
  _gln_listing_find_records (&page);
  /* The rows pass reads the rows with cells first, then those without; the papers of the
   * venue blocks and of the record pass go among them. */
  if (rows > 0 || blocks > 0)
    g_ptr_array_sort (page.records, compare_lines);
  join_paragraphs (&page);
  _gln_listing_assemble (&page);
  page.org_handles = has_org_handles (&page);

  add_entries (&page, papers);
  merge_records (papers, page.records);

  g_ptr_array_unref (page.records);
  g_array_unref (page.entries);
  g_array_unref (page.lines);

  return papers;
}

/* "Cai W*", "Lena Brandt†": pages mark co-first and corresponding authors after their
 * names. The mark is no part of the name, which the library, its search and its exports
 * want plain; a name that is nothing but marks stays as shown. */
static void
drop_author_marks (GlnPaper *paper)
{
  const char * const *authors = gln_paper_get_authors (paper);
  g_autoptr(GPtrArray) plain = NULL;
  gboolean marked = FALSE;

  for (guint i = 0; authors != NULL && authors[i] != NULL; i++)
    {
      gsize len = strlen (authors[i]);
      gsize n = _gln_listing_unmarked_length (authors[i], len);

      marked |= n > 0 && n < len;
    }
  if (!marked)
    return;

  plain = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; authors[i] != NULL; i++)
    {
      gsize len = strlen (authors[i]);
      gsize n = _gln_listing_unmarked_length (authors[i], len);

      g_ptr_array_add (plain, g_strndup (authors[i], n > 0 ? n : len));
    }
  g_ptr_array_add (plain, NULL);
  gln_paper_set_authors (paper, (const char * const *) plain->pdata,
                         gln_paper_get_affiliations (paper));
}

/**
 * gln_listing_parse:
 * @text: the text of a copied web page
 * @length: length of @text in bytes, or -1 when it is nul-terminated
 * @options: (nullable): parsing options
 * @error: return location for a #GError
 *
 * Recognizes the papers in a listing page that a user copied from a browser (an
 * institution's page of abstracts, an author page, Hugging Face Daily Papers, search
 * results; and pages that show papers without abstracts: publication lists of citations,
 * ACL Anthology, DBLP, Google Scholar profiles, arXiv lists) and pasted. Papers shown
 * without an abstract get none; their venue goes to the journal reference and a citation
 * count shown beside them to the extra field as "cited_by". Each paper gets its title, abstract, authors, institutions,
 * category, dates (the date as shown, and an ISO date in @options' year when the page
 * shows none), code flag and link, upvotes and arXiv id as far as the page shows them, a
 * canonical key, and "listing" as its source. Abstracts are kept verbatim, LaTeX
 * included; only a label such as "Abstract:" is dropped, hard-wrapped lines are joined
 * with a space and further paragraphs with a newline. Abstracts shown without a title
 * get a title made from their first sentence and the heading above them as institution.
 *
 * Invalid UTF-8 is repaired and NUL bytes are read as spaces, so any text can be given.
 *
 * The 1-based line where each entry starts and the URLs found in its abstract are
 * available through gln_listing_get_line() and gln_listing_get_urls().
 *
 * Returns: (transfer container) (element-type GlnPaper): the papers in page order, or
 *   %NULL with @error set to %GLN_PARSE_ERROR_NO_PAPERS
 */
GPtrArray *
gln_listing_parse (const char               *text,
                   gssize                    length,
                   const GlnListingOptions  *options,
                   GError                  **error)
{
  g_autoptr(GPtrArray) papers = NULL;
  int year = options != NULL ? options->year : 0;

  g_return_val_if_fail (text != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length < 0)
    length = strlen (text);
  if (year <= 0)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      year = g_date_time_get_year (now);
    }

  papers = parse_page (text != NULL ? text : "", length, year,
                       options != NULL && options->uncertain);
  g_ptr_array_foreach (papers, (GFunc) drop_author_marks, NULL);
  if (papers->len == 0)
    {
      g_set_error_literal (error, GLN_PARSE_ERROR, GLN_PARSE_ERROR_NO_PAPERS,
                           _("No papers were found in the text"));
      return NULL;
    }

  return g_steal_pointer (&papers);
}

/**
 * gln_listing_looks_like:
 * @text: the start of a file or of pasted text
 * @length: length of @text in bytes
 *
 * Guesses whether @text is a pasted listing page rather than XML, JSON, BibTeX, RIS or
 * binary data: plain text holding at least one entry with an abstract, or one paper
 * shown by its title, authors and venue.
 *
 * Returns: %TRUE if gln_listing_parse() would find papers in @text
 */
gboolean
gln_listing_looks_like (const char *text,
                        gsize       length)
{
  g_autoptr(GPtrArray) papers = NULL;
  const gsize max_length = 256 * 1024;
  const char *p = text;
  const char *end = text + length;

  g_return_val_if_fail (text != NULL || length == 0, FALSE);

  if (memchr (text, '\0', MIN (length, 4096)) != NULL)
    return FALSE;

  if (length >= 3 && memcmp (p, "\xef\xbb\xbf", 3) == 0)
    p += 3;
  while (p < end && g_ascii_isspace (*p))
    p++;
  if (p == end || *p == '<' || *p == '{' || *p == '@' || *p == '%' ||
      (*p == '[' && !(p + 1 < end && g_ascii_isdigit (p[1]))) ||
      (end - p >= 6 && memcmp (p, "TY  -", 5) == 0))
    return FALSE;

  /* Cut a long text at a line end; the start of a page shows its layout. */
  if (length > max_length)
    {
      const char *cut = text + max_length;

      while (cut > text && *cut != '\n')
        cut--;
      length = cut > text ? (gsize) (cut - text) : max_length;
    }

  papers = parse_page (text, length, 2000, FALSE);

  return papers->len > 0;
}

/**
 * gln_listing_get_line:
 * @paper: a paper returned by gln_listing_parse()
 *
 * Returns: the 1-based line of the pasted text where the paper's entry starts, or 0 for
 *   papers that did not come from gln_listing_parse()
 */
guint
gln_listing_get_line (GlnPaper *paper)
{
  g_return_val_if_fail (GLN_IS_PAPER (paper), 0);

  return GPOINTER_TO_UINT (g_object_get_qdata (G_OBJECT (paper), _gln_listing_line_quark ()));
}

/**
 * gln_listing_get_doubt:
 * @paper: a paper returned by gln_listing_parse()
 *
 * Whether the page shows this paper plainly. A paper found from weaker evidence (an
 * abstract without a title, a single name under a short title) comes with the reason, so
 * that a preview can leave it to the user.
 *
 * Returns: (nullable): why the paper may not be one, as a sentence for the user, or %NULL
 */
const char *
gln_listing_get_doubt (GlnPaper *paper)
{
  g_return_val_if_fail (GLN_IS_PAPER (paper), NULL);

  return g_object_get_qdata (G_OBJECT (paper), _gln_listing_doubt_quark ());
}

/**
 * gln_listing_get_cited_by:
 * @paper: a paper returned by gln_listing_parse()
 *
 * Returns: the citation count the page showed beside the paper ("Cited by 19"), or -1
 */
int
gln_listing_get_cited_by (GlnPaper *paper)
{
  g_return_val_if_fail (GLN_IS_PAPER (paper), -1);

  return GPOINTER_TO_INT (g_object_get_qdata (G_OBJECT (paper),
                                              _gln_listing_cited_by_quark ())) - 1;
}

/**
 * gln_listing_get_urls:
 * @paper: a paper returned by gln_listing_parse()
 *
 * Returns: (transfer none) (nullable): the URLs mentioned in the paper's abstract, in
 *   order, or %NULL for papers that did not come from gln_listing_parse()
 */
const char * const *
gln_listing_get_urls (GlnPaper *paper)
{
  g_return_val_if_fail (GLN_IS_PAPER (paper), NULL);

  return g_object_get_qdata (G_OBJECT (paper), _gln_listing_urls_quark ());
}
