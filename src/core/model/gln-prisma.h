/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "gln-collection.h"

G_BEGIN_DECLS

/**
 * GlnPrismaCounts:
 * @sources: (element-type utf8): where the records came from: each feed, each kind of
 *   import, citation search
 * @source_counts: (element-type guint): records identified from each
 * @duplicates: records a citation search found that the collection already held
 * @summary: the collection's screening counts, as the screening export has them
 *
 * The numbers of a collection's PRISMA 2020 flow diagram, all read from the store.
 */
typedef struct
{
  GPtrArray           *sources;
  GArray              *source_counts;
  guint                duplicates;
  GlnScreeningSummary *summary;
} GlnPrismaCounts;

/**
 * GlnPrismaBox:
 * @x: left edge
 * @y: top edge
 * @width: width
 * @height: height
 * @lines: (element-type utf8): the text, a line each
 * @phase: %TRUE for a phase label ("Identification"), drawn on its side
 *
 * One box of the flow diagram.
 */
typedef struct
{
  double      x, y, width, height;
  GPtrArray  *lines;
  gboolean    phase;
} GlnPrismaBox;

/**
 * GlnPrismaLayout:
 * @width: the drawing's width
 * @height: its height
 * @boxes: (element-type GlnPrismaBox): the boxes
 * @arrows: (element-type double): x1, y1, x2, y2 of each arrow, in a row
 *
 * Where each box and arrow of a diagram go; drawn by cairo or written as SVG.
 */
typedef struct
{
  double     width;
  double     height;
  GPtrArray *boxes;
  GArray    *arrows;
} GlnPrismaLayout;

#define GLN_PRISMA_FONT_SIZE   13.0
#define GLN_PRISMA_LINE_HEIGHT 18.0

void             gln_prisma_counts_free     (GlnPrismaCounts       *counts);
guint            gln_prisma_counts_get_identified (const GlnPrismaCounts *counts);
GlnPrismaLayout *gln_prisma_layout_new      (const GlnPrismaCounts *counts);
void             gln_prisma_layout_free     (GlnPrismaLayout       *layout);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlnPrismaCounts, gln_prisma_counts_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlnPrismaLayout, gln_prisma_layout_free)

G_END_DECLS
