"""Fixtures for the GUI tests: isolated QSettings, a window, and a check for leaked threads."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from lrgui.gui import workers


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path):
    """QSettings of every format and scope write below the test's temp dir, never the user's."""
    folder = tmp_path / "qsettings"
    folder.mkdir()
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(fmt, scope, str(folder))
    yield folder


@pytest.fixture(autouse=True)
def no_leaked_threads(monkeypatch, qapp):
    """Fails a test that leaves a worker's QThread running after its window closed."""
    started: list[workers.Job] = []
    original = workers.Job.start

    def recording_start(job):
        started.append(job)
        original(job)

    monkeypatch.setattr(workers.Job, "start", recording_start)
    yield started
    leaked = [job.name for job in started if job.is_running()]
    for job in started:
        job.ignore()
        job.wait(10000)
    assert not leaked, f"QThreads still running after the test: {leaked}"


@pytest.fixture
def window(qtbot):
    from lrgui.gui import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def drop_paths(widget, paths) -> bool:
    """Drags local paths onto ``widget`` and drops them, as a file manager would; True if accepted."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    widget.dragEnterEvent(enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    widget.dropEvent(drop)
    return drop.isAccepted()


class TickGaps:
    """Records the gaps between a 10 ms QTimer's ticks: how long the UI thread was kept from its events."""

    def __init__(self):
        from PySide6.QtCore import QTimer

        self.gaps: list[float] = []
        self._last = 0.0
        self._timer = QTimer(interval=10, timeout=self._tick)

    def _tick(self) -> None:
        now = time.monotonic()
        self.gaps.append(now - self._last)
        self._last = now

    def start(self) -> None:
        self._last = time.monotonic()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def worst(self) -> float:
        """The longest gap, the first excepted (it includes the timer's own start)."""
        return max(self.gaps[1:], default=0.0)


@pytest.hookimpl(hookwrapper=True, trylast=True)
def pytest_runtest_teardown(item):
    """Destroys the test's closed windows now, while no worker thread runs.

    Left to a later event loop, their deferred deletion would run during the next
    test, beside its workers; PySide 6.11 can then deadlock (the UI thread holds
    the GIL while a QObject's destructor waits for a Qt mutex that a worker,
    emitting a signal and waiting for the GIL, holds).
    """
    yield
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    import gc

    gc.collect()  # the closed windows' Python side too, now rather than in a later test's timing
