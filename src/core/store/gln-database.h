/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "gln-paper.h"
#include "gln-query.h"

G_BEGIN_DECLS

#define GLN_DATABASE_ERROR (gln_database_error_quark ())

typedef enum
{
  GLN_DATABASE_ERROR_OPEN,
  GLN_DATABASE_ERROR_TOO_NEW,
  GLN_DATABASE_ERROR_CORRUPT,
  GLN_DATABASE_ERROR_FULL,
  GLN_DATABASE_ERROR_BUSY,
  GLN_DATABASE_ERROR_READ_ONLY,
  GLN_DATABASE_ERROR_SQL,
  GLN_DATABASE_ERROR_QUERY,
  GLN_DATABASE_ERROR_NOT_FOUND,
  GLN_DATABASE_ERROR_INVALID,
} GlnDatabaseError;

typedef enum
{
  GLN_DATABASE_FLAGS_NONE      = 0,
  GLN_DATABASE_FLAGS_READ_ONLY = 1 << 0,
} GlnDatabaseFlags;

typedef enum
{
  GLN_SCREENING_UNSCREENED,
  GLN_SCREENING_INCLUDE,
  GLN_SCREENING_EXCLUDE,
  GLN_SCREENING_MAYBE,
} GlnScreening;

/**
 * GlnImportStats:
 * @found: papers offered to the import
 * @added: new papers
 * @merged: known papers that gained metadata
 * @updated: known papers that arrived with a newer arXiv version
 * @unchanged: known papers that brought nothing new
 * @skipped: entries with neither an identifier nor a title
 */
typedef struct
{
  guint found;
  guint added;
  guint merged;
  guint updated;
  guint unchanged;
  guint skipped;
} GlnImportStats;

typedef struct
{
  gint64  id;
  char   *body;
  gint64  created;
  gint64  modified;
} GlnNote;

void     gln_note_free (GlnNote *note);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlnNote, gln_note_free)

#define GLN_TYPE_DATABASE (gln_database_get_type ())
G_DECLARE_FINAL_TYPE (GlnDatabase, gln_database, GLN, DATABASE, GObject)

GQuark       gln_database_error_quark          (void);
char        *gln_database_dup_default_path     (void);
GlnDatabase *gln_database_open                 (const char        *path,
                                                GlnDatabaseFlags   flags,
                                                GError           **error);
const char  *gln_database_get_path             (GlnDatabase       *self);
int          gln_database_get_schema_version   (GlnDatabase       *self);
int          gln_database_get_latest_version   (void);
gboolean     gln_database_begin                (GlnDatabase       *self,
                                                GError           **error);
gboolean     gln_database_commit               (GlnDatabase       *self,
                                                GError           **error);
void         gln_database_rollback             (GlnDatabase       *self);

gboolean     gln_database_import               (GlnDatabase       *self,
                                                GPtrArray         *papers,
                                                gint64             feed_id,
                                                GlnImportStats    *stats,
                                                GError           **error);
GlnPaper    *gln_database_get_paper            (GlnDatabase       *self,
                                                gint64             id,
                                                GError           **error);
GlnPaper    *gln_database_find_paper           (GlnDatabase       *self,
                                                const char        *key_or_id,
                                                GError           **error);
GArray      *gln_database_query_ids            (GlnDatabase       *self,
                                                const GlnQuery    *query,
                                                GError           **error);
gint64       gln_database_count_papers         (GlnDatabase       *self,
                                                const GlnQuery    *query,
                                                GError           **error);

gboolean     gln_database_set_rating           (GlnDatabase       *self,
                                                gint64             paper_id,
                                                int                rating,
                                                GError           **error);
gboolean     gln_database_set_starred          (GlnDatabase       *self,
                                                gint64             paper_id,
                                                gboolean           starred,
                                                GError           **error);
gboolean     gln_database_set_read             (GlnDatabase       *self,
                                                gint64             paper_id,
                                                gboolean           read,
                                                GError           **error);
gboolean     gln_database_add_tag              (GlnDatabase       *self,
                                                gint64             paper_id,
                                                const char        *tag,
                                                GError           **error);
gboolean     gln_database_remove_tag           (GlnDatabase       *self,
                                                gint64             paper_id,
                                                const char        *tag,
                                                GError           **error);
gint64       gln_database_add_note             (GlnDatabase       *self,
                                                gint64             paper_id,
                                                const char        *body,
                                                GError           **error);
gboolean     gln_database_update_note          (GlnDatabase       *self,
                                                gint64             note_id,
                                                const char        *body,
                                                GError           **error);
GPtrArray   *gln_database_list_notes           (GlnDatabase       *self,
                                                gint64             paper_id,
                                                GError           **error);

gint64       gln_database_create_collection    (GlnDatabase       *self,
                                                const char        *name,
                                                GError           **error);
gint64       gln_database_lookup_collection    (GlnDatabase       *self,
                                                const char        *name,
                                                GError           **error);
gboolean     gln_database_collection_add       (GlnDatabase       *self,
                                                gint64             collection_id,
                                                gint64             paper_id,
                                                GError           **error);
gboolean     gln_database_collection_screen    (GlnDatabase       *self,
                                                gint64             collection_id,
                                                gint64             paper_id,
                                                GlnScreening       status,
                                                const char        *reason,
                                                GError           **error);
gboolean     gln_database_get_screening        (GlnDatabase       *self,
                                                gint64             collection_id,
                                                gint64             paper_id,
                                                GlnScreening      *status,
                                                char             **reason,
                                                GError           **error);
gboolean     gln_database_set_board_cell       (GlnDatabase       *self,
                                                gint64             collection_id,
                                                const char        *column,
                                                gint64             paper_id,
                                                const char        *value,
                                                GError           **error);
char        *gln_database_dup_board_cell       (GlnDatabase       *self,
                                                gint64             collection_id,
                                                const char        *column,
                                                gint64             paper_id,
                                                GError           **error);
gint64       gln_database_add_board_column     (GlnDatabase       *self,
                                                gint64             collection_id,
                                                const char        *name,
                                                const char        *kind,
                                                GError           **error);

GStrv        gln_database_check                (GlnDatabase       *self,
                                                GError           **error);

const char  *gln_screening_to_string           (GlnScreening       status);
gboolean     gln_screening_from_string         (const char        *str,
                                                GlnScreening      *status);

G_END_DECLS
