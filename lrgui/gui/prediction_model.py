"""The Predict tab's rows as a Qt item model, the views that show them, and its progress throttle.

One :class:`PredictionModel` holds every prediction (and every skipped file)
as the worker made it: the words, the enlarged picture, the pixel row. Two
views show it with one selection: the gallery, whose :class:`TileDelegate`
paints a tile's picture, its label band and its true-label verdict when the
tile is painted (only the tiles on screen are ever drawn), and the list, one
line per row. Rows come in whole chunks, one insertion per :meth:`~PredictionModel.add`
(the tab adds what arrived at the progress bar's pace), never one per photo.
"""

from __future__ import annotations

import math
import time
from collections import OrderedDict

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from lrgui.gui.prediction_tasks import TILE, PredictedPhoto

#: The roles beyond Qt's own: the row's record, its picture, and the tile's words and colour.
PHOTO_ROLE = int(Qt.ItemDataRole.UserRole) + 1
PICTURE_ROLE = PHOTO_ROLE + 1
CAPTION_ROLE = PHOTO_ROLE + 2
VERDICT_ROLE = PHOTO_ROLE + 3
COLOUR_ROLE = PHOTO_ROLE + 4
NAME_ROLE = PHOTO_ROLE + 5
_DISPLAY, _TOOLTIP, _FOREGROUND, _ACCESSIBLE = (int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole),
                                                int(Qt.ItemDataRole.ForegroundRole),
                                                int(Qt.ItemDataRole.AccessibleTextRole))

#: A skipped file's words (as red as an error message).
SKIPPED_TEXT = "#b00020"
#: Behind the picture where it does not fill its square.
TILE_BACKGROUND = "#f4f4f4"
#: The true-label band is neutral (any hue could be a class's label colour); a mistake's text is yellow.
TRUE_BAND, RIGHT_TEXT, WRONG_TEXT = "#202020", "#ffffff", "#ffd600"
#: The label's and the verdict's type (px) on a tile of TILE px.
CAPTION_PX, VERDICT_PX = 15, 13
#: Presentation's doubled type makes tiles at most this much larger (three still fit side by side on a small screen).
MOST_TILE_SCALE = 1.5
#: The drawn tiles a gallery keeps, the most recently used (more than a full screen shows), so that a repaint
#: (a chunk arriving, a selection moving) copies them rather than drawing their words again.
TILES_KEPT = 64
#: The progress bar is set at most once per this many milliseconds.
PROGRESS_MS = 100


class PredictionModel(QAbstractListModel):
    """The Predict tab's rows, in the order they arrived: predictions and skipped files."""

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self._photos: list[PredictedPhoto] = []
        self._predicted: list[int] = []  # the rows that hold a prediction, in order

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._photos)

    def data(self, index: QModelIndex, role: int = _DISPLAY):
        row = index.row()
        if not 0 <= row < len(self._photos):
            return None
        photo = self._photos[row]
        if role == _DISPLAY or role == _ACCESSIBLE:
            return photo.text
        if role == _TOOLTIP:
            return photo.tooltip or None
        if role == _FOREGROUND:
            return QColor(SKIPPED_TEXT) if photo.prediction is None else None
        if role == PHOTO_ROLE:
            return photo
        if role == PICTURE_ROLE:
            return photo.picture
        if role == CAPTION_ROLE:
            return photo.caption
        if role == VERDICT_ROLE:
            return photo.verdict
        if role == COLOUR_ROLE:
            return photo.colour
        if role == NAME_ROLE:
            return photo.name
        return None

    def add(self, photos: list[PredictedPhoto]) -> None:
        """Appends a chunk's rows in one insertion."""
        if not photos:
            return
        first = len(self._photos)
        self.beginInsertRows(QModelIndex(), first, first + len(photos) - 1)
        self._photos.extend(photos)
        self._predicted.extend(first + i for i, photo in enumerate(photos) if photo.prediction is not None)
        self.endInsertRows()

    def clear(self) -> None:
        self.beginResetModel()
        self._photos = []
        self._predicted = []
        self.endResetModel()

    def photo(self, row: int) -> PredictedPhoto | None:
        return self._photos[row] if 0 <= row < len(self._photos) else None

    def predicted(self) -> list[PredictedPhoto]:
        """The rows holding a prediction (skipped files left out), in order."""
        return [self._photos[row] for row in self._predicted]

    @property
    def prediction_count(self) -> int:
        return len(self._predicted)


