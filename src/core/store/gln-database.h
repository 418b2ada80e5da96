/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "gln-error.h"
#include "gln-feed.h"
#include "gln-paper.h"
#include "gln-query.h"

G_BEGIN_DECLS

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

char        *gln_database_dup_default_path     (void);
GlnDatabase *gln_database_open                 (const char        *path,
                                                GlnDatabaseFlags   flags,
                                                GError           **error);
const char  *gln_database_get_path             (GlnDatabase       *self);
gboolean     gln_database_checkpoint_if_needed (GlnDatabase       *self);
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

/* The main window (issue 5): what the sidebar shows, and the edits it needs beyond the
 * basic ones. Implemented in gln-database-sidebar.c. */

/**
 * GlnSummaryEntry:
 * @id: the feed, collection, tag or saved search id
 * @name: what the sidebar shows
 * @kind: (nullable): feeds only: the feed's kind
 * @error: (nullable): feeds only: why the last refresh failed
 * @unread: unread papers in it
 * @total: papers in it
 * @query: (nullable): saved searches only: the search
 */
typedef struct
{
  gint64    id;
  char     *name;
  char     *kind;
  char     *error;
  gint64    unread;
  gint64    total;
  GlnQuery *query;
} GlnSummaryEntry;

/**
 * GlnLibrarySummary:
 * @has_papers: whether the library holds any paper
 * @inbox: unread papers that feeds brought
 * @updated: papers with a new version not seen yet
 * @starred: unread starred papers
 * @feeds: (element-type GlnSummaryEntry): the feeds, in their order
 * @collections: (element-type GlnSummaryEntry): the collections
 * @tags: (element-type GlnSummaryEntry): the tags some paper has, by name
 * @searches: (element-type GlnSummaryEntry): the saved searches
 */
typedef struct
{
  gboolean   has_papers;
  gint64     inbox;
  gint64     updated;
  gint64     starred;
  GPtrArray *feeds;
  GPtrArray *collections;
  GPtrArray *tags;
  GPtrArray *searches;
} GlnLibrarySummary;

void               gln_summary_entry_free            (GlnSummaryEntry    *entry);
void               gln_library_summary_free          (GlnLibrarySummary  *summary);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlnLibrarySummary, gln_library_summary_free)

GlnLibrarySummary *gln_database_get_summary          (GlnDatabase        *self,
                                                      GError            **error);
gboolean           gln_database_delete_note          (GlnDatabase        *self,
                                                      gint64              note_id,
                                                      GError            **error);
gboolean           gln_database_collection_remove    (GlnDatabase        *self,
                                                      gint64              collection_id,
                                                      gint64              paper_id,
                                                      GError            **error);
gint64             gln_database_save_search          (GlnDatabase        *self,
                                                      const char         *name,
                                                      const GlnQuery     *query,
                                                      GError            **error);
gboolean           gln_database_delete_saved_search  (GlnDatabase        *self,
                                                      gint64              search_id,
                                                      GError            **error);

/* feeds */

/**
 * GlnFeedArrival:
 * @feed_id: the feed that brought the paper
 * @arrived: when, as Unix time
 */
typedef struct
{
  gint64 feed_id;
  gint64 arrived;
} GlnFeedArrival;

gint64       gln_database_add_feed                   (GlnDatabase   *self,
                                                      const char    *kind,
                                                      const char    *params,
                                                      const char    *title,
                                                      GError       **error);
GlnFeed     *gln_database_get_feed                   (GlnDatabase   *self,
                                                      gint64         feed_id,
                                                      GError       **error);
GPtrArray   *gln_database_list_feeds                 (GlnDatabase   *self,
                                                      GError       **error);
gboolean     gln_database_remove_feed                (GlnDatabase   *self,
                                                      gint64         feed_id,
                                                      GError       **error);
gboolean     gln_database_rename_feed                (GlnDatabase   *self,
                                                      gint64         feed_id,
                                                      const char    *title,
                                                      GError       **error);
gboolean     gln_database_set_feed_enabled           (GlnDatabase   *self,
                                                      gint64         feed_id,
                                                      gboolean       enabled,
                                                      GError       **error);
gboolean     gln_database_set_feed_refresh_interval  (GlnDatabase   *self,
                                                      gint64         feed_id,
                                                      int            seconds,
                                                      GError       **error);
gboolean     gln_database_set_feed_params            (GlnDatabase   *self,
                                                      gint64         feed_id,
                                                      const char    *params,
                                                      GError       **error);
gboolean     gln_database_set_feed_validators        (GlnDatabase   *self,
                                                      gint64         feed_id,
                                                      const char    *etag,
                                                      const char    *last_modified,
                                                      GError       **error);
