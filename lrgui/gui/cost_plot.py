"""The live cost plot: one curve per training run, grown with ``setData`` as points arrive."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

pg.setConfigOptions(antialias=True, useOpenGL=False, background="w", foreground="#303030")

#: Distinct, colour-blind-friendly colours (Okabe–Ito) for compared runs.
RUN_COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"]


class CostCurve:
    """A growing buffer of (iteration, cost) shown by one PlotDataItem."""

    def __init__(self, item: pg.PlotDataItem, name: str):
        self.item = item
        self.name = name
        self._x = np.empty(64)
        self._y = np.empty(64)
        self._count = 0

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
        if self._count > self.MAX_SYMBOLS and self.item.opts.get("symbol") is not None:
            self.item.setSymbol(None)
        self.item.setData(self._x[: self._count], self._y[: self._count])

    def replace(self, points) -> None:
        self._count = 0
        self.extend(points)

    @property
    def points(self) -> list[tuple[float, float]]:
        return list(zip(self._x[: self._count].tolist(), self._y[: self._count].tolist()))


class CostPlot(pg.PlotWidget):
    """Cost against iterations, with PNG/CSV export in its context menu."""

    exported = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("costPlot")
        self.setMinimumSize(320, 240)
        item = self.getPlotItem()
        item.setLabel("bottom", "iteration")
        item.setLabel("left", "cost J")
        item.getAxis("left").enableAutoSIPrefix(False)  # "cost J (x0.001)" confuses a classroom
        item.showGrid(x=True, y=True, alpha=0.25)
        for name in ("left", "bottom"):
            # major ticks only: minor grid lines, alpha-blended, made every repaint cost ~40 ms
            item.getAxis(name).setStyle(maxTickLevel=0)
        # a long run records thousands of points: draw only what is visible, thinned to the pixels
        item.setClipToView(True)
        item.setDownsampling(auto=True, mode="peak")
        item.setTitle("Cost during training", size="11pt")
        self._legend = item.addLegend(offset=(-10, 10))
        self.curves: list[CostCurve] = []
        menu = item.getViewBox().menu
        menu.addSeparator()
        self._png_action = QAction("Export plot as PNG…", self, triggered=self.export_png_dialog)
        self._csv_action = QAction("Export costs as CSV…", self, triggered=self.export_csv_dialog)
        menu.addAction(self._png_action)
        menu.addAction(self._csv_action)

    def set_step_name(self, name: str) -> None:
        """"iteration" for full-batch gradient descent, "epoch" for the network."""
        self.getPlotItem().setLabel("bottom", name)

    def clear_curves(self) -> None:
        for curve in self.curves:
            self.getPlotItem().removeItem(curve.item)
        self._legend.clear()
        self.curves = []

    def new_curve(self, name: str, points=()) -> CostCurve:
        colour = RUN_COLOURS[len(self.curves) % len(RUN_COLOURS)]
        item = self.getPlotItem().plot(
            [], [], pen=pg.mkPen(colour, width=2.5), symbol="o", symbolSize=5,
            symbolBrush=colour, symbolPen=None, name=name,
        )
        curve = CostCurve(item, name)
        self.curves.append(curve)
        self._legend.setVisible(len(self.curves) > 1)
        if points:
            curve.extend(points)
        return curve

    @property
    def current(self) -> CostCurve | None:
        return self.curves[-1] if self.curves else None

    # ----------------------------------------------------------------- export
    def export_png(self, path: str | Path) -> None:
        if not self.grab().save(str(path), "PNG"):
            raise OSError(f"could not write {path}")

    def export_csv(self, path: str | Path) -> None:
        with open(path, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["run", "iteration", "cost"])
            for curve in self.curves:
                for x, y in curve.points:
                    writer.writerow([curve.name, int(x), f"{y:.8g}"])

    def export_png_dialog(self) -> None:
        self._export_dialog("PNG image (*.png)", ".png", self.export_png)

    def export_csv_dialog(self) -> None:
        self._export_dialog("CSV table (*.csv)", ".csv", self.export_csv)

    def _export_dialog(self, file_filter: str, suffix: str, write) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export", f"cost{suffix}", file_filter)
        if not path:
            return
        if not path.endswith(suffix):
            path += suffix
        try:
            write(path)
        except OSError as error:
            QMessageBox.warning(self, "Export failed", f"Could not export to {path}: {error}")
        else:
            self.exported.emit(path)
