/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "gln-source.h"

G_BEGIN_DECLS

#define GLN_TYPE_SEMANTIC_SCHOLAR_SOURCE (gln_semantic_scholar_source_get_type ())
G_DECLARE_FINAL_TYPE (GlnSemanticScholarSource, gln_semantic_scholar_source, GLN,
                      SEMANTIC_SCHOLAR_SOURCE, GObject)

GlnSemanticScholarSource *gln_semantic_scholar_source_new (void);

G_END_DECLS
