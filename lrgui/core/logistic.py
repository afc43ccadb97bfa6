"""Logistic regression "with a neural network mindset": one neuron, full-batch gradient descent.

Two classes use the textbook model exactly::

    z = X w + b            a = σ(z)
    J = -(1/m) Σ [y log a + (1-y) log(1-a)]
    dw = (1/m) Xᵀ(a - y)   db = (1/m) Σ (a - y)
    w ← w - lr·dw          b ← b - lr·db

More than two classes replace σ by a softmax over k outputs and J by the
categorical cross-entropy; the gradient keeps the same form with a one-hot y.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Iterator

import numpy as np

from lrgui.core.base import (
    Classifier,
    TrainingStep,
    cost_and_accuracy,
    as_feature_matrix,
    check_dtype,
    check_positive_int,
)
from lrgui.core.exceptions import InvalidParameterError
from lrgui.core.functions import binary_cross_entropy, categorical_cross_entropy, sigmoid, softmax
from lrgui.core.blas_threads import one_blas_thread
from lrgui.core.parallel import run_workers
from lrgui.core.solvers import SOLVERS, GramSolver, choose_solver


class LogisticRegression(Classifier):
    """Binary (sigmoid) or multi-class (softmax) logistic regression by gradient descent.

    Parameters
    ----------
    learning_rate : float
        Step size ``lr`` of gradient descent.
    epochs : int
        Number of full-batch iterations per call to ``fit``.
    record_every : int
        The cost is recorded at iteration 0 and every ``record_every`` after.
    l2 : float
        L2 penalty λ: adds (λ/2)·||w||² to the cost (the bias is not penalised).
    solver : {"auto", "primal", "gram"}
        How the iterations are computed; all give the same iterates (see
        :mod:`lrgui.core.solvers`). "auto" picks the cheaper one.
    dtype : {"float32", "float64"}
        Precision of the computation.
    warm_start : bool
        If True and the model is fitted, ``fit`` continues from the parameters
        reached, numbering iterations on from ``n_iter_``.

    Attributes (after fit)
    ----------------------
    coef_ : ndarray, shape (n,) for two classes, (n, k) for k > 2
    intercept_ : float or ndarray of shape (k,)
    classes_ : ndarray of the class labels, sorted
    costs_ : list of (iteration, cost)
    n_iter_ : int, iterations run in total
    diverged_ : bool, True if the cost rose or overflowed (learning rate too large)
    solver_ : str, the solver used
    """

    model_type = "logistic"  # files written before 0.x say "logistic_regression" (lrgui.kinds reads both)
    parameter_names = ("coef", "intercept")

    def __init__(
        self,
        learning_rate: float = 0.005,
        epochs: int = 2000,
        record_every: int = 100,
        l2: float = 0.0,
        solver: str = "auto",
        dtype: str = "float32",
        warm_start: bool = False,
    ):
        self.learning_rate = learning_rate
        self.epochs = epochs
        self.record_every = record_every
        self.l2 = l2
        self.solver = solver
        self.dtype = dtype
        self.warm_start = warm_start

    # ---------------------------------------------------------------- training
    def training_steps(self, X, y) -> Iterator[TrainingStep]:
        """Yields after every iteration; closing the generator keeps the parameters reached.

        The run's products are cut into fixed tasks that up to :func:`run_workers`
        threads share, BLAS on one thread each (held for the whole run), so the
        same data and settings give the same numbers bit for bit (solvers.py).
        """
        workers = run_workers()
        with one_blas_thread():
            yield from self._training_steps(X, y, workers)

    def _training_steps(self, X, y, workers: int) -> Iterator[TrainingStep]:
        # The rate and the penalty were checked once where they entered lrgui (lrgui.kinds.checks); here they
        # are only numbers. The guards below stay: they bound the loops (a step count, a recording interval)
        # and the arrays' type against a direct call with a value that would never end or divide by zero.
        learning_rate, l2 = float(self.learning_rate), float(self.l2)
        epochs = check_positive_int("epochs", self.epochs)
        record_every = check_positive_int("record_every", self.record_every)
        dtype = check_dtype(self.dtype)
        if self.solver not in ("auto", *SOLVERS):
            raise InvalidParameterError(f"solver must be 'auto', 'primal' or 'gram', not {self.solver!r}.")

        X = as_feature_matrix(X, dtype)
        m, n = X.shape
        warm = bool(self.warm_start) and self.is_fitted
        if warm and n != self.n_features_in_:
            raise InvalidParameterError(
                f"Cannot continue training: X has {n} features, the model was trained on {self.n_features_in_}."
            )
        y_index = self._encode_labels(y, m, warm)
        k = len(self.classes_)
        binary = k == 2

        if binary:
            target = y_index.astype(dtype)
            activation, cost_of = sigmoid, binary_cross_entropy
            w0, b0 = np.zeros(n, dtype), np.zeros((), dtype)
        else:
            target = np.zeros((m, k), dtype)
            target[np.arange(m), y_index] = 1
            activation, cost_of = softmax, categorical_cross_entropy
            w0, b0 = np.zeros((n, k), dtype), np.zeros(k, dtype)
        if warm:
            w0, b0 = self.coef_, self.intercept_
            first, costs = self.n_iter_, list(self.costs_)
        else:
            first, costs = 0, []

        solver_name = self.solver
        if solver_name == "auto":
            solver_name = choose_solver(m, n, epochs, dtype.itemsize, 1 if binary else k)
        solver = SOLVERS[solver_name](X, w0, b0, learning_rate, l2, activation, target, workers)
        self.n_features_in_ = n
        self.solver_ = solver_name
        last = first + epochs
        # a continued run starts where the last one ended, whose final point is recorded already
        recorded_already = bool(costs) and costs[-1][0] == first
        run_costs: list[float] = []
        overflowed = False
        iteration = saved_iteration = first
        looping = False

        def record(z: np.ndarray) -> tuple[float, float] | None:
            """The cost (with its penalty) and the training accuracy for logits z; None if not finite."""
            cost = cost_of(z, target)
            if l2:
                cost += 0.5 * l2 * solver.weight_norm_sq()
            if not np.isfinite(cost):
                return None
            # σ(z) > 0.5 exactly when z > 0; with a softmax the largest logit wins
            hits = (z > 0) == (y_index == 1) if binary else np.argmax(z, axis=1) == y_index
            return cost, float(np.mean(hits))

        def live_parameters():
            if isinstance(solver, GramSolver):
                # w = c·w₀ + Xᵀα costs a pass over X: keep α (m numbers) and build w only when asked
                return GramSnapshot(solver.X, solver.w0, solver.alpha.copy(), solver.scale, solver.b.copy())
            coef, intercept = solver.parameters()
            return {"coef": coef, "intercept": intercept}

        def live_logits(X_other: np.ndarray) -> np.ndarray:
            if isinstance(solver, GramSolver):
                return gram_logits(solver, X_other)
            return X_other @ solver.w + solver.b

        self._live_parameters = live_parameters
        self._live_logits = live_logits
        try:
            for _ in solver.prepare():  # building the Gram matrix can take seconds: stay stoppable
                yield TrainingStep(first, None, last, preparing=True)
            looping = True
            while True:
                # a far too large learning rate overflows: detected just below and reported in words
                due = (iteration % record_every == 0 or iteration == last) and not (
                    iteration == first and recorded_already
                )
                with np.errstate(over="ignore", invalid="ignore"):  # not across the yield: it would leak
                    z = solver.logits(gradient=iteration != last)
                    finite = bool(np.isfinite(z).all())
                    measured = record(z) if finite and due else None
                if not finite or (due and measured is None):
                    overflowed = True
                    solver.restore()
                    iteration = saved_iteration
                    break
                if measured is not None:
                    costs.append((iteration, measured[0]))
                    run_costs.append(measured[0])
                    solver.save()
                    saved_iteration = iteration
                yield TrainingStep(iteration, None if measured is None else measured[0], last,
                                   accuracy=None if measured is None else measured[1])
                if iteration == last:
                    break
                with np.errstate(over="ignore", invalid="ignore"):
                    solver.step()
                iteration += 1
        finally:
            self._live_parameters = self._live_logits = self._live_checked = None
            if looping and not overflowed and (not costs or costs[-1][0] != iteration):
                # stopped between two recorded points: the model's history still ends with its own cost
                with np.errstate(over="ignore", invalid="ignore"):
                    measured = record(solver.logits(gradient=False))
                if measured is not None:
                    costs.append((iteration, measured[0]))
                    run_costs.append(measured[0])
            try:
                coef, intercept = solver.parameters()
            finally:
                solver.close()
            self.coef_ = coef
            self.intercept_ = float(intercept) if binary else intercept
            self.costs_ = costs
            self.n_iter_ = iteration
            self._judge_divergence(run_costs, overflowed or not np.isfinite(coef).all(), learning_rate)

    # ------------------------------------------------------------------ state
    def get_state(self) -> dict:
        self._check_fitted()
        return {
            "coef": self.coef_,
            "intercept": np.asarray(self.intercept_),
            "n_iter": self.n_iter_,
            "diverged": bool(self.diverged_),
            "solver": self.solver_,
        }

    def set_state(self, state: dict, classes, costs) -> "LogisticRegression":
        self.coef_ = np.asarray(state["coef"])
        intercept = np.asarray(state["intercept"])
        self.intercept_ = float(intercept) if intercept.ndim == 0 else intercept
        self.n_iter_ = int(state["n_iter"])
        self.diverged_ = bool(state["diverged"])
        self.solver_ = str(state["solver"])
        self.classes_ = np.asarray(classes)
        self.costs_ = [(int(i), float(c)) for i, c in costs]
        self.n_features_in_ = self.coef_.shape[0]
        expected = () if len(self.classes_) == 2 else (len(self.classes_),)
        if self.intercept_ is not None and np.shape(self.intercept_) != expected:
            raise InvalidParameterError("The stored intercept does not match the number of classes.")
        return self

    def _fitted_parameters(self) -> dict[str, np.ndarray]:
        return {"coef": np.asarray(self.coef_), "intercept": np.asarray(self.intercept_)}

    @staticmethod
    def materialize(snapshots: list) -> list[dict[str, np.ndarray]]:
        """Plain snapshots; the Gram runs' lazy ones of one X are built in one product, X read once."""
        out = [None if isinstance(s, GramSnapshot) else dict(s) for s in snapshots]
        lazy = [(i, s) for i, s in enumerate(snapshots) if isinstance(s, GramSnapshot)]
        by_matrix: dict[int, list] = {}
        for i, snapshot in lazy:
            by_matrix.setdefault(id(snapshot.X), []).append((i, snapshot))
        for group in by_matrix.values():
            first = group[0][1]
            alphas = np.stack([snapshot.alpha for _, snapshot in group], axis=-1)  # (m, T) or (m, k, T)
            weights = np.tensordot(first.X.T, alphas, axes=1)  # (n, T) or (n, k, T): one GEMM
            for position, (i, snapshot) in enumerate(group):
                coef = np.ascontiguousarray(weights[..., position])
                if snapshot.scale and np.any(snapshot.w0):
                    coef += snapshot.scale * snapshot.w0
                out[i] = {"coef": coef, "intercept": snapshot.intercept}
        return out

    def evaluate_current(self, X, y) -> tuple[float, float]:
        live = getattr(self, "_live_logits", None)
        if live is None:
            return super().evaluate_current(X, y)
        checked = getattr(self, "_live_checked", None)
        if checked is None or checked[0] is not X:  # the same test set at every point: checked once
            checked = (X, self._check_features(X, check_dtype(self.dtype)), self.label_indices(y))
            self._live_checked = checked
        _, features, y_index = checked
        return cost_and_accuracy(live(features), y_index)

    def _assign_parameters(self, parameters: dict[str, np.ndarray]) -> None:
        self.coef_ = parameters["coef"]
        intercept = parameters["intercept"]
        self.intercept_ = float(intercept) if np.ndim(intercept) == 0 else intercept

    def _logits_with(self, parameters: dict, X: np.ndarray) -> np.ndarray:
        coef = np.asarray(parameters["coef"]).astype(X.dtype, copy=False)
        return X @ coef + np.asarray(parameters["intercept"], dtype=X.dtype)

    # -------------------------------------------------------------- prediction
    def decision_function(self, X) -> np.ndarray:
        """The logits z = X w + b: shape (m,) for two classes, (m, k) otherwise."""
        X = self._check_features(X, check_dtype(self.dtype))
        coef = self.coef_.astype(X.dtype, copy=False)
        return X @ coef + np.asarray(self.intercept_, dtype=X.dtype)

    def predict_proba(self, X) -> np.ndarray:
        """Class probabilities, shape (m, n_classes), columns in the order of ``classes_``."""
        z = self.decision_function(X)
        if z.ndim == 1:
            positive = sigmoid(z)
            return np.column_stack([1 - positive, positive])
        return softmax(z)


