"""The decision boundary of a two-feature model as a grid of probabilities.

A grid spans an *extent* ``(xmin, xmax, ymin, ymax)``; element ``[i, j]`` of
an (ny, nx) grid lies at ``y = ymin + i·(ymax − ymin)/(ny − 1)`` and
``x = xmin + j·(xmax − xmin)/(nx − 1)``: row 0 is at ymin (the bottom of a
plot), and the first and last rows and columns lie on the extent's edges.

Two ways to fill a grid. Any fitted estimator (or a callable taking an
(m, 2) float32 array and returning class probabilities) can be asked for
every grid point. For lrgui's own models the model's kind computes the grid
from the parameters instead — so any recorded point of a run's history can
be drawn — and faster (docs/performance.md), because a grid is separable: the hidden layer's input
``x·W1[0] + y·W1[1] + b1`` is an outer sum of a column term and a row term
(no matrix product), and with two classes the softmax of two logits is the
sigmoid of their difference, one dot product per point instead of two plus
a softmax. Both give the same numbers up to float32 rounding.
"""

from __future__ import annotations

import math
from typing import Callable, Union

import numpy as np

from lrgui.core import Classifier
from lrgui.data.limits import check_fits
from lrgui.data.trained_model import TrainedModel
from lrgui.errors import UserError
from lrgui.session.i18n import translate
from lrgui.kinds import Kind, kind_named, kind_of

Extent = tuple[float, float, float, float]
#: Something that gives class probabilities: a fitted estimator, a TrainedModel (estimator and scaler),
#: or f(X (m, 2) float32) → (m, k) or (m,) P(class 1).
ProbabilitySource = Union[Classifier, TrainedModel, Callable[[np.ndarray], np.ndarray], None]

#: The extent of an empty plot (no points yet): the toy data sets live in it.
EMPTY_EXTENT: Extent = (-1.5, 1.5, -1.5, 1.5)
MIN_SIDE, MAX_SIDE = 2, 4096


# ----------------------------------------------------------------- the grid
def grid_extent(X, margin: float = 0.1) -> Extent:
    """The bounding box of the rows of ``X`` (m, 2), widened by ``margin`` of its size on each side.

    Never degenerate: an axis along which all points agree (one point, or a
    vertical line of them) gets the other axis's span, or 1, centred on
    them; no points at all give :data:`EMPTY_EXTENT`.
    """
    X = np.asarray(X, dtype=np.float64)
    if X.size == 0:
        return EMPTY_EXTENT
    if X.ndim != 2 or X.shape[1] != 2:
        raise UserError(translate("Boundary", "A decision boundary needs points with two coordinates, not an array "
                                              "of shape {shape}.").format(shape=X.shape))
    if not np.isfinite(X).all():
        raise UserError(translate("Boundary", "The points contain NaN or infinite coordinates."))
    if not (math.isfinite(margin) and margin >= 0):
        raise UserError(translate("Boundary", "The margin around the points must be a finite number ≥ 0, not "
                                              "{margin}.").format(margin=repr(margin)))
    low, high = X.min(axis=0), X.max(axis=0)
    centre, span = (low + high) / 2, high - low
    flat = span <= 1e-9 * np.maximum(1.0, np.abs(centre))
    if flat.all():
        span[:] = 1.0
    elif flat.any():
        span[flat] = span[~flat]
    half = span * (0.5 + margin)
    low, high = centre - half, centre + half
    return (float(low[0]), float(high[0]), float(low[1]), float(high[1]))


def grid_axes(extent: Extent, nx: int = 200, ny: int = 200) -> tuple[np.ndarray, np.ndarray]:
    """The x coordinates of the grid's columns (nx,) and the y coordinates of its rows (ny,), float64."""
    xmin, xmax, ymin, ymax = _check_extent(extent)
    nx, ny = _check_side("nx", nx), _check_side("ny", ny)
    return np.linspace(xmin, xmax, nx), np.linspace(ymin, ymax, ny)


def grid_points(extent: Extent, nx: int = 200, ny: int = 200) -> np.ndarray:
    """Every grid point as a float32 row (x, y), (ny·nx, 2), in the grid's row-major order."""
    xs, ys = grid_axes(extent, nx, ny)
    points = np.empty((len(ys), len(xs), 2), dtype=np.float32)
    points[:, :, 0] = xs[None, :]
    points[:, :, 1] = ys[:, None]
    return points.reshape(-1, 2)


# ------------------------------------------------------ from an estimator
def probability_grid(source: ProbabilitySource, extent: Extent, nx: int = 200, ny: int = 200) -> np.ndarray:
    """(ny, nx) float32 grid of P(class 1) — the second class in the model's order.

    ``source`` is a fitted estimator (lrgui's own are computed from their
    parameters, fast), any object with ``predict_proba``, or a callable; None
    or an untrained estimator gives 0.5 everywhere.
    """
    source = probability_source(source)
    fast = _snapshot_or_none(source)
    if fast is not None:
        return probability_grid_from_parameters(*fast[:2], extent, nx, ny, activation=fast[2])
    return class_probabilities(source, extent, nx, ny)[1]


