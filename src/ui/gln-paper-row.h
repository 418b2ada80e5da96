/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "gln-paper.h"

G_BEGIN_DECLS

#define GLN_TYPE_PAPER_ROW (gln_paper_row_get_type ())
G_DECLARE_FINAL_TYPE (GlnPaperRow, gln_paper_row, GLN, PAPER_ROW, GtkWidget)

GtkWidget *gln_paper_row_new       (void);
GlnPaper  *gln_paper_row_get_paper (GlnPaperRow *self);
void       gln_paper_row_set_paper (GlnPaperRow *self,
                                    GlnPaper    *paper);

char      *gln_paper_dup_source_label (GlnPaper *paper);
char      *gln_paper_dup_date_label   (GlnPaper *paper);

G_END_DECLS
