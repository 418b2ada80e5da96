/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Merging two papers the user says are one work, and undoing it. Before anything changes,
 * every row of both papers is copied into merge_rows; undo deletes the merged paper and
 * puts those rows back, so it restores exactly what was there. */

#define G_LOG_DOMAIN "gln-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "gln-store-private.h"

#include "gln-duplicate.h"
#include "gln-paper-merge.h"
#include "gln-store-duplicates.h"

/* Every table holding rows of a paper: which rows, and on restore, that what they point
 * to still exists (a feed, a tag or a collection may be gone since). */
typedef struct
{
  const char *table;
  const char *where;
  const char *still_valid;
} PaperTable;

static const PaperTable paper_tables[] = {
  { "papers", "id IN (?1, ?2)", "1" },
  { "paper_authors", "paper_id IN (?1, ?2)", "1" },
  { "feed_papers", "paper_id IN (?1, ?2)",
    "EXISTS (SELECT 1 FROM feeds WHERE id = data->>'feed_id')" },
  { "notes", "paper_id IN (?1, ?2)", "1" },
  { "paper_tags", "paper_id IN (?1, ?2)",
    "EXISTS (SELECT 1 FROM tags WHERE id = data->>'tag_id')" },
  { "collection_papers", "paper_id IN (?1, ?2)",
    "EXISTS (SELECT 1 FROM collections WHERE id = data->>'collection_id')" },
  { "screening_log", "paper_id IN (?1, ?2)",
    "EXISTS (SELECT 1 FROM collections WHERE id = data->>'collection_id')" },
  { "board_cells", "paper_id IN (?1, ?2)",
    "EXISTS (SELECT 1 FROM board_columns WHERE id = data->>'column_id')" },
  { "paper_aliases", "paper_id IN (?1, ?2)", "1" },
  { "paper_records", "paper_id IN (?1, ?2)", "1" },
  { "paper_ids", "paper_id IN (?1, ?2)", "1" },
  { "not_interested", "paper_id IN (?1, ?2)", "1" },
  { "paper_edits", "paper_id IN (?1, ?2)", "1" },
  { "trash", "paper_id IN (?1, ?2)", "1" },
  { "citations", "citing_id IN (?1, ?2) OR cited_id IN (?1, ?2)",
    "(data->>'citing_id' IS NULL OR EXISTS (SELECT 1 FROM papers WHERE id = data->>'citing_id'))"
    " AND (data->>'cited_id' IS NULL"
    "      OR EXISTS (SELECT 1 FROM papers WHERE id = data->>'cited_id'))" },
  { "citation_found", "paper_id IN (?1, ?2) OR via_id IN (?1, ?2)",
    "EXISTS (SELECT 1 FROM collections WHERE id = data->>'collection_id')"
    " AND EXISTS (SELECT 1 FROM papers WHERE id = data->>'paper_id')"
    " AND EXISTS (SELECT 1 FROM papers WHERE id = data->>'via_id')" },
  { "citation_search_papers", "paper_id IN (?1, ?2)",
    "EXISTS (SELECT 1 FROM citation_searches WHERE id = data->>'search_id')" },
  { "duplicates", "paper_a IN (?1, ?2) OR paper_b IN (?1, ?2)",
    "EXISTS (SELECT 1 FROM papers WHERE id = data->>'paper_a')"
    " AND EXISTS (SELECT 1 FROM papers WHERE id = data->>'paper_b')" },
};

/* Runs SQL made at run time (the column lists come from the schema itself, so a column
 * added by a later migration is saved too); binds up to three ids. */
static gboolean
run_built (GlnDatabase  *db,
           const char   *sql,
           gint64        a,
           gint64        b,
           gint64        c,
           GError      **error)
{
  sqlite3 *handle = _gln_database_get_handle (db);
  sqlite3_stmt *stmt = NULL;
  int rc;

  if ((rc = sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL)) != SQLITE_OK)
    return _gln_database_set_error (db, rc, error);
  for (int i = 1; i <= sqlite3_bind_parameter_count (stmt) && i <= 3; i++)
    sqlite3_bind_int64 (stmt, i, i == 1 ? a : i == 2 ? b : c);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);

  return rc == SQLITE_DONE || _gln_database_set_error (db, rc, error);
}

