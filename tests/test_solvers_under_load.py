"""The solvers' choices of BLAS threads and product forms, with an injected clock and thread setter.

No timing is asserted: a fake machine says how long each (form, threads)
candidate takes, and the tests check what the solvers then choose, that
they never exceed the caller's thread count and put it back, and that the
numbers do not depend on the choice beyond rounding.
"""

from __future__ import annotations

import functools
import itertools

import numpy as np
import pytest

from lrgui.core import LogisticRegression, blas_threads, gram, product_tuner, solvers
from lrgui.core.gram import band_tiles, fill_gram
from lrgui.core.product_tuner import ProductTuner
from lrgui.core.solvers import GramProduct


class FakeMachine:
    """A clock that the products advance by the seconds their (form, threads) is said to take; a BLAS thread count."""

    def __init__(self, seconds, threads: int = 2):
        self.seconds = seconds  # (form, threads) -> seconds, or a callable of it
        self.now = 0.0
        self.threads = threads
        self.history: list[int] = []
        self.used: list[tuple[str, int]] = []

    def clock(self) -> float:
        return self.now

    def get_threads(self) -> int:
        return self.threads

    def set_threads(self, n: int) -> None:
        self.threads = n
        self.history.append(n)

    def forms(self) -> dict:
        """Product forms that compute the real product and advance the clock."""

        def timed(form, product):
            def run(A, v):
                candidate = (form, self.threads if form == "blas" else 1)
                self.used.append(candidate)
                cost = self.seconds(candidate) if callable(self.seconds) else self.seconds[candidate]
                self.now += cost
                return product(A, v)

            return run

        return {"blas": timed("blas", lambda A, v: A @ v), "rowwise": timed("rowwise", lambda A, v: np.vecdot(A, v))}


@pytest.fixture
def machine_for(monkeypatch):
    def make(seconds, threads=2):
        machine = FakeMachine(seconds, threads)
        monkeypatch.setattr(product_tuner, "_FORMS", machine.forms())
        return machine

    return make


def make_tuner(machine: FakeMachine, forms=("blas", "rowwise"), **kwargs) -> ProductTuner:
    return ProductTuner(
        forms, clock=machine.clock, get_threads=machine.get_threads, set_threads=machine.set_threads, **kwargs
    )


def call(tuner: ProductTuner, machine: FakeMachine, times: int, ceiling_check: bool = True) -> None:
    rng = np.random.default_rng(0)
    A, v = rng.random((6, 6)), rng.random(6)
    for _ in range(times):
        ceiling = machine.threads
        np.testing.assert_allclose(tuner(A, v), A @ v)
        if ceiling_check:
            assert machine.threads == ceiling  # the caller's count is back after every call


QUIET = {("blas", 2): 45e-6, ("blas", 1): 85e-6, ("rowwise", 1): 115e-6}


def stalling_two_threads(every: int = 60, stall: float = 8e-3):
    """Two BLAS threads take 45 µs, but every ``every``-th call waits ``stall`` for the thread on the busy core."""
    count = itertools.count(1)

    def seconds(candidate):
        if candidate == ("blas", 2):
            return stall if next(count) % every == 0 else 45e-6
        return {("blas", 1): 85e-6, ("rowwise", 1): 115e-6}[candidate]

    return seconds


def test_quiet_machine_keeps_the_callers_threads_and_times_the_others_after_the_first_window(machine_for):
    machine = machine_for(QUIET)
    tuner = make_tuner(machine)
    call(tuner, machine, 2000)
    assert tuner.choice == ("blas", 2)
    assert {("blas", 1), ("rowwise", 1)} <= set(machine.used)  # the others were timed
    assert machine.used[:100] == [("blas", 2)] * 100  # first a window of the caller's own choice
    assert set(machine.history) <= {1, 2} and machine.threads == 2


def test_stalling_threads_are_left_for_one_thread_within_a_window(machine_for):
    machine = machine_for(stalling_two_threads())
    tuner = make_tuner(machine, retune_seconds=1e9)
    call(tuner, machine, 3000)
    assert tuner.choice == ("blas", 1)
    assert tuner.estimates[("blas", 2)] > tuner.estimates[("blas", 1)]
    assert machine.used[-1000:] == [("blas", 1)] * 1000


def test_rowwise_products_win_when_blas_is_slower_on_any_thread_count(machine_for):
    machine = machine_for({("blas", 2): 300e-6, ("blas", 1): 200e-6, ("rowwise", 1): 100e-6})
    tuner = make_tuner(machine)
    call(tuner, machine, 1000)
    assert tuner.choice == ("rowwise", 1)


