"""Starting the desktop app: ``lrgui`` with no arguments, ``lrgui-gui``, ``python -m lrgui``."""

from __future__ import annotations

import os
import sys
from pathlib import Path


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
        from lrgui.gui.language import chosen_language, install_language
        from lrgui.gui.settings import app_settings

        install_language(chosen_language(app_settings()))
    return app


def main(argv: list[str] | None = None) -> int:
    """Opens the window; paths given (a file manager's "Open with") open model files or add class folders."""
    argv = sys.argv[1:] if argv is None else argv
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    from lrgui.gui.display_check import display_problem

    problem = display_problem()
    if problem is not None:
        print(f"error: cannot open the lrgui window: {problem}.", file=sys.stderr)
        return 2
    try:
        app = create_application(argv)
    except ImportError as error:
        print(f"error: cannot start the desktop app: {error}. "
              "Reinstall lrgui with 'pip install lrgui' (it needs PySide6-Essentials).", file=sys.stderr)
        return 2
    from lrgui.gui.main_window import MainWindow
    paths = [Path(a) for a in argv if not a.startswith("-")]
    window = MainWindow(remember_settings=True, restore_session=not paths, confirm_quit=True, offer_sample=not paths)
    window.show()
    lessons = [p for p in paths if p.is_file() and p.name.endswith(".lrlesson")]
    models = [p for p in paths if p.is_file() and p not in lessons]
    folders = [p for p in paths if p.is_dir()]
    from PySide6.QtCore import QTimer

    # once the event loop runs: a file that cannot be opened is said in a message box, never a failed start
    if lessons:
        QTimer.singleShot(0, lambda: window.lessons.open_lesson(lessons[0]))
    if models:
        QTimer.singleShot(0, lambda: window.open_model(models[0]))
    if folders:
        QTimer.singleShot(0, lambda: window.data_tab.add_folders(folders))
    return app.exec()
