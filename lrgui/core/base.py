"""What every lrgui estimator shares: input checks, label encoding, the fit loop.

An estimator implements ``training_steps(X, y)``, a generator that yields a
:class:`TrainingStep` for the parameters after 0, 1, 2, … iterations (or
epochs) of this run, up to and including the last: step ``i`` describes the
model *after* ``i`` updates, so the final step's cost is the returned model's.
Between steps the caller may read :meth:`Classifier.parameter_snapshot` — the
session layer's trainer does, to keep the history and evaluate a test set —
and closing the generator keeps the parameters reached. ``fit`` drains it,
calling ``progress`` at recorded points and ``should_stop`` after every step.
"""

from __future__ import annotations

import inspect
import warnings
from dataclasses import dataclass
from typing import Callable, Iterator

import numpy as np

from lrgui.core.exceptions import InvalidParameterError, NotFittedError
from lrgui.core.functions import binary_cross_entropy, categorical_cross_entropy

class TrainingDivergedWarning(UserWarning):
    """The cost grew instead of falling: the learning rate is too large."""


ProgressCallback = Callable[[int, float], None]
StopCallback = Callable[[], bool]


@dataclass(frozen=True)
class TrainingStep:
    """The model after ``iteration`` updates (``cost`` and ``accuracy`` on the training
    set are set only at recorded points), or, with ``preparing`` set, a piece of the
    work done before the first iteration. ``total`` is the iteration the run ends at."""

    iteration: int
    cost: float | None
    total: int
    preparing: bool = False
    accuracy: float | None = None
    #: the network's free per-epoch curve: the mean over the epoch just run of its minibatch
    #: costs (penalty included), each taken before its own update (None where there is none)
    minibatch_cost: float | None = None

    @property
    def recorded(self) -> bool:
        return self.cost is not None