def test_more_threads_must_win_clearly(machine_for):
    machine = machine_for({("blas", 2): 95e-6, ("blas", 1): 100e-6})
    tuner = make_tuner(machine, forms=("blas",))
    call(tuner, machine, 2000)
    assert tuner.choice == ("blas", 1)  # 5 % faster is not worth the risk of stalling


def test_a_retuning_that_picks_stalling_threads_again_waits_longer_next_time(machine_for):
    machine = machine_for(stalling_two_threads(every=40))
    tuner = make_tuner(machine, forms=("blas",), retune_seconds=0.05)
    call(tuner, machine, 6000)
    assert tuner.choice == ("blas", 1)
    assert tuner._retune_after > tuner.retune_seconds  # the stalling count kept losing: retimed less often
    assert tuner.switches >= 3


def test_load_that_goes_away_brings_the_threads_back(machine_for):
    machine = machine_for(stalling_two_threads(every=20))
    tuner = make_tuner(machine, forms=("blas",), retune_seconds=0.05)
    call(tuner, machine, 1500)
    assert tuner.choice == ("blas", 1)
    machine.seconds = QUIET
    call(tuner, machine, 20000)  # long enough for the retunings, doubled at most to RETUNE_MAX_SECONDS
    assert tuner.choice == ("blas", 2)


def test_one_allowed_thread_means_nothing_to_set(machine_for):
    machine = machine_for(QUIET, threads=1)
    tuner = make_tuner(machine)
    call(tuner, machine, 500)
    assert all(t == 1 for _, t in machine.used)
    assert machine.history == []  # BLAS's count never touched
    assert tuner.choice in (("blas", 1), ("rowwise", 1))


def test_the_tuner_never_exceeds_the_callers_count_and_follows_a_new_one(machine_for):
    seconds = {("blas", t): 1e-3 / t for t in (1, 2, 4, 8)} | {("rowwise", 1): 5e-3}
    machine = machine_for(seconds, threads=4)
    tuner = make_tuner(machine)
    call(tuner, machine, 200)
    assert max(t for _, t in machine.used) == 4 and tuner.choice == ("blas", 4)
    machine.threads = 2  # the caller lowered its limit: noticed within a window, tuned afresh
    machine.used.clear()
    call(tuner, machine, 200, ceiling_check=False)
    assert max(t for _, t in machine.used[20:]) == 2
    assert tuner.choice == ("blas", 2) and machine.threads == 2


def test_the_tuner_puts_back_the_count_in_force_not_the_one_it_remembers(machine_for):
    seconds = {("blas", 1): 1e-3, ("blas", 2): 5e-3, ("rowwise", 1): 9e-3}
    machine = machine_for(seconds, threads=2)
    tuner = make_tuner(machine)
    call(tuner, machine, 200)
    assert tuner.choice == ("blas", 1)
    machine.threads = 1  # another thread of the program lowered BLAS's count meanwhile
    for _ in range(5):
        tuner(np.eye(4), np.ones(4))
        assert machine.threads == 1  # not raised back to the 2 read at the last tuning


def test_a_contended_build_starts_the_products_on_one_thread(machine_for):
    machine = machine_for(QUIET)
    made = []

    def make(forms, **kwargs):
        made.append(kwargs["initial"])
        return make_tuner(machine, forms, **kwargs)

    K = np.eye(ROWS := solvers.ROWWISE_MIN_ROWS)
    GramProduct(K, contended=True, make_tuner=make)(np.ones(ROWS))
    assert made == [("blas", 1), ("blas", 1)]
    assert machine.used[0] == ("blas", 1) and machine.history[:1] == [1]
    GramProduct(K, make_tuner=make)
    assert made[-1] is None


# ------------------------------------------------------------------ the Gram matrix
class Threads:
    def __init__(self, count: int):
        self.count = count
        self.history: list[int] = []

    def get(self) -> int:
        return self.count

    def set(self, n: int) -> None:
        self.count = n
        self.history.append(n)


def build(X, band_rows, threads: Threads, awake=False):
    K = np.full((len(X), len(X)), np.nan, X.dtype)
    steps = fill_gram(X, K, band_rows, get_threads=threads.get, set_threads=threads.set, threads_awake=lambda: awake)
    yields = 0
    try:
        while True:
            next(steps)
            yields += 1
    except StopIteration as done:
        return K, yields, done.value


