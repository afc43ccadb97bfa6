"""The playground's learning-rate race: several rates from the same start, boundaries side by side.

Every run starts from the same initial parameters (the same seed; zeros for
the logistic regression), so what differs is the learning rate alone: the
boundaries are drawn in small multiples, redrawn at every recorded point, and
the costs share one plot with the same scale.
"""

from __future__ import annotations


import numpy as np
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lrgui.data.dataset import TrainTest
from lrgui.errors import UserError
from lrgui.gui.accessibility import make_accessible
from lrgui.gui.boundary_view import BoundaryView
from lrgui.gui.cost_plot import CostPlot, shown_step_word
from lrgui.gui.landscape_view import LandscapeView
from lrgui.gui.widgets import discard, show_error, show_training_error
from lrgui.session.advice import format_rate
from lrgui.session.experiment import learning_rate_runs
from lrgui.session.i18n import translate
from lrgui.session.landscape import Objective, line_point
from lrgui.session.settings import TrainingSettings, model_name, parse_learning_rates
from lrgui.session.training_session import TrainingSession
from lrgui.session.wording import format_int, format_percent, join_numbers

#: At most this many rates race at once: small multiples must stay readable.
MAX_RATES = 6
#: A line's race records about this many points of each path, at most (every step of a shorter run).
MAX_PATH_POINTS = 5000


def default_rates(rate: float) -> str:
    """A decade below, the rate itself and a decade above: the race every tutorial runs."""
    return join_numbers([format_rate(r) for r in (rate / 10, rate, rate * 10)])


