/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "gln-import.h"

G_BEGIN_DECLS

void       gln_parse_bytes_async  (GBytes               *bytes,
                                   GCancellable         *cancellable,
                                   GAsyncReadyCallback   callback,
                                   gpointer              user_data);
void       gln_parse_file_async   (GFile                *file,
                                   GCancellable         *cancellable,
                                   GAsyncReadyCallback   callback,
                                   gpointer              user_data);
GPtrArray *gln_parse_finish       (GAsyncResult         *result,
                                   GlnImportFormat      *detected,
                                   GError              **error);

G_END_DECLS
