/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "gln-application.h"

G_BEGIN_DECLS

#define GLN_SEARCH_PROVIDER_PATH_SUFFIX "/SearchProvider"

#define GLN_TYPE_SEARCH_PROVIDER (gln_search_provider_get_type ())
G_DECLARE_FINAL_TYPE (GlnSearchProvider, gln_search_provider, GLN, SEARCH_PROVIDER, GObject)

GlnSearchProvider *gln_search_provider_new            (GlnApplication     *application);
gboolean           gln_search_provider_register       (GlnSearchProvider  *self,
                                                       GDBusConnection    *connection,
                                                       const char         *object_path,
                                                       GError            **error);
void               gln_search_provider_unregister     (GlnSearchProvider  *self);
void               gln_search_provider_library_opened (GlnSearchProvider  *self);

G_END_DECLS
