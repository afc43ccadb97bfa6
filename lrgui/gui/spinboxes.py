"""Spin boxes that fit learning rates: compact display, scientific notation, 1–2–5 steps across decades."""

from __future__ import annotations

import math
import re

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox

from lrgui.session.wording import localize, parse_number


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


#: What may be on the way to a number while it is typed: "1e", "2.5e-", ".", "".
PARTIAL_NUMBER = re.compile(r"^[+]?(\d*[.]?\d*)([eE][+-]?\d*)?$")


class DecimalSpinBox(QDoubleSpinBox):
    """A plain decimal box (the playground's noise) that shows and reads numbers as the rate boxes do.

    Qt's own box follows the widget's locale only, so in German it would read
    a typed "0.1" as a grouped 01; here both decimal marks work, as everywhere.
    """

    def textFromValue(self, value: float) -> str:
        return localize(f"{value:.{self.decimals()}f}")

    def valueFromText(self, text: str) -> float:
        value = parse_number(text)
        return self.value() if value is None else value

    def validate(self, text: str, pos: int):
        cleaned = text.replace(",", ".").strip()
        if not PARTIAL_NUMBER.match(cleaned):
            return QValidator.State.Invalid, text, pos
        value = parse_number(cleaned)
        if value is None or not self.minimum() <= value <= self.maximum():
            return QValidator.State.Intermediate, text, pos  # "1e-", ".", "": still being typed
        return QValidator.State.Acceptable, text, pos


class LearningRateSpinBox(DecimalSpinBox):
    """Any rate from 0.000001 up, typed as a decimal or in scientific notation (1e-4), shown without trailing zeros.

    Shown in the installed number style (0,005 in German); typed with a point
    or the decimal comma, or in scientific notation, in any style.

    Qt's own validator would drop the "e" of "1e-4" (giving 14) and round to
    the box's decimals; here what is typed is the value, exactly.
    """

    #: Enough decimals that no value typed in the box's range is rounded away.
    DECIMALS = 12

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setDecimals(self.DECIMALS)
        self.setRange(0.000001, 1_000_000.0)
        self.setValue(0.005)
        self.setKeyboardTracking(False)
        self.setAccelerated(True)

    def textFromValue(self, value: float) -> str:
        if value != 0 and abs(value) < 1e-6:
            return localize(f"{value:.6g}")  # below the plain range: 1.5e-07
        text = f"{value:.{self.DECIMALS}f}".rstrip("0").rstrip(".")
        return localize(text) if text else "0"  # in the user's number style: 0,005 in German

    def fixup(self, text: str) -> str:
        """A number out of range becomes the nearest allowed one (shown, so never a silent change of meaning)."""
        value = parse_number(text)
        if value is None:
            return text
        return self.textFromValue(min(self.maximum(), max(self.minimum(), value)))

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
