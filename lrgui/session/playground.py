"""The Playground's state, Qt-free: its data set and points, each pane's settings and its trained run.

There is one pane per model kind that declares one (:class:`lrgui.kinds.Playground`):
what a pane keeps is what its kind declares, never a test of the kind's name.

:class:`PlaygroundState` is the part of :class:`~lrgui.session.state.AppState`
the Playground tab renders and a lesson writes down (its ``playground``
record, checked by :func:`lrgui.data.schema.check_playground`).
:meth:`PlaygroundState.to_json` is that record and
:meth:`PlaygroundState.from_json` reads it back; two states are equal when
their records are, so saving and reopening gives back an equal state.
Reading is lenient value by value, as the panes always were: a value that
does not fit falls back to the set's own (a lesson file's record has been
checked against the schema before it gets here).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from lrgui.data.toy import MAX_NOISE, MAX_POINTS, MIN_POINTS, TOY_SETS
from lrgui.errors import UserError
from lrgui.kinds import kind_named, playground_kinds
from lrgui.session.settings import TrainingSettings

#: A lesson keeps at most this many of a pane's snapshots (evenly thinned, the last kept).
LESSON_SNAPSHOTS = 200


def _number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


@dataclass(frozen=True, eq=False)
class TrainedPane:
    """A pane's finished run as shown and kept: its history of parameters (thinned), accuracy, costs and advice."""

    history: tuple  # ((iteration, {name: array}), ...), the last point the model itself
    accuracy: float
    iteration: int
    costs: tuple = ()  # ((iteration, cost), ...)
    advice: str = ""
    activation: str | None = None

    @classmethod
    def of_run(cls, history: list[tuple[int, dict]], accuracy: float, iteration: int, costs, advice: str,
               activation: str | None) -> "TrainedPane":
        """A run's record, its history thinned to :data:`LESSON_SNAPSHOTS` points (the last kept)."""
        step = max(1, -(-len(history) // LESSON_SNAPSHOTS))
        kept = [*history[:-1:step], history[-1]]
        return cls(tuple((int(i), {k: np.asarray(v, dtype=np.float64) for k, v in p.items()}) for i, p in kept),
                   float(accuracy), int(iteration), tuple((int(i), float(c)) for i, c in costs), advice, activation)

    def to_json(self) -> dict:
        return {
            "activation": self.activation,
            "history": [[int(i), {k: np.asarray(v, dtype=np.float64).tolist() for k, v in params.items()}]
                        for i, params in self.history],
            "accuracy": float(self.accuracy), "iteration": int(self.iteration),
            "costs": [[int(i), float(c)] for i, c in self.costs],
            "advice": self.advice,
        }

    @classmethod
    def from_json(cls, saved, kind: str) -> "TrainedPane | None":
        """The record of a ``kind`` pane read back; None if it is unusable."""
        try:
            history = tuple((int(i), {str(k): np.asarray(v, dtype=np.float64) for k, v in params.items()})
                            for i, params in saved["history"])
            accuracy, iteration = float(saved["accuracy"]), int(saved["iteration"])
            costs = tuple((int(i), float(c)) for i, c in saved.get("costs", []))
            advice = str(saved.get("advice") or "")
            activation = saved.get("activation")
        except (KeyError, TypeError, ValueError, AttributeError):
            return None
        if not history or not all(np.isfinite(v).all() for _, params in history for v in params.values()):
            return None
        return cls(history, accuracy, iteration, costs, advice, _fitting(kind_named(kind).setting("activation"),
                                                                         activation))

    def __eq__(self, other) -> bool:
        return isinstance(other, TrainedPane) and self.to_json() == other.to_json()

    __hash__ = None


def _fitting(setting, value):
    """``value`` if ``setting`` (None: no such setting, only None fits) accepts it, else None."""
    if setting is None or value is None:
        return None
    try:
        return setting.check(value)
    except UserError:
        return None


@dataclass(frozen=True, eq=False)
class PaneState:
    """One pane's settings (those its kind's Playground declaration lists), its view options (the hidden units'
    lines, the landscape's start, where the kind has them) and its trained run, if any.

    The settings read as attributes (``pane.learning_rate``, ``pane.hidden``).
    """

    kind: str
    #: ((setting name, value), ...), in the order of the kind's Playground settings
    values: tuple = ()
    show_hidden_lines: bool = False
    #: the line's start (w₁, w₂, b), chosen on the landscape; None: zeros
    start: tuple[float, float, float] | None = None
    trained: TrainedPane | None = None

    def __getattr__(self, name: str):
        # only reached for names that are not fields: the pane's settings
        if name.startswith("__"):
            raise AttributeError(name)
        for key, value in object.__getattribute__(self, "values"):
            if key == name:
                return value
        raise AttributeError(f"a {self.kind} pane has no setting {name!r}")

    @property
    def settings(self) -> dict:
        return dict(self.values)

    @classmethod
    def defaults(cls, kind: str, toy: str) -> "PaneState":
        """The toy set's recommended settings for this pane's model."""
        settings = TrainingSettings(model=kind).with_preset(TOY_SETS[toy].settings).validate()
        return cls(kind, tuple((s.name, settings.get(s.name)) for s in kind_named(kind).playground.settings))

    def with_values(self, **changes) -> "PaneState":
        """A copy with these settings (by name) or view options changed."""
        own = {"show_hidden_lines", "start", "trained"}
        settings = {**self.settings, **{k: v for k, v in changes.items() if k not in own}}
        return PaneState(self.kind, tuple(settings.items()), **{
            "show_hidden_lines": self.show_hidden_lines, "start": self.start, "trained": self.trained,
            **{k: v for k, v in changes.items() if k in own}})

    def to_json(self) -> dict:
        kind = kind_named(self.kind)
        values = {name: value for name, value in self.values}
        if kind.playground.hidden_lines:
            values["show_hidden_lines"] = bool(self.show_hidden_lines)
        if kind.has_landscape and self.start is not None:
            values["start"] = [float(v) for v in self.start]
        if self.trained is not None:
            values["trained"] = self.trained.to_json()
        return values

    def read(self, values: dict) -> "PaneState":
        """These settings with a lesson record's values laid over them (a value that does not fit is ignored)."""
        if not isinstance(values, dict):
            return self
        kind = kind_named(self.kind)
        settings = self.settings
        for setting in kind.playground.settings:
            value = _fitting(setting, values.get(setting.name))
            if value is not None:
                settings[setting.name] = value
        show_hidden_lines = self.show_hidden_lines
        if kind.playground.hidden_lines and isinstance(values.get("show_hidden_lines"), bool):
            show_hidden_lines = values["show_hidden_lines"]
        start = None  # a start of three finite numbers, else zeros
        given = values.get("start")
        if kind.has_landscape and isinstance(given, list) and len(given) == 3 and all(_number(v) for v in given):
            start = tuple(float(v) for v in given)
        trained = TrainedPane.from_json(values["trained"], self.kind) if isinstance(values.get("trained"), dict) \
            else None
        return PaneState(self.kind, tuple(settings.items()), show_hidden_lines, start, trained)

    def __eq__(self, other) -> bool:
        return isinstance(other, PaneState) and (self.kind, self.to_json()) == (other.kind, other.to_json())

    __hash__ = None


@dataclass(frozen=True, eq=False)
class PlaygroundState:
    """The Playground: its data set and numbers, its points (clicked ones included) and both panes."""

    set: str = "xor"
    points: int = TOY_SETS["xor"].points
    noise: float = TOY_SETS["xor"].noise
    seed: int = 0
    #: the points (m × 2) and their classes (0 or 1); None: the set's own draw from (set, points, noise, seed)
    x: np.ndarray | None = None
    labels: np.ndarray | None = None
    panes: dict = field(default_factory=dict)  # kind → PaneState, for each kind with a Playground pane

    @classmethod
    def of_set(cls, name: str, seed: int = 0) -> "PlaygroundState":
        """A set with its own point count, noise and recommended settings; its points not drawn yet."""
        toy = TOY_SETS[name]
        return cls(name, toy.points, toy.noise, seed, None, None,
                   {kind: PaneState.defaults(kind, name) for kind in playground_kinds()})

    def pane(self, kind: str) -> PaneState:
        return self.panes.get(kind) or PaneState.defaults(kind, self.set)

    def to_json(self) -> dict:
        record = {"set": self.set, "points": int(self.points), "noise": float(self.noise), "seed": int(self.seed)}
        if self.x is not None:
            record["x"] = [[float(a), float(b)] for a, b in self.x]
            record["labels"] = [int(v) for v in self.labels]
        record["panes"] = {kind: self.pane(kind).to_json() for kind in playground_kinds()}
        return record

    @classmethod
    def from_json(cls, record: dict) -> "PlaygroundState":
        """A lesson's record read back over the set's own defaults (values that do not fit are ignored)."""
        record = record if isinstance(record, dict) else {}
        name = record.get("set") if record.get("set") in TOY_SETS else "xor"
        state = cls.of_set(name)
        points, noise, seed = state.points, state.noise, state.seed
        if type(record.get("points")) is int and MIN_POINTS <= record["points"] <= MAX_POINTS:
            points = record["points"]
        if _number(record.get("noise")) and 0 <= record["noise"] <= MAX_NOISE:
            noise = float(record["noise"])
        if type(record.get("seed")) is int and 0 <= record["seed"] < 2**31:
            seed = record["seed"]
        x = labels = None
        given_x, given_labels = record.get("x"), record.get("labels")
        if isinstance(given_x, list) and isinstance(given_labels, list) and len(given_x) == len(given_labels) \
                and given_x:
            try:
                candidate = np.asarray(given_x, dtype=np.float32).reshape(-1, 2)
                classes = np.asarray(given_labels, dtype=int)
            except (TypeError, ValueError):
                candidate = classes = None
            if candidate is not None and np.isfinite(candidate).all() and np.isin(classes, (0, 1)).all():
                x, labels = candidate, classes
        given_panes = record.get("panes") if isinstance(record.get("panes"), dict) else {}
        panes = {kind: state.pane(kind).read(given_panes.get(kind) or {}) for kind in playground_kinds()}
        return cls(name, points, noise, seed, x, labels, panes)

    def __eq__(self, other) -> bool:
        return isinstance(other, PlaygroundState) and self.to_json() == other.to_json()

    __hash__ = None
