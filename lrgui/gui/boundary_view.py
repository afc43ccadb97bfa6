"""A two-feature model's decision boundary, drawn live: the probability map, the 0.5 contour, the points.

The map is an ``ImageItem`` of P(class 1) on a grid over the points' box,
coloured from the first class's colour through white to the second's
(Okabe & Ito's blue and orange, as the boundary PNG); the 0.5 contour is a
child of the image, so both share its transform (its segments by the
vectorised marching squares of :func:`lrgui.session.landscape.contours`:
pyqtgraph's ``IsocurveItem`` traces it in Python at paint time, tens of
milliseconds of the UI thread per redraw). The grid
is computed from a parameter snapshot (:func:`probability_grid_from_parameters`,
a few milliseconds), so any recorded point of a run can be drawn again.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics


from lrgui.gui.latest_result import LatestResult
from lrgui.gui.plot_style import own_plot_menus, shrinkable_title, style_ticks
from lrgui.kinds import kind_named
from lrgui.session.boundary import Extent, grid_extent, hidden_unit_lines, probability_grid_from_parameters
from lrgui.session.boundary_image import PALETTE
from lrgui.session.i18n import translate
from lrgui.session.wording import format_percent
from lrgui.session.landscape import contours

#: Grid points per side: fine enough for a smooth contour, cheap enough to redraw every batch (docs/performance.md).
GRID_SIDE = 150
#: pyqtgraph's names for the markers of class 0 and class 1 (a circle and a square, told apart without colour).
CLASS_SYMBOLS = ("o", "s")
#: How far towards a class's colour the map goes where the model is certain.
MOST_TINT = 0.55


def probability_lut(steps: int = 256) -> np.ndarray:
    """(steps, 3) uint8: P = 0 the first class's tint, 0.5 white, 1 the second's."""
    p = np.linspace(0.0, 1.0, steps)
    sureness = np.abs(p - 0.5) * 2
    colour = np.where((p < 0.5)[:, None], np.array(PALETTE[0], float), np.array(PALETTE[1], float))
    tint = (MOST_TINT * sureness)[:, None]
    return np.round(255 - tint * (255 - colour)).astype(np.uint8)


def boundary_map(inputs) -> tuple:
    """(extent, P grid, hidden units, the 0.5 contour's segments) of (kind, parameters, activation, extent):
    the computation behind a map, which a worker runs."""
    kind, parameters, activation, extent = inputs
    grid = probability_grid_from_parameters(kind, parameters, extent, GRID_SIDE, GRID_SIDE, activation=activation)
    ny, nx = grid.shape
    undecided = float(grid.min()) >= 0.5 or float(grid.max()) <= 0.5
    segments = np.empty((0, 2, 2)) if undecided else contours(np.arange(nx), np.arange(ny), grid, [0.5])[0]
    return extent, grid, kind_named(kind).hidden_units(parameters), segments


class BoundaryView(pg.PlotWidget):
    """The points of two classes over a model's probability map; click adds a point, right-click removes one."""

    #: (x, y) in data coordinates of a left click.
    addRequested = Signal(float, float)
    #: (x, y) in data coordinates of a right click.
    removeRequested = Signal(float, float)

    def __init__(self, title: str = "", parent=None, workers=None):
        """``workers``: the window's pool, on which a model's map is computed (None: in the caller's thread)."""
        super().__init__(parent, enableMenu=False)
        self.setMinimumSize(160, 140)  # a 1024×600 screen still shows both maps whole
        self.setAccessibleName(translate("BoundaryView", "Decision boundary map {title}").format(title=title).strip())
        #: the data set's name, for the map's description
        self.dataset = ""
        item = self.getPlotItem()
        own_plot_menus(self, item)
        self._title = title
        self._title_shown = None
        self._show_title(presenting=False)
        item.setMenuEnabled(False)  # right-click removes a point here
        item.getViewBox().setMouseEnabled(False, False)  # a fixed map: clicks place points, they do not pan
        item.getViewBox().setAspectLocked(True)
        item.hideButtons()
        self._extent: Extent = grid_extent(np.empty((0, 2)))
        self._grid = np.full((GRID_SIDE, GRID_SIDE), 0.5, dtype=np.float32)
        self._X = np.empty((0, 2), dtype=np.float32)
        self._labels = np.empty(0, dtype=int)
        self._hidden: tuple[np.ndarray, np.ndarray] | None = None
        self._segments = np.empty((0, 2, 2))  # the 0.5 contour of _grid, in grid indices
        self._grid_extent: Extent = self._extent  # where _grid was computed
        self._drawn_model = False  # whether _grid is a model's (a newer one may be on its way)
        self._model: tuple[str, dict, str | None] | None = None
        # the newest model's map: computed on a worker, drawn when it arrives; asked for, it is computed at once
        self._map = LatestResult(boundary_map, workers, "boundary", self)
        self._map.ready.connect(self._map_arrived)
        self._show_hidden = False

        self.image = pg.ImageItem(axisOrder="col-major")
        self.image.setLookupTable(probability_lut())
        self.image.setLevels((0.0, 1.0))
        item.addItem(self.image)
        self.contour = pg.PlotCurveItem(connect="pairs", pen=pg.mkPen((35, 35, 35), width=2.5))
        self.contour.setParentItem(self.image)
        self.contour.setPos(0.5, 0.5)  # grid values sit at the centres of the image's pixels
        self.hidden_lines = pg.PlotDataItem(connect="pairs", pen=pg.mkPen((60, 60, 60), width=1.2,
                                                                           style=Qt.PenStyle.DashLine))
        item.addItem(self.hidden_lines)
        self.scatters = []
        for c, symbol in enumerate(CLASS_SYMBOLS):
            scatter = pg.ScatterPlotItem(symbol=symbol, size=9, brush=pg.mkBrush(*PALETTE[c]),
                                         pen=pg.mkPen((30, 30, 30), width=1))
            item.addItem(scatter)
            self.scatters.append(scatter)
        # misclassified points: a thick ring around the marker
        self.wrong = pg.ScatterPlotItem(symbol="o", size=17, brush=None, pen=pg.mkPen((213, 0, 0), width=2.2))
        item.addItem(self.wrong)
        # a map of one colour says nothing by itself: when the model gives every point the same probability,
        # the map says so in words (XOR's line: 0.5 everywhere)
        self.flat_note = pg.TextItem(anchor=(0.5, 0.5), color=(20, 20, 20), fill=pg.mkBrush(255, 255, 255, 215))
        self.flat_note.setZValue(20)
        item.addItem(self.flat_note, ignoreBounds=True)
        self.flat_note.setVisible(False)
        self._presenting = False
        self.scene().sigMouseClicked.connect(self._clicked)
        self._draw_map()

    # ------------------------------------------------------------ the API
    def set_presentation(self, on: bool) -> None:
        """Big title, ticks and markers for a projector (ticks ≥ 20 px), or the normal style."""
        item = self.getPlotItem()
        self._show_title(presenting=on)
        style_ticks(item, on)
        for scatter in self.scatters:
            scatter.setSize(16 if on else 9)
        self.wrong.setSize(28 if on else 17)
        self.wrong.setPen(pg.mkPen((213, 0, 0), width=3.5 if on else 2.2))
        self.contour.setPen(pg.mkPen((35, 35, 35), width=4 if on else 2.5))
        self._presenting = on
        self._draw_map()

    def _show_title(self, presenting: bool | None = None) -> None:
        """The model's name over the map, cut short with "…" when the map is narrower (doubled type beside the
        notes): never wider than the map, whose least width it would otherwise set (the map drawn cut)."""
        presenting = self.__dict__.get("_presenting", False) if presenting is None else presenting
        points = 18 if presenting else 11
        font = QFont()
        font.setPointSizeF(points)
        shown = QFontMetrics(font).elidedText(self._title, Qt.TextElideMode.ElideRight, max(40, self.width() - 16))
        if (shown, points) != self._title_shown:
            self._title_shown = (shown, points)
            item = self.getPlotItem()
            item.setTitle(shown, size=f"{points}pt")
            shrinkable_title(item)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if "_title_shown" in self.__dict__:  # a resize may come before __init__ has made the title
            self._show_title()
            if self.flat_note.isVisible():
                self._wrap_flat_note()

    def probability_grid(self) -> np.ndarray:
        """(ny, nx) float32 P(class 1); row 0 at ymin (see :mod:`lrgui.session.boundary`). 0.5 before training."""
        self._map.value()  # the newest model's, if its worker has not delivered it yet
        return self._grid.copy()

    def grid_extent(self) -> Extent:
        """(xmin, xmax, ymin, ymax) of :meth:`probability_grid`."""
        return self._extent

    def set_points(self, X: np.ndarray, labels: np.ndarray, keep_extent: bool = False) -> None:
        """The points (m, 2) and their class indices (0 or 1); the model drawn stays.

        The map spans the points' box plus 10 %; with ``keep_extent`` it stays
        where it is while every point lies inside it (a click must not move the plot under the mouse).
        """
        self._X = np.asarray(X, dtype=np.float32).reshape(-1, 2)
        self._labels = np.asarray(labels, dtype=int)
        xmin, xmax, ymin, ymax = self._extent
        inside = (len(self._X) > 0 and (self._X[:, 0] >= xmin).all() and (self._X[:, 0] <= xmax).all()
                  and (self._X[:, 1] >= ymin).all() and (self._X[:, 1] <= ymax).all())
        if not (keep_extent and inside):
            self._extent = grid_extent(self._X)
            xmin, xmax, ymin, ymax = self._extent
            self.getPlotItem().getViewBox().setRange(xRange=(xmin, xmax), yRange=(ymin, ymax), padding=0)
        for c, scatter in enumerate(self.scatters):
            scatter.setData(pos=self._X[self._labels == c])
        if self._model is not None:
            self.show_parameters(*self._model)
        else:
            self._draw_map()

    def clear_model(self) -> None:
        """No model: 0.5 everywhere, no contour, nothing marked wrong."""
        self._model = None
        self._map.request(None, quick=True)

    def show_parameters(self, kind: str, parameters: dict, activation: str | None = None) -> None:
        """Draws the model given by a parameter snapshot (``kind``: the model kind's name), once its map is computed."""
        self._model = (kind, parameters, activation)
        self._map.request((kind, parameters, activation, self._extent), quick=False)

    def _map_arrived(self, computed) -> None:
        if computed is None:
            self._grid_extent, self._grid = self._extent, np.full((GRID_SIDE, GRID_SIDE), 0.5, dtype=np.float32)
            self._hidden, self._segments = None, np.empty((0, 2, 2))
        else:
            self._grid_extent, self._grid, self._hidden, self._segments = computed
        self._drawn_model = computed is not None
        self._draw_map()

    def set_show_hidden_lines(self, show: bool) -> None:
        self._show_hidden = bool(show)
        self._draw_hidden_lines()

    def misclassified(self) -> np.ndarray:
        """Boolean mask of the points the drawn model puts on the wrong side of 0.5."""
        self._map.value()
        return self._misclassified()

    def _misclassified(self) -> np.ndarray:
        """:meth:`misclassified` on the map drawn now."""
        if len(self._X) == 0:
            return np.zeros(0, dtype=bool)
        if not self._drawn_model:
            return np.zeros(len(self._X), dtype=bool)
        # P = 0.5 exactly predicts the first class, as the estimators' argmax does
        predicted = self._probability_at(self._X) > 0.5
        return predicted != (self._labels == 1)

    # ------------------------------------------------------------ drawing
    def _draw_map(self) -> None:
        xmin, xmax, ymin, ymax = self._grid_extent
        ny, nx = self._grid.shape
        dx, dy = (xmax - xmin) / (nx - 1), (ymax - ymin) / (ny - 1)
        self.image.setImage(self._grid.T, autoLevels=False, levels=(0.0, 1.0))
        # each grid value is a pixel centred on its grid point
        self.image.setRect(QRectF(xmin - dx / 2, ymin - dy / 2, nx * dx, ny * dy))
        points = self._segments.reshape(-1, 2)
        self.contour.setData(points[:, 0], points[:, 1])
        self.wrong.setData(pos=self._X[self._misclassified()])
        self._show_flat_note()
        self._draw_hidden_lines()
        self._describe()

    def _describe(self) -> None:
        """The map in words, its accessible description: the points, the boundary's accuracy on them."""
        counts = [int((self._labels == c).sum()) for c in (0, 1)]
        text = translate("BoundaryView", "{dataset}: {count0} points of class 0 (blue circles), {count1} of class 1 "
                         "(orange squares).").format(dataset=self.dataset or translate("BoundaryView", "Points"),
                                                     count0=counts[0], count1=counts[1])
        if not self._drawn_model:
            text += " " + translate("BoundaryView", "No model yet: the map is even grey.")
        elif len(self._X):
            right = 1.0 - float(self._misclassified().mean())
            text += " " + translate("BoundaryView", "The boundary puts {percent} of them on their class's side; "
                                    "the wrong ones are ringed in red.").format(percent=format_percent(right))
        flat = self._flat_probability()
        if flat is not None:
            text += " " + translate("BoundaryView", "The same probability everywhere: {p}, no side is preferred.").format(
                p=f"{flat:.2f}")
        self.setAccessibleDescription(text)

    def flat_probability(self) -> float | None:
        """The one probability a trained model gives the whole map (to 0.005), or None when it varies."""
        self._map.value()
        return self._flat_probability()

    def _flat_probability(self) -> float | None:
        if not self._drawn_model:
            return None
        low, high = float(self._grid.min()), float(self._grid.max())
        return (low + high) / 2 if high - low < 0.005 else None

    def _show_flat_note(self) -> None:
        flat = self._flat_probability()
        self.flat_note.setVisible(flat is not None)
        if flat is None:
            return
        size = "16pt" if self._presenting else "10pt"
        self.flat_note.setHtml(f"<div style='font-size:{size}; text-align:center'>"
                               + translate("BoundaryView", "The same probability everywhere: {value}<br>no side is "
                                           "preferred").format(value=f"{flat:.2f}") + "</div>")
        self._wrap_flat_note()
        xmin, xmax, ymin, ymax = self._extent
        self.flat_note.setPos((xmin + xmax) / 2, (ymin + ymax) / 2)

    def _wrap_flat_note(self) -> None:
        """The note wraps to the map's width: in doubled type a line of it is wider than a narrow map."""
        room = self.getPlotItem().getViewBox().boundingRect().width()
        if room > 0:
            self.flat_note.setTextWidth(max(60.0, room - 12))

    def _draw_hidden_lines(self) -> None:
        if not self._show_hidden or self._hidden is None:
            self.hidden_lines.setData([], [])
            return
        segments = [s for s in hidden_unit_lines(*self._hidden, self._extent) if s is not None]
        xs = [v for s in segments for v in (s[0], s[2])]
        ys = [v for s in segments for v in (s[1], s[3])]
        self.hidden_lines.setData(xs, ys)

    def _probability_at(self, X: np.ndarray) -> np.ndarray:
        """The grid's value at the grid point nearest each row of ``X``."""
        xmin, xmax, ymin, ymax = self._grid_extent
        ny, nx = self._grid.shape
        j = np.clip(np.round((X[:, 0] - xmin) / (xmax - xmin) * (nx - 1)), 0, nx - 1).astype(int)
        i = np.clip(np.round((X[:, 1] - ymin) / (ymax - ymin) * (ny - 1)), 0, ny - 1).astype(int)
        return self._grid[i, j]

    def _clicked(self, event) -> None:
        view = self.getPlotItem().getViewBox()
        if not view.sceneBoundingRect().contains(event.scenePos()):
            return
        point = view.mapSceneToView(event.scenePos())
        if event.button() == Qt.MouseButton.LeftButton:
            self.addRequested.emit(point.x(), point.y())
        elif event.button() == Qt.MouseButton.RightButton:
            self.removeRequested.emit(point.x(), point.y())
