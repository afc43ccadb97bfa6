"""One schema per kind of record lrgui reads from a file, and the checks the training settings share.

A record is a JSON object: each key has a :class:`Field` saying its type
and bounds. Types are exact: a number written as text ("0.1"), a boolean
written as text ("yes") or as a number is refused, never coerced, so a file
means the same thing to every reader. Every refusal is one sentence
(:class:`SchemaError`, a UserError).

* the training settings, as lessons and model files keep them, are checked
  by the settings the model kinds declare (:func:`check_settings`, calling
  :func:`lrgui.kinds.settings.check_settings_record`): the app, the command
  line and files agree.
* :data:`MODEL_INFO_FIELDS` — the ``info`` record of a model file.
* :data:`PLAYGROUND_FIELDS` — the playground's state, as a lesson keeps it.
* :data:`RUN_CURVES_FIELDS` — a lesson's run: its curves, scores and how it ended.
"""

from __future__ import annotations

import numpy as np

from lrgui.data.toy import MAX_NOISE, MAX_POINTS, MIN_POINTS, TOY_SETS
from lrgui.i18n import QT_TRANSLATE_NOOP, translate
from lrgui.kinds import kind_named, playground_kinds
from lrgui.kinds.fields import Field, SchemaError, check_record, shown

# ---------------------------------------------------------------- the upper limits (docs/limits.md)
#: the settings' limits are the kinds' (lrgui.kinds): re-exported for the readers of files
from lrgui.kinds.checks import MAX_RATE  # noqa: E402,F401
from lrgui.kinds.mlp import ACTIVATIONS, MAX_BATCH_SIZE, MAX_BATCHES, MAX_HIDDEN  # noqa: E402,F401
from lrgui.kinds.settings import LEARNING_RATE, MAX_EPOCHS, MAX_SEED, check_settings_record  # noqa: E402,F401

# ---------------------------------------------------------------- the records
_ACCURACY = Field("number", QT_TRANSLATE_NOOP("Schema", "An accuracy"), 0, 1)
_COUNT = Field("int", QT_TRANSLATE_NOOP("Schema", "A count"), 0, 2**62)
MODEL_INFO_FIELDS: dict[str, Field] = {
    "settings": Field("object", QT_TRANSLATE_NOOP("Schema", "The model's settings")),
    "classes": Field("list", QT_TRANSLATE_NOOP("Schema", "The model's class list"), maximum=100_000),
    "n_train": _COUNT,
    "n_test": _COUNT,
    "train_accuracy": Field("number", QT_TRANSLATE_NOOP("Schema", "The training accuracy"), 0, 1),
    "test_accuracy": Field("number", QT_TRANSLATE_NOOP("Schema", "The test accuracy"), 0, 1),
    "diverged": Field("bool", QT_TRANSLATE_NOOP("Schema", "Diverged")),
    "unstable": Field("object", QT_TRANSLATE_NOOP("Schema", "The instability note")),
    "started_at": _COUNT,
}
INSTABILITY_FIELDS: dict[str, Field] = {
    "iteration": Field("int", QT_TRANSLATE_NOOP("Schema", "The unstable iteration"), 0, 2**62, nullable=False),
    "factor": Field("number", QT_TRANSLATE_NOOP("Schema", "The cost's rise"), 0, None),  # null: the cost rose to infinity
}

