#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-style.sh: the house rules a machine can check (STYLE.md §11). Prints each offence
# and exits non-zero when there is any.
#   - no tabs, no trailing white space, a final newline in C, headers, .ui and meson files;
#   - src/core never includes GTK or libadwaita;
#   - po/POTFILES.in lists exactly the files with translatable strings.
set -uo pipefail
cd "$(dirname "$0")/.."

status=0
mapfile -t files < <(git ls-files -co --exclude-standard -- \
  '*.c' '*.h' '*.ui' '*.css' '*.xml' '*.in' 'meson.build' '**/meson.build' '*.sh' '*.py' 2>/dev/null \
  || find src tests bench data build-aux -type f \( -name '*.[ch]' -o -name '*.ui' -o -name meson.build \))

for f in "${files[@]}"; do
  [[ -f $f ]] || continue
  if grep -nP '\t' "$f" >/dev/null; then
    grep -nP '\t' "$f" | head -3 | sed "s|^|$f:|;s|$| (tab)|"; status=1
  fi
  if grep -nE '[[:space:]]+$' "$f" >/dev/null; then
    grep -nE '[[:space:]]+$' "$f" | head -3 | sed "s|^|$f:|;s|$| (trailing white space)|"; status=1
  fi
  if [[ -s $f && $(tail -c1 "$f" | od -An -c | tr -d ' ') != '\n' ]]; then
    echo "$f: no newline at the end"; status=1
  fi
done

if grep -rnE '#include <(gtk|adwaita|adw)' src/core; then
  echo "src/core must not include GTK or libadwaita"; status=1
fi

if ! diff -u po/POTFILES.in <(build-aux/list-potfiles.sh) >/dev/null; then
  diff -u po/POTFILES.in <(build-aux/list-potfiles.sh)
  echo "po/POTFILES.in is out of date: run build-aux/list-potfiles.sh > po/POTFILES.in"; status=1
fi

exit $status
