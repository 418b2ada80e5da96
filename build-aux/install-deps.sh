#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# install-deps.sh: install the Debian 12 packages Gleaner needs to build, run and test.
# Idempotent: when every package is present it prints nothing and returns at once.
#
#   build-aux/install-deps.sh          build and run dependencies
#   build-aux/install-deps.sh --test   also what the test suite needs (Xvfb, validators)
#   build-aux/install-deps.sh --fuzz   also clang and libFuzzer for build-aux/fuzz.sh
set -euo pipefail

packages=(
  gcc pkg-config meson ninja-build gettext git libxml2-utils
  libglib2.0-dev libgtk-4-dev libadwaita-1-dev libgtksourceview-5-dev
  libsoup-3.0-dev libjson-glib-dev libsqlite3-dev libxml2-dev libstemmer-dev
  desktop-file-utils appstream
  # gdk-pixbuf's SVG loader: GTK draws the app's SVG icons with it.
  librsvg2-common
)
for flag in "$@"; do
  case $flag in
    --test) want_test=1 ;;
    --fuzz) packages+=(clang libclang-rt-dev) ;;
    *) echo "install-deps: unknown option $flag" >&2; exit 2 ;;
  esac
done
if [[ -n ${want_test:-} ]]; then
  packages+=(
    xvfb xauth dbus dbus-x11 glib-networking ca-certificates
    python3 python3-pyatspi at-spi2-core gir1.2-atspi-2.0 xdotool
    # BibTeX export is checked with biber and pybtex; real-world .bib files come from TeX
    # Live: xampl.bib (texlive-base) and biblatex-examples.bib (texlive-bibtex-extra).
    biber python3-pybtex texlive-base texlive-bibtex-extra
    # The offline Flatpak build check (build-aux/flatpak-check.sh) and the manifest checks.
    # (flatpak-builder 1.2 strips the binaries with eu-strip).
    flatpak flatpak-builder bubblewrap ccache elfutils
    # The icons test loads the SVG icons through gdk-pixbuf; rsvg-convert renders them to
    # look at them at any size.
    gir1.2-gdkpixbuf-2.0 librsvg2-bin
  )
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null | grep -qx installed; then
    missing+=("$p")
  fi
done
((${#missing[@]} == 0)) && exit 0

sudo=()
if ((EUID != 0)); then
  command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
  sudo=(sudo)
fi

echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
# Refresh the package lists only when they are missing or a day old.
if [[ -z $(find /var/lib/apt/lists -maxdepth 1 -name '*Packages*' -mmin -1440 2>/dev/null | head -1) ]]; then
  "${sudo[@]}" apt-get update -qq
fi
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
