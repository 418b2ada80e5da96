#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Writes library-vN.sql: a populated library at every earlier schema version, which
# tests/core/test-migrations.c upgrades and compares with what it held.
#
#   make-fixtures.py [VERSION...]     (default: every version before the latest)
#
# Each library is made by running the real steps 1..N of src/core/store/gln-migrations.c
# on an empty database and storing what a user would have by then: papers with and without
# metadata, notes, ratings, tags, feeds, screened collections and their comparison boards.
# It is written out as plain SQL (the schema exactly as SQLite stored it, one INSERT per
# row, the full-text index as its rows) so that a review reads what a fixture holds, and
# read back to check that the SQL recreates the same library.
#
# Released steps never change, so running this again rewrites the existing fixtures
# byte for byte; a new step only adds a fixture for the version it supersedes. When a step
# adds a table or a column, give it values in populate(): the script refuses to write a
# fixture with an empty table or a column that is NULL in every row.

import hashlib
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
MIGRATIONS = os.path.join(HERE, "..", "..", "..", "src", "core", "store", "gln-migrations.c")

# The shadow tables FTS5 keeps beside a virtual table; they are rebuilt from its rows.
FTS5_SHADOWS = ("_data", "_idx", "_content", "_docsize", "_config")

# 2024-11-04 09:00 UTC: every timestamp counts from here so the fixtures never change.
T0 = 1730710800
DAY = 86400
HOUR = 3600


def read_steps(path):
    """The SQL of each migration step, as the C compiler would concatenate it."""
    with open(path, encoding="utf-8") as f:
        source = f.read()
    body = re.search(r"migrations\[\]\s*=\s*\{(.*?)\n\};", source, re.S).group(1)
    body = re.sub(r"/\*.*?\*/", "", body, flags=re.S)
    steps, current = [], []
    for token in re.finditer(r'"((?:[^"\\]|\\.)*)"|(,)|(\S)', body):
        literal, comma, other = token.groups()
        if other:
            sys.exit(f"{path}: unexpected {other!r} in the migrations array")
        if comma:
            steps.append("".join(current))
            current = []
        else:
            current.append(re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m[1], m[1]),
                                  literal))
    if current:
        steps.append("".join(current))
    return steps


def title_key(title):
    """gln_title_key(): a hash of the title without case, accents, markup or punctuation."""
    out, pending_space = [], False
    text = unicodedata.normalize("NFKD", title)
    i = 0
    while i < len(text):
        c = text[i]
        category = unicodedata.category(c)
        if category.startswith("M"):
            pass
        elif c == "\\":
            while i + 1 < len(text) and text[i + 1].isascii() and text[i + 1].isalpha():
                i += 1
            pending_space = bool(out)
        elif category[0] in "LN":
            if pending_space:
                out.append(" ")
            pending_space = False
            out.append(c.lower())
        elif c.isspace() or c in "-/:,;._":
            pending_space = bool(out)
        i += 1
    normalized = "".join(out)
    if not normalized:
        return None
    return "title:" + hashlib.sha1(normalized.encode()).hexdigest()[:16]


# From step 5 on, title keys follow the rule of src/core/model/gln-paper-key.c (LaTeX
# decoded first), which only Gleaner itself knows: the built gleaner-cli ($GLN_CLI, else
# _build/src/cli/gleaner-cli) imports each title alone and reports the key it got.
def c_title_keys(titles):
    cli = os.environ.get("GLN_CLI") or os.path.join(HERE, "..", "..", "..", "_build", "src",
                                                    "cli", "gleaner-cli")
    document = json.dumps([{"id": f"t{i}", "type": "article", "title": title}
                           for i, title in enumerate(titles)])
    with tempfile.TemporaryDirectory() as folder:
        library = os.path.join(folder, "keys.db")
        subprocess.run([cli, "--db", library, "import", "--format", "csljson", "-"],
                       input=document, text=True, check=True, capture_output=True)
        listing = subprocess.run([cli, "--db", library, "list", "--json"], text=True,
                                 check=True, capture_output=True).stdout
    keys = {paper["title"]: paper["key"] for paper in map(json.loads, listing.splitlines())}
    return [keys[title] for title in titles]


