"""The step protocol the session layer relies on: step i is the model after i updates, snapshots between steps."""

import numpy as np
import pytest

from lrgui.core import InvalidParameterError, LogisticRegression, NeuralNetwork


def data(k=2, m=80, n=6, seed=0):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(m, n))
    y = np.array(["a", "b", "c"][:k])[rng.integers(0, k, size=m)]
    X[y == "b"] += 1.0
    return X, y


ESTIMATORS = [
    lambda: LogisticRegression(learning_rate=0.1, epochs=30, record_every=10, solver="primal", dtype="float64"),
    lambda: LogisticRegression(learning_rate=0.1, epochs=30, record_every=10, solver="gram", dtype="float64"),
    lambda: NeuralNetwork(hidden=4, learning_rate=0.3, epochs=30, record_every=10, batches=3, dtype="float64"),
]


@pytest.mark.parametrize("make", ESTIMATORS)
@pytest.mark.parametrize("k", [2, 3])
def test_steps_cover_the_start_to_the_end_and_snapshots_match_the_recorded_costs(make, k):
    X, y = data(k)
    estimator = make()
    points = []
    for step in estimator.training_steps(X, y):
        if step.recorded:
            snapshot = estimator.parameter_snapshot()
            points.append((step.iteration, step.cost, step.accuracy, snapshot))
    assert [p[0] for p in points] == [0, 10, 20, 30]
    # the last snapshot is the returned model exactly
    final = estimator.parameter_snapshot()
    for name in estimator.parameter_names:
        np.testing.assert_array_equal(points[-1][3][name], final[name])
    # a snapshot's cost and accuracy are reproduced by evaluate() (without penalty here: l2 = 0 for the LR)
    for iteration, cost, accuracy, snapshot in points:
        cost_again, accuracy_again = estimator.evaluate(X, y, snapshot)
        if isinstance(estimator, LogisticRegression):
            assert cost_again == pytest.approx(cost, rel=1e-9)
        assert accuracy_again == pytest.approx(accuracy)
    assert estimator.evaluate(X, y)[1] == pytest.approx(estimator.score(X, y))


def test_set_parameters_rewinds_and_a_warm_start_continues_from_there():
    X, y = data()
    estimator = LogisticRegression(learning_rate=0.1, epochs=40, record_every=10, dtype="float64", warm_start=True)
    snapshots = {}
    for step in estimator.training_steps(X, y):
        if step.recorded:
            snapshots[step.iteration] = estimator.parameter_snapshot()
    estimator.set_parameters(snapshots[20], n_iter=20)
    assert estimator.n_iter_ == 20 and [i for i, _ in estimator.costs_] == [0, 10, 20]
    estimator.set_params(epochs=20).fit(X, y)
    straight = LogisticRegression(learning_rate=0.1, epochs=40, record_every=10, dtype="float64").fit(X, y)
    np.testing.assert_allclose(estimator.coef_, straight.coef_, atol=1e-12)
    assert [i for i, _ in estimator.costs_] == [0, 10, 20, 30, 40]


def test_set_parameters_refuses_a_snapshot_of_another_shape():
    X, y = data()
    estimator = LogisticRegression(epochs=5).fit(X, y)
    with pytest.raises(InvalidParameterError):
        estimator.set_parameters({"coef": np.zeros(3), "intercept": np.zeros(())})
    with pytest.raises(InvalidParameterError):
        estimator.evaluate(X, np.array(["a", "zzz"] * 40))


@pytest.mark.parametrize("k", [2, 3])
def test_gram_snapshots_are_lazy_and_agree_with_the_primal_ones(k):
    X, y = data(k, m=40, n=200)  # wide: the Gram solver's case
    runs = {}
    for solver in ("gram", "primal"):
        estimator = LogisticRegression(learning_rate=0.1, epochs=30, record_every=10, solver=solver, dtype="float64")
        snapshots, live = [], []
        for step in estimator.training_steps(X, y):
            if step.recorded:
                snapshots.append(estimator.parameter_snapshot())
                live.append(estimator.evaluate_current(X[:15], y[:15]))
        runs[solver] = (estimator, estimator.materialize(snapshots), live, snapshots)
    gram, gram_plain, gram_live, gram_lazy = runs["gram"]
    primal, primal_plain, primal_live, _ = runs["primal"]
    assert not isinstance(gram_lazy[0], dict)  # α kept, w built on demand
    for lazy, plain, other in zip(gram_lazy, gram_plain, primal_plain):
        np.testing.assert_allclose(plain["coef"], other["coef"], atol=1e-10)
        np.testing.assert_allclose(lazy["coef"], plain["coef"], atol=1e-10)
    for (cost, accuracy), (cost_p, accuracy_p) in zip(gram_live, primal_live):
        assert cost == pytest.approx(cost_p, rel=1e-9) and accuracy == accuracy_p
    # evaluate_current during training equals evaluate with the snapshot
    for snapshot, (cost, accuracy) in zip(gram_plain, gram_live):
        assert gram.evaluate(X[:15], y[:15], snapshot) == pytest.approx((cost, accuracy), rel=1e-9)
