#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""GNOME Shell's search, as the Shell does it: on a private session bus whose only service
is the app's D-Bus service file (the built one, its Exec pointed at the build tree), the
bus name and object path read from the built .search-provider.ini, the app started by D-Bus
activation with --gapplication-service on a library made with gleaner-cli.

    test-search-provider.py BUILD_ROOT BIBTEX_FILE
"""

import configparser
import os
import subprocess
import sys
import tempfile

APP_ID_FILE = "config.h"
INTERFACE = "org.gnome.Shell.SearchProvider2"


def app_id(build_root):
    with open(os.path.join(build_root, APP_ID_FILE), encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#define APP_ID "):
                return line.split('"')[1]
    raise SystemExit("no APP_ID in config.h")


def outer(build_root, bibtex):
    if not os.environ.get("DISPLAY"):
        print("1..0 # SKIP no display: run under xvfb-run")
        return 0
    ident = app_id(build_root)
    work = tempfile.mkdtemp(prefix="gln-search-provider-")
    data_home = os.path.join(work, "data")
    os.makedirs(os.path.join(data_home, "gleaner"))
    subprocess.run([os.path.join(build_root, "src", "cli", "gleaner-cli"),
                    "--db", os.path.join(data_home, "gleaner", "library.db"),
                    "import", bibtex], check=True, stdout=subprocess.DEVNULL)

    services = os.path.join(work, "services")
    os.makedirs(services)
    service = configparser.ConfigParser(interpolation=None)
    service.optionxform = str
    service.read(os.path.join(build_root, "data", ident + ".service"))
    section = service["D-BUS Service"]
    assert section["Name"] == ident, section["Name"]
    assert section["Exec"].endswith("/gleaner --gapplication-service"), section["Exec"]
    section["Exec"] = os.path.join(build_root, "src", "ui", "gleaner") + " --gapplication-service"
    with open(os.path.join(services, ident + ".service"), "w", encoding="utf-8") as handle:
        service.write(handle, space_around_delimiters=False)

    config = os.path.join(work, "session.conf")
    with open(config, "w", encoding="utf-8") as handle:
        handle.write(f"""<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir={work}</listen>
  <servicedir>{services}</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
""")
    env = dict(os.environ, XDG_DATA_HOME=data_home, HOME=work,
               XDG_CONFIG_HOME=os.path.join(work, "config"),
               XDG_CACHE_HOME=os.path.join(work, "cache"),
               GLEANER_BACKUP_DELAY="3600")
    ini = os.path.join(build_root, "data", ident + ".search-provider.ini")
    return subprocess.run(["dbus-run-session", "--config-file", config, "--",
                           sys.executable, __file__, "--inner", ini, ident],
                          env=env, check=False).returncode


def inner(ini, ident):
    from gi.repository import Gio, GLib

    provider = configparser.ConfigParser(interpolation=None)
    provider.read(ini)
    section = provider["Shell Search Provider"]
    checks = []

    def check(ok, what):
        checks.append((bool(ok), what))

    check(section["DesktopId"] == ident + ".desktop", "the .ini names the desktop file")
    check(section["BusName"] == ident, "the .ini names the app's bus name")
    check(section["Version"] == "2", "the .ini asks for version 2 of the interface")

    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)

    def call(method, args, reply):
        # D-Bus activation starts the app on the first call; it then opens the library.
        return bus.call_sync(section["BusName"], section["ObjectPath"], INTERFACE, method,
                             GLib.Variant(args[0], args[1]), GLib.VariantType(reply),
                             Gio.DBusCallFlags.NONE, 60000, None).unpack()

    (found,) = call("GetInitialResultSet", ("(as)", (["transformers"],)), "(as)")
    check(len(found) >= 1, f"a word of an abstract finds papers ({found})")
    (metas,) = call("GetResultMetas", ("(as)", (found,)), "(aa{sv})")
    titles = [meta["name"] for meta in metas]
    check(len(metas) == len(found) and all(meta["id"] in found for meta in metas),
          "every result is described under its own id")
    check(any(title.startswith("Learning to Rank with BERT") for title in titles),
          f"the paper whose abstract says it is found by its title ({titles})")
    check(all(meta.get("description") for meta in metas),
          "each result says its authors or year")

    (narrower,) = call("GetSubsearchResultSet",
                       ("(asas)", (found, ["transformers", "ranking"])), "(as)")
    check(0 < len(narrower) <= len(found) and set(narrower) <= set(found),
          f"a second word narrows the results ({narrower})")
    (prefix,) = call("GetInitialResultSet", ("(as)", (["transf"],)), "(as)")
    check(set(found) <= set(prefix), "the word being typed is a prefix")
    (none,) = call("GetInitialResultSet", ("(as)", (["zzyzxnotaword"],)), "(as)")
    check(none == [], "a word in no paper finds nothing")
    (empty,) = call("GetInitialResultSet", ("(as)", (["  "],)), "(as)")
    check(empty == [], "blank terms find nothing and fail nothing")
    (metas,) = call("GetResultMetas", ("(as)", (["0", "not-an-id", "99999999"],)), "(aa{sv})")
    check(metas == [], "ids of no paper are described by nothing")

    # Picking a result opens the window; the app must answer on afterwards.
    call("ActivateResult", ("(sasu)", (found[0], ["transformers"], 0)), "()")
    (again,) = call("GetInitialResultSet", ("(as)", (["transformers"],)), "(as)")
    check(again == found, "the app still answers after opening a result")

    print(f"1..{len(checks)}")
    for number, (ok, what) in enumerate(checks, 1):
        print(f"{'ok' if ok else 'not ok'} {number} {what}")
    return 0 if all(ok for ok, _ in checks) else 1


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--inner":
        sys.exit(inner(sys.argv[2], sys.argv[3]))
    sys.exit(outer(sys.argv[1], sys.argv[2]))
