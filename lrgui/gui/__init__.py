"""The desktop app (PySide6 + pyqtgraph): the only package that imports Qt."""

from lrgui.gui.pyside_imports import check_sources_by_bytes

check_sources_by_bytes()  # before the window's modules are imported: each is looked at once

from lrgui.gui.main_window import MainWindow  # noqa: E402 - after the check above

__all__ = ["MainWindow"]
