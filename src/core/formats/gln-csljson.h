/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "gln-paper.h"

G_BEGIN_DECLS

GPtrArray *gln_csljson_parse          (const char  *text,
                                       gssize       length,
                                       GError     **error);
GlnPaper  *gln_csljson_paper_from_item (JsonObject  *item,
                                       const char  *source);
char      *gln_csljson_write          (GPtrArray   *papers);
gboolean   gln_csljson_looks_like     (const char  *text,
                                       gsize        length);

G_END_DECLS
