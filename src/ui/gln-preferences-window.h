/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define GLN_TYPE_PREFERENCES_WINDOW (gln_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (GlnPreferencesWindow, gln_preferences_window, GLN, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

GlnPreferencesWindow *gln_preferences_window_new (GSettings *settings);

G_END_DECLS