static GStrv
list_columns (GlnDatabase  *db,
              const char   *table,
              GError      **error)
{
  static const char sql[] = "SELECT name FROM pragma_table_info (?) ORDER BY cid";

  return _gln_database_list_strings (db, sql, error, "t", table);
}

static gboolean
save_rows (GlnDatabase      *db,
           const PaperTable *spec,
           gint64            master_id,
           gint64            other_id,
           gint64            merge_id,
           GError          **error)
{
  g_auto(GStrv) columns = NULL;
  g_autoptr(GString) sql = g_string_new (NULL);

  if (!(columns = list_columns (db, spec->table, error)))
    return FALSE;

  g_string_printf (sql, "INSERT INTO merge_rows (merge_id, tbl, data) SELECT ?3, '%s', json_object (",
                   spec->table);
  for (guint i = 0; columns[i] != NULL; i++)
    g_string_append_printf (sql, "%s'%s', \"%s\"", i > 0 ? ", " : "", columns[i], columns[i]);
  g_string_append_printf (sql, ") FROM %s WHERE %s", spec->table, spec->where);

  return run_built (db, sql->str, master_id, other_id, merge_id, error);
}

static gboolean
restore_rows (GlnDatabase      *db,
              const PaperTable *spec,
              gint64            merge_id,
              GError          **error)
{
  g_auto(GStrv) columns = NULL;
  g_autoptr(GString) sql = g_string_new (NULL);

  if (!(columns = list_columns (db, spec->table, error)))
    return FALSE;

  g_string_printf (sql, "INSERT OR IGNORE INTO %s (", spec->table);
  for (guint i = 0; columns[i] != NULL; i++)
    g_string_append_printf (sql, "%s\"%s\"", i > 0 ? ", " : "", columns[i]);
  g_string_append (sql, ") SELECT ");
  for (guint i = 0; columns[i] != NULL; i++)
    g_string_append_printf (sql, "%sdata->>'%s'", i > 0 ? ", " : "", columns[i]);
  g_string_append_printf (sql, " FROM merge_rows WHERE merge_id = ?1 AND tbl = '%s'"
                          " AND %s ORDER BY rowid", spec->table, spec->still_valid);

  return run_built (db, sql->str, merge_id, 0, 0, error);
}

/* The full-text index row of each paper, from what the paper holds now. */
static gboolean
reindex (GlnDatabase  *db,
         gint64        a,
         gint64        b,
         GError      **error)
{
  static const char delete_sql[] = "DELETE FROM papers_fts WHERE rowid IN (?1, ?2)";
  static const char insert_sql[] =
    "INSERT INTO papers_fts (rowid, title, abstract, authors, notes, tags)"
    " SELECT p.id, p.title, p.abstract,"
    " coalesce ((SELECT group_concat (a.name, ' ; ') FROM paper_authors pa"
    "            JOIN authors a ON a.id = pa.author_id WHERE pa.paper_id = p.id), ''),"
    " coalesce ((SELECT group_concat (body, ' ') FROM notes WHERE paper_id = p.id), ''),"
    " coalesce ((SELECT group_concat (t.name, ' ') FROM paper_tags pt JOIN tags t"
    "            ON t.id = pt.tag_id WHERE pt.paper_id = p.id), '')"
    " FROM papers p WHERE p.id IN (?1, ?2)";

  return _gln_database_run (db, delete_sql, error, "ll", a, b) &&
         _gln_database_run (db, insert_sql, error, "ll", a, b);
}

/* Collections where both papers are screened and the decisions differ, by name. */
static GStrv
list_conflicts (GlnDatabase  *db,
                gint64        master_id,
                gint64        other_id,
                GError      **error)
{
  static const char sql[] =
    "SELECT c.name FROM collection_papers m JOIN collection_papers o"
    " ON o.collection_id = m.collection_id JOIN collections c ON c.id = m.collection_id"
    " WHERE m.paper_id = ? AND o.paper_id = ? AND m.status <> 'unscreened'"
    " AND o.status <> 'unscreened' AND m.status <> o.status ORDER BY c.name";

  return _gln_database_list_strings (db, sql, error, "ll", master_id, other_id);
}

