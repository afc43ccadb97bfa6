"""Starting the desktop app: ``lrgui`` with no arguments, ``lrgui-gui``, ``python -m lrgui``."""

from __future__ import annotations

import os
import sys


def create_application(argv: list[str] | None = None):
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication

    from lrgui.assets import resource_path

    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        QCoreApplication.setOrganizationName("lrgui")
        QCoreApplication.setApplicationName("lrgui")
        QGuiApplication.setDesktopFileName("lrgui")
        app = QApplication(["lrgui", *(argv or [])])
        icon = resource_path("icons", "lrgui.svg")
        if icon.exists():
            app.setWindowIcon(QIcon(str(icon)))
    return app


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    try:
        app = create_application(argv)
    except ImportError as error:
        print(f"error: cannot start the desktop app: {error}. "
              "Reinstall lrgui with 'pip install lrgui' (it needs PySide6-Essentials).", file=sys.stderr)
        return 2
    from lrgui.gui.main_window import MainWindow

    window = MainWindow(remember_settings=True, restore_session=True, confirm_quit=True, offer_sample=True)
    window.show()
    return app.exec()