gboolean     gln_database_set_feed_status            (GlnDatabase   *self,
                                                      gint64         feed_id,
                                                      gint64         last_fetch,
                                                      const char    *last_error,
                                                      GError       **error);
GArray      *gln_database_list_arrivals              (GlnDatabase   *self,
                                                      gint64         paper_id,
                                                      GError       **error);

G_END_DECLS

/* Review collections, screening and comparison boards (gln-database-board.c) */

G_BEGIN_DECLS

/**
 * GlnCollectionInfo:
 * @id: the collection's id
 * @name: its name
 * @description: the review question and inclusion criteria
 * @n_papers: how many papers it holds
 * @n_included: how many are included
 * @n_excluded: how many are excluded
 * @n_maybe: how many are marked maybe
 * @n_unscreened: how many wait for a decision
 */
typedef struct
{
  gint64  id;
  char   *name;
  char   *description;
  guint   n_papers;
  guint   n_included;
  guint   n_excluded;
  guint   n_maybe;
  guint   n_unscreened;
} GlnCollectionInfo;

void gln_collection_info_free (GlnCollectionInfo *info);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlnCollectionInfo, gln_collection_info_free)

/**
 * GlnCollectionPaper:
 * @paper_id: the paper
 * @status: its screening decision
 * @reason: (nullable): why it was excluded (or kept)
 * @key_results: (nullable): the user's own Key results text; %NULL when they come from the
 *   abstract, empty when the user cleared them
 */
typedef struct
{
  gint64        paper_id;
  GlnScreening  status;
  char         *reason;
  char         *key_results;
} GlnCollectionPaper;

void gln_collection_paper_free (GlnCollectionPaper *entry);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlnCollectionPaper, gln_collection_paper_free)

/**
 * GlnScreeningSummary:
 * @counts: papers per #GlnScreening value, indexed by it
 * @reasons: (element-type utf8): exclusion reasons, most used first ("" for none given)
 * @reason_counts: (element-type guint): how many papers each reason excluded
 *
 * The numbers a PRISMA flow diagram needs.
 */
typedef struct
{
  guint      counts[4];
  GPtrArray *reasons;
  GArray    *reason_counts;
} GlnScreeningSummary;

void gln_screening_summary_free (GlnScreeningSummary *summary);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlnScreeningSummary, gln_screening_summary_free)

gboolean             gln_database_describe_collection  (GlnDatabase   *self,
                                                        gint64         collection_id,
                                                        const char    *description,
                                                        GError       **error);
gboolean             gln_database_rename_collection    (GlnDatabase   *self,
                                                        gint64         collection_id,
                                                        const char    *name,
                                                        GError       **error);
gboolean             gln_database_delete_collection    (GlnDatabase   *self,
                                                        gint64         collection_id,
                                                        GError       **error);
GPtrArray           *gln_database_list_collections     (GlnDatabase   *self,
                                                        GError       **error);
GPtrArray           *gln_database_list_collection_papers (GlnDatabase   *self,
                                                        gint64         collection_id,
                                                        int            status,
                                                        GError       **error);
gint64               gln_database_undo_screening       (GlnDatabase   *self,
                                                        gint64         collection_id,
                                                        GError       **error);
GStrv                gln_database_list_reasons         (GlnDatabase   *self,
                                                        gint64         collection_id,
                                                        GError       **error);
GlnScreeningSummary *gln_database_get_screening_summary (GlnDatabase  *self,
                                                        gint64         collection_id,
                                                        GError       **error);
gboolean             gln_database_set_key_results      (GlnDatabase   *self,
                                                        gint64         collection_id,
                                                        gint64         paper_id,
                                                        const char    *text,
                                                        GError       **error);

GPtrArray           *gln_database_list_board_columns   (GlnDatabase   *self,
                                                        gint64         collection_id,
                                                        GError       **error);
gboolean             gln_database_update_board_column  (GlnDatabase   *self,
                                                        gint64         column_id,
                                                        const char    *name,
                                                        const char * const *choices,
                                                        int            width,
                                                        gboolean       hidden,
                                                        GError       **error);
gboolean             gln_database_move_board_column    (GlnDatabase   *self,
                                                        gint64         column_id,
                                                        guint          index,
                                                        GError       **error);
gboolean             gln_database_delete_board_column  (GlnDatabase   *self,
                                                        gint64         column_id,
                                                        GError       **error);
gboolean             gln_database_set_board_cell_by_id (GlnDatabase   *self,
                                                        gint64         column_id,
                                                        gint64         paper_id,
                                                        const char    *value,
                                                        GError       **error);
GHashTable          *gln_database_list_board_cells     (GlnDatabase   *self,
                                                        gint64         collection_id,
                                                        GError       **error);
char                *gln_board_cell_key                (gint64         column_id,
                                                        gint64         paper_id);

G_END_DECLS
