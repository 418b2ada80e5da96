/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "gln-board.h"
#include "gln-collection.h"
#include "gln-store.h"

G_BEGIN_DECLS

void                gln_store_load_board_async          (GlnStore             *self,
                                                         gint64                collection_id,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
GlnBoardState      *gln_store_load_board_finish         (GlnStore             *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);
void                gln_store_set_board_cell_async      (GlnStore             *self,
                                                         const GlnBoardColumn *column,
                                                         gint64                paper_id,
                                                         const char           *value,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
char               *gln_store_set_board_cell_finish     (GlnStore             *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);
void                gln_store_add_board_column_async    (GlnStore             *self,
                                                         gint64                collection_id,
                                                         const char           *name,
                                                         GlnBoardKind          kind,
                                                         const char * const   *choices,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
GlnBoardColumn     *gln_store_add_board_column_finish   (GlnStore             *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);
void                gln_store_update_board_column_async (GlnStore             *self,
                                                         const GlnBoardColumn *column,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
void                gln_store_move_board_column_async   (GlnStore             *self,
                                                         gint64                column_id,
                                                         guint                 index,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
void                gln_store_delete_board_column_async (GlnStore             *self,
                                                         gint64                column_id,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);

G_END_DECLS
