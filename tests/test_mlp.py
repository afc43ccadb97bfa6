"""The one-hidden-layer network: backpropagation checked by finite differences, learning, the estimator contract."""

from __future__ import annotations

import warnings

import numpy as np
import pytest

from lrgui.core import MODEL_TYPES, InvalidParameterError, NeuralNetwork, NotFittedError, TrainingDivergedWarning
from lrgui.core.mlp import Parameters, cost_and_gradients, initial_parameters

XOR_X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
XOR_Y = np.array([0, 1, 1, 0])
#: The small configuration that learns XOR: 4 tanh units, full batch.
XOR_SETTINGS = dict(hidden=4, activation="tanh", learning_rate=0.5, l2=0.0, epochs=1000, seed=0)


def three_blobs(per_class: int = 40, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Three well separated Gaussian clusters in 2-D, labelled 'a', 'b', 'c'."""
    rng = np.random.default_rng(seed)
    centres = np.array([[0.0, 3.0], [-3.0, -2.0], [3.0, -2.0]])
    X = np.concatenate([c + 0.7 * rng.standard_normal((per_class, 2)) for c in centres])
    y = np.repeat(np.array(["a", "b", "c"]), per_class)
    return X, y


def numeric_gradient(f, params: Parameters, eps: float = 1e-6) -> Parameters:
    """Central differences (f(p + ε) - f(p - ε)) / 2ε for every entry of every parameter."""
    grads = []
    for p in params:
        g = np.zeros_like(p)
        for i in np.ndindex(p.shape):
            saved = p[i]
            p[i] = saved + eps
            plus = f()
            p[i] = saved - eps
            minus = f()
            p[i] = saved
            g[i] = (plus - minus) / (2 * eps)
        grads.append(g)
    return Parameters(*grads)


# ---------------------------------------------------------------- gradients
@pytest.mark.parametrize("activation", ["sigmoid", "tanh", "relu"])
@pytest.mark.parametrize("l1, l2", [(0.0, 0.0), (0.03, 0.2)])
def test_backpropagation_matches_finite_differences(activation, l1, l2):
    rng = np.random.default_rng(1)
    X = rng.standard_normal((7, 5))
    Y = np.eye(3)[rng.integers(0, 3, 7)]
    params = initial_parameters(5, 4, 3, activation, seed=2, dtype=np.float64)
    # non-zero biases, so their gradients are exercised away from the starting point
    params.b1[:] = 0.1 * rng.standard_normal(4)
    params.b2[:] = 0.1 * rng.standard_normal(3)

    cost, analytic = cost_and_gradients(params, X, Y, activation, l1, l2)
    numeric = numeric_gradient(lambda: cost_and_gradients(params, X, Y, activation, l1, l2)[0], params)

    assert np.isfinite(cost) and cost > 0
    for name, a, b in zip(Parameters._fields, analytic, numeric):
        assert a.shape == b.shape
        np.testing.assert_allclose(a, b, rtol=1e-5, atol=1e-8, err_msg=f"gradient of {name}")


def test_cost_includes_the_penalties_on_weights_only():
    params = Parameters(np.ones((2, 3)), np.full(3, 5.0), -np.ones((3, 2)), np.full(2, 5.0))
    X, Y = np.zeros((4, 2)), np.eye(2)[[0, 1, 0, 1]]
    plain, _ = cost_and_gradients(params, X, Y, "tanh")
    penalised, _ = cost_and_gradients(params, X, Y, "tanh", l1=0.1, l2=0.5)
    # 12 weights of magnitude 1: (0.5/2)·12 + 0.1·12; the biases add nothing
    assert penalised - plain == pytest.approx(0.25 * 12 + 0.1 * 12)


# ----------------------------------------------------------------- learning
def test_learns_xor_reproducibly():
    first = NeuralNetwork(**XOR_SETTINGS).fit(XOR_X, XOR_Y)
    second = NeuralNetwork(**XOR_SETTINGS).fit(XOR_X, XOR_Y)

    assert first.score(XOR_X, XOR_Y) == 1.0
    assert not first.diverged_
    assert first.costs_[-1][1] < 0.05 < first.costs_[0][1]
    assert first.costs_ == second.costs_
    for a, b in zip(first.coefs_ + first.intercepts_, second.coefs_ + second.intercepts_):
        np.testing.assert_array_equal(a, b)


@pytest.mark.parametrize("activation", ["sigmoid", "tanh", "relu"])
def test_learns_three_classes_with_minibatches(activation):
    X, y = three_blobs()
    model = NeuralNetwork(hidden=8, activation=activation, learning_rate=0.5, epochs=60, batches=4, record_every=5)
    model.fit(X, y)

    assert list(model.classes_) == ["a", "b", "c"]
    assert model.score(X, y) >= 0.97
    assert [i for i, _ in model.costs_] == [*range(0, 60, 5), 60]  # the final point is always recorded
    assert model.costs_[-1][1] < model.costs_[0][1]
    assert model.n_iter_ == 60 and model.n_features_in_ == 2
    assert [W.shape for W in model.coefs_] == [(2, 8), (8, 3)]
    assert [b.shape for b in model.intercepts_] == [(8,), (3,)]


def test_predict_proba_rows_are_probabilities():
    X, y = three_blobs()
    model = NeuralNetwork(hidden=5, epochs=20, learning_rate=0.5).fit(X, y)
    proba = model.predict_proba(X)

    assert proba.shape == (len(X), 3)
    assert np.all(proba >= 0)
    np.testing.assert_allclose(proba.sum(axis=1), 1, rtol=1e-5)
    np.testing.assert_array_equal(model.predict(X), model.classes_[proba.argmax(axis=1)])


def test_parameters_stay_in_the_compute_dtype():
    X, y = three_blobs()
    model = NeuralNetwork(hidden=5, epochs=3, batches=2, l1=1e-3, l2=1e-3).fit(X.astype(np.float64), y)
    assert {p.dtype for p in model.coefs_ + model.intercepts_} == {np.dtype(np.float32)}
    assert model.predict_proba(X).dtype == np.float32

    model64 = NeuralNetwork(hidden=5, epochs=3, dtype="float64").fit(X, y)
    assert {p.dtype for p in model64.coefs_ + model64.intercepts_} == {np.dtype(np.float64)}


def test_batch_size_wins_over_batches_and_is_clipped_to_the_sample_count():
    X, y = three_blobs(per_class=10)
    full = NeuralNetwork(hidden=4, epochs=5).fit(X, y)
    clipped = NeuralNetwork(hidden=4, epochs=5, batches=7, batch_size=10_000).fit(X, y)
    small = NeuralNetwork(hidden=4, epochs=5, batches=1, batch_size=8).fit(X, y)

    np.testing.assert_array_equal(full.coefs_[0], clipped.coefs_[0])
    assert not np.array_equal(full.coefs_[0], small.coefs_[0])
    assert full.costs_ == clipped.costs_


# --------------------------------------------------------- stopping and state
def test_should_stop_ends_training_early_and_keeps_the_parameters():
    X, y = three_blobs()
    seen = []

    def stop_after_three():
        return len(seen) >= 4  # the costs at epochs 0 (the start), 1, 2 and 3: three epochs have run

    model = NeuralNetwork(hidden=5, epochs=50, batches=3, learning_rate=0.5)
    model.fit(X, y, progress=lambda i, c: seen.append((i, c)), should_stop=stop_after_three)
    reference = NeuralNetwork(hidden=5, epochs=3, batches=3, learning_rate=0.5).fit(X, y)

    assert model.n_iter_ == 3
    assert seen == model.costs_ == reference.costs_
    np.testing.assert_array_equal(model.coefs_[0], reference.coefs_[0])
    np.testing.assert_array_equal(model.intercepts_[1], reference.intercepts_[1])


def test_closing_the_generator_keeps_the_parameters_reached():
    X, y = three_blobs()
    model = NeuralNetwork(hidden=5, epochs=100, batches=2)
    steps = model.training_steps(X, y)
    assert [next(steps).iteration for _ in range(4)] == [0, 1, 2, 3]  # the start, then after each epoch
    steps.close()

    assert model.n_iter_ == 3
    assert [i for i, _ in model.costs_] == [0, 1, 2, 3]
    assert model.predict(X).shape == (len(X),)


def test_warm_start_continues_numbering_and_equals_one_longer_run():
    X, y = three_blobs()
    settings = dict(hidden=5, batches=3, learning_rate=0.3, record_every=2)
    model = NeuralNetwork(epochs=5, warm_start=True, **settings).fit(X, y)
    model.fit(X, y)
    single = NeuralNetwork(epochs=10, **settings).fit(X, y)

    assert model.n_iter_ == 10
    # the first run's final point (epoch 5) stays in the history; every other point is the longer run's
    assert [i for i, _ in model.costs_] == [0, 2, 4, 5, 6, 8, 10]
    assert [point for point in model.costs_ if point[0] != 5] == single.costs_
    np.testing.assert_array_equal(model.coefs_[0], single.coefs_[0])


def test_warm_start_refuses_a_different_hidden_layer():
    X, y = three_blobs()
    model = NeuralNetwork(hidden=5, epochs=2, warm_start=True).fit(X, y)
    model.set_params(hidden=6)
    with pytest.raises(InvalidParameterError, match="5 hidden units, not 6"):
        model.fit(X, y)


def test_get_state_set_state_round_trip_predicts_identically():
    X, y = three_blobs()
    model = NeuralNetwork(hidden=6, activation="relu", epochs=10, learning_rate=0.3).fit(X, y)
    state = model.get_state()
    assert set(state) == {"W1", "b1", "W2", "b2", "n_iter", "diverged"}

    restored = NeuralNetwork(**model.get_params()).set_state(state, model.classes_, model.costs_)

    np.testing.assert_array_equal(restored.predict_proba(X), model.predict_proba(X))
    np.testing.assert_array_equal(restored.predict(X), model.predict(X))
    assert restored.n_iter_ == 10 and restored.costs_ == model.costs_ and restored.n_features_in_ == 2
    assert MODEL_TYPES["mlp"] is NeuralNetwork


def test_model_file_round_trip(tmp_path):
    from lrgui.core.preprocessing import make_scaler
    from lrgui.data.model_file import load_model, save_model
    from lrgui.data.trained_model import TrainedModel

    X, y = three_blobs()
    model = NeuralNetwork(hidden=6, activation="tanh", epochs=10, batch_size=32).fit(X, y)
    path = save_model(TrainedModel(model, make_scaler("none"), None), tmp_path / "net.lrgui.h5")
    loaded = load_model(path).estimator

    assert isinstance(loaded, NeuralNetwork) and loaded.get_params() == model.get_params()
    np.testing.assert_array_equal(loaded.predict_proba(X), model.predict_proba(X))


def test_set_state_refuses_weights_that_do_not_fit_together():
    state = {"W1": np.zeros((2, 3)), "b1": np.zeros(3), "W2": np.zeros((4, 2)), "b2": np.zeros(2)}
    state.update(n_iter=1, diverged=False)
    with pytest.raises(InvalidParameterError, match="do not fit together"):
        NeuralNetwork().set_state(state, ["a", "b"], [])


# -------------------------------------------------------------- divergence
@pytest.mark.parametrize(
    "activation, batches, overflows",
    [("relu", 1, True), ("relu", 4, True), ("sigmoid", 1, False), ("tanh", 4, False)],
)
def test_huge_learning_rate_never_yields_nan_and_is_flagged(activation, batches, overflows):
    # random labels on large inputs: nothing to learn, so no step size can drive the cost to 0
    rng = np.random.default_rng(0)
    X, y = 100 * rng.standard_normal((90, 3)), rng.integers(0, 3, 90)
    model = NeuralNetwork(hidden=8, activation=activation, learning_rate=1e30, l2=0.0, epochs=30, batches=batches)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        model.fit(X, y)

    assert model.diverged_
    assert [w.category for w in caught] == [TrainingDivergedWarning]  # and no NumPy overflow noise
    assert all(np.isfinite(p).all() for p in model.coefs_ + model.intercepts_)
    assert all(np.isfinite(c) for _, c in model.costs_)
    assert np.isfinite(model.predict_proba(X)).all()
    if overflows:  # relu's unbounded units overflow: training stops at the last finite parameters
        assert "overflowed" in str(caught[0].message)
        assert model.n_iter_ < 30
    else:  # bounded units keep the numbers finite, but the cost rises
        assert "rose" in str(caught[0].message)
        assert model.costs_[-1][1] > model.costs_[0][1]


def test_a_good_learning_rate_does_not_warn():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        model = NeuralNetwork(**XOR_SETTINGS).fit(XOR_X, XOR_Y)
    assert not model.diverged_


# ------------------------------------------------------------------- errors
@pytest.mark.parametrize(
    "params, message",
    [
        ({"activation": "softplus"}, "activation must be 'sigmoid', 'tanh' or 'relu'"),
        ({"hidden": 0}, "hidden must be at least 1"),
        ({"hidden": 2.5}, "hidden must be a whole number"),
        ({"epochs": 0}, "epochs must be at least 1"),
        ({"batches": 0}, "batches must be at least 1"),
        ({"batch_size": 0}, "batch_size must be at least 1"),
        ({"record_every": 0}, "record_every must be at least 1"),
        ({"seed": -1}, "seed must be at least 0"),
        ({"dtype": "float16"}, "dtype must be float32 or float64"),
    ],
)
def test_invalid_parameters_are_refused_clearly(params, message):
    with pytest.raises(InvalidParameterError, match=message):
        NeuralNetwork(**params).fit(XOR_X, XOR_Y)


def test_invalid_data_is_refused():
    with pytest.raises(InvalidParameterError, match="at least two classes"):
        NeuralNetwork().fit(XOR_X, [1, 1, 1, 1])
    with pytest.raises(InvalidParameterError, match="4 rows but y has 3"):
        NeuralNetwork().fit(XOR_X, [0, 1, 0])
    model = NeuralNetwork(epochs=2).fit(XOR_X, XOR_Y)
    with pytest.raises(InvalidParameterError, match="trained on 2"):
        model.predict(np.zeros((3, 5)))


def test_unknown_parameter_is_refused():
    with pytest.raises(InvalidParameterError, match="no parameter 'hiden'"):
        NeuralNetwork().set_params(hiden=3)


def test_not_fitted_before_fit():
    model = NeuralNetwork()
    for call in (lambda: model.predict(XOR_X), lambda: model.predict_proba(XOR_X), model.get_state):
        with pytest.raises(NotFittedError, match="not trained yet"):
            call()
