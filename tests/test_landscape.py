"""The cost landscape and the step slice: exact where training recorded, the path it took, why a rate overshoots."""

from __future__ import annotations

import numpy as np
import pytest

from lrgui.core.mlp import Parameters, cost_and_gradients
from lrgui.data.toy import TOY_SETS, load_toy
from lrgui.errors import UserError
from lrgui.session.landscape import (
    PAIRS,
    Objective,
    contour_levels,
    contour_segments,
    cost_grid,
    exact_cost,
    landscape_extent,
    line_parameters,
    line_point,
    path_of,
    starting_model,
    step_sign_flips,
    step_slice,
)
from lrgui.session.settings import TrainingSettings
from lrgui.session.sources import DataRequest, load
from lrgui.session.trainer import RunFinished, Trainer, train


def toy(name: str, points: int | None = None):
    spec = TOY_SETS[name]
    return load_toy(name, points=points or spec.points, noise=spec.noise, seed=0)


def run(data, **settings):
    values = {"record_every": 1, **settings}
    chosen = TrainingSettings(**values).with_preset(TOY_SETS["blobs"].settings).validate()
    return chosen, train(data, chosen)


RUNS = [
    ("blobs", dict(model="logistic", epochs=40)),
    ("moons", dict(model="logistic", epochs=40, l2=0.05, learning_rate=3.0)),
    ("xor", dict(model="mlp", epochs=40, hidden=4, activation="tanh", batches=1, learning_rate=1.0)),
    ("moons", dict(model="mlp", epochs=30, hidden=8, activation="relu", l2=1e-3, l1=1e-4, batches=1)),
    ("circles", dict(model="mlp", epochs=30, hidden=6, activation="sigmoid", batches=1, learning_rate=2.0)),
]


@pytest.mark.parametrize("name, settings", RUNS)
def test_the_cost_at_a_recorded_point_and_one_full_batch_step_on_are_the_recorded_costs(name, settings):
    data = toy(name)
    chosen, result = run(data, **settings)
    history = result.model.history
    objective = Objective.from_settings(chosen, data.train.X, data.train.y)
    for index in (0, 7, len(history) - 2):
        parameters = history.snapshot(index)
        assert exact_cost(objective, parameters) == pytest.approx(history.train_cost[index], abs=1e-9, rel=0)
        sliced = step_slice(objective, parameters, chosen.learning_rate)
        assert sliced.alphas[0] == 0 and sliced.alphas[sliced.rate_index] == chosen.learning_rate
        assert sliced.alphas[-1] == pytest.approx(3 * chosen.learning_rate)
        assert sliced.start_cost == pytest.approx(history.train_cost[index], abs=1e-9, rel=0)
        # one more iteration (epoch) of full-batch training costs what the slice says at α = lr
        assert history.iterations[index + 1] == history.iterations[index] + 1
        assert sliced.cost_at_rate == pytest.approx(history.train_cost[index + 1], abs=1e-9, rel=0)
        assert sliced.batches == 1


def test_continuing_one_step_from_a_point_lands_where_the_slice_said():
    data = toy("moons")
    chosen, result = run(data, model="logistic", epochs=20, record_every=5)
    objective = Objective.from_settings(chosen, data.train.X, data.train.y)
    index = 2  # iteration 10: the run did not record 11, so continue one step from the point and compare
    one_more = TrainingSettings(**{**chosen.as_dict(), "epochs": 1}).validate()
    events = Trainer(data, one_more, result.model, start_index=index).events()
    finished = [e for e in events if isinstance(e, RunFinished)][0].result
    assert finished.model.estimator.n_iter_ == 11
    sliced = step_slice(objective, result.model.history.snapshot(index), chosen.learning_rate)
    assert sliced.cost_at_rate == pytest.approx(finished.final_cost, abs=1e-9, rel=0)


def test_with_minibatches_the_slice_follows_the_whole_training_sets_gradient_and_says_so():
    data = toy("moons")
    chosen, result = run(data, model="mlp", epochs=10, hidden=8, activation="tanh", batches=4, learning_rate=0.5)
    objective = Objective.from_settings(chosen, data.train.X, data.train.y)
    parameters = result.model.history.snapshot(3)
    sliced = step_slice(objective, parameters, chosen.learning_rate)
    assert sliced.batches == 4
    # the slope at α = 0 is −|∇J|² of the full set's gradient (not a minibatch's)
    params = Parameters(*(np.asarray(parameters[k], np.float64) for k in ("W1", "b1", "W2", "b2")))
    onehot = np.eye(2)[objective.y_index]
    _, grads = cost_and_gradients(params, objective.X.astype(np.float64), onehot, "tanh", 0.0, chosen.l2)
    squared = sum(float(np.vdot(g, g)) for g in grads)
    slope = (sliced.costs[1] - sliced.costs[0]) / sliced.alphas[1]
    assert slope == pytest.approx(-squared, rel=0.05)


