/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "gln-application.h"

G_BEGIN_DECLS

#define GLN_TYPE_WINDOW (gln_window_get_type ())
G_DECLARE_FINAL_TYPE (GlnWindow, gln_window, GLN, WINDOW, AdwApplicationWindow)

GlnWindow *gln_window_new       (GlnApplication *application);
void       gln_window_add_toast (GlnWindow      *self,
                                 AdwToast       *toast);

G_END_DECLS
