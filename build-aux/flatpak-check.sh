#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# flatpak-check.sh: build, install, bundle and run flatpak/io.github.gleaner.Gleaner.json
# offline.
#
#   build-aux/flatpak-check.sh [WORK_DIR]     (default: _build/flatpak-check)
#
# The GNOME runtime cannot be downloaded here, so the check makes a stand-in: a runtime and
# an SDK whose /usr holds nothing but symlinks into /run/host/usr, where flatpak mounts the
# host's /usr for an app given --filesystem=host-os. The host (Debian 12 with
# build-aux/install-deps.sh --test) then provides the compiler, meson, GTK and the rest. The
# manifest is built from a derived copy that changes only what the stand-in needs: the
# runtime's name and branch, host-os for the build and the app, the app's sources taken
# from this tree instead of its release tag, no optimization, and no appstream-compose.
#
# Then it installs the app from a bundle into a private installation (FLATPAK_USER_DIR under
# WORK_DIR, never the user's own), runs `gleaner-cli --version` in the sandbox, and starts
# the app under Xvfb until its window is mapped. Exit status 77 means flatpak, Xvfb or
# bubblewrap are missing or unusable here (the message says which); any other failure
# prints the log of the step that failed.
#
# The functions step() runs are conditions, where bash ignores set -e: each command in them
# that may fail ends in `|| return`.
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/.." && pwd)
work=${1:-$source_dir/_build/flatpak-check}
app_id=io.github.gleaner.Gleaner
standin=io.github.gleaner.StandIn
branch=test

skip ()
{
  echo "flatpak-check: SKIP: $*"
  exit 77
}

for tool in flatpak flatpak-builder bwrap eu-strip xvfb-run xdotool dbus-run-session python3; do
  command -v "$tool" >/dev/null ||
    skip "$tool is not installed (build-aux/install-deps.sh --test installs it)"
done
# flatpak runs everything in bubblewrap, which needs user namespaces (or root) and a root
# directory that is a mount point. Inside a chroot, as on some CI runners and in
# ../shared/tools/fresh-check, it is not ("Failed to make / slave"): as root, the check runs
# again in a mount namespace of its own whose root is a bind mount of this one.
#
# flatpak hands bubblewrap the runtime's and the app's directories as descriptors
# (--ro-bind-fd), which bubblewrap resolves through /proc/self/fd once it is in a mount
# namespace of its own. There the kernel names them by their path from the machine's root,
# which a chroot does not know: OUTER/usr for this root's /usr, when the chroot (with the bind
# mount) lies at OUTER, and bubblewrap stops with "Can't find source path /proc/self/fd/N".
# So, in the chroot, a symlink at OUTER leads back to its root for as long as the check runs.
if [[ -n ${GLN_FLATPAK_CHECK_REROOTED:-} ]]; then
  exec {root_fd}</
  outer_root=$(unshare --mount --propagation unchanged readlink "/proc/self/fd/$root_fd") ||
    outer_root=/
  exec {root_fd}<&-
  if [[ $outer_root != / && ! -e $outer_root ]]; then
    # The topmost directory that did not exist, so that cleaning up removes no other.
    made=$outer_root
    while [[ ! -e $(dirname "$made") ]]; do
      made=$(dirname "$made")
    done
    mkdir -p "$(dirname "$outer_root")"
    ln -s / "$outer_root"
    remove_outer_root ()
    {
      local dir=$outer_root
      rm -f "$dir"
      while [[ $dir != "$made" ]]; do
        dir=$(dirname "$dir")
        rmdir "$dir" || return
      done
    }
    trap remove_outer_root EXIT
  fi
fi
# What flatpak asks of bubblewrap: a root directory, a directory bound from a descriptor, a
# process namespace of its own.
probe_sandbox ()
{
  bwrap "$@" --unshare-pid --ro-bind / / --ro-bind-fd 3 /usr --proc /proc --dev /dev true 3</usr
}
if ! probe=$(probe_sandbox --unshare-user 2>&1) && ! probe=$(probe_sandbox 2>&1); then
  if [[ $(id -u) == 0 && -z ${GLN_FLATPAK_CHECK_REROOTED:-} ]] && command -v unshare >/dev/null; then
    export GLN_FLATPAK_CHECK_REROOTED=1
    newroot=$(mktemp -d -t gleaner-flatpak-root.XXXXXX)
    status=0
    unshare --mount --propagation unchanged sh -c \
      'root=$1; shift; mount --rbind / "$root" && mount --make-rprivate "$root" && cd "$root" &&
       exec chroot . "$@"' sh "$newroot" "$source_dir/build-aux/flatpak-check.sh" "$@" ||
      status=$?
    rmdir "$newroot"
    exit "$status"
  fi
  skip "bubblewrap cannot make the sandbox flatpak needs here (no user namespaces and not" \
    "root?); the probe said: $probe"
fi

mkdir -p "$work"
work=$(cd "$work" && pwd)
log=$work/log
: >"$log"
export FLATPAK_USER_DIR=$work/user

step ()
{
  local what=$1
  shift
  echo "flatpak-check: $what" >&2
  if ! "$@" >>"$log" 2>&1; then
    echo "flatpak-check: FAILED: $what; the log says:" >&2
    tail -n 40 "$log" >&2
    exit 1
  fi
}

