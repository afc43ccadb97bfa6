"""One Playground pane: a model's settings, its decision boundary, history slider, cost curve and accuracy.

The pane trains through a :class:`~lrgui.session.training_session.TrainingSession` on its own
task runner (one BLAS thread, so both panes train at once); the session's outcome gives the
advice shown under the map.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lrgui.data.dataset import TrainTest
from lrgui.data.toy import TOY_SETS
from lrgui.errors import UserError
from lrgui.gui.boundary_view import BoundaryView
from lrgui.gui.cost_plot import CostPlot, shown_step_word
from lrgui.gui.landscape_view import LandscapeView
from lrgui.gui.setting_widgets import changed_signal, field_widget, set_widget_value, widget_value
from lrgui.gui.widgets import SteadyLabel, show_error, show_training_error
from lrgui.kinds import kind_named
from lrgui.session.i18n import translate
from lrgui.session.landscape import LABELS, Objective, line_parameters, starting_model
from lrgui.session.playground import PaneState, TrainedPane
from lrgui.session.settings import TrainingSettings, model_name
from lrgui.session.trainer import Recorded, SnapshotKeeper, TrainingResult
from lrgui.session.training_session import TrainingSession
from lrgui.session.wording import format_int, format_percent

#: About this many recorded points per run: a smooth history slider, a few hundred small snapshots.
RECORDED_POINTS = 200
#: Snapshots kept per run for the history slider (evenly thinned beyond this).
MAX_KEPT = 1000
#: A live run is drawn at most this often (ms): ten pictures a second, and time for the window between them.
LIVE_REDRAW_MS = 100


class ModelPane(QWidget):
    """One model on the playground's points: its settings, boundary, history slider, cost curve and accuracy.

    What it shows comes from its kind's declarations (:mod:`lrgui.kinds`): a
    box for each of the kind's Playground settings, made from the setting's
    field; the hidden units' lines where the kind declares them; the cost
    landscape, its chosen start and the line's own race where the kind has a
    landscape.
    """

    busyChanged = Signal(bool)
    #: the pane's settings or its trained run changed (the tab writes them into the state)
    changed = Signal()

    def __init__(self, kind: str, workers, view_name: str, parent=None):
        super().__init__(parent)
        self.kind = kind
        self.model_kind = kind_named(kind)
        self.workers = workers
        self.toy_name = "xor"
        self._runner = workers.runner(f"playground-{kind}")
        # the newest point is drawn at most every LIVE_REDRAW_MS, with every batch that has arrived by then:
        # when the drawing falls behind the runs (two panes, a busy machine) it skips points instead of
        # queueing them, and the window answers between two drawings
        self._live_point = None
        self._live_costs: list[tuple[int, float]] = []  # recorded since the last drawing
        self._redraw = QTimer(self, singleShot=True, interval=LIVE_REDRAW_MS, timeout=self._draw_live_point)
        self.session: TrainingSession | None = None
        #: the pane's last finished run (None before one)
        self.result: TrainingResult | None = None
        #: the pane's finished run as the state and a lesson keep it (None: not trained)
        self.trained: TrainedPane | None = None
        self._keeper: SnapshotKeeper | None = None
        self._history: list[tuple[int, dict]] = []
        self._activation: str | None = None
        self._data: TrainTest | None = None
        self.start_point = None  # the next run's (w₁, w₂, b), chosen on the landscape; None: zeros
        #: the box of each Playground setting, by the setting's name
        self.fields: dict[str, QWidget] = {}
        self.hidden_lines_check: QCheckBox | None = None
        self.race_button: QPushButton | None = None
        self._build(view_name)
        for signal in (*map(changed_signal, self.fields.values()),
                       *((self.hidden_lines_check.toggled,) if self.hidden_lines_check is not None else ())):
            signal.connect(lambda *_: self.changed.emit())

    def _build(self, view_name: str) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(4)
        # untitled, tight: the map keeps its height on a 600-pixel screen (two settings per row)
        self.settings_box = settings = QGroupBox()
        settings.setAccessibleName(translate("ModelPane", "Settings of the {model}").format(model=model_name(self.kind).lower()))
        grid = QGridLayout(settings)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setVerticalSpacing(3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        # the kind's Playground settings, two to a row, each box made from its setting's field
        playground = self.model_kind.playground
        for index, setting in enumerate(playground.settings):
            widget = field_widget(setting)
            widget.setObjectName(f"{self.kind}Playground{_camel(setting.name)}")
            widget.setToolTip(translate("ModelKind", setting.help))
            label = QLabel(translate("ModelPane", "{setting}:").format(setting=translate("ModelKind", setting.title)))
            label.setBuddy(widget)
            grid.addWidget(label, index // 2, 2 * (index % 2))
            grid.addWidget(widget, index // 2, 2 * (index % 2) + 1)
            self.fields[setting.name] = widget
        # then the pane's own controls, two to a row: what the kind declares, and Train
        controls = []
        if playground.hidden_lines:
            self.hidden_lines_check = QCheckBox(translate("ModelPane", "Show the hidden units' lines"))
            self.hidden_lines_check.setObjectName(f"{self.kind}PlaygroundHiddenLinesCheck")
            self.hidden_lines_check.setToolTip(translate("ModelPane", "Each hidden unit's own line w·x + b = 0: where its input changes sign"))
            controls.append(self.hidden_lines_check)
        self.train_button = QPushButton(translate("ModelPane", "Train this pane"))
        self.train_button.clicked.connect(self.train_alone)
        controls.append(self.train_button)
        if self.model_kind.has_landscape:
            # the line's own race (its paths on the landscape) and the start a click on the landscape chose
            self.race_button = QPushButton(translate("ModelPane", "Race rates…"))
            self.race_button.setObjectName(f"{self.kind}PlaygroundRaceButton")
            self.race_button.setToolTip(translate("ModelPane", "This pane's line trained with several learning rates from its start: "
                                        "each rate's path on one cost landscape"))
            self.start_label = QLabel(translate("ModelPane", "Start: all weights zero"))
            self.start_label.setObjectName("playgroundStartLabel")
            self.start_button = QPushButton(translate("ModelPane", "Start from zero"))
            self.start_button.setObjectName("playgroundStartResetButton")
            self.start_button.setToolTip(translate("ModelPane", "Forget the start clicked on the landscape: the next run starts at zero"))
            self.start_button.clicked.connect(lambda: self.set_start(None))
            controls += [self.race_button, self.start_label, self.start_button]
        first_row = -(-len(playground.settings) // 2)
        for index, widget in enumerate(controls):
            grid.addWidget(widget, first_row + index // 2, 2 * (index % 2), 1, 2)
        grid.setRowStretch(first_row + -(-len(controls) // 2), 1)
        layout.addWidget(settings)

        self.view = BoundaryView(model_name(self.kind), workers=self.workers)  # maps computed off the UI thread
        self.view.setObjectName(view_name)
        if self.hidden_lines_check is not None:
            self.hidden_lines_check.toggled.connect(self.view.set_show_hidden_lines)
        self.history_row = history = QHBoxLayout()
        history.addWidget(QLabel(translate("ModelPane", "History:")))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName(f"{self.kind}PlaygroundHistorySlider")
        self.slider.setToolTip(translate("ModelPane", "Drag to see the boundary as it was at an earlier recorded point"))
        self.slider.setRange(0, 0)
        self.slider.valueChanged.connect(self._show_history)
        history.addWidget(self.slider, 1)
        # the step and the score change at every drawing: each in a room of its own, not a relayout of the tab
        self.iteration_label = QLabel("—")
        history.addWidget(SteadyLabel(self.iteration_label,
                                      widest=f"{shown_step_word(self.kind, 1)} {format_int(999_999)}"))
        self.accuracy_label = QLabel(translate("ModelPane", "Not trained yet."))
        self.accuracy_label.setObjectName(f"{self.kind}PlaygroundAccuracy")
        self.accuracy_label.setWordWrap(True)
        self.accuracy_label.setTextFormat(Qt.TextFormat.RichText)
        self.advice_label = QLabel()
        self.advice_label.setObjectName(f"{self.kind}PlaygroundAdvice")
        self.advice_label.setWordWrap(True)
        self.advice_label.setStyleSheet(
            "QLabel { color: #7a4100; background: #fff4e0; border: 1px solid #f0c080; border-radius: 4px; padding: 4px; }")
        self.advice_label.setVisible(False)
        self.plot = CostPlot()
        self.plot.setObjectName(f"{self.kind}PlaygroundCostPlot")  # the Train tab's plot keeps "costPlot"
        self.plot.setMinimumSize(200, 90)
        self.plot.title = None
        self.plot.getPlotItem().setTitle(None)
        self.plot.set_step_name(shown_step_word(self.kind, 1))
        # the map over its cost curve, with a divider: the map takes what a small screen has to give
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self._with_landscape(self.view))
        self.splitter.addWidget(self.plot)
        # the map is what the class watches: three quarters, the curve the rest (at least 90 px)
        self.plot.setMinimumHeight(90)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter, 1)
        self.score_room = SteadyLabel(self.accuracy_label, lines=2)
        history.addWidget(self.score_room, 2)  # one line for the slider and the score: the map keeps the room
        layout.addLayout(history)
        layout.addWidget(self.advice_label)

    def place_score(self, beside: bool) -> None:
        """The score beside the history slider (normal), or on a line of its own under it (presentation: in
        doubled type beside the slider it wraps into a column five lines tall, taken from the map's height).
        Either way two lines tall from the start ("Training accuracy … after …" wraps), so a run's first point
        does not resize the map."""
        layout, history, room = self.layout(), self.history_row, self.score_room
        if beside == (history.indexOf(room) >= 0):
            return
        if beside:
            layout.removeWidget(room)
            history.addWidget(room, 2)
        else:
            history.removeWidget(room)
            layout.insertWidget(layout.indexOf(self.advice_label), room)

    # ------------------------------------------------------------ the landscape
    def _with_landscape(self, view):
        """The map beside its cost landscape for a kind that has one (the line); the map alone for the others."""
        self.landscape = None
        if not self.model_kind.has_landscape:
            return view
        self.landscape = LandscapeView(self.workers)
        self.landscape.startRequested.connect(self.set_start)
        self.maps_splitter = maps = QSplitter(Qt.Orientation.Horizontal)
        maps.addWidget(view)
        maps.addWidget(self.landscape)
        maps.setChildrenCollapsible(False)
        maps.setStretchFactor(0, 1)
        maps.setStretchFactor(1, 1)
        return maps

    def set_points(self, X, y) -> None:
        """The points (labels as class names) the landscape's cost is taken over, before a run brings its own."""
        if self.landscape is not None and not self.is_training:
            y = np.asarray(y)
            objective = Objective.from_settings(self.settings(0), np.asarray(X), y) if len(set(y.tolist())) == 2 \
                else None
            self.landscape.set_objective(objective)
            self.landscape.set_start(self.start_point)

    def set_start(self, point) -> None:
        """The next run starts at ``point`` (w₁, w₂, b), or at zeros for None; the map shows that line at once."""
        if self.landscape is None or self.is_training:  # the map is the run's until it ends
            return
        self.start_point = None if point is None else np.asarray(point, dtype=np.float64).reshape(3)
        self.landscape.set_start(self.start_point)
        if self.start_point is None:
            self.start_label.setText(translate("ModelPane", "Start: all weights zero"))
            self.view.clear_model()
        else:
            w1, w2, b = self.start_point
            self.start_label.setText(translate("ModelPane", "Start: {w1_name} {w1}, {w2_name} {w2}, b {b}").format(
                w1_name=LABELS["w1"], w1=f"{w1:.2f}", w2_name=LABELS["w2"], w2=f"{w2:.2f}", b=f"{b:.2f}"))
            self.view.show_parameters(self.kind, line_parameters(self.start_point), None)
        self.changed.emit()

    def starting_model(self, settings, data: TrainTest):
        """The model a run resumes from to start at the chosen point; None to start at zeros."""
        if self.start_point is None or self.landscape is None:
            return None
        return starting_model(settings, data.train.classes, self.start_point)

    # ------------------------------------------------------------ settings
    def apply_defaults(self, toy_name: str) -> None:
        """The toy set's recommended settings for this pane's model."""
        self.toy_name = toy_name
        self.show_settings(PaneState.defaults(self.kind, toy_name))

    def settings(self, seed: int) -> TrainingSettings:
        for spin in self.findChildren(QAbstractSpinBox):
            spin.interpretText()
        preset = TOY_SETS[self.toy_name].settings
        values = dict(model=self.kind, seed=seed, **self._values())
        if self.model_kind.setting("record_every") is not None:  # a smooth slider: about RECORDED_POINTS points
            values["record_every"] = max(1, int(values.get("epochs", 1)) // RECORDED_POINTS)
        return TrainingSettings.of(**values).with_preset(preset).validate()

    def _values(self) -> dict:
        return {name: widget_value(widget) for name, widget in self.fields.items()}

    # ------------------------------------------------------------ training
    @property
    def is_training(self) -> bool:
        return self.session is not None

    #: Set by the tab: returns (data, seed) to train on, or None (and has said why).
    request_data = None

    def train_alone(self) -> None:
        wanted = self.request_data() if self.request_data is not None else None
        if wanted is not None:
            self.start(*wanted)

    def start(self, data: TrainTest, seed: int) -> bool:
        if self.is_training:
            return False
        try:
            settings = self.settings(seed)
            session = TrainingSession(data, [settings], self.starting_model(settings, data), toy=self.toy_name)
        except UserError as error:
            show_error(self, translate("ModelPane", "Cannot train"), str(error))
            return False
        if self.landscape is not None:  # the run's own points and penalty
            self.landscape.set_objective(Objective.from_settings(settings, data.train.X, data.train.y))
        self._data = data
        self.session = session
        self.trained = None
        self._activation = self.model_kind.plane_activation(session.settings[0])
        self._keeper = SnapshotKeeper(MAX_KEPT)
        self._history = []
        self.slider.blockSignals(True)
        self.slider.setRange(0, 0)
        self.slider.blockSignals(False)
        self.iteration_label.setText("—")
        self.plot.clear_curves()
        self._curve = self.plot.new_curve(model_name(self.kind))
        self.plot.begin_live(session.settings[0].steps)
        self._live_costs = []
        self.accuracy_label.setText(translate("ModelPane", "Training…"))
        self.advice_label.setVisible(False)
        self.view.clear_model()
        if self.landscape is not None:
            self.landscape.live = True
        self._runner.start(session.work, progress=self._events_arrived, result=self._succeeded,
                           failure=self._failed, finish=self._finished)
        self._update_state()
        self.busyChanged.emit(True)
        return True

    def stop(self) -> None:
        if self.session is not None:
            self.session.stop()

    def set_paused(self, paused: bool) -> None:
        if self.session is not None:
            (self.session.pause if paused else self.session.resume)()

    def step_once(self) -> None:
        if self.session is not None:
            self.session.step()

    def _events_arrived(self, events) -> None:
        if self.session is None:
            return
        latest = self.session.absorb(events).latest
        if latest is None:
            return
        costs = []
        for event in events:
            if isinstance(event, Recorded):
                self._keeper.add(event.iteration, event.parameters)
                costs.append((event.iteration, event.train_cost))
        self._live_costs += costs
        self._history = list(self._keeper.kept)
        if self._history[-1][0] != latest.iteration:
            self._history.append((latest.iteration, latest.parameters))
        self._live_point = latest
        if not self._redraw.isActive():
            self._redraw.start()

    def _extend_curve(self) -> None:
        """The costs recorded since the last drawing, appended to the curve at once."""
        if self._live_costs:
            self._curve.extend(self._live_costs)
            self._live_costs = []

    def _draw_live_point(self) -> None:
        latest = self._live_point
        if latest is None or self.session is None:
            return
        self._extend_curve()
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
        if self.landscape is not None:  # the path of every recorded point, the shown one ringed
            self.landscape.show_path([p for _, p in self._history], min(index, len(self._history) - 1))
        self.iteration_label.setText(f"{shown_step_word(self.kind, 1)} {format_int(iteration)}")

    def _show_accuracy(self, accuracy: float | None, iteration: int) -> None:
        self.accuracy_label.setText(
            translate("ModelPane", "Training accuracy <b>{percent}</b> after {count} {steps}").format(
                percent=format_percent(accuracy), count=format_int(iteration), steps=shown_step_word(self.kind, iteration)))

    def _succeeded(self, results: list[TrainingResult]) -> None:
        self._redraw.stop()  # the result is drawn now, with the run's last point
        if self.session is None:
            return
        self._extend_curve()
        outcome = self.session.outcome(results)
        self.result = outcome.kept
        if outcome.kept is None:
            self.accuracy_label.setText(translate("ModelPane", "Stopped before the first iteration."))
            return
        result = outcome.kept
        if result.points:
            last = result.points[-1]
            self._history = self._keeper.finish(last.iteration, last.parameters)
            self._set_slider_to_end()
        self._show_accuracy(result.train_accuracy, result.model.estimator.n_iter_)
        self.advice_label.setText("<br>".join(outcome.advice))
        self.advice_label.setVisible(bool(outcome.advice))
        if self._history:
            self.trained = TrainedPane.of_run(self._history, result.train_accuracy, result.model.estimator.n_iter_,
                                              result.costs, self.advice_label.text() if outcome.advice else "",
                                              self._activation)
        self.changed.emit()

    def forget(self) -> None:
        """New points: nothing trained on them yet."""
        self.result = self.trained = None
        self._history = []
        self.view.clear_model()
        self.advice_label.setVisible(False)
        self.accuracy_label.setText(translate("ModelPane", "Not trained yet."))
        self.changed.emit()

    # ------------------------------------------------------------ the state
    def pane_state(self) -> PaneState:
        """The pane's settings and trained run, as the state holds them."""
        start = None if self.start_point is None else tuple(float(v) for v in self.start_point)
        hidden_lines = self.hidden_lines_check is not None and self.hidden_lines_check.isChecked()
        return PaneState(self.kind, tuple(self._values().items()), hidden_lines, start, self.trained)

    def show_settings(self, pane: PaneState) -> None:
        """The state's settings in the boxes (not the start, which is drawn once the points are)."""
        for name, value in pane.values:
            if name in self.fields and value is not None:
                set_widget_value(self.fields[name], value)
        if self.hidden_lines_check is not None:
            self.hidden_lines_check.setChecked(pane.show_hidden_lines)

    def show_trained(self, trained: TrainedPane | None) -> None:
        """The state's trained run (as it was after the run), or nothing trained."""
        if trained is None:
            self.forget()
            if self.start_point is not None:
                self.set_start(self.start_point)
            return
        self.result = None
        self._activation = trained.activation
        self._history = [(i, dict(params)) for i, params in trained.history]
        self.plot.clear_curves()
        self._curve = self.plot.new_curve(model_name(self.kind), list(trained.costs))
        self._set_slider_to_end()
        self._show_accuracy(trained.accuracy, trained.iteration)
        self.advice_label.setText(trained.advice)
        self.advice_label.setVisible(bool(trained.advice))
        self.trained = trained

    def _failed(self, error, details: str) -> None:
        self.accuracy_label.setText(translate("ModelPane", "Training failed."))
        show_training_error(self, error, details)

    def _finished(self) -> None:
        self.session = None
        self.plot.end_live()
        if self.landscape is not None:
            self.landscape.live = False
        self._update_state()
        self.busyChanged.emit(False)

    def _update_state(self) -> None:
        running = self.is_training
        self.train_button.setEnabled(not running)
        for widget in (*self.fields.values(),
                       *((self.race_button, self.start_button) if self.landscape is not None else ())):
            widget.setEnabled(not running)


def _camel(name: str) -> str:
    """learning_rate → LearningRate: a setting's part of its box's object name."""
    return "".join(part.capitalize() for part in name.split("_"))
