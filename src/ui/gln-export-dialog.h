/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "gln-query.h"
#include "gln-core.h"

G_BEGIN_DECLS

#define GLN_TYPE_EXPORT_DIALOG (gln_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (GlnExportDialog, gln_export_dialog, GLN, EXPORT_DIALOG, AdwWindow)

GlnExportDialog *gln_export_dialog_new          (GlnStore        *store,
                                                 const GlnQuery  *view,
                                                 const char      *view_title);
void             gln_export_dialog_set_format   (GlnExportDialog *self,
                                                 guint            format);
void             gln_export_dialog_set_selected (GlnExportDialog *self,
                                                 GPtrArray       *papers);
void             gln_export_dialog_export_to    (GlnExportDialog *self,
                                                 GFile           *file);

G_END_DECLS
