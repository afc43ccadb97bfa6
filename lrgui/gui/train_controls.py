"""The Train tab's run controls: Train, Stop, Continue, Pause, Step, the progress bar and the clock.

Which of them are enabled is :func:`lrgui.session.controls.enabled_controls` of the
state, applied by :meth:`RunControls.apply`; the buttons only send intentions.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from lrgui.session.controls import Controls
from lrgui.session.i18n import translate
from lrgui.session.state import RunStatus


def format_duration(seconds: float) -> str:
    seconds = int(round(seconds))
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


class RunControls(QWidget):
    """The buttons, the progress of the run and its clock; ``session_progress`` says where the run is."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        buttons, controls = QHBoxLayout(), QHBoxLayout()
        self.train_button = self._button(translate("RunControls", "Train"), "trainButton", translate("RunControls", "Train a new model from the starting weights (Ctrl+T)"),
                                         buttons, 32)
        self.train_button.setDefault(True)
        self.stop_button = self._button(translate("RunControls", "Stop"), "stopButton", translate("RunControls", "Stop now, keeping the weights reached (Ctrl+.)"),
                                        buttons, 32)
        self.continue_button = self._button(translate("RunControls", "Continue"), "continueButton",
                                            translate("RunControls", "Train further from the weights reached (Ctrl+Shift+T)"), buttons, 32)
        self.pause_button = self._button(translate("RunControls", "Pause"), "pauseButton", translate("RunControls", "Pause the run here; press again to resume"),
                                         controls, 28)
        self.pause_button.setCheckable(True)
        self.step_button = self._button(translate("RunControls", "Step"), "stepButton",
                                        translate("RunControls", "While paused: one more iteration (one epoch for the network)"), controls, 28)
        layout.addLayout(buttons)
        layout.addLayout(controls)
        self.progress = QProgressBar()
        self.progress.setObjectName("trainProgress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setFormat("%p%")
        layout.addWidget(self.progress)
        self.time_label = QLabel(" ")
        self.time_label.setObjectName("timeLabel")
        self.time_label.setWordWrap(True)
        layout.addWidget(self.time_label)
        self._started = 0.0
        self._where = (0, False)  # steps done, paused
        self._clock = QTimer(self, interval=250, timeout=self._tick)

    def _button(self, text, name, tip, row, height) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setMinimumHeight(height)
        row.addWidget(button)
        return button

    def apply(self, can: Controls, status: RunStatus) -> None:
        """The buttons as the state allows; Pause shows whether the run is paused."""
        self.train_button.setEnabled(can.train)
        self.stop_button.setEnabled(can.stop)
        self.pause_button.setEnabled(can.pause)
        self.step_button.setEnabled(can.step)
        self.continue_button.setEnabled(can.continue_)
        paused = status is RunStatus.PAUSED
        if self.pause_button.isChecked() != paused:
            self.pause_button.blockSignals(True)
            self.pause_button.setChecked(paused)
            self.pause_button.blockSignals(False)
        self.pause_button.setText(translate("RunControls", "Resume") if paused else translate("RunControls", "Pause"))

    # ------------------------------------------------------------- the run
    def begin(self, total_steps: int) -> None:
        self.progress.setRange(0, total_steps)
        self.progress.setValue(0)
        self._started = time.monotonic()
        self._where = (0, False)
        self._clock.start()

    def advance(self, done: int, paused: bool) -> None:
        self._where = (done, paused)
        self.progress.setValue(min(done, self.progress.maximum()))

    def end(self) -> None:
        self._clock.stop()

    def show_complete(self) -> None:
        """A model opened (from a file or a lesson): its run is over, not at 0 %."""
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.time_label.setText(" ")

    def _tick(self) -> None:
        elapsed = time.monotonic() - self._started
        done, paused = self._where
        text = translate("RunControls", "Elapsed {time}").format(time=format_duration(elapsed))
        if paused:
            text += translate("RunControls", " · paused")
        elif done:
            text += translate("RunControls", " · remaining about {time}").format(
                time=format_duration(elapsed * (self.progress.maximum() - done) / done))
        self.time_label.setText(text)
