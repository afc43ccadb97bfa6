"""Descent you can see: the playground's cost landscape, the race's paths on it, the Train tab's step slice."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QPushButton, QSlider, QSpinBox

from lrgui.gui.landscape_view import LandscapeView
from lrgui.gui.playground_tab import PlaygroundTab
from lrgui.gui.race_dialog import LearningRateRace
from lrgui.gui.step_slice_view import StepSliceView
from lrgui.gui.workers import WorkerPool
from lrgui.session.landscape import line_point, step_sign_flips
from lrgui.session.state import AppState
from tests.gui.test_main_window import find


@pytest.fixture
def playground(qtbot):
    pool = WorkerPool()
    tab = PlaygroundTab(AppState(), pool)
    qtbot.addWidget(tab)
    tab.resize(1000, 560)
    tab.show()
    qtbot.waitExposed(tab)
    combo = find(tab, QComboBox, "playgroundDatasetCombo")
    combo.setCurrentIndex(combo.findData("and"))
    find(tab, QSpinBox, "logisticPlaygroundEpochs").setValue(60)
    find(tab, QSpinBox, "mlpPlaygroundEpochs").setValue(20)
    yield tab
    tab.stop()
    pool.shutdown()


def train(qtbot, tab) -> None:
    find(tab, QPushButton, "playgroundTrainButton").click()
    qtbot.waitUntil(lambda: not tab.is_training, timeout=30000)


def recorded_costs(tab) -> dict[int, float]:
    return {int(i): c for i, c in tab.left.plot.current.points}


def test_the_landscape_holds_the_path_the_shown_point_and_its_exact_cost(qtbot, playground):
    landscape = playground.findChild(LandscapeView, "landscapeView")
    assert landscape is playground.left.landscape and landscape.parameters() == ("w1", "w2")
    train(qtbot, playground)
    history = playground.left._history
    assert np.array_equal(landscape.path(), np.array([line_point(p)[:2] for _, p in history]))
    costs = recorded_costs(playground)
    slider = find(playground, QSlider, "logisticPlaygroundHistorySlider")
    for index in (slider.maximum(), 3, 0):
        slider.setValue(index)
        iteration, parameters = history[index]
        assert np.array_equal(landscape.held_point(), line_point(parameters))
        assert landscape.point_cost() == pytest.approx(costs[iteration], abs=1e-9, rel=0)
        xs, ys, J = landscape.grid()
        assert J.shape == (len(ys), len(xs)) and np.isfinite(J).all()
        path = landscape.path()
        assert xs[0] <= path[:, 0].min() and path[:, 0].max() <= xs[-1]
        assert ys[0] <= path[:, 1].min() and path[:, 1].max() <= ys[-1]
    find(landscape, QComboBox, "landscapePairCombo").setCurrentIndex(1)
    assert landscape.parameters() == ("w1", "b")
    assert np.array_equal(landscape.path()[:, 1], [line_point(p)[2] for _, p in history])


def test_a_click_on_the_landscape_is_the_next_runs_start_and_the_map_shows_that_line(qtbot, playground):
    landscape = playground.left.landscape
    qtbot.waitUntil(lambda: landscape.grid()[2].size > 0, timeout=5000)
    view = landscape.plot.getPlotItem().getViewBox()
    target = view.mapViewToScene(pg_point(0.6, -0.4))
    position = landscape.plot.mapFromScene(target)
    with qtbot.waitSignal(landscape.startRequested, timeout=3000) as clicked:
        qtbot.mouseClick(landscape.plot.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(position.x(), position.y()))
    start = clicked.args[0]
    assert start == pytest.approx([0.6, -0.4, 0.0], abs=0.05)
    assert np.array_equal(playground.left.start_point, start)
    grid = playground.left_view.probability_grid()
    assert grid.max() - grid.min() > 0.1  # the clicked line, drawn at once
    assert "0.6" in find(playground, type(playground.left.start_label), "playgroundStartLabel").text()
    train(qtbot, playground)
    assert np.allclose(playground.left.landscape.path()[0], start[:2])
    find(playground, QPushButton, "playgroundStartResetButton").click()
    assert playground.left.start_point is None


def test_the_lines_race_draws_each_rates_path_and_lr_100_zig_zags_on_the_and_gate(qtbot, playground):
    find(playground, QPushButton, "logisticPlaygroundRaceButton").click()
    race = playground.findChild(LearningRateRace)
    assert race is not None and race.settings.model == "logistic"  # a child of the tab, deleted on close
    race.rates_edit.setText("1, 100")
    assert race.start()
    qtbot.waitUntil(lambda: not race.is_racing, timeout=30000)
    landscape = race.landscape
    assert landscape.parameters() == ("w1", "b")
    paths = landscape.paths()
    assert len(paths) == 2 and all(len(p) == 61 for p in paths)  # every iteration of 60, the start too
    assert step_sign_flips(paths[1]) >= 3
    assert step_sign_flips(paths[0]) == 0
    colours = {item.opts["pen"].color().name() for item in landscape.path_items if item.isVisible()}
    assert len(colours) == 2
    race.close()


@pytest.fixture
def shapes(qtbot, window):
    find(window, QPushButton, "sampleButton").click()
    qtbot.waitUntil(lambda: window.train_tab.train_button.isEnabled(), timeout=60000)
    return window


def test_the_step_slice_at_the_start_puts_lr_1000_above_and_lr_0_005_below(qtbot, shapes):
    window = shapes
    view = window.findChild(StepSliceView, "stepSliceView")
    slider = find(window, QSlider, "historySlider")
    for rate, above in ((1000.0, True), (0.005, False)):
        set_run(window, rate, iterations=4)
        window.train_tab.start_training()
        qtbot.waitUntil(lambda: window.model is not None and not window.train_tab.is_training, timeout=60000)
        slider.setValue(0)
        history = window.model.history
        alphas, costs = view.curve()
        assert view.learning_rate() == rate
        assert alphas[0] == 0 and alphas[-1] == pytest.approx(3 * rate)
        assert costs[0] == pytest.approx(history.train_cost[0], abs=1e-9, rel=0)
        at_rate = costs[np.flatnonzero(alphas == rate)[0]]
        # one full-batch step on: the same cost up to float32 rounding. The slice and the solver add the rows up
        # in different orders, and which BLAS kernel runs depends on the CPU (AVX-512 machines differ from AVX2
        # ones in the 9th digit here), so the tolerance is relative, a few float32 roundings
        assert at_rate == pytest.approx(history.train_cost[1], rel=1e-6)
        assert bool(at_rate > costs[0]) is above
        assert ("overshoots" in view.caption.text()) is above


def set_run(window, rate: float, iterations: int) -> None:
    tab = window.train_tab
    tab.lr_spin.setValue(rate)
    for spin in tab.findChildren(QSpinBox):
        if spin.objectName() in ("iterationsSpin", "epochsSpin"):
            spin.setValue(iterations)
        elif spin.objectName() == "recordEverySpin":
            spin.setValue(1)


def test_both_views_grow_their_labels_for_presentation(qtbot):
    landscape, sliced = LandscapeView(), StepSliceView()
    for view in (landscape, sliced):
        qtbot.addWidget(view)
        view.set_presentation(True)
        axis = view.plot.getPlotItem().getAxis("bottom")
        assert axis.style["tickFont"].pixelSize() >= 20
        view.set_presentation(False)
        assert axis.style["tickFont"].pixelSize() < 20


def pg_point(x: float, y: float):
    from PySide6.QtCore import QPointF

    return QPointF(x, y)


def test_the_views_answer_off_screen_and_a_minibatch_slice_says_whose_gradient_it_follows(qtbot):
    from lrgui.data.toy import load_toy
    from lrgui.session.landscape import Objective
    from lrgui.session.settings import TrainingSettings
    from lrgui.session.trainer import Recorded, Trainer

    data = load_toy("moons", points=80, seed=2)
    line = TrainingSettings(model="logistic", learning_rate=2.0, epochs=30, record_every=1).validate()
    points = [e.parameters for e in Trainer(data, line).events() if isinstance(e, Recorded)]
    landscape = LandscapeView()  # never shown
    qtbot.addWidget(landscape)
    landscape.set_objective(Objective.from_settings(line, data.train.X, data.train.y))
    landscape.show_path(points, 10)
    xs, ys, J = landscape.grid()
    path = landscape.path()
    assert np.isfinite(J).all() and len(path) == 31
    assert xs[0] <= path[:, 0].min() and path[:, 0].max() <= xs[-1]
    network = TrainingSettings(model="mlp", learning_rate=0.5, epochs=5, hidden=5, batches=4, record_every=1).validate()
    trainer = Trainer(data, network)
    recorded = [e for e in trainer.events() if isinstance(e, Recorded)]
    pool = WorkerPool()
    sliced = StepSliceView(pool)
    qtbot.addWidget(sliced)
    sliced.show_point(recorded[2].parameters, network, trainer.scaler, data.train, recorded[2].iteration)
    alphas, costs = sliced.curve()
    assert sliced.learning_rate() == 0.5 and costs[0] == pytest.approx(recorded[2].train_cost, abs=1e-9)
    assert "4 minibatch steps" in sliced.caption.text() and "whole training set's gradient" in sliced.caption.text()
    pool.shutdown()


def test_a_lesson_keeps_the_chosen_start(qtbot, playground):
    playground.left.set_start([0.5, -1.0, 0.25])
    state = playground.lesson_state()
    assert state["panes"]["logistic"]["start"] == [0.5, -1.0, 0.25]
    playground.left.set_start(None)
    playground.apply_lesson_state(state)
    assert np.array_equal(playground.left.start_point, [0.5, -1.0, 0.25])
    state["panes"]["logistic"]["start"] = [1.0, "x", 2.0]
    playground.apply_lesson_state(state)
    assert playground.left.start_point is None


def test_a_log_axis_has_a_few_whole_decades_not_a_label_at_every_step():
    from lrgui.gui.step_slice_view import decade_ticks

    ticks = decade_ticks(-8.3, 6.4, 3)
    assert [value for value, _ in ticks] == [-8.0, -3.0, 2.0]
    assert [label for _, label in ticks] == ["10⁻⁸", "10⁻³", "10²"]
    assert len(decade_ticks(-8.3, 6.4, 5)) <= 5
    assert decade_ticks(0.2, 0.8, 3) == []  # no whole decade in view: pyqtgraph's own ticks
