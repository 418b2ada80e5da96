/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "bench-stats.h"

#include <math.h>

/* For g_array_sort() on an array of doubles. */
int
bench_compare_doubles (gconstpointer a,
                       gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* Nearest rank in @sorted doubles: the smallest value with at least @fraction of the values
 * at or below it. */
double
bench_percentile (GArray *sorted,
                  double  fraction)
{
  guint rank = (guint) ceil (fraction * sorted->len);

  return g_array_index (sorted, double, MAX (rank, 1) - 1);
}

/* Sorts @values, doubles, and returns the middle one. */
double
bench_median (GArray *values)
{
  g_array_sort (values, bench_compare_doubles);
  return bench_percentile (values, 0.5);
}
