"""The application's state, Qt-free and evented: what every view of the window shows.

One :class:`AppState` holds what the user has and sees: the data loaded (and
the request that made it), the **draft settings** the Train form shows and
edits, the current model with the settings it was trained with, its file and
whether it has unsaved changes, the **displayed point** (which recorded point
of the model's history the views show), the run status, the last run's or
comparison's outcome (runs, the kept one, why, and the advice; a reopened
lesson's runs are :class:`~lrgui.session.run_record.RunRecord` s: their
settings, curves and scores, without models), the exclusions, the Playground (:class:`~lrgui.session.playground.PlaygroundState`: its
data set, points, both panes' settings and trained runs), and the open lesson's
title and notes. A lesson file is this state written down
(:func:`lrgui.session.lesson.lesson_from_state`; :func:`~lrgui.session.lesson.open_lesson_state` and
:func:`~lrgui.session.lesson.apply_lesson_data` put it back);
:meth:`AppState.record` is what it keeps, compared field by field.

Every change is a typed psygnal event carrying its new value
(``state.events.model.connect(callback)``), the pattern of napari's evented
models: views connect to the events they render and send intentions back by
calling the setters; they never reach into each other. ``subscribe(name,
callback)`` is the older spelling of the same connection (the callback may take
no argument). The GUI adapts these callbacks to Qt in one place: psygnal calls
them in the thread that emits, and only the UI thread calls the setters.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Callable

import numpy as np
from psygnal import Signal, SignalGroup

from lrgui.data.trained_model import TrainedModel
from lrgui.session.playground import PlaygroundState
from lrgui.session.run_record import RunRecord
from lrgui.errors import UserError
from lrgui.session.settings import TrainingSettings
from lrgui.session.sources import DataRequest, LoadedData
from lrgui.session.trainer import TrainingResult, resumed_settings
from lrgui.session.wording import join_numbers, localize


class RunStatus(str, enum.Enum):
    """What the app is busy with: one value, so no two views can disagree about it."""

    IDLE = "idle"
    LOADING = "loading"
    TRAINING = "training"
    PAUSED = "paused"
    STOPPING = "stopping"

    @property
    def running(self) -> bool:
        """A training run exists (training, paused or stopping)."""
        return self in (RunStatus.TRAINING, RunStatus.PAUSED, RunStatus.STOPPING)


@dataclass(frozen=True)
class RunOutcome:
    """What a finished run or comparison leaves: its runs, the kept one and why, and the advice to show.

    Decided once, by :func:`lrgui.session.training_session.run_outcome`, for
    every front end; the views only render it.
    """

    #: the runs: trained now (results, with their models) or reopened from a lesson (records, without)
    runs: tuple[TrainingResult | RunRecord, ...] = ()
    kept: TrainingResult | RunRecord | None = None
    chosen_by: str = ""
    reason: str = ""
    #: sentences for the learner: divergence, instability, "a line cannot separate XOR"
    advice: tuple[str, ...] = ()
    #: one line about the run: how many iterations in how long, stopped or not
    note: str = ""

    @property
    def diverged(self) -> bool:
        """The kept model diverged (then every other run did too: a diverged run is kept only then)."""
        return self.kept is not None and self.kept.diverged


def same_model(a: TrainedModel | None, b: TrainedModel | None) -> bool:
    """The same model, value by value: parameters, iterations, costs, classes, history, record and scaling."""
    if a is None or b is None:
        return a is b
    ea, eb = a.estimator, b.estimator
    pa, pb = ea.parameter_snapshot(), eb.parameter_snapshot()
    if type(ea) is not type(eb) or sorted(pa) != sorted(pb) or not all(np.array_equal(pa[k], pb[k]) for k in pa):
        return False
    if (ea.n_iter_, list(ea.costs_), list(map(str, ea.classes_)), ea.get_params()) != \
            (eb.n_iter_, list(eb.costs_), list(map(str, eb.classes_)), eb.get_params()):
        return False
    if (a.image_format, a.info, a.scaler.kind) != (b.image_format, b.info, b.scaler.kind):
        return False
    ha, hb = a.history, b.history
    if (ha is None) != (hb is None):
        return False
    return ha is None or (np.array_equal(ha.iterations, hb.iterations) and all(
        np.array_equal(ha.parameters[k], hb.parameters[k]) for k in ha.parameters) and
        np.array_equal(ha.train_cost, hb.train_cost))


@dataclass(frozen=True, eq=False)
class StateRecord:
    """What a lesson file keeps of the state, compared field by field (:meth:`AppState.record`)."""

    request: DataRequest | None
    exclusions: tuple[str, ...]
    draft: TrainingSettings | None
    compare_rates: str
    model: TrainedModel | None
    model_settings: TrainingSettings | None
    selected_point: int | None
    lesson_title: str
    lesson_notes: str
    playground: PlaygroundState | None
    #: the last run's or comparison's runs (settings, curves, scores, diverged or not), the kept one and why
    runs: tuple[RunRecord, ...] = ()
    kept_run: int | None = None
    kept_reason: str = ""

    def differences(self, other: "StateRecord") -> list[str]:
        """The names of the fields that differ."""
        return [f.name for f in fields(self) if not (
            same_model(self.model, other.model) if f.name == "model" else
            getattr(self, f.name) == getattr(other, f.name))]

    def __eq__(self, other) -> bool:
        return isinstance(other, StateRecord) and not self.differences(other)

    __hash__ = None


class StateEvents(SignalGroup):
    """The state's changes, each with its new value."""

    data = Signal(object)  # LoadedData | None
    draft = Signal(object)  # TrainingSettings | None
    compare_rates = Signal(str)
    model = Signal(object)  # TrainedModel | None
    file = Signal(object, bool)  # the model's path (or None), unsaved
    selected_point = Signal(object)  # index of the displayed recorded point, None for the last
    status = Signal(object)  # RunStatus
    runs = Signal(object)  # RunOutcome
    exclusions = Signal(tuple)
    lesson = Signal(str, str)  # title, notes
    playground = Signal(object)  # PlaygroundState | None
    #: an intention, not a value kept: draw over this picture (a PIL image), sent by a view, done by the Draw tab
    draw_over = Signal(object)


