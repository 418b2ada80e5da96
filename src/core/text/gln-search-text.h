/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char  *gln_search_text_to_fts    (const char *text);
GStrv  gln_search_text_get_terms (const char *text);

G_END_DECLS
