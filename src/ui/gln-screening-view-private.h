/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "gln-collection-loader.h"
#include "gln-review-item.h"
#include "gln-review-util.h"
#include "gln-screening-view.h"

G_BEGIN_DECLS

struct _GlnScreeningView
{
  GtkWidget            parent_instance;

  GlnStore            *store;
  gint64               collection_id;
  GlnCollectionLoader *loader;

  GlnCollectionInfo   *info;
  GListStore          *items;
  GPtrArray           *queue;
  GlnReviewItem       *current;
  gint64               pending_paper;
  int                  filter;
  int                  source;
  GHashTable          *provenance;
  GCancellable        *provenance_cancellable;
  GStrv                reasons;
  GStrv                include_words;
  GStrv                exclude_words;
  GlnKeywordSet       *include_set;
  GlnKeywordSet       *exclude_set;

  AdwToastOverlay     *toast_overlay;
  GtkDropDown         *filter_dropdown;
  GtkDropDown         *source_dropdown;
  GtkBox              *filters_box;
  GtkLabel            *provenance_label;
  GtkProgressBar      *progress_bar;
  GtkStack            *stack;
  GtkSpinner          *spinner;
  AdwStatusPage       *done_page;
  GtkWidget           *done_button;
  GtkScrolledWindow   *paper_scroll;
  GtkLabel            *position_label;
  GtkLabel            *decision_label;
  GtkLabel            *title_label;
  GtkLabel            *authors_label;
  GtkLabel            *meta_label;
  GtkLabel            *abstract_label;
  GtkToggleButton     *edit_criteria_button;
  GtkStack            *criteria_stack;
  GtkLabel            *criteria_label;
  GtkTextView         *criteria_view;
  GtkLabel            *include_heading;
  GtkEntry            *include_entry;
  GtkLabel            *exclude_heading;
  GtkEntry            *exclude_entry;
  GtkLabel            *keywords_hint;
  GtkListBox          *summary_list;
  GtkWidget           *exclude_button;
  GtkBox              *decision_box;
  GtkToggleButton     *panel_button;
  GtkPopover          *reason_popover;
  GtkEntry            *reason_entry;
  GtkListBox          *reason_list;
};

void              _gln_screening_view_class_init_panel (GtkWidgetClass      *widget_class);
void              _gln_screening_view_show_toast       (GlnScreeningView    *self,
                                                        const char          *prefix,
                                                        const GError        *error);
GlnReviewEdit    *_gln_screening_view_edit_new         (GlnScreeningView    *self,
                                                        GlnReviewItem       *item);
GlnScreeningView *_gln_screening_view_edit_finish      (GlnReviewEdit       *edit);
void              _gln_screening_view_update_text      (GlnScreeningView    *self);
void              _gln_screening_view_update_summary   (GlnScreeningView    *self,
                                                        GlnScreeningSummary *summary);
void              _gln_screening_view_update_keywords  (GlnScreeningView    *self);
void              _gln_screening_view_init_keywords    (GlnScreeningView    *self);
void              _gln_screening_view_class_init_keywords (GtkWidgetClass   *widget_class);
void              _gln_screening_view_refilter         (GlnScreeningView    *self,
                                                        gboolean             restart);
void              _gln_screening_view_class_init_sources (GtkWidgetClass    *widget_class);
void              _gln_screening_view_dispose_sources  (GlnScreeningView    *self);
void              _gln_screening_view_load_provenance  (GlnScreeningView    *self);
gboolean          _gln_screening_view_matches_source   (GlnScreeningView    *self,
                                                        GlnReviewItem       *item);
void              _gln_screening_view_update_provenance (GlnScreeningView   *self);
char             *_gln_screening_view_dup_provenance   (GlnScreeningView    *self,
                                                        gint64               paper_id);
char             *_gln_screening_view_decorate         (GlnScreeningView    *self,
                                                        const char          *markup,
                                                        gboolean             links,
                                                        char               **description);

G_END_DECLS
