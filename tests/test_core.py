"""The core estimator against the textbook formulas, and its contract.

The reference below is the tutorial's logistic regression written out in
float64 with features-major X of shape (n, m); LogisticRegression must follow
it step for step, whatever its solver and precision.
"""

from __future__ import annotations

import math
import warnings

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from lrgui.core import (
    InvalidParameterError,
    LogisticRegression,
    NotFittedError,
    TrainingDivergedWarning,
)
from lrgui.core.functions import binary_cross_entropy, categorical_cross_entropy, sigmoid, softmax

SOLVERS = ("primal", "gram")
DTYPES = ("float64", "float32")


def textbook_logistic_regression(X, Y, learning_rate, epochs):
    """The tutorial's model: X (n, m), Y (1, m); returns w (n, 1), b and the costs every 100 iterations,
    then the cost of the final parameters (lrgui records it too, at iteration ``epochs``)."""
    n, m = X.shape
    w = np.zeros((n, 1))
    b = 0.0
    costs = []
    for i in range(epochs):
        A = 1 / (1 + np.exp(-(w.T @ X + b)))
        if i % 100 == 0:
            costs.append(float(-np.mean(Y * np.log(A) + (1 - Y) * np.log(1 - A))))
        dw = X @ (A - Y).T / m
        db = float(np.mean(A - Y))
        w = w - learning_rate * dw
        b = b - learning_rate * db
    A = 1 / (1 + np.exp(-(w.T @ X + b)))
    costs.append(float(-np.mean(Y * np.log(A) + (1 - Y) * np.log(1 - A))))
    return w, b, costs


def noisy_linear_problem(m=60, n=8, seed=0):
    """Samples-major X (m, n) and 0/1 labels from a noisy linear rule (not separable)."""
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(m, n))
    y = (X @ rng.normal(size=n) + rng.normal(size=m) > 0).astype(int)
    return X, y


def blobs(k=3, per_class=30, n=4, seed=0):
    """k well separated Gaussian clouds in n dimensions."""
    rng = np.random.default_rng(seed)
    centres = rng.normal(scale=4.0, size=(k, n))
    X = np.concatenate([c + rng.normal(size=(per_class, n)) for c in centres])
    y = np.repeat(np.arange(k), per_class)
    return X, y


@pytest.fixture(scope="module")
def problem():
    X, y = noisy_linear_problem()
    w, b, costs = textbook_logistic_regression(X.T.astype(np.float64), y[None, :].astype(np.float64), 0.05, 2000)
    return X, y, w, b, costs


# ---------------------------------------------------------------- textbook match
@pytest.mark.parametrize("solver", SOLVERS)
@pytest.mark.parametrize("dtype", DTYPES)
def test_costs_and_parameters_match_the_textbook(problem, solver, dtype):
    X, y, w, b, costs = problem
    est = LogisticRegression(learning_rate=0.05, epochs=2000, solver=solver, dtype=dtype).fit(X, y)

    assert [i for i, _ in est.costs_] == [*range(0, 2000, 100), 2000]
    np.testing.assert_allclose([c for _, c in est.costs_], costs, rtol=0, atol=1e-5)
    np.testing.assert_allclose(est.coef_, w[:, 0], atol=1e-4)
    assert est.intercept_ == pytest.approx(b, abs=1e-4)
    assert est.solver_ == solver
    assert est.n_iter_ == 2000
    assert not est.diverged_
    # the cost falls, as gradient descent on a convex loss must
    assert all(a > c for (_, a), (_, c) in zip(est.costs_, est.costs_[1:]))

    textbook_labels = (1 / (1 + np.exp(-(w.T @ X.T + b))) > 0.5).astype(int)[0]
    np.testing.assert_array_equal(est.predict(X), textbook_labels)


def test_solvers_and_precisions_predict_identically(problem):
    X, y, *_ = problem
    predictions = [
        LogisticRegression(learning_rate=0.05, epochs=500, solver=s, dtype=d).fit(X, y).predict(X)
        for s in SOLVERS
        for d in DTYPES
    ]
    for other in predictions[1:]:
        np.testing.assert_array_equal(other, predictions[0])


def test_progress_is_called_at_every_recorded_iteration(problem):
    X, y, *_ = problem
    calls = []
    est = LogisticRegression(learning_rate=0.05, epochs=2000).fit(X, y, progress=lambda i, c: calls.append((i, c)))
    assert [i for i, _ in calls] == [*range(0, 2000, 100), 2000]
    assert calls == est.costs_


