/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include "gln-database.h"

G_BEGIN_DECLS

/* For the store's files, which each keep their own SQL: a statement is prepared on first
 * use and cached by the address of its SQL text, which must therefore be a constant with
 * static storage (`static const char sql[] = "…";`). */

sqlite3_stmt *_gln_database_prepare       (GlnDatabase   *self,
                                           const char    *sql,
                                           GError       **error);
sqlite3      *_gln_database_get_handle    (GlnDatabase   *self);
int           _gln_database_register_rank (sqlite3       *handle);
gboolean      _gln_database_set_error     (GlnDatabase   *self,
                                           int            rc,
                                           GError       **error);
gboolean      _gln_database_exec          (GlnDatabase   *self,
                                           const char    *sql,
                                           GError       **error);
gboolean      _gln_database_step_done     (GlnDatabase   *self,
                                           sqlite3_stmt  *stmt,
                                           GError       **error);
gboolean      _gln_database_run           (GlnDatabase   *self,
                                           const char    *sql,
                                           GError       **error,
                                           const char    *types,
                                           ...);
gboolean      _gln_database_run_one       (GlnDatabase   *self,
                                           const char    *sql,
                                           const char    *not_found,
                                           GError       **error,
                                           const char    *types,
                                           ...);
gboolean      _gln_database_run_one_valist (GlnDatabase  *self,
                                           const char    *sql,
                                           const char    *not_found,
                                           GError       **error,
                                           const char    *types,
                                           va_list        args);
gint64        _gln_database_lookup_id     (GlnDatabase   *self,
                                           const char    *sql,
                                           const char    *value,
                                           GError       **error);
gint64        _gln_database_select_int    (GlnDatabase   *self,
                                           const char    *sql,
                                           GError       **error,
                                           const char    *types,
                                           ...);
GStrv         _gln_database_list_strings  (GlnDatabase   *self,
                                           const char    *sql,
                                           GError       **error,
                                           const char    *types,
                                           ...);
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

guint         _gln_migrations_get_n_steps (void);
const char   *_gln_migrations_get_step    (guint          index);

/* Resets a statement when the scope ends, so that every early return leaves the cache clean. */
typedef sqlite3_stmt GlnStmtScope;
static inline void
_gln_stmt_scope_release (GlnStmtScope *stmt)
{
  _gln_stmt_reset (stmt);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlnStmtScope, _gln_stmt_scope_release)

G_END_DECLS
