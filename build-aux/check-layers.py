#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""check-layers.py: every include in src/ points down the layers, never up or sideways.

    build-aux/check-layers.py [--root DIR]

The core's layers, each using only those before it (HACKING.md draws them):

    base -> text -> model -> formats -> sources -> store -> net -> services

and on top of the core, cli and ui, which do not include each other. A file's layer is
the folder it sits in (src/core/<layer>/, src/cli/, src/ui/); a header's layer is found
the same way, and a file in no known layer is an offence. The umbrella header
src/core/gln-core.h may include any core header. GTK, GDK, libadwaita and GtkSourceView are
for src/ui only; SQLite is for the store only, and libsoup for the fetcher and what sits
above it (net, services, cli, ui). The library file (gln-database.h) belongs to the store
alone: everything else goes through GlnStore's operations. A -private.h header is for the
files of its own folder. Prints each offence as FILE:LINE: ... and exits 1 when there is
any; fails when there is no source file under DIR/src.
"""

import argparse
import os
import re
import sys

CORE_LAYERS = ["base", "text", "model", "formats", "sources", "store", "net", "services"]
TOP_LAYERS = ["cli", "ui"]
RANK = {name: i for i, name in enumerate(CORE_LAYERS)}
RANK.update({name: len(CORE_LAYERS) for name in TOP_LAYERS})
RANK["umbrella"] = len(CORE_LAYERS) - 1

# System headers and the only layers allowed to include them ("gtk" also covers
# gtksourceview/, "adw" covers adwaita.h).
SYSTEM_LAYERS = [
    (re.compile(r"^(gtk|gdk/|adw)"), ("ui",), "GTK"),
    (re.compile(r"^sqlite3\.h$"), ("store",), "SQLite"),
    (re.compile(r"^libsoup"), ("net", "services", "cli", "ui"), "libsoup"),
]

STORE_ONLY = {"gln-database.h"}

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^">]+)[">]')


def layer_of(relpath):
    parts = relpath.split(os.sep)
    if parts[:2] == ["src", "core"]:
        if len(parts) == 3:
            return "umbrella"
        return parts[2] if parts[2] in RANK else None
    if len(parts) >= 2 and parts[0] == "src" and parts[1] in TOP_LAYERS:
        return parts[1]
    return None


def collect(root):
    files = []
    headers = {}
    strays = []
    for dirpath, _, names in os.walk(os.path.join(root, "src")):
        for name in sorted(names):
            if not name.endswith((".c", ".h")):
                continue
            rel = os.path.relpath(os.path.join(dirpath, name), root)
            layer = layer_of(rel)
            if layer is None:
                strays.append(rel)
                continue
            files.append((rel, layer))
            if name.endswith(".h"):
                headers.setdefault(name, []).append((rel, layer))
    return files, headers, strays


def allowed(source, target):
    if source == target:
        return True
    if source == "umbrella":
        return target in CORE_LAYERS
    if target == "umbrella":
        return source in TOP_LAYERS
    # Strictly below: cli and ui share a rank, so neither includes the other.
    return RANK[target] < RANK[source]


def check(root):
    files, headers, strays = collect(root)
    if not files and not strays:
        return None
    offences = [f"{rel}: not in a known layer (src/core/<layer>/, src/cli/, src/ui/)"
                for rel in strays]
    for rel, layer in files:
        with open(os.path.join(root, rel), encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                match = INCLUDE.match(line)
                if not match:
                    continue
                quote, name = match.groups()
                if quote == "<":
                    for pattern, layers, what in SYSTEM_LAYERS:
                        if pattern.search(name) and layer not in layers:
                            offences.append(f"{rel}:{number}: {what} ({name}) is not for the "
                                            f"{layer} layer; only for {', '.join(layers)}")
                    continue
                base = os.path.basename(name)
                for header_path, target in headers.get(base, []):
                    if base.endswith("-private.h") and \
                            os.path.dirname(header_path) != os.path.dirname(rel):
                        offences.append(f"{rel}:{number}: {name} is private to "
                                        f"{os.path.dirname(header_path)}")
                    if base in STORE_ONLY and layer != "store":
                        offences.append(f"{rel}:{number}: {name} is the store's own; "
                                        f"go through GlnStore's operations")
                    if not allowed(layer, target):
                        way = "sideways" if RANK[target] == RANK[layer] else "up"
                        offences.append(f"{rel}:{number}: {layer} includes {name} from "
                                        f"{target}, {way} the layers")
    return offences


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", default=os.path.join(os.path.dirname(__file__), ".."))
    args = parser.parse_args()
    root = os.path.abspath(args.root)
    offences = check(root)
    if offences is None:
        parser.error(f"no C source or header under {os.path.join(root, 'src')}")
    for offence in offences:
        print(offence)
    if offences:
        print(f"{len(offences)} include(s) against the layers (see HACKING.md)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
