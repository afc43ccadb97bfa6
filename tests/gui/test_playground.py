"""The Playground tab: XOR against a line and a hidden layer, the live boundary, history, clicks."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QComboBox, QPushButton

from lrgui.session.state import AppState
from lrgui.gui.boundary_view import BoundaryView
from lrgui.gui.playground_tab import PlaygroundTab
from lrgui.gui.workers import WorkerPool
from lrgui.session.advice import XOR_ADVICE


@pytest.fixture
def tab(qtbot):
    pool = WorkerPool()
    widget = PlaygroundTab(AppState(), pool)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    yield widget
    pool.shutdown()


def value_near(view: BoundaryView, x: float, y: float) -> float:
    """The grid's value at the grid point nearest (x, y), located from grid_extent() alone."""
    grid = view.probability_grid()
    xmin, xmax, ymin, ymax = view.grid_extent()
    ny, nx = grid.shape
    j = int(round((x - xmin) / (xmax - xmin) * (nx - 1)))
    i = int(round((y - ymin) / (ymax - ymin) * (ny - 1)))
    return float(grid[i, j])


def choose(tab: PlaygroundTab, title: str) -> None:
    combo = tab.findChild(QComboBox, "playgroundDatasetCombo")
    combo.setCurrentIndex(combo.findText(title))


def train_both(qtbot, tab: PlaygroundTab) -> None:
    tab.findChild(QPushButton, "playgroundTrainButton").click()
    assert tab.is_training
    qtbot.waitUntil(lambda: not tab.is_training, timeout=60_000)


def test_the_tab_names_its_data_sets_and_starts_undecided(tab):
    combo = tab.findChild(QComboBox, "playgroundDatasetCombo")
    titles = [combo.itemText(i) for i in range(combo.count())]
    assert {"XOR", "AND", "OR", "Blobs", "Circles", "Moons", "Spiral"} <= set(titles)
    for name in ("leftBoundaryView", "rightBoundaryView"):
        view = tab.findChild(BoundaryView, name)
        grid = view.probability_grid()
        assert grid.ndim == 2 and np.all(grid == 0.5)
        xmin, xmax, ymin, ymax = view.grid_extent()
        assert xmin < 0 < 1 < xmax and ymin < 0 < 1 < ymax  # the four XOR corners are inside


def test_xor_the_network_draws_the_checkerboard_and_the_line_cannot(qtbot, tab):
    choose(tab, "XOR")
    train_both(qtbot, tab)
    right = tab.findChild(BoundaryView, "rightBoundaryView")
    left = tab.findChild(BoundaryView, "leftBoundaryView")
    assert value_near(right, 0, 1) > 0.5 and value_near(right, 1, 0) > 0.5
    assert value_near(right, 0, 0) < 0.5 and value_near(right, 1, 1) < 0.5
    corners = [value_near(left, x, y) for x, y in ((0, 1), (1, 0), (0, 0), (1, 1))]
    assert not (corners[0] > 0.5 and corners[1] > 0.5 and corners[2] < 0.5 and corners[3] < 0.5)
    assert tab.left.advice_label.text() == XOR_ADVICE and not tab.left.advice_label.isHidden()
    assert tab.right.advice_label.isHidden()
    assert "100" in tab.right.accuracy_label.text()


def test_the_history_slider_redraws_the_boundary_as_it_was(qtbot, tab):
    choose(tab, "XOR")
    train_both(qtbot, tab)
    pane = tab.right
    final = pane.view.probability_grid()
    assert pane.slider.maximum() > 10
    pane.slider.setValue(0)
    first = pane.view.probability_grid()
    assert not np.allclose(first, final, atol=0.05)
    # the first recorded point of XOR is not yet the checkerboard
    assert not (value_near(pane.view, 0, 1) > 0.5 and value_near(pane.view, 0, 0) < 0.5
                and value_near(pane.view, 1, 1) < 0.5 and value_near(pane.view, 1, 0) > 0.5)
    pane.slider.setValue(pane.slider.maximum())
    np.testing.assert_array_equal(pane.view.probability_grid(), final)


def test_pause_and_step_hold_the_run(qtbot, tab):
    choose(tab, "Moons")
    tab.right.fields["epochs"].setValue(100_000)
    tab.left.fields["epochs"].setValue(100_000)
    tab.findChild(QPushButton, "playgroundTrainButton").click()
    qtbot.waitUntil(lambda: tab.right.slider.maximum() > 0, timeout=20_000)
    tab.pause_button.setChecked(True)
    qtbot.wait(300)
    held = tab.right.slider.maximum()
    qtbot.wait(300)
    assert tab.right.slider.maximum() == held and tab.is_training
    assert tab.step_button.isEnabled()
    tab.stop_button.click()
    qtbot.waitUntil(lambda: not tab.is_training, timeout=20_000)
    assert not tab.pause_button.isChecked()


