/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "gln-core.h"

G_BEGIN_DECLS

#define GLN_TYPE_REASONS_DIALOG (gln_reasons_dialog_get_type ())
G_DECLARE_FINAL_TYPE (GlnReasonsDialog, gln_reasons_dialog, GLN, REASONS_DIALOG, AdwMessageDialog)

GtkWidget          *gln_reasons_dialog_new         (GtkWindow          *parent,
                                                    GlnStore           *store,
                                                    gint64              collection_id,
                                                    const char * const *reasons);
const char * const *gln_reasons_dialog_get_reasons (GlnReasonsDialog   *self);

G_END_DECLS
