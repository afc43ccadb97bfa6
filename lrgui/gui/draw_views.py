"""The Draw tab's live views: the model's-eye image, the contribution map, the class bars and the hidden units.

Each paints itself at whatever size the layout gives it (and with the
window's font, so presentation mode enlarges the text), and holds the
numbers it shows, so a test or a screen reader can ask for them.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from lrgui.session.drawing import LiveAnswer
from lrgui.session.explain_image import AGAINST_COLOUR, DEFAULT_OPACITY, FOR_COLOUR, full_strength, overlay_image
from lrgui.session.i18n import translate
from lrgui.session.wording import format_percent

BAR_COLOUR, WINNER_COLOUR = QColor("#7f8c99"), QColor("#0b5394")
#: The smallest height of one class's bar, in pixels.
MIN_ROW = 12


def array_image(pixels: np.ndarray) -> QImage:
    """(h, w, 3) or (h, w, 1) uint8 as a QImage (deep copy) in the format painting needs no conversion for."""
    pixels = np.asarray(pixels, dtype=np.uint8)
    if pixels.ndim == 2:
        pixels = pixels[:, :, None]
    if pixels.shape[2] == 1:
        pixels = np.repeat(pixels, 3, axis=2)
    pixels = np.ascontiguousarray(pixels)
    h, w = pixels.shape[:2]
    return QImage(pixels.tobytes(), w, h, 3 * w, QImage.Format.Format_RGB888).convertToFormat(QImage.Format.Format_RGB32)


def diverging(values: np.ndarray) -> np.ndarray:
    """Signed values as RGB on white: vermillion for positive, blue for negative, full at the 99th percentile."""
    limit = full_strength(values)
    strength = np.clip(values / limit, -1, 1)[:, :, None] if limit > 0 else np.zeros((*values.shape, 1))
    white = np.array([255.0, 255.0, 255.0])
    tint = np.where(strength > 0, np.array(FOR_COLOUR, float), np.array(AGAINST_COLOUR, float))
    return np.rint(white + (tint - white) * np.abs(strength)).astype(np.uint8)


class PixelView(QWidget):
    """A small picture enlarged without smoothing, so each model pixel is a visible square."""

    def __init__(self, name: str, accessible: str, parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self.setMinimumSize(96, 96)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._image: QImage | None = None

    def set_image(self, image: QImage | None) -> None:
        self._image = image
        self.update()

    def picture(self) -> QImage | None:
        return self._image

    def sizeHint(self) -> QSize:
        return QSize(160, 160)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        side = min(self.width(), self.height()) - 2
        rect = QRect((self.width() - side) // 2, (self.height() - side) // 2, side, side)
        if self._image is not None:
            painter.drawImage(rect, self._image)  # whole pixels, no smoothing: the fast path
        painter.setPen(QPen(self.palette().mid().color(), 1))
        painter.drawRect(rect.adjusted(-1, -1, 0, 0))
        painter.end()


class ContributionsView(PixelView):
    """The contribution map drawn over the model's-eye image in the Explain view's colours."""

    def __init__(self, parent=None):
        super().__init__("drawContributions", translate("ContributionsView", "Contribution map"), parent)
        self._map: np.ndarray | None = None

    def set_answer(self, answer: LiveAnswer | None) -> None:
        if answer is None or answer.explanation.image is None:
            self._map = None
            self.set_image(None)
            return
        self._map = answer.contribution_map()
        self.set_image(array_image(np.asarray(overlay_image(answer.explanation, scale=1, opacity=DEFAULT_OPACITY))))

    def current_map(self) -> np.ndarray | None:
        """The contributions shown, (height, width) float64: summed over the channels, they add up with b to z."""
        return None if self._map is None else self._map.copy()


class ProbabilityBars(QWidget):
    """One horizontal bar per class: its name, its probability as a bar and as a percentage."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("drawProbabilities")
        self.setAccessibleName(translate("ProbabilityBars", "Probability of each class"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._classes: tuple[str, ...] = ()
        self._values = np.zeros(0)
        self._names: dict[tuple, list[str]] = {}  # the elided class names per (width, font)

    def set_values(self, classes, probabilities) -> None:
        classes = tuple(classes)
        if classes != self._classes:
            self._classes = classes
            self._names = {}
            self.updateGeometry()  # only then: a stroke must not cost the tab a new layout
        self._values = np.asarray(probabilities, dtype=np.float64).copy()
        self.setAccessibleDescription(", ".join(f"{c} {format_percent(p)}" for c, p in zip(self._classes, self._values)))
        self.update()

    def values(self) -> np.ndarray:
        """The probabilities shown, in the order of the model's classes."""
        return self._values.copy()

    def minimumSizeHint(self) -> QSize:
        # squeezed, the text shrinks to the rows (ten classes in presentation mode on a 600-pixel screen)
        return QSize(160, max(2, len(self._classes)) * MIN_ROW)

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(260, max(1, len(self._classes)) * (line + 8))

    def paintEvent(self, event) -> None:
        if not self._classes:
            return
        painter = QPainter(self)
        font = QFont(self.font())
        k = len(self._classes)
        if QFontMetrics(font).height() > self.height() / k:
            font.setPixelSize(max(MIN_ROW - 2, int(self.height() / k * 0.8)))
            painter.setFont(font)
        metrics = QFontMetrics(font)
        row = min(self.height() / k, metrics.height() * 2.0)
        label_width = min(max(metrics.horizontalAdvance(c) for c in self._classes) + 8, self.width() // 3)
        percent_width = metrics.horizontalAdvance("100.0 %") + 8
        bar_width = max(10, self.width() - label_width - percent_width)
        winner = int(np.argmax(self._values))
        key = (int(label_width), font.key())
        if key not in self._names:
            self._names[key] = [metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(label_width - 6))
                                for name in self._classes]
        painter.setPen(self.palette().windowText().color())
        for i, (name, p) in enumerate(zip(self._names[key], self._values)):
            top = i * row
            text_rect = QRectF(0, top, label_width - 6, row)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name)
            track = QRectF(label_width, top + row * 0.15, bar_width, row * 0.7)
            painter.fillRect(track, self.palette().alternateBase())
            painter.fillRect(QRectF(track.x(), track.y(), bar_width * float(p), track.height()),
                             WINNER_COLOUR if i == winner else BAR_COLOUR)
            painter.drawText(QRectF(label_width + bar_width + 6, top, percent_width, row),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, format_percent(float(p)))
        painter.end()


class HiddenUnitsView(QWidget):
    """The network's hidden units: every activation as a bar, and the strongest units' weight images.

    A bar's colour says what the unit does for the predicted class right
    now (its a·W2 for that class): vermillion for, blue against.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("drawHiddenUnits")
        self.setAccessibleName(translate("HiddenUnitsView", "Hidden units"))
        self.setMinimumSize(200, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._activations = np.zeros(0)
        self._contributions = np.zeros(0)
        self._strongest: tuple[int, ...] = ()
        self._weights: dict[int, QImage] = {}
        self._weight_source = None

    def set_answer(self, answer: LiveAnswer | None, weights) -> None:
        """``weights(unit)`` gives a unit's (size, size) weight map; images are kept until the model changes."""
        if answer is None or answer.hidden is None:
            self._activations = np.zeros(0)
            self._strongest = ()
        else:
            hidden = answer.hidden
            self._activations, self._contributions = hidden.activations, hidden.contributions
            self._strongest = hidden.strongest
            if weights is not self._weight_source:
                self._weights.clear()
                self._weight_source = weights
            for unit in self._strongest:
                if unit not in self._weights:
                    self._weights[unit] = array_image(diverging(weights(unit)))
            self.setAccessibleDescription(translate("HiddenUnitsView", "strongest units: {units}").format(units=", ".join(
                translate("HiddenUnitsView", "{unit} (activation {value})").format(
                    unit=j + 1, value=f"{self._activations[j]:.2f}") for j in self._strongest)))
        self.update()

    def activations(self) -> np.ndarray:
        return self._activations.copy()

    def strongest(self) -> tuple[int, ...]:
        return self._strongest

    def paintEvent(self, event) -> None:
        h = len(self._activations)
        if not h:
            return
        painter = QPainter(self)
        metrics = QFontMetrics(self.font())
        text = self.palette().windowText().color()
        line = metrics.height()
        bars_height = max(24.0, self.height() * 0.4)
        painter.setPen(text)
        painter.drawText(QRectF(0, 0, self.width(), line), Qt.AlignmentFlag.AlignLeft,
                         translate("HiddenUnitsView", "{count} hidden units: activation").format(count=h))
        top, height = line + 2, bars_height - line - 4
        scale = float(np.abs(self._activations).max()) or 1.0
        width = self.width() / h
        base = top + height if self._activations.min() >= 0 else top + height / 2
        span = height if self._activations.min() >= 0 else height / 2
        for j, a in enumerate(self._activations):
            colour = QColor(*FOR_COLOUR) if self._contributions[j] > 0 else QColor(*AGAINST_COLOUR)
            if j not in self._strongest:
                colour.setAlpha(110)
            length = span * float(a) / scale
            painter.fillRect(QRectF(j * width + width * 0.1, base - max(length, 0), width * 0.8, abs(length)), colour)
        painter.setPen(QPen(self.palette().mid().color(), 1))
        painter.drawLine(0, int(base), self.width(), int(base))
        # the strongest units' weight pictures, each with its number and its a·W2
        count = max(1, len(self._strongest))
        room_top = bars_height + 2
        side = min((self.width() - 6 * (count - 1)) / count, self.height() - room_top - line - 4)
        for i, unit in enumerate(self._strongest):
            x = i * (side + 6)
            if side > 8 and unit in self._weights:
                painter.drawImage(QRectF(x, room_top, side, side), self._weights[unit])
            painter.setPen(text)
            label = metrics.elidedText(f"#{unit + 1} {self._contributions[unit]:+.2f}", Qt.TextElideMode.ElideRight,
                                       int(side + 4))
            painter.drawText(QRectF(x, room_top + max(side, 0) + 1, side + 6, line), Qt.AlignmentFlag.AlignLeft, label)
        painter.end()
