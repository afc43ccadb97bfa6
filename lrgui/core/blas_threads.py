"""How many BLAS threads a repeated piece of work gets, chosen by timing it.

On an idle machine a matrix product on every core is fastest, but when
another program keeps one core busy, a threaded product waits a whole time
slice whenever one of its threads is not scheduled: measured on two cores,
the network's epoch on two BLAS threads stalled from 0.14 s to 0.75–1.05 s,
while on one thread it stayed ≤ 0.235 s. The machine's load changes while a
long training runs, so :class:`BlasTuner` times the candidates in turn
(in rounds, so that each meets the same load), keeps the fastest, and
times them again after :data:`RETUNE_SECONDS` (less and less often while the
choice holds, as every tuning spends calls on the losers). Each candidate is timed over a
few calls in a row, not one call at a time: a thread that has just slept is
favoured by the scheduler for a moment, so a threaded call squeezed between
single-threaded ones looks faster than it is when it runs all the time. It is the same idea as
:class:`lrgui.core.product_tuner.ProductTuner` (which watches every call of a short product), for whole pieces of work.

The tuner never uses more threads than the caller allows: the thread count in
force when it is entered (e.g. the app's ``threadpool_limits(cores - 1)``
around its training worker) is the ceiling, and it is put back on exit.
"""

from __future__ import annotations

import os
import statistics
import time
from contextlib import contextmanager
from typing import Callable, Hashable, Sequence

#: Calls timed in a row per candidate and round, after one untimed call that settles the threads.
TIMED_CALLS = 3
#: Rounds of the candidates at every tuning (a, b, a, b: each meets the same load).
TIMING_ROUNDS = 2
#: Seconds of work between two tunings; doubled, up to MAX_RETUNE_SECONDS, each time a tuning
#: keeps the choice (every tuning spends a few calls on the losers, which beside a busy core stall).
RETUNE_SECONDS = 2.0
MAX_RETUNE_SECONDS = 16.0
#: Threaded candidates must be this much faster (as a fraction) to be chosen over one thread.
MORE_THREADS_MARGIN = 0.1

_controllers: list | None = None


def _blas_controllers() -> list:
    """threadpoolctl's handles on the loaded BLAS libraries (found once: looking them up takes a while)."""
    global _controllers
    if _controllers is None:
        from threadpoolctl import ThreadpoolController

        _controllers = list(ThreadpoolController().select(user_api="blas").lib_controllers)
    return _controllers


def blas_threads() -> int:
    """The number of threads BLAS may use now (the smallest over the loaded BLAS libraries), at least 1."""
    counts = [c.get_num_threads() for c in _blas_controllers()]
    counts = [int(c) for c in counts if c]
    return max(1, min(counts)) if counts else 1


def set_blas_threads(count: int) -> None:
    for controller in _blas_controllers():
        controller.set_num_threads(int(count))


@contextmanager
def blas_threads_at_most(count: int | None):
    """BLAS on at most ``count`` threads inside (the count in force when None or larger), that count after."""
    ceiling = blas_threads() if count is not None else None
    if ceiling is None or count >= ceiling:
        yield
        return
    set_blas_threads(count)
    try:
        yield
    finally:
        set_blas_threads(ceiling)


def usable_cores() -> int:
    """The CPUs this process may run on: its affinity where the system tells it (``taskset``, containers)."""
    if hasattr(os, "sched_getaffinity"):
        try:
            return max(1, len(os.sched_getaffinity(0)))
        except OSError:
            pass
    return max(1, os.cpu_count() or 1)


def thread_cost(seconds: float, threads: int) -> float:
    """The seconds a candidate is judged by: more threads must win by :data:`MORE_THREADS_MARGIN`, as they are the ones that stall."""
    return seconds * (1 + MORE_THREADS_MARGIN * (threads > 1))


def thread_candidates(ceiling: int) -> list[int]:
    """1, 2, 4, … up to and including ``ceiling``: the counts worth timing."""
    counts, count = [], 1
    while count < ceiling:
        counts.append(count)
        count *= 2
    counts.append(ceiling)
    return counts