def insert(db, table, **values):
    columns = ", ".join(values)
    marks = ", ".join("?" * len(values))
    db.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", tuple(values.values()))


# Papers as the importers store them; "extra" (step 2) is dropped before version 2.
PAPERS = [
    dict(id=1, key="arxiv:2411.01234",
         title=r"Scaling Laws for $\mathcal{O}(n \log n)$ Attention: \textbf{Sparse} Is Enough",
         abstract="We show that sparse attention reaches $\\Theta(T)$ memory while keeping "
                  "perplexity within 0.3% of dense baselines.\nOn 7 benchmarks it is "
                  "2.4\u00d7 faster (see https://example.org/sparse).",
         published="2024-11-02", date_precision=3, date_text="2 Nov 2024",
         updated="2024-11-05", arxiv_id="2411.01234", arxiv_version=2,
         doi="10.48550/arXiv.2411.01234", url="https://arxiv.org/abs/2411.01234v2",
         pdf_url="https://arxiv.org/pdf/2411.01234v2", code_url="https://github.com/example/sparse",
         has_code=1, category="cs.LG", categories="cs.LG cs.CL stat.ML",
         journal_ref=None, comment="14 pages, 6 figures; v2: fixed Table 3",
         author_count=3, authors_truncated=0,
         institutions="ETH Z\u00fcrich\nTsinghua University", upvotes=87, source="arxiv",
         added=T0, read_time=T0 + 2 * HOUR, starred=1, rating=5, new_version=1,
         extra='{"type":"article","number":"2411.01234","note":"Preprint"}'),
    dict(id=2, key="doi:10.1038/s41586-023-06291-2",
         title="\u00dcber die L\u00f6sung gro\u00dfer Gleichungssysteme \u2014 "
               "na\u00efve Ans\u00e4tze und ihre Grenzen",
         abstract="Eine Untersuchung iterativer Verfahren f\u00fcr d\u00fcnn besetzte Matrizen.",
         published="2023-07", date_precision=2, date_text="July 2023", updated=None,
         arxiv_id=None, arxiv_version=0, doi="10.1038/s41586-023-06291-2",
         url="https://doi.org/10.1038/s41586-023-06291-2", pdf_url=None, code_url=None,
         has_code=0, category=None, categories=None,
         journal_ref="Nature 619, 112\u2013118 (2023)", comment=None,
         author_count=2, authors_truncated=0, institutions="Universit\u00e9 de Gen\u00e8ve",
         upvotes=None, source="crossref", added=T0 + 1 * DAY, read_time=T0 + 3 * DAY,
         starred=0, rating=3, new_version=0,
         extra='{"type":"article-journal","container-title":"Nature","volume":"619",'
               '"issue":"7968","page":"112-118","ISSN":"0028-0836"}'),
    # Pasted from a web page: a title and little else, keyed by the title's hash.
    dict(id=3, key=None,
         title="\U0001F916 Robots that read: a field guide to 3D-printed graspers",
         abstract=None, published=None, date_precision=0, date_text="Spring 2024",
         updated=None, arxiv_id=None, arxiv_version=0, doi=None, url=None, pdf_url=None,
         code_url=None, has_code=0, category=None, categories=None, journal_ref=None,
         comment=None, author_count=None, authors_truncated=0, institutions=None,
         upvotes=None, source="listing", added=T0 + 2 * DAY, read_time=None, starred=1,
         rating=0, new_version=0, extra=None),
    dict(id=4, key="arxiv:2410.17243",
         title="Breaking the Memory Barrier: Near Infinite Batch Size Scaling for "
               "Contrastive Loss",
         abstract="Contrastive loss benefits from larger batch sizes. We reach a batch "
                  "size of 4M with Inf-CL on 8 \u00d7 A800 GPUs.",
         published="2024-10-22", date_precision=3, date_text="Oct 22", updated="2024-10-22",
         arxiv_id="2410.17243", arxiv_version=1, doi=None,
         url="https://huggingface.co/papers/2410.17243",
         pdf_url="https://arxiv.org/pdf/2410.17243", code_url=None, has_code=1,
         category="cs.CV", categories="cs.CV", journal_ref=None, comment=None,
         author_count=9, authors_truncated=1, institutions="Alibaba Group\nDAMO Academy",
         upvotes=92, source="hf", added=T0 + 2 * DAY + HOUR, read_time=None, starred=0,
         rating=4, new_version=0, extra=None),
    dict(id=5, key="arxiv:1309.4668",
         title="Electron cloud observations at the ISIS Proton Synchrotron",
         abstract="The build up of electron clouds is studied with a dedicated detector.",
         published="2013", date_precision=1, date_text="2013", updated=None,
         arxiv_id="1309.4668", arxiv_version=1, doi="10.5170/cern-2013-002.237",
         url="https://arxiv.org/abs/1309.4668v1", pdf_url=None, code_url=None, has_code=0,
         category="physics.acc-ph", categories="physics.acc-ph",
         journal_ref="CERN Yellow Report CERN-2013-002, pp.237-240", comment="4 pages",
         author_count=2, authors_truncated=0, institutions="Rutherford Appleton Laboratory",
         upvotes=0, source="arxiv", added=T0 + 3 * DAY, read_time=T0 + 3 * DAY + 60,
         starred=0, rating=1, new_version=0,
         extra='{"type":"paper-conference","container-title":"ECLOUD\'12",'
               '"publisher-place":"La Biodola, Isola d\'Elba"}'),
    dict(id=6, key="arxiv:2402.00001",
         title="\u5927\u8bed\u8a00\u6a21\u578b\u7684\u8bc4\u6d4b\uff1a"
               "A Survey of LLM Evaluation in Chinese",
         abstract="We survey 120 benchmarks; \u03b1 = 0.05 throughout.",
         published="2024-02-01", date_precision=3, date_text="1 Feb 2024", updated=None,
         arxiv_id="2402.00001", arxiv_version=1, doi=None,
         url="https://arxiv.org/abs/2402.00001", pdf_url="https://arxiv.org/pdf/2402.00001",
         code_url=None, has_code=0, category="cs.CL", categories="cs.CL cs.AI",
         journal_ref=None, comment="", author_count=1, authors_truncated=0,
         institutions=None, upvotes=3, source="arxiv-rss", added=T0 + 4 * DAY,
         read_time=None, starred=0, rating=2, new_version=0, extra=None),
]

