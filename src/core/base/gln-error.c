/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "gln-error.h"

G_DEFINE_QUARK (gln-parse-error-quark, gln_parse_error)
G_DEFINE_QUARK (gln-database-error-quark, gln_database_error)
G_DEFINE_QUARK (gln-fetch-error-quark, gln_fetch_error)
G_DEFINE_QUARK (gln-lookup-error-quark, gln_lookup_error)
