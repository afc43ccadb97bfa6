"""The Playground tab: 2-D toy data, a line against a hidden layer, their decision boundaries drawn live.

One pane (:mod:`lrgui.gui.playground_pane`) per model kind that declares
one (:mod:`lrgui.kinds`) trains on the same points — logistic regression on
the left, the one-hidden-layer network on the right — each on its own task
runner (one BLAS thread each), so the maps change at once. A registered kind
without a Playground pane is named under the panes, with why. Every recorded point's parameter snapshot is kept, so the history slider
redraws the boundary as it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lrgui.data.dataset import Dataset, TrainTest
from lrgui.data.toy import MAX_NOISE, MAX_POINTS, MIN_POINTS, TOY_SETS, load_toy
from lrgui.errors import UserError
from lrgui.gui.lazy_tabs import MadeOnFirstShow
from lrgui.gui.spinboxes import DecimalSpinBox
from lrgui.gui.widgets import WholeTextComboBox, show_error
from lrgui.kinds import all_kinds, playground_kinds
from lrgui.session.i18n import translate
from lrgui.session.settings import model_name
from lrgui.session.playground import PlaygroundState
from lrgui.session.state import AppState

if TYPE_CHECKING:
    from lrgui.gui.boundary_view import BoundaryView
    from lrgui.gui.playground_pane import ModelPane

CLASS_NAMES = ("0", "1")


class PlaygroundTab(MadeOnFirstShow, QWidget):
    """Toy data in two dimensions, a logistic regression and a network trained side by side on them."""

    busyChanged = Signal(bool)
    message = Signal(str)

    def __init__(self, state: AppState, workers, parent=None):
        super().__init__(parent)
        self.setObjectName("playgroundTab")
        self.state = state
        self.workers = workers
        self._rendering = False
        self._published: PlaygroundState | None = None
        self.X = np.empty((0, 2), dtype=np.float32)
        self.labels = np.empty(0, dtype=int)
        # the contents (seven plots, a third of the window's making) are made when the tab is first shown or
        # first asked for: the window opens without them
        self._built = False
        self._presenting = False
        self._normal_sizes: list[list[int]] = []  # the dividers' sizes before presentation
        state.events.playground.connect(self._playground_changed)

    def _make_contents(self) -> None:
        self._build()  # ends by loading the chosen set
        self._update_state()  # Stop, Pause and Step only once something trains
        for spin in (self.points_spin, self.noise_spin, self.seed_spin):
            spin.valueChanged.connect(self._publish)
        for pane in self.panes.values():
            pane.changed.connect(self._publish)
        if self.state.playground is not None:
            self._render(self.state.playground)  # a lesson's, given before the tab was first shown
        else:
            self._publish()
        if self._presenting:
            self.set_presentation(True)

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("PlaygroundTab", "Data:")))
        self.dataset_combo = WholeTextComboBox()
        self.dataset_combo.setObjectName("playgroundDatasetCombo")
        for key, toy in TOY_SETS.items():
            self.dataset_combo.addItem(translate("Toy", toy.title), key)
            self.dataset_combo.setItemData(self.dataset_combo.count() - 1, toy.describe(), Qt.ItemDataRole.ToolTipRole)
        self.dataset_combo.setCurrentIndex(self.dataset_combo.findData("xor"))
        top.addWidget(self.dataset_combo)
        # the data's own numbers: for preparing a lesson, hidden in presentation mode (the class watches the maps)
        self.data_options = QWidget()
        options = QHBoxLayout(self.data_options)
        options.setContentsMargins(0, 0, 0, 0)
        options.addWidget(QLabel(translate("PlaygroundTab", "Points:")))
        self.points_spin = QSpinBox()
        self.points_spin.setObjectName("playgroundPointsSpin")
        self.points_spin.setRange(MIN_POINTS, MAX_POINTS)
        self.points_spin.setToolTip(translate("PlaygroundTab", "How many points; for a gate, more than 4 add noisy copies of the corners"))
        options.addWidget(self.points_spin)
        options.addWidget(QLabel(translate("PlaygroundTab", "Noise:")))
        self.noise_spin = DecimalSpinBox()  # both decimal marks, as every number box
        self.noise_spin.setObjectName("playgroundNoiseSpin")
        self.noise_spin.setRange(0.0, MAX_NOISE)
        self.noise_spin.setSingleStep(0.05)
        self.noise_spin.setDecimals(2)
        options.addWidget(self.noise_spin)
        options.addWidget(QLabel(translate("PlaygroundTab", "Seed:")))
        self.seed_spin = QSpinBox()
        self.seed_spin.setObjectName("playgroundSeedSpin")
        self.seed_spin.setRange(0, 2**31 - 1)
        self.seed_spin.setToolTip(translate("PlaygroundTab", "The same seed gives the same points and the same initial weights"))
        options.addWidget(self.seed_spin)
        self.new_points_button = QPushButton(translate("PlaygroundTab", "New points"))
        self.new_points_button.setToolTip(translate("PlaygroundTab", "Draw the data set again with these settings (your clicked points are lost)"))
        self.new_points_button.clicked.connect(self.load_set)
        options.addWidget(self.new_points_button)
        top.addWidget(self.data_options)
        top.addStretch(1)
        layout.addLayout(top)

        # a second row: the top one must fit a 1024-pixel screen with presentation mode's doubled text
        buttons = QHBoxLayout()
        self.class_combo = QComboBox()
        self.class_combo.setObjectName("playgroundClassCombo")
        self.class_combo.addItem(translate("PlaygroundTab", "class 0 (blue ●)"), 0)
        self.class_combo.addItem(translate("PlaygroundTab", "class 1 (orange ■)"), 1)
        self.class_combo.setToolTip(translate("PlaygroundTab", "Left click on a map adds a point of this class; right click removes the nearest"))
        self.train_button = QPushButton(translate("PlaygroundTab", "Train both"))
        self.train_button.setObjectName("playgroundTrainButton")
        self.train_button.setToolTip(translate("PlaygroundTab", "Train the logistic regression and the network together, on the same points"))
        self.train_button.clicked.connect(self.train_both)
        self.stop_button = QPushButton(translate("PlaygroundTab", "Stop"))
        self.stop_button.setObjectName("playgroundStopButton")
        self.stop_button.clicked.connect(self.stop)
        self.pause_button = QPushButton(translate("PlaygroundTab", "Pause"))
        self.pause_button.setObjectName("playgroundPauseButton")
        self.pause_button.setCheckable(True)
        self.pause_button.toggled.connect(self.set_paused)
        self.step_button = QPushButton(translate("PlaygroundTab", "Step"))
        self.step_button.setObjectName("playgroundStepButton")
        self.step_button.setToolTip(translate("PlaygroundTab", "While paused: one more iteration in each pane that trains"))
        self.step_button.clicked.connect(self.step_once)
        self.race_button = QPushButton(translate("PlaygroundTab", "Race rates…"))
        self.race_button.setObjectName("playgroundRaceButton")
        self.race_button.setToolTip(translate("PlaygroundTab", "The network (right pane's settings) trained with several learning rates from "
                                    "the same start: boundaries side by side, costs on one plot"))
        self.race_button.clicked.connect(self.race)
        for button in (self.train_button, self.stop_button, self.pause_button, self.step_button, self.race_button):
            button.setMinimumHeight(30)
            buttons.addWidget(button)
        self.click_options = QWidget()
        clicks = QHBoxLayout(self.click_options)
        clicks.setContentsMargins(12, 0, 0, 0)
        clicks.addWidget(QLabel(translate("PlaygroundTab", "Click adds:")))
        clicks.addWidget(self.class_combo)
        buttons.addWidget(self.click_options)
        self.hint_label = QLabel(translate("PlaygroundTab", "Left click adds a point, right click removes the nearest one."))
        self.hint_label.setStyleSheet("color: palette(mid);")
        self.hint_label.setWordWrap(True)
        buttons.addWidget(self.hint_label, 1)
        layout.addLayout(buttons)

        from lrgui.gui.playground_pane import ModelPane  # with the contents: the window opens without its plots

        self.panes_layout = panes = QHBoxLayout()
        kinds = playground_kinds()
        #: one pane per kind with a Playground pane, left to right in the registry's order
        self.panes: dict[str, ModelPane] = {}
        for index, kind in enumerate(kinds):
            view_name = ("leftBoundaryView" if index == 0 else "rightBoundaryView" if index == len(kinds) - 1
                         else f"{kind}BoundaryView")
            self.panes[kind] = ModelPane(kind, self.workers, view_name)
        for kind, pane in self.panes.items():
            if pane.race_button is not None:  # a pane's own race, from the start chosen on its landscape
                pane.race_button.clicked.connect(lambda *_, kind=kind: self.race(kind))
            pane.request_data = self._training_data
            pane.busyChanged.connect(self._pane_busy)
            pane.view.addRequested.connect(self.add_point)
            pane.view.removeRequested.connect(self.remove_point_near)
            panes.addWidget(pane, 1)
        layout.addLayout(panes, 1)
        # the registered kinds the Playground does not offer, and why (a kind declares its pane to be here)
        missing = [kind for kind in all_kinds() if kind.playground is None]
        self.not_offered_label = QLabel(translate(
            "PlaygroundTab", "Not offered here: {models}. The Playground shows the models that declare a Playground "
                             "pane; train the others on the Train tab.").format(
            models=", ".join(model_name(kind.name) for kind in missing)))
        self.not_offered_label.setObjectName("playgroundNotOfferedLabel")
        self.not_offered_label.setWordWrap(True)
        self.not_offered_label.setVisible(bool(missing))
        layout.addWidget(self.not_offered_label)
        # the network has more settings: equal boxes keep the maps side by side at one height
        tallest = max(pane.settings_box.sizeHint().height() for pane in self.panes.values())
        for pane in self.panes.values():
            pane.settings_box.setMinimumHeight(tallest)  # a minimum: larger text may still grow it
        self.dataset_combo.currentIndexChanged.connect(self._set_changed)
        self._set_changed()

    def set_presentation(self, on: bool) -> None:
        """Presentation mode: the two maps and their curves; each pane's settings and the hint are hidden."""
        self._presenting = on
        if not self._built:
            return  # applied when the contents are made
        for widget in (*(pane.settings_box for pane in self.panes.values()), self.hint_label, self.data_options,
                       self.click_options, self.race_button):
            widget.setVisible(not on)
        self.not_offered_label.setVisible(not on and len(self.panes) < len(all_kinds()))
        for pane in self.panes.values():
            pane.view.set_presentation(on)
            pane.plot.set_presentation(on)
            pane.place_score(beside=not on)
            if pane.landscape is not None:
                pane.landscape.set_presentation(on)
            # presenting, a pane with a landscape holds two pictures (its map and the landscape, whose axes and
            # level labels take doubled type): it gets 55 % of the width, a pane of one map 45 %
            self.panes_layout.setStretchFactor(pane, (11 if pane.landscape is not None else 9) if on else 1)
        splitters = [*(pane.maps_splitter for pane in self.panes.values() if pane.landscape is not None),
                     *(pane.splitter for pane in self.panes.values())]
        if not on:  # the dividers where they were (a teacher may have dragged them)
            for splitter, sizes in zip(splitters, self._normal_sizes):
                splitter.setSizes(sizes)
            return
        self._normal_sizes = [splitter.sizes() for splitter in splitters]
        for pane in self.panes.values():
            if pane.landscape is not None:
                maps = pane.maps_splitter
                total = max(1, sum(maps.sizes()))
                maps.setSizes([total // 2, total - total // 2])
            # the cost curves' doubled ticks and axis names need more than a quarter of the height: a third
            total = max(1, sum(pane.splitter.sizes()))
            pane.splitter.setSizes([total * 2 // 3, total - total * 2 // 3])

    @property
    def left(self) -> ModelPane:
        """The first pane (the line's)."""
        return next(iter(self.panes.values()))

    @property
    def right(self) -> ModelPane:
        """The last pane (the network's)."""
        return list(self.panes.values())[-1]

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
        return self._built and any(pane.is_training for pane in self.panes.values())

    # -------------------------------------------------------------------- data
    def _set_changed(self, *_) -> None:
        """Another data set: its own point count, noise and recommended settings."""
        toy = TOY_SETS[self.toy_name]
        self.points_spin.setValue(toy.points)
        self.noise_spin.setValue(toy.noise)
        for pane in self.panes.values():
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
            show_error(self, translate("PlaygroundTab", "Cannot make the data"), str(error))
            return
        self.X = data.train.X.copy()
        self.labels = (data.train.y == CLASS_NAMES[1]).astype(int)
        for pane in self.panes.values():
            pane.forget()
        self._show_points(keep_extent=False)
        self._publish()

    # ------------------------------------------------------------------ state
    def _publish(self, *_) -> None:
        """What the tab shows, written into the state (which a lesson writes down)."""
        if self._rendering or not hasattr(self, "X"):
            return
        self._published = PlaygroundState(
            self.toy_name, int(self.points_spin.value()), float(self.noise_spin.value()), int(self.seed_spin.value()),
            self.X.copy(), self.labels.copy(), {pane.kind: pane.pane_state() for pane in self.panes.values()})
        self.state.set_playground(self._published)

    def _playground_changed(self, playground: PlaygroundState | None) -> None:
        if playground is None or playground is self._published:
            return
        self._render(playground)

    def _render(self, playground: PlaygroundState) -> None:
        """Shows a playground the state was given (a lesson's): set, numbers, points and both panes."""
        if self.is_training:
            self.stop()
        self._rendering = True
        try:
            self.dataset_combo.blockSignals(True)
            self.dataset_combo.setCurrentIndex(self.dataset_combo.findData(playground.set))
            self.dataset_combo.blockSignals(False)
            self.points_spin.setValue(playground.points)
            self.noise_spin.setValue(playground.noise)
            self.seed_spin.setValue(playground.seed)
            for pane in self.panes.values():
                pane.toy_name = playground.set
                pane.show_settings(playground.pane(pane.kind))
            if playground.x is None:
                self.load_set()  # the set's own draw
            else:
                self.X, self.labels = playground.x.copy(), playground.labels.copy()
                for pane in self.panes.values():
                    pane.view.clear_model()
                self._show_points(keep_extent=False)
            for pane in self.panes.values():
                pane.set_start(playground.pane(pane.kind).start)  # the landscape's start, for a pane with one
            for pane in self.panes.values():
                pane.show_trained(playground.pane(pane.kind).trained)
        finally:
            self._rendering = False
        self._publish()  # the state holds what is shown (a record without points has them drawn now)

    def lesson_state(self) -> dict:
        """The playground as a lesson keeps it: the state's record."""
        return self.state.playground.to_json()

    def apply_lesson_state(self, record: dict) -> None:
        """A lesson's playground record into the state (values that do not fit are ignored); the tab shows it."""
        self.state.set_playground(PlaygroundState.from_json(record))

    def _show_points(self, keep_extent: bool) -> None:
        for pane in self.panes.values():
            pane.view.dataset = self.dataset_combo.currentText()  # the set as shown, said by the map's description
            pane.view.set_points(self.X, self.labels, keep_extent=keep_extent)
        for pane in self.panes.values():  # a landscape's cost is over these
            pane.set_points(self.X, np.asarray(CLASS_NAMES)[self.labels])

    @Slot(float, float)
    def add_point(self, x: float, y: float, label: int | None = None) -> None:
        """A point of class ``label`` (by default the one chosen for clicks) at (x, y)."""
        self.build()  # the points are made with the contents
        if self.is_training or len(self.X) >= MAX_POINTS:
            return
        label = self.class_combo.currentData() if label is None else int(label)
        self.X = np.vstack([self.X, np.array([[x, y]], dtype=np.float32)])
        self.labels = np.append(self.labels, label)
        self._show_points(keep_extent=True)
        self._publish()

    @Slot(float, float)
    def remove_point_near(self, x: float, y: float) -> None:
        """Removes the point nearest (x, y) if it lies within 5 % of the map's width."""
        self.build()  # the points are made with the contents
        if self.is_training or len(self.X) == 0:
            return
        xmin, xmax, _, _ = self.left_view.grid_extent()
        distances = np.hypot(self.X[:, 0] - x, self.X[:, 1] - y)
        nearest = int(np.argmin(distances))
        if distances[nearest] <= 0.05 * (xmax - xmin):
            self.X = np.delete(self.X, nearest, axis=0)
            self.labels = np.delete(self.labels, nearest)
            self._show_points(keep_extent=True)
            self._publish()

    def _training_data(self):
        """(data, seed) for a run on the points shown, or None after saying why not."""
        counts = np.bincount(self.labels, minlength=2)
        if (counts == 0).any():
            show_error(self, translate("PlaygroundTab", "Cannot train"), translate("PlaygroundTab", "Training needs points of both classes; click to add some."))
            return None
        y = np.array(CLASS_NAMES)[self.labels]
        data = TrainTest(Dataset(np.ascontiguousarray(self.X, dtype=np.float32), y, list(CLASS_NAMES)))
        return data, self.seed_spin.value()

    def race(self, kind: str | None = None):
        """Opens the learning-rate race on the points shown, with a pane's settings (by default the rightmost
        pane of a kind with a learning rate, the network's; a pane with a landscape races from its chosen start)."""
        self.build()  # the points are made with the contents
        from lrgui.gui.race_dialog import LearningRateRace

        wanted = self._training_data()
        if wanted is None:
            return None
        data, seed = wanted
        racing = [pane for pane in self.panes.values() if pane.model_kind.iterates]  # a race needs a rate
        pane = racing[-1] if kind is None else self.panes[kind]
        settings = pane.settings(seed)
        race = LearningRateRace(self.workers, data, self.labels.copy(), settings, self,
                                resume=pane.starting_model(settings, data))
        race.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        race.show()
        return race

    # ---------------------------------------------------------------- training
    def train_both(self) -> None:
        self.build()  # the points are made with the contents
        if self.is_training:
            return
        wanted = self._training_data()
        if wanted is None:
            return
        for pane in self.panes.values():
            pane.start(*wanted)

    def stop(self) -> None:
        if not self._built:
            return
        for pane in self.panes.values():
            pane.stop()

    def set_paused(self, paused: bool) -> None:
        for pane in self.panes.values():
            pane.set_paused(paused)
        self.pause_button.setText(translate("PlaygroundTab", "Resume") if paused else translate("PlaygroundTab", "Pause"))
        self._update_state()

    def step_once(self) -> None:
        for pane in self.panes.values():
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
