/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * GlnFeedArrival:
 * @feed_id: the feed that brought a paper
 * @arrived: when, as Unix time
 */
typedef struct
{
  gint64 feed_id;
  gint64 arrived;
} GlnFeedArrival;

#define GLN_TYPE_FEED (gln_feed_get_type ())
G_DECLARE_FINAL_TYPE (GlnFeed, gln_feed, GLN, FEED, GObject)

GlnFeed            *gln_feed_new                     (const char          *kind,
                                                      const char          *params);
const char * const *gln_feed_get_kinds               (void);
gboolean            gln_feed_kind_is_valid           (const char          *kind);
char               *gln_feed_params_build            (const char          *first_name,
                                                      ...) G_GNUC_NULL_TERMINATED;

gint64              gln_feed_get_id                  (GlnFeed             *self);
void                gln_feed_set_id                  (GlnFeed             *self,
                                                      gint64               id);
const char         *gln_feed_get_kind                (GlnFeed             *self);
const char         *gln_feed_get_params              (GlnFeed             *self);
void                gln_feed_set_params              (GlnFeed             *self,
                                                      const char          *params);
char               *gln_feed_dup_param               (GlnFeed             *self,
                                                      const char          *name);
const char         *gln_feed_get_title               (GlnFeed             *self);
void                gln_feed_set_title               (GlnFeed             *self,
                                                      const char          *title);
char               *gln_feed_dup_display_title       (GlnFeed             *self);
const char         *gln_feed_get_etag                (GlnFeed             *self);
void                gln_feed_set_etag                (GlnFeed             *self,
                                                      const char          *etag);
const char         *gln_feed_get_last_modified       (GlnFeed             *self);
void                gln_feed_set_last_modified       (GlnFeed             *self,
                                                      const char          *last_modified);
gint64              gln_feed_get_last_fetch          (GlnFeed             *self);
void                gln_feed_set_last_fetch          (GlnFeed             *self,
                                                      gint64               last_fetch);
const char         *gln_feed_get_last_error          (GlnFeed             *self);
void                gln_feed_set_last_error          (GlnFeed             *self,
                                                      const char          *last_error);
int                 gln_feed_get_refresh_interval    (GlnFeed             *self);
void                gln_feed_set_refresh_interval    (GlnFeed             *self,
                                                      int                  seconds);
gboolean            gln_feed_get_enabled             (GlnFeed             *self);
void                gln_feed_set_enabled             (GlnFeed             *self,
                                                      gboolean             enabled);
int                 gln_feed_get_position            (GlnFeed             *self);
void                gln_feed_set_position            (GlnFeed             *self,
                                                      int                  position);
gint64              gln_feed_get_created             (GlnFeed             *self);
void                gln_feed_set_created             (GlnFeed             *self,
                                                      gint64               created);
int                 gln_feed_get_n_papers            (GlnFeed             *self);
void                gln_feed_set_n_papers            (GlnFeed             *self,
                                                      int                  n_papers);
int                 gln_feed_get_n_unread            (GlnFeed             *self);
void                gln_feed_set_n_unread            (GlnFeed             *self,
                                                      int                  n_unread);
gboolean            gln_feed_is_due                  (GlnFeed             *self,
                                                      gint64               now);

G_END_DECLS
