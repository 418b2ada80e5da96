/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define GLN_TYPE_CHIP_EDITOR (gln_chip_editor_get_type ())
G_DECLARE_FINAL_TYPE (GlnChipEditor, gln_chip_editor, GLN, CHIP_EDITOR, GtkWidget)

GtkWidget          *gln_chip_editor_new             (void);
const char * const *gln_chip_editor_get_values      (GlnChipEditor      *self);
void                gln_chip_editor_set_values      (GlnChipEditor      *self,
                                                     const char * const *values);
void                gln_chip_editor_set_suggestions (GlnChipEditor      *self,
                                                     const char * const *suggestions);
void                gln_chip_editor_popup           (GlnChipEditor      *self);

G_END_DECLS
