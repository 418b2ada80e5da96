/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "gln-prisma.h"

G_BEGIN_DECLS

void    gln_prisma_draw   (const GlnPrismaLayout  *layout,
                           cairo_t                *cr);
char   *gln_prisma_to_svg (const GlnPrismaLayout  *layout,
                           const char             *title);
GBytes *gln_prisma_to_png (const GlnPrismaLayout  *layout,
                           double                  scale,
                           GError                **error);

G_END_DECLS
