/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean bench_window_run (const char  *library,
                           gboolean     startup,
                           gboolean     memory,
                           guint        runs,
                           GError     **error);

G_END_DECLS
