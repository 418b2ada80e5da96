/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "gln-core.h"

G_BEGIN_DECLS

#define GLN_TYPE_CITATION_DIALOG (gln_citation_dialog_get_type ())
G_DECLARE_FINAL_TYPE (GlnCitationDialog, gln_citation_dialog, GLN, CITATION_DIALOG, AdwWindow)

GtkWidget *gln_citation_dialog_new              (GlnStore          *store,
                                                 gint64             collection_id,
                                                 const char        *api_key);
void       gln_citation_dialog_set_openalex_key (GlnCitationDialog *self,
                                                 const char        *api_key);

G_END_DECLS