static gboolean
strv_has (const char * const *strv,
          const char         *name)
{
  return strv != NULL && g_strv_contains (strv, name);
}

/* The master's metadata after the merge: the fields the user took from the other paper,
 * its own for the rest, and the other's where it had none. The master keeps its key. */
static gboolean
merge_metadata (GlnDatabase         *db,
                GlnPaper            *master,
                GlnPaper            *other,
                const char * const  *take,
                GError             **error)
{
  g_autofree char *key = g_strdup (gln_paper_get_key (master));
  gboolean take_authors = FALSE;
  gboolean new_version;
  guint n_fields;
  const GlnDuplicateField *fields = gln_duplicate_get_fields (&n_fields);

  for (guint i = 0; take != NULL && take[i] != NULL; i++)
    {
      g_autofree char *value = NULL;
      gboolean known = FALSE;

      if (strcmp (take[i], GLN_MERGE_TAKE_SCREENING) == 0 ||
          strcmp (take[i], GLN_MERGE_KEEP_SCREENING) == 0)
        continue;
      for (guint j = 0; j < n_fields; j++)
        known |= strcmp (fields[j].name, take[i]) == 0;
      if (!known)
        {
          g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_INVALID,
                       _("A merge cannot choose “%s”; the fields are the paper’s title, "
                         "authors, date, venue, DOI, arXiv id, link, category and abstract"),
                       take[i]);
          return FALSE;
        }
      if (strcmp (take[i], "authors") == 0)
        {
          take_authors = TRUE;
          continue;
        }
      /* Taking "nothing" would erase the master's value: a merge only adds. */
      g_object_get (other, take[i], &value, NULL);
      if (value == NULL || value[0] == '\0')
        continue;
      g_object_set (master, take[i], value, NULL);
      if (strcmp (take[i], "arxiv-id") == 0)
        gln_paper_set_arxiv_version (master, gln_paper_get_arxiv_version (other));
    }

  gln_paper_merge (master, other, FALSE, &new_version);
  gln_paper_set_key (master, key);
  gln_paper_keep_cite_keys (master, other);
  if (!_gln_store_write_metadata (db, gln_paper_get_id (master), master, FALSE, error))
    return FALSE;

  if ((take_authors || gln_paper_get_n_authors (master) == 0) &&
      gln_paper_get_n_authors (other) > 0 &&
      !_gln_store_write_authors (db, gln_paper_get_id (master), other, TRUE, error))
    return FALSE;

  return TRUE;
}

/* What the user owns of both papers goes to the master: the higher rating, the star, the
 * earlier reading, every tag, note, collection, decision, board cell and feed arrival.
 * A board text both papers have keeps both texts. ?1 is the master, ?2 the other. */
