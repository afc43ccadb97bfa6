"""The playground's learning-rate race: several rates from the same start, boundaries side by side.

Every run starts from the same initial parameters (the same seed; zeros for
the logistic regression), so what differs is the learning rate alone: the
boundaries are drawn in small multiples, redrawn at every recorded point, and
the costs share one plot with the same scale.
"""

from __future__ import annotations

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
from lrgui.gui.boundary_view import BoundaryView
from lrgui.gui.cost_plot import CostPlot
from lrgui.gui.widgets import show_error, show_training_error
from lrgui.session.advice import format_rate
from lrgui.session.experiment import learning_rate_runs
from lrgui.session.settings import MODEL_NAMES, TrainingSettings, parse_learning_rates, step_word
from lrgui.session.training_session import TrainingSession
from lrgui.session.wording import format_percent

#: At most this many rates race at once: small multiples must stay readable.
MAX_RATES = 6


def default_rates(rate: float) -> str:
    """A decade below, the rate itself and a decade above: the race every tutorial runs."""
    return ", ".join(format_rate(r) for r in (rate / 10, rate, rate * 10))


class LearningRateRace(QDialog):
    """A window of its own: rates, small multiples of boundaries, one cost plot."""

    finished_race = Signal()

    def __init__(self, workers, data: TrainTest, labels, settings: TrainingSettings, parent=None):
        super().__init__(parent)
        self.setObjectName("learningRateRace")
        self.setWindowTitle(f"Learning-rate race — {MODEL_NAMES[settings.model]}")
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
        top.addWidget(QLabel("Learning rates:"))
        self.rates_edit = QLineEdit(default_rates(settings.learning_rate))
        self.rates_edit.setObjectName("raceRatesEdit")
        self.rates_edit.setToolTip(f"Up to {MAX_RATES} rates, separated by commas; 1e-3 works too")
        top.addWidget(self.rates_edit, 1)
        self.start_button = QPushButton("Race")
        self.start_button.setObjectName("raceButton")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.stop_button = QPushButton("Stop")
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
        self.plot.set_step_name(step_word(settings.model, 1))
        self.plot.setMinimumHeight(140)
        layout.addWidget(self.plot, 2)
        self.resize(820, 620)
        self._update_state()

    def _start_text(self) -> str:
        start = "all weights zero" if self.settings.model == "logistic" else f"weights drawn with seed {self.settings.seed}"
        return (f"Every rate starts from the same parameters ({start}), trains {self.settings.epochs:,} "
                f"{step_word(self.settings.model)} on the same {len(self.data.train):,} points: only the rate differs.")

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
                raise UserError(f"Race at most {MAX_RATES} learning rates at once, not {len(rates)}.")
            session = TrainingSession(self.data, learning_rate_runs(self.settings, rates))
        except UserError as error:
            show_error(self, "Cannot race", str(error))
            return False
        self._build_views(rates)
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
            view.setParent(None)
            view.deleteLater()
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
            if run < len(self.views) and batch[-1].parameters:  # one redraw per view and batch: the newest point
                self.views[run].show_parameters(self.settings.model, batch[-1].parameters, self.settings.activation)

    def _succeeded(self, results) -> None:
        self.results = list(results)
        for index, result in enumerate(self.results):
            if index < len(self.views):
                view = self.views[index]
                view.show_parameters(self.settings.model, result.model.estimator.parameter_snapshot(),
                                     self.settings.activation)
                note = " · diverged" if result.diverged else (" · unstable" if result.unstable else "")
                view.getPlotItem().setTitle(
                    f"lr {format_rate(result.learning_rate)}: {format_percent(result.train_accuracy)}{note}")

    def _finished(self) -> None:
        self.session = None
        self._update_state()
        self.finished_race.emit()

    def closeEvent(self, event) -> None:
        self.stop()
        super().closeEvent(event)
