/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "gln-listing.h"

#include "gln-listing-private.h"

/* The papers of a page's entries (gln-listing-entries.c assembles them): each entry's
 * lines handed to the steps that find its fields (gln-listing-fields.c), and the blocks
 * that may be the page's own text rather than papers kept, for a preview, with why. */

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
          _gln_listing_find_byline (fields, line);
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
      _gln_listing_find_line_title (&fields, _gln_listing_line_at (page, entry->title));
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

/* A paragraph that shows where the paper appeared (a venue's numbers, a venue with its
 * notes) is no abstract: the paper goes without one. Without a title it is a citation
 * the readers could not take apart, named by its first sentence for the user to check,
 * and the heading above it names no institution.
 * Asked of papers taken as such; a block kept for a preview shows its paragraph. */
static void
drop_venue_text (GlnPaper *paper,
                 gboolean  untitled)
{
  const char *abstract = gln_paper_get_abstract (paper);

  if (abstract == NULL || !_gln_listing_reads_as_venue_text (abstract))
    return;
  gln_paper_set_abstract (paper, NULL);
  if (!untitled)
    return;
  /* The heading over it ("published articles") is a section's, no institution's. */
  gln_paper_set_institutions (paper, NULL);
  if (gln_listing_get_doubt (paper) == NULL)
    g_object_set_qdata (G_OBJECT (paper), _gln_listing_doubt_quark (),
                        (gpointer) _("This reads like a citation whose title, authors and "
                                     "venue could not be told apart; its first sentence "
                                     "stands for the title."));
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

/* Adds the papers of the page's entries to papers. */
void
_gln_listing_add_entries (ListingPage *page,
                          GPtrArray   *papers)
{
  g_autoptr(GPtrArray) built = g_ptr_array_new ();
  g_autoptr(GArray) titles = g_array_new (FALSE, FALSE, sizeof (int));  /* of built */
  g_autoptr(GArray) doubted = g_array_new (FALSE, FALSE, sizeof (gboolean));  /* of built */
  const gboolean yes = TRUE;
  const gboolean no = FALSE;
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
              g_array_append_val (doubted, yes);
            }
          continue;
        }
      g_ptr_array_add (built, build_paper (page, entry));
      g_array_append_val (titles, entry->title);
      g_array_append_val (doubted, no);
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
      if (!g_array_index (doubted, gboolean, i))
        drop_venue_text (paper, g_array_index (titles, int, i) < 0);
      g_ptr_array_add (papers, paper);
    }
}
