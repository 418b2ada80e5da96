/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <libsoup/soup.h>

G_BEGIN_DECLS

/* A loopback HTTP server on 127.0.0.1, port 0, running on its own thread so that both a
 * fetcher on the test's main loop and a gleaner-cli subprocess can talk to it.
 *
 * A route is a path, optionally with query parameters that must all be present with these
 * values ("/api/query?start=2"); the most specific matching route answers. A route answers
 * with its responses in turn, the last one again and again. */

typedef struct _GlnTestServer GlnTestServer;

typedef struct
{
  char   *path;
  char   *query;
  char   *user_agent;
  char   *if_none_match;
  char   *if_modified_since;
  char   *api_key;
  gint64  arrived;   /* monotonic time, µs */
} GlnTestRequest;

GlnTestServer *gln_test_server_new             (void);
void           gln_test_server_free            (GlnTestServer *self);
const char    *gln_test_server_get_url         (GlnTestServer *self);
void           gln_test_server_respond         (GlnTestServer *self,
                                                const char    *route,
                                                guint          status,
                                                const char    *content_type,
                                                GBytes        *body,
                                                ...) G_GNUC_NULL_TERMINATED;
void           gln_test_server_respond_file    (GlnTestServer *self,
                                                const char    *route,
                                                const char    *content_type,
                                                const char    *path);
void           gln_test_server_set_validators  (GlnTestServer *self,
                                                const char    *route,
                                                const char    *etag,
                                                const char    *last_modified);
void           gln_test_server_hang            (GlnTestServer *self,
                                                const char    *route);
void           gln_test_server_stream          (GlnTestServer *self,
                                                const char    *route,
                                                gsize          size,
                                                gboolean       announce_length);
void           gln_test_server_drip            (GlnTestServer *self,
                                                const char    *route,
                                                guint          interval_ms,
                                                gsize          n_bytes);
GPtrArray     *gln_test_server_dup_requests    (GlnTestServer *self);
void           gln_test_server_clear_requests  (GlnTestServer *self);
guint          gln_test_server_count_requests  (GlnTestServer *self,
                                                const char    *path);
gsize          gln_test_server_get_streamed    (GlnTestServer *self);

void           gln_test_request_free           (GlnTestRequest *request);

char          *gln_test_refusing_url           (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlnTestServer, gln_test_server_free)

G_END_DECLS
