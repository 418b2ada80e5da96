/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-store"

#include "config.h"

#include "gln-store-citation-map.h"

#include "gln-store-private.h"

/* A collection's citation map (issue 17): its papers, with what the map shows of each, and
 * the links a citation search stored between two of them. Papers in the trash are left
 * out, as everywhere. */

static gboolean
read_nodes (GlnDatabase     *db,
            gint64           collection_id,
            GlnCitationMap  *map,
            GError         **error)
{
  /* origin 'citation': put there by a citation search (gln-store-citations.c). */
  static const char sql[] =
    "SELECT p.id, p.title,"
    " (SELECT a.name FROM paper_authors pa JOIN authors a ON a.id = pa.author_id"
    "  WHERE pa.paper_id = p.id ORDER BY pa.position LIMIT 1),"
    " coalesce (CAST (substr (p.published, 1, 4) AS INTEGER), 0), cp.status,"
    " coalesce (cp.origin = 'citation', 0)"
    " FROM collection_papers cp JOIN papers p ON p.id = cp.paper_id"
    " WHERE cp.collection_id = ? AND NOT EXISTS (SELECT 1 FROM trash WHERE paper_id = p.id)"
    " ORDER BY p.id";
  g_autoptr(GlnStmtScope) stmt = NULL;
  int rc;

  if (!(stmt = _gln_database_prepare (db, sql, error)))
    return FALSE;
  _gln_stmt_bind (stmt, "l", collection_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GlnScreening status = GLN_SCREENING_UNSCREENED;

      gln_screening_from_string ((const char *) sqlite3_column_text (stmt, 4), &status);
      gln_citation_map_add_node (map, sqlite3_column_int64 (stmt, 0),
                                 (const char *) sqlite3_column_text (stmt, 1),
                                 (const char *) sqlite3_column_text (stmt, 2),
                                 sqlite3_column_int (stmt, 3), status,
                                 sqlite3_column_int (stmt, 5) != 0);
    }
  if (rc != SQLITE_DONE)
    return _gln_database_set_error (db, rc, error);

  return TRUE;
}

static gboolean
read_edges (GlnDatabase     *db,
            gint64           collection_id,
            GlnCitationMap  *map,
            GError         **error)
{
  static const char sql[] =
    "SELECT c.citing_id, c.cited_id FROM citations c"
    " JOIN collection_papers a ON a.collection_id = ?1 AND a.paper_id = c.citing_id"
    " JOIN collection_papers b ON b.collection_id = ?1 AND b.paper_id = c.cited_id"
    " ORDER BY 1, 2";
  g_autoptr(GlnStmtScope) stmt = NULL;
  int rc;

  if (!(stmt = _gln_database_prepare (db, sql, error)))
    return FALSE;
  _gln_stmt_bind (stmt, "l", collection_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    gln_citation_map_add_edge (map, sqlite3_column_int64 (stmt, 0),
                               sqlite3_column_int64 (stmt, 1));
  if (rc != SQLITE_DONE)
    return _gln_database_set_error (db, rc, error);

  return TRUE;
}

static gpointer
read_citation_map (GlnDatabase   *db,
                   GlnStoreArgs  *args,
                   GCancellable  *cancellable,
                   GError       **error)
{
  g_autoptr(GlnCitationMap) map = gln_citation_map_new ();

  if (!read_nodes (db, args->id, map, error) || !read_edges (db, args->id, map, error))
    return NULL;
  gln_citation_map_layout (map);

  return g_steal_pointer (&map);
}

static const GlnStoreOp read_op = {
  read_citation_map, (GDestroyNotify) gln_citation_map_free, GLN_STORE_OP_NONE
};

/**
 * gln_store_read_citation_map_async:
 * @self: a #GlnStore
 * @collection_id: a review collection
 * @cancellable: (nullable): a #GCancellable
 * @callback: finished with gln_store_read_citation_map_finish()
 * @user_data: data for @callback
 *
 * Reads the collection's citation map: each paper's title, first author, year, decision and
 * whether a citation search found it, and the links among them; laid out on the worker.
 */
void
gln_store_read_citation_map_async (GlnStore            *self,
                                   gint64               collection_id,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  _gln_store_call_with_id (self, &read_op, collection_id, gln_store_read_citation_map_async,
                           cancellable, callback, user_data);
}

/**
 * gln_store_read_citation_map_finish:
 * @self: a #GlnStore
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the laid out map, or %NULL with @error set
 */
GlnCitationMap *
gln_store_read_citation_map_finish (GlnStore      *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  return _gln_store_finish (self, result, gln_store_read_citation_map_async, error);
}
