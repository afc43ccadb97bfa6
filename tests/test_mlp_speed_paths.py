"""The network's fast epoch: the same iterates as the plain formulas, minibatches in fixed parts, recording defaults."""

from __future__ import annotations

import math

import numpy as np
import pytest
from threadpoolctl import threadpool_limits

from lrgui.core import NeuralNetwork
from lrgui.core import mlp
from lrgui.core.blas_threads import blas_threads
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
def test_minibatches_in_parts_agree_with_the_plain_formulas_up_to_rounding(dtype, rtol, monkeypatch):
    # minibatches of 300 rows cut into 3 parts of 100: their gradients are added in part order
    monkeypatch.setattr(mlp, "PART_MIN_WORK", 0)
    monkeypatch.setattr(mlp, "PART_MIN_ROWS", 100)
    X, y = labelled_data(600, 60, 3)
    settings = dict(SETTINGS, hidden=64, batches=2, epochs=3)
    assert mlp.minibatch_parts(300, 60, 64) == 3
    expected, means = reference_run(X, y, 3, activation="sigmoid", dtype=dtype, **settings)
    threads_before = blas_threads()
    model = NeuralNetwork(activation="sigmoid", dtype=dtype, record_every=1, **settings)
    steps = list(model.training_steps(X, y))

    for got, want in zip(model.coefs_, (expected.W1, expected.W2)):
        np.testing.assert_allclose(got, want, rtol=rtol, atol=rtol * 1e-2)
    np.testing.assert_allclose([s.minibatch_cost for s in steps[1:]], means, rtol=rtol)
    assert blas_threads() == threads_before  # the caller's thread count is back


def test_the_parts_give_the_same_bits_on_any_number_of_threads(monkeypatch):
    monkeypatch.setattr(mlp, "PART_MIN_WORK", 0)
    monkeypatch.setattr(mlp, "PART_MIN_ROWS", 64)
    X, y = labelled_data(900, 40, 4)
    results = []
    for threads in (1, 2, 3):
        monkeypatch.setattr(mlp, "run_workers", lambda threads=threads: threads)
        model = NeuralNetwork(hidden=16, batches=2, epochs=4, record_every=1).fit(X, y)
        results.append((*model.coefs_, *model.intercepts_, np.array(model.costs_)))
    for other in results[1:]:
        for got, want in zip(other, results[0]):
            np.testing.assert_array_equal(got, want)


def test_training_holds_blas_to_one_thread_and_puts_the_callers_count_back():
    X, y = labelled_data(600, 60, 3)
    seen = []
    with threadpool_limits(limits=2, user_api="blas"):
        for step in NeuralNetwork(hidden=64, batches=2, epochs=3).training_steps(X, y):
            seen.append(blas_threads())
        assert blas_threads() == 2
    assert seen and set(seen) == {1}


def test_minibatch_parts_come_from_the_shapes_alone():
    assert mlp.minibatch_parts(2400, 784, 50) == 4  # Fashion-MNIST's 25 minibatches
    assert mlp.minibatch_parts(101, 7, 6) == 1  # small work: one part, the plain formulas exactly
    assert mlp.minibatch_parts(60000, 784, 50) == mlp.MAX_PARTS


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
