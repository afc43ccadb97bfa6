"""Presentation mode: twice the text, tick labels of at least 20 px, secondary controls hidden; leaving restores all."""

from __future__ import annotations

from PySide6.QtCore import Qt

from lrgui.gui.presentation import Presentation, doubled
from tests.gui.test_main_window import load_folders


def font_px(font, reference) -> float:
    return font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * reference.logicalDpiY() / 72


def test_presentation_doubles_the_text_and_restores_everything(qtbot, window, image_folders):
    load_folders(qtbot, window, [image_folders])
    tab = window.train_tab
    tab.start_training()
    qtbot.waitUntil(lambda: window.model is not None and not tab.is_training, timeout=30000)
    window.tabs.setCurrentWidget(tab)
    before_font = window.font()
    before_size = before_font.pointSizeF()
    before_label = tab.lr_spin.font().pointSizeF()
    before_visible = {w: w.isVisible() for w in (tab.secondary_area, tab.compare_row, tab.axes_row, tab.lr_spin,
                                                 tab.epochs_spin, tab.model_combo, tab.side_widget)}
    before_widths = (tab.side_widget.minimumWidth(), tab.side_widget.maximumWidth())
    before_style = tab.accuracy_label.styleSheet()
    before_pen = tab.plot.current.item.opts["pen"].widthF()
    presentation = Presentation(window)

    presentation.set_active(True)
    qtbot.waitUntil(window.isFullScreen, timeout=5000)  # the window system's answer comes in its own time
    qtbot.wait(100)
    assert presentation.active
    assert window.font().pointSizeF() == 2 * before_size
    assert tab.lr_spin.font().pointSizeF() == 2 * before_label
    tick = tab.plot.getPlotItem().getAxis("bottom").style["tickFont"]
    assert font_px(tick, window) >= 20
    assert tab.plot.current.item.opts["pen"].widthF() >= 2 * before_pen
    assert not tab.secondary_area.isVisible() and not tab.compare_row.isVisible()
    for widget in (tab.train_button, tab.pause_button, tab.step_button, tab.accuracy_label, tab.history_slider):
        assert widget.isVisible(), widget.objectName()
    # the stage: the run's band above the plots; the learning rate and iterations in it where it is wide enough
    # (1024 px: tests/gui/test_weight_tiles.py), the model's name not
    assert tab.side_widget.geometry().bottom() < tab.plots.geometry().top()
    wide = tab.width() >= tab.stage.band_width_needed(with_form=True)
    assert tab.lr_spin.isVisible() == wide and tab.epochs_spin.isVisible() == wide
    assert not tab.model_combo.isVisible()
    assert "36pt" in tab.accuracy_label.text()
    assert font_px(tab.weights_view.colour_bar.axis.style["tickFont"], window) >= 20

    presentation.set_active(False)
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=5000)
    qtbot.wait(100)
    assert not presentation.active
    assert window.font() == before_font
    assert tab.lr_spin.font().pointSizeF() == before_label
    assert {w: w.isVisible() for w in before_visible} == before_visible
    assert (tab.side_widget.minimumWidth(), tab.side_widget.maximumWidth()) == before_widths
    assert tab.side_widget.geometry().right() < tab.plots.geometry().left()  # the column beside the plots again
    assert tab.accuracy_label.styleSheet() == before_style
    assert "36pt" not in tab.accuracy_label.text()
    assert tab.plot.current.item.opts["pen"].widthF() == before_pen
    assert font_px(tab.plot.getPlotItem().getAxis("bottom").style["tickFont"], window) < 20
    assert font_px(tab.weights_view.colour_bar.axis.style["tickFont"], window) < 20


def test_the_playground_and_results_in_presentation_and_normal_after(qtbot, window):
    tab = window.playground_tab
    window.tabs.setCurrentWidget(tab)
    view, plot = tab.left_view, tab.left.plot
    marker = view.scatters[0].opts["size"]
    presentation = Presentation(window)

    presentation.set_active(True)
    qtbot.wait(100)
    for axis in (view.getPlotItem().getAxis("bottom"), plot.getPlotItem().getAxis("left")):
        assert font_px(axis.style["tickFont"], window) >= 20
    assert view.scatters[0].opts["size"] > marker
    assert not plot.getPlotItem().titleLabel.isVisible()  # the small plot stays without a title

    window.tabs.setCurrentWidget(window.results_tab)
    window.state.exclude(["some/photo.jpg"])
    qtbot.wait(50)
    assert not window.results_tab.exclusions_box.isVisible()  # the teacher's list, not the class's

    presentation.set_active(False)
    qtbot.wait(100)
    assert window.results_tab.exclusions_box.isVisible()  # shown again, as it holds an image
    window.state.include_again(["some/photo.jpg"])
    assert not window.results_tab.exclusions_box.isVisible()  # an empty list takes no room
    window.tabs.setCurrentWidget(tab)
    for axis in (view.getPlotItem().getAxis("bottom"), plot.getPlotItem().getAxis("left")):
        assert font_px(axis.style["tickFont"], window) < 20
    assert view.scatters[0].opts["size"] == marker


