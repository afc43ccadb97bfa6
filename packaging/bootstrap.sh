#!/usr/bin/env bash
# Sets up everything lrgui needs on this machine, then opens the app or runs the tests.
#
#   bash packaging/bootstrap.sh app    # install, then open the desktop app (the sample dataset is offered)
#   bash packaging/bootstrap.sh test   # install, then run the whole test suite
#
# It checks for Python 3.11+, installs (or names) the system libraries Qt needs on
# a bare Debian/Ubuntu, creates the virtual environment .venv in the repository and
# installs lrgui into it with its test tools. Running it again is quick.
set -euo pipefail

mode="${1:-app}"
shift || true
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="${LRGUI_VENV:-$root/.venv}"
say() { printf '\033[1m[lrgui]\033[0m %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

case "$mode" in
  app|test) ;;
  *) die "usage: bash packaging/bootstrap.sh app|test [arguments for lrgui or pytest]" ;;
esac

# --- Python ------------------------------------------------------------------
python="${PYTHON:-}"
if [ -z "$python" ]; then
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      python="$candidate"; break
    fi
  done
fi
[ -n "$python" ] || die "lrgui needs Python 3.11 or newer (python3 --version shows what you have)."

# --- System libraries for Qt (Linux) ----------------------------------------
qt_packages=(libegl1 libgl1 libfontconfig1 libglib2.0-0 libdbus-1-3 libxkbcommon0 fonts-dejavu-core)
# a real window on X11 (or a virtual screen for screenshots) also needs the xcb plugin's libraries
x11_packages=(libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-render-util0
              libxcb-shape0 libxkbcommon-x11-0)
# the tests also run the desktop-file, AppStream and MIME validators, and a real window on Xvfb
[ "$mode" = test ] && x11_packages+=(xvfb xauth desktop-file-utils appstream shared-mime-info)
if [ "$(uname -s)" = Linux ] && command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for pkg in "${qt_packages[@]}" "${x11_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    if [ -n "$sudo" ] && ! command -v sudo >/dev/null 2>&1; then
      die "Qt needs these system packages: ${missing[*]}. Install them as root: apt-get install ${missing[*]}"
    fi
    say "installing the system libraries Qt needs: ${missing[*]}"
    $sudo apt-get update -qq || die "apt-get update failed; install by hand: apt-get install ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
      || die "could not install: ${missing[*]}. Install them by hand with apt-get."
  fi
elif [ "$(uname -s)" = Linux ]; then
  say "not a Debian-like system: if the app fails to start, install your distribution's packages for" \
      "libEGL, libGL, fontconfig, glib, dbus, xkbcommon and the xcb-cursor/icccm/keysyms/image/render-util/shape libraries."
fi

# --- Virtual environment -------------------------------------------------------
if [ ! -x "$venv/bin/python" ]; then
  say "creating the virtual environment $venv"
  "$python" -m venv "$venv" || die "could not create a virtual environment (on Debian: apt-get install python3-venv)"
fi
stamp="$venv/.lrgui-installed"
if [ ! -f "$stamp" ] || [ "$root/pyproject.toml" -nt "$stamp" ]; then
  say "installing lrgui and its dependencies into $venv"
  "$venv/bin/python" -m pip install --quiet --upgrade pip
  "$venv/bin/python" -m pip install --quiet -e "$root[test]"
  touch "$stamp"
fi

cd "$root"
if [ "$mode" = test ]; then
  say "running the tests"
  QT_QPA_PLATFORM=offscreen exec "$venv/bin/python" -m pytest "$@"
fi
if [ "$(uname -s)" = Linux ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  die "no display found (DISPLAY and WAYLAND_DISPLAY are empty). Run it on a desktop, or under a virtual screen: xvfb-run -a bash packaging/bootstrap.sh app"
fi
say "opening lrgui"
exec "$venv/bin/lrgui" "$@"
