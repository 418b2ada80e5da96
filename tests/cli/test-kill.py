#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Kill test: gleaner-cli is killed with SIGKILL at a random moment of an import, a note, a
# rating, a screening decision or an export, 100 times, on one library. After every kill
# the library must pass `check` (SQLite's integrity check, foreign keys, search index),
# the import must have happened entirely or not at all, every note, rating and decision
# stored before must still be there, and an export file must be absent or whole.
#
# GLN_KILL_ROUNDS sets the number of kills (100); GLN_KILL_SEED the random seed, printed
# so a failure can be replayed.

import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time

CLI = os.environ.get("GLN_CLI")
ROUNDS = int(os.environ.get("GLN_KILL_ROUNDS", "100"))
ENTRIES_PER_IMPORT = 200

results = []


def tap(ok, description, diagnostics=()):
    results.append(ok)
    print(f"{'ok' if ok else 'not ok'} {len(results)} - {description}", flush=True)
    for line in diagnostics if not ok else ():
        print(f"# {line}", flush=True)


def note(text):
    for line in str(text).splitlines():
        print(f"# {line}", flush=True)


def cli(library, *args, check=True):
    done = subprocess.run([CLI, "--db", library, *args], capture_output=True, text=True,
                          timeout=120)
    if check and done.returncode != 0:
        raise RuntimeError(f"gleaner-cli {' '.join(args)}: {done.stderr.strip()}")
    return done


INTERRUPTED = []


