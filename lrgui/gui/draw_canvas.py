"""The drawing canvas: a square picture to paint on with the mouse, a pen or a finger.

The picture is :data:`RESOLUTION` pixels square whatever the widget's size
(the model squashes it to its own size, as it does any file); the widget
shows it scaled to fit. Pens and touch screens need nothing of their own:
Qt turns the tablet and touch events a widget leaves unhandled into mouse
events, so they paint as the mouse does. The left button paints with the
brush, the right one erases; erasing paints the background back (plain or
the mean image), never a fixed colour.
"""

from __future__ import annotations

import numpy as np
from PIL import Image
from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from lrgui.gui.thumbnails import pil_to_qimage, qimage_to_pil
from lrgui.session.i18n import translate

#: Side of the picture in pixels.
RESOLUTION = 256
#: Strokes and clears kept for undo (a 256×256 picture takes 256 KB).
UNDO_LIMIT = 40
#: The smallest side at which the canvas is shown.
MINIMUM_SIDE = 320
#: The flip marks' tint over the picture.
MARK_COLOUR = QColor(255, 0, 200, 120)


class DrawCanvas(QWidget):
    """A paintable square picture. ``changed`` is emitted after every painted segment, ``strokeFinished`` on release."""

    changed = Signal()
    strokeFinished = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("drawCanvas")
        self.setAccessibleName(translate("DrawCanvas", "Drawing canvas"))
        self.setAccessibleDescription(translate("DrawCanvas", "Paint with the left mouse button, a pen or a finger; the right button erases."))
        self.setMinimumSize(MINIMUM_SIDE, MINIMUM_SIDE)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)  # the brush outline follows the pointer
        self.setCursor(Qt.CursorShape.CrossCursor)
        self._background = QImage(RESOLUTION, RESOLUTION, QImage.Format.Format_RGB32)
        self._background.fill(QColor("black"))
        self._picture = self._background.copy()
        self._undo: list[QImage] = []
        self._redo: list[QImage] = []
        self.brush_colour = QColor("white")
        self.brush_size = 20.0  # in picture pixels
        self.erasing = False
        self._last: QPointF | None = None
        self._stroke_erases = False
        self._hover: QPointF | None = None
        self._marks: QImage | None = None

    # ----------------------------------------------------------------- public
    def image(self) -> Image.Image:
        """The picture as an RGB PIL image at full resolution."""
        return qimage_to_pil(self._picture).convert("RGB")

    def set_image(self, image: Image.Image) -> None:
        """Starts from ``image`` (squashed to the square, as the model squashes files); undo goes back."""
        self._remember()
        picture = image.convert("RGB").resize((RESOLUTION, RESOLUTION), Image.Resampling.LANCZOS)
        self._picture = pil_to_qimage(picture).convertToFormat(QImage.Format.Format_RGB32)
        self._after_change()

    def set_background(self, background: Image.Image | tuple[int, int, int], clear: bool = True) -> None:
        """The background: a plain colour or an image. ``clear`` starts a fresh drawing on it (undo goes back)."""
        if isinstance(background, Image.Image):
            picture = background.convert("RGB").resize((RESOLUTION, RESOLUTION), Image.Resampling.BILINEAR)
            self._background = pil_to_qimage(picture).convertToFormat(QImage.Format.Format_RGB32)
        else:
            self._background = QImage(RESOLUTION, RESOLUTION, QImage.Format.Format_RGB32)
            self._background.fill(QColor(*background))
        if clear:
            self.clear()

    def background(self) -> Image.Image:
        return qimage_to_pil(self._background).convert("RGB")

    def reset(self) -> None:
        """A fresh drawing on the background with nothing to undo (a new model)."""
        self._undo.clear()
        self._redo.clear()
        self._picture = self._background.copy()
        self._after_change()

    def clear(self) -> None:
        self._remember()
        self._picture = self._background.copy()
        self._after_change()

    def undo(self) -> bool:
        if not self._undo:
            return False
        self._redo.append(self._picture)
        self._picture = self._undo.pop()
        self._after_change()
        return True

    def redo(self) -> bool:
        if not self._redo:
            return False
        self._undo.append(self._picture)
        self._picture = self._redo.pop()
        self._after_change()
        return True

    def can_undo(self) -> bool:
        return bool(self._undo)

    def can_redo(self) -> bool:
        return bool(self._redo)

    def set_marks(self, pixels: np.ndarray | None) -> None:
        """Tints these model pixels ((size, size) bool) over the picture; None removes the marks."""
        if pixels is None:
            self._marks = None
        else:
            size = pixels.shape[0]
            rgba = np.zeros((size, size, 4), dtype=np.uint8)
            rgba[pixels] = MARK_COLOUR.red(), MARK_COLOUR.green(), MARK_COLOUR.blue(), MARK_COLOUR.alpha()
            self._marks = QImage(rgba.tobytes(), size, size, 4 * size, QImage.Format.Format_RGBA8888).copy()
        self.update()

    def has_marks(self) -> bool:
        return self._marks is not None

    def picture_rect(self) -> QRectF:
        """Where the picture is shown in the widget: the largest centred square."""
        side = min(self.width(), self.height()) - 2
        return QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    def to_picture(self, point: QPointF) -> QPointF:
        """Widget coordinates → picture pixels."""
        rect = self.picture_rect()
        scale = RESOLUTION / rect.width()
        return QPointF((point.x() - rect.x()) * scale, (point.y() - rect.y()) * scale)

    def to_widget(self, point: QPointF) -> QPointF:
        """Picture pixels → widget coordinates (tests paint at picture positions through this)."""
        rect = self.picture_rect()
        scale = rect.width() / RESOLUTION
        return QPointF(rect.x() + point.x() * scale, rect.y() + point.y() * scale)

    # ---------------------------------------------------------------- painting
    def _remember(self) -> None:
        self._undo.append(self._picture.copy())
        del self._undo[:-UNDO_LIMIT]
        self._redo.clear()

    def _after_change(self) -> None:
        self.update()
        self.changed.emit()

    def _pen(self, erase: bool) -> QPen:
        brush = QBrush(self._background) if erase else QBrush(self.brush_colour)
        return QPen(brush, self.brush_size, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)

    def _paint_to(self, point: QPointF) -> None:
        painter = QPainter(self._picture)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self._pen(self._stroke_erases))
        if point == self._last:
            painter.drawPoint(point)
        else:
            painter.drawLine(self._last, point)
        painter.end()
        # only the segment's square is repainted: a stroke never waits for the whole widget
        margin = self.brush_size / 2 + 2
        dirty = QRectF(self._last, point).normalized().adjusted(-margin, -margin, margin, margin)
        self._last = point
        self.update(self._widget_rect(dirty))
        self.changed.emit()

    def _widget_rect(self, picture_rect: QRectF) -> QRect:
        top_left, bottom_right = self.to_widget(picture_rect.topLeft()), self.to_widget(picture_rect.bottomRight())
        return QRectF(top_left, bottom_right).toAlignedRect().adjusted(-2, -2, 2, 2)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() not in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            return super().mousePressEvent(event)
        self._remember()
        self._stroke_erases = self.erasing or event.button() == Qt.MouseButton.RightButton
        self._last = self.to_picture(event.position())
        self._paint_to(self._last)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        old_hover = self._hover
        self._hover = event.position()
        if self._last is not None and event.buttons() & (Qt.MouseButton.LeftButton | Qt.MouseButton.RightButton):
            self._paint_to(self.to_picture(event.position()))
        else:
            self._update_outline(old_hover)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._last is None:
            return super().mouseReleaseEvent(event)
        self._paint_to(self.to_picture(event.position()))
        self._last = None
        self.strokeFinished.emit()
        event.accept()

    def leaveEvent(self, event) -> None:
        old_hover, self._hover = self._hover, None
        self._update_outline(old_hover)
        super().leaveEvent(event)

    def _update_outline(self, old: QPointF | None) -> None:
        radius = self.brush_size / 2 * self.picture_rect().width() / RESOLUTION + 3
        for point in (old, self._hover):
            if point is not None:
                self.update(QRectF(point.x() - radius, point.y() - radius, 2 * radius, 2 * radius).toAlignedRect())

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        rect = self.picture_rect()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(rect, self._picture)
        if self._marks is not None:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
            painter.drawImage(rect, self._marks)
        painter.setPen(QPen(self.palette().mid().color(), 1))
        painter.drawRect(rect.adjusted(-1, -1, 0, 0))
        if self._hover is not None and self.isEnabled():
            radius = self.brush_size / 2 * rect.width() / RESOLUTION
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            for colour, width in ((QColor(0, 0, 0, 160), 3), (QColor(255, 255, 255, 220), 1)):
                painter.setPen(QPen(colour, width))
                painter.drawEllipse(self._hover, radius, radius)
        painter.end()

    def sizeHint(self) -> QSize:
        return QSize(420, 420)
