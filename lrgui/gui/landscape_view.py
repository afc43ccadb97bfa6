"""The cost landscape of a line on two features: filled contours of J, the path descent took, the point shown.

The view draws what :mod:`lrgui.session.landscape` computes: J over two of
(w₁, w₂, b) with the third held at the shown point's value (the caption says
which and where), in bands between labelled levels (by ratio when the range
is wide), each run's recorded points joined in its colour, the shown point
ringed and the start of the next run crossed. A left click asks for that
point as the next run's start (:attr:`LandscapeView.startRequested`); the
owner decides. The grid is computed here when it is cheap (the toy sets: a
few milliseconds) and on a worker when it is not (thousands of points).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from lrgui.gui.plot_style import label_margins, own_plot_menus, style_ticks
from lrgui.gui.cost_plot import RUN_COLOURS
from lrgui.gui.latest_result import LatestResult
from lrgui.gui.widgets import WholeTextComboBox
from lrgui.session.i18n import translate
from lrgui.session.landscape import (
    LABELS,
    PAIRS,
    QUICK_GRID_WORK,
    Objective,
    contour_levels,
    contours,
    cost_grid,
    exact_cost,
    grid_work,
    landscape_extent,
    line_parameters,
    line_point,
    pair_indices,
)

#: The bands' colours, lowest cost first: pale where the valley is, a muted blue up the walls (paths stay visible).
LOW_COLOUR, HIGH_COLOUR = np.array([255, 253, 231]), np.array([120, 144, 186])
CONTOUR_PEN = (70, 70, 70)


@dataclass(frozen=True)
class LandscapeGrid:
    """A computed grid, its levels and their contour segments."""

    xs: np.ndarray
    ys: np.ndarray
    J: np.ndarray
    levels: np.ndarray
    logarithmic: bool
    segments: tuple


def compute_landscape(inputs) -> LandscapeGrid:
    """The grid, levels and contours for (objective, point, pair, extent): what a worker runs."""
    objective, point, pair, extent = inputs
    xs, ys, J = cost_grid(objective, point, pair, extent)
    levels, logarithmic = contour_levels(J)
    segments = tuple(contours(xs, ys, J, levels))
    return LandscapeGrid(xs, ys, J, levels, logarithmic, segments)


def band_colours(count: int) -> np.ndarray:
    """(count, 3) uint8 from the valley's colour to the walls'."""
    t = np.linspace(0.0, 1.0, max(count, 2))[:count, None]
    return np.round(LOW_COLOUR + t * (HIGH_COLOUR - LOW_COLOUR)).astype(np.uint8)


class LandscapeView(QWidget):
    """J over two parameters of a line, paths and points on it (object name ``landscapeView``)."""

    #: (w₁, w₂, b) of a left click: the start a click asks for
    startRequested = Signal(object)

    def __init__(self, workers=None, clickable: bool = True, parent=None):
        super().__init__(parent)
        self.setObjectName("landscapeView")
        self.clickable = clickable
        self.presenting = False
        #: True while a run is drawn live: every grid is then computed on the worker (the owner sets it)
        self.live = False
        self._objective: Objective | None = None
        self._paths: list[np.ndarray] = []  # (k, 3) each
        self._names: list[str] = []
        self._current: np.ndarray | None = None  # (3,) the shown point
        self._held_from = ""
        self._start: np.ndarray | None = None
        self._extent = None
        self._pair = PAIRS[0]
        self._drawn: LandscapeGrid | None = None
        self._labels: list[pg.TextItem] = []
        # what was last drawn, so a redraw touches only what changed: each path item's (points, colour,
        # width), each label's (text, font size), the snapshots already turned into points
        self._drawn_paths: list[tuple | None] = []
        self._label_state: list[tuple] = []
        self._converted: tuple[list, np.ndarray] = ([], np.empty((0, 3)))
        self._result = LatestResult(compute_landscape, workers, "landscape", self)
        self._result.ready.connect(self._draw_grid)
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        self.pair_combo = WholeTextComboBox()  # its whole text in every language, at twice the size too
        self.pair_combo.setObjectName("landscapePairCombo")
        for pair in PAIRS:
            self.pair_combo.addItem(translate("LandscapeView", "{first} and {second}").format(
                first=LABELS[pair[0]], second=LABELS[pair[1]]), pair)
        self.pair_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.pair_combo.setToolTip(translate("LandscapeView", "Which two of the line's parameters the landscape spreads out; the third is held"))
        self.pair_combo.currentIndexChanged.connect(self._pair_changed)
        self.title_label = QLabel(translate("LandscapeView", "Cost J over"))
        top.addWidget(self.title_label)
        top.addWidget(self.pair_combo)
        top.addStretch(1)
        layout.addLayout(top)
        self.caption = QLabel()
        self.caption.setObjectName("landscapeCaption")
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption)
        self.plot = pg.PlotWidget(enableMenu=False)
        self.plot.setMinimumSize(150, 130)
        self.plot.setAccessibleName(translate("LandscapeView", "Cost landscape"))
        self.plot.setToolTip(translate("LandscapeView", "The cost J of the line at every pair of values; the path is where training took it"))
        item = self.plot.getPlotItem()
        own_plot_menus(self.plot, item)
        item.hideButtons()
        item.getViewBox().setMouseEnabled(False, False)  # a click chooses a start; the view follows the path
        self.image = pg.ImageItem(axisOrder="row-major")
        item.addItem(self.image)
        self.contours = pg.PlotCurveItem(connect="pairs", pen=pg.mkPen(CONTOUR_PEN, width=1))
        item.addItem(self.contours)
        self.path_items: list[pg.PlotDataItem] = []
        self.current_item = pg.ScatterPlotItem(symbol="o", size=14, brush=pg.mkBrush(255, 255, 255, 90),
                                               pen=pg.mkPen((0, 0, 0), width=2.5))
        self.current_item.setZValue(20)
        item.addItem(self.current_item)
        self.start_item = pg.ScatterPlotItem(symbol="x", size=16, brush=pg.mkBrush(0, 0, 0), pen=None)
        self.start_item.setZValue(21)
        item.addItem(self.start_item)
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        layout.addWidget(self.plot, 1)
        self._label_axes()
        self._describe()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """No taller than the boundary map beside it needs: twice the font in presentation mode must not
        make the window taller than a 600-pixel screen (the map and the picture share the height they get)."""
        return QSize(150, 140)

    # ------------------------------------------------------------ the feed
    def set_objective(self, objective: Objective | None) -> None:
        """The data and penalty whose cost is drawn (None: nothing to draw); the paths are dropped."""
        self._objective = objective
        self._paths, self._names, self._current, self._extent = [], [], None, None
        self._refresh()

    def show_path(self, snapshots_or_points, index: int | None = None, name: str = "") -> None:
        """One run: its recorded points (snapshots or (k, 3) rows), the one at ``index`` shown (default: last)."""
        points = self._points_of(snapshots_or_points)
        shown = None if len(points) == 0 else points[len(points) - 1 if index is None else index]
        self.show_paths([points], shown, [name])

    def show_paths(self, paths, current=None, names=None, held_from: str | None = None) -> None:
        # held_from ends a caption's "(…)": "the shown point's value" (the default), "lr 100's newest point's value"
        """Several runs' paths ((k, 3) each, in their colours) and the point whose third parameter is held."""
        self._paths = [_as_points(p) for p in paths]
        self._names = list(names) if names is not None else [""] * len(self._paths)
        self._current = None if current is None else np.asarray(current, dtype=np.float64).reshape(3)
        self._held_from = held_from if held_from is not None else translate("LandscapeView", "the shown point's value")
        self._refresh()

    def _points_of(self, snapshots_or_points) -> np.ndarray:
        """_as_points, converting only the snapshots not seen before: a live run adds one at a time."""
        items = snapshots_or_points
        if isinstance(items, np.ndarray) or not len(items) or not hasattr(items[0], "keys"):
            return _as_points(items)
        items = list(items)
        seen, points = self._converted
        same = 0
        for new, old in zip(items, seen):
            if new is not old:
                break
            same += 1
        points = np.concatenate([points[:same], _as_points(items[same:])]) if same < len(items) else points[:same]
        self._converted = (items, points)
        return points.copy()

    def set_start(self, point) -> None:
        """The next run's start (w₁, w₂, b), crossed on the map; None hides the cross."""
        self._start = None if point is None else np.asarray(point, dtype=np.float64).reshape(3)
        self._refresh()

    def clear_paths(self) -> None:
        """A new run: no path yet, the extent starts afresh."""
        self._paths, self._names, self._current, self._extent = [], [], None, None
        self._refresh()

    # ------------------------------------------------------------ the API
    def parameters(self) -> tuple[str, str]:
        """The names of the two parameters spread out, e.g. ("w1", "w2")."""
        return tuple(self._pair)

    def grid(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(values of the first parameter, of the second, J on that grid): current, on screen or not."""
        computed = self._result.value()
        if computed is None:
            return np.empty(0), np.empty(0), np.empty((0, 0))
        return computed.xs.copy(), computed.ys.copy(), computed.J.copy()

    def path(self, run: int = 0) -> np.ndarray:
        """(k, 2): the recorded points of run ``run`` in the shown pair."""
        if run >= len(self._paths):
            return np.empty((0, 2))
        first, second, _ = pair_indices(self._pair)
        return self._paths[run][:, [first, second]].copy()

    def paths(self) -> list[np.ndarray]:
        return [self.path(i) for i in range(len(self._paths))]

    def held_point(self) -> np.ndarray | None:
        """(w₁, w₂, b) whose third parameter the grid holds: the shown point, else the start, else zeros."""
        if self._current is not None:
            return self._current.copy()
        if self._start is not None:
            return self._start.copy()
        return None if self._objective is None else np.zeros(3)

    def point_cost(self) -> float | None:
        """J at the shown point itself (not read off the grid): the cost training recorded there."""
        if self._objective is None or self._current is None:
            return None
        return exact_cost(self._objective, line_parameters(self._current, self._objective.X.dtype))

    def set_pair(self, pair) -> None:
        self.pair_combo.setCurrentIndex(PAIRS.index(tuple(pair)))

    # ------------------------------------------------------------ drawing
    def _pair_changed(self, *_) -> None:
        self._pair = self.pair_combo.currentData()
        self._extent = None
        self._label_axes()
        self._refresh()

    def _needed_extent(self):
        first, second, _ = pair_indices(self._pair)
        shown = [p[:, [first, second]] for p in self._paths if len(p)]
        for point in (self._current, self._start, self.held_point()):
            if point is not None:
                shown.append(point[[first, second]][None, :])
        needed = landscape_extent(np.concatenate(shown) if shown else np.zeros((1, 2)))
        if self._extent is not None:  # grows during a run, so the picture does not jump back and forth
            old = self._extent
            if old[0] <= needed[0] and old[1] >= needed[1] and old[2] <= needed[2] and old[3] >= needed[3]:
                return old
            needed = (min(old[0], needed[0]), max(old[1], needed[1]), min(old[2], needed[2]), max(old[3], needed[3]))
        return needed

    def _refresh(self) -> None:
        self._draw_paths()
        self._describe()
        held = self.held_point()
        if self._objective is None or held is None:
            self._result.request(None, quick=True)
            return
        self._extent = self._needed_extent()
        # a small grid is computed here (a click or a drag shows it at once), but on the worker during a live
        # run: a toy set's grid and contours take a few milliseconds alone, many times that beside two runs
        quick = self._result.workers is None or grid_work(self._objective) <= QUICK_GRID_WORK and not self.live
        self._result.request((self._objective, held, self._pair, self._extent), quick=quick)

    def _draw_paths(self) -> None:
        first, second, _ = pair_indices(self._pair)
        item = self.plot.getPlotItem()
        while len(self.path_items) < len(self._paths):
            path_item = pg.PlotDataItem([], [])
            path_item.setZValue(10)
            item.addItem(path_item)
            self.path_items.append(path_item)
        width = 3.5 if self.presenting else 2
        self._drawn_paths += [None] * (len(self.path_items) - len(self._drawn_paths))
        for index, path_item in enumerate(self.path_items):
            if index < len(self._paths) and len(self._paths[index]):
                colour = RUN_COLOURS[index % len(RUN_COLOURS)] if len(self._paths) > 1 else "#000000"
                points = self._paths[index][:, [first, second]]
                drawn = self._drawn_paths[index]
                if drawn is None or drawn[1:] != (colour, width) or not np.array_equal(drawn[0], points):
                    path_item.setData(points[:, 0], points[:, 1], pen=pg.mkPen(colour, width=width),
                                      symbol="o", symbolSize=7 if self.presenting else 4, symbolBrush=colour,
                                      symbolPen=None)
                    self._drawn_paths[index] = (points, colour, width)
                path_item.setVisible(True)
            else:
                path_item.setVisible(False)
        self._mark(self.current_item, self._current, first, second)
        self._mark(self.start_item, self._start, first, second)

    @staticmethod
    def _mark(item: pg.ScatterPlotItem, point, first: int, second: int) -> None:
        """One marker at ``point`` (None: hidden), drawn at the origin and moved there: moving an item is
        cheap, giving a scatter new data rebuilds its spots (a millisecond, at every shown point)."""
        if point is None:
            item.setVisible(False)
            return
        if len(item.data) != 1:
            item.setData([0.0], [0.0])
        item.setPos(float(point[first]), float(point[second]))
        item.setVisible(True)

    def _label(self, index: int) -> pg.TextItem:
        """The index-th level label, made once and reused: making text items costs a millisecond each."""
        while len(self._labels) <= index:
            label = pg.TextItem("", color=(40, 40, 40), anchor=(0.5, 0.5), fill=pg.mkBrush(255, 255, 255, 170))
            label.setZValue(5)
            self.plot.getPlotItem().addItem(label)
            self._labels.append(label)
            self._label_state.append(("", 0))
        return self._labels[index]

    def _draw_grid(self, computed: LandscapeGrid | None, describe: bool = True) -> None:
        item = self.plot.getPlotItem()
        self._drawn = computed
        if computed is None or computed.J.size == 0:
            self.image.clear()
            self.contours.setData([], [])
            for label in self._labels:
                label.setVisible(False)
            if describe:
                self._describe()
            return
        xs, ys, J = computed.xs, computed.ys, computed.J
        bands = np.searchsorted(computed.levels, np.where(np.isfinite(J), J, np.inf))
        self.image.setImage(band_colours(len(computed.levels) + 1)[bands], autoLevels=False)
        dx, dy = (xs[-1] - xs[0]) / (len(xs) - 1), (ys[-1] - ys[0]) / (len(ys) - 1)
        self.image.setRect(QRectF(xs[0] - dx / 2, ys[0] - dy / 2, xs[-1] - xs[0] + dx, ys[-1] - ys[0] + dy))
        segments = [s for s in computed.segments if len(s)]
        if segments:
            every = np.concatenate(segments).reshape(-1, 2)
            self.contours.setData(every[:, 0], every[:, 1])
        else:
            self.contours.setData([], [])
        size = 18 if self.presenting else 10
        placed = [] if self._current is None else [self._current[list(pair_indices(self._pair)[:2])]]
        used = 0
        for number, (level, segment) in enumerate(zip(computed.levels, computed.segments)):
            if not len(segment) or number % (2 if self.presenting else 1):
                continue  # presenting, every other level is labelled: big labels need the room
            text = f"{level:.2g}"
            margins = label_margins(text, size, item.getViewBox())
            middle = label_position(segment, placed, (xs[0], xs[-1], ys[0], ys[-1]), margins)
            if middle is None:
                continue  # no part of this level far enough from the edges for its label: none, rather than cut
            placed.append(middle)
            label = self._label(used)
            state = (text, size)
            if self._label_state[used] != state:  # a new text or font lays the label out again
                font = QFont()
                font.setPixelSize(size)
                label.setFont(font)
                label.setText(state[0])
                self._label_state[used] = state
            label.setPos(float(middle[0]), float(middle[1]))
            label.setVisible(True)
            used += 1
        for label in self._labels[used:]:
            label.setVisible(False)
        item.getViewBox().setRange(xRange=(xs[0], xs[-1]), yRange=(ys[0], ys[-1]), padding=0)
        if describe:
            self._describe()

    def _label_axes(self) -> None:
        item = self.plot.getPlotItem()
        size = "20pt" if self.presenting else "10pt"
        item.setLabel("bottom", LABELS[self._pair[0]], **{"font-size": size})
        item.setLabel("left", LABELS[self._pair[1]], **{"font-size": size})

    def _describe(self) -> None:
        self._describe_plot()
        if self._objective is None:
            self.caption.setText(translate("LandscapeView", "The landscape is drawn for a line on two features of two classes."))
            return
        _, _, held = pair_indices(self._pair)
        held_name = LABELS[("w1", "w2", "b")[held]]
        point = self.held_point()
        where = self._held_from if self._current is not None else (
            translate("LandscapeView", "the next start's value") if self._start is not None
            else translate("LandscapeView", "its starting value"))
        if self.presenting:  # short enough for one line at twice the size
            self.caption.setText(translate("LandscapeView", "{name} held at {value}").format(
                name=held_name, value=f"{point[held]:.3g}"))
            return
        text = translate("LandscapeView", "{name} held at {value} ({where})").format(
            name=held_name, value=f"{point[held]:.3g}", where=where)
        if len(self._paths) > 1:
            text += translate("LandscapeView", "; each rate's path in its colour")
        drawn = self._drawn
        if drawn is not None and drawn.logarithmic:
            text += translate("LandscapeView", "; levels by ratio")
        self.caption.setText(text)
        if self.clickable:
            self.plot.setToolTip(translate("LandscapeView", "The cost J of the line at every pair of values; the path is where training "
                                 "took it. Click: the next run starts there."))

    def _describe_plot(self) -> None:
        """The map in words, its accessible description: which parameters, the one held, the current point
        and the cost there (one cost, at one point: no grid is read)."""
        if self._objective is None:
            self.plot.setAccessibleDescription(translate("LandscapeView", "No landscape: it is drawn for a line on "
                                                         "two features of two classes."))
            return
        first, second, held = pair_indices(self._pair)
        names = [LABELS[name] for name in ("w1", "w2", "b")]
        point = self.held_point()
        text = translate("LandscapeView", "Cost J over {first} and {second}, {held} held at {value}.").format(
            first=names[first], second=names[second], held=names[held], value=f"{point[held]:.3g}")
        if self._current is not None:
            text += " " + translate("LandscapeView", "Current point: {first} = {x}, {second} = {y}, cost {cost}.").format(
                first=names[first], x=f"{self._current[first]:.3g}", second=names[second],
                y=f"{self._current[second]:.3g}", cost=f"{self.point_cost():.4g}")
        if len(self._paths) > 1:
            text += " " + translate("LandscapeView", "{count} runs' paths.").format(count=len(self._paths))
        if self._start is not None:
            text += " " + translate("LandscapeView", "The next run starts at {first} = {x}, {second} = {y}.").format(
                first=names[first], x=f"{self._start[first]:.3g}", second=names[second],
                y=f"{self._start[second]:.3g}")
        self.plot.setAccessibleDescription(text)

    def _clicked(self, event) -> None:
        if not self.clickable or event.button() != Qt.MouseButton.LeftButton or self._objective is None:
            return
        view = self.plot.getPlotItem().getViewBox()
        if not view.sceneBoundingRect().contains(event.scenePos()):
            return
        where = view.mapSceneToView(event.scenePos())
        point = self.held_point()
        first, second, _ = pair_indices(self._pair)
        point[first], point[second] = where.x(), where.y()
        self.startRequested.emit(point)

    # ------------------------------------------------------- presentation
    def set_presentation(self, on: bool) -> None:
        """Big ticks, axis names, level labels and markers for a projector, or the normal style."""
        self.presenting = on
        item = self.plot.getPlotItem()
        style_ticks(item, on)
        self.current_item.setSize(24 if on else 14)
        self.current_item.setPen(pg.mkPen((0, 0, 0), width=4 if on else 2.5))
        self.start_item.setSize(26 if on else 16)
        self.contours.setPen(pg.mkPen(CONTOUR_PEN, width=2 if on else 1))
        self.title_label.setVisible(not on)  # presenting, the choice itself says what is spread out
        self._label_axes()
        self._draw_paths()
        self._draw_grid(self._drawn, describe=False)
        # the long caption once the normal font is back: at twice the size it would stretch the window
        QTimer.singleShot(0, self._describe)


def label_position(segments: np.ndarray, placed: list, extent, margins=(0.1, 0.1)) -> np.ndarray | None:
    """Where a level's label goes: the middle of one of its segments, ``margins`` (fractions of the width and
    height) inside the plot's edges, as far as possible from the labels (and the point) placed before, so
    labels do not pile up; None when no segment's middle is that far inside (a label there would be cut)."""
    middles = segments.mean(axis=1)
    x0, x1, y0, y1 = extent
    span = np.array([x1 - x0, y1 - y0])
    scaled = (middles - [x0, y0]) / span
    low = np.asarray(margins, dtype=np.float64)
    inside = ((scaled > low) & (scaled < 1 - low)).all(axis=1)
    if not inside.any():
        return None
    middles, scaled = middles[inside], scaled[inside]
    if not placed:
        return middles[len(middles) // 2]
    others = (np.asarray(placed, dtype=np.float64) - [x0, y0]) / span
    distance = np.min(np.linalg.norm(scaled[:, None, :] - others[None, :, :], axis=2), axis=1)
    return middles[int(np.argmax(distance))]


def _as_points(snapshots_or_points) -> np.ndarray:
    """(k, 3) rows (w₁, w₂, b) from snapshots (mappings with coef and intercept) or from rows already."""
    items = snapshots_or_points if isinstance(snapshots_or_points, np.ndarray) else list(snapshots_or_points)
    if len(items) and hasattr(items[0], "keys"):
        return np.array([line_point(s) for s in items]).reshape(-1, 3)
    return np.asarray(items, dtype=np.float64).reshape(-1, 3)
