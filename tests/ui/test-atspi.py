#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Drives the real application the way a screen reader user would: it starts Gleaner on a
# library imported from the shared samples, selects a paper, rates it, stars it, writes a
# note and searches, reading each result back through the accessibility tree (AT-SPI) and
# from the library through gleaner-cli. Runs under xvfb-run and dbus-run-session.
#
#   test-atspi.py GLEANER GLEANER_CLI
#
# Prints TAP.

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

TIMEOUT = 20

results = []


def tap(ok, description):
    results.append(ok)
    print(f"{'ok' if ok else 'not ok'} {len(results)} - {description}", flush=True)
    return ok


def skip_all(reason):
    print(f"1..0 # SKIP {reason}", flush=True)
    sys.exit(0)


def wait_for(predicate, what, timeout=TIMEOUT):
    end = time.time() + timeout
    last = None
    while time.time() < end:
        try:
            last = predicate()
            if last:
                return last
        except Exception as error:  # the tree changes under us while the app works
            last = error
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what} (last: {last!r})")


if len(sys.argv) != 3:
    print(__doc__, file=sys.stderr)
    sys.exit(2)
gleaner, cli = sys.argv[1], sys.argv[2]

if not os.environ.get("DISPLAY"):
    skip_all("no X display; run under xvfb-run")
if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
    skip_all("no session bus; run under dbus-run-session")
if shutil.which("xdotool") is None:
    skip_all("xdotool is not installed")

try:
    import pyatspi
except ImportError:
    skip_all("python3-pyatspi is not installed")

