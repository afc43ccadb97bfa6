"""A matrix-vector product called thousands of times, run in the form and on the BLAS thread count that is fastest now.

See :class:`ProductTuner`. It watches every call, unlike
:class:`~lrgui.core.blas_threads.BlasTuner`, which times whole pieces of work
in short turns: a product of well under a millisecond stalls only once in
dozens of calls beside a busy core, and short turns never see it.
"""

from __future__ import annotations

import statistics
import time
from typing import Callable, Sequence

import numpy as np

from lrgui.core.blas_threads import blas_threads, set_blas_threads, thread_cost

#: Calls of a product timed in a row per candidate and turn (after one untimed call), unless
#: they take longer than TURN_SECONDS together.
TURN_CALLS = 8
TURN_SECONDS = 0.01
#: Turns of every candidate at a tuning (a, b, a, b: each meets the same load).
TURN_ROUNDS = 2
#: Seconds of the chosen candidate's calls over which its mean is watched: longer than the
#: few milliseconds a busy core lets a thread run before it makes it wait as long.
WINDOW_SECONDS = 0.01
#: ... and over at least this many calls, when one call is long.
WINDOW_MIN_CALLS = 4
#: The first calls, and those after a pause between two calls longer than this (training paused),
#: are not timed: BLAS's threads may have gone to sleep, and in a virtual machine waking them and
#: their idle cores took up to 8 ms a call, measured after the build of K. (Shorter gaps are work:
#: the primal solver's other product runs between two calls of each.)
SETTLE_GAP_SECONDS = 0.05
SETTLE_CALLS = 3
#: Seconds between two timings of the candidates not chosen, doubled (up to the maximum) while
#: the ones chosen by their short turns keep losing their first window.
RETUNE_SECONDS = 0.5
RETUNE_MAX_SECONDS = 8.0
#: ... and at least this many times the seconds the last timing's calls took: timing the slower
#: candidates of a long product (X w on one thread: 2.5 ms more a call) costs at most a few percent.
RETUNE_COST_FACTOR = 40