@pytest.mark.parametrize("solver", SOLVERS)
def test_should_stop_ends_early_keeping_the_parameters(problem, solver):
    X, y, *_ = problem
    asked = 0

    def should_stop():
        nonlocal asked
        asked += 1
        return asked >= 250

    stopped = LogisticRegression(learning_rate=0.05, epochs=2000, solver=solver, dtype="float64")
    stopped.fit(X, y, should_stop=should_stop)
    assert stopped.n_iter_ == 250
    assert [i for i, _ in stopped.costs_] == [0, 100, 200, 250]  # the point where it stopped is recorded

    straight = LogisticRegression(learning_rate=0.05, epochs=250, solver=solver, dtype="float64").fit(X, y)
    np.testing.assert_allclose(stopped.coef_, straight.coef_, atol=1e-12)
    assert stopped.intercept_ == pytest.approx(straight.intercept_, abs=1e-12)
    np.testing.assert_array_equal(stopped.predict(X), straight.predict(X))


@pytest.mark.parametrize("solver", SOLVERS)
def test_warm_start_continues_where_training_stopped(problem, solver):
    X, y, *_ = problem
    est = LogisticRegression(learning_rate=0.05, epochs=500, solver=solver, dtype="float64", warm_start=True)
    est.fit(X, y)
    est.fit(X, y)
    once = LogisticRegression(learning_rate=0.05, epochs=1000, solver=solver, dtype="float64").fit(X, y)

    assert est.n_iter_ == 1000
    assert [i for i, _ in est.costs_] == list(range(0, 1001, 100))
    np.testing.assert_allclose([c for _, c in est.costs_], [c for _, c in once.costs_], atol=1e-12)
    np.testing.assert_allclose(est.coef_, once.coef_, atol=1e-10)


def test_without_warm_start_fit_starts_over(problem):
    X, y, *_ = problem
    est = LogisticRegression(learning_rate=0.05, epochs=300, dtype="float64")
    first = est.fit(X, y).coef_.copy()
    est.fit(X, y)
    assert est.n_iter_ == 300
    np.testing.assert_array_equal(est.coef_, first)


# ------------------------------------------------------------------ multi-class
@pytest.mark.parametrize("solver", SOLVERS)
def test_softmax_learns_three_classes(solver):
    X, y = blobs()
    labels = np.array(["cat", "dog", "owl"])[y]
    est = LogisticRegression(learning_rate=0.1, epochs=500, solver=solver).fit(X, labels)

    assert list(est.classes_) == ["cat", "dog", "owl"]
    assert est.coef_.shape == (4, 3)
    assert np.shape(est.intercept_) == (3,)
    assert est.score(X, labels) >= 0.95
    proba = est.predict_proba(X)
    assert proba.shape == (len(X), 3)
    np.testing.assert_allclose(proba.sum(axis=1), 1, atol=1e-6)
    assert est.costs_[-1][1] < est.costs_[0][1] == pytest.approx(math.log(3), abs=1e-6)


@pytest.mark.parametrize("labels", [np.array([3, 7]), np.array(["no", "yes"]), np.array([-1, 1])])
def test_labels_may_be_strings_or_ints(problem, labels):
    X, y, *_ = problem
    named = labels[y]
    est = LogisticRegression(learning_rate=0.05, epochs=300).fit(X, named)
    np.testing.assert_array_equal(est.classes_, np.sort(labels))
    assert est.predict(X).dtype == named.dtype
    assert set(est.predict(X).tolist()) <= set(labels.tolist())
    assert est.score(X, named) > 0.8
    proba = est.predict_proba(X)
    assert proba.shape == (len(X), 2)
    # column 1 is the probability of classes_[1]
    np.testing.assert_array_equal(est.predict(X), est.classes_[(proba[:, 1] > 0.5).astype(int)])


# --------------------------------------------------------------------- errors
def test_not_fitted_error_before_fit():
    est = LogisticRegression()
    for method in (est.predict, est.predict_proba, est.decision_function):
        with pytest.raises(NotFittedError, match="not trained yet.*fit"):
            method(np.zeros((2, 3)))
    with pytest.raises(NotFittedError):
        est.get_state()


@pytest.mark.parametrize(
    "params",
    [
        {"epochs": 0},
        {"epochs": -5},
        {"epochs": 2.5},
        {"record_every": 0},
        {"solver": "newton"},
        {"dtype": "int32"},
    ],
)
def test_invalid_parameters_are_refused(problem, params):
    X, y, *_ = problem
    with pytest.raises(InvalidParameterError):
        LogisticRegression(**params).fit(X, y)


def test_the_estimator_trusts_its_rate_checked_where_it_entered_lrgui(problem):
    """The learning rate is checked once, at the boundary (lrgui.kinds.checks); the estimator guards only what
    bounds its loops and arrays. A rate of 0 is then a run that does not move."""
    X, y, *_ = problem
    estimator = LogisticRegression(learning_rate=0.0, epochs=3).fit(X, y)
    assert not np.any(estimator.coef_) and not np.any(estimator.intercept_)


