"""A German user types and reads numbers the German way: 0,005 and 1e-4 as the learning rate, rates as a list."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest

from lrgui.gui.number_style import install_for_locale
from lrgui.session.wording import install_number_style
from tests.gui.test_main_window import load_folders
from tests.gui.test_train_instrument import trained, type_into


@pytest.fixture
def german():
    """The number style a German window installs at start (before the window is made), English after."""
    style = install_for_locale("de")
    yield style
    install_number_style(None)


def test_german_number_style_comes_from_qlocale(german):
    assert (german.decimal, german.group) == (",", ".")
    assert install_for_locale("fr").group == "\u202f"
    assert install_for_locale("es").min_grouping == 2
    assert install_for_locale("C").decimal == "."


@pytest.mark.parametrize("typed, expected, shown", [("0,005", 0.005, "0,005"), ("1e-4", 0.0001, "0,0001"),
                                                    ("0.005", 0.005, "0,005"), ("2,5e-2", 0.025, "0,025")])
def test_a_german_user_types_the_learning_rate(german, qtbot, window, image_folders, typed, expected, shown):
    load_folders(qtbot, window, [image_folders])
    tab = window.train_tab
    tab.epochs_spin.setValue(20)
    type_into(tab.lr_spin, typed)
    QTest.keySequence(window, "Ctrl+T")
    trained(qtbot, window)
    assert window.model.estimator.learning_rate == pytest.approx(expected, rel=1e-12)
    assert tab.lr_spin.text() == shown  # shown back with the decimal comma


def test_a_german_user_compares_rates_separated_by_semicolons(german, qtbot, window, image_folders):
    assert window.state.compare_rates == "0,01; 0,001; 0,0001"  # the default list in the German style
    load_folders(qtbot, window, [image_folders])
    tab = window.train_tab
    tab.epochs_spin.setValue(20)
    tab.rates_edit.clear()
    QTest.keyClicks(tab.rates_edit, "0,01; 0,001 1e-4")
    tab.compare_button.click()
    qtbot.waitUntil(lambda: len(window.state.runs) == 3 and not tab.is_training, timeout=60000)
    assert [run.learning_rate for run in window.state.runs] == pytest.approx([0.01, 0.001, 0.0001])


def test_the_session_speaks_german_through_qts_translator(german, qapp):
    """The compiled German words of the Qt-free layers, through Qt's translator, with German numbers."""
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication, QTranslator

    from lrgui.session import i18n
    from lrgui.session.advice import divergence_advice
    from lrgui.session.lesson import builtin_lessons, lesson_in_language, load_lesson
    from lrgui.session.wording import format_count

    translator = QTranslator()
    assert translator.load(str(Path(__file__).resolve().parents[2] / "resources" / "translations" / "lrgui_core_de.qm"))
    QCoreApplication.installTranslator(translator)
    i18n.install(lambda context, text: QCoreApplication.translate(context, text))
    try:
        assert divergence_advice(0.5).startswith("Das Training ist divergiert")
        assert "Lernrate 0,5 ist zu groß" in divergence_advice(0.5) and "0,05" in divergence_advice(0.5)
        assert format_count(2345, "image") == "2.345 Bilder"
        lesson = lesson_in_language(load_lesson(builtin_lessons()[1][2]))
        assert lesson.title == "Formen" and "WAS MAN ZEIGEN KANN" in lesson.notes
    finally:
        i18n.install(None)
        QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("typed", ["0,25", "0.25"])
def test_the_playgrounds_noise_takes_either_decimal_mark(german, qtbot, typed):
    from lrgui.gui.spinboxes import DecimalSpinBox

    box = DecimalSpinBox()
    qtbot.addWidget(box)
    box.setRange(0.0, 0.5)
    box.setDecimals(2)
    box.lineEdit().selectAll()
    QTest.keyClicks(box.lineEdit(), typed)
    box.interpretText()
    assert box.value() == pytest.approx(0.25) and box.text() == "0,25"
