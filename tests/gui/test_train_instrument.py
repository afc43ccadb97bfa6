"""The Train tab as a classroom instrument: typed values, train and test curves, weights, replay, pace."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.gui.test_main_window import load_folders


def trained(qtbot, window, timeout=30000):
    qtbot.waitUntil(lambda: window.model is not None and not window.train_tab.is_training, timeout=timeout)


def type_into(spin, text: str) -> None:
    """Types ``text`` over the box's contents, without Enter and without leaving the box."""
    spin.setFocus()
    spin.lineEdit().selectAll()
    QTest.keyClicks(spin.lineEdit(), text)


@pytest.mark.parametrize("typed, expected", [("0.0001", 0.0001), ("1e-4", 0.0001), ("2.5e-2", 0.025)])
def test_a_typed_rate_counts_without_enter_when_ctrl_t_trains(qtbot, window, image_folders, typed, expected):
    load_folders(qtbot, window, [image_folders])
    tab = window.train_tab
    tab.epochs_spin.setValue(20)
    type_into(tab.lr_spin, typed)
    QTest.keySequence(window, "Ctrl+T")
    trained(qtbot, window)
    assert window.model.estimator.learning_rate == pytest.approx(expected, rel=1e-12)
    assert tab.lr_spin.value() == pytest.approx(expected, rel=1e-12)


def test_penalty_boxes_take_scientific_notation_and_keep_it(window):
    box = window.train_tab.l2_spin
    type_into(box, "3e-5")
    window.train_tab.commit_typed_values()
    assert box.value() == pytest.approx(3e-5, rel=1e-12)
    assert float(box.text()) == pytest.approx(3e-5, rel=1e-12)


def test_a_typed_iteration_count_counts_from_the_menu_too(qtbot, window, image_folders):
    load_folders(qtbot, window, [image_folders])
    tab = window.train_tab
    type_into(tab.epochs_spin, "37")
    window.train_action.trigger()
    trained(qtbot, window)
    assert window.model.estimator.n_iter_ == 37
