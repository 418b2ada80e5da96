/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "bench-wait.h"

/* The benchmarks call the asynchronous API as the app does and wait for it on the default
 * main context: pass bench_ready_cb with a GAsyncResult pointer set to NULL, then
 * bench_wait() on that pointer. */

void
bench_ready_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  GAsyncResult **slot = user_data;

  *slot = g_object_ref (result);
}

/* Iterates the default main context until bench_ready_cb() has filled @slot.
 * Returns: (transfer none): the result, which @slot keeps */
GAsyncResult *
bench_wait (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);

  return *slot;
}

GArray *
bench_query_ids (GlnStore        *store,
                 const GlnQuery  *query,
                 GError         **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  gln_store_query_ids_async (store, query, NULL, bench_ready_cb, &result);
  return gln_store_query_ids_finish (store, bench_wait (&result), error);
}

/* Returns: the papers in the library, or -1 with @error set */
gint64
bench_count_papers (GlnStore  *store,
                    GError   **error)
{
  g_autoptr(GlnQuery) query = gln_query_new ();
  g_autoptr(GAsyncResult) result = NULL;

  gln_store_count_papers_async (store, query, NULL, bench_ready_cb, &result);
  return gln_store_count_papers_finish (store, bench_wait (&result), error);
}
