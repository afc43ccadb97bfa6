"""Logistic regression: one sigmoid neuron (a softmax over three or more classes), trained by gradient descent."""

from __future__ import annotations

import numpy as np

from lrgui.core import LogisticRegression
from lrgui.core.functions import binary_cross_entropy, categorical_cross_entropy, sigmoid, softmax
from lrgui.core.solvers import SOLVERS, PrimalSolver
from lrgui.i18n import QT_TRANSLATE_NOOP
from lrgui.kinds.base import SIGMOID, SOFTMAX, Kind, plane_arrays, softmax_loss
from lrgui.kinds.base import Playground
from lrgui.kinds.settings import L2, LEARNING_RATE, PLAYGROUND_LEARNING_RATE, RECORD_EVERY, epochs_setting

EXPORT_CODE = '''\
# Logistic regression, the seven equations, for m images X (m x n), labels y in {0, 1}:
#   1. z = X w + b                                   forward pass           (run below)
#   2. a = sigma(z) = 1 / (1 + e^(-z))               activation             (run below)
#   3. J = -(1/m) sum[y log a + (1 - y) log(1 - a)]  cost                   (training only)
#   4. dw = (1/m) X^T (a - y)                        gradient of w          (training only)
#   5. db = (1/m) sum(a - y)                         gradient of b          (training only)
#   6. w <- w - lr dw,  b <- b - lr db               update, repeated       (training only)
#   7. label = classes[1] if a > 0.5 else classes[0] prediction             (run below)
# With k > 2 classes, w is n x k, b has k entries and sigma becomes a softmax.
def probabilities(X, w):
    z = X @ w["coef"] + w["intercept"]  # equation 1
    if z.ndim == 1:  # two classes
        a = (1 + np.tanh(z * 0.5)) * 0.5  # equation 2; sigma(z) = (1 + tanh(z/2))/2 never overflows
        return np.column_stack([1 - a, a])  # P(classes[0]), P(classes[1])
    return softmax(z)
'''


#: Logits of this many values at most are held at once while a step slice is computed.
CHUNK_VALUES = 1 << 19
ITERATIONS = epochs_setting("iterations")


class Logistic(Kind):
    name = "logistic"
    old_names = ("logistic_regression",)  # the model files' name until this version
    title = QT_TRANSLATE_NOOP("ModelKind", "Logistic regression")
    description = QT_TRANSLATE_NOOP("ModelKind", "one sigmoid neuron (a softmax over three or more classes)")
    estimator = LogisticRegression
    settings = (LEARNING_RATE, ITERATIONS, RECORD_EVERY, L2)
    step = "iteration"
    state_fields = {"n_iter": int, "diverged": bool, "solver": str}
    linear = True
    starts_from_zero = True
    has_landscape = True
    playground = Playground((PLAYGROUND_LEARNING_RATE, ITERATIONS))

    def parameter_shapes(self, parameters, n_features, n_classes) -> dict:
        if n_classes == 2:
            return {"coef": (n_features,), "intercept": ()}
        return {"coef": (n_features, n_classes), "intercept": (n_classes,)}

    def check_loaded(self, estimator, parameters) -> None:
        if estimator.solver_ not in SOLVERS:
            raise ValueError(f"its solver {estimator.solver_[:20]} is not one lrgui knows")

    def plane_parameters(self, estimator):
        return {"coef": estimator.coef_, "intercept": np.asarray(estimator.intercept_)}, None

    def plane_logits(self, parameters, xs, ys, activation, check_fits) -> np.ndarray:
        coef, intercept = plane_arrays(parameters, ("coef", "intercept"))
        binary = coef.shape == (2,) and intercept.size == 1
        multi = coef.ndim == 2 and coef.shape[0] == 2 and coef.shape[1] >= 3 and intercept.shape == (coef.shape[1],)
        if not (binary or multi):
            raise ValueError(f"The logistic regression's parameters do not fit a two-feature model: coef {coef.shape}, "
                             f"intercept {intercept.shape}.")
        if binary:  # one logit z, drawn as the pair (0, z): its softmax is (1 − σ(z), σ(z))
            coef = np.column_stack([np.zeros(2, np.float32), coef])
            intercept = np.stack([np.float32(0), intercept.reshape(())])
        check_fits(4 * coef.shape[1] * len(xs) * len(ys), "The decision-boundary grid")
        out = np.empty((coef.shape[1], len(ys), len(xs)), dtype=np.float32)
        for c in range(coef.shape[1]):
            np.add.outer(ys * coef[1, c] + intercept[c], xs * coef[0, c], out=out[c])
        return out

    def logits_and_gradients(self, estimator, x):
        coef = np.asarray(estimator.coef_, dtype=np.float64)
        intercept = np.asarray(estimator.intercept_, dtype=np.float64)
        if coef.ndim == 1:  # two classes: the pair (0, z)
            z = float(x @ coef + intercept)
            return np.array([0.0, z]), np.column_stack([np.zeros_like(coef), coef])
        return x @ coef + intercept, coef

    def explanation(self, estimator, x, predicted_index, true_index) -> dict:
        """Exact: the contributions w·x and the bias add up to the logit."""
        coef = np.asarray(estimator.coef_, dtype=np.float64)
        intercept = np.asarray(estimator.intercept_, dtype=np.float64)
        if coef.ndim == 1:
            logit = float(x @ coef + intercept)
            a = float(sigmoid(np.array([logit]))[0])
            loss = None
            if true_index is not None:
                # -log σ(z) = log(1 + e^-z) and -log(1 - σ(z)) = log(1 + e^z), without overflow
                loss = float(np.logaddexp(0.0, -logit if true_index == 1 else logit))
            return dict(kind=SIGMOID, probabilities=np.array([1.0 - a, a]), explained_index=1, logit=logit,
                        logits=np.array([logit]), bias=float(intercept), contributions=coef * x, loss=loss)
        logits = x @ coef + intercept
        c = predicted_index
        return dict(kind=SOFTMAX, probabilities=softmax(logits[None, :])[0], explained_index=c,
                    logit=float(logits[c]), logits=logits, bias=float(intercept[c]), contributions=coef[:, c] * x,
                    loss=softmax_loss(logits, true_index))

    def picture_count(self, settings, n_classes):
        return (1 if n_classes == 2 else n_classes), "class"

    def weight_pictures(self, parameters):
        coef = np.asarray(parameters["coef"], dtype=np.float64)
        return (coef[:, None] if coef.ndim == 1 else coef), "class"

    def export_code(self) -> str:
        return EXPORT_CODE

    def export_description(self, estimator) -> str:
        return "logistic regression" + (" (softmax over the classes)" if len(estimator.classes_) > 2 else "")

    # ------------------------------------------------- the cost along a step
    def exact_cost(self, objective, parameters) -> float:
        """The primal solver computes ``z = X w; z += b`` and the cross-entropy of z: a recorded point gives back
        its recorded cost exactly (the Gram solver, used for wide data, tracks X w another way: there the two
        agree to rounding)."""
        solver = _primal_solver(objective, parameters, 0.0)
        try:
            return _logistic_cost(objective, solver.logits(gradient=False), solver.w)
        finally:
            solver.close()

    def slice_costs(self, objective, parameters, alphas, learning_rate):
        return _logistic_slice(objective, parameters, alphas, learning_rate)

    def step_is_reproducible(self, objective, parameters) -> bool:
        """Always: one more pass over X, and the primal solver's arithmetic is redone exactly."""
        return True


