"""The result of the newest request only: computed at once when cheap, else on a worker, one job at a time.

A view that redraws from an expensive computation (a cost landscape, a step
slice) asks for it at every displayed point; while one job runs, newer
requests replace each other and only the newest is computed next, so a slider
dragged across a hundred points costs two computations, not a hundred. The
answer is current on demand: :meth:`LatestResult.value` computes it in the
calling thread when the worker has not delivered it yet.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot


class LatestResult(QObject):
    """``compute(inputs)`` for the newest :meth:`request`; :attr:`ready` says when it has arrived."""

    #: (the result,) after it was computed for the newest request
    ready = Signal(object)

    def __init__(self, compute: Callable[[Any], Any], workers=None, name: str = "view", parent=None,
                 delay_ms: int = 0):
        """``delay_ms``: a worker's job starts this long after the first request of a burst (0: at once)."""
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._launch_if_idle)
        self._compute = compute
        self.workers = workers
        # the view's own task runner: one job at a time, its news dropped if the view cancels it
        self._runner = workers.runner(name) if workers is not None else None
        self._serial = 0
        self._inputs: Any = None
        self._done: tuple[int, Any] | None = None
        self._job = None
        self._job_serial = 0
        self._failed_serial = -1
        self._deferred = False  # the newest request waits for its view to be shown
        self._quick = False

    def request(self, inputs: Any, quick: bool, defer: bool = False) -> None:
        """The newest inputs; ``quick`` (well under 20 ms) computes here and now, else on a worker.

        ``defer`` (the view is hidden): nothing is computed until :meth:`value` asks or :meth:`resume`
        starts it, so that a hidden view takes no worker's time from what is on screen."""
        self._serial += 1
        self._inputs = inputs
        self._deferred = defer and inputs is not None
        self._quick = quick
        if inputs is None:
            self._done = (self._serial, None)
            self.ready.emit(None)
        elif defer:
            return
        elif quick or self.workers is None:
            self.value()
        elif self._timer.interval():
            if not self._timer.isActive():  # not restarted: a stream of requests still gets one job per wait
                self._timer.start()
        elif self._job is None:
            self._launch()

    def resume(self) -> None:
        """The deferred request is computed now (its view is shown), unless a result is already current."""
        if self._deferred and self.pending:
            self.request(self._inputs, self._quick)

    def _launch_if_idle(self) -> None:
        if self._job is None and self.pending and self._inputs is not None:
            self._launch()

    def value(self) -> Any:
        """The result for the newest inputs, computed in this thread if no worker has delivered it."""
        if self._done is None or self._done[0] != self._serial:
            result = None if self._inputs is None else self._compute(self._inputs)
            self._store(self._serial, result)
        return self._done[1]

    @property
    def pending(self) -> bool:
        return self._done is None or self._done[0] != self._serial

    def _store(self, serial: int, result: Any) -> None:
        self._done = (serial, result)
        self.ready.emit(result)

    def _launch(self) -> None:
        serial, inputs, compute = self._serial, self._inputs, self._compute
        self._job_serial = serial
        self._job = self._runner.start(lambda report, should_stop: (serial, compute(inputs)), result=self._arrived,
                                       failure=self._failed, finish=self._finished)

    def cancel(self) -> None:
        """Drops the job under way (the view is going away)."""
        if self._runner is not None:
            self._runner.cancel()
        self._job = None

    @Slot(object)
    def _arrived(self, answer) -> None:
        serial, result = answer
        if serial == self._serial and self.pending:
            self._store(serial, result)

    @Slot(object, str)
    def _failed(self, error, details: str) -> None:
        # not retried on a worker: value() computes it in the caller's thread, which then sees the error
        self._failed_serial = self._job_serial

    @Slot()
    def _finished(self) -> None:
        self._job = None
        if self.pending and self._inputs is not None and self._serial != self._failed_serial:
            self._launch()
