"""Descent you can see: the cost over two parameters of a line, the path descent took, the step slice.

Two pictures answer "where did the weights go, and why does a large learning
rate overshoot?":

* The **cost landscape** of a logistic regression on two features: J over a
  grid of two of its three parameters (w₁, w₂, b), the third held at one
  point's value, with a run's recorded points as a path on it. The grid is
  for the eye (float32, ``log(1 + e^−|z|)``); the cost at a point itself is
  evaluated by :func:`exact_cost` with the model's own arithmetic, so it
  equals the cost training recorded there bit for bit.
* The **step slice** of any model at one point θ: J(θ − α·g) for α from 0 to
  3× the learning rate, g the gradient on the whole training set. The step
  of size α is built as training builds it (the solver's operations, with α
  as the rate), so at α = lr it is the next iterate of full-batch training
  and its cost is the cost one iteration later. The curve between the
  samples that are evaluated exactly (α = 0 and α = lr) uses that the
  logits along the line are ``z(0) − α·X·g`` (for the network, the hidden
  layer's input moves the same way): X·g is one product, so 121 samples cost
  three or four passes over X in all, not 121.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from lrgui.core.preprocessing import make_scaler
from lrgui.data.trained_model import TrainedModel
from lrgui.errors import UserError
from lrgui.kinds import kind_named
from lrgui.session.i18n import translate

#: The three parameters of a two-feature logistic regression, as the landscape names them.
NAMES = ("w1", "w2", "b")
LABELS = {"w1": "w₁", "w2": "w₂", "b": "b"}
#: The pairs a landscape can show (the first is the default).
PAIRS = (("w1", "w2"), ("w1", "b"), ("w2", "b"))
#: Grid points per side, when the data allow it (see :func:`grid_side`).
GRID_SIDE = 100
#: At most this many (grid point × data row) terms per grid: its time is bounded before the work starts.
MAX_GRID_WORK = 20_000_000
#: The fewest grid points per side a large data set is drawn with.
MIN_GRID_SIDE = 24
#: float32 values of one block of grid rows × data rows (256 KB: stays in the cache through its seven passes).
GRID_BLOCK_VALUES = 1 << 16
#: The product form of the grid is used while every product of factors 1 + e^z stays below e^80 (float32
#: holds up to e^88); up to this many rows' factors are multiplied before one logarithm is taken.
PRODUCT_BELOW = 80.0
MAX_FACTORS = 8
#: Up to this much work a grid takes well under 20 ms: it may be computed where it is asked for.
QUICK_GRID_WORK = 2_500_000
#: Filled contour bands; a range wider than this ratio gets logarithmic levels.
LEVELS = 9
LOG_LEVELS_ABOVE = 30.0
#: Samples of a step slice per learning rate (α = lr is sample number STEPS_PER_RATE).
STEPS_PER_RATE = 40
SLICE_RATES = 3
#: At most this many (sample × row × hidden unit) terms in a network's slice: each sample is a pass of
#: a dozen float64 operations over the hidden layer (Caltech-sized photos and 50 units: 17 per rate).
MAX_SLICE_WORK = 4_000_000

Extent = tuple[float, float, float, float]


# ---------------------------------------------------------------- the point
def line_point(parameters: dict) -> np.ndarray:
    """(w₁, w₂, b) of a two-feature binary logistic regression's snapshot, float64."""
    coef = np.asarray(parameters["coef"], dtype=np.float64)
    intercept = np.asarray(parameters["intercept"], dtype=np.float64)
    if coef.shape != (2,) or intercept.shape != ():
        raise UserError(translate("Landscape", "The cost landscape is drawn for a logistic regression of two "
                                               "features and two classes."))
    return np.array([coef[0], coef[1], float(intercept)])


def line_parameters(point, dtype=np.float32) -> dict:
    """The snapshot {coef, intercept} of a point (w₁, w₂, b), in the model's dtype."""
    point = np.asarray(point, dtype=np.float64)
    return {"coef": point[:2].astype(dtype), "intercept": np.asarray(point[2], dtype=dtype)}


