/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "gln-feed-refresher.h"
#include "gln-core.h"

G_BEGIN_DECLS

#define GLN_SETTINGS_SCHEMA_ID "io.github.gleaner.Gleaner"

#define GLN_TYPE_APPLICATION (gln_application_get_type         ())
G_DECLARE_FINAL_TYPE (GlnApplication, gln_application, GLN, APPLICATION, AdwApplication)

GlnApplication   *gln_application_new              (const char        *application_id,
                                                    GApplicationFlags  flags);
void              gln_application_set_library_path (GlnApplication    *self,
                                                    const char        *path);
GSettings        *gln_application_get_settings     (GlnApplication    *self);
GlnStore         *gln_application_get_store        (GlnApplication    *self);
GlnFeedRefresher *gln_application_get_refresher    (GlnApplication    *self);
gboolean          gln_application_get_refreshing   (GlnApplication    *self);
void              gln_application_refresh          (GlnApplication    *self,
                                                    gint64             feed_id,
                                                    gboolean           manual);

void              gln_application_report_error     (const char        *prefix,
                                                    const GError      *error);
void              gln_application_edit_done_cb     (GObject           *object,
                                                    GAsyncResult      *result,
                                                    gpointer           user_data);

G_END_DECLS
