/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "gln-paper.h"

G_BEGIN_DECLS

#define GLN_LISTING_ERROR (gln_listing_error_quark ())

/**
 * GlnListingError:
 * @GLN_LISTING_ERROR_NO_PAPERS: the text holds nothing that looks like a paper
 */
typedef enum
{
  GLN_LISTING_ERROR_NO_PAPERS,
} GlnListingError;

/**
 * GlnListingOptions:
 * @year: the year the page was copied, for dates shown without a year ("Jun 2");
 *   0 means the current year
 */
typedef struct
{
  int year;
} GlnListingOptions;

GQuark              gln_listing_error_quark (void);
GPtrArray          *gln_listing_parse       (const char              *text,
                                             gssize                   length,
                                             const GlnListingOptions *options,
                                             GError                 **error);
gboolean            gln_listing_looks_like  (const char              *text,
                                             gsize                    length);
guint               gln_listing_get_line    (GlnPaper                *paper);
const char * const *gln_listing_get_urls    (GlnPaper                *paper);

G_END_DECLS
