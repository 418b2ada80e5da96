/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * GlnTable:
 * @headers: the column titles
 * @rows: (element-type GStrv): one array of cells per row, as many as @headers; a cell may
 *   hold several lines
 * @cite_column: the column of citation keys, which LaTeX writes as `\cite{key}`; -1 for none
 *
 * A plain table of text, what the board and the screening decisions export as CSV,
 * Markdown or LaTeX.
 */
typedef struct
{
  GStrv      headers;
  GPtrArray *rows;
  int        cite_column;
} GlnTable;

GlnTable *gln_table_new                 (const char * const *headers);
void      gln_table_free                (GlnTable           *self);
void      gln_table_add_row             (GlnTable           *self,
                                         GStrv               cells);
char     *gln_table_to_csv              (const GlnTable     *self);
char     *gln_table_to_markdown         (const GlnTable     *self);
char     *gln_table_to_latex            (const GlnTable     *self);
char     *gln_latex_escape_text         (const char         *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlnTable, gln_table_free)

G_END_DECLS
