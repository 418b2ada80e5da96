/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "gln-paper.h"

G_BEGIN_DECLS

gboolean gln_paper_merge (GlnPaper *existing,
                          GlnPaper *incoming,
                          gboolean  keep_identity,
                          gboolean *new_version);

gboolean gln_paper_merge_full (GlnPaper           *existing,
                               GlnPaper           *incoming,
                               gboolean            keep_identity,
                               const char * const *kept,
                               gboolean           *new_version);

void     gln_paper_keep_cite_keys (GlnPaper *master,
                                   GlnPaper *other);

G_END_DECLS
