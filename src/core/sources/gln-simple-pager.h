/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "gln-feed-pager.h"
#include "gln-source.h"

G_BEGIN_DECLS

#define GLN_TYPE_SIMPLE_PAGER (gln_simple_pager_get_type ())
G_DECLARE_FINAL_TYPE (GlnSimplePager, gln_simple_pager, GLN, SIMPLE_PAGER, GObject)

GlnSimplePager *gln_simple_pager_new (const char *url,
                                      GlnSource  *source,
                                      const char *group,
                                      const char *service_name);

G_END_DECLS
