/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "gln-board.h"
#include "gln-collection.h"
#include "gln-paper.h"
#include "gln-table.h"

G_BEGIN_DECLS

/**
 * GlnBoardExport:
 * @GLN_BOARD_EXPORT_CSV: the board as CSV
 * @GLN_BOARD_EXPORT_MARKDOWN: the board as a Markdown table
 * @GLN_BOARD_EXPORT_LATEX: the board as a LaTeX tabular
 * @GLN_BOARD_EXPORT_SCREENING_CSV: the screening decisions and reasons as CSV
 */
typedef enum
{
  GLN_BOARD_EXPORT_CSV,
  GLN_BOARD_EXPORT_MARKDOWN,
  GLN_BOARD_EXPORT_LATEX,
  GLN_BOARD_EXPORT_SCREENING_CSV,
} GlnBoardExport;

GlnTable *gln_board_table_build     (const GlnBoardState *state,
                                     GPtrArray           *papers,
                                     int                  status);
GlnTable *gln_screening_table_build (const GlnBoardState *state,
                                     GPtrArray           *papers);
char     *gln_board_table_write     (const GlnBoardState *state,
                                     GPtrArray           *papers,
                                     GlnBoardExport       format,
                                     int                  status);

G_END_DECLS
