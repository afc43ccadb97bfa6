"""The teacher's walk at 1024×600: after every action, every view shows the same model at the same point.

sample → Train → Pause → Step ×5 → resume → Stop → Continue → Compare 0.01, 0.001, 0.0001 → lr 1000 →
Results → Compare 0.01, 0.001, 0.0001 again (a model worth keeping) → Playground XOR "Train both" →
save lesson → reopen lesson: the same state, comparison table, curves and kept reason.
"""

from __future__ import annotations

import numpy as np

from lrgui.gui import MainWindow
from lrgui.gui.train_plots import format_cost
from lrgui.gui.weights_view import weight_panels
from lrgui.session.advice import XOR_ADVICE, format_rate
from lrgui.session.state import RunStatus
from lrgui.session.wording import format_percent


def evaluated(model, dataset) -> float:
    _, accuracy = model.estimator.evaluate(model.scaler.transform(dataset.X), dataset.y)
    return accuracy


def drawn_equal(window, parameters, image_format, classes) -> None:
    expected = [panel for _, panel in weight_panels(parameters, image_format, classes)]
    shown = window.train_tab.weights_view.current_images()
    assert len(shown) == len(expected)
    for a, b in zip(shown, expected):
        np.testing.assert_array_equal(a, b)


def views_agree(window) -> None:
    """Idle: the weights, the headline, the slider, the status bar and the controls all show the state's model."""
    state, tab = window.state, window.train_tab
    model = state.model
    assert state.status is RunStatus.IDLE
    drawn_equal(window, state.displayed_parameters(), model.image_format, model.estimator.classes_)
    data = state.data
    headline = tab.accuracy_label.text().replace("\u00a0", " ")  # a percentage never breaks before its sign
    if getattr(model.estimator, "diverged_", False):
        assert "Diverged" in headline and "<b style='font-size:18pt'>100.0 %" not in headline
        assert "diverged" in window.model_status.text()
    else:
        assert format_percent(evaluated(model, data.train)) in headline
        assert format_percent(evaluated(model, data.test)) in headline
    history = model.history
    assert f"{int(history.iterations[-1]):,}" in tab.history_label.text()
    if state.selected_point is None:  # the last point: its iteration and test cost in the headline too
        assert f"{int(history.iterations[-1]):,}:" in headline
        if history.test_cost is not None:
            assert format_cost(float(history.test_cost[-1])) in headline
    assert tab.progress.value() > 0
    assert f"lr {format_rate(state.model_settings.learning_rate)}" in window.model_status.text()
    assert tab.lr_spin.value() == state.model_settings.learning_rate  # the form shows the model's settings
    assert tab.train_button.isEnabled() and not tab.stop_button.isEnabled() and not tab.step_button.isEnabled()
    assert window.train_action.isEnabled() == tab.train_button.isEnabled()
    assert window.continue_action.isEnabled() == tab.continue_button.isEnabled()


def live_agree(window) -> None:
    """Paused: the label, the progress and the weights are those of the point the run waits at."""
    tab, session = window.train_tab, window.train_tab.session
    point = session.live[-1]
    assert point.iteration == tab.steps_done
    assert f"{point.iteration:,}" in tab.history_label.text()
    assert tab.progress.value() == tab.steps_done
    data = window.state.data
    drawn_equal(window, point.parameters, data.train.image_format, sorted(data.train.classes))
    assert format_percent(point.train_accuracy) in tab.accuracy_label.text().replace("\u00a0", " ")


def table_texts(table) -> list[list[str]]:
    return [[table.item(row, column).text() for column in range(table.columnCount())] for row in range(table.rowCount())]


def curves_drawn(plot) -> list:
    """Each run's name, cost points and test cost points as the cost plot draws them."""
    return [(curve.name, curve.points, curve.test.points if curve.test is not None else None) for curve in plot.curves]


def idle(window):
    return window.state.status is RunStatus.IDLE and window.state.model is not None


