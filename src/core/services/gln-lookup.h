/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "gln-fetcher.h"
#include "gln-identifier.h"

G_BEGIN_DECLS

void       gln_lookup_async  (GlnFetcher           *fetcher,
                              const char           *identifier,
                              GCancellable         *cancellable,
                              GAsyncReadyCallback   callback,
                              gpointer              user_data);
GPtrArray *gln_lookup_finish (GlnFetcher           *fetcher,
                              GAsyncResult         *result,
                              GError              **error);

G_END_DECLS
