/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Which stored paper an offered record is, by the identity rules (HACKING.md, "Identity";
 * the title rule itself is gln_paper_match_by_title()): the same identifier, then the same
 * record imported before, then a title nothing speaks against. What only looks alike is
 * kept apart and recorded as a possible duplicate. */

#define G_LOG_DOMAIN "gln-store"

#include "config.h"

#include "gln-store-private.h"

#include "gln-duplicate.h"
#include "gln-paper-identity.h"

/* Candidates of one title looked at; a million-paper library may hold thousands of
 * "Introduction"s, and a record's own duplicates are among the first. */
#define MAX_TITLE_CANDIDATES 64
#define MAX_POSSIBLE_PAIRS   3

/* PubMed, OpenAlex… identifiers, where both records have one. */
static gboolean
by_other_ids (GlnDatabase  *db,
              GlnPaper     *incoming,
              gint64       *id,
              GError      **error)
{
  static const char sql[] = "SELECT paper_id FROM paper_ids WHERE id = ? ORDER BY paper_id LIMIT 1";
  g_auto(GStrv) ids = gln_paper_dup_other_ids (incoming);

  for (guint i = 0; ids[i] != NULL; i++)
    if ((*id = _gln_database_lookup_id (db, sql, ids[i], error)) != 0)
      return *id > 0;

  return TRUE;
}

static gboolean
by_identifier (GlnDatabase  *db,
               GlnPaper     *incoming,
               gint64       *id,
               GError      **error)
{
  static const char by_arxiv_sql[] =
    "SELECT id FROM papers WHERE arxiv_id = ? ORDER BY id LIMIT 1";
  const char *key = gln_paper_get_key (incoming);
  const char *arxiv_id = gln_paper_get_arxiv_id (incoming);
  const char *doi = gln_paper_get_doi (incoming);

  *id = 0;
  /* An identifier's key also finds the paper it was merged into. */
  if (!g_str_has_prefix (key, "title:") &&
      (*id = _gln_database_lookup_id (db, _gln_store_paper_by_key_sql, key, error)) != 0)
    return *id > 0;
  if (arxiv_id != NULL && (*id = _gln_database_lookup_id (db, by_arxiv_sql, arxiv_id, error)) != 0)
    return *id > 0;
  if (doi != NULL && (*id = _gln_database_lookup_id (db, _gln_store_paper_by_doi_sql, doi, error)) != 0)
    return *id > 0;

  return by_other_ids (db, incoming, id, error);
}

/* The papers a record with this fingerprint was imported into, not yet claimed by an
 * earlier record of the same import. */
static gboolean
by_fingerprint (GlnDatabase  *db,
                const char   *fingerprint,
                GHashTable   *claimed,
                gint64       *id,
                GError      **error)
{
  static const char sql[] =
    "SELECT paper_id FROM paper_records WHERE fingerprint = ? ORDER BY paper_id LIMIT 64";
  g_autoptr(GlnStmtScope) stmt = NULL;
  int rc;

  *id = 0;
  if (!(stmt = _gln_database_prepare (db, sql, error)))
    return FALSE;
  _gln_stmt_bind (stmt, "t", fingerprint);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 candidate = sqlite3_column_int64 (stmt, 0);

      if (!g_hash_table_contains (claimed, &candidate))
        {
          *id = candidate;
          return TRUE;
        }
    }

  return rc == SQLITE_DONE || _gln_database_set_error (db, rc, error);
}

/**
 * _gln_store_paper_is_worked:
 *
 * Whether the user has worked on a paper: rated, starred, tagged, noted, collected,
 * screened, read, edited or filled a board cell. An import never changes such a paper's
 * identity.
 */
