/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "gln-collection.h"
#include "gln-database-private.h"
#include "gln-import-result.h"
#include "gln-query.h"
#include "gln-store.h"

G_BEGIN_DECLS

/* How the store's files define an operation: a job that runs on the worker thread inside
 * one transaction, described by a static GlnStoreOp, and a public _async function that fills
 * a GlnStoreArgs and calls _gln_store_call(). The job keeps its SQL beside it. Adding an
 * operation touches its concern's .c file and its header, nothing else. */

/**
 * GlnStoreArgs:
 * @id: the paper, feed, collection, column, note or saved search the operation concerns
 * @other_id: a second id, such as the paper of a collection edit
 * @number: a rating, a flag, a position, a decision…
 * @text: a name, a value, a body…
 * @more_text: a second text
 * @strv: a list of texts
 * @ids: (element-type gint64): the papers of a batch
 * @object: anything else; freed with @object_free
 * @object_free: frees @object
 * @touched: (element-type gint64): papers whose shared instances the main thread re-reads
 *   once the job is done, committed or not: those an edit shows ahead of time (touched
 *   when the operation is made) and those the job changed behind their back
 *
 * The arguments of one store operation, one shape for all of them.
 */
typedef struct
{
  gint64          id;
  gint64          other_id;
  int             number;
  char           *text;
  char           *more_text;
  GStrv           strv;
  GArray         *ids;
  gpointer        object;
  GDestroyNotify  object_free;
  GArray         *touched;
} GlnStoreArgs;

typedef gpointer (*GlnStoreJob) (GlnDatabase   *db,
                                 GlnStoreArgs  *args,
                                 GCancellable  *cancellable,
                                 GError       **error);

/**
 * GlnStoreOpFlags:
 * @GLN_STORE_OP_NONE: the operation only reads, or changes nothing a list shows
 * @GLN_STORE_OP_CHANGES: on success, lists re-query: the store emits #GlnStore::changed
 * @GLN_STORE_OP_OUTSIDE_TRANSACTION: the job runs outside a transaction (a backup: SQLite
 *   copies a library only from a connection that holds none)
 */
typedef enum
{
  GLN_STORE_OP_NONE                = 0,
  GLN_STORE_OP_CHANGES             = 1 << 0,
  GLN_STORE_OP_OUTSIDE_TRANSACTION = 1 << 1,
} GlnStoreOpFlags;

/**
 * GlnStoreOp:
 * @job: the work, on the worker thread; returns the result, %NULL with an error set on
 *   failure (a job with nothing to return returns `GINT_TO_POINTER (TRUE)`)
 * @result_free: (nullable): frees a result nobody took
 * @flags: #GlnStoreOpFlags
 */
typedef struct
{
  GlnStoreJob      job;
  GDestroyNotify   result_free;
  GlnStoreOpFlags  flags;
} GlnStoreOp;

GlnStoreArgs *_gln_store_args_new       (void);
GlnStoreArgs *_gln_store_args_new_query (const GlnQuery       *query);
void          _gln_store_args_touch     (GlnStoreArgs         *args,
                                         gint64                paper_id);
