"""Two ways to run exactly the same full-batch gradient descent.

Both hold the parameters of a linear model ``z = X w + b`` (``w`` of shape
``(n,)`` for one sigmoid output or ``(n, k)`` for a softmax layer) and apply
the textbook update for a given residual ``r = a - y``::

    w ← (1 - lr·λ) w - (lr/m) Xᵀ r          b ← b - lr·mean(r)

* :class:`PrimalSolver` stores ``w``: every iteration reads X twice
  (``X w`` and ``Xᵀ r``), which is memory-bound and best for tall data (m ≫ n).
* :class:`GramSolver` uses that, from ``w₀``, every update adds a combination of
  the rows of X, so ``w_t = c_t w₀ + Xᵀ α_t``. It tracks the logits directly,
  ``X w_{t+1} = (1 - lr·λ) X w_t - (lr/m) K r`` with ``K = X Xᵀ`` computed once,
  so an iteration costs O(m²) instead of O(m·n): far cheaper for wide data
  such as 1,500 photos of 12,288 pixels. ``w`` is rebuilt only when asked for.
"""

from __future__ import annotations

import os
import statistics
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Callable, Generator, Sequence

import numpy as np

from lrgui.core.blas_threads import MORE_THREADS_MARGIN, blas_threads, set_blas_threads

#: The Gram matrix is used only while it stays this small.
GRAM_MAX_BYTES = 1 << 30
#: Rows of K built between two chances to stop.
GRAM_BLOCK_ROWS = 2048

# Rough machine model for choosing a solver: BLAS matrix-matrix products run
# compute-bound, matrix-vector products bandwidth-bound.
_GEMM_FLOPS_PER_S = 1.0e11
_BYTES_PER_S = 2.0e10


def choose_solver(m: int, n: int, iterations: int, itemsize: int, outputs: int = 1) -> str:
    """'gram' when building K and iterating on it beats streaming X every iteration."""
    if m > 1.5 * n or m * m * itemsize > GRAM_MAX_BYTES:
        return "primal"
    gram_seconds = m * m * n / _GEMM_FLOPS_PER_S + iterations * m * m * itemsize / _BYTES_PER_S
    primal_seconds = iterations * 2 * m * n * itemsize / _BYTES_PER_S
    return "gram" if gram_seconds < primal_seconds else "primal"


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
ROWWISE_MIN_ROWS = 96  # OpenBLAS runs smaller matrix-vector products on one thread
ROWWISE_MAX_BYTES = 16 << 20


class GramProduct:
    """``K @ v``, the per-iteration product of :class:`GramSolver`, in the fastest of equal ways.

    One output: BLAS on the caller's thread count, BLAS on one thread, or
    (while K is at most :data:`ROWWISE_MAX_BYTES`) one dot product per row,
    chosen and watched by a :class:`ProductTuner`. Several outputs: BLAS, its
    thread count chosen the same way. All give the same numbers up to rounding.
    """

    def __init__(self, K: np.ndarray, contended: bool = False, make_tuner: Callable[..., "ProductTuner"] | None = None):
        """``contended``: another program was seen taking a core (start on one BLAS thread, see :func:`fill_gram`)."""
        self.K = K
        make_tuner = make_tuner or ProductTuner
        tuned = len(K) >= ROWWISE_MIN_ROWS  # OpenBLAS runs smaller products on one thread anyway
        forms = PRODUCT_FORMS if K.nbytes <= ROWWISE_MAX_BYTES else PRODUCT_FORMS[:1]
        initial = ("blas", 1) if contended else None
        self.vector_tuner = make_tuner(forms, initial=initial) if tuned else None
        self.matrix_tuner = make_tuner(PRODUCT_FORMS[:1], initial=initial) if tuned else None

    def __call__(self, v: np.ndarray) -> np.ndarray:
        tuner = self.vector_tuner if v.ndim == 1 else self.matrix_tuner
        return self.K @ v if tuner is None else tuner(self.K, v)

    @property
    def threads(self) -> int | None:
        """The BLAS thread count chosen for one output; None when untuned."""
        return None if self.vector_tuner is None else self.vector_tuner.choice[1]


