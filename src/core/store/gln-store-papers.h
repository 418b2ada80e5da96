/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "gln-note.h"
#include "gln-query.h"
#include "gln-store.h"

G_BEGIN_DECLS

void         gln_store_find_paper_async     (GlnStore             *self,
                                             const char           *key_or_id,
                                             GCancellable         *cancellable,
                                             GAsyncReadyCallback   callback,
                                             gpointer              user_data);
GlnPaper    *gln_store_find_paper_finish    (GlnStore             *self,
                                             GAsyncResult         *result,
                                             GError              **error);

void         gln_store_set_rating_async     (GlnStore             *self,
                                             GlnPaper             *paper,
                                             int                   rating,
                                             GCancellable         *cancellable,
                                             GAsyncReadyCallback   callback,
                                             gpointer              user_data);
void         gln_store_set_starred_async    (GlnStore             *self,
                                             GlnPaper             *paper,
                                             gboolean              starred,
                                             GCancellable         *cancellable,
                                             GAsyncReadyCallback   callback,
                                             gpointer              user_data);
void         gln_store_set_read_async       (GlnStore             *self,
                                             GlnPaper             *paper,
                                             gboolean              read,
                                             GCancellable         *cancellable,
                                             GAsyncReadyCallback   callback,
                                             gpointer              user_data);
void         gln_store_add_tag_async        (GlnStore             *self,
                                             GlnPaper             *paper,
                                             const char           *tag,
                                             GCancellable         *cancellable,
                                             GAsyncReadyCallback   callback,
                                             gpointer              user_data);
void         gln_store_remove_tag_async     (GlnStore             *self,
                                             GlnPaper             *paper,
                                             const char           *tag,
                                             GCancellable         *cancellable,
                                             GAsyncReadyCallback   callback,
                                             gpointer              user_data);

void         gln_store_list_notes_async     (GlnStore             *self,
                                             gint64                paper_id,
                                             GCancellable         *cancellable,
                                             GAsyncReadyCallback   callback,
                                             gpointer              user_data);
GPtrArray   *gln_store_list_notes_finish    (GlnStore             *self,
                                             GAsyncResult         *result,
                                             GError              **error);
void         gln_store_save_note_async      (GlnStore             *self,
                                             GlnPaper             *paper,
                                             gint64                note_id,
                                             const char           *body,
                                             GCancellable         *cancellable,
                                             GAsyncReadyCallback   callback,
                                             gpointer              user_data);
GlnNote     *gln_store_save_note_finish     (GlnStore             *self,
                                             GAsyncResult         *result,
                                             GError              **error);
void         gln_store_delete_note_async    (GlnStore             *self,
                                             gint64                note_id,
                                             GCancellable         *cancellable,
                                             GAsyncReadyCallback   callback,
                                             gpointer              user_data);

void         gln_store_collect_async        (GlnStore             *self,
                                             const GlnQuery       *query,
                                             GCancellable         *cancellable,
                                             GAsyncReadyCallback   callback,
                                             gpointer              user_data);
GPtrArray   *gln_store_collect_finish       (GlnStore             *self,
                                             GAsyncResult         *result,
                                             GError              **error);
void         gln_store_read_papers_async    (GlnStore             *self,
                                             GArray               *ids,
                                             GCancellable         *cancellable,
                                             GAsyncReadyCallback   callback,
                                             gpointer              user_data);
GPtrArray   *gln_store_read_papers_finish   (GlnStore             *self,
                                             GAsyncResult         *result,
                                             GError              **error);
void         gln_store_collect_notes_async  (GlnStore             *self,
                                             GPtrArray            *papers,
                                             GCancellable         *cancellable,
                                             GAsyncReadyCallback   callback,
                                             gpointer              user_data);
GPtrArray   *gln_store_collect_notes_finish (GlnStore             *self,
                                             GAsyncResult         *result,
                                             GError              **error);

G_END_DECLS
