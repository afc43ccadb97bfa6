"""The window opens without the Train and Playground tabs' contents; they are made, from the state, when shown
or asked for (lrgui.gui.lazy_tabs)."""

from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox, QWidget

from lrgui.data.toy import load_toy
from lrgui.session.settings import TrainingSettings
from lrgui.session.sources import DataRequest, LoadedData
from lrgui.session.training_session import TrainingSession


def toy(name: str) -> LoadedData:
    return LoadedData(load_toy(name, points=40, noise=0.1, seed=0), DataRequest("toy", name=name), 0.0)


def test_the_window_paints_without_the_hidden_tabs_and_a_search_makes_them(qtbot, window):
    qtbot.wait(50)  # the first paint and whatever follows it
    assert not window.train_tab.is_built and not window.playground_tab.is_built
    assert window.findChild(QDoubleSpinBox, "learningRateSpin") is not None  # the tests' searches find them
    assert window.train_tab.is_built and window.playground_tab.is_built
    assert window.findChild(QWidget, "leftBoundaryView") is not None


def test_making_a_tab_after_the_window_opened_keeps_the_keyboard_in_the_window(qtbot, window):
    """A part shown before it has a parent is a window of its own: it would take the keys (Ctrl+T) from the app."""
    from PySide6.QtWidgets import QApplication

    qtbot.waitUntil(window.isActiveWindow)
    window.findChild(QDoubleSpinBox, "learningRateSpin")  # both tabs made now, in an open window
    qtbot.wait(50)
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [window]
    assert window.isActiveWindow()


def test_a_tab_is_made_when_shown_with_a_lessons_draft_set_before(qtbot, window):
    state = window.state
    state.set_data(toy("xor"))  # a lesson's data, then its draft (as apply_lesson_data does)
    lesson_draft = TrainingSettings(model="logistic", learning_rate=0.0042, epochs=321).validate()
    state.set_draft(lesson_draft)
    assert not window.train_tab.is_built
    window.tabs.setCurrentWidget(window.train_tab)
    tab = window.train_tab
    assert tab.is_built and tab.isVisible()
    assert tab.lr_spin.value() == 0.0042 and tab.epochs_spin.value() == 321
    state.set_data(toy("xor"))  # the same data loaded again leave the lesson's draft alone
    assert state.draft == lesson_draft and tab.epochs_spin.value() == 321
    assert tab.lr_spin.property("lrguiAccessible")  # named and in the Tab order once shown


def test_a_model_given_before_the_train_tab_is_made_is_on_its_plots(qtbot, window):
    state = window.state
    state.set_data(toy("circles"))
    settings = TrainingSettings(model="logistic", learning_rate=0.5, epochs=60, record_every=10).validate()
    session = TrainingSession(state.data, [settings], toy="circles")
    session.apply(state, session.work(lambda batch, force=False: session.absorb(batch)))
    assert state.model is not None and not window.train_tab.is_built
    tab = window.train_tab
    window.tabs.setCurrentWidget(tab)
    assert len(tab.plots.points) == len(state.model.history) > 1
    assert "%" in tab.accuracy_label.text()
    assert tab.continue_button.isEnabled()


def test_presentation_before_the_tabs_are_made_applies_when_they_are(qtbot, window):
    window.train_tab.set_presentation(True)
    window.playground_tab.set_presentation(True)
    assert not window.train_tab.is_built and not window.playground_tab.is_built
    window.tabs.setCurrentWidget(window.train_tab)
    assert not window.train_tab.secondary_area.isVisible()
    window.tabs.setCurrentWidget(window.playground_tab)
    assert not window.playground_tab.hint_label.isVisible()
