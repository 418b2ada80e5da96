/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "gln-core.h"

G_BEGIN_DECLS

#define GLN_TYPE_PAPER_VIEW (gln_paper_view_get_type ())
G_DECLARE_FINAL_TYPE (GlnPaperView, gln_paper_view, GLN, PAPER_VIEW, GtkWidget)

GtkWidget *gln_paper_view_new                 (void);
GlnStore  *gln_paper_view_get_store           (GlnPaperView       *self);
void       gln_paper_view_set_store           (GlnPaperView       *self,
                                               GlnStore           *store);
GlnPaper  *gln_paper_view_get_paper           (GlnPaperView       *self);
void       gln_paper_view_set_paper           (GlnPaperView       *self,
                                               GlnPaper           *paper);
void       gln_paper_view_set_highlight       (GlnPaperView       *self,
                                               const char * const *terms);
void       gln_paper_view_set_suggestions     (GlnPaperView       *self,
                                               const char * const *tags,
                                               const char * const *collections);
gboolean   gln_paper_view_scroll_page         (GlnPaperView       *self);
void       gln_paper_view_toggle_star         (GlnPaperView       *self);
void       gln_paper_view_rate                (GlnPaperView       *self,
                                               int                 rating);
void       gln_paper_view_add_tag             (GlnPaperView       *self);
void       gln_paper_view_add_to_collection   (GlnPaperView       *self);
void       gln_paper_view_new_note            (GlnPaperView       *self);
void       gln_paper_view_open_abstract       (GlnPaperView       *self);
gboolean   gln_paper_view_save_notes          (GlnPaperView       *self);
GtkWidget *gln_paper_view_get_note_list       (GlnPaperView       *self);

G_END_DECLS
