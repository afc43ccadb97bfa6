"""Tables that show all they hold: every row without scrolling and every header in full, when the screen allows.

A ``QTableWidget`` asks its layout for a fixed 256×192 whatever it holds, so
a table of three rows got the height of one and a half and a long header was
cut to "precisio…". A :class:`FittedTable` asks for exactly its rows and
headers (more room is not taken, and it may still be squeezed down to a few
rows, then it scrolls, its headers whole), and keeps that true when it is
filled again or its font changes (presentation mode doubles it).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, QTimer
from PySide6.QtWidgets import QHeaderView, QSizePolicy, QTableWidget

#: A header's text needs this much more than its advance (the style's padding and the sort arrow's room).
HEADER_PADDING = 12
#: Squeezed by a small screen, a table still shows this many rows (then it scrolls, headers whole).
FEWEST_ROWS = 3


def column_needs(table: QTableWidget) -> list[int]:
    """Each column's width for its header text and its widest cell (0 for a hidden column)."""
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    model = table.model()
    needs = []
    for column in range(table.columnCount()):
        if table.isColumnHidden(column):
            needs.append(0)
            continue
        text = str(model.headerData(column, header.orientation()) or "")
        needs.append(max(metrics.horizontalAdvance(text) + HEADER_PADDING, table.sizeHintForColumn(column),
                         header.minimumSectionSize()))
    return needs


def content_width(table: QTableWidget) -> int:
    """The width that shows every column whole: the row headers plus each column's header or widest cell."""
    width = table.verticalHeader().sizeHint().width() if table.verticalHeader().isVisible() else 0
    return width + sum(column_needs(table)) + 2 * table.frameWidth()


def content_height(table: QTableWidget, rows: int | None = None) -> int:
    """The height that shows the column headers and the first ``rows`` rows (all when None)."""
    count = table.rowCount() if rows is None else min(rows, table.rowCount())
    vertical = table.verticalHeader()
    height = header_height(table)
    for row in range(count):
        if not table.isRowHidden(row):
            height += max(vertical.sectionSizeHint(row), table.sizeHintForRow(row), vertical.minimumSectionSize())
    return height + 2 * table.frameWidth()


def header_height(table: QTableWidget) -> int:
    """The column headers' height; before the table is first shown Qt reports 0, so the font decides then."""
    header = table.horizontalHeader()
    if not header.isVisible() and header.isHidden():
        return 0
    return max(header.sizeHint().height(), header.fontMetrics().height() + 4)


class FittedTable(QTableWidget):
    """A read-only table sized to what it holds, refitted when it is filled or its font changes.

    Each column gets what its header and cells need, and the columns share any
    width beyond that equally, so a table never shows a half-empty frame (Qt's
    ``Stretch`` gives every column the same width, which cut the widest header
    first); the height is that of its rows.
    """

    def __init__(self, rows: int = 0, columns: int = 0, parent=None, *, squeezable: bool = False):
        """``squeezable``: the table may be narrower than its columns (a scroll bar then shows the rest,
        every header whole), so that its width never widens the window."""
        super().__init__(rows, columns, parent)
        self._squeezable = squeezable
        self._scrolls_sideways = False
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._refit_pending = False

    def refit(self) -> None:
        """Asks the layout again, for the rows and headers as they are now (call after filling the table)."""
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.updateGeometry()
        self._share_width()

    def _share_width(self) -> None:
        needs = column_needs(self)
        shown = [column for column, need in enumerate(needs) if need]
        if not shown:
            return
        extra = max(0, self.viewport().width() - sum(needs))
        for rank, column in enumerate(shown):
            share = extra // len(shown) + (1 if rank < extra % len(shown) else 0)
            self.horizontalHeader().resizeSection(column, needs[column] + share)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._share_width()
        sideways = self._squeezable and self.width() < content_width(self)
        if sideways != self._scrolls_sideways:  # the scroll bar needs a row's room of its own
            self._scrolls_sideways = sideways
            self.updateGeometry()

    def set_squeezable(self, on: bool) -> None:
        """Lets the table be narrower than its columns (scrolling sideways, headers whole) or not."""
        if on != self._squeezable:
            self._squeezable = on
            self._scrolls_sideways = on and self.width() < content_width(self)
            self.updateGeometry()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.updateGeometry()  # the headers know their height only now

    def _scroll_bar_height(self) -> int:
        return self.horizontalScrollBar().sizeHint().height() if self._scrolls_sideways else 0

    def sizeHint(self) -> QSize:
        return QSize(content_width(self), content_height(self) + self._scroll_bar_height())

    def minimumSizeHint(self) -> QSize:
        width = min(content_width(self), 12 * self.fontMetrics().averageCharWidth()) if self._squeezable \
            else content_width(self)
        return QSize(width, content_height(self, FEWEST_ROWS) + self._scroll_bar_height())

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and not self._refit_pending:
            # the headers learn their new font after this event: measure once they have
            self._refit_pending = True
            QTimer.singleShot(0, self, self._deferred_refit)  # not called once the table is gone

    def _deferred_refit(self) -> None:
        self._refit_pending = False
        self.refit()
