"""Running long work off the UI thread.

A :class:`Worker` runs one function on its own ``QThread``; the function gets
two callbacks, ``report(payload)`` to send progress (throttled) and
``should_stop()`` to poll the stop flag. The wiring follows superqt's
``new_worker_qthread``: ``moveToThread``, the thread's ``started`` runs the
work, ``finished`` quits the thread, and both objects are deleted later.

The UI never talks to the worker directly (it may have finished before the UI
has handled its last signals): each
:class:`Job` relays the worker's signals through a :class:`JobEvents` object
that lives in the UI thread, and keeps the stop flag itself.
"""

from __future__ import annotations

import sys
import threading
import time
import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from lrgui.data import LoadingCancelled

Task = Callable[[Callable[..., None], Callable[[], bool]], Any]

#: Progress reaches the UI at most this often (seconds): a smooth progress
#: bar, and far below what would flood the event loop.
REPORT_INTERVAL = 0.03


class Worker(QObject):
    """Runs ``task(report, should_stop)`` once, in whatever thread it is moved to."""

    progressed = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object, str)  # the exception and its formatted traceback
    cancelled = Signal()
    finished = Signal()

    def __init__(self, task: Task, stop: threading.Event):
        super().__init__()
        self._task = task
        self._stop = stop
        self._last_report = 0.0

    def report(self, payload: Any, force: bool = False) -> None:
        now = time.monotonic()
        if force or now - self._last_report >= REPORT_INTERVAL:
            self._last_report = now
            self.progressed.emit(payload)

    @Slot()
    def run(self) -> None:
        try:
            result = self._task(self.report, self._stop.is_set)
        except LoadingCancelled:
            self.cancelled.emit()
        except BaseException as error:  # shown to the user; the thread must always finish
            self.failed.emit(error, traceback.format_exc())
        else:
            if result is None and self._stop.is_set():
                self.cancelled.emit()
            else:
                self.succeeded.emit(result)
        finally:
            self.finished.emit()


class JobEvents(QObject):
    """The worker's signals, re-emitted in the UI thread."""

    progressed = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object, str)
    cancelled = Signal()
    finished = Signal()

    def __init__(self):
        super().__init__()
        self.done = False
        self.finished.connect(self._mark_done)

    @Slot()
    def _mark_done(self) -> None:
        self.done = True


class Job:
    """One task on its own thread. Connect to ``events`` before :meth:`start`."""

    def __init__(self, task: Task, name: str):
        self.name = name
        self.events = JobEvents()
        self._stop = threading.Event()
        self.thread = QThread()
        self.thread.setObjectName(f"lrgui-{name}")
        self.worker = Worker(task, self._stop)
        self.worker.moveToThread(self.thread)
        for signal in ("progressed", "succeeded", "failed", "cancelled", "finished"):
            getattr(self.worker, signal).connect(getattr(self.events, signal))
        self.thread.started.connect(self.worker.run)
        # Direct: quit from the worker thread itself, so a UI thread blocked in wait() cannot deadlock it.
        self.worker.finished.connect(self.thread.quit, Qt.ConnectionType.DirectConnection)
        # The worker is NOT deleted in its own thread (deleteLater there): PySide 6.11 can deadlock when a
        # Python QObject is destroyed in a worker thread (its destructor holds a Qt mutex while it waits for
        # the GIL) while the UI thread, holding the GIL, needs that mutex. The Job keeps the worker, and
        # it is freed with the Job, in the UI thread, once its thread has finished.
        self.thread.finished.connect(self.thread.deleteLater)

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        """Thread-safe: the task sees it at its next ``should_stop()`` check."""
        self._stop.set()

    def ignore(self) -> None:
        """Stops the job and drops whatever it still reports (it has been superseded)."""
        self.stop()
        self.events.blockSignals(True)

    def wait(self, milliseconds: int) -> bool:
        try:
            return self.thread.wait(milliseconds)
        except RuntimeError:  # the thread object is deleted: it has finished
            return True

    def is_running(self) -> bool:
        try:
            return self.thread.isRunning()
        except RuntimeError:
            return False


class WorkerPool(QObject):
    """Starts jobs and remembers them, so closing the window can stop and join every one."""

    #: How long a thread may keep the GIL while another waits for it (Python's default is 5 ms).
    #: A worker's many short NumPy calls would otherwise make each Python slot of the UI wait
    #: up to 5 ms per bytecode burst, which adds up to visible stutter.
    SWITCH_INTERVAL = 0.001

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._jobs: list[Job] = []
        sys.setswitchinterval(min(sys.getswitchinterval(), self.SWITCH_INTERVAL))

    def start(self, task: Task, name: str = "task") -> Job:
        """A new job, not yet running: connect to ``job.events``, then call :meth:`launch`."""
        self._jobs = [job for job in self._jobs if job.is_running()]
        job = Job(task, name)
        self._jobs.append(job)
        return job

    def launch(self, job: Job) -> None:
        job.start()

    @property
    def busy(self) -> bool:
        return any(job.is_running() for job in self._jobs)

    def shutdown(self, milliseconds: int = 10000) -> bool:
        """Asks every job to stop, drops their results and waits for their threads."""
        for job in self._jobs:
            job.ignore()
        deadline = time.monotonic() + milliseconds / 1000
        ok = True
        for job in self._jobs:
            remaining = max(0, int((deadline - time.monotonic()) * 1000))
            ok = job.wait(remaining) and ok
        self._jobs = [job for job in self._jobs if job.is_running()]
        return ok
