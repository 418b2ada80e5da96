/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "gln-fetcher.h"

G_BEGIN_DECLS

/* One politeness group: its requests run one at a time, in order, each starting at least the
 * group's interval after the previous one ended. */
typedef struct _GlnFetcherSlot GlnFetcherSlot;

GlnFetcherSlot *_gln_fetcher_slot_new            (GlnFetcher     *fetcher,
                                                  const char     *name,
                                                  guint           interval_ms);
void            _gln_fetcher_slot_free           (GlnFetcherSlot *slot);
void            _gln_fetcher_slot_set_interval   (GlnFetcherSlot *slot,
                                                  guint           interval_ms);
void            _gln_fetcher_slot_enqueue        (GlnFetcherSlot *slot,
                                                  GTask          *task);
gboolean        _gln_fetcher_slot_dequeue        (GlnFetcherSlot *slot,
                                                  GTask          *task);
void            _gln_fetcher_slot_release        (GlnFetcherSlot *slot);
void            _gln_fetcher_slot_block          (GlnFetcherSlot *slot,
                                                  gint64          seconds);

void            _gln_fetcher_op_start            (GTask          *task,
                                                  gint64          blocked_seconds);
guint           _gln_fetcher_get_max_retry_wait  (GlnFetcher     *self);
const char     *_gln_fetcher_get_ledger_dir      (GlnFetcher     *self);

gint64          _gln_fetcher_ledger_claim        (const char     *dir,
                                                  const char     *group,
                                                  gint64          interval_us);
void            _gln_fetcher_ledger_finished     (const char     *dir,
                                                  const char     *group,
                                                  gint64          interval_us);

G_END_DECLS
