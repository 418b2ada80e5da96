/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean bench_paper_list_run (const char  *library,
                               GError     **error);

G_END_DECLS
