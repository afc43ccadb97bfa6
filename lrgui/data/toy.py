"""Two-dimensional toy data: the logic gates and the classic generated shapes.

AND and OR are linearly separable, so one sigmoid neuron (logistic
regression) learns them perfectly; XOR is not, and needs a hidden layer.
Blobs, circles, moons and a two-arm spiral are the playground's other
lessons: blobs are (nearly) separable by lines, circles and moons need a
curved boundary, the spiral a flexible one.

Every set lives within about [-1.5, 1.5]² so the models can use the
coordinates as they are (no scaling), and every generated set is a pure
function of its arguments: the same seed gives the same points on every
machine (NumPy's ``default_rng``; no scikit-learn).

There is nothing to hold out by default: :func:`load_toy` returns no test
set, and the accuracy that matters for a lesson is the training accuracy.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable

import numpy as np

from lrgui.data.dataset import Dataset, TrainTest
from lrgui.errors import DataError
from lrgui.i18n import QT_TRANSLATE_NOOP, localize, translate

#: The inputs, one row per point: (0, 0), (0, 1), (1, 0), (1, 1).
GATE_INPUTS = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float32)

#: Each gate's output for the rows of :data:`GATE_INPUTS`.
GATE_OUTPUTS = {
    "and": (0, 0, 0, 1),
    "or": (0, 1, 1, 1),
    "xor": (0, 1, 1, 0),
}

#: Recommended settings per gate and model (keyword arguments of the
#: estimators). Logistic regression reaches 100 % on AND and OR with these and
#: stays at 50 % on XOR (its best line through the four points gives every one
#: probability 0.5). The network's settings solve all three with a hidden layer
#: of 4 when its initial weights are of order 1/√fan-in; weights of order 0.01
#: leave XOR stuck on a plateau. Full-batch steps: on the four corners that is
#: what a batch of 4 was, and jittered copies (1,000 points) still train in a
#: second instead of 40 with batches of 4.
GATE_DEFAULTS: dict[str, dict] = {
    name: {
        "logistic": {"learning_rate": 1.0, "epochs": 1000},
        "mlp": {"learning_rate": 1.0, "epochs": 5000, "hidden": 4, "activation": "tanh", "batches": 1},
    }
    for name in GATE_OUTPUTS
}

MIN_POINTS, MAX_POINTS = 4, 10_000
MAX_NOISE = 1.0
MIN_CLASSES, MAX_CLASSES = 2, 8  # eight: the colour-blind-safe palette's size; labels "0"–"7" sort as numbers


def load_gate(name: str) -> TrainTest:
    """The truth table of gate ``name`` ("and", "or", "xor"): float32 inputs, labels "0" and "1"."""
    key = name.strip().lower()
    if key not in GATE_OUTPUTS:
        raise DataError(translate("Toy", "Unknown logic gate {name}; choose one of {join}.").format(
            name=repr(name), join=', '.join(GATE_OUTPUTS)))
    return _two_d(GATE_INPUTS.copy(), np.array(GATE_OUTPUTS[key]), 2)


# ------------------------------------------------------------------ generators
# Each takes (points, noise, rng, **options) and returns (X float64 (m, 2), class indices (m,), class count).


def _gate(key: str) -> Callable:
    outputs = np.array(GATE_OUTPUTS[key])

    def generate(points: int, noise: float, rng: np.random.Generator):
        # The four exact corners first, then noisy copies of them in turn: the
        # truth table stays in the data however much jitter is added.
        corner = np.arange(points) % 4
        X = GATE_INPUTS[corner].astype(np.float64)
        X[4:] += rng.normal(0.0, noise, size=(points - 4, 2))
        return X, outputs[corner], 2

    return generate


def _counts(points: int, classes: int) -> np.ndarray:
    """``points`` shared among ``classes`` as evenly as possible (the first ones get the remainder)."""
    return np.array([points // classes + (c < points % classes) for c in range(classes)])


def _blobs(points: int, noise: float, rng: np.random.Generator, classes: int = 2):
    # Centres evenly on a circle of radius 1; noise is each blob's standard deviation.
    counts = _counts(points, classes)
    labels = np.repeat(np.arange(classes), counts)
    angles = 2 * np.pi * labels / classes + np.pi / 4
    X = np.column_stack([np.cos(angles), np.sin(angles)]) + rng.normal(0.0, noise, size=(points, 2))
    return X, labels, classes


def _circles(points: int, noise: float, rng: np.random.Generator):
    # Class 0 on the circle of radius 1, class 1 on the circle of radius 0.5 inside it.
    counts = _counts(points, 2)
    labels = np.repeat([0, 1], counts)
    angles = rng.uniform(0.0, 2 * np.pi, size=points)
    radius = np.where(labels == 0, 1.0, 0.5)
    X = radius[:, None] * np.column_stack([np.cos(angles), np.sin(angles)])
    return X + rng.normal(0.0, noise, size=(points, 2)), labels, 2


def _moons(points: int, noise: float, rng: np.random.Generator):
    # Two interleaving half circles of radius 1, centred on the origin. As in
    # scikit-learn's make_moons the points are evenly spaced along each moon and
    # only the noise is random, so a small set does not leave gaps by chance.
    counts = _counts(points, 2)
    labels = np.repeat([0, 1], counts)
    t = np.concatenate([np.linspace(0.0, np.pi, n) for n in counts])
    upper = np.column_stack([np.cos(t), np.sin(t)])
    lower = np.column_stack([1 - np.cos(t), 0.5 - np.sin(t)])
    X = np.where((labels == 0)[:, None], upper, lower) - [0.5, 0.25]
    return X + rng.normal(0.0, noise, size=(points, 2)), labels, 2


def _spiral(points: int, noise: float, rng: np.random.Generator):
    # Two arms of 1.5 turns each, the second the first turned by half a turn;
    # noise scales with the arm's radius (1.4 at the end) so it reads the same everywhere.
    counts = _counts(points, 2)
    labels = np.repeat([0, 1], counts)
    t = np.sqrt(rng.uniform(0.0025, 1.0, size=points))  # √: points spread evenly along the arm, not bunched inside
    angle = 3 * np.pi * t + np.pi * labels
    X = 1.4 * t[:, None] * np.column_stack([np.cos(angle), np.sin(angle)])
    return X + rng.normal(0.0, noise, size=(points, 2)), labels, 2


@dataclass(frozen=True)
class ToySet:
    """One toy data set: its display name, generator, defaults and recommended training settings."""

    title: str
    generate: Callable
    points: int
    noise: float
    options: dict
    settings: dict[str, dict]  # "logistic" / "mlp" → estimator keyword arguments
    description: str

    def describe(self) -> str:
        """The description in the user's language."""
        return translate("Toy", self.description).format(gate=self.title)


