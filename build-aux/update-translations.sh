#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# update-translations.sh: after strings changed, bring po/POTFILES.in, the template
# (po/gleaner.pot, not committed) and every po/*.po up to date, then say per language what
# is left to translate (new strings are untranslated, changed ones fuzzy).
#
#   build-aux/update-translations.sh [BUILD_DIR]     (default: _build)
#
# The `translations` test fails until every .po has every string translated.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-_build}

build-aux/list-potfiles.sh >po/POTFILES.in
# The POTFILES.in just written changes nothing meson configured, so no reconfigure runs.
ninja -C "$build" gleaner-pot gleaner-update-po >/dev/null
for po in po/*.po; do
  printf '%s: ' "$po"
  msgfmt --check --statistics --output-file=/dev/null "$po" 2>&1
done
