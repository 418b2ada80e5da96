/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-fetcher"

#include "config.h"

#include "gln-fetcher-private.h"

/* The interval runs from the end of one request to the start of the next, so that the server
 * sees at least that much time between two requests whatever the latency of either. */

struct _GlnFetcherSlot
{
  GlnFetcher *fetcher;        /* unowned: the fetcher owns its slots */
  char       *name;
  gint64      interval_us;
  gint64      next_start;     /* monotonic time the next request may start */
  gint64      blocked_until;  /* monotonic time a Retry-After asked us to wait until */
  gboolean    busy;
  GQueue      waiting;        /* GTask, each holding a reference */
  guint       timer_id;
};

static void pump (GlnFetcherSlot *slot);

static gboolean
timer_fired_cb (gpointer user_data)
{
  GlnFetcherSlot *slot = user_data;

  slot->timer_id = 0;
  pump (slot);

  return G_SOURCE_REMOVE;
}

static void
pump (GlnFetcherSlot *slot)
{
  gint64 max_wait_us = (gint64) _gln_fetcher_get_max_retry_wait (slot->fetcher) * G_USEC_PER_SEC;

  while (!slot->busy && !g_queue_is_empty (&slot->waiting))
    {
      g_autoptr(GTask) task = NULL;
      const char *ledger;
      gint64 turn;
      gint64 now = g_get_monotonic_time ();
      gint64 start = MAX (slot->next_start, slot->blocked_until);

      /* A server that asked for a long pause is not asked again before it ends; the
       * request fails now and says when to come back. */
      if (slot->blocked_until - now > max_wait_us)
        {
          task = g_queue_pop_head (&slot->waiting);
          _gln_fetcher_op_start (task, (slot->blocked_until - now + G_USEC_PER_SEC - 1) /
                                       G_USEC_PER_SEC);
          continue;
        }

      /* Another process may hold the service's turn: then wait until it is over. */
      if (start <= now && (ledger = _gln_fetcher_get_ledger_dir (slot->fetcher)) != NULL &&
          (turn = _gln_fetcher_ledger_claim (ledger, slot->name, slot->interval_us)) > 0)
        start = now + MAX (turn - g_get_real_time (), 1000);

      if (start > now)
        {
          if (slot->timer_id == 0)
            slot->timer_id = g_timeout_add ((guint) ((start - now + 999) / 1000),
                                            timer_fired_cb, slot);
          return;
        }

      task = g_queue_pop_head (&slot->waiting);
      slot->busy = TRUE;
      _gln_fetcher_op_start (task, 0);
    }
}

GlnFetcherSlot *
_gln_fetcher_slot_new (GlnFetcher *fetcher,
                       const char *name,
                       guint       interval_ms)
{
  GlnFetcherSlot *slot = g_new0 (GlnFetcherSlot, 1);

  slot->fetcher = fetcher;
  slot->name = g_strdup (name);
  slot->interval_us = (gint64) interval_ms * 1000;
  g_queue_init (&slot->waiting);

  return slot;
}

void
_gln_fetcher_slot_free (GlnFetcherSlot *slot)
{
  g_clear_handle_id (&slot->timer_id, g_source_remove);
  g_queue_clear_full (&slot->waiting, g_object_unref);
  g_free (slot->name);
  g_free (slot);
}

void
_gln_fetcher_slot_set_interval (GlnFetcherSlot *slot,
                                guint           interval_ms)
{
  slot->interval_us = (gint64) interval_ms * 1000;
}

void
_gln_fetcher_slot_enqueue (GlnFetcherSlot *slot,
                           GTask          *task)
{
  g_queue_push_tail (&slot->waiting, g_object_ref (task));
  pump (slot);
}

/* Takes a request that has not started out of the queue; %FALSE if it was not waiting. */
gboolean
_gln_fetcher_slot_dequeue (GlnFetcherSlot *slot,
                           GTask          *task)
{
  if (!g_queue_remove (&slot->waiting, task))
    return FALSE;

  g_object_unref (task);
  return TRUE;
}

void
_gln_fetcher_slot_release (GlnFetcherSlot *slot)
{
  g_assert (slot->busy);

  slot->busy = FALSE;
  slot->next_start = g_get_monotonic_time () + slot->interval_us;
  if (_gln_fetcher_get_ledger_dir (slot->fetcher) != NULL)
    _gln_fetcher_ledger_finished (_gln_fetcher_get_ledger_dir (slot->fetcher), slot->name,
                                  slot->interval_us);
  g_debug ("%s: next request in %" G_GINT64_FORMAT " ms at the earliest", slot->name,
           slot->interval_us / 1000);
  pump (slot);
}

void
_gln_fetcher_slot_block (GlnFetcherSlot *slot,
                         gint64          seconds)
{
  gint64 until = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;

  slot->blocked_until = MAX (slot->blocked_until, until);
}