static const char * const union_sql[] = {
  "UPDATE papers SET rating = max (rating, (SELECT rating FROM papers WHERE id = ?2)),"
  " starred = (starred OR (SELECT starred FROM papers WHERE id = ?2)),"
  " read_time = coalesce (min (read_time, (SELECT read_time FROM papers WHERE id = ?2)),"
  "                       read_time, (SELECT read_time FROM papers WHERE id = ?2)),"
  " added = min (added, (SELECT added FROM papers WHERE id = ?2)) WHERE id = ?1",
  "INSERT OR IGNORE INTO paper_tags (paper_id, tag_id) SELECT ?1, tag_id FROM paper_tags"
  " WHERE paper_id = ?2",
  "UPDATE notes SET paper_id = ?1 WHERE paper_id = ?2",
  "UPDATE screening_log SET paper_id = ?1 WHERE paper_id = ?2",
  "UPDATE collection_papers AS m SET key_results = o.key_results FROM collection_papers o"
  " WHERE m.paper_id = ?1 AND o.paper_id = ?2 AND o.collection_id = m.collection_id"
  " AND m.key_results IS NULL",
  "INSERT OR IGNORE INTO collection_papers (collection_id, paper_id, status, reason, added,"
  " screened, position, key_results) SELECT collection_id, ?1, status, reason, added, screened,"
  " position, key_results FROM collection_papers WHERE paper_id = ?2",
  "UPDATE board_cells AS m SET value = m.value || char (10) || o.value"
  " FROM board_cells o, board_columns c WHERE m.paper_id = ?1 AND o.paper_id = ?2"
  " AND o.column_id = m.column_id AND c.id = m.column_id AND c.kind = 'text'"
  " AND coalesce (m.value, '') <> '' AND coalesce (o.value, '') <> '' AND m.value <> o.value",
  "UPDATE board_cells AS m SET value = o.value FROM board_cells o WHERE m.paper_id = ?1"
  " AND o.paper_id = ?2 AND o.column_id = m.column_id AND coalesce (m.value, '') = ''",
  "INSERT OR IGNORE INTO board_cells (column_id, paper_id, value) SELECT column_id, ?1, value"
  " FROM board_cells WHERE paper_id = ?2",
  "INSERT OR IGNORE INTO feed_papers (feed_id, paper_id, arrived) SELECT feed_id, ?1, arrived"
  " FROM feed_papers WHERE paper_id = ?2",
  "INSERT OR IGNORE INTO paper_records (fingerprint, paper_id) SELECT fingerprint, ?1"
  " FROM paper_records WHERE paper_id = ?2",
  "UPDATE paper_aliases SET paper_id = ?1 WHERE paper_id = ?2",
  "INSERT OR IGNORE INTO paper_ids (id, paper_id) SELECT id, ?1 FROM paper_ids WHERE paper_id = ?2",
  "INSERT OR IGNORE INTO paper_edits (paper_id, field, edited) SELECT ?1, field, edited"
  " FROM paper_edits WHERE paper_id = ?2",
  "INSERT OR IGNORE INTO duplicates (paper_a, paper_b, reason, dismissed, created)"
  " SELECT min (?1, x), max (?1, x), reason, dismissed, created FROM"
  " (SELECT CASE WHEN paper_a = ?2 THEN paper_b ELSE paper_a END AS x, reason, dismissed,"
  "  created FROM duplicates WHERE paper_a = ?2 OR paper_b = ?2) WHERE x <> ?1",
  "DELETE FROM duplicates WHERE paper_a = min (?1, ?2) AND paper_b = max (?1, ?2)",
  /* Citation links and how searches found papers: the other's end becomes the master; a link
   * both had stays once, a link between the two would cite itself and goes. */
  "INSERT OR IGNORE INTO citations (citing_id, citing_key, cited_id, cited_key, title)"
  " SELECT CASE WHEN citing_id = ?2 THEN ?1 ELSE citing_id END, citing_key,"
  " CASE WHEN cited_id = ?2 THEN ?1 ELSE cited_id END, cited_key, title FROM citations"
  " WHERE (citing_id = ?2 OR cited_id = ?2)"
  " AND NOT (coalesce (citing_id, 0) IN (?1, ?2) AND coalesce (cited_id, 0) IN (?1, ?2))",
  "INSERT OR IGNORE INTO citation_found (collection_id, paper_id, via_id, direction, search_id)"
  " SELECT collection_id, CASE WHEN paper_id = ?2 THEN ?1 ELSE paper_id END,"
  " CASE WHEN via_id = ?2 THEN ?1 ELSE via_id END, direction, search_id FROM citation_found"
  " WHERE (paper_id = ?2 OR via_id = ?2) AND NOT (paper_id IN (?1, ?2) AND via_id IN (?1, ?2))",
  "INSERT OR IGNORE INTO citation_search_papers (search_id, paper_id, direction, level,"
  " next_offset, requests, error) SELECT search_id, ?1, direction, level, next_offset, requests,"
  " error FROM citation_search_papers WHERE paper_id = ?2",
};

