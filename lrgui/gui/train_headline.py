"""The Train tab's headline: the accuracies in big type, the cost and iteration under them — or "Diverged".

A run whose cost exploded has no accuracy worth big type: the headline says
"Diverged" and keeps the numbers small, for the curious.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel

from lrgui.gui.cost_plot import shown_step_word
from lrgui.gui.train_plots import format_cost
from lrgui.session.i18n import translate
from lrgui.session.wording import format_int, format_percent

#: The headline's frame; its own font size, which presentation mode doubles.
ACCURACY_STYLE = ("QLabel {{ font-size: {size}pt; padding: 10px; border-radius: 6px; "
                  "background: palette(alternate-base); }}")


class AccuracyHeadline(QLabel):
    """``accuracyLabel``: what the displayed model gets right, at the displayed point."""

    #: a new text, perhaps of another height (the presentation band follows it)
    shown = Signal()

    def __init__(self, parent=None):
        super().__init__(translate("AccuracyHeadline", "Train a model to see its accuracy."), parent)
        self.setObjectName("accuracyLabel")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumHeight(80)
        self.setStyleSheet(ACCURACY_STYLE.format(size=15))
        self.presenting = False
        self.model_kind = "logistic"
        self._shown: tuple | None = None

    def say(self, text: str) -> None:
        """A sentence instead of numbers ("Training…", "Stopped before the first iteration.")."""
        self._shown = None
        self.setText(text)
        self.shown.emit()

    def show_point(self, train: float | None, test: float | None, cost: float | None = None,
                   test_cost: float | None = None, iteration: int | None = None, diverged: bool = False) -> None:
        self._shown = (train, test, cost, test_cost, iteration, diverged)
        big = "36pt" if self.presenting else "18pt"
        small = "16pt" if self.presenting else "11pt"
        costs = ""
        if cost is not None:
            costs = translate("AccuracyHeadline", "Cost {cost}").format(cost=format_cost(cost))
            if test_cost is not None:
                costs += translate("AccuracyHeadline", " · test {cost}").format(cost=format_cost(test_cost))
            if iteration is not None:
                costs = f"{shown_step_word(self.model_kind, 1).capitalize()} {format_int(iteration)}: " + costs
            costs = f"<div style='font-size:{small}'>{costs}</div>"
        if diverged:
            numbers = translate("AccuracyHeadline", "train {percent}").format(percent=format_percent(train)) + (
                translate("AccuracyHeadline", ", test {percent}").format(percent=format_percent(test))
                if test is not None else "")
            self.setText(f"<div><b style='font-size:{big}; color:#b00020'>" + translate("AccuracyHeadline", "Diverged")
                         + f"</b></div><div style='font-size:{small}'>"
                         + translate("AccuracyHeadline", "at the last finite point: {numbers}").format(numbers=numbers)
                         + f"</div>{costs}")
            self.shown.emit()
            return
        test_text = format_percent(test) if test is not None else translate("AccuracyHeadline", "no test set")
        # presenting: each number stays on one line at twice the size
        train_word = translate("AccuracyHeadline", "Train") if self.presenting else translate("AccuracyHeadline", "Train accuracy")
        test_word = translate("AccuracyHeadline", "Test") if self.presenting else translate("AccuracyHeadline", "Test accuracy")
        # a percentage never breaks before its sign ("99,7 %" is longer in German)
        train_text = format_percent(train).replace(" %", "\u00a0%")
        test_text = test_text.replace(" %", "\u00a0%")
        self.setText(f"<div>{train_word} <b style='font-size:{big}'>{train_text}</b></div>"
                     f"<div>{test_word} <b style='font-size:{big}'>{test_text}</b></div>{costs}")
        self.shown.emit()

    def least_width(self) -> int:
        """Presenting, the width that keeps each accuracy on one line ("Test 95.6 %" in its word's and its
        number's type), padding included: narrower, the number would wrap under its word."""
        word, big = QFont(self.font()), QFont(self.font())
        word.setPointSizeF(30)
        big.setPointSizeF(36)
        big.setBold(True)
        words = [translate("AccuracyHeadline", "Train"), translate("AccuracyHeadline", "Test")]
        number = QFontMetrics(big).horizontalAdvance("100.0\u00a0%")
        return max(QFontMetrics(word).horizontalAdvance(w + " ") for w in words) + number + 2 * 10 + 8

    def set_presentation(self, on: bool) -> None:
        self.presenting = on
        self.setStyleSheet(ACCURACY_STYLE.format(size=30 if on else 15))
        self.setMinimumWidth(self.least_width() if on else 0)
        if self._shown is not None:
            self.show_point(*self._shown)
