#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# run.sh: install what is missing, build, and start Gleaner from the build tree.
#   build-aux/run.sh [ARGS...]      arguments go to the app
set -euo pipefail
cd "$(dirname "$0")/.."

build-aux/install-deps.sh
build-aux/build.sh

export GSETTINGS_SCHEMA_DIR=$PWD/_build/data
exec _build/src/ui/gleaner "$@"
