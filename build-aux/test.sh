#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test.sh: install what is missing, build, and run the whole test suite under a headless
# X server and a private session bus, then the core tests once more under AddressSanitizer
# (leak checking on) and UndefinedBehaviorSanitizer (build-aux/sanitize.sh). Ends with one
# line "N passed, N failed, N skipped" counted from both runs' testlog.json and exits
# non-zero when anything failed.
#   build-aux/test.sh                      everything
#   build-aux/test.sh [MESON TEST ARGS...] only the given tests, not sanitized
set -euo pipefail
cd "$(dirname "$0")/.."

build-aux/install-deps.sh --test
build-aux/build.sh

export GSK_RENDERER=cairo GTK_A11Y=none NO_AT_BRIDGE=1
rc=0
xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- \
  meson test -C _build --print-errorlogs "$@" || rc=$?
logs=(_build/meson-logs/testlog.json)
if (($# == 0)); then
  rm -f _sanitize/meson-logs/testlog.json
  build-aux/sanitize.sh || rc=$?
  logs+=(_sanitize/meson-logs/testlog.json)
fi

python3 - "${logs[@]}" <<'PY' || rc=$?
import json, sys
counts = {"passed": 0, "failed": 0, "skipped": 0}
for path in sys.argv[1:]:
    try:
        log = open(path)
    except OSError:
        print("test.sh: no results in " + path, file=sys.stderr)
        counts["failed"] += 1
        continue
    with log:
        for line in log:
            if not line.strip():
                continue
            result = json.loads(line)["result"]
            if result in ("OK", "EXPECTEDFAIL"):
                counts["passed"] += 1
            elif result == "SKIP":
                counts["skipped"] += 1
            else:
                counts["failed"] += 1
print("{passed} passed, {failed} failed, {skipped} skipped".format(**counts))
sys.exit(1 if counts["failed"] else 0)
PY
exit $rc