def pair_indices(pair) -> tuple[int, int, int]:
    """Positions of the two shown parameters in (w₁, w₂, b), and of the held one."""
    if tuple(pair) not in PAIRS:
        raise UserError(translate("Landscape", "A landscape shows two of {join}, not {pair}.").format(
            join=', '.join(NAMES), pair=repr(pair)))
    first, second = NAMES.index(pair[0]), NAMES.index(pair[1])
    return first, second, 3 - first - second


def path_of(snapshots, pair=PAIRS[0]) -> np.ndarray:
    """(k, 2): the shown pair of every snapshot, in order: the path drawn on the landscape."""
    first, second, _ = pair_indices(pair)
    points = np.array([line_point(s) for s in snapshots]).reshape(-1, 3)
    return points[:, [first, second]]


def starting_model(settings, classes, point) -> TrainedModel:
    """A line at iteration 0 with parameters ``point`` (w₁, w₂, b): a run resumed from it starts there.

    The logistic regression starts from zeros; a start chosen on the
    landscape is this model, continued (nothing recorded yet, so the run
    records its own iteration 0, numbered from 0).
    """
    estimator = settings.make_estimator()
    parameters = line_parameters(point)
    estimator.set_state({"coef": parameters["coef"], "intercept": parameters["intercept"], "n_iter": 0,
                         "diverged": False, "solver": "primal"}, sorted(classes), [])
    model = TrainedModel(estimator, make_scaler("none"), None)
    model.info = {"settings": settings.as_dict()}
    return model


# --------------------------------------------------------------- objective
@dataclass
class Objective:
    """What training minimises: the model's kind and penalties, the training rows and their labels.

    ``X`` is in the model's dtype and already scaled as training saw it;
    ``y_index`` holds each row's class position in the sorted classes.
    """

    kind: str
    X: np.ndarray
    y_index: np.ndarray
    classes: int
    l2: float = 0.0
    l1: float = 0.0
    activation: str | None = None
    #: minibatches per epoch of the network (1: full batch)
    batches: int = 1
    _target: np.ndarray | None = field(default=None, repr=False)

    @classmethod
    def from_settings(cls, settings, X: np.ndarray, y, dtype=np.float32) -> "Objective":
        """The objective of a run with these :class:`~lrgui.session.settings.TrainingSettings` on scaled rows X."""
        X = np.ascontiguousarray(X, dtype=dtype)
        classes, y_index = np.unique(np.asarray(y), return_inverse=True)  # as the estimators encode labels
        kind = settings.kind
        return cls(kind.name, X, y_index.astype(np.intp), len(classes), float(settings.l2 or 0.0),
                   float(settings.l1 or 0.0), kind.plane_activation(settings), kind.minibatches(settings, len(X)))

    @property
    def model_kind(self):
        """The registered kind (:mod:`lrgui.kinds`) whose arithmetic the costs are computed by."""
        return kind_named(self.kind)

    @property
    def m(self) -> int:
        return self.X.shape[0]

    @property
    def target(self) -> np.ndarray:
        """The logistic regression's target: y as 0/1 (two classes) or one-hot rows, in the model's dtype."""
        if self._target is None:
            if self.classes == 2:
                self._target = self.y_index.astype(self.X.dtype)
            else:
                target = np.zeros((self.m, self.classes), self.X.dtype)
                target[np.arange(self.m), self.y_index] = 1
                self._target = target
        return self._target


def exact_cost(objective: Objective, parameters: dict) -> float:
    """J at ``parameters`` (penalty included), by the operations training records its cost with (the kind's
    :meth:`~lrgui.kinds.base.Kind.exact_cost`): a recorded point gives back its recorded cost exactly."""
    return objective.model_kind.exact_cost(objective, parameters)


# ---------------------------------------------------------------- the grid
def grid_side(rows: int, side: int = GRID_SIDE) -> int:
    """Grid points per side so that a grid's work stays under :data:`MAX_GRID_WORK`."""
    bounded = int(math.sqrt(MAX_GRID_WORK / max(rows, 1)))
    return max(MIN_GRID_SIDE, min(side, bounded))


