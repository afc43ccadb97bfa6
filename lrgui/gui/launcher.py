"""Starting the desktop app."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    print("The lrgui desktop app is not built yet; use 'lrgui train' and 'lrgui predict'.", file=sys.stderr)
    return 2