@contextmanager
def _blas_threads_at_most(count: int | None):
    """BLAS on at most ``count`` threads inside (the caller's count when None or larger), the caller's after."""
    ceiling = blas_threads() if count is not None else None
    if ceiling is None or count >= ceiling:
        yield
        return
    set_blas_threads(count)
    try:
        yield
    finally:
        set_blas_threads(ceiling)


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
        """(form, threads) pairs worth timing under ``ceiling``: BLAS on every count, other forms on one thread."""
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
        lowered = form == "blas" and threads != ceiling
        if lowered:
            self._set_threads(threads)
        try:
            started = self._clock()
            product = _FORMS[form](A, v)
            ended = self._clock()
        finally:
            if lowered:
                self._set_threads(ceiling)
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
            return self.estimates[candidate] * (1 + MORE_THREADS_MARGIN * (candidate[1] > 1))

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


# ------------------------------------------------------------ the Gram matrix
#: Below this many multiply-adds (about 40 ms on two cores) a band of K is one product on the
#: caller's threads: sharing it out would not repay starting the workers.
TILED_MIN_WORK = 1 << 32
#: Tiles per worker in a band, so that a worker slowed by another program takes fewer of them.
TILES_PER_WORKER = 4
#: Tile edges, in rows: small enough to share out, large enough for BLAS to run at full speed.
MIN_TILE_ROWS, MAX_TILE_ROWS = 96, 512


def fill_gram(
    X: np.ndarray,
    K: np.ndarray,
    band_rows: int,
    *,
    get_threads: Callable[[], int] | None = None,
    set_threads: Callable[[int], None] | None = None,
    threads_awake: Callable[[], bool] | None = None,
) -> Generator[None, None, bool]:
    """Writes ``K = X Xᵀ`` in bands of ``band_rows`` rows, yielding between bands (the chances to stop).

    Returns whether the workers below found their cores shared with another
    program (they got less than :data:`CONTENDED_SHARE` of their time on a core).

    Only the upper block-triangle is computed (the work of one symmetric
    rank-k update) and mirrored, so K is exactly symmetric. When the caller
    allows several BLAS threads, a large band is cut into square tiles that
    as many workers take in turn, each running its products on one BLAS
    thread: a worker whose core another program keeps busy simply finishes
    fewer tiles, where one threaded product waits for its slowest thread.
    Measured on two cores for K of 1,500 × 12,288 float32: one two-thread
    product 0.125 s quiet and 0.26 s beside a busy core, one thread 0.23 s,
    two one-thread workers 0.124 s quiet and 0.17 s busy (the same tiles
    one after another on two BLAS threads: 0.135–0.16 s quiet).

    But OpenBLAS keeps its threads spinning for about 0.1 s after a threaded
    product, and spinning they take turns with the workers on their cores
    (0.17 s quiet). So when BLAS threads are found awake (see
    :func:`blas_threads_awake`) the band is one product on the caller's
    threads, as on one thread. BLAS runs on one thread only while tiles run;
    the caller's thread count is back at every yield and at the end, however
    the build ends.
    """
    get_threads = get_threads or blas_threads
    set_threads = set_threads or set_blas_threads
    threads_awake = threads_awake or blas_threads_awake
    m, n = X.shape
    workers = get_threads()
    tile = tile_rows(m, workers)
    bands = range(0, m, band_rows)
    pool: ThreadPoolExecutor | None = None
    lowered = False
    times = np.zeros(2)  # the workers' seconds on a core and seconds in all, over their tiles
    try:
        for start in bands:
            stop = min(m, start + band_rows)
            shared = workers > 1 and (stop - start) * (m - start) * n >= TILED_MIN_WORK and tile < m - start
            if shared and not threads_awake():
                if pool is None:
                    pool = ThreadPoolExecutor(workers, thread_name_prefix="gram")
                set_threads(1)
                lowered = True
                for cpu, wall in pool.map(lambda t: _fill_tile(X, K, t), band_tiles(start, stop, m, tile)):
                    times += cpu, wall
                set_threads(workers)
                lowered = False
            else:
                block = X[start:stop] @ X[start:].T  # for one band NumPy runs X @ X.T as one SYRK
                K[start:stop, start:] = block
                K[start:, start:stop] = block.T
            if len(bands) > 1:
                yield
        return bool(times[1] and times[0] < CONTENDED_SHARE * times[1])
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)  # no tile may still write into K after a stop
        if lowered:
            set_threads(workers)


