/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "gln-core.h"

G_BEGIN_DECLS

#define GLN_TYPE_NOTE_LIST (gln_note_list_get_type ())
G_DECLARE_FINAL_TYPE (GlnNoteList, gln_note_list, GLN, NOTE_LIST, GtkWidget)

GtkWidget *gln_note_list_new       (void);
void       gln_note_list_set_paper (GlnNoteList *self,
                                    GlnStore    *store,
                                    GlnPaper    *paper);
GtkWidget *gln_note_list_add_note  (GlnNoteList *self);
guint      gln_note_list_get_n_notes (GlnNoteList *self);
GtkWidget *gln_note_list_get_note  (GlnNoteList *self,
                                    guint        index);
gboolean   gln_note_list_save      (GlnNoteList *self);

G_END_DECLS
