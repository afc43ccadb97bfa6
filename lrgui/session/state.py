"""The application's state, Qt-free and observable: what every view of the window shows.

One :class:`AppState` holds the data loaded (and the request that made it),
the current model with the settings it was trained with, its file and whether
it has unsaved changes, and the runs of the current experiment. Views
subscribe to the named changes (plain callbacks, as napari's evented models
do) and redraw; they never reach into each other. The GUI adapts these
callbacks to Qt in one place.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Callable

from lrgui.data.trained_model import TrainedModel
from lrgui.session.settings import TrainingSettings
from lrgui.session.sources import DataRequest, LoadedData
from lrgui.session.trainer import TrainingResult, resumed_settings

#: The changes a view can subscribe to.
CHANGES = ("data", "model", "file", "runs", "training", "selected_point", "exclusions")


class AppState:
    """What the user has: data, model, file, runs. Setters notify the subscribers of that change."""

    def __init__(self):
        self._subscribers: dict[str, list[Callable[[], None]]] = defaultdict(list)
        self.loaded: LoadedData | None = None
        self.model: TrainedModel | None = None
        self.model_settings: TrainingSettings | None = None
        self.model_path: Path | None = None
        self.unsaved = False
        self.runs: list[TrainingResult] = []
        self.best_run: TrainingResult | None = None
        self.best_reason = ""
        self.training = False
        #: the recorded point of the model's history shown by the views (None: the last)
        self.selected_point: int | None = None
        #: image files the user left out of training (paths as the data name them), in the order excluded
        self.exclusions: tuple[str, ...] = ()

    # ---------------------------------------------------------- notifications
    def subscribe(self, change: str, callback: Callable[[], None]) -> None:
        if change not in CHANGES:
            raise ValueError(f"unknown change {change!r}; one of {CHANGES}")
        self._subscribers[change].append(callback)

    def unsubscribe(self, change: str, callback: Callable[[], None]) -> None:
        if callback in self._subscribers[change]:
            self._subscribers[change].remove(callback)

    def _notify(self, *changes: str) -> None:
        for change in changes:
            for callback in list(self._subscribers[change]):
                callback()

    # ------------------------------------------------------------------ data
    @property
    def data(self):
        return None if self.loaded is None else self.loaded.data

    @property
    def request(self) -> DataRequest | None:
        return None if self.loaded is None else self.loaded.request

    def set_data(self, loaded: LoadedData | None) -> None:
        self.loaded = loaded
        self._notify("data")

    # ------------------------------------------------------------ exclusions
    def exclude(self, paths) -> None:
        """Leaves these image files out of training from the next load on."""
        added = tuple(str(p) for p in paths if str(p) not in self.exclusions)
        if added:
            self.set_exclusions(self.exclusions + added)

    def include_again(self, paths) -> None:
        removed = {str(p) for p in paths}
        self.set_exclusions(tuple(p for p in self.exclusions if p not in removed))

    def set_exclusions(self, paths) -> None:
        paths = tuple(dict.fromkeys(str(p) for p in paths))  # no duplicates, order kept
        if paths != self.exclusions:
            self.exclusions = paths
            self._notify("exclusions")

    # ----------------------------------------------------------------- model
    def set_model(self, model: TrainedModel | None, *, path: Path | None = None, unsaved: bool = False,
                  settings: TrainingSettings | None = None) -> None:
        """A new current model (trained, opened or none): its settings come from its own record."""
        self.model = model
        self.model_settings = settings or (resumed_settings(model) if model is not None else None)
        self.model_path = path
        self.unsaved = unsaved
        self.selected_point = None
        self._notify("model", "file", "selected_point")

    def mark_saved(self, path: Path) -> None:
        self.model_path = Path(path)
        self.unsaved = False
        self._notify("file")

    def set_runs(self, runs: list[TrainingResult], best: TrainingResult | None, reason: str = "") -> None:
        self.runs = list(runs)
        self.best_run = best
        self.best_reason = reason
        self._notify("runs")

    def set_training(self, training: bool) -> None:
        if training != self.training:
            self.training = training
            self._notify("training")

    def select_point(self, index: int | None) -> None:
        if index != self.selected_point:
            self.selected_point = index
            self._notify("selected_point")

    # ------------------------------------------------------------- questions
    def can_continue(self) -> bool:
        """A model exists and the data loaded now are the kind it was trained on."""
        if self.model is None or self.data is None:
            return False
        train = self.data.train
        return (
            getattr(self.model.estimator, "n_features_in_", None) == train.n_features
            and sorted(self.model.classes) == sorted(train.classes)
            and self.model.image_format == train.image_format
        )
