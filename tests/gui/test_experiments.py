"""The classic experiments in the window: imported datasets, the network, comparing learning rates."""

from __future__ import annotations

import numpy as np
import pytest
import pyqtgraph as pg
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QTableWidget

from tests.gui.test_main_window import find, load_folders
from tests.test_importers import random_images, write_cifar


@pytest.fixture
def cifar_folder(tmp_path):
    rng = np.random.default_rng(0)
    labels = rng.integers(0, 10, 60).tolist()
    test_labels = rng.integers(0, 10, 30).tolist()
    return write_cifar(tmp_path / "cifar-10-batches-py", train=[(random_images(60, 32, seed=1), labels)],
                       test=(random_images(30, 32, seed=2), test_labels))


def test_import_cifar10_choose_one_vs_rest_and_train(qtbot, window, cifar_folder):
    window.import_dataset("cifar10", cifar_folder)
    qtbot.waitUntil(lambda: window.data_tab.data is not None, timeout=20000)
    assert window.data_tab.size_spin.value() == 32 and not window.data_tab.grayscale_check.isChecked()
    assert window.data_tab.data.train.n_features == 32 * 32 * 3
    assert len(window.data_tab.entries) == len(window.data_tab.data.train.classes)
    combo = find(window, QComboBox, "oneVsRestCombo")
    combo.setCurrentIndex(combo.findData("bird"))
    qtbot.waitUntil(lambda: window.data_tab.data is not None and window.data_tab.data.train.classes == ["bird", "not bird"],
                    timeout=20000)
    counts = window.data_tab.data.train.counts()
    assert counts["bird"] == counts["not bird"]
    window.train_tab.epochs_spin.setValue(200)
    window.train_tab.start_training()
    qtbot.waitUntil(lambda: window.model is not None and not window.train_tab.is_training, timeout=20000)
    assert sorted(window.model.classes) == ["bird", "not bird"]


def test_unchecking_an_imported_class_leaves_it_out(qtbot, window, cifar_folder):
    window.import_dataset("cifar10", cifar_folder)
    qtbot.waitUntil(lambda: window.data_tab.data is not None, timeout=20000)
    first = window.data_tab.rows[0]
    name = first.entry.name
    first.use_check.setChecked(False)
    qtbot.waitUntil(lambda: window.data_tab.data is not None and name not in window.data_tab.data.train.classes,
                    timeout=20000)
    assert name not in set(window.data_tab.data.train.y)


def test_switching_model_switches_settings_and_trains_the_network(qtbot, window, image_folders):
    combo = find(window, QComboBox, "modelCombo")
    lr = window.train_tab.lr_spin
    assert lr.value() == pytest.approx(0.005) and window.train_tab.hidden_spin.isHidden()
    assert not window.train_tab.l2_spin.isHidden()  # the line's own settings: its penalty, standardisation
    combo.setCurrentIndex(combo.findData("mlp"))
    from lrgui.core import NeuralNetwork

    assert lr.value() == pytest.approx(NeuralNetwork().learning_rate)
    assert window.train_tab.epochs_spin.value() == NeuralNetwork().epochs
    assert not window.train_tab.hidden_spin.isHidden() and window.train_tab.kind_box.title().startswith("Neural network")
    load_folders(qtbot, window, [image_folders])
    window.train_tab.epochs_spin.setValue(20)
    window.train_tab.hidden_spin.setValue(8)
    window.train_tab.batches_spin.setValue(4)
    # photo folders bring no preset: the estimator's own default, no standardisation, until asked for
    assert not window.train_tab.standardize_check.isChecked()
    window.train_tab.standardize_check.setChecked(True)
    window.train_tab.start_training()
    qtbot.waitUntil(lambda: window.model is not None and not window.train_tab.is_training, timeout=30000)
    estimator = window.model.estimator
    assert estimator.model_type == "mlp" and estimator.hidden == 8 and estimator.n_iter_ == 20
    assert window.model.scaler.kind == "standardize"
    x, _ = find(window, pg.PlotWidget, "costPlot").getPlotItem().listDataItems()[-1].getData()
    assert list(x) == list(range(21))  # one point per epoch, and the final one
    combo.setCurrentIndex(combo.findData("logistic"))
    assert lr.value() == pytest.approx(0.005) and window.train_tab.epochs_spin.value() == 2000
    assert not window.train_tab.continue_button.isEnabled()  # a network cannot continue as a logistic regression


def test_compare_learning_rates_overlays_curves_and_fills_the_table(qtbot, window, image_folders):
    load_folders(qtbot, window, [image_folders])
    window.train_tab.epochs_spin.setValue(300)
    find(window, QLineEdit, "compareRatesEdit").setText("0.01, 0.001, 0.0001")
    find(window, QPushButton, "compareButton").click()
    qtbot.waitUntil(lambda: window.model is not None and not window.train_tab.is_training, timeout=30000)
    items = find(window, pg.PlotWidget, "costPlot").getPlotItem().listDataItems()
    assert [item.name() for item in items] == ["lr 0.01", "lr 0.001", "lr 0.0001"]
    pens = {item.opts["pen"].color().name() for item in items}
    assert len(pens) == 3
    finals = [item.getData()[1][-1] for item in items]
    assert finals[0] < finals[1] < finals[2]  # a larger rate falls faster here
    table = find(window, QTableWidget, "comparisonTable")
    assert table.rowCount() == 3 and table.item(0, 0).text() == "0.01"
    assert "%" in table.item(0, 3).text()
    # the kept model is the one with the lowest cost on the held-out images, and the state says why
    best = min(window.state.runs, key=lambda r: r.final_test_cost)
    assert window.model is best.model and "test images" in window.state.best_reason


def test_bad_rates_are_refused_in_words(qtbot, window, image_folders):
    load_folders(qtbot, window, [image_folders])
    find(window, QLineEdit, "compareRatesEdit").setText("0.1, fast")
    window.train_tab.start_comparison()
    assert not window.train_tab.is_training
    from PySide6.QtWidgets import QApplication

    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=3000)
    box = QApplication.activeModalWidget()
    assert "'fast'" in box.text()
    box.close()


def test_every_models_settings_fit_the_column_and_the_words_tick_the_box(qtbot, window):
    """The column scrolls up and down only: a setting wider than it (a check box's long words) would be cut at the
    scroll bar, where the screenshot tool cannot see it."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    from lrgui.gui.widgets import CheckBoxLabel

    window.resize(1024, 600)
    tab = window.train_tab
    window.tabs.setCurrentWidget(tab)
    combo = find(window, QComboBox, "modelCombo")
    for index in range(combo.count()):
        combo.setCurrentIndex(index)
        qtbot.wait(20)
        area = tab.secondary_area
        assert area.widget().minimumSizeHint().width() <= area.viewport().width(), combo.currentText()
    words = tab.standardize_check.parentWidget().findChild(CheckBoxLabel)
    before = tab.standardize_check.isChecked()
    QTest.mouseClick(words, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert tab.standardize_check.isChecked() != before and window.state.draft.standardize != before
