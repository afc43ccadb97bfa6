"""The step slice: the cost along the gradient from the shown point, and where the learning rate's step lands.

J(θ − α·g) for α from 0 to three times the learning rate, on the training
rows, at the displayed point (see :func:`lrgui.session.landscape.step_slice`):
the rate's own step is marked with the cost it leads to, the start's cost is
a dashed line to compare it with, and the best α on the slice is starred. A
rate that overshoots has its mark up the far side of the valley, above the
dashed line. Computed here for small data, on a worker for photos (Caltech's
1,500 × 12,288 pixels take a fraction of a second).
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from lrgui.gui.plot_style import own_plot_menus, style_ticks
from lrgui.errors import UserError
from lrgui.gui.latest_result import LatestResult
from lrgui.kinds import kind_named
from lrgui.session.advice import format_rate
from lrgui.session.i18n import translate
from lrgui.session.wording import format_int
from lrgui.session.landscape import Objective, StepSlice, step_slice

#: Rows × features up to which a slice is computed where it is asked for (the toy sets: under a millisecond).
QUICK_SLICE_VALUES = 200_000
#: A slice spanning more than this ratio of costs is drawn on a logarithmic axis.
LOG_AXIS_ABOVE = 50.0
#: A slice computed on a worker starts this long after it is asked for (newer requests replace it meanwhile).
SLOW_SLICE_DELAY_MS = 250
RATE_COLOUR, BEST_COLOUR, CURVE_COLOUR = "#D55E00", "#009E73", "#0072B2"


_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def decade_ticks(low: float, high: float, most: int) -> list[tuple[float, str]]:
    """At most ``most`` ticks at whole powers of ten between ``low`` and ``high`` (log10 units), evenly spaced:
    pyqtgraph's own put a label at every decade and every minor step, crowded into a short plot."""
    first, last = math.ceil(low), math.floor(high)
    if last < first:
        return []
    step = max(1, math.ceil((last - first + 1) / most))
    return [(float(power), "10" + str(power).translate(_SUPERSCRIPT)) for power in range(first, last + 1, step)]


def format_cost(cost: float) -> str:
    """Four significant digits; a cost that overflowed says so."""
    return f"{cost:,.4g}" if math.isfinite(cost) else translate("StepSliceView", "overflow")


def fits(objective: Objective, parameters) -> bool:
    """The parameters take the objective's rows and give its classes (data changed since training: no)."""
    kind = kind_named(objective.kind)
    arrays = {name: np.asarray(value) for name, value in parameters.items()}
    try:
        expected = kind.parameter_shapes(arrays, objective.X.shape[1], objective.classes)
    except (KeyError, ValueError):
        return False
    return all(name in arrays and arrays[name].shape == shape for name, shape in expected.items())


