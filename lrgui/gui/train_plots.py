"""The Train tab's plots with replay: the cost curves, the weights, the accuracy curves, the slider, the comparison.

A part of the Train tab, drawn from what the tab hands it: a training
session's progress while a run goes, the current model's history after. The
slider says which recorded point the user chose (``pointChosen``); the tab
decides what that point is and shows it everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lrgui.data import TrainedModel
from lrgui.gui.accuracy_plot import AccuracyPlot
from lrgui.gui.cost_plot import CostPlot
from lrgui.gui.step_slice_view import StepSliceView
from lrgui.gui.tables import FittedTable
from lrgui.gui.weights_view import WeightsView
from lrgui.session.advice import run_name
from lrgui.session.i18n import translate
from lrgui.session.run_record import RunRecord
from lrgui.session.trainer import Recorded, TrainingResult
from lrgui.session.training_session import Progress, TrainingSession, run_advice, saved_model_advice, trouble_iteration
from lrgui.session.wording import format_int, format_count, format_percent, localize

#: Presenting, the curve keeps at least this much of the room the weights do not need (px wide or tall).
CURVE_LEAST_WIDTH = 165
CURVE_LEAST_HEIGHT = 130


def format_cost(cost: float | None) -> str:
    """Enough significant digits, never '0.0000': scientific notation below 1e-3."""
    if cost is None:
        return "—"
    if cost != 0 and abs(cost) < 1e-3:
        return localize(f"{cost:.3e}")
    return localize(f"{cost:,.4f}")


def run_note(result: TrainingResult) -> str:
    """The comparison table's word for a run."""
    if result.diverged:
        return translate("TrainPlots", "diverged")
    return (translate("TrainPlots", "unstable") if result.unstable else
            (translate("TrainPlots", "stopped") if result.stopped_early else ""))


def history_points(model: TrainedModel | None) -> list[Recorded]:
    """The recorded points of a model's history (kept in its file too), as the training events had them."""
    history = None if model is None else model.history
    if history is None:
        return []

    def value(array, i):
        return None if array is None else float(array[i])

    return [Recorded(0, int(history.iterations[i]), float(history.train_cost[i]), value(history.train_accuracy, i),
                     value(history.test_cost, i), value(history.test_accuracy, i), history.snapshot(i))
            for i in range(len(history))]