gboolean
_gln_store_paper_is_worked (GlnDatabase  *db,
                            gint64        id,
                            gboolean     *worked,
                            GError      **error)
{
  static const char sql[] =
    "SELECT id FROM papers p WHERE id = ?1 AND (rating > 0 OR starred OR read_time IS NOT NULL"
    " OR EXISTS (SELECT 1 FROM paper_tags WHERE paper_id = ?1)"
    " OR EXISTS (SELECT 1 FROM notes WHERE paper_id = ?1)"
    " OR EXISTS (SELECT 1 FROM collection_papers WHERE paper_id = ?1)"
    " OR EXISTS (SELECT 1 FROM board_cells WHERE paper_id = ?1)"
    " OR EXISTS (SELECT 1 FROM paper_edits WHERE paper_id = ?1))";
  g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, id);
  gint64 found = _gln_database_lookup_id (db, sql, text, error);

  *worked = found > 0;
  return found >= 0;
}

static gboolean
brings_identifier (GlnPaper *incoming,
                   GlnPaper *stored)
{
  return (gln_paper_get_arxiv_id (incoming) != NULL && gln_paper_get_arxiv_id (stored) == NULL) ||
         (gln_paper_get_doi (incoming) != NULL && gln_paper_get_doi (stored) == NULL);
}

static void
add_possible (GArray     *possible,
              gint64      id,
              const char *reason)
{
  GlnPossibleDuplicate pair = { id, reason };

  if (possible->len < MAX_POSSIBLE_PAIRS)
    g_array_append_val (possible, pair);
}

/* Applies the title rule to one stored paper; sets @id when it is the same work. */
static gboolean
judge_candidate (GlnDatabase  *db,
                 GlnPaper     *incoming,
                 gint64        candidate,
                 GHashTable   *claimed,
                 GArray       *possible,
                 gint64       *id,
                 GError      **error)
{
  g_autoptr(GlnPaper) stored = NULL;
  const char *reason = NULL;
  gboolean worked;

  if (!(stored = _gln_store_read_paper (db, candidate, error)))
    return FALSE;

  switch (gln_paper_match_by_title (incoming, stored, g_hash_table_contains (claimed, &candidate),
                                    &reason))
    {
    case GLN_PAPER_MATCH_SAME:
      /* A paper the user worked on does not take an identifier from a look-alike. */
      if (brings_identifier (incoming, stored))
        {
          if (!_gln_store_paper_is_worked (db, candidate, &worked, error))
            return FALSE;
          if (worked)
            {
              add_possible (possible, candidate, GLN_DUPLICATE_REASON_WORKED_PAPER);
              return TRUE;
            }
        }
      *id = candidate;
      return TRUE;

    case GLN_PAPER_MATCH_POSSIBLE:
      add_possible (possible, candidate, reason);
      return TRUE;

    case GLN_PAPER_MATCH_DIFFERENT:
    default:
      return TRUE;
    }
}

static gboolean
by_title (GlnDatabase  *db,
          GlnPaper     *incoming,
          const char   *title_key,
          GHashTable   *claimed,
          GArray       *possible,
          gint64       *id,
          GError      **error)
{
  static const char sql[] =
    "SELECT id FROM papers WHERE title_key = ? ORDER BY id LIMIT " G_STRINGIFY (MAX_TITLE_CANDIDATES);
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GlnStmtScope) stmt = NULL;
  int rc;

  *id = 0;
  if (title_key == NULL)
    return TRUE;
  if (!(stmt = _gln_database_prepare (db, sql, error)))
    return FALSE;
  _gln_stmt_bind (stmt, "t", title_key);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 candidate = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (candidates, candidate);
    }
  if (rc != SQLITE_DONE)
    return _gln_database_set_error (db, rc, error);
  g_clear_pointer (&stmt, _gln_stmt_scope_release);

  for (guint i = 0; i < candidates->len && *id == 0; i++)
    if (!judge_candidate (db, incoming, g_array_index (candidates, gint64, i), claimed, possible,
                          id, error))
      return FALSE;

  return TRUE;
}

/**
 * _gln_store_find_same:
 * @db: the connection
 * @incoming: the offered record, its identifiers normalized and its key and title set
 * @title_key: (nullable): its title's key
 * @fingerprint: its gln_paper_dup_fingerprint()
 * @claimed: (element-type gint64): papers earlier records of this import went into
 * @possible: (element-type GlnPossibleDuplicate): where stored papers that only look
 *   alike are added
 * @id: (out): the stored paper that is the same work, or 0
 * @error: return location for a #GError
 */
