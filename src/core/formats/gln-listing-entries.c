/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-listing"

#include "config.h"

#include "gln-listing-private.h"

#include <string.h>

/* Assembling the classified lines of a page into entries, in phases. Every abstract anchors
 * an entry, whose title is the last text line before it; the page's layout is decided from
 * all the anchors; then the meta lines between two abstracts are given to the entry before
 * or after them, whichever side this page shows each kind of meta line on. */

typedef enum
{
  SIDE_AMBIGUOUS,
  SIDE_LEADING,
  SIDE_TRAILING,
} Side;

typedef struct
{
  int abstract;  /* the abstract's line */
  int start;     /* the first line after the previous abstract */
  int title;     /* the last text line in between, or -1 */
} Anchor;

/* What the phases learn about the page as a whole. */
typedef struct
{
  ListingPage *page;
  GArray      *anchors;           /* Anchor */
  guint        with_title;        /* anchors with a text line before them */
  guint        person_lines;      /* of those, the ones with an author line below it */
  gboolean     titled;            /* a title stands above each abstract */
  gboolean     person_layout;     /* one author's name stands below each title */
  Side         sides[N_META];     /* SIDE_AMBIGUOUS: decided by the neighbours in each gap */
  Side         counted[N_META];   /* for ambiguous kinds without neighbours */
  guint        votes[N_META][2];  /* how often the neighbours said leading, trailing */
} Layout;

static ListingLineKind
kind_at (ListingPage *page,
         int          i)
{
  return _gln_listing_line_at (page, i)->kind;
}

static ListingMetaKind
meta_in_run (ListingPage *page,
             GArray      *run,
             int          i)
{
  return _gln_listing_line_at (page, g_array_index (run, int, i))->meta;
}

static ListingEntry *
last_entry (ListingPage *page)
{
  if (page->entries->len == 0)
    return NULL;

  return &g_array_index (page->entries, ListingEntry, page->entries->len - 1);
}

static int
last_text_line (ListingPage *page,
                int          from,
                int          to)
{
  /* A paper shown without an abstract stands between: nothing above it is a title. */
  for (int i = to - 1; i >= from && kind_at (page, i) != KIND_RECORD; i--)
    if (kind_at (page, i) == KIND_TEXT)
      return i;

  return -1;
}

static gboolean
has_kind (ListingPage     *page,
          int              from,
          int              to,
          ListingLineKind  kind)
{
  for (int i = from; i < to; i++)
    if (kind_at (page, i) == kind)
      return TRUE;

  return FALSE;
}

/* The last line of the paragraph that starts at line i. */
static int
paragraph_end (ListingPage *page,
               int          i)
{
  while (i + 1 < (int) page->lines->len && kind_at (page, i + 1) == KIND_CONTINUATION)
    i++;

  return i;
}

static void
collect_metas (ListingPage *page,
               int          from,
               int          to,
               GArray      *out)
{
  for (int i = from; i < to; i++)
    if (kind_at (page, i) == KIND_META)
      g_array_append_val (out, i);
}

/* The meta lines next to [from, to): the run just before to (backwards) or just after from
 * (forwards), up to the first line of text. */
static void
collect_run (ListingPage *page,
             int          from,
             int          to,
             gboolean     backwards,
             GArray      *out)
{
  int step = backwards ? -1 : 1;

  for (int i = backwards ? to - 1 : from; i >= from && i < to; i += step)
    {
      ListingLineKind kind = kind_at (page, i);

      if (kind == KIND_BLANK)
        continue;
      if (kind != KIND_META)
        break;
      g_array_append_val (out, i);
    }
}

static void
count_run (ListingPage *page,
           int          from,
           int          to,
           gboolean     backwards,
           guint       *counts)
{
  g_autoptr(GArray) run = g_array_new (FALSE, FALSE, sizeof (int));

  collect_run (page, from, to, backwards, run);
  for (guint i = 0; i < run->len; i++)
    counts[meta_in_run (page, run, i)]++;
}