AUTHORS = ["Zo\u00eb M\u00fcller", "\u674e\u96f7", "Jean-Fran\u00e7ois O\u2019Brien",
           "Ana Mar\u00eda Garc\u00eda", "A. Pertica", "S. J. Payne", "Zesen Cheng",
           "Hang Zhang", "\u738b\u82b3", "Unused Author"]

# paper id -> [(author id, affiliation)] in order
PAPER_AUTHORS = {
    1: [(1, "ETH Z\u00fcrich"), (2, "Tsinghua University"), (3, None)],
    2: [(4, "Universit\u00e9 de Gen\u00e8ve"), (1, None)],
    4: [(7, "Alibaba Group"), (8, "DAMO Academy")],
    5: [(5, "Rutherford Appleton Laboratory"), (6, "Rutherford")],
    6: [(9, "")],
}

TAGS = ["transformers", "to-read", "M\u00e9thodologie", "LLM", "unused"]
PAPER_TAGS = [(1, 1), (1, 4), (2, 3), (3, 2), (4, 1), (4, 2), (6, 4)]

# (id, paper, body, created, modified)
NOTES = [
    (1, 1, "Sparse attention works **only** above 2k tokens.", T0 + HOUR, T0 + HOUR),
    (2, 1, "## Questions\n\n- Does it hold for encoder models?\n- Compare with "
           "[Longformer](https://arxiv.org/abs/2004.05150)\n\n> \u201cwithin 0.3%\u201d "
           "\u2014 check Table 3 \U0001F9D0", T0 + 2 * HOUR, T0 + DAY),
    (3, 1, "Code: `pip install sparse-attn` \u2192 works with $\\log n$ kernels \U0001F680",
     T0 + 3 * HOUR, T0 + 3 * HOUR),
    (4, 2, "Gute \u00dcbersicht. The zebrafish analogy in \u00a74 is odd.",
     T0 + 3 * DAY, T0 + 3 * DAY + 5),
    (5, 3, "Found on the lab\u2019s reading list.\nNo DOI yet.", T0 + 2 * DAY, T0 + 2 * DAY),
    (6, 6, "\u4e2d\u6587\u7b14\u8bb0\uff1a\u57fa\u51c6\u592a\u591a\u4e86\u3002",
     T0 + 4 * DAY, T0 + 5 * DAY),
]

