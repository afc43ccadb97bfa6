"""Walks the window as a teacher does and lists what the screen cuts off: the repository's own screenshot checks.

Run as a script in its own process, on an offscreen screen of the size to check
(``tests/gui/test_nothing_cut.py`` does, for 1024×600 and 1280×800):

    QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json python -m tests.gui.screen_walk [--sample digits]
        [--compare "0.01, 0.001, 0.0001"] [--notes] [--no-presentation] [--shots DIR]

It opens the main window maximised, loads the built-in sample (the Data tab's
``sampleButton``, or the File → sample action ``sample_NAME``), trains once,
then checks every tab; then every tab in presentation mode, and that leaving
presentation gives the window back whole; then, with ``--compare``, the same
after comparing learning rates, and with ``--notes`` with the lesson notes
shown. It prints one problem a line after ``PROBLEM:`` and exits 1 when there
is any. The checks are those of the team's screenshot tool: a named control
clipped or off-screen, a label, button or combo box whose text is wider than
its room, a table whose rows must be scrolled to or whose column headers are
cut, a top-level window larger than the screen.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QRect, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
)


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(predicate, seconds: float) -> bool:
    for _ in range(int(seconds * 10)):
        if predicate():
            return True
        wait(100)
    return False


def name_of(widget) -> str:
    return widget.objectName() or f"{type(widget).__name__} '{(getattr(widget, 'text', lambda: '')() or '')[:30]}'"


def in_scroll_area(widget) -> bool:
    """Inside a scroll area a control scrolled out of view is not cut off: the scroll bar says there is more."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def clipped_controls(window, screen: QRect) -> list[str]:
    found = []
    for kind in (QAbstractButton, QAbstractSpinBox, QComboBox, QAbstractSlider):
        for widget in window.findChildren(kind):
            if not widget.isVisible() or not widget.objectName() or widget.width() == 0 or in_scroll_area(widget):
                continue
            shown = widget.visibleRegion().boundingRect()
            top_left = widget.mapToGlobal(shown.topLeft())
            inside = screen.intersected(shown.translated(top_left - shown.topLeft()))
            fraction = inside.width() * inside.height() / float(widget.width() * widget.height())
            if fraction < 0.95:
                found.append(f"{widget.objectName()} ({kind.__name__}): {fraction:.0%} shown")
    return found


def cut_text(window) -> list[str]:
    """Plain one-line texts wider than the room their widget gives them."""
    found = []
    for widget in window.findChildren(QLabel):
        text = widget.text()
        if (not widget.isVisible() or not text or widget.wordWrap() or widget.textFormat() == Qt.TextFormat.RichText
                or "<" in text or "\n" in text or widget.pixmap() is not None and not widget.pixmap().isNull()):
            continue
        need, room = widget.fontMetrics().horizontalAdvance(text), widget.contentsRect().width()
        if need > room + 2:
            found.append(f"{name_of(widget)} (QLabel): text needs {need} px, has {room}")
    for widget in window.findChildren(QAbstractButton):
        text = widget.text().replace("&", "")
        if not widget.isVisible() or not text or "\n" in text:
            continue
        need = widget.fontMetrics().horizontalAdvance(text) + (
            widget.iconSize().width() if not widget.icon().isNull() else 0)
        room = widget.width() - 12  # the style's margins
        if need > room + 2:
            found.append(f"{name_of(widget)} (button): text needs {need} px, has {room}")
    for widget in window.findChildren(QComboBox):
        text = widget.currentText()
        if not widget.isVisible() or not text:
            continue
        need, room = widget.fontMetrics().horizontalAdvance(text), widget.width() - 30  # the arrow and margins
        if need > room + 2:
            found.append(f"{name_of(widget)} (QComboBox): '{text[:30]}' needs {need} px, has {room}")
    return found


def cut_tables(window, allow_scrolling: bool = False) -> list[str]:
    found = []
    for table in window.findChildren(QTableView):
        model = table.model()
        if not table.isVisible() or model is None or model.rowCount() == 0:
            continue
        rows = model.rowCount()
        shown = sum(1 for r in range(rows) if not table.isRowHidden(r)
                    and table.rowViewportPosition(r) >= 0
                    and table.rowViewportPosition(r) + table.rowHeight(r) <= table.viewport().height())
        if shown < rows and not allow_scrolling:
            found.append(f"{name_of(table)} (table): {shown} of {rows} rows readable without scrolling")
        header = table.horizontalHeader()
        if header.isVisible():
            metrics = header.fontMetrics()
            for column in range(model.columnCount()):
                text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
                if (text and not table.isColumnHidden(column)
                        and metrics.horizontalAdvance(text) + 8 > header.sectionSize(column)):
                    found.append(f"{name_of(table)} (table): column header '{text[:24]}' cut short")
    return found


