/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "gln-query.h"
#include "gln-store.h"
#include "gln-store-query.h"

G_BEGIN_DECLS

#define GLN_TYPE_PAPER_LIST (gln_paper_list_get_type ())
G_DECLARE_FINAL_TYPE (GlnPaperList, gln_paper_list, GLN, PAPER_LIST, GObject)

GlnPaperList   *gln_paper_list_new               (GlnStore       *store,
                                                  const GlnQuery *query);
GlnStore       *gln_paper_list_get_store         (GlnPaperList   *self);
const GlnQuery *gln_paper_list_get_query         (GlnPaperList   *self);
void            gln_paper_list_set_query         (GlnPaperList   *self,
                                                  const GlnQuery *query);
gboolean        gln_paper_list_get_loading       (GlnPaperList   *self);
const GError   *gln_paper_list_get_error         (GlnPaperList   *self);
void            gln_paper_list_reload            (GlnPaperList   *self);
gint64          gln_paper_list_get_id            (GlnPaperList   *self,
                                                  guint           position);
guint           gln_paper_list_find              (GlnPaperList   *self,
                                                  gint64          id);
guint           gln_paper_list_get_n_pages_read  (GlnPaperList   *self);

G_END_DECLS