FEEDS = [
    dict(id=1, kind="arxiv-rss", params='{"category":"cs.CL"}', title="arXiv cs.CL",
         etag='W/"5f3a-1b2c"', last_modified="Mon, 04 Nov 2024 05:00:00 GMT",
         last_fetch=T0 + 4 * DAY, last_error=None, refresh_interval=3600, enabled=1,
         position=0, created=T0),
    dict(id=2, kind="hf-daily", params="{}", title="Hugging Face \u2014 Daily Papers",
         etag=None, last_modified=None, last_fetch=T0 + 2 * DAY,
         last_error="HTTP 429: Too Many Requests (retry after 120 s)",
         refresh_interval=21600, enabled=0, position=1, created=T0 + DAY),
    dict(id=3, kind="rss", params='{"url":"https://www.nature.com/nature.rss"}',
         title=None, etag='"abc"', last_modified=None, last_fetch=None, last_error=None,
         refresh_interval=86400, enabled=1, position=2, created=T0 + DAY),
]
FEED_PAPERS = [(1, 1, T0), (1, 6, T0 + 4 * DAY), (2, 4, T0 + 2 * DAY + HOUR),
               (2, 1, T0 + 2 * DAY + HOUR), (3, 2, T0 + DAY)]

COLLECTIONS = [
    dict(id=1, name="Related work \u2014 efficient attention",
         description="Papers for \u00a72 of the thesis.\nInclusion: peer-reviewed or "
                     "arXiv with code.", position=0, created=T0),
    dict(id=2, name="Empty review", description="", position=1, created=T0 + DAY),
    dict(id=3, name="Lesegruppe \u00c4rger", description="Donnerstags", position=2,
         created=T0 + 2 * DAY),
]

# collection, paper, status, reason, added, screened, position
COLLECTION_PAPERS = [
    (1, 1, "include", None, T0, T0 + DAY, 1),
    (1, 2, "exclude", "wrong population: dense solvers, not attention", T0 + DAY,
     T0 + 2 * DAY, 2),
    (1, 3, "maybe", "needs the full text \U0001F914", T0 + 2 * DAY, T0 + 2 * DAY + 60, 3),
    (1, 4, "unscreened", None, T0 + 2 * DAY + HOUR, None, 4),
    (1, 6, "include", "benchmark survey, keep for \u00a72.3", T0 + 4 * DAY,
     T0 + 4 * DAY + 30, 5),
    (3, 2, "unscreened", None, T0 + 2 * DAY, None, 1),
    (3, 5, "exclude", "off topic", T0 + 3 * DAY, T0 + 3 * DAY + 1, 2),
]

