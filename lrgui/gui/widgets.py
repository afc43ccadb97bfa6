"""Small widgets and helpers shared by the tabs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QFontMetrics, QKeySequence
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QMessageBox, QSizePolicy, QWidget

from lrgui.data.images import is_image_name
from lrgui.session.i18n import translate


def local_paths(mime) -> list[Path]:
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class DropArea(QWidget):
    """A page that accepts drops of local folders (``accept="folders"``) or image files and folders."""

    dropped = Signal(list)

    def __init__(self, accept: str, parent=None):
        super().__init__(parent)
        self._accept = accept
        self.setAcceptDrops(True)

    def _is_wanted(self, path: Path) -> bool:
        # the name first: an image file costs one look at the disk, not two (a drop may hold thousands)
        if self._accept != "folders" and is_image_name(path.name) and path.is_file():
            return True
        return path.is_dir()

    def _wanted(self, paths: list[Path]) -> list[Path]:
        return [p for p in paths if self._is_wanted(p)]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        # one wanted path is enough to accept the drag: the drop sorts them all
        if event.mimeData().hasUrls() and any(self._is_wanted(p) for p in local_paths(event.mimeData())):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._wanted(local_paths(event.mimeData()))
        if paths:
            event.acceptProposedAction()
            self.dropped.emit(paths)
        else:
            event.ignore()


def show_error(parent: QWidget, title: str, text: str, details: str | None = None) -> QMessageBox:
    """A window-modal message that does not block the caller (so tests and workers never hang)."""
    box = QMessageBox(QMessageBox.Icon.Warning if details is None else QMessageBox.Icon.Critical, title, text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorMessage")
    if details:
        box.setDetailedText(details)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box


def make_action(parent, text: str, slot, shortcut=None, name: str | None = None, tip: str = "") -> QAction:
    """A menu action with its shortcut, object name (for automation) and status tip, triggering ``slot``."""
    action = QAction(text, parent)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    if name:
        action.setObjectName(name)
    if tip:
        action.setStatusTip(tip)
    action.triggered.connect(slot)
    return action


def show_training_error(parent: QWidget, error, details: str) -> None:
    """A failed run in words: the user's mistake, not enough memory, or an unexpected error with its details."""
    from lrgui.errors import UserError

    if isinstance(error, UserError):
        show_error(parent, translate("Widgets", "Cannot train"), str(error))
    elif isinstance(error, MemoryError):
        show_error(parent, translate("Widgets", "Out of memory"), translate("Widgets", "There is not enough memory to train on this data. "
                   "Try a smaller image size or fewer images."))
    else:
        show_error(parent, translate("Widgets", "Training failed"),
                   translate("Widgets", "Unexpected error during training: {error}").format(error=error), details)


class WholeTextComboBox(QComboBox):
    """A combo box never narrower than its longest item: a squeezed layout (presentation's doubled type beside
    the notes) elides nothing. Its minimum follows the font it has, so it grows and shrinks with it."""

    def minimumSizeHint(self):
        hint = super().minimumSizeHint()
        metrics = self.fontMetrics()
        longest = max((metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())), default=0)
        hint.setWidth(max(hint.width(), longest + 3 * metrics.height()))  # the arrow and the frame
        return hint


def discard(widget: QWidget) -> None:
    """Takes ``widget`` off the screen and out of its layout; Qt deletes it in the event loop.

    Not ``setParent(None)``: that hands the widget to its Python wrapper, and the
    garbage collector would destroy it at a random later moment, inside whatever
    runs then (docs/architecture.md, "Who destroys a QObject").
    """
    widget.hide()
    parent = widget.parentWidget()
    if parent is not None and parent.layout() is not None:
        parent.layout().removeWidget(widget)
    widget.deleteLater()


class CheckBoxLabel(QLabel):
    """A check box's words, wrapped in a narrow column (a QCheckBox's own text never wraps, and its width
    would widen the column past the screen); a click on the words ticks the box, as on the box's own text."""

    def __init__(self, text: str, box: QCheckBox, parent=None):
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setBuddy(box)
        self._box = box

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton and self._box.isEnabled() and self.rect().contains(event.position().toPoint()):
            self._box.click()
        super().mouseReleaseEvent(event)


def check_box_row(box: QCheckBox, text: str) -> QWidget:
    """``box`` with its words beside it, wrapping: one row of a form."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(CheckBoxLabel(text, box), 1)
    return row


class SteadyLabel(QWidget):
    """A label (``label``) in a room of its own, ``lines`` lines of its font tall and as wide as the layout
    gives (at least ``widest``'s width): for a number that changes at every point of a run. A label's new
    text invalidates its parent's layout and so every layout up to the window's (a relayout, often a repaint
    of the whole tab, at every point); this room has no layout, so a new text repaints the label alone. The
    room follows the label's font (presentation's type)."""

    def __init__(self, label: QLabel, lines: int = 1, widest: str = "", parent=None):
        super().__init__(parent)
        self.label = label
        label.setParent(self)
        self._lines = lines
        self._widest = widest
        self._room = QSize()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_lines(self, lines: int) -> None:
        self._lines = lines
        self.updateGeometry()

    def _least(self) -> QSize:
        metrics = QFontMetrics(self.label.font())
        margins = self.label.contentsMargins()
        width = max(self.label.minimumWidth(), metrics.horizontalAdvance(self._widest)) if self._widest else 0
        return QSize(width + margins.left() + margins.right(),
                     self._lines * metrics.lineSpacing() + margins.top() + margins.bottom())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        self._room = self._least()
        return self._room

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.sizeHint()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.label.setGeometry(self.rect())

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # the label's: a new text keeps the room, a new font not
            if self._least() != self._room:
                self.updateGeometry()
            return True
        return super().event(event)
