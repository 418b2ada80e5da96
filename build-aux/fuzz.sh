#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# fuzz.sh: run the libFuzzer harnesses of fuzz/ (one per parser of untrusted bytes).
#   build-aux/fuzz.sh [TARGET|all] [SECONDS]      default: all, 60 seconds each
# Builds _fuzz with clang and -Dfuzzing=true (ASan and UBSan on), seeds each target with
# the real fixtures (tests/data, ../shared/samples, ../shared/fixtures: read, never copied)
# and fuzz/corpus/TARGET, keeps what it learns in _fuzz/corpus/TARGET and prints the
# executions of each harness and any crash file. A crash to keep fixed goes, minimized
# (fuzz-TARGET -minimize_crash=1 FILE), into fuzz/corpus/TARGET/, which the test suite replays.
set -euo pipefail
cd "$(dirname "$0")/.."

target=${1:-all}
seconds=${2:-60}
shared=${GLN_SHARED_DIR:-../shared}

# Where each target's seeds are; missing folders are left out.
seeds_of () {
  case $1 in
    arxiv) echo tests/data/feeds/arxiv "$shared/samples/arxiv-api" ;;
    arxiv-rss | rss) echo tests/data/feeds/arxiv-rss tests/data/feeds/rss "$shared/samples/arxiv-rss" ;;
    hf) echo tests/data/feeds/hf tests/data/lookup "$shared/samples/hf-daily-papers" ;;
    openalex) echo tests/data/feeds/openalex tests/data/openalex "$shared/samples/openalex" ;;
    crossref) echo "$shared/samples/crossref" ;;
    semantic-scholar) echo tests/data/find-ids "$shared/samples/semantic-scholar" ;;
    bibtex | latex) echo tests/data/bibtex tests/data/search ;;
    ris) echo tests/data/ris ;;
    csljson) echo tests/data/csljson ;;
    listing | claims) echo tests/data/listings "$shared/fixtures/listings" ;;
    import) echo tests/data/feeds tests/data/bibtex tests/data/ris tests/data/csljson \
      tests/data/listings ;;
    search-text) echo tests/data/search ;;
    *) ;;
  esac
}

build-aux/install-deps.sh --fuzz
if [[ ! -f _fuzz/build.ninja ]]; then
  rm -rf _fuzz
  CC=clang meson setup _fuzz -Dfuzzing=true -Db_lundef=false >/dev/null
fi

targets=()
for f in fuzz/fuzz-*.c; do
  t=${f#fuzz/fuzz-}
  t=${t%.c}
  [[ $target == all || $target == "$t" ]] && targets+=("$t")
done
((${#targets[@]})) || { echo "fuzz: no target $target (see fuzz/fuzz-*.c)" >&2; exit 2; }
ninja -C _fuzz "${targets[@]/#/fuzz/fuzz-}" >/dev/null

summary=()
crashed=0
for t in "${targets[@]}"; do
  dirs=()
  for d in fuzz/corpus/$t $(seeds_of "$t"); do
    [[ -d $d ]] && dirs+=("$d")
  done
  mkdir -p "_fuzz/corpus/$t" "_fuzz/crashes"
  log=_fuzz/fuzz-$t.log
  echo "fuzz: $t for ${seconds}s, seeds: ${dirs[*]:-none}" >&2
  rc=0
  ASAN_OPTIONS=detect_leaks=1 G_SLICE=always-malloc \
    "_fuzz/fuzz/fuzz-$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=65536 -print_final_stats=1 -artifact_prefix="_fuzz/crashes/$t-" \
    "_fuzz/corpus/$t" "${dirs[@]}" >"$log" 2>&1 || rc=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  crash=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -1)
  line="$t: ${execs:-?} executions in ${seconds}s"
  if ((rc != 0)); then
    crashed=1
    line+=", FAILED (exit $rc) ${crash:-see $log}"
    grep -m1 -E 'ERROR: |runtime error:|ERROR \*\*|CRITICAL' "$log" >&2 || true
  fi
  summary+=("$line")
done
printf '%s\n' "${summary[@]}"
exit $crashed
