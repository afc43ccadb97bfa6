"""The Train tab: settings, Train / Stop / Continue, the live cost plot and the accuracy."""

from __future__ import annotations

import time
import warnings

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
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

from lrgui.core import TrainingDivergedWarning
from lrgui.data import TrainTest, TrainedModel
from lrgui.errors import UserError
from lrgui.gui.cost_plot import CostPlot
from lrgui.gui.spinboxes import LearningRateSpinBox
from lrgui.gui.widgets import show_error
from lrgui.training import MODEL_NAMES, TrainingResult, TrainingSettings, train_model

#: Cost points are sent to the UI in batches at most this often (seconds).
POINT_BATCH_INTERVAL = 0.05


def format_duration(seconds: float) -> str:
    seconds = int(round(seconds))
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


def training_task(data: TrainTest, settings: TrainingSettings, resume: TrainedModel | None):
    """The worker's job: train, sending batches of cost points and the iteration count."""

    def task(report, should_stop):
        pending: list[tuple[int, float]] = []
        state = {"done": 0, "flushed": time.monotonic()}

        def flush(force: bool = False) -> None:
            now = time.monotonic()
            if force or now - state["flushed"] >= POINT_BATCH_INTERVAL:
                state["flushed"] = now
                report((list(pending), state["done"]), force=True)
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
        return result

    return task


class TrainTab(QWidget):
    trainingStarted = Signal()
    trainingFinished = Signal(object)  # TrainingResult
    busyChanged = Signal(bool)
    message = Signal(str)

    def __init__(self, workers, parent=None):
        super().__init__(parent)
        self.setObjectName("trainTab")
        self.workers = workers
        self.data: TrainTest | None = None
        self.model: TrainedModel | None = None
        self._job = None
        self._started = 0.0
        self._total = 0
        self._done = 0
        self._build()
        self._clock = QTimer(self, interval=250, timeout=self._update_clock)
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
        self.epochs_spin.setToolTip("Number of gradient-descent iterations")
        form.addRow("Iterations:", self.epochs_spin)
        side.addWidget(settings)

        buttons = QHBoxLayout()
        self.train_button = QPushButton("Train")
        self.train_button.setObjectName("trainButton")
        self.train_button.setDefault(True)
        self.train_button.setToolTip("Train a new model from zero weights (Ctrl+T)")
        self.train_button.clicked.connect(self.start_training)
        self.stop_button = QPushButton("Stop")
        self.stop_button.setObjectName("stopButton")
        self.stop_button.setToolTip("Stop now, keeping the weights reached (Esc)")
        self.stop_button.clicked.connect(self.stop_training)
        self.continue_button = QPushButton("Continue")
        self.continue_button.setObjectName("continueButton")
        self.continue_button.setToolTip("Train further from the weights reached")
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
        side_widget.setMinimumWidth(300)
        side_widget.setMaximumWidth(380)
        layout.addWidget(side_widget)
        self.plot = CostPlot()
        layout.addWidget(self.plot, 1)

    # ------------------------------------------------------------------- state
    @property
    def is_training(self) -> bool:
        return self._job is not None

    def settings(self) -> TrainingSettings:
        return TrainingSettings(
            model=self.model_combo.currentData(),
            learning_rate=self.lr_spin.value(),
            epochs=self.epochs_spin.value(),
        )

    def _can_continue(self) -> bool:
        if self.model is None or self.data is None:
            return False
        estimator = self.model.estimator
        return (
            getattr(estimator, "n_features_in_", None) == self.data.train.n_features
            and sorted(self.model.classes) == sorted(self.data.train.classes)
            and self.model.image_format == self.data.train.image_format
        )

    def _update_state(self) -> None:
        running = self.is_training
        self.train_button.setEnabled(self.data is not None and not running)
        self.stop_button.setEnabled(running)
        self.continue_button.setEnabled(not running and self._can_continue())
        for widget in (self.model_combo, self.lr_spin, self.epochs_spin):
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
        """A model opened from a file: its cost history is shown, and Continue may use it."""
        self.model = model
        self.plot.clear_curves()
        if model is not None and model.estimator.costs_:
            self.plot.new_curve("loaded model", model.estimator.costs_)
        info = model.info if model is not None else {}
        if model is not None and info.get("train_accuracy") is not None:
            self._show_accuracy(info.get("train_accuracy"), info.get("test_accuracy"))
        self._update_state()

    # ----------------------------------------------------------------- training
    def start_training(self) -> None:
        self._start(resume=None)

    def continue_training(self) -> None:
        if self._can_continue():
            self._start(resume=self.model)

    def _start(self, resume: TrainedModel | None) -> None:
        if self.is_training or self.data is None:
            return  # never two trainings at once
        settings = self.settings()
        try:
            settings.validate()
        except UserError as error:
            show_error(self, "Cannot train", str(error))
            return
        if resume is None:
            self.plot.clear_curves()
            self.plot.new_curve(f"lr {settings.learning_rate:g}")
        elif self.plot.current is None:
            self.plot.new_curve(f"lr {settings.learning_rate:g}", resume.estimator.costs_)
        self.warning_label.setVisible(False)
        self.accuracy_label.setText("Training…")
        self._total = settings.epochs
        self._done = 0
        self.progress.setRange(0, settings.epochs)
        self.progress.setValue(0)
        job = self.workers.start(training_task(self.data, settings, resume), "training")
        job.events.progressed.connect(self._progressed)
        job.events.succeeded.connect(self._succeeded)
        job.events.failed.connect(self._failed)
        job.events.finished.connect(self._finished)
        self._job = job
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
        points, done = payload
        if points and self.plot.current is not None:
            self.plot.current.extend(points)
        self._done = done
        self.progress.setValue(min(done, self._total))

    def _update_clock(self) -> None:
        elapsed = time.monotonic() - self._started
        text = f"Elapsed {format_duration(elapsed)}"
        if self._done:
            remaining = elapsed * (self._total - self._done) / self._done
            text += f" · remaining about {format_duration(remaining)}"
        self.time_label.setText(text)

    @Slot(object)
    def _succeeded(self, result: TrainingResult) -> None:
        self.model = result.model
        curve = self.plot.current
        if curve is not None:
            # the worker's batches are a stream; the model's history is the truth
            curve.replace(result.costs)
        self.progress.setValue(self.progress.maximum() if not result.stopped_early else result.iterations)
        self._show_accuracy(result.train_accuracy, result.test_accuracy)
        elapsed = result.seconds_training
        note = f"{result.iterations:,} iterations in {elapsed:.1f} s"
        if result.stopped_early and not result.diverged:
            note = f"Stopped after {note}; the weights reached are kept"
        self.time_label.setText(note)
        if result.diverged:
            rate = self.lr_spin.value()
            self.warning_label.setText(
                f"<b>Training diverged</b>: the cost rose instead of falling, because the learning rate "
                f"{self.lr_spin.textFromValue(rate)} is too large. Try a lower one, e.g. {self.lr_spin.textFromValue(rate / 10)}."
            )
            self.warning_label.setVisible(True)
        self.trainingFinished.emit(result)
        self.message.emit(f"Training finished: {note}")

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
