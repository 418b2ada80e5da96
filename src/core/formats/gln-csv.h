/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *gln_csv_write        (GPtrArray  *papers,
                            GPtrArray  *notes);
void  gln_csv_append_field (GString    *out,
                            const char *value);

G_END_DECLS
