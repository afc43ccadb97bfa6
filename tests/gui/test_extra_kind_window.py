"""The extra kind in the window: the Train tab's form shows its own settings (made from its fields), trains it
in one step and shows the result; the Playground gives it a pane because its module declares one, and names a kind
that declares none."""

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
    shrink = find(window, QDoubleSpinBox, "shrinkSpin")  # made from the kind's field, named after it
    assert shrink.isHidden()
    combo.setCurrentIndex(combo.findData(nearest_mean))
    box = find(window, QGroupBox, "kindSettingsBox")
    assert not box.isHidden() and box.title() == "Nearest class mean" and not shrink.isHidden()
    assert window.train_tab.hidden_spin.isHidden()  # the network's settings are not this kind's
    assert window.train_tab.lr_spin.isHidden()  # a kind that trains in one step has no learning rate
    load_folders(qtbot, window, [image_folders])
    assert (shrink.minimum(), shrink.maximum()) == (0.0, 1.0)  # the field's own range
    shrink.setValue(0.5)
    assert window.state.draft.model == nearest_mean and window.state.draft.shrink == 0.5
    window.train_tab.start_training()
    qtbot.waitUntil(lambda: window.model is not None and not window.train_tab.is_training, timeout=30000)
    assert type(window.model.estimator).__name__ == "NearestClassMean" and window.model.estimator.shrink == 0.5
    assert window.model.history is not None and len(window.model.history) == 1  # one step, one point
    assert [x for x, _ in plot_points(window)] == [1.0]
    assert not window.train_tab.continue_button.isEnabled()  # nothing to continue: it is fitted in one step


def test_the_playground_offers_the_extra_kind_its_module_declares_a_pane_for(qtbot, nearest_mean, nearest_window):
    import json

    from PySide6.QtWidgets import QLabel

    from lrgui.data.schema import check_playground
    from lrgui.session.playground import PlaygroundState

    window = nearest_window
    tab = window.playground_tab
    tab.build()
    assert list(tab.panes) == ["logistic", "mlp", nearest_mean]  # the registry's order, one pane per declaration
    pane = tab.panes[nearest_mean]
    assert find(tab, QLabel, "playgroundNotOfferedLabel").isHidden()  # every kind is offered
    shrink = find(tab, QDoubleSpinBox, f"{nearest_mean}PlaygroundShrink")  # made from its field
    assert (shrink.minimum(), shrink.maximum()) == (0.0, 1.0)
    assert pane.landscape is None and pane.race_button is None and pane.hidden_lines_check is None
    shrink.setValue(0.25)
    pane.train_alone()
    qtbot.waitUntil(lambda: pane.trained is not None and not pane.is_training, timeout=30000)
    assert pane.result.model.estimator.shrink == 0.25
    grid = pane.view.probability_grid()
    assert grid is not None and 0 < grid.mean() < 1  # its boundary is drawn from its own plane logits
    kept = window.state.playground.pane(nearest_mean)
    assert kept.shrink == 0.25 and kept.trained.history[-1][1]["means"].shape == (2, 2)
    race = tab.race()  # the tab's race is the network's still: the extra kind has no learning rate to race
    assert race.settings.model == "mlp"
    race.close()
    record = json.loads(json.dumps(window.state.playground.to_json()))  # as a lesson keeps it
    check_playground(record)
    assert PlaygroundState.from_json(record) == window.state.playground


def test_the_playground_names_a_kind_it_does_not_offer_and_why(qtbot, nearest_mean):
    from PySide6.QtWidgets import QLabel

    from lrgui.gui.playground_tab import PlaygroundTab
    from lrgui.gui.workers import WorkerPool
    from lrgui.kinds import register, unregister
    from lrgui.session.state import AppState
    from tests.extra_kind.nearest_mean import NearestClassMean, NearestMean

    class PlainMeanClassifier(NearestClassMean):
        model_type = "plain_mean"

    class PlainMean(NearestMean):
        """The same model without a Playground declaration."""

        name = "plain_mean"
        title = "Plain class mean"
        estimator = PlainMeanClassifier
        playground = None

    register(PlainMean())
    pool = WorkerPool()
    try:
        tab = PlaygroundTab(AppState(), pool)
        qtbot.addWidget(tab)
        tab.build()
        assert "plain_mean" not in tab.panes and nearest_mean in tab.panes
        note = tab.findChild(QLabel, "playgroundNotOfferedLabel")
        assert not note.isHidden()
        assert note.text() == ("Not offered here: Plain class mean. The Playground shows the models that declare a "
                               "Playground pane; train the others on the Train tab.")
        tab.set_presentation(True)
        assert note.isHidden()  # the class watches the maps
        tab.set_presentation(False)
        assert not note.isHidden()
    finally:
        pool.shutdown(5000)
        unregister("plain_mean")
