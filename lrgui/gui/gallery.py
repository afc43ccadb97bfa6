"""A gallery of dataset rows drawn as the model sees them: the size×size pixels, enlarged without smoothing."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget, QListWidgetItem

from lrgui.data import ImageFormat
from lrgui.session.i18n import translate

#: Side of a gallery tile in pixels.
TILE = 112
#: The data role holding a tile's row index in the dataset.
ROW_ROLE = Qt.ItemDataRole.UserRole


def row_image(row: np.ndarray, image_format: ImageFormat) -> QImage:
    """One uint8 pixel row as a QImage of size×size pixels (grayscale shown as gray RGB)."""
    pixels = np.asarray(row, dtype=np.uint8).reshape(image_format.shape)
    if pixels.shape[2] == 1:
        pixels = np.repeat(pixels, 3, axis=2)
    pixels = np.ascontiguousarray(pixels)
    size = image_format.size
    return QImage(pixels.tobytes(), size, size, 3 * size, QImage.Format.Format_RGB888).copy()


def enlarged(image: QImage, side: int) -> QImage:
    """Scaled to ``side`` pixels with nearest-neighbour sampling, so each model pixel is a visible square."""
    return image.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation)


def tile(row: np.ndarray, image_format: ImageFormat, caption: str, colour: str) -> QImage:
    """The enlarged model's-eye image with ``caption`` on a coloured band over its bottom."""
    image = QImage(TILE, TILE, QImage.Format.Format_RGB32)
    image.fill(QColor("#f4f4f4"))
    painter = QPainter(image)
    painter.drawImage(0, 0, enlarged(row_image(row, image_format), TILE))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(12)
    painter.setFont(font)
    band = QColor(colour)
    band.setAlpha(220)
    painter.fillRect(0, TILE - 18, TILE, 18, band)
    painter.setPen(QColor("white"))
    painter.drawText(0, TILE - 18, TILE, 18, Qt.AlignmentFlag.AlignCenter, caption)
    painter.end()
    return image


class Gallery(QListWidget):
    """Tiles of dataset rows; several may be selected; double-clicking one asks for its explanation."""

    explainRequested = Signal(int)  # the dataset row

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(QSize(TILE, TILE))
        self.setGridSize(QSize(TILE + 12, TILE + 34))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.itemDoubleClicked.connect(lambda item: self.explainRequested.emit(int(item.data(ROW_ROLE))))
        #: drawn tiles by (row, caption, colour): moving a threshold re-shows mostly the same tiles
        self._icons: dict[tuple, QIcon] = {}

    def forget_tiles(self) -> None:
        """Drops the drawn tiles (the rows now mean other images)."""
        self._icons.clear()

    def show_rows(self, rows: list[int], X: np.ndarray, image_format: ImageFormat | None,
                  captions: list[str], colours: list[str], tooltips: list[str], names: list[str]) -> None:
        self.setUpdatesEnabled(False)
        self.clear()
        for row, caption, colour, tooltip, name in zip(rows, captions, colours, tooltips, names):
            if image_format is not None:
                key = (int(row), caption, colour)
                icon = self._icons.get(key)
                if icon is None:
                    icon = self._icons[key] = QIcon(QPixmap.fromImage(tile(X[row], image_format, caption, colour)))
                item = QListWidgetItem(icon, name)
            else:
                item = QListWidgetItem(f"{caption}\n{name}")
            item.setData(ROW_ROLE, int(row))
            item.setToolTip(tooltip)
            self.addItem(item)
        self.setUpdatesEnabled(True)

    def rows(self) -> list[int]:
        return [int(self.item(i).data(ROW_ROLE)) for i in range(self.count())]

    def selected_rows(self) -> list[int]:
        return [int(item.data(ROW_ROLE)) for item in self.selectedItems()]


def short_name(path: str | None, row: int) -> str:
    return Path(path).name if path else translate("Gallery", "row {number}").format(number=row)
