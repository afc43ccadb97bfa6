"""The history of a training run: what the model was at every recorded point.

Built by the session layer's trainer, saved in model files (``history.*``
tensors) and replayed by the views. Plain NumPy arrays, no Qt, no files.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

#: At most this many snapshots are kept per run (evenly thinned, first and last always kept).
MAX_SNAPSHOTS = 200


@dataclass
class RunHistory:
    """T recorded points of one run.

    ``iterations`` (T,) int64: the iteration (or epoch) count at each point —
    the parameters are those *after* that many updates, the last entry equals
    the model's final parameters exactly. ``parameters`` maps each estimator
    parameter name (``coef``, ``intercept``; ``W1``, ``b1``, ``W2``, ``b2``) to
    an array with a leading axis of length T. ``train_cost`` (T,) is the
    training cost the estimator recorded (with its penalty);
    ``test_cost``, ``train_accuracy`` and ``test_accuracy`` are (T,) arrays, or
    None when not measured (no test set).
    """

    iterations: np.ndarray
    parameters: dict[str, np.ndarray]
    train_cost: np.ndarray
    test_cost: np.ndarray | None = None
    train_accuracy: np.ndarray | None = None
    test_accuracy: np.ndarray | None = None
    extra: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.iterations = np.asarray(self.iterations, dtype=np.int64).reshape(-1)
        self.train_cost = np.asarray(self.train_cost, dtype=np.float64).reshape(-1)
        n = len(self.iterations)
        for name in ("test_cost", "train_accuracy", "test_accuracy"):
            value = getattr(self, name)
            if value is not None:
                value = np.asarray(value, dtype=np.float64).reshape(-1)
                if len(value) != n:
                    raise ValueError(f"history {name} has {len(value)} entries, not {n}")
                setattr(self, name, value)
        if len(self.train_cost) != n:
            raise ValueError(f"history train_cost has {len(self.train_cost)} entries, not {n}")
        for name, array in self.parameters.items():
            if np.shape(array)[:1] != (n,):
                raise ValueError(f"history parameter {name} has a leading axis of {np.shape(array)[:1]}, not {n}")

    def __len__(self) -> int:
        return len(self.iterations)

    def snapshot(self, index: int) -> dict[str, np.ndarray]:
        """The parameters at recorded point ``index``."""
        return {name: array[index] for name, array in self.parameters.items()}

    def index_of(self, iteration: int) -> int:
        """The recorded point at or just before ``iteration``."""
        position = int(np.searchsorted(self.iterations, iteration, side="right")) - 1
        return max(0, min(position, len(self) - 1))

    def arrays(self) -> dict[str, np.ndarray]:
        """Flat name → array (the model file's ``history.*`` tensors, without the prefix)."""
        out = {"iterations": self.iterations, "train_cost": self.train_cost}
        for name in ("test_cost", "train_accuracy", "test_accuracy"):
            value = getattr(self, name)
            if value is not None:
                out[name] = value
        for name, array in self.parameters.items():
            out[name] = np.asarray(array)
        return out

    @classmethod
    def from_arrays(cls, arrays: dict[str, np.ndarray], parameter_names) -> "RunHistory":
        """The inverse of :meth:`arrays`; raises ValueError (or KeyError) when a piece is missing or inconsistent."""
        return cls(
            iterations=arrays["iterations"],
            parameters={name: arrays[name] for name in parameter_names},
            train_cost=arrays["train_cost"],
            test_cost=arrays.get("test_cost"),
            train_accuracy=arrays.get("train_accuracy"),
            test_accuracy=arrays.get("test_accuracy"),
        )


def thinned_indices(count: int, keep: int = MAX_SNAPSHOTS) -> np.ndarray:
    """``keep`` evenly spread indices of ``range(count)``, always with the first and the last."""
    if count <= keep:
        return np.arange(count)
    return np.unique(np.round(np.linspace(0, count - 1, keep)).astype(np.int64))