@pytest.mark.parametrize(
    "X, y",
    [
        (np.zeros(10), np.array([0, 1] * 5)),  # 1-D X
        (np.zeros((2, 5, 5)), np.array([0, 1])),  # 3-D X
        (np.zeros((0, 3)), np.array([])),  # empty
        (np.zeros((10, 3)), np.zeros(10)),  # a single class
        (np.zeros((10, 3)), np.array([0, 1] * 4)),  # fewer labels than rows
        (np.full((4, 2), np.nan), np.array([0, 1, 0, 1])),
        (np.array([["a", "b"], ["c", "d"]]), np.array([0, 1])),
    ],
)
def test_unusable_inputs_are_refused(X, y):
    with pytest.raises(InvalidParameterError):
        LogisticRegression(epochs=5).fit(X, y)


def test_feature_count_mismatch_is_refused(problem):
    X, y, *_ = problem
    est = LogisticRegression(epochs=10).fit(X, y)
    with pytest.raises(InvalidParameterError, match="8"):
        est.predict(X[:, :5])
    est.set_params(warm_start=True)
    with pytest.raises(InvalidParameterError, match="features"):
        est.fit(X[:, :5], y)
    with pytest.raises(InvalidParameterError, match="labels differ"):
        est.fit(X, y + 5)
    with pytest.raises(InvalidParameterError):
        est.set_params(momentum=0.9)


# ------------------------------------------------------------------ divergence
def non_separable_problem(seed=1):
    """Labels that are pure noise: any large step overshoots and the cost climbs."""
    rng = np.random.default_rng(seed)
    return rng.normal(size=(40, 3)), rng.integers(0, 2, 40)


@pytest.mark.parametrize("learning_rate", [1e6, 1e30])
@pytest.mark.parametrize("solver", SOLVERS)
@pytest.mark.parametrize("dtype", DTYPES)
def test_huge_learning_rate_diverges_but_stays_finite(learning_rate, solver, dtype):
    X, y = non_separable_problem()
    with pytest.warns(TrainingDivergedWarning, match="learning rate"):
        est = LogisticRegression(learning_rate=learning_rate, epochs=2000, solver=solver, dtype=dtype).fit(X, y)
    assert est.diverged_
    assert np.isfinite(est.coef_).all() and math.isfinite(est.intercept_)
    costs = [c for _, c in est.costs_]
    assert len(costs) >= 2 and all(math.isfinite(c) for c in costs)
    assert costs[-1] > costs[0] * 1000  # it really rose
    assert np.isfinite(est.predict_proba(X)).all()


def test_multiclass_huge_learning_rate_diverges_but_stays_finite():
    rng = np.random.default_rng(2)
    X, y = rng.normal(size=(45, 3)), rng.integers(0, 3, 45)
    with pytest.warns(TrainingDivergedWarning):
        est = LogisticRegression(learning_rate=1e30, epochs=500).fit(X, y)
    assert est.diverged_
    assert np.isfinite(est.coef_).all() and np.isfinite(est.intercept_).all()
    np.testing.assert_allclose(est.predict_proba(X).sum(axis=1), 1, atol=1e-6)


def test_sane_training_emits_no_warning(problem):
    X, y, *_ = problem
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        est = LogisticRegression(learning_rate=0.05, epochs=300).fit(X, y)
    assert not est.diverged_


# -------------------------------------------------------- numerically safe math
EXTREMES = np.array([-1e30, -1e4, -50.0, 0.0, 50.0, 1e4, 1e30])


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_sigmoid_is_finite_and_saturates_for_extreme_logits(dtype):
    z = EXTREMES.astype(dtype)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no overflow RuntimeWarning either
        s = sigmoid(z)
    assert np.isfinite(s).all()
    assert s[0] == 0 and s[3] == 0.5 and s[-1] == 1
    assert np.all(np.diff(s) >= 0)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_binary_cross_entropy_is_finite_for_extreme_logits(dtype):
    z = EXTREMES.astype(dtype)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        right = binary_cross_entropy(z, (z > 0).astype(dtype))
        wrong = binary_cross_entropy(z, (z < 0).astype(dtype))
    assert math.isfinite(right) and math.isfinite(wrong)
    assert right == pytest.approx(math.log(2) / len(z), rel=1e-6)  # only z = 0 costs anything
    assert wrong == pytest.approx((2e30 + 2e4 + 100 + math.log(2)) / len(z), rel=1e-6)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_categorical_cross_entropy_is_finite_for_extreme_logits(dtype):
    z = np.array([[1e30, -1e30, 0], [-1e30, 1e30, 0], [0, 0, 0]], dtype=dtype)
    onehot = np.eye(3, dtype=dtype)[[0, 0, 2]]  # row 0 right, row 1 wrong by 2e30, row 2 undecided
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        cost = categorical_cross_entropy(z, onehot)
        proba = softmax(z.copy())
    assert cost == pytest.approx((2e30 + math.log(3)) / 3, rel=1e-6)
    assert np.isfinite(proba).all()
    np.testing.assert_allclose(proba.sum(axis=1), 1, atol=1e-6)


