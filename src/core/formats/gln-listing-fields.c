/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include "gln-listing-private.h"
#include "gln-macros.h"
#include "gln-paper-key.h"

#include <string.h>

/* The fields of a paper, one step each. A step reads the text of one line of an entry (or
 * its abstract) and keeps what it finds in a ListingFields; it does not care where the
 * page put that line, so a page laid out differently only has to say which line holds
 * what. When several lines show a field, the first one wins, except that a labelled
 * category replaces one shown beside a date or an arXiv id. */

/* The paper the fields are read into, made when the first of them is found: most lines
 * a rule tries are no paper, and a paper is dear to make and to free. */
static GlnPaper *
paper_of (ListingFields *fields)
{
  if (fields->paper == NULL)
    fields->paper = gln_paper_new ();

  return fields->paper;
}

static char **
ptr_array_to_strv (GPtrArray *array)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  char **strv;

  if (array != NULL)
    for (guint i = 0; i < array->len; i++)
      g_strv_builder_add (builder, g_ptr_array_index (array, i));
  strv = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);

  return strv;
}

static void
set_categories (ListingFields *fields,
                ListingMeta   *meta)
{
  gln_paper_set_category (paper_of (fields), meta->category);
  g_clear_pointer (&fields->categories, g_ptr_array_unref);
  fields->categories = g_steal_pointer (&meta->categories);
}

static void
keep_first_category (ListingFields *fields,
                     ListingMeta   *meta)
{
  if (meta->category != NULL && gln_paper_get_category (paper_of (fields)) == NULL)
    set_categories (fields, meta);
}

static void
set_date (GlnPaper          *paper,
          const ListingMeta *meta,
          int                default_year)
{
  int year = meta->year != 0 ? meta->year : default_year;
  g_autofree char *iso = NULL;

  gln_paper_set_date_text (paper, meta->date_text);
  if (meta->month != 0 && meta->day != 0)
    {
      /* "Feb 30" shown on a page is not a date. */
      if (!g_date_valid_dmy (meta->day, meta->month, year))
        return;
      iso = g_strdup_printf ("%04d-%02d-%02d", year, meta->month, meta->day);
      gln_paper_set_date_precision (paper, GLN_DATE_PRECISION_DAY);
    }
  else if (meta->month != 0)
    {
      iso = g_strdup_printf ("%04d-%02d", year, meta->month);
      gln_paper_set_date_precision (paper, GLN_DATE_PRECISION_MONTH);
    }
  else
    return;
  gln_paper_set_published (paper, iso);
}

static void
set_year (GlnPaper *paper,
          int       year)
{
  g_autofree char *text = g_strdup_printf ("%d", year);

  gln_paper_set_date_text (paper, text);
  gln_paper_set_published (paper, text);
  gln_paper_set_date_precision (paper, GLN_DATE_PRECISION_YEAR);
}

/* Where gln_listing_get_line() and gln_listing_get_urls() find their answers. */
GQuark
_gln_listing_line_quark (void)
{
  return g_quark_from_static_string ("gln-listing-line");
}

GQuark
_gln_listing_urls_quark (void)
{
  return g_quark_from_static_string ("gln-listing-urls");
}

GQuark
_gln_listing_doubt_quark (void)
{
  return g_quark_from_static_string ("gln-listing-doubt");
}

GQuark
_gln_listing_cited_by_quark (void)
{
  return g_quark_from_static_string ("gln-listing-cited-by");
}

void
_gln_listing_fields_init (ListingFields *fields,
                          int            year)
{
  memset (fields, 0, sizeof *fields);
  fields->institutions = g_ptr_array_new_with_free_func (g_free);
  fields->year = year;
  fields->cited_by = -1;
}

