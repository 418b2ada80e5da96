/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "gln-source.h"

G_BEGIN_DECLS

#define GLN_TYPE_CROSSREF_SOURCE (gln_crossref_source_get_type ())
G_DECLARE_FINAL_TYPE (GlnCrossrefSource, gln_crossref_source, GLN, CROSSREF_SOURCE, GObject)

GlnCrossrefSource *gln_crossref_source_new (void);

G_END_DECLS
