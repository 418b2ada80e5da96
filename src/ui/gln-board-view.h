/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "gln-core.h"

G_BEGIN_DECLS

#define GLN_TYPE_BOARD_VIEW (gln_board_view_get_type ())
G_DECLARE_FINAL_TYPE (GlnBoardView, gln_board_view, GLN, BOARD_VIEW, GtkWidget)

GtkWidget *gln_board_view_new             (void);
GlnStore  *gln_board_view_get_store       (GlnBoardView        *self);
void       gln_board_view_set_store       (GlnBoardView        *self,
                                           GlnStore            *store);
gint64     gln_board_view_get_collection  (GlnBoardView        *self);
void       gln_board_view_set_collection  (GlnBoardView        *self,
                                           gint64               collection_id);
void       gln_board_view_reload          (GlnBoardView        *self);
int        gln_board_view_get_filter      (GlnBoardView        *self);
void       gln_board_view_set_filter      (GlnBoardView        *self,
                                           int                  status);
guint      gln_board_view_get_n_rows      (GlnBoardView        *self);
gint64     gln_board_view_lookup_column   (GlnBoardView        *self,
                                           const char          *name);
void       gln_board_view_add_column      (GlnBoardView        *self,
                                           const char          *name,
                                           GlnBoardKind         kind,
                                           const char * const  *choices);
void       gln_board_view_set_cell        (GlnBoardView        *self,
                                           gint64               paper_id,
                                           gint64               column_id,
                                           const char          *value);
void       gln_board_view_set_key_results (GlnBoardView        *self,
                                           gint64               paper_id,
                                           const char          *text);
void       gln_board_view_export_to_file  (GlnBoardView        *self,
                                           GlnBoardExport       format,
                                           GFile               *file);
GPtrArray *gln_board_view_dup_selected    (GlnBoardView        *self);
gboolean   gln_board_view_is_busy         (GlnBoardView        *self);

void gln_board_view_set_compact (GlnBoardView *self,
                                 gboolean      compact);

const char *gln_board_view_get_cursor      (GlnBoardView *self,
                                            guint        *row);
GtkWidget  *gln_board_view_get_cursor_cell (GlnBoardView *self);

G_END_DECLS