def class_probabilities(source: ProbabilitySource, extent: Extent, nx: int = 200, ny: int = 200) -> np.ndarray:
    """(k, ny, nx) float32: the probability of each class at every grid point (see :func:`probability_grid`)."""
    source = probability_source(source)
    fast = _snapshot_or_none(source)
    if fast is not None:
        return class_probabilities_from_parameters(*fast[:2], extent, nx, ny, activation=fast[2])
    xs, ys = grid_axes(extent, nx, ny)
    if source is None or (isinstance(source, Classifier) and not source.is_fitted):
        return np.full((2, len(ys), len(xs)), 0.5, dtype=np.float32)
    check_fits(4 * len(xs) * len(ys) * 8, translate("Boundary", "The decision-boundary grid"))
    predict = getattr(source, "predict_proba", source)
    if not callable(predict):
        raise TypeError(f"expected an estimator or a callable, not {type(source).__name__}")
    proba = np.asarray(predict(grid_points(extent, nx, ny)), dtype=np.float32)
    if proba.ndim == 1:
        proba = np.column_stack([1 - proba, proba])
    if proba.shape[0] != len(xs) * len(ys) or proba.ndim != 2 or proba.shape[1] < 2:
        raise ValueError(f"the probability source returned shape {proba.shape} for {len(xs) * len(ys)} points")
    return np.ascontiguousarray(proba.T).reshape(-1, len(ys), len(xs))


def class_grid(source: ProbabilitySource, extent: Extent, nx: int = 200, ny: int = 200) -> np.ndarray:
    """(ny, nx) int grid of the most probable class's index (in the model's class order)."""
    return np.argmax(class_probabilities(source, extent, nx, ny), axis=0)


def probability_source(source: ProbabilitySource) -> ProbabilitySource:
    """A TrainedModel as what gives its probabilities for plane coordinates; anything else as it is.

    The toy sets are used as they are (scaler "none"), so the estimator itself
    answers, by the fast path; a model whose features were scaled answers
    through its scaler, so the map is still drawn in the data's coordinates.
    """
    if not isinstance(source, TrainedModel):
        return source
    estimator, scaler = source.estimator, source.scaler
    if estimator.is_fitted:
        _check_two_features(estimator.n_features_in_)
    if scaler.kind == "none":
        return estimator
    return lambda points: estimator.predict_proba(scaler.transform(points))


def parameters_of(estimator: Classifier) -> tuple[str, dict[str, np.ndarray], str | None]:
    """``(kind, parameters, activation)`` of a fitted lrgui estimator: what a run's history records."""
    try:
        kind = kind_of(estimator)
    except UserError:
        raise TypeError(f"not an lrgui estimator: {type(estimator).__name__}") from None
    parameters, activation = kind.plane_parameters(estimator)
    return kind.name, parameters, activation


def _snapshot_or_none(source) -> tuple[str, dict, str | None] | None:
    """A fitted estimator of a kind that draws its map from its parameters (the fast path); else None."""
    if not (isinstance(source, Classifier) and source.is_fitted):
        return None
    try:
        kind = kind_of(source)
    except UserError:
        return None
    if type(kind).plane_logits is Kind.plane_logits:
        return None  # the kind has no map of its own: its predict_proba is asked for every point
    _check_two_features(source.n_features_in_)
    return parameters_of(source)


# ------------------------------------------------------ from parameters
def probability_grid_from_parameters(
    kind: str, parameters: dict, extent: Extent, nx: int = 200, ny: int = 200, activation: str | None = None
) -> np.ndarray:
    """(ny, nx) float32 grid of P(class 1) for a parameter snapshot.

    ``kind`` names a model kind, which computes the grid from its
    parameters (:meth:`lrgui.kinds.Kind.plane_logits`): the arrays a fitted
    estimator holds and a :class:`~lrgui.data.history.RunHistory` snapshot
    returns (and the hidden ``activation`` for the network).
    """
    logits = _output_logits(kind, parameters, extent, nx, ny, activation)
    if len(logits) > 2:
        return _softmax(logits)[1]
    # the softmax of two logits is the sigmoid of their difference
    difference = logits[1] - logits[0]
    return _sigmoid(difference, out=difference)


def class_probabilities_from_parameters(
    kind: str, parameters: dict, extent: Extent, nx: int = 200, ny: int = 200, activation: str | None = None
) -> np.ndarray:
    """(k, ny, nx) float32: each class's probability at every grid point for a parameter snapshot."""
    return np.ascontiguousarray(_softmax(_output_logits(kind, parameters, extent, nx, ny, activation)))


def class_grid_from_parameters(
    kind: str, parameters: dict, extent: Extent, nx: int = 200, ny: int = 200, activation: str | None = None
) -> np.ndarray:
    """(ny, nx) int grid of the most probable class's index for a parameter snapshot."""
    return np.argmax(_output_logits(kind, parameters, extent, nx, ny, activation), axis=0)


