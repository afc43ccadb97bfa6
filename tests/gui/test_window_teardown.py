"""A closed window is destroyed by Qt, in the event loop, and leaves nothing for Python's garbage collector.

A QObject whose Python wrapper owns it is destroyed when the collector reaches the wrapper: at a random
moment, inside whatever the UI thread is doing, holding the GIL. A closed window's pyqtgraph menus
destroyed that way, inside a later paint event while workers sent news, once deadlocked in ~QObject.
So every QObject of a window has a Qt owner (a parent, a graphics scene, or its worker lane), and a
closed window deletes itself.
"""

from __future__ import annotations

import gc

import shiboken6
from PySide6.QtCore import QObject, QThread
from PySide6.QtWidgets import QGraphicsObject, QPushButton, QSpinBox, QWidget

from lrgui.gui import MainWindow
from lrgui.gui import main_window
from lrgui.gui.plot_style import DESTROYED_AFTER_OWNER
from lrgui.gui.workers import _Executor
from tests.gui.conftest import drop_paths


def python_owned() -> list[QObject]:
    """Every live QObject whose C++ side its Python wrapper would destroy when collected."""
    owned = []
    for thing in gc.get_objects():
        if isinstance(thing, QObject) and shiboken6.isValid(thing) and shiboken6.ownedByPython(thing):
            owned.append(thing)
    return owned


def described(objects) -> list[str]:
    return sorted(f"{type(o).__module__}.{type(o).__name__}({o.objectName()!r})" for o in objects)


def has_qt_owner(thing: QObject) -> bool:
    """A graphics item in a scene dies with the scene; an executor lives in its lane's thread and is
    given to its lane when the lane closes; a plot's context menu is deleted by Qt after its plot."""
    if thing.property(DESTROYED_AFTER_OWNER):
        return True
    if isinstance(thing, QGraphicsObject):
        return thing.scene() is not None
    if isinstance(thing, _Executor):
        return thing.thread() is not QThread.currentThread()
    return False


def load_and_train(qtbot, window, folders) -> None:
    assert drop_paths(window.findChild(QWidget, "dataTab"), [folders])
    train = window.findChild(QPushButton, "trainButton")
    qtbot.waitUntil(train.isEnabled, timeout=20000)
    window.findChild(QSpinBox, "epochsSpin").setValue(300)
    train.click()
    qtbot.waitUntil(lambda: window.model is not None and not window.train_tab.is_training, timeout=30000)


def test_a_closed_window_is_destroyed_by_qt_and_leaves_nothing_for_the_collector(qtbot, image_folders):
    gc.collect()
    before = {id(o) for o in python_owned()}
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for index in range(window.tabs.count()):  # every tab built, the lazy ones too
        window.tabs.setCurrentIndex(index)
        qtbot.wait(20)
    load_and_train(qtbot, window, image_folders)
    window.train_tab.rates_edit.setText("0.01, 0.001")
    window.train_tab.compare_button.click()
    qtbot.waitUntil(lambda: not window.train_tab.is_training, timeout=30000)
    window.playground_tab.train_both()
    qtbot.waitUntil(lambda: not window.playground_tab.is_training, timeout=30000)

    new = [o for o in python_owned() if id(o) not in before]
    orphans = [o for o in new if o is not window and not has_qt_owner(o)]
    assert not orphans, f"QObjects without a Qt owner: {described(orphans)}"

    assert window.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(window), timeout=5000)  # the event loop deleted it
    assert window not in main_window._windows
    qtbot.wait(50)  # and then, in the event loop too, what dies after its plot
    left = [o for o in python_owned() if id(o) not in before]
    assert not left, f"left for the garbage collector to destroy: {described(left)}"


def test_windows_closed_and_collected_while_another_window_trains(qtbot, window, image_folders):
    """Closing windows, and collecting all garbage, beside a running training neither deadlocks nor aborts."""
    assert drop_paths(window.findChild(QWidget, "dataTab"), [image_folders])
    qtbot.waitUntil(window.findChild(QPushButton, "trainButton").isEnabled, timeout=20000)
    window.findChild(QSpinBox, "epochsSpin").setValue(1_000_000)
    window.train_tab.start_training()
    qtbot.waitUntil(lambda: window.train_tab.is_training, timeout=5000)
    for _ in range(3):
        other = MainWindow()
        other.show()
        other.tabs.setCurrentIndex(other.tabs.count() - 1)  # the lazy Playground built, its plots and menus
        qtbot.wait(50)
        other.close()
        del other
        gc.collect()  # whatever the closed window left is collected now, while the workers report
        qtbot.wait(50)
        gc.collect()
        assert window.train_tab.is_training
    window.train_tab.stop_training()
    qtbot.waitUntil(lambda: not window.train_tab.is_training, timeout=5000)
