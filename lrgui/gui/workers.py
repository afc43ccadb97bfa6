"""Running long work off the UI thread: long-lived worker threads, one task runner per view.

A task is a plain function ``task(report, should_stop)``: ``report(payload)``
sends progress (throttled unless ``force``), ``should_stop()`` polls its stop
flag. Each kind of work has its own **lane**, a ``QThread`` created once and
kept for the window's life, which runs its tasks one after another; no QObject
is created or destroyed per task, so the PySide 6.11 deadlock of a Python
QObject destroyed in a worker thread (its destructor holding a Qt mutex while
waiting for the GIL the UI thread holds) cannot arise.

A view starts its work through its own :class:`TaskRunner`, as Orange's
``ConcurrentMixin`` does: starting a task cancels the view's previous one, and
whatever a cancelled (superseded) task still reports is dropped before it
reaches the view. Progress, success, failure and the end are delivered, in the
UI thread, to the callbacks given with the task. :class:`WorkerPool` is the one
place tasks are started; closing the window stops every task and joins every
lane.
"""

from __future__ import annotations

import atexit
import itertools
import sys
import threading
import time
import traceback
import weakref
from collections import deque
from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from lrgui.data import LoadingCancelled

Task = Callable[[Callable[..., None], Callable[[], bool]], Any]

#: Progress reaches the UI at most this often (seconds): a smooth progress
#: bar, and far below what would flood the event loop.
REPORT_INTERVAL = 0.03


@dataclass
class Callbacks:
    """What a view does, in the UI thread, with its task's news."""

    progress: Callable[[Any], None] | None = None
    result: Callable[[Any], None] | None = None
    failure: Callable[[BaseException, str], None] | None = None
    cancelled: Callable[[], None] | None = None
    finish: Callable[[], None] | None = None


class Job:
    """One task's handle: stop it, drop its news, wait for it. Plain Python: nothing of Qt lives per task."""

    def __init__(self, task: Task, name: str, callbacks: Callbacks, job_id: int):
        self.id = job_id
        self.name = name
        self.task = task
        self.callbacks = callbacks
        self._stop = threading.Event()
        self._done = threading.Event()
        self.ignored = False
        self.started = False
        self._last_report = 0.0

    def stop(self) -> None:
        """Thread-safe: the task sees it at its next ``should_stop()`` check."""
        self._stop.set()

    def ignore(self) -> None:
        """Stops the job and drops whatever it still reports (it has been superseded)."""
        self.stop()
        self.ignored = True

    @property
    def stop_requested(self) -> bool:
        return self._stop.is_set()

    def wait(self, milliseconds: int) -> bool:
        """Blocks until the task has returned (True) or the time is up (False)."""
        return not self.started or self._done.wait(max(0, milliseconds) / 1000)

    def is_running(self) -> bool:
        return self.started and not self._done.is_set()

    # --------------------------------------------------- in the worker thread
    def _execute(self, emit) -> None:
        def report(payload: Any, force: bool = False) -> None:
            now = time.monotonic()
            if force or now - self._last_report >= REPORT_INTERVAL:
                self._last_report = now
                emit(self.id, "progress", payload)

        try:
            if self._stop.is_set():
                emit(self.id, "cancelled", None)
                return
            result = self.task(report, self._stop.is_set)
        except LoadingCancelled:
            emit(self.id, "cancelled", None)
        except BaseException as error:  # shown to the user; the lane must always go on
            emit(self.id, "failure", (error, traceback.format_exc()))
        else:
            if result is None and self._stop.is_set():
                emit(self.id, "cancelled", None)
            else:
                emit(self.id, "result", result)
        finally:
            self._done.set()
            emit(self.id, "finish", None)


class _Executor(QObject):
    """Lives in a lane's thread for the lane's life: runs the jobs it is handed, in order."""

    news = Signal(int, str, object)  # job id, what (progress/result/failure/cancelled/finish), payload

    @Slot(object)
    def execute(self, job: Job) -> None:
        job._execute(self.news.emit)

    @Slot(object)
    def retire(self, home: QThread) -> None:
        """Last call in the lane's thread: back to the UI thread, where it is destroyed with its lane."""
        self.moveToThread(home)


