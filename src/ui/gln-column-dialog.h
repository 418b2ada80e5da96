/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "gln-board.h"

G_BEGIN_DECLS

#define GLN_TYPE_COLUMN_DIALOG (gln_column_dialog_get_type ())
G_DECLARE_FINAL_TYPE (GlnColumnDialog, gln_column_dialog, GLN, COLUMN_DIALOG, AdwMessageDialog)

GtkWidget      *gln_column_dialog_new        (GtkWindow            *parent,
                                              const GlnBoardColumn *column);
GlnBoardColumn *gln_column_dialog_dup_column (GlnColumnDialog      *self);

G_END_DECLS