def _output_logits(kind, parameters, extent, nx, ny, activation) -> np.ndarray:
    """(k, ny, nx) float32 output logits, one plane per class.

    A binary logistic regression has one logit z; it is returned as the pair
    (0, z), whose softmax is (1 − σ(z), σ(z)), as ``predict_proba`` gives.
    """
    xs, ys = (axis.astype(np.float32) for axis in grid_axes(extent, nx, ny))
    try:
        return kind_named(kind).plane_logits(parameters, xs, ys, activation, check_fits)
    except ValueError as problem:  # the parameters do not fit a two-feature model of the kind
        raise UserError(str(problem)) from None


def _softmax(logits: np.ndarray) -> np.ndarray:
    """Softmax over the class axis (0), in place, shifted by the maximum so exp() never overflows."""
    logits -= logits.max(axis=0)
    np.exp(logits, out=logits)
    logits /= logits.sum(axis=0)
    return logits


def _sigmoid(z: np.ndarray, out: np.ndarray) -> np.ndarray:
    # via tanh, so no finite logit overflows (as lrgui.core.functions.sigmoid)
    np.multiply(z, 0.5, out=out)
    np.tanh(out, out=out)
    out += 1
    out *= 0.5
    return out


# ------------------------------------------------------------ hidden units
def hidden_unit_lines(W1, b1, extent: Extent) -> list[tuple[float, float, float, float] | None]:
    """Each hidden unit's line ``W1[0,u]·x + W1[1,u]·y + b1[u] = 0`` clipped to ``extent``.

    One entry per unit: the segment ``(x0, y0, x1, y1)``, or None when the
    line misses the extent (or the unit's weights are zero: no line at all).
    Where a unit's line lies is where its input changes sign, the bend of a
    relu or the middle of a sigmoid's or tanh's step.
    """
    W1, b1 = np.asarray(W1, dtype=np.float64), np.asarray(b1, dtype=np.float64)
    if W1.ndim != 2 or W1.shape[0] != 2 or b1.shape != (W1.shape[1],):
        raise UserError(
            translate("Boundary", "Hidden-unit lines need W1 of shape (2, h) and b1 of shape (h,), not {shape} and "
                                  "{shape2}.").format(shape=W1.shape, shape2=b1.shape)
        )
    xmin, xmax, ymin, ymax = _check_extent(extent)
    return [_clipped_line(W1[0, u], W1[1, u], b1[u], xmin, xmax, ymin, ymax) for u in range(W1.shape[1])]


def _clipped_line(a: float, b: float, c: float, xmin, xmax, ymin, ymax):
    """The part of the line a·x + b·y + c = 0 inside the box (Liang–Barsky clipping), or None."""
    norm = a * a + b * b
    if not (math.isfinite(norm) and math.isfinite(c)) or norm == 0:
        return None
    # The line's point nearest the origin, and its direction (along the line, unit length).
    px, py = -c * a / norm, -c * b / norm
    length = math.sqrt(norm)
    dx, dy = -b / length, a / length
    t0, t1 = -math.inf, math.inf
    for p, d, low, high in ((px, dx, xmin, xmax), (py, dy, ymin, ymax)):
        if d == 0:
            if not low <= p <= high:
                return None
            continue
        enter, leave = sorted(((low - p) / d, (high - p) / d))
        t0, t1 = max(t0, enter), min(t1, leave)
    if not t0 < t1:
        return None  # misses the box, or touches it at a corner only
    return (px + t0 * dx, py + t0 * dy, px + t1 * dx, py + t1 * dy)


# ------------------------------------------------------------------ checks
def _check_extent(extent) -> Extent:
    try:
        xmin, xmax, ymin, ymax = (float(v) for v in extent)
    except (TypeError, ValueError):
        raise UserError(translate("Boundary", "A grid's extent must be four numbers (xmin, xmax, ymin, ymax), not "
                                              "{extent}.").format(extent=repr(extent))) from None
    if not all(math.isfinite(v) for v in (xmin, xmax, ymin, ymax)) or not (xmin < xmax and ymin < ymax):
        raise UserError(translate("Boundary", "A grid's extent must be finite with xmin < xmax and ymin < ymax, "
                                              "not {extent}.").format(extent=repr(extent)))
    return xmin, xmax, ymin, ymax


def _check_side(name: str, value) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or not MIN_SIDE <= value <= MAX_SIDE:
        raise UserError(translate("Boundary", "The grid's {name} must be a whole number from {min_side} to "
                                              "{max_side}, not {value}.").format(
            name=name, min_side=MIN_SIDE, max_side=MAX_SIDE, value=repr(value)))
    return int(value)


def _check_two_features(n: int) -> None:
    if n != 2:
        raise UserError(translate("Boundary", "A decision boundary can only be drawn for a model of two features; "
                                              "this one has {n}.").format(n=n))
