/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-prisma"

#include "config.h"

#include "gln-prisma.h"

#include "gln-macros.h"

#include <glib/gi18n-lib.h>

/* The PRISMA 2020 flow diagram of a review collection. Gleaner screens in one pass, so its
 * decisions map onto the template's boxes this way: a paper excluded without a reason is a
 * record excluded at screening; the papers included, marked maybe or excluded with a reason
 * are the reports assessed for eligibility, and the reasons are the template's "reports
 * excluded" with their counts. Papers not yet screened and those marked maybe are shown as
 * waiting, so that every box adds up. */

#define MARGIN     20.0
#define PHASE_W    28.0
#define GAP        24.0
#define MAIN_W     330.0
#define SIDE_W     350.0
#define MIN_ROW    80.0
#define PADDING    10.0

void
gln_prisma_counts_free (GlnPrismaCounts *counts)
{
  if (counts == NULL)
    return;

  g_clear_pointer (&counts->sources, g_ptr_array_unref);
  g_clear_pointer (&counts->source_counts, g_array_unref);
  g_clear_pointer (&counts->summary, gln_screening_summary_free);
  g_free (counts);
}

/* Records identified from every source, the duplicates included. */
guint
gln_prisma_counts_get_identified (const GlnPrismaCounts *counts)
{
  guint n = 0;

  for (guint i = 0; i < counts->source_counts->len; i++)
    n += g_array_index (counts->source_counts, guint, i);

  return n;
}

static void
box_free (GlnPrismaBox *box)
{
  g_ptr_array_unref (box->lines);
  g_free (box);
}

static GlnPrismaBox *
add_box (GlnPrismaLayout *layout,
         double           x,
         double           y,
         double           width,
         GPtrArray       *lines)
{
  GlnPrismaBox *box = g_new0 (GlnPrismaBox, 1);

  box->x = x;
  box->y = y;
  box->width = width;
  box->lines = lines;
  box->height = 2 * PADDING + lines->len * GLN_PRISMA_LINE_HEIGHT;
  g_ptr_array_add (layout->boxes, box);

  return box;
}

static GPtrArray *
lines_new (const char *first,
           ...) G_GNUC_NULL_TERMINATED;

static GPtrArray *
lines_new (const char *first,
           ...)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  va_list args;

  va_start (args, first);
  for (const char *line = first; line != NULL; line = va_arg (args, const char *))
    g_ptr_array_add (lines, g_strdup (line));
  va_end (args);

  return lines;
}

static void
add_count (GPtrArray  *lines,
           const char *label,
           guint       n)
{
  g_ptr_array_add (lines, g_strdup_printf (_("%s (n = %u)"), label, n));
}

static GPtrArray *
count_lines (const char *label,
             guint       n)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);

  add_count (lines, label, n);
  return lines;
}

static void
add_arrow (GlnPrismaLayout *layout,
           double           x1,
           double           y1,
           double           x2,
           double           y2)
{
  double points[] = { x1, y1, x2, y2 };

  g_array_append_vals (layout->arrows, points, 4);
}

/* A row: the main box, and beside it the box of what left the flow there. */
static double
add_row (GlnPrismaLayout  *layout,
         double            y,
         GPtrArray        *main_lines,
         GPtrArray        *side_lines,
         GlnPrismaBox    **main_box)
{
  double main_x = MARGIN + PHASE_W + GAP;
  double side_x = main_x + MAIN_W + GAP * 2;
  GlnPrismaBox *side = NULL;
  double height;

  *main_box = add_box (layout, main_x, y, MAIN_W, main_lines);
  if (side_lines != NULL)
    side = add_box (layout, side_x, y, SIDE_W, side_lines);
  /* Tall enough for the phase label beside it too. */
  height = MAX (MIN_ROW, MAX ((*main_box)->height, side ? side->height : 0));
  (*main_box)->height = height;
  if (side != NULL)
    {
      side->height = height;
      add_arrow (layout, main_x + MAIN_W, y + height / 2, side_x, y + height / 2);
    }

  return y + height;
}

static void
add_phase (GlnPrismaLayout *layout,
           const char      *name,
           double           top,
           double           bottom)
{
  GlnPrismaBox *box = add_box (layout, MARGIN, top, PHASE_W, lines_new (name, NULL));

  box->height = bottom - top;
  box->phase = TRUE;
}

