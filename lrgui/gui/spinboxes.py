"""Spin boxes that fit learning rates: compact display, 1–2–5 steps across decades."""

from __future__ import annotations

import math

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox


def nice_steps(value: float, steps: int) -> float:
    """Moves ``value`` ``steps`` places along …, 0.001, 0.002, 0.005, 0.01, … (1–2–5 per decade)."""
    exponent = math.floor(math.log10(value))
    mantissas = (1, 2, 5)
    mantissa = value / 10**exponent
    # index of the nearest sequence point at or below the current value
    index = max(i for i, m in enumerate(mantissas) if m <= mantissa + 1e-9)
    if steps < 0 and mantissa > mantissas[index] + 1e-9:
        steps += 1  # a value between sequence points steps down to the lower one first
    position = exponent * 3 + index + steps
    exponent, index = divmod(position, 3)
    return mantissas[index] * 10.0**exponent


class LearningRateSpinBox(QDoubleSpinBox):
    """Any rate from 0.000001 up, shown without trailing zeros (0.005, 1e-06 shown as 0.000001)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setDecimals(7)
        self.setRange(0.000001, 1_000_000.0)
        self.setValue(0.005)
        self.setKeyboardTracking(False)
        self.setAccelerated(True)

    def textFromValue(self, value: float) -> str:
        text = f"{value:.7f}".rstrip("0").rstrip(".")
        return text if text else "0"

    def valueFromText(self, text: str) -> float:
        try:
            return float(text.replace(",", ".").strip())
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int):
        cleaned = text.replace(",", ".").strip()
        if cleaned in ("", ".", "0", "0."):
            return QValidator.State.Intermediate, text, pos
        try:
            value = float(cleaned)
        except ValueError:
            return QValidator.State.Invalid, text, pos
        if not math.isfinite(value):
            return QValidator.State.Invalid, text, pos
        if self.minimum() <= value <= self.maximum():
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Intermediate, text, pos

    #: Stepping up from 0 (the penalty boxes allow 0) lands here.
    SMALLEST_STEP = 0.0001

    def stepBy(self, steps: int) -> None:
        value = self.value()
        if value <= 0:
            if steps <= 0:
                return
            value, steps = max(self.minimum(), self.SMALLEST_STEP), steps - 1
        target = nice_steps(value, steps) if steps else value
        if target < self.SMALLEST_STEP and self.minimum() == 0:
            target = 0.0  # stepping below the smallest step of a penalty box turns the penalty off
        self.setValue(min(self.maximum(), max(self.minimum(), target)))
