/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "gln-board.h"
#include "gln-store.h"

G_BEGIN_DECLS

/**
 * GlnBoardState:
 * @info: the collection, with its description and counts
 * @columns: (element-type GlnBoardColumn): the board's criteria columns in order, hidden
 *   ones included
 * @entries: (element-type GlnCollectionPaper): every paper of the collection, in the order
 *   they were added, with its decision and Key results override
 * @cells: (element-type utf8 utf8): the filled cells, keyed by gln_board_cell_key()
 * @reasons: the collection's vocabulary of exclusion reasons
 * @summary: the screening counts
 *
 * Everything the screening mode and the comparison board show of a collection, read in one
 * job.
 */
typedef struct
{
  GlnCollectionInfo   *info;
  GPtrArray           *columns;
  GPtrArray           *entries;
  GHashTable          *cells;
  GStrv                reasons;
  GlnScreeningSummary *summary;
} GlnBoardState;

/**
 * GlnScreeningChange:
 * @paper_id: the paper decided, or whose decision was taken back; 0 when there was nothing
 *   to undo
 * @status: its decision now
 * @reason: (nullable): and the reason
 * @reasons: the collection's exclusion reasons, a typed one included
 * @summary: the screening counts after the change
 */
typedef struct
{
  gint64               paper_id;
  GlnScreening         status;
  char                *reason;
  GStrv                reasons;
  GlnScreeningSummary *summary;
} GlnScreeningChange;

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

void                gln_board_state_free                (GlnBoardState       *state);
void                gln_screening_change_free           (GlnScreeningChange  *change);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlnBoardState, gln_board_state_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlnScreeningChange, gln_screening_change_free)

void                gln_store_load_board_async          (GlnStore             *self,
                                                         gint64                collection_id,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
GlnBoardState      *gln_store_load_board_finish         (GlnStore             *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);

void                gln_store_screen_async              (GlnStore             *self,
                                                         gint64                collection_id,
                                                         gint64                paper_id,
                                                         GlnScreening          status,
                                                         const char           *reason,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
void                gln_store_undo_screening_async      (GlnStore             *self,
                                                         gint64                collection_id,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
GlnScreeningChange *gln_store_screening_finish          (GlnStore             *self,
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

void                gln_store_set_key_results_async     (GlnStore             *self,
                                                         gint64                collection_id,
                                                         gint64                paper_id,
                                                         const char           *text,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
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
void                gln_store_describe_collection_async (GlnStore             *self,
                                                         gint64                collection_id,
                                                         const char           *description,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
void                gln_store_rename_collection_async   (GlnStore             *self,
                                                         gint64                collection_id,
                                                         const char           *name,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
void                gln_store_delete_collection_async   (GlnStore             *self,
                                                         gint64                collection_id,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
gboolean            gln_store_board_edit_finish         (GlnStore             *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);

void                gln_store_export_board_async        (GlnStore             *self,
                                                         gint64                collection_id,
                                                         GlnBoardExport        format,
                                                         int                   status,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
char               *gln_store_export_board_finish       (GlnStore             *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);

G_END_DECLS