class LearningRateRace(QDialog):
    """A window of its own: rates, small multiples of boundaries, one cost plot."""

    finished_race = Signal()

    def __init__(self, workers, data: TrainTest, labels, settings: TrainingSettings, parent=None, resume=None):
        """``resume``: a line's start chosen on the landscape (a model at iteration 0), or None."""
        super().__init__(parent)
        self.resume = resume
        self.setObjectName("learningRateRace")
        self.setWindowTitle(translate("LearningRateRace", "Learning-rate race — {model}").format(
            model=model_name(settings.model)))
        self.workers = workers
        self.data = data
        self.labels = labels
        self.settings = settings
        self.views: list[BoundaryView] = []
        self.results = []
        self._runner = workers.runner("race")
        self.session: TrainingSession | None = None
        self._curves: dict = {}
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("LearningRateRace", "Learning rates:")))
        self.rates_edit = QLineEdit(default_rates(settings.learning_rate))
        self.rates_edit.setObjectName("raceRatesEdit")
        self.rates_edit.setToolTip(translate("LearningRateRace", "Up to {count} rates, separated by commas; 1e-3 works "
                                             "too").format(count=MAX_RATES))
        top.addWidget(self.rates_edit, 1)
        self.start_button = QPushButton(translate("LearningRateRace", "Race"))
        self.start_button.setObjectName("raceButton")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.stop_button = QPushButton(translate("LearningRateRace", "Stop"))
        self.stop_button.setObjectName("raceStopButton")
        self.stop_button.clicked.connect(self.stop)
        top.addWidget(self.start_button)
        top.addWidget(self.stop_button)
        layout.addLayout(top)
        self.start_label = QLabel(self._start_text())
        self.start_label.setObjectName("raceStartLabel")
        self.start_label.setWordWrap(True)
        layout.addWidget(self.start_label)
        self.grid_widget = QWidget()
        self.grid = QGridLayout(self.grid_widget)
        self.grid.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.grid_widget, 3)
        self.plot = CostPlot()
        self.plot.setObjectName("raceCostPlot")
        self.plot.set_step_name(shown_step_word(settings.model, 1))
        self.plot.setMinimumHeight(140)
        layout.addLayout(self._with_landscape(self.plot), 2)
        self.resize(820, 620)
        make_accessible(self)  # "Learning rates:" names its box; Tab in reading order
        self._update_state()

    # ------------------------------------------------------------ every rate's path on one landscape
    def _with_landscape(self, plot):
        """The cost plot, beside the landscape with every rate's path when the line races."""
        row = QHBoxLayout()
        row.addWidget(plot, 3)
        self.landscape = None
        self._paths: dict[int, list] = {}
        self._rates: list[float] = []
        if self.settings.kind.has_landscape and self.data.train.X.shape[1] == 2:
            self.landscape = LandscapeView(self.workers, clickable=False)
            self.landscape.setMinimumWidth(260)
            self.landscape.set_objective(Objective.from_settings(self.settings, self.data.train.X, self.data.train.y))
            # a rate that overshoots jumps the bias most in its first steps: w₁ against b shows the zig-zag
            self.landscape.set_pair(("w1", "b"))
            row.addWidget(self.landscape, 2)
        return row

    def _path_settings(self) -> TrainingSettings:
        """The line records every step of its path (an overshoot's zig-zag lasts a few steps); a long run
        every few, evenly: a stride of 2 would show every other point of a zig-zag, always on one side."""
        if self.landscape is None:
            return self.settings
        stride = max(1, self.settings.epochs // MAX_PATH_POINTS)
        return self.settings.with_values(record_every=stride + (stride > 1 and stride % 2 == 0))

    def _draw_paths(self, run: int) -> None:
        """Every rate's recorded points in its colour; the third parameter held at ``run``'s newest point."""
        if self.landscape is None or not self._paths:
            return
        paths = [np.array(self._paths.get(i, []), dtype=np.float64).reshape(-1, 3) for i in range(len(self.views))]
        held = paths[run][-1] if len(paths[run]) else None
        names = [f"lr {format_rate(rate)}" for rate in self._rates]
        self.landscape.show_paths(paths, held, names, held_from=translate("LearningRateRace", "{run}'s newest point's value").format(
            run=names[run]))

    def _start_text(self) -> str:
        start = (translate("LearningRateRace", "all weights zero") if self.settings.kind.starts_from_zero else
                 translate("LearningRateRace", "weights drawn with seed {seed}").format(seed=self.settings.seed))
        if self.resume is not None:
            start = translate("LearningRateRace", "the start chosen on the landscape")
        return translate("LearningRateRace", "Every rate starts from the same parameters ({start}), trains {count} {steps} "
                         "on the same {points} points: only the rate differs.").format(
            start=start, count=format_int(self.settings.epochs), steps=shown_step_word(self.settings.model),
            points=format_int(len(self.data.train)))

    @property
    def is_racing(self) -> bool:
        return self.session is not None

    def _update_state(self) -> None:
        self.start_button.setEnabled(not self.is_racing)
        self.rates_edit.setEnabled(not self.is_racing)
        self.stop_button.setEnabled(self.is_racing)

    def start(self) -> bool:
        if self.is_racing:
            return False
        try:
            rates = parse_learning_rates(self.rates_edit.text())
            if len(rates) > MAX_RATES:
                raise UserError(translate("LearningRateRace", "Race at most {most} learning rates at once, not {count}.").format(
                    most=MAX_RATES, count=len(rates)))
            session = TrainingSession(self.data, learning_rate_runs(self._path_settings(), rates), self.resume)
        except UserError as error:
            show_error(self, translate("LearningRateRace", "Cannot race"), str(error))
            return False
        self._build_views(rates)
        self._rates, self._paths = rates, {}
        self.plot.clear_curves()
        self.plot.set_same_scale(True)  # a slow rate must look slow
        self._curves = {i: self.plot.new_curve(f"lr {format_rate(r)}") for i, r in enumerate(rates)}
        self.results = []
        self.session = session
        self._runner.start(session.work, progress=self._events_arrived, result=self._succeeded,
                           failure=lambda error, details: show_training_error(self, error, details),
                           finish=self._finished)
        self._update_state()
        return True

    def stop(self) -> None:
        if self.session is not None:
            self.session.stop()

    def _build_views(self, rates: list[float]) -> None:
        for view in self.views:
            discard(view)
        self.views = []
        columns = 3 if len(rates) > 4 else max(1, min(len(rates), 3))
        for index, rate in enumerate(rates):
            view = BoundaryView(f"lr {format_rate(rate)}")
            view.setObjectName(f"raceBoundaryView{index}")
            view.setMinimumSize(160, 160)
            view.set_points(self.data.train.X, self.labels)
            self.grid.addWidget(view, index // columns, index % columns)
            self.views.append(view)

    def _events_arrived(self, events) -> None:
        if self.session is None:
            return
        progress = self.session.absorb(events)
        self.results = list(self.session.results)
        for run, batch in progress.points.items():
            if run in self._curves:
                self._curves[run].extend([(p.iteration, p.train_cost) for p in batch])
            if self.landscape is not None:
                self._paths.setdefault(run, []).extend(line_point(p.parameters) for p in batch if p.parameters)
            if run < len(self.views) and batch[-1].parameters:  # one redraw per view and batch: the newest point
                self.views[run].show_parameters(self.settings.model, batch[-1].parameters, self.settings.activation)
        if progress.points:
            self._draw_paths(max(progress.points))

    def _succeeded(self, results) -> None:
        self.results = list(results)
        for index, result in enumerate(self.results):
            if index < len(self.views):
                view = self.views[index]
                view.show_parameters(self.settings.model, result.model.estimator.parameter_snapshot(),
                                     self.settings.activation)
                note = (translate("LearningRateRace", " · diverged") if result.diverged else
                        (translate("LearningRateRace", " · unstable") if result.unstable else ""))
                view.getPlotItem().setTitle(
                    f"lr {format_rate(result.learning_rate)}: {format_percent(result.train_accuracy)}{note}")

    def _finished(self) -> None:
        self.session = None
        self._update_state()
        self.finished_race.emit()

    def closeEvent(self, event) -> None:
        self.stop()
        super().closeEvent(event)