class Classifier:
    """Base class: scikit-learn's ``fit / predict / predict_proba / score`` contract."""

    #: names of the fitted arrays in :meth:`parameter_snapshot` (and in model files and histories)
    parameter_names: tuple[str, ...] = ()
    #: the name that identifies the model type in model files
    model_type: str = ""
    #: what measuring a stopped run's parameters needs, while they are unmeasured (see the network's)
    _unmeasured = None

    # ------------------------------------------------------------------ params
    @classmethod
    def init_parameter_names(cls) -> tuple[str, ...]:
        """The ``__init__`` arguments, read from its signature as scikit-learn does (for get_params, repr, files)."""
        signature = inspect.signature(cls.__init__)
        return tuple(name for name, p in signature.parameters.items()
                     if name != "self" and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD))

    def get_params(self) -> dict:
        return {name: getattr(self, name) for name in self.init_parameter_names()}

    def set_params(self, **params) -> "Classifier":
        names = self.init_parameter_names()
        for name, value in params.items():
            if name not in names:
                raise InvalidParameterError(f"{type(self).__name__} has no parameter {name!r}.")
            setattr(self, name, value)
        return self

    def __repr__(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in self.get_params().items())
        return f"{type(self).__name__}({args})"

    # --------------------------------------------------------------- training
    def fit(
        self,
        X,
        y,
        progress: ProgressCallback | None = None,
        should_stop: StopCallback | None = None,
    ) -> "Classifier":
        """Train on ``X`` (m samples × n features) and labels ``y``; returns ``self``.

        ``progress(iteration, cost)`` is called at every recorded iteration (the
        last included) and ``should_stop()`` after every iteration: returning
        True ends training early, keeping the parameters reached so far.
        """
        steps = self.training_steps(X, y)
        start = None
        try:
            for step in steps:
                if step.cost is not None and progress is not None:
                    progress(step.iteration, step.cost)
                if not step.preparing and start is None:
                    start = step.iteration
                    continue  # the starting point: no iteration has run yet, nothing to stop
                if should_stop is not None and should_stop():
                    break
        finally:
            steps.close()  # runs the generator's clean-up, which sets the fitted attributes
        return self

    def training_steps(self, X, y) -> Iterator[TrainingStep]:  # pragma: no cover - abstract
        raise NotImplementedError

    @property
    def stopped_unmeasured(self) -> bool:
        """A run stopped between two recorded points and left the parameters reached unmeasured."""
        return self._unmeasured is not None

    # --------------------------------------------------------------- snapshots
    def parameter_snapshot(self):
        """Copies of the parameters as they are now: after fit, or between two steps of training.

        A mapping of name → array. During training an estimator may hand out a
        lazy mapping that computes an array on first access (the Gram solver's
        weights cost a pass over X): :meth:`materialize` computes many at once.
        """
        live = getattr(self, "_live_parameters", None)
        if live is not None:
            snapshot = live()
            if isinstance(snapshot, dict):  # the live arrays themselves: copied, the next step changes them
                return {name: np.array(value, copy=True) for name, value in snapshot.items()}
            return snapshot  # a lazy snapshot holds its own copies
        self._check_fitted()
        return {name: np.array(value, copy=True) for name, value in self._fitted_parameters().items()}

    @staticmethod
    def materialize(snapshots: list) -> list[dict[str, np.ndarray]]:
        """Plain dicts of arrays for snapshots from :meth:`parameter_snapshot`, computed together where cheaper."""
        return [dict(snapshot) for snapshot in snapshots]

    def evaluate_current(self, X, y) -> tuple[float, float]:
        """(cross-entropy, accuracy) of the parameters as they are now; between training steps an
        estimator may answer this faster than through a snapshot (the Gram solver does)."""
        return self.evaluate(X, y, self.parameter_snapshot())

    def set_parameters(self, parameters: dict, n_iter: int | None = None) -> "Classifier":
        """Puts the model back to a snapshot (e.g. a recorded point of its history).

        With ``n_iter``, the iteration count becomes ``n_iter`` and recorded costs
        after it are dropped, so a warm start continues from that point.
        """
        self._check_fitted()
        missing = [name for name in self.parameter_names if name not in parameters]
        if missing:
            raise InvalidParameterError(f"The snapshot lacks {', '.join(missing)}.")
        current = self._fitted_parameters()
        for name in self.parameter_names:
            if np.shape(parameters[name]) != np.shape(current[name]):
                raise InvalidParameterError(
                    f"The snapshot's {name} has shape {np.shape(parameters[name])}, not {np.shape(current[name])}."
                )
        self._assign_parameters({name: np.array(parameters[name], copy=True) for name in self.parameter_names})
        self._unmeasured = None  # whatever was left to measure, these parameters are others
        if n_iter is not None:
            self.n_iter_ = int(n_iter)
            self.costs_ = [(i, c) for i, c in self.costs_ if i <= n_iter]
        return self

    def evaluate(self, X, y, parameters: dict | None = None) -> tuple[float, float]:
        """(cross-entropy, accuracy) of ``parameters`` (default: the current ones) on features X and labels y.

        The cost is the data term only, without penalties, so that a test cost
        and a training cost at the same point compare like with like.
        """
        self._check_fitted()
        if parameters is None:
            parameters = self.parameter_snapshot()
        X = self._check_features(X, check_dtype(getattr(self, "dtype", "float64")))
        y_index = self.label_indices(y)
        if len(y_index) != X.shape[0]:
            raise InvalidParameterError(f"X has {X.shape[0]} rows but y has {len(y_index)} labels.")
        return cost_and_accuracy(self._logits_with(parameters, X), y_index)

    def label_indices(self, y) -> np.ndarray:
        """Labels → their positions in ``classes_``; refuses labels the model does not know."""
        self._check_fitted()
        y = np.asarray(y)
        index = np.searchsorted(self.classes_, y)
        index = np.clip(index, 0, len(self.classes_) - 1)
        if len(y) and not np.all(self.classes_[index] == y):
            unknown = sorted({str(v) for v in y[self.classes_[index] != y]})[:3]
            raise InvalidParameterError(f"Labels the model does not know: {', '.join(unknown)}.")
        return index

    def _fitted_parameters(self) -> dict[str, np.ndarray]:  # pragma: no cover - abstract
        raise NotImplementedError

    def _assign_parameters(self, parameters: dict[str, np.ndarray]) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def _logits_with(self, parameters: dict, X: np.ndarray) -> np.ndarray:  # pragma: no cover - abstract
        """The output logits for features X: (m,) for one sigmoid output, (m, k) for a softmax."""
        raise NotImplementedError

    def _judge_divergence(self, run_costs: list[float], overflowed: bool, learning_rate: float) -> None:
        """Sets ``diverged_`` (numbers overflowed, or the cost rose over the run) and warns in words."""
        rose = len(run_costs) >= 2 and run_costs[-1] > run_costs[0]
        self.diverged_ = overflowed or rose
        if self.diverged_:
            warnings.warn(
                f"Training diverged: the cost {'overflowed' if overflowed else 'rose instead of falling'}. "
                f"The learning rate {learning_rate:g} is too large; try a smaller one.",
                TrainingDivergedWarning,
                stacklevel=4,
            )

    # ------------------------------------------------------------- prediction
    def predict_proba(self, X) -> np.ndarray:  # pragma: no cover - abstract
        raise NotImplementedError

    def predict(self, X) -> np.ndarray:
        """The most probable class label for each row of ``X``."""
        proba = self.predict_proba(X)
        return self.classes_[np.argmax(proba, axis=1)]

    def score(self, X, y) -> float:
        """Accuracy: the fraction of rows of ``X`` whose predicted label equals ``y``."""
        y = np.asarray(y)
        predicted = self.predict(X)
        if len(y) != len(predicted):
            raise InvalidParameterError(f"X has {len(predicted)} rows but y has {len(y)} labels.")
        return float(np.mean(predicted == y))

    # ------------------------------------------------------------------ state
    def get_state(self) -> dict:
        """The fitted parameters as arrays and scalars (for model files), without classes and costs."""
        raise NotImplementedError  # pragma: no cover - abstract

    def set_state(self, state: dict, classes, costs) -> "Classifier":
        """Restores what :meth:`get_state` returned, with ``classes_`` and ``costs_``."""
        raise NotImplementedError  # pragma: no cover - abstract

    # ----------------------------------------------------------------- checks
    @property
    def is_fitted(self) -> bool:
        return hasattr(self, "classes_")

    def _check_fitted(self) -> None:
        if not self.is_fitted:
            raise NotFittedError(
                f"This {type(self).__name__} is not trained yet: call fit() before using it to predict."
            )

    def _check_features(self, X, dtype) -> np.ndarray:
        self._check_fitted()
        X = as_feature_matrix(X, dtype)
        if X.shape[1] != self.n_features_in_:
            raise InvalidParameterError(
                f"X has {X.shape[1]} features, but the model was trained on {self.n_features_in_}."
            )
        return X

    def _encode_labels(self, y, m: int, warm: bool) -> np.ndarray:
        """Sets ``classes_`` (sorted, as scikit-learn does) and returns y as class indices."""
        y = np.asarray(y)
        if y.ndim != 1:
            raise InvalidParameterError(f"y must be a 1-D array of labels, not shape {y.shape}.")
        if len(y) != m:
            raise InvalidParameterError(f"X has {m} rows but y has {len(y)} labels.")
        classes, y_index = np.unique(y, return_inverse=True)
        if len(classes) < 2:
            raise InvalidParameterError(
                f"Training needs at least two classes, but y only has {len(classes)}."
            )
        if warm:
            if len(classes) != len(self.classes_) or not np.all(classes == self.classes_):
                raise InvalidParameterError(
                    "Cannot continue training: the labels differ from those the model was trained on."
                )
        else:
            self.classes_ = classes
        return y_index


