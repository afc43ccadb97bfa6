"""One schema per kind of record lrgui reads from a file, and the checks the training settings share.

A record is a JSON object: each key has a :class:`Field` saying its type
and bounds. Types are exact: a number written as text ("0.1"), a boolean
written as text ("yes") or as a number is refused, never coerced, so a file
means the same thing to every reader. Every refusal is one sentence
(:class:`SchemaError`, a UserError).

* :data:`SETTINGS_FIELDS` — the training settings, as lessons and model files
  keep them; :class:`lrgui.session.settings.TrainingSettings` validates with
  the very same fields, so the app, the command line and files agree.
* :data:`MODEL_INFO_FIELDS` — the ``info`` record of a model file.
* :data:`PLAYGROUND_FIELDS` — the playground's state, as a lesson keeps it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Mapping

import numpy as np

from lrgui.data.toy import MAX_NOISE, MAX_POINTS, MIN_POINTS, TOY_SETS
from lrgui.errors import UserError
from lrgui.i18n import QT_TRANSLATE_NOOP, localize, translate

# ---------------------------------------------------------------- the upper limits (docs/limits.md)
#: Gradient-descent iterations (logistic regression) or epochs (the network) of one run.
MAX_EPOCHS = 1_000_000
MAX_HIDDEN = 4096
#: Minibatches per epoch, and rows per minibatch.
MAX_BATCHES = 1_000_000
MAX_BATCH_SIZE = 100_000_000
#: Learning rates and penalties above this are typing mistakes, not settings (and overflow float32 at once).
MAX_RATE = 1e6
MAX_SEED = 2**63 - 1
ACTIVATIONS = ("sigmoid", "tanh", "relu")
MODELS = ("logistic", "mlp")


class SchemaError(UserError):
    """A value read from a file (or given as a setting) that is not what its field allows; ``str()`` is a sentence."""


@dataclass(frozen=True)
class Field:
    """One key of a record: ``kind`` is "int", "number", "bool", "text", "choice", "object" or "list"."""

    kind: str
    label: str
    minimum: float | None = None
    maximum: float | None = None
    above_minimum: bool = False  # the minimum itself is refused (a learning rate of 0)
    choices: tuple = ()
    nullable: bool = True

    def check(self, value, label: str | None = None):
        """``value`` if it fits this field, else SchemaError naming ``label`` (default: the field's own)."""
        label = label or translate("Schema", self.label)
        if value is None:
            if self.nullable:
                return None
            raise SchemaError(translate("Schema", "{label} must be given.").format(label=label))
        kind = self.kind
        if kind == "bool":
            if type(value) is not bool:
                raise SchemaError(translate("Schema", "{label} must be true or false, not {value}.").format(
                    label=label, value=_shown(value)))
            return value
        if kind == "int":
            # NumPy's integers come from the app's own arrays; JSON gives only int, so files stay strict
            if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
                raise SchemaError(translate("Schema", "{label} must be a whole number, not {value}.").format(
                    label=label, value=_shown(value)))
            value = int(value)
        elif kind == "number":
            if isinstance(value, (bool, np.bool_)) or not isinstance(value, (int, float, np.integer, np.floating)):
                raise SchemaError(translate("Schema", "{label} must be a number, not {value}.").format(
                    label=label, value=_shown(value)))
            if not math.isfinite(value):
                raise SchemaError(translate("Schema", "{label} must be a finite number, not {value}.").format(
                    label=label, value=_shown(value)))
            value = float(value)
        elif kind in ("text", "choice"):
            if not isinstance(value, str):
                raise SchemaError(translate("Schema", "{label} must be a text, not {value}.").format(
                    label=label, value=_shown(value)))
            if kind == "choice" and value not in self.choices:
                raise SchemaError(translate("Schema", "{label} must be one of {join}, not {value}.").format(
                    label=label, join=', '.join(map(str, self.choices)), value=_shown(value)))
            return value
        elif kind == "object":
            if not isinstance(value, dict):
                raise SchemaError(translate("Schema", "{label} must be a JSON object, not {kind}.").format(
                    label=label, kind=_kind(value)))
            return value
        elif kind == "list":
            if not isinstance(value, list):
                raise SchemaError(translate("Schema", "{label} must be a list, not {kind}.").format(
                    label=label, kind=_kind(value)))
            if self.maximum is not None and len(value) > self.maximum:
                raise SchemaError(translate("Schema", "{label} must hold at most {maximum} entries, not {count}.").format(
                    label=label, maximum=localize(format(int(self.maximum), ",")),
                    count=localize(format(len(value), ","))))
            return value
        if self.minimum is not None and (value < self.minimum or (self.above_minimum and value == self.minimum)):
            bound = (translate("Schema", "greater than {number}") if self.above_minimum
                     else translate("Schema", "at least {number}")).format(number=_number(self.minimum))
            raise SchemaError(translate("Schema", "{label} must be {bound}, not {number}.").format(
                label=label, bound=bound, number=_number(value)))
        if self.maximum is not None and value > self.maximum:
            raise SchemaError(translate("Schema", "{label} must be at most {number}, not {number2}.").format(
                label=label, number=_number(self.maximum), number2=_number(value)))
        return value


def check_record(values, fields: Mapping[str, Field], what: str, *, unknown: str = "refuse") -> dict:
    """``values`` (a JSON object) with every key checked against ``fields``; SchemaError for the first problem.

    Keys not in ``fields`` are refused (``unknown="refuse"``), left out
    (``"drop"``) or kept as they are (``"keep"``: a model's ``info`` may carry
    a caller's own notes, which lrgui itself never reads).
    """
    if not isinstance(values, dict):
        raise SchemaError(translate("Schema", "{what} must be a JSON object, not {kind}.").format(
            what=what, kind=_kind(values)))
    checked = {}
    for key, value in values.items():
        field = fields.get(key)
        if field is None:
            if unknown == "keep":
                checked[key] = value
            if unknown != "refuse":
                continue
            raise SchemaError(translate("Schema", "{what} holds an unknown entry {key}.").format(
                what=what, key=_shown(key)))
        checked[key] = field.check(value)
    return checked


def _kind(value) -> str:
    return {dict: "an object", list: "a list", str: "a text", bool: "true or false", type(None): "null"}.get(
        type(value), "a number")


def _number(value) -> str:
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        value = int(value)
    return localize(f"{value:,}" if isinstance(value, int) else f"{value:g}")


def _shown(value) -> str:
    text = repr(value) if isinstance(value, str) else (_kind(value) if isinstance(value, (dict, list)) else str(value))
    return text if len(text) <= 40 else text[:39] + "…"


# ---------------------------------------------------------------- the records
SETTINGS_FIELDS: dict[str, Field] = {
    "model": Field("choice", QT_TRANSLATE_NOOP("Schema", "The model"), choices=MODELS, nullable=False),
    "learning_rate": Field("number", QT_TRANSLATE_NOOP("Schema", "The learning rate"), 0, MAX_RATE, above_minimum=True),
    "epochs": Field("int", QT_TRANSLATE_NOOP("Schema", "The number of iterations or epochs"), 1, MAX_EPOCHS),
    "record_every": Field("int", QT_TRANSLATE_NOOP("Schema", "Record every"), 1, MAX_EPOCHS),
    "l2": Field("number", QT_TRANSLATE_NOOP("Schema", "The L2 penalty"), 0, MAX_RATE),
    "l1": Field("number", QT_TRANSLATE_NOOP("Schema", "The L1 penalty"), 0, MAX_RATE),
    "hidden": Field("int", QT_TRANSLATE_NOOP("Schema", "The number of hidden units"), 1, MAX_HIDDEN),
    "activation": Field("choice", QT_TRANSLATE_NOOP("Schema", "The activation"), choices=ACTIVATIONS),
    "batches": Field("int", QT_TRANSLATE_NOOP("Schema", "The number of minibatches"), 1, MAX_BATCHES),
    "batch_size": Field("int", QT_TRANSLATE_NOOP("Schema", "The batch size"), 1, MAX_BATCH_SIZE),
    "standardize": Field("bool", QT_TRANSLATE_NOOP("Schema", "Standardise")),
    "seed": Field("int", QT_TRANSLATE_NOOP("Schema", "The seed"), 0, MAX_SEED, nullable=False),
}

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

_PANE_FIELDS = {
    "learning_rate": SETTINGS_FIELDS["learning_rate"],
    "epochs": SETTINGS_FIELDS["epochs"],
    "hidden": Field("int", QT_TRANSLATE_NOOP("Schema", "The playground's hidden units"), 1, 256),
    "activation": SETTINGS_FIELDS["activation"],
    "batches": SETTINGS_FIELDS["batches"],
    "show_hidden_lines": Field("bool", QT_TRANSLATE_NOOP("Schema", "Show hidden lines")),
    "start": Field("list", QT_TRANSLATE_NOOP("Schema", "The line's start chosen on the landscape"), maximum=3),
    "trained": Field("object", QT_TRANSLATE_NOOP("Schema", "The trained pane")),
}
#: A trained pane as a lesson keeps it (its history thinned to at most this many points).
MAX_PANE_SNAPSHOTS = 400
_TRAINED_FIELDS = {
    "activation": Field("choice", QT_TRANSLATE_NOOP("Schema", "The trained pane's activation"), choices=ACTIVATIONS),
    "history": Field("list", QT_TRANSLATE_NOOP("Schema", "The trained pane's history"), maximum=MAX_PANE_SNAPSHOTS),
    "accuracy": Field("number", QT_TRANSLATE_NOOP("Schema", "The trained pane's accuracy"), 0, 1, nullable=False),
    "iteration": Field("int", QT_TRANSLATE_NOOP("Schema", "The trained pane's iteration"), 0, 2**62, nullable=False),
    "costs": Field("list", QT_TRANSLATE_NOOP("Schema", "The trained pane's costs"), maximum=1_000_000),
    "advice": Field("text", QT_TRANSLATE_NOOP("Schema", "The trained pane's advice")),
}
_ITERATION = Field("int", QT_TRANSLATE_NOOP("Schema", "A recorded iteration"), 0, 2**62, nullable=False)
_COST = Field("number", QT_TRANSLATE_NOOP("Schema", "A recorded cost"), 0, 1e300, nullable=False)
_WEIGHT = Field("number", QT_TRANSLATE_NOOP("Schema", "A weight"), -1e30, 1e30, nullable=False)
#: The parameters of a playground pane's snapshot (two inputs, two classes), by model kind.
_PANE_PARAMETERS = {"logistic": ("coef", "intercept"), "mlp": ("W1", "b1", "W2", "b2")}
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


def check_settings(values) -> dict:
    """A settings record (as lessons and model files keep it): exact types, every bound."""
    return check_record(values, SETTINGS_FIELDS, "The settings")


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
            if kind not in MODELS:
                raise SchemaError(translate("Schema", "The playground has no pane {kind}.").format(
                    kind=_shown(kind)))
            pane = check_record(pane, _PANE_FIELDS, f"The playground's {kind} pane")
            start = pane.get("start")
            if start is not None:
                if kind != "logistic" or len(start) != 3:
                    raise SchemaError(translate("Schema", "Only the line's pane has a start, and it is three "
                                                          "numbers (w₁, w₂, b)."))
                for value in start:
                    _WEIGHT.check(value, "The line's start")
            if pane.get("trained") is not None:
                check_trained_pane(pane["trained"], kind)
    return state


def check_trained_pane(record, kind: str) -> dict:
    """A trained playground pane: its thinned history of parameters (of the pane's model, two inputs and two
    classes), accuracy, iteration, costs and advice."""
    record = check_record(record, _TRAINED_FIELDS, f"The playground's trained {kind} pane")
    for entry in record.get("history") or ():
        if not (isinstance(entry, list) and len(entry) == 2 and isinstance(entry[1], dict)):
            raise SchemaError(translate("Schema", "Each point of a trained pane's history must be an iteration and "
                                                  "its parameters."))
        _ITERATION.check(entry[0])
        parameters = {name: np.asarray(_numbers(value), dtype=np.float64) for name, value in entry[1].items()}
        if tuple(sorted(parameters)) != tuple(sorted(_PANE_PARAMETERS[kind])):
            raise SchemaError(translate("Schema", "A trained {kind} pane's parameters must be {join}.").format(
                kind=kind, join=', '.join(_PANE_PARAMETERS[kind])))
        _check_pane_shapes(kind, parameters)
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


def _check_pane_shapes(kind: str, p: dict) -> None:
    if kind == "logistic":
        good = p["coef"].shape == (2,) and p["intercept"].size == 1
    else:
        W1, b1, W2, b2 = p["W1"], p["b1"], p["W2"], p["b2"]
        good = (W1.ndim == 2 and W1.shape[0] == 2 and 1 <= W1.shape[1] <= 256 and b1.shape == (W1.shape[1],)
                and W2.ndim == 2 and W2.shape[0] == W1.shape[1] and W2.shape[1] in (1, 2) and b2.shape == (W2.shape[1],))
    if not good:
        raise SchemaError(translate("Schema", "A trained {kind} pane's parameters do not have the shapes of its "
                                              "model.").format(kind=kind))
