"""The Results tab on a model trained in the window: matrix, cell galleries, threshold, explain, exclusions."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QPushButton, QSpinBox

from lrgui.gui.explain_view import ExplainView
from lrgui.gui.results_tab import TRAINING, ResultsTab
from lrgui.session.explain import glass_box_lines
from tests.gui.test_main_window import load_folders


def find(parent, cls, name):
    widget = parent.findChild(cls, name)
    assert widget is not None, f"no {cls.__name__} named {name!r}"
    return widget


def train(qtbot, window, epochs: int) -> None:
    find(window, QSpinBox, "epochsSpin").setValue(epochs)
    before = window.state.model
    button = find(window, QPushButton, "trainButton")
    qtbot.waitUntil(button.isEnabled, timeout=20000)  # a loading's end reaches the window a turn after its data
    qtbot.mouseClick(button, pg.QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.state.model is not None and window.state.model is not before
                    and not window.train_tab.is_training, timeout=60000)


def evaluated(qtbot, tab: ResultsTab) -> None:
    qtbot.waitUntil(lambda: tab.evaluation is not None and not tab.is_evaluating, timeout=20000)


def results_tab(qtbot, window) -> ResultsTab:
    tab = ResultsTab(window.state, window.workers)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def test_matrix_cells_threshold_and_explanation(qtbot, window, image_folders):
    tab = results_tab(qtbot, window)
    assert "No model" in tab.summary.text() and tab.matrix.rowCount() == 0
    load_folders(qtbot, window, [image_folders])
    train(qtbot, window, 40)
    evaluated(qtbot, tab)
    test = window.state.data.test
    model = window.state.model
    ev = tab.evaluation
    # the matrix as shown sums to the test count, rows true, columns predicted, class names as headers
    shown = np.array([[int(tab.matrix.item(t, p).text().replace(",", "")) for p in range(2)] for t in range(2)])
    assert shown.sum() == len(test)
    assert [tab.matrix.verticalHeaderItem(i).text() for i in range(2)] == list(model.classes)
    assert "always guessing" in tab.summary.text()

    # a threshold just below the most class-1-looking image of class 0 makes that image a mistake
    p1 = model.estimator.predict_proba(model.features(test.X))[:, 1]
    first = np.asarray(test.y) == model.classes[0]
    threshold_percent = int(np.ceil(p1[first].max() * 100)) - 1
    assert threshold_percent >= 1, "the model is too sure of itself for this test"
    tab.threshold_slider.setValue(threshold_percent)
    expected = set(np.flatnonzero(first & (p1 > threshold_percent / 100)).tolist())
    assert expected
    tab.matrix.cellClicked.emit(0, 1)
    assert set(tab.gallery.rows()) == expected and len(tab.gallery.rows()) == len(expected)
    assert int(tab.matrix.item(0, 1).text()) == len(expected)
    # most confidently wrong first: P(class 1) falls along the gallery
    assert list(p1[tab.gallery.rows()]) == sorted(p1[tab.gallery.rows()], reverse=True)
    assert tab.evaluation is not ev and tab.evaluation.threshold == threshold_percent / 100

    # the percentages toggle shows each row summing to 100 %
    tab.percent_check.setChecked(True)
    assert tab.matrix.item(0, 1).text().endswith("%")

    # Mistakes lists every off-diagonal image
    tab.mistakes_button.click()
    assert len(tab.gallery.rows()) == tab.evaluation.n - int(np.trace(tab.evaluation.confusion_matrix))

    # explaining a gallery image shows the model's numbers for it
    row = tab.gallery.rows()[0]
    view = tab.explain_row(row)
    assert isinstance(view, ExplainView)
    qtbot.addWidget(view)
    assert view.equations.toPlainText().splitlines() == glass_box_lines(view.explanation)
    bars = [view.bars[name].value() for name in model.classes]
    probabilities = model.estimator.predict_proba(model.features(test.X[row : row + 1]))[0]
    assert bars == [round(p * 1000) for p in probabilities]
    before = view.overlay.pixmap().toImage()
    view.opacity_slider.setValue(0)
    assert view.overlay.pixmap().toImage() != before
    view.close()


def test_excluding_an_image_and_retraining_trains_on_one_fewer(qtbot, window, image_folders, monkeypatch):
    tab = results_tab(qtbot, window)
    load_folders(qtbot, window, [image_folders])
    train(qtbot, window, 20)
    tab.set_combo.setCurrentIndex(tab.set_combo.findData(TRAINING))
    evaluated(qtbot, tab)
    trained_on = len(window.state.data.train)
    assert tab.evaluation.n == trained_on
    assert not tab.exclude_button.isEnabled()

    tab.matrix.cellClicked.emit(0, 0)
    tab.gallery.item(0).setSelected(True)
    assert tab.exclude_button.isEnabled()
    path = window.state.data.train.paths[tab.gallery.rows()[0]]
    tab.exclude_button.click()
    assert window.state.exclusions == (path,)
    assert [tab.exclusions_list.item(i).text() for i in range(tab.exclusions_list.count())] == [path]

    # the Data tab's request carries the exclusions (the one line DataTab.request() needs)
    data_tab = window.data_tab
    original = type(data_tab).request
    monkeypatch.setattr(data_tab, "request",
                        lambda: replace(original(data_tab), excluded=window.state.exclusions))
    data_tab.start_loading()
    qtbot.waitUntil(lambda: window.state.data is not None and len(window.state.data.train) == trained_on - 1,
                    timeout=20000)
    assert "1 image excluded by you" in window.state.loaded.notes
    assert path not in window.state.data.train.paths
    train(qtbot, window, 20)
    evaluated(qtbot, tab)
    assert tab.evaluation.n == trained_on - 1

    tab.exclusions_list.item(0).setSelected(True)
    tab.include_button.click()
    assert window.state.exclusions == () and tab.exclusions_list.count() == 0


def test_predict_tab_shows_true_labels_predicts_the_test_set_and_explains(qtbot, window, image_folders):
    from tests.gui.conftest import drop_paths

    tab = window.predict_tab
    load_folders(qtbot, window, [image_folders])
    assert not tab.test_set_button.isEnabled()  # no model yet
    train(qtbot, window, 40)
    model, test = window.state.model, window.state.data.test
    assert tab.test_set_button.isEnabled()
    tab.test_set_button.click()
    qtbot.waitUntil(lambda: len(tab.predictions) == len(test) and not tab.progress.isVisible(), timeout=20000)
    labels, _ = model.predict_rows(test.X)
    assert [p.label for p in tab.predictions] == labels.tolist()
    assert tab.true_labels == [str(y) for y in test.y]
    for i, (label, true) in enumerate(zip(labels, test.y)):
        assert f"true: {true} {'✓' if label == true else '✗'}" in tab.list.model().index(i, 0).data()

    tab.clear()
    assert "Drop images" in tab.hint.text()
    # a dropped class folder: the folder name is the true label; the tile's pixels are the model's rows
    assert drop_paths(tab, [image_folders / "red"])
    qtbot.waitUntil(lambda: len(tab.predictions) == 24 and not tab.progress.isVisible(), timeout=20000)
    assert set(tab.true_labels) == {"red"}
    rows = np.array(tab.rows)
    assert rows.shape == (24, model.image_format.n_features)
    assert model.predict_rows(rows)[0].tolist() == [p.label for p in tab.predictions]
    view = tab.explain(0)
    assert isinstance(view, ExplainView)
    qtbot.addWidget(view)
    assert view.explanation.true_label == "red"
    assert np.array_equal(view.explanation.image.reshape(-1), tab.rows[0])
    view.close()


def test_a_stale_evaluation_is_dropped_and_a_mismatched_model_is_explained(qtbot, window, image_folders):
    tab = results_tab(qtbot, window)
    load_folders(qtbot, window, [image_folders])
    train(qtbot, window, 20)
    evaluated(qtbot, tab)
    current = tab.evaluation
    # a result that arrives for an earlier generation (model, data or set since changed) is not shown
    tab._evaluated(tab._generation - 1, window.state.data.test, None)
    assert tab.evaluation is current

    # data of another image size: the model cannot be evaluated on them, and the tab says why in one sentence
    find(window, QSpinBox, "imageSizeSpin").setValue(32)
    qtbot.waitUntil(lambda: window.state.data is not None and window.state.data.train.image_format.size == 32,
                    timeout=20000)
    qtbot.waitUntil(lambda: not tab.is_evaluating and "values per image" in tab.summary.text(), timeout=20000)
    assert tab.evaluation is None and tab.matrix.rowCount() == 0
    assert not tab.mistakes_button.isEnabled()


def test_the_tables_give_way_to_a_dock_at_the_share_presentation_gives_the_notes():
    from lrgui.gui.presentation import NOTES_SHARE
    from lrgui.gui.results_layout import DOCK_SHARE

    assert DOCK_SHARE == NOTES_SHARE