def test_clicks_add_and_remove_points(qtbot, tab):
    choose(tab, "AND")
    before = len(tab.X)
    tab.class_combo.setCurrentIndex(1)
    tab.add_point(0.5, 0.5)
    assert len(tab.X) == before + 1 and tab.labels[-1] == 1
    tab.remove_point_near(0.51, 0.49)
    assert len(tab.X) == before
    tab.remove_point_near(0.5, 0.5)  # nothing near any more: nothing removed
    assert len(tab.X) == before


def test_a_click_on_the_map_adds_a_point_there(qtbot, tab):
    from PySide6.QtCore import QPointF, Qt

    choose(tab, "AND")
    view = tab.left_view
    qtbot.waitExposed(view)
    scene_point = view.getPlotItem().getViewBox().mapViewToScene(QPointF(0.5, 0.25))
    widget_point = view.mapFromScene(scene_point)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=widget_point)
    assert len(tab.X) == 5
    np.testing.assert_allclose(tab.X[-1], [0.5, 0.25], atol=0.02)


def test_one_class_only_is_refused(qtbot, tab, monkeypatch):
    said = []
    monkeypatch.setattr("lrgui.gui.playground_tab.show_error", lambda parent, title, text, *a: said.append(text))
    choose(tab, "AND")
    for x, y in tab.X[tab.labels == 1].tolist():
        tab.remove_point_near(x, y)
    tab.train_both()
    assert not tab.is_training and said and "both classes" in said[0]


def test_at_1024x600_each_map_takes_two_fifths_of_the_window_and_a_flat_map_says_so(qtbot, window):
    window.resize(1024, 600)
    tab = window.playground_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.wait(100)
    for pane in (tab.left, tab.right):
        assert pane.view.height() >= 0.4 * 600 - 1, pane.kind
        assert pane.plot.height() >= 90, pane.kind
    choose(tab, "XOR")
    tab.train_both()
    qtbot.waitUntil(lambda: not tab.is_training and tab.left.result is not None, timeout=60000)
    flat = tab.left.view.flat_probability()
    assert flat is not None and abs(flat - 0.5) < 0.005  # the line gives every XOR corner one half
    assert tab.left.view.flat_note.isVisible() and "same probability everywhere" in tab.left.view.flat_note.textItem.toPlainText()
    assert tab.right.view.flat_probability() is None and not tab.right.view.flat_note.isVisible()
    assert "--" not in tab.left.advice_label.text()  # the window's words, never a command-line flag
    window.set_presentation(True)  # doubled type: the note wraps within the map, whose width it never passes
    qtbot.waitUntil(window.isFullScreen, timeout=5000)
    qtbot.wait(200)
    view = tab.left.view
    note = view.flat_note.textItem.boundingRect().width()
    assert 0 < note <= view.getPlotItem().getViewBox().boundingRect().width()
    window.set_presentation(False)
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=5000)


def test_the_tab_renders_the_state_and_writes_what_changes_into_it(qtbot, tab):
    from lrgui.session.playground import PlaygroundState

    state = tab.state
    assert state.playground.set == "xor" and len(state.playground.x) == len(tab.X)  # what is shown is the state
    record = {"set": "moons", "points": 5, "noise": 0.0, "seed": 7, "x": [[0, 0], [1, 1], [2, 0], [0.5, 2], [3, 3]],
              "labels": [0, 1, 0, 1, 1],
              "panes": {"logistic": {"learning_rate": 0.25, "epochs": 300, "start": [1.0, -1.0, 0.5]},
                        "mlp": {"learning_rate": 0.5, "epochs": 700, "hidden": 7, "activation": "tanh",
                                "show_hidden_lines": True}}}
    given = PlaygroundState.from_json(record)
    state.set_playground(given)  # a lesson opened: the tab shows it
    assert tab.toy_name == "moons" and tab.seed_spin.value() == 7 and tab.points_spin.value() == 5
    np.testing.assert_array_equal(tab.X, given.x)
    assert (tab.left.fields["learning_rate"].value(), tab.left.fields["epochs"].value()) == (0.25, 300)
    assert np.array_equal(tab.left.start_point, [1.0, -1.0, 0.5])
    right = tab.right
    assert (right.fields["hidden"].value(), right.fields["activation"].currentText(), right.hidden_lines_check.isChecked()) \
        == (7, "tanh", True)
    assert state.playground == given
    tab.add_point(1.5, 1.5, 1)  # an intention: the state follows
    assert len(state.playground.x) == 6 and state.playground.labels[-1] == 1
    tab.right.fields["hidden"].setValue(9)
    assert state.playground.pane("mlp").hidden == 9
    train_both(qtbot, tab)
    trained = state.playground.pane("mlp").trained
    assert trained is not None and trained.iteration == 700 and state.playground.pane("logistic").trained is not None
    assert tab.lesson_state() == state.playground.to_json()