def as_feature_matrix(X, dtype) -> np.ndarray:
    """X as a C-contiguous 2-D array of ``dtype``, refusing NaN, inf and empty input.

    No copy is made when X already has the right dtype and layout, so a float32
    matrix prepared by the caller is used in place.
    """
    X = np.asarray(X)
    if X.ndim != 2:
        raise InvalidParameterError(f"X must be a 2-D array (samples × features), not shape {X.shape}.")
    if X.shape[0] == 0 or X.shape[1] == 0:
        raise InvalidParameterError(f"X is empty (shape {X.shape}).")
    if not (np.issubdtype(X.dtype, np.number) or X.dtype == bool):
        raise InvalidParameterError(f"X must be numeric, not {X.dtype}.")
    X = np.ascontiguousarray(X, dtype=dtype)
    if np.issubdtype(X.dtype, np.floating) and not np.isfinite(X).all():
        raise InvalidParameterError("X contains NaN or infinite values.")
    return X


def check_positive_int(name: str, value, minimum: int = 1) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        else:
            raise InvalidParameterError(f"{name} must be a whole number, not {value!r}.")
    if value < minimum:
        raise InvalidParameterError(f"{name} must be at least {minimum}, not {value}.")
    return int(value)


def check_dtype(value) -> np.dtype:
    dtype = np.dtype(value)
    if dtype not in (np.float32, np.float64):
        raise InvalidParameterError(f"dtype must be float32 or float64, not {value!r}.")
    return dtype


def cost_and_accuracy(z: np.ndarray, y_index: np.ndarray) -> tuple[float, float]:
    """Cross-entropy and accuracy of logits z — (m,) for one sigmoid output, (m, k) for a softmax."""
    if z.ndim == 1:
        cost = binary_cross_entropy(z, y_index.astype(z.dtype))
        # σ(z) > 0.5 exactly when z > 0
        return cost, float(np.mean((z > 0) == (y_index == 1)))
    onehot = np.zeros(z.shape, dtype=z.dtype)
    onehot[np.arange(len(y_index)), y_index] = 1
    return categorical_cross_entropy(z, onehot), float(np.mean(np.argmax(z, axis=1) == y_index))
