/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "gln-error.h"
#include "gln-paper.h"

G_BEGIN_DECLS

/**
 * GlnListingOptions:
 * @year: the year the page was copied, for dates shown without a year ("Jun 2");
 *   0 means the current year
 * @uncertain: also give the blocks that may be papers or the page's own text (a
 *   paragraph without a title, a heading over a paragraph, among papers shown by title
 *   and authors), each with its reason in gln_listing_get_doubt(): for a preview where
 *   the user decides. Without it they are left out.
 */
typedef struct
{
  int      year;
  gboolean uncertain;
} GlnListingOptions;

GPtrArray          *gln_listing_parse        (const char              *text,
                                              gssize                   length,
                                              const GlnListingOptions *options,
                                              GError                 **error);
gboolean            gln_listing_looks_like   (const char              *text,
                                              gsize                    length);
guint               gln_listing_get_line     (GlnPaper                *paper);
const char * const *gln_listing_get_urls     (GlnPaper                *paper);
const char         *gln_listing_get_doubt    (GlnPaper                *paper);
int                 gln_listing_get_cited_by (GlnPaper                *paper);

G_END_DECLS
