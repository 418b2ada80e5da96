/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "gln-application.h"
#include "gln-core.h"

G_BEGIN_DECLS

#define GLN_TYPE_WINDOW (gln_window_get_type ())
G_DECLARE_FINAL_TYPE (GlnWindow, gln_window, GLN, WINDOW, AdwApplicationWindow)

GlnWindow  *gln_window_new            (GlnApplication *application);
void        gln_window_add_toast      (GlnWindow      *self,
                                       AdwToast       *toast);
void        gln_window_show_message   (GlnWindow      *self,
                                       const char     *message);
void        gln_window_report_error   (GlnWindow      *self,
                                       const char     *prefix,
                                       const GError   *error);
GlnStore   *gln_window_get_store      (GlnWindow      *self);
void        gln_window_set_store      (GlnWindow      *self,
                                       GlnStore       *store);
void        gln_window_set_error      (GlnWindow      *self,
                                       const GError   *error);
GListModel *gln_window_get_papers     (GlnWindow      *self);
const char *gln_window_get_page       (GlnWindow      *self);
void        gln_window_import_file    (GlnWindow      *self,
                                       GFile          *file);
void        gln_window_search         (GlnWindow      *self,
                                       const char     *text,
                                       gint64          paper_id);

G_END_DECLS
