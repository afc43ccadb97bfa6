"""What the window's opening saves: PySide6's per-module look reads bytes, with PySide6's own answers."""

from __future__ import annotations

import inspect
import sys

import lrgui.gui  # noqa: F401 - installs the check
import lrgui.gui.main_window
import lrgui.session.state
from lrgui.gui.pyside_imports import check_sources_by_bytes


def test_the_per_module_check_reads_bytes_and_answers_as_pyside6_does():
    assert check_sources_by_bytes()  # installed once; asked again, it is already there
    feature = sys.modules.get("PySide6.support.feature") or sys.modules.get("shibokensupport.feature")
    check = feature._mod_uses_pyside
    assert check.reads_bytes
    for module in (lrgui.gui.main_window, lrgui.session.state, inspect, sys):
        try:
            expected = "PySide6" in inspect.getsource(module)
        except (TypeError, OSError):
            expected = False
        assert check(module) is expected, module.__name__
    assert feature.pyside_feature_dict["lrgui.gui.main_window"] == 0  # uses PySide6: features switch
    assert feature.pyside_feature_dict["lrgui.session.state"] == -1  # ignored
