/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "gln-error.h"

G_BEGIN_DECLS

#define GLN_TYPE_SOURCE (gln_source_get_type ())
G_DECLARE_INTERFACE (GlnSource, gln_source, GLN, SOURCE, GObject)

/**
 * GlnSourceInterface:
 * @get_name: the kind of the source ("arxiv", "hf", …), also the badge stored on papers
 * @parse: turns one response body into papers; does no I/O
 */
struct _GlnSourceInterface
{
  GTypeInterface parent_iface;

  const char *(*get_name) (GlnSource *self);
  GPtrArray  *(*parse)    (GlnSource *self,
                           GBytes    *bytes,
                           GError   **error);
};

const char *gln_source_get_name    (GlnSource  *self);
GPtrArray  *gln_source_parse       (GlnSource  *self,
                                    GBytes     *bytes,
                                    GError    **error);

G_END_DECLS
