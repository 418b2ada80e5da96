/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *gln_markup_decorate (const char         *markup,
                           const char * const *terms,
                           gboolean            links);

G_END_DECLS
