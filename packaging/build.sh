#!/usr/bin/env bash
# Build the one-folder lrgui bundle (packaging/lrgui.spec) in a throwaway virtualenv,
# then check that the result starts.
#
#   packaging/build.sh [--reuse-venv] [BUILD_DIR]     (BUILD_DIR: default ${TMPDIR:-/tmp}/lrgui-build)
#
# Leaves BUILD_DIR/venv (the build environment), BUILD_DIR/work (PyInstaller's
# scratch files) and BUILD_DIR/dist/lrgui/ (the bundle: run dist/lrgui/lrgui; on
# Linux its one executable, with dist/lrgui/lrgui-gui a launcher script for the app).
# On Linux the bundle must stay within MAX_BUNDLE_MB (default 200) megabytes.
# --reuse-venv keeps an existing BUILD_DIR/venv instead of making a new one.
# PYTHON picks the interpreter (default python3; lrgui needs 3.11 or newer), and
# the bundle runs on systems with the same or a newer glibc than the build machine.
#
# The same on Windows (PowerShell, from the repository root):
#   py -3.11 -m venv $env:TEMP\lrgui-build\venv
#   & $env:TEMP\lrgui-build\venv\Scripts\pip install . "pyinstaller>=6.10"
#   & $env:TEMP\lrgui-build\venv\Scripts\pyinstaller --noconfirm --clean `
#       --distpath $env:TEMP\lrgui-build\dist --workpath $env:TEMP\lrgui-build\work packaging\lrgui.spec
#   & $env:TEMP\lrgui-build\dist\lrgui\lrgui.exe --version
# On macOS this script runs as it is; the app is BUILD_DIR/dist/lrgui.app.
set -euo pipefail

reuse_venv=false
if [[ "${1:-}" == "--reuse-venv" ]]; then
    reuse_venv=true
    shift
fi
if [[ "${1:-}" == -* ]]; then
    sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'
    [[ "$1" == "-h" || "$1" == "--help" ]] && exit 0 || exit 2
fi

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${1:-${TMPDIR:-/tmp}/lrgui-build}"
mkdir -p "$build_dir"
build_dir="$(cd "$build_dir" && pwd)"
python="${PYTHON:-python3}"
venv="$build_dir/venv"
started=$SECONDS

if [[ "$reuse_venv" == false || ! -x "$venv/bin/python" ]]; then
    rm -rf "$venv"
    "$python" -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --upgrade pip
"$venv/bin/python" -m pip install --quiet "$root" "pyinstaller>=6.10"

"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$build_dir/dist" --workpath "$build_dir/work" \
    "$root/packaging/lrgui.spec"

# Smoke test: both commands start, and the Qt platform plugins made it in.
bundle="$build_dir/dist/lrgui"
"$bundle/lrgui" --version
"$bundle/lrgui" train --help > /dev/null
if [[ "$(uname -s)" == Linux ]]; then
    for plugin in libqxcb.so libqoffscreen.so libqwayland.so; do
        [[ -f "$bundle/_internal/PySide6/Qt/plugins/platforms/$plugin" ]] ||
            { echo "build.sh: the bundle lacks the Qt platform plugin $plugin" >&2; exit 1; }
    done
fi
if [[ "$(uname -s)" == Linux ]]; then
    # one executable; lrgui-gui is the shell launcher that runs it as the app
    [[ -x "$bundle/lrgui-gui" && "$(head -c 2 "$bundle/lrgui-gui")" == "#!" ]] ||
        { echo "build.sh: the bundle lacks its lrgui-gui launcher script" >&2; exit 1; }
    size_mb="$(du -sm "$bundle" | cut -f1)"
    (( size_mb <= ${MAX_BUNDLE_MB:-200} )) ||
        { echo "build.sh: the bundle is $size_mb MB, over its ${MAX_BUNDLE_MB:-200} MB budget" >&2; exit 1; }
fi
[[ -d "$bundle/_internal/lrgui/resources/icons" ]] ||
    { echo "build.sh: the bundle lacks lrgui/resources" >&2; exit 1; }
# The whole path, offscreen: sample → load → train → predict, in the bundle's own Qt.
QT_QPA_PLATFORM=offscreen XDG_CACHE_HOME="$build_dir/cache" XDG_CONFIG_HOME="$build_dir/config" \
    "$bundle/lrgui" --self-test

echo "Built $bundle: $(du -sh "$bundle" | cut -f1) in $((SECONDS - started)) s"
