#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The checkers of the style suite, checked: each passes a clean tree and fails, naming the
offence, when one is planted. Prints TAP."""

import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
LAYERS = os.path.join(ROOT, "build-aux", "check-layers.py")
FUNCTIONS = os.path.join(ROOT, "build-aux", "check-functions.py")

CLEAN = {
    "src/core/base/gln-error.h": '#pragma once\n#include <glib.h>\n',
    "src/core/model/gln-paper.h": '#pragma once\n#include "gln-error.h"\n',
    "src/core/model/gln-paper.c": '#include "config.h"\n#include "gln-paper.h"\n\n'
                                  'int\ngln_paper_answer (void)\n{\n  return 42;\n}\n',
    "src/core/store/gln-database.h": '#pragma once\n#include <sqlite3.h>\n#include "gln-paper.h"\n',
    "src/core/store/gln-store.h": '#pragma once\n#include "gln-paper.h"\n',
    "src/core/store/gln-store.c": '#include "gln-store.h"\n#include "gln-database.h"\n'
                                  '#include "gln-store-private.h"\n',
    "src/core/store/gln-store-private.h": '#pragma once\n#include "gln-store.h"\n',
    "src/core/services/gln-importer.h": '#pragma once\n#include "gln-store.h"\n',
    "src/core/gln-core.h": '#include "gln-importer.h"\n#include "gln-store.h"\n',
    "src/cli/gln-cli.h": '#include "gln-core.h"\n',
    "src/ui/gln-window.h": '#pragma once\n#include <gtk/gtk.h>\n',
    "src/ui/gln-window.c": '#include <gtk/gtk.h>\n#include "gln-core.h"\n#include "gln-window.h"\n',
}

# Each plants one file into the clean tree; the checker must fail and say this.
LAYER_OFFENCES = [
    ("an upward include", "src/core/model/gln-up.c", '#include "gln-store.h"\n',
     "model includes gln-store.h from store, up the layers"),
    ("a sideways include", "src/cli/gln-cli-window.c", '#include "gln-window.h"\n',
     "cli includes gln-window.h from ui, sideways the layers"),
    ("GTK below the UI", "src/core/services/gln-gtk.c", '#include <gtk/gtk.h>\n',
     "GTK (gtk/gtk.h) is not for the services layer"),
    ("SQLite outside the store", "src/core/model/gln-sql.c", '#include <sqlite3.h>\n',
     "SQLite (sqlite3.h) is not for the model layer"),
    ("the database outside the store", "src/ui/gln-db.c", '#include "gln-database.h"\n',
     "gln-database.h is the store's own"),
    ("a private header outside its folder", "src/core/services/gln-peek.c",
     '#include "gln-store-private.h"\n', "gln-store-private.h is private to src/core/store"),
    ("GTK in the command line", "src/cli/gln-cli-gtk.c", '#include <gtk/gtk.h>\n',
     "GTK (gtk/gtk.h) is not for the cli layer"),
    ("SQLite above the store", "src/core/services/gln-sql.c", '#include <sqlite3.h>\n',
     "SQLite (sqlite3.h) is not for the services layer"),
    ("a file in no known layer", "src/core/bogus/gln-bogus.c", '#include "gln-paper.h"\n',
     "not in a known layer"),
]


def make_tree():
    root = tempfile.mkdtemp(prefix="gleaner-checkers-")
    for path, text in CLEAN.items():
        plant(root, path, text)
    return root


def run(checker, root):
    result = subprocess.run([sys.executable, checker, "--root", root],
                            capture_output=True, text=True)
    return result.returncode, result.stdout + result.stderr


def plant(root, path, text):
    os.makedirs(os.path.join(root, os.path.dirname(path)), exist_ok=True)
    with open(os.path.join(root, path), "w", encoding="utf-8") as handle:
        handle.write(text)


def main():
    cases = []

    def case(name, ok, detail=""):
        cases.append((name, ok, detail))

    root = make_tree()
    try:
        status, out = run(LAYERS, root)
        case("the layer checker passes a clean tree", status == 0, out)
        status, out = run(FUNCTIONS, root)
        case("the function checker passes a clean tree", status == 0, out)

        for name, path, text, expected in LAYER_OFFENCES:
            tree = make_tree()
            try:
                plant(tree, path, text)
                status, out = run(LAYERS, tree)
                case("the layer checker fails on " + name,
                     status == 1 and expected in out and path in out, out)
            finally:
                shutil.rmtree(tree)

        missing = os.path.join(root, "nonexistent")
        for checker, what in ((LAYERS, "layer"), (FUNCTIONS, "function")):
            status, out = run(checker, missing)
            case(f"the {what} checker fails on a nonexistent root",
                 status != 0 and "no C source" in out, out)

        body = "".join(f"  x += {i};\n" for i in range(101))
        plant(root, "src/core/model/gln-long.c",
              "int\nlong_function (int x)\n{\n" + body + "  return x;\n}\n")
        status, out = run(FUNCTIONS, root)
        case("the function checker fails on a function of 105 lines",
             status == 1 and "src/core/model/gln-long.c:2: long_function is 105 lines" in out, out)

        status, out = run(LAYERS, ROOT)
        case("the project itself keeps its layers", status == 0, out)
        status, out = run(FUNCTIONS, ROOT)
        case("no function of the project is over 100 lines", status == 0, out)
    finally:
        shutil.rmtree(root)

    print(f"1..{len(cases)}")
    for number, (name, ok, detail) in enumerate(cases, 1):
        print(f"{'ok' if ok else 'not ok'} {number} - {name}")
        if not ok:
            for line in detail.splitlines():
                print(f"# {line}")
    return 0 if all(ok for _, ok, _ in cases) else 1


if __name__ == "__main__":
    sys.exit(main())
