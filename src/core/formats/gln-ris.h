/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

GPtrArray *gln_ris_parse          (const char  *text,
                                   gssize       length,
                                   GPtrArray  **problems,
                                   GError     **error);
char      *gln_ris_write          (GPtrArray   *papers);
gboolean   gln_ris_looks_like     (const char  *text,
                                   gsize        length);

G_END_DECLS
