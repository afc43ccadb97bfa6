"""How a plot's axes read: one style for every plot, normal or for a projector (presentation mode)."""

from __future__ import annotations

from PySide6.QtGui import QFont

#: Tick labels in pixels: normal, and for the back of a room (presentation mode).
TICK_PX, PRESENTATION_TICK_PX = 11, 20


def style_ticks(plot_item, presenting: bool) -> None:
    """The left and bottom axes' tick labels at the normal size or, presenting, at 20 px and a little apart."""
    font = QFont()
    font.setPixelSize(PRESENTATION_TICK_PX if presenting else TICK_PX)
    for name in ("left", "bottom"):
        axis = plot_item.getAxis(name)
        axis.setTickFont(font)
        axis.setStyle(tickTextOffset=6 if presenting else 3)
