"""The Train tab: settings, Train / Stop / Continue, the live cost plot and the accuracy."""

from __future__ import annotations

import os
import time
import warnings

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from threadpoolctl import threadpool_limits

from lrgui.core import TrainingDivergedWarning
from lrgui.data import TrainTest, TrainedModel
from lrgui.errors import UserError
from lrgui.gui.cost_plot import CostPlot
from lrgui.gui.spinboxes import LearningRateSpinBox
from lrgui.gui.widgets import show_error
from lrgui.training import ACTIVATIONS, ESTIMATORS, MODEL_NAMES, TrainingResult, TrainingSettings, model_defaults, train_model

#: Cost points are sent to the UI in batches at most this often (seconds): a smooth
#: curve, with the UI thread free most of the time (a repaint of the plot takes ~10 ms).
POINT_BATCH_INTERVAL = 0.1


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
    return max(1, (os.cpu_count() or 1) - 1)


def training_task(data: TrainTest, runs: list[TrainingSettings], resume: TrainedModel | None):
    """The worker's job: train each run in turn, sending batches of cost points as they come.

    A report is ``(run_index, points, iterations_done_in_run)``; the result is
    the list of :class:`TrainingResult`, one per run that finished or stopped.
    """

    def task(report, should_stop):
        with threadpool_limits(limits=blas_threads_for_worker(), user_api="blas"):
            return train_runs(report, should_stop)

    def train_runs(report, should_stop):
        results: list[TrainingResult] = []
        for index, settings in enumerate(runs):
            if should_stop():
                break
            pending: list[tuple[int, float]] = []
            state = {"done": 0, "flushed": time.monotonic()}

            def flush(force: bool = False) -> None:
                now = time.monotonic()
                if force or now - state["flushed"] >= POINT_BATCH_INTERVAL:
                    state["flushed"] = now
                    report((index, list(pending), state["done"]), force=True)
                    pending.clear()

            def progress(iteration: int, cost: float) -> None:
                pending.append((iteration, cost))
                flush()

            def stop_check() -> bool:
                state["done"] += 1
                flush()
                return should_stop()

            with warnings.catch_warnings():
                warnings.simplefilter("ignore", TrainingDivergedWarning)  # shown in the tab, in words
                result = train_model(data, settings, progress=progress, should_stop=stop_check, resume=resume)
            flush(force=True)
            results.append(result)
        return results

    return task


def parse_rates(text: str) -> list[float]:
    """'0.01, 0.001 0.0001' → [0.01, 0.001, 0.0001]; raises UserError on anything else."""
    rates = []
    for part in text.replace(";", ",").replace(" ", ",").split(","):
        if not part.strip():
            continue
        try:
            rate = float(part)
        except ValueError:
            raise UserError(f"{part.strip()!r} is not a learning rate.") from None
        if not (rate > 0 and rate < float("inf")):
            raise UserError(f"Learning rates must be positive numbers, not {part.strip()}.")
        rates.append(rate)
    if not rates:
        raise UserError("Type one or more learning rates, separated by commas.")
    return rates


