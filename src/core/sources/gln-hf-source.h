/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "gln-source.h"

G_BEGIN_DECLS

#define GLN_TYPE_HF_SOURCE (gln_hf_source_get_type ())
G_DECLARE_FINAL_TYPE (GlnHfSource, gln_hf_source, GLN, HF_SOURCE, GObject)

GlnHfSource *gln_hf_source_new (void);

G_END_DECLS
