#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Real bibliographies Debian ships, read by pybtex and imported by gleaner-cli (issue 11).

For each file: every entry pybtex reads becomes a paper of its own unless it shares a DOI or
an arXiv id with another (at least 99% of them), the title of each paper carrying an entry's
citation key reads as pybtex reads that entry's title (at least 97%), and a second import
leaves the library exactly as it was. Prints TAP, with the figures as diagnostics.

    test-bibliographies.py        (GLN_CLI names gleaner-cli)

Runs with Debian's /usr/bin/python3, where python3-pybtex is installed."""

import codecs
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

KEPT_AT_LEAST = 0.99
TITLES_AT_LEAST = 0.97
MISMATCHES_SHOWN = 10

BIB_DIR = "/usr/share/texlive/texmf-dist/bibtex/bib"
FILES = [
    (BIB_DIR + "/beebe/tugboat.bib", "texlive-bibtex-extra"),
    (BIB_DIR + "/base/xampl.bib", "texlive-base"),
    (BIB_DIR + "/biblatex/biblatex/biblatex-examples.bib", "texlive-bibtex-extra"),
]

results = []


def tap(ok, description, diagnostics=()):
    """One test point; the diagnostics are shown when it fails."""
    results.append(ok)
    print(f"{'ok' if ok else 'not ok'} {len(results)} - {description}", flush=True)
    for line in diagnostics if not ok else ():
        print(f"# {line}", flush=True)


def note(text):
    """Figures for the log; each line a TAP comment, as the command's output may be several."""
    for line in text.splitlines():
        print(f"# {line}", flush=True)


def skip(description, reason):
    results.append(True)
    print(f"ok {len(results)} - {description} # SKIP {reason}", flush=True)


# pybtex's reading of a title, made plain text.
#
# pybtex offers two readings of LaTeX: the "ulatex" codec of latexcodec, and
# Text.from_latex(), which is that codec followed by pybtex's own LaTeX parser, dropping the
# grouping braces. The second is the better plain text (the codec alone keeps "{BERT}"), so
# it is the reference. Neither knows a command outside latexcodec's table of characters:
# "{\TeX}book" reads "\TeX book" and "\emph{x}" reads "\emph x". For those the reference
# reads what LaTeX means, the same for every such command and the same on both sides:
#  - a command before a {group} marks up its argument: "\acro{TUG}" is "TUG";
#  - a command without one prints its name, the way logos are named: "{\LuaTeX}" is
#    "LuaTeX", and TeX drops the spaces after it ("\MF design" is "MFdesign");
#  - the kernel's commands latexcodec lacks read as LaTeX prints them (KERNEL, SWITCHES):
#    "\TeX{\smc trace}" is a logo and a group, not a command and its argument; so do the
#    control symbols for spacing and breaks ("\,", "\/").
# Gleaner keeps math ("$O(n)$") and commands it does not know ("\pkg{SYSDEP}") as LaTeX by
# design; the reading pane renders them. So on Gleaner's side those kept pieces are read by
# the same reference reader, and the rest, which Gleaner decoded, is compared as it is.
# Both sides drop "$", are NFC and have their white space collapsed. One difference is left
# as it is: latexcodec keeps a "`" where TeX, and Gleaner, print "‘".

KERNEL = {
    "TeX": "TeX", "LaTeX": "LaTeX", "LaTeXe": "LaTeX2e", "BibTeX": "BibTeX",
    "dots": "\u2026", "slash": "/", "thinspace": "\u2009",
    "textquotedblleft": "\u201c", "textquotedblright": "\u201d",
    "textquoteleft": "\u2018", "textquoteright": "\u2019",
}
SWITCHES = {
    "it", "bf", "sl", "sc", "tt", "sf", "rm", "em", "itshape", "bfseries", "slshape",
    "scshape", "ttfamily", "sffamily", "rmfamily", "upshape", "mdseries", "normalfont",
    "protect", "relax",
}
CONTROL_WORD = re.compile(r"\\([A-Za-z]+)")
SPACING = re.compile(r"\\[,;: ]")
BREAKS = re.compile(r"\\[/@-]")
# What Gleaner keeps as LaTeX: math, and a command with its {arguments}.
KEPT = re.compile(r"\$[^$]*\$|\\(?:[A-Za-z]+ ?|.)")

