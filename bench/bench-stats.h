/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int    bench_compare_doubles (gconstpointer  a,
                              gconstpointer  b);
double bench_percentile      (GArray        *sorted,
                              double         fraction);
double bench_median          (GArray        *values);

G_END_DECLS
