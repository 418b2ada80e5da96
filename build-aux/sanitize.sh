#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# sanitize.sh: build into _sanitize with AddressSanitizer (leak checking on) and
# UndefinedBehaviorSanitizer, then run the core tests there.
#   build-aux/sanitize.sh [MESON TEST ARGS...]     default: --suite core
# Leaks of third-party libraries are suppressed in build-aux/lsan.supp, each with its reason.
set -euo pipefail
cd "$(dirname "$0")/.."

build-aux/install-deps.sh --test
if [[ ! -f _sanitize/build.ninja ]]; then
  rm -rf _sanitize
  # -O0: GCC's -Warray-bounds misfires on sanitized code at -O2 (memmove in clean_name()).
  meson setup _sanitize --buildtype=debug -Db_sanitize=address,undefined -Db_lundef=false >/dev/null
fi
# Regenerate first, so that the target list names tests added since the last setup.
ninja -C _sanitize build.ninja >/dev/null
# Only what the core tests need: the UI is not built here.
ninja -C _sanitize $(ninja -C _sanitize -t targets all \
  | sed -n 's/^\(tests\/core\/test-[a-z-]*\|src\/cli\/gleaner-cli\|data\/gschemas.compiled\|fuzz\/replay-[a-z-]*\): .*/\1/p' \
  | sort -u) >/dev/null

# Slow unwinding: Debian's GLib has no frame pointers, and suppressions match whole stacks.
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:fast_unwind_on_malloc=0
export LSAN_OPTIONS=suppressions=$PWD/build-aux/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# GLib's slice allocator and GC-friendly frees keep memory ASan cannot see otherwise.
export G_SLICE=always-malloc
if (($# == 0)); then
  set -- --suite core
fi
# Slow unwinding makes every allocation dear: the tests that parse Semantic Scholar's
# 1,000-citation record run 40 times slower than unsanitized, past their usual timeouts.
meson test -C _sanitize --no-rebuild --print-errorlogs --timeout-multiplier 3 "$@"