# id, collection, name, kind, choices, position, width, hidden
BOARD_COLUMNS = [
    (1, 1, "Method", "text", None, 1, 240, 0),
    (2, 1, "Rigour", "score", None, 2, None, 0),
    (3, 1, "Speed-up (\u00d7)", "number", None, 3, 90, 0),
    (4, 1, "Design", "choice", "Empirical\nTheoretical\nSurvey", 4, None, 0),
    (5, 1, "Private remarks", "text", None, 5, None, 1),
    (6, 3, "Gelesen?", "choice", "ja\nnein", 1, None, 0),
]
BOARD_CELLS = [
    (1, 1, "Block-sparse attention\nwith learned routing"),
    (1, 3, "3D printing \U0001F916"),
    (2, 1, "5"),
    (2, 3, "0"),
    (3, 1, "2.4"),
    (3, 4, "-1.5e3"),
    (4, 1, "Empirical"),
    (4, 6, "Survey"),
    (5, 1, None),
    (6, 2, "nein"),
]

SAVED_SEARCHES = [
    dict(id=1, name="Unread attention papers", scope="unread", text="attention NOT survey",
         collection=None, tag=None, category="cs.LG", feed_id=0, min_rating=0,
         published_from="2024-01-01", published_to=None, unread=1, sort="relevance",
         position=0, created=T0 + DAY),
    dict(id=2, name="Gut bewertet \u2605\u2605\u2605", scope="library", text=None,
         collection="Related work \u2014 efficient attention", tag="transformers",
         category=None, feed_id=1, min_rating=3, published_from=None,
         published_to="2024-12-31", unread=0, sort="rating", position=1, created=T0 + 2 * DAY),
]

KEY_RESULTS = {(1, 1): "2.4\u00d7 faster\nwithin 0.3% of dense", (1, 6): ""}

SCREENING_REASONS = [(1, "wrong population: dense solvers, not attention", 1),
                     (1, "no code", 2), (3, "off topic", 1)]

# id, collection, paper, status, reason, previous status, previous reason, time
SCREENING_LOG = [
    (1, 1, 1, "include", None, "unscreened", None, T0 + DAY),
    (2, 1, 2, "maybe", None, "unscreened", None, T0 + DAY + 60),
    (3, 1, 2, "exclude", "wrong population: dense solvers, not attention", "maybe", None,
     T0 + 2 * DAY),
    (4, 1, 3, "maybe", "needs the full text \U0001F914", "unscreened", None,
     T0 + 2 * DAY + 60),
    (5, 1, 3, "maybe", "needs the full text and the supplement", "maybe",
     "needs the full text \U0001F914", T0 + 3 * DAY),
]


# Step 5, identity: a key paper 4 had before its arXiv id was known, the fingerprints of
# the records each paper came from, a PubMed id, a pair kept apart and one the user
# dismissed, and a merge that can still be undone (the row it replaced, as JSON).
ALIASES = [("title:5d0c2e9a41b7f386", 4), ("doi:10.48550/arxiv.2410.17243", 4)]
DUPLICATES = [(2, 3, "authors-differ", 0, T0 + 2 * DAY), (4, 6, "generic-title", 1, T0 + 3 * DAY)]
MERGES = [(1, 5, 7, T0 + 4 * DAY, 0)]
MERGED_PAPER = dict(id=7, key="doi:10.1103/physrevstab.16.091001",
                    title="Electron cloud observations at the ISIS proton synchrotron",
                    published="2013-09-18", source="crossref")


def populate_identity(db):
    for key, paper_id in ALIASES:
        insert(db, "paper_aliases", key=key, paper_id=paper_id)
    for paper in PAPERS:
        record = f"{paper['title']}\n{paper.get('published') or ''}\n"
        insert(db, "paper_records", paper_id=paper["id"],
               fingerprint=hashlib.sha1(record.encode()).hexdigest())
    insert(db, "paper_ids", id="pmid:38123456", paper_id=2)
    for paper_a, paper_b, reason, dismissed, created in DUPLICATES:
        insert(db, "duplicates", paper_a=paper_a, paper_b=paper_b, reason=reason,
               dismissed=dismissed, created=created)
    for merge_id, master_id, other_id, time, undone in MERGES:
        insert(db, "merges", id=merge_id, master_id=master_id, other_id=other_id, time=time,
               undone=undone)
        insert(db, "merge_rows", merge_id=merge_id, tbl="papers",
               data=json.dumps(MERGED_PAPER, ensure_ascii=False, sort_keys=True))


