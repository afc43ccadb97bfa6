"""The extra kind in the window: the Train tab's form shows its own settings (made from its fields), trains it
in one step and shows the result."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QGroupBox

from tests.extra_kind.conftest import nearest_mean  # noqa: F401 - registers the extra kind for the test
from tests.gui.test_main_window import find, load_folders, plot_points


@pytest.fixture
def nearest_window(nearest_mean, window):  # noqa: F811 - the window, made after the kind is registered
    return window


def test_the_train_tab_shows_trains_and_reports_the_extra_kind(qtbot, nearest_mean, nearest_window, image_folders):
    window = nearest_window
    combo = find(window, QComboBox, "modelCombo")
    assert combo.findData(nearest_mean) >= 0  # the kinds' list, not a typed one
    box = find(window, QGroupBox, f"{nearest_mean}SettingsBox")
    assert box.isHidden()
    combo.setCurrentIndex(combo.findData(nearest_mean))
    assert not box.isHidden() and window.train_tab.network_box.isHidden()
    assert window.train_tab.lr_spin.isHidden()  # a kind that trains in one step has no learning rate
    load_folders(qtbot, window, [image_folders])
    shrink = find(window, QDoubleSpinBox, f"{nearest_mean}_shrinkField")
    assert (shrink.minimum(), shrink.maximum()) == (0.0, 1.0)  # the field's own range
    shrink.setValue(0.5)
    assert window.state.draft.model == nearest_mean and window.state.draft.shrink == 0.5
    window.train_tab.start_training()
    qtbot.waitUntil(lambda: window.model is not None and not window.train_tab.is_training, timeout=30000)
    assert type(window.model.estimator).__name__ == "NearestClassMean" and window.model.estimator.shrink == 0.5
    assert window.model.history is not None and len(window.model.history) == 1  # one step, one point
    assert [x for x, _ in plot_points(window)] == [1.0]
    assert not window.train_tab.continue_button.isEnabled()  # nothing to continue: it is fitted in one step
