/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "gln-board.h"
#include "gln-review-item.h"

G_BEGIN_DECLS

#define GLN_TYPE_BOARD_CELL (gln_board_cell_get_type ())
G_DECLARE_FINAL_TYPE (GlnBoardCell, gln_board_cell, GLN, BOARD_CELL, GtkWidget)

GtkWidget            *gln_board_cell_new           (const GlnBoardColumn *column);
const GlnBoardColumn *gln_board_cell_get_column    (GlnBoardCell         *self);
GlnReviewItem        *gln_board_cell_get_item      (GlnBoardCell         *self);
void                  gln_board_cell_set_item      (GlnBoardCell         *self,
                                                    GlnReviewItem        *item);
void                  gln_board_cell_start_editing (GlnBoardCell         *self);
gboolean              gln_board_cell_activate_editor (GlnBoardCell       *self);
gboolean              gln_board_cell_rate          (GlnBoardCell         *self,
                                                    int                   value);
gboolean              gln_board_cell_is_editing    (GlnBoardCell         *self);
const char           *gln_board_cell_get_text      (GlnBoardCell         *self);
void                  gln_board_cell_refresh       (GlnBoardCell         *self);
void                  gln_board_cell_set_unfocusable (GtkWidget          *widget);

G_END_DECLS
