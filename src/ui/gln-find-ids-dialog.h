/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "gln-core.h"

G_BEGIN_DECLS

#define GLN_TYPE_FIND_IDS_DIALOG (gln_find_ids_dialog_get_type ())
G_DECLARE_FINAL_TYPE (GlnFindIdsDialog, gln_find_ids_dialog, GLN, FIND_IDS_DIALOG, AdwWindow)

GlnFindIdsDialog *gln_find_ids_dialog_new (GlnStore   *store,
                                           GlnFetcher *fetcher,
                                           GArray     *paper_ids);

G_END_DECLS
