/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "gln-source.h"

G_BEGIN_DECLS

#define GLN_TYPE_RSS_SOURCE (gln_rss_source_get_type ())
G_DECLARE_FINAL_TYPE (GlnRssSource, gln_rss_source, GLN, RSS_SOURCE, GObject)

GlnRssSource *gln_rss_source_new        (void);
gboolean      gln_rss_source_parse_full (GBytes      *bytes,
                                         GPtrArray  **papers,
                                         char       **channel_title,
                                         GError     **error);

G_END_DECLS
