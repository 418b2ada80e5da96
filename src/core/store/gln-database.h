/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "gln-error.h"

G_BEGIN_DECLS

typedef enum
{
  GLN_DATABASE_FLAGS_NONE      = 0,
  GLN_DATABASE_FLAGS_READ_ONLY = 1 << 0,
} GlnDatabaseFlags;

#define GLN_TYPE_DATABASE (gln_database_get_type ())
G_DECLARE_FINAL_TYPE (GlnDatabase, gln_database, GLN, DATABASE, GObject)

GlnDatabase *gln_database_open                 (const char        *path,
                                                GlnDatabaseFlags   flags,
                                                GError           **error);
const char  *gln_database_get_path             (GlnDatabase       *self);
int          gln_database_get_schema_version   (GlnDatabase       *self);
int          gln_database_get_latest_version   (void);
gboolean     gln_database_checkpoint_if_needed (GlnDatabase       *self);
gboolean     gln_database_begin                (GlnDatabase       *self,
                                                GError           **error);
gboolean     gln_database_commit               (GlnDatabase       *self,
                                                GError           **error);
void         gln_database_rollback             (GlnDatabase       *self);

G_END_DECLS