def test_the_walk(qtbot, tmp_path):
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    qtbot.waitExposed(window)
    tab, state = window.train_tab, window.state

    window.open_sample("shapes")
    qtbot.waitUntil(lambda: state.data is not None and tab.train_button.isEnabled(), timeout=60000)
    assert state.data.test is not None and len(state.data.test)

    tab.epochs_spin.setValue(1_000_000)
    tab.train_button.click()
    qtbot.waitUntil(lambda: tab.steps_done > 0, timeout=20000)
    tab.pause_button.click()
    assert state.status is RunStatus.PAUSED and tab.step_button.isEnabled() and not tab.train_button.isEnabled()
    qtbot.waitUntil(lambda: tab.session.live and tab.session.live[-1].iteration == tab.steps_done, timeout=5000)
    live_agree(window)
    for _ in range(5):
        before = tab.steps_done
        tab.step_button.click()
        qtbot.waitUntil(lambda: tab.session.live[-1].iteration == before + 1 == tab.steps_done, timeout=5000)
        live_agree(window)  # each step is a recorded point: label, cost, progress and weights move
    tab.pause_button.click()  # resume
    assert state.status is RunStatus.TRAINING
    qtbot.wait(100)
    tab.stop_button.click()
    qtbot.waitUntil(lambda: idle(window), timeout=10000)
    views_agree(window)

    tab.epochs_spin.setValue(300)
    tab.continue_button.click()  # on from the weights reached
    qtbot.waitUntil(lambda: idle(window), timeout=30000)
    views_agree(window)

    tab.rates_edit.setText("0.01, 0.001, 0.0001")
    tab.compare_button.click()
    qtbot.waitUntil(lambda: idle(window) and len(state.runs) == 3, timeout=60000)
    kept = state.best_run
    assert state.model is kept.model and tab.lr_spin.value() == kept.learning_rate
    views_agree(window)  # the weights are the kept model's, not the last run's
    table = tab.comparison_table
    assert [table.item(row, 0).text() for row in range(3)] == ["0.01", "0.001", "0.0001"]

    tab.lr_spin.setValue(1000)
    tab.train_button.click()
    qtbot.waitUntil(lambda: idle(window) and state.model_settings.learning_rate == 1000, timeout=60000)
    assert state.model.estimator.diverged_
    views_agree(window)
    assert any("diverged" in mark for mark in tab.plot.marks)
    assert "too large" in tab.warning_label.text()

    window.tabs.setCurrentWidget(window.results_tab)
    qtbot.waitUntil(lambda: window.results_tab.evaluation is not None and not window.results_tab.is_evaluating,
                    timeout=30000)
    assert window.results_tab.evaluation.accuracy == evaluated(state.model, state.data.test)
    assert "Diverged" in window.results_tab.summary.text()

    tab.compare_button.click()  # a model worth keeping for the lesson, and the comparison it was kept from
    qtbot.waitUntil(lambda: idle(window) and len(state.runs) == 3 and not state.model.estimator.diverged_,
                    timeout=60000)
    views_agree(window)
    assert state.best_reason and state.best_reason in tab.time_label.text()

    playground = window.playground_tab
    window.tabs.setCurrentWidget(playground)
    assert playground.toy_name == "xor"
    assert not playground.stop_button.isEnabled() and not playground.pause_button.isEnabled()
    playground.train_button.click()
    qtbot.waitUntil(lambda: not playground.is_training, timeout=60000)
    assert playground.left.result is not None and playground.right.result is not None
    assert XOR_ADVICE in playground.left.advice_label.text()
    assert "100.0 %" in playground.right.accuracy_label.text()

    path = tmp_path / "walk.lrlesson"
    window.lessons.notes.title_edit.setText("The walk")
    assert window.lessons.save_lesson(path)
    assert "trained, not saved" not in window.model_status.text()

    other = MainWindow()
    qtbot.addWidget(other)
    other.resize(1024, 600)
    other.show()
    assert other.lessons.open_lesson(path)
    qtbot.waitUntil(lambda: other.state.model is not None and other.state.data is not None, timeout=60000)
    qtbot.waitUntil(lambda: idle(other), timeout=10000)
    saved, reopened = state, other.state
    assert reopened.model_settings == saved.model_settings
    assert reopened.draft == saved.draft
    assert reopened.exclusions == saved.exclusions
    assert reopened.lesson_title == "The walk"
    for name, value in saved.model.estimator.parameter_snapshot().items():
        np.testing.assert_array_equal(reopened.model.estimator.parameter_snapshot()[name], value)
    assert "trained, not saved" not in other.model_status.text()
    assert reopened.record().differences(saved.record()) == []  # the state, field by field (Playground included)
    views_agree(other)
    assert other.train_tab.progress.value() == other.train_tab.progress.maximum()
    left, right = other.playground_tab.left, other.playground_tab.right  # the trained panes come back
    assert left.accuracy_label.text() == playground.left.accuracy_label.text()
    assert right.accuracy_label.text() == playground.right.accuracy_label.text()
    assert XOR_ADVICE in left.advice_label.text() and right.slider.maximum() > 0
    np.testing.assert_allclose(right.view.probability_grid(), playground.right.view.probability_grid())
    # the comparison comes back as it was shown: its table, its curves and marks, the kept run and why
    again = other.train_tab
    assert table_texts(again.comparison_table) == table_texts(tab.comparison_table)
    assert again.comparison_table.isVisible()
    assert curves_drawn(again.plot) == curves_drawn(tab.plot) and again.plot.marks == tab.plot.marks
    assert reopened.runs.index(reopened.best_run) == saved.runs.index(saved.best_run)
    assert reopened.best_reason == saved.best_reason and saved.best_reason in again.time_label.text()
    other.close()
    window.close()
