-- SPDX-License-Identifier: GPL-3.0-or-later
-- A populated library at schema version 12: steps 1 to 12 of
-- src/core/store/gln-migrations.c and what a user had stored by then.
-- Written by make-fixtures.py; change that script, not this file.

BEGIN;
CREATE TABLE papers (  id                INTEGER PRIMARY KEY,  key               TEXT NOT NULL UNIQUE,  title_key         TEXT,  title             TEXT NOT NULL,  abstract          TEXT,  published         TEXT,  date_precision    INTEGER NOT NULL DEFAULT 0,  date_text         TEXT,  updated           TEXT,  arxiv_id          TEXT,  arxiv_version     INTEGER NOT NULL DEFAULT 0,  doi               TEXT,  url               TEXT,  pdf_url           TEXT,  code_url          TEXT,  has_code          INTEGER NOT NULL DEFAULT 0,  category          TEXT,  categories        TEXT,  journal_ref       TEXT,  comment           TEXT,  author_count      INTEGER,  authors_truncated INTEGER NOT NULL DEFAULT 0,  institutions      TEXT,  upvotes           INTEGER,  source            TEXT,  added             INTEGER NOT NULL,  read_time         INTEGER,  starred           INTEGER NOT NULL DEFAULT 0,  rating            INTEGER NOT NULL DEFAULT 0 CHECK (rating BETWEEN 0 AND 5),  new_version       INTEGER NOT NULL DEFAULT 0, extra TEXT) STRICT;
CREATE TABLE authors (  id   INTEGER PRIMARY KEY,  name TEXT NOT NULL UNIQUE) STRICT;
CREATE TABLE paper_authors (  paper_id    INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,  position    INTEGER NOT NULL,  author_id   INTEGER NOT NULL REFERENCES authors (id),  affiliation TEXT,  PRIMARY KEY (paper_id, position)) STRICT, WITHOUT ROWID;
CREATE TABLE feeds (  id               INTEGER PRIMARY KEY,  kind             TEXT NOT NULL,  params           TEXT NOT NULL,  title            TEXT,  etag             TEXT,  last_modified    TEXT,  last_fetch       INTEGER,  last_error       TEXT,  refresh_interval INTEGER NOT NULL DEFAULT 3600,  enabled          INTEGER NOT NULL DEFAULT 1,  position         INTEGER NOT NULL DEFAULT 0,  created          INTEGER NOT NULL) STRICT;
CREATE TABLE feed_papers (  feed_id  INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,  paper_id INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,  arrived  INTEGER NOT NULL,  PRIMARY KEY (feed_id, paper_id)) STRICT, WITHOUT ROWID;
CREATE TABLE notes (  id       INTEGER PRIMARY KEY,  paper_id INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,  body     TEXT NOT NULL,  created  INTEGER NOT NULL,  modified INTEGER NOT NULL) STRICT;
CREATE TABLE tags (  id   INTEGER PRIMARY KEY,  name TEXT NOT NULL UNIQUE COLLATE NOCASE) STRICT;
CREATE TABLE paper_tags (  paper_id INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,  tag_id   INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,  PRIMARY KEY (paper_id, tag_id)) STRICT, WITHOUT ROWID;
CREATE TABLE collections (  id          INTEGER PRIMARY KEY,  name        TEXT NOT NULL UNIQUE,  description TEXT NOT NULL DEFAULT '',  position    INTEGER NOT NULL DEFAULT 0,  created     INTEGER NOT NULL, include_words TEXT, exclude_words TEXT, reasons_edited INTEGER NOT NULL DEFAULT 0) STRICT;
CREATE TABLE collection_papers (  collection_id INTEGER NOT NULL REFERENCES collections (id) ON DELETE CASCADE,  paper_id      INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,  status        TEXT NOT NULL DEFAULT 'unscreened'                CHECK (status IN ('unscreened', 'include', 'exclude', 'maybe')),  reason        TEXT,  added         INTEGER NOT NULL,  screened      INTEGER,  position      INTEGER NOT NULL DEFAULT 0, key_results TEXT, origin TEXT,  PRIMARY KEY (collection_id, paper_id)) STRICT, WITHOUT ROWID;
CREATE TABLE board_columns (  id            INTEGER PRIMARY KEY,  collection_id INTEGER NOT NULL REFERENCES collections (id) ON DELETE CASCADE,  name          TEXT NOT NULL,  kind          TEXT NOT NULL CHECK (kind IN ('text', 'score', 'number', 'choice')),  choices       TEXT,  position      INTEGER NOT NULL DEFAULT 0,  width         INTEGER,  hidden        INTEGER NOT NULL DEFAULT 0,  UNIQUE (collection_id, name)) STRICT;
CREATE TABLE board_cells (  column_id INTEGER NOT NULL REFERENCES board_columns (id) ON DELETE CASCADE,  paper_id  INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,  value     TEXT,  PRIMARY KEY (column_id, paper_id)) STRICT, WITHOUT ROWID;
CREATE TABLE saved_searches (  id             INTEGER PRIMARY KEY,  name           TEXT NOT NULL UNIQUE,  scope          TEXT NOT NULL DEFAULT 'library',  text           TEXT,  collection     TEXT,  tag            TEXT,  category       TEXT,  feed_id        INTEGER NOT NULL DEFAULT 0,  min_rating     INTEGER NOT NULL DEFAULT 0,  published_from TEXT,  published_to   TEXT,  unread         INTEGER NOT NULL DEFAULT 0,  sort           TEXT NOT NULL DEFAULT 'published',  position       INTEGER NOT NULL DEFAULT 0,  created        INTEGER NOT NULL) STRICT;
CREATE TABLE screening_log (  id              INTEGER PRIMARY KEY,  collection_id   INTEGER NOT NULL REFERENCES collections (id) ON DELETE CASCADE,  paper_id        INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,  status          TEXT NOT NULL,  reason          TEXT,  previous_status TEXT NOT NULL,  previous_reason TEXT,  time            INTEGER NOT NULL) STRICT;
CREATE TABLE screening_reasons (  collection_id INTEGER NOT NULL REFERENCES collections (id) ON DELETE CASCADE,  reason        TEXT NOT NULL,  position      INTEGER NOT NULL,  PRIMARY KEY (collection_id, reason)) STRICT, WITHOUT ROWID;
CREATE TABLE paper_aliases (  key      TEXT PRIMARY KEY,  paper_id INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE) STRICT, WITHOUT ROWID;
CREATE TABLE paper_records (  fingerprint TEXT NOT NULL,  paper_id    INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,  PRIMARY KEY (fingerprint, paper_id)) STRICT, WITHOUT ROWID;
CREATE TABLE paper_ids (  id       TEXT NOT NULL,  paper_id INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,  PRIMARY KEY (id, paper_id)) STRICT, WITHOUT ROWID;
CREATE TABLE duplicates (  paper_a   INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,  paper_b   INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,  reason    TEXT NOT NULL,  dismissed INTEGER NOT NULL DEFAULT 0,  created   INTEGER NOT NULL,  PRIMARY KEY (paper_a, paper_b),  CHECK (paper_a < paper_b)) STRICT, WITHOUT ROWID;
CREATE TABLE merges (  id        INTEGER PRIMARY KEY,  master_id INTEGER NOT NULL,  other_id  INTEGER NOT NULL,  time      INTEGER NOT NULL,  undone    INTEGER NOT NULL DEFAULT 0) STRICT;
CREATE TABLE merge_rows (  merge_id INTEGER NOT NULL REFERENCES merges (id) ON DELETE CASCADE,  tbl      TEXT NOT NULL,  data     TEXT NOT NULL) STRICT;
CREATE VIRTUAL TABLE "papers_fts" USING fts5 (  title, abstract, authors, notes, tags,  tokenize = 'porter unicode61 remove_diacritics 2',  prefix = '3');
CREATE TABLE not_interested (  paper_id INTEGER PRIMARY KEY REFERENCES papers (id) ON DELETE CASCADE,  time     INTEGER NOT NULL) STRICT;
CREATE TABLE trash (  paper_id INTEGER PRIMARY KEY REFERENCES papers (id) ON DELETE CASCADE,  trashed  INTEGER NOT NULL) STRICT;
CREATE TABLE paper_edits (  paper_id INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,  field    TEXT NOT NULL,  edited   INTEGER NOT NULL,  PRIMARY KEY (paper_id, field)) STRICT, WITHOUT ROWID;
CREATE TABLE citations (  citing_id  INTEGER REFERENCES papers (id) ON DELETE CASCADE,  citing_key TEXT,  cited_id   INTEGER REFERENCES papers (id) ON DELETE CASCADE,  cited_key  TEXT,  title      TEXT,  CHECK ((citing_id IS NULL) <> (citing_key IS NULL)),  CHECK ((cited_id IS NULL) <> (cited_key IS NULL))) STRICT;
CREATE TABLE citation_searches (  id            INTEGER PRIMARY KEY,  collection_id INTEGER NOT NULL REFERENCES collections (id) ON DELETE CASCADE,  backward      INTEGER NOT NULL,  forward       INTEGER NOT NULL,  depth         INTEGER NOT NULL,  created       INTEGER NOT NULL,  finished      INTEGER, max_candidates INTEGER NOT NULL DEFAULT 2000, capped INTEGER) STRICT;
CREATE TABLE citation_search_papers (  search_id   INTEGER NOT NULL REFERENCES citation_searches (id) ON DELETE CASCADE,  paper_id    INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,  direction   TEXT NOT NULL CHECK (direction IN ('references', 'citations')),  level       INTEGER NOT NULL,  next_offset INTEGER NOT NULL DEFAULT 0,  requests    INTEGER NOT NULL DEFAULT 0,  error       TEXT, next_cursor TEXT,  PRIMARY KEY (search_id, paper_id, direction)) STRICT, WITHOUT ROWID;
CREATE TABLE citation_found (  collection_id INTEGER NOT NULL REFERENCES collections (id) ON DELETE CASCADE,  paper_id      INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,  via_id        INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,  direction     TEXT NOT NULL CHECK (direction IN ('references', 'citations')),  search_id     INTEGER NOT NULL,  PRIMARY KEY (collection_id, paper_id, via_id, direction)) STRICT, WITHOUT ROWID;
INSERT INTO papers_fts (papers_fts, rank) VALUES ('hashsize', 16777216);