/* Does a text line in [from, to) have the authors on the line after it? */
static gboolean
shows_author_line (ListingPage *page,
                   int          from,
                   int          to)
{
  for (int i = from; i < to; i++)
    {
      int next = kind_at (page, i) == KIND_TEXT ? _gln_listing_next_nonblank (page, i) : -1;
      ListingLine *after = next >= 0 ? _gln_listing_line_at (page, next) : NULL;

      if (after != NULL &&
          ((after->kind == KIND_META && after->meta == META_AUTHORS) ||
           (after->kind == KIND_TEXT && _gln_listing_looks_like_person (after->text))))
        return TRUE;
    }

  return FALSE;
}

/* Every abstract anchors an entry; the last text line between it and the abstract before
 * it may be its title. */
static void
find_anchors (Layout *layout)
{
  ListingPage *page = layout->page;
  int start = 0;

  for (guint i = 0; i < page->lines->len; i++)
    {
      Anchor anchor = { i, start, -1 };

      if (kind_at (page, i) != KIND_ABSTRACT)
        continue;
      anchor.title = last_text_line (page, start, i);
      g_array_append_val (layout->anchors, anchor);
      if (anchor.title >= 0)
        {
          layout->with_title++;
          if (shows_author_line (page, start, i))
            layout->person_lines++;
        }
      start = i + 1;
    }
}

/* Whether the text lines above the abstracts are their titles. Abstracts-only pages show
 * a heading above some abstracts, not a title above each. */
static void
find_titled_layout (Layout *layout)
{
  GArray *anchors = layout->anchors;
  guint headings = 0;

  layout->titled = anchors->len == 1 ? layout->with_title > 0
                                     : layout->with_title * 2 >= anchors->len;
  if (layout->titled && layout->with_title < anchors->len)
    {
      for (guint a = 0; a < anchors->len; a++)
        {
          int t = g_array_index (anchors, Anchor, a).title;

          if (t >= 0 &&
              _gln_listing_looks_like_heading (_gln_listing_text_at (layout->page, t)))
            headings++;
        }
      if (headings == layout->with_title)
        layout->titled = FALSE;
    }
  layout->person_layout = layout->person_lines * 2 > layout->with_title;
}

static Side
default_side (ListingMetaKind meta)
{
  switch (meta)
    {
    case META_SEPARATOR:
    case META_AUTHOR_COUNT:
    case META_ORG:
    case META_CITED:
      return SIDE_TRAILING;
    case META_DATE:
    case META_CODE:
      return SIDE_AMBIGUOUS;
    case META_NONE:
    case META_CARD_DATE:
    case META_ARXIV:
    case META_AUTHORS:
    case META_BYLINE:
    case META_CATEGORY:
    case META_DOI:
    case META_ABSTRACT_LABEL:
    case META_OTHER:
    case N_META:
    default:
      return SIDE_LEADING;
    }
}

/* The side of the nearest meta line with a side of its own in the same run, looking back
 * first: a date after an author count and a separator trails. Ahead, only a trailing line
 * tells: the lines of one entry end where the next one's begin, so a line before the next
 * entry's arXiv id may still be the last of its own ("Submitted 2 December, 2025" over
 * "arXiv:2512.01119"). SIDE_AMBIGUOUS when nothing tells. */
static Side
neighbour_side (Layout *layout,
                GArray *run,
                guint   i)
{
  for (int j = (int) i - 1; j >= 0; j--)
    {
      Side side = layout->sides[meta_in_run (layout->page, run, j)];

      if (side != SIDE_AMBIGUOUS)
        return side;
    }
  for (guint j = i + 1; j < run->len; j++)
    if (layout->sides[meta_in_run (layout->page, run, j)] == SIDE_TRAILING)
      return SIDE_TRAILING;

  return SIDE_AMBIGUOUS;
}

static Side
side_of (Layout *layout,
         GArray *run,
         guint   i)
{
  ListingMetaKind meta = meta_in_run (layout->page, run, i);
  Side side = layout->sides[meta];

  if (side == SIDE_AMBIGUOUS)
    side = neighbour_side (layout, run, i);
  if (side == SIDE_AMBIGUOUS)
    side = layout->counted[meta];

  return side;
}

