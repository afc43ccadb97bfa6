"""The ``lrgui`` command: the desktop app with no arguments, the command line otherwise."""

from __future__ import annotations

import os
import sys

# lrgui.data's MODEL_EXTENSION and LEGACY_MODEL_EXTENSION, without importing NumPy
MODEL_EXTENSION = ".lrgui.safetensors"
LEGACY_MODEL_EXTENSION = ".lrgui.h5"
LESSON_EXTENSION = ".lrlesson"  # lrgui.session.lesson.LESSON_EXTENSION
# lrgui.data.legacy_model.READER_FLAG: the frozen app reads old models in a child started this way
LEGACY_READER_FLAG = "--read-legacy-model"
#: ``lrgui --gui [FILE|FOLDER…]``: the app whatever it is given (the bundle's ``lrgui-gui`` launcher runs it so)
GUI_FLAG = "--gui"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == [LEGACY_READER_FLAG]:
        from lrgui.data._legacy_reader import main as read_legacy_model

        return read_legacy_model(argv[1:])
    if argv[:1] == [GUI_FLAG]:
        from lrgui.gui.launcher import main as gui_main

        return gui_main(argv[1:])
    if not argv or all(_is_model_file(arg) for arg in argv):
        # no arguments, or model files double-clicked in a file manager: the app
        # (which explains how to convert an old model it is given)
        from lrgui.gui.launcher import main as gui_main

        return gui_main(argv)
    if argv == ["--self-test"]:
        from lrgui.gui.self_test import run_self_test

        return run_self_test()
    from lrgui.cli import main as cli_main

    return cli_main(argv)


def _is_model_file(arg: str) -> bool:
    """A model (or lesson) file double-clicked in a file manager: the app opens it."""
    return arg.endswith((MODEL_EXTENSION, LEGACY_MODEL_EXTENSION, LESSON_EXTENSION)) and os.path.isfile(arg)
