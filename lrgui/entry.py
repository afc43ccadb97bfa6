"""The ``lrgui`` command: the desktop app with no arguments, the command line otherwise."""

from __future__ import annotations

import os
import sys

MODEL_EXTENSION = ".lrgui.h5"  # lrgui.data.MODEL_EXTENSION, without importing NumPy and h5py


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or all(arg.endswith(MODEL_EXTENSION) and os.path.isfile(arg) for arg in argv):
        # no arguments, or model files double-clicked in a file manager: the app
        from lrgui.gui.launcher import main as gui_main

        return gui_main(argv)
    if argv == ["--self-test"]:
        from lrgui.gui.self_test import run_self_test

        return run_self_test()
    from lrgui.cli import main as cli_main

    return cli_main(argv)
