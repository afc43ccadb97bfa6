"""Train and test accuracy against iterations: a small panel under the cost curve, where overfitting shows."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from lrgui.gui.cost_plot import RUN_COLOURS, TEST_COLOUR, CostCurve, LegendPlacer, own_plot_menus
from lrgui.session.i18n import translate
from lrgui.session.wording import format_int, format_percent


class AccuracyPlot(pg.PlotWidget):
    """Train and test accuracy (%) against iterations: a small panel under the cost, where overfitting shows."""

    COLOURS = {"train": RUN_COLOURS[0], "test": TEST_COLOUR}

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("accuracyPlot")
        self.setAccessibleName(translate("AccuracyPlot", "Accuracy plot"))
        self.setMinimumHeight(110)
        item = self.getPlotItem()
        own_plot_menus(self, item)
        item.setLabel("left", translate("AccuracyPlot", "accuracy %"))
        item.getAxis("left").enableAutoSIPrefix(False)
        item.showGrid(x=True, y=True, alpha=0.25)
        item.setYRange(0, 100, padding=0.02)
        item.setMouseEnabled(y=False)
        item.enableAutoRange(y=False)
        legend = item.addLegend(offset=(-10, -10))
        self.curves: dict[str, CostCurve] = {}
        names = {"train": translate("AccuracyPlot", "train accuracy"), "test": translate("AccuracyPlot", "test accuracy")}
        self._legend_placer = LegendPlacer(item, legend, self._curve_items, self)
        for name, colour in self.COLOURS.items():
            style = Qt.PenStyle.DashLine if name == "test" else Qt.PenStyle.SolidLine
            data_item = item.plot([], [], pen=pg.mkPen(colour, width=2.5, style=style), name=names[name])
            self.curves[name] = CostCurve(data_item, name, on_change=self.describe)
        self.describe()

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt's name
        """A hidden panel's curves are not redrawn at every point of a run: they are drawn when it is shown."""
        for curve in self.curves.values():
            if visible:
                curve.flush()
            else:
                curve.deferred = True
        super().setVisible(visible)

    def describe(self) -> None:
        """The newest training and test accuracy in words: the plot's accessible description."""
        words = {"train": translate("AccuracyPlot", "training accuracy {percent} at {iteration}"),
                 "test": translate("AccuracyPlot", "test accuracy {percent} at {iteration}")}
        parts = [words[name].format(percent=format_percent(curve.last[1] / 100), iteration=format_int(curve.last[0]))
                 for name, curve in self.curves.items() if curve.last is not None]
        self.setAccessibleDescription("; ".join(parts) + "." if parts else
                                      translate("AccuracyPlot", "No accuracy recorded yet."))

    def _curve_items(self) -> list:
        return [curve.item for curve in self.curves.values()]

    def extend(self, name: str, points) -> None:
        """Adds (iteration, accuracy as a fraction) points to the ``train`` or ``test`` curve."""
        percent = [(x, 100.0 * y) for x, y in points]
        if percent:
            self.curves[name].extend(percent)

    def clear_curves(self) -> None:
        for curve in self.curves.values():
            curve.replace([])

    def begin_live(self, last_step: float) -> None:
        """The steps' axis still while a run is drawn, from 0 to its last step (see CostPlot.begin_live)."""
        plot = self.getPlotItem()
        plot.disableAutoRange(axis="x")
        plot.setXRange(0, max(1.0, float(last_step)), padding=0.02)

    def end_live(self) -> None:
        self.getPlotItem().enableAutoRange(x=True)

    def set_presentation(self, on: bool) -> None:
        font = QFont()
        font.setPixelSize(22 if on else 11)
        for name in ("left", "bottom"):
            self.getPlotItem().getAxis(name).setTickFont(font)
        for curve in self.curves.values():
            pen = pg.mkPen(curve.item.opts["pen"])
            pen.setWidthF(5.0 if on else 2.5)
            curve.item.setPen(pen)
