"""The window's state stays true to what it shows: settings changes, renames, races, sessions, long runs."""

from __future__ import annotations

import gc
import time

import numpy as np
import pytest

from tests.gui.conftest import TickGaps, drop_paths
from tests.gui.test_main_window import load_folders, plot_points
from tests.imagegen import make_class_folders
from tests.test_importers import random_images, write_cifar


def trained(qtbot, window, timeout=30000):
    qtbot.waitUntil(lambda: window.model is not None and not window.train_tab.is_training, timeout=timeout)


def test_changing_a_setting_disables_train_until_the_data_match(qtbot, window, image_folders):
    load_folders(qtbot, window, [image_folders])
    window.data_tab.size_spin.setValue(16)
    assert not window.train_tab.train_button.isEnabled()  # at once, not after the reload's delay
    qtbot.waitUntil(window.train_tab.train_button.isEnabled, timeout=20000)
    assert window.data_tab.data.train.n_features == 16 * 16 * 3
    window.train_tab.epochs_spin.setValue(50)
    window.train_tab.start_training()
    trained(qtbot, window)
    assert window.model.image_format.size == 16


def test_remove_all_during_a_load_drops_its_result(qtbot, window, tmp_path):
    folders = make_class_folders(tmp_path / "many", classes=("red", "blue"), per_class=200)
    assert drop_paths(window.data_tab, [folders])
    qtbot.waitUntil(lambda: window.data_tab.is_loading, timeout=5000)
    window.data_tab.clear_button.setEnabled(True)
    window.data_tab.clear()
    qtbot.wait(1500)
    assert window.data_tab.data is None and not window.data_tab.entries
    assert not window.train_tab.train_button.isEnabled()


def test_renaming_during_a_load_names_the_loaded_data(qtbot, window, tmp_path):
    folders = make_class_folders(tmp_path / "many", classes=("red", "blue"), per_class=150)
    assert drop_paths(window.data_tab, [folders])
    qtbot.waitUntil(lambda: window.data_tab.is_loading, timeout=5000)
    row = next(r for r in window.data_tab.rows if r.entry.name == "blue")
    row.name_edit.setText("navy")
    row.name_edit.editingFinished.emit()
    qtbot.waitUntil(window.train_tab.train_button.isEnabled, timeout=30000)
    assert set(window.data_tab.data.train.y) == {"navy", "red"}


def test_continue_after_compare_goes_on_from_the_kept_model(qtbot, window, image_folders):
    load_folders(qtbot, window, [image_folders])
    window.train_tab.epochs_spin.setValue(200)
    window.train_tab.rates_edit.setText("0.05, 0.0001")
    window.train_tab.start_comparison()
    trained(qtbot, window)
    kept = window.model
    assert kept.estimator.learning_rate == pytest.approx(0.05)
    assert window.train_tab.lr_spin.value() == pytest.approx(0.05)
    window.train_tab.continue_training()
    qtbot.waitUntil(lambda: window.model is not kept and not window.train_tab.is_training, timeout=30000)
    assert window.model.estimator.n_iter_ == 400
    items = window.train_tab.plot.getPlotItem().listDataItems()
    assert [item.name() for item in items] == ["lr 0.05"]
    x, _ = items[0].getData()
    assert list(x) == [0, 100, 200, 300, 400]


def test_adding_folders_after_an_import_replaces_it(qtbot, window, tmp_path, image_folders):
    rng = np.random.default_rng(0)
    cifar = write_cifar(tmp_path / "cifar", train=[(random_images(30, 32, seed=1), rng.integers(0, 10, 30).tolist())])
    window.import_dataset("cifar10", cifar)
    qtbot.waitUntil(lambda: window.data_tab.data is not None, timeout=20000)
    load_folders(qtbot, window, [image_folders])
    assert window.data_tab.importer is None
    assert sorted(window.data_tab.data.train.classes) == ["blue", "red"]


def test_penalty_boxes_step_up_from_zero_and_back(window):
    box = window.train_tab.l2_spin
    box.setValue(0)
    box.stepBy(1)
    assert box.value() == pytest.approx(0.0001)
    box.stepBy(1)
    assert box.value() == pytest.approx(0.0002)
    box.stepBy(-1)
    assert box.value() == pytest.approx(0.0001)
    box.stepBy(-1)
    assert box.value() == 0
    box.stepBy(-1)
    assert box.value() == 0