void
_gln_listing_fields_clear (ListingFields *fields)
{
  g_clear_object (&fields->paper);
  g_clear_pointer (&fields->title, g_free);
  g_clear_pointer (&fields->authors, g_ptr_array_unref);
  g_clear_pointer (&fields->institutions, g_ptr_array_unref);
  g_clear_pointer (&fields->categories, g_ptr_array_unref);
  g_clear_pointer (&fields->urls, g_ptr_array_unref);
  g_clear_pointer (&fields->arxiv_id, g_free);
  g_clear_pointer (&fields->doi, g_free);
  g_clear_pointer (&fields->code_url, g_free);
  g_clear_pointer (&fields->venue, g_free);
}

/* "Title [code]", "Title [slides] [code]": where a title ends before the labels of its
 * links in brackets, which hand-made pages put after it. */
static gsize
title_before_link_labels (const char *text)
{
  gsize len = strlen (text);

  /* Most titles end otherwise. */
  while (len > 0 && text[len - 1] == ']')
    {
      const char *open = g_strrstr_len (text, len, "[");
      gsize start;

      if (open == NULL || open == text || open[-1] != ' ' ||
          !_gln_listing_is_link_word (open, text + len - open))
        break;
      start = open - text;
      while (start > 0 && text[start - 1] == ' ')
        start--;
      if (start == 0)
        break;
      len = start;
    }

  return len;
}

/* Sets the title and, when the line ran them together with it, the authors and their
 * institutions; takes the title and the authors. */
static void
set_title (ListingFields *fields,
           char          *title,
           GPtrArray     *authors,
           gboolean       truncated,
           GPtrArray     *insts)
{
  g_autoptr(GPtrArray) names = authors;

  g_free (fields->title);
  fields->title = title;
  if (names != NULL && fields->authors == NULL)
    {
      fields->authors = g_steal_pointer (&names);
      fields->truncated = truncated;
    }
  for (guint i = 0; insts != NULL && i < insts->len; i++)
    _gln_listing_add_institution (fields, g_ptr_array_index (insts, i));
}

/* What the title line shows once its chrome, numbering and link labels are gone, and
 * where that ends. */
static const char *
title_text (const char *line,
            gsize      *len)
{
  const char *shown = _gln_listing_strip_numbering (_gln_listing_strip_glued_chrome (line));

  *len = title_before_link_labels (shown);
  return shown;
}

/* A title line, perhaps run together with its authors and their institutions, as author
 * and organisation pages show it: "1. Title of the paperAlice Smith, Bob Jones · mit". */
void
_gln_listing_find_title (ListingFields *fields,
                         const char    *line)
{
  gsize len;
  const char *shown = title_text (line, &len);
  g_autofree char *labelled = shown[len] != '\0' ? g_strndup (shown, len) : NULL;
  const char *raw = labelled != NULL ? labelled : shown;
  char *title = NULL;
  GPtrArray *authors = NULL;
  g_autoptr(GPtrArray) insts = NULL;
  gboolean truncated = FALSE;

  if (!_gln_listing_split_title_authors (raw, &title, &authors, &truncated, &insts))
    title = g_strdup (raw);
  set_title (fields, title, authors, truncated, insts);
}

/* The same of a page's line, whose text classifying may have split already. */
void
_gln_listing_find_line_title (ListingFields     *fields,
                              const ListingLine *line)
{
  const char *text = _gln_listing_line_text (line);
  gsize len;

  if (line->glued_title != NULL && text == line->glued_text &&
      title_text (text, &len) == text && text[len] == '\0')
    set_title (fields, g_strdup (line->glued_title),
               g_ptr_array_copy (line->glued_authors, (GCopyFunc) g_strdup, NULL),
               line->glued_truncated, line->glued_insts);
  else
    _gln_listing_find_title (fields, text);
  /* "\"Energy Transport in Ion Chains\"": a title line in quotes, as a list of papers
   * writes it over the names; the quotes are no part of it. */
  if (fields->title != NULL && strchr ("\"\xe2", fields->title[0]) != NULL)
    fields->title = _gln_listing_unquote_title (fields->title);
}

