#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Disk-full test: gleaner-cli runs out of room in the middle of an import, a note, an
# export and a backup. The room runs out the way a full disk does to one program, through
# RLIMIT_FSIZE (writes past the limit fail; SIGXFSZ is ignored), so no mount is needed.
# Each failure must say that the disk is full, print no success first, leave the library
# whole (`check` sound, nothing half-imported, the earlier note intact) and leave no
# half-written file where the user asked for one.

import json
import os
import resource
import signal
import subprocess
import tempfile

CLI = os.environ.get("GLN_CLI")
results = []


def tap(ok, description, diagnostics=()):
    results.append(ok)
    print(f"{'ok' if ok else 'not ok'} {len(results)} - {description}", flush=True)
    for line in diagnostics if not ok else ():
        print(f"# {line}", flush=True)


def limited_to(size):
    def set_limit():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))
    return set_limit


def cli(library, *args, room=None):
    return subprocess.run([CLI, "--db", library, *args], capture_output=True, text=True,
                          timeout=300, preexec_fn=limited_to(room) if room else None)


def write_bib(path, entries, prefix):
    with open(path, "w", encoding="utf-8") as bib:
        for i in range(entries):
            bib.write(f"@article{{{prefix}{i},\n  title = {{{prefix} paper {i} on proton radii}},\n"
                      f"  author = {{Author{i}, Ann}},\n  year = {2000 + i % 25},\n"
                      f"  abstract = {{{'Words about protons. ' * 40}}}\n}}\n\n")


def papers(library):
    done = cli(library, "list", "--json")
    return [json.loads(line) for line in done.stdout.splitlines()]


def said_full(done):
    return done.returncode != 0 and "disk is full" in done.stderr and not done.stdout.strip()


def library_sound(library):
    done = cli(library, "check")
    return done.returncode == 0 and "Integrity: sound" in done.stdout


def main():
    with tempfile.TemporaryDirectory() as folder:
        library = os.path.join(folder, "library.db")
        first = os.path.join(folder, "first.bib")
        big = os.path.join(folder, "big.bib")
        write_bib(first, 50, "First")
        write_bib(big, 3000, "Big")
        assert cli(library, "import", first).returncode == 0
        key = papers(library)[0]["key"]
        assert cli(library, "paper", "note", key, "A note typed before the disk filled up").returncode == 0
        assert cli(library, "paper", "rate", key, "4").returncode == 0
        size = os.path.getsize(library)

        done = cli(library, "import", big, room=size + (1 << 20))
        tap(said_full(done), "an import that fills the disk says so and claims nothing",
            [f"exit {done.returncode}", f"stdout: {done.stdout!r}", f"stderr: {done.stderr!r}"])
        after = papers(library)
        tap(len(after) == 50 and library_sound(library),
            "the library holds what it held before, and is sound", [f"{len(after)} papers"])

        done = cli(library, "paper", "note", key, "Long note. " * 6000, room=48 * 1024)
        tap(said_full(done), "a note that does not fit says the disk is full",
            [f"exit {done.returncode}", f"stderr: {done.stderr!r}"])
        shown = json.loads(cli(library, "paper", "show", key, "--json").stdout)
        texts = [n["body"] for n in shown.get("notes", [])]
        tap(texts == ["A note typed before the disk filled up"] and shown.get("rating") == 4,
            "the earlier note and rating are intact", [f"notes {texts}", f"rating {shown.get('rating')}"])

        assert cli(library, "import", big).returncode == 0
        export = os.path.join(folder, "review.bib")
        with open(export, "w", encoding="utf-8") as old:
            old.write("% the export of last week\n")
        done = cli(library, "export", "--format", "bibtex", "-o", export, room=1 << 20)
        with open(export, encoding="utf-8") as kept:
            text = kept.read()
        leftovers = [n for n in os.listdir(folder) if n.startswith("review.bib")]
        # The message names the file the user chose, not the temporary one beside it.
        tap(done.returncode != 0 and "review.bib”" in done.stderr
            and "review.bib." not in done.stderr and not done.stdout.strip()
            and text == "% the export of last week\n" and leftovers == ["review.bib"],
            "an export that does not fit fails and leaves the previous file as it was",
            [f"exit {done.returncode}", f"stderr: {done.stderr!r}", f"files {leftovers}"])

        backups = os.path.join(folder, "backups")
        os.mkdir(backups)
        done = cli(library, "backup", os.path.join(backups, "copy.db"), room=1 << 20)
        tap(done.returncode != 0 and "disk is full" in done.stderr and not os.listdir(backups),
            "a backup that does not fit says so and leaves no partial copy",
            [f"exit {done.returncode}", f"stderr: {done.stderr!r}", f"files {os.listdir(backups)}"])
        tap(library_sound(library) and len(papers(library)) == 3050,
            "the library is sound after every failure")

    print(f"1..{len(results)}")
    return 0 if all(results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
