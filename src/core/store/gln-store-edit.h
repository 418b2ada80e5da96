/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "gln-paper.h"
#include "gln-store.h"

G_BEGIN_DECLS

void      gln_store_edit_paper_async       (GlnStore             *self,
                                            GlnPaper             *paper,
                                            GlnPaper             *edited,
                                            GCancellable         *cancellable,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
GStrv     gln_store_edit_paper_finish      (GlnStore             *self,
                                            GAsyncResult         *result,
                                            GError              **error);

void      gln_store_list_edits_async       (GlnStore             *self,
                                            gint64                paper_id,
                                            GCancellable         *cancellable,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
GStrv     gln_store_list_edits_finish      (GlnStore             *self,
                                            GAsyncResult         *result,
                                            GError              **error);

G_END_DECLS
