"""Checks a setting needs beyond its field's type: each value is checked here, once, where it enters lrgui."""

from __future__ import annotations

from lrgui.i18n import translate
from lrgui.kinds.fields import SchemaError, number_text

#: Learning rates and penalties above this are typing mistakes, not settings (and overflow float32 at once).
MAX_RATE = 1e6


def check_learning_rate(value: float, label: str = "The learning rate") -> float:
    """The one check of a learning rate (the field made it a finite number): above 0 and at most MAX_RATE."""
    label = translate("Schema", label)
    if value <= 0:
        raise SchemaError(translate("Schema", "{label} must be {bound}, not {number}.").format(
            label=label, bound=translate("Schema", "greater than {number}").format(number=number_text(0)),
            number=number_text(value)))
    if value > MAX_RATE:
        raise SchemaError(translate("Schema", "{label} must be at most {number}, not {number2}.").format(
            label=label, number=number_text(MAX_RATE), number2=number_text(value)))
    return value


def check_model(value: str, label: str = "The model") -> str:
    """A registered kind's name (an older name read from a file becomes the kind's name)."""
    from lrgui.kinds import kind_named

    return kind_named(value).name
