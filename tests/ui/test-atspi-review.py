#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Screens a review collection with the keyboard and edits its comparison board the way a
# screen reader user would, through the accessibility tree (AT-SPI) of the review widgets'
# harness, then reads the library back with gleaner-cli. The board's part ends with keys
# alone: a column added, a cell edited with the board's cell cursor, the board exported. Runs under xvfb-run and
# dbus-run-session.
#
#   test-atspi-review.py REVIEW_HARNESS GLEANER_CLI
#
# Prints TAP.

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

COLLECTION = "Proton structure"
PLAN = 14


class Tap:
    def __init__(self, plan):
        self.plan = plan
        self.results = []
        print(f"1..{plan}", flush=True)

    def check(self, ok, description):
        self.results.append(bool(ok))
        print(f"{'ok' if ok else 'not ok'} {len(self.results)} - {description}", flush=True)

    def finish(self, reason):
        while len(self.results) < self.plan:
            self.check(False, f"not reached: {reason}")

    @property
    def passed(self):
        return len(self.results) == self.plan and all(self.results)


def skip(reason):
    print(f"1..0 # SKIP {reason}", flush=True)
    sys.exit(0)


def poll(what, predicate, timeout=20):
    """Returns the first true value of predicate(), which may fail while the tree changes."""
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        try:
            value = predicate()
        except Exception as error:
            value, last = None, error
        if value:
            return value
        last = value if last is None else last
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what} (last: {last!r})")


if len(sys.argv) != 3:
    print(__doc__, file=sys.stderr)
    sys.exit(2)
harness, cli = sys.argv[1:]

if not os.environ.get("DISPLAY"):
    skip("no X display; run under xvfb-run")
if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
    skip("no session bus; run under dbus-run-session")
if shutil.which("xdotool") is None:
    skip("xdotool is not installed")
try:
    import pyatspi
except ImportError:
    skip("python3-pyatspi is not installed")

