/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* How deep arrays and objects may nest in JSON from a file or a service. */
#define GLN_JSON_MAX_DEPTH 512

gboolean gln_json_check_depth      (const char  *data,
                                    gsize        size,
                                    guint        max_depth,
                                    GError     **error);
gboolean gln_json_load_untrusted   (JsonParser  *parser,
                                    const char  *data,
                                    gssize       length,
                                    GError     **error);

G_END_DECLS