def columns_of(db, table):
    return [row[1] for row in db.execute("SELECT * FROM pragma_table_info (?)", (table,))]


def populate(db, version):
    """Fills the library as the importers and the user would have at @version."""
    paper_columns = set(columns_of(db, "papers"))
    if version >= 5:
        keys = c_title_keys([paper["title"] for paper in PAPERS])
    else:
        keys = [title_key(paper["title"]) for paper in PAPERS]
    for paper, key in zip(PAPERS, keys):
        values = dict(paper)
        values["key"] = values["key"] or key
        values["title_key"] = key
        insert(db, "papers", **{k: v for k, v in values.items() if k in paper_columns})
    for i, name in enumerate(AUTHORS, 1):
        insert(db, "authors", id=i, name=name)
    for paper_id, authors in PAPER_AUTHORS.items():
        for position, (author_id, affiliation) in enumerate(authors):
            insert(db, "paper_authors", paper_id=paper_id, position=position,
                   author_id=author_id, affiliation=affiliation)

    # The importer indexes new papers itself (STMT_INSERT_FTS); the triggers of step 1
    # then keep the notes and tags of the index up to date.
    db.execute("INSERT INTO papers_fts (rowid, title, abstract, authors, notes, tags)"
               " SELECT p.id, p.title, p.abstract, coalesce ((SELECT group_concat (a.name, ' ; ')"
               " FROM paper_authors pa JOIN authors a ON a.id = pa.author_id"
               " WHERE pa.paper_id = p.id), ''), '', '' FROM papers p ORDER BY p.id")

    for i, name in enumerate(TAGS, 1):
        insert(db, "tags", id=i, name=name)
    for paper_id, tag_id in PAPER_TAGS:
        insert(db, "paper_tags", paper_id=paper_id, tag_id=tag_id)
    for note_id, paper_id, body, created, modified in NOTES:
        insert(db, "notes", id=note_id, paper_id=paper_id, body=body, created=created,
               modified=modified)
    for feed in FEEDS:
        insert(db, "feeds", **feed)
    for feed_id, paper_id, arrived in FEED_PAPERS:
        insert(db, "feed_papers", feed_id=feed_id, paper_id=paper_id, arrived=arrived)
    for collection in COLLECTIONS:
        insert(db, "collections", **collection)

    has_key_results = "key_results" in columns_of(db, "collection_papers")
    for collection_id, paper_id, status, reason, added, screened, position in COLLECTION_PAPERS:
        values = dict(collection_id=collection_id, paper_id=paper_id, status=status,
                      reason=reason, added=added, screened=screened, position=position)
        if has_key_results:
            values["key_results"] = KEY_RESULTS.get((collection_id, paper_id))
        insert(db, "collection_papers", **values)
    for row in BOARD_COLUMNS:
        insert(db, "board_columns", **dict(zip(("id", "collection_id", "name", "kind", "choices",
                                                "position", "width", "hidden"), row)))
    for column_id, paper_id, value in BOARD_CELLS:
        insert(db, "board_cells", column_id=column_id, paper_id=paper_id, value=value)

    if version >= 3:
        for search in SAVED_SEARCHES:
            insert(db, "saved_searches", **search)
    if version >= 5:
        populate_identity(db)
    if version >= 4:
        for collection_id, reason, position in SCREENING_REASONS:
            insert(db, "screening_reasons", collection_id=collection_id, reason=reason,
                   position=position)
        for row in SCREENING_LOG:
            insert(db, "screening_log", **dict(zip(("id", "collection_id", "paper_id", "status",
                                                    "reason", "previous_status",
                                                    "previous_reason", "time"), row)))
    if version >= 8:
        # "Not interested" in the Hugging Face paper the feed brought.
        insert(db, "not_interested", paper_id=6, time=T0 + 5 * DAY)
    if version >= 9:
        # The user's own screening keywords and reasons for the first review.
        db.execute("UPDATE collections SET include_words = ?, exclude_words = ?,"
                   " reasons_edited = 1 WHERE id = 1",
                   ("sparse attention\nlinear attention", "survey"))
    if version >= 10:
        insert(db, "trash", paper_id=3, trashed=T0 + 6 * DAY)
        insert(db, "paper_edits", paper_id=1, field="title", edited=T0 + 6 * DAY + HOUR)
    if version >= 11:
        # A backward citation search from the first review's included paper: a reference the
        # library has, one known only by its title, and the candidate it queued.
        db.execute("UPDATE collection_papers SET origin = 'citation'"
                   " WHERE collection_id = 1 AND paper_id = 2")
        insert(db, "citations", citing_id=1, citing_key=None, cited_id=2, cited_key=None,
               title=None)
        insert(db, "citations", citing_id=1, citing_key=None, cited_id=None,
               cited_key="title:0123456789abcdef", title="Attention over Attention")
        # A paper citing the first one, that the service knew only by its title.
        insert(db, "citations", citing_id=None, citing_key="title:fedcba9876543210", cited_id=1,
               cited_key=None, title="Sparse Attention Revisited")
        insert(db, "citation_searches", id=1, collection_id=1, backward=1, forward=0, depth=1,
               created=T0 + 7 * DAY, finished=T0 + 7 * DAY + 60)
        insert(db, "citation_search_papers", search_id=1, paper_id=1, direction="references",
               level=1, next_offset=-1, requests=1, error=None)
        insert(db, "citation_search_papers", search_id=1, paper_id=4, direction="references",
               level=1, next_offset=-1, requests=0,
               error="The paper has no DOI, arXiv id or Semantic Scholar id")
        insert(db, "citation_found", collection_id=1, paper_id=2, via_id=1,
               direction="references", search_id=1)
    if version >= 12:
        # A forward search read from OpenAlex by cursor, stopped at its cap on level 1.
        insert(db, "citation_searches", id=2, collection_id=1, backward=0, forward=1, depth=2,
               created=T0 + 8 * DAY, finished=None, max_candidates=250, capped=1)
        insert(db, "citation_search_papers", search_id=2, paper_id=1, direction="citations",
               level=1, next_offset=200, requests=2, error=None,
               next_cursor="IlsxNjA5MzcyODAwMDAwXSI=")


