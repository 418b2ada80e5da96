#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""check-functions.py: no function in src/ is longer than 100 lines.

    build-aux/check-functions.py [--root DIR] [--max N] [--list]

A function is counted from the line of its name to its closing brace, in the GNU layout
STYLE.md asks for: the name at the start of a line, the braces of the body alone on their
lines at column 0. Long functions are split into named steps; prints each offender as
FILE:LINE: NAME is N lines and exits 1 when there is any (--list prints every function
over --max without failing). Fails when there is no C source under DIR/src.
"""

import argparse
import os
import re
import sys

NAME = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)\s*\(")


def functions(path):
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    i = 0
    while i < len(lines):
        match = NAME.match(lines[i])
        if match and not lines[i].rstrip().endswith(";"):
            start = i
            j = i
            # The parameter list ends at a line ending in ')', then the body's '{'.
            while j < len(lines) and not lines[j].rstrip().endswith(")"):
                if lines[j].rstrip().endswith(";"):
                    break
                j += 1
            if j + 1 < len(lines) and lines[j + 1] == "{":
                k = j + 2
                while k < len(lines) and lines[k] != "}":
                    k += 1
                yield match.group(1), start + 1, k - start + 1
                i = k
        i += 1


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", default=os.path.join(os.path.dirname(__file__), ".."))
    parser.add_argument("--max", type=int, default=100)
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    offenders = []
    sources = 0
    for dirpath, _, names in os.walk(os.path.join(args.root, "src")):
        for name in sorted(names):
            if name.endswith(".c"):
                path = os.path.join(dirpath, name)
                sources += 1
                for function, line, length in functions(path):
                    if length > args.max:
                        rel = os.path.relpath(path, args.root)
                        offenders.append(f"{rel}:{line}: {function} is {length} lines")
    if not sources:
        parser.error(f"no C source under {os.path.join(os.path.abspath(args.root), 'src')}")
    for offender in sorted(offenders):
        print(offender)
    if offenders and not args.list:
        print(f"{len(offenders)} function(s) over {args.max} lines; split them into named steps")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