static gboolean
merge_user_data (GlnDatabase         *db,
                 gint64               master_id,
                 gint64               other_id,
                 const char * const  *take,
                 GError             **error)
{
  /* Decisions: the other's where the master has none, or where the user chose the
   * other's in a conflict. */
  static const char screening_sql[] =
    "UPDATE collection_papers AS m SET status = o.status, reason = o.reason,"
    " screened = o.screened FROM collection_papers o WHERE m.paper_id = ?1"
    " AND o.paper_id = ?2 AND o.collection_id = m.collection_id AND o.status <> 'unscreened'"
    " AND (m.status = 'unscreened' OR ?3)";

  if (!_gln_database_run (db, screening_sql, error, "llb", master_id, other_id,
                          strv_has (take, GLN_MERGE_TAKE_SCREENING)))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (union_sql); i++)
    if (!_gln_database_run (db, union_sql[i], error, "ll", master_id, other_id))
      return FALSE;

  return TRUE;
}

/* The other paper's key and identifiers keep finding the master. */
static gboolean
alias_other (GlnDatabase  *db,
             gint64        master_id,
             GlnPaper     *other,
             GError      **error)
{
  g_autofree char *arxiv_key = NULL;
  g_autofree char *doi_key = NULL;

  if (gln_paper_get_arxiv_id (other) != NULL)
    arxiv_key = g_strconcat ("arxiv:", gln_paper_get_arxiv_id (other), NULL);
  if (gln_paper_get_doi (other) != NULL)
    doi_key = g_strconcat ("doi:", gln_paper_get_doi (other), NULL);

  return _gln_store_add_alias (db, gln_paper_get_key (other), master_id, error) &&
         (arxiv_key == NULL || _gln_store_add_alias (db, arxiv_key, master_id, error)) &&
         (doi_key == NULL || _gln_store_add_alias (db, doi_key, master_id, error));
}

static gboolean
check_conflicts (GlnDatabase         *db,
                 GlnPaper            *master,
                 GlnPaper            *other,
                 const char * const  *take,
                 GError             **error)
{
  g_auto(GStrv) conflicts = NULL;
  g_autofree char *names = NULL;

  if (!(conflicts = list_conflicts (db, gln_paper_get_id (master), gln_paper_get_id (other),
                                    error)))
    return FALSE;
  if (conflicts[0] == NULL || strv_has (take, GLN_MERGE_TAKE_SCREENING) ||
      strv_has (take, GLN_MERGE_KEEP_SCREENING))
    return TRUE;

  names = g_strjoinv ("”, “", conflicts);
  g_set_error (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_CONFLICT,
               _("The two papers are screened differently in “%s”: choose whose decision "
                 "stays"), names);
  return FALSE;
}

/**
 * _gln_store_merge_papers:
 *
 * Merges @other_id into @master_id (see gln_store_merge_duplicates_async()) and returns
 * the merge's id, 0 on error.
 */
gint64
_gln_store_merge_papers (GlnDatabase         *db,
                         gint64               master_id,
                         gint64               other_id,
                         const char * const  *take,
                         GError             **error)
{
  static const char merge_sql[] =
    "INSERT INTO merges (master_id, other_id, time) VALUES (?, ?, ?)";
  static const char delete_sql[] = "DELETE FROM papers WHERE id = ?";
  g_autoptr(GlnPaper) master = NULL;
  g_autoptr(GlnPaper) other = NULL;
  gint64 merge_id;

  if (master_id == other_id)
    {
      g_set_error_literal (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_INVALID,
                           _("A paper cannot be merged with itself"));
      return 0;
    }
  if (!(master = _gln_store_read_paper (db, master_id, error)) ||
      !(other = _gln_store_read_paper (db, other_id, error)) ||
      !check_conflicts (db, master, other, take, error) ||
      !_gln_database_run (db, merge_sql, error, "lll", master_id, other_id,
                          _gln_database_now ()))
    return 0;

  merge_id = sqlite3_last_insert_rowid (_gln_database_get_handle (db));
  for (guint i = 0; i < G_N_ELEMENTS (paper_tables); i++)
    if (!save_rows (db, &paper_tables[i], master_id, other_id, merge_id, error))
      return 0;

  if (!merge_metadata (db, master, other, take, error) ||
      !merge_user_data (db, master_id, other_id, take, error) ||
      !_gln_database_run (db, delete_sql, error, "l", other_id) ||
      !alias_other (db, master_id, other, error) ||
      !reindex (db, master_id, master_id, error))
    return 0;

  return merge_id;
}

