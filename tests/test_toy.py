"""The 2-D toy data sets: shapes, determinism, refusals in words, and the recommended settings' lessons."""

from __future__ import annotations

import math
import time
import warnings

import numpy as np
import pytest

from lrgui.core import LogisticRegression, NeuralNetwork, TrainingDivergedWarning
from lrgui.data.toy import (
    GATE_DEFAULTS,
    GATE_INPUTS,
    GATE_OUTPUTS,
    TOY_DEFAULTS,
    TOY_SETS,
    load_gate,
    load_toy,
    toy_settings,
)
from lrgui.errors import DataError

GENERATED = ("blobs", "circles", "moons", "spiral")


def train_accuracy(model: str, name: str, **overrides) -> float:
    data = load_toy(name).train
    cls = LogisticRegression if model == "logistic" else NeuralNetwork
    estimator = cls(**{**toy_settings(name, model), **overrides})
    with warnings.catch_warnings():
        warnings.simplefilter("error", TrainingDivergedWarning)  # a preset that diverges is a bad preset
        estimator.fit(data.X, data.y)
    return estimator.score(data.X, data.y)


# ------------------------------------------------------------------ the gates
@pytest.mark.parametrize("gate", sorted(GATE_OUTPUTS))
def test_a_gate_by_default_is_its_truth_table(gate):
    via_toy, via_gate = load_toy(gate).train, load_gate(gate).train
    for data in (via_toy, via_gate):
        assert data.X.dtype == np.float32 and data.X.shape == (4, 2)
        np.testing.assert_array_equal(data.X, GATE_INPUTS)
        assert data.y.tolist() == [str(v) for v in GATE_OUTPUTS[gate]]
        assert data.classes == ["0", "1"] and data.image_format is None
    assert load_toy(gate).test is None


def test_xor_class_one_is_the_gate_output_one():
    data = load_toy("xor").train
    ones = {tuple(p) for p in data.X[data.y == "1"].tolist()}
    assert ones == {(0.0, 1.0), (1.0, 0.0)}


def test_gate_jitter_keeps_the_corners_and_adds_labelled_noisy_copies():
    data = load_toy("xor", points=400, noise=0.1, seed=3).train
    assert data.X.shape == (400, 2)
    np.testing.assert_array_equal(data.X[:4], GATE_INPUTS)
    # each copy belongs to the corner it was drawn around, and carries its label
    nearest = np.argmin(((data.X[:, None, :] - GATE_INPUTS[None]) ** 2).sum(axis=2), axis=1)
    agree = np.mean(data.y == np.array(["0", "1", "1", "0"])[nearest])
    assert agree > 0.99
    spread = (data.X[4:] - GATE_INPUTS[np.arange(4, 400) % 4]).std()
    assert 0.08 < spread < 0.12
    assert data.counts() == {"0": 200, "1": 200}


def test_the_gates_ignore_noise_without_copies():
    np.testing.assert_array_equal(load_toy("and", noise=0.9).train.X, GATE_INPUTS)


def test_gate_inputs_are_never_shared_with_the_module_constant():
    assert not np.shares_memory(load_toy("and").train.X, GATE_INPUTS)
    assert not np.shares_memory(load_gate("and").train.X, GATE_INPUTS)


# -------------------------------------------------------------- generated sets
@pytest.mark.parametrize("name", GENERATED)
def test_generated_sets_are_float32_pairs_with_balanced_string_labels(name):
    data = load_toy(name, points=101, seed=5).train
    assert data.X.dtype == np.float32 and data.X.shape == (101, 2) and data.X.flags.c_contiguous
    assert data.classes == ["0", "1"] and data.y.dtype.kind == "U"
    assert sorted(data.counts().values()) == [50, 51]
    assert np.isfinite(data.X).all() and np.abs(data.X).max() < 3


@pytest.mark.parametrize("name", GENERATED + ("xor",))
def test_a_seed_gives_the_same_points_and_another_seed_others(name):
    first = load_toy(name, points=64, noise=0.2, seed=11).train
    again = load_toy(name, points=64, noise=0.2, seed=11).train
    other = load_toy(name, points=64, noise=0.2, seed=12).train
    np.testing.assert_array_equal(first.X, again.X)
    np.testing.assert_array_equal(first.y, again.y)
    assert not np.array_equal(first.X, other.X)


def test_defaults_are_per_set():
    assert {name: len(load_toy(name).train) for name in TOY_SETS} == {
        name: toy.points for name, toy in TOY_SETS.items()
    }


def test_circles_without_noise_lie_on_two_rings():
    data = load_toy("circles", points=200, noise=0).train
    radius = np.hypot(data.X[:, 0], data.X[:, 1])
    np.testing.assert_allclose(radius[data.y == "0"], 1.0, atol=1e-6)
    np.testing.assert_allclose(radius[data.y == "1"], 0.5, atol=1e-6)


def test_moons_without_noise_are_two_interleaving_half_circles():
    data = load_toy("moons", points=200, noise=0).train
    upper = data.X[data.y == "0"] + [0.5, 0.25]
    lower = data.X[data.y == "1"] + [0.5, 0.25] - [1.0, 0.5]
    np.testing.assert_allclose(np.hypot(upper[:, 0], upper[:, 1]), 1.0, atol=1e-6)
    np.testing.assert_allclose(np.hypot(lower[:, 0], lower[:, 1]), 1.0, atol=1e-6)
    assert (upper[:, 1] >= -1e-6).all() and (lower[:, 1] <= 1e-6).all()
    # interleaving: the moons overlap by a whole radius along x, each tip in the other's hollow
    overlap = data.X[data.y == "0"][:, 0].max() - data.X[data.y == "1"][:, 0].min()
    assert overlap == pytest.approx(1.0, abs=1e-6)


