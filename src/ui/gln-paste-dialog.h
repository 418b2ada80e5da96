/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define GLN_TYPE_PASTE_DIALOG (gln_paste_dialog_get_type ())
G_DECLARE_FINAL_TYPE (GlnPasteDialog, gln_paste_dialog, GLN, PASTE_DIALOG, AdwWindow)

GlnPasteDialog *gln_paste_dialog_new           (void);
void            gln_paste_dialog_set_text      (GlnPasteDialog *self,
                                                const char     *text);
guint           gln_paste_dialog_get_n_found   (GlnPasteDialog *self);
guint           gln_paste_dialog_get_n_checked (GlnPasteDialog *self);

G_END_DECLS