INSERT INTO papers (id, key, title_key, title, abstract, published, date_precision, date_text, updated, arxiv_id, arxiv_version, doi, url, pdf_url, code_url, has_code, category, categories, journal_ref, comment, author_count, authors_truncated, institutions, upvotes, source, added, read_time, starred, rating, new_version, extra) VALUES (1, 'arxiv:2411.01234', 'title:2cb66e7dc83b922f', 'Scaling Laws for $\mathcal{O}(n \log n)$ Attention: \textbf{Sparse} Is Enough', 'We show that sparse attention reaches $\Theta(T)$ memory while keeping perplexity within 0.3% of dense baselines.
On 7 benchmarks it is 2.4× faster (see https://example.org/sparse).', '2024-11-02', 3, '2 Nov 2024', '2024-11-05', '2411.01234', 2, '10.48550/arXiv.2411.01234', 'https://arxiv.org/abs/2411.01234v2', 'https://arxiv.org/pdf/2411.01234v2', 'https://github.com/example/sparse', 1, 'cs.LG', 'cs.LG cs.CL stat.ML', NULL, '14 pages, 6 figures; v2: fixed Table 3', 3, 0, 'ETH Zürich
Tsinghua University', 87, 'arxiv', 1730710800, 1730718000, 1, 5, 1, '{"type":"article","number":"2411.01234","note":"Preprint"}');
INSERT INTO papers (id, key, title_key, title, abstract, published, date_precision, date_text, updated, arxiv_id, arxiv_version, doi, url, pdf_url, code_url, has_code, category, categories, journal_ref, comment, author_count, authors_truncated, institutions, upvotes, source, added, read_time, starred, rating, new_version, extra) VALUES (2, 'doi:10.1038/s41586-023-06291-2', 'title:4e88d0f8ca1fb113', 'Über die Lösung großer Gleichungssysteme — naïve Ansätze und ihre Grenzen', 'Eine Untersuchung iterativer Verfahren für dünn besetzte Matrizen.', '2023-07', 2, 'July 2023', NULL, NULL, 0, '10.1038/s41586-023-06291-2', 'https://doi.org/10.1038/s41586-023-06291-2', NULL, NULL, 0, NULL, NULL, 'Nature 619, 112–118 (2023)', NULL, 2, 0, 'Université de Genève', NULL, 'crossref', 1730797200, 1730970000, 0, 3, 0, '{"type":"article-journal","container-title":"Nature","volume":"619","issue":"7968","page":"112-118","ISSN":"0028-0836"}');
INSERT INTO papers (id, key, title_key, title, abstract, published, date_precision, date_text, updated, arxiv_id, arxiv_version, doi, url, pdf_url, code_url, has_code, category, categories, journal_ref, comment, author_count, authors_truncated, institutions, upvotes, source, added, read_time, starred, rating, new_version, extra) VALUES (3, 'title:e14a6d0f888c37b4', 'title:e14a6d0f888c37b4', '🤖 Robots that read: a field guide to 3D-printed graspers', NULL, NULL, 0, 'Spring 2024', NULL, NULL, 0, NULL, NULL, NULL, NULL, 0, NULL, NULL, NULL, NULL, NULL, 0, NULL, NULL, 'listing', 1730883600, NULL, 1, 0, 0, NULL);
INSERT INTO papers (id, key, title_key, title, abstract, published, date_precision, date_text, updated, arxiv_id, arxiv_version, doi, url, pdf_url, code_url, has_code, category, categories, journal_ref, comment, author_count, authors_truncated, institutions, upvotes, source, added, read_time, starred, rating, new_version, extra) VALUES (4, 'arxiv:2410.17243', 'title:4c9c0c57f6bd3d48', 'Breaking the Memory Barrier: Near Infinite Batch Size Scaling for Contrastive Loss', 'Contrastive loss benefits from larger batch sizes. We reach a batch size of 4M with Inf-CL on 8 × A800 GPUs.', '2024-10-22', 3, 'Oct 22', '2024-10-22', '2410.17243', 1, NULL, 'https://huggingface.co/papers/2410.17243', 'https://arxiv.org/pdf/2410.17243', NULL, 1, 'cs.CV', 'cs.CV', NULL, NULL, 9, 1, 'Alibaba Group
DAMO Academy', 92, 'hf', 1730887200, NULL, 0, 4, 0, NULL);
INSERT INTO papers (id, key, title_key, title, abstract, published, date_precision, date_text, updated, arxiv_id, arxiv_version, doi, url, pdf_url, code_url, has_code, category, categories, journal_ref, comment, author_count, authors_truncated, institutions, upvotes, source, added, read_time, starred, rating, new_version, extra) VALUES (5, 'arxiv:1309.4668', 'title:b36c91a43e314888', 'Electron cloud observations at the ISIS Proton Synchrotron', 'The build up of electron clouds is studied with a dedicated detector.', '2013', 1, '2013', NULL, '1309.4668', 1, '10.5170/cern-2013-002.237', 'https://arxiv.org/abs/1309.4668v1', NULL, NULL, 0, 'physics.acc-ph', 'physics.acc-ph', 'CERN Yellow Report CERN-2013-002, pp.237-240', '4 pages', 2, 0, 'Rutherford Appleton Laboratory', 0, 'arxiv', 1730970000, 1730970060, 0, 1, 0, '{"type":"paper-conference","container-title":"ECLOUD''12","publisher-place":"La Biodola, Isola d''Elba"}');
INSERT INTO papers (id, key, title_key, title, abstract, published, date_precision, date_text, updated, arxiv_id, arxiv_version, doi, url, pdf_url, code_url, has_code, category, categories, journal_ref, comment, author_count, authors_truncated, institutions, upvotes, source, added, read_time, starred, rating, new_version, extra) VALUES (6, 'arxiv:2402.00001', 'title:d627017552251c2a', '大语言模型的评测：A Survey of LLM Evaluation in Chinese', 'We survey 120 benchmarks; α = 0.05 throughout.', '2024-02-01', 3, '1 Feb 2024', NULL, '2402.00001', 1, NULL, 'https://arxiv.org/abs/2402.00001', 'https://arxiv.org/pdf/2402.00001', NULL, 0, 'cs.CL', 'cs.CL cs.AI', NULL, '', 1, 0, NULL, 3, 'arxiv-rss', 1731056400, NULL, 0, 2, 0, NULL);

INSERT INTO authors (id, name) VALUES (1, 'Zoë Müller');
INSERT INTO authors (id, name) VALUES (2, '李雷');
INSERT INTO authors (id, name) VALUES (3, 'Jean-François O’Brien');
INSERT INTO authors (id, name) VALUES (4, 'Ana María García');
INSERT INTO authors (id, name) VALUES (5, 'A. Pertica');
INSERT INTO authors (id, name) VALUES (6, 'S. J. Payne');
INSERT INTO authors (id, name) VALUES (7, 'Zesen Cheng');
INSERT INTO authors (id, name) VALUES (8, 'Hang Zhang');
INSERT INTO authors (id, name) VALUES (9, '王芳');
INSERT INTO authors (id, name) VALUES (10, 'Unused Author');

INSERT INTO paper_authors (paper_id, position, author_id, affiliation) VALUES (1, 0, 1, 'ETH Zürich');
INSERT INTO paper_authors (paper_id, position, author_id, affiliation) VALUES (1, 1, 2, 'Tsinghua University');
INSERT INTO paper_authors (paper_id, position, author_id, affiliation) VALUES (1, 2, 3, NULL);
INSERT INTO paper_authors (paper_id, position, author_id, affiliation) VALUES (2, 0, 4, 'Université de Genève');
INSERT INTO paper_authors (paper_id, position, author_id, affiliation) VALUES (2, 1, 1, NULL);
INSERT INTO paper_authors (paper_id, position, author_id, affiliation) VALUES (4, 0, 7, 'Alibaba Group');
INSERT INTO paper_authors (paper_id, position, author_id, affiliation) VALUES (4, 1, 8, 'DAMO Academy');
INSERT INTO paper_authors (paper_id, position, author_id, affiliation) VALUES (5, 0, 5, 'Rutherford Appleton Laboratory');
INSERT INTO paper_authors (paper_id, position, author_id, affiliation) VALUES (5, 1, 6, 'Rutherford');
INSERT INTO paper_authors (paper_id, position, author_id, affiliation) VALUES (6, 0, 9, '');

INSERT INTO feeds (id, kind, params, title, etag, last_modified, last_fetch, last_error, refresh_interval, enabled, position, created) VALUES (1, 'arxiv-rss', '{"category":"cs.CL"}', 'arXiv cs.CL', 'W/"5f3a-1b2c"', 'Mon, 04 Nov 2024 05:00:00 GMT', 1731056400, NULL, 3600, 1, 0, 1730710800);
INSERT INTO feeds (id, kind, params, title, etag, last_modified, last_fetch, last_error, refresh_interval, enabled, position, created) VALUES (2, 'hf-daily', '{}', 'Hugging Face — Daily Papers', NULL, NULL, 1730883600, 'HTTP 429: Too Many Requests (retry after 120 s)', 21600, 0, 1, 1730797200);
INSERT INTO feeds (id, kind, params, title, etag, last_modified, last_fetch, last_error, refresh_interval, enabled, position, created) VALUES (3, 'rss', '{"url":"https://www.nature.com/nature.rss"}', NULL, '"abc"', NULL, NULL, NULL, 86400, 1, 2, 1730797200);

INSERT INTO feed_papers (feed_id, paper_id, arrived) VALUES (1, 1, 1730710800);
INSERT INTO feed_papers (feed_id, paper_id, arrived) VALUES (1, 6, 1731056400);
INSERT INTO feed_papers (feed_id, paper_id, arrived) VALUES (2, 1, 1730887200);
INSERT INTO feed_papers (feed_id, paper_id, arrived) VALUES (2, 4, 1730887200);
INSERT INTO feed_papers (feed_id, paper_id, arrived) VALUES (3, 2, 1730797200);

INSERT INTO notes (id, paper_id, body, created, modified) VALUES (1, 1, 'Sparse attention works **only** above 2k tokens.', 1730714400, 1730714400);
INSERT INTO notes (id, paper_id, body, created, modified) VALUES (2, 1, '## Questions

- Does it hold for encoder models?
- Compare with [Longformer](https://arxiv.org/abs/2004.05150)

> “within 0.3%” — check Table 3 🧐', 1730718000, 1730797200);
INSERT INTO notes (id, paper_id, body, created, modified) VALUES (3, 1, 'Code: `pip install sparse-attn` → works with $\log n$ kernels 🚀', 1730721600, 1730721600);
INSERT INTO notes (id, paper_id, body, created, modified) VALUES (4, 2, 'Gute Übersicht. The zebrafish analogy in §4 is odd.', 1730970000, 1730970005);
INSERT INTO notes (id, paper_id, body, created, modified) VALUES (5, 3, 'Found on the lab’s reading list.
No DOI yet.', 1730883600, 1730883600);
INSERT INTO notes (id, paper_id, body, created, modified) VALUES (6, 6, '中文笔记：基准太多了。', 1731056400, 1731142800);

INSERT INTO tags (id, name) VALUES (1, 'transformers');
INSERT INTO tags (id, name) VALUES (2, 'to-read');
INSERT INTO tags (id, name) VALUES (3, 'Méthodologie');
INSERT INTO tags (id, name) VALUES (4, 'LLM');
INSERT INTO tags (id, name) VALUES (5, 'unused');

INSERT INTO paper_tags (paper_id, tag_id) VALUES (1, 1);
INSERT INTO paper_tags (paper_id, tag_id) VALUES (1, 4);
INSERT INTO paper_tags (paper_id, tag_id) VALUES (2, 3);
INSERT INTO paper_tags (paper_id, tag_id) VALUES (3, 2);
INSERT INTO paper_tags (paper_id, tag_id) VALUES (4, 1);
INSERT INTO paper_tags (paper_id, tag_id) VALUES (4, 2);
INSERT INTO paper_tags (paper_id, tag_id) VALUES (6, 4);

INSERT INTO collections (id, name, description, position, created, include_words, exclude_words, reasons_edited) VALUES (1, 'Related work — efficient attention', 'Papers for §2 of the thesis.
Inclusion: peer-reviewed or arXiv with code.', 0, 1730710800, 'sparse attention
linear attention', 'survey', 1);
INSERT INTO collections (id, name, description, position, created, include_words, exclude_words, reasons_edited) VALUES (2, 'Empty review', '', 1, 1730797200, NULL, NULL, 0);
INSERT INTO collections (id, name, description, position, created, include_words, exclude_words, reasons_edited) VALUES (3, 'Lesegruppe Ärger', 'Donnerstags', 2, 1730883600, NULL, NULL, 0);

INSERT INTO collection_papers (collection_id, paper_id, status, reason, added, screened, position, key_results, origin) VALUES (1, 1, 'include', NULL, 1730710800, 1730797200, 1, '2.4× faster
within 0.3% of dense', NULL);
INSERT INTO collection_papers (collection_id, paper_id, status, reason, added, screened, position, key_results, origin) VALUES (1, 2, 'exclude', 'wrong population: dense solvers, not attention', 1730797200, 1730883600, 2, NULL, 'citation');
INSERT INTO collection_papers (collection_id, paper_id, status, reason, added, screened, position, key_results, origin) VALUES (1, 3, 'maybe', 'needs the full text 🤔', 1730883600, 1730883660, 3, NULL, NULL);
INSERT INTO collection_papers (collection_id, paper_id, status, reason, added, screened, position, key_results, origin) VALUES (1, 4, 'unscreened', NULL, 1730887200, NULL, 4, NULL, NULL);
INSERT INTO collection_papers (collection_id, paper_id, status, reason, added, screened, position, key_results, origin) VALUES (1, 6, 'include', 'benchmark survey, keep for §2.3', 1731056400, 1731056430, 5, '', NULL);
INSERT INTO collection_papers (collection_id, paper_id, status, reason, added, screened, position, key_results, origin) VALUES (3, 2, 'unscreened', NULL, 1730883600, NULL, 1, NULL, NULL);
INSERT INTO collection_papers (collection_id, paper_id, status, reason, added, screened, position, key_results, origin) VALUES (3, 5, 'exclude', 'off topic', 1730970000, 1730970001, 2, NULL, NULL);

INSERT INTO board_columns (id, collection_id, name, kind, choices, position, width, hidden) VALUES (1, 1, 'Method', 'text', NULL, 1, 240, 0);
INSERT INTO board_columns (id, collection_id, name, kind, choices, position, width, hidden) VALUES (2, 1, 'Rigour', 'score', NULL, 2, NULL, 0);
INSERT INTO board_columns (id, collection_id, name, kind, choices, position, width, hidden) VALUES (3, 1, 'Speed-up (×)', 'number', NULL, 3, 90, 0);
INSERT INTO board_columns (id, collection_id, name, kind, choices, position, width, hidden) VALUES (4, 1, 'Design', 'choice', 'Empirical
Theoretical
Survey', 4, NULL, 0);
INSERT INTO board_columns (id, collection_id, name, kind, choices, position, width, hidden) VALUES (5, 1, 'Private remarks', 'text', NULL, 5, NULL, 1);
INSERT INTO board_columns (id, collection_id, name, kind, choices, position, width, hidden) VALUES (6, 3, 'Gelesen?', 'choice', 'ja
nein', 1, NULL, 0);

INSERT INTO board_cells (column_id, paper_id, value) VALUES (1, 1, 'Block-sparse attention
with learned routing');
INSERT INTO board_cells (column_id, paper_id, value) VALUES (1, 3, '3D printing 🤖');
INSERT INTO board_cells (column_id, paper_id, value) VALUES (2, 1, '5');
INSERT INTO board_cells (column_id, paper_id, value) VALUES (2, 3, '0');
INSERT INTO board_cells (column_id, paper_id, value) VALUES (3, 1, '2.4');
INSERT INTO board_cells (column_id, paper_id, value) VALUES (3, 4, '-1.5e3');
INSERT INTO board_cells (column_id, paper_id, value) VALUES (4, 1, 'Empirical');
INSERT INTO board_cells (column_id, paper_id, value) VALUES (4, 6, 'Survey');
INSERT INTO board_cells (column_id, paper_id, value) VALUES (5, 1, NULL);
INSERT INTO board_cells (column_id, paper_id, value) VALUES (6, 2, 'nein');

INSERT INTO saved_searches (id, name, scope, text, collection, tag, category, feed_id, min_rating, published_from, published_to, unread, sort, position, created) VALUES (1, 'Unread attention papers', 'unread', 'attention NOT survey', NULL, NULL, 'cs.LG', 0, 0, '2024-01-01', NULL, 1, 'relevance', 0, 1730797200);
INSERT INTO saved_searches (id, name, scope, text, collection, tag, category, feed_id, min_rating, published_from, published_to, unread, sort, position, created) VALUES (2, 'Gut bewertet ★★★', 'library', NULL, 'Related work — efficient attention', 'transformers', NULL, 1, 3, NULL, '2024-12-31', 0, 'rating', 1, 1730883600);

INSERT INTO screening_log (id, collection_id, paper_id, status, reason, previous_status, previous_reason, time) VALUES (1, 1, 1, 'include', NULL, 'unscreened', NULL, 1730797200);
INSERT INTO screening_log (id, collection_id, paper_id, status, reason, previous_status, previous_reason, time) VALUES (2, 1, 2, 'maybe', NULL, 'unscreened', NULL, 1730797260);
INSERT INTO screening_log (id, collection_id, paper_id, status, reason, previous_status, previous_reason, time) VALUES (3, 1, 2, 'exclude', 'wrong population: dense solvers, not attention', 'maybe', NULL, 1730883600);
INSERT INTO screening_log (id, collection_id, paper_id, status, reason, previous_status, previous_reason, time) VALUES (4, 1, 3, 'maybe', 'needs the full text 🤔', 'unscreened', NULL, 1730883660);
INSERT INTO screening_log (id, collection_id, paper_id, status, reason, previous_status, previous_reason, time) VALUES (5, 1, 3, 'maybe', 'needs the full text and the supplement', 'maybe', 'needs the full text 🤔', 1730970000);

INSERT INTO screening_reasons (collection_id, reason, position) VALUES (1, 'no code', 2);
INSERT INTO screening_reasons (collection_id, reason, position) VALUES (1, 'wrong population: dense solvers, not attention', 1);
INSERT INTO screening_reasons (collection_id, reason, position) VALUES (3, 'off topic', 1);

INSERT INTO paper_aliases (key, paper_id) VALUES ('doi:10.48550/arxiv.2410.17243', 4);
INSERT INTO paper_aliases (key, paper_id) VALUES ('title:5d0c2e9a41b7f386', 4);

INSERT INTO paper_records (fingerprint, paper_id) VALUES ('2a506f951678cc90504c7990ee5ff035cc4d2b7b', 4);
INSERT INTO paper_records (fingerprint, paper_id) VALUES ('2b33e71ddd02af2694c342e194f3fc5ef96f4f02', 6);
INSERT INTO paper_records (fingerprint, paper_id) VALUES ('8a3a552aeb9df979a921bcb3f7137488da38975f', 1);
INSERT INTO paper_records (fingerprint, paper_id) VALUES ('98bbd10d812c6d6afe4e5e9446eaa3b213b8d51e', 2);
INSERT INTO paper_records (fingerprint, paper_id) VALUES ('d5b9a07b53c1cc1af8d56885e542951aadc82fe4', 5);
INSERT INTO paper_records (fingerprint, paper_id) VALUES ('e73ac7c3e99b3ac36566f92805f175dd1f39af8b', 3);

INSERT INTO paper_ids (id, paper_id) VALUES ('pmid:38123456', 2);

INSERT INTO duplicates (paper_a, paper_b, reason, dismissed, created) VALUES (2, 3, 'authors-differ', 0, 1730883600);
INSERT INTO duplicates (paper_a, paper_b, reason, dismissed, created) VALUES (4, 6, 'generic-title', 1, 1730970000);

INSERT INTO merges (id, master_id, other_id, time, undone) VALUES (1, 5, 7, 1731056400, 0);

INSERT INTO merge_rows (merge_id, tbl, data) VALUES (1, 'papers', '{"id": 7, "key": "doi:10.1103/physrevstab.16.091001", "published": "2013-09-18", "source": "crossref", "title": "Electron cloud observations at the ISIS proton synchrotron"}');

INSERT INTO not_interested (paper_id, time) VALUES (6, 1731142800);

INSERT INTO trash (paper_id, trashed) VALUES (3, 1731229200);

INSERT INTO paper_edits (paper_id, field, edited) VALUES (1, 'title', 1731232800);

INSERT INTO citations (citing_id, citing_key, cited_id, cited_key, title) VALUES (NULL, 'title:fedcba9876543210', 1, NULL, 'Sparse Attention Revisited');
INSERT INTO citations (citing_id, citing_key, cited_id, cited_key, title) VALUES (1, NULL, NULL, 'title:0123456789abcdef', 'Attention over Attention');
INSERT INTO citations (citing_id, citing_key, cited_id, cited_key, title) VALUES (1, NULL, 2, NULL, NULL);

INSERT INTO citation_searches (id, collection_id, backward, forward, depth, created, finished, max_candidates, capped) VALUES (1, 1, 1, 0, 1, 1731315600, 1731315660, 2000, NULL);
INSERT INTO citation_searches (id, collection_id, backward, forward, depth, created, finished, max_candidates, capped) VALUES (2, 1, 0, 1, 2, 1731402000, NULL, 250, 1);

INSERT INTO citation_search_papers (search_id, paper_id, direction, level, next_offset, requests, error, next_cursor) VALUES (1, 1, 'references', 1, -1, 1, NULL, NULL);
INSERT INTO citation_search_papers (search_id, paper_id, direction, level, next_offset, requests, error, next_cursor) VALUES (1, 4, 'references', 1, -1, 0, 'The paper has no DOI, arXiv id or Semantic Scholar id', NULL);
INSERT INTO citation_search_papers (search_id, paper_id, direction, level, next_offset, requests, error, next_cursor) VALUES (2, 1, 'citations', 1, 200, 2, NULL, 'IlsxNjA5MzcyODAwMDAwXSI=');

INSERT INTO citation_found (collection_id, paper_id, via_id, direction, search_id) VALUES (1, 2, 1, 'references', 1);

INSERT INTO papers_fts (rowid, title, abstract, authors, notes, tags) VALUES (1, 'Scaling Laws for $\mathcal{O}(n \log n)$ Attention: \textbf{Sparse} Is Enough', 'We show that sparse attention reaches $\Theta(T)$ memory while keeping perplexity within 0.3% of dense baselines.
On 7 benchmarks it is 2.4× faster (see https://example.org/sparse).', 'Zoë Müller ; 李雷 ; Jean-François O’Brien', 'Sparse attention works **only** above 2k tokens. ## Questions

- Does it hold for encoder models?
- Compare with [Longformer](https://arxiv.org/abs/2004.05150)

> “within 0.3%” — check Table 3 🧐 Code: `pip install sparse-attn` → works with $\log n$ kernels 🚀', 'transformers LLM');
INSERT INTO papers_fts (rowid, title, abstract, authors, notes, tags) VALUES (2, 'Über die Lösung großer Gleichungssysteme — naïve Ansätze und ihre Grenzen', 'Eine Untersuchung iterativer Verfahren für dünn besetzte Matrizen.', 'Ana María García ; Zoë Müller', 'Gute Übersicht. The zebrafish analogy in §4 is odd.', 'Méthodologie');
INSERT INTO papers_fts (rowid, title, abstract, authors, notes, tags) VALUES (3, '🤖 Robots that read: a field guide to 3D-printed graspers', NULL, '', 'Found on the lab’s reading list.
No DOI yet.', 'to-read');
INSERT INTO papers_fts (rowid, title, abstract, authors, notes, tags) VALUES (4, 'Breaking the Memory Barrier: Near Infinite Batch Size Scaling for Contrastive Loss', 'Contrastive loss benefits from larger batch sizes. We reach a batch size of 4M with Inf-CL on 8 × A800 GPUs.', 'Zesen Cheng ; Hang Zhang', '', 'transformers to-read');
INSERT INTO papers_fts (rowid, title, abstract, authors, notes, tags) VALUES (5, 'Electron cloud observations at the ISIS Proton Synchrotron', 'The build up of electron clouds is studied with a dedicated detector.', 'A. Pertica ; S. J. Payne', '', '');
INSERT INTO papers_fts (rowid, title, abstract, authors, notes, tags) VALUES (6, '大语言模型的评测：A Survey of LLM Evaluation in Chinese', 'We survey 120 benchmarks; α = 0.05 throughout.', '王芳', '中文笔记：基准太多了。', 'LLM');

CREATE INDEX papers_title_key ON papers (title_key);
CREATE INDEX papers_arxiv_id ON papers (arxiv_id) WHERE arxiv_id IS NOT NULL;
CREATE INDEX papers_doi ON papers (doi) WHERE doi IS NOT NULL;
CREATE INDEX papers_published ON papers (published, id);
CREATE INDEX papers_added ON papers (added, id);
CREATE INDEX papers_unread ON papers (id) WHERE read_time IS NULL;
CREATE INDEX papers_starred ON papers (id) WHERE starred = 1;
CREATE INDEX papers_new_version ON papers (id) WHERE new_version = 1;
CREATE INDEX paper_authors_author ON paper_authors (author_id);
CREATE INDEX feed_papers_paper ON feed_papers (paper_id);
CREATE INDEX notes_paper ON notes (paper_id);
CREATE INDEX paper_tags_tag ON paper_tags (tag_id);
CREATE INDEX collection_papers_paper ON collection_papers (paper_id);
CREATE INDEX board_cells_paper ON board_cells (paper_id);
CREATE INDEX screening_log_collection ON screening_log (collection_id, id);
CREATE INDEX paper_aliases_paper ON paper_aliases (paper_id);
CREATE INDEX paper_records_paper ON paper_records (paper_id);
CREATE INDEX paper_ids_paper ON paper_ids (paper_id);
CREATE INDEX duplicates_b ON duplicates (paper_b);
CREATE INDEX duplicates_open ON duplicates (paper_a) WHERE dismissed = 0;
CREATE INDEX merge_rows_merge ON merge_rows (merge_id);
CREATE TRIGGER papers_fts_update AFTER UPDATE OF title, abstract ON papers BEGIN  UPDATE papers_fts SET title = new.title, abstract = new.abstract WHERE rowid = new.id;END;
CREATE TRIGGER papers_fts_delete AFTER DELETE ON papers BEGIN  DELETE FROM papers_fts WHERE rowid = old.id;END;
CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN  UPDATE papers_fts SET notes = (SELECT group_concat (body, ' ') FROM notes                                 WHERE paper_id = new.paper_id) WHERE rowid = new.paper_id;END;
CREATE TRIGGER notes_fts_update AFTER UPDATE OF body ON notes BEGIN  UPDATE papers_fts SET notes = (SELECT group_concat (body, ' ') FROM notes                                 WHERE paper_id = new.paper_id) WHERE rowid = new.paper_id;END;
CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN  UPDATE papers_fts SET notes = (SELECT group_concat (body, ' ') FROM notes                                 WHERE paper_id = old.paper_id) WHERE rowid = old.paper_id;END;
CREATE TRIGGER paper_tags_fts_insert AFTER INSERT ON paper_tags BEGIN  UPDATE papers_fts SET tags = (SELECT group_concat (t.name, ' ') FROM paper_tags pt                                JOIN tags t ON t.id = pt.tag_id                                WHERE pt.paper_id = new.paper_id) WHERE rowid = new.paper_id;END;
CREATE TRIGGER paper_tags_fts_delete AFTER DELETE ON paper_tags BEGIN  UPDATE papers_fts SET tags = (SELECT group_concat (t.name, ' ') FROM paper_tags pt                                JOIN tags t ON t.id = pt.tag_id                                WHERE pt.paper_id = old.paper_id) WHERE rowid = old.paper_id;END;
CREATE INDEX papers_id_published ON papers (id, published);
CREATE INDEX papers_rated ON papers (id) WHERE rating > 0;
CREATE UNIQUE INDEX citations_edge ON citations (coalesce (citing_id, citing_key),                                                 coalesce (cited_id, cited_key));
CREATE INDEX citations_cited ON citations (cited_id) WHERE cited_id IS NOT NULL;
CREATE INDEX citations_citing ON citations (citing_id) WHERE citing_id IS NOT NULL;
CREATE INDEX citation_found_via ON citation_found (via_id);
CREATE INDEX citations_key ON citations (coalesce (cited_key, citing_key));
COMMIT;
PRAGMA user_version = 12;
