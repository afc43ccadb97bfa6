"""The live cost plot: one curve per training run (and its test cost), grown with ``setData`` as points arrive.

Also: a log-scale and a same-scale option (so a slow learning rate looks
slow), the sentence of an unstable or diverged run written at its curve, a
cursor at the recorded point being replayed, and a presentation style (big
text, thick lines) for a projector.
"""

from __future__ import annotations

import csv
import io
import math
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QBuffer, QIODevice, Qt, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics
from PySide6.QtWidgets import QFileDialog, QGraphicsItem, QMessageBox

from lrgui.data.files import write_output
from lrgui.errors import UserError
from lrgui.session.i18n import QT_TRANSLATE_NOOP, translate
from lrgui.gui.step_words import STEP_WORDS, shown_step_word  # noqa: F401 - their old home, still imported from here
from lrgui.session.wording import format_int
from lrgui.gui.plot_style import LegendPlacer, own_plot_menus, shrinkable_title

pg.setConfigOptions(antialias=True, useOpenGL=False, background="w", foreground="#303030")

#: Distinct, colour-blind-friendly colours (Okabe–Ito) for compared runs.
RUN_COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"]
#: The test cost: vermillion and dashed, told apart from the training cost by colour and by line style.
TEST_COLOUR = "#D55E00"
#: Where a run went wrong.
WARNING_COLOUR = "#A03000"



#: What the cost axis measures, for a pointer resting on it (the formulas are in docs/math.md).
COST_TIP = QT_TRANSLATE_NOOP("CostPlot", "The cost J: how wrong the model is on average. For each image, −log of "
                              "the probability it gives the image's true class (0 when it is sure and right), averaged "
                              "over the images, plus the penalty if any. Gradient descent makes it smaller step by step.")

class SpacedAxis(pg.AxisItem):
    """A vertical axis whose labels never overlap, however short the plot.

    pyqtgraph always labels its first tick level with at least two intervals,
    whatever the room: the playground's small cost plot on a 1024 × 600 screen
    printed its labels over each other. Here the major interval grows (to the
    next 1, 2 or 5 × 10ᵏ) until labels are two text lines apart.
    """

    def tickSpacing(self, minVal: float, maxVal: float, size: float):  # noqa: N802,N803 - pyqtgraph's names
        if size <= 0 or not math.isfinite(maxVal - minVal):
            return []  # no room, or a diverged run's range: no ticks rather than pyqtgraph's exception
        levels = super().tickSpacing(minVal, maxVal, size)
        if not levels or self.orientation not in ("left", "right"):
            return levels
        font = self.style.get("tickFont") or self.font()
        needed = abs(maxVal - minVal) * 2 * QFontMetrics(font).height() / size
        if levels[0][0] >= needed:
            return levels
        return [(nice_step(needed), 0)]


def nice_step(at_least: float) -> float:
    """The smallest 1, 2 or 5 × 10ᵏ that is at least ``at_least`` (> 0)."""
    power = 10.0 ** math.floor(math.log10(at_least))
    return next(factor * power for factor in (1, 2, 5, 10) if factor * power >= at_least * (1 - 1e-12))


class CostCurve:
    """A growing buffer of (iteration, cost) shown by one PlotDataItem."""

    def __init__(self, item: pg.PlotDataItem, name: str, test: "CostCurve | None" = None, on_change=None):
        self.item = item
        self.name = name
        #: called after every change (the plot's words for a screen reader follow the curve)
        self.on_change = on_change
        #: the same run's test cost, when it has a test set
        self.test = test
        self._x = np.empty(64)
        self._y = np.empty(64)
        self._count = 0
        #: the largest finite cost recorded (the live frame's top follows it without scanning the curve)
        self.highest = -np.inf
        #: while its plot is hidden, the points are kept and given to pyqtgraph when it is shown (flush)
        self.deferred = False
        self._stale = False

    #: Beyond this many points, markers cost far more to draw than they show.
    MAX_SYMBOLS = 200

    def extend(self, points) -> None:
        for x, y in points:
            if self._count == len(self._x):
                self._x = np.resize(self._x, 2 * len(self._x))
                self._y = np.resize(self._y, 2 * len(self._y))
            self._x[self._count] = x
            self._y[self._count] = y
            self._count += 1
            if y > self.highest and math.isfinite(y):
                self.highest = y
        if self.deferred:
            self._stale = True
        else:
            self._draw()
        if self.on_change is not None:
            self.on_change()

    def _draw(self) -> None:
        if self._count > self.MAX_SYMBOLS and self.item.opts.get("symbol") is not None:
            self.item.setSymbol(None)
        self.item.setData(self._x[: self._count], self._y[: self._count])
        self._stale = False

    def flush(self) -> None:
        """Draws the points kept while deferred."""
        self.deferred = False
        if self._stale:
            self._draw()

    @property
    def last(self) -> tuple[float, float] | None:
        """The newest (iteration, cost), without copying the curve."""
        return None if self._count == 0 else (float(self._x[self._count - 1]), float(self._y[self._count - 1]))

    def nearest(self, at: float) -> tuple[float, float]:
        """The recorded (iteration, cost) nearest iteration ``at`` (the curve is not empty)."""
        index = int(np.argmin(np.abs(self._x[: self._count] - at)))
        return float(self._x[index]), float(self._y[index])

    def replace(self, points) -> None:
        self._count = 0
        self.highest = -np.inf
        self.extend(points)

    @property
    def points(self) -> list[tuple[float, float]]:
        return list(zip(self._x[: self._count].tolist(), self._y[: self._count].tolist()))