@pytest.mark.parametrize("m, tile", [(50, 8), (37, 5), (64, 64)])
def test_tiles_cover_the_upper_triangle_once(m, tile):
    covered = np.zeros((m, m), int)
    for start in range(0, m, 20):
        for a, b, c, d in band_tiles(start, min(m, start + 20), m, tile):
            if a == c:
                covered[a:b, a:b] += np.triu(np.ones((b - a, b - a), int))
            else:
                covered[a:b, c:d] += 1
    assert (covered == np.triu(np.ones((m, m), int))).all()


@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_k_built_by_workers_equals_x_xt_and_is_exactly_symmetric(monkeypatch, dtype):
    monkeypatch.setattr(gram, "TILED_MIN_WORK", 0)
    monkeypatch.setattr(gram, "MIN_TILE_ROWS", 4)
    X = np.random.default_rng(1).random((90, 33)).astype(dtype)
    threads = Threads(2)
    K, yields, contended = build(X, band_rows=30, threads=threads)
    np.testing.assert_allclose(K, X @ X.T, rtol=1e-5 if dtype == "float32" else 1e-12)
    assert np.array_equal(K, K.T)
    assert yields == 3  # one chance to stop after each band of 30 rows
    assert threads.history == [1, 2] * 3 and threads.count == 2  # one thread per worker while tiles run
    assert isinstance(contended, bool)


@pytest.mark.parametrize("threads, awake", [(1, False), (2, True)])  # one allowed thread, or BLAS threads spinning
def test_k_built_band_by_band_in_one_product_each_is_exactly_symmetric_too(threads, awake):
    X = np.random.default_rng(8).random((213, 40)).astype(np.float32)
    K, yields, _ = build(X, band_rows=75, threads=Threads(threads), awake=awake)
    assert yields == 3
    assert np.array_equal(K, K.T)
    np.testing.assert_allclose(K, X @ X.T, rtol=1e-5)


def test_spinning_threads_are_looked_for_once_not_at_every_band(monkeypatch):
    """The workers themselves may still be running just after their last tile: not a reason to stop tiling."""
    monkeypatch.setattr(gram, "TILED_MIN_WORK", 0)
    monkeypatch.setattr(gram, "MIN_TILE_ROWS", 4)
    X = np.random.default_rng(9).random((90, 16))
    K = np.full((90, 90), np.nan)
    threads, looks = Threads(2), []
    steps = fill_gram(X, K, 30, get_threads=threads.get, set_threads=threads.set,
                      threads_awake=lambda: looks.append(1) or len(looks) > 1)  # "awake" from the 2nd look on
    for _ in steps:
        pass
    assert looks == [1]
    assert threads.history == [1, 2] * 3  # every band in tiles


def test_k_does_not_depend_on_the_way_it_was_built(monkeypatch):
    monkeypatch.setattr(gram, "TILED_MIN_WORK", 0)
    monkeypatch.setattr(gram, "MIN_TILE_ROWS", 4)
    X = np.random.default_rng(2).random((60, 20))
    shared, _, _ = build(X, 2048, Threads(2))
    alone, _, _ = build(X, 2048, Threads(1))
    awake, _, _ = build(X, 2048, Threads(2), awake=True)
    np.testing.assert_allclose(shared, alone, rtol=1e-12)
    np.testing.assert_allclose(shared, awake, rtol=1e-12)


def test_spinning_blas_threads_or_one_allowed_thread_leave_the_count_alone(monkeypatch):
    monkeypatch.setattr(gram, "TILED_MIN_WORK", 0)
    X = np.random.default_rng(3).random((40, 10))
    for threads, awake in ((Threads(2), True), (Threads(1), False)):
        K, yields, contended = build(X, 2048, threads, awake=awake)
        assert threads.history == [] and yields == 0 and contended is False
        np.testing.assert_allclose(K, X @ X.T)


def test_stopping_between_bands_shuts_the_workers_down_and_restores_the_count(monkeypatch):
    monkeypatch.setattr(gram, "TILED_MIN_WORK", 0)
    monkeypatch.setattr(gram, "MIN_TILE_ROWS", 4)
    X = np.random.default_rng(4).random((90, 16))
    K = np.full((90, 90), np.nan)
    threads = Threads(2)
    steps = fill_gram(X, K, 30, get_threads=threads.get, set_threads=threads.set, threads_awake=lambda: False)
    next(steps)
    steps.close()
    assert threads.count == 2 and threads.history == [1, 2]
    np.testing.assert_allclose(K[:30], (X @ X.T)[:30])  # the first band is there, nothing after it
    assert np.isnan(K[30:, 30:]).all()