#: A pane's own entries beside its kind's Playground settings (lrgui.kinds.base.Playground)
_SHOW_HIDDEN_LINES = Field("bool", QT_TRANSLATE_NOOP("Schema", "Show hidden lines"))
_START = Field("list", QT_TRANSLATE_NOOP("Schema", "The line's start chosen on the landscape"), maximum=3)
_TRAINED = Field("object", QT_TRANSLATE_NOOP("Schema", "The trained pane"))
#: A trained pane as a lesson keeps it (its history thinned to at most this many points).
MAX_PANE_SNAPSHOTS = 400
#: a trained pane of a kind without an activation setting has none
_NO_ACTIVATION = Field("choice", QT_TRANSLATE_NOOP("Schema", "The trained pane's activation"))
_TRAINED_FIELDS = {
    "history": Field("list", QT_TRANSLATE_NOOP("Schema", "The trained pane's history"), maximum=MAX_PANE_SNAPSHOTS),
    "accuracy": Field("number", QT_TRANSLATE_NOOP("Schema", "The trained pane's accuracy"), 0, 1, nullable=False),
    "iteration": Field("int", QT_TRANSLATE_NOOP("Schema", "The trained pane's iteration"), 0, 2**62, nullable=False),
    "costs": Field("list", QT_TRANSLATE_NOOP("Schema", "The trained pane's costs"), maximum=1_000_000),
    "advice": Field("text", QT_TRANSLATE_NOOP("Schema", "The trained pane's advice")),
}
_ITERATION = Field("int", QT_TRANSLATE_NOOP("Schema", "A recorded iteration"), 0, 2**62, nullable=False)
_COST = Field("number", QT_TRANSLATE_NOOP("Schema", "A recorded cost"), 0, 1e300, nullable=False)
_WEIGHT = Field("number", QT_TRANSLATE_NOOP("Schema", "A weight"), -1e30, 1e30, nullable=False)
PLAYGROUND_FIELDS: dict[str, Field] = {
    "set": Field("choice", QT_TRANSLATE_NOOP("Schema", "The playground's data set"), choices=tuple(TOY_SETS)),
    "points": Field("int", QT_TRANSLATE_NOOP("Schema", "The playground's number of points"), MIN_POINTS, MAX_POINTS),
    "noise": Field("number", QT_TRANSLATE_NOOP("Schema", "The playground's noise"), 0, MAX_NOISE),
    "seed": Field("int", QT_TRANSLATE_NOOP("Schema", "The playground's seed"), 0, 2**31 - 1),
    "x": Field("list", QT_TRANSLATE_NOOP("Schema", "The playground's points"), maximum=MAX_POINTS),
    "labels": Field("list", QT_TRANSLATE_NOOP("Schema", "The playground's labels"), maximum=MAX_POINTS),
    "panes": Field("object", QT_TRANSLATE_NOOP("Schema", "The playground's panes")),
}
_COORDINATE = Field("number", QT_TRANSLATE_NOOP("Schema", "A point's coordinate"), -1e6, 1e6, nullable=False)
_LABEL = Field("int", QT_TRANSLATE_NOOP("Schema", "A point's label"), 0, 1, nullable=False)


#: A run's curves hold at most this many (iteration, value) points each.
MAX_CURVE_POINTS = 1_000_000
_CURVE = Field("list", QT_TRANSLATE_NOOP("Schema", "A run's curve"), maximum=MAX_CURVE_POINTS)
#: a recorded value: a cost or an accuracy; null where it was not a finite number (a diverged run's cost)
_CURVE_VALUES = {"costs": Field("number", QT_TRANSLATE_NOOP("Schema", "A run's recorded cost"), 0, 1e300),
                 "test_costs": Field("number", QT_TRANSLATE_NOOP("Schema", "A run's recorded test cost"), 0, 1e300),
                 "train_accuracies": _ACCURACY, "test_accuracies": _ACCURACY}
RUN_CURVES_FIELDS: dict[str, Field] = {
    **{name: _CURVE for name in _CURVE_VALUES},
    "train_accuracy": _ACCURACY,
    "test_accuracy": _ACCURACY,
    "iterations": _COUNT,
    "diverged": Field("bool", QT_TRANSLATE_NOOP("Schema", "Diverged")),
    "stopped_early": Field("bool", QT_TRANSLATE_NOOP("Schema", "Stopped early")),
    "unstable": Field("object", QT_TRANSLATE_NOOP("Schema", "The instability note")),
}


def check_run_curves(values) -> dict:
    """A lesson's run as it ended: each curve a list of [iteration, value] (its length checked before a point is
    read), the final scores, the iterations, diverged, stopped early and the instability met."""
    curves = check_record(values, RUN_CURVES_FIELDS, "A run's curves", unknown="drop")
    for name, value_field in _CURVE_VALUES.items():
        points = curves.get(name) or []
        for point in points:
            if not (isinstance(point, list) and len(point) == 2):
                raise SchemaError(translate("Schema", "Each point of a run's curve must be an iteration and a value."))
        curves[name] = [(_ITERATION.check(i), value_field.check(v)) for i, v in points]
    if curves.get("unstable") is not None:
        curves["unstable"] = check_record(curves["unstable"], INSTABILITY_FIELDS, "The instability note")
        if curves["unstable"].get("iteration") is None:
            raise SchemaError(translate("Schema", "The unstable iteration must be given."))
    return curves


def check_settings(values) -> dict:
    """A settings record (as lessons and model files keep it): exact types, every bound."""
    return check_settings_record(values)


def check_model_info(values) -> dict:
    """A model file's ``info``: the entries lrgui reads checked; others (a caller's own notes) kept, never read."""
    info = check_record(values, MODEL_INFO_FIELDS, "The model's info", unknown="keep")
    if info.get("settings") is not None:
        info["settings"] = check_settings(info["settings"])
    if info.get("unstable") is not None:
        info["unstable"] = check_record(info["unstable"], INSTABILITY_FIELDS, "The instability note")
    for name in info.get("classes") or ():
        if not isinstance(name, str):
            raise SchemaError(translate("Schema", "The model's class list must hold texts only."))
    return info


