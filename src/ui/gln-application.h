/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define GLN_SETTINGS_SCHEMA_ID "io.github.gleaner.Gleaner"

#define GLN_TYPE_APPLICATION (gln_application_get_type ())
G_DECLARE_FINAL_TYPE (GlnApplication, gln_application, GLN, APPLICATION, AdwApplication)

GlnApplication *gln_application_new          (const char        *application_id,
                                              GApplicationFlags  flags);
GSettings      *gln_application_get_settings (GlnApplication    *self);

G_END_DECLS