latexcodec_knows_cache = {}


def latexcodec_knows(name):
    if name not in latexcodec_knows_cache:
        decoded = codecs.decode("\\" + name + "{}", "ulatex")
        latexcodec_knows_cache[name] = not decoded.startswith("\\" + name)
    return latexcodec_knows_cache[name]


def group_end(text, start):
    """The index of the brace closing the one at start, or -1."""
    depth = 0
    index = start
    while index < len(text):
        char = text[index]
        if char == "\\":
            index += 2
            continue
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return index
        index += 1
    return -1


def read_unknown_commands(latex):
    """Replaces the commands latexcodec does not know as LaTeX would print them."""
    out = []
    index = 0
    for match in CONTROL_WORD.finditer(latex):
        name = match.group(1)
        if match.start() < index:
            continue
        if name not in KERNEL and (len(name) < 2 or latexcodec_knows(name)):
            continue
        out.append(latex[index:match.start()])
        after = match.end()
        while after < len(latex) and latex[after] in " \t\n":
            after += 1
        empty_group = latex.startswith("{}", after)
        if name in KERNEL or name not in SWITCHES and (empty_group or
                                                      not latex.startswith("{", after)):
            out.append(KERNEL.get(name, name))
        if empty_group:
            after += 2
        index = after
    out.append(latex[index:])
    return "".join(out)


def plain(text):
    text = unicodedata.normalize("NFC", text.replace("$", ""))
    return " ".join(text.split())


def read_latex(latex):
    """The reference: pybtex's reading of a field, as plain text."""
    from pybtex.richtext import Text

    latex = read_unknown_commands(latex)
    latex = BREAKS.sub("", SPACING.sub("\u2009", latex))
    return plain(Text.from_latex(latex).render_as("text"))


def read_gleaner(title):
    """Gleaner's title, its kept LaTeX read as the reference reads it."""
    out = []
    index = 0
    while True:
        match = KEPT.search(title, index)
        if match is None:
            out.append(title[index:])
            break
        out.append(title[index:match.start()])
        end = match.end()
        while match.group(0)[0] == "\\" and title.startswith("{", end):
            close = group_end(title, end)
            if close < 0:
                break
            end = close + 1
        out.append(read_latex(title[match.start():end]))
        index = end
    return plain("".join(out))


def identifiers(entry):
    """The DOI and arXiv id of a pybtex entry, as the keys that make papers one."""
    fields = entry.fields
    found = set()
    doi = fields.get("doi", "").strip().lower()
    doi = re.sub(r"^(https?://(dx\.)?doi\.org/|doi:)", "", doi)
    if doi.startswith("10.48550/arxiv."):
        found.add("arxiv:" + re.sub(r"v\d+$", "", doi[len("10.48550/arxiv."):]))
    elif doi:
        found.add("doi:" + doi)
    kind = (fields.get("eprinttype", "") or fields.get("archiveprefix", "")).lower()
    eprint = fields.get("eprint", "") if kind == "arxiv" else fields.get("arxiv", "")
    if eprint.strip():
        found.add("arxiv:" + re.sub(r"v\d+$", "", eprint.strip().lower()))
    return found