def test_the_notes_are_large_in_presentation_and_normal_after(qtbot, window):
    notes = window.lessons.notes
    notes.setVisible(True)
    normal = notes.notes_edit.font().pointSizeF()
    presentation = Presentation(window)
    presentation.set_active(True)
    assert notes.notes_edit.font().pointSizeF() >= 3 * normal
    presentation.set_active(False)
    assert notes.notes_edit.font().pointSizeF() == normal


def test_doubled_keeps_pixel_and_point_fonts_in_their_unit(qapp):
    from PySide6.QtGui import QFont

    points = QFont()
    points.setPointSizeF(9.5)
    pixels = QFont()
    pixels.setPixelSize(11)
    assert doubled(points).pointSizeF() == 19.0
    assert doubled(pixels).pixelSize() == 22


def test_leaving_presentation_puts_a_plain_window_back_where_it_was(qtbot, window):
    window.showNormal()
    window.setGeometry(40, 30, 1000, 600)  # a 1024 × 600 screen, less a frame
    qtbot.wait(50)
    before = window.geometry()
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        presentation = Presentation(window)
        presentation.set_active(True)
        qtbot.wait(150)
        presentation.set_active(False)
        qtbot.waitUntil(lambda: window.geometry() == before, timeout=2000)
        assert not window.isFullScreen()


def test_grey_hints_with_a_size_of_their_own_grow_and_come_back(qtbot, window, image_folders):
    """The Predict hint (17 px, grey) and every label with its own font size grow with the rest of the text."""
    hint = window.predict_tab.hint
    before = hint.styleSheet()
    assert "font-size: 17px" in before
    presentation = Presentation(window)
    presentation.set_active(True)
    qtbot.waitUntil(window.isFullScreen, timeout=5000)
    assert "font-size: 34px" in hint.styleSheet() and "palette(mid)" in hint.styleSheet()
    presentation.set_active(False)
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=5000)
    assert hint.styleSheet() == before


def test_boxes_with_a_style_sheet_of_their_own_but_no_size_grow_too_and_come_back(qtbot, window):
    """A style sheet fixes a widget's type when applied (the advice's box, the Train tab's warning): presenting,
    their text is doubled like the rest, and normal again after."""
    window.tabs.setCurrentWidget(window.playground_tab)
    advice, warning = window.playground_tab.left.advice_label, window.train_tab.warning_label
    assert advice.styleSheet() and "font-size" not in advice.styleSheet()
    normal = {label: label.font().pointSizeF() for label in (advice, warning)}
    presentation = Presentation(window)
    presentation.set_active(True)
    qtbot.waitUntil(window.isFullScreen, timeout=5000)
    for label, size in normal.items():
        assert label.font().pointSizeF() == 2 * size == window.font().pointSizeF()
    presentation.set_active(False)
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=5000)
    for label, size in normal.items():
        assert label.font().pointSizeF() == size
        assert not label.testAttribute(Qt.WidgetAttribute.WA_SetFont)  # inherited again, as before


def test_the_data_tab_and_the_train_tab_count_what_is_trained_and_tested(qtbot, window, image_folders):
    load_folders(qtbot, window, [image_folders])
    data = window.state.data
    train, test = len(data.train), len(data.test)
    assert f"({train:,} to train, {test:,} to test)" in window.train_tab.data_label.text()
    rows = window.data_tab.rows
    qtbot.waitUntil(lambda: all("to train" in row.count_label.text() for row in rows), timeout=10000)
    for row in rows:
        trained, tested = data.train.counts()[row.entry.name], data.test.counts().get(row.entry.name, 0)
        assert row.count_label.text() == f"{trained + tested} images ({trained} to train, {tested} to test)"

