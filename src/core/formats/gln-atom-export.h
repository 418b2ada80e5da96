/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *gln_atom_export_write (GPtrArray   *papers,
                             const char  *title,
                             const char  *feed_id,
                             const char  *self_url,
                             GError     **error);

G_END_DECLS