def count_identities(entries):
    """How many papers the entries are when those sharing an identifier are one."""
    parent = list(range(len(entries)))

    def root(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first = {}
    for i, entry in enumerate(entries):
        for identifier in identifiers(entry):
            if identifier in first:
                parent[root(i)] = root(first[identifier])
            else:
                first[identifier] = i
    return len({root(i) for i in range(len(entries))})


def cli(library, *args):
    return subprocess.run([os.environ["GLN_CLI"], "--db", library, *args],
                          capture_output=True, text=True, timeout=120)


def snapshot(library):
    """The library as the command line shows it: the listing and the CSL-JSON export."""
    listing = cli(library, "list", "--json").stdout
    export = cli(library, "export", "--format", "csljson").stdout
    return listing, export


def compare_titles(bib, items):
    """Compares the titles of the papers that carry the key of an entry with a title (the
    store names one without a title after its key)."""
    matched = 0
    mismatches = []
    for item in items:
        key = item.get("citation-key", item.get("id"))
        entry = bib.entries.get(key) if key is not None else None
        if entry is None or not entry.fields.get("title"):
            continue
        matched += 1
        ours = read_gleaner(item.get("title", ""))
        theirs = read_latex(entry.fields.get("title", ""))
        if ours != theirs:
            mismatches.append(f"{key}: pybtex «{theirs}», Gleaner «{item.get('title', '')}»")
    return matched, mismatches


def check_file(path, package, workdir):
    import pybtex.errors
    from pybtex.database import parse_file

    name = os.path.basename(path)
    if not os.path.exists(path):
        skip(f"{name} is imported and compared", f"{path} is not installed ({package})")
        return

    with pybtex.errors.capture() as problems:
        bib = parse_file(path, bib_format="bibtex")
    entries = list(bib.entries.values())
    identities = count_identities(entries)
    untitled = [key for key, entry in bib.entries.items() if not entry.fields.get("title")]

    library = os.path.join(workdir, name + ".db")
    imported = cli(library, "import", path)
    note(f"{name}: first import: {imported.stdout.strip()}")
    tap(imported.returncode == 0, f"{name}: gleaner-cli imports it", imported.stderr.splitlines())
    listing, export = snapshot(library)
    papers = len(listing.splitlines())
    items = json.loads(export) if export.strip() else []

    kept = papers / identities if identities else 1.0
    matched, mismatches = compare_titles(bib, items)
    equal = (matched - len(mismatches)) / matched if matched else 0.0
    figures = [
        f"{name}: {len(entries)} entries as pybtex reads them ({len(problems)} warnings), "
        f"{identities} once shared DOIs and arXiv ids are joined, {len(untitled)} without a title",
        f"{name}: {papers} papers, {100 * kept:.2f}% kept",
        f"{name}: titles equal for {matched - len(mismatches)} of the {matched} papers "
        f"carrying the key of an entry with a title, {100 * equal:.2f}%",
    ]
    for line in figures:
        note(line)

    if untitled:
        note(f"{name}: without a title: {', '.join(untitled[:MISMATCHES_SHOWN])}")
    for line in mismatches[:MISMATCHES_SHOWN]:
        note(line)

    tap(kept >= KEPT_AT_LEAST,
        f"{name}: at least {100 * KEPT_AT_LEAST:.0f}% of the entries are papers of their own")
    tap(matched > 0 and equal >= TITLES_AT_LEAST,
        f"{name}: at least {100 * TITLES_AT_LEAST:.0f}% of the titles read as pybtex reads them")

    again = cli(library, "import", path)
    note(f"{name}: second import: {again.stdout.strip()}")
    same = again.returncode == 0 and snapshot(library) == (listing, export)
    tap(same, f"{name}: a second import leaves the library as it was", again.stderr.splitlines())


def main():
    if "GLN_CLI" not in os.environ:
        print("1..0 # SKIP GLN_CLI does not name gleaner-cli")
        return 0
    try:
        import latexcodec  # noqa: F401
        import pybtex  # noqa: F401
    except ImportError:
        print("1..0 # SKIP pybtex is not installed (python3-pybtex)")
        return 0

    workdir = tempfile.mkdtemp(prefix="gleaner-bibliographies-")
    try:
        for path, package in FILES:
            check_file(path, package, workdir)
    finally:
        shutil.rmtree(workdir)

    print(f"1..{len(results)}")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
