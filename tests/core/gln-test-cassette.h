/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The recorded interactions of a VCR cassette (the YAML files of
 * ../shared/samples/semantic-scholar/): each request's URI with the response's status and
 * body, in order. Only what those files use of YAML is read: `uri:` lines, `code:` or
 * `status_code:` lines, and bodies as single-quoted scalars under `string:` or `content:`. */

typedef struct
{
  char   *uri;
  guint   status;
  GBytes *body;
} GlnTestInteraction;

GPtrArray *gln_test_cassette_load      (const char          *path);
char      *gln_test_interaction_dup_query_value (GlnTestInteraction *self,
                                                 const char         *name);

G_END_DECLS
