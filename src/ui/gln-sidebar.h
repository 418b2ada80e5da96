/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "gln-core.h"
#include "gln-sidebar-item.h"

G_BEGIN_DECLS

/* The Possible Duplicates row is a library view with this id, for want of a kind of its
 * own in GlnSidebarKind; gln_sidebar_is_duplicates() tells it apart. */
#define GLN_SIDEBAR_DUPLICATES_ID 1

#define GLN_TYPE_SIDEBAR (gln_sidebar_get_type ())
G_DECLARE_FINAL_TYPE (GlnSidebar, gln_sidebar, GLN, SIDEBAR, GtkWidget)

GlnSidebar     *gln_sidebar_new           (void);
void            gln_sidebar_set_summary   (GlnSidebar              *self,
                                           const GlnLibrarySummary *summary);
GListModel     *gln_sidebar_get_items     (GlnSidebar              *self);
GlnSidebarItem *gln_sidebar_get_selected  (GlnSidebar              *self);
gboolean        gln_sidebar_select        (GlnSidebar              *self,
                                           GlnSidebarKind           kind,
                                           gint64                   id);
gboolean        gln_sidebar_is_duplicates (GlnSidebarItem          *item);

G_END_DECLS