def _primal_solver(objective, parameters: dict, learning_rate: float) -> PrimalSolver:
    """The primal solver at ``parameters``, on one thread: its logits and its step are training's, bit for bit
    (the same blocks of rows, summed in the same order, whatever the thread count was)."""
    X = objective.X
    w = np.asarray(parameters["coef"]).astype(X.dtype, copy=False)
    b = np.asarray(parameters["intercept"], dtype=X.dtype)
    activation = sigmoid if w.ndim == 1 else softmax
    return PrimalSolver(X, w, b, learning_rate, objective.l2, activation, objective.target, workers=1)


def _logistic_cost(objective, z: np.ndarray, w: np.ndarray) -> float:
    with np.errstate(over="ignore", invalid="ignore"):
        if z.ndim == 1:
            cost = binary_cross_entropy(z, objective.target)
        else:
            cost = categorical_cross_entropy(z, objective.target)
    if objective.l2:
        cost += 0.5 * objective.l2 * float(np.vdot(w, w))
    return cost


def _logistic_slice(objective, parameters: dict, alphas: np.ndarray, learning_rate: float):
    X, m, l2 = objective.X, objective.m, objective.l2
    w = np.asarray(parameters["coef"]).astype(X.dtype, copy=False)
    b = np.asarray(parameters["intercept"], dtype=X.dtype)
    with np.errstate(over="ignore", invalid="ignore"):
        product = X @ w
        z = product.copy()
        z += b  # as exact_cost and the solver: X w, then + b
        start_cost = _logistic_cost(objective, z, w)
        residual = sigmoid(z) if z.ndim == 1 else softmax(z)  # the solver's residual a − y
        residual -= objective.target
        gradient = X.T @ residual  # (1/m)·Xᵀr is dw, the penalty's share apart
        shift = residual.mean(axis=0)
        along = X @ gradient  # the logits move by −(α/m)·X·Xᵀr
    u, v = product.astype(np.float64), along.astype(np.float64)
    target = objective.target.astype(np.float64)
    b64, shift64 = b.astype(np.float64), shift.astype(np.float64)
    costs = np.empty(len(alphas))
    chunk = max(1, CHUNK_VALUES // u.size)  # samples at once: a few MB of logits
    with np.errstate(over="ignore", invalid="ignore"):
        for start in range(0, len(alphas), chunk):
            A = alphas[start:start + chunk].reshape((-1,) + (1,) * u.ndim)
            Z = (1 - A * l2) * u - (A / m) * v + (b64 - A * shift64)
            if u.ndim == 1:
                costs[start:start + chunk] = (np.logaddexp(0, Z) - target * Z).mean(axis=1)
            else:
                top = Z.max(axis=2, keepdims=True)
                lse = top[..., 0] + np.log(np.exp(Z - top).sum(axis=2))
                costs[start:start + chunk] = (lse - (Z * target).sum(axis=2)).mean(axis=1)
        if l2:
            decay = 1 - alphas * l2
            w64, g64 = w.astype(np.float64), gradient.astype(np.float64)
            d, a = decay, alphas / m
            costs += 0.5 * l2 * (d * d * np.vdot(w64, w64) - 2 * d * a * np.vdot(w64, g64)
                                 + a * a * np.vdot(g64, g64))
    # the next iterate: the primal solver's own step with lr = α
    solver = _primal_solver(objective, parameters, learning_rate)
    try:
        solver.logits(gradient=True)
        solver.step()
        stepped_w, stepped_b = solver.parameters()
    finally:
        solver.close()
    return costs, start_cost, {"coef": stepped_w, "intercept": stepped_b}
