/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "gln-core.h"

G_BEGIN_DECLS

/* Driving the store from a test: start an operation with gln_test_ready_cb() as its
 * callback, then finish it with gln_test_wait():
 *
 *   gln_store_set_rating_async (store, paper, 3, NULL, gln_test_ready_cb, NULL);
 *   g_assert_true (gln_store_edit_finish (store, gln_test_wait (), &error));
 */
void             gln_test_ready_cb       (GObject       *object,
                                          GAsyncResult  *result,
                                          gpointer       user_data);
GAsyncResult    *gln_test_wait           (void);

GlnPaper        *gln_test_paper_new      (const char    *title,
                                          const char    *doi,
                                          const char    *arxiv_id,
                                          const char    *source);
GlnStore        *gln_test_store_new      (void);
GlnImportResult *gln_test_store_import   (GlnStore      *store,
                                          GPtrArray     *papers,
                                          gint64         feed_id);
GPtrArray       *gln_test_store_papers   (GlnStore      *store,
                                          GlnImportResult *result);
GPtrArray       *gln_test_parse_file     (GType          source_type,
                                          const char    *path);
GPtrArray       *gln_test_parse_sample   (GType          source_type,
                                          const char    *dir,
                                          const char    *file);
GlnPaper        *gln_test_store_find     (GlnStore      *store,
                                          const char    *key_or_id);
void             gln_test_store_edited   (GlnStore      *store);
gint64           gln_test_store_id       (GlnStore      *store);
gint64           gln_test_store_count    (GlnStore      *store,
                                          const GlnQuery *query);
GArray          *gln_test_store_query    (GlnStore      *store,
                                          const GlnQuery *query);
gint64           gln_test_store_create_collection (GlnStore   *store,
                                                   const char *name,
                                                   GPtrArray  *papers);
GlnFeed         *gln_test_store_feed     (GlnStore      *store,
                                          gint64         feed_id);
GArray          *gln_test_store_arrivals (GlnStore      *store,
                                          gint64         paper_id);
void             gln_test_store_close    (GlnStore      *store);

G_END_DECLS