#: The older names of the events (``training`` is the run status).
CHANGES = ("data", "draft", "compare_rates", "model", "file", "selected_point", "status", "training", "runs",
           "exclusions", "lesson", "playground")
_ALIASES = {"training": "status"}


class AppState:
    """What the user has and sees. Setters emit the event of what changed, with its value."""

    def __init__(self):
        self.events = StateEvents()
        self.loaded: LoadedData | None = None
        self.draft: TrainingSettings | None = None
        self.compare_rates = join_numbers([localize(rate) for rate in ("0.01", "0.001", "0.0001")])
        self.model: TrainedModel | None = None
        self.model_settings: TrainingSettings | None = None
        self.model_path: Path | None = None
        self.unsaved = False
        self.outcome = RunOutcome()
        self.status = RunStatus.IDLE
        self._loading = False
        #: the recorded point of the model's history shown by the views (None: the last)
        self.selected_point: int | None = None
        #: image files the user left out of training (paths as the data name them), in the order excluded
        self.exclusions: tuple[str, ...] = ()
        self.lesson_title = ""
        self.lesson_notes = ""
        #: the Playground as shown (None until its tab has drawn its first points)
        self.playground: PlaygroundState | None = None
        #: the open lesson's runs, trained together by Train while the draft is one of them (empty: none)
        self.lesson_runs: tuple[TrainingSettings, ...] = ()
        self._lesson_source = None

    # ---------------------------------------------------------- notifications
    def subscribe(self, change: str, callback: Callable) -> None:
        """Calls ``callback`` on that change (with the event's values if it takes them)."""
        if change not in CHANGES:
            raise ValueError(f"unknown change {change!r}; one of {CHANGES}")
        getattr(self.events, _ALIASES.get(change, change)).connect(callback)

    def unsubscribe(self, change: str, callback: Callable) -> None:
        getattr(self.events, _ALIASES.get(change, change)).disconnect(callback, missing_ok=True)

    # ------------------------------------------------------------------ data
    @property
    def data(self):
        return None if self.loaded is None else self.loaded.data

    @property
    def request(self) -> DataRequest | None:
        return None if self.loaded is None else self.loaded.request

    def set_data(self, loaded: LoadedData | None) -> None:
        if self.lesson_runs and loaded is not None and _source_of(loaded) != self._lesson_source:
            self.lesson_runs = ()  # other data (not a reload of the lesson's): the lesson's runs were for its own
        self.loaded = loaded
        self.events.data.emit(loaded)

    # ----------------------------------------------------------- the draft
    def set_draft(self, settings: TrainingSettings | None) -> None:
        """The settings the next run will use (the Train form shows them and edits them)."""
        if settings != self.draft:
            self.draft = None if settings is None else replace(settings)
            self.events.draft.emit(self.draft)

    def set_compare_rates(self, text: str) -> None:
        if text != self.compare_rates:
            self.compare_rates = text
            self.events.compare_rates.emit(text)

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
            self.events.exclusions.emit(paths)

    # ----------------------------------------------------------------- model
    def set_model(self, model: TrainedModel | None, *, path: Path | None = None, unsaved: bool = False,
                  settings: TrainingSettings | None = None) -> None:
        """A new current model (trained, opened or none): its settings come from its own record.

        The draft becomes the model's settings, so that Continue goes on as it was trained (after a
        comparison: at the kept run's learning rate).
        """
        self.model = model
        self.model_settings = settings or (resumed_settings(model) if model is not None else None)
        self.model_path = None if path is None else Path(path)
        self.unsaved = unsaved
        self.selected_point = None
        if self.model_settings is not None:
            self.set_draft(self.model_settings)
        self.events.model.emit(model)
        self.events.file.emit(self.model_path, self.unsaved)
        self.events.selected_point.emit(None)

    def mark_saved(self, path: Path) -> None:
        self.model_path = Path(path)
        self.unsaved = False
        self.events.file.emit(self.model_path, False)

    def set_outcome(self, outcome: RunOutcome) -> None:
        self.outcome = outcome
        self.events.runs.emit(outcome)

    # the comparison's runs, as the lesson file and older code name them
    @property
    def runs(self) -> list[TrainingResult]:
        return list(self.outcome.runs)

    @property
    def best_run(self) -> TrainingResult | None:
        return self.outcome.kept

    @property
    def best_reason(self) -> str:
        return self.outcome.reason

    def set_runs(self, runs: list[TrainingResult], best: TrainingResult | None, reason: str = "") -> None:
        self.set_outcome(RunOutcome(tuple(runs), best, reason=reason))

    # ---------------------------------------------------------------- status
    @property
    def training(self) -> bool:
        return self.status.running

    def set_status(self, status: RunStatus) -> None:
        status = RunStatus(status)
        if status is RunStatus.IDLE and self._loading:
            status = RunStatus.LOADING
        if status != self.status:
            self.status = status
            self.events.status.emit(status)

    def set_training(self, training: bool) -> None:
        self.set_status(RunStatus.TRAINING if training else RunStatus.IDLE)

    def set_loading(self, loading: bool) -> None:
        """Data are being loaded (shown as the status while no run is going)."""
        self._loading = bool(loading)
        if not self.status.running:
            self.set_status(RunStatus.LOADING if loading else RunStatus.IDLE)

    # -------------------------------------------------------- displayed point
    def select_point(self, index: int | None) -> None:
        if index != self.selected_point:
            self.selected_point = index
            self.events.selected_point.emit(index)

    def displayed_parameters(self) -> dict | None:
        """The parameters every view shows: the model's at the displayed recorded point (else its own)."""
        model = self.model
        if model is None:
            return None
        history = model.history
        if self.selected_point is not None and history is not None and 0 <= self.selected_point < len(history):
            return history.snapshot(self.selected_point)
        return model.estimator.parameter_snapshot()

    # ---------------------------------------------------------------- lesson
    def set_lesson(self, title: str, notes: str) -> None:
        if (title, notes) != (self.lesson_title, self.lesson_notes):
            self.lesson_title, self.lesson_notes = title, notes
            self.events.lesson.emit(title, notes)

    # ------------------------------------------------------------ playground
    def set_playground(self, playground: PlaygroundState | None) -> None:
        """The Playground's set, points, panes' settings and trained runs (its tab renders them)."""
        if playground is not self.playground:
            self.playground = playground
            self.events.playground.emit(playground)

    def record(self) -> StateRecord:
        """What a lesson file keeps of this state (the data as requested, without the images themselves)."""
        request = self.request
        outcome = self.outcome
        kept = next((i for i, run in enumerate(outcome.runs) if run is outcome.kept), None)
        return StateRecord(
            None if request is None else replace(request, excluded=()), self.exclusions, self.draft,
            self.compare_rates, self.model, self.model_settings, self.selected_point, self.lesson_title,
            self.lesson_notes, self.playground, tuple(RunRecord.of(run) for run in outcome.runs), kept,
            outcome.reason)
    def set_lesson_runs(self, runs) -> None:
        """The lesson's runs (settings), which Train trains together while the draft is one of them."""
        self.lesson_runs = tuple(_filled(run) for run in runs)
        self._lesson_source = _source_of(self.loaded)  # the lesson's data: reloading them keeps its runs

    def runs_for_train(self) -> list[TrainingSettings]:
        """What Train trains: the lesson's runs while the draft is one of them, else the draft alone."""
        draft = self.draft
        if draft is not None and len(self.lesson_runs) > 1 and _filled(draft) in self.lesson_runs:
            return list(self.lesson_runs)
        return [] if draft is None else [draft]

    def request_drawing(self, image) -> None:
        """Asks for ``image`` (a PIL image) on the drawing canvas: a view offers it, the Draw tab takes it."""
        self.events.draw_over.emit(image)

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


def _source_of(loaded: LoadedData | None):
    """Where data came from (kind and folders), not how they were split or which files were left out."""
    request = None if loaded is None else loaded.request
    return None if request is None else (request.kind, request.name, tuple(request.paths))


def _filled(settings: TrainingSettings) -> TrainingSettings | None:
    """A copy with the model's defaults filled in (as a form leaves them unset), to compare; None if refused."""
    try:
        return replace(settings).validate()
    except UserError:
        return None
