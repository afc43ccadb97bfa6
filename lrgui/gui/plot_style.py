"""How a plot's axes read: one style for every plot, normal or for a projector (presentation mode)."""

from __future__ import annotations

import weakref

import numpy as np
import shiboken6
from PySide6.QtCore import QObject, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGraphicsGridLayout, QGraphicsWidget

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


#: The dynamic property of a parentless QObject that Qt destroys after its owner (:func:`destroyed_after`).
DESTROYED_AFTER_OWNER = "lrguiDestroyedAfterOwner"


def destroyed_after(thing: QObject, owner: QObject) -> None:
    """``thing`` (a QObject without a parent) is destroyed by Qt, in the event loop, once ``owner`` is: never by
    Python's garbage collector, at a random moment holding the GIL (its ``~QObject`` then deadlocked beside
    workers sending news). Its own end releases the Python side a connection holds until then."""
    thing.setProperty(DESTROYED_AFTER_OWNER, True)
    owner.destroyed.connect(thing.deleteLater)
    thing.destroyed.connect(lambda *_, kept=thing: None)  # the wrapper lives as long as the C++ object


def own_plot_menus(owner, *items) -> None:
    """pyqtgraph's context menus of ``items`` (plot items or view boxes) and their widget groups die after ``owner``.

    pyqtgraph makes them parentless, so their Python wrappers own them, and a closed plot's menus died
    whenever the garbage collector reached its cycles. They are not made ``owner``'s children: their
    hundreds of hidden widgets in the window's tree would slow every walk of it (the accessibility one at
    each Tab press); each is destroyed by Qt after ``owner`` instead (:func:`destroyed_after`).
    """
    for item in items:
        menus = []
        if hasattr(item, "ctrlMenu"):  # a PlotItem: its "Plot Options" menu, then its view box's
            menus.append((item.ctrlMenu, [item.stateGroup]))
            item = item.getViewBox()
        if getattr(item, "menu", None) is not None:
            menus.append((item.menu, item.menu.widgetGroups))
        for menu, groups in menus:
            for group in groups:
                group.setParent(menu)
            destroyed_after(menu, owner)


#: A legend's corners, in the order tried: top right first, where a falling cost curve leaves room.
CORNERS = ((1, 0), (0, 0), (1, 1), (0, 1))
#: Pixels between the legend and the plot's edge.
LEGEND_MARGIN = 8


def shrinkable_title(plot_item) -> None:
    """The plot's title no longer sets the plot's least width. pyqtgraph keeps a title's whole width as the
    least (again at every resize), and a plot narrower than that (doubled type, the notes beside it) is drawn
    wider than its widget and cut at the edge, axes, points and all; the title's ends are cut instead."""
    label = plot_item.titleLabel
    if "updateMin" in label.__dict__:
        label.updateMin()
        return
    owner = weakref.ref(label)  # held weakly: no cycle between the label and its own method

    def update_min() -> None:
        title = owner()
        if title is None:
            return
        type(title).updateMin(title)  # pyqtgraph's: the text's size as the least
        least = title._sizeHint.get(Qt.SizeHint.MinimumSize)
        if least is not None:
            title._sizeHint[Qt.SizeHint.MinimumSize] = (0, least[1])
        title.setMinimumWidth(0)
        title.updateGeometry()

    label.updateMin = update_min  # LabelItem.resizeEvent and setText call self.updateMin()
    update_min()


def label_margins(text: str, pixels: int, view) -> tuple[float, float]:
    """How far in from the view's edges (fractions of its width and height) a label's centre must be for the
    label and its veil to lie whole inside: a tenth, more in a small view (digits ~0.6 of the type's size)."""
    half_width, half_height = (0.6 * pixels * len(text) + 12) / 2, (1.4 * pixels + 8) / 2
    return (min(0.45, max(0.1, half_width / max(1.0, view.width()))),
            min(0.45, max(0.1, half_height / max(1.0, view.height()))))


def covered_points(rect, curves) -> int:
    """How many points of the curves (their lines sampled between recorded points too) lie in ``rect`` (view units)."""
    count = 0
    for item in curves:
        x, y = item.getData()
        if x is None or len(x) == 0:
            continue
        x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        if len(x) > 1:  # the line between two points covers what lies between them
            t = np.linspace(0, 1, 8, endpoint=False)
            x = np.concatenate([(x[:-1, None] + (x[1:] - x[:-1])[:, None] * t).ravel(), x[-1:]])
            y = np.concatenate([(y[:-1, None] + (y[1:] - y[:-1])[:, None] * t).ravel(), y[-1:]])
        inside = (x >= rect.left()) & (x <= rect.right()) & (y >= rect.top()) & (y <= rect.bottom())
        count += int(np.count_nonzero(inside))
    return count


