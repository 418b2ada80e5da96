/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "gln-database"

#include "config.h"

#include "gln-database-private.h"

/* Each step brings the schema from version N to N + 1 and runs in its own transaction
 * together with the user_version bump. Released steps are never edited: append new ones. */
static const char * const migrations[] = {
  /* 1: everything in DESIGN.md's data model */
  "CREATE TABLE papers ("
  "  id                INTEGER PRIMARY KEY,"
  "  key               TEXT NOT NULL UNIQUE,"
  "  title_key         TEXT,"
  "  title             TEXT NOT NULL,"
  "  abstract          TEXT,"
  "  published         TEXT,"
  "  date_precision    INTEGER NOT NULL DEFAULT 0,"
  "  date_text         TEXT,"
  "  updated           TEXT,"
  "  arxiv_id          TEXT,"
  "  arxiv_version     INTEGER NOT NULL DEFAULT 0,"
  "  doi               TEXT,"
  "  url               TEXT,"
  "  pdf_url           TEXT,"
  "  code_url          TEXT,"
  "  has_code          INTEGER NOT NULL DEFAULT 0,"
  "  category          TEXT,"
  "  categories        TEXT,"
  "  journal_ref       TEXT,"
  "  comment           TEXT,"
  "  author_count      INTEGER,"
  "  authors_truncated INTEGER NOT NULL DEFAULT 0,"
  "  institutions      TEXT,"
  "  upvotes           INTEGER,"
  "  source            TEXT,"
  "  added             INTEGER NOT NULL,"
  "  read_time         INTEGER,"
  "  starred           INTEGER NOT NULL DEFAULT 0,"
  "  rating            INTEGER NOT NULL DEFAULT 0 CHECK (rating BETWEEN 0 AND 5),"
  "  new_version       INTEGER NOT NULL DEFAULT 0"
  ") STRICT;"
  "CREATE INDEX papers_title_key ON papers (title_key);"
  "CREATE INDEX papers_arxiv_id ON papers (arxiv_id) WHERE arxiv_id IS NOT NULL;"
  "CREATE INDEX papers_doi ON papers (doi) WHERE doi IS NOT NULL;"
  "CREATE INDEX papers_published ON papers (published, id);"
  "CREATE INDEX papers_added ON papers (added, id);"
  "CREATE INDEX papers_unread ON papers (id) WHERE read_time IS NULL;"
  "CREATE INDEX papers_starred ON papers (id) WHERE starred = 1;"
  "CREATE INDEX papers_new_version ON papers (id) WHERE new_version = 1;"

  "CREATE TABLE authors ("
  "  id   INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL UNIQUE"
  ") STRICT;"
  "CREATE TABLE paper_authors ("
  "  paper_id    INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,"
  "  position    INTEGER NOT NULL,"
  "  author_id   INTEGER NOT NULL REFERENCES authors (id),"
  "  affiliation TEXT,"
  "  PRIMARY KEY (paper_id, position)"
  ") STRICT, WITHOUT ROWID;"
  "CREATE INDEX paper_authors_author ON paper_authors (author_id);"

  "CREATE TABLE feeds ("
  "  id               INTEGER PRIMARY KEY,"
  "  kind             TEXT NOT NULL,"
  "  params           TEXT NOT NULL,"
  "  title            TEXT,"
  "  etag             TEXT,"
  "  last_modified    TEXT,"
  "  last_fetch       INTEGER,"
  "  last_error       TEXT,"
  "  refresh_interval INTEGER NOT NULL DEFAULT 3600,"
  "  enabled          INTEGER NOT NULL DEFAULT 1,"
  "  position         INTEGER NOT NULL DEFAULT 0,"
  "  created          INTEGER NOT NULL"
  ") STRICT;"
  "CREATE TABLE feed_papers ("
  "  feed_id  INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,"
  "  paper_id INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,"
  "  arrived  INTEGER NOT NULL,"
  "  PRIMARY KEY (feed_id, paper_id)"
  ") STRICT, WITHOUT ROWID;"
  "CREATE INDEX feed_papers_paper ON feed_papers (paper_id);"

  "CREATE TABLE notes ("
  "  id       INTEGER PRIMARY KEY,"
  "  paper_id INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,"
  "  body     TEXT NOT NULL,"
  "  created  INTEGER NOT NULL,"
  "  modified INTEGER NOT NULL"
  ") STRICT;"
  "CREATE INDEX notes_paper ON notes (paper_id);"

  "CREATE TABLE tags ("
  "  id   INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL UNIQUE COLLATE NOCASE"
  ") STRICT;"
  "CREATE TABLE paper_tags ("
  "  paper_id INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,"
  "  tag_id   INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,"
  "  PRIMARY KEY (paper_id, tag_id)"
  ") STRICT, WITHOUT ROWID;"
  "CREATE INDEX paper_tags_tag ON paper_tags (tag_id);"

  "CREATE TABLE collections ("
  "  id          INTEGER PRIMARY KEY,"
  "  name        TEXT NOT NULL UNIQUE,"
  "  description TEXT NOT NULL DEFAULT '',"
  "  position    INTEGER NOT NULL DEFAULT 0,"
  "  created     INTEGER NOT NULL"
  ") STRICT;"
  "CREATE TABLE collection_papers ("
  "  collection_id INTEGER NOT NULL REFERENCES collections (id) ON DELETE CASCADE,"
  "  paper_id      INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,"
  "  status        TEXT NOT NULL DEFAULT 'unscreened'"
  "                CHECK (status IN ('unscreened', 'include', 'exclude', 'maybe')),"
  "  reason        TEXT,"
  "  added         INTEGER NOT NULL,"
  "  screened      INTEGER,"
  "  position      INTEGER NOT NULL DEFAULT 0,"
  "  PRIMARY KEY (collection_id, paper_id)"
  ") STRICT, WITHOUT ROWID;"
  "CREATE INDEX collection_papers_paper ON collection_papers (paper_id);"

  "CREATE TABLE board_columns ("
  "  id            INTEGER PRIMARY KEY,"
  "  collection_id INTEGER NOT NULL REFERENCES collections (id) ON DELETE CASCADE,"
  "  name          TEXT NOT NULL,"
  "  kind          TEXT NOT NULL CHECK (kind IN ('text', 'score', 'number', 'choice')),"
  "  choices       TEXT,"
  "  position      INTEGER NOT NULL DEFAULT 0,"
  "  width         INTEGER,"
  "  hidden        INTEGER NOT NULL DEFAULT 0,"
  "  UNIQUE (collection_id, name)"
  ") STRICT;"
  "CREATE TABLE board_cells ("
  "  column_id INTEGER NOT NULL REFERENCES board_columns (id) ON DELETE CASCADE,"
  "  paper_id  INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,"
  "  value     TEXT,"
  "  PRIMARY KEY (column_id, paper_id)"
  ") STRICT, WITHOUT ROWID;"
  "CREATE INDEX board_cells_paper ON board_cells (paper_id);"

  /* The full-text index keeps its own copy of the text, rowid = papers.id. Inserts are
   * written explicitly by the importer in the same transaction: a trigger's statement
   * savepoint would flush FTS5 after every row and make each row its own segment. Updates
   * and deletes are rare and go through triggers. */
  "CREATE VIRTUAL TABLE papers_fts USING fts5 ("
  "  title, abstract, authors, notes, tags,"
  "  tokenize = 'unicode61 remove_diacritics 2'"
  ");"
  "INSERT INTO papers_fts (papers_fts, rank) VALUES ('hashsize', 16777216);"
  "CREATE TRIGGER papers_fts_update AFTER UPDATE OF title, abstract ON papers BEGIN"
  "  UPDATE papers_fts SET title = new.title, abstract = new.abstract WHERE rowid = new.id;"
  "END;"
  "CREATE TRIGGER papers_fts_delete AFTER DELETE ON papers BEGIN"
  "  DELETE FROM papers_fts WHERE rowid = old.id;"
  "END;"
  "CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN"
  "  UPDATE papers_fts SET notes = (SELECT group_concat (body, ' ') FROM notes"
  "                                 WHERE paper_id = new.paper_id) WHERE rowid = new.paper_id;"
  "END;"
  "CREATE TRIGGER notes_fts_update AFTER UPDATE OF body ON notes BEGIN"
  "  UPDATE papers_fts SET notes = (SELECT group_concat (body, ' ') FROM notes"
  "                                 WHERE paper_id = new.paper_id) WHERE rowid = new.paper_id;"
  "END;"
  "CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN"
  "  UPDATE papers_fts SET notes = (SELECT group_concat (body, ' ') FROM notes"
  "                                 WHERE paper_id = old.paper_id) WHERE rowid = old.paper_id;"
  "END;"
  "CREATE TRIGGER paper_tags_fts_insert AFTER INSERT ON paper_tags BEGIN"
  "  UPDATE papers_fts SET tags = (SELECT group_concat (t.name, ' ') FROM paper_tags pt"
  "                                JOIN tags t ON t.id = pt.tag_id"
  "                                WHERE pt.paper_id = new.paper_id) WHERE rowid = new.paper_id;"
  "END;"
  "CREATE TRIGGER paper_tags_fts_delete AFTER DELETE ON paper_tags BEGIN"
  "  UPDATE papers_fts SET tags = (SELECT group_concat (t.name, ' ') FROM paper_tags pt"
  "                                JOIN tags t ON t.id = pt.tag_id"
  "                                WHERE pt.paper_id = old.paper_id) WHERE rowid = old.paper_id;"
  "END;",

  /* 2: bibliographic fields without a column of their own (journal, volume, pages, entry
   * type…), a JSON object kept so that BibTeX, RIS and CSL-JSON round trips lose nothing */
  "ALTER TABLE papers ADD COLUMN extra TEXT;",

  /* 3: saved searches, shown in the sidebar; a GlnQuery with a name */
  "CREATE TABLE saved_searches ("
  "  id             INTEGER PRIMARY KEY,"
  "  name           TEXT NOT NULL UNIQUE,"
  "  scope          TEXT NOT NULL DEFAULT 'library',"
  "  text           TEXT,"
  "  collection     TEXT,"
  "  tag            TEXT,"
  "  category       TEXT,"
  "  feed_id        INTEGER NOT NULL DEFAULT 0,"
  "  min_rating     INTEGER NOT NULL DEFAULT 0,"
  "  published_from TEXT,"
  "  published_to   TEXT,"
  "  unread         INTEGER NOT NULL DEFAULT 0,"
  "  sort           TEXT NOT NULL DEFAULT 'published',"
  "  position       INTEGER NOT NULL DEFAULT 0,"
  "  created        INTEGER NOT NULL"
  ") STRICT;",

  /* 4: review collections: every screening decision with what it replaced (for undo and the
   * PRISMA counts), each collection's vocabulary of exclusion reasons, and the user's edits
   * of the Key results quotes (NULL: extracted from the abstract; '': cleared) */
  "CREATE TABLE screening_log ("
  "  id              INTEGER PRIMARY KEY,"
  "  collection_id   INTEGER NOT NULL REFERENCES collections (id) ON DELETE CASCADE,"
  "  paper_id        INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,"
  "  status          TEXT NOT NULL,"
  "  reason          TEXT,"
  "  previous_status TEXT NOT NULL,"
  "  previous_reason TEXT,"
  "  time            INTEGER NOT NULL"
  ") STRICT;"
  "CREATE INDEX screening_log_collection ON screening_log (collection_id, id);"
  "CREATE TABLE screening_reasons ("
  "  collection_id INTEGER NOT NULL REFERENCES collections (id) ON DELETE CASCADE,"
  "  reason        TEXT NOT NULL,"
  "  position      INTEGER NOT NULL,"
  "  PRIMARY KEY (collection_id, reason)"
  ") STRICT, WITHOUT ROWID;"
  "ALTER TABLE collection_papers ADD COLUMN key_results TEXT;",

  /* 5: identity (HACKING.md, "Identity"): keys a paper was known by before a merge or an
   * upgrade of its key; identifiers other than arXiv's and DOIs ("pmid:…"); the fingerprints of the records each paper was imported from (a
   * re-imported record finds its paper); pairs kept apart that may be the same work, with
   * the user's "not duplicates"; merges with the rows they replaced, for undo. Title keys
   * now keep the content of math and macros. */
  "CREATE TABLE paper_aliases ("
  "  key      TEXT PRIMARY KEY,"
  "  paper_id INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE"
  ") STRICT, WITHOUT ROWID;"
  "CREATE INDEX paper_aliases_paper ON paper_aliases (paper_id);"
  "CREATE TABLE paper_records ("
  "  fingerprint TEXT NOT NULL,"
  "  paper_id    INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,"
  "  PRIMARY KEY (fingerprint, paper_id)"
  ") STRICT, WITHOUT ROWID;"
  "CREATE INDEX paper_records_paper ON paper_records (paper_id);"
  "CREATE TABLE paper_ids ("
  "  id       TEXT NOT NULL,"
  "  paper_id INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,"
  "  PRIMARY KEY (id, paper_id)"
  ") STRICT, WITHOUT ROWID;"
  "CREATE INDEX paper_ids_paper ON paper_ids (paper_id);"
  "CREATE TABLE duplicates ("
  "  paper_a   INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,"
  "  paper_b   INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,"
  "  reason    TEXT NOT NULL,"
  "  dismissed INTEGER NOT NULL DEFAULT 0,"
  "  created   INTEGER NOT NULL,"
  "  PRIMARY KEY (paper_a, paper_b),"
  "  CHECK (paper_a < paper_b)"
  ") STRICT, WITHOUT ROWID;"
  "CREATE INDEX duplicates_b ON duplicates (paper_b);"
  "CREATE INDEX duplicates_open ON duplicates (paper_a) WHERE dismissed = 0;"
  "CREATE TABLE merges ("
  "  id        INTEGER PRIMARY KEY,"
  "  master_id INTEGER NOT NULL,"
  "  other_id  INTEGER NOT NULL,"
  "  time      INTEGER NOT NULL,"
  "  undone    INTEGER NOT NULL DEFAULT 0"
  ") STRICT;"
  "CREATE TABLE merge_rows ("
  "  merge_id INTEGER NOT NULL REFERENCES merges (id) ON DELETE CASCADE,"
  "  tbl      TEXT NOT NULL,"
  "  data     TEXT NOT NULL"
  ") STRICT;"
  "CREATE INDEX merge_rows_merge ON merge_rows (merge_id);"
  "UPDATE papers SET title_key = gln_title_key (title);",

  /* 6: the search index stems English words (Porter), so "protons" finds "proton" and
   * "modelling" finds "models", and keeps the three-letter prefixes of its words: the
   * search box makes the word being typed a prefix, and "tri*" read and merged the lists
   * of every word that begins so on each lookup (40 ms each over 100,000 papers, where
   * the prefix's own list takes 0.3 ms; the index grows by about three quarters). FTS5
   * cannot change a tokenizer in place: the index is copied into a new table, and the
   * triggers that write to it are made again. */
  "CREATE VIRTUAL TABLE papers_fts_stemmed USING fts5 ("
  "  title, abstract, authors, notes, tags,"
  "  tokenize = 'porter unicode61 remove_diacritics 2',"
  "  prefix = '3'"
  ");"
  "INSERT INTO papers_fts_stemmed (papers_fts_stemmed, rank) VALUES ('hashsize', 16777216);"
  "INSERT INTO papers_fts_stemmed (rowid, title, abstract, authors, notes, tags)"
  "  SELECT rowid, title, abstract, authors, notes, tags FROM papers_fts;"
  "DROP TRIGGER papers_fts_update;"
  "DROP TRIGGER papers_fts_delete;"
  "DROP TRIGGER notes_fts_insert;"
  "DROP TRIGGER notes_fts_update;"
  "DROP TRIGGER notes_fts_delete;"
  "DROP TRIGGER paper_tags_fts_insert;"
  "DROP TRIGGER paper_tags_fts_delete;"
  "DROP TABLE papers_fts;"
  "ALTER TABLE papers_fts_stemmed RENAME TO papers_fts;"
  "CREATE TRIGGER papers_fts_update AFTER UPDATE OF title, abstract ON papers BEGIN"
  "  UPDATE papers_fts SET title = new.title, abstract = new.abstract WHERE rowid = new.id;"
  "END;"
  "CREATE TRIGGER papers_fts_delete AFTER DELETE ON papers BEGIN"
  "  DELETE FROM papers_fts WHERE rowid = old.id;"
  "END;"
  "CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN"
  "  UPDATE papers_fts SET notes = (SELECT group_concat (body, ' ') FROM notes"
  "                                 WHERE paper_id = new.paper_id) WHERE rowid = new.paper_id;"
  "END;"
  "CREATE TRIGGER notes_fts_update AFTER UPDATE OF body ON notes BEGIN"
  "  UPDATE papers_fts SET notes = (SELECT group_concat (body, ' ') FROM notes"
  "                                 WHERE paper_id = new.paper_id) WHERE rowid = new.paper_id;"
  "END;"
  "CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN"
  "  UPDATE papers_fts SET notes = (SELECT group_concat (body, ' ') FROM notes"
  "                                 WHERE paper_id = old.paper_id) WHERE rowid = old.paper_id;"
  "END;"
  "CREATE TRIGGER paper_tags_fts_insert AFTER INSERT ON paper_tags BEGIN"
  "  UPDATE papers_fts SET tags = (SELECT group_concat (t.name, ' ') FROM paper_tags pt"
  "                                JOIN tags t ON t.id = pt.tag_id"
  "                                WHERE pt.paper_id = new.paper_id) WHERE rowid = new.paper_id;"
  "END;"
  "CREATE TRIGGER paper_tags_fts_delete AFTER DELETE ON paper_tags BEGIN"
  "  UPDATE papers_fts SET tags = (SELECT group_concat (t.name, ' ') FROM paper_tags pt"
  "                                JOIN tags t ON t.id = pt.tag_id"
  "                                WHERE pt.paper_id = old.paper_id) WHERE rowid = old.paper_id;"
  "END;",

  /* 7: the papers' dates by id, small enough to stay in memory: a search by date looks each
   * match's date up here instead of in the papers themselves (five times faster). */
  "CREATE INDEX papers_id_published ON papers (id, published);",

  /* 8: For you: the papers the user turned down ("Not interested"), and the rated papers by
   * id, so that reading the user's signals never walks the whole library. */
  "CREATE TABLE not_interested ("
  "  paper_id INTEGER PRIMARY KEY REFERENCES papers (id) ON DELETE CASCADE,"
  "  time     INTEGER NOT NULL"
  ") STRICT;"
  "CREATE INDEX papers_rated ON papers (id) WHERE rating > 0;",
  /* 9: screening keywords, highlighted in abstracts (one per line; NULL: taken from the
   * collection's name and criteria), and whether the collection's exclusion reasons are
   * the user's own (0: a collection without reasons offers the default set) */
  "ALTER TABLE collections ADD COLUMN include_words TEXT;"
  "ALTER TABLE collections ADD COLUMN exclude_words TEXT;"
  "ALTER TABLE collections ADD COLUMN reasons_edited INTEGER NOT NULL DEFAULT 0;",
  /* 10: the trash, apart from the papers so that the small index of dates by id still
   * answers a search (a paper in it leaves every view until restored or deleted); and the
   * fields of each paper the user edited, which a later import leaves as they are */
  "CREATE TABLE trash ("
  "  paper_id INTEGER PRIMARY KEY REFERENCES papers (id) ON DELETE CASCADE,"
  "  trashed  INTEGER NOT NULL"
  ") STRICT;"
  "CREATE TABLE paper_edits ("
  "  paper_id INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,"
  "  field    TEXT NOT NULL,"
  "  edited   INTEGER NOT NULL,"
  "  PRIMARY KEY (paper_id, field)"
  ") STRICT, WITHOUT ROWID;",
  /* 11: citation search (issue 17). Links from a citing to a cited paper, each end a paper
   * of the library or, for a record the service could not match to a paper, a key
   * (`title:…`) with its title; each link is kept once. A search is a list of papers whose
   * references or citations are read page by page, with where the next page starts, so
   * that a search taken up again never repeats a request already answered. The papers it
   * found for a collection, and through which paper, are its provenance ("cited by …");
   * `collection_papers.origin` says that a search, not the user, put a paper there. */
  "CREATE TABLE citations ("
  "  citing_id  INTEGER REFERENCES papers (id) ON DELETE CASCADE,"
  "  citing_key TEXT,"
  "  cited_id   INTEGER REFERENCES papers (id) ON DELETE CASCADE,"
  "  cited_key  TEXT,"
  "  title      TEXT,"
  "  CHECK ((citing_id IS NULL) <> (citing_key IS NULL)),"
  "  CHECK ((cited_id IS NULL) <> (cited_key IS NULL))"
  ") STRICT;"
  "CREATE UNIQUE INDEX citations_edge ON citations (coalesce (citing_id, citing_key),"
  "                                                 coalesce (cited_id, cited_key));"
  "CREATE INDEX citations_cited ON citations (cited_id) WHERE cited_id IS NOT NULL;"
  "CREATE INDEX citations_citing ON citations (citing_id) WHERE citing_id IS NOT NULL;"
  "CREATE TABLE citation_searches ("
  "  id            INTEGER PRIMARY KEY,"
  "  collection_id INTEGER NOT NULL REFERENCES collections (id) ON DELETE CASCADE,"
  "  backward      INTEGER NOT NULL,"
  "  forward       INTEGER NOT NULL,"
  "  depth         INTEGER NOT NULL,"
  "  created       INTEGER NOT NULL,"
  "  finished      INTEGER"
  ") STRICT;"
  "CREATE TABLE citation_search_papers ("
  "  search_id   INTEGER NOT NULL REFERENCES citation_searches (id) ON DELETE CASCADE,"
  "  paper_id    INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,"
  "  direction   TEXT NOT NULL CHECK (direction IN ('references', 'citations')),"
  "  level       INTEGER NOT NULL,"
  "  next_offset INTEGER NOT NULL DEFAULT 0,"
  "  requests    INTEGER NOT NULL DEFAULT 0,"
  "  error       TEXT,"
  "  PRIMARY KEY (search_id, paper_id, direction)"
  ") STRICT, WITHOUT ROWID;"
  "CREATE TABLE citation_found ("
  "  collection_id INTEGER NOT NULL REFERENCES collections (id) ON DELETE CASCADE,"
  "  paper_id      INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,"
  "  via_id        INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,"
  "  direction     TEXT NOT NULL CHECK (direction IN ('references', 'citations')),"
  "  search_id     INTEGER NOT NULL,"
  "  PRIMARY KEY (collection_id, paper_id, via_id, direction)"
  ") STRICT, WITHOUT ROWID;"
  "CREATE INDEX citation_found_via ON citation_found (via_id);"
  "ALTER TABLE collection_papers ADD COLUMN origin TEXT;",
  /* 12: citation search, continued (issue 17). A link kept by key gains the paper when it
   * enters the library, so links are looked up by key (a link has a key at one end at
   * most). A paper read from OpenAlex pages by
   * cursor, not offset. A search queues at most so many candidates per level and says at
   * which level it stopped. */
  "ALTER TABLE citation_search_papers ADD COLUMN next_cursor TEXT;"
  "ALTER TABLE citation_searches ADD COLUMN max_candidates INTEGER NOT NULL DEFAULT 2000;"
  "ALTER TABLE citation_searches ADD COLUMN capped INTEGER;"
  "CREATE INDEX citations_key ON citations (coalesce (cited_key, citing_key));",
  /* 13: papers that "Find References and Citations" found for one paper and that are not
   * in the library (issue 17): kept aside under the key their links in `citations` use, for
   * the reading pane's lists and for "Add to Library", which takes the record in and drops
   * it from here. Authors are a JSON array of names; `published` and `extra` (the service's
   * own ids) are the record's as it came, so that the paper added is the one found. A
   * record goes when no link uses its key any more. */
  "CREATE TABLE citation_records ("
  "  key       TEXT PRIMARY KEY,"
  "  title     TEXT NOT NULL,"
  "  authors   TEXT,"
  "  year      INTEGER,"
  "  venue     TEXT,"
  "  doi       TEXT,"
  "  arxiv_id  TEXT,"
  "  s2_id     TEXT,"
  "  abstract  TEXT,"
  "  published TEXT,"
  "  extra     TEXT"
  ") STRICT, WITHOUT ROWID;"
  /* A record no link uses any more (its paper deleted, or the paper added to the library
   * by whatever path, its links re-pointed) goes. */
  "CREATE TRIGGER citation_records_unused AFTER DELETE ON citations"
  " WHEN coalesce (old.cited_key, old.citing_key) IS NOT NULL BEGIN"
  "  DELETE FROM citation_records WHERE key = coalesce (old.cited_key, old.citing_key)"
  "   AND NOT EXISTS (SELECT 1 FROM citations"
  "                   WHERE coalesce (cited_key, citing_key) = citation_records.key);"
  " END;"
  "CREATE TRIGGER citation_records_added AFTER UPDATE OF cited_key, citing_key ON citations"
  " WHEN coalesce (old.cited_key, old.citing_key) IS NOT NULL BEGIN"
  "  DELETE FROM citation_records WHERE key = coalesce (old.cited_key, old.citing_key)"
  "   AND NOT EXISTS (SELECT 1 FROM citations"
  "                   WHERE coalesce (cited_key, citing_key) = citation_records.key);"
  " END;",
};

guint
_gln_migrations_get_n_steps (void)
{
  return G_N_ELEMENTS (migrations);
}

const char *
_gln_migrations_get_step (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (migrations), NULL);

  return migrations[index];
}