shared = os.environ.get("GLN_SHARED_DIR", os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared"))
if not os.path.isdir(shared):
    skip_all(f"needs the shared samples and fixtures, missing at {shared}")
samples = [
    os.path.join(shared, "samples", "arxiv-api", "query_all-electron-AND-all-proton_2025-11-11.xml"),
    os.path.join(shared, "samples", "hf-daily-papers", "daily_papers_2024-10-25_first2entries.json"),
]

data_home = tempfile.mkdtemp(prefix="gleaner-atspi-")
db = os.path.join(data_home, "gleaner", "library.db")
os.makedirs(os.path.dirname(db))
subprocess.run([cli, "--db", db, "import", *samples], check=True, stdout=subprocess.DEVNULL)


def cli_json(*args):
    out = subprocess.run([cli, "--db", db, *args, "--json"], check=True, capture_output=True,
                         text=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def find(root, predicate, depth=0):
    """Depth-first search of the accessibility tree."""
    if root is None or depth > 60:
        return None
    try:
        if predicate(root):
            return root
        for i in range(root.childCount):
            found = find(root.getChildAtIndex(i), predicate, depth + 1)
            if found is not None:
                return found
    except Exception:
        return None
    return None


def find_all(root, predicate, depth=0, out=None):
    out = [] if out is None else out
    if root is None or depth > 60:
        return out
    try:
        if predicate(root):
            out.append(root)
        for i in range(root.childCount):
            find_all(root.getChildAtIndex(i), predicate, depth + 1, out)
    except Exception:
        pass
    return out


def showing(acc):
    # GTK 4.8 reports no "showing" state; "visible" is the widget's visible property.
    return acc.getState().contains(pyatspi.STATE_VISIBLE)


def named(role, name):
    return lambda a: a.getRoleName() == role and a.name == name and showing(a)


def press(acc):
    action = acc.queryAction()
    for i in range(action.nActions):
        if action.getName(i) in ("click", "press", "activate"):
            return action.doAction(i)
    return action.doAction(0)


def text_of(acc):
    text = acc.queryText()
    return text.getText(0, text.characterCount)


def key(*keys):
    subprocess.run(["xdotool", "key", "--clearmodifiers", *keys], check=True)
    time.sleep(0.3)


env = dict(os.environ)
env.pop("NO_AT_BRIDGE", None)
env.update(GTK_A11Y="atspi", GSK_RENDERER="cairo", GSETTINGS_BACKEND="memory",
           XDG_DATA_HOME=data_home)


def start_app():
    # Xvfb resets when its last client leaves, as the test before this one did; a program
    # that connects during the reset is refused. Try again a few times.
    for attempt in range(5):
        process = subprocess.Popen([gleaner], env=env)
        try:
            process.wait(timeout=3)
        except subprocess.TimeoutExpired:
            return process
        time.sleep(1)
    raise SystemExit("Gleaner did not start")


app_process = start_app()

print("1..11", flush=True)
try:
    def find_app():
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == "gleaner":
                return app
        return None

    app = wait_for(find_app, "Gleaner on the accessibility bus")
    papers = wait_for(lambda: find(app, named("list", "Papers")), "the paper list")
    rows = wait_for(lambda: find_all(papers, lambda a: a.getRoleName() == "list item"), "rows")
    library = cli_json("list")
    tap(len(rows) == len(library) == 12, f"the list shows the {len(library)} imported papers")

    # j selects the first paper; the reading pane shows its title.
    key("j")
    first = library[0]
    pane = find(app, lambda a: a.name == "GlnPaperView")
    title = wait_for(lambda: find(pane, lambda a: a.getRoleName() == "label" and
                                  a.name == first["title"]), "the reading pane")
    tap(title is not None, "j opens the newest paper in the reading pane")
    tap(wait_for(lambda: cli_json("paper", "show", first["key"])[0]["read"], "read state"),
        "opening a paper marks it read in the library")

    # Rate it four stars with the rating group's button.
    rating = find(app, named("panel", "Rating"))
    press(find(rating, lambda a: a.name == "Rate 4 Stars"))
    tap(wait_for(lambda: find(app, named("panel", "Rating")).description == "Rated 4 of 5",
                 "the rating in the tree"), "the rating group reads “Rated 4 of 5”")
    tap(wait_for(lambda: cli_json("paper", "show", first["key"])[0]["rating"] == 4,
                 "the rating in the library"), "gleaner-cli sees rating 4")

    # Star it.
    star = wait_for(lambda: find(app, lambda a: a.name == "Star" and showing(a) and
                                 a.getRoleName() in ("toggle button", "push button")),
                    "the star button")
    press(star)
    tap(wait_for(lambda: find(app, lambda a: a.name == "Star" and showing(a)).getState()
                 .contains(pyatspi.STATE_CHECKED) or
                 find(app, lambda a: a.name == "Star" and showing(a)).getState()
                 .contains(pyatspi.STATE_PRESSED), "the star state"),
        "the star button reads as pressed")
    starred = [p["key"] for p in cli_json("list") if p["starred"]]
    tap(wait_for(lambda: [p["key"] for p in cli_json("list") if p["starred"]] == [first["key"]],
                 "the star in the library"), "gleaner-cli list shows the paper starred")

    # n opens a note; what is typed is saved without a save button.
    press(find(app, named("push button", "New Note")))
    note = wait_for(lambda: find(app, lambda a: a.name == "Note" and showing(a)),
                    "the note editor")
    words = "Compare with Bernauer 2016"
    subprocess.run(["xdotool", "type", "--delay", "30", words], check=True)
    tap(wait_for(lambda: text_of(find(app, lambda a: a.name == "Note" and showing(a))) == words,
                 "the note text in the tree"), "the note editor holds the typed words")
    tap(wait_for(lambda: [n["body"] for n in cli_json("paper", "show", first["key"])[0]["notes"]]
                 == [words], "the note in the library"),
        "gleaner-cli paper show has the note, saved as typed")

    # Search: the list narrows to the one paper about a wakefield accelerator.
    key("Escape")
    press(wait_for(lambda: find(app, named("push button", "Search")), "the search button"))
    entry = wait_for(lambda: find(app, lambda a: a.getRoleName() == "entry" and
                                  a.name == "Search papers" and showing(a)), "the search entry")
    entry.queryEditableText().setTextContents("wakefield")

    def search_rows():
        rows = find_all(find(app, named("list", "Papers")),
                        lambda a: a.getRoleName() == "list item")
        names = [find(row, lambda a: a.getRoleName() == "filler") for row in rows]
        names = [n.name for n in names if n is not None]
        return names if len(rows) == 1 and len(names) == 1 else None

    row_name = wait_for(search_rows, "the search results")[0]
    expected = [p["title"] for p in library if "wakefield" in (p["title"] + (p["abstract"] or "")).lower()]
    tap(len(expected) == 1 and expected[0] in row_name,
        f"searching “wakefield” lists only “{expected[0] if expected else '?'}”")
    tap(wait_for(lambda: find(app, lambda a: a.getRoleName() == "label" and showing(a) and
                              a.name.endswith("1 paper")), "the count"),
        "the list header says “1 paper”")
except AssertionError as error:
    print(f"# {error}", flush=True)
    while len(results) < 11:
        tap(False, "not reached")
finally:
    app_process.terminate()
    try:
        app_process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        app_process.kill()
    shutil.rmtree(data_home, ignore_errors=True)

sys.exit(0 if all(results) and len(results) == 11 else 1)
