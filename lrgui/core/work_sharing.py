"""Pieces of work shared with one helper thread, without ever waiting long for it.

Beside a program that keeps one of two cores busy, a threaded BLAS product
stalls: it splits the work evenly in advance, and the thread that has to
share its core with the other program finishes last, a time slice late. One
BLAS thread avoids the stall but leaves the half of the busy core that the
scheduler would give us unused. :class:`HelperThread` uses it without the
stall: the caller takes pieces from the front of the list, a helper thread
from the back, one at a time, so a helper that the scheduler sets aside
simply does fewer pieces. When the caller runs out of pieces and the helper
is still on one, the caller waits for it only about as long as a piece takes
and then does that piece itself (the helper's copy is thrown away).

Every piece is written into buffers of its own *slot* (0 for the caller,
1 for the helper), never into shared output, so a piece the helper finishes
too late cannot overwrite anything; the caller combines the pieces itself, in
a fixed order, so the result does not depend on who did which piece.

NumPy releases the GIL inside its products and ufunc loops, so the two
threads run in parallel; only the Python glue between calls takes turns.
"""

from __future__ import annotations

import threading
import time
from typing import Callable

import numpy as np

#: Who holds a piece.
_FREE, _CALLER, _HELPER, _HELPER_DONE, _HELPER_FAILED = range(5)
#: The caller waits for a piece in the helper's hands at most this many times its own slowest piece.
PATIENCE = 1.5
#: Slots: the buffers a piece is written to.
CALLER_SLOT, HELPER_SLOT = 0, 1

PieceWork = Callable[[int, int], None]  # work(piece, slot)


class _Job:
    def __init__(self, number: int, count: int, work: PieceWork):
        self.number = number
        self.work = work
        self.states = [_FREE] * count
        self.finished = [threading.Event() for _ in range(count)]

    def claim(self, from_back: bool, who: int) -> int | None:
        """The next free piece from one end, marked as ``who``'s; None when none is free. Call with the lock held."""
        order = range(len(self.states) - 1, -1, -1) if from_back else range(len(self.states))
        for piece in order:
            if self.states[piece] == _FREE:
                self.states[piece] = who
                return piece
        return None


class HelperThread:
    """One extra thread that does pieces of the caller's work from the back of the list.

    Use::

        helper = HelperThread()
        slots = helper.share(count, work)   # work(piece, slot) for every piece, on both threads
        ...                                 # piece i's results are in the buffers of slots[i]
        helper.close()

    The thread is started at the first :meth:`share` and ended by
    :meth:`close`; it holds no reference to any work between calls.
    """

    def __init__(self, name: str = "lrgui-helper", clock: Callable[[], float] = time.perf_counter):
        self.name = name
        self._clock = clock
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._job: _Job | None = None
        self._jobs = 0
        self._thread: threading.Thread | None = None
        self._closed = False
        #: Pieces done by the helper, and taken back by the caller, since the start (for tests and benchmarks).
        self.helped = 0
        self.taken_back = 0

    # ------------------------------------------------------------------ caller
    def share(self, count: int, work: PieceWork) -> list[int]:
        """Runs ``work(piece, slot)`` for every piece in ``range(count)``; returns the slot each piece's results are in.

        An exception raised by a piece on the caller's side propagates (after
        the helper has been told to drop the job); one raised on the helper's
        side makes the caller do that piece itself.
        """
        if self._closed:
            raise RuntimeError("the helper thread is closed")
        self._start()
        with self._lock:
            self._jobs += 1
            job = self._job = _Job(self._jobs, count, work)
            self._wake.notify()
        slots = [CALLER_SLOT] * count
        slowest = 0.0
        try:
            while True:
                with self._lock:
                    piece = job.claim(from_back=False, who=_CALLER)
                if piece is None:
                    break
                started = self._clock()
                work(piece, CALLER_SLOT)
                slowest = max(slowest, self._clock() - started)
            for piece in range(count):
                if job.states[piece] == _CALLER:
                    continue
                job.finished[piece].wait(PATIENCE * slowest)
                with self._lock:
                    helped = job.states[piece] == _HELPER_DONE
                    if not helped:
                        job.states[piece] = _CALLER  # whatever the helper still writes goes to its own slot, unread
                if helped:
                    slots[piece] = HELPER_SLOT
                    self.helped += 1
                else:
                    self.taken_back += 1
                    work(piece, CALLER_SLOT)
        finally:
            with self._lock:
                if self._job is job:
                    self._job = None
        return slots

    def close(self) -> None:
        """Ends the helper thread (after the piece it may be on); :meth:`share` cannot be called again."""
        with self._lock:
            self._closed = True
            self._job = None
            self._wake.notify()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join()
        self._thread = None

    def __enter__(self) -> "HelperThread":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------------ helper
    def _start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._serve, name=self.name, daemon=True)
            self._thread.start()

    def _serve(self) -> None:
        exhausted = 0  # the number of the last job with no free piece left for the helper
        while True:
            with self._lock:
                while not self._closed and (self._job is None or self._job.number == exhausted):
                    self._wake.wait()
                if self._closed:
                    return
                job = self._job
                piece = job.claim(from_back=True, who=_HELPER)
                if piece is None:
                    exhausted = job.number
                    del job
                    continue
            try:
                # A piece taken back may be computed from inputs the caller is already
                # changing: its numbers are thrown away, and so are its warnings.
                with np.errstate(all="ignore"):
                    job.work(piece, HELPER_SLOT)
                outcome = _HELPER_DONE
            except BaseException:  # noqa: BLE001 - the caller redoes the piece and meets the error itself
                outcome = _HELPER_FAILED
            with self._lock:
                if job.states[piece] == _HELPER:
                    job.states[piece] = outcome
            job.finished[piece].set()
            del job
