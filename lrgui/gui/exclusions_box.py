"""The Results tab's list of images excluded from training, with "Include again"; shown only when it holds one."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QListWidget, QPushButton, QVBoxLayout

from lrgui.session.i18n import translate
from lrgui.session.state import AppState


class ExclusionsBox(QGroupBox):
    """Lists the state's exclusions; "Include again" sends the selected ones (or all) back through the state."""

    def __init__(self, state: AppState, parent=None):
        super().__init__(translate("ResultsTab", "Excluded from training"), parent)
        self.state = state
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setObjectName("exclusionsList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setMaximumHeight(self.list.fontMetrics().height() * 5)
        self.include_button = QPushButton(translate("ResultsTab", "Include again"))
        self.include_button.setObjectName("includeAgainButton")
        self.include_button.clicked.connect(self.include_selected)
        layout.addWidget(self.list)
        layout.addWidget(self.include_button)
        self.setVisible(False)  # shown while there is something in it

    def include_selected(self) -> None:
        paths = [item.text() for item in self.list.selectedItems()]
        self.state.include_again(paths or self.state.exclusions)

    def show_paths(self, paths, hidden: bool = False) -> None:
        """The excluded paths; the box takes no room when there are none (or while ``hidden``: presentation)."""
        self.list.clear()
        self.list.addItems(list(paths))
        self.setVisible(bool(paths) and not hidden)