class ProductTuner:
    """``A @ v`` called thousands of times, in the (form, BLAS threads) that is fastest on average.

    On an idle machine two BLAS threads do K @ r (K of 1,500², float32) in
    45 µs and one thread in 85 µs. Beside a busy core, two threads still take
    45 µs for 50 to 90 calls in a row, and then one call waits 4 to 20 ms for
    the thread that shares its core with the other program: 130–510 µs on
    average over 2,000 calls. Short turns of timed calls, as
    :class:`~lrgui.core.blas_threads.BlasTuner` times whole epochs, never see
    those stalls; and after any threaded call OpenBLAS keeps its threads
    spinning for about 0.1 s, taking turns with the caller on its core.

    So the candidate in use (at first ``initial``, else BLAS on the caller's
    thread count) is timed on every call, over windows of
    :data:`WINDOW_SECONDS`; after its first window the other candidates
    (``forms`` on one thread, BLAS on the caller's count) are timed in short
    turns, and whenever a window's mean is worse than another candidate's
    (more threads must win by
    :data:`~lrgui.core.blas_threads.MORE_THREADS_MARGIN`), that one is used.
    The others are timed again every :data:`RETUNE_SECONDS`, as the load
    changes; when a candidate chosen by its short turns then loses its first
    window (threads that stall), that wait doubles, up to
    :data:`RETUNE_MAX_SECONDS`. Candidates with more threads than ``initial``
    wait for that first retuning, so as not to wake BLAS's threads.

    The caller's BLAS thread count, read at every tuning and window, is the
    most used and is back when each call returns. ``clock`` and ``get_threads`` /
    ``set_threads`` are injectable for tests.
    """

    def __init__(
        self,
        forms: Sequence[str] = ("blas",),
        *,
        initial: tuple[str, int] | None = None,
        turn_calls: int = TURN_CALLS,
        turn_seconds: float = TURN_SECONDS,
        window_seconds: float = WINDOW_SECONDS,
        retune_seconds: float = RETUNE_SECONDS,
        clock: Callable[[], float] = time.perf_counter,
        get_threads: Callable[[], int] | None = None,
        set_threads: Callable[[int], None] | None = None,
    ):
        self.forms = tuple(forms)
        self.initial = initial
        self.turn_calls = turn_calls
        self.turn_seconds = turn_seconds
        self.window_seconds = window_seconds
        self.retune_seconds = retune_seconds
        self._clock = clock
        self._get_threads = get_threads or blas_threads
        self._set_threads = set_threads or set_blas_threads
        self.choice: tuple[str, int] = (self.forms[0], 1)
        self.estimates: dict[tuple[str, int], float] = {}  # seconds per call, the latest measured
        self.switches = 0
        self._ceiling: int | None = None
        self._turns: list[tuple[str, int]] = []  # candidates still to time, in order
        self._turn: list[float] = []  # the current turn's timed calls
        self._settled = False  # the current turn's first (untimed) call is done
        self._timed_once: set = set()  # candidates with one turn done at this tuning
        self._window = [0.0, 0]  # the chosen candidate's seconds and calls since the window began
        self._next_tuning = float("inf")
        self._retune_after = retune_seconds
        self._on_trial = False  # the choice comes from short turns and has not had a window yet
        self._first_window = True
        self._last_end = -float("inf")
        self._settling = 0  # calls left untimed
        self.threads_used: int | None = None  # by the last call's BLAS product
        self._tuning_seconds = 0.0  # spent in the current tuning's calls

    def candidates(self, ceiling: int) -> list[tuple[str, int]]:
        """(form, threads) pairs worth timing under ``ceiling``: BLAS on the caller's count and on one thread,
        other forms on one thread. (Counts in between are not tried: these products are bound by memory,
        which a few threads saturate, and the question under load is only whether to share at all.)"""
        counts = [ceiling] if ceiling == 1 else [ceiling, 1]
        return [("blas", t) for t in counts if "blas" in self.forms] + [(f, 1) for f in self.forms if f != "blas"]

    def __call__(self, A: np.ndarray, v: np.ndarray) -> np.ndarray:
        if self._ceiling is None:
            self._start(self._get_threads())
        elif not self._turns and self._clock() >= self._next_tuning and not self._ceiling_changed():
            self._time_others(self.candidates(self._ceiling))
        ceiling = self._ceiling
        candidate = self._turns[0] if self._turns else self.choice
        form, threads = candidate
        # put back what is in force now, not the ceiling read at the last tuning: BLAS's count is one for
        # the whole process, and another thread may have lowered it since (then the next window notices)
        previous = self._get_threads() if form == "blas" and threads != ceiling else None
        if previous is not None:
            self._set_threads(threads)
        try:
            started = self._clock()
            product = _FORMS[form](A, v)
            ended = self._clock()
        finally:
            if previous is not None:
                self._set_threads(previous)
        self.threads_used = threads if form == "blas" else ceiling
        elapsed = ended - started
        if started - self._last_end > SETTLE_GAP_SECONDS:
            self._settling = SETTLE_CALLS
        self._last_end = ended
        if self._turns:
            self._tuning_seconds += elapsed
            self._timed_turn(elapsed)
        else:
            self._watch(elapsed)
        return product

    def _ceiling_changed(self) -> bool:
        """Reads the caller's thread count (at every tuning and window, not every call: it costs a
        microsecond); when it changed, starts afresh under the new one."""
        ceiling = self._get_threads()
        if ceiling == self._ceiling:
            return False
        self._start(ceiling)
        return True

    def _start(self, ceiling: int) -> None:
        self._ceiling = ceiling
        self.estimates.clear()
        candidates = self.candidates(ceiling)
        initial = self.initial if self.initial in candidates else candidates[0]
        self.choice = initial
        self._turns, self._turn, self._settled = [], [], False
        self._timed_once.clear()
        self._tuning_seconds = 0.0
        self._window = [0.0, 0]
        self._first_window = len(candidates) > 1
        self._on_trial = False
        self._retune_after = self.retune_seconds
        self._next_tuning = float("inf")

    def _time_others(self, candidates: list[tuple[str, int]]) -> None:
        self._turns = [c for c in candidates if c != self.choice] * TURN_ROUNDS
        self._next_tuning = float("inf")  # set again when the turns are over
        if not self._turns:
            self._next_tuning = self._clock() + self._retune_after

    def _timed_turn(self, elapsed: float) -> None:
        # each turn: one call that settles the threads, then calls in a row up to a count or a time
        if not self._settled:
            self._settled = True
            return
        self._turn.append(elapsed)
        if len(self._turn) < self.turn_calls and sum(self._turn) < self.turn_seconds:
            return
        candidate = self._turns.pop(0)
        mean = statistics.fmean(self._turn)
        # a candidate timed twice keeps the mean of its turns, so that each meets the load of both rounds
        timed_before = candidate in self._timed_once
        self.estimates[candidate] = (self.estimates[candidate] + mean) / 2 if timed_before else mean
        self._timed_once.add(candidate)
        self._turn, self._settled = [], False
        if not self._turns:
            self._timed_once.clear()
            self._choose(trial=True)
            self._next_tuning = self._clock() + max(self._retune_after, RETUNE_COST_FACTOR * self._tuning_seconds)
            self._tuning_seconds = 0.0

    def _watch(self, elapsed: float) -> None:
        if self._settling:
            self._settling -= 1
            return
        self._window[0] += elapsed
        self._window[1] += 1
        if self._window[0] < self.window_seconds or self._window[1] < WINDOW_MIN_CALLS:
            return
        self.estimates[self.choice] = self._window[0] / self._window[1]
        self._window = [0.0, 0]
        if self._ceiling_changed():
            return
        if self._first_window:  # now the others; more threads than the first choice only at the next tuning
            self._first_window = False
            fewer = [c for c in self.candidates(self._ceiling) if c[1] <= self.choice[1] or c[0] != "blas"]
            self._retune_after = self.retune_seconds
            self._time_others(fewer)
            return
        on_trial = self._on_trial
        kept = self._choose(trial=False)
        if on_trial:  # the short turns' choice has had its window: judge how often to retime
            self._on_trial = False
            self._retune_after = (
                self.retune_seconds if kept else min(RETUNE_MAX_SECONDS, 2 * self._retune_after)
            )

    def _choose(self, trial: bool) -> bool:
        """Uses the candidate of lowest cost; True when it is the one in use already.

        Between tunings (``trial`` False) only as many threads or fewer: a threaded candidate that
        stalled leaves BLAS's threads spinning for a while, which makes the others look slow.
        """
        def cost(candidate):
            return thread_cost(self.estimates[candidate], candidate[1])

        allowed = [c for c in self.estimates if trial or c[1] <= self.choice[1]]
        best = min(allowed, key=cost)
        if best == self.choice:
            return True
        self.choice = best
        self.switches += 1
        self._window = [0.0, 0]
        self._on_trial = trial
        return False


def _blas_product(A: np.ndarray, v: np.ndarray) -> np.ndarray:
    return A @ v


def _rowwise_dot(A: np.ndarray, v: np.ndarray) -> np.ndarray:
    if hasattr(np, "vecdot"):  # NumPy ≥ 2.0
        return np.vecdot(A, v)
    return np.einsum("ij,j->i", A, v)


PRODUCT_FORMS = ("blas", "rowwise")
_FORMS = {"blas": _blas_product, "rowwise": _rowwise_dot}