static GPtrArray *
identification_lines (const GlnPrismaCounts *counts)
{
  GPtrArray *lines = lines_new (_("Records identified from:"), NULL);

  for (guint i = 0; i < counts->sources->len; i++)
    {
      g_autofree char *label = g_strdup_printf ("  %s",
                                                (char *) g_ptr_array_index (counts->sources, i));

      add_count (lines, label, g_array_index (counts->source_counts, guint, i));
    }
  add_count (lines, _("Total"), gln_prisma_counts_get_identified (counts));

  return lines;
}

static GPtrArray *
reason_lines (const GlnScreeningSummary *summary,
              guint                     *n_reasoned)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);

  *n_reasoned = 0;
  for (guint i = 0; i < summary->reasons->len; i++)
    {
      const char *reason = g_ptr_array_index (summary->reasons, i);
      guint n = g_array_index (summary->reason_counts, guint, i);
      g_autofree char *label = NULL;

      if (gln_str_empty0 (reason))
        continue;
      label = g_strdup_printf ("  %s", reason);
      add_count (lines, label, n);
      *n_reasoned += n;
    }

  return lines;
}

/**
 * gln_prisma_layout_new:
 * @counts: a collection's numbers
 *
 * Returns: (transfer full): where the diagram's boxes, their text and its arrows go
 */
GlnPrismaLayout *
gln_prisma_layout_new (const GlnPrismaCounts *counts)
{
  g_autoptr(GlnPrismaLayout) layout = g_new0 (GlnPrismaLayout, 1);
  const GlnScreeningSummary *summary = counts->summary;
  g_autoptr(GPtrArray) reasons = NULL;
  GlnPrismaBox *box[4];
  guint n_papers = 0, n_reasoned, unscreened, maybe, screened, excluded, assessed;
  double y = MARGIN, top;
  GPtrArray *side;

  layout->boxes = g_ptr_array_new_with_free_func ((GDestroyNotify) box_free);
  layout->arrows = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < G_N_ELEMENTS (summary->counts); i++)
    n_papers += summary->counts[i];
  unscreened = summary->counts[GLN_SCREENING_UNSCREENED];
  maybe = summary->counts[GLN_SCREENING_MAYBE];
  reasons = reason_lines (summary, &n_reasoned);
  screened = n_papers - unscreened;
  excluded = summary->counts[GLN_SCREENING_EXCLUDE] - n_reasoned;
  assessed = screened - excluded;

  top = y;
  side = lines_new (_("Records removed before screening:"), NULL);
  add_count (side, _("  Duplicate records"), counts->duplicates);
  y = add_row (layout, y, identification_lines (counts), side, &box[0]);
  add_phase (layout, _("Identification"), top, y);
  y += GAP * 1.5;

  top = y;
  side = count_lines (_("Records excluded"), excluded);
  add_count (side, _("Records not yet screened"), unscreened);
  y = add_row (layout, y, count_lines (_("Records screened"), screened), side, &box[1]);
  y += GAP * 1.5;

  side = count_lines (_("Reports excluded"), n_reasoned);
  g_ptr_array_extend_and_steal (side, g_steal_pointer (&reasons));
  add_count (side, _("Reports awaiting a decision (maybe)"), maybe);
  y = add_row (layout, y, count_lines (_("Reports assessed for eligibility"), assessed), side,
               &box[2]);
  add_phase (layout, _("Screening"), top, y);
  y += GAP * 1.5;

  top = y;
  y = add_row (layout, y,
               count_lines (_("Studies included in review"),
                            summary->counts[GLN_SCREENING_INCLUDE]),
               NULL, &box[3]);
  add_phase (layout, _("Included"), top, y);

  for (guint i = 1; i < 4; i++)
    add_arrow (layout, box[i]->x + box[i]->width / 2, box[i - 1]->y + box[i - 1]->height,
               box[i]->x + box[i]->width / 2, box[i]->y);

  layout->width = MARGIN * 2 + PHASE_W + GAP * 3 + MAIN_W + SIDE_W;
  layout->height = y + MARGIN;

  return g_steal_pointer (&layout);
}

void
gln_prisma_layout_free (GlnPrismaLayout *layout)
{
  if (layout == NULL)
    return;

  g_clear_pointer (&layout->boxes, g_ptr_array_unref);
  g_clear_pointer (&layout->arrows, g_array_unref);
  g_free (layout);
}
