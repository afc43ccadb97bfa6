"""Every tab fits a 1024×600 screen, with either model: named controls inside the window, never below their size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QAbstractSlider, QAbstractSpinBox, QComboBox, QScrollArea

from tests.gui.test_main_window import load_folders

SMALL = (1024, 600)
#: What a teacher uses during a run: never scrolled away, never clipped.
MAIN_CONTROLS = ("trainButton", "pauseButton", "stepButton", "learningRateSpin", "epochsSpin", "accuracyLabel",
                 "historySlider")


def in_scroll_area(widget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def squeezed_or_outside(window) -> list[str]:
    area = QRect(0, 0, window.width(), window.height())
    found = []
    for kind in (QAbstractButton, QAbstractSpinBox, QComboBox, QScrollArea, QAbstractSlider):
        for widget in window.findChildren(kind):
            if not widget.isVisible() or not widget.objectName() or in_scroll_area(widget):
                continue  # a scrolled control is reached by scrolling: secondary settings may be there
            rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
            if not area.contains(rect):
                found.append(f"{widget.objectName()} outside")
            hint = widget.minimumSizeHint()
            if widget.height() < hint.height() or widget.width() < min(hint.width(), 40):
                found.append(f"{widget.objectName()} {widget.width()}x{widget.height()} < {hint.width()}x{hint.height()}")
    return found


@pytest.mark.parametrize("model", ["logistic", "mlp"])
def test_every_tab_fits_1024x600_with_either_model(qtbot, window, image_folders, model):
    load_folders(qtbot, window, [image_folders])
    tab = window.train_tab
    tab.model_combo.setCurrentIndex(tab.model_combo.findData(model))
    tab.epochs_spin.setValue(20)
    tab.start_training()
    qtbot.waitUntil(lambda: window.model is not None and not tab.is_training, timeout=30000)
    window.resize(*SMALL)
    assert window.minimumSizeHint().height() <= SMALL[1] and window.minimumSizeHint().width() <= SMALL[0]
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(50)
        assert window.size().width() <= SMALL[0] and window.size().height() <= SMALL[1]
        assert squeezed_or_outside(window) == [], window.tabs.tabText(index)
    window.tabs.setCurrentWidget(tab)
    qtbot.wait(50)
    area = QRect(0, 0, window.width(), window.height())
    for name in MAIN_CONTROLS:
        widget = getattr(tab, {"trainButton": "train_button", "pauseButton": "pause_button",
                               "stepButton": "step_button", "learningRateSpin": "lr_spin",
                               "epochsSpin": "epochs_spin", "accuracyLabel": "accuracy_label",
                               "historySlider": "history_slider"}[name])
        assert widget.isVisible() and not widget.visibleRegion().isEmpty(), name
        assert widget.visibleRegion().boundingRect().size() == widget.size(), f"{name} is partly hidden"
        assert area.contains(QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())), name


# ------------------------------------------------------------------ the cost axis on a short plot
@pytest.mark.parametrize("height", [110, 140, 200, 500])
def test_cost_axis_labels_never_overlap_however_short_the_plot(qtbot, height):
    from PySide6.QtGui import QFontMetrics

    from lrgui.gui.cost_plot import CostPlot

    plot = CostPlot()
    qtbot.addWidget(plot)
    plot.setMinimumSize(200, 40)
    plot.resize(400, height)
    plot.getPlotItem().setYRange(0.0, 0.7, padding=0)
    plot.show()
    qtbot.waitExposed(plot)
    import pyqtgraph as pg

    axis = plot.getPlotItem().getAxis("left")
    size = axis.geometry().height()
    assert size > 0
    interval = axis.tickSpacing(0.0, 0.7, size)[0][0]
    text = QFontMetrics(axis.style.get("tickFont") or axis.font()).height()
    assert interval * size / 0.7 >= 2 * text - 1e-9  # two text lines between labels
    if height >= 500:  # a tall plot keeps pyqtgraph's own ticks
        assert axis.tickSpacing(0.0, 0.7, size) == pg.AxisItem.tickSpacing(axis, 0.0, 0.7, size)
    if height <= 110:  # the playground's plot on a 1024 × 600 screen: fewer labels than pyqtgraph's
        assert interval > pg.AxisItem.tickSpacing(axis, 0.0, 0.7, size)[0][0]


def test_cost_axis_gives_no_ticks_rather_than_an_exception_for_a_diverged_range(qapp):
    from lrgui.gui.cost_plot import SpacedAxis

    axis = SpacedAxis("left")
    for low, high, size in ((0.0, float("inf"), 100), (0.0, float("nan"), 100), (-1e308, 1e308, 100), (0.0, 1.0, 0)):
        assert axis.tickSpacing(low, high, size) == []
    assert axis.tickSpacing(0.0, 1.0, 300)  # a normal range keeps its ticks


def test_nice_step():
    from lrgui.gui.cost_plot import nice_step

    assert [nice_step(x) for x in (0.07, 0.1, 0.13, 0.3, 0.62, 3.0, 12.0)] == [0.1, 0.1, 0.2, 0.5, 1.0, 5.0, 20.0]