class CostPlot(pg.PlotWidget):
    """Cost against iterations, with PNG/CSV export in its context menu."""

    exported = Signal(str)

    def __init__(self, parent=None, cache_still: bool = False):
        super().__init__(parent, axisItems={"left": SpacedAxis("left")})
        self.setObjectName("costPlot")
        #: curves that stand still (no live run) are kept drawn in a pixmap: moving the replay cursor then
        #: repaints a picture, not every segment of an antialiased curve
        self.cache_still = cache_still
        self.setAccessibleName(translate("CostPlot", "Cost plot"))
        self.setMinimumSize(320, 240)
        self._step_name = "iteration"
        item = self.getPlotItem()
        own_plot_menus(self, item)
        item.setLabel("bottom", translate("CostPlot", "iteration"))
        item.setLabel("left", translate("CostPlot", "cost"))
        item.getAxis("left").enableAutoSIPrefix(False)  # "cost (x0.001)" confuses a classroom
        item.getAxis("left").setToolTip(translate("CostPlot", COST_TIP))
        item.showGrid(x=True, y=True, alpha=0.25)
        for name in ("left", "bottom"):
            # major ticks only: minor grid lines, alpha-blended, made every repaint cost ~40 ms
            item.getAxis(name).setStyle(maxTickLevel=0)
        # a long run records thousands of points: draw only what is visible, thinned to the pixels
        item.setClipToView(True)
        item.setDownsampling(auto=True, mode="peak")
        self.title: str | None = translate("CostPlot", "Cost during training")  # None: no title (the playground's small plots)
        item.setTitle(self.title, size="11pt")
        self._legend = item.addLegend(offset=(-10, 10))
        # the legend in the corner the curves leave empty, never over them
        self._legend_placer = LegendPlacer(item, self._legend, self._curve_items, self)
        self.curves: list[CostCurve] = []
        self._dashed_entry: pg.PlotDataItem | None = None
        self.same_scale = False
        self.presenting = False
        #: while a run is drawn live: (last step, top of the cost axis); None otherwise (see begin_live)
        self._live: tuple[float, float | None] | None = None
        self._marks: list[pg.TextItem] = []
        self.cursor = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen("#606060", width=1.5, style=Qt.PenStyle.DashLine))
        self.cursor.setVisible(False)
        item.addItem(self.cursor, ignoreBounds=True)
        menu = item.getViewBox().menu
        menu.addSeparator()
        self._png_action = QAction(translate("CostPlot", "Export plot as PNG…"), self, triggered=self.export_png_dialog)
        self._csv_action = QAction(translate("CostPlot", "Export costs as CSV…"), self, triggered=self.export_csv_dialog)
        menu.addAction(self._png_action)
        menu.addAction(self._csv_action)

    def _curve_items(self) -> list:
        """The data items the legend must not cover: every run's curve and test curve."""
        return [part.item for curve in self.curves for part in (curve, curve.test) if part is not None]

    def _show_title(self) -> None:
        """The title when the plot is wide enough for it whole; a narrow plot (beside the notes) does without."""
        presenting = self.__dict__.get("presenting", False)
        size = "24pt" if presenting else "11pt"
        title = self.title
        if title is not None:
            font = QFont()
            font.setPointSizeF(24 if presenting else 11)
            if QFontMetrics(font).horizontalAdvance(title) * 1.2 + 24 > self.width():  # the title's font runs wider
                title = None
        if (title, size) != self.__dict__.get("_title_shown"):
            self._title_shown = (title, size)
            item = self.getPlotItem()
            if title is None:  # a hidden title keeps its text's width as the plot's least: the curve would be cut
                item.titleLabel.setText("")
            item.setTitle(title, size=size)
            shrinkable_title(item)  # nor does a shown one, in the moment before a narrower plot hides it

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if "title" in self.__dict__:  # a resize may come before __init__ has made the title
            self._show_title()

    def set_step_name(self, name: str) -> None:
        """"iteration" for full-batch gradient descent, "epoch" for the network."""
        self.getPlotItem().setLabel("bottom", translate("StepWord", name))
        self._step_name = translate("StepWord", name)
        self.describe()

    def clear_curves(self) -> None:
        plot = self.getPlotItem()
        for curve in self.curves:
            plot.removeItem(curve.item)
            if curve.test is not None:
                plot.getViewBox().removeItem(curve.test.item)
        for mark in self._marks:
            plot.removeItem(mark)
        self._marks = []
        self._legend.clear()
        if self._dashed_entry is not None:
            self._dashed_entry.deleteLater()  # the plot owns it (see below): Qt destroys it, not Python's gc
        self._dashed_entry = None
        self.curves = []
        self.cursor.setVisible(False)
        self._live = None
        plot.enableAutoRange(x=True, y=True)
        self.describe()

    def _width(self) -> float:
        return 5.0 if self.presenting else 2.5

    def new_curve(self, name: str, points=(), test: bool = False, compared: bool = False) -> CostCurve:
        """A run's training cost curve; with ``test``, its test cost curve too (drawn first, dashed).

        ``compared``: one of several runs; its test curve is dashed in the run's own colour.
        """
        colour = RUN_COLOURS[len(self.curves) % len(RUN_COLOURS)]
        plot = self.getPlotItem()
        test_curve = None
        if test:
            test_colour = colour if compared else TEST_COLOUR if colour != TEST_COLOUR else RUN_COLOURS[0]
            label = (translate("CostPlot", "test cost") if not (self.curves or compared)
                     else translate("CostPlot", "{name} test cost").format(name=name))
            test_item = pg.PlotDataItem([], [], pen=pg.mkPen(test_colour, width=self._width(),
                                                             style=Qt.PenStyle.DashLine), name=label)
            test_item.setObjectName("testCostCurve")
            test_item.setClipToView(True)
            test_item.setDownsampling(auto=True, method="peak")
            test_item.setLogMode(False, self.log_scale)
            # in the view but not among the plot's data items: those are the runs (what exports and tests list)
            plot.getViewBox().addItem(test_item)
            if not compared:
                self._legend.addItem(test_item, label)
            elif self._dashed_entry is None:  # compared runs: one entry says what dashed means, not one per run
                self._dashed_entry = pg.PlotDataItem([], [], pen=pg.mkPen("#606060", width=self._width(),
                                                                          style=Qt.PenStyle.DashLine))
                self._dashed_entry.setParent(self)  # only the legend shows it: no scene owns it, the plot does
                self._legend.addItem(self._dashed_entry, translate("CostPlot", "dashed: test cost"))
            test_curve = CostCurve(test_item, label, on_change=self.describe)
        item = plot.plot(
            [], [], pen=pg.mkPen(colour, width=self._width()), symbol="o", symbolSize=5,
            symbolBrush=colour, symbolPen=None, name=name,
        )
        curve = CostCurve(item, name, test_curve, on_change=self.describe)
        self.curves.append(curve)
        self._cache(curve, self._live is None)
        self._legend.setVisible(len(self.curves) > 1 or test)
        self._legend_placer.schedule()
        if points:
            curve.extend(points)
        return curve

    @property
    def test_curve_item(self) -> pg.PlotDataItem | None:
        """The pyqtgraph data item of the current run's test cost (object name ``testCostCurve``)."""
        current = self.current
        return None if current is None or current.test is None else current.test.item

    # ------------------------------------------------------------------ axes
    def begin_live(self, last_step: float) -> None:
        """A run is drawn as it trains: a still frame, from step 0 to its last step and from cost 0 to a
        round number above its costs, which grows only when a cost leaves it. The curve falls in a frame
        that does not move, and the axes are not re-ticked at every point (pyqtgraph's auto-range would:
        half of each redraw)."""
        self._live = (max(1.0, float(last_step)), None)
        for curve in self.curves:
            self._cache(curve, False)  # a curve redrawn at every point would be drawn twice: into its pixmap too
        plot = self.getPlotItem()
        plot.disableAutoRange(axis="x")
        plot.setXRange(0, self._live[0], padding=0.02)
        self.follow_live()

    def follow_live(self) -> None:
        """The live frame after new points: its top raised if a cost went above it (see :meth:`begin_live`)."""
        if self._live is None or self.same_scale or self.log_scale:
            return  # same scale sets the cost axis itself; a log axis follows the curve down
        highest = max((part.highest for curve in self.curves for part in (curve, curve.test) if part is not None),
                      default=-np.inf)
        last_step, top = self._live
        if not (math.isfinite(highest) and highest > 0) or (top is not None and highest <= top):
            return  # nothing above 0 to frame (a kind may record a cost of 0): the axis fits itself
        top = nice_step(highest * (1.25 if top is not None else 1.05))
        self._live = (last_step, top)
        plot = self.getPlotItem()
        plot.disableAutoRange(axis="y")
        plot.setYRange(0, top, padding=0.02)

    def end_live(self) -> None:
        """The run has ended: the axes fit the whole curve again."""
        if self._live is None:
            return
        self._live = None
        for curve in self.curves:
            self._cache(curve, True)
        plot = self.getPlotItem()
        plot.enableAutoRange(x=True)
        self.apply_scale()

    def _cache(self, curve: CostCurve, on: bool) -> None:
        mode = (QGraphicsItem.CacheMode.DeviceCoordinateCache if on and self.cache_still
                else QGraphicsItem.CacheMode.NoCache)
        for part in (curve, curve.test):
            if part is not None:
                part.item.curve.setCacheMode(mode)

    def set_log_scale(self, on: bool) -> None:
        self.getPlotItem().setLogMode(y=on)
        for curve in self.curves:
            if curve.test is not None:
                curve.test.item.setLogMode(False, on)
        self.apply_scale()

    @property
    def log_scale(self) -> bool:
        return bool(self.getPlotItem().ctrl.logYCheck.isChecked())

    def set_same_scale(self, on: bool) -> None:
        self.same_scale = on
        self.apply_scale()

    def apply_scale(self) -> None:
        """Same scale: y from 0 (or the smallest cost, in log scale) to the largest first cost; else automatic."""
        plot = self.getPlotItem()
        firsts = [c.points[0][1] for c in self.curves if c.points]
        if not self.same_scale or not firsts:
            if self._live is not None and not self.same_scale and not self.log_scale:
                self._live = (self._live[0], None)  # a live run's own frame, from its costs
                self.follow_live()
                return
            plot.enableAutoRange(y=True)
            return
        top = max(v for v in firsts if np.isfinite(v)) if any(np.isfinite(v) for v in firsts) else 1.0
        if self.log_scale:
            lows = [min(y for _, y in c.points if y > 0) for c in self.curves if any(y > 0 for _, y in c.points)]
            low = min(lows) if lows else top / 1000
            plot.setYRange(np.log10(max(low, 1e-12)), np.log10(max(top, 1e-12)), padding=0.05)
        else:
            plot.setYRange(0, top, padding=0.02)

    # ----------------------------------------------------------- annotations
    def mark(self, curve: CostCurve, sentence: str, at: float | None = None) -> None:
        """Writes ``sentence`` (why a run is unstable or diverged) at the point of ``curve`` nearest
        iteration ``at`` (the one the sentence names), or at its last point."""
        if not curve.points:
            return
        x, y = curve.points[-1] if at is None else min(curve.points, key=lambda point: abs(point[0] - at))
        if self.log_scale:
            y = np.log10(y) if y > 0 else 0.0
        text = pg.TextItem(sentence, color=WARNING_COLOUR, anchor=(1, 1), fill=pg.mkBrush(255, 244, 224, 220))
        text.setTextWidth(280)  # a sentence, wrapped: the whole reason, not a code
        text.setPos(x, y)
        text.setToolTip(sentence)
        self.getPlotItem().addItem(text, ignoreBounds=True)
        self._marks.append(text)

    @property
    def marks(self) -> list[str]:
        return [mark.toPlainText() for mark in self._marks]

    @property
    def marked_at(self) -> list[float]:
        """The iteration each mark stands at."""
        return [float(mark.pos().x()) for mark in self._marks]

    def set_cursor(self, x: float | None) -> None:
        """A vertical line at the replayed iteration (None hides it)."""
        self.cursor.setVisible(x is not None)
        if x is not None:
            self.cursor.setValue(x)
        self.describe()

    def describe(self) -> None:
        """The plot in words, its accessible description: each run's newest iteration and training and test
        cost, and the replayed point's. Text only (a few numbers formatted), so it follows every update."""
        from lrgui.gui.train_plots import format_cost  # train_plots builds on this module

        runs = [curve for curve in self.curves if curve.last is not None]
        if not runs:
            self.setAccessibleDescription(translate("CostPlot", "No cost recorded yet: train to draw the curve."))
            return
        sentences = []
        for curve in runs[-6:]:
            step, cost = curve.last
            text = translate("CostPlot", "{run}at {step} {iteration}: training cost {cost}").format(
                run=f"{curve.name}: " if len(self.curves) > 1 and curve.name else "", step=self._step_name,
                iteration=format_int(step), cost=format_cost(cost))
            if curve.test is not None and curve.test.last is not None:
                text += translate("CostPlot", ", test cost {cost}").format(cost=format_cost(curve.test.last[1]))
            sentences.append(text)
        current = self.current
        if self.cursor.isVisible() and current is not None and current.last is not None:
            step, cost = current.nearest(float(self.cursor.value()))
            sentences.append(translate("CostPlot", "Shown: {step} {iteration}, training cost {cost}").format(
                step=self._step_name, iteration=format_int(step), cost=format_cost(cost)))
        self.setAccessibleDescription("; ".join(sentences) + ".")

    # ---------------------------------------------------------- presentation
    def set_presentation(self, on: bool) -> None:
        """Text readable from the back of a room (ticks ≥ 20 px) and thick curves, or the normal style."""
        self.presenting = on
        plot = self.getPlotItem()
        tick_px = 22 if on else 11
        label_pt = "20pt" if on else "10pt"
        font = QFont()
        font.setPixelSize(tick_px)
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setTickFont(font)
            axis.setStyle(tickTextOffset=8 if on else 3)
            axis.label.setFont(QFont(font.family(), 20 if on else 10))
            axis.setPen(pg.mkPen("#000000" if on else "#303030", width=2 if on else 1))
            axis.setTextPen(pg.mkPen("#000000" if on else "#303030"))
        self._show_title()
        for curve in self.curves:
            for part in (curve, curve.test):
                if part is not None:
                    pen = pg.mkPen(part.item.opts["pen"])
                    pen.setWidthF(self._width())
                    part.item.setPen(pen)
        self._legend.setLabelTextSize(label_pt)
        for sample, label in self._legend.items:
            label.setText(label.text, size=label_pt)

    @property
    def current(self) -> CostCurve | None:
        return self.curves[-1] if self.curves else None

    # ----------------------------------------------------------------- export
    def export_png(self, path: str | Path) -> None:
        """Writes the plot as a PNG (the Save dialog has asked before replacing a file)."""
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not self.grab().save(buffer, "PNG"):
            raise UserError(translate("CostPlot", "Could not draw the plot as a PNG for {path}.").format(path=path))
        write_output(path, bytes(buffer.data()), what=translate("CostPlot", "the plot"), force=True)

    def export_csv(self, path: str | Path) -> None:
        """Writes the training costs as CSV (the Save dialog has asked before replacing a file)."""
        text = io.StringIO(newline="")
        writer = csv.writer(text)
        writer.writerow(["run", "iteration", "cost"])
        for curve in self.curves:  # the training costs: what the runs are compared by
            for x, y in curve.points:
                writer.writerow([curve.name, int(x), f"{y:.8g}"])
        write_output(path, text.getvalue().encode("utf-8"), what=translate("CostPlot", "the costs"), force=True)

    def export_png_dialog(self) -> None:
        self._export_dialog(translate("CostPlot", "PNG image (*.png)"), ".png", self.export_png)

    def export_csv_dialog(self) -> None:
        self._export_dialog(translate("CostPlot", "CSV table (*.csv)"), ".csv", self.export_csv)

    def _export_dialog(self, file_filter: str, suffix: str, write) -> None:
        path, _ = QFileDialog.getSaveFileName(self, translate("CostPlot", "Export"), f"cost{suffix}", file_filter)
        if not path:
            return
        if not path.endswith(suffix):
            path += suffix
        try:
            write(path)
        except UserError as error:
            QMessageBox.warning(self, translate("CostPlot", "Export failed"), str(error))
        else:
            self.exported.emit(path)