def test_binary_cross_entropy_equals_the_textbook_formula():
    rng = np.random.default_rng(3)
    z, y = rng.normal(scale=3, size=50), rng.integers(0, 2, 50).astype(float)
    a = 1 / (1 + np.exp(-z))
    textbook = -np.mean(y * np.log(a) + (1 - y) * np.log(1 - a))
    assert binary_cross_entropy(z, y) == pytest.approx(textbook, rel=1e-12)


# --------------------------------------------------------------- property-based
@st.composite
def training_problems(draw, max_classes=2):
    k = draw(st.integers(2, max_classes))
    m = draw(st.integers(k, 30))
    n = draw(st.integers(1, 12))
    X = draw(hnp.arrays(np.float64, (m, n), elements=st.floats(-1e3, 1e3, allow_nan=False, allow_infinity=False)))
    y = draw(hnp.arrays(np.int64, m, elements=st.integers(0, k - 1)))
    # every class must appear at least once
    y[:k] = np.arange(k)
    return X, y


common = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@common
@given(
    problem=training_problems(max_classes=4),
    learning_rate=st.floats(1e-4, 1e3),
    solver=st.sampled_from(SOLVERS),
    dtype=st.sampled_from(DTYPES),
)
def test_training_stays_finite_for_any_sane_input(problem, learning_rate, solver, dtype):
    X, y = problem
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", TrainingDivergedWarning)
        est = LogisticRegression(learning_rate=learning_rate, epochs=7, record_every=2, solver=solver, dtype=dtype)
        est.fit(X, y)
    assert np.isfinite(est.coef_).all()
    assert np.isfinite(est.intercept_).all()
    assert est.costs_ and all(math.isfinite(c) for _, c in est.costs_)
    proba = est.predict_proba(X)
    assert np.isfinite(proba).all()
    assert isinstance(est.diverged_, bool)


@common
@given(
    problem=training_problems(max_classes=5),
    coef_scale=st.floats(0, 1e6),
    seed=st.integers(0, 2**32 - 1),
    dtype=st.sampled_from(DTYPES),
)
def test_predict_proba_rows_sum_to_one(problem, coef_scale, seed, dtype):
    X, y = problem
    with warnings.catch_warnings():  # some generated problems do diverge at lr 0.005: rightly said, not tested here
        warnings.simplefilter("ignore", TrainingDivergedWarning)
        est = LogisticRegression(epochs=1, dtype=dtype).fit(X, y)
    # any finite parameters, however large, must give probabilities
    rng = np.random.default_rng(seed)
    est.coef_ = rng.normal(scale=coef_scale, size=est.coef_.shape)
    k = len(est.classes_)
    proba = est.predict_proba(X)
    assert proba.shape == (len(X), k)
    assert np.isfinite(proba).all()
    assert (proba >= 0).all() and (proba <= 1).all()
    np.testing.assert_allclose(proba.sum(axis=1), 1, atol=1e-5)


def test_building_the_gram_matrix_can_be_stopped(monkeypatch):
    """Stop during the (possibly long) Gram matrix build: nothing trained, parameters at their start."""
    import lrgui.core.solvers as solvers

    monkeypatch.setattr(solvers, "GRAM_BLOCK_ROWS", 16)
    rng = np.random.default_rng(0)
    X = rng.random((64, 200))
    y = X[:, 0] > 0.5
    calls = []
    model = LogisticRegression(solver="gram", epochs=100).fit(X, y, should_stop=lambda: calls.append(1) or True)
    assert len(calls) == 1 and model.n_iter_ == 0 and model.costs_ == []
    assert not model.coef_.any() and model.intercept_ == 0
    full = LogisticRegression(solver="gram", epochs=300).fit(X, y)
    primal = LogisticRegression(solver="primal", epochs=300).fit(X, y)
    assert np.allclose(full.coef_, primal.coef_, atol=1e-5)  # the blocked build gives the same K


def test_overflow_keeps_the_iteration_count_of_the_restored_parameters():
    rng = np.random.default_rng(1)
    X = rng.random((30, 5)) * 1e6  # large features: the float32 logits overflow after a step or two
    y = rng.random(30) > 0.5
    model = LogisticRegression(learning_rate=1e38, epochs=1000, record_every=10, solver="primal")
    with pytest.warns(TrainingDivergedWarning):
        model.fit(X, y)
    last_recorded = model.costs_[-1][0]
    assert model.n_iter_ == last_recorded < 1000
    assert np.isfinite(model.coef_).all()
