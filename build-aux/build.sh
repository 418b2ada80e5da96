#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# build.sh: configure _build once, then build it. Quiet when nothing changed.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ ! -f _build/build.ninja ]]; then
  rm -rf _build
  meson setup _build >/dev/null
fi
ninja -C _build >/dev/null || ninja -C _build
