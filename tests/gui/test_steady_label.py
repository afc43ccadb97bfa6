"""A number that changes at every point of a run, in a room of its own: no relayout of the window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from lrgui.gui.widgets import SteadyLabel


class LayoutRequests(QObject):
    def __init__(self):
        super().__init__()
        self.seen = 0

    def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LayoutRequest:
            self.seen += 1
        return False


def test_a_new_text_repaints_the_label_alone_and_a_new_font_resizes_its_room(qtbot, qapp):
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    label = QLabel("iteration 1")
    room = SteadyLabel(label, lines=2, widest="iteration 999,999")
    layout.addWidget(room)
    layout.addWidget(QLabel("a neighbour"))
    window.show()
    qtbot.waitExposed(window)
    qapp.processEvents()
    tall = room.height()
    assert label.geometry() == room.rect() and room.width() >= label.fontMetrics().horizontalAdvance("iteration 999,999")
    assert tall >= 2 * label.fontMetrics().lineSpacing()

    requests = LayoutRequests()
    window.installEventFilter(requests)
    for iteration in range(2, 50):
        label.setText(f"iteration {iteration * 1000:,}")
        qapp.processEvents()
    assert requests.seen == 0  # the window's layout never ran again
    assert room.height() == tall

    big = QFont(label.font())
    big.setPointSizeF(2 * big.pointSizeF())
    label.setFont(big)  # presentation's type: the room follows
    qtbot.waitUntil(lambda: room.height() >= 2 * label.fontMetrics().lineSpacing() > tall)
    assert label.geometry() == room.rect()