def test_the_logistic_slice_between_the_exact_samples_is_the_cost_along_that_line():
    data = toy("blobs")
    chosen, result = run(data, model="logistic", epochs=15, l2=0.1)
    objective = Objective.from_settings(chosen, data.train.X, data.train.y)
    parameters = result.model.history.snapshot(5)
    sliced = step_slice(objective, parameters, chosen.learning_rate)
    w, b = np.asarray(parameters["coef"], np.float64), float(parameters["intercept"])
    X, y = objective.X.astype(np.float64), objective.y_index
    residual = 1 / (1 + np.exp(-(X @ w + b))) - y
    dw, db = X.T @ residual / len(y) + 0.1 * w, residual.mean()
    for i in (3, 60, 119):
        alpha = sliced.alphas[i]
        z = X @ (w - alpha * dw) + (b - alpha * db)
        expected = np.mean(np.logaddexp(0, z) - y * z) + 0.05 * np.sum((w - alpha * dw) ** 2)
        assert sliced.costs[i] == pytest.approx(expected, rel=1e-5)
    assert sliced.costs[sliced.best_index] == np.min(sliced.costs)


def test_at_the_start_lr_1000_lands_above_and_lr_0_005_below_on_the_shapes_sample():
    loaded = load(DataRequest(kind="sample", name="shapes"))
    data = loaded.data
    scaled = {}
    for rate, above in ((1000.0, True), (0.005, False)):
        chosen = TrainingSettings(model="logistic", learning_rate=rate, epochs=1).with_preset(loaded.preset).validate()
        trainer = Trainer(data, chosen)
        rows = scaled.setdefault("rows", trainer.scaler.transform(data.train.X))
        objective = Objective.from_settings(chosen, rows, data.train.y)
        first = next(e for e in trainer.events() if getattr(e, "iteration", None) == 0 and hasattr(e, "parameters"))
        sliced = step_slice(objective, first.parameters, rate)
        assert sliced.start_cost == pytest.approx(first.train_cost, abs=1e-9, rel=0)
        assert sliced.overshoots is above
        assert (sliced.cost_at_rate > sliced.start_cost) is above


@pytest.mark.parametrize("points", [4, 100])
def test_on_the_and_gate_lr_100_zig_zags_across_the_valley_and_lr_1_does_not(points):
    data = toy("and", points)
    flips = {}
    for rate in (1.0, 100.0):
        _, result = run(data, model="logistic", learning_rate=rate, epochs=100)
        history = result.model.history
        # w₁ against b, as the race shows it: the overshooting steps jump the bias across the valley
        flips[rate] = step_sign_flips(path_of([history.snapshot(i) for i in range(len(history))], ("w1", "b")))
    assert flips[100.0] >= 3
    assert flips[1.0] == 0


def test_the_grid_holds_the_third_parameter_and_is_the_cost_at_its_nodes():
    data = toy("moons")
    chosen, result = run(data, model="logistic", epochs=50, l2=0.02)
    objective = Objective.from_settings(chosen, data.train.X, data.train.y)
    history = result.model.history
    snapshots = [history.snapshot(i) for i in range(len(history))]
    point = line_point(snapshots[20])
    for pair in PAIRS:
        path = path_of(snapshots, pair)
        extent = landscape_extent(path)
        xs, ys, J = cost_grid(objective, point, pair, extent)
        assert J.shape == (len(ys), len(xs)) and np.isfinite(J).all()
        assert xs[0] <= path[:, 0].min() and xs[-1] >= path[:, 0].max()
        assert ys[0] <= path[:, 1].min() and ys[-1] >= path[:, 1].max()
        names = ("w1", "w2", "b")
        for i, j in ((0, 0), (37, 81), (99, 12)):
            node = point.copy()
            node[names.index(pair[0])], node[names.index(pair[1])] = xs[j], ys[i]
            assert J[i, j] == pytest.approx(exact_cost(objective, line_parameters(node)), abs=1e-5)


def test_the_landscape_is_for_a_line_on_two_features_of_two_classes():
    data = toy("blobs")
    mlp = Objective.from_settings(TrainingSettings(model="mlp").validate(), data.train.X, data.train.y)
    with pytest.raises(UserError, match="two features"):
        cost_grid(mlp, np.zeros(3))
    with pytest.raises(UserError, match="two features"):
        line_point({"coef": np.zeros((2, 3)), "intercept": np.zeros(3)})


