"""Help → Keyboard shortcuts and About: the window's two information dialogs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

import lrgui
from lrgui.session.i18n import translate


def shortcut_rows(window) -> list[tuple[str, str]]:
    """(keys, what they do) of every action with a shortcut, and the Train tab's own keys."""
    rows = []
    for action in window.findChildren(QAction):
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        text = action.text().replace("&", "").rstrip("…").strip()
        if keys and text and action not in window.tab_actions:
            rows.append((keys, text))
    rows.append(("Alt+1 … Alt+6", translate("HelpDialogs", "Data, Train, Results, Predict, Draw, Playground tab")))
    rows += [(translate("HelpDialogs", "Space"), translate("HelpDialogs", "Train tab: train, or pause and resume")),
             ("→", translate("HelpDialogs", "Train tab: one more step while paused")),
             ("←", translate("HelpDialogs", "Train tab: back one recorded point while paused")),
             ("L", translate("HelpDialogs", "Train tab: log scale"))]
    rows += window.draw_tab.shortcut_rows()
    return sorted(set(rows), key=lambda row: row[1].lower())


def show_shortcuts(window) -> None:
    rows = "".join(f"<tr><td><b>{keys}</b></td><td>&nbsp;&nbsp;{text}</td></tr>" for keys, text in shortcut_rows(window))
    box = QMessageBox(QMessageBox.Icon.NoIcon, translate("HelpDialogs", "Keyboard shortcuts"), f"<table>{rows}</table>",
                      QMessageBox.StandardButton.Close, window)
    box.setObjectName("shortcutsDialog")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def show_about(window) -> None:
    QMessageBox.about(
        window,
        translate("HelpDialogs", "About lrgui"),
        f"<h3>lrgui {lrgui.__version__}</h3>"
        + translate("HelpDialogs", "<p>Train image classifiers from first principles: logistic regression as a single "
                    "sigmoid neuron, trained by full-batch gradient descent, and a network with one hidden "
                    "layer — all in readable NumPy.</p>"
                    "<p>Made for classrooms, students and the curious. MIT licence.</p>"),
    )