# The stand-in runtime and SDK: the same tree twice, under two names.
make_standin ()
{
  local tree=$work/standin kind
  rm -rf "$tree" "$work/repo"
  mkdir -p "$tree/files" || return
  for dir in bin sbin lib lib64 libexec share include; do
    if [[ -e /usr/$dir ]]; then
      ln -s "/run/host/usr/$dir" "$tree/files/$dir"
    fi
  done
  for kind in Sdk Platform; do
    printf '[Runtime]\nname=%s.%s\nruntime=%s.Platform/%s/%s\nsdk=%s.Sdk/%s/%s\n' \
      "$standin" "$kind" "$standin" "$(flatpak --default-arch)" "$branch" \
      "$standin" "$(flatpak --default-arch)" "$branch" >"$tree/metadata"
    flatpak build-export --runtime --files=files "$work/repo" "$tree" "$branch" || return
  done
  flatpak --user remote-add --if-not-exists --no-gpg-verify standin "$work/repo" || return
  flatpak --user install -y --noninteractive --reinstall standin \
    "$standin.Platform//$branch" "$standin.Sdk//$branch"
}

# The real manifest with the stand-in's overrides; everything else (finish-args, modules,
# config-opts, cleanup) is the manifest's own.
derive_manifest ()
{
  python3 - "$source_dir/flatpak/$app_id.json" "$work/$app_id.json" "$source_dir" \
    "$standin" "$branch" <<'EOF'
import json, sys
source, target, tree, standin, branch = sys.argv[1:]
with open(source, encoding="utf-8") as handle:
    manifest = json.load(handle)
manifest["runtime"] = standin + ".Platform"
manifest["sdk"] = standin + ".Sdk"
manifest["runtime-version"] = branch
manifest["finish-args"].append("--filesystem=host-os")
# flatpak-builder runs appstream-compose in a sandbox of its own, without the build's
# arguments, so without host-os the stand-in's /usr/bin leads nowhere there. The metainfo is
# checked by the validate-metainfo test instead.
manifest["appstream-compose"] = False
options = manifest.setdefault("build-options", {})
options.setdefault("build-args", []).append("--filesystem=host-os")
app = manifest["modules"][-1]
# What is checked is the packaging, not the optimizer: unoptimized compiles take half the time.
app.setdefault("config-opts", []).extend(["-Doptimization=0", "-Ddebug=false"])
app["sources"] = [{"type": "dir", "path": tree,
                   "skip": ["_build", "_fuzz", "_sanitize", ".flatpak-builder", ".git"]}]
with open(target, "w", encoding="utf-8") as handle:
    json.dump(manifest, handle, indent=2)
EOF
}

build_app ()
{
  # rofiles-fuse needs FUSE, which a container seldom grants; ccache stays in the state
  # directory, so a second run recompiles nothing that did not change.
  flatpak-builder --user --force-clean --disable-rofiles-fuse --disable-updates \
    --ccache --state-dir="$work/state" --repo="$work/app-repo" \
    "$work/app" "$work/$app_id.json" || return
  # The stand-in runtime is installed already, so the bundle names no runtime repository.
  flatpak build-bundle "$work/app-repo" "$work/$app_id.flatpak" "$app_id" || return
  flatpak --user install -y --noninteractive --reinstall --bundle "$work/$app_id.flatpak"
}

check_cli ()
{
  local version
  version=$(flatpak run --command=gleaner-cli "$app_id" --version) || return
  echo "gleaner-cli --version in the sandbox: $version"
  [[ $version == *"$(sed -n "s/^  version: '\(.*\)',/\1/p" "$source_dir/meson.build")"* ]]
}

# Starts the app on its own display and session bus, waits for its window, then closes it.
# HOME is a fresh directory, so the app begins with an empty library of its own.
#
# Once in a CI run the app in the sandbox could not open the display Xvfb had just started
# (GTK's "cannot open display"). That says nothing about the package, so the app gets a
# second display then; any other early exit, or a second failure, fails the check. Each
# failure leaves in the log what the display was and what the sandbox was given.
check_app ()
{
  local attempt
  for attempt in 1 2; do
    rm -rf "$work/home"
    mkdir -p "$work/home" || return
    HOME=$work/home GSK_RENDERER=cairo GTK_A11Y=none NO_AT_BRIDGE=1 \
      xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- bash -c '
        flatpak run "$1" 2>"$2" &
        app=$!
        for _ in $(seq 600); do
          if xdotool search --onlyvisible --name "^Gleaner" >/dev/null 2>&1; then
            cat "$2"
            echo "the window is shown"
            sleep 1
            kill -0 "$app" || { echo "the app exited after showing its window"; exit 1; }
            kill "$app"
            wait "$app" || true
            exit 0
          fi
          if ! kill -0 "$app" 2>/dev/null; then
            wait "$app"
            status=$?
            cat "$2"
            echo "the app exited with $status on DISPLAY=$DISPLAY"
            ls -l /tmp/.X11-unix
            XAUTHORITY=$XAUTHORITY xauth list
            grep -q "cannot open display" "$2" && exit 3
            exit 1
          fi
          sleep 0.1
        done
        cat "$2"
        echo "no window after 60 s"
        kill "$app"
        exit 1' check "$app_id" "$work/app-stderr"
    case $? in
      0) return 0 ;;
      3) echo "the display could not be opened (attempt $attempt)" ;;
      *) return 1 ;;
    esac
    sleep 2
  done
  return 1
}

start=$SECONDS
step "making the stand-in runtime and SDK" make_standin
step "deriving the manifest" derive_manifest
step "building, bundling and installing $app_id" build_app
step "running gleaner-cli --version in the sandbox" check_cli
step "starting the app under Xvfb" check_app
grep -E '^(gleaner-cli --version|the window)' "$log"
echo "flatpak-check: PASS in $((SECONDS - start)) s"
