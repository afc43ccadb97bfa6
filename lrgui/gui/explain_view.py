"""Explain one image: what the model sees, its probabilities, which pixels pushed where, and the equations."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QSlider,
    QVBoxLayout,
)

from lrgui.data import ImageReadError, TrainedModel, open_image
from lrgui.gui.gallery import enlarged
from lrgui.gui.thumbnails import pil_to_qimage
from lrgui.session.explain import Explanation, explain, glass_box_lines, map_sentence
from lrgui.session.wording import format_percent
from lrgui.session.explain_image import DEFAULT_OPACITY, FOR_COLOUR, AGAINST_COLOUR, overlay_image

#: Side of the enlarged pictures in pixels.
VIEW = 256


def _colour(rgb) -> str:
    return "#%02x%02x%02x" % tuple(rgb)


class ExplainView(QDialog):
    """One image explained. ``row``: its uint8 pixels; ``path``: its file (for the original), when known."""

    def __init__(self, model: TrainedModel, row: np.ndarray, true_label: str | None = None,
                 path: str | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("explainView")
        self.setWindowTitle(f"Why '{Path(path).name if path else 'this image'}'?")
        self.explanation: Explanation = explain(model, row, true_label)
        self.path = path
        self._build()
        self.set_opacity(DEFAULT_OPACITY)

    def _build(self) -> None:
        e = self.explanation
        layout = QVBoxLayout(self)
        verdict = f"Predicted <b>{e.predicted}</b> ({format_percent(e.probabilities[e.predicted_index])})"
        if e.true_label is not None:
            mark = "✓" if e.true_label == e.predicted else "✗"
            verdict += f" — true class <b>{e.true_label}</b> {mark}"
        self.verdict = QLabel(verdict)
        self.verdict.setObjectName("explainVerdict")
        layout.addWidget(self.verdict)

        pictures = QHBoxLayout()
        self.original = self._picture("explainOriginal")
        self.model_eye = self._picture("explainModelEye")
        self.overlay = self._picture("explainOverlay")
        if e.image is not None:
            size = e.image.shape[0]
            self.model_eye.setPixmap(QPixmap.fromImage(enlarged(self._model_eye_image(), VIEW)))
            self.model_eye.setToolTip(f"The {size}×{size} image the model receives, each of its pixels a square")
        else:
            self.model_eye.setText("This model does not work on images.")
        original = self._original_image()
        if original is not None:
            self.original.setPixmap(QPixmap.fromImage(original.scaled(
                VIEW, VIEW, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)))
        else:
            self.original.setText("(no original file)")
        for title, label in (("Original", self.original), ("What the model sees", self.model_eye),
                             ("Which pixels pushed where", self.overlay)):
            box = QGroupBox(title)
            inner = QVBoxLayout(box)
            inner.addWidget(label)
            pictures.addWidget(box)
        layout.addLayout(pictures)

        opacity_row = QHBoxLayout()
        opacity_row.addWidget(QLabel(
            f"<span style='color:{_colour(FOR_COLOUR)}'>■</span> for '{e.predicted}'  "
            f"<span style='color:{_colour(AGAINST_COLOUR)}'>■</span> against it — overlay strength"))
        self.opacity_slider = QSlider(Qt.Orientation.Horizontal)
        self.opacity_slider.setObjectName("explainOpacitySlider")
        self.opacity_slider.setRange(0, 100)
        self.opacity_slider.setValue(round(DEFAULT_OPACITY * 100))
        self.opacity_slider.valueChanged.connect(lambda value: self.set_opacity(value / 100))
        self.opacity_slider.setEnabled(e.image is not None)
        opacity_row.addWidget(self.opacity_slider, 1)
        layout.addLayout(opacity_row)

        bars = QGroupBox("Probability of each class")
        grid = QGridLayout(bars)
        self.bars: dict[str, QProgressBar] = {}
        for i, (name, p) in enumerate(zip(e.classes, e.probabilities)):
            grid.addWidget(QLabel(name), i, 0)
            bar = QProgressBar()
            bar.setObjectName(f"probabilityBar_{i}")
            bar.setRange(0, 1000)
            bar.setValue(round(float(p) * 1000))
            bar.setFormat(format_percent(float(p)))
            grid.addWidget(bar, i, 1)
            self.bars[name] = bar
        layout.addWidget(bars)

        self.equations = QPlainTextEdit("\n".join(glass_box_lines(e)))
        self.equations.setObjectName("glassBox")
        self.equations.setReadOnly(True)
        self.equations.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.equations.setToolTip(map_sentence(e))
        glass = QGroupBox("The glass box: this image's numbers in the equations")
        QVBoxLayout(glass).addWidget(self.equations)
        layout.addWidget(glass, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

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
            self.overlay.setText("No pixels to draw on.")
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