class BlasTuner:
    """Chooses, by timing, the BLAS thread count (and optionally a variant) for a repeated call.

    ``variants`` are equivalent ways of doing the work (e.g. two product
    forms); every (variant, threads) pair is timed at the first tuning, and
    later tunings re-time the thread counts for the chosen variant only, as
    the best form does not depend on the load. Use::

        with tuner:                     # inside: the chosen thread count; on exit the caller's
            for batch in batches:
                variant = tuner.begin() # may switch threads (and variant) while timing
                work(variant)
                tuner.end()

    ``clock`` and ``set_threads`` / ``get_threads`` are injectable for tests.
    """

    def __init__(
        self,
        variants: Sequence[Hashable] = (None,),
        *,
        timed_calls: int = TIMED_CALLS,
        retune_seconds: float = RETUNE_SECONDS,
        clock: Callable[[], float] = time.perf_counter,
        get_threads: Callable[[], int] = blas_threads,
        set_threads: Callable[[int], None] = set_blas_threads,
    ):
        self.variants = tuple(variants)
        self.timed_calls = timed_calls
        self.timing_rounds = TIMING_ROUNDS
        self.retune_seconds = retune_seconds
        self._interval = retune_seconds
        self._clock = clock
        self._get_threads = get_threads
        self._set_threads = set_threads
        self.choice: tuple[Hashable, int] = (self.variants[0], 1)
        self.tunings = 0
        self._ceiling: int | None = None  # the caller's thread count while entered
        self._tuned_for: int | None = None  # the ceiling the current choice was made under
        self._queue: list[tuple[tuple[Hashable, int], bool]] = []  # (candidate, timed)
        self._timings: dict[tuple[Hashable, int], list[float]] = {}
        self._threads_now: int | None = None
        self._next_tuning = 0.0
        self._started: float | None = None
        self._timing: tuple[Hashable, int] | None = None

    @property
    def threads(self) -> int:
        """The chosen thread count."""
        return self.choice[1]

    @property
    def variant(self) -> Hashable:
        """The chosen variant."""
        return self.choice[0]

    # ------------------------------------------------------------ entering
    def __enter__(self) -> "BlasTuner":
        self._ceiling = self._get_threads()
        self._threads_now = self._ceiling
        if self._tuned_for != self._ceiling:  # first use, or the caller's limit changed: start afresh
            self._tuned_for = self._ceiling
            # until timed, work that is not timed (e.g. an evaluation) runs as the caller set it
            self.choice = (self.choice[0], self._ceiling if self.tunings == 0 else min(self.choice[1], self._ceiling))
            self._schedule(first=self.tunings == 0)
        self._apply(self.choice[1])
        return self

    def __exit__(self, *exc) -> None:
        self._started = self._timing = None
        if self._ceiling is not None:
            self._apply(self._ceiling)
        self._ceiling = None

    def _apply(self, threads: int) -> None:
        if threads != self._threads_now:
            self._set_threads(threads)
            self._threads_now = threads

    # -------------------------------------------------------------- calls
    def begin(self) -> Hashable:
        """Before a call: returns the variant to use, with the thread count set for it."""
        if not self._queue and self._clock() >= self._next_tuning:
            self._schedule(first=False)
        if self._queue:
            candidate, timed = self._queue.pop(0)
            self._apply(candidate[1])
            self._timing = candidate if timed else None
            self._started = self._clock()
            return candidate[0]
        self._apply(self.choice[1])
        return self.choice[0]

    def end(self) -> None:
        """After the call: records its time when it was being timed."""
        if self._started is None:
            return
        if self._timing is not None:
            self._timings.setdefault(self._timing, []).append(self._clock() - self._started)
        self._timing = self._started = None
        if not self._queue and self._timings:
            self._choose()

    def _schedule(self, first: bool) -> None:
        ceiling = self._ceiling or 1
        counts = thread_candidates(ceiling)
        variants = self.variants if first else (self.choice[0],)
        candidates = [(v, t) for v in variants for t in counts]
        self._timings.clear()
        if len(candidates) == 1:
            self.choice = candidates[0]
            self._queue = []
            self._next_tuning = float("inf")  # nothing to choose from until the caller's limit changes
            return
        # in rounds (a, b, a, b) so that every candidate meets the same load; each turn a few calls
        # in a row, the first one untimed
        block = lambda c: [(c, False)] + [(c, True)] * self.timed_calls  # noqa: E731
        self._queue = [entry for _ in range(self.timing_rounds) for c in candidates for entry in block(c)]

    def _choose(self) -> None:
        # The mean, not the median: on a busy machine a threaded call stalls now and then, and
        # those stalls are the cost. More threads must win clearly, as they are the ones that stall.
        def cost(candidate):
            return thread_cost(statistics.fmean(self._timings[candidate]), candidate[1])

        previous, self.choice = self.choice, min(self._timings, key=cost)
        self._timings.clear()
        self.tunings += 1
        kept = self.tunings > 1 and self.choice == previous
        self._interval = min(2 * self._interval, max(MAX_RETUNE_SECONDS, self.retune_seconds)) if kept else self.retune_seconds
        self._next_tuning = self._clock() + self._interval
        self._apply(self.choice[1])


#: Where there is no /proc, how long :func:`blas_threads_awake` watches the process's CPU time: the
#: kernel adds the time of threads running on other cores to it at its timer ticks (every 1 to 10 ms).
AWAKE_PROBE_SECONDS = 0.005


def blas_threads_awake() -> bool:
    """True when another thread of this process is running: BLAS threads still spinning after a threaded product.

    (Or other busy threads of the program: then too the caller's cores are
    taken.) Linux says so at once in /proc (a thread's state, R for running);
    elsewhere the process's CPU time is watched while the caller sleeps.
    """
    running = _running_threads()
    if running is not None:
        return running > 1  # this one runs too
    cpu, wall = time.process_time(), time.perf_counter()
    time.sleep(AWAKE_PROBE_SECONDS)
    return time.process_time() - cpu > 0.3 * (time.perf_counter() - wall)


def _running_threads() -> int | None:
    """How many of this process's threads are running or ready to run; None without Linux's /proc."""
    try:
        tasks = os.listdir("/proc/self/task")
    except OSError:
        return None
    running = 0
    for task in tasks:
        try:
            with open(f"/proc/self/task/{task}/stat", "rb") as stat:
                fields = stat.read()
        except OSError:  # the thread has ended
            continue
        name_end = fields.rfind(b")")  # the state follows the name, which may hold anything
        running += fields[name_end + 2 : name_end + 3] == b"R"
    return running