class GramSnapshot(Mapping):
    """A Gram run's parameters at one moment, stored as ``α`` (m numbers) instead of ``w`` (n numbers).

    ``w = c·w₀ + Xᵀα`` is built on first access to ``"coef"``; many snapshots
    are built at once, in one product, by :meth:`LogisticRegression.materialize`.
    """

    def __init__(self, X: np.ndarray, w0: np.ndarray, alpha: np.ndarray, scale: float, intercept: np.ndarray):
        self.X, self.w0, self.alpha, self.scale, self.intercept = X, w0, alpha, scale, intercept
        self._coef: np.ndarray | None = None

    def __getitem__(self, key: str) -> np.ndarray:
        if key == "intercept":
            return self.intercept
        if key != "coef":
            raise KeyError(key)
        if self._coef is None:
            coef = self.X.T @ self.alpha
            if self.scale and np.any(self.w0):
                coef += self.scale * self.w0
            self._coef = coef
        return self._coef

    def __iter__(self):
        return iter(("coef", "intercept"))

    def __len__(self) -> int:
        return 2


def gram_logits(solver: GramSolver, X_other: np.ndarray) -> np.ndarray:
    """Logits of other rows (a test set) for the Gram solver's current state, without building w.

    ``X' w = X'Xᵀ α + c·X'w₀``: the cross-Gram matrix ``X'Xᵀ`` is computed once
    per matrix and kept, so each later evaluation costs m'·m, not m'·n.
    """
    cache = getattr(solver, "_cross_gram", None)
    if cache is None or cache[0] is not X_other:
        cache = (X_other, X_other @ solver.X.T, X_other @ solver.w0)
        solver._cross_gram = cache
    _, cross, other_u0 = cache
    z = cross @ solver.alpha
    if solver.scale:
        z += solver.scale * other_u0
    return z + solver.b
