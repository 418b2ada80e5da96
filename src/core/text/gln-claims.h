/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

GStrv gln_claims_extract (const char *abstract,
                          guint       max_claims);

G_END_DECLS