/* Meta lines of an ambiguous kind take the side of their neighbours; count how often each
 * side was taken in the gaps between two abstracts. */
static void
vote_sides (Layout *layout)
{
  for (guint k = 0; k < N_META; k++)
    layout->sides[k] = default_side (k);

  for (guint a = 1; a < layout->anchors->len; a++)
    {
      const Anchor *anchor = &g_array_index (layout->anchors, Anchor, a);
      int t = layout->titled ? anchor->title : -1;
      g_autoptr(GArray) pre = g_array_new (FALSE, FALSE, sizeof (int));

      collect_metas (layout->page, anchor->start, t >= 0 ? t : anchor->abstract, pre);
      for (guint i = 0; i < pre->len; i++)
        {
          ListingMetaKind meta = meta_in_run (layout->page, pre, i);
          Side side = layout->sides[meta] == SIDE_AMBIGUOUS ? neighbour_side (layout, pre, i)
                                                            : SIDE_AMBIGUOUS;

          if (side != SIDE_AMBIGUOUS)
            layout->votes[meta][side == SIDE_TRAILING]++;
        }
    }
}

/* Which side of its abstract each kind of meta line is on. Author counts and lone
 * separators follow the abstract on every page that shows them; dates and code flags are
 * decided by the lines around them; the rest by comparing what stands before the first
 * title with what follows the last abstract. */
static void
decide_sides (Layout *layout)
{
  ListingPage *page = layout->page;
  const Anchor *first = &g_array_index (layout->anchors, Anchor, 0);
  const Anchor *last = &g_array_index (layout->anchors, Anchor, layout->anchors->len - 1);
  guint before[N_META] = { 0, };
  guint after[N_META] = { 0, };
  guint n_after = 0;

  count_run (page, 0, first->title >= 0 ? first->title : first->abstract, TRUE, before);
  count_run (page, paragraph_end (page, last->abstract) + 1, page->lines->len, FALSE, after);
  for (guint k = 0; k < N_META; k++)
    n_after += after[k];

  for (guint k = 0; k < N_META; k++)
    {
      Side counted = SIDE_AMBIGUOUS;
      guint *votes = layout->votes[k];

      if (after[k] > before[k])
        counted = SIDE_TRAILING;
      else if (before[k] > after[k])
        counted = SIDE_LEADING;

      layout->sides[k] = default_side (k);
      if (layout->sides[k] == SIDE_AMBIGUOUS)
        {
          /* Lines without neighbours follow the lines of their kind that had some. */
          if (votes[0] != votes[1])
            layout->counted[k] = votes[0] > votes[1] ? SIDE_LEADING : SIDE_TRAILING;
          else if (counted != SIDE_AMBIGUOUS)
            layout->counted[k] = counted;
          else
            layout->counted[k] = n_after > 0 ? SIDE_TRAILING : SIDE_LEADING;
        }
      else if (k != META_SEPARATOR && k != META_AUTHOR_COUNT && k != META_ORG &&
               k != META_CITED && counted != SIDE_AMBIGUOUS)
        layout->sides[k] = counted;
    }
}

/* The title of an anchor's entry. Where one author's name stands below each title, the
 * text line above a name is the title. */
static void
find_title (Layout       *layout,
            const Anchor *anchor,
            ListingEntry *entry)
{
  ListingPage *page = layout->page;
  int t = layout->titled ? anchor->title : -1;

  if (t >= 0 && layout->person_layout &&
      _gln_listing_looks_like_person (_gln_listing_line_at (page, t)->text))
    {
      int above = last_text_line (page, anchor->start, t);

      if (above >= 0)
        {
          entry->person = t;
          t = above;
        }
    }
  entry->title = t;
}

/* The last line in [from, to) that is a result's number alone: "2.", "[2]", "2)", or -1. */
static int
last_number_line (ListingPage *page,
                  int          from,
                  int          to)
{
  for (int i = to - 1; i >= from; i--)
    {
      const char *text = _gln_listing_line_at (page, i)->text;
      gsize digits;

      if (*text == '[')
        text++;
      digits = strspn (text, "0123456789");
      if (digits > 0 && digits <= 5 &&
          (text[digits] == '\0' || (strchr (".)]", text[digits]) != NULL && text[digits + 1] == '\0')))
        return i;
    }

  return -1;
}