def killed(library, delay, *args):
    """Starts gleaner-cli, kills it after @delay seconds; says whether it had finished."""
    process = subprocess.Popen([CLI, "--db", library, *args], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    time.sleep(delay)
    finished = process.poll() is not None
    if not finished:
        process.send_signal(signal.SIGKILL)
        INTERRUPTED.append(args[0])
    process.wait()
    return finished


def write_bib(path, round_number):
    with open(path, "w", encoding="utf-8") as bib:
        for i in range(ENTRIES_PER_IMPORT):
            bib.write(f"@article{{kill{round_number}x{i},\n"
                      f"  title = {{Kill round {round_number}: paper {i} on proton radii}},\n"
                      f"  author = {{Author{i}, Ann and Other, Bo}},\n"
                      f"  journal = {{Journal of Tests}},\n  year = {2000 + i % 25},\n"
                      f"  abstract = {{Round {round_number}, entry {i}. {'Words ' * 40}}}\n}}\n\n")


def papers(library, *scope):
    listing = cli(library, "list", "--json", *scope).stdout
    return {p["id"]: p for p in map(json.loads, listing.splitlines())}


def count(library):
    """How many papers the library holds, as check reports it."""
    for line in cli(library, "check", check=False).stdout.splitlines():
        if line.startswith("Holds: "):
            return int(line.split()[1])
    raise RuntimeError("check did not say what the library holds")


def notes_of(library, paper_id):
    shown = cli(library, "paper", "show", str(paper_id)).stdout
    return [line.rstrip() for line in shown.splitlines() if line.startswith("kill-note ")]


def decisions(library):
    table = cli(library, "export", "--collection", "Kill", "--format", "screening-csv").stdout
    return sorted(line for line in table.splitlines()[1:] if line.strip())


class Library:
    """The state the library must keep: what is known to be stored."""

    def __init__(self, path):
        self.path = path
        self.count = count(path)
        self.notes = {}
        self.ratings = {}

    def check(self, problems):
        done = cli(self.path, "check", check=False)
        if done.returncode != 0:
            problems.append(f"check failed: {done.stderr.strip()}")
        now = papers(self.path, "--collection", "Kill")
        for paper_id, rating in self.ratings.items():
            if now[paper_id]["rating"] != rating:
                problems.append(f"paper {paper_id}: rating {now[paper_id]['rating']}, "
                                f"stored {rating}")
        for paper_id, texts in self.notes.items():
            missing = set(texts) - set(notes_of(self.path, paper_id))
            if missing:
                problems.append(f"paper {paper_id}: notes lost: {sorted(missing)}")
        return now


def round_import(lib, rng, n, workdir, problems):
    bib = os.path.join(workdir, f"round-{n}.bib")
    write_bib(bib, n)
    killed(lib.path, rng.uniform(0.0, 0.3), "import", bib)
    now = count(lib.path)
    if now not in (lib.count, lib.count + ENTRIES_PER_IMPORT):
        problems.append(f"round {n}: import left {now - lib.count} of "
                        f"{ENTRIES_PER_IMPORT} papers")
    lib.count = now
    return "import"


def round_note(lib, rng, n, ids, problems):
    paper_id = rng.choice(ids[:5])
    text = f"kill-note {n}: " + "typed text " * rng.randint(1, 200)
    killed(lib.path, rng.uniform(0.0, 0.08), "paper", "note", str(paper_id), text)
    stored = notes_of(lib.path, paper_id)
    if text.strip() in stored:
        lib.notes.setdefault(paper_id, []).append(text.strip())
    elif any(line.startswith(f"kill-note {n}:") for line in stored):
        problems.append(f"round {n}: a note was stored cut short")
    return "note"


def round_rating(lib, rng, n, ids, problems):
    paper_id = rng.choice(ids[:10])
    rating = rng.randint(1, 5)
    killed(lib.path, rng.uniform(0.0, 0.08), "paper", "rate", str(paper_id), str(rating))
    now = papers(lib.path, "--collection", "Kill")[paper_id]["rating"]
    if now not in (rating, lib.ratings.get(paper_id, 0)):
        problems.append(f"round {n}: rating {now}, neither the old nor the new one")
    lib.ratings[paper_id] = now
    return "rating"


def round_screening(lib, rng, n, keys, problems):
    before = decisions(lib.path)
    key = rng.choice(keys[:10])
    decision = rng.choice(["include", "exclude", "maybe"])
    killed(lib.path, rng.uniform(0.0, 0.08), "collection", "screen", "Kill", key, decision)
    after = decisions(lib.path)
    changed = [line for line in after if line not in before]
    if len(after) != len(before) or len(changed) > 1:
        problems.append(f"round {n}: screening went from {before} to {after}")
    return "screening"


def round_export(lib, rng, n, workdir, reference, problems):
    out = os.path.join(workdir, "export.bib")
    if os.path.exists(out):
        os.unlink(out)
    killed(lib.path, rng.uniform(0.0, 0.15), "export", "--format", "bibtex", "--collection", "Kill",
           "-o", out)
    if os.path.exists(out):
        with open(out, encoding="utf-8") as written:
            if written.read() != reference():
                problems.append(f"round {n}: the export file is incomplete")
    return "export"


def setup(library, workdir):
    first = os.path.join(workdir, "first.bib")
    write_bib(first, 0)
    cli(library, "import", first)
    ids = sorted(papers(library))
    keys = [papers(library)[i]["key"] for i in ids[:10]]
    cli(library, "collection", "create", "Kill")
    cli(library, "collection", "add", "Kill", *keys)
    return ids, keys


def main():
    if not CLI:
        print("1..0 # SKIP GLN_CLI does not name gleaner-cli")
        return 0
    seed = int(os.environ.get("GLN_KILL_SEED", str(int(time.time()))))
    rng = random.Random(seed)
    note(f"seed {seed} (replay with GLN_KILL_SEED={seed}), {ROUNDS} kills")

    with tempfile.TemporaryDirectory(prefix="gleaner-kill-") as workdir:
        library = os.path.join(workdir, "library.db")
        ids, keys = setup(library, workdir)
        lib = Library(library)
        lib.ids = ids
        problems, kinds = [], {}

        def reference():
            return cli(library, "export", "--format", "bibtex", "--collection", "Kill").stdout

        for n in range(1, ROUNDS + 1):
            kind = rng.choice(["import", "note", "rating", "screening", "export"])
            if kind == "import":
                round_import(lib, rng, n, workdir, problems)
            elif kind == "note":
                round_note(lib, rng, n, ids, problems)
            elif kind == "rating":
                round_rating(lib, rng, n, ids, problems)
            elif kind == "screening":
                round_screening(lib, rng, n, keys, problems)
            else:
                round_export(lib, rng, n, workdir, reference, problems)
            kinds[kind] = kinds.get(kind, 0) + 1
            lib.check(problems)

        note(f"operations: {kinds}; killed while running: "
             f"{ {k: INTERRUPTED.count(k) for k in set(INTERRUPTED)} }")
        note(f"library holds {lib.count} papers, "
             f"{sum(len(t) for t in lib.notes.values())} notes written before a kill")
        leftovers = [name for name in os.listdir(workdir)
                     if name.startswith(".goutputstream") or name.endswith(".part")]
        tap(not problems, f"{ROUNDS} kills: the library is intact and every change all or "
            "nothing", problems[:20])
        tap(not leftovers, "no temporary files left behind", leftovers)

    print(f"1..{len(results)}")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
