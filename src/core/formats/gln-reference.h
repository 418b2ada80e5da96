/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "gln-paper.h"

G_BEGIN_DECLS

char *gln_reference_format (GlnPaper *paper);

G_END_DECLS