class TrainPlots(QWidget):
    """Cost beside weights, accuracy under both; the replay row, the axes' choices, Compare and its table."""

    pointChosen = Signal(int)

    def __init__(self, workers=None, parent=None):
        super().__init__(parent)
        self.workers = workers
        self.points: list[Recorded] = []
        self.run_curves: dict = {}
        self.comparing = False
        self.run_settings: list = []  # the session's runs: their names say what tells them apart
        self.presenting = False
        self._arranged = None
        self._splitter_sizes: list[int] = []
        self._build()

    def _build(self) -> None:
        right = QVBoxLayout(self)
        right.setContentsMargins(0, 0, 0, 0)
        self.plot = CostPlot(cache_still=True)
        self.plot.setMinimumSize(200, 150)
        self.weights_view = WeightsView()
        # the channel choice is as wide as its longest item ("R+G+B"), which presentation's font can afford
        self.weights_view.channel_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.plots_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.plots_splitter.setObjectName("trainPlotsSplitter")
        self.plots_splitter.addWidget(self.plot)
        self.plots_splitter.addWidget(self.weights_view)
        # the weights as large as the curve: a class reads the pictures from the back of the room
        self.plots_splitter.setStretchFactor(0, 1)
        self.plots_splitter.setStretchFactor(1, 1)
        self.plots_splitter.setChildrenCollapsible(False)
        # a timer's turn, not a queued call: a live run's first point (new pictures, the room refitted) then
        # comes in short stretches between which the window answers
        self._refit_soon = QTimer(self, singleShot=True, interval=0, timeout=self._refit)
        #: started when a run ends: :meth:`end` in a turn of its own (a new run's begin stops it)
        self.end_soon = QTimer(self, singleShot=True, interval=0, timeout=self.end)
        self.weights_view.panelsChanged.connect(self._refit_soon.start)
        self._fitted_for = None
        self.accuracy_plot = AccuracyPlot()
        self.accuracy_plot.setMinimumHeight(90)
        self.accuracy_plot.setXLink(self.plot)
        self.accuracy_plot.setVisible(False)
        self.panels_splitter = QSplitter(Qt.Orientation.Vertical)
        self.panels_splitter.setObjectName("trainPanelsSplitter")
        self.panels_splitter.addWidget(self.plots_splitter)
        # J(θ − α·g) at the shown point: why a rate overshoots (shown on demand, computed either way)
        self.step_slice_view = StepSliceView(self.workers)
        self.step_slice_view.setVisible(False)
        self.panels_splitter.addWidget(self.step_slice_view)
        self.panels_splitter.addWidget(self.accuracy_plot)
        self.panels_splitter.setStretchFactor(0, 3)
        self.panels_splitter.setStretchFactor(1, 2)
        self.panels_splitter.setStretchFactor(2, 1)
        self.panels_splitter.setChildrenCollapsible(False)
        right.addWidget(self.panels_splitter, 1)

        replay = QHBoxLayout()
        self.history_slider = QSlider(Qt.Orientation.Horizontal)
        self.history_slider.setObjectName("historySlider")
        self.history_slider.setToolTip(translate("TrainPlots", "Replay the run: the weights, costs and accuracies at each recorded point "
                                       "(← and → move one point)"))
        self.history_slider.setRange(0, 0)
        self.history_slider.setPageStep(1)
        self.history_slider.valueChanged.connect(self.pointChosen)
        self.history_label = QLabel(" ")
        self.history_label.setObjectName("historyLabel")
        self.history_label.setMinimumWidth(120)
        self.continue_here_button = QPushButton(translate("TrainPlots", "Continue from here"))
        self.continue_here_button.setObjectName("continueFromHereButton")
        self.continue_here_button.setToolTip(translate("TrainPlots", "Train on from the point the slider shows, dropping what came after it"))
        self.replay_label = QLabel(translate("TrainPlots", "Replay:"))
        replay.addWidget(self.replay_label)
        replay.addWidget(self.history_slider, 1)
        replay.addWidget(self.history_label)
        replay.addWidget(self.continue_here_button)
        right.addLayout(replay)

        axes = QHBoxLayout()
        axes.setContentsMargins(0, 0, 0, 0)
        self.log_check = QCheckBox(translate("TrainPlots", "Log scale"))
        self.log_check.setObjectName("logScaleCheck")
        self.log_check.setToolTip(translate("TrainPlots", "Cost on a logarithmic axis: late, small improvements become visible (L)"))
        self.log_check.toggled.connect(self.plot.set_log_scale)
        self.same_scale_check = QCheckBox(translate("TrainPlots", "Same scale"))
        self.same_scale_check.setObjectName("sameScaleCheck")
        self.same_scale_check.setToolTip(translate("TrainPlots", "The cost axis from 0 to the largest first cost, however the runs go: "
                                         "a slow learning rate looks slow"))
        self.same_scale_check.toggled.connect(self.plot.set_same_scale)
        self.accuracy_curves_check = QCheckBox(translate("TrainPlots", "Accuracy"))
        self.accuracy_curves_check.setObjectName("accuracyCurvesCheck")
        self.accuracy_curves_check.setToolTip(translate("TrainPlots", "Train and test accuracy during training, on a panel under the cost"))
        self.accuracy_curves_check.toggled.connect(self.accuracy_plot.setVisible)
        self.step_slice_check = QCheckBox(translate("TrainPlots", "Step slice"))
        self.step_slice_check.setObjectName("stepSliceCheck")
        self.step_slice_check.setToolTip(translate("TrainPlots", "The cost along the next step's direction, J(θ − α·g) for α from 0 to 3× "
                                         "the learning rate: where this rate's step lands, and the best one"))
        self.step_slice_check.toggled.connect(self.step_slice_view.setVisible)
        for check in (self.log_check, self.same_scale_check, self.accuracy_curves_check, self.step_slice_check):
            axes.addWidget(check)
        axes.addStretch(1)
        self.axes_row = QWidget()
        self.axes_row.setLayout(axes)
        right.addWidget(self.axes_row)

        compare = QHBoxLayout()
        compare.setContentsMargins(0, 0, 0, 0)
        compare.addWidget(QLabel(translate("TrainPlots", "Compare rates:")))
        self.rates_edit = QLineEdit()
        self.rates_edit.setObjectName("compareRatesEdit")
        self.rates_edit.setToolTip(translate("TrainPlots", "Train one model per rate, one after another, and overlay their costs"))
        compare.addWidget(self.rates_edit, 1)
        self.compare_button = QPushButton(translate("TrainPlots", "Compare"))
        self.compare_button.setObjectName("compareButton")
        compare.addWidget(self.compare_button)
        self.compare_row = QWidget()
        self.compare_row.setLayout(compare)
        right.addWidget(self.compare_row)
        # every run's row and every header whole: the table is as tall as its rows, the curves get the rest
        self.comparison_table = FittedTable(0, 6, squeezable=True)
        self.comparison_table.setObjectName("comparisonTable")
        self.comparison_table.setHorizontalHeaderLabels(
            [translate("TrainPlots", "Learning rate"), translate("TrainPlots", "Final cost"), translate("TrainPlots", "Test cost"), translate("TrainPlots", "Train accuracy"), translate("TrainPlots", "Test accuracy"), translate("TrainPlots", "Note")])
        self.comparison_table.verticalHeader().setVisible(False)
        self.comparison_table.setVisible(False)
        self.panels_splitter.addWidget(self.comparison_table)
        self.panels_splitter.setStretchFactor(2, 1)

    # --------------------------------------------------------------- curves
    def clear(self, step_name: str) -> None:
        """Nothing drawn: another model kind or other data (a curve would be relabelled wrongly)."""
        self.plot.clear_curves()
        self.plot.set_step_name(step_name)
        self.accuracy_plot.clear_curves()
        self.weights_view.clear()
        self.comparison_table.setVisible(False)
        self.run_curves = {}

    def begin(self, session: TrainingSession, with_test: bool) -> None:
        """A run starts: empty plots, and a continued model's own history up to where it goes on."""
        self.end_soon.stop()
        self.plot.clear_curves()
        self.accuracy_plot.clear_curves()
        self.run_curves = {}
        self.comparing = session.comparing
        self.run_settings = list(session.settings)
        self.with_test = with_test
        resume = session.resume_model
        if resume is not None:
            curve = self.plot.new_curve(run_name(session.settings[0]), test=with_test)
            self.show_history(curve, resume, upto=session.experiment.start_index)
            self.run_curves[0] = curve
        elif not self.comparing:  # made now rather than with the first point, the busiest moment of a run
            self.run_curves[0] = self.plot.new_curve(run_name(session.settings[0], self.run_settings),
                                                     test=with_test)
        if self.comparing:
            self.comparison_table.setRowCount(0)
            self.same_scale_check.setChecked(True)  # compared runs on one scale: a slow rate looks slow
        self.comparison_table.setVisible(self.comparing)
        self.plot.set_cursor(None)
        started = max((curve.last[0] for curve in self.run_curves.values() if curve.last is not None), default=0.0)
        last_step = started + max(settings.steps for settings in session.settings)
        self.plot.begin_live(last_step)
        self.accuracy_plot.begin_live(last_step)
        if resume is None:  # a continued model's pictures are shown already
            self._expect_pictures(session.settings[0], session.experiment.data.train)
        QTimer.singleShot(0, self.fit_weights)

    def _expect_pictures(self, settings, train) -> None:
        """A new model's pictures, blank, in the number its kind will draw: their room is laid out now rather
        than at the run's first point, its busiest moment."""
        expected = settings.kind.picture_count(settings, len(train.classes))
        if expected is not None:
            self.weights_view.expect(*expected, train.image_format, sorted(train.classes))

    def end(self) -> None:
        """The run has ended (finished, stopped or failed): the axes fit the whole curves again."""
        self.plot.end_live()
        self.accuracy_plot.end_live()

    def absorb(self, progress: Progress, shown_run: int) -> None:
        """A batch of a run's progress: new curves, their points, each finished run's own curve and mark."""
        for run, settings in progress.started.items():
            if run not in self.run_curves:
                self.run_curves[run] = self.plot.new_curve(run_name(settings, self.run_settings),
                                                           test=self.with_test, compared=self.comparing)
        for run, batch in progress.points.items():
            curve = self.run_curves.get(run)
            if curve is None:
                continue
            curve.extend([(p.iteration, p.train_cost) for p in batch])
            if curve.test is not None:
                curve.test.extend([(p.iteration, p.test_cost) for p in batch if p.test_cost is not None])
            if not self.comparing:
                self.accuracy_plot.extend("train", [(p.iteration, p.train_accuracy) for p in batch
                                                    if p.train_accuracy is not None])
                self.accuracy_plot.extend("test", [(p.iteration, p.test_accuracy) for p in batch
                                                   if p.test_accuracy is not None])
        for run, result in progress.finished.items():
            curve = self.run_curves.get(run)
            if curve is not None:
                curve.replace(result.costs)  # the model's own history, exactly
                advice = run_advice(result)
                if advice:
                    self.plot.mark(curve, advice[0], at=trouble_iteration(result))
        if self.same_scale_check.isChecked():
            self.plot.apply_scale()
        self.plot.follow_live()

    def show_history(self, curve, model: TrainedModel, upto: int | None = None) -> None:
        """A model's recorded costs (and test costs and accuracies, from its history) on the plots."""
        history = model.history
        if history is None:
            curve.extend(model.estimator.costs_)
            return
        end = len(history) if upto is None else upto + 1
        iterations = history.iterations[:end].tolist()
        if upto is None:
            curve.extend(model.estimator.costs_)  # every recorded cost, not only the kept snapshots
        else:
            curve.extend([(i, c) for i, c in model.estimator.costs_ if i <= iterations[-1]])
        if curve.test is not None and history.test_cost is not None:
            curve.test.extend(zip(iterations, history.test_cost[:end].tolist()))
        for name, values in (("train", history.train_accuracy), ("test", history.test_accuracy)):
            if values is not None:
                self.accuracy_plot.extend(name, zip(iterations, values[:end].tolist()))

    def show_model(self, model: TrainedModel) -> None:
        """An opened model: its history alone on the plots."""
        self.plot.clear_curves()
        self.accuracy_plot.clear_curves()
        self.comparison_table.setVisible(False)
        self.run_curves = {}
        if model.estimator.costs_:
            history = model.history
            curve = self.plot.new_curve(translate("TrainPlots", "loaded model"), test=history is not None and history.test_cost is not None)
            self.show_history(curve, model)
            advice = saved_model_advice(model)
            if advice:
                self.plot.mark(curve, advice[0][0], at=advice[0][1])

    def fill_comparison(self, results: list[TrainingResult | RunRecord], draw: bool = False) -> None:
        """The comparison's table; with ``draw``, its runs' curves too (a reopened lesson's: no run drew them)."""
        if draw:
            self.draw_runs(results)
        self.comparison_table.setRowCount(len(results))
        for row, result in enumerate(results):
            test_cost = format_cost(result.final_test_cost) if result.final_test_cost is not None else "—"
            diverged = result.diverged  # a diverged run's accuracies are not a result: the note says why
            runs = [r.settings for r in results]
            cells = [run_name(result.settings, runs, prefix=""), format_cost(result.final_cost), test_cost,
                     translate("TrainPlots", "diverged") if diverged else format_percent(result.train_accuracy),
                     translate("TrainPlots", "diverged") if diverged else format_percent(result.test_accuracy),
                     run_note(result)]
            for column, text in enumerate(cells):
                self.comparison_table.setItem(row, column, QTableWidgetItem(text))
        self.comparison_table.refit()
        self.comparison_table.setVisible(True)

    def draw_runs(self, results: list[TrainingResult | RunRecord]) -> None:
        """Each run's cost and test cost, and the mark of its trouble, as the run drew them when it finished."""
        self.plot.clear_curves()
        self.accuracy_plot.clear_curves()
        records = [RunRecord.of(result) for result in results]
        self.run_settings = [record.settings for record in records]
        self.comparing = True
        self.same_scale_check.setChecked(True)
        with_test = any(record.series("test_cost") for record in records)
        self.run_curves = {}
        for run, record in enumerate(records):
            curve = self.run_curves[run] = self.plot.new_curve(run_name(record.settings, self.run_settings),
                                                               test=with_test, compared=True)
            curve.replace(record.series("train_cost"))
            if curve.test is not None:
                curve.test.extend(record.series("test_cost"))
            advice = run_advice(record)
            if advice:
                self.plot.mark(curve, advice[0], at=trouble_iteration(record))
        self.plot.set_cursor(None)
        self.plot.apply_scale()

    # --------------------------------------------------------------- replay
    def set_points(self, points: list[Recorded], index: int | None) -> None:
        """The points the slider moves over, at ``index`` (None: the last), without echoing a choice."""
        self.points = points
        last = max(0, len(points) - 1)
        self.history_slider.blockSignals(True)
        self.history_slider.setRange(0, last)
        self.history_slider.setValue(last if index is None else min(index, last))
        self.history_slider.blockSignals(False)

    @property
    def index(self) -> int:
        return self.history_slider.value()

    def describe_position(self, step_name: str) -> None:
        if not self.points:
            self.history_label.setText(" ")
            return
        point = self.points[min(self.index, len(self.points) - 1)]
        where = f"{step_name} {format_int(point.iteration)}"
        if not self.presenting:  # presenting, the slider needs the width more than the count does
            where += translate("TrainPlots", " ({index} of {points})").format(
                index=format_int(self.index + 1), points=format_count(len(self.points), "point"))
        self.history_label.setText(where)

    # ---------------------------------------------------------- presentation
    def show_step_slice(self, parameters, settings, scaler, train, iteration, live: bool = False) -> None:
        """The step slice at this point of a run with these settings and scaler, on these training rows."""
        self.step_slice_view.show_point(parameters, settings, scaler, train, iteration, live)

    def set_presentation(self, on: bool) -> None:
        self.presenting = on
        self.step_slice_view.set_presentation(on)
        self.plot.setMinimumWidth(CURVE_LEAST_WIDTH if on else 200)  # the stage gives the weights the width
        if on:
            self._splitter_sizes = self.plots_splitter.sizes()
            self._panel_sizes = self.panels_splitter.sizes()
            # once full screen: a narrow screen stacks the weights under the curve, a wide one keeps them beside
            QTimer.singleShot(0, self.arrange_for_presentation)
        else:
            self._arranged = None
            self.plots_splitter.setOrientation(Qt.Orientation.Horizontal)
            if self._splitter_sizes:
                self.plots_splitter.setSizes(self._splitter_sizes)
            self.panels_splitter.setOrientation(Qt.Orientation.Vertical)
            if getattr(self, "_panel_sizes", None):
                self.panels_splitter.setSizes(self._panel_sizes)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self._refit)  # full screen arrives after the switch: the arrangement follows

    def _refit(self) -> None:
        if self.presenting:
            self.arrange_for_presentation()
        else:
            self.fit_weights()

    def fit_weights(self) -> None:
        """Beside the curve, the weights get the width that draws their pictures readably (160 px for a few
        classes, 48 px for many hidden units), the curve keeping at least its minimum width; once per
        arrangement, so widths a teacher dragged stay until the pictures or the room change."""
        splitter, view = self.plots_splitter, self.weights_view
        if self.presenting or splitter.orientation() != Qt.Orientation.Horizontal or not view.panel_titles():
            return
        total = sum(splitter.sizes())
        key = (len(view.panel_titles()), view.wanted_width(), total, splitter.height(), self.comparing)
        if total <= 0 or key == self._fitted_for:
            return
        self._fitted_for = key
        # compared runs are read on their curves: those keep half the width, with their legend
        curve_least = max(self.plot.minimumWidth(), total // 2 if self.comparing else 0)
        weights = max(view.minimumSizeHint().width(), min(view.wanted_width(), total - curve_least))
        splitter.setSizes([total - weights, weights])

    def _slice_beside(self) -> None:
        """Presenting, the step slice goes beside the curve and the weights, with the stage's whole height: under
        them it had 130 px of a 600-pixel screen, its ticks crowded."""
        panels = self.panels_splitter
        shown = self.step_slice_view.isVisibleTo(self)
        orientation = Qt.Orientation.Horizontal if shown else Qt.Orientation.Vertical
        if panels.orientation() != orientation:
            panels.setOrientation(orientation)
            if shown:
                width = panels.width()
                panels.setSizes([width - width * 9 // 20, width * 9 // 20, 0])
            QTimer.singleShot(0, self.arrange_for_presentation)  # the curve and the weights in their new room

    def arrange_for_presentation(self) -> None:
        """Presenting: the weights beside the curve when there they reach a readable size (160 px for a few
        classes, 48 px for hidden units), else under it; either way with the room that size needs, the rest to
        the curve. Once per room and pictures: a divider a teacher dragged stays until they change."""
        if not self.presenting:
            self._arranged = None
            return
        self._slice_beside()
        splitter, view = self.plots_splitter, self.weights_view
        size = splitter.size()
        key = (size.width(), size.height(), len(view.panel_titles()), self.comparing)
        if key == self._arranged or size.width() <= 0 or size.height() <= 0:
            return
        self._arranged = key
        handle = splitter.handleWidth()
        width, height = size.width() - handle, size.height() - handle
        # compared runs are read on their curves: those keep half the width, with their legend (as in normal mode)
        # (beside the step slice too: there the curve is what the slice's step is read against)
        curve_least = max(CURVE_LEAST_WIDTH, width // 2 if self.comparing or self.step_slice_view.isVisibleTo(self) else 0)
        beside = self._least_for_readable(lambda w: view.tile_at(w, height), width - curve_least)
        below = self._least_for_readable(lambda h: view.tile_at(width, h), height - CURVE_LEAST_HEIGHT)
        readable = view.readable_tile()
        tile_beside = view.tile_at(beside, height)
        tile_below = view.tile_at(width, below)
        if not view.panel_titles() or tile_beside >= min(readable, tile_below):
            orientation, total, weights = Qt.Orientation.Horizontal, width, beside
        else:
            orientation, total, weights = Qt.Orientation.Vertical, height, below
        if not view.panel_titles():
            weights = total * 2 // 5
        splitter.setOrientation(orientation)
        splitter.setSizes([total - weights, weights])

    def _least_for_readable(self, tile_at, most: int) -> int:
        """The least room (up to ``most``) at which ``tile_at(room)`` reaches a readable tile, or (when the other
        side limits them, as under the step slice) the largest the pictures can take: no wider than useful."""
        low, high = 0, max(0, most)
        readable = self.weights_view.readable_tile() * 1.02 + 1  # the view keeps a margin of 1 % around them
        readable = min(readable, tile_at(high) - 1e-6)
        if readable <= 0:
            return high
        while high - low > 2:
            middle = (low + high) // 2
            if tile_at(middle) >= readable:
                high = middle
            else:
                low = middle
        return high
