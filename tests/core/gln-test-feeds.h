/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "gln-core.h"
#include "gln-test-server.h"
#include "gln-test-utils.h"

G_BEGIN_DECLS

/* A library, a store, a fetcher and a refresher pointed at a loopback server, with every
 * service's base URL set to it and every politeness interval at 0. */
typedef struct
{
  GlnTestServer    *server;
  GlnStore         *store;       /* the refresher's, also for setting up and checking */
  GlnFetcher       *fetcher;
  GlnFeedRefresher *refresher;
} GlnFeedsFixture;

void           gln_test_feeds_set_up       (GlnFeedsFixture *fixture,
                                            gconstpointer    data);
void           gln_test_feeds_tear_down    (GlnFeedsFixture *fixture,
                                            gconstpointer    data);
void           gln_test_feeds_serve        (GlnFeedsFixture *fixture,
                                            const char      *route,
                                            const char      *content_type,
                                            const char      *path);
void           gln_test_feeds_serve_data   (GlnFeedsFixture *fixture,
                                            const char      *route,
                                            const char      *content_type,
                                            const char      *dir,
                                            const char      *file);
gint64         gln_test_feeds_add          (GlnFeedsFixture *fixture,
                                            const char      *kind,
                                            const char      *params);
GPtrArray     *gln_test_feeds_refresh      (GlnFeedsFixture *fixture,
                                            gint64           feed_id);
GlnFeedReport *gln_test_feeds_refresh_one  (GlnFeedsFixture *fixture,
                                            gint64           feed_id);
GlnPaper      *gln_test_feeds_get_paper    (GlnFeedsFixture *fixture,
                                            const char      *key);
gint64         gln_test_feeds_count_papers (GlnFeedsFixture *fixture);
void           gln_test_feeds_init         (int             *argc,
                                            char          ***argv);

#define GLN_TEST_ADD_FEEDS(path, func) \
  g_test_add (path, GlnFeedsFixture, NULL, gln_test_feeds_set_up, func, gln_test_feeds_tear_down)
#define GLN_TEST_ADD_FEEDS_SHARED(path, func)                                     \
  gln_test_add_shared (path, GlnFeedsFixture, NULL, gln_test_feeds_set_up, func, \
                       gln_test_feeds_tear_down)

G_END_DECLS
