/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "gln-core.h"

G_BEGIN_DECLS

#define GLN_TYPE_PRISMA_VIEW (gln_prisma_view_get_type ())
G_DECLARE_FINAL_TYPE (GlnPrismaView, gln_prisma_view, GLN, PRISMA_VIEW, GtkWidget)

GtkWidget *gln_prisma_view_new (GlnStore *store,
                                gint64    collection_id);

G_END_DECLS
