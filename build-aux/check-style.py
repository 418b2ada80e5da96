#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""check-style.py: the house rules a machine can check (STYLE.md §11), in one pass.

    build-aux/check-style.py

- no tabs, no trailing white space, a final newline in C, headers, .ui, CSS, XML, meson,
  shell and Python files;
- po/POTFILES.in lists exactly the files with translatable strings.

Prints each offence and exits 1 when there is any.
"""

import os
import subprocess
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
PATTERNS = ["*.c", "*.h", "*.ui", "*.css", "*.xml", "*.in", "meson.build", "**/meson.build",
            "*.sh", "*.py"]


def tracked_files():
    try:
        out = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "--"] + PATTERNS,
                             cwd=ROOT, capture_output=True, text=True, check=True).stdout
        return sorted(set(out.split()))
    except (OSError, subprocess.CalledProcessError):
        found = []
        for top in ("src", "tests", "bench", "data", "build-aux", "po"):
            for dirpath, _, names in os.walk(os.path.join(ROOT, top)):
                for name in names:
                    if name.endswith((".c", ".h", ".ui", ".css", ".xml", ".in", ".sh", ".py")) \
                            or name == "meson.build":
                        found.append(os.path.relpath(os.path.join(dirpath, name), ROOT))
        return sorted(found)


def check_file(path, offences):
    with open(os.path.join(ROOT, path), "rb") as handle:
        data = handle.read()
    lines = data.split(b"\n")
    shown = {"tab": 0, "trailing white space": 0}
    for number, line in enumerate(lines, 1):
        for what, bad in (("tab", b"\t" in line), ("trailing white space", line.rstrip() != line)):
            if bad and shown[what] < 3:
                shown[what] += 1
                offences.append(f"{path}:{number}: ({what})")
    if data and not data.endswith(b"\n"):
        offences.append(f"{path}: no newline at the end")


def main():
    offences = []
    for path in tracked_files():
        if os.path.isfile(os.path.join(ROOT, path)):
            check_file(path, offences)

    listed = subprocess.run([os.path.join(ROOT, "build-aux", "list-potfiles.sh")],
                            capture_output=True, text=True, check=True).stdout
    with open(os.path.join(ROOT, "po", "POTFILES.in"), encoding="utf-8") as handle:
        if handle.read() != listed:
            offences.append("po/POTFILES.in is out of date: run "
                            "build-aux/list-potfiles.sh > po/POTFILES.in")

    for offence in offences:
        print(offence)
    return 1 if offences else 0


if __name__ == "__main__":
    sys.exit(main())
