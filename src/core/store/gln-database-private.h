/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include "gln-database.h"

G_BEGIN_DECLS

/* Every statement the database runs more than once, prepared on first use and kept. */
typedef enum
{
  STMT_BEGIN,
  STMT_COMMIT,
  STMT_ROLLBACK,
  STMT_SAVEPOINT,
  STMT_RELEASE,
  STMT_ROLLBACK_TO,
  STMT_PAPER_BY_ID,
  STMT_PAPER_ID_BY_KEY,
  STMT_PAPER_ID_BY_ARXIV,
  STMT_PAPER_ID_BY_DOI,
  STMT_PAPER_ID_BY_TITLE_KEY,
  STMT_INSERT_PAPER,
  STMT_UPDATE_PAPER_METADATA,
  STMT_PAPER_AUTHORS,
  STMT_PAPER_TAGS,
  STMT_PAPER_COLLECTIONS,
  STMT_INSERT_AUTHOR,
  STMT_INSERT_PAPER_AUTHOR,
  STMT_DELETE_PAPER_AUTHORS,
  STMT_INSERT_FTS,
  STMT_UPDATE_FTS_AUTHORS,
  STMT_INSERT_FEED_PAPER,
  STMT_SET_RATING,
  STMT_SET_STARRED,
  STMT_SET_READ,
  STMT_INSERT_TAG,
  STMT_TAG_ID,
  STMT_INSERT_PAPER_TAG,
  STMT_DELETE_PAPER_TAG,
  STMT_INSERT_NOTE,
  STMT_UPDATE_NOTE,
  STMT_LIST_NOTES,
  STMT_INSERT_COLLECTION,
  STMT_COLLECTION_ID,
  STMT_INSERT_COLLECTION_PAPER,
  STMT_SCREEN_COLLECTION_PAPER,
  STMT_GET_SCREENING,
  STMT_INSERT_BOARD_COLUMN,
  STMT_BOARD_COLUMN_ID,
  STMT_SET_BOARD_CELL,
  STMT_GET_BOARD_CELL,
  /* The main window's sidebar and edits (gln-database-sidebar.c) */
  STMT_SUMMARY_HAS_PAPERS,
  STMT_SUMMARY_INBOX,
  STMT_SUMMARY_UPDATED,
  STMT_SUMMARY_STARRED,
  STMT_SUMMARY_FEEDS,
  STMT_SUMMARY_COLLECTIONS,
  STMT_SUMMARY_TAGS,
  STMT_SUMMARY_SEARCHES,
  STMT_DELETE_NOTE,
  STMT_DELETE_COLLECTION_PAPER,
  STMT_INSERT_SAVED_SEARCH,
  STMT_DELETE_SAVED_SEARCH,
  /* feeds (gln-database-feeds.c) */
  STMT_INSERT_FEED,
  STMT_FEEDS,
  STMT_DELETE_FEED,
  STMT_SET_FEED_TITLE,
  STMT_SET_FEED_ENABLED,
  STMT_SET_FEED_INTERVAL,
  STMT_SET_FEED_PARAMS,
  STMT_SET_FEED_VALIDATORS,
  STMT_SET_FEED_STATUS,
  STMT_PAPER_ARRIVALS,
  /* collections, screening and boards (gln-database-board.c) */
  STMT_DESCRIBE_COLLECTION,
  STMT_RENAME_COLLECTION,
  STMT_DELETE_COLLECTION,
  STMT_LIST_COLLECTIONS,
  STMT_COLLECTION_PAPERS,
  STMT_LOG_SCREENING,
  STMT_LAST_SCREENING,
  STMT_DELETE_SCREENING_LOG,
  STMT_ADD_REASON,
  STMT_LIST_REASONS,
  STMT_SCREENING_COUNTS,
  STMT_REASON_COUNTS,
  STMT_LIST_BOARD_COLUMNS,
  STMT_BOARD_COLUMN_BY_ID,
  STMT_UPDATE_BOARD_COLUMN,
  STMT_MOVE_BOARD_COLUMN,
  STMT_DELETE_BOARD_COLUMN,
  STMT_LIST_BOARD_CELLS,
  STMT_SET_KEY_RESULTS,
  N_STMTS
} GlnStatement;

sqlite3_stmt *_gln_database_get_statement (GlnDatabase   *self,
                                           GlnStatement   which,
                                           GError       **error);
sqlite3      *_gln_database_get_handle    (GlnDatabase   *self);
gboolean      _gln_database_set_error     (GlnDatabase   *self,
                                           int            rc,
                                           GError       **error);
gboolean      _gln_database_exec          (GlnDatabase   *self,
                                           const char    *sql,
                                           GError       **error);
gboolean      _gln_database_step_done     (GlnDatabase   *self,
                                           sqlite3_stmt  *stmt,
                                           GError       **error);
gint64        _gln_database_lookup_id     (GlnDatabase   *self,
                                           GlnStatement   which,
                                           const char    *value,
                                           GError       **error);
gboolean      _gln_database_savepoint     (GlnDatabase   *self,
                                           GError       **error);
gboolean      _gln_database_release       (GlnDatabase   *self,
                                           gboolean       success,
                                           GError       **error);
gint64        _gln_database_now           (void);

void          _gln_stmt_reset             (sqlite3_stmt  *stmt);
void          _gln_stmt_bind              (sqlite3_stmt  *stmt,
                                           const char    *types,
                                           ...);
void          _gln_stmt_bind_valist       (sqlite3_stmt  *stmt,
                                           const char    *types,
                                           va_list        args);
char         *_gln_stmt_dup_text          (sqlite3_stmt  *stmt,
                                           int            column);

gboolean      _gln_database_screen_quietly (GlnDatabase  *self,
                                            gint64        collection_id,
                                            gint64        paper_id,
                                            GlnScreening  status,
                                            const char   *reason,
                                            GError      **error);
gboolean      _gln_database_log_screening  (GlnDatabase  *self,
                                            gint64        collection_id,
                                            gint64        paper_id,
                                            GlnScreening  status,
                                            const char   *reason,
                                            GlnScreening  previous,
                                            const char   *previous_reason,
                                            GError      **error);

guint         _gln_migrations_get_n_steps (void);
const char   *_gln_migrations_get_step    (guint          index);

GlnPaper     *_gln_database_read_paper    (GlnDatabase   *self,
                                           sqlite3_stmt  *stmt,
                                           GError       **error);

/* Resets a statement when the scope ends, so that every early return leaves the cache clean. */
typedef sqlite3_stmt GlnStmtScope;
static inline void
_gln_stmt_scope_release (GlnStmtScope *stmt)
{
  _gln_stmt_reset (stmt);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlnStmtScope, _gln_stmt_scope_release)

G_END_DECLS
