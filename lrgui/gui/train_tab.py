"""The Train tab: settings, Train / Stop / Continue / Pause / Step, the live cost plot and the accuracy.

A view of the application state (:class:`lrgui.session.state.AppState`): it
shows the data and model the state holds, and trains through the session
layer's :class:`~lrgui.session.experiment.Experiment`, whose events a worker
thread delivers (:mod:`lrgui.gui.training_worker`).
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSlider,
    QSplitter,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lrgui.core.blas_threads import usable_cores
from lrgui.data import TrainedModel
from lrgui.errors import UserError
from lrgui.gui.cost_plot import AccuracyPlot, CostPlot
from lrgui.gui.spinboxes import LearningRateSpinBox
from lrgui.gui.step_slice_view import StepSliceView  # i26
from lrgui.gui.training_worker import RunControl, experiment_task
from lrgui.gui.weights_view import WeightsView
from lrgui.gui.widgets import show_error, show_training_error
from lrgui.session.advice import divergence_advice, format_rate, instability_advice
from lrgui.session.experiment import Experiment, choose_best, learning_rate_runs
from lrgui.session.settings import ACTIVATIONS, MODEL_KINDS, MODEL_NAMES, TrainingSettings, parse_learning_rates, step_word
from lrgui.session.state import AppState
from lrgui.session.trainer import Preparing, Recorded, RunFinished, RunStarted, Stepped, TrainingResult
from lrgui.session.trainer import resumed_settings  # i26
from lrgui.session.wording import format_count, format_percent


def format_duration(seconds: float) -> str:
    seconds = int(round(seconds))
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


def blas_threads_for_worker() -> int:
    """BLAS threads for training beside the UI: one core is left to the UI thread.

    OpenBLAS threads spin while they wait for work; with as many of them as
    cores, the UI thread is starved and the window stutters.
    """
    return max(1, usable_cores() - 1)


def format_cost(cost: float | None) -> str:
    """Enough significant digits, never '0.0000': scientific notation below 1e-3."""
    if cost is None:
        return "—"
    if cost != 0 and abs(cost) < 1e-3:
        return f"{cost:.3e}"
    return f"{cost:,.4f}"


#: The pace choices: (label, seconds the run is shown over; None = as fast as possible).
PACES = [("as fast as possible", None), ("show over 5 s", 5.0), ("show over 10 s", 10.0), ("show over 30 s", 30.0)]

#: While training, the slider keeps at most this many of the live run's points (thinned evenly beyond).
MAX_LIVE_POINTS = 2000


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


class TrainTab(QWidget):
    busyChanged = Signal(bool)
    message = Signal(str)

    def __init__(self, state: AppState, workers, parent=None):
        super().__init__(parent)
        self.setObjectName("trainTab")
        self.state = state
        self.workers = workers
        self._job = None
        self._experiment: Experiment | None = None
        self._control: RunControl | None = None
        self._runs: list[TrainingSettings] = []
        self._run_curves: dict = {}
        self._resumed = False
        self._source_key = None
        self._started = 0.0
        self._done = 0
        self._build()
        self._clock = QTimer(self, interval=250, timeout=self._update_clock)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # a click on the plot area gives the keys to the tab
        self._add_shortcuts()
        self._apply_model_defaults()
        state.subscribe("data", self._data_changed)
        state.subscribe("model", self._model_changed)
        state.subscribe("selected_point", self._point_selected)
        self._data_changed()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        layout = QHBoxLayout(self)
        side = QVBoxLayout()
        settings = QGroupBox("Model and training")
        form = QFormLayout(settings)
        self.model_combo = QComboBox()
        self.model_combo.setObjectName("modelCombo")
        for key, name in MODEL_NAMES.items():
            self.model_combo.addItem(name, key)
        self.model_combo.setToolTip("Logistic regression: one sigmoid neuron. Neural network: one hidden layer.")
        self.model_combo.currentIndexChanged.connect(self._apply_model_defaults)
        form.addRow("Model:", self.model_combo)
        self.lr_spin = LearningRateSpinBox()
        self.lr_spin.setObjectName("learningRateSpin")
        self.lr_spin.setToolTip("Step size of gradient descent (arrows step 1–2–5 per decade)")
        form.addRow("Learning rate:", self.lr_spin)
        self.epochs_spin = QSpinBox()
        self.epochs_spin.setObjectName("epochsSpin")
        self.epochs_spin.setRange(1, 10_000_000)
        self.epochs_spin.setValue(2000)
        self.epochs_spin.setGroupSeparatorShown(True)
        self.epochs_spin.setSingleStep(100)
        self.epochs_spin.setToolTip("Gradient-descent iterations (epochs for the network)")
        self.epochs_label = QLabel("Iterations:")
        form.addRow(self.epochs_label, self.epochs_spin)
        side.addWidget(settings)

        # secondary settings scroll on a small screen; the main controls above and below never do
        self.more_box = QGroupBox("Recording and pace")
        more = QFormLayout(self.more_box)
        self.record_spin = QSpinBox()
        self.record_spin.setObjectName("recordEverySpin")
        self.record_spin.setRange(0, 1_000_000)
        # 0 is "auto": the network chooses from the data's size, so that recording costs under 10 % of training
        self.record_spin.setSpecialValueText("auto")
        self.record_spin.setGroupSeparatorShown(True)
        self.record_spin.setToolTip("How often the cost, the accuracies and the weights are recorded: every N "
                                    "iterations (epochs). Smaller: a finer curve and replay, a slower run")
        self.record_label = QLabel("Record every:")
        more.addRow(self.record_label, self.record_spin)
        self.pace_combo = QComboBox()
        self.pace_combo.setObjectName("paceCombo")
        for text, seconds in PACES:
            self.pace_combo.addItem(text, seconds)
        self.pace_combo.setToolTip("Spread the run over a few seconds so a class can follow it; "
                                   "Pause and Step still answer at once")
        more.addRow("Pace:", self.pace_combo)

        self.network_box = QGroupBox("Neural network")
        net = QFormLayout(self.network_box)
        self.hidden_spin = QSpinBox()
        self.hidden_spin.setObjectName("hiddenSpin")
        self.hidden_spin.setRange(1, 4096)
        self.activation_combo = QComboBox()
        self.activation_combo.setObjectName("activationCombo")
        self.activation_combo.addItems(ACTIVATIONS)
        self.batches_spin = QSpinBox()
        self.batches_spin.setObjectName("batchesSpin")
        self.batches_spin.setRange(1, 100_000)
        self.batches_spin.setToolTip("Minibatches per epoch (1 = full-batch gradient descent)")
        self.l2_spin = LearningRateSpinBox()
        self.l2_spin.setObjectName("l2Spin")
        self.l2_spin.setRange(0.0, 1000.0)
        self.l2_spin.setToolTip("L2 penalty (l2/2)·||W||² on the weights")
        self.l1_spin = LearningRateSpinBox()
        self.l1_spin.setObjectName("l1Spin")
        self.l1_spin.setRange(0.0, 1000.0)
        self.l1_spin.setToolTip("L1 penalty l1·|W| on the weights")
        self.standardize_check = QCheckBox("Standardise inputs (zero mean, unit variance)")
        self.standardize_check.setObjectName("standardizeCheck")
        net.addRow("Hidden units:", self.hidden_spin)
        net.addRow("Activation:", self.activation_combo)
        net.addRow("Minibatches:", self.batches_spin)
        net.addRow("L2 penalty:", self.l2_spin)
        net.addRow("L1 penalty:", self.l1_spin)
        net.addRow(self.standardize_check)

        buttons = QHBoxLayout()
        self.train_button = QPushButton("Train")
        self.train_button.setObjectName("trainButton")
        self.train_button.setDefault(True)
        self.train_button.setToolTip("Train a new model from the starting weights (Ctrl+T)")
        self.train_button.clicked.connect(self.start_training)
        self.stop_button = QPushButton("Stop")
        self.stop_button.setObjectName("stopButton")
        self.stop_button.setToolTip("Stop now, keeping the weights reached (Ctrl+.)")
        self.stop_button.clicked.connect(self.stop_training)
        self.continue_button = QPushButton("Continue")
        self.continue_button.setObjectName("continueButton")
        self.continue_button.setToolTip("Train further from the weights reached (Ctrl+Shift+T)")
        self.continue_button.clicked.connect(self.continue_training)
        self.pause_button = QPushButton("Pause")
        self.pause_button.setObjectName("pauseButton")
        self.pause_button.setCheckable(True)
        self.pause_button.setToolTip("Pause the run here; press again to resume")
        self.pause_button.toggled.connect(self.set_paused)
        self.step_button = QPushButton("Step")
        self.step_button.setObjectName("stepButton")
        self.step_button.setToolTip("While paused: one more iteration (one epoch for the network)")
        self.step_button.clicked.connect(self.step_once)
        for button in (self.train_button, self.stop_button, self.continue_button):
            button.setMinimumHeight(32)
            buttons.addWidget(button)
        side.addLayout(buttons)
        controls = QHBoxLayout()
        for button in (self.pause_button, self.step_button):
            button.setMinimumHeight(28)
            controls.addWidget(button)
        side.addLayout(controls)

        self.progress = QProgressBar()
        self.progress.setObjectName("trainProgress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setFormat("%p%")
        side.addWidget(self.progress)
        self.time_label = QLabel(" ")
        self.time_label.setObjectName("timeLabel")
        self.time_label.setWordWrap(True)
        side.addWidget(self.time_label)

        self.accuracy_label = QLabel("Train a model to see its accuracy.")
        self.accuracy_label.setObjectName("accuracyLabel")
        self.accuracy_label.setWordWrap(True)
        self.accuracy_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.accuracy_label.setMinimumHeight(80)
        self.accuracy_label.setStyleSheet(self.ACCURACY_STYLE.format(size=15))
        side.addWidget(self.accuracy_label)
        extra = QVBoxLayout()
        extra.setContentsMargins(0, 0, 0, 0)
        self.warning_label = QLabel()
        self.warning_label.setObjectName("trainWarning")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(
            "QLabel { color: #7a4100; background: #fff4e0; border: 1px solid #f0c080; border-radius: 4px; padding: 6px; }"
        )
        self.warning_label.setVisible(False)
        extra.addWidget(self.warning_label)
        self.data_label = QLabel("No data loaded: add classes on the Data tab.")
        self.data_label.setObjectName("trainDataLabel")
        self.data_label.setWordWrap(True)
        self.data_label.setStyleSheet("color: palette(mid);")
        extra.addWidget(self.data_label)
        extra.addWidget(self.more_box)
        extra.addWidget(self.network_box)
        extra.addStretch(1)
        extra_widget = QWidget()
        extra_widget.setLayout(extra)
        self.secondary_area = QScrollArea()
        self.secondary_area.setObjectName("trainSecondaryArea")
        self.secondary_area.setWidget(extra_widget)
        self.secondary_area.setWidgetResizable(True)
        self.secondary_area.setFrameShape(QFrame.Shape.NoFrame)
        self.secondary_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.secondary_area.setMinimumHeight(60)
        side.addWidget(self.secondary_area, 1)

        self.side_widget = side_widget = QWidget()
        side_widget.setLayout(side)
        side.setContentsMargins(0, 0, 0, 0)
        side_widget.setMinimumWidth(300)
        side_widget.setMaximumWidth(400)
        layout.addWidget(side_widget)

        right = QVBoxLayout()
        self.plot = CostPlot()
        self.plot.setMinimumSize(220, 150)
        self.weights_view = WeightsView()
        # the channel choice may elide its text rather than widen the column (presentation doubles the font)
        self.weights_view.channel_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.weights_view.channel_combo.setMinimumContentsLength(8)
        # the cost beside the weights, the accuracy under both: dividers a teacher can drag
        self.plots_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.plots_splitter.setObjectName("trainPlotsSplitter")
        self.plots_splitter.addWidget(self.plot)
        self.plots_splitter.addWidget(self.weights_view)
        self.plots_splitter.setStretchFactor(0, 3)
        self.plots_splitter.setStretchFactor(1, 2)
        self.plots_splitter.setChildrenCollapsible(False)
        self.accuracy_plot = AccuracyPlot()
        self.accuracy_plot.setMinimumHeight(90)
        self.accuracy_plot.setXLink(self.plot)
        self.accuracy_plot.setVisible(False)
        self.panels_splitter = QSplitter(Qt.Orientation.Vertical)
        self.panels_splitter.setObjectName("trainPanelsSplitter")
        self.panels_splitter.addWidget(self.plots_splitter)
        self.step_slice_view = StepSliceView(self.workers)  # i26: the step slice under the cost and weights
        self.panels_splitter.addWidget(self.step_slice_view)
        self.panels_splitter.addWidget(self.accuracy_plot)
        self.panels_splitter.setStretchFactor(0, 3)
        self.panels_splitter.setStretchFactor(1, 2)
        self.panels_splitter.setStretchFactor(2, 1)
        self.panels_splitter.setChildrenCollapsible(False)
        right.addWidget(self.panels_splitter, 1)
        axes = QHBoxLayout()
        self.log_check = QCheckBox("Log scale")
        self.log_check.setObjectName("logScaleCheck")
        self.log_check.setToolTip("Cost on a logarithmic axis: late, small improvements become visible (L)")
        self.log_check.toggled.connect(self.plot.set_log_scale)
        self.same_scale_check = QCheckBox("Same scale for every run")
        self.same_scale_check.setObjectName("sameScaleCheck")
        self.same_scale_check.setToolTip("The cost axis from 0 to the largest first cost, however the runs go: "
                                         "a slow learning rate looks slow")
        self.same_scale_check.toggled.connect(self.plot.set_same_scale)
        self.accuracy_curves_check = QCheckBox("Accuracy curves")
        self.accuracy_curves_check.setObjectName("accuracyCurvesCheck")
        self.accuracy_curves_check.setToolTip("Train and test accuracy during training, on a panel under the cost")
        self.accuracy_curves_check.toggled.connect(self.accuracy_plot.setVisible)
        replay = QHBoxLayout()
        self.history_slider = QSlider(Qt.Orientation.Horizontal)
        self.history_slider.setObjectName("historySlider")
        self.history_slider.setToolTip("Replay the run: the weights, costs and accuracies at each recorded point "
                                       "(← and → move one point)")
        self.history_slider.setRange(0, 0)
        self.history_slider.setPageStep(1)
        self.history_slider.valueChanged.connect(self._slider_moved)
        self.history_label = QLabel(" ")
        self.history_label.setObjectName("historyLabel")
        self.history_label.setMinimumWidth(120)
        self.continue_here_button = QPushButton("Continue from here")
        self.continue_here_button.setObjectName("continueFromHereButton")
        self.continue_here_button.setToolTip("Train on from the point the slider shows, dropping what came after it")
        self.continue_here_button.clicked.connect(self.continue_from_here)
        self.replay_label = QLabel("Replay:")
        replay.addWidget(self.replay_label)
        replay.addWidget(self.history_slider, 1)
        replay.addWidget(self.history_label)
        replay.addWidget(self.continue_here_button)
        right.addLayout(replay)
        for check in (self.log_check, self.same_scale_check, self.accuracy_curves_check):
            axes.addWidget(check)
        axes.addStretch(1)
        self.axes_row = QWidget()
        self.axes_row.setLayout(axes)
        axes.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.axes_row)
        compare = QHBoxLayout()
        compare.setContentsMargins(0, 0, 0, 0)
        compare.addWidget(QLabel("Compare rates:"))
        self.rates_edit = QLineEdit("0.01, 0.001, 0.0001")
        self.rates_edit.setObjectName("compareRatesEdit")
        self.rates_edit.setToolTip("Train one model per rate, one after another, and overlay their costs")
        compare.addWidget(self.rates_edit, 1)
        self.compare_button = QPushButton("Compare")
        self.compare_button.setObjectName("compareButton")
        self.compare_button.clicked.connect(self.start_comparison)
        compare.addWidget(self.compare_button)
        self.compare_row = QWidget()
        self.compare_row.setLayout(compare)
        right.addWidget(self.compare_row)
        self.comparison_table = QTableWidget(0, 6)
        self.comparison_table.setObjectName("comparisonTable")
        self.comparison_table.setHorizontalHeaderLabels(
            ["Learning rate", "Final cost", "Test cost", "Train accuracy", "Test accuracy", "Note"])
        self.comparison_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.comparison_table.verticalHeader().setVisible(False)
        self.comparison_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.comparison_table.setMaximumHeight(130)
        self.comparison_table.setMinimumHeight(60)
        self.comparison_table.setVisible(False)
        self.panels_splitter.addWidget(self.comparison_table)
        self.panels_splitter.setStretchFactor(3, 1)
        layout.addLayout(right, 1)

    # ------------------------------------------------------------------- state
    @property
    def is_training(self) -> bool:
        return self._job is not None

    @property
    def model_kind(self) -> str:
        return self.model_combo.currentData()

    @property
    def model(self) -> TrainedModel | None:
        return self.state.model

    @property
    def data(self):
        return self.state.data

    def _preset(self) -> dict:
        loaded = self.state.loaded
        return loaded.preset if loaded is not None else {}

    def _apply_model_defaults(self, *_) -> None:
        """Switching the model switches every setting to that model's defaults (and the data's preset)."""
        kind = self.model_kind
        self._show_settings(TrainingSettings(model=kind).with_preset(self._preset()).validate())
        self.plot.clear_curves()  # a curve of another model kind would be relabelled wrongly
        self.accuracy_plot.clear_curves()
        self.weights_view.clear()
        self.comparison_table.setVisible(False)
        self._update_state()

    def _show_settings(self, settings: TrainingSettings) -> None:
        """Puts ``settings`` in the widgets (a model opened, a preset applied), without retriggering defaults."""
        self.model_combo.blockSignals(True)
        self.model_combo.setCurrentIndex(self.model_combo.findData(settings.model))
        self.model_combo.blockSignals(False)
        self.lr_spin.setValue(settings.learning_rate)
        self.epochs_spin.setValue(settings.epochs)
        self.record_spin.setValue(settings.record_every or 0)
        self.record_label.setText("Record every (epochs):" if settings.model == "mlp" else "Record every:")
        network = settings.model == "mlp"
        self.network_box.setVisible(network)
        self.epochs_label.setText("Epochs:" if network else "Iterations:")
        self.plot.set_step_name(step_word(settings.model, 1))
        if network:
            self.hidden_spin.setValue(settings.hidden)
            self.activation_combo.setCurrentText(settings.activation)
            self.batches_spin.setValue(settings.batches)
            self.l1_spin.setValue(settings.l1 or 0.0)
            self.standardize_check.setChecked(bool(settings.standardize))
        self.l2_spin.setValue(settings.l2 or 0.0)

    def commit_typed_values(self) -> None:
        """What is typed in a spin box counts even before Enter: every action starts with this."""
        for spin in self.findChildren(QAbstractSpinBox):
            spin.interpretText()

    def settings(self, learning_rate: float | None = None) -> TrainingSettings:
        self.commit_typed_values()
        settings = TrainingSettings(
            model=self.model_kind,
            learning_rate=learning_rate if learning_rate is not None else self.lr_spin.value(),
            epochs=self.epochs_spin.value(),
            record_every=self.record_spin.value() or None,
        ).with_preset(self._preset())
        if self.model_kind == "mlp":
            settings.hidden = self.hidden_spin.value()
            settings.activation = self.activation_combo.currentText()
            settings.batches = self.batches_spin.value()
            settings.batch_size = None
            settings.l2 = self.l2_spin.value()
            settings.l1 = self.l1_spin.value()
            settings.standardize = self.standardize_check.isChecked()
        return settings

    def _update_state(self) -> None:
        running = self.is_training
        has_data = self.state.data is not None
        self.train_button.setEnabled(has_data and not running)
        self.compare_button.setEnabled(has_data and not running)
        self.stop_button.setEnabled(running)
        self.pause_button.setEnabled(running)
        self.step_button.setEnabled(running and self.pause_button.isChecked())
        kind_matches = self.model is not None and MODEL_KINDS.get(self.model.estimator.model_type) == self.model_kind
        self.continue_button.setEnabled(not running and kind_matches and self.state.can_continue())
        for widget in (self.model_combo, self.lr_spin, self.epochs_spin, self.network_box, self.rates_edit,
                       self.record_spin, self.pace_combo):
            widget.setEnabled(not running)
        replay = self._replay_points()
        self.history_slider.setEnabled(len(replay) > 1 and (not running or self.pause_button.isChecked()))
        selected = self.history_slider.value()
        self.continue_here_button.setEnabled(
            not running and kind_matches and self.state.can_continue() and self.model.history is not None
            and 0 <= selected < len(replay) - 1)

    def _data_changed(self) -> None:
        loaded = self.state.loaded
        if loaded is None:
            self.data_label.setText("No data loaded: add classes on the Data tab.")
        else:
            data = loaded.data
            n_test = len(data.test) if data.test is not None else 0
            what = "image" if data.train.image_format is not None else "point"
            self.data_label.setText(
                f"Data: {format_count(len(data.train), 'training ' + what)} and {format_count(n_test, 'test ' + what)}, "
                f"{format_count(len(data.train.classes), 'class', 'classes')} ({', '.join(data.train.classes)})."
            )
            request = loaded.request
            key = (request.kind, request.name, request.paths)
            if key != self._source_key:
                # new data: its recommended settings, and nothing left of the last data's results
                self._source_key = key
                self._apply_model_defaults()
                if self.model is None or not self.state.can_continue():
                    self.accuracy_label.setText("Train a model to see its accuracy.")
                    self.warning_label.setVisible(False)
        self._update_state()

    def _model_changed(self) -> None:
        """A model opened from a file (or trained): its settings, cost history and accuracies are shown."""
        model = self.model
        if model is not None and not self.is_training and self.state.model_settings is not None:
            self._show_settings(self.state.model_settings)
            if not self._just_trained:
                self.plot.clear_curves()
                self.comparison_table.setVisible(False)
                self.accuracy_plot.clear_curves()
                if model.estimator.costs_:
                    history = model.history
                    curve = self.plot.new_curve("loaded model",
                                                test=history is not None and history.test_cost is not None)
                    self._show_history(curve, model)
            self._show_weights(model.estimator.parameter_snapshot())
            info = model.info or {}
            if info.get("train_accuracy") is not None:
                costs = model.estimator.costs_
                self._show_accuracy(info.get("train_accuracy"), info.get("test_accuracy"),
                                    costs[-1][1] if costs else None)
        self._just_trained = False
        if not self.is_training:
            self._reset_replay()
        self._update_state()

    _just_trained = False

    def _add_shortcuts(self) -> None:
        """Space starts or pauses, → steps (or moves on), ← goes back one recorded point; in the Train tab."""
        self.space_action = QAction("Train / pause / resume", self, shortcut=QKeySequence(Qt.Key.Key_Space),
                                    triggered=self.start_or_pause)
        self.step_action = QAction("Step one iteration (paused) / next recorded point", self,
                                   shortcut=QKeySequence(Qt.Key.Key_Right), triggered=self.step_forward)
        self.back_action = QAction("Back one recorded point", self, shortcut=QKeySequence(Qt.Key.Key_Left),
                                   triggered=self.step_back)
        self.log_action = QAction("Log scale on/off", self, shortcut=QKeySequence(Qt.Key.Key_L),
                                  triggered=self.log_check.toggle)
        for action in (self.space_action, self.step_action, self.back_action, self.log_action):
            # text boxes keep their keys (they accept the shortcut override); elsewhere in the tab these act
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    def start_or_pause(self) -> None:
        if self.is_training:
            self.pause_button.toggle()
        else:
            self.start_training()

    # ------------------------------------------------------------------- replay
    def _replay_points(self) -> list[Recorded]:
        """The points the slider moves over: the live run's while training, else the model's history."""
        if self.is_training:
            return self._live
        if self._history_points is None:
            self._history_points = history_points(self.model)
        return self._history_points

    def _reset_replay(self) -> None:
        """The slider over the current points, at the last one."""
        self._history_points = None
        points = self._replay_points()
        self.history_slider.blockSignals(True)
        self.history_slider.setRange(0, max(0, len(points) - 1))
        self.history_slider.setValue(max(0, len(points) - 1))
        self.history_slider.blockSignals(False)
        self._describe_position()
        self.plot.set_cursor(None)

    def _describe_position(self) -> None:
        points = self._replay_points()
        if not points:
            self.history_label.setText(" ")
            return
        point = points[min(self.history_slider.value(), len(points) - 1)]
        word = step_word(self.model_kind, 1)
        where = f"{word} {point.iteration:,}"
        if not self.presenting:  # presenting, the slider needs the width more than the count does
            where += f" ({self.history_slider.value() + 1:,} of {format_count(len(points), 'point')})"
        self.history_label.setText(where)

    def _slider_moved(self, index: int) -> None:
        points = self._replay_points()
        if not 0 <= index < len(points):
            return
        last = index == len(points) - 1
        if not self.is_training:
            self.state.select_point(None if last else index)
        self._show_replayed(index)

    def _point_selected(self) -> None:
        """Another view chose a recorded point (or the model changed): the slider follows."""
        if self.is_training:
            return
        points = self._replay_points()
        index = self.state.selected_point
        index = len(points) - 1 if index is None else index
        if 0 <= index < len(points) and index != self.history_slider.value():
            self.history_slider.setValue(index)

    def _show_replayed(self, index: int) -> None:
        points = self._replay_points()
        point = points[index]
        last = index == len(points) - 1
        self.plot.set_cursor(None if last and not self._replaying_paused() else point.iteration)
        self._show_point(point)
        self._describe_position()
        self._update_state()

    def _replaying_paused(self) -> bool:
        return self.is_training and self.pause_button.isChecked()

    def step_back(self) -> None:
        """← : one recorded point back (while paused, or after training)."""
        if self.history_slider.isEnabled():
            self.history_slider.setValue(self.history_slider.value() - 1)

    def step_forward(self) -> None:
        """→ : one iteration further while paused; one recorded point on after training."""
        if self.is_training:
            self.step_once()
        elif self.history_slider.isEnabled():
            self.history_slider.setValue(self.history_slider.value() + 1)

    def continue_from_here(self) -> None:
        """Train on from the recorded point the slider shows."""
        index = self.history_slider.value()
        model = self.model
        if model is None or model.history is None or not self.state.can_continue():
            return
        if index >= len(model.history) - 1:
            self.continue_training()
            return
        self._start([self.settings()], resume=model, start_index=index)

    _history_points: list[Recorded] | None = None
    _live: list[Recorded] = []

    # ----------------------------------------------------------------- training
    def start_training(self) -> None:
        self._start([self.settings()], resume=None)

    def continue_training(self) -> None:
        if self.model is not None and self.state.can_continue():
            self._start([self.settings()], resume=self.model)

    def start_comparison(self) -> None:
        try:
            rates = parse_learning_rates(self.rates_edit.text())
        except UserError as error:
            show_error(self, "Cannot compare", str(error))
            return
        self._start(learning_rate_runs(self.settings(), rates), resume=None)

    def _has_test(self) -> bool:
        data = self.state.data
        return data is not None and data.test is not None and len(data.test) > 0

    def _show_history(self, curve, model: TrainedModel, upto: int | None = None) -> None:
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

    def _start(self, runs: list[TrainingSettings], resume: TrainedModel | None, start_index: int | None = None) -> None:
        if self.is_training or self.state.data is None:
            return  # never two trainings at once
        try:
            experiment = Experiment(self.state.data, runs, resume=resume, start_index=start_index)
        except UserError as error:
            show_error(self, "Cannot train", str(error))
            return
        comparing = len(runs) > 1
        self.plot.clear_curves()
        self.accuracy_plot.clear_curves()
        self._run_curves = {}
        self._with_test = self._has_test() and not comparing  # a comparison's test costs are in its table
        if resume is not None:
            # the resumed model's own history, continued by this run (up to the point it goes on from)
            curve = self.plot.new_curve(f"lr {format_rate(runs[0].learning_rate)}", test=self._with_test)
            self._show_history(curve, resume, upto=start_index)
            self._run_curves[0] = curve
        if comparing:
            self.comparison_table.setRowCount(0)
            self.same_scale_check.setChecked(True)  # compared runs on one scale: a slow rate looks slow
        self.comparison_table.setVisible(comparing)
        self._runs = experiment.settings
        self._live = []
        self.plot.set_cursor(None)
        self._experiment = experiment
        self._control = RunControl()
        self._resumed = resume is not None
        self.warning_label.setVisible(False)
        self.accuracy_label.setText("Training…")
        self._done = 0
        self.progress.setRange(0, sum(s.epochs for s in runs))
        self.progress.setValue(0)
        self.pause_button.blockSignals(True)
        self.pause_button.setChecked(False)
        self.pause_button.blockSignals(False)
        task = experiment_task(experiment, self._control, blas_threads_for_worker(), self.pace_combo.currentData())
        job = self.workers.start(task, "training")
        job.events.progressed.connect(self._events_arrived)
        job.events.succeeded.connect(self._succeeded)
        job.events.failed.connect(self._failed)
        job.events.finished.connect(self._finished)
        self._job = job
        self._started = time.monotonic()
        self._clock.start()
        self.state.set_training(True)
        self._update_state()
        self.busyChanged.emit(True)
        self.message.emit("Training…")
        self.workers.launch(job)

    def stop_training(self) -> None:
        if self._job is not None:
            self._experiment.request_stop()
            self._control.release()
            self._job.stop()
            self.message.emit("Stopping…")

    def set_paused(self, paused: bool) -> None:
        if self._control is None:
            return
        if paused:
            self._control.pause()
            self.message.emit("Paused: Step goes one iteration further, Pause again resumes")
        else:
            self._control.resume()
        self.pause_button.setText("Resume" if paused else "Pause")
        self._update_state()

    def step_once(self) -> None:
        if self._control is not None and self.pause_button.isChecked():
            self._control.step()

    @Slot(object)
    def _events_arrived(self, events) -> None:
        points: dict[int, list] = {}  # one setData per curve and batch, however many points came
        for event in events:
            if isinstance(event, RunStarted):
                curve = self._run_curves.get(event.run)
                if curve is None:
                    self._run_curves[event.run] = self.plot.new_curve(
                        f"lr {format_rate(event.settings.learning_rate)}", test=self._with_test)
            elif isinstance(event, Recorded):
                points.setdefault(event.run, []).append(event)
                if event.run == len(self._runs) - 1 or len(self._runs) == 1:
                    self._latest = event
            elif isinstance(event, Stepped):
                before = sum(s.epochs for s in self._runs[:event.run])
                self._done = before + event.iteration - event.first
            elif isinstance(event, Preparing):
                self.time_label.setText("Preparing (building the Gram matrix)…")
            elif isinstance(event, RunFinished):
                self._add_points(event.run, points.pop(event.run, []))
                curve = self._run_curves.get(event.run)
                if curve is not None:
                    curve.replace(event.result.costs)  # the model's own history, exactly
                    sentence = self._trouble(event.result)
                    if sentence:
                        self.plot.mark(curve, sentence)
        for run, batch in points.items():
            self._add_points(run, batch)
        if self.same_scale_check.isChecked():
            self.plot.apply_scale()
        self.progress.setValue(min(self._done, self.progress.maximum()))
        if self._latest is not None:
            self._show_point(self._latest)
            self._latest = None

    _latest: Recorded | None = None
    _with_test = False

    def _add_points(self, run: int, batch: list[Recorded]) -> None:
        curve = self._run_curves.get(run)
        if curve is None or not batch:
            return
        if run == len(self._runs) - 1:
            self._live.extend(batch)
            if len(self._live) > MAX_LIVE_POINTS:
                self._live = [*self._live[:-1:2], self._live[-1]]
            self.history_slider.blockSignals(True)
            self.history_slider.setRange(0, len(self._live) - 1)
            self.history_slider.setValue(len(self._live) - 1)  # a new point (a step too) is shown
            self.history_slider.blockSignals(False)
            self._describe_position()
        curve.extend([(p.iteration, p.train_cost) for p in batch])
        if curve.test is not None:
            curve.test.extend([(p.iteration, p.test_cost) for p in batch if p.test_cost is not None])
        if len(self._runs) == 1:
            self.accuracy_plot.extend("train", [(p.iteration, p.train_accuracy) for p in batch
                                                if p.train_accuracy is not None])
            self.accuracy_plot.extend("test", [(p.iteration, p.test_accuracy) for p in batch
                                               if p.test_accuracy is not None])

    def _show_point(self, point: Recorded) -> None:
        """The numbers and weights of a recorded point: while training, the latest one."""
        self._show_accuracy(point.train_accuracy, point.test_accuracy, point.train_cost, point.test_cost,
                            point.iteration)
        self._show_weights(point.parameters)
        self._show_step_slice(point)  # i26

    def _show_step_slice(self, point: Recorded) -> None:
        """i26: the step slice at the displayed point, for the run (settings, scaler) it belongs to."""
        data, model = self.state.data, self.model
        trainer = self._experiment.current if self.is_training and self._experiment is not None else None
        if trainer is not None:
            settings, scaler = trainer.settings, trainer.scaler
        elif model is not None and not self.is_training:
            settings, scaler = resumed_settings(model), model.scaler
        else:
            settings = scaler = None
        self.step_slice_view.show_point(point.parameters, settings, scaler, None if data is None else data.train,
                                        point.iteration)

    def _show_weights(self, parameters: dict | None) -> None:
        data = self.state.data
        model = self.model
        if model is not None and not self.is_training:
            image_format, classes = model.image_format, model.estimator.classes_
        elif data is not None:
            image_format, classes = data.train.image_format, sorted(data.train.classes)
        else:
            self.weights_view.clear()
            return
        self.weights_view.show_parameters(parameters, image_format, classes)

    @staticmethod
    def _trouble(result: TrainingResult) -> str:
        """The sentence that marks a diverged or unstable run on its curve ("" for a smooth one)."""
        if result.diverged:
            return divergence_advice(result.learning_rate)
        if result.unstable is not None:
            return instability_advice(result.unstable, result.settings.model)
        return ""

    def _update_clock(self) -> None:
        elapsed = time.monotonic() - self._started
        text = f"Elapsed {format_duration(elapsed)}"
        if self._control is not None and self._control.paused:
            text += " · paused"
        elif self._done:
            remaining = elapsed * (self.progress.maximum() - self._done) / self._done
            text += f" · remaining about {format_duration(remaining)}"
        self.time_label.setText(text)

    @Slot(object)
    def _succeeded(self, results: list[TrainingResult]) -> None:
        if not results:
            self.accuracy_label.setText("Stopped before the first iteration.")
            self.time_label.setText(" ")
            self.message.emit("Training stopped before it began")
            return
        best, _, why = choose_best(results)
        if len(results) > 1:
            self._fill_comparison(results)
            self.lr_spin.setValue(best.learning_rate)  # Continue goes on from the kept model, at its own rate
        self._show_accuracy(best.train_accuracy, best.test_accuracy, best.final_cost, best.final_test_cost,
                            best.model.estimator.n_iter_)
        unit = step_word(best.settings.model)
        seconds = sum(r.seconds_training for r in results)
        total_iterations = sum(r.iterations for r in results)
        note = f"{total_iterations:,} {unit} in {seconds:.1f} s"
        if any(r.stopped_early for r in results) and not any(r.diverged for r in results):
            note = f"Stopped after {note}; the weights reached are kept"
        if len(results) > 1:
            note += ". " + why
        self.time_label.setText(note)
        warnings = []
        for result in results:
            if result.diverged:
                warnings.append(divergence_advice(result.learning_rate))
            elif result.unstable is not None:
                warnings.append(f"lr {format_rate(result.learning_rate)}: "
                                + instability_advice(result.unstable, result.settings.model))
        if warnings:
            self.warning_label.setText("<br>".join(warnings))
            self.warning_label.setVisible(True)
        self._just_trained = True
        keep_path = self.state.model_path if self._resumed else None
        self.state.set_model(best.model, path=keep_path, unsaved=True, settings=best.settings)
        self.state.set_runs(results, best, why)
        self.message.emit(f"Training finished: {note}")

    def _fill_comparison(self, results: list[TrainingResult]) -> None:
        self.comparison_table.setRowCount(len(results))
        for row, result in enumerate(results):
            note = "diverged" if result.diverged else ("unstable" if result.unstable else
                                                         ("stopped" if result.stopped_early else ""))
            test_cost = format_cost(result.final_test_cost) if result.final_test_cost is not None else "—"
            cells = [format_rate(result.learning_rate), format_cost(result.final_cost), test_cost,
                     format_percent(result.train_accuracy), format_percent(result.test_accuracy), note]
            for column, text in enumerate(cells):
                self.comparison_table.setItem(row, column, QTableWidgetItem(text))

    def _show_accuracy(self, train: float | None, test: float | None, cost: float | None = None,
                       test_cost: float | None = None, iteration: int | None = None) -> None:
        self._accuracy_shown = (train, test, cost, test_cost, iteration)
        test_text = format_percent(test) if test is not None else "no test set"
        big = "36pt" if self.presenting else "18pt"
        small = "16pt" if self.presenting else "11pt"
        costs = ""
        if cost is not None:
            costs = f"Cost {format_cost(cost)}"
            if test_cost is not None:
                costs += f" · test {format_cost(test_cost)}"
            if iteration is not None:
                costs = f"{step_word(self.model_kind, 1).capitalize()} {iteration:,}: " + costs
            costs = f"<div style='font-size:{small}'>{costs}</div>"
        # presenting, the words shrink to "Train"/"Test" so each number stays on one line at twice the size
        word = "" if self.presenting else " accuracy"
        self.accuracy_label.setText(
            f"<div>Train{word} <b style='font-size:{big}'>{format_percent(train)}</b></div>"
            f"<div>Test{word} <b style='font-size:{big}'>{test_text}</b></div>{costs}"
        )

    presenting = False
    _accuracy_shown: tuple | None = None
    _hidden_for_presentation: list = []
    _splitter_sizes: list = []

    #: The accuracy's frame; its own font size, which presentation mode doubles.
    ACCURACY_STYLE = ("QLabel {{ font-size: {size}pt; padding: 10px; border-radius: 6px; "
                      "background: palette(alternate-base); }}")

    def set_presentation(self, on: bool) -> None:
        """Presentation mode: the secondary controls hidden, the accuracy twice as large; off restores them."""
        self.presenting = on
        secondary = (self.secondary_area, self.axes_row, self.compare_row, self.comparison_table,
                     self.continue_here_button, self.time_label, self.replay_label)
        if on:
            self._hidden_for_presentation = [w for w in secondary if not w.isHidden()]
            for widget in self._hidden_for_presentation:
                widget.setVisible(False)
        else:
            for widget in self._hidden_for_presentation:
                widget.setVisible(True)
            self._hidden_for_presentation = []
        self.side_widget.setMaximumWidth(480 if on else 400)
        if on:
            self._splitter_sizes = self.plots_splitter.sizes()
            # once full screen: a narrow screen stacks the weights under the curve, a wide one keeps them beside
            QTimer.singleShot(0, self._arrange_for_presentation)
        else:
            self._arranged = None
            self.plots_splitter.setOrientation(Qt.Orientation.Horizontal)
            if self._splitter_sizes:
                self.plots_splitter.setSizes(self._splitter_sizes)
        self.accuracy_label.setStyleSheet(self.ACCURACY_STYLE.format(size=30 if on else 15))
        self.step_slice_view.set_presentation(on)  # i26
        if self._accuracy_shown is not None:
            self._show_accuracy(*self._accuracy_shown)
        self._describe_position()

    #: Narrower than this, presentation mode puts the weights under the cost curve: side by side, the
    #: weights' column (their title and channel choice in large text) would leave the curve a sliver.
    STACK_BELOW_WIDTH = 1000

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.presenting:  # full screen arrives after the switch: the arrangement follows the final size
            QTimer.singleShot(0, self._arrange_for_presentation)

    _arranged: Qt.Orientation | None = None

    def _arrange_for_presentation(self) -> None:
        if not self.presenting:
            self._arranged = None
            return
        splitter = self.plots_splitter
        narrow = splitter.width() < self.STACK_BELOW_WIDTH
        orientation = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
        if orientation == self._arranged:
            return  # sizes a teacher dragged stay
        self._arranged = orientation
        splitter.setOrientation(orientation)
        total = splitter.height() if narrow else splitter.width()
        curve = total // 2 if narrow else total * 3 // 5  # stacked, the weights need their half to be seen
        splitter.setSizes([curve, total - curve])

    @Slot(object, str)
    def _failed(self, error, details: str) -> None:
        self.accuracy_label.setText("Training failed.")
        show_training_error(self, error, details)

    @Slot()
    def _finished(self) -> None:
        self._job = None
        self._experiment = None
        self._control = None
        self._live = []
        self._reset_replay()
        self._clock.stop()
        self.pause_button.blockSignals(True)
        self.pause_button.setChecked(False)
        self.pause_button.setText("Pause")
        self.pause_button.blockSignals(False)
        self.state.set_training(False)
        self._update_state()
        self.busyChanged.emit(False)