#: Workers that ran on a core less than this share of their time had it taken by another program.
CONTENDED_SHARE = 0.85
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


def tile_rows(m: int, workers: int) -> int:
    """The tile edge for K of m rows shared by ``workers``: enough tiles for every worker to take several."""
    blocks = 1
    while blocks * (blocks + 1) // 2 < TILES_PER_WORKER * workers:  # tiles of the upper block-triangle
        blocks += 1
    return max(MIN_TILE_ROWS, min(MAX_TILE_ROWS, -(-m // blocks)))


def band_tiles(start: int, stop: int, m: int, tile: int) -> list[tuple[int, int, int, int]]:
    """Tiles (rows a:b, columns c:d) covering K[start:stop, start:] on and above the diagonal, largest first.

    Each row strip's square on the diagonal is one symmetric product (half the
    work of another square); those come last so that the workers end together.
    """
    edges = [*range(start, stop, tile), stop]
    strips = list(zip(edges, edges[1:]))
    squares = [(a, b, c, min(c + tile, m)) for a, b in strips for c in range(b, m, tile)]
    return squares + [(a, b, a, b) for a, b in strips]


def _fill_tile(X: np.ndarray, K: np.ndarray, tile: tuple[int, int, int, int]) -> tuple[float, float]:
    """Writes one tile (and its mirror); returns the seconds this thread ran on a core and the seconds it took."""
    cpu, wall = time.thread_time(), time.perf_counter()
    a, b, c, d = tile
    rows = X[a:b]
    if c == a:
        K[a:b, a:b] = rows @ rows.T  # one SYRK, written out symmetric by NumPy
    else:
        block = K[a:b, c:d]
        np.matmul(rows, X[c:d].T, out=block)
        K[c:d, a:b] = block.T
    return time.thread_time() - cpu, time.perf_counter() - wall


class PrimalSolver:
    """Keeps ``w`` and ``b``; each iteration is two BLAS matrix-vector products over X.

    Both read all of X and are bound by memory bandwidth. Measured on two
    cores for X of 60,000 × 784 float32: X w takes 3.0 ms on two BLAS threads
    and 5.5 ms on one when the machine is idle, but 6.6 ms on two beside a
    busy core (the product waits for the thread that shares its core) and
    5.5 ms on one. So the thread count of X w (one or the caller's) is chosen
    by a :class:`ProductTuner`, and Xᵀ r runs on the same count.
    """

    name = "primal"

    def prepare(self):
        """Nothing to build before the first iteration."""
        return iter(())

    def __init__(self, X: np.ndarray, w0: np.ndarray, b0: np.ndarray, learning_rate: float, l2: float):
        self.X = X
        self.w = np.array(w0, dtype=X.dtype, copy=True)
        self.b = np.array(b0, dtype=X.dtype, copy=True)
        self.learning_rate = learning_rate
        self.l2 = l2
        self._saved = None
        tuned = X.nbytes >= PRIMAL_TUNE_MIN_BYTES
        # X w is timed; Xᵀ r runs on the same thread count: two counts would keep BLAS's threads
        # spinning beside the product that runs on one
        self.tuner = ProductTuner() if tuned else None

    def logits(self) -> np.ndarray:
        z = self.X @ self.w if self.tuner is None else self.tuner(self.X, self.w)
        z += self.b
        return z

    def update(self, residual: np.ndarray) -> None:
        m = self.X.shape[0]
        XT = self.X.T
        with _blas_threads_at_most(None if self.tuner is None else self.tuner.threads_used):
            gradient = XT @ residual
        if self.l2:
            self.w *= 1 - self.learning_rate * self.l2
        self.w -= (self.learning_rate / m) * gradient
        self.b -= self.learning_rate * residual.mean(axis=0)

    def weight_norm_sq(self) -> float:
        return float(np.vdot(self.w, self.w))

    def parameters(self) -> tuple[np.ndarray, np.ndarray]:
        return self.w.copy(), self.b.copy()

    def save(self) -> None:
        self._saved = (self.w.copy(), self.b.copy())

    def restore(self) -> None:
        if self._saved is not None:
            self.w, self.b = (a.copy() for a in self._saved)


class GramSolver:
    """Tracks ``u = X w`` through ``K = X Xᵀ``; ``w = c·w₀ + Xᵀα`` is rebuilt on demand."""

    name = "gram"

    def __init__(self, X: np.ndarray, w0: np.ndarray, b0: np.ndarray, learning_rate: float, l2: float):
        self.X = X
        self.K: np.ndarray | None = None  # built by prepare()
        self.product: GramProduct | None = None
        self.w0 = np.array(w0, dtype=X.dtype, copy=True)
        # the logits' share of w₀, kept for ||w||²; no product for the usual w₀ = 0 (X is finite), so that
        # no BLAS thread is left spinning when the build of K starts (see fill_gram)
        self.u0 = X @ self.w0 if self.w0.any() else np.zeros(X.shape[:1] + self.w0.shape[1:], X.dtype)
        self.u = self.u0.copy()
        self.alpha = np.zeros_like(self.u)
        self.scale = 1.0  # c_t = (1 - lr·λ)^t, the weight decay applied to w₀
        self.b = np.array(b0, dtype=X.dtype, copy=True)
        self.learning_rate = learning_rate
        self.l2 = l2
        self._saved = None

    def prepare(self):
        """Builds K = X Xᵀ (see :func:`fill_gram`), yielding between bands of rows so that training can stop meanwhile.

        For 12,000 photos this takes seconds; up to :data:`GRAM_BLOCK_ROWS` rows it is one band.
        """
        X = self.X
        m = X.shape[0]
        K = np.empty((m, m), dtype=X.dtype)
        contended = yield from fill_gram(X, K, GRAM_BLOCK_ROWS)
        self.K = K
        self.product = GramProduct(K, contended)

    def logits(self) -> np.ndarray:
        return self.u + self.b

    def update(self, residual: np.ndarray) -> None:
        m = self.X.shape[0]
        step = self.product(residual)
        if self.l2:
            decay = 1 - self.learning_rate * self.l2
            self.u *= decay
            self.alpha *= decay
            self.scale *= decay
        self.u -= (self.learning_rate / m) * step
        self.alpha -= (self.learning_rate / m) * residual
        self.b -= self.learning_rate * residual.mean(axis=0)

    def weight_norm_sq(self) -> float:
        # ||c w₀ + Xᵀα||² = c²||w₀||² + 2c (X w₀)·α + αᵀ K α
        c = self.scale
        return float(
            c * c * np.vdot(self.w0, self.w0)
            + 2 * c * np.vdot(self.u0, self.alpha)
            + np.vdot(self.alpha, self.product(self.alpha))
        )

    def parameters(self) -> tuple[np.ndarray, np.ndarray]:
        # on the thread count chosen for K @ r: beside a busy core, more would stall and wake BLAS's threads
        with _blas_threads_at_most(self.product.threads if self.product is not None else None):
            w = self.X.T @ self.alpha
        if self.scale and np.any(self.w0):
            w += self.scale * self.w0
        return w, self.b.copy()

    def save(self) -> None:
        self._saved = (self.u.copy(), self.alpha.copy(), self.scale, self.b.copy())

    def restore(self) -> None:
        if self._saved is not None:
            u, alpha, self.scale, b = self._saved
            self.u, self.alpha, self.b = u.copy(), alpha.copy(), b.copy()


#: X smaller than this is read in well under a millisecond: left to BLAS's own thread choice.
PRIMAL_TUNE_MIN_BYTES = 4 << 20

SOLVERS = {"primal": PrimalSolver, "gram": GramSolver}