def test_a_new_model_does_not_inherit_the_opened_file(qtbot, window, image_folders, tmp_path):
    load_folders(qtbot, window, [image_folders])
    window.train_tab.epochs_spin.setValue(50)
    window.train_tab.start_training()
    trained(qtbot, window)
    path = tmp_path / "good.lrgui.h5"
    assert window.save_model(path)
    first = window.model
    window.train_tab.start_training()
    qtbot.waitUntil(lambda: window.model is not first and not window.train_tab.is_training, timeout=30000)
    assert window.model_path is None and "good.lrgui.h5" not in window.windowTitle()


def test_stopping_before_the_first_iteration_says_so(qtbot, window, image_folders, monkeypatch):
    load_folders(qtbot, window, [image_folders])
    window.train_tab._succeeded([])
    assert "Stopped before" in window.train_tab.accuracy_label.text()


def test_divergence_is_reported_in_the_window(qtbot, window, image_folders, tmp_path):
    import shutil

    root = tmp_path / "mixed"
    shutil.copytree(image_folders / "red", root / "this")
    shutil.copytree(image_folders / "red", root / "that")
    for image in sorted((image_folders / "blue").iterdir())[:6]:
        shutil.copy(image, root / "that" / f"blue_{image.name}")
    load_folders(qtbot, window, [root])
    window.train_tab.lr_spin.setValue(1_000_000)
    window.train_tab.epochs_spin.setValue(300)
    window.train_tab.start_training()
    trained(qtbot, window)
    assert window.model.estimator.diverged_
    assert all(np.isfinite(c) for _, c in plot_points(window))
    warning = window.train_tab.warning_label
    assert not warning.isHidden() and "diverged" in warning.text() and "smaller" in warning.text()


def test_session_is_restored_with_names_and_layout(qtbot, tmp_path, image_folders):
    from lrgui.gui import MainWindow

    parent = tmp_path / "dataset"
    for split in ("train", "test"):
        make_class_folders(parent / split, classes=("red", "blue"), per_class=4, size=12, seed=len(split))
    first = MainWindow(remember_settings=True)
    qtbot.addWidget(first)
    first.data_tab.add_folders([parent])
    first.data_tab.rows[0].name_edit.setText("azure")
    first.data_tab.rows[0].name_edit.editingFinished.emit()
    first.close()
    second = MainWindow(remember_settings=True, restore_session=True)
    qtbot.addWidget(second)
    assert [e.name for e in second.data_tab.entries] == ["azure", "red"]
    assert all(e.test for e in second.data_tab.entries)  # the train/ and test/ layout came back
    qtbot.waitUntil(second.train_tab.train_button.isEnabled, timeout=20000)
    assert second.data_tab.data.test is not None
    second.close()
    lone = MainWindow(remember_settings=True)
    qtbot.addWidget(lone)
    lone.data_tab.add_folders([image_folders / "red"])  # one class folder: a one-item list
    lone.close()
    third = MainWindow(remember_settings=True, restore_session=True)
    qtbot.addWidget(third)
    assert [e.name for e in third.data_tab.entries] == ["red"]
    third.close()


def test_ui_stays_responsive_through_a_long_run_with_thousands_of_points(qtbot, window, tmp_path):
    folders = make_class_folders(tmp_path / "tiny", classes=("red", "blue"), per_class=3, size=8)
    load_folders(qtbot, window, [folders])
    window.data_tab.size_spin.setValue(4)
    qtbot.waitUntil(window.train_tab.train_button.isEnabled, timeout=20000)
    window.train_tab.epochs_spin.setValue(10_000_000)
    # the garbage of the tests before this one is collected first: a full collection of it in the middle
    # would measure the interpreter, not lrgui's UI thread
    gc.collect()
    ticks = TickGaps()
    window.train_tab.start_training()
    ticks.start()
    qtbot.waitUntil(lambda: len(plot_points(window)) > 1000, timeout=30000)  # slower on a busy machine
    ticks.stop()
    points = len(plot_points(window))
    started = time.monotonic()
    window.train_tab.stop_training()
    qtbot.waitUntil(lambda: not window.train_tab.is_training, timeout=5000)
    assert time.monotonic() - started < 2
    assert ticks.worst < 0.1, f"the UI thread was blocked for {ticks.worst * 1000:.0f} ms with {points} points"


def test_remove_all_resets_the_class_choices(qtbot, window, image_folders):
    load_folders(qtbot, window, [image_folders])
    window.data_tab.per_class_spin.setValue(5)
    qtbot.waitUntil(lambda: window.data_tab.data is not None and len(window.data_tab.data.train) < 20, timeout=20000)
    window.data_tab.clear()
    assert window.data_tab.per_class_spin.value() == 0