void          _gln_store_call           (GlnStore             *self,
                                         const GlnStoreOp     *op,
                                         GlnStoreArgs         *args,
                                         gpointer              source_tag,
                                         GCancellable         *cancellable,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
void          _gln_store_call_with_id   (GlnStore             *self,
                                         const GlnStoreOp     *op,
                                         gint64                id,
                                         gpointer              source_tag,
                                         GCancellable         *cancellable,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
gpointer      _gln_store_finish         (GlnStore             *self,
                                         GAsyncResult         *result,
                                         gpointer              source_tag,
                                         GError              **error);
gpointer      _gln_store_new_id         (gint64                id);

char         *_gln_store_check_name  (const char           *name,
                                      GError              **error);

/* Lists are kept as text in one column each, joined with these: gln-store-import.c writes
 * them, gln-store-papers.c reads them. */
#define GLN_STORE_CATEGORY_SEPARATOR    " "
#define GLN_STORE_INSTITUTION_SEPARATOR "\n"

/* A paper's id by its key, and by its DOI (gln-store-papers.c). */
extern const char _gln_store_paper_by_key_sql[];
extern const char _gln_store_paper_by_doi_sql[];

/* Shared by the store's files: reading and the user's edits (gln-store-papers.c), and
 * searching (gln-store-query.c). */
GlnPaper     *_gln_store_read_paper    (GlnDatabase     *db,
                                        gint64           id,
                                        GError         **error);
void          _gln_store_set_paper_not_found (gint64           id,
                                              GError         **error);
gboolean      _gln_store_write_rating  (GlnDatabase     *db,
                                        gint64           paper_id,
                                        int              rating,
                                        GError         **error);
gboolean      _gln_store_write_starred (GlnDatabase     *db,
                                        gint64           paper_id,
                                        gboolean         starred,
                                        GError         **error);
gboolean      _gln_store_write_read    (GlnDatabase     *db,
                                        gint64           paper_id,
                                        gboolean         read,
                                        GError         **error);
gboolean      _gln_store_write_tag     (GlnDatabase     *db,
                                        gint64           paper_id,
                                        const char      *tag,
                                        GError         **error);
void          _gln_store_query_set_walk_budget (int  ms);
GArray       *_gln_store_query_ids     (GlnDatabase     *db,
                                        const GlnQuery  *query,
                                        GError         **error);

/* Shared by the store's files: collections (gln-store-collections.c), read by the board. */
GlnCollectionInfo   *_gln_store_read_collection   (GlnDatabase  *db,
                                                   gint64        collection_id,
                                                   GError      **error);
GPtrArray           *_gln_store_read_entries      (GlnDatabase  *db,
                                                   gint64        collection_id,
                                                   int           status,
                                                   GError      **error);
GStrv                _gln_store_read_reasons      (GlnDatabase  *db,
                                                   gint64        collection_id,
                                                   GError      **error);
gboolean             _gln_store_keep_reasons      (GlnDatabase  *db,
                                                   gint64        collection_id,
                                                   GError      **error);
GlnScreeningSummary *_gln_store_read_summary      (GlnDatabase  *db,
                                                   gint64        collection_id,
                                                   GError      **error);
int                  _gln_store_add_to_collection (GlnDatabase  *db,
                                                   gint64        collection_id,
                                                   gint64        paper_id,
                                                   GError      **error);

/* Importing inside another job (gln-store-import.c). */
gboolean  _gln_store_import_papers   (GlnDatabase      *db,
                                      GPtrArray        *papers,
                                      GlnImportResult  *result,
                                      GCancellable     *cancellable,
                                      GError          **error);

/* Writing a stored paper's metadata and authors (gln-store-import.c). */
gboolean  _gln_store_write_metadata  (GlnDatabase  *db,
                                      gint64        id,
                                      GlnPaper     *paper,
                                      gboolean      new_version,
                                      GError      **error);
gboolean  _gln_store_write_authors   (GlnDatabase  *db,
                                      gint64        paper_id,
                                      GlnPaper     *paper,
                                      gboolean      replace,
                                      GError      **error);
gboolean  _gln_store_wants_authors   (GlnPaper     *existing,
                                      GlnPaper     *incoming);

/* The fields the user edited (gln-store-edit.c), which imports leave alone. */
GStrv     _gln_store_read_edits      (GlnDatabase  *db,
                                      gint64        paper_id,
                                      GError      **error);

/* The papers in the trash (gln-store-trash.c). */
GArray   *_gln_store_trashed_ids     (GlnDatabase  *db,
                                      GError      **error);

/* Identity (gln-store-identity.c): which stored paper an offered record is. */
typedef struct
{
  gint64      id;
  const char *reason;
} GlnPossibleDuplicate;

gboolean  _gln_store_find_same       (GlnDatabase  *db,
                                      GlnPaper     *incoming,
                                      const char   *title_key,
                                      const char   *fingerprint,
                                      GHashTable   *claimed,
                                      GArray       *possible,
                                      gint64       *id,
                                      GError      **error);
gboolean  _gln_store_find_by_id      (GlnDatabase  *db,
                                      GlnPaper     *incoming,
                                      gint64       *id,
                                      GError      **error);
gboolean  _gln_store_paper_is_worked (GlnDatabase  *db,
                                      gint64        id,
                                      gboolean     *worked,
                                      GError      **error);
gboolean  _gln_store_add_duplicate   (GlnDatabase  *db,
                                      gint64        paper_id,
                                      gint64        other,
                                      const char   *reason,
                                      GError      **error);
gboolean  _gln_store_add_alias       (GlnDatabase  *db,
                                      const char   *key,
                                      gint64        paper_id,
                                      GError      **error);
gboolean  _gln_store_add_record      (GlnDatabase  *db,
                                      GlnPaper     *record,
                                      const char   *fingerprint,
                                      gint64        paper_id,
                                      GError      **error);
char     *_gln_store_dup_unique_key  (GlnDatabase  *db,
                                      const char   *key,
                                      GError      **error);

/* Citation links kept by key until their paper enters the library (gln-store-citations.c). */
int       _gln_store_has_key_links   (GlnDatabase  *db,
                                      GError      **error);
gboolean  _gln_store_link_citations  (GlnDatabase  *db,
                                      gint64        paper_id,
                                      GError      **error);

/* Merging (gln-store-merge.c). */
gint64    _gln_store_merge_papers    (GlnDatabase         *db,
                                      gint64               master_id,
                                      gint64               other_id,
                                      const char * const  *take,
                                      GError             **error);
gboolean  _gln_store_undo_merge      (GlnDatabase         *db,
                                      gint64               merge_id,
                                      gint64              *master_id,
                                      gint64              *other_id,
                                      GError             **error);

G_END_DECLS
