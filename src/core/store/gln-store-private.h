/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "gln-store.h"

G_BEGIN_DECLS

void _gln_store_refresh_papers (GlnStore     *self,
                                const gint64 *ids,
                                guint         n_ids);

G_END_DECLS