/* An abstract shown without a title is named by its first sentence. */
void
_gln_listing_find_abstract_title (ListingFields *fields,
                                  const char    *abstract)
{
  g_free (fields->title);
  fields->title = _gln_listing_derive_title (abstract);
}

/* A line that holds one author's name and nothing else. */
void
_gln_listing_find_person (ListingFields *fields,
                          const char    *line)
{
  if (fields->authors != NULL)
    return;

  fields->authors = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (fields->authors, g_strdup (line));
}

/* "Alice Smith, Bob Jones and Carol White"; lenient for the value of an "Authors:" label. */
void
_gln_listing_find_authors (ListingFields *fields,
                           const char    *line,
                           gboolean       lenient)
{
  if (fields->authors == NULL)
    fields->authors = _gln_listing_parse_author_list (line, lenient, &fields->truncated);
}

/* One name of those an empty "Authors:" label lists one a line under it. */
void
_gln_listing_add_listed_author (ListingFields *fields,
                                const char    *line)
{
  if (fields->authors == NULL)
    fields->authors = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (fields->authors, g_strdup (line));
}

/* The venue of a byline, as shown: what stands between the names and the host, without
 * its year ("Journal of X, 2019" in "A Smith - Journal of X, 2019 - host.org"; "Antarctica.
 * Institute of …, 1996" where no host follows). NULL when the byline shows only a year
 * ("B Jones - 2002 - host.org"). */
static char *
byline_venue (const char *line,
              int         year)
{
  const char *start = strstr (line, " - ");
  const char *end;
  const char *host;
  gsize len;

  if (start == NULL)
    return NULL;
  start += strlen (" - ");
  host = g_strrstr (start, " - ");
  end = host != NULL ? host : start + strlen (start);
  len = end - start;
  /* ", 2019" or "2019" alone: the year, which the date takes. */
  if (year > 0 && len >= 4 && g_ascii_isdigit (start[len - 1]) &&
      (int) g_ascii_strtoll (start + len - 4, NULL, 10) == year)
    {
      len -= 4;
      while (len > 0 && (start[len - 1] == ' ' || start[len - 1] == ','))
        len--;
    }
  if (len == 0 || (host == NULL && year == 0))
    return NULL;

  return g_strndup (start, len);
}

/* A search engine's byline gives the authors and, with them, the venue, the year and
 * perhaps an arXiv id: "A Smith, B Jones - arXiv preprint arXiv:2403.01234, 2024 - arxiv.org". */
void
_gln_listing_find_byline (ListingFields     *fields,
                          const ListingLine *byline)
{
  const char *line = byline->text;
  const char *arxiv = strstr (line, "arXiv:");
  int year = byline->byline_year;

  if (fields->authors != NULL)
    return;

  /* Read when the line was classified; a copy, as the names are the paper's to change. */
  if (byline->byline != NULL)
    fields->authors = g_ptr_array_copy (byline->byline, (GCopyFunc) g_strdup, NULL);
  fields->truncated = byline->byline_truncated;
  if (fields->authors != NULL && fields->venue == NULL)
    fields->venue = byline_venue (line, year);
  if (year > 0 && !fields->dated)
    {
      fields->dated = TRUE;
      set_year (paper_of (fields), year);
    }
  if (arxiv != NULL && fields->arxiv_id == NULL)
    {
      g_autofree char *token = g_strndup (arxiv, strcspn (arxiv, " ,;)"));

      if (!gln_arxiv_id_parse (token, &fields->arxiv_id, NULL))
        g_clear_pointer (&fields->arxiv_id, g_free);
    }
}

/* "• 7 authors" */
void
_gln_listing_find_author_count (ListingFields *fields,
                                const char    *line)
{
  int count = _gln_listing_parse_author_count (line);

  if (count >= 0)
    gln_paper_set_author_count (paper_of (fields), count);
}