class StepSliceView(QWidget):
    """J(θ − α·g) at the shown point, the rate's step and the best α marked (object name ``stepSliceView``)."""

    def __init__(self, workers=None, parent=None):
        super().__init__(parent)
        self.setObjectName("stepSliceView")
        self.presenting = False
        self._objectives: dict = {}
        self._iteration: int | None = None
        # a slow slice starts a moment after it is asked for: a dragged slider or a stream of training
        # events then costs one job per moment, computed for the newest point
        self._result = LatestResult(self._compute, workers, "step-slice", self, delay_ms=SLOW_SLICE_DELAY_MS)
        self._result.ready.connect(self._draw)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.caption = QLabel(translate("StepSliceView", "The step slice appears at a recorded point of a run."))
        self.caption.setObjectName("stepSliceCaption")
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption)
        self.plot = pg.PlotWidget(enableMenu=False)
        self.plot.setMinimumSize(150, 60)
        self.plot.setAccessibleName(translate("StepSliceView", "Step slice"))
        item = self.plot.getPlotItem()
        own_plot_menus(self.plot, item)
        item.hideButtons()
        item.getViewBox().setMouseEnabled(False, False)
        self.curve_item = pg.PlotDataItem([], [], pen=pg.mkPen(CURVE_COLOUR, width=2))
        item.addItem(self.curve_item)
        self.start_line = pg.InfiniteLine(angle=0, pen=pg.mkPen((90, 90, 90), width=1, style=Qt.PenStyle.DashLine))
        self.rate_line = pg.InfiniteLine(angle=90, pen=pg.mkPen(RATE_COLOUR, width=1.5))
        for line in (self.start_line, self.rate_line):
            line.setVisible(False)
            item.addItem(line)
        # markers as data items: a logarithmic axis transforms them with the curve
        self.rate_item = pg.PlotDataItem([], [], pen=None, symbol="o", symbolSize=11, symbolBrush=RATE_COLOUR,
                                         symbolPen="k")
        self.best_item = pg.PlotDataItem([], [], pen=None, symbol="star", symbolSize=15, symbolBrush=BEST_COLOUR,
                                         symbolPen="k")
        for marker in (self.rate_item, self.best_item):
            marker.setZValue(10)
            item.addItem(marker)
        self.rate_text = pg.TextItem("", color=RATE_COLOUR, anchor=(0, 1))
        item.addItem(self.rate_text)
        layout.addWidget(self.plot, 1)
        self._label_axes()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Small: beside the cost and the weights on a 600-pixel screen it takes the height it is given,
        and twice the font in presentation mode must not make the window taller than the screen."""
        return QSize(150, 40)

    # ------------------------------------------------------------ the feed
    #: "iteration" or "epoch", for the caption
    step_name = "iteration"

    def show_point(self, parameters: dict | None, settings, scaler, train, iteration: int | None = None,
                   live: bool = False) -> None:
        """The slice at ``parameters`` of a run with ``settings`` on ``train`` (rows scaled by ``scaler``).

        None for any of them clears the view (no snapshot at that point, or no data). ``live`` (a run's
        newest point) is always computed on a worker: the window draws the run meanwhile.
        """
        self._iteration = iteration
        if settings is not None:
            self.step_name = settings.kind.step
        # a kind that trains in one step takes no gradient step: there is no slice along one
        if not parameters or settings is None or train is None or scaler is None or not settings.kind.iterates:
            self._result.request(None, quick=True)
            return
        quick = not live and train.X.shape[0] * int(np.prod(train.X.shape[1:])) <= QUICK_SLICE_VALUES
        # hidden (its box unticked), it is computed when shown or asked for: a pass over the training set
        # on a worker would take time from what is on screen (a drop on the Predict tab)
        self._result.request((parameters, settings, scaler, train), quick=quick, defer=self.isHidden())

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt's name
        super().setVisible(visible)
        if visible:  # its box ticked: a slice deferred while hidden is computed now
            self._result.resume()

    def clear(self) -> None:
        self._result.request(None, quick=True)

    # ------------------------------------------------------------ the API
    def slice(self) -> StepSlice | None:
        """The slice at the shown point (computed now if a worker has not delivered it yet)."""
        answer = self._result.value()
        return answer if isinstance(answer, StepSlice) else None

    def curve(self) -> tuple[np.ndarray, np.ndarray]:
        """(α from 0 to 3·lr, J(θ − α·g)): current, on screen or not."""
        computed = self.slice()
        if computed is None:
            return np.empty(0), np.empty(0)
        return computed.alphas.copy(), computed.costs.copy()

    def learning_rate(self) -> float | None:
        """The learning rate of the run whose point is shown."""
        computed = self.slice()
        return None if computed is None else computed.learning_rate

    # ------------------------------------------------------------ work
    def _compute(self, inputs):
        """A worker's job (or the caller's): the objective (kept per data and scaler), then the slice."""
        parameters, settings, scaler, train = inputs
        if not settings.kind.iterates:  # fitted in one step: no rate, no step to slice
            return translate("Landscape", "The step slice is drawn for a model trained by gradient descent.")
        key = (id(train), id(scaler), settings.model, settings.l1, settings.l2, settings.activation,
               settings.batches, settings.batch_size)
        kept = self._objectives.get(key)
        if kept is None:
            rows = scaler.transform(train.X)
            # the data and scaler are kept with it, so that their ids in the key stay theirs
            kept = (Objective.from_settings(settings, rows, train.y), train, scaler)
            self._objectives = {key: kept}  # one data set at a time: a new one replaces it
        objective = kept[0]
        if not fits(objective, parameters):
            return translate("StepSliceView", "The data loaded now are not the ones this model was trained on.")
        try:
            return step_slice(objective, parameters, float(settings.learning_rate))
        except (UserError, ValueError) as error:  # said in the caption, where the slice would be
            return str(error)

    # ------------------------------------------------------------ drawing
    def _draw(self, computed) -> None:
        if not isinstance(computed, StepSlice):
            self.curve_item.setData([], [])
            for item in (self.rate_item, self.best_item):
                item.setData([], [])
            self.rate_text.setText("")
            self.start_line.setVisible(False)
            self.rate_line.setVisible(False)
            self.caption.setText(computed if isinstance(computed, str)
                                 else translate("StepSliceView", "The step slice appears at a recorded point of a run."))
            self.plot.setAccessibleDescription(self.caption.text())
            return
        alphas, costs = computed.alphas, computed.costs
        finite = np.isfinite(costs)
        shown = costs[finite]
        log_axis = bool(shown.size and shown.min() > 0 and shown.max() / shown.min() > LOG_AXIS_ABOVE)
        item = self.plot.getPlotItem()
        item.setLogMode(x=False, y=log_axis)

        def y(value):
            return math.log10(value) if log_axis else value

        self.curve_item.setData(alphas[finite], shown)
        rate, at_rate, start = computed.learning_rate, computed.cost_at_rate, computed.start_cost
        self.start_line.setValue(y(start))
        self.rate_line.setValue(rate)
        self.start_line.setVisible(True)
        self.rate_line.setVisible(True)
        if math.isfinite(at_rate):
            self.rate_item.setData([rate], [at_rate])
            self.rate_text.setText(f"lr {format_rate(rate)} → {format_cost(at_rate)}")
            self.rate_text.setPos(rate, y(at_rate))
        else:
            self.rate_item.setData([], [])
            self.rate_text.setText(f"lr {format_rate(rate)} → {format_cost(math.inf)}")
        self.best_item.setData([computed.best_alpha], [float(costs[computed.best_index])])
        item.getViewBox().autoRange(padding=0.08)
        ticks = decade_ticks(*item.getViewBox().viewRange()[1], 3 if self.presenting else 5) if log_axis else []
        item.getAxis("left").setTicks([ticks] if ticks else None)
        self._describe(computed)

    def _describe(self, computed: StepSlice) -> None:
        if self.presenting:  # one line a room can read: where the step starts and where it lands
            arrow = translate("StepSliceView", "↑ overshoots") if computed.overshoots else translate("StepSliceView", "↓ falls")
            self.caption.setText(f"lr {format_rate(computed.learning_rate)}: {format_cost(computed.start_cost)} → "
                                 f"{format_cost(computed.cost_at_rate)} {arrow}")
            self.plot.setAccessibleDescription(self.caption.text())
            return
        where = "" if self._iteration is None else (
            translate("StepSliceView", " at epoch {number}") if self.step_name == "epoch"
            else translate("StepSliceView", " at iteration {number}")).format(number=format_int(self._iteration))
        verdict = (translate("StepSliceView", "lands higher than it starts: it overshoots") if computed.overshoots
                   else translate("StepSliceView", "lands lower: the cost falls"))
        best = translate("StepSliceView", "lies beyond 3× the rate") if computed.best_index == len(computed.alphas) - 1 \
            else translate("StepSliceView", "is at α = {rate}").format(rate=format_rate(computed.best_alpha))
        text = translate("StepSliceView", "Cost along the gradient{where}, from {start} (dashed): the step of lr {rate} "
                         "{verdict}; the lowest cost on it {best}.").format(
            where=where, start=format_cost(computed.start_cost), rate=format_rate(computed.learning_rate),
            verdict=verdict, best=best)
        if computed.batches > 1:
            text += " " + translate("StepSliceView", "Training takes {count} minibatch steps an epoch; this slice "
                                    "follows the whole training set's gradient.").format(count=computed.batches)
        self.caption.setText(text)
        self.plot.setAccessibleDescription(text)

    def _label_axes(self) -> None:
        item = self.plot.getPlotItem()
        size = "20pt" if self.presenting else "10pt"
        # presenting, the names shrink to their symbols: the plot needs the room
        item.setLabel("bottom", "α" if self.presenting else translate("StepSliceView", "step size α"), **{"font-size": size})
        item.setLabel("left", "J" if self.presenting else "J(θ − α·g)", **{"font-size": size})
        for name in ("left", "bottom"):
            item.getAxis(name).enableAutoSIPrefix(False)

    def set_presentation(self, on: bool) -> None:
        """Big ticks, axis names and markers for a projector, or the normal style."""
        self.presenting = on
        item = self.plot.getPlotItem()
        style_ticks(item, on)
        self.curve_item.setPen(pg.mkPen(CURVE_COLOUR, width=4 if on else 2))
        self.rate_item.setSymbolSize(20 if on else 11)
        self.best_item.setSymbolSize(26 if on else 15)
        text_font = QFont()
        text_font.setPixelSize(20 if on else 11)
        self.rate_text.setFont(text_font)
        self._label_axes()
        # redrawn once the normal font is back: the long caption at twice the size would stretch the window
        QTimer.singleShot(0, lambda: self._draw(None if self._result.pending else self._result.value()))