def set_legend_columns(legend, columns: int) -> None:
    """Lays the legend's entries out in ``columns`` side by side. pyqtgraph's ``setColumnCount`` keeps the old
    layout's column count and, going from several columns back to one, leaves entries where they were and a
    width that counts them twice: the entries go into a new grid instead."""
    if columns == getattr(legend, "columnCount", 1) and legend.layout.count() == 2 * len(legend.items):
        return
    old = legend.layout
    grid = QGraphicsGridLayout()
    grid.setHorizontalSpacing(old.horizontalSpacing())
    grid.setVerticalSpacing(old.verticalSpacing())
    for index in range(old.count() - 1, -1, -1):
        old.removeAt(index)
    legend.setLayout(grid)  # Qt deletes the old grid; the entries stay the legend's
    legend.layout = grid
    legend.columnCount, legend.rowCount = columns, -(-len(legend.items) // columns)
    for index, (sample, label) in enumerate(legend.items):
        row, column = divmod(index, columns)
        grid.addItem(sample, row, 2 * column, alignment=Qt.AlignmentFlag.AlignVCenter)
        grid.addItem(label, row, 2 * column + 1)
    # as large as the grid's entries ask (pyqtgraph's updateSize() adds up their current geometry, which the
    # old grid had stretched to the old legend's width)
    hint = grid.preferredSize()
    legend.setGeometry(0, 0, hint.width(), hint.height())


class LegendPlacer(QObject):
    """Keeps a plot's legend off its data: in a corner no curve passes through, else under the plot, outside it.

    Compared runs fill every corner (a fast rate falls down the left and runs
    along the bottom, a slow one along the top): there the legend leaves the
    view for a row of its own under the axis, its entries side by side, and
    the view gives up that row's height. Placed again when the view's range or
    size changes (as points arrive), at most every 200 ms.
    """

    def __init__(self, plot_item, legend, curves, parent: QObject):
        super().__init__(parent)  # dies with its plot widget, timer and all
        self.plot_item, self.legend = plot_item, legend
        #: the plot's method listing its curve items, held weakly: no cycle keeps a closed plot alive
        self._curves = weakref.WeakMethod(curves)
        self.corner = CORNERS[0]
        self.outside = False
        #: under the plot, the row the legend takes (the legend itself floats over it, anchored to the plot)
        self._row = QGraphicsWidget()
        destroyed_after(self._row, self)  # Qt's to destroy, in or out of the plot's layout, never the collector's
        self._timer = QTimer(self, singleShot=True, interval=200, timeout=self.place)
        view = plot_item.getViewBox()
        view.sigRangeChanged.connect(self.schedule)
        view.sigResized.connect(self.schedule)

    def schedule(self, *_) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def place(self) -> None:
        legend = self.legend
        if not shiboken6.isValid(legend) or not shiboken6.isValid(self.plot_item):
            return
        if not legend.isVisible():
            if self.outside:
                self._move_outside(False)
            return
        view = self.plot_item.getViewBox()
        if self.outside:
            set_legend_columns(legend, 1)  # measured as it would stand in a corner
        size = legend.boundingRect()
        area = view.boundingRect()
        if size.width() <= 0 or area.width() <= 0:
            return
        # a legend wider or taller than the view (a narrow plot beside the notes) would cover the curves and be
        # cut at the plot's edge: it goes under the plot (or, narrower than the legend's one column, is not drawn)
        if size.width() + 2 * LEGEND_MARGIN > area.width() or size.height() + 2 * LEGEND_MARGIN > area.height():
            self._move_outside(True)
            return
        curves = self._curves()
        if curves is None:
            return
        items = list(curves())

        def rect_for(corner):
            (cx, cy), m = corner, LEGEND_MARGIN
            left = area.left() + m if cx == 0 else area.right() - m - size.width()
            top = area.top() + m if cy == 0 else area.bottom() - m - size.height()
            a = view.mapToView(QPointF(left, top))
            b = view.mapToView(QPointF(left + size.width(), top + size.height()))
            return QRectF(QPointF(min(a.x(), b.x()), min(a.y(), b.y())), QPointF(max(a.x(), b.x()), max(a.y(), b.y())))

        covered = {corner: covered_points(rect_for(corner), items) for corner in CORNERS}
        best = min(CORNERS, key=lambda corner: (covered[corner], CORNERS.index(corner)))
        if covered[best]:
            self._move_outside(True)
            return
        if self.outside:
            self._move_outside(False)
        legend.setOpacity(1.0)
        if best != self.corner or legend.pos().isNull():
            self.corner = best
            cx, cy = best
            legend.anchor(itemPos=best, parentPos=best,
                          offset=(LEGEND_MARGIN if cx == 0 else -LEGEND_MARGIN,
                                  LEGEND_MARGIN if cy == 0 else -LEGEND_MARGIN))

    def _move_outside(self, on: bool) -> None:
        """Under the plot in a row of its own, as many entries side by side as its width takes; or back over
        the view (placed in a corner by the next :meth:`place`)."""
        legend, item = self.legend, self.plot_item
        if on:
            room = item.boundingRect().width() - 2 * LEGEND_MARGIN
            for columns in range(max(1, len(legend.items)), 0, -1):
                set_legend_columns(legend, columns)
                if legend.boundingRect().width() <= room:
                    break
            if legend.boundingRect().width() > room:  # not even one column fits: not drawn until it does
                self._leave_row()
                set_legend_columns(legend, 1)
                legend.setOpacity(0.0)
                return
            height = legend.boundingRect().height()
            self._row.setMinimumHeight(height)
            self._row.setMaximumHeight(height)
            if not self.outside:
                self.outside = True
                item.layout.addItem(self._row, 4, 1)
                legend.setParentItem(item)
            legend.anchor(itemPos=(0.5, 1), parentPos=(0.5, 1), offset=(0, -2))
            legend.setOpacity(1.0)
            return
        if self.outside:
            self._leave_row()
            set_legend_columns(legend, 1)
            self.corner = None  # placed again in its corner
            self.schedule()

    def _leave_row(self) -> None:
        if self.outside:
            self.outside = False
            self.plot_item.layout.removeItem(self._row)
            self._row.setParentItem(None)
            self.legend.setParentItem(self.plot_item.getViewBox())
