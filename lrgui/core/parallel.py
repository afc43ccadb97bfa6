"""Fixed tasks shared out among a few threads, with results that never depend on who ran what.

Training's big products are cut into tasks fixed by the shapes alone (rows
of X, parts of a minibatch, tiles of K); each task is one-thread BLAS work
written into an output of its own, and the caller combines the outputs in
task order. So the numbers are the same bit for bit whether one thread ran
every task or several shared them, on a quiet machine or a busy one.

Beside a program that keeps a core busy, a helper thread that shares that
core is paused for whole time slices (milliseconds) in the middle of a task.
The caller never waits long for it: once every task is taken, it waits for a
helper's unfinished task at most half as long again as its own tasks have
taken, then runs that task itself; whichever copy ends first is kept (they are equal),
the other is dropped. So a run beside a busy core costs about what it costs
on the caller's thread alone, and a quiet run gets every core's help.

Helpers that cannot help are left asleep for a while. Beside a busy core the
system puts a woken helper on the caller's core or on the busy one; either
way the threads of the run get their cores only part of the time (their CPU
time falls well below their wall time), and sharing a core costs more than
it gives: turns that evict each other's rows from the cache, waits for a
task the helper was paused in. A run whose tasks got their CPU less than
:data:`CONTENDED_SHARE` of their time, or whose caller had to run a
helper's task again, is followed by runs on the caller alone, 1, 2, 4, … up
to :data:`MAX_ALONE_RUNS` of them, before the helpers are tried again; one
uncontended run ends the back-off. Which thread runs a task never changes
its result, so none of this changes a bit.
"""

from __future__ import annotations

import itertools
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Callable, Generic, TypeVar

import numpy as np

from lrgui.core.blas_threads import blas_threads, usable_cores

#: At most this many threads work on one training run.
MAX_WORKERS = 8
#: Every scratch array starts at a multiple of this many bytes, so that any thread's copy of a task
#: runs the very same vector code on the same offsets (NumPy's and BLAS's loops may start differently
#: on differently aligned arrays).
ALIGNMENT = 64

#: Tasks that got the CPU for less than this share of their wall time were run on contended cores.
CONTENDED_SHARE = 0.8
#: After contended runs, at most this many runs on the caller alone before the helpers are tried again.
MAX_ALONE_RUNS = 64
#: The caller waits for a helper's unfinished task until it has taken this many times the caller's own.
PATIENCE = 1.5

Output = TypeVar("Output")


def run_workers() -> int:
    """Threads for a training run: the cores this process may use, at most the BLAS threads the caller allows.

    Read once when a run starts; the results do not depend on it. The app's
    training worker allows one BLAS thread fewer than cores (the other is the
    window's), the command line all of them.
    """
    return max(1, min(MAX_WORKERS, usable_cores(), blas_threads()))


def aligned_empty(shape, dtype) -> np.ndarray:
    """An uninitialised array whose data starts at a multiple of :data:`ALIGNMENT` bytes."""
    dtype = np.dtype(dtype)
    count = int(np.prod(shape, dtype=np.int64))
    raw = np.empty(count * dtype.itemsize + ALIGNMENT, np.uint8)
    offset = -raw.ctypes.data % ALIGNMENT
    return raw[offset : offset + count * dtype.itemsize].view(dtype).reshape(shape)


class _Run:
    """The state of one :meth:`Workers.run`: which tasks are taken, when, and which are done."""

    def __init__(self, tasks: int, errors: dict):
        self.tasks = tasks
        self.errors = errors  # the caller's NumPy error handling, for the helpers too (it is per thread)
        self.next = itertools.count()
        self.taken_at = [0.0] * tasks
        self.done = [False] * tasks
        self.wall = 0.0  # the published tasks' wall time and CPU time, summed
        self.cpu = 0.0
        self.repeated = False  # the caller ran a paused helper's task again


