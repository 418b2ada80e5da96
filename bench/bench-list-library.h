/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean bench_list_generate_library (const char  *path,
                                      guint        n_papers,
                                      gboolean     index_text,
                                      GError     **error);
gint64   bench_list_count_papers     (const char  *path);

G_END_DECLS
