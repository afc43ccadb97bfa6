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
#: A paced run sleeps in slices this short, so Pause and Stop answer at once.
PACE_SLICE = 0.02


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

    def wait_unless_interrupted(self, seconds: float, should_stop) -> None:
        """Sleeps up to ``seconds`` (the pace), returning at once on pause, release or stop."""
        deadline = time.monotonic() + seconds
        with self._condition:
            while not (self._paused or self._released or should_stop()):
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return
                self._condition.wait(min(remaining, PACE_SLICE))

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


class Pace:
    """Spreads a run over ``seconds`` of wall-clock time (pauses excluded): where it should be by now.

    The computation itself is slowed, so what is shown is what the model is
    at that moment, and Pause, Step and Stop act on the run as it is shown.
    """

    def __init__(self, seconds: float, total_steps: int):
        self.seconds = float(seconds)
        self.total = max(1, int(total_steps))
        self.started = time.monotonic()
        self.paused_for = 0.0

    def delay(self, done: int) -> float:
        """How long to wait after ``done`` steps so that they take their share of the time."""
        due = self.started + self.paused_for + self.seconds * min(done, self.total) / self.total
        return max(0.0, due - time.monotonic())


def experiment_task(experiment: Experiment, control: RunControl, blas_threads: int, pace_seconds: float | None = None):
    """The worker's job: iterate the events, report them in batches; the result is the list of results.

    With ``pace_seconds`` the whole experiment is spread over that many seconds.
    """
    totals = [s.epochs for s in experiment.settings]

    def task(report, should_stop):
        with threadpool_limits(limits=blas_threads, user_api="blas"):
            batch: list = []
            flushed = time.monotonic()
            pace = Pace(pace_seconds, sum(totals)) if pace_seconds else None

            def flush() -> None:
                nonlocal batch, flushed
                if batch:
                    report(batch, force=True)
                    batch = []
                flushed = time.monotonic()

            for event in experiment.events():
                if isinstance(event, Stepped) and batch and isinstance(batch[-1], Stepped):
                    batch[-1] = event  # the UI shows where the run is, not every step on the way
                else:
                    batch.append(event)
                # recorded points stream in batches too: a thousand repaints would flood the UI thread
                if isinstance(event, (RunFinished, RunStarted)) or time.monotonic() - flushed >= BATCH_INTERVAL:
                    flush()
                if isinstance(event, Stepped):
                    if pace is not None and not should_stop():
                        delay = pace.delay(sum(totals[:event.run]) + event.iteration - event.first)
                        if delay > 0:
                            if time.monotonic() - flushed >= BATCH_INTERVAL:
                                flush()  # a paced run shows every point as it comes
                            control.wait_unless_interrupted(delay, should_stop)
                    if should_stop():
                        experiment.request_stop()
                    else:
                        waited = time.monotonic()
                        control.wait_while_paused(on_pause=flush, should_stop=should_stop)
                        if pace is not None:
                            pace.paused_for += time.monotonic() - waited  # a pause is not the run's time
                        if should_stop():
                            experiment.request_stop()
            flush()
            return list(experiment.results)

    return task
