"""What a lesson keeps of a finished run: its settings, its curves at the recorded points, its scores and how it ended.

A :class:`~lrgui.session.trainer.TrainingResult` holds a whole model; the
runs of a comparison that were not kept are remembered by their
:class:`RunRecord` alone, which is what the comparison table and the curves
show. A record reads like a result (``final_cost``, ``final_test_cost``,
``diverged``, ``series``…), so the views and :func:`~lrgui.session.experiment.choose_best`
take either. Its JSON is the run's ``curves`` in a lesson file (the names of
``lrgui train --json``); a value that is not a finite number is written
``null``, and a record made from a result holds it as ``None`` too, so a record
saved and read back is equal to the one saved.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from lrgui.data.schema import check_run_curves
from lrgui.session.advice import Instability
from lrgui.session.settings import TrainingSettings

Curve = tuple[tuple[int, float | None], ...]
#: the recorded series a record keeps, by their JSON names, and the names of a result's series
SERIES = {"costs": "train_cost", "test_costs": "test_cost", "train_accuracies": "train_accuracy",
          "test_accuracies": "test_accuracy"}


def _finite(value) -> float | None:
    return float(value) if value is not None and math.isfinite(value) else None


def _curve(points) -> Curve:
    return tuple((int(i), _finite(v)) for i, v in points)


@dataclass(frozen=True)
class RunRecord:
    """One finished run as the comparison shows it and a lesson keeps it."""

    settings: TrainingSettings
    costs: Curve = ()
    test_costs: Curve = ()
    train_accuracies: Curve = ()
    test_accuracies: Curve = ()
    train_accuracy: float | None = None
    test_accuracy: float | None = None
    iterations: int = 0
    diverged: bool = False
    stopped_early: bool = False
    #: the largest rise of the cost the run met, when it made the run unstable (a factor written null: infinite)
    unstable: Instability | None = None

    @classmethod
    def of(cls, result) -> "RunRecord":
        """The record of a :class:`~lrgui.session.trainer.TrainingResult` (a record is its own)."""
        if isinstance(result, RunRecord):
            return result
        unstable = result.unstable
        factor = None if unstable is None else float(unstable.factor)
        return cls(
            result.settings, _curve(result.costs), _curve(result.series("test_cost")),
            _curve(result.series("train_accuracy")), _curve(result.series("test_accuracy")),
            _finite(result.train_accuracy), _finite(result.test_accuracy), int(result.iterations),
            bool(result.diverged), bool(result.stopped_early),
            None if unstable is None else Instability(int(unstable.iteration),
                                                      factor if math.isfinite(factor) else math.inf))

    @classmethod
    def from_json(cls, settings: TrainingSettings, curves) -> "RunRecord":
        """The record of a lesson's run: its settings and its ``curves``, checked (a SchemaError names the problem)."""
        checked = check_run_curves(curves)
        unstable = checked.get("unstable")
        return cls(
            settings, *(tuple((i, v) for i, v in checked.get(name) or ()) for name in SERIES),
            checked.get("train_accuracy"), checked.get("test_accuracy"), checked.get("iterations") or 0,
            bool(checked.get("diverged")), bool(checked.get("stopped_early")),
            None if unstable is None else Instability(unstable["iteration"],
                                                      math.inf if unstable.get("factor") is None else unstable["factor"]))

    def to_json(self) -> dict:
        """The run's ``curves`` in a lesson file."""
        return {
            **{name: [[i, v] for i, v in getattr(self, name)] for name in SERIES},
            "train_accuracy": self.train_accuracy, "test_accuracy": self.test_accuracy,
            "iterations": self.iterations, "diverged": self.diverged, "stopped_early": self.stopped_early,
            "unstable": None if self.unstable is None else {"iteration": self.unstable.iteration,
                                                             "factor": _finite(self.unstable.factor)},
        }

    # ------------------------------------------------- read like a TrainingResult
    @property
    def learning_rate(self) -> float | None:
        rate = self.settings.learning_rate
        return None if rate is None else float(rate)

    @property
    def final_cost(self) -> float | None:
        return self.costs[-1][1] if self.costs else None

    @property
    def final_test_cost(self) -> float | None:
        tested = [value for _, value in self.test_costs if value is not None]
        return tested[-1] if tested else None

    def series(self, name: str) -> list[tuple[int, float]]:
        """[(iteration, value)] of train_cost, test_cost, train_accuracy or test_accuracy (the finite values)."""
        key = next(key for key, series in SERIES.items() if series == name)
        return [(i, v) for i, v in getattr(self, key) if v is not None]