def test_levels_are_inside_the_range_and_by_ratio_when_it_is_wide():
    narrow = np.linspace(0.5, 0.9, 100).reshape(10, 10)
    levels, logarithmic = contour_levels(narrow)
    assert not logarithmic and np.all(np.diff(levels) > 0) and levels.min() > 0.5 and levels.max() < 0.9
    wide = np.geomspace(0.01, 500, 100).reshape(10, 10)
    levels, logarithmic = contour_levels(wide)
    assert logarithmic and len(levels) >= 6
    ratios = levels[1:] / levels[:-1]
    assert ratios.max() / ratios.min() < 2  # evenly spread by ratio (up to the rounding to two digits)
    assert contour_levels(np.ones((5, 5)))[0].size == 0


def test_contour_segments_lie_on_the_level():
    xs = ys = np.linspace(-2, 2, 81)
    J = xs[None, :] ** 2 + ys[:, None] ** 2
    segments = contour_segments(xs, ys, J, 1.0)
    radii = np.linalg.norm(segments.reshape(-1, 2), axis=1)
    assert len(segments) > 40 and np.allclose(radii, 1.0, atol=0.01)
    assert contour_segments(xs, ys, J, 100.0).shape == (0, 2, 2)


def test_a_start_chosen_on_the_landscape_is_where_the_run_begins():
    data = toy("and")
    chosen = TrainingSettings(model="logistic", learning_rate=1.0, epochs=5, record_every=1).validate()
    start = starting_model(chosen, data.train.classes, [1.5, -2.0, 0.5])
    finished = [e for e in Trainer(data, chosen, start).events() if isinstance(e, RunFinished)][0].result
    history = finished.model.history
    assert history.iterations.tolist() == [0, 1, 2, 3, 4, 5]
    assert np.allclose(line_point(history.snapshot(0)), [1.5, -2.0, 0.5])
    objective = Objective.from_settings(chosen, data.train.X, data.train.y)
    assert exact_cost(objective, history.snapshot(0)) == history.train_cost[0]


@pytest.mark.parametrize("half_span", [3.0, 300.0])
def test_the_grid_is_finite_and_right_for_small_and_huge_weights(half_span):
    data = toy("blobs")
    objective = Objective.from_settings(TrainingSettings(model="logistic").validate(), data.train.X, data.train.y)
    point = np.array([0.0, 0.0, 0.5 * half_span])
    xs, ys, J = cost_grid(objective, point, ("w1", "w2"), (-half_span, half_span, -half_span, half_span), side=41)
    assert np.isfinite(J).all()
    for i, j in ((0, 0), (20, 20), (40, 7), (13, 40)):
        node = np.array([xs[j], ys[i], point[2]])
        exact = exact_cost(objective, line_parameters(node, np.float64))
        assert J[i, j] == pytest.approx(exact, rel=1e-4, abs=1e-6)


@pytest.mark.parametrize("activation, l1, l2", [("sigmoid", 0.0, 1e-3), ("relu", 1e-3, 0.0), ("tanh", 1e-4, 1e-4)])
def test_the_networks_slice_between_the_exact_samples_is_the_cost_at_those_steps(activation, l1, l2):
    data = toy("moons")
    chosen, result = run(data, model="mlp", epochs=8, hidden=6, activation=activation, batches=1, l1=l1, l2=l2,
                         learning_rate=0.5)
    objective = Objective.from_settings(chosen, data.train.X, data.train.y)
    parameters = result.model.history.snapshot(4)
    sliced = step_slice(objective, parameters, chosen.learning_rate)
    params = {k: np.asarray(parameters[k], np.float64) for k in ("W1", "b1", "W2", "b2")}
    onehot = np.eye(2)[objective.y_index]
    _, grads = cost_and_gradients(Parameters(*params.values()), objective.X.astype(np.float64), onehot, activation,
                                  l1, l2)
    for i in (5, 77, 120):
        moved = {k: params[k] - sliced.alphas[i] * g for k, g in zip(params, grads)}
        wide = Objective(objective.kind, objective.X.astype(np.float64), objective.y_index, 2, l2, l1, activation)
        assert sliced.costs[i] == pytest.approx(exact_cost(wide, moved), rel=1e-5)


@pytest.mark.perf
def test_a_step_slice_on_caltech_sized_photos_takes_well_under_a_few_seconds():
    import time

    rng = np.random.default_rng(0)
    X = rng.random((1500, 64 * 64 * 3), dtype=np.float32)
    y = np.array(["airplanes", "Motorbikes"])[rng.integers(0, 2, 1500)]
    objective = Objective.from_settings(TrainingSettings(model="logistic").validate(), X, y)
    parameters = {"coef": rng.normal(0, 1e-3, X.shape[1]).astype(np.float32), "intercept": np.float32(0.01)}
    started = time.perf_counter()
    sliced = step_slice(objective, parameters, 0.005)
    assert time.perf_counter() - started < 3.0  # the 1 s, generous for a loaded machine
    assert np.isfinite(sliced.costs).all() and len(sliced.costs) == 121
