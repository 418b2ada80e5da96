#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A new user's first session, with the keyboard alone: on an empty library it pastes a
# listing page, reads three papers, rates one, gathers three into a new collection with
# multi-select, screens them in the collection's review window, adds a board column, edits
# a cell with the board's cell cursor and exports the board. Every step is a key press or
# typed text (xdotool); the accessibility tree (AT-SPI) is only read, to wait for windows and
# to see where the focus is, and each result is read back with gleaner-cli or from the
# exported file. Runs under xvfb-run and dbus-run-session.
#
#   test-atspi-walk.py GLEANER GLEANER_CLI
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

COLLECTION = "First review"
PLAN = 10


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
gleaner, cli = sys.argv[1:]

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

listing = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "listings",
                       "openreview-venue.txt")
with open(listing, encoding="utf-8") as f:
    page = f.read()
with open(os.path.join(os.path.dirname(listing), "expected", "openreview-venue.json"),
          encoding="utf-8") as f:
    expected_titles = [p["title"] for p in json.load(f)]

workdir = tempfile.mkdtemp(prefix="gleaner-atspi-walk-")
db = os.path.join(workdir, "gleaner", "library.db")


def gleaner_cli(*args):
    return subprocess.run([cli, "--db", db, *args], check=True, capture_output=True,
                          text=True).stdout


def json_lines(*args):
    return [json.loads(line) for line in gleaner_cli(*args, "--json").splitlines() if line]


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


def keys(*names):
    for name in names:
        subprocess.run(["xdotool", "key", "--clearmodifiers", name], check=True)
        time.sleep(0.4)


def type_text(text, delay=40):
    subprocess.run(["xdotool", "type", "--delay", str(delay), text], check=True)
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


def active_window(app):
    for i in range(app.childCount):
        node = app.getChildAtIndex(i)
        if node is not None and node.getState().contains(pyatspi.STATE_ACTIVE):
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


env = dict(os.environ)
env.pop("NO_AT_BRIDGE", None)
env.update(GTK_A11Y="atspi", GSK_RENDERER="cairo", GSETTINGS_BACKEND="memory",
           XDG_DATA_HOME=workdir)


def start_app():
    # Xvfb resets when its last client leaves; a program that connects during the reset is
    # refused. Try again a few times.
    for _ in range(5):
        started = subprocess.Popen([gleaner], env=env)
        try:
            started.wait(timeout=3)
        except subprocess.TimeoutExpired:
            return started
        time.sleep(1)
    raise SystemExit("Gleaner did not start")


process = start_app()
tap = Tap(PLAN)