_LOGISTIC = {"learning_rate": 1.0, "epochs": 1000}
#: A gate's description; {gate} is its title, filled in where it is shown (ToySet.describe)
_GATE_DESCRIPTION = QT_TRANSLATE_NOOP(
    "Toy", "the {gate} gate: the four corners (0,0), (0,1), (1,0), (1,1); more points add noisy copies of the corners")

#: The toy data sets by the name the CLI and the app use. Settings measured
#: with lrgui.core (see tests/test_toy.py for what each must reach).
TOY_SETS: dict[str, ToySet] = {
    **{
        key: ToySet(
            key.upper(), _gate(key), 4, 0.1, {},
            GATE_DEFAULTS[key],
            _GATE_DESCRIPTION,
        )
        for key in GATE_OUTPUTS
    },
    "blobs": ToySet(
        QT_TRANSLATE_NOOP("Toy", "Blobs"), _blobs, 200, 0.3, {"classes": 2},
        {
            "logistic": dict(_LOGISTIC),
            "mlp": {"learning_rate": 0.5, "epochs": 500, "hidden": 8, "activation": "tanh", "batches": 1},
        },
        QT_TRANSLATE_NOOP("Toy", "round clouds around points on the unit circle, one per class"),
    ),
    "circles": ToySet(
        QT_TRANSLATE_NOOP("Toy", "Circles"), _circles, 200, 0.1, {},
        {
            "logistic": dict(_LOGISTIC),
            "mlp": {"learning_rate": 1.0, "epochs": 1000, "hidden": 8, "activation": "tanh", "batches": 1},
        },
        QT_TRANSLATE_NOOP("Toy", "a ring of radius 1 around a ring of radius 0.5"),
    ),
    "moons": ToySet(
        QT_TRANSLATE_NOOP("Toy", "Moons"), _moons, 200, 0.1, {},
        {
            "logistic": dict(_LOGISTIC),
            "mlp": {"learning_rate": 1.0, "epochs": 2000, "hidden": 16, "activation": "tanh", "batches": 1},
        },
        QT_TRANSLATE_NOOP("Toy", "two interleaving half circles"),
    ),
    "spiral": ToySet(
        QT_TRANSLATE_NOOP("Toy", "Spiral"), _spiral, 300, 0.05, {},
        {
            "logistic": dict(_LOGISTIC),
            # relu: tanh units on a plain gradient descent sit on plateaus here for thousands of epochs
            "mlp": {"learning_rate": 0.5, "epochs": 3000, "hidden": 50, "activation": "relu", "batches": 1},
        },
        QT_TRANSLATE_NOOP("Toy", "two interleaved spiral arms of one and a half turns"),
    ),
}


