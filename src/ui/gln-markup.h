/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "gln-keywords.h"

G_BEGIN_DECLS

/**
 * GlnMarkupKeywords:
 * @include: (nullable): keywords that speak for including a paper
 * @exclude: (nullable): keywords that speak for excluding it
 * @found_include: (nullable) (element-type utf8): where to add the include keywords found,
 *   as the text writes them, once each
 * @found_exclude: (nullable) (element-type utf8): the same for exclude keywords
 *
 * The screening keywords to mark in a text, and what was found.
 */
typedef struct
{
  GlnKeywordSet *include;
  GlnKeywordSet *exclude;
  GPtrArray     *found_include;
  GPtrArray     *found_exclude;
} GlnMarkupKeywords;

char *gln_markup_decorate          (const char         *markup,
                                    const char * const *terms,
                                    gboolean            links);
char *gln_markup_decorate_keywords (const char         *markup,
                                    GlnMarkupKeywords  *keywords,
                                    gboolean            links);

G_END_DECLS
