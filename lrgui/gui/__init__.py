"""The desktop app (PySide6 + pyqtgraph): the only package that imports Qt."""

from lrgui.gui.main_window import MainWindow

__all__ = ["MainWindow"]
