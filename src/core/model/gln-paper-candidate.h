/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "gln-paper.h"

G_BEGIN_DECLS

gboolean gln_paper_is_found_as (GlnPaper    *paper,
                                GlnPaper    *candidate,
                                const char **reason);

G_END_DECLS