class TileDelegate(QStyledItemDelegate):
    """Paints a gallery tile when it is shown: the picture, "label  97.0 %" on a band in the label's colour over
    its bottom, "true: label ✓/✗" on a dark band over its top when the true label is known, the file's name
    below. The tile's side is the view's icon size; its type grows with it. A drawn tile is kept (TILES_KEPT)."""

    def __init__(self, parent: QObject):
        super().__init__(parent)
        # (id of the row's record, side, pixel ratio) → (the record, which keeps its id unique; the drawn tile)
        self._tiles: OrderedDict[tuple, tuple[PredictedPhoto, QPixmap]] = OrderedDict()

    def forget_tiles(self) -> None:
        self._tiles.clear()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        side = option.decorationSize.width()
        return QSize(side + 12, side + QFontMetrics(option.font).height() + 12)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget)
        side = option.decorationSize.width()
        cell = option.rect
        square = QRect(cell.left() + (cell.width() - side) // 2, cell.top() + 4, side, side)
        name_box = QRect(cell.left() + 2, square.bottom() + 3, cell.width() - 4, cell.bottom() - square.bottom() - 4)
        painter.save()
        painter.setClipRect(cell)
        photo: PredictedPhoto = index.data(PHOTO_ROLE)
        if photo.prediction is None:  # "✕ name" where its picture would be, as red as its line in the list
            painter.setPen(QColor(SKIPPED_TEXT))
            painter.setFont(option.font)
            painter.drawText(square, Qt.AlignmentFlag.AlignCenter,
                             option.fontMetrics.elidedText(photo.name, Qt.TextElideMode.ElideMiddle, side - 8))
        else:
            painter.drawPixmap(square.topLeft(), self._tile(photo, side, painter.device().devicePixelRatioF(),
                                                            option.font))
            selected = bool(option.state & QStyle.StateFlag.State_Selected)
            group = (QPalette.ColorGroup.Active if option.state & QStyle.StateFlag.State_Active
                     else QPalette.ColorGroup.Inactive)
            painter.setPen(option.palette.color(group, QPalette.ColorRole.HighlightedText if selected
                                                else QPalette.ColorRole.Text))
            painter.setFont(option.font)
            painter.drawText(name_box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             option.fontMetrics.elidedText(photo.name, Qt.TextElideMode.ElideMiddle, name_box.width()))
        painter.restore()
        if option.state & QStyle.StateFlag.State_HasFocus:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, widget)

    def _tile(self, photo: PredictedPhoto, side: int, ratio: float, font: QFont) -> QPixmap:
        key = (id(photo), side, ratio)
        kept = self._tiles.get(key)
        if kept is not None:
            self._tiles.move_to_end(key)
            return kept[1]
        tile = QPixmap(round(side * ratio), round(side * ratio))
        tile.setDevicePixelRatio(ratio)
        painter = QPainter(tile)
        self._paint_tile(painter, QRect(0, 0, side, side), photo, font)
        painter.end()
        self._tiles[key] = (photo, tile)
        while len(self._tiles) > TILES_KEPT:
            self._tiles.popitem(last=False)
        return tile

    @staticmethod
    def _paint_tile(painter: QPainter, square: QRect, photo: PredictedPhoto, base: QFont) -> None:
        side = square.width()
        scale = side / TILE
        painter.fillRect(square, QColor(TILE_BACKGROUND))
        picture = photo.picture
        if picture is not None and not picture.isNull():
            # enlarged without smoothing (the painter's default), so each model pixel stays a visible square
            size = picture.size().scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(square.left() + (side - size.width()) // 2, square.top() + (side - size.height()) // 2,
                           size.width(), size.height())
            painter.drawImage(target, picture)
        font = QFont(base)
        font.setBold(True)
        font.setPixelSize(round(CAPTION_PX * scale))
        metrics = QFontMetrics(font)
        band = QRect(square.left(), square.bottom() + 1 - (metrics.height() + 10), side, metrics.height() + 10)
        background = QColor(photo.colour)
        background.setAlpha(225)
        painter.fillRect(band, background)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(band, Qt.AlignmentFlag.AlignCenter,
                         metrics.elidedText(photo.caption, Qt.TextElideMode.ElideMiddle, side - 12))
        if photo.verdict:
            font.setPixelSize(round(VERDICT_PX * scale))
            metrics = QFontMetrics(font)
            top = QRect(square.left(), square.top(), side, metrics.height() + 8)
            background = QColor(TRUE_BAND)
            background.setAlpha(225)
            painter.fillRect(top, background)
            painter.setFont(font)
            painter.setPen(QColor(RIGHT_TEXT if photo.right else WRONG_TEXT))
            painter.drawText(top, Qt.AlignmentFlag.AlignCenter,
                             metrics.elidedText(photo.verdict, Qt.TextElideMode.ElideMiddle, side - 12))