def build(steps, version):
    db = sqlite3.connect(":memory:", isolation_level=None)
    db.execute("PRAGMA foreign_keys = ON")
    # Step 5 recomputes stored title keys; here it runs before any paper is stored.
    db.create_function("gln_title_key", 1, title_key)
    for number, step in enumerate(steps[:version], 1):
        db.executescript(f"BEGIN IMMEDIATE; {step}; PRAGMA user_version = {number}; COMMIT;")
    db.execute("BEGIN")
    populate(db, version)
    db.execute("COMMIT")
    return db


def schema(db):
    return db.execute("SELECT type, name, tbl_name, sql FROM sqlite_schema"
                      " ORDER BY rowid").fetchall()


def fts_tables(db):
    return [name for _, name, _, sql in schema(db)
            if sql and sql.upper().startswith("CREATE VIRTUAL TABLE")]


def ordinary_tables(db):
    shadows = {name + suffix for name in fts_tables(db) for suffix in FTS5_SHADOWS}
    return [name for kind, name, _, sql in schema(db)
            if kind == "table" and not name.startswith("sqlite_") and name not in shadows
            and not sql.upper().startswith("CREATE VIRTUAL TABLE")]


def rows_as_sql(db, table, columns):
    quoted = ", ".join(f"quote ({c})" for c in columns)
    order = "rowid" if table in fts_tables(db) else ", ".join(columns)
    for values in db.execute(f"SELECT {quoted} FROM {table} ORDER BY {order}"):
        yield values


