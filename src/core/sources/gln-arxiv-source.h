/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "gln-source.h"

G_BEGIN_DECLS

#define GLN_TYPE_ARXIV_SOURCE (gln_arxiv_source_get_type ())
G_DECLARE_FINAL_TYPE (GlnArxivSource, gln_arxiv_source, GLN, ARXIV_SOURCE, GObject)

GlnArxivSource *gln_arxiv_source_new        (void);
gboolean        gln_arxiv_source_parse_full (GBytes     *bytes,
                                             GPtrArray **papers,
                                             guint      *total_results,
                                             guint      *start_index,
                                             GError    **error);

G_END_DECLS
