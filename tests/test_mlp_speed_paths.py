"""The network's fast epoch: the same iterates as the plain formulas, BLAS threads chosen by timing, recording defaults."""

from __future__ import annotations

import math

import numpy as np
import pytest
from threadpoolctl import threadpool_info, threadpool_limits

from lrgui.core import NeuralNetwork
from lrgui.core import mlp
from lrgui.core.blas_threads import BlasTuner, blas_threads, thread_candidates
from lrgui.core.mlp import Epochs, cost_and_gradients, default_record_every, epoch_order, initial_parameters


def labelled_data(m: int, n: int, k: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((m, n))
    y = rng.integers(0, k, m)
    X[:, 0] += y  # something to learn
    return X, y


def reference_run(X, y, k, *, hidden, activation, learning_rate, l1, l2, batches, epochs, seed, dtype):
    """The docstring's math with nothing clever: one-hot Y, X[rows] copies, cost_and_gradients, p -= lr·g."""
    X = X.astype(dtype)
    m, n = X.shape
    Y = np.eye(k, dtype=dtype)[y]
    params = initial_parameters(n, hidden, k, activation, seed, dtype)
    minibatch_means = []
    for epoch in range(epochs):
        costs = []
        order = epoch_order(seed, epoch, m) if batches > 1 else np.arange(m)  # one batch: not shuffled
        for rows in np.array_split(order, batches):
            cost, grads = cost_and_gradients(params, X[rows], Y[rows], activation, l1, l2)
            costs.append(cost)
            for p, g in zip(params, grads):
                p -= learning_rate * g
        minibatch_means.append(sum(costs) / len(costs))
    return params, minibatch_means


SETTINGS = dict(hidden=6, learning_rate=0.2, l1=1e-3, l2=1e-2, batches=4, epochs=5, seed=3)


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("activation", ["sigmoid", "tanh", "relu"])
def test_the_fast_epoch_gives_exactly_the_plain_formulas_iterates(activation, dtype):
    # 101 rows in 4 minibatches: sizes 26, 25, 25, 25, so the buffers are used partly filled too
    X, y = labelled_data(101, 7, 3)
    expected, means = reference_run(X, y, 3, activation=activation, dtype=dtype, **SETTINGS)
    model = NeuralNetwork(activation=activation, dtype=dtype, record_every=1, **SETTINGS)
    steps = list(model.training_steps(X, y))

    for name, got, want in zip(("W1", "b1", "W2", "b2"), model.coefs_[:1] + model.intercepts_[:1] + model.coefs_[1:] + model.intercepts_[1:], expected):
        np.testing.assert_array_equal(got, want, err_msg=name)
    # the free curve: the mean of the minibatch costs of the epoch just run (none before the first)
    assert steps[0].minibatch_cost is None
    np.testing.assert_allclose([s.minibatch_cost for s in steps[1:]], means, rtol=1e-5 if dtype == "float32" else 1e-12)


def test_full_batch_is_the_plain_gradient_descent():
    X, y = labelled_data(50, 4, 2)
    settings = dict(SETTINGS, batches=1)
    expected, _ = reference_run(X, y, 2, activation="tanh", dtype="float64", **settings)
    model = NeuralNetwork(activation="tanh", dtype="float64", **settings).fit(X, y)
    np.testing.assert_array_equal(model.coefs_[0], expected.W1)
    np.testing.assert_array_equal(model.intercepts_[1], expected.b2)


@pytest.mark.parametrize("dtype, rtol", [("float32", 2e-3), ("float64", 1e-9)])
def test_tuned_products_agree_with_the_plain_formulas_up_to_rounding(dtype, rtol):
    # big enough minibatches that the thread count and the form of dW1 are timed
    X, y = labelled_data(600, 60, 3)
    settings = dict(SETTINGS, hidden=64, batches=2, epochs=3)
    assert 300 * 60 * 64 >= mlp.TUNE_MIN_WORK
    expected, _ = reference_run(X, y, 3, activation="sigmoid", dtype=dtype, **settings)
    threads_before = blas_threads()
    model = NeuralNetwork(activation="sigmoid", dtype=dtype, **settings).fit(X, y)

    for got, want in zip(model.coefs_, (expected.W1, expected.W2)):
        np.testing.assert_allclose(got, want, rtol=rtol, atol=rtol * 1e-2)
    assert blas_threads() == threads_before  # the caller's thread count is put back


def test_training_never_uses_more_blas_threads_than_the_caller_allows(monkeypatch):
    counts = []
    real = mlp.BlasTuner

    def recording_tuner(*args, **kwargs):
        def set_threads(n):
            counts.append(n)
            from lrgui.core.blas_threads import set_blas_threads

            set_blas_threads(n)

        return real(*args, set_threads=set_threads, **kwargs)

    monkeypatch.setattr(mlp, "BlasTuner", recording_tuner)
    X, y = labelled_data(600, 60, 3)
    with threadpool_limits(limits=1, user_api="blas"):
        NeuralNetwork(hidden=64, batches=2, epochs=3).fit(X, y)
        assert all(lib["num_threads"] == 1 for lib in threadpool_info() if lib["user_api"] == "blas")
    assert all(n == 1 for n in counts)


def test_stopping_between_recorded_points_records_the_final_one_and_keeps_the_iterates():
    X, y = labelled_data(120, 5, 3)
    model = NeuralNetwork(hidden=5, batches=3, epochs=50, record_every=10)
    steps = model.training_steps(X, y)
    seen = [next(steps) for _ in range(8)]  # the start and seven epochs
    steps.close()
    straight = NeuralNetwork(hidden=5, batches=3, epochs=7, record_every=10).fit(X, y)

    assert [s.iteration for s in seen if s.recorded] == [0]
    assert [i for i, _ in model.costs_] == [0, 7] == [i for i, _ in straight.costs_]
    np.testing.assert_array_equal(model.coefs_[0], straight.coefs_[0])
    assert all(s.minibatch_cost is not None for s in seen[1:])


# ----------------------------------------------------------- recording default
def test_record_every_default_is_chosen_from_the_sizes():
    # Fashion-MNIST with the documented network: a full evaluation costs about half an epoch
    assert default_record_every(60_000, 784, 50, 10, 25) == 10
    # small data: recording is nearly free, so every epoch
    assert default_record_every(4, 2, 4, 2, 1) == 1
    assert default_record_every(120, 2, 5, 3, 3) == 1
    # many small minibatches make an epoch long next to one evaluation
    assert default_record_every(60_000, 784, 50, 10, 1875) < 10
    values = [default_record_every(60_000, 784, 50, 10, b) for b in (1, 25, 250, 2500)]
    assert values == sorted(values, reverse=True)
    assert all(str(v).strip("0") in ("1", "2", "5") for v in values)


def test_the_estimator_records_at_the_chosen_interval(monkeypatch):
    # make the small test data behave as big data does: no free evaluations, no per-minibatch overhead
    monkeypatch.setattr(mlp, "FREE_EVALUATION_FLOPS", 0)
    monkeypatch.setattr(mlp, "BATCH_OVERHEAD_FLOPS", 0)
    X, y = labelled_data(200, 30, 3)
    model = NeuralNetwork(hidden=10, batches=4, epochs=12)
    assert model.record_every is None
    model.fit(X, y)
    every = default_record_every(200, 30, 10, 3, 4)
    assert model.record_every_ == every > 1
    assert [i for i, _ in model.costs_] == [*range(0, 12, every), 12]
    assert NeuralNetwork(hidden=10, epochs=2, record_every=1).fit(X, y).record_every_ == 1


# ------------------------------------------------------------------ the tuner
class FakeMachine:
    """A clock that advances by the time each (variant, threads) pair is said to take, and a BLAS thread count."""

    def __init__(self, seconds: dict, threads: int = 4):
        self.seconds = seconds
        self.now = 0.0
        self.threads = threads
        self.history: list[int] = []
        self.variant = None

    def clock(self) -> float:
        return self.now

    def set_threads(self, n: int) -> None:
        self.threads = n
        self.history.append(n)

    def work(self, variant) -> None:
        self.now += self.seconds[(variant, self.threads)]


def run_calls(tuner: BlasTuner, machine: FakeMachine, calls: int) -> list:
    used = []
    with tuner:
        for _ in range(calls):
            variant = tuner.begin()
            used.append((variant, machine.threads))
            machine.work(variant)
            tuner.end()
    return used


def make_tuner(machine: FakeMachine, variants=("a", "b"), **kwargs) -> BlasTuner:
    return BlasTuner(variants, clock=machine.clock, get_threads=lambda: machine.threads, set_threads=machine.set_threads, **kwargs)


def test_tuner_times_every_candidate_interleaved_and_keeps_the_fastest():
    seconds = {(v, t): 1.0 for v in "ab" for t in (1, 2, 4)}
    seconds[("b", 2)] = 0.5
    machine = FakeMachine(seconds, threads=4)
    tuner = make_tuner(machine, timed_calls=3, retune_seconds=1e9)
    used = run_calls(tuner, machine, 60)

    candidates = [(v, t) for v in "ab" for t in (1, 2, 4)]
    # in rounds, every candidate meeting the same load; in each turn one settling call and three timed ones
    assert used[:48] == [c for c in candidates for _ in range(4)] * 2
    assert tuner.choice == ("b", 2)
    assert set(used[48:]) == {("b", 2)}
    assert machine.threads == 4  # the caller's count is back after the with-block


def test_tuner_retimes_thread_counts_for_the_chosen_form_when_the_load_changes():
    seconds = {("a", 1): 2.0, ("a", 2): 1.0, ("b", 1): 3.0, ("b", 2): 1.5}
    machine = FakeMachine(seconds, threads=2)
    tuner = make_tuner(machine, timed_calls=3, retune_seconds=10.0)
    run_calls(tuner, machine, 40)
    assert tuner.choice == ("a", 2)

    machine.seconds[("a", 2)] = 8.0  # another program now keeps a core busy: two threads stall
    used = run_calls(tuner, machine, 60)
    assert tuner.choice == ("a", 1)
    assert ("b", 1) not in used and ("b", 2) not in used  # the form is not timed again
    assert tuner.tunings >= 2


def test_tuner_retimes_less_often_while_its_choice_holds_and_soon_again_after_a_change():
    machine = FakeMachine({("a", 1): 2.0, ("a", 2): 1.0}, threads=2)
    tuner = make_tuner(machine, variants=("a",), timed_calls=1, retune_seconds=4.0)
    ends = []

    def run(calls):
        with tuner:
            for _ in range(calls):
                before = tuner.tunings
                variant = tuner.begin()
                machine.work(variant)
                tuner.end()
                if tuner.tunings != before:
                    ends.append((machine.now, tuner.choice))

    run(120)
    gaps = [b[0] - a[0] for a, b in zip(ends, ends[1:])]
    # each tuning takes 12 s of calls; between them 4, 8, then at most 16 s of work
    assert gaps[:4] == [16.0, 20.0, 28.0, 28.0]

    machine.seconds[("a", 2)] = 5.0  # a busy core: two threads now stall
    ends.clear()
    run(60)
    assert ends[0][1] == ("a", 1)  # the next tuning notices
    # and the one after comes soon again: 4 s of work, then a tuning of 28 s (two threads now take 5 s a call)
    assert ends[1][0] - ends[0][0] == 32.0


def test_tuner_never_exceeds_the_callers_limit_and_restores_it():
    seconds = {(None, t): 1.0 / t for t in (1, 2, 4, 8)}
    machine = FakeMachine(seconds, threads=1)
    tuner = make_tuner(machine, variants=(None,))
    used = run_calls(tuner, machine, 10)
    assert {t for _, t in used} == {1} and machine.history == []  # nothing to choose: nothing touched

    machine.threads = 8  # the caller raised its limit: timed afresh, up to the new ceiling
    used = run_calls(tuner, machine, 40)
    assert tuner.threads == 8 and max(t for _, t in used) == 8
    assert machine.threads == 8


def test_tuner_judges_by_the_mean_and_prefers_one_thread_unless_more_win_clearly():
    stalls = iter([0.1, 0.1, 5.0] * 100)  # two threads: usually fast, but stalling now and then
    machine = FakeMachine({(None, 1): 1.0}, threads=2)
    machine.seconds = type("Seconds", (), {"__getitem__": lambda self, key: 1.0 if key[1] == 1 else next(stalls)})()
    tuner = make_tuner(machine, variants=(None,), retune_seconds=1e9)
    run_calls(tuner, machine, 20)
    assert tuner.threads == 1  # median 0.1 s, but mean 1.7 s

    close = FakeMachine({(None, 1): 1.0, (None, 2): 0.95}, threads=2)
    tuner = make_tuner(close, variants=(None,), retune_seconds=1e9)
    run_calls(tuner, close, 20)
    assert tuner.threads == 1  # 5 % faster is not worth the risk of stalling


def test_thread_candidates():
    assert thread_candidates(1) == [1]
    assert thread_candidates(2) == [1, 2]
    assert thread_candidates(6) == [1, 2, 4, 6]


def test_epochs_report_overflow_without_warnings():
    X, y = labelled_data(40, 3, 2)
    X = 1e3 * X
    params = initial_parameters(3, 4, 2, "relu", 0, np.float64)
    runner = Epochs(params, X, y, "relu", 1e30, 0.0, 0.0, 2, 0)
    with np.errstate(all="ignore"):
        results = [runner.run(e) for e in range(5)]
    assert any(not finite for finite, _ in results)
    finite, cost = next(r for r in results if not r[0])
    assert math.isnan(cost)