class TrainTab(QWidget):
    trainingStarted = Signal()
    trainingFinished = Signal(object)  # the TrainingResult whose model becomes the current one
    busyChanged = Signal(bool)
    message = Signal(str)

    def __init__(self, workers, parent=None):
        super().__init__(parent)
        self.setObjectName("trainTab")
        self.workers = workers
        self.data: TrainTest | None = None
        self.model: TrainedModel | None = None
        self._job = None
        self._runs: list[TrainingSettings] = []
        self._run_curves: dict = {}
        self._run_index = 0
        self._resume = None
        self.last_run_resumed = False
        self._started = 0.0
        self._done = 0
        self._build()
        self._clock = QTimer(self, interval=250, timeout=self._update_clock)
        self._apply_model_defaults()
        self._update_state()

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
        side.addWidget(self.network_box)

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
        for button in (self.train_button, self.stop_button, self.continue_button):
            button.setMinimumHeight(32)
            buttons.addWidget(button)
        side.addLayout(buttons)

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
        self.accuracy_label.setMinimumHeight(90)
        self.accuracy_label.setStyleSheet(
            "QLabel { font-size: 15pt; padding: 10px; border-radius: 6px; background: palette(alternate-base); }"
        )
        side.addWidget(self.accuracy_label)
        self.warning_label = QLabel()
        self.warning_label.setObjectName("trainWarning")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(
            "QLabel { color: #7a4100; background: #fff4e0; border: 1px solid #f0c080; border-radius: 4px; padding: 6px; }"
        )
        self.warning_label.setVisible(False)
        side.addWidget(self.warning_label)
        self.data_label = QLabel("No data loaded: add classes on the Data tab.")
        self.data_label.setObjectName("trainDataLabel")
        self.data_label.setWordWrap(True)
        self.data_label.setStyleSheet("color: palette(mid);")
        side.addWidget(self.data_label)
        side.addStretch(1)

        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setMinimumWidth(320)
        side_widget.setMaximumWidth(400)
        layout.addWidget(side_widget)

        right = QVBoxLayout()
        self.plot = CostPlot()
        right.addWidget(self.plot, 1)
        compare = QHBoxLayout()
        compare.addWidget(QLabel("Compare learning rates:"))
        self.rates_edit = QLineEdit("0.01, 0.001, 0.0001")
        self.rates_edit.setObjectName("compareRatesEdit")
        self.rates_edit.setToolTip("Train one model per rate, one after another, and overlay their costs")
        compare.addWidget(self.rates_edit, 1)
        self.compare_button = QPushButton("Compare")
        self.compare_button.setObjectName("compareButton")
        self.compare_button.clicked.connect(self.start_comparison)
        compare.addWidget(self.compare_button)
        right.addLayout(compare)
        self.comparison_table = QTableWidget(0, 5)
        self.comparison_table.setObjectName("comparisonTable")
        self.comparison_table.setHorizontalHeaderLabels(
            ["Learning rate", "Final cost", "Train accuracy", "Test accuracy", "Note"])
        self.comparison_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.comparison_table.verticalHeader().setVisible(False)
        self.comparison_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.comparison_table.setMaximumHeight(130)
        self.comparison_table.setVisible(False)
        right.addWidget(self.comparison_table)
        layout.addLayout(right, 1)

    # ------------------------------------------------------------------- state
    @property
    def is_training(self) -> bool:
        return self._job is not None

    @property
    def model_kind(self) -> str:
        return self.model_combo.currentData()

    def _apply_model_defaults(self, *_) -> None:
        """Switching the model switches every setting to that model's defaults."""
        kind = self.model_kind
        defaults = model_defaults(kind)
        self.lr_spin.setValue(defaults["learning_rate"])
        self.epochs_spin.setValue(defaults["epochs"])
        network = kind == "mlp"
        self.network_box.setVisible(network)
        self.epochs_label.setText("Epochs:" if network else "Iterations:")
        self.plot.set_step_name("epoch" if network else "iteration")
        if network:
            self.hidden_spin.setValue(defaults["hidden"])
            self.activation_combo.setCurrentText(defaults["activation"])
            self.batches_spin.setValue(max(defaults["batches"], 25))
            self.l2_spin.setValue(defaults["l2"])
            self.l1_spin.setValue(defaults["l1"])
            self.standardize_check.setChecked(True)
        self._update_state()

    def settings(self, learning_rate: float | None = None) -> TrainingSettings:
        settings = TrainingSettings(
            model=self.model_kind,
            learning_rate=learning_rate if learning_rate is not None else self.lr_spin.value(),
            epochs=self.epochs_spin.value(),
        )
        if self.model_kind == "mlp":
            settings.hidden = self.hidden_spin.value()
            settings.activation = self.activation_combo.currentText()
            settings.batches = self.batches_spin.value()
            settings.l2 = self.l2_spin.value()
            settings.l1 = self.l1_spin.value()
            settings.standardize = self.standardize_check.isChecked()
        return settings

    def _can_continue(self) -> bool:
        if self.model is None or self.data is None:
            return False
        estimator = self.model.estimator
        return (
            getattr(estimator, "n_features_in_", None) == self.data.train.n_features
            and sorted(self.model.classes) == sorted(self.data.train.classes)
            and self.model.image_format == self.data.train.image_format
            and estimator.model_type == ESTIMATORS[self.model_kind].model_type
        )

    def _update_state(self) -> None:
        running = self.is_training
        self.train_button.setEnabled(self.data is not None and not running)
        self.compare_button.setEnabled(self.data is not None and not running)
        self.stop_button.setEnabled(running)
        self.continue_button.setEnabled(not running and self._can_continue())
        for widget in (self.model_combo, self.lr_spin, self.epochs_spin, self.network_box, self.rates_edit):
            widget.setEnabled(not running)

    def set_data(self, data: TrainTest | None) -> None:
        self.data = data
        if data is None:
            self.data_label.setText("No data loaded: add classes on the Data tab.")
        else:
            n_test = len(data.test) if data.test is not None else 0
            self.data_label.setText(
                f"Data: {len(data.train):,} training and {n_test:,} test images, "
                f"{len(data.train.classes)} classes ({', '.join(data.train.classes)})."
            )
        self._update_state()

    def set_model(self, model: TrainedModel | None) -> None:
        """A model opened from a file: its settings and cost history are shown, and Continue may use it."""
        self.model = model
        self.plot.clear_curves()
        self.comparison_table.setVisible(False)
        if model is not None:
            kind = "mlp" if model.estimator.model_type == "mlp" else "logistic"
            self.model_combo.blockSignals(True)
            self.model_combo.setCurrentIndex(self.model_combo.findData(kind))
            self.model_combo.blockSignals(False)
            self.network_box.setVisible(kind == "mlp")
            self.lr_spin.setValue(float(model.estimator.learning_rate))
            if model.estimator.costs_:
                self.plot.new_curve("loaded model", model.estimator.costs_)
            info = model.info
            if info.get("train_accuracy") is not None:
                self._show_accuracy(info.get("train_accuracy"), info.get("test_accuracy"))
        self._update_state()

    # ----------------------------------------------------------------- training
    def start_training(self) -> None:
        self._start([self.settings()], resume=None)

    def continue_training(self) -> None:
        if self._can_continue():
            self._start([self.settings()], resume=self.model)

    def start_comparison(self) -> None:
        try:
            rates = parse_rates(self.rates_edit.text())
        except UserError as error:
            show_error(self, "Cannot compare", str(error))
            return
        self._start([self.settings(rate) for rate in rates], resume=None)

    def _start(self, runs: list[TrainingSettings], resume: TrainedModel | None) -> None:
        if self.is_training or self.data is None:
            return  # never two trainings at once
        try:
            for settings in runs:
                settings.validate()
        except UserError as error:
            show_error(self, "Cannot train", str(error))
            return
        comparing = len(runs) > 1
        self.plot.clear_curves()
        self._run_curves = {}
        if resume is not None:
            # the resumed model's own history, continued by this run
            self._run_curves[0] = self.plot.new_curve(f"lr {runs[0].learning_rate:g}", resume.estimator.costs_)
        if comparing:
            self.comparison_table.setRowCount(0)
        self.comparison_table.setVisible(comparing)
        self._runs = runs
        self._run_index = -1
        self.warning_label.setVisible(False)
        self.accuracy_label.setText("Training…")
        self._done = 0
        total = sum(s.epochs for s in runs)
        self.progress.setRange(0, total)
        self.progress.setValue(0)
        job = self.workers.start(training_task(self.data, runs, resume), "training")
        job.events.progressed.connect(self._progressed)
        job.events.succeeded.connect(self._succeeded)
        job.events.failed.connect(self._failed)
        job.events.finished.connect(self._finished)
        self._job = job
        self._resume = resume
        self._started = time.monotonic()
        self._clock.start()
        self._update_state()
        self.busyChanged.emit(True)
        self.trainingStarted.emit()
        self.message.emit("Training…")
        self.workers.launch(job)

    def stop_training(self) -> None:
        if self._job is not None:
            self._job.stop()
            self.message.emit("Stopping…")

    @Slot(object)
    def _progressed(self, payload) -> None:
        index, points, done = payload
        self._run_index = index
        curve = self._run_curves.get(index)
        if curve is None:
            curve = self._run_curves[index] = self.plot.new_curve(f"lr {self._runs[index].learning_rate:g}")
        if points:
            curve.extend(points)
        self._done = sum(s.epochs for s in self._runs[:index]) + done
        self.progress.setValue(min(self._done, self.progress.maximum()))

    def _update_clock(self) -> None:
        elapsed = time.monotonic() - self._started
        text = f"Elapsed {format_duration(elapsed)}"
        if self._done:
            remaining = elapsed * (self.progress.maximum() - self._done) / self._done
            text += f" · remaining about {format_duration(remaining)}"
        self.time_label.setText(text)

    @Slot(object)
    def _succeeded(self, results: list[TrainingResult]) -> None:
        self.last_run_resumed = self._resume is not None
        if not results:
            self.accuracy_label.setText("Stopped before the first iteration.")
            self.time_label.setText(" ")
            self.message.emit("Training stopped before it began")
            return
        for index, result in enumerate(results):
            curve = self._run_curves.get(index) or self.plot.new_curve(f"lr {result.model.estimator.learning_rate:g}")
            self._run_curves[index] = curve
            curve.replace(result.costs)  # the streamed batches were a preview; the model's history is exact
        if len(results) > 1:
            self._fill_comparison(results)
        best = min(results, key=lambda r: r.costs[-1][1] if r.costs else float("inf"))
        self.model = best.model
        if len(results) > 1:  # Continue goes on from the kept model, at its own rate
            self.lr_spin.setValue(best.model.estimator.learning_rate)
        total_iterations = sum(r.iterations for r in results)
        self.progress.setValue(min(self._done, self.progress.maximum()))
        self._show_accuracy(best.train_accuracy, best.test_accuracy)
        seconds = sum(r.seconds_training for r in results)
        unit = "epochs" if self.model_kind == "mlp" else "iterations"
        note = f"{total_iterations:,} {unit} in {seconds:.1f} s"
        if any(r.stopped_early for r in results) and not any(r.diverged for r in results):
            note = f"Stopped after {note}; the weights reached are kept"
        if len(results) > 1:
            note += f". Kept the model with the lowest final cost (lr {best.model.estimator.learning_rate:g})"
        self.time_label.setText(note)
        diverged = [r for r in results if r.diverged]
        if diverged:
            rate = max(r.model.estimator.learning_rate for r in diverged)
            fmt = self.lr_spin.textFromValue
            self.warning_label.setText(
                f"<b>Training diverged</b>: the cost rose instead of falling, because the learning rate "
                f"{fmt(rate)} is too large. Try a lower one, e.g. {fmt(rate / 10)}."
            )
            self.warning_label.setVisible(True)
        self.trainingFinished.emit(best)
        self.message.emit(f"Training finished: {note}")

    def _fill_comparison(self, results: list[TrainingResult]) -> None:
        def pct(value):
            return "—" if value is None else f"{100 * value:.1f}%"

        self.comparison_table.setRowCount(len(results))
        for row, result in enumerate(results):
            cost = result.costs[-1][1] if result.costs else float("nan")
            note = "diverged" if result.diverged else ("stopped" if result.stopped_early else "")
            cells = [f"{result.model.estimator.learning_rate:g}", f"{cost:.4f}", pct(result.train_accuracy),
                     pct(result.test_accuracy), note]
            for column, text in enumerate(cells):
                self.comparison_table.setItem(row, column, QTableWidgetItem(text))

    def _show_accuracy(self, train: float | None, test: float | None) -> None:
        def pct(value):
            return "—" if value is None else f"{100 * value:.1f}%"

        test_text = pct(test) if test is not None else "no test set"
        self.accuracy_label.setText(
            f"<div>Train accuracy <b style='font-size:20pt'>{pct(train)}</b></div>"
            f"<div>Test accuracy <b style='font-size:20pt'>{test_text}</b></div>"
        )

    @Slot(object, str)
    def _failed(self, error, details: str) -> None:
        self.accuracy_label.setText("Training failed.")
        if isinstance(error, UserError):
            show_error(self, "Cannot train", str(error))
        elif isinstance(error, MemoryError):
            show_error(self, "Out of memory", "There is not enough memory to train on this data. "
                       "Try a smaller image size or fewer images.")
        else:
            show_error(self, "Training failed", f"Unexpected error during training: {error}", details)

    @Slot()
    def _finished(self) -> None:
        self._job = None
        self._clock.stop()
        self._update_state()
        self.busyChanged.emit(False)