#: The recommended settings of every toy set: name → {"logistic": {...}, "mlp": {...}}.
TOY_DEFAULTS: dict[str, dict[str, dict]] = {name: toy.settings for name, toy in TOY_SETS.items()}


def toy_settings(name: str, model: str) -> dict:
    """The recommended estimator keyword arguments for toy set ``name`` and ``model`` ("logistic" or "mlp")."""
    toy = TOY_SETS[_key(name)]
    if model not in toy.settings:
        raise DataError(translate("Toy", "Unknown model {model}; choose one of {join}.").format(
            model=repr(model), join=', '.join(toy.settings)))
    return dict(toy.settings[model])


def load_toy(name: str, points: int | None = None, noise: float | None = None, seed: int = 0,
             **options) -> TrainTest:
    """Toy data set ``name`` (see :data:`TOY_SETS`): float32 (m, 2) inputs, labels "0", "1", …

    ``points`` (4–10,000) and ``noise`` (0–1, a standard deviation in the
    data's units) default per set; ``seed`` makes the draw reproducible.
    Options: ``classes`` (2–8) for blobs. With the defaults, a gate is its
    plain four-row truth table.
    """
    key = _key(name)
    toy = TOY_SETS[key]
    points = toy.points if points is None else _whole(translate("Toy", "The number of points"), points, MIN_POINTS, MAX_POINTS)
    noise = toy.noise if noise is None else _noise(noise)
    seed = _whole(translate("Toy", "The seed"), seed, 0, 2**63 - 1)
    unknown = sorted(set(options) - set(toy.options))
    if unknown:
        allowed = f"it takes {', '.join(toy.options)}" if toy.options else "it takes none"
        raise DataError(translate("Toy", "The {title} data set has no option {unknown}; {allowed}.").format(
            title=toy.title, unknown=repr(unknown[0]), allowed=allowed))
    chosen = {**toy.options, **options}
    if "classes" in chosen:
        chosen["classes"] = _whole(translate("Toy", "The number of classes"), chosen["classes"], MIN_CLASSES, MAX_CLASSES)
        if points < chosen["classes"]:
            raise DataError(translate("Toy", "{points} points cannot make {chosen} classes; give at least one per "
                                             "class.").format(points=points, chosen=chosen['classes']))
    X, labels, n_classes = toy.generate(points, noise, np.random.default_rng(seed), **chosen)
    return _two_d(X, labels, n_classes)


def _two_d(X: np.ndarray, labels: np.ndarray, n_classes: int) -> TrainTest:
    names = [str(c) for c in range(n_classes)]
    y = np.array(names)[labels]
    return TrainTest(Dataset(np.ascontiguousarray(X, dtype=np.float32), y, names, image_format=None))


def _key(name) -> str:
    key = str(name).strip().lower()
    if key not in TOY_SETS:
        raise DataError(translate("Toy", "Unknown toy data set {name}; choose one of {join}.").format(
            name=repr(name), join=', '.join(TOY_SETS)))
    return key


def _whole(what: str, value, low: int, high: int) -> int:
    """``value`` as an int in [low, high]; ``what`` names it in the refusal ("The number of points")."""
    whole = isinstance(value, (int, np.integer)) or (isinstance(value, float) and value.is_integer())
    if isinstance(value, bool) or not whole:
        raise DataError(translate("Toy", "{what} must be a whole number, not {value}.").format(
            what=what, value=repr(value)))
    if not low <= value <= high:
        raise DataError(translate("Toy", "{what} must be between {low} and {high}, not {value}.").format(
            what=what, low=localize(format(low, ",")), high=localize(format(high, ",")), value=value))
    return int(value)


def _noise(value) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise DataError(translate("Toy", "The noise must be a number between 0 and {max_noise}, not {value}.").format(
            max_noise=localize(format(MAX_NOISE, "g")), value=repr(value))) from None
    if not (math.isfinite(number) and 0 <= number <= MAX_NOISE):
        raise DataError(translate("Toy", "The noise must be a number between 0 and {max_noise}, not {value}.").format(
            max_noise=localize(format(MAX_NOISE, "g")), value=repr(value)))
    return number
