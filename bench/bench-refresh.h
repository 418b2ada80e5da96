/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "bench-corpus.h"

G_BEGIN_DECLS

gboolean bench_refresh_run (BenchCorpus  *corpus,
                            const char   *dir,
                            GError      **error);

G_END_DECLS
