/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "gln-core.h"

G_BEGIN_DECLS

#define GLN_TYPE_EDIT_DIALOG (gln_edit_dialog_get_type ())
G_DECLARE_FINAL_TYPE (GlnEditDialog, gln_edit_dialog, GLN, EDIT_DIALOG, AdwWindow)

GlnEditDialog *gln_edit_dialog_new      (GlnStore      *store,
                                         GlnPaper      *paper);
void           gln_edit_dialog_set_n_others (GlnEditDialog *self,
                                             guint          n_others);
const char    *gln_edit_dialog_get_scope_note (GlnEditDialog *self);
void           gln_edit_dialog_set_text (GlnEditDialog *self,
                                         const char    *field,
                                         const char    *text);
gboolean       gln_edit_dialog_can_save (GlnEditDialog *self);
const char    *gln_edit_dialog_get_problem (GlnEditDialog *self);
void           gln_edit_dialog_save     (GlnEditDialog *self);

G_END_DECLS