try:
    def find_app():
        if process.poll() is not None:
            raise SystemExit(f"# Gleaner exited with status {process.returncode}")
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == "gleaner":
                return app
        return None

    app = poll("Gleaner on the accessibility bus", find_app)
    poll("the main window to take the keyboard", lambda: active_window(app))
    time.sleep(1)

    # 1. Ctrl+V with nothing on the clipboard opens Paste a Page; the page is typed into it
    # (the test has no clipboard of its own) and Ctrl+Enter adds its papers.
    keys("ctrl+v")
    poll("the Paste a Page dialog", lambda: window(app, "Paste a Page"))
    time.sleep(0.5)
    # xdotool types a line break as a key the text view ignores: Return ends each line.
    for line in page.splitlines():
        if line:
            subprocess.run(["xdotool", "type", "--delay", "8", line], check=True)
        subprocess.run(["xdotool", "key", "Return"], check=True)
    time.sleep(1)
    keys("ctrl+Return")
    papers = poll("the pasted papers in the library",
                  lambda: (lambda p: p if len(p) == 3 else None)(json_lines("list")))
    tap.check(sorted(p["title"] for p in papers) == sorted(expected_titles),
              "Ctrl+V, the typed page and Ctrl+Enter add the page's three papers")
    poll("the dialog to close", lambda: window(app, "Paste a Page") is None)
    time.sleep(1)

    # 2. j three times reads the three papers; 4 rates the one shown.
    keys("j", "j", "j")
    read = poll("three papers read", lambda: (lambda p: p if all(x["read"] for x in p) else None)(
        json_lines("list")))
    tap.check(len(read) == 3, "j, j, j opens each paper and marks it read")
    keys("4")
    rated = poll("the rating in the library",
                 lambda: [p for p in json_lines("list") if p.get("rating") == 4])
    tap.check(len(rated) == 1, f"4 rates the paper being read: “{rated[0]['title'][:40]}”")

    # 3. Back to the first paper, Shift+Down twice selects all three; c adds them to a new
    # collection named in the dialog.
    row = tab_to(app, "a row of the paper list", lambda n: n.getRoleName() == "list item" and
                 n.parent is not None and n.parent.name == "Papers")
    keys("Home")
    keys("shift+Down", "shift+Down")
    keys("c")
    time.sleep(1)
    type_text(COLLECTION)
    keys("Return")
    summary = poll("the collection in the library",
                   lambda: (lambda s: s if s.get("papers") == 3 else None)(
                       json_lines("collection", "summary", COLLECTION)[0]))
    tap.check(summary["papers"] == 3 and summary["unscreened"] == 3,
              "Shift+Down twice, c, a typed name and Enter gather the three in a new collection")

    # 4. The collection in the sidebar, then Ctrl+Shift+S: its review window, screening.
    keys("Escape")
    sidebar_row = tab_to(app, "a row of the sidebar",
                         lambda n: n.getRoleName() == "list item" and
                         n.parent is not None and n.parent.name != "Papers", key="shift+Tab")
    tab_to(app, "the collection in the sidebar",
           lambda n: COLLECTION in (n.name or ""), key="Down", limit=20)
    keys("Return")
    keys("ctrl+shift+s")
    review = poll("the review window", lambda: next(
        (app.getChildAtIndex(i) for i in range(app.childCount)
         if COLLECTION in (app.getChildAtIndex(i).name or "")), None))
    time.sleep(1)
    keys("i")
    time.sleep(0.5)
    keys("e")
    time.sleep(0.5)
    type_text("out of scope")
    keys("Return")
    time.sleep(0.5)
    keys("m")
    expected = {"papers": 3, "include": 1, "maybe": 1, "exclude": 1, "unscreened": 0,
                "reasons": {"out of scope": 1}}
    summary = poll("the decisions in the library",
                   lambda: (lambda s: s if s == expected else None)(
                       json_lines("collection", "summary", COLLECTION)[0]))
    tap.check(summary == expected, f"I, E with a typed reason and M screen the three: {summary}")

    # Alt+2 shows the board, the switcher's second page.
    keys("alt+2")
    board = poll("the Board page", lambda: next(
        (n for n in walk(review) if n.getRoleName() == "page tab" and n.name == "Board" and
         n.getState().contains(pyatspi.STATE_SELECTED)), None))
    tap.check(board is not None, "Alt+2 shows the Board page")

    # 5. Alt+A adds a column: a typed name and Enter make it a text column.
    keys("alt+a")
    poll("the Add Column dialog", lambda: window(app, "Add Column"))
    time.sleep(0.5)
    type_text("Sample size")
    keys("Return")
    columns = poll("the new column in the library",
                   lambda: json_lines("board", COLLECTION, "columns"))
    tap.check([c["name"] for c in columns] == ["Sample size"] and columns[0]["kind"] == "text",
              "Alt+A, a typed name and Enter add a text column")

    # Tab reaches the board's cell cursor, the arrows move it to the new column; Enter edits
    # the cell, Escape keeps what was typed and goes back to the cursor.
    tab_to(review, "the board's cell cursor", lambda n: ": " in (n.name or "") and
           n.getRoleName() not in ("push button", "text", "label"))
    for _ in range(20):
        if (focused(review).name or "").startswith("Sample size:"):
            break
        keys("Right")
    tap.check((focused(review).name or "").startswith("Sample size: empty, "),
              f"the cursor is on the new column: {focused(review).name!r}")
    keys("Return")
    poll("the cell's entry", lambda: (lambda n: n is not None and n.getRoleName() == "text" and
                                      n.name == "Sample size")(focused(review)))
    type_text("n = 48")
    keys("Escape")
    included = next(p for p in papers if p["key"] in {
        r["key"] for r in csv.DictReader(io.StringIO(gleaner_cli(
            "export", "--format", "screening-csv", "--collection", COLLECTION)))
        if r["decision"] == "include"})

    def board_row():
        rows = csv.DictReader(io.StringIO(gleaner_cli("export", "--format", "csv",
                                                      "--collection", COLLECTION)))
        return next((r for r in rows if r.get("Sample size") == "n = 48"), None)

    row = poll("the cell in the library", board_row)
    tap.check(row["Title"] == included["title"],
              f"Enter, typing and Escape store the cell of the included paper “{row['Title'][:40]}”")

    # Alt+E opens the export menu; Enter on its first item (Board as CSV), a file name typed
    # and Enter save the board.
    keys("alt+e")
    time.sleep(0.5)
    keys("Return")
    poll("the file chooser", lambda: window(app, "Export Board"))
    time.sleep(1)
    exported = os.path.join(workdir, "first-review-board.csv")
    keys("ctrl+a")
    type_text(exported)
    keys("Return")

    def exported_rows():
        with open(exported, encoding="utf-8") as f:
            return [r for r in csv.DictReader(f) if r.get("Sample size") == "n = 48"]

    rows = poll("the exported board", exported_rows)
    tap.check(len(rows) == 1 and rows[0]["Title"] == included["title"],
              "the exported CSV has the included paper with the cell typed at the keyboard")
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
