"""The ``lrgui`` command: the desktop app with no arguments, the command line otherwise."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        from lrgui.gui.launcher import main as gui_main

        return gui_main([])
    if argv == ["--self-test"]:
        from lrgui.gui.self_test import run_self_test

        return run_self_test()
    from lrgui.cli import main as cli_main

    return cli_main(argv)
