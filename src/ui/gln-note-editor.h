/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "gln-core.h"

G_BEGIN_DECLS

#define GLN_TYPE_NOTE_EDITOR (gln_note_editor_get_type ())
G_DECLARE_FINAL_TYPE (GlnNoteEditor, gln_note_editor, GLN, NOTE_EDITOR, GtkWidget)

GtkWidget  *gln_note_editor_new                (GlnStore      *store,
                                                GlnPaper      *paper,
                                                const GlnNote *note);
gint64      gln_note_editor_get_note_id        (GlnNoteEditor *self);
char       *gln_note_editor_dup_text           (GlnNoteEditor *self);
void        gln_note_editor_set_text           (GlnNoteEditor *self,
                                                const char    *text);
void        gln_note_editor_save               (GlnNoteEditor *self);
gboolean    gln_note_editor_get_busy           (GlnNoteEditor *self);
gboolean    gln_note_editor_get_failed         (GlnNoteEditor *self);
const char *gln_note_editor_get_recovery_path  (GlnNoteEditor *self);
void        gln_note_editor_focus              (GlnNoteEditor *self);
void        gln_note_editor_delete             (GlnNoteEditor *self);
void        gln_note_editor_undo_delete        (GlnNoteEditor *self);
gboolean    gln_note_editor_get_delete_pending (GlnNoteEditor *self);

G_END_DECLS