def outer(window) -> QRect:
    """What a window takes on the screen: its frame, except on Qt's offscreen platform, whose frame (two pixels
    around a maximised window, wider once a dock comes) is its own invention: an X server without a window
    manager, as the team's screenshot tool uses, draws none."""
    return window.geometry() if QGuiApplication.platformName() == "offscreen" else window.frameGeometry()


def oversized_windows(screen: QRect) -> list[str]:
    return [f"{name_of(w)} (window): {w.width()}x{w.height()} on a {screen.width()}x{screen.height()} screen"
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and (outer(w).width() > screen.width() or outer(w).height() > screen.height())]


def check_all(window, screen: QRect, where: str, allow_scrolling: bool = False) -> list[str]:
    found = (clipped_controls(window, screen) + cut_text(window) + cut_tables(window, allow_scrolling)
             + oversized_windows(screen))
    return [f"[{where}] {problem}" for problem in found]


def main(argv=None) -> int:
    options = argparse.ArgumentParser()
    options.add_argument("--sample")
    options.add_argument("--compare")
    options.add_argument("--notes", action="store_true")
    options.add_argument("--no-presentation", action="store_true")
    options.add_argument("--shots", type=Path)
    args = options.parse_args(argv)
    scratch = tempfile.mkdtemp(prefix="lrgui-walk-")
    for name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"):
        os.environ.setdefault(name, os.path.join(scratch, name.lower()))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from lrgui.gui import MainWindow

    window = MainWindow()
    window.showMaximized()
    wait(500)
    screen = QGuiApplication.primaryScreen().availableGeometry()
    tabs = window.findChild(QTabWidget, "tabs")
    train = window.findChild(QAbstractButton, "trainButton")
    if args.sample:
        action = window.findChild(QAction, f"sample_{args.sample}")
        if action is None:
            print(f"PROBLEM: no action named sample_{args.sample}")
            return 1
        action.trigger()
    else:
        window.findChild(QAbstractButton, "sampleButton").click()
    wait(300)
    if not wait_until(train.isEnabled, 120):
        print("PROBLEM: the sample did not load")
        return 1
    train.click()
    wait(300)
    wait_until(lambda: train.isEnabled() and window.state.model is not None, 120)
    # ten classes may scroll in presentation mode, with whole headers (more rows than a projector shows)
    many_classes = window.state.model is not None and len(window.state.model.classes) > 5

    def tab_name(index: int) -> str:
        return tabs.tabText(index).replace("&", "").strip().replace(" ", "-").lower() or f"tab{index}"

    def shoot(name: str) -> None:
        if args.shots is not None:
            args.shots.mkdir(parents=True, exist_ok=True)
            window.grab().save(str(args.shots / f"{name}.png"))

    def walk(stage: str) -> list[str]:
        problems = []
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            wait(250)
            shoot(f"{stage}{index + 1:02d}-{tab_name(index)}")
            problems += check_all(window, screen, f"{stage}{tab_name(index)}")
        presentation = window.findChild(QAction, "presentationAction")
        if args.no_presentation or presentation is None:
            return problems
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            presentation.trigger()
            wait(500)
            shoot(f"{stage}presentation-{index + 1:02d}-{tab_name(index)}")
            problems += check_all(window, screen, f"{stage}presentation {tab_name(index)}", many_classes)
            presentation.trigger()
            wait(300)
            frame = outer(window)
            if frame.width() > screen.width() or frame.height() > screen.height() or not screen.contains(frame.topLeft()):
                problems.append(f"[{stage}leaving presentation on {tab_name(index)}] the window is "
                                f"{frame.width()}x{frame.height()} at ({frame.x()},{frame.y()}) on a "
                                f"{screen.width()}x{screen.height()} screen")
        return problems

    problems = walk("")
    if args.compare:
        rates, compare = window.findChild(QLineEdit, "compareRatesEdit"), window.findChild(QAbstractButton, "compareButton")
        rates.setText(args.compare)
        compare.click()
        wait(300)
        wait_until(train.isEnabled, 180)
        problems += walk("compared ")
    if args.notes:
        notes = window.findChild(QAction, "lessonNotesAction")
        if not notes.isChecked():
            notes.trigger()
        wait(300)
        problems += walk("notes ")
    for problem in problems:
        print(f"PROBLEM: {problem}")
    print(f"{len(problems)} problems at {screen.width()}x{screen.height()}")
    window.close()
    app.processEvents()
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
