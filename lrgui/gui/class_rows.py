"""The Data tab's class rows: one class's folders, its name (editable), its count and thumbnails."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QToolButton, QVBoxLayout, QWidget

from lrgui.data import ClassFolder
from lrgui.session.i18n import translate
from lrgui.session.wording import format_int, format_count, split_count

THUMBNAIL_SIZE = 44


@dataclass
class ClassEntry:
    """One class as the user set it up: a name, its folders, whether it is used."""

    name: str
    train: list[Path]
    test: list[Path] = field(default_factory=list)
    enabled: bool = True
    count: int | None = None
    original: str | None = None  # for imported datasets: the class's name in the file

    def as_class_folder(self) -> ClassFolder:
        return ClassFolder(self.name, list(self.train), list(self.test))


class ClassRow(QFrame):
    """A row of the class list: use-checkbox, editable name, image count, thumbnails, remove."""

    renamed = Signal(object, str)
    toggled = Signal(object, bool)
    removed = Signal(object)

    def __init__(self, entry: ClassEntry, parent=None):
        super().__init__(parent)
        self.entry = entry
        self.setObjectName("classRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.use_check = QCheckBox()
        self.use_check.setChecked(entry.enabled)
        self.use_check.setAccessibleName(translate("ClassRow", "Use this class"))
        self.use_check.setToolTip(translate("ClassRow", "Use this class for training"))
        self.use_check.toggled.connect(lambda on: self.toggled.emit(self, on))
        self.name_edit = QLineEdit(entry.name)
        self.name_edit.setObjectName("classNameEdit")
        self.name_edit.setAccessibleName(translate("ClassRow", "Class name"))
        self.name_edit.setMaximumWidth(200)
        self.name_edit.setToolTip(translate("ClassRow", "Class name (click to rename)"))
        self.name_edit.editingFinished.connect(self._name_edited)
        names = QVBoxLayout()
        names.setSpacing(2)
        names.addWidget(self.name_edit)
        self.count_label = QLabel(translate("ClassRow", "counting…"))
        self.count_label.setObjectName("classCountLabel")
        self.count_label.setStyleSheet("color: palette(mid);")
        names.addWidget(self.count_label)
        self.strip = QHBoxLayout()
        self.strip.setSpacing(3)
        strip_widget = QWidget()
        strip_widget.setLayout(self.strip)
        strip_widget.setMinimumHeight(THUMBNAIL_SIZE)
        remove = QToolButton()
        remove.setObjectName("removeClassButton")
        remove.setText("✕")
        remove.setAutoRaise(True)
        remove.setToolTip(translate("ClassRow", "Remove class {name}").format(name=repr(entry.name)))
        remove.clicked.connect(lambda: self.removed.emit(self))
        layout.addWidget(self.use_check)
        layout.addLayout(names)
        layout.addWidget(strip_widget, 1)
        layout.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
        folders = "\n".join(str(p) for p in entry.train + entry.test)
        self.setToolTip(folders)

    def _name_edited(self) -> None:
        new = self.name_edit.text().strip()
        if new and new != self.entry.name:
            self.renamed.emit(self, new)
        else:
            self.name_edit.setText(self.entry.name)

    def set_count(self, count: int, test_count: int) -> None:
        text = format_count(count, "image")
        if test_count:
            text += translate("ClassRow", " + {count} test").format(count=format_int(test_count))
        self.count_label.setText(text)

    def set_split(self, train: int, test: int) -> None:
        """After loading: the class's pictures and how they are used, '800 images (640 to train, 160 to test)'."""
        self.count_label.setText(split_count(train, test))

    def set_thumbnails(self, images) -> None:
        while self.strip.count():
            item = self.strip.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for image in images:
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setFixedSize(QSize(THUMBNAIL_SIZE, THUMBNAIL_SIZE))
            self.strip.addWidget(label)
        self.strip.addStretch(1)
