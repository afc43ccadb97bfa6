#!/usr/bin/env bash
# Install (or remove) lrgui's desktop integration: the menu entry, the AppStream
# metainfo, the model file type and the icons, following the freedesktop specs.
#
#   packaging/install-desktop-files.sh                 # for this user: ${XDG_DATA_HOME:-~/.local/share}
#   sudo packaging/install-desktop-files.sh --prefix /usr/local   # system-wide: /usr/local/share
#   packaging/install-desktop-files.sh --uninstall     # removes exactly what the install put there
#
# Options:
#   --prefix DIR     install under DIR/share instead of the user's data folder
#   --exec PROGRAM   the program the menu entry starts (default: lrgui-gui, looked up on
#                    PATH); give an absolute path when lrgui lives in a virtualenv
#   --resources DIR  take the files from DIR (default: the resources/ folder of this checkout)
#   --uninstall      remove the files instead of installing them
#
# Running it twice is harmless: files are overwritten in place, caches rebuilt.
# The desktop file's name (lrgui.desktop) is the AppStream launchable and the
# Wayland app id, so the GUI must call QGuiApplication.setDesktopFileName("lrgui").
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
resources="$here/../resources"
data_dir="${XDG_DATA_HOME:-$HOME/.local/share}"
exec_program=""
action=install

usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; }

while [[ $# -gt 0 ]]; do
    case "$1" in
        --prefix) data_dir="${2:?--prefix needs a folder}/share"; shift 2 ;;
        --exec) exec_program="${2:?--exec needs a program}"; shift 2 ;;
        --resources) resources="${2:?--resources needs a folder}"; shift 2 ;;
        --uninstall) action=uninstall; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "install-desktop-files.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
    esac
done

resources="$(cd "$resources" && pwd)"
for needed in lrgui.desktop lrgui.metainfo.xml lrgui-mime.xml icons/hicolor; do
    [[ -e "$resources/$needed" ]] || { echo "install-desktop-files.sh: $resources/$needed is missing" >&2; exit 1; }
done

# Where each file goes. The metainfo is named after its component id, as AppStream expects.
desktop_target="$data_dir/applications/lrgui.desktop"
metainfo_target="$data_dir/metainfo/io.github.lrgui.lrgui.metainfo.xml"
mime_target="$data_dir/mime/packages/lrgui-mime.xml"
icons_target="$data_dir/icons/hicolor"
# Icon paths relative to hicolor/, e.g. 48x48/apps/lrgui.png.
mapfile -t icon_files < <(cd "$resources/icons/hicolor" && find . -type f \( -name '*.png' -o -name '*.svg' \) | sed 's|^\./||' | sort)

refresh_caches() {
    if command -v update-desktop-database >/dev/null; then
        update-desktop-database -q "$data_dir/applications" || true
    fi
    if command -v update-mime-database >/dev/null; then
        update-mime-database "$data_dir/mime" || true
    fi
    # A theme folder's mtime tells icon caches that it changed. Build a cache only
    # where one already exists: a user folder without a cache is read directly, and
    # a cache that later installs forget to refresh would hide their icons.
    if [[ -d "$icons_target" ]]; then
        touch "$icons_target"
        if [[ -f "$icons_target/icon-theme.cache" ]] && command -v gtk-update-icon-cache >/dev/null; then
            gtk-update-icon-cache -q -f -t "$icons_target" || true
        fi
    fi
}

# Copy a desktop file from stdin to stdout with its Exec key starting PROGRAM.
write_desktop_file_with_exec() {
    # Desktop Entry spec: inside a quoted argument escape \ " ` $ with a backslash,
    # then apply the string escape (every backslash doubled); a literal % is %%.
    local quoted="$1" line
    quoted="${quoted//\\/\\\\}"
    quoted="${quoted//\"/\\\"}"
    quoted="${quoted//\`/\\\`}"
    quoted="${quoted//\$/\\\$}"
    quoted="${quoted//\\/\\\\}"
    quoted="${quoted//%/%%}"
    while IFS= read -r line; do
        if [[ "$line" == Exec=* ]]; then
            printf 'Exec="%s" %%F\n' "$quoted"
        else
            printf '%s\n' "$line"
        fi
    done
}

install_files() {
    install -d "$data_dir/applications" "$data_dir/metainfo" "$data_dir/mime/packages"
    if [[ -n "$exec_program" ]]; then
        write_desktop_file_with_exec "$exec_program" < "$resources/lrgui.desktop" > "$desktop_target.tmp"
        mv "$desktop_target.tmp" "$desktop_target"
        chmod 644 "$desktop_target"
    else
        install -m 644 "$resources/lrgui.desktop" "$desktop_target"
        command -v lrgui-gui >/dev/null ||
            echo "install-desktop-files.sh: note: lrgui-gui is not on PATH; the menu entry needs --exec /path/to/lrgui-gui" >&2
    fi
    install -m 644 "$resources/lrgui.metainfo.xml" "$metainfo_target"
    install -m 644 "$resources/lrgui-mime.xml" "$mime_target"
    local icon
    for icon in "${icon_files[@]}"; do
        install -D -m 644 "$resources/icons/hicolor/$icon" "$icons_target/$icon"
    done
    refresh_caches
    echo "Installed lrgui's desktop files under $data_dir"
}

uninstall_files() {
    rm -f "$desktop_target" "$metainfo_target" "$mime_target"
    local icon
    for icon in "${icon_files[@]}"; do
        rm -f "$icons_target/$icon"
    done
    refresh_caches
    echo "Removed lrgui's desktop files from $data_dir"
}

if [[ "$action" == install ]]; then install_files; else uninstall_files; fi