void
_gln_listing_add_institution (ListingFields *fields,
                              const char    *name)
{
  for (guint i = 0; i < fields->institutions->len; i++)
    if (g_str_equal (g_ptr_array_index (fields->institutions, i), name))
      return;
  g_ptr_array_add (fields->institutions, g_strdup (name));
}

/* An organisation line, "Uchicago University of Chicago". On a page whose organisation
 * lines start with a handle, every line does, even one whose handle does not spell the
 * name out. */
void
_gln_listing_find_institution (ListingFields *fields,
                               const char    *line,
                               gboolean       org_handles)
{
  const char *space = strchr (line, ' ');
  gboolean had_handle;
  g_autofree char *name = _gln_listing_org_name (line, &had_handle);

  if (!had_handle && org_handles && space != NULL)
    gln_set_str (&name, space + 1);
  _gln_listing_add_institution (fields, name);
}

/* A date line, or the value of a "Date:" label. The date line of a card also shows the
 * category, a code flag and the upvotes: "CLApr 24, 2022Code", "Jul 12, 2023 1". */
void
_gln_listing_find_date (ListingFields *fields,
                        const char    *line,
                        gboolean       labelled)
{
  ListingMeta meta = LISTING_META_INIT;

  if (fields->dated)
    return;

  if (labelled ? _gln_listing_parse_date (line, &meta)
               : _gln_listing_parse_date_line (line, &meta))
    {
      fields->dated = TRUE;
      set_date (paper_of (fields), &meta, fields->year);
      keep_first_category (fields, &meta);
      fields->code |= meta.code;
      if (meta.upvotes >= 0)
        gln_paper_set_upvotes (paper_of (fields), meta.upvotes);
    }
  _gln_listing_meta_clear (&meta);
}

/* The value of a "Subjects:" label: "Machine Learning (cs.LG); AI (cs.AI)". */
void
_gln_listing_find_categories (ListingFields *fields,
                              const char    *line)
{
  ListingMeta meta = LISTING_META_INIT;

  _gln_listing_parse_categories (line, &meta);
  if (meta.category == NULL)
    meta.category = g_strdup (line);
  set_categories (fields, &meta);
  _gln_listing_meta_clear (&meta);
}

/* "arXiv:2506.01234v2 cs.LG": the id, and the categories after it. */
void
_gln_listing_find_arxiv_id (ListingFields *fields,
                            const char    *line)
{
  ListingMeta meta = LISTING_META_INIT;

  if (fields->arxiv_id == NULL)
    fields->arxiv_id = _gln_listing_parse_arxiv_line (line, &meta);
  keep_first_category (fields, &meta);
  _gln_listing_meta_clear (&meta);
}

/* The abstract is kept verbatim, with the links in it; the first link to a code host is
 * the paper's code unless a line beside the entry gave one. */
void
_gln_listing_find_abstract (ListingFields *fields,
                            const char    *abstract)
{
  static const char * const toggles[] = { "▽ More", "▽ more", "△ Less", "△ less" };
  g_autofree char *cut = NULL;

  /* arXiv's search results end a shortened abstract with the toggle that opens it. */
  for (guint i = 0; i < G_N_ELEMENTS (toggles); i++)
    if (g_str_has_suffix (abstract, toggles[i]))
      {
        cut = g_strndup (abstract, strlen (abstract) - strlen (toggles[i]));
        abstract = g_strchomp (cut);
        break;
      }
  gln_paper_set_abstract (paper_of (fields), abstract);
  g_clear_pointer (&fields->urls, g_ptr_array_unref);
  fields->urls = _gln_listing_find_urls (abstract);
  _gln_listing_keep_code_url (fields, fields->urls);
}

/* The value of a "Journal-ref:" or "Venue:" label, as shown. */
void
_gln_listing_find_venue (ListingFields *fields,
                         const char    *line)
{
  if (fields->venue == NULL && *line != '\0' && strlen (line) < 1024)
    fields->venue = g_strdup (line);
}

