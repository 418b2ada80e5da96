/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * GlnBoardKind:
 * @GLN_BOARD_KIND_TEXT: free text
 * @GLN_BOARD_KIND_SCORE: a score from 0 to 5
 * @GLN_BOARD_KIND_NUMBER: any number
 * @GLN_BOARD_KIND_CHOICE: one of the values the user defined for the column
 *
 * What a criteria column of a comparison board holds.
 */
typedef enum
{
  GLN_BOARD_KIND_TEXT,
  GLN_BOARD_KIND_SCORE,
  GLN_BOARD_KIND_NUMBER,
  GLN_BOARD_KIND_CHOICE,
} GlnBoardKind;

/**
 * GlnBoardColumn:
 * @id: the column's id
 * @collection_id: the collection whose board it belongs to
 * @name: its title
 * @kind: what its cells hold
 * @choices: (nullable): the values a choice column allows, in the user's order
 * @position: its place among the board's criteria columns
 * @width: its width in pixels, 0 for the default
 * @hidden: whether the board hides it
 */
typedef struct
{
  gint64        id;
  gint64        collection_id;
  char         *name;
  GlnBoardKind  kind;
  GStrv         choices;
  int           position;
  int           width;
  gboolean      hidden;
} GlnBoardColumn;

#define GLN_TYPE_BOARD_COLUMN (gln_board_column_get_type ())

GType           gln_board_column_get_type    (void) G_GNUC_CONST;
GlnBoardColumn *gln_board_column_new         (void);
GlnBoardColumn *gln_board_column_copy        (const GlnBoardColumn  *self);
void            gln_board_column_free        (GlnBoardColumn        *self);
gboolean        gln_board_column_normalize   (const GlnBoardColumn  *self,
                                              const char            *value,
                                              char                 **normalized,
                                              GError               **error);
int             gln_board_column_compare     (const GlnBoardColumn  *self,
                                              const char            *a,
                                              const char            *b);

char           *gln_board_cell_key           (gint64                 column_id,
                                              gint64                 paper_id);

const char     *gln_board_kind_to_string     (GlnBoardKind           kind);
gboolean        gln_board_kind_from_string   (const char            *name,
                                              GlnBoardKind          *kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlnBoardColumn, gln_board_column_free)

G_END_DECLS