def test_spiral_arms_without_noise_turn_with_the_radius_half_a_turn_apart():
    data = load_toy("spiral", points=300, noise=0).train
    radius = np.hypot(data.X[:, 0], data.X[:, 1])
    label = data.y.astype(int)
    expected = 3 * np.pi * radius / 1.4 + np.pi * label
    difference = np.angle(np.exp(1j * (np.arctan2(data.X[:, 1], data.X[:, 0]) - expected)))
    np.testing.assert_allclose(difference, 0, atol=1e-4)


@pytest.mark.parametrize("classes", [2, 3, 5, 8])
def test_blobs_make_as_many_classes_as_asked_around_distinct_centres(classes):
    data = load_toy("blobs", points=40 * classes, noise=0.05, classes=classes).train
    assert data.classes == [str(c) for c in range(classes)]
    assert set(data.counts().values()) == {40}
    centres = np.array([data.X[data.y == c].mean(axis=0) for c in data.classes])
    np.testing.assert_allclose(np.hypot(centres[:, 0], centres[:, 1]), 1.0, atol=0.05)
    gaps = np.hypot(*(centres[:, None, :] - centres[None]).transpose(2, 0, 1))
    assert gaps[~np.eye(classes, dtype=bool)].min() > 2 * math.sin(math.pi / classes) - 0.1


# ----------------------------------------------------------------- refusals
@pytest.mark.parametrize(
    "call, words",
    [
        (lambda: load_toy("swirl"), "choose one of and, or, xor, blobs, circles, moons, spiral"),
        (lambda: load_toy("moons", points=3), "between 4 and 10,000"),
        (lambda: load_toy("moons", points=10_001), "between 4 and 10,000"),
        (lambda: load_toy("moons", points=50.5), "whole number"),
        (lambda: load_toy("moons", points=True), "whole number"),
        (lambda: load_toy("moons", points="many"), "whole number"),
        (lambda: load_toy("moons", noise=-0.1), "between 0 and 1"),
        (lambda: load_toy("moons", noise=1.5), "between 0 and 1"),
        (lambda: load_toy("moons", noise=float("nan")), "between 0 and 1"),
        (lambda: load_toy("moons", noise="loud"), "between 0 and 1"),
        (lambda: load_toy("moons", seed=-1), "seed"),
        (lambda: load_toy("moons", classes=3), "no option 'classes'"),
        (lambda: load_toy("blobs", classes=1), "between 2 and 8"),
        (lambda: load_toy("blobs", classes=9), "between 2 and 8"),
        (lambda: load_toy("blobs", points=5, classes=8), "at least one per class"),
        (lambda: toy_settings("xor", "network"), "choose one of logistic, mlp"),
        (lambda: load_gate("nand"), "choose one of and, or, xor"),
    ],
)
def test_bad_requests_are_refused_in_one_sentence(call, words):
    with pytest.raises(DataError) as caught:
        call()
    message = str(caught.value)
    assert words in message and "\n" not in message and message.endswith(".")


def test_names_are_case_and_space_insensitive():
    np.testing.assert_array_equal(load_toy(" Moons ").train.X, load_toy("moons").train.X)


# ------------------------------------------------------- recommended settings
def test_presets_are_keyed_logistic_and_mlp_and_build_the_estimators():
    for name, toy in TOY_SETS.items():
        assert set(toy.settings) == {"logistic", "mlp"}
        LogisticRegression(**toy_settings(name, "logistic")).get_params()
        NeuralNetwork(**toy_settings(name, "mlp")).get_params()
    for gate in GATE_OUTPUTS:
        assert set(GATE_DEFAULTS[gate]) == {"logistic", "mlp"}
        assert TOY_DEFAULTS[gate] == GATE_DEFAULTS[gate]
    assert set(TOY_DEFAULTS) == set(TOY_SETS)
    assert TOY_DEFAULTS["moons"]["mlp"] == toy_settings("moons", "mlp")
    settings = toy_settings("moons", "mlp")
    settings["hidden"] = 1
    assert toy_settings("moons", "mlp")["hidden"] != 1  # a copy: callers may change it


@pytest.mark.parametrize("gate", ["and", "or"])
def test_one_neuron_learns_and_and_or(gate):
    assert train_accuracy("logistic", gate) == 1.0


def test_xor_defeats_a_line_and_a_hidden_layer_solves_it():
    assert train_accuracy("logistic", "xor") <= 0.75
    assert train_accuracy("mlp", "xor") == 1.0


def test_jittered_xor_is_solved_as_quickly():
    data = load_toy("xor", points=400, noise=0.1).train
    started = time.perf_counter()
    network = NeuralNetwork(**toy_settings("xor", "mlp")).fit(data.X, data.y)
    assert network.score(data.X, data.y) >= 0.97
    assert time.perf_counter() - started < 10  # about 0.4 s; batches of 4 took 15 s


def test_moons_need_a_curve():
    assert train_accuracy("logistic", "moons") <= 0.9
    assert train_accuracy("mlp", "moons", hidden=16) >= 0.97


def test_circles_need_a_hidden_layer():
    assert train_accuracy("logistic", "circles") < 0.7
    assert train_accuracy("mlp", "circles") >= 0.95


def test_blobs_are_separable_by_lines_and_the_spiral_is_not():
    assert train_accuracy("logistic", "blobs") >= 0.95
    assert train_accuracy("logistic", "spiral") < 0.8
    assert train_accuracy("mlp", "spiral") >= 0.95
