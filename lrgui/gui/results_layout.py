"""How the Results tab places its tables: side by side when they fit the screen whole, else one above the other
when the screen is tall enough for that, else side by side, each scrolling sideways with its headers whole.

The rule counts what the window spends beside the tab — its frames, and a dock
such as the lesson notes. A dock squeezed to a narrow column (the tables side
by side in doubled type left the notes about 110 px in presentation) counts
for the share of the screen it should have, so the tables give way and the
notes keep a width a room can read. Doubled type on a 600-pixel screen has no
height for the tables one above the other: there they stay side by side and
scroll sideways, every row and every header whole.
"""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QDockWidget

#: A dock shown beside the tab keeps at least this share of the screen's width (presentation.NOTES_SHARE: that
#: module brings the plots with it, which the Results tab does not need).
DOCK_SHARE = 0.25
#: What the window's frames take beside (or above) a tab not yet shown.
FRAMES = 40

SIDE_BY_SIDE, STACKED, SCROLLING = "side by side", "stacked", "scrolling"


def room_left(tab, screen_size) -> tuple[int, int]:
    """The width and height the screen leaves ``tab``: less the window's frames, margins and tab bar, and every
    docked panel shown, each counted at least at its share of the screen's width."""
    window = tab.window()
    if not tab.isVisible() or window is tab:
        return screen_size.width() - FRAMES, screen_size.height() - FRAMES
    beside = max(window.width() - tab.width(), 0)
    above = max(window.height() - tab.height(), 0)
    for dock in window.findChildren(QDockWidget):
        if dock.isVisible() and not dock.isFloating():
            beside += max(0, round(screen_size.width() * DOCK_SHARE) - dock.width())
    return screen_size.width() - beside, screen_size.height() - above


def tables_arrangement(tab) -> str:
    """Side by side when the matrix, the per-class rates (and the exclusions, when shown) fit beside each other
    whole; stacked when they fit one above the other with every row; else scrolling (side by side, sideways)."""
    screen = tab.screen()
    if screen is None:
        return SIDE_BY_SIDE
    width, height = room_left(tab, screen.availableGeometry().size())
    layout, tables = tab.layout(), tab.tables_layout
    margins = layout.contentsMargins()
    spacing = max(tables.spacing(), 0)
    boxes = [tab.matrix_box, tab.rates_box]
    if tab.exclusions_box.isVisibleTo(tab):
        boxes.append(tab.exclusions_box)
    between = spacing * (len(boxes) - 1)
    if sum(box.sizeHint().width() for box in boxes) + between + margins.left() + margins.right() <= width:
        return SIDE_BY_SIDE
    # the rest of the tab at its least (the bar, the summary, the gallery's least), and the tables whole
    others = layout.minimumSize().height() - tables.minimumSize().height()
    if others + sum(box.sizeHint().height() for box in boxes) + between <= height:
        return STACKED
    return SCROLLING


def arrange_tables(tab) -> None:
    arrangement = tables_arrangement(tab)
    direction = QBoxLayout.Direction.TopToBottom if arrangement == STACKED else QBoxLayout.Direction.LeftToRight
    if tab.tables_layout.direction() != direction:
        tab.tables_layout.setDirection(direction)
    # one above the other, the rates name their rows (side by side, the matrix's names are theirs)
    tab.rates.verticalHeader().setVisible(arrangement == STACKED)
    for table in (tab.matrix, tab.rates):
        table.set_squeezable(arrangement == SCROLLING)
