"""Small widgets and helpers shared by the tabs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from lrgui.data.images import is_image_name


def local_paths(mime) -> list[Path]:
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class DropArea(QWidget):
    """A page that accepts drops of local folders (``accept="folders"``) or image files and folders."""

    dropped = Signal(list)

    def __init__(self, accept: str, parent=None):
        super().__init__(parent)
        self._accept = accept
        self.setAcceptDrops(True)

    def _wanted(self, paths: list[Path]) -> list[Path]:
        if self._accept == "folders":
            return [p for p in paths if p.is_dir()]
        return [p for p in paths if p.is_dir() or (p.is_file() and is_image_name(p.name))]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self._wanted(local_paths(event.mimeData())):
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