class Lane(QObject):
    """A long-lived worker thread and its executor; news of its jobs are routed to them in the UI thread."""

    submit = Signal(object)
    retire = Signal(object)

    def __init__(self, name: str, parent: QObject | None = None):
        super().__init__(parent)
        self.name = name
        self.thread = QThread(self)
        self.thread.setObjectName(f"lrgui-{name}")
        self.executor = _Executor()
        self.executor.moveToThread(self.thread)
        self.submit.connect(self.executor.execute)  # queued: the executor runs it in its thread
        self.retire.connect(self.executor.retire)
        self.executor.news.connect(self._deliver)  # queued: delivered in the UI thread
        self.jobs: dict[int, Job] = {}
        # A job's end (its result, failure or cancellation, then its finish) reaches the view in a turn of the
        # event loop of its own, one piece a turn: it is the busiest moment of a view (a run's model applied
        # everywhere, the axes refitted), and in one turn with the last progress and the repaints that follow
        # each piece, the window would not answer for tens of milliseconds. News that come while pieces are
        # waiting wait behind them, so every job's news keep their order.
        self._waiting: deque = deque()
        self._next_turn = QTimer(self, singleShot=True, interval=0, timeout=self._deliver_waiting)
        self.thread.start()

    def run(self, job: Job) -> None:
        self.jobs[job.id] = job  # until its finish is delivered: a done job's news may still be on their way
        job.started = True
        self.submit.emit(job)

    @Slot(int, str, object)
    def _deliver(self, job_id: int, what: str, payload: Any) -> None:
        if what == "progress" and not self._waiting:
            self._dispatch(job_id, what, payload)
            return
        self._waiting.append((job_id, what, payload))
        self._next_turn.start()

    def _deliver_waiting(self) -> None:
        if self._waiting:
            self._dispatch(*self._waiting.popleft())
        if self._waiting:
            self._next_turn.start()

    def _dispatch(self, job_id: int, what: str, payload: Any) -> None:
        job = self.jobs.get(job_id)
        if job is None:
            return
        if what == "finish":
            self.jobs.pop(job_id, None)
        if job.ignored:
            return  # superseded: its news never reach the view
        callbacks = job.callbacks
        if what == "progress" and callbacks.progress is not None:
            callbacks.progress(payload)
        elif what == "result" and callbacks.result is not None:
            callbacks.result(payload)
        elif what == "failure" and callbacks.failure is not None:
            callbacks.failure(*payload)
        elif what == "cancelled" and callbacks.cancelled is not None:
            callbacks.cancelled()
        elif what == "finish" and callbacks.finish is not None:
            callbacks.finish()

    @property
    def busy(self) -> bool:
        return any(job.is_running() for job in self.jobs.values())

    def close(self, deadline: float) -> bool:
        self._next_turn.stop()
        self._waiting.clear()  # nothing more reaches a view that is closing
        for job in list(self.jobs.values()):
            job.ignore()
        if self.thread.isRunning():
            self.retire.emit(self.thread.thread())  # no QObject of a lane is ever destroyed in a worker thread
        self.thread.quit()
        finished = self.thread.wait(max(0, int((deadline - time.monotonic()) * 1000)))
        if finished:
            if self.executor.thread() is self.thread.thread():
                self.executor.setParent(self)  # home again: it dies with its lane in C++, never in Python's gc
            for job in self.jobs.values():  # queued behind the quit, never begun: they will not run now
                job._done.set()
            self.jobs = {}
        return finished


