"""Driving the session layer's training events from a worker thread: pause, resume, step, stop.

The worker iterates :meth:`Experiment.events` (the way superqt's
``GeneratorWorker`` iterates a generator): between two steps it honours the
controls the UI sets, and it hands the events to the UI thread in batches, at
most every :data:`BATCH_INTERVAL` seconds and at once for the events that
change what is shown (a recorded point, the end of a run). No
``processEvents()`` anywhere: the UI thread only ever receives finished events.
"""

from __future__ import annotations

import threading
import time

from threadpoolctl import threadpool_limits

from lrgui.session.experiment import Experiment
from lrgui.session.trainer import RunFinished, RunStarted, Stepped

#: Events reach the UI at most this often (seconds) while nothing visible happens.
BATCH_INTERVAL = 0.05


class RunControl:
    """Pause, resume and step, set from the UI thread and obeyed by the worker between two steps."""

    def __init__(self):
        self._condition = threading.Condition()
        self._paused = False
        self._steps_allowed = 0
        self._released = False

    @property
    def paused(self) -> bool:
        return self._paused

    def pause(self) -> None:
        with self._condition:
            self._paused = True
            self._steps_allowed = 0

    def resume(self) -> None:
        with self._condition:
            self._paused = False
            self._condition.notify_all()

    def step(self) -> None:
        """While paused: let exactly one more iteration (epoch) run, then pause again."""
        with self._condition:
            self._paused = True
            self._steps_allowed += 1
            self._condition.notify_all()

    def release(self) -> None:
        """Never wait again (the run is being stopped)."""
        with self._condition:
            self._released = True
            self._paused = False
            self._condition.notify_all()

    def wait_while_paused(self, on_pause=None, should_stop=None) -> None:
        """Called by the worker after every step: returns at once unless paused.

        ``should_stop`` (the job's stop flag) ends the wait too, so that closing
        the window never waits for a paused run that nobody will resume.
        """
        with self._condition:
            if not self._paused or self._released:
                return
            if self._steps_allowed > 0:
                self._steps_allowed -= 1
                return
        if on_pause is not None:
            on_pause()
        with self._condition:
            while self._paused and not self._released and self._steps_allowed == 0:
                if should_stop is not None and should_stop():
                    return
                self._condition.wait(0.1)
            if self._steps_allowed > 0:
                self._steps_allowed -= 1


def experiment_task(experiment: Experiment, control: RunControl, blas_threads: int):
    """The worker's job: iterate the events, report them in batches; the result is the list of results."""

    def task(report, should_stop):
        with threadpool_limits(limits=blas_threads, user_api="blas"):
            batch: list = []
            flushed = time.monotonic()

            def flush() -> None:
                nonlocal batch, flushed
                if batch:
                    report(batch, force=True)
                    batch = []
                flushed = time.monotonic()

            for event in experiment.events():
                batch.append(event)
                # recorded points stream in batches too: a thousand repaints would flood the UI thread
                if isinstance(event, (RunFinished, RunStarted)) or time.monotonic() - flushed >= BATCH_INTERVAL:
                    flush()
                if isinstance(event, Stepped):
                    if should_stop():
                        experiment.request_stop()
                    else:
                        control.wait_while_paused(on_pause=flush, should_stop=should_stop)
                        if should_stop():
                            experiment.request_stop()
            flush()
            return list(experiment.results)

    return task
