/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "bench-corpus.h"

G_BEGIN_DECLS

gboolean bench_search_run (BenchCorpus  *corpus,
                           const char   *library,
                           guint         runs,
                           GError      **error);

G_END_DECLS
