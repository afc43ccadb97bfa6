"""A field of a record read from a file or typed by a user: its type and bounds, checked in one sentence.

Types are exact: a number written as text ("0.1"), a boolean written as text
("yes") or as a number is refused, never coerced, so a file means the same
thing to every reader. Every refusal is one sentence (:class:`SchemaError`,
a UserError). The model kinds declare their settings with these fields, and
the data layer's file schemas (``lrgui.data.schema``) use the same ones.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Mapping

import numpy as np

from lrgui.errors import UserError
from lrgui.i18n import localize, translate


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
                    label=label, value=shown(value)))
            return value
        if kind == "int":
            # NumPy's integers come from the app's own arrays; JSON gives only int, so files stay strict
            if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
                raise SchemaError(translate("Schema", "{label} must be a whole number, not {value}.").format(
                    label=label, value=shown(value)))
            value = int(value)
        elif kind == "number":
            if isinstance(value, (bool, np.bool_)) or not isinstance(value, (int, float, np.integer, np.floating)):
                raise SchemaError(translate("Schema", "{label} must be a number, not {value}.").format(
                    label=label, value=shown(value)))
            if not math.isfinite(value):
                raise SchemaError(translate("Schema", "{label} must be a finite number, not {value}.").format(
                    label=label, value=shown(value)))
            value = float(value)
        elif kind in ("text", "choice"):
            if not isinstance(value, str):
                raise SchemaError(translate("Schema", "{label} must be a text, not {value}.").format(
                    label=label, value=shown(value)))
            if kind == "choice" and value not in self.choices:
                raise SchemaError(translate("Schema", "{label} must be one of {join}, not {value}.").format(
                    label=label, join=', '.join(map(str, self.choices)), value=shown(value)))
            return value
        elif kind == "object":
            if not isinstance(value, dict):
                raise SchemaError(translate("Schema", "{label} must be a JSON object, not {kind}.").format(
                    label=label, kind=kind_of(value)))
            return value
        elif kind == "list":
            if not isinstance(value, list):
                raise SchemaError(translate("Schema", "{label} must be a list, not {kind}.").format(
                    label=label, kind=kind_of(value)))
            if self.maximum is not None and len(value) > self.maximum:
                raise SchemaError(translate("Schema", "{label} must hold at most {maximum} entries, not {count}.").format(
                    label=label, maximum=localize(format(int(self.maximum), ",")),
                    count=localize(format(len(value), ","))))
            return value
        if self.minimum is not None and (value < self.minimum or (self.above_minimum and value == self.minimum)):
            bound = (translate("Schema", "greater than {number}") if self.above_minimum
                     else translate("Schema", "at least {number}")).format(number=number_text(self.minimum))
            raise SchemaError(translate("Schema", "{label} must be {bound}, not {number}.").format(
                label=label, bound=bound, number=number_text(value)))
        if self.maximum is not None and value > self.maximum:
            raise SchemaError(translate("Schema", "{label} must be at most {number}, not {number2}.").format(
                label=label, number=number_text(self.maximum), number2=number_text(value)))
        return value


def check_record(values, fields: Mapping[str, Field], what: str, *, unknown: str = "refuse") -> dict:
    """``values`` (a JSON object) with every key checked against ``fields``; SchemaError for the first problem.

    Keys not in ``fields`` are refused (``unknown="refuse"``), left out
    (``"drop"``) or kept as they are (``"keep"``: a model's ``info`` may carry
    a caller's own notes, which lrgui itself never reads).
    """
    if not isinstance(values, dict):
        raise SchemaError(translate("Schema", "{what} must be a JSON object, not {kind}.").format(
            what=what, kind=kind_of(values)))
    checked = {}
    for key, value in values.items():
        field = fields.get(key)
        if field is None:
            if unknown == "keep":
                checked[key] = value
            if unknown != "refuse":
                continue
            raise SchemaError(translate("Schema", "{what} holds an unknown entry {key}.").format(
                what=what, key=shown(key)))
        checked[key] = field.check(value)
    return checked


def kind_of(value) -> str:
    return {dict: "an object", list: "a list", str: "a text", bool: "true or false", type(None): "null"}.get(
        type(value), "a number")


def number_text(value) -> str:
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        value = int(value)
    return localize(f"{value:,}" if isinstance(value, int) else f"{value:g}")


def shown(value) -> str:
    text = repr(value) if isinstance(value, str) else (kind_of(value) if isinstance(value, (dict, list)) else str(value))
    return text if len(text) <= 40 else text[:39] + "…"