def test_stopping_the_gram_build_in_a_fit_keeps_the_start(monkeypatch):
    monkeypatch.setattr(solvers, "GRAM_BLOCK_ROWS", 16)
    monkeypatch.setattr(gram, "TILED_MIN_WORK", 0)
    monkeypatch.setattr(gram, "MIN_TILE_ROWS", 4)
    monkeypatch.setattr(gram, "blas_threads_awake", lambda: False)
    X = np.random.default_rng(5).random((64, 100))
    y = X[:, 0] > 0.5
    model = LogisticRegression(solver="gram", epochs=100).fit(X, y, should_stop=lambda: True)
    assert model.n_iter_ == 0 and not model.coef_.any()


# ------------------------------------------------------------------ whole fits
def forced(choice):
    """A ProductTuner that uses ``choice`` (capped at the caller's count) on every call."""

    class Forced(ProductTuner):
        def __init__(self, forms=("blas",), **kwargs):
            super().__init__(forms, **kwargs)

        def _start(self, ceiling):
            super()._start(ceiling)
            form = choice[0] if choice[0] in self.forms else "blas"
            self.choice = (form, min(choice[1], ceiling))
            self._first_window = False

    return Forced


@pytest.mark.parametrize("solver, shape", [("gram", (120, 300)), ("primal", (400, 30))])
def test_fits_agree_whatever_the_products_form_and_threads(monkeypatch, solver, shape):
    monkeypatch.setattr(solvers, "PRIMAL_TUNE_MIN_BYTES", 0)
    monkeypatch.setattr(solvers, "ROWWISE_MIN_ROWS", 8)
    rng = np.random.default_rng(6)
    X = rng.random(shape)
    z = X @ rng.standard_normal(shape[1])
    y = (z > np.median(z)).astype(int)
    fits = []
    for choice in (("blas", 2), ("blas", 1), ("rowwise", 1)):
        monkeypatch.setattr(solvers, "ProductTuner", forced(choice))
        model = LogisticRegression(learning_rate=0.05, epochs=200, solver=solver, dtype="float64").fit(X, y)
        fits.append(model)
    for other in fits[1:]:
        np.testing.assert_allclose(other.coef_, fits[0].coef_, rtol=1e-9, atol=1e-12)
        np.testing.assert_allclose([c for _, c in other.costs_], [c for _, c in fits[0].costs_], rtol=1e-9)


def test_fits_never_leave_blas_on_another_thread_count(monkeypatch):
    monkeypatch.setattr(solvers, "PRIMAL_TUNE_MIN_BYTES", 0)
    monkeypatch.setattr(solvers, "ROWWISE_MIN_ROWS", 8)
    # windows and turns of a few calls, so that the tuners do time the one-thread candidates in these short fits
    quick = functools.partial(ProductTuner, window_seconds=0.0, turn_seconds=0.0, retune_seconds=0.0)
    monkeypatch.setattr(solvers, "ProductTuner", quick)
    monkeypatch.setattr(product_tuner, "RETUNE_COST_FACTOR", 0)
    seen = []
    real_set = blas_threads.set_blas_threads
    before = blas_threads.blas_threads()
    for module in (product_tuner, gram):  # where the thread count is set
        monkeypatch.setattr(module, "set_blas_threads", lambda n: (seen.append(n), real_set(n)))
    X = np.random.default_rng(7).random((300, 40))
    y = X[:, 0] > 0.5
    for solver in ("primal", "gram"):
        LogisticRegression(epochs=300, solver=solver).fit(X, y)
    assert blas_threads.blas_threads() == before
    if before > 1:
        assert 1 in seen  # the one-thread candidates were tried, and the count was put back each time
    assert all(n <= before for n in seen)


def test_a_thread_spinning_beside_the_caller_is_seen_awake():
    import sys
    import threading

    if blas_threads._running_threads() is None:
        pytest.skip("no /proc: the fallback watches CPU time")
    stop = threading.Event()
    spinner = threading.Thread(target=lambda: [None for _ in iter(stop.is_set, True)])
    switch = sys.getswitchinterval()
    sys.setswitchinterval(1e-4)  # let the spinner and this thread take turns at the interpreter quickly
    spinner.start()
    try:
        seen = any(blas_threads.blas_threads_awake() for _ in range(200))
    finally:
        stop.set()
        spinner.join()
        sys.setswitchinterval(switch)
    assert seen