/* The meta lines between the title and the abstract are the entry's; those before the
 * title go to the previous entry when the page shows their kind after an abstract, or
 * when a result's number stands between. */
static void
share_metas (Layout       *layout,
             const Anchor *anchor,
             ListingEntry *entry,
             ListingEntry *previous)
{
  g_autoptr(GArray) pre = g_array_new (FALSE, FALSE, sizeof (int));
  int pre_end = entry->title >= 0 ? entry->title : anchor->abstract;

  int number = last_number_line (layout->page, anchor->start, pre_end);

  collect_metas (layout->page, anchor->start, pre_end, pre);
  collect_metas (layout->page, pre_end, anchor->abstract, entry->metas);
  for (guint i = 0; i < pre->len; i++)
    {
      int index = g_array_index (pre, int, i);

      /* A result's number ("2.") stands between the lines of two entries. */
      if (number >= 0 ? index < number : side_of (layout, pre, i) == SIDE_TRAILING)
        {
          if (previous != NULL)
            g_array_append_val (previous->metas, index);
        }
      else
        g_array_append_val (entry->metas, index);
    }
}

static void
add_entries (Layout *layout)
{
  ListingPage *page = layout->page;
  const char *heading = NULL;

  for (guint a = 0; a < layout->anchors->len; a++)
    {
      const Anchor *anchor = &g_array_index (layout->anchors, Anchor, a);
      const char *abstract = _gln_listing_text_at (page, anchor->abstract);
      ListingEntry *previous = last_entry (page);
      ListingEntry entry = { -1, -1, anchor->abstract, NULL, NULL, NULL, FALSE };

      /* On an abstracts-only page, a heading holds for the abstracts below it. */
      if (!layout->titled && anchor->title >= 0)
        heading = _gln_listing_text_at (page, anchor->title);

      /* On a titled page, an abstract straight after another is its next paragraph. */
      if (layout->titled && previous != NULL && anchor->title < 0 &&
          !has_kind (page, anchor->start, anchor->abstract, KIND_META) &&
          !has_kind (page, anchor->start, anchor->abstract, KIND_RECORD))
        {
          g_string_append_c (previous->text, '\n');
          g_string_append (previous->text, abstract);
          continue;
        }

      find_title (layout, anchor, &entry);
      entry.heading = heading;
      entry.untitled = layout->titled && entry.title < 0;
      entry.text = g_string_new (abstract);
      entry.metas = g_array_new (FALSE, FALSE, sizeof (int));
      share_metas (layout, anchor, &entry, previous);
      g_array_append_val (page->entries, entry);
    }
}

/* Meta lines after the last abstract belong to it when the page puts their kind after. */
static void
add_trailing_metas (Layout *layout)
{
  ListingPage *page = layout->page;
  const Anchor *last = &g_array_index (layout->anchors, Anchor, layout->anchors->len - 1);
  ListingEntry *entry = last_entry (page);
  g_autoptr(GArray) post = g_array_new (FALSE, FALSE, sizeof (int));

  collect_run (page, paragraph_end (page, last->abstract) + 1, page->lines->len, FALSE, post);
  for (guint i = 0; i < post->len; i++)
    if (side_of (layout, post, i) == SIDE_TRAILING)
      g_array_append_val (entry->metas, g_array_index (post, int, i));
}

void
_gln_listing_assemble (ListingPage *page)
{
  Layout layout = { page, NULL, };

  layout.anchors = g_array_new (FALSE, FALSE, sizeof (Anchor));
  find_anchors (&layout);
  if (layout.anchors->len > 0)
    {
      find_titled_layout (&layout);
      vote_sides (&layout);
      decide_sides (&layout);
      add_entries (&layout);
      add_trailing_metas (&layout);
    }
  g_array_unref (layout.anchors);
}
