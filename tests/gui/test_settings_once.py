"""The window checks a run's settings once, where they leave the form: the learning rate's one check runs once per run."""

from __future__ import annotations

import pytest

import lrgui.kinds.checks as checks
from tests.gui.test_main_window import load_folders


@pytest.fixture
def rate_checks(monkeypatch):
    calls = []
    original = checks.check_learning_rate

    def counting(value, label="The learning rate"):
        calls.append(value)
        return original(value, label)

    monkeypatch.setattr(checks, "check_learning_rate", counting)
    return calls


def test_train_and_compare_check_each_run_s_learning_rate_once(qtbot, window, image_folders, rate_checks):
    load_folders(qtbot, window, [image_folders])
    tab = window.train_tab
    tab.epochs_spin.setValue(30)
    tab.lr_spin.setValue(0.02)
    rate_checks.clear()
    tab.start_training()
    assert rate_checks == [0.02]  # checked as the run leaves the form; the session and the trainer trust it
    qtbot.waitUntil(lambda: window.model is not None and not tab.is_training, timeout=30000)
    rate_checks.clear()
    tab.rates_edit.setText("0.05 0.01, 0.002")  # spaces, commas or both: the command line's parser
    tab.start_comparison()
    assert rate_checks == [0.05, 0.01, 0.002]
    qtbot.waitUntil(lambda: not tab.is_training, timeout=30000)
