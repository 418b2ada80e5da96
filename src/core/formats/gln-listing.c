/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "gln-listing.h"

#include "gln-listing-private.h"

#include <string.h>

/* A pasted page is read in five steps. Each line is classified on its own (blank,
 * chrome, title-like text, abstract-like text, or a meta line such as a date), then beside
 * its neighbours (gln-listing-classify.c); the snippets of search results, wrapped over
 * lines, are joined (gln-listing-snippets.c); gln-listing-rows.c (the rows of citation tables),
 * gln-listing-venue-blocks.c (a venue under each title, an abstract perhaps below) and
 * gln-listing-records.c take out the papers shown without an abstract of their own entry;
 * wrapped paragraphs are joined;
 * gln-listing-entries.c assembles the lines into entries, one per abstract; and
 * gln-listing-papers.c hands the lines of each entry to the steps of gln-listing-fields.c
 * that find the paper's fields in them. */


static void
line_clear (gpointer data)
{
  ListingLine *line = data;

  if (line->paragraph != NULL)
    g_string_free (line->paragraph, TRUE);
  g_clear_pointer (&line->names, g_ptr_array_unref);
  g_clear_pointer (&line->byline, g_ptr_array_unref);
  g_free (line->glued_title);
  g_clear_pointer (&line->glued_authors, g_ptr_array_unref);
  g_clear_pointer (&line->glued_insts, g_ptr_array_unref);
}

static void
entry_clear (gpointer data)
{
  ListingEntry *entry = data;

  g_string_free (entry->text, TRUE);
  g_array_unref (entry->metas);
}

/* Word's "Save as Web Page" writes a list item's bullet as a character padded with
 * spaces to the text's indent ("‐         F. Name, …", "·         Title"); a lone
 * character with one space is the text's own. Returns where the text starts. */
static char *
skip_list_marker (char *start,
                  char *end)
{
  static const char * const markers[] = { "‐", "-", "–", "·", "•", "▪", "◦", "§", "Ø", "o" };
  char *p = NULL;
  guint blanks = 0;

  for (guint i = 0; i < G_N_ELEMENTS (markers) && p == NULL; i++)
    if (g_str_has_prefix (start, markers[i]))
      p = start + strlen (markers[i]);
  if (p == NULL)
    return start;
  while (p < end && _gln_listing_is_blank (g_utf8_get_char (p)))
    {
      p = g_utf8_next_char (p);
      blanks++;
    }

  return blanks >= 2 && p < end ? p : start;
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
      line.text = skip_list_marker (start, end);
      g_array_append_val (page->lines, line);
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
  guint found;

  page.lines = g_array_new (FALSE, TRUE, sizeof (ListingLine));
  g_array_set_clear_func (page.lines, line_clear);
  page.entries = g_array_new (FALSE, TRUE, sizeof (ListingEntry));
  page.records = g_ptr_array_new_with_free_func (g_object_unref);
  g_array_set_clear_func (page.entries, entry_clear);
  page.year = year;
  page.uncertain = uncertain;

  split_lines (&page, buffer);
  /* An expanded BibTeX entry's lines are the page's own: found first, they are not
   * classified at all. */
  _gln_listing_mark_bibtex (&page);
  for (guint i = 0; i < page.lines->len; i++)
    if (_gln_listing_line_at (&page, i)->kind != KIND_CHROME)
      _gln_listing_classify_line (_gln_listing_line_at (&page, i));
  _gln_listing_mark_replies (&page);
  _gln_listing_classify_in_context (&page);
  _gln_listing_join_snippets (&page);
  _gln_listing_find_dated_rows (&page);
  _gln_listing_find_header_rows (&page);
  _gln_listing_find_rows (&page);
  rows = page.records->len;
  _gln_listing_find_venue_blocks (&page);
  _gln_listing_find_venue_between (&page);
  _gln_listing_find_with_lines (&page);
  page.titled = _gln_listing_find_title_in_lines (&page);
  blocks = page.records->len - rows;
  _gln_listing_find_records (&page);
  /* Titles listed without authors: from the lines no other reader took. */
  found = page.records->len;
  _gln_listing_find_title_lists (&page);
  /* The rows pass reads the rows with cells first, then those without; the papers of the
   * venue blocks, of the record pass and of the title lists go among them. */
  if (rows > 0 || blocks > 0 || (found > 0 && page.records->len > found))
    g_ptr_array_sort (page.records, compare_lines);
  _gln_listing_join_paragraphs (&page);
  _gln_listing_assemble (&page);
  page.org_handles = has_org_handles (&page);

  _gln_listing_add_entries (&page, papers);
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
  g_auto(GStrv) plain = NULL;

  /* The names are copied only once a mark is found: most papers show none. */
  for (guint i = 0; authors != NULL && authors[i] != NULL; i++)
    {
      gsize n = _gln_listing_unmarked_length (authors[i], strlen (authors[i]));

      if (n > 0 && authors[i][n] != '\0')
        {
          if (plain == NULL)
            plain = g_strdupv ((char **) authors);
          plain[i][n] = '\0';
        }
    }
  if (plain != NULL)
    gln_paper_set_authors (paper, (const char * const *) plain,
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
