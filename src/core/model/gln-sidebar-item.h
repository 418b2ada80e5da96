/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "gln-query.h"

G_BEGIN_DECLS

typedef enum
{
  GLN_SIDEBAR_KIND_INBOX,
  GLN_SIDEBAR_KIND_UPDATED,
  GLN_SIDEBAR_KIND_STARRED,
  GLN_SIDEBAR_KIND_LIBRARY,
  GLN_SIDEBAR_KIND_FEED,
  GLN_SIDEBAR_KIND_COLLECTION,
  GLN_SIDEBAR_KIND_TAG,
  GLN_SIDEBAR_KIND_SEARCH,
  GLN_SIDEBAR_KIND_FOR_YOU,
  GLN_SIDEBAR_KIND_TRASH,
} GlnSidebarKind;

#define GLN_TYPE_SIDEBAR_ITEM (gln_sidebar_item_get_type ())
G_DECLARE_FINAL_TYPE (GlnSidebarItem, gln_sidebar_item, GLN, SIDEBAR_ITEM, GObject)

GlnSidebarItem *gln_sidebar_item_new           (GlnSidebarKind  kind,
                                                gint64          id,
                                                const char     *title);
GlnSidebarKind  gln_sidebar_item_get_kind      (GlnSidebarItem *self);
gint64          gln_sidebar_item_get_id        (GlnSidebarItem *self);
const char     *gln_sidebar_item_get_title     (GlnSidebarItem *self);
void            gln_sidebar_item_set_title     (GlnSidebarItem *self,
                                                const char     *title);
const char     *gln_sidebar_item_get_icon_name (GlnSidebarItem *self);
gint64          gln_sidebar_item_get_count     (GlnSidebarItem *self);
void            gln_sidebar_item_set_count     (GlnSidebarItem *self,
                                                gint64          count);
const char     *gln_sidebar_item_get_error     (GlnSidebarItem *self);
void            gln_sidebar_item_set_error     (GlnSidebarItem *self,
                                                const char     *error);
const GlnQuery *gln_sidebar_item_get_query     (GlnSidebarItem *self);
void            gln_sidebar_item_set_query     (GlnSidebarItem *self,
                                                const GlnQuery *query);
gboolean        gln_sidebar_item_equal         (GlnSidebarItem *self,
                                                GlnSidebarItem *other);

G_END_DECLS
