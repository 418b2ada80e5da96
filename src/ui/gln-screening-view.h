/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "gln-core.h"

G_BEGIN_DECLS

#define GLN_TYPE_SCREENING_VIEW (gln_screening_view_get_type ())
G_DECLARE_FINAL_TYPE (GlnScreeningView, gln_screening_view, GLN, SCREENING_VIEW, GtkWidget)

GtkWidget  *gln_screening_view_new            (void);
GlnStore   *gln_screening_view_get_store      (GlnScreeningView   *self);
void        gln_screening_view_set_store      (GlnScreeningView   *self,
                                               GlnStore           *store);
gint64      gln_screening_view_get_collection (GlnScreeningView   *self);
void        gln_screening_view_set_collection (GlnScreeningView   *self,
                                               gint64              collection_id);
void        gln_screening_view_reload         (GlnScreeningView   *self);
GlnPaper   *gln_screening_view_get_paper      (GlnScreeningView   *self);
gboolean    gln_screening_view_show_paper     (GlnScreeningView   *self,
                                               gint64              paper_id);
int         gln_screening_view_get_filter     (GlnScreeningView   *self);
void        gln_screening_view_set_filter     (GlnScreeningView   *self,
                                               int                 status);
void        gln_screening_view_set_source     (GlnScreeningView   *self,
                                               int                 source);
void        gln_screening_view_decide         (GlnScreeningView   *self,
                                               GlnScreening        status,
                                               const char         *reason);
void        gln_screening_view_undo           (GlnScreeningView   *self);
void        gln_screening_view_add_keyword    (GlnScreeningView   *self,
                                               const char         *word,
                                               gboolean            exclude);
gboolean    gln_screening_view_is_busy        (GlnScreeningView   *self);
void        gln_screening_view_set_compact    (GlnScreeningView   *self,
                                               gboolean            compact);

G_END_DECLS