def landscape_extent(points, margin: float = 0.2, least_half_span: float = 1.0) -> Extent:
    """A box around every point (k, 2), widened by ``margin`` of its size and at least ±``least_half_span``."""
    points = np.asarray(points, dtype=np.float64).reshape(-1, 2)
    points = points[np.isfinite(points).all(axis=1)]
    if len(points) == 0:
        points = np.zeros((1, 2))
    low, high = points.min(axis=0), points.max(axis=0)
    centre = (low + high) / 2
    half = np.maximum((high - low) * (0.5 + margin), least_half_span)
    return (float(centre[0] - half[0]), float(centre[0] + half[0]), float(centre[1] - half[1]),
            float(centre[1] + half[1]))


def cost_grid(objective: Objective, point, pair=PAIRS[0], extent: Extent | None = None,
              side: int | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(xs, ys, J): the cost over a grid of the pair's values, the third parameter held at ``point``'s.

    ``J[i, j]`` is the cost at ``pair[0] = xs[j]``, ``pair[1] = ys[i]``
    (row 0 at the bottom, as a plot draws it). For a binary logistic
    regression on two features: with ``z = p·a + q·c + r`` for the columns
    a, c, r of the parameters (negated for class-1 rows), J = mean(softplus(z))
    + penalty, in float32, a few grid rows at a time. While no term can
    overflow, e^z is the product e^(p·a)·e^(q·c + r) of two small tables.
    """
    if not objective.model_kind.has_landscape or objective.classes != 2 or objective.X.shape[1] != 2:
        raise UserError(translate("Landscape", "The cost landscape is drawn for a logistic regression of two "
                                               "features and two classes."))
    point = np.asarray(point, dtype=np.float64)
    first, second, held = pair_indices(pair)
    if extent is None:
        extent = landscape_extent(point[[first, second]])
    side = grid_side(objective.m) if side is None else int(side)
    xs, ys = np.linspace(extent[0], extent[1], side), np.linspace(extent[2], extent[3], side)
    X = objective.X.astype(np.float32, copy=False)
    # the loss of a row is softplus(z) for class 0 and softplus(−z) for class 1: with the columns of the
    # class-1 rows negated, J is a mean of softplus alone (no y·z term to cancel it, digits lost)
    sign = np.where(objective.y_index == 1, np.float32(-1), np.float32(1))
    columns = (X[:, 0] * sign, X[:, 1] * sign, sign)
    a, c, r = columns[first], columns[second], columns[held] * np.float32(point[held])
    along_x = np.multiply.outer(a, xs.astype(np.float32))  # (m, nx)
    along_y = np.multiply.outer(c, ys.astype(np.float32)) + r[:, None]  # (m, ny)
    total = np.empty((len(ys), len(xs)))
    # the largest logit of each row anywhere on the grid: how many rows' factors 1 + e^z fit in one product
    largest = float(np.max(np.maximum(along_x.max(axis=1) + along_y.max(axis=1), 0), initial=0)) + 0.7
    factors = 1
    while factors * 2 <= MAX_FACTORS and factors * 2 * largest < PRODUCT_BELOW:
        factors *= 2
    with np.errstate(over="ignore", invalid="ignore", under="ignore"):
        if factors * largest < PRODUCT_BELOW:
            _product_grid(along_x, along_y, factors, total)
        else:  # large logits: softplus(z) = max(z, 0) + log(1 + e^−|z|), which never overflows
            _stable_grid(along_x.T.copy(), along_y.T.copy(), total)
    J = total / len(X)
    if objective.l2:
        w = [None, None]
        for index, values in ((first, xs[None, :]), (second, ys[:, None]), (held, point[held])):
            if index < 2:
                w[index] = values
        J += 0.5 * objective.l2 * (np.square(w[0]) + np.square(w[1]))
    return xs, ys, J


def _product_grid(along_x: np.ndarray, along_y: np.ndarray, factors: int, total: np.ndarray) -> None:
    """total[i, j] = Σ_rows log(1 + e^(along_y[row, i] + along_x[row, j])), the logarithms of products.

    e^z = e^(p·a)·e^(q·c + r) is one multiplication per term instead of an
    exp, and the sum of ``factors`` logarithms is the logarithm of the
    product of their arguments: one logarithm per ``factors`` terms, the
    costliest operation (no product can overflow: the caller checked the
    logits' bound). A term under 3e-8 rounds to 0: J's absolute error stays
    below that.
    """
    m, nx = along_x.shape
    groups = -(-m // factors)
    padded = groups * factors  # padding rows: e^z = 0, a factor of 1
    exp_x = np.zeros((padded, 1, nx), np.float32)
    np.exp(along_x, out=exp_x[:m, 0])
    exp_y = np.zeros((padded, along_y.shape[1], 1), np.float32)
    np.exp(along_y, out=exp_y[:m, :, 0])
    block = max(1, GRID_BLOCK_VALUES // (padded * nx))  # grid rows at once: a few hundred KB, in the cache
    buffer = np.empty((padded, block, nx), np.float32)
    for top in range(0, len(total), block):
        rows = min(block, len(total) - top)
        terms = buffer[:, :rows]
        np.multiply(exp_y[:, top:top + rows], exp_x, out=terms)
        terms += 1
        count = padded
        while count > groups:  # halves: rows g, g + groups, g + 2·groups … multiplied together
            count //= 2
            terms[:count] *= terms[count:2 * count]
        products = terms[:groups]
        np.log(products, out=products)
        total[top:top + rows] = products.sum(axis=0, dtype=np.float64)


def _stable_grid(along_x: np.ndarray, along_y: np.ndarray, total: np.ndarray) -> None:
    """total[i, j] = Σ_rows softplus(along_y[i, row] + along_x[j, row]) for any logits, a few grid rows at a time."""
    block = max(1, GRID_BLOCK_VALUES // along_x.size)
    buffer = np.empty((block, *along_x.shape), np.float32)
    tail = np.empty_like(buffer)
    for top in range(0, len(total), block):
        rows = min(block, len(total) - top)
        z, t = buffer[:rows], tail[:rows]
        np.add(along_y[top:top + rows, None, :], along_x[None], out=z)
        np.abs(z, out=t)
        np.negative(t, out=t)
        np.exp(t, out=t)
        t += 1
        np.log(t, out=t)
        np.maximum(z, 0, out=z)
        z += t
        total[top:top + rows] = z.sum(axis=2, dtype=np.float64)


def grid_work(objective: Objective) -> int:
    """(grid points × rows) of a landscape on these data: what its time grows with."""
    return grid_side(objective.m) ** 2 * objective.m


# ------------------------------------------------------------- the contours
def contour_levels(J: np.ndarray, count: int = LEVELS) -> tuple[np.ndarray, bool]:
    """(levels, logarithmic): ``count`` levels spread over J's range, by ratio when it spans > 30×.

    Rounded to two significant digits, so the labels are short; always
    strictly increasing and strictly inside the range.
    """
    finite = J[np.isfinite(J)]
    if finite.size == 0:
        return np.empty(0), False
    low, high = float(finite.min()), float(finite.max())
    if not high > low:
        return np.empty(0), False
    logarithmic = low > 0 and high / low > LOG_LEVELS_ABOVE
    inner = np.arange(1, count + 1) / (count + 1)
    if logarithmic:
        raw = np.exp(math.log(low) + inner * (math.log(high) - math.log(low)))
    else:
        raw = low + inner * (high - low)
    levels = np.array([_two_digits(v) for v in raw])
    levels = np.unique(levels[(levels > low) & (levels < high)])
    return levels, logarithmic


def _two_digits(value: float) -> float:
    if value == 0:
        return 0.0
    digits = 1 - int(math.floor(math.log10(abs(value))))
    return round(value, digits)


def contour_segments(xs: np.ndarray, ys: np.ndarray, J: np.ndarray, level: float) -> np.ndarray:
    """(k, 2, 2): the segments of the contour J = level (see :func:`contours`)."""
    return contours(xs, ys, J, [level])[0]


def contours(xs: np.ndarray, ys: np.ndarray, J: np.ndarray, levels) -> list[np.ndarray]:
    """For each level, (k, 2, 2): the segments of the contour J = level, by marching squares over every
    cell and every level at once.

    Each cell whose corners lie on both sides of a level gets one segment
    between the crossing points of its edges (a saddle cell, four crossings,
    gets two: bottom–left and top–right). The crossings are interpolated
    only in the cells a contour passes through, a few hundred of 10,000 per
    level; one pass for all levels, not one per level (a redraw's budget).
    """
    J = np.asarray(J, dtype=np.float64)
    levels = np.asarray(levels, dtype=np.float64).reshape(-1)
    if levels.size == 0:
        return []
    above = J[None, :, :] > levels[:, None, None]
    # each cell's four edges: crosses a level where its two corners differ
    low_left, low_right, up_left, up_right = (above[:, :-1, :-1], above[:, :-1, 1:], above[:, 1:, :-1],
                                              above[:, 1:, 1:])
    bottom, top, left, right = low_left != low_right, up_left != up_right, low_left != up_left, low_right != up_right
    count = bottom.view(np.int8) + top.view(np.int8) + left.view(np.int8) + right.view(np.int8)
    which, rows, cols = np.nonzero(count)
    if len(rows) == 0:
        return [np.empty((0, 2, 2)) for _ in levels]
    level = levels[which]
    x0, x1, y0, y1 = xs[cols], xs[cols + 1], ys[rows], ys[rows + 1]
    v00, v01, v10, v11 = J[rows, cols], J[rows, cols + 1], J[rows + 1, cols], J[rows + 1, cols + 1]

    def along(v0, v1):
        with np.errstate(divide="ignore", invalid="ignore"):
            t = (level - v0) / (v1 - v0)
        return np.clip(np.nan_to_num(t, nan=0.5), 0.0, 1.0)

    points = {
        "bottom": (x0 + along(v00, v01) * (x1 - x0), y0),
        "top": (x0 + along(v10, v11) * (x1 - x0), y1),
        "left": (x0, y0 + along(v00, v10) * (y1 - y0)),
        "right": (x1, y0 + along(v01, v11) * (y1 - y0)),
    }
    crossed = {"bottom": bottom[which, rows, cols], "top": top[which, rows, cols],
               "left": left[which, rows, cols], "right": right[which, rows, cols]}
    cells = count[which, rows, cols]
    parts, owners = [], []
    for a, b in (("bottom", "top"), ("bottom", "left"), ("bottom", "right"), ("top", "left"), ("top", "right"),
                 ("left", "right")):
        chosen = (cells == 2) & crossed[a] & crossed[b]
        if chosen.any():
            parts.append(_segments(points[a], points[b], chosen))
            owners.append(which[chosen])
    saddles = cells == 4
    if saddles.any():
        for a, b in (("bottom", "left"), ("top", "right")):
            parts.append(_segments(points[a], points[b], saddles))
            owners.append(which[saddles])
    if not parts:
        return [np.empty((0, 2, 2)) for _ in levels]
    segments, owner = np.concatenate(parts), np.concatenate(owners)
    order = np.argsort(owner, kind="stable")
    bounds = np.searchsorted(owner[order], np.arange(len(levels) + 1))
    segments = segments[order]
    return [segments[bounds[i]:bounds[i + 1]] for i in range(len(levels))]


def _segments(start, end, chosen) -> np.ndarray:
    out = np.empty((int(chosen.sum()), 2, 2))
    out[:, 0, 0], out[:, 0, 1] = start[0][chosen], start[1][chosen]
    out[:, 1, 0], out[:, 1, 1] = end[0][chosen], end[1][chosen]
    return out


def step_sign_flips(path) -> int:
    """How often the path's step turns back along the direction it moves most (its zig-zags).

    Each step between two recorded points is projected on the path's main
    direction of motion (the first singular vector of its steps: across the
    valley for a rate that overshoots, along it for one that does not);
    steps too small to see are skipped, and every change of the projection's
    sign counts once.
    """
    path = np.asarray(path, dtype=np.float64).reshape(-1, 2)
    steps = np.diff(path, axis=0)
    steps = steps[np.isfinite(steps).all(axis=1)]
    if len(steps) < 2:
        return 0
    _, _, vt = np.linalg.svd(steps, full_matrices=False)
    projected = steps @ vt[0]
    visible = np.abs(projected) > 1e-9 * max(float(np.abs(projected).max()), 1e-300)
    signs = np.sign(projected[visible])
    return int(np.count_nonzero(signs[1:] != signs[:-1]))


# -------------------------------------------------------------- step slice
@dataclass(frozen=True)
class StepSlice:
    """J(θ − α·g) along the full gradient g at one point, for α = 0 … 3·lr."""

    alphas: np.ndarray
    costs: np.ndarray
    learning_rate: float
    #: the sample α = lr: its cost is the cost after one more full-batch step
    rate_index: int
    best_index: int
    #: minibatches per epoch of the run: the slice's step is then not the step training takes
    batches: int = 1

    @property
    def start_cost(self) -> float:
        return float(self.costs[0])

    @property
    def cost_at_rate(self) -> float:
        return float(self.costs[self.rate_index])

    @property
    def best_alpha(self) -> float:
        return float(self.alphas[self.best_index])

    @property
    def overshoots(self) -> bool:
        """The step of the learning rate lands higher than where it started."""
        return not self.cost_at_rate <= self.start_cost


def slice_samples(objective: Objective, hidden: int = 0) -> int:
    """Samples per learning rate: :data:`STEPS_PER_RATE`, fewer (down to 10) for a large network."""
    if not hidden:
        return STEPS_PER_RATE
    wanted = MAX_SLICE_WORK // max(objective.m * hidden * SLICE_RATES, 1)
    return int(max(10, min(STEPS_PER_RATE, wanted)))


def step_slice(objective: Objective, parameters: dict, learning_rate: float,
               per_rate: int | None = None) -> StepSlice:
    """The cost along the full training set's gradient from ``parameters``, α from 0 to 3·lr.

    α = 0 and α = lr are the costs at the parameters themselves, by the
    operations training uses (see :func:`exact_cost`; α = lr only where that
    step is reproducible, :func:`step_is_reproducible`); the other samples
    come from the logits along the line (see the module docstring). Three or
    four passes over X in all: the logits, the gradient, X·g, the step of lr.
    """
    learning_rate = float(learning_rate)  # a checked setting's (lrgui.kinds.checks): the slice's size is fixed anyway
    if per_rate is None:
        units = objective.model_kind.hidden_units(parameters)
        per_rate = slice_samples(objective, 0 if units is None else int(np.shape(units[0])[1]))
    alphas = learning_rate * (np.arange(SLICE_RATES * per_rate + 1) / per_rate)
    alphas[per_rate] = learning_rate  # exactly the rate, whatever the division rounded to
    costs, start_cost, stepped = objective.model_kind.slice_costs(objective, parameters, alphas, learning_rate)
    costs[0] = start_cost
    if step_is_reproducible(objective, parameters):
        costs[per_rate] = exact_cost(objective, stepped)
    finite = np.where(np.isfinite(costs), costs, np.inf)
    return StepSlice(alphas, costs, learning_rate, per_rate, int(np.argmin(finite)), objective.batches)


def step_is_reproducible(objective: Objective, parameters: dict) -> bool:
    """Whether the slice redoes training's next step at α = lr (else it keeps the line's value there): the
    kind's :meth:`~lrgui.kinds.base.Kind.step_is_reproducible` says why."""
    return objective.model_kind.step_is_reproducible(objective, parameters)


