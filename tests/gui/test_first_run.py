"""What a newcomer meets: the sample in one click, the welcome on the first launch only."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from tests.gui.test_main_window import find


def test_sample_button_loads_the_sample_and_it_trains_well(qtbot, window):
    button = find(window, QPushButton, "sampleButton")
    assert button.isVisible()
    button.click()
    qtbot.waitUntil(lambda: window.train_tab.train_button.isEnabled(), timeout=30000)
    data = window.data_tab.data
    assert data.train.classes == ["circle", "square", "triangle"] and data.test is not None
    assert not button.isVisible()
    window.train_tab.start_training()
    qtbot.waitUntil(lambda: window.model is not None and not window.train_tab.is_training, timeout=60000)
    info = window.model.info
    assert info["train_accuracy"] >= 0.9 and info["test_accuracy"] >= 0.85


def test_digits_sample_from_the_menu_applies_its_settings(qtbot, window):
    window.findChild(type(window.quit_action), "sample_digits").trigger()
    qtbot.waitUntil(lambda: window.train_tab.train_button.isEnabled(), timeout=30000)
    assert window.data_tab.size_spin.value() == 8 and window.data_tab.grayscale_check.isChecked()
    assert window.data_tab.data.train.n_features == 64
    assert len(window.data_tab.data.train.classes) == 10
    assert window.train_tab.lr_spin.value() == 1.0


def test_welcome_is_offered_on_the_first_launch_only(qtbot):
    from lrgui.gui import MainWindow

    first = MainWindow(remember_settings=True, offer_sample=True)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitUntil(lambda: first.findChild(QMessageBox, "welcomeDialog") is not None, timeout=3000)
    welcome = first.findChild(QMessageBox, "welcomeDialog")
    load = next(b for b in welcome.buttons() if b.text() == "Load the sample")
    load.click()
    qtbot.waitUntil(lambda: first.train_tab.train_button.isEnabled(), timeout=30000)
    first.close()

    second = MainWindow(remember_settings=True, offer_sample=True)
    qtbot.addWidget(second)
    second.show()
    qtbot.wait(200)
    assert second.findChild(QMessageBox, "welcomeDialog") is None
    second.close()


def test_a_plain_window_never_offers_anything(qtbot, window):
    qtbot.wait(200)
    assert window.findChild(QMessageBox, "welcomeDialog") is None
    assert QApplication.activeModalWidget() is None
