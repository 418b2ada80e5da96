/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "gln-window.h"

#include "gln-duplicates-view.h"
#include "gln-for-you-view.h"
#include "gln-paper-list.h"
#include "gln-paper-view.h"
#include "gln-sidebar.h"
#include "gln-core.h"

G_BEGIN_DECLS

struct _GlnWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  GlnStore             *store;
  GlnPaperList         *papers;
  GlnLibrarySummary    *summary;
  GCancellable         *cancellable;
  GCancellable         *summary_cancellable;
  GNetworkMonitor      *network_monitor;
  AdwToast             *last_toast;
  AdwToast             *next_toast;
  GlnQuery             *search_query;
  AdwStatusPage        *loading_page;
  guint                 loading_hint_source;
  GStrv                 search_terms;
  guint                 summary_source;
  guint                 search_source;
  guint                 select_source;
  guint                 pulse_source;
  guint                 refresh_failures;   /* feeds that failed in the refresh under way */
  gint64                view_since;
  gint64                pending_select_id;
  GlnSidebarKind        startup_kind;
  guint                 search_whole_library : 1;
  guint                 has_summary : 1;
  guint                 has_application : 1;
  guint                 query_changed : 1;     /* until the new query's results are in */

  /* template children */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwStatusPage        *error_page;
  AdwFlap              *flap;
  GtkWidget            *sidebar_pane;
  GtkWidget            *sidebar_handle;
  AdwHeaderBar         *sidebar_header;
  GlnSidebar           *sidebar;
  GtkStack             *content_stack;
  AdwLeaflet           *leaflet;
  GtkWidget            *list_pane;
  AdwHeaderBar         *list_header;
  AdwWindowTitle       *list_title;
  GtkToggleButton      *sidebar_button;
  GtkMenuButton        *sort_button;
  GtkMenuButton        *review_button;
  GtkWidget            *empty_trash_button;
  GtkToggleButton      *search_button;
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  GtkMenuButton        *filter_button;
  GtkToggleButton      *scope_view_button;
  GtkToggleButton      *scope_library_button;
  GtkSwitch            *unread_switch;
  GtkDropDown          *rating_dropdown;
  GtkDropDown          *tag_dropdown;
  GtkStringList        *tag_model;
  GtkEntry             *category_entry;
  GtkEntry             *from_entry;
  GtkEntry             *to_entry;
  GtkRevealer          *offline_revealer;
  GtkProgressBar       *refresh_progress;
  GtkStack             *list_stack;
  GtkListView          *list_view;
  GtkMultiSelection    *selection;
  AdwStatusPage        *empty_page;
  GtkWidget            *empty_actions;
  GtkWidget            *search_library_button;
  GtkWidget            *retry_button;
  GtkWidget            *library_button;
  GtkWidget            *empty_paste_button;
  GtkWidget            *empty_import_button;
  GtkWidget            *pane;
  GtkWidget            *pane_handle;
  AdwHeaderBar         *pane_header;
  GtkWidget            *back_button;
  GtkWidget            *read_button;
  GlnPaperView         *paper_view;
  GlnDuplicatesView    *duplicates_view;
  GlnForYouView        *for_you_view;
  GMenuModel           *paper_menu_model;
  GtkWidget            *paper_menu;         /* GtkPopoverMenu on the list */
};

/* gln-window.c */
GlnPaper *_gln_window_get_selected_paper  (GlnWindow      *self);
GPtrArray *_gln_window_dup_selected_papers (GlnWindow     *self);
void      _gln_window_unselect            (GlnWindow      *self);
void      _gln_window_reload_summary      (GlnWindow      *self);
void      _gln_window_update_query        (GlnWindow      *self);
void      _gln_window_update_list_state   (GlnWindow      *self);
void      _gln_window_select_position     (GlnWindow      *self,
                                           guint           position);
void      _gln_window_show_paper_pane     (GlnWindow      *self);
gboolean  _gln_window_shows_duplicates    (GlnWindow      *self);
void      _gln_window_add_toast_then      (GlnWindow      *self,
                                           AdwToast       *toast,
                                           AdwToast       *next);

/* gln-window-actions.c */
void      _gln_window_class_init_actions  (GtkWidgetClass *widget_class);
void      _gln_window_init_actions        (GlnWindow      *self);
void      _gln_window_update_actions      (GlnWindow      *self);

/* gln-window-empty.c */
void      _gln_window_set_empty_state     (GlnWindow      *self);

/* gln-window-paper-menu.c */
void      _gln_window_class_init_paper_menu (GtkWidgetClass *widget_class);
void      _gln_window_class_init_for_you    (GtkWidgetClass *widget_class);
void      _gln_window_init_paper_menu       (GlnWindow      *self);

/* gln-window-find-ids.c */
void      _gln_window_class_init_find_ids   (GtkWidgetClass        *widget_class);
AdwToast *_gln_window_find_ids_toast        (GlnWindow             *self,
                                             const char            *message,
                                             const GlnImportResult *imported);
gboolean  _gln_window_offer_find_ids        (GlnWindow             *self,
                                             const char            *message,
                                             const GlnImportResult *imported);

/* gln-window-refresh.c */
void      _gln_window_class_init_refresh    (GtkWidgetClass *widget_class);
void      _gln_window_connect_application   (GlnWindow      *self);

/* gln-window-search.c */
void      _gln_window_class_init_search   (GtkWidgetClass *widget_class);
void      _gln_window_init_search         (GlnWindow      *self);
GlnQuery *_gln_window_build_query         (GlnWindow      *self);
gboolean  _gln_window_is_searching        (GlnWindow      *self);
void      _gln_window_update_search_tags  (GlnWindow      *self);
void      _gln_window_apply_saved_search  (GlnWindow      *self,
                                           const GlnQuery *query);

/* gln-window-sidebar.c */
void      _gln_window_init_sidebar        (GlnWindow      *self);

/* gln-window-trash.c */
void      _gln_window_class_init_trash    (GtkWidgetClass *widget_class);
void      _gln_window_update_trash_actions (GlnWindow     *self);
gboolean  _gln_window_shows_trash         (GlnWindow      *self);

/* gln-window-unsaved.c */
void      _gln_window_class_init_unsaved  (GtkWidgetClass *widget_class);
void      _gln_window_offer_unsaved_notes (GlnWindow      *self);

G_END_DECLS
