/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <libsoup/soup.h>

#include "gln-error.h"

G_BEGIN_DECLS

/**
 * GlnFetchRequest:
 * @url: the http or https URL to get
 * @group: (nullable): the politeness group ("arxiv", "huggingface", …) whose requests run one
 *   at a time and spaced by the group's interval; %NULL uses the URL's host
 * @service_name: (nullable): the service as a user knows it ("arXiv"), for error messages;
 *   %NULL uses the URL's host
 * @etag: (nullable): the `ETag` stored from the last response, sent as `If-None-Match`
 * @last_modified: (nullable): the stored `Last-Modified`, sent as `If-Modified-Since`
 * @key_header: (nullable): the header that carries @key ("x-api-key")
 * @key: (nullable): the user's API key for the service, sent in @key_header
 *
 * What to fetch. The fetcher copies what it needs; the struct may live on the stack.
 */
typedef struct
{
  const char *url;
  const char *group;
  const char *service_name;
  const char *etag;
  const char *last_modified;
  const char *key_header;
  const char *key;
} GlnFetchRequest;

/**
 * GlnFetchResponse:
 * @status: the HTTP status, 200-299 or 304
 * @body: (nullable): the whole body; %NULL for 304 Not Modified
 * @headers: the response headers
 * @uri: the URI that answered, after redirects
 * @etag: (nullable): the response's `ETag`
 * @last_modified: (nullable): the response's `Last-Modified`
 */
typedef struct
{
  guint               status;
  GBytes             *body;
  SoupMessageHeaders *headers;
  GUri               *uri;
  char               *etag;
  char               *last_modified;
} GlnFetchResponse;

void gln_fetch_response_free (GlnFetchResponse *response);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlnFetchResponse, gln_fetch_response_free)

#define GLN_TYPE_FETCHER (gln_fetcher_get_type ())
G_DECLARE_FINAL_TYPE (GlnFetcher, gln_fetcher, GLN, FETCHER, GObject)

GlnFetcher       *gln_fetcher_new                  (void);
const char       *gln_fetcher_get_user_agent       (GlnFetcher             *self);
void              gln_fetcher_set_min_interval     (GlnFetcher             *self,
                                                    const char             *group,
                                                    guint                   interval_ms);
void              gln_fetcher_set_timeout          (GlnFetcher             *self,
                                                    guint                   timeout_ms);
void              gln_fetcher_set_retries          (GlnFetcher             *self,
                                                    guint                   max_retries,
                                                    guint                   first_delay_ms);
void              gln_fetcher_set_ledger_dir       (GlnFetcher             *self,
                                                    const char             *dir);
void              gln_fetcher_set_max_retry_wait   (GlnFetcher             *self,
                                                    guint                   seconds);
void              gln_fetcher_set_deadline         (GlnFetcher             *self,
                                                    guint                   deadline_ms);
void              gln_fetcher_set_max_body_size    (GlnFetcher             *self,
                                                    gsize                   max_bytes);
void              gln_fetcher_fetch_async          (GlnFetcher             *self,
                                                    const GlnFetchRequest  *request,
                                                    GCancellable           *cancellable,
                                                    GAsyncReadyCallback     callback,
                                                    gpointer                user_data);
GlnFetchResponse *gln_fetcher_fetch_finish         (GlnFetcher             *self,
                                                    GAsyncResult           *result,
                                                    GError                **error);

G_END_DECLS