class Workers(Generic[Output]):
    """The caller and ``count - 1`` helper threads running the numbered tasks of a run.

    ``make_output()`` makes the object a task writes into (its arrays, its
    scratch). Every thread computes into an output of its own; a finished task
    is published by swapping that output into ``outputs[i]``, so a dropped
    copy never touches a published result. After :meth:`run`, ``outputs[i]``
    holds task ``i``'s result until the next run.
    """

    def __init__(self, count: int, make_output: Callable[[], Output]):
        self.count = max(1, int(count))
        self.make_output = make_output
        self.outputs: list[Output] = []
        self._spares = [make_output() for _ in range(self.count)]
        self._pool = ThreadPoolExecutor(self.count - 1, thread_name_prefix="lrgui-worker") if self.count > 1 else None
        self._changed = threading.Condition()
        self._running = threading.Lock()
        self._jobs: list[Future | None] = [None] * self.count  # each helper's latest job
        self._alone = 0  # runs left on the caller alone (the helpers' cores were contended)
        self._backoff = 1  # how many the next contended run sends alone

    def run(self, task: Callable[[int, Output], None], tasks: int) -> list[Output]:
        """``task(i, output)`` for i in 0 … tasks-1; returns the outputs, in task order."""
        with self._running:  # one run at a time (a test-set evaluation from another thread waits)
            return self._run(task, tasks)

    def _run(self, task, tasks: int) -> list[Output]:
        while len(self.outputs) < tasks:
            self.outputs.append(self.make_output())
        if self._pool is None or tasks == 1 or self._alone > 0:
            if self._pool is not None and tasks > 1:
                self._alone -= 1
            for i in range(tasks):  # a helper still on a dropped copy writes into its own spare, not here
                task(i, self.outputs[i])
            return self.outputs[:tasks]
        state = _Run(tasks, np.geterr())
        for worker in range(1, self.count):
            # a helper still on a dropped copy of the last run's task sits this run out: its
            # output must not be shared by two threads
            if self._jobs[worker] is None or self._jobs[worker].done():
                self._jobs[worker] = self._pool.submit(self._help, state, task, worker)
        seconds, count = self._take_tasks(state, task, 0)
        # how long a task may take a helper: a little longer than the caller's own took, so that a helper
        # that is merely a bit slower is not raced (and the run not judged contended) on a quiet machine
        typical = PATIENCE * seconds / count if count else 0.0
        for i in range(tasks):  # the helpers' tasks not finished yet
            with self._changed:
                while not state.done[i]:
                    left = state.taken_at[i] + typical - time.perf_counter()
                    if left <= 0:
                        break
                    self._changed.wait(left)
            if not state.done[i]:  # paused too long (a busy core): the caller runs it too
                state.repeated = True
                self._execute(state, task, i, 0)
        self._judge_contention(state)
        return self.outputs[:tasks]

    def _judge_contention(self, state: _Run) -> None:
        """After a contended run the next runs go alone (1, 2, 4, … of them); an uncontended run ends that."""
        if state.repeated or state.cpu < CONTENDED_SHARE * state.wall:
            self._alone = self._backoff
            self._backoff = min(2 * self._backoff, MAX_ALONE_RUNS)
        else:
            self._backoff = 1

    def _help(self, state: _Run, task, worker: int) -> None:
        with np.errstate(**state.errors):
            self._take_tasks(state, task, worker)

    def _take_tasks(self, state: _Run, task, worker: int) -> tuple[float, int]:
        """Takes tasks until none is left; returns the seconds spent on them and how many there were."""
        spent, count = 0.0, 0
        while (i := next(state.next)) < state.tasks:
            started = state.taken_at[i] = time.perf_counter()
            self._execute(state, task, i, worker)
            spent += time.perf_counter() - started
            count += 1
        return spent, count

    def _execute(self, state: _Run, task, i: int, worker: int) -> None:
        output = self._spares[worker]
        wall, cpu = time.perf_counter(), time.thread_time()
        task(i, output)
        wall, cpu = time.perf_counter() - wall, time.thread_time() - cpu
        with self._changed:
            if not state.done[i]:
                state.done[i] = True
                state.wall += wall
                state.cpu += cpu
                self._spares[worker], self.outputs[i] = self.outputs[i], output
                self._changed.notify_all()

    def close(self) -> None:
        """Ends the helper threads (after the task they may still be running)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def split(total: int, parts: int) -> list[tuple[int, int]]:
    """``parts`` near-equal consecutive ranges covering 0 … total (as ``np.array_split`` cuts)."""
    base, extra = divmod(total, parts)
    edges = [0]
    for part in range(parts):
        edges.append(edges[-1] + base + (part < extra))
    return list(zip(edges, edges[1:]))