shared = os.environ.get("GLN_SHARED_DIR",
                        os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared"))
if not os.path.isdir(shared):
    skip(f"needs the shared samples and fixtures, missing at {shared}")
sample = os.path.join(shared, "samples", "arxiv-api",
                      "query_all-electron-AND-all-proton_2025-11-11.xml")
workdir = tempfile.mkdtemp(prefix="gleaner-atspi-review-")
db = os.path.join(workdir, "library.db")


def gleaner_cli(*args):
    return subprocess.run([cli, "--db", db, *args], check=True, capture_output=True,
                          text=True).stdout


def json_lines(*args):
    return [json.loads(line) for line in gleaner_cli(*args, "--json").splitlines() if line]


def board_rows():
    return list(csv.DictReader(io.StringIO(gleaner_cli("export", "--format", "csv",
                                                       "--collection", COLLECTION))))


# A collection of the ten papers of the sample, in the order the library lists them, and a
# text column on its board.
gleaner_cli("import", sample)
papers = json_lines("list")
gleaner_cli("collection", "create", COLLECTION)
gleaner_cli("collection", "describe", COLLECTION, "Proton radius from electron scattering")
gleaner_cli("collection", "add", COLLECTION, *[p["key"] for p in papers])
gleaner_cli("board", COLLECTION, "add-column", "Method", "--kind", "text")


def walk(node, depth=0):
    if node is None or depth > 60:
        return
    yield node
    try:
        children = [node.getChildAtIndex(i) for i in range(node.childCount)]
    except Exception:
        return
    for child in children:
        yield from walk(child, depth + 1)


def visible(node):
    # GTK 4.8 reports no "showing" state; "visible" is the widget's visible property.
    return node.getState().contains(pyatspi.STATE_VISIBLE)


def first(root, role, name=None, starts=None):
    for node in walk(root):
        try:
            if node.getRoleName() != role or not visible(node):
                continue
            if name is not None and node.name != name:
                continue
            if starts is not None and not (node.name or "").startswith(starts):
                continue
            return node
        except Exception:
            continue
    return None


def click(node):
    action = node.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    for wanted in ("click", "press", "activate"):
        if wanted in names:
            return action.doAction(names.index(wanted))
    return action.doAction(0)


def keys(*names):
    for name in names:
        subprocess.run(["xdotool", "key", "--clearmodifiers", name], check=True)
        time.sleep(0.4)


def type_text(text):
    subprocess.run(["xdotool", "type", "--delay", "40", text], check=True)
    time.sleep(0.3)


def focused(root):
    for node in walk(root):
        try:
            if node.getState().contains(pyatspi.STATE_FOCUSED):
                return node
        except Exception:
            continue
    return None


def window(app, name):
    for i in range(app.childCount):
        node = app.getChildAtIndex(i)
        if node is not None and node.name == name:
            return node
    return None


def tab_to(root, what, wanted, key="Tab", limit=40):
    """Presses key until the focused node is one wanted() accepts, and returns it."""
    for _ in range(limit):
        node = focused(root)
        try:
            if node is not None and wanted(node):
                return node
        except Exception:
            pass
        keys(key)
    raise AssertionError(f"{key} never reached {what} (last: {focused(root)!r})")


def shows_title(app, paper):
    # The title label's accessible name is its text, without the highlighting.
    return first(app, "label", starts=paper["title"][:40])


env = dict(os.environ)
env.pop("NO_AT_BRIDGE", None)
env.update(GTK_A11Y="atspi", GSK_RENDERER="cairo", GSETTINGS_BACKEND="memory")
process = subprocess.Popen([harness, "--db", db, "--view", "all", "--collection", COLLECTION],
                           env=env)
tap = Tap(PLAN)

try:
    def find_app():
        if process.poll() is not None:
            raise SystemExit(f"# the harness exited with status {process.returncode}")
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == "review-harness":
                return app
        return None

    app = poll("the harness on the accessibility bus", find_app)
    poll("the first paper", lambda: shows_title(app, papers[0]))
    # GTK 4.8 names a button with a label by its accessible label and its text, both.
    tap.check(first(app, "push button", starts="Include") is not None and
              first(app, "push button", starts="Exclude") is not None and
              first(app, "push button", "Undo Last Decision") is not None,
              "screening mode shows the decision and undo buttons by name")

    # Five decisions with single keys; E asks for a reason, typed and confirmed with Enter.
    keys("i")
    poll("the second paper", lambda: shows_title(app, papers[1]))
    keys("m")
    poll("the third paper", lambda: shows_title(app, papers[2]))
    keys("e")
    entry = poll("the reason entry", lambda: first(app, "text", "Exclusion Reason"))
    type_text("wrong particle")
    keys("Return")
    poll("the fourth paper", lambda: shows_title(app, papers[3]))
    keys("i")
    poll("the fifth paper", lambda: shows_title(app, papers[4]))
    keys("i")
    poll("the sixth paper", lambda: shows_title(app, papers[5]))
    tap.check(True, "I, M, E with a typed reason, I and I move on one paper each")

    # Ctrl+Z takes the last decision back and shows its paper; M decides it again.
    keys("ctrl+z")
    poll("the fifth paper again", lambda: shows_title(app, papers[4]))
    tap.check(True, "Ctrl+Z shows the paper whose decision it took back")
    keys("m")
    poll("the sixth paper again", lambda: shows_title(app, papers[5]))

    expected = {"papers": 10, "include": 2, "maybe": 2, "exclude": 1, "unscreened": 5,
                "reasons": {"wrong particle": 1}}
    summary = poll("the decisions in the library",
                   lambda: (lambda s: s if s == expected else None)(
                       json_lines("collection", "summary", COLLECTION)[0]))
    tap.check(summary == expected, f"gleaner-cli collection summary: {summary}")

    decisions = {row["key"]: (row["decision"], row["reason"]) for row in
                 csv.DictReader(io.StringIO(gleaner_cli("export", "--format", "screening-csv",
                                                        "--collection", COLLECTION)))}
    tap.check([decisions[p["key"]] for p in papers[:5]] ==
              [("include", ""), ("maybe", ""), ("exclude", "wrong particle"), ("include", ""),
               ("maybe", "")], "each paper has its decision, the exclusion its reason")

    progress = first(app, "progress bar", "Screening Progress")
    tap.check(progress is not None and
              abs(progress.queryValue().currentValue - 0.5) < 0.01,
              "the progress bar is half full: 5 of 10 screened")

    # The board shows the included papers; its first Method cell is a button that turns into
    # an entry.
    click(poll("the Board page", lambda: first(app, "page tab", "Board")))
    cell = poll("an empty Method cell", lambda: first(app, "push button", "Method"))
    board = first(app, "tree table", "Comparison Board")
    tap.check(board is not None and shows_title(board, papers[0]) and
              shows_title(board, papers[3]) and not shows_title(board, papers[2]),
              "the board lists the included papers and not the excluded one")
    click(cell)

    def focused_entry():
        for node in walk(app):
            if (node.getRoleName() == "text" and node.name == "Method" and
                    node.getState().contains(pyatspi.STATE_FOCUSED)):
                return node
        return None

    poll("the cell's entry with the focus", focused_entry)
    type_text("Elastic scattering")
    keys("Return")
    tap.check(poll("the edited cell", lambda: first(app, "push button",
                                                    "Method: Elastic scattering")),
              "the cell reads “Method: Elastic scattering”")

    columns = json_lines("board", COLLECTION, "columns")
    tap.check([c["name"] for c in columns] == ["Method"] and columns[0]["kind"] == "text",
              "gleaner-cli board columns: the one text column")

    row = poll("the cell in the library",
               lambda: next((r for r in board_rows()
                             if r["Method"] == "Elastic scattering"), None))
    tap.check(row["Title"] == papers[0]["title"] and row["Screening"] == "Included",
              f"gleaner-cli export has the cell in the row of “{row['Title'][:40]}…”")
    # From here on, keys only. Add Column, a name typed, Enter: a text column.
    tab_to(app, "Add Column", lambda n: (n.name or "").startswith("Add Column"))
    keys("Return")
    poll("the Add Column dialog", lambda: window(app, "Add Column"))
    time.sleep(0.5)
    type_text("Sample size")
    keys("Return")
    columns = poll("the new column in the library",
                   lambda: (lambda c: c if len(c) == 2 else None)(
                       json_lines("board", COLLECTION, "columns")))
    tap.check([c["name"] for c in columns] == ["Method", "Sample size"],
              "Add Column, a typed name and Enter add a column")

    # Tab reaches the board's rows: the cursor's row is named after its cell. The arrows move
    # the cursor to the new column; Enter edits it, Escape keeps what was typed.
    row = tab_to(app, "the board's cell cursor", lambda n: ": " in (n.name or "") and
                 n.getRoleName() not in ("push button", "text", "label"))
    for _ in range(20):
        if (focused(app).name or "").startswith("Sample size:"):
            break
        keys("Right")
    row = focused(app)
    tap.check((row.name or "").startswith("Sample size: empty, "),
              f"the cursor is announced with its column and paper: {row.name!r}")
    keys("Return")
    poll("the cell's entry", lambda: (lambda n: n if n is not None and n.getRoleName() == "text"
                                      and n.name == "Sample size" else None)(focused(app)))
    type_text("n = 1200")
    keys("Escape")
    edited = poll("the cell in the library",
                  lambda: next((r for r in board_rows() if r["Sample size"] == "n = 1200"), None))
    tap.check(edited is not None and (focused(app).name or "").startswith("Sample size: n = 1200"),
              "Enter, typing and Escape store the cell and return to the cursor")

    # Export, Enter on its first item (Board as CSV), a file name typed, Enter.
    tab_to(app, "Export", lambda n: (n.name or "").startswith("Export") and
           n.getRoleName() in ("push button", "toggle button"))
    keys("Return")
    time.sleep(0.5)
    keys("Return")
    exported = os.path.join(workdir, "exported-board.csv")
    poll("the file chooser", lambda: window(app, "Export Board"))
    time.sleep(1)
    keys("ctrl+a")
    type_text(exported)
    keys("Return")

    def exported_rows():
        with open(exported, encoding="utf-8") as f:
            return [r for r in csv.DictReader(f) if r.get("Sample size") == "n = 1200"]

    tap.check(poll("the exported board", exported_rows),
              "the exported CSV has the cell typed with the keyboard")
except AssertionError as error:
    print(f"# {error}", flush=True)
    tap.finish(str(error))
finally:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
    shutil.rmtree(workdir, ignore_errors=True)

sys.exit(0 if tap.passed else 1)