/* A date a citation shows, "2023 Apr 26" or "2021", already taken apart. */
void
_gln_listing_set_shown_date (ListingFields *fields,
                             const char    *shown,
                             int            year,
                             int            month,
                             int            day)
{
  ListingMeta meta = LISTING_META_INIT;

  if (fields->dated)
    return;
  fields->dated = TRUE;
  if (month == 0)
    {
      set_year (paper_of (fields), year);
      gln_paper_set_date_text (paper_of (fields), shown);
      return;
    }
  meta.date_text = (char *) shown;
  meta.year = year;
  meta.month = month;
  meta.day = day;
  set_date (paper_of (fields), &meta, fields->year);
}

/* "Cited by 41", or a count alone in a table cell: "Venue 30\t1234\t2017". */
void
_gln_listing_find_cited_by (ListingFields *fields,
                            const char    *line)
{
  const char *p = strstr (line, "Cited by ");
  const char *tab;

  if (fields->cited_by >= 0)
    return;
  if (p != NULL && g_ascii_isdigit (p[strlen ("Cited by ")]))
    {
      fields->cited_by = (int) MIN (g_ascii_strtoll (p + strlen ("Cited by "), NULL, 10), G_MAXINT);
      return;
    }
  for (tab = strchr (line, '\t'); tab != NULL; tab = strchr (tab + 1, '\t'))
    {
      const char *cell = tab + 1;
      gsize digits = 0;
      const char *after;

      while (g_ascii_isdigit (cell[digits]))
        digits++;
      /* "96*", "96 *": merged citations are marked. */
      after = cell + digits + strspn (cell + digits, " ");
      if (digits == 0 || digits > 9 || (*after != '\t' && *after != '*'))
        continue;
      fields->cited_by = (int) g_ascii_strtoll (cell, NULL, 10);
      return;
    }
}

/* "Human Factors.", 2024.": a venue closed by a stray quote, then its year, as a page
 * template wrote them. The length of the venue without them and its final periods, or len
 * when the line is not so. */
static gsize
venue_before_year (const char *line,
                   gsize       len)
{
  const char *quote = memchr (line, '"', len);
  guint digits = 0;
  gsize n;

  if (quote == NULL || quote == line)
    return len;
  for (const char *p = quote; p < line + len; p++)
    {
      if (g_ascii_isdigit (*p))
        digits++;
      else if (strchr ("\"., ", *p) == NULL)
        return len;
    }
  if (digits != 4 || _gln_listing_find_year (quote) == 0)
    return len;
  for (n = quote - line; n > 0 && (line[n - 1] == '.' || line[n - 1] == ' '); n--)
    ;

  return n > 0 ? n : len;
}

/* A line under a paper's authors: its venue, and the date in it or in a cell after it
 * ("Advances in Neural Information Processing Systems 30\t\t2017", "ICLR, 2021",
 * "Lancet Neurol. 2025 Apr;24(4):301-312."). */
void
_gln_listing_find_venue_line (ListingFields *fields,
                              const char    *line)
{
  static const char * const venue_words[] = {
    "proceedings", "conference", "journal", "workshop", "transactions", "symposium",
    "preprint", "arxiv", "letters", "review", "annals", "advances", "forum", "congress",
    "meeting", "findings", "volume", "press", "magazine", "bulletin",
  };
  gsize venue_len = strcspn (line, "\t");
  gboolean venue = line[venue_len] == '\t';
  gboolean dated = FALSE;
  const char *dot = strstr (line, " \u00b7 ");

  /* "medRxiv · 2026 ↗": the year after a middle dot is no part of the name. */
  if (dot != NULL && (gsize) (dot - line) < venue_len &&
      _gln_listing_year_at (line, dot + strlen (" \u00b7 ")) != 0)
    venue = TRUE, venue_len = dot - line;

  /* A line under the authors is a venue only when it says so: a year, table cells, or a
   * word venues use; "Total of 8 entries" is not one. */
  if (venue_len >= 1024)
    return;
  for (const char *p = line; *p != '\0' && !dated; p++)
    dated = _gln_listing_opens_century (p) &&
            g_ascii_isdigit (p[2]) && g_ascii_isdigit (p[3]) && !g_ascii_isalnum (p[4]) &&
            (p == line || !g_ascii_isalnum (p[-1]));
  if (dated && !fields->dated)
    _gln_listing_find_shown_date (fields, line, TRUE);
  if (!dated && !venue)
    {
      g_autofree char *folded = g_ascii_strdown (line, venue_len);

      for (guint i = 0; i < G_N_ELEMENTS (venue_words) && !venue; i++)
        venue = strstr (folded, venue_words[i]) != NULL;
    }
  if ((dated || venue) && fields->venue == NULL && venue_len > 0)
    fields->venue = g_strndup (line, venue_before_year (line, venue_len));
}

