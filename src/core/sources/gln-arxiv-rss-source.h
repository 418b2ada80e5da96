/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "gln-source.h"

G_BEGIN_DECLS

#define GLN_TYPE_ARXIV_RSS_SOURCE (gln_arxiv_rss_source_get_type ())
G_DECLARE_FINAL_TYPE (GlnArxivRssSource, gln_arxiv_rss_source, GLN, ARXIV_RSS_SOURCE, GObject)

GlnArxivRssSource *gln_arxiv_rss_source_new (void);

G_END_DECLS
