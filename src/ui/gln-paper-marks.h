/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "gln-core.h"

G_BEGIN_DECLS

#define GLN_PAPER_MARKS_MAX 5

GListModel *gln_paper_marks_get_default (void);
gboolean    gln_paper_marks_contains    (GlnPaper *paper);
gboolean    gln_paper_marks_add         (GlnPaper *paper);
void        gln_paper_marks_remove      (GlnPaper *paper);
GPtrArray  *gln_paper_marks_dup_papers  (void);
void        gln_paper_marks_clear       (void);

G_END_DECLS
