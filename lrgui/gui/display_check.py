"""Before Qt starts: is there a screen it can use? One sentence instead of Qt's abort.

Without a display, or without one of the libraries of Qt's X11 plugin, Qt
prints a long, misleading message (it names xcb-cursor0 even when the display
is simply missing) and aborts the process (exit 134). These checks run first,
without importing Qt, and name the actual problem.
"""

from __future__ import annotations

import ctypes.util
import os
import re
import sys

#: The libraries Qt's xcb platform plugin loads (Qt 6.5+), with the Debian/Ubuntu package of each.
XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-image": "libxcb-image0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-shape": "libxcb-shape0",
    "xkbcommon-x11": "libxkbcommon-x11-0",
}


def display_problem(environ=None, find_library=ctypes.util.find_library, platform: str = sys.platform) -> str | None:
    """The reason the app cannot open a window here, in one sentence; None when it probably can."""
    env = os.environ if environ is None else environ
    if not platform.startswith("linux"):
        return None
    chosen = env.get("QT_QPA_PLATFORM", "")
    if chosen and not chosen.startswith(("xcb", "wayland")):
        return None  # offscreen, vnc, eglfs…: the user chose, Qt will say
    display, wayland = env.get("DISPLAY", ""), env.get("WAYLAND_DISPLAY", "")
    if not display and not wayland:
        return ("no display found (DISPLAY and WAYLAND_DISPLAY are empty): run lrgui on a desktop, or under a "
                "virtual screen (xvfb-run -a lrgui); the command line (lrgui train, lrgui predict) needs none")
    if wayland and not chosen.startswith("xcb"):
        return None
    local = re.fullmatch(r"(?:unix)?:(\d+)(?:\.\d+)?", display)
    if local and not os.path.exists(f"/tmp/.X11-unix/X{local.group(1)}"):
        return f"cannot connect to the display {display}: no X server is listening there"
    missing = [package for library, package in XCB_LIBRARIES.items() if find_library(library) is None]
    if missing:
        return ("Qt's platform plugin cannot start: the system libraries " + ", ".join(missing) + " are missing "
                "(on Debian/Ubuntu: apt-get install " + " ".join(missing) + ")")
    return None
