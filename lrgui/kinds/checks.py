"""Checks a setting needs beyond its field's type: each value is checked here, once, where it enters lrgui."""

from __future__ import annotations

from lrgui.kinds.fields import SchemaError, number_text

#: Learning rates and penalties above this are typing mistakes, not settings (and overflow float32 at once).
MAX_RATE = 1e6


def check_learning_rate(value: float, label: str = "The learning rate") -> float:
    """The one check of a learning rate (the field made it a finite number): above 0 and at most MAX_RATE."""
    if value <= 0:
        raise SchemaError(f"{label} must be greater than 0, not {number_text(value)}.")
    if value > MAX_RATE:
        raise SchemaError(f"{label} must be at most {number_text(MAX_RATE)}, not {number_text(value)}.")
    return value


def check_model(value: str, label: str = "The model") -> str:
    """A registered kind's name (an older name read from a file becomes the kind's name)."""
    from lrgui.kinds import kind_named

    return kind_named(value).name
