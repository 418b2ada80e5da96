#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The icons load as GTK loads them (gdk-pixbuf, which sniffs the first bytes for "<svg"),
the app icon at 128 px and the symbolic ones at 16 px, each symbolic icon in one colour so
that GTK can recolour it.

    test-icons.py SOURCE_ROOT
"""

import glob
import os
import re
import sys

import gi

gi.require_version("GdkPixbuf", "2.0")
from gi.repository import GdkPixbuf  # noqa: E402

checks = []


def check(ok, what):
    checks.append((bool(ok), what))


def main(root):
    icons = os.path.join(root, "data", "icons", "hicolor")
    app = os.path.join(icons, "scalable", "apps", "io.github.gleaner.Gleaner.svg")
    symbolic = sorted(glob.glob(os.path.join(icons, "symbolic", "*", "*-symbolic.svg")))
    for path, size in [(app, 128)] + [(path, 16) for path in symbolic]:
        name = os.path.relpath(path, root)
        try:
            pixbuf = GdkPixbuf.Pixbuf.new_from_file(path)
            check((pixbuf.get_width(), pixbuf.get_height()) == (size, size),
                  f"{name} loads at {size}×{size}")
        except Exception as error:  # GLib.Error, with the loader's reason
            check(False, f"{name} loads: {error}")
    for path in symbolic:
        with open(path, encoding="utf-8") as handle:
            colours = set(re.findall(r'(?:fill|stroke)="(#[0-9a-fA-F]{3,6})"', handle.read()))
        check(len(colours) <= 1, f"{os.path.relpath(path, root)} has one colour ({colours})")

    print(f"1..{len(checks)}")
    for number, (ok, what) in enumerate(checks, 1):
        print(f"{'ok' if ok else 'not ok'} {number} {what}")
    return 0 if all(ok for ok, _ in checks) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