def check_playground(values) -> dict:
    """The playground's state as a lesson keeps it: its set, numbers, points and both panes."""
    state = check_record(values, PLAYGROUND_FIELDS, "The playground")
    x, labels = state.get("x"), state.get("labels")
    if (x is None) != (labels is None) or (x is not None and len(x) != len(labels)):
        raise SchemaError(translate("Schema", "The playground's points and labels must be two lists of the same "
                                              "length."))
    for point in x or ():
        if not (isinstance(point, list) and len(point) == 2):
            raise SchemaError(translate("Schema", "Each of the playground's points must be a pair of numbers."))
        for coordinate in point:
            _COORDINATE.check(coordinate)
    for label in labels or ():
        _LABEL.check(label)
    panes = state.get("panes")
    if panes is not None:
        for kind, pane in panes.items():
            if kind not in playground_kinds():
                raise SchemaError(translate("Schema", "The playground has no pane {kind}.").format(kind=shown(kind)))
            pane = check_record(pane, pane_fields(kind), f"The playground's {kind} pane")
            start = pane.get("start")
            if start is not None:
                if len(start) != 3:
                    raise SchemaError(translate("Schema", "Only the line's pane has a start, and it is three "
                                                          "numbers (w₁, w₂, b)."))
                for value in start:
                    _WEIGHT.check(value, "The line's start")
            if pane.get("trained") is not None:
                check_trained_pane(pane["trained"], kind)
    return state


def pane_fields(kind_name: str) -> dict[str, Field]:
    """The entries of a kind's Playground pane record: its declared settings (checked by their Playground
    fields), the hidden lines' box and the landscape's start where the kind has them, and its trained run.
    The kind's other settings are allowed, checked and not read (older lessons kept the network's minibatches)."""
    kind = kind_named(kind_name)
    fields = {setting.name: setting for setting in (*kind.settings, *kind.playground.settings)}
    if kind.playground.hidden_lines:
        fields["show_hidden_lines"] = _SHOW_HIDDEN_LINES
    if kind.has_landscape:
        fields["start"] = _START
    fields["trained"] = _TRAINED
    return fields


def check_trained_pane(record, kind: str) -> dict:
    """A trained playground pane: its thinned history of parameters (of the pane's model, two inputs and two
    classes), accuracy, iteration, costs and advice."""
    model = kind_named(kind)
    fields = {**_TRAINED_FIELDS, "activation": model.setting("activation") or _NO_ACTIVATION}
    record = check_record(record, fields, f"The playground's trained {kind} pane")
    names = model.estimator.parameter_names
    for entry in record.get("history") or ():
        if not (isinstance(entry, list) and len(entry) == 2 and isinstance(entry[1], dict)):
            raise SchemaError(translate("Schema", "Each point of a trained pane's history must be an iteration and "
                                                  "its parameters."))
        _ITERATION.check(entry[0])
        parameters = {name: np.asarray(_numbers(value), dtype=np.float64) for name, value in entry[1].items()}
        if tuple(sorted(parameters)) != tuple(sorted(names)):
            raise SchemaError(translate("Schema", "A trained {kind} pane's parameters must be {join}.").format(
                kind=kind, join=', '.join(names)))
        _check_pane_shapes(model, parameters)
    for entry in record.get("costs") or ():
        if not (isinstance(entry, list) and len(entry) == 2):
            raise SchemaError(translate("Schema", "Each of a trained pane's costs must be an iteration and a cost."))
        _ITERATION.check(entry[0])
        _COST.check(entry[1])
    return record


def _numbers(value, depth: int = 0):
    """A number or a (nested, at most 2-deep) list of finite numbers, as given."""
    if isinstance(value, list):
        if depth >= 2 or len(value) > 4096:
            raise SchemaError(translate("Schema", "A trained pane's parameters must be numbers, vectors or small "
                                                  "matrices."))
        return [_numbers(v, depth + 1) for v in value]
    return _WEIGHT.check(value, "A trained pane's weight")


def _check_pane_shapes(kind, p: dict) -> None:
    """The shapes the kind's model has on the Playground's two features and two classes."""
    try:
        expected = kind.parameter_shapes(p, 2, 2)
        # a single number may be written as a list of one (a two-class line's intercept)
        good = all(np.shape(p[name]) == tuple(shape) or (np.size(p[name]) == 1 and int(np.prod(shape)) == 1)
                   for name, shape in expected.items())
    except (KeyError, ValueError):
        good = False
    if not good:
        raise SchemaError(translate("Schema", "A trained {kind} pane's parameters do not have the shapes of its "
                                              "model.").format(kind=kind.name))
