"""The Train tab's keys: Space starts or pauses, → steps (or moves on), ← goes back one recorded point, L logs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from lrgui.session.i18n import translate


def add_shortcuts(tab) -> None:
    """The keys as actions of ``tab`` (a :class:`~lrgui.gui.train_tab.TrainTab`), acting within it only."""
    tab.space_action = QAction(translate("TrainTab", "Train / pause / resume"), tab, shortcut=QKeySequence(Qt.Key.Key_Space),
                               triggered=tab.start_or_pause)
    tab.step_action = QAction(translate("TrainTab", "Step one iteration (paused) / next recorded point"), tab,
                              shortcut=QKeySequence(Qt.Key.Key_Right), triggered=tab.step_forward)
    tab.back_action = QAction(translate("TrainTab", "Back one recorded point"), tab, shortcut=QKeySequence(Qt.Key.Key_Left),
                              triggered=tab.step_back)
    tab.log_action = QAction(translate("TrainTab", "Log scale on/off"), tab, shortcut=QKeySequence(Qt.Key.Key_L),
                             triggered=tab.plots.log_check.toggle)
    for action in (tab.space_action, tab.step_action, tab.back_action, tab.log_action):
        # text boxes keep their keys (they accept the shortcut override); elsewhere in the tab these act
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        tab.addAction(action)
