"""Fixtures for the GUI tests: isolated QSettings, a window, and a check for leaked threads."""

from __future__ import annotations

import time
import traceback

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
    """Fails a test that leaves a task running, or a worker thread alive, after its window closed.

    Every task starts in :meth:`WorkerPool.start`, the one place; the check names
    each leaked task and the line that started it.
    """
    started: list[workers.Job] = []
    where: dict[int, str] = {}
    original = workers.WorkerPool.start

    def recording_start(pool, task, name="task", callbacks=None):
        job = original(pool, task, name, callbacks)
        caller = traceback.extract_stack(limit=3)[0]
        started.append(job)
        where[job.id] = f"{name} from {caller.filename}:{caller.lineno}"
        return job

    monkeypatch.setattr(workers.WorkerPool, "start", recording_start)
    yield started
    leaked = [where[job.id] for job in started if job.is_running()]
    for job in started:
        job.ignore()
        job.wait(10000)
    lanes = workers.running_lanes()
    assert not leaked, f"tasks still running after the test: {leaked}"
    assert not lanes, f"worker threads still running after the test: {lanes}"


@pytest.fixture
def window(qtbot):
    from lrgui.gui import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()  # closed, it deletes itself (pytest-qt may have closed it already)


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