class WorkerPool(QObject):
    """The one place tasks start: a lane per kind of work, created on first use and kept; shut down at close."""

    #: How long a thread may keep the GIL while another waits for it (Python's default is 5 ms).
    #: A worker's many short NumPy calls would otherwise make each Python slot of the UI wait
    #: up to 5 ms per bytecode burst, which adds up to visible stutter.
    SWITCH_INTERVAL = 0.001

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._lanes: dict[str, Lane] = {}
        self._ids = itertools.count(1)
        self.started: list[Job] = []  # the jobs not known to have finished (the tests' leak check reads it)
        self.closed = False
        _open_pools.add(self)
        sys.setswitchinterval(min(sys.getswitchinterval(), self.SWITCH_INTERVAL))

    def runner(self, name: str) -> "TaskRunner":
        """A view's runner on the lane ``name``: each new task cancels that runner's previous one."""
        return TaskRunner(self, name)

    def start(self, task: Task, name: str = "task", callbacks: Callbacks | None = None) -> Job:
        """Runs ``task`` on the lane ``name`` (after the lane's earlier tasks); its news go to ``callbacks``."""
        job = Job(task, name, callbacks or Callbacks(), next(self._ids))
        if self.closed:
            # the window has closed: a lane made now would be running when its window is destroyed (Qt aborts)
            job.ignore()
            job._done.set()
            return job
        lane = self._lanes.get(name)
        if lane is None:
            lane = self._lanes[name] = Lane(name, self)
        self.started = [j for j in self.started if j.is_running()]
        self.started.append(job)
        lane.run(job)
        return job

    @property
    def busy(self) -> bool:
        return any(lane.busy for lane in self._lanes.values())

    def shutdown(self, milliseconds: int = 10000) -> bool:
        """Asks every task to stop, drops their news and joins every lane's thread; nothing starts afterwards."""
        self.closed = True
        deadline = time.monotonic() + milliseconds / 1000
        ok = True
        for lane in self._lanes.values():
            ok = lane.close(deadline) and ok
        self._lanes = {name: lane for name, lane in self._lanes.items() if lane.thread.isRunning()}
        return ok


    def __del__(self):
        # a pool dropped without shutdown (a dialog's, a test's) must not destroy a running thread: Qt aborts
        try:
            self.shutdown(5000)
        except RuntimeError:  # the C++ side is gone already, and its threads with it
            pass


#: Pools not shut down yet: at exit their threads are joined, never destroyed running (Qt would abort).
_open_pools: "weakref.WeakSet[WorkerPool]" = weakref.WeakSet()


def running_lanes() -> list[str]:
    """The lanes whose thread still runs, over every pool not collected yet (the tests' leak check reads it:
    walking the windows' children instead would touch widgets on their way out)."""
    names = []
    for pool in list(_open_pools):
        try:
            names += [name for name, lane in pool._lanes.items() if lane.thread.isRunning()]
        except RuntimeError:  # the C++ side is gone already, and its threads with it
            pass
    return names


@atexit.register
def _shut_down_open_pools() -> None:
    for pool in list(_open_pools):
        try:
            if not pool.closed:
                pool.shutdown(5000)
        except RuntimeError:  # the C++ side is gone already, and its threads with it
            pass


class TaskRunner:
    """One view's work: starting a task cancels its previous one, whose news are then dropped."""

    def __init__(self, pool: WorkerPool, name: str):
        self.pool = pool
        self.name = name
        self.job: Job | None = None

    def start(self, task: Task, *, progress=None, result=None, failure=None, cancelled=None, finish=None) -> Job:
        self.cancel()
        callbacks = Callbacks(progress, result, failure, cancelled, finish)
        job = self.pool.start(task, self.name, callbacks)
        self.job = job
        return job

    def cancel(self) -> None:
        """The current task stops and nothing more of it reaches the view."""
        if self.job is not None:
            self.job.ignore()
            self.job = None

    def stop(self) -> None:
        """The current task stops at its next check; its last news (its result) still arrive."""
        if self.job is not None:
            self.job.stop()

    @property
    def running(self) -> bool:
        return self.job is not None and not self.job.ignored and self.job.is_running()
