/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "gln-board-view.h"
#include "gln-collection-loader.h"
#include "gln-review-item.h"
#include "gln-review-util.h"

G_BEGIN_DECLS

struct _GlnBoardView
{
  GtkWidget             parent_instance;

  GlnStore             *store;
  gint64                collection_id;
  GlnCollectionLoader  *loader;
  int                   filter;

  GlnCollectionInfo    *info;
  GPtrArray            *columns;       /* GlnBoardColumn as stored, in their order */
  GHashTable           *view_columns;  /* column id → its GtkColumnViewColumn */
  gboolean              rebuilding;
  guint                 order_source;
  guint                 width_source;
  GtkFileChooserNative *file_chooser;

  AdwToastOverlay      *toast_overlay;
  GtkDropDown          *filter_dropdown;
  GtkLabel             *count_label;
  GtkMenuButton        *columns_button;
  GtkBox               *columns_box;
  GtkDropDown          *sort_dropdown;
  GtkStringList        *sort_names;
  GtkToggleButton      *descending_button;
  GPtrArray            *sort_columns;  /* the GtkColumnViewColumn of each sort_names row */
  gboolean              updating_sort;
  GtkStack             *stack;
  AdwStatusPage        *empty_page;
  GtkWidget            *show_all_button;
  GtkColumnView        *column_view;
  GtkMultiSelection    *selection;
  GtkSortListModel     *sort_model;
  GtkFilterListModel   *filter_model;
  GtkCustomFilter      *status_filter;
  GListStore           *items;
  GtkColumnViewColumn  *rating_column;
  GtkColumnViewColumn  *key_results_column;
  GtkColumnViewColumn  *code_column;

  guint                 cursor_row;    /* the cell cursor: a position of the board's rows */
  guint                 cursor_column; /* and a place among its visible columns */
  GtkWidget            *cursor_focus;  /* weak: the focus the cursor gave last */
  guint                 focus_tick;    /* waits for a row to be made to focus it */
  guint                 focus_tries;
};

void            _gln_board_view_show_error         (GlnBoardView         *self,
                                                    const char           *prefix,
                                                    const GError         *error);
void            _gln_board_view_show_message       (GlnBoardView         *self,
                                                    const char           *message);
GlnReviewEdit  *_gln_board_view_edit_new           (GlnBoardView         *self,
                                                    GlnReviewItem        *item,
                                                    const char           *previous);
GlnBoardView   *_gln_board_view_edit_finish        (GlnReviewEdit        *edit);
void            _gln_board_view_edit_done_cb       (GObject              *object,
                                                    GAsyncResult         *result,
                                                    gpointer              user_data);
GlnBoardColumn *_gln_board_view_find_column        (GlnBoardView         *self,
                                                    gint64                column_id,
                                                    guint                *index);
void            _gln_board_view_cell_edited        (GlnBoardView         *self,
                                                    GlnReviewItem        *item,
                                                    const GlnBoardColumn *column,
                                                    const char           *value);
void            _gln_board_view_rebuild_columns    (GlnBoardView         *self);
void            _gln_board_view_setup_columns      (GlnBoardView         *self);
void            _gln_board_view_dispose_columns    (GlnBoardView         *self);
void            _gln_board_view_dispose_export     (GlnBoardView         *self);
void            _gln_board_view_setup_cursor       (GlnBoardView         *self);
void            _gln_board_view_update_cursor      (GlnBoardView         *self);
void            _gln_board_view_announce_cursor    (GlnBoardView         *self);
void            _gln_board_view_dispose_cursor     (GlnBoardView         *self);
void            _gln_board_view_snapshot_cursor    (GlnBoardView         *self,
                                                    GtkSnapshot          *snapshot);
void            _gln_board_view_class_init_columns (GtkWidgetClass       *widget_class);
void            _gln_board_view_class_init_export  (GtkWidgetClass       *widget_class);

G_END_DECLS
