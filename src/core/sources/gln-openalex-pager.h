/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "gln-feed-pager.h"

G_BEGIN_DECLS

#define GLN_TYPE_OPENALEX_PAGER (gln_openalex_pager_get_type ())
G_DECLARE_FINAL_TYPE (GlnOpenalexPager, gln_openalex_pager, GLN, OPENALEX_PAGER, GObject)

GlnOpenalexPager *gln_openalex_pager_new_for_feed (GlnFeed                    *feed,
                                                   const GlnFeedPagerOptions  *options,
                                                   GError                    **error);

G_END_DECLS