/* Refuses an undo that would lose work done since the merge. */
static gboolean
check_undo (GlnDatabase  *db,
            gint64        merge_id,
            gint64        master_id,
            gint64        other_id,
            gint64        time,
            GError      **error)
{
  static const char later_sql[] =
    "SELECT id FROM merges WHERE id > ?1 AND undone = 0 AND (master_id IN (?2, ?3)"
    " OR other_id IN (?2, ?3)) LIMIT 1";
  static const char notes_sql[] =
    "SELECT 1 FROM notes WHERE paper_id = ? AND modified > ? LIMIT 1";
  gint64 later;
  gint64 noted;

  if ((later = _gln_database_select_int (db, later_sql, error, "lll", merge_id, master_id,
                                         other_id)) < 0 ||
      (noted = _gln_database_select_int (db, notes_sql, error, "ll", master_id, time)) < 0)
    return FALSE;

  if (later)
    g_set_error_literal (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_CONFLICT,
                         _("A later merge involves these papers; undo that one first"));
  else if (noted)
    g_set_error_literal (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_CONFLICT,
                         _("A note was written on the merged paper since; undoing the merge "
                           "would lose it"));

  return !later && !noted;
}

/**
 * _gln_store_undo_merge:
 * @merge_id: the merge, or 0 for the last one not undone
 * @master_id: (out): the paper that was kept
 * @other_id: (out): the paper that was merged into it, now back
 *
 * Puts both papers back exactly as they were before the merge.
 */
gboolean
_gln_store_undo_merge (GlnDatabase  *db,
                       gint64        merge_id,
                       gint64       *master_id,
                       gint64       *other_id,
                       GError      **error)
{
  static const char last_sql[] =
    "SELECT id, master_id, other_id, time, undone FROM merges"
    " WHERE (?1 = 0 AND undone = 0) OR id = ?1 ORDER BY id DESC LIMIT 1";
  static const char delete_sql[] = "DELETE FROM papers WHERE id IN (?, ?)";
  static const char done_sql[] = "UPDATE merges SET undone = 1 WHERE id = ?";
  static const char forget_sql[] = "DELETE FROM merge_rows WHERE merge_id = ?";
  g_autoptr(GlnStmtScope) stmt = NULL;
  gint64 time;
  int rc;

  if (!(stmt = _gln_database_prepare (db, last_sql, error)))
    return FALSE;
  _gln_stmt_bind (stmt, "l", merge_id);
  if ((rc = sqlite3_step (stmt)) != SQLITE_ROW || sqlite3_column_int (stmt, 4))
    {
      if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return _gln_database_set_error (db, rc, error);
      g_set_error_literal (error, GLN_DATABASE_ERROR, GLN_DATABASE_ERROR_NOT_FOUND,
                           _("There is no merge to undo"));
      return FALSE;
    }
  merge_id = sqlite3_column_int64 (stmt, 0);
  *master_id = sqlite3_column_int64 (stmt, 1);
  *other_id = sqlite3_column_int64 (stmt, 2);
  time = sqlite3_column_int64 (stmt, 3);
  g_clear_pointer (&stmt, _gln_stmt_scope_release);

  if (!check_undo (db, merge_id, *master_id, *other_id, time, error) ||
      !_gln_database_run (db, delete_sql, error, "ll", *master_id, *other_id))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (paper_tables); i++)
    if (!restore_rows (db, &paper_tables[i], merge_id, error))
      return FALSE;

  return reindex (db, *master_id, *other_id, error) &&
         _gln_database_run (db, done_sql, error, "l", merge_id) &&
         _gln_database_run (db, forget_sql, error, "l", merge_id);
}
