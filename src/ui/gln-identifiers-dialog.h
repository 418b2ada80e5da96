/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "gln-fetcher.h"
#include "gln-core.h"

G_BEGIN_DECLS

#define GLN_TYPE_IDENTIFIERS_DIALOG (gln_identifiers_dialog_get_type ())
G_DECLARE_FINAL_TYPE (GlnIdentifiersDialog, gln_identifiers_dialog, GLN, IDENTIFIERS_DIALOG, AdwWindow)

GlnIdentifiersDialog *gln_identifiers_dialog_new      (GlnStore             *store,
                                                       GlnFetcher           *fetcher);
void                  gln_identifiers_dialog_set_text (GlnIdentifiersDialog *self,
                                                       const char           *text);
void                  gln_identifiers_dialog_add      (GlnIdentifiersDialog *self);

G_END_DECLS