class PredictionView(QListView):
    """A view of the Predict tab's rows that can say how many there are."""

    def count(self) -> int:
        model = self.model()
        return 0 if model is None else model.rowCount()


class PredictionGallery(PredictionView):
    """The tiles, in rows that wrap; bigger, with bigger type, when the window's type is (presentation mode)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)
        self.setItemDelegate(TileDelegate(self))
        self._fit_to_font()

    def setModel(self, model) -> None:
        super().setModel(model)
        if model is not None:  # rows cleared: their drawn tiles go with them
            model.modelReset.connect(self.itemDelegate().forget_tiles)

    def tile_side(self) -> int:
        return self.iconSize().width()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_to_font()

    def _fit_to_font(self) -> None:
        own, normal = self.font(), QApplication.font()
        if own.pointSizeF() > 0 and normal.pointSizeF() > 0:
            scale = own.pointSizeF() / normal.pointSizeF()
        elif own.pixelSize() > 0 and normal.pixelSize() > 0:
            scale = own.pixelSize() / normal.pixelSize()
        else:
            scale = 1.0
        side = round(TILE * min(max(scale, 1.0), MOST_TILE_SCALE))
        self.setIconSize(QSize(side, side))
        self.setGridSize(QSize(side + 16, side + QFontMetrics(self.font()).height() + 16))


class ProgressThrottle(QObject):
    """Sets a progress bar at most once per PROGRESS_MS (the newest value; the last one when the run ends),
    then calls ``shown``: a bar repaints itself at once when its value changes."""

    def __init__(self, bar, shown, parent: QObject):
        super().__init__(parent)
        self._bar = bar
        self._shown = shown
        self._pending: tuple[int, int] | None = None
        self._last = -math.inf
        self._timer = QTimer(self, singleShot=True, timeout=self.flush)

    def update(self, done: int, total: int) -> None:
        self._pending = (done, total)
        wait = PROGRESS_MS - (time.monotonic() - self._last) * 1000
        if wait <= 0:
            self.flush()
        elif not self._timer.isActive():
            self._timer.start(math.ceil(wait))

    def flush(self) -> None:
        """Shows the newest value now, if one is waiting."""
        self._timer.stop()
        if self._pending is None:
            return
        done, total = self._pending
        self._pending = None
        self._last = time.monotonic()
        if self._bar.maximum() != total:
            self._bar.setRange(0, total)
        self._bar.setValue(done)
        self._shown()
