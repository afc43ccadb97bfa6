"""Explain one image: what the model sees, its probabilities, which pixels pushed where, and the equations."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics, QGuiApplication, QImage, QPixmap, QTextLayout
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
)

from lrgui.data import ImageReadError, TrainedModel, open_image
from lrgui.gui.accessibility import make_accessible
from lrgui.gui.gallery import enlarged
from lrgui.gui.thumbnails import pil_to_qimage
from lrgui.session.explain import Explanation, explain, glass_box_lines, map_sentence
from lrgui.session.wording import format_percent
from lrgui.session.explain_image import DEFAULT_OPACITY, FOR_COLOUR, AGAINST_COLOUR, overlay_image
from lrgui.session.i18n import translate

#: Side of the enlarged pictures in pixels: three side by side leave the glass box half the width of a 1024 screen.
VIEW = 144
#: The window's width when the screen has room: the glass box's lines then rarely wrap.
WIDTH = 1000
#: Room kept for a window manager's title bar above the window.
TITLE_BAR = 40


class FittedText(QPlainTextEdit):
    """Read-only text that is as tall as its wrapped lines: it never scrolls while the screen has room."""

    def __init__(self, text: str, parent=None):
        super().__init__(text, parent)
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def needed_height(self, width: int | None = None) -> int:
        """The height that shows every wrapped line at ``width`` (the current width when None)."""
        width = self.viewport().width() if width is None else width - 2 * self.frameWidth()
        metrics = QFontMetrics(self.font())
        margin = self.document().documentMargin()
        lines = 0
        for paragraph in self.toPlainText().splitlines() or [""]:
            layout = QTextLayout(paragraph, self.font())
            layout.beginLayout()
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(max(1.0, width - 2 * margin))
                lines += 1
            layout.endLayout()
        return int(lines * metrics.lineSpacing() + 2 * margin + 2 * self.frameWidth()) + 2

    def sizeHint(self) -> QSize:
        return QSize(WIDTH // 2, self.needed_height(WIDTH // 2))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.needed_height(width)


def _colour(rgb) -> str:
    return "#%02x%02x%02x" % tuple(rgb)


class ExplainView(QDialog):
    """One image explained. ``row``: its uint8 pixels; ``path``: its file (for the original), when known."""

    def __init__(self, model: TrainedModel, row: np.ndarray, true_label: str | None = None,
                 path: str | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("explainView")
        self.setWindowTitle(translate("ExplainView", "Why '{name}'?").format(
            name=Path(path).name if path else translate("ExplainView", "this image")))
        self.explanation: Explanation = explain(model, row, true_label)
        self.path = path
        self._build()
        self.set_opacity(DEFAULT_OPACITY)

    def _build(self) -> None:
        """Two columns that fit a 1024×600 screen with a title bar: the pictures and the bars on the left, and
        on the right the glass box, every equation with this image's numbers in full, never in a scrolling box."""
        e = self.explanation
        columns = QHBoxLayout(self)
        left = QVBoxLayout()
        verdict = translate("ExplainView", "Predicted <b>{name}</b> ({percent})").format(
            name=e.predicted, percent=format_percent(e.probabilities[e.predicted_index]))
        if e.true_label is not None:
            mark = "✓" if e.true_label == e.predicted else "✗"
            verdict += translate("ExplainView", " — true class <b>{name}</b> {mark}").format(name=e.true_label, mark=mark)
        self.verdict = QLabel(verdict)
        self.verdict.setObjectName("explainVerdict")
        self.verdict.setWordWrap(True)
        left.addWidget(self.verdict)

        pictures = QHBoxLayout()
        self.original = self._picture("explainOriginal")
        self.model_eye = self._picture("explainModelEye")
        self.overlay = self._picture("explainOverlay")
        if e.image is not None:
            size = e.image.shape[0]
            self.model_eye.setPixmap(QPixmap.fromImage(enlarged(self._model_eye_image(), VIEW)))
            self.model_eye.setToolTip(translate("ExplainView", "The {size}×{size} image the model receives, each of its "
                                                "pixels a square").format(size=size))
        else:
            self.model_eye.setText(translate("ExplainView", "This model does not work on images."))
        original = self._original_image()
        if original is not None:
            self.original.setPixmap(QPixmap.fromImage(original.scaled(
                VIEW, VIEW, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)))
        else:
            self.original.setText(translate("ExplainView", "(no original file)"))
        for title, label in ((translate("ExplainView", "Original"), self.original),
                             (translate("ExplainView", "The model sees"), self.model_eye),
                             (translate("ExplainView", "Pixels for / against"), self.overlay)):
            box = QVBoxLayout()
            caption = QLabel(title)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box.addWidget(caption)
            box.addWidget(label)
            pictures.addLayout(box)
        left.addLayout(pictures)

        legend = QLabel(
            translate("ExplainView", "<span style='color:{for_colour}'>■</span> a pixel pushing towards '{name}', "
                      "<span style='color:{against_colour}'>■</span> away from it. Overlay strength:").format(
                for_colour=_colour(FOR_COLOUR), name=e.predicted, against_colour=_colour(AGAINST_COLOUR)))
        legend.setWordWrap(True)
        left.addWidget(legend)
        self.opacity_slider = QSlider(Qt.Orientation.Horizontal)
        self.opacity_slider.setObjectName("explainOpacitySlider")
        self.opacity_slider.setAccessibleName(translate("ExplainView", "Overlay strength"))
        self.opacity_slider.setRange(0, 100)
        self.opacity_slider.setValue(round(DEFAULT_OPACITY * 100))
        self.opacity_slider.valueChanged.connect(lambda value: self.set_opacity(value / 100))
        self.opacity_slider.setEnabled(e.image is not None)
        left.addWidget(self.opacity_slider)

        bars = QGroupBox(translate("ExplainView", "Probability of each class"))
        grid = QGridLayout(bars)
        self.bars: dict[str, QProgressBar] = {}
        per_column = len(e.classes) if len(e.classes) <= 4 else (len(e.classes) + 1) // 2  # many classes: two columns
        for i, (name, p) in enumerate(zip(e.classes, e.probabilities)):
            row, column = i % per_column, 2 * (i // per_column)
            grid.addWidget(QLabel(name), row, column)
            bar = QProgressBar()
            bar.setObjectName(f"probabilityBar_{i}")
            bar.setAccessibleName(translate("ExplainView", "Probability of {name}").format(name=name))
            bar.setRange(0, 1000)
            bar.setValue(round(float(p) * 1000))
            bar.setFormat(format_percent(float(p)))
            grid.addWidget(bar, row, column + 1)
            self.bars[name] = bar
        left.addWidget(bars)
        left.addStretch(1)
        columns.addLayout(left, 0)

        right = QVBoxLayout()
        self.equations = FittedText("\n".join(glass_box_lines(e)))
        self.equations.setObjectName("glassBox")
        self.equations.setAccessibleName(translate("ExplainView", "The glass box: this image's numbers in the equations"))
        self.equations.setToolTip(map_sentence(e))
        glass = QGroupBox(translate("ExplainView", "The glass box: this image's numbers in the equations"))
        QVBoxLayout(glass).addWidget(self.equations)
        right.addWidget(glass, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        right.addWidget(buttons)
        columns.addLayout(right, 1)
        self.resize(self._fitting_size())
        make_accessible(self)

    def _fitting_size(self) -> QSize:
        """As wide as the glass box wants, within the screen (less a title bar's height)."""
        hint = self.sizeHint()
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return hint
        room = screen.availableGeometry()
        return QSize(min(max(hint.width(), WIDTH), room.width()), min(hint.height(), room.height() - TITLE_BAR))

    @staticmethod
    def _picture(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setMinimumSize(VIEW, VIEW)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    def _model_eye_image(self) -> QImage:
        pixels = self.explanation.image
        if pixels.shape[2] == 1:
            pixels = np.repeat(pixels, 3, axis=2)
        pixels = np.ascontiguousarray(pixels, dtype=np.uint8)
        size = pixels.shape[0]
        return QImage(pixels.tobytes(), size, size, 3 * size, QImage.Format.Format_RGB888).copy()

    def _original_image(self) -> QImage | None:
        if not self.path:
            return None
        try:
            return pil_to_qimage(open_image(self.path, draft_size=VIEW).convert("RGB"))
        except (ImageReadError, OSError):
            return None

    def set_opacity(self, opacity: float) -> None:
        """Redraws the contribution overlay at this strength (0 to 1)."""
        if self.explanation.image is None:
            self.overlay.setText(translate("ExplainView", "No pixels to draw on."))
            return
        size = self.explanation.image.shape[0]
        drawn = pil_to_qimage(overlay_image(self.explanation, scale=max(1, VIEW // size), opacity=opacity))
        self.overlay.setPixmap(QPixmap.fromImage(enlarged(drawn, VIEW)))


def show_explanation(parent, model: TrainedModel, row, true_label: str | None = None,
                     path: str | None = None) -> ExplainView:
    """Opens the explanation without blocking the caller (tests and workers never hang on it)."""
    view = ExplainView(model, row, true_label, path, parent)
    view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    view.show()
    return view