def dump(db, version):
    shadows = {name + suffix for name in fts_tables(db) for suffix in FTS5_SHADOWS}
    out = [
        "-- SPDX-License-Identifier: GPL-3.0-or-later",
        f"-- A populated library at schema version {version}: steps 1 to {version} of",
        "-- src/core/store/gln-migrations.c and what a user had stored by then.",
        "-- Written by make-fixtures.py; change that script, not this file.",
        "",
        "BEGIN;",
    ]
    later = []
    for kind, name, _, sql in schema(db):
        if name.startswith("sqlite_") or name in shadows or sql is None:
            continue
        if kind == "table":
            out.append(sql + ";")
        else:
            later.append(sql + ";")

    for table in fts_tables(db):
        # The index's settings (its hashsize), as step 1 made them.
        for key, value in db.execute(f"SELECT quote (k), quote (v) FROM {table}_config"
                                     " WHERE k <> 'version' ORDER BY k"):
            out.append(f"INSERT INTO {table} ({table}, rank) VALUES ({key}, {value});")

    out.append("")
    for table in ordinary_tables(db) + fts_tables(db):
        columns = columns_of(db, table)
        if table in fts_tables(db):
            columns = ["rowid"] + columns
        names = ", ".join(columns)
        for values in rows_as_sql(db, table, columns):
            out.append(f"INSERT INTO {table} ({names}) VALUES ({', '.join(values)});")
        out.append("")

    # Indexes and triggers last, so that loading the rows fires nothing.
    out.extend(later)
    out.append("COMMIT;")
    out.append(f"PRAGMA user_version = {version};")
    return "\n".join(out) + "\n"


def contents(db):
    tables = {}
    for table in ordinary_tables(db) + fts_tables(db):
        columns = columns_of(db, table)
        if table in fts_tables(db):
            columns = ["rowid"] + columns
        tables[table] = list(rows_as_sql(db, table, columns))
    for table in fts_tables(db):
        config = db.execute(f"SELECT k, v FROM {table}_config ORDER BY k")
        tables[table + "_config"] = config.fetchall()
    return tables


def check_populated(db, version):
    for table in ordinary_tables(db):
        if db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0:
            sys.exit(f"version {version}: table {table} has no rows; fill it in populate()")
        for column in columns_of(db, table):
            if db.execute(f"SELECT count({column}) FROM {table}").fetchone()[0] == 0:
                sys.exit(f"version {version}: {table}.{column} is NULL in every row; "
                         "fill it in populate()")


def own_schema(db):
    # FTS5 makes its shadow tables itself; after a rename (step 6) their stored SQL quotes
    # the name differently from a fresh table's, with the same columns.
    shadows = {name + suffix for name in fts_tables(db) for suffix in FTS5_SHADOWS}
    return [row for row in schema(db) if row[1] not in shadows]


def check_round_trip(db, text, version):
    again = sqlite3.connect(":memory:", isolation_level=None)
    again.executescript(text)
    if again.execute("PRAGMA user_version").fetchone()[0] != version:
        sys.exit(f"version {version}: the dump does not set user_version")
    if sorted(own_schema(again), key=str) != sorted(own_schema(db), key=str):
        sys.exit(f"version {version}: the dump does not recreate the schema")
    if contents(again) != contents(db):
        sys.exit(f"version {version}: the dump does not recreate the contents")
    if again.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
        sys.exit(f"version {version}: the dump is not a sound database")
    again.execute("INSERT INTO papers_fts (papers_fts, rank) VALUES ('integrity-check', 1)")


def main():
    steps = read_steps(MIGRATIONS)
    versions = [int(v) for v in sys.argv[1:]] or range(1, len(steps))
    for version in versions:
        if not 1 <= version <= len(steps):
            sys.exit(f"there are {len(steps)} steps; no version {version}")
        db = build(steps, version)
        check_populated(db, version)
        text = dump(db, version)
        check_round_trip(db, text, version)
        path = os.path.join(HERE, f"library-v{version}.sql")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        print(f"wrote {os.path.relpath(path)}")


if __name__ == "__main__":
    main()
