"""The Train tab, a view of the state in three parts: the settings form (:mod:`~lrgui.gui.train_settings_form`,
a view of ``state.draft``), the run controls and headline here, and the plots with replay
(:mod:`~lrgui.gui.train_plots`). A run is a :class:`~lrgui.session.training_session.TrainingSession` on the
tab's task runner; what follows it (the kept run, the advice) is the session's and reaches the tab through the
state. Once idle, every part shows the state's model at the state's displayed point.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from lrgui.core.blas_threads import usable_cores
from lrgui.data import TrainedModel
from lrgui.errors import UserError
from lrgui.gui.lazy_tabs import MadeOnFirstShow
from lrgui.gui.step_words import shown_step_word
from lrgui.gui.train_shortcuts import add_shortcuts
from lrgui.gui.train_stage import SIDE_MIN_WIDTH, SIDE_WIDTH, TrainStage
from lrgui.gui.widgets import show_error, show_training_error
from lrgui.session.controls import enabled_controls
from lrgui.session.draft import DraftFollowsData
from lrgui.session.experiment import learning_rate_runs
from lrgui.session.i18n import translate
from lrgui.kinds import kind_of
from lrgui.session.settings import TrainingSettings, parse_learning_rates
from lrgui.session.state import AppState, RunOutcome, RunStatus
from lrgui.session.trainer import Recorded, TrainingResult
from lrgui.session.wording import format_count, split_count

WARNING_STYLE = ("QLabel { color: #7a4100; background: #fff4e0; border: 1px solid #f0c080; border-radius: 4px; "
                 "padding: 6px; }")


def blas_threads_for_worker() -> int:
    """BLAS threads for training beside the UI: one core is left to the UI thread (spinning BLAS threads starve it)."""
    return max(1, usable_cores() - 1)


class TrainTab(MadeOnFirstShow, QWidget):
    busyChanged = Signal(bool)
    message = Signal(str)

    def __init__(self, state: AppState, workers, parent=None):
        super().__init__(parent)
        self.setObjectName("trainTab")
        self.state = state
        self.workers = workers
        self._runner = workers.runner("training")
        self.session = None  # the TrainingSession of the run going, if one is
        #: after a Stop: (session, results, the model shown) until the point it stopped at is measured
        self._unmeasured: tuple | None = None
        self._history_points: list[Recorded] | None = None
        self._kind_shown: str | None = None
        self._source_key = None
        self.presenting = False
        self.draft_rule = DraftFollowsData(state)  # new data bring their preset, made or not
        self._built = False  # the contents are made when first shown or asked for (lrgui.gui.lazy_tabs)

    def _make_contents(self) -> None:
        self._build()
        self.stage = TrainStage(self)  # presentation's arrangement
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # a click on the plot area gives the keys to the tab
        add_shortcuts(self)  # Space, → and ← in the tab
        state, events = self.state, self.state.events
        events.data.connect(self._data_changed)
        events.draft.connect(self._draft_changed)
        events.model.connect(self._model_changed)
        events.selected_point.connect(self._point_selected)
        events.status.connect(self._update_controls)
        events.runs.connect(self._outcome_changed)
        events.compare_rates.connect(self._rates_changed)
        self._rates_changed(state.compare_rates)
        self._draft_changed(state.draft)
        self._data_changed(state.loaded)
        self._model_changed(state.model)  # a model opened or a lesson's, given before the tab was first shown
        self._outcome_changed(state.outcome)
        if self.presenting:
            self.set_presentation(True)

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        from lrgui.gui.train_controls import RunControls  # the parts' modules with the contents, not at opening
        from lrgui.gui.train_headline import AccuracyHeadline
        from lrgui.gui.train_plots import TrainPlots
        from lrgui.gui.train_settings_form import SettingsForm
        # a row (the settings column beside the plots); presentation turns both boxes (train_stage.py)
        self.main_layout = layout = QHBoxLayout(self)
        self.side_layout = side = QVBoxLayout()
        self.form = form = SettingsForm(self.state)
        side.addWidget(form)
        self.controls = run = RunControls()
        run.train_button.clicked.connect(self.start_training)
        run.stop_button.clicked.connect(self.stop_training)
        run.continue_button.clicked.connect(self.continue_training)
        run.pause_button.toggled.connect(self.set_paused)
        run.step_button.clicked.connect(self.step_once)
        side.addWidget(run)
        self.accuracy_label = AccuracyHeadline()
        side.addWidget(self.accuracy_label)

        extra = QVBoxLayout()
        extra.setContentsMargins(0, 0, 0, 0)
        self.warning_label = QLabel()
        self.warning_label.setObjectName("trainWarning")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(WARNING_STYLE)
        self.warning_label.setVisible(False)
        extra.addWidget(self.warning_label)
        self.data_label = QLabel(translate("TrainTab", "No data loaded: add classes on the Data tab."))
        self.data_label.setObjectName("trainDataLabel")
        self.data_label.setWordWrap(True)
        self.data_label.setStyleSheet("color: palette(mid);")
        extra.addWidget(self.data_label)
        extra.addWidget(form.more_box)  # secondary settings scroll on a small screen; the main ones never do
        extra.addWidget(form.kind_box)
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
        self.side_widget = QWidget()
        self.side_widget.setLayout(side)
        side.setContentsMargins(0, 0, 0, 0)
        self.side_widget.setMinimumWidth(SIDE_MIN_WIDTH)
        self.side_widget.setMaximumWidth(SIDE_WIDTH)
        layout.addWidget(self.side_widget)

        self.plots = plots = TrainPlots(self.workers)
        plots.pointChosen.connect(self._slider_moved)
        plots.continue_here_button.clicked.connect(self.continue_from_here)
        plots.compare_button.clicked.connect(self.start_comparison)
        plots.rates_edit.textEdited.connect(self.state.set_compare_rates)
        layout.addWidget(plots, 1)
        # the parts' widgets, by the names the tests and the presentation mode use
        for name in ("model_combo", "lr_spin", "epochs_spin", "record_spin", "pace_combo", "hidden_spin",
                     "activation_combo", "batches_spin", "l2_spin", "l1_spin", "standardize_check", "kind_box",
                     "more_box"):
            setattr(self, name, getattr(form, name))
        for name in ("train_button", "stop_button", "continue_button", "pause_button", "step_button", "progress",
                     "time_label"):
            setattr(self, name, getattr(run, name))
        for name in ("plot", "weights_view", "accuracy_plot", "history_slider", "history_label", "rates_edit",
                     "compare_button", "comparison_table", "continue_here_button", "log_check", "same_scale_check",
                     "accuracy_curves_check", "plots_splitter", "compare_row", "axes_row", "replay_label"):
            setattr(self, name, getattr(plots, name))

    # ------------------------------------------------------------------- state
    @property
    def is_training(self) -> bool:
        return self.session is not None

    @property
    def steps_done(self) -> int:
        """Iterations (epochs) the run shown has done, as its last batch of events said."""
        return 0 if self.session is None else self.session.done

    @property
    def model_kind(self) -> str:
        draft = self.state.draft
        return draft.model if draft is not None else self.form.model_combo.currentData()

    @property
    def model(self) -> TrainedModel | None:
        return self.state.model

    def settings(self) -> TrainingSettings:
        return self.form.settings()

    def commit_typed_values(self) -> None:
        if self.is_built:  # nothing is typed in a form not made yet
            self.form.commit_typed_values()

    def _update_controls(self, *_) -> None:
        can = enabled_controls(self.state)
        self.controls.apply(can, self.state.status)
        self.compare_button.setEnabled(can.compare)
        self.continue_here_button.setEnabled(can.continue_here)
        self.history_slider.setEnabled(can.replay and len(self.plots.points) > 1)
        self.form.set_editable(can.edit_settings)
        self.rates_edit.setEnabled(can.edit_settings)

    def _rates_changed(self, text: str) -> None:
        if self.rates_edit.text() != text:
            self.rates_edit.setText(text)

    def _draft_changed(self, draft) -> None:
        kind = self.model_kind
        self.accuracy_label.model_kind = kind
        if kind != self._kind_shown:
            self._kind_shown = kind
            if not self.is_training and not self._model_is_kind(kind):
                self.plots.clear(shown_step_word(kind, 1))  # a curve of another model kind would be relabelled wrongly
            self.plots.plot.set_step_name(shown_step_word(kind, 1))
        self._update_controls()

    def _model_is_kind(self, kind: str) -> bool:
        return self.model is not None and kind_of(self.model.estimator).name == kind

    def _data_changed(self, loaded) -> None:
        if loaded is None:
            self.data_label.setText(translate("TrainTab", "No data loaded: add classes on the Data tab."))
        else:
            data = loaded.data
            n_test = len(data.test) if data.test is not None else 0
            what = "image" if data.train.image_format is not None else "point"
            self.data_label.setText(translate("TrainTab", "Data: {images}, {classes} ({names}).").format(
                images=split_count(len(data.train), n_test, what),
                classes=format_count(len(data.train.classes), "class", "classes"), names=", ".join(data.train.classes)))
            request = loaded.request
            key = (request.kind, request.name, request.paths)
            if key != self._source_key:
                self._source_key = key  # new data: nothing left of the last data's results
                if self.model is None or not self.state.can_continue():
                    self.plots.clear(shown_step_word(self.model_kind, 1))
                    self.accuracy_label.say(translate("TrainTab", "Train a model to see its accuracy."))
                    self.warning_label.setVisible(False)
        self._update_controls()

    def _model_changed(self, model) -> None:
        """A model trained, opened or gone: its history on the plots (unless this run drew it), shown at the point."""
        self._history_points = None
        if model is not None and self.session is None:
            self.plots.show_model(model)
            self.controls.show_complete()
            self.warning_label.setVisible(False)
        self._show_displayed()
        self._update_controls()

    def _outcome_changed(self, outcome: RunOutcome) -> None:
        self.warning_label.setText("<br>".join(outcome.advice))
        self.warning_label.setVisible(bool(outcome.advice))
        if outcome.note:
            self.time_label.setText(outcome.note)
        if len(outcome.runs) > 1:
            self.plots.fill_comparison(list(outcome.runs), draw=self.session is None)  # live runs drew their own

    # ------------------------------------------------------------- rendering
    def _model_points(self) -> list[Recorded]:
        if self._history_points is None:
            from lrgui.gui.train_plots import history_points
            self._history_points = history_points(self.model)
        return self._history_points

    def _show_displayed(self, soon: bool = False) -> None:
        """Idle: the state's model at the state's displayed point, in every part of the tab (``soon``: the
        weights' pictures in the event loop's next turn, as the replay slider moves)."""
        if self.session is not None:
            return
        model = self.model
        points = self._model_points()
        index = self.state.selected_point
        self.plots.set_points(points, index)
        self.plots.describe_position(shown_step_word(self.model_kind, 1))
        if model is None:
            self.plots.weights_view.clear()
            self.plots.plot.set_cursor(None)
            return
        self.plots.weights_view.show_parameters(self.state.displayed_parameters(), model.image_format,
                                                model.estimator.classes_, soon=soon)
        last = index is None or index >= len(points) - 1
        data = self.state.data
        self.plots.show_step_slice(self.state.displayed_parameters(), self.state.model_settings, model.scaler,
                                   data.train if data is not None and self.state.can_continue() else None,
                                   points[-1 if last else index].iteration if points else None)
        self.plots.plot.set_cursor(None if last else points[index].iteration)
        diverged = last and bool(getattr(model.estimator, "diverged_", False))
        if points:
            point = points[-1] if last else points[index]
            self.accuracy_label.show_point(point.train_accuracy, point.test_accuracy, point.train_cost, point.test_cost,
                                point.iteration, diverged)
        else:
            info = model.info or {}
            costs = model.estimator.costs_
            if info.get("train_accuracy") is not None:
                self.accuracy_label.show_point(info.get("train_accuracy"), info.get("test_accuracy"),
                                    costs[-1][1] if costs else None, None,
                                    costs[-1][0] if costs else None, diverged)

    def _show_live(self, point: Recorded) -> None:
        """Training: the numbers and weights of a point of the live run."""
        self.accuracy_label.show_point(point.train_accuracy, point.test_accuracy, point.train_cost, point.test_cost,
                            point.iteration)
        data = self.state.data
        if data is not None and point.parameters:
            self.plots.weights_view.show_parameters(point.parameters, data.train.image_format,
                                                    sorted(data.train.classes), soon=True)
            # live, the slice follows the run only while it is shown (idle, it is always current)
            trainer = self.session.experiment.current if self.session is not None else None
            if trainer is not None and self.plots.step_slice_view.isVisible():
                self.plots.show_step_slice(point.parameters, trainer.settings, trainer.scaler, data.train,
                                           point.iteration, live=True)

    # ------------------------------------------------------------------ replay
    def _slider_moved(self, index: int) -> None:
        points = self.plots.points
        if not 0 <= index < len(points):
            return
        if self.session is None:
            self.state.select_point(None if index == len(points) - 1 else index)
            return
        self.plots.plot.set_cursor(points[index].iteration)  # paused: the live run replayed
        self._show_live(points[index])
        self.plots.describe_position(shown_step_word(self.model_kind, 1))

    def _point_selected(self, index) -> None:
        self._show_displayed(soon=True)
        self._update_controls()

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

    def start_or_pause(self) -> None:
        if self.is_training:
            self.pause_button.toggle()
        else:
            self.start_training()

    # ---------------------------------------------------------------- training
    def start_training(self) -> None:
        """The settings shown; an open lesson's runs together while the settings are one of them."""
        settings = self.settings()
        lesson_runs = self.state.runs_for_train()
        self._start(lesson_runs if len(lesson_runs) > 1 else [settings])

    def continue_training(self) -> None:
        if enabled_controls(self.state).continue_:
            self._start([self.settings()], resume=self.model)

    def continue_from_here(self) -> None:
        """Train on from the recorded point the slider shows."""
        index = self.state.selected_point
        if not enabled_controls(self.state).continue_here:
            self.continue_training()
            return
        self._start([self.settings()], resume=self.model, start_index=index)

    def start_comparison(self) -> None:
        self.state.set_compare_rates(self.rates_edit.text())
        try:
            rates = parse_learning_rates(self.rates_edit.text())
        except UserError as error:
            show_error(self, translate("TrainTab", "Cannot compare"), str(error))
            return
        self._start(learning_rate_runs(self.settings(), rates))

    def _start(self, runs: list[TrainingSettings], resume: TrainedModel | None = None,
               start_index: int | None = None) -> None:
        state = self.state
        if self.session is not None or state.data is None:
            return  # never two trainings at once
        request = state.request
        try:
            runs = [settings.validate() for settings in runs]  # the window's boundary: checked once, here
            from lrgui.session.training_session import TrainingSession
            session = TrainingSession(state.data, runs, resume, start_index, blas_threads=blas_threads_for_worker(),
                                      pace_seconds=self.form.pace_seconds, defer_stopped=True,
                                      toy=request.name if request is not None and request.kind == "toy" else None)
        except UserError as error:
            show_error(self, translate("TrainTab", "Cannot train"), str(error))
            return
        self.session = session
        data = state.data
        self.plots.begin(session, with_test=data.test is not None and len(data.test) > 0)
        self.plots.set_points([], None)
        self.warning_label.setVisible(False)
        self.accuracy_label.say(translate("TrainTab", "Training…"))
        self.controls.begin(session.total_steps)
        self._runner.start(session.work, progress=self._progress, result=self._succeeded, failure=self._failed,
                           finish=self._finished)
        state.set_status(RunStatus.TRAINING)
        self.busyChanged.emit(True)
        self.message.emit(translate("TrainTab", "Training…"))

    def stop_training(self) -> None:
        """One call: the run ends at its next step and keeps what it reached."""
        if self.session is not None:
            self.session.stop()
            self.state.set_status(RunStatus.STOPPING)
            self.message.emit(translate("TrainTab", "Stopping…"))

    def set_paused(self, paused: bool) -> None:
        session = self.session
        if session is None or session.stopping:
            self._update_controls()
            return
        if paused:
            session.pause()
            self.message.emit(translate("TrainTab", "Paused: Step goes one iteration further, Pause again resumes"))
        else:
            session.resume()
        self.state.set_status(session.status())

    def step_once(self) -> None:
        if self.session is not None and self.session.paused:
            self.session.step()

    def _progress(self, events: list) -> None:
        session = self.session
        if session is None:
            return
        progress = session.absorb(events)
        self.plots.absorb(progress, len(session.settings) - 1)
        self.controls.advance(progress.done, session.paused)
        if progress.preparing:
            self.time_label.setText(translate("TrainTab", "Preparing (building the Gram matrix)…"))
        if progress.latest is not None:
            self.plots.set_points(session.live, None)  # a new point (a step too) is shown
            self.plots.plot.set_cursor(None)
            self._show_live(progress.latest)
            self.plots.describe_position(shown_step_word(self.model_kind, 1))
            if session.paused:  # a Step's point: the replay slider may now have somewhere to go
                self._update_controls()

    def _succeeded(self, results: list[TrainingResult]) -> None:
        if not results:
            self.accuracy_label.say(translate("TrainTab", "Stopped before the first iteration."))
            self.time_label.setText(" ")
            self.message.emit(translate("TrainTab", "Training stopped before it began"))
            return
        session = self.session
        if session is None:
            return
        outcome = session.apply(self.state, results)
        self.message.emit(translate("TrainTab", "Training finished: {note}").format(note=outcome.note))
        if any(r.measure_stopped is not None for r in results):
            self._unmeasured = (session, results, self.state.model)

    def _failed(self, error, details: str) -> None:
        self.accuracy_label.say(translate("TrainTab", "Training failed."))
        show_training_error(self, error, details)

    def _finished(self) -> None:
        self.session = None
        self.plots.end_soon.start()  # the axes refitted in a turn of their own: a run's end is busy enough
        self.controls.end()
        self.state.set_status(RunStatus.IDLE)
        self._show_displayed()
        self._update_controls()
        self.busyChanged.emit(False)
        self._measure_stopped_point()

    def _measure_stopped_point(self) -> None:
        """After a Stop: idle at once at the run's last recorded point; the point it stopped at follows.

        Measuring it is a pass over the data, so it runs after the window is
        idle, on the tab's runner (a new run cancels it); it is applied only if
        the model shown is still the stopped run's.
        """
        pending, self._unmeasured = self._unmeasured, None
        if pending is None:
            return
        session, results, shown = pending

        def measured(whole: list[TrainingResult] | None) -> None:
            if whole is None or self.session is not None or self.state.model is not shown:
                return  # the user has moved on: another run, model or lesson
            outcome = session.apply(self.state, whole)
            self.message.emit(translate("TrainTab", "Training finished: {note}").format(note=outcome.note))

        self._runner.start(lambda report, should_stop: session.measure_stopped(results), result=measured)

    # ------------------------------------------------------------ presentation
    def set_presentation(self, on: bool) -> None:
        """Presentation mode: the stage (train_stage.py), the accuracy twice as large; off restores the column."""
        self.presenting = on
        if not self.is_built:
            return  # applied when the contents are made
        self.stage.set_presentation(on)
        self.plots.set_presentation(on)
        self.accuracy_label.set_presentation(on)
        self.plots.describe_position(shown_step_word(self.model_kind, 1))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.is_built:
            self.stage.fit()  # the notes opened or closed beside the stage: the form in its band, or not
