"""The session layer in the window: pause, resume, step and stop; Continue with changed settings; presets."""

from __future__ import annotations

import numpy as np
import pytest

from tests.gui.test_main_window import load_folders
from tests.test_importers import random_images, write_idx


def trained(qtbot, window, timeout=30000):
    qtbot.waitUntil(lambda: window.model is not None and not window.train_tab.is_training, timeout=timeout)


def iterations_shown(window) -> int:
    return window.train_tab.steps_done


def test_pause_step_resume_and_stop(qtbot, window, image_folders):
    load_folders(qtbot, window, [image_folders])
    tab = window.train_tab
    assert not tab.pause_button.isEnabled() and not tab.step_button.isEnabled()  # nothing to pause yet
    tab.epochs_spin.setValue(5_000_000)
    tab.start_training()
    assert tab.pause_button.isEnabled() and not tab.train_button.isEnabled()
    qtbot.waitUntil(lambda: iterations_shown(window) > 10, timeout=10000)
    tab.pause_button.click()
    assert tab.pause_button.isChecked() and tab.step_button.isEnabled()
    qtbot.wait(300)  # the worker reaches the pause and reports where it stopped
    paused_at = iterations_shown(window)
    qtbot.wait(300)
    assert iterations_shown(window) == paused_at  # paused: nothing moves

    for expected in (paused_at + 1, paused_at + 2):
        tab.step_button.click()  # one iteration, then paused again
        qtbot.waitUntil(lambda: iterations_shown(window) == expected, timeout=5000)
        qtbot.wait(200)
        assert iterations_shown(window) == expected

    tab.pause_button.click()  # resume
    assert not tab.pause_button.isChecked()
    qtbot.waitUntil(lambda: iterations_shown(window) > paused_at + 50, timeout=10000)
    tab.stop_button.click()
    trained(qtbot, window)
    reached = window.model.estimator.n_iter_
    assert paused_at + 50 < reached < 5_000_000
    assert window.model.estimator.costs_[-1][0] == reached  # the point where it stopped is recorded
    assert window.model.history.iterations[-1] == reached


def test_stop_while_paused_finishes_at_once(qtbot, window, image_folders):
    load_folders(qtbot, window, [image_folders])
    tab = window.train_tab
    tab.epochs_spin.setValue(5_000_000)
    tab.start_training()
    qtbot.waitUntil(lambda: iterations_shown(window) > 5, timeout=10000)
    tab.pause_button.click()
    qtbot.wait(200)
    tab.stop_training()
    trained(qtbot, window, timeout=5000)
    assert window.model.estimator.n_iter_ < 5_000_000



def test_a_stopped_network_is_idle_at_its_last_recorded_point_then_shows_where_it_stopped(qtbot, window,
                                                                                            image_folders):
    from tests.gui.test_walk import views_agree

    load_folders(qtbot, window, [image_folders])
    tab, state = window.train_tab, window.state
    tab.model_combo.setCurrentIndex(tab.model_combo.findData("mlp"))
    tab.hidden_spin.setValue(6)
    tab.epochs_spin.setValue(1_000_000)
    tab.record_spin.setValue(1000)  # recorded rarely: Stop lands between two recorded points
    tab.start_training()
    qtbot.waitUntil(lambda: iterations_shown(window) > 20, timeout=20000)
    applied = []
    state.events.model.connect(applied.append)
    tab.stop_training()
    qtbot.waitUntil(lambda: not tab.is_training, timeout=5000)
    # at once the run at its last recorded point, whole; then (measured in a worker) the point it stopped at
    qtbot.waitUntil(lambda: len(applied) == 2, timeout=10000)
    interim, model = applied
    assert interim.estimator.n_iter_ == 0 == interim.history.iterations[-1]
    assert state.model is model
    assert model.estimator.n_iter_ > 20 and model.history.iterations[-1] == model.estimator.n_iter_
    assert model.estimator.costs_[-1][0] == model.estimator.n_iter_ and state.unsaved
    assert f"{model.estimator.n_iter_:,}" in tab.history_label.text()
    views_agree(window)

def test_continue_applies_a_changed_l2_and_refuses_a_changed_hidden_layer(qtbot, window, image_folders):
    load_folders(qtbot, window, [image_folders])
    tab = window.train_tab
    tab.model_combo.setCurrentIndex(tab.model_combo.findData("mlp"))
    tab.epochs_spin.setValue(5)
    tab.hidden_spin.setValue(6)
    tab.start_training()
    trained(qtbot, window)
    first = window.model
    assert first.estimator.l2 == pytest.approx(1e-4)

    tab.l2_spin.setValue(0.01)
    tab.continue_training()
    qtbot.waitUntil(lambda: window.model is not first and not tab.is_training, timeout=30000)
    assert window.model.estimator.l2 == pytest.approx(0.01) and window.model.estimator.n_iter_ == 10
    assert window.state.model_settings.l2 == pytest.approx(0.01)
    assert window.model.info["settings"]["l2"] == pytest.approx(0.01)  # what the model file will record

    second = window.model
    tab.hidden_spin.setValue(9)
    tab.continue_training()
    from PySide6.QtWidgets import QApplication

    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=3000)
    box = QApplication.activeModalWidget()
    assert "hidden units" in box.text() and "Train" in box.text()
    box.close()
    assert window.model is second and not tab.is_training


def test_photo_folders_after_a_fashion_mnist_import_are_read_as_photos(qtbot, window, image_folders, tmp_path):
    folder = tmp_path / "fashion"
    folder.mkdir()
    write_idx(folder / "train-images-idx3-ubyte", random_images(20, 28, seed=4, channels=1), compress=True)
    write_idx(folder / "train-labels-idx1-ubyte", np.array([0, 1] * 10, np.uint8), compress=True)
    write_idx(folder / "t10k-images-idx3-ubyte", random_images(4, 28, seed=5, channels=1), compress=False)
    write_idx(folder / "t10k-labels-idx1-ubyte", np.array([0, 1, 0, 1], np.uint8), compress=False)
    window.import_dataset("fashion-mnist", folder)
    qtbot.waitUntil(lambda: window.data_tab.data is not None, timeout=20000)
    assert window.data_tab.data.train.image_format.size == 28
    tab = window.train_tab
    tab.model_combo.setCurrentIndex(tab.model_combo.findData("mlp"))
    # the importer's preset for the network: the tutorial's 25 minibatches, standardised
    assert tab.batches_spin.value() == 25 and tab.standardize_check.isChecked()

    load_folders(qtbot, window, [image_folders])
    fmt = window.data_tab.data.train.image_format
    assert (fmt.size, fmt.grayscale) == (64, False)
    assert window.data_tab.data.train.n_features == 64 * 64 * 3
    assert tab.batches_spin.value() == 1 and not tab.standardize_check.isChecked()  # the preset went with its data
