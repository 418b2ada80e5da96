/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "gln-feed-pager.h"

G_BEGIN_DECLS

#define GLN_TYPE_ARXIV_PAGER (gln_arxiv_pager_get_type ())
G_DECLARE_FINAL_TYPE (GlnArxivPager, gln_arxiv_pager, GLN, ARXIV_PAGER, GObject)

GlnArxivPager *gln_arxiv_pager_new (const char                *search_query,
                                    const GlnFeedPagerOptions *options);

G_END_DECLS