gboolean
_gln_store_find_same (GlnDatabase  *db,
                      GlnPaper     *incoming,
                      const char   *title_key,
                      const char   *fingerprint,
                      GHashTable   *claimed,
                      GArray       *possible,
                      gint64       *id,
                      GError      **error)
{
  if (!by_identifier (db, incoming, id, error))
    return FALSE;
  if (*id == 0 && !by_fingerprint (db, fingerprint, claimed, id, error))
    return FALSE;
  if (*id == 0 && !by_title (db, incoming, title_key, claimed, possible, id, error))
    return FALSE;

  return TRUE;
}

/**
 * _gln_store_find_by_id:
 * @db: the database
 * @incoming: a record
 * @id: (out): the stored paper with one of its identifiers (key, arXiv id, DOI, a
 *   service's own id), or 0
 * @error: return location for a #GError
 *
 * The first of the identity rules alone, for a record that is only looked up, not stored.
 */
gboolean
_gln_store_find_by_id (GlnDatabase  *db,
                       GlnPaper     *incoming,
                       gint64       *id,
                       GError      **error)
{
  return by_identifier (db, incoming, id, error);
}

/* Records @paper_id and @other as possible duplicates unless the user said they are not. */
gboolean
_gln_store_add_duplicate (GlnDatabase  *db,
                          gint64        paper_id,
                          gint64        other,
                          const char   *reason,
                          GError      **error)
{
  static const char sql[] =
    "INSERT INTO duplicates (paper_a, paper_b, reason, created) VALUES (?, ?, ?, ?)"
    " ON CONFLICT DO NOTHING";

  if (paper_id == other)
    return TRUE;

  return _gln_database_run (db, sql, error, "llti", MIN (paper_id, other), MAX (paper_id, other),
                            reason, _gln_database_now ());
}

gboolean
_gln_store_add_alias (GlnDatabase  *db,
                      const char   *key,
                      gint64        paper_id,
                      GError      **error)
{
  static const char sql[] =
    "INSERT INTO paper_aliases (key, paper_id) VALUES (?, ?)"
    " ON CONFLICT (key) DO UPDATE SET paper_id = excluded.paper_id";

  return _gln_database_run (db, sql, error, "tl", key, paper_id);
}

/* Remembers the record that went into @paper_id: its fingerprint, and its identifiers
 * other than arXiv's and DOIs, which later records are looked up by. */
gboolean
_gln_store_add_record (GlnDatabase  *db,
                       GlnPaper     *record,
                       const char   *fingerprint,
                       gint64        paper_id,
                       GError      **error)
{
  static const char record_sql[] =
    "INSERT OR IGNORE INTO paper_records (fingerprint, paper_id) VALUES (?, ?)";
  static const char id_sql[] = "INSERT OR IGNORE INTO paper_ids (id, paper_id) VALUES (?, ?)";
  g_auto(GStrv) ids = gln_paper_dup_other_ids (record);

  for (guint i = 0; ids[i] != NULL; i++)
    if (!_gln_database_run (db, id_sql, error, "tl", ids[i], paper_id))
      return FALSE;

  return _gln_database_run (db, record_sql, error, "tl", fingerprint, paper_id);
}

/**
 * _gln_store_dup_unique_key:
 *
 * @key, or @key with "-2", "-3"… when another paper (or an alias) has it: two works of
 * one title each get their own key.
 */
char *
_gln_store_dup_unique_key (GlnDatabase  *db,
                           const char   *key,
                           GError      **error)
{
  g_autofree char *candidate = g_strdup (key);

  for (guint n = 2;; n++)
    {
      gint64 id = _gln_database_lookup_id (db, _gln_store_paper_by_key_sql, candidate, error);

      if (id < 0)
        return NULL;
      if (id == 0)
        return g_steal_pointer (&candidate);
      g_free (candidate);
      candidate = g_strdup_printf ("%s-%u", key, n);
    }
}