/* Sets what the steps gathered on the paper, with a key made of the best identifier found,
 * and hands the paper over. */
GlnPaper *
_gln_listing_fields_finish (ListingFields *fields)
{
  GlnPaper *paper = paper_of (fields);
  g_auto(GStrv) institutions = ptr_array_to_strv (fields->institutions);
  g_auto(GStrv) categories = ptr_array_to_strv (fields->categories);
  g_autofree char *key = NULL;
  gsize n = fields->title != NULL ? strlen (fields->title) : 0;

  /* "Title of the paper,": the comma that parts a title from its names (IEEE's style,
   * bib2html's lines) is no part of it. */
  if (n > 0 && fields->title[n - 1] == ',')
    {
      fields->title[n - 1] = '\0';
      g_strchomp (fields->title);
    }
  key = gln_paper_key_build (fields->arxiv_id, fields->doi, fields->title);

  gln_paper_set_title (paper, fields->title);
  gln_paper_set_source (paper, "listing");
  if (fields->authors != NULL)
    {
      g_auto(GStrv) authors = ptr_array_to_strv (fields->authors);

      gln_paper_set_authors (paper, (const char * const *) authors, NULL);
      gln_paper_set_authors_truncated (paper, fields->truncated);
    }
  gln_paper_set_institutions (paper, (const char * const *) institutions);
  gln_paper_set_categories (paper, (const char * const *) categories);
  gln_paper_set_code_url (paper, fields->code_url);
  gln_paper_set_has_code (paper, fields->code || fields->code_url != NULL);
  if (fields->arxiv_id != NULL)
    {
      g_autofree char *url = g_strconcat ("https://arxiv.org/abs/", fields->arxiv_id, NULL);

      gln_paper_set_arxiv_id (paper, fields->arxiv_id);
      gln_paper_set_url (paper, url);
    }
  gln_paper_set_doi (paper, fields->doi);
  gln_paper_set_key (paper, key);
  if (fields->venue != NULL)
    _gln_listing_cut_link_cells (fields->venue);
  gln_paper_set_journal_ref (paper, fields->venue);
  if (fields->cited_by >= 0)
    {
      g_autofree char *extra = g_strdup_printf ("{\"cited_by\":%d}", fields->cited_by);

      gln_paper_set_extra (paper, extra);
      /* Kept apart as well: the extra field may be cut or merged away on import. */
      g_object_set_qdata (G_OBJECT (paper), _gln_listing_cited_by_quark (),
                          GINT_TO_POINTER (fields->cited_by + 1));
    }

  g_object_set_qdata (G_OBJECT (paper), _gln_listing_line_quark (),
                      GUINT_TO_POINTER (fields->line));
  g_object_set_qdata_full (G_OBJECT (paper), _gln_listing_urls_quark (),
                           ptr_array_to_strv (fields->urls), (GDestroyNotify) g_strfreev);
  g_object_set_qdata (G_OBJECT (paper), _gln_listing_doubt_quark (), (gpointer) fields->doubt);

  return g_steal_pointer (&fields->paper);
}
