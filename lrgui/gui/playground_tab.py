"""The Playground tab: 2-D toy data, a line against a hidden layer, their decision boundaries drawn live.

Two panes train on the same points — logistic regression on the left, the
one-hidden-layer network on the right — each on its own worker (one BLAS
thread each), so both maps change at once. Every recorded point's parameter
snapshot is kept, so the history slider redraws the boundary as it was; while
training, each batch of events draws only its latest snapshot (the worker
sends a batch at most every 50 ms).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lrgui.data.dataset import Dataset, TrainTest
from lrgui.data.toy import MAX_NOISE, MAX_POINTS, MIN_POINTS, TOY_SETS, load_toy
from lrgui.errors import UserError
from lrgui.gui.boundary_view import BoundaryView
from lrgui.gui.cost_plot import CostPlot
from lrgui.gui.landscape_view import LandscapeView  # i26
from lrgui.gui.spinboxes import LearningRateSpinBox
from lrgui.gui.training_worker import RunControl, experiment_task
from lrgui.gui.widgets import show_error, show_training_error
from lrgui.session.advice import XOR_ADVICE
from lrgui.session.experiment import Experiment
from lrgui.session.landscape import LABELS, Objective, line_parameters, starting_model  # i26
from lrgui.session.settings import ACTIVATIONS, MODEL_NAMES, TrainingSettings, step_word
from lrgui.session.trainer import Recorded, SnapshotKeeper, TrainingResult
from lrgui.session.wording import format_percent

#: About this many recorded points per run: a smooth history slider, a few hundred small snapshots.
RECORDED_POINTS = 200
#: Snapshots kept per run for the history slider (evenly thinned beyond this).
MAX_KEPT = 1000
CLASS_NAMES = ("0", "1")


class ModelPane(QWidget):
    """One model on the playground's points: its settings, boundary, history slider, cost curve and accuracy."""

    busyChanged = Signal(bool)

    def __init__(self, kind: str, workers, view_name: str, parent=None):
        super().__init__(parent)
        self.kind = kind
        self.workers = workers
        self.toy_name = "xor"
        self._job = None
        self._control: RunControl | None = None
        self._experiment: Experiment | None = None
        self._keeper: SnapshotKeeper | None = None
        self._history: list[tuple[int, dict]] = []
        self._activation: str | None = None
        self._data: TrainTest | None = None
        self.start_point = None  # i26: the next run's (w₁, w₂, b), chosen on the landscape; None: zeros
        self._build(view_name)

    def _build(self, view_name: str) -> None:
        layout = QVBoxLayout(self)
        self.settings_box = settings = QGroupBox("Settings")
        # two settings per row: the map keeps its height on a 600-pixel screen
        grid = QGridLayout(settings)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.lr_spin = LearningRateSpinBox()
        self.lr_spin.setObjectName(f"{self.kind}PlaygroundLearningRate")
        grid.addWidget(QLabel("Learning rate:"), 0, 0)
        grid.addWidget(self.lr_spin, 0, 1)
        self.epochs_spin = QSpinBox()
        self.epochs_spin.setObjectName(f"{self.kind}PlaygroundIterations")
        self.epochs_spin.setRange(1, 1_000_000)
        self.epochs_spin.setSingleStep(100)
        self.epochs_spin.setGroupSeparatorShown(True)
        grid.addWidget(QLabel("Epochs:" if self.kind == "mlp" else "Iterations:"), 0, 2)
        grid.addWidget(self.epochs_spin, 0, 3)
        self.hidden_spin = QSpinBox()
        self.hidden_spin.setRange(1, 256)
        self.hidden_spin.setObjectName("playgroundHiddenSpin")
        self.activation_combo = QComboBox()
        self.activation_combo.setObjectName("playgroundActivationCombo")
        self.activation_combo.addItems(ACTIVATIONS)
        self.hidden_lines_check = QCheckBox("Show the hidden units' lines")
        self.hidden_lines_check.setObjectName("playgroundHiddenLinesCheck")
        self.hidden_lines_check.setToolTip("Each hidden unit's own line w·x + b = 0: where its input changes sign")
        self.train_button = QPushButton("Train this pane")
        self.train_button.clicked.connect(self.train_alone)
        if self.kind == "mlp":
            grid.addWidget(QLabel("Hidden units:"), 1, 0)
            grid.addWidget(self.hidden_spin, 1, 1)
            grid.addWidget(QLabel("Activation:"), 1, 2)
            grid.addWidget(self.activation_combo, 1, 3)
            grid.addWidget(self.hidden_lines_check, 2, 0, 1, 2)
            grid.addWidget(self.train_button, 2, 2, 1, 2)
        else:
            grid.addWidget(self.train_button, 1, 0, 1, 2)
            # i26: the line's own race (its paths on the landscape) and the start a click on it chose
            self.race_button = QPushButton("Race rates…")
            self.race_button.setObjectName("logisticPlaygroundRaceButton")
            self.race_button.setToolTip("This pane's line trained with several learning rates from its start: "
                                        "each rate's path on one cost landscape")
            grid.addWidget(self.race_button, 1, 2, 1, 2)
            self.start_label = QLabel("Start: all weights zero")
            self.start_label.setObjectName("playgroundStartLabel")
            self.start_button = QPushButton("Start from zero")
            self.start_button.setObjectName("playgroundStartResetButton")
            self.start_button.setToolTip("Forget the start clicked on the landscape: the next run starts at zero")
            self.start_button.clicked.connect(lambda: self.set_start(None))
            grid.addWidget(self.start_label, 2, 0, 1, 2)
            grid.addWidget(self.start_button, 2, 2, 1, 2)
        grid.setRowStretch(3, 1)
        layout.addWidget(settings)

        self.view = BoundaryView(MODEL_NAMES[self.kind])
        self.view.setObjectName(view_name)
        self.hidden_lines_check.toggled.connect(self.view.set_show_hidden_lines)
        history = QHBoxLayout()
        history.addWidget(QLabel("History:"))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName(f"{self.kind}PlaygroundHistorySlider")
        self.slider.setToolTip("Drag to see the boundary as it was at an earlier recorded point")
        self.slider.setRange(0, 0)
        self.slider.valueChanged.connect(self._show_history)
        history.addWidget(self.slider, 1)
        self.iteration_label = QLabel("—")
        self.iteration_label.setMinimumWidth(110)
        history.addWidget(self.iteration_label)
        self.accuracy_label = QLabel("Not trained yet.")
        self.accuracy_label.setObjectName(f"{self.kind}PlaygroundAccuracy")
        self.accuracy_label.setWordWrap(True)
        self.advice_label = QLabel()
        self.advice_label.setObjectName(f"{self.kind}PlaygroundAdvice")
        self.advice_label.setWordWrap(True)
        self.advice_label.setStyleSheet(
            "QLabel { color: #7a4100; background: #fff4e0; border: 1px solid #f0c080; border-radius: 4px; padding: 4px; }")
        self.advice_label.setVisible(False)
        self.plot = CostPlot()
        self.plot.setObjectName(f"{self.kind}PlaygroundCostPlot")  # the Train tab's plot keeps "costPlot"
        self.plot.setMinimumSize(200, 70)
        self.plot.title = None
        self.plot.getPlotItem().setTitle(None)
        self.plot.set_step_name(step_word(self.kind, 1))
        # the map over its cost curve, with a divider: the map takes what a small screen has to give
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self._with_landscape(self.view))  # i26
        self.splitter.addWidget(self.plot)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(history)
        layout.addWidget(self.accuracy_label)
        layout.addWidget(self.advice_label)

    # ------------------------------------------------------------ i26: the landscape
    def _with_landscape(self, view):
        """The line's map beside its cost landscape; the network's map alone."""
        self.landscape = None
        if self.kind != "logistic":
            return view
        self.landscape = LandscapeView(self.workers)
        self.landscape.startRequested.connect(self.set_start)
        maps = QSplitter(Qt.Orientation.Horizontal)
        maps.addWidget(view)
        maps.addWidget(self.landscape)
        maps.setChildrenCollapsible(False)
        maps.setStretchFactor(0, 1)
        maps.setStretchFactor(1, 1)
        return maps

    def set_points(self, X, labels) -> None:
        """The points the landscape's cost is taken over (before a run; a run brings its own)."""
        if self.landscape is not None and not self.is_training:
            y = np.asarray(CLASS_NAMES)[np.asarray(labels, dtype=int)]
            objective = None
            if len(set(y.tolist())) == 2:
                objective = Objective.from_settings(self.settings(0), np.asarray(X), y)
            self.landscape.set_objective(objective)
            self.landscape.set_start(self.start_point)

    def set_start(self, point) -> None:
        """The next run starts at ``point`` (w₁, w₂, b), or at zeros for None; the map shows that line at once."""
        if self.landscape is None or self.is_training:  # the map is the run's until it ends
            return
        self.start_point = None if point is None else np.asarray(point, dtype=np.float64).reshape(3)
        self.landscape.set_start(self.start_point)
        if self.start_point is None:
            self.start_label.setText("Start: all weights zero")
            self.view.clear_model()
        else:
            w1, w2, b = self.start_point
            self.start_label.setText(f"Start: {LABELS['w1']} {w1:.2f}, {LABELS['w2']} {w2:.2f}, b {b:.2f}")
            self.view.show_parameters("logistic", line_parameters(self.start_point), None)

    def starting_model(self, settings, data: TrainTest):
        """The model a run resumes from to start at the chosen point; None to start at zeros."""
        if self.start_point is None or self.kind != "logistic":
            return None
        return starting_model(settings, data.train.classes, self.start_point)

    # ------------------------------------------------------------ settings
    def apply_defaults(self, toy_name: str) -> None:
        """The toy set's recommended settings for this pane's model."""
        self.toy_name = toy_name
        settings = TrainingSettings(model=self.kind).with_preset(TOY_SETS[toy_name].settings).validate()
        self.lr_spin.setValue(settings.learning_rate)
        self.epochs_spin.setValue(settings.epochs)
        if self.kind == "mlp":
            self.hidden_spin.setValue(settings.hidden)
            self.activation_combo.setCurrentText(settings.activation)

    def settings(self, seed: int) -> TrainingSettings:
        for spin in self.findChildren(QAbstractSpinBox):
            spin.interpretText()
        preset = TOY_SETS[self.toy_name].settings
        settings = TrainingSettings(model=self.kind, learning_rate=self.lr_spin.value(),
                                    epochs=self.epochs_spin.value(), seed=seed)
        if self.kind == "mlp":
            settings.hidden = self.hidden_spin.value()
            settings.activation = self.activation_combo.currentText()
        settings.record_every = max(1, settings.epochs // RECORDED_POINTS)
        return settings.with_preset(preset).validate()

    # ------------------------------------------------------------ training
    @property
    def is_training(self) -> bool:
        return self._job is not None

    #: Set by the tab: returns (data, seed) to train on, or None (and has said why).
    request_data = None

    def train_alone(self) -> None:
        wanted = self.request_data() if self.request_data is not None else None
        if wanted is not None:
            self.start(*wanted)

    def start(self, data: TrainTest, seed: int, paused: bool = False) -> bool:
        if self.is_training:
            return False
        try:
            settings = self.settings(seed)
            experiment = Experiment(data, [settings], resume=self.starting_model(settings, data))  # i26
        except UserError as error:
            show_error(self, "Cannot train", str(error))
            return False
        if self.landscape is not None:  # i26: the run's own points and penalty
            self.landscape.set_objective(Objective.from_settings(settings, data.train.X, data.train.y))
        self._data = data
        self._experiment = experiment
        self._activation = experiment.settings[0].activation if self.kind == "mlp" else None
        self._control = RunControl()
        if paused:
            self._control.pause()
        self._keeper = SnapshotKeeper(MAX_KEPT)
        self._history = []
        self.slider.blockSignals(True)
        self.slider.setRange(0, 0)
        self.slider.blockSignals(False)
        self.iteration_label.setText("—")
        self.plot.clear_curves()
        self._curve = self.plot.new_curve(MODEL_NAMES[self.kind])
        self.accuracy_label.setText("Training…")
        self.advice_label.setVisible(False)
        self.view.clear_model()
        job = self.workers.start(experiment_task(experiment, self._control, 1), f"playground-{self.kind}")
        job.events.progressed.connect(self._events_arrived)
        job.events.succeeded.connect(self._succeeded)
        job.events.failed.connect(self._failed)
        job.events.finished.connect(self._finished)
        self._job = job
        self._update_state()
        self.busyChanged.emit(True)
        self.workers.launch(job)
        return True

    def stop(self) -> None:
        if self._job is not None:
            self._experiment.request_stop()
            self._control.release()
            self._job.stop()

    def set_paused(self, paused: bool) -> None:
        if self._control is not None:
            (self._control.pause if paused else self._control.resume)()

    def step_once(self) -> None:
        if self._control is not None and self._control.paused:
            self._control.step()

    @Slot(object)
    def _events_arrived(self, events) -> None:
        latest = None
        costs = []
        for event in events:
            if isinstance(event, Recorded):
                self._keeper.add(event.iteration, event.parameters)
                costs.append((event.iteration, event.train_cost))
                latest = event
        if latest is None:
            return
        self._curve.extend(costs)
        self._history = list(self._keeper.kept)
        if self._history[-1][0] != latest.iteration:
            self._history.append((latest.iteration, latest.parameters))
        self._show_accuracy(latest.train_accuracy, latest.iteration)
        self._set_slider_to_end()

    def _set_slider_to_end(self) -> None:
        self.slider.blockSignals(True)
        self.slider.setRange(0, max(0, len(self._history) - 1))
        self.slider.setValue(self.slider.maximum())
        self.slider.blockSignals(False)
        self._show_history(self.slider.value())

    @Slot(int)
    def _show_history(self, index: int) -> None:
        if not self._history:
            return
        iteration, parameters = self._history[min(index, len(self._history) - 1)]
        self.view.show_parameters(self.kind, parameters, self._activation)
        if self.landscape is not None:  # i26: the path of every recorded point, the shown one ringed
            self.landscape.show_path([p for _, p in self._history], min(index, len(self._history) - 1))
        self.iteration_label.setText(f"{step_word(self.kind, 1)} {iteration:,}")

    def _show_accuracy(self, accuracy: float | None, iteration: int) -> None:
        self.accuracy_label.setText(
            f"Training accuracy <b>{format_percent(accuracy)}</b> after {iteration:,} {step_word(self.kind, iteration)}")

    @Slot(object)
    def _succeeded(self, results: list[TrainingResult]) -> None:
        if not results:
            self.accuracy_label.setText("Stopped before the first iteration.")
            return
        result = results[-1]
        if result.points:
            last = result.points[-1]
            self._history = self._keeper.finish(last.iteration, last.parameters)
            self._set_slider_to_end()
        self._show_accuracy(result.train_accuracy, result.iterations)
        if self.kind == "logistic" and self.toy_name == "xor" and result.train_accuracy < 1:
            self.advice_label.setText(XOR_ADVICE)
            self.advice_label.setVisible(True)

    @Slot(object, str)
    def _failed(self, error, details: str) -> None:
        self.accuracy_label.setText("Training failed.")
        show_training_error(self, error, details)

    @Slot()
    def _finished(self) -> None:
        self._job = None
        self._experiment = None
        self._control = None
        self._update_state()
        self.busyChanged.emit(False)

    def _update_state(self) -> None:
        running = self.is_training
        self.train_button.setEnabled(not running)
        for widget in (self.lr_spin, self.epochs_spin, self.hidden_spin, self.activation_combo,
                       *((self.race_button, self.start_button) if self.landscape is not None else ())):  # i26
            widget.setEnabled(not running)


class PlaygroundTab(QWidget):
    """Toy data in two dimensions, a logistic regression and a network trained side by side on them."""

    busyChanged = Signal(bool)
    message = Signal(str)

    def __init__(self, workers, parent=None):
        super().__init__(parent)
        self.setObjectName("playgroundTab")
        self.workers = workers
        self.X = np.empty((0, 2), dtype=np.float32)
        self.labels = np.empty(0, dtype=int)
        self._build()  # ends by loading the chosen set

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel("Data:"))
        self.dataset_combo = QComboBox()
        self.dataset_combo.setObjectName("playgroundDatasetCombo")
        for key, toy in TOY_SETS.items():
            self.dataset_combo.addItem(toy.title, key)
            self.dataset_combo.setItemData(self.dataset_combo.count() - 1, toy.description, Qt.ItemDataRole.ToolTipRole)
        self.dataset_combo.setCurrentIndex(self.dataset_combo.findData("xor"))
        top.addWidget(self.dataset_combo)
        top.addWidget(QLabel("Points:"))
        self.points_spin = QSpinBox()
        self.points_spin.setObjectName("playgroundPointsSpin")
        self.points_spin.setRange(MIN_POINTS, MAX_POINTS)
        self.points_spin.setToolTip("How many points; for a gate, more than 4 add noisy copies of the corners")
        top.addWidget(self.points_spin)
        top.addWidget(QLabel("Noise:"))
        self.noise_spin = QDoubleSpinBox()
        self.noise_spin.setObjectName("playgroundNoiseSpin")
        self.noise_spin.setRange(0.0, MAX_NOISE)
        self.noise_spin.setSingleStep(0.05)
        self.noise_spin.setDecimals(2)
        top.addWidget(self.noise_spin)
        top.addWidget(QLabel("Seed:"))
        self.seed_spin = QSpinBox()
        self.seed_spin.setObjectName("playgroundSeedSpin")
        self.seed_spin.setRange(0, 2**31 - 1)
        self.seed_spin.setToolTip("The same seed gives the same points and the same initial weights")
        top.addWidget(self.seed_spin)
        self.new_points_button = QPushButton("New points")
        self.new_points_button.setToolTip("Draw the data set again with these settings (your clicked points are lost)")
        self.new_points_button.clicked.connect(self.load_set)
        top.addWidget(self.new_points_button)
        top.addStretch(1)
        layout.addLayout(top)

        # a second row: the top one must fit a 1024-pixel screen with presentation mode's doubled text
        buttons = QHBoxLayout()
        self.class_combo = QComboBox()
        self.class_combo.setObjectName("playgroundClassCombo")
        self.class_combo.addItem("class 0 (blue ●)", 0)
        self.class_combo.addItem("class 1 (orange ■)", 1)
        self.class_combo.setToolTip("Left click on a map adds a point of this class; right click removes the nearest")
        self.train_button = QPushButton("Train both")
        self.train_button.setObjectName("playgroundTrainButton")
        self.train_button.setToolTip("Train the logistic regression and the network together, on the same points")
        self.train_button.clicked.connect(self.train_both)
        self.stop_button = QPushButton("Stop")
        self.stop_button.setObjectName("playgroundStopButton")
        self.stop_button.clicked.connect(self.stop)
        self.pause_button = QPushButton("Pause")
        self.pause_button.setObjectName("playgroundPauseButton")
        self.pause_button.setCheckable(True)
        self.pause_button.toggled.connect(self.set_paused)
        self.step_button = QPushButton("Step")
        self.step_button.setObjectName("playgroundStepButton")
        self.step_button.setToolTip("While paused: one more iteration in each pane that trains")
        self.step_button.clicked.connect(self.step_once)
        self.race_button = QPushButton("Race rates…")
        self.race_button.setObjectName("playgroundRaceButton")
        self.race_button.setToolTip("The network (right pane's settings) trained with several learning rates from "
                                    "the same start: boundaries side by side, costs on one plot")
        self.race_button.clicked.connect(self.race)
        for button in (self.train_button, self.stop_button, self.pause_button, self.step_button, self.race_button):
            button.setMinimumHeight(30)
            buttons.addWidget(button)
        buttons.addSpacing(12)
        buttons.addWidget(QLabel("Click adds:"))
        buttons.addWidget(self.class_combo)
        self.hint_label = QLabel("Left click adds a point, right click removes the nearest one.")
        self.hint_label.setStyleSheet("color: palette(mid);")
        self.hint_label.setWordWrap(True)
        buttons.addWidget(self.hint_label, 1)
        layout.addLayout(buttons)

        panes = QHBoxLayout()
        self.left = ModelPane("logistic", self.workers, "leftBoundaryView")
        self.right = ModelPane("mlp", self.workers, "rightBoundaryView")
        self.left.race_button.clicked.connect(lambda: self.race("logistic"))  # i26
        for pane in (self.left, self.right):
            pane.request_data = self._training_data
            pane.busyChanged.connect(self._pane_busy)
            pane.view.addRequested.connect(self.add_point)
            pane.view.removeRequested.connect(self.remove_point_near)
            panes.addWidget(pane, 1)
        layout.addLayout(panes, 1)
        # the network has more settings: equal boxes keep the two maps side by side at one height
        tallest = max(pane.settings_box.sizeHint().height() for pane in (self.left, self.right))
        for pane in (self.left, self.right):
            pane.settings_box.setMinimumHeight(tallest)  # a minimum: larger text may still grow it
        self.dataset_combo.currentIndexChanged.connect(self._set_changed)
        self._set_changed()

    def set_presentation(self, on: bool) -> None:
        """Presentation mode: the two maps and their curves; each pane's settings and the hint are hidden."""
        for widget in (self.left.settings_box, self.right.settings_box, self.hint_label):
            widget.setVisible(not on)
        for pane in (self.left, self.right):
            pane.view.set_presentation(on)
            pane.plot.set_presentation(on)
        self.left.landscape.set_presentation(on)  # i26

    @property
    def left_view(self) -> BoundaryView:
        return self.left.view

    @property
    def right_view(self) -> BoundaryView:
        return self.right.view

    @property
    def toy_name(self) -> str:
        return self.dataset_combo.currentData()

    @property
    def is_training(self) -> bool:
        return self.left.is_training or self.right.is_training

    # -------------------------------------------------------------------- data
    def _set_changed(self, *_) -> None:
        """Another data set: its own point count, noise and recommended settings."""
        toy = TOY_SETS[self.toy_name]
        self.points_spin.setValue(toy.points)
        self.noise_spin.setValue(toy.noise)
        for pane in (self.left, self.right):
            pane.apply_defaults(self.toy_name)
        if hasattr(self, "X"):
            self.load_set()

    def load_set(self) -> None:
        if self.is_training:
            return
        try:
            data = load_toy(self.toy_name, points=self.points_spin.value(), noise=self.noise_spin.value(),
                            seed=self.seed_spin.value())
        except UserError as error:
            show_error(self, "Cannot make the data", str(error))
            return
        self.X = data.train.X.copy()
        self.labels = (data.train.y == CLASS_NAMES[1]).astype(int)
        for pane in (self.left, self.right):
            pane.view.clear_model()
            pane.advice_label.setVisible(False)
            pane.accuracy_label.setText("Not trained yet.")
        self._show_points(keep_extent=False)

    # ----------------------------------------------------------------- lessons
    def lesson_state(self) -> dict:
        """The playground as a lesson keeps it: the set, its points (clicked ones included) and both panes."""
        def pane(p) -> dict:
            values = {"learning_rate": float(p.lr_spin.value()), "epochs": int(p.epochs_spin.value())}
            if p.kind == "mlp":
                values.update(hidden=int(p.hidden_spin.value()), activation=p.activation_combo.currentText(),
                              show_hidden_lines=bool(p.hidden_lines_check.isChecked()))
            elif p.start_point is not None:  # i26: the start chosen on the landscape
                values["start"] = [float(v) for v in p.start_point]
            return values

        return {
            "set": self.toy_name, "points": int(self.points_spin.value()), "noise": float(self.noise_spin.value()),
            "seed": int(self.seed_spin.value()), "x": [[float(a), float(b)] for a, b in self.X],
            "labels": [int(v) for v in self.labels],
            "panes": {"logistic": pane(self.left), "mlp": pane(self.right)},
        }

    def apply_lesson_state(self, state: dict) -> None:
        """Puts a lesson's playground back: set, points and pane settings (values are checked by the widgets)."""
        if self.is_training:
            self.stop()
        name = state.get("set")
        if name in TOY_SETS:
            self.dataset_combo.setCurrentIndex(self.dataset_combo.findData(name))  # the set's own defaults first
        for spin, key in ((self.points_spin, "points"), (self.noise_spin, "noise"), (self.seed_spin, "seed")):
            if isinstance(state.get(key), (int, float)):
                spin.setValue(state[key])
        x, labels = state.get("x"), state.get("labels")
        if isinstance(x, list) and isinstance(labels, list) and len(x) == len(labels) and x:
            points = np.asarray(x, dtype=np.float32).reshape(-1, 2)
            classes = np.asarray(labels, dtype=int)
            if np.isfinite(points).all() and np.isin(classes, (0, 1)).all():
                self.X, self.labels = points, classes
                for p in (self.left, self.right):
                    p.view.clear_model()
                self._show_points(keep_extent=False)
        panes = state.get("panes") or {}
        for p in (self.left, self.right):
            values = panes.get(p.kind) or {}
            if isinstance(values.get("learning_rate"), (int, float)):
                p.lr_spin.setValue(values["learning_rate"])
            if isinstance(values.get("epochs"), int):
                p.epochs_spin.setValue(values["epochs"])
            if p.kind == "mlp":
                if isinstance(values.get("hidden"), int):
                    p.hidden_spin.setValue(values["hidden"])
                if values.get("activation") in ACTIVATIONS:
                    p.activation_combo.setCurrentText(values["activation"])
                p.hidden_lines_check.setChecked(bool(values.get("show_hidden_lines", p.hidden_lines_check.isChecked())))
            else:  # i26: a start of three finite numbers, else zeros
                start = values.get("start")
                valid = isinstance(start, list) and len(start) == 3 and all(
                    isinstance(v, (int, float)) and np.isfinite(v) for v in start)
                p.set_start(start if valid else None)

    def _show_points(self, keep_extent: bool) -> None:
        for pane in (self.left, self.right):
            pane.view.set_points(self.X, self.labels, keep_extent=keep_extent)
        self.left.set_points(self.X, self.labels)  # i26: the landscape's cost is taken over these points

    @Slot(float, float)
    def add_point(self, x: float, y: float, label: int | None = None) -> None:
        """A point of class ``label`` (by default the one chosen for clicks) at (x, y)."""
        if self.is_training or len(self.X) >= MAX_POINTS:
            return
        label = self.class_combo.currentData() if label is None else int(label)
        self.X = np.vstack([self.X, np.array([[x, y]], dtype=np.float32)])
        self.labels = np.append(self.labels, label)
        self._show_points(keep_extent=True)

    @Slot(float, float)
    def remove_point_near(self, x: float, y: float) -> None:
        """Removes the point nearest (x, y) if it lies within 5 % of the map's width."""
        if self.is_training or len(self.X) == 0:
            return
        xmin, xmax, _, _ = self.left_view.grid_extent()
        distances = np.hypot(self.X[:, 0] - x, self.X[:, 1] - y)
        nearest = int(np.argmin(distances))
        if distances[nearest] <= 0.05 * (xmax - xmin):
            self.X = np.delete(self.X, nearest, axis=0)
            self.labels = np.delete(self.labels, nearest)
            self._show_points(keep_extent=True)

    def _training_data(self):
        """(data, seed) for a run on the points shown, or None after saying why not."""
        counts = np.bincount(self.labels, minlength=2)
        if (counts == 0).any():
            show_error(self, "Cannot train", "Training needs points of both classes; click to add some.")
            return None
        y = np.array(CLASS_NAMES)[self.labels]
        data = TrainTest(Dataset(np.ascontiguousarray(self.X, dtype=np.float32), y, list(CLASS_NAMES)))
        return data, self.seed_spin.value()

    def race(self, kind: str = "mlp"):
        """Opens the learning-rate race on the points shown, with the network pane's settings (or the line's)."""
        from lrgui.gui.race_dialog import LearningRateRace

        wanted = self._training_data()
        if wanted is None:
            return None
        data, seed = wanted
        pane = self.left if kind == "logistic" else self.right  # i26: the line races from its start
        settings = pane.settings(seed)
        race = LearningRateRace(self.workers, data, self.labels.copy(), settings, self,
                                resume=pane.starting_model(settings, data))
        race.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        race.show()
        return race

    # ---------------------------------------------------------------- training
    def train_both(self) -> None:
        if self.is_training:
            return
        wanted = self._training_data()
        if wanted is None:
            return
        paused = self.pause_button.isChecked()
        for pane in (self.left, self.right):
            pane.start(*wanted, paused=paused)

    def stop(self) -> None:
        for pane in (self.left, self.right):
            pane.stop()

    def set_paused(self, paused: bool) -> None:
        for pane in (self.left, self.right):
            pane.set_paused(paused)
        self.pause_button.setText("Resume" if paused else "Pause")
        self._update_state()

    def step_once(self) -> None:
        for pane in (self.left, self.right):
            pane.step_once()

    @Slot(bool)
    def _pane_busy(self, _busy: bool) -> None:
        if not self.is_training and self.pause_button.isChecked():
            self.pause_button.setChecked(False)
        self._update_state()
        self.busyChanged.emit(self.is_training)

    def _update_state(self) -> None:
        running = self.is_training
        self.train_button.setEnabled(not running)
        self.stop_button.setEnabled(running)
        self.pause_button.setEnabled(running)
        self.step_button.setEnabled(running and self.pause_button.isChecked())
        for widget in (self.dataset_combo, self.points_spin, self.noise_spin, self.seed_spin, self.new_points_button):
            widget.setEnabled(not running)
