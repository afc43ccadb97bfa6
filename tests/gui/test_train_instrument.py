"""The Train tab as a classroom instrument: typed values, train and test curves, weights, replay, pace."""

from __future__ import annotations

import numpy as np
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


def test_train_and_test_costs_are_two_curves_with_the_final_cost_in_words(qtbot, window, image_folders):
    load_folders(qtbot, window, [image_folders])
    tab = window.train_tab
    assert window.data_tab.data.test is not None and len(window.data_tab.data.test) > 0
    tab.epochs_spin.setValue(300)
    tab.start_training()
    trained(qtbot, window)
    test_item = tab.plot.test_curve_item
    assert test_item is not None and test_item.objectName() == "testCostCurve"
    x, y = test_item.getData()
    history = window.model.history
    assert x.tolist() == history.iterations.tolist() and y.tolist() == pytest.approx(history.test_cost.tolist())
    train_pen, test_pen = tab.plot.current.item.opts["pen"], test_item.opts["pen"]
    assert train_pen.color() != test_pen.color() and train_pen.style() != test_pen.style()
    assert "0.0000" not in tab.accuracy_label.text() and "Cost" in tab.accuracy_label.text()
    tab.accuracy_curves_check.setChecked(True)
    x, y = tab.accuracy_plot.curves["test"].item.getData()
    assert len(x) == len(history) and 0 <= y.min() and y.max() <= 100


def mixed_folders(image_folders, tmp_path):
    """Two classes that overlap (some blue images among 'that'): a huge rate diverges on them."""
    import shutil

    root = tmp_path / "mixed"
    shutil.copytree(image_folders / "red", root / "this")
    shutil.copytree(image_folders / "red", root / "that")
    for image in sorted((image_folders / "blue").iterdir())[:6]:
        shutil.copy(image, root / "that" / f"blue_{image.name}")
    return root


def test_log_and_same_scale_and_a_diverged_run_is_marked(qtbot, window, image_folders, tmp_path):
    load_folders(qtbot, window, [mixed_folders(image_folders, tmp_path)])
    tab = window.train_tab
    tab.epochs_spin.setValue(300)
    tab.rates_edit.setText("0.001, 1000000")
    tab.start_comparison()
    trained(qtbot, window)
    assert tab.same_scale_check.isChecked()  # on by default in comparisons
    top = max(curve.points[0][1] for curve in tab.plot.curves)
    low, high = tab.plot.getPlotItem().viewRange()[1]
    assert low <= 0.001 and high == pytest.approx(top, rel=0.05)
    assert any("diverged" in mark or "rose" in mark for mark in tab.plot.marks)
    tab.log_check.setChecked(True)
    assert tab.plot.getPlotItem().ctrl.logYCheck.isChecked()
    low, high = tab.plot.getPlotItem().viewRange()[1]
    assert high == pytest.approx(__import__("math").log10(top), abs=0.2)


def test_the_weights_are_drawn_as_images_of_the_data_shape_at_every_recorded_point(qtbot, window, image_folders,
                                                                                  monkeypatch):
    load_folders(qtbot, window, [image_folders])
    tab = window.train_tab
    shown = []
    original = tab.weights_view.show_parameters
    monkeypatch.setattr(tab.weights_view, "show_parameters",
                        lambda parameters, *rest, **options: (shown.append(parameters),
                                                              original(parameters, *rest, **options)))
    tab.epochs_spin.setValue(300)
    tab.start_training()
    trained(qtbot, window)
    shape = window.data_tab.data.train.image_format.shape
    images = tab.weights_view.current_images()
    assert len(images) == 1 and images[0].shape == (shape if shape[2] > 1 else shape[:2])
    coef = window.model.estimator.coef_
    assert images[0].ravel() == pytest.approx(np.asarray(coef, dtype=float).ravel())
    assert shown, "the recorded points reached the weights view"
    title, y, x, value = tab.weights_view.weight_at(3, 4)
    assert (y, x) == (3, 4) and value == pytest.approx(images[0][3, 4].sum())


def test_weight_panels_per_class_per_unit_and_grey():
    from lrgui.data.dataset import ImageFormat
    from lrgui.gui.weights_view import mosaic, symmetric_limit, weight_panels

    colour = ImageFormat(size=8)
    three = weight_panels({"coef": np.arange(8 * 8 * 3 * 3, dtype=float).reshape(-1, 3)}, colour, ["a", "b", "c"])
    assert [t for t, _ in three] == ["'a'", "'b'", "'c'"] and all(p.shape == (8, 8, 3) for _, p in three)
    assert three[1][1][0, 0, 1] == 4.0  # column k of coef is class k, in the image's pixel order
    units = weight_panels({"W1": np.ones((8 * 8, 5)), "b1": np.zeros(5)}, ImageFormat(size=8, grayscale=True), "ab")
    assert len(units) == 5 and units[0][1].shape == (8, 8)
    canvas, tile = mosaic([p for _, p in units], 3)
    assert canvas.shape == (2 * tile - 2, 3 * tile - 2) and np.isnan(canvas[8, 0])
    assert symmetric_limit(np.array([-3.0, 2.0, np.nan])) == 3.0


def test_the_colour_scale_steps_to_a_round_end_no_weight_beyond_it():
    from lrgui.gui.weights_view import SCALE_STEPS, scale_end

    for limit in (3e-5, 0.0071, 0.5, 1.0, 1.01, 7.3, 123.0):
        end = scale_end(limit)
        assert limit <= end <= limit * 1.25 + 1e-12  # nothing clipped, at most a fifth of the scale unused
        assert any(end == pytest.approx(step * 10.0 ** np.floor(np.log10(end))) for step in SCALE_STEPS)
    assert scale_end(0.0) == scale_end(float("nan")) == 1.0


def test_a_live_run_is_drawn_in_a_still_frame_and_fitted_when_it_ends(qtbot, window, image_folders):
    load_folders(qtbot, window, [image_folders])
    tab = window.train_tab
    tab.epochs_spin.setValue(400)
    plot = tab.plot.getPlotItem()
    frames = []
    original = tab.plot.follow_live

    def follow() -> None:
        original()
        frames.append((tuple(plot.viewRange()[0]), tuple(plot.viewRange()[1]), tab.plot._live))

    tab.plot.follow_live = follow
    tab.start_training()
    trained(qtbot, window)
    live = [frame for frame in frames if frame[2] is not None]
    assert live, "points arrived while the run was live"
    # the steps' axis spans the whole run from its first point; the cost axis starts at 0 above every cost
    assert all(x[0] < 0 < 400 < x[1] < 420 for x, _, _ in live)
    assert all(y[0] < 0 and y[1] >= frame[1] for _, y, frame in live if frame[1] is not None)
    assert len({x for x, _, _ in live}) == 1, "the frame stood still"
    costs = [cost for _, cost in tab.plot.current.points]
    assert max(costs) <= max(top for _, _, (_, top) in live if top is not None)
    # the run ended: the axes fit the curve again, and the accuracy panel, hidden, got its points when shown
    qtbot.waitUntil(lambda: tab.plot._live is None)
    assert plot.getViewBox().state["autoRange"][0] and plot.getViewBox().state["autoRange"][1]
    tab.accuracy_curves_check.setChecked(True)
    x, _ = tab.accuracy_plot.curves["train"].item.getData()
    assert x is not None and len(x) == len(window.model.history)


def test_a_live_frame_takes_costs_of_zero_and_rising_costs(qtbot):
    from lrgui.gui.cost_plot import CostPlot

    plot = CostPlot()
    qtbot.addWidget(plot)
    curve = plot.new_curve("run")
    plot.begin_live(10)
    curve.extend([(0, 0.0), (1, 0.0)])  # a kind whose cost is 0: nothing to frame, the axis fits itself
    plot.follow_live()
    assert plot._live == (10.0, None)
    curve.extend([(2, 0.7)])
    plot.follow_live()
    assert plot._live == (10.0, 1.0) and plot.getPlotItem().viewRange()[1][1] >= 1.0
    curve.extend([(3, 3.0)])  # a diverging run: the frame grows above it
    plot.follow_live()
    top = plot._live[1]
    assert top >= 3.0 and plot.getPlotItem().viewRange()[1][1] >= top
    plot.end_live()
    assert plot._live is None and plot.getPlotItem().getViewBox().state["autoRange"][1]


def test_live_weights_are_the_newest_points_and_drawn_in_the_next_turn(qtbot, window, image_folders):
    from PySide6.QtWidgets import QApplication

    load_folders(qtbot, window, [image_folders])
    tab = window.train_tab
    tab.epochs_spin.setValue(50)
    tab.start_training()
    trained(qtbot, window)
    view = tab.weights_view
    fmt = window.data_tab.data.train.image_format
    classes = sorted(window.data_tab.data.train.classes)
    coef = np.asarray(window.model.estimator.coef_, dtype=float)
    for scale in (2.0, 3.0):  # two live points in one turn of the event loop: the newest is drawn
        view.show_parameters({"coef": scale * coef}, fmt, classes, soon=True)
    assert view.current_images()[0].ravel() == pytest.approx(3.0 * coef.ravel())  # the view's panels at once
    QApplication.processEvents()
    image = view.image.image
    assert np.nanmax(np.abs(image)) == pytest.approx(np.abs(view._flat(view._panels[0][1])).max())
    assert np.nanmax(np.abs(image)) == pytest.approx(3.0 * np.abs(view._flat(coef.reshape(view._panels[0][1].shape))).max())


@pytest.mark.parametrize("kind, pictures", [("logistic", 1), ("mlp", 3)])
def test_a_runs_pictures_are_laid_out_blank_when_train_is_pressed_and_its_points_keep_that_layout(
        qtbot, window, image_folders, kind, pictures):
    load_folders(qtbot, window, [image_folders])
    tab = window.train_tab
    tab.model_combo.setCurrentIndex(tab.model_combo.findData(kind))
    tab.hidden_spin.setValue(3)
    tab.epochs_spin.setValue(30)
    view = tab.weights_view
    view.clear()
    relaid = []
    view.panelsChanged.connect(lambda: relaid.append(len(view.panel_titles())))
    tab.start_training()  # no point has arrived yet: that takes the event loop
    assert len(view.panel_titles()) == pictures
    assert all(not image.any() for image in view.current_images())  # every weight zero until the first point
    assert view.legend.text().strip() and view.title.text() != "Weights"
    trained(qtbot, window)
    assert relaid == [pictures]  # laid out once, at Train; the points changed the pictures alone
    assert any(image.any() for image in view.current_images())


def test_replay_moves_the_cursor_and_the_weights_and_continue_from_here_trains_on(qtbot, window, image_folders):
    load_folders(qtbot, window, [image_folders])
    tab = window.train_tab
    tab.epochs_spin.setValue(300)
    tab.start_training()
    trained(qtbot, window)
    history = window.model.history
    slider = tab.history_slider
    assert slider.isEnabled() and slider.maximum() == len(history) - 1 == 3 and slider.value() == 3
    final = tab.weights_view.current_images()[0]
    slider.setFocus()
    QTest.keyClick(slider, Qt.Key.Key_Left)
    assert slider.value() == 2 and window.state.selected_point == 2
    assert tab.plot.cursor.isVisible() and tab.plot.cursor.value() == history.iterations[2] == 200
    earlier = tab.weights_view.current_images()[0]
    assert earlier.ravel() == pytest.approx(history.snapshot(2)["coef"].astype(float).ravel())
    assert not np.allclose(earlier, final)
    assert "Iteration 200" in tab.accuracy_label.text()

    slider.setValue(1)
    first = window.model
    assert tab.continue_here_button.isEnabled()
    tab.continue_here_button.click()
    qtbot.waitUntil(lambda: window.model is not first and not tab.is_training, timeout=30000)
    assert window.model.estimator.n_iter_ == 100 + 300
    assert window.model.history.iterations.tolist() == [0, 100, 200, 300, 400]
    assert slider.value() == slider.maximum() == 4 and not tab.plot.cursor.isVisible()


def test_a_reopened_model_replays_from_its_file(qtbot, window, image_folders, tmp_path):
    load_folders(qtbot, window, [image_folders])
    tab = window.train_tab
    tab.epochs_spin.setValue(200)
    tab.start_training()
    trained(qtbot, window)
    path = tmp_path / "m.lrgui.h5"
    assert window.save_model(path)
    window.state.set_model(None)
    assert window.open_model(path)
    assert tab.history_slider.maximum() == 2 and tab.history_slider.isEnabled()
    tab.history_slider.setValue(0)
    assert tab.plot.cursor.value() == 0
    assert len(tab.weights_view.current_images()) == 1


def test_record_every_sets_the_recorded_points(qtbot, window, image_folders):
    load_folders(qtbot, window, [image_folders])
    tab = window.train_tab
    assert tab.record_spin.value() == 100  # the tutorials' default
    tab.epochs_spin.setValue(300)
    type_into(tab.record_spin, "50")
    tab.start_training()
    trained(qtbot, window)
    assert window.model.history.iterations.tolist() == [0, 50, 100, 150, 200, 250, 300]
    assert tab.history_slider.maximum() == 6


def test_space_starts_and_pauses_arrows_step_and_go_back(qtbot, window, image_folders):
    load_folders(qtbot, window, [image_folders])
    tab = window.train_tab
    tab.epochs_spin.setValue(2000)
    tab.record_spin.setValue(10)
    tab.pace_combo.setCurrentIndex(tab.pace_combo.findData(30.0))
    window.tabs.setCurrentWidget(tab)
    keys = tab  # clicked on the tab's background: the keys are the tab's
    keys.setFocus()
    QTest.keyClick(keys, Qt.Key.Key_Space)
    assert tab.is_training
    qtbot.waitUntil(lambda: tab.history_slider.maximum() >= 3, timeout=10000)
    QTest.keyClick(keys, Qt.Key.Key_Space)
    assert tab.pause_button.isChecked()
    qtbot.wait(200)
    paused_at = tab.steps_done
    QTest.keyClick(keys, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: tab.steps_done == paused_at + 1, timeout=2000)
    last = tab.history_slider.value()
    QTest.keyClick(keys, Qt.Key.Key_Left)
    assert tab.history_slider.value() == last - 1 and tab.plot.cursor.isVisible()
    started = __import__("time").monotonic()
    tab.stop_training()
    trained(qtbot, window, timeout=2000)
    assert __import__("time").monotonic() - started < 1
    assert window.model.estimator.n_iter_ < 2000


@pytest.mark.perf
def test_a_paced_run_takes_its_time_and_answers_at_once(qtbot, window, image_folders):
    import time

    from tests.gui.conftest import TickGaps

    load_folders(qtbot, window, [image_folders])
    tab = window.train_tab
    tab.epochs_spin.setValue(2000)
    tab.pace_combo.setCurrentIndex(tab.pace_combo.findData(10.0))
    ticks = TickGaps()
    started = time.monotonic()
    tab.start_training()
    ticks.start()
    qtbot.waitUntil(lambda: tab.steps_done >= 400, timeout=5000)
    # Pause answers within 100 ms: no step is taken once the UI has asked
    tab.pause_button.click()
    asked = time.monotonic()
    at_pause = tab.steps_done
    qtbot.wait(300)
    assert tab.steps_done - at_pause <= 0.1 / (10 / 2000) + 2  # at most the steps of 100 ms
    paused = time.monotonic() - asked
    tab.pause_button.click()
    trained(qtbot, window, timeout=20000)
    ticks.stop()
    shown_in = time.monotonic() - started - paused
    assert 8.5 <= shown_in <= 11.5, f"the 10 s pace took {shown_in:.1f} s"
    assert window.model.estimator.n_iter_ == 2000
    assert ticks.worst < 0.1, f"the UI thread was blocked for {ticks.worst * 1000:.0f} ms"  # the documented bound


def test_the_window_opens_within_the_screen_and_a_remembered_geometry_is_clamped(window):
    area = window.screen().availableGeometry()
    smallest = window.minimumSizeHint()  # (the test screen may be narrower than the layouts allow)
    assert window.height() <= max(area.height(), smallest.height())
    window.resize(5000, 4000)
    window.move(-3000, 9000)  # remembered from a larger screen
    window.fit_to_screen()
    assert window.width() <= max(area.width(), smallest.width())
    assert window.height() <= max(area.height(), smallest.height())
    assert window.frameGeometry().left() >= area.left() and window.frameGeometry().top() >= area.top()


def test_one_class_against_the_rest_is_drawn_for_the_class_named_with_a_legend_in_words(qtbot):
    from lrgui.data.dataset import ImageFormat
    from lrgui.data.selection import not_label
    from lrgui.gui.weights_view import WeightsView, weight_panels

    grey = ImageFormat(size=4, grayscale=True)
    coef = np.arange(16, dtype=float) - 8
    # 'bird' sorts before 'not bird': the model's coefficients speak for 'not bird', the picture for 'bird'
    [(title, panel)] = weight_panels({"coef": coef}, grey, ["bird", not_label("bird")])
    assert title == "for 'bird'" and np.array_equal(panel, -coef.reshape(4, 4))
    [(title, panel)] = weight_panels({"coef": coef}, grey, ["Motorbikes", "airplanes"])
    assert title == "for 'airplanes'" and np.array_equal(panel, coef.reshape(4, 4))

    view = WeightsView()
    qtbot.addWidget(view)
    view.show_parameters({"coef": coef}, grey, ["bird", not_label("bird")])
    assert view.legend.text().startswith("Orange: a brighter pixel here pushes towards 'bird'; blue: away")
    assert np.array_equal(view.current_images()[0], -coef.reshape(4, 4))
    view.show_parameters({"W1": np.ones((16, 3)), "b1": np.zeros(3)}, grey, ["a", "b"])
    assert "excites the unit" in view.legend.text()
    view.clear()
    assert view.legend.text().strip() == ""


def test_the_cost_axis_says_cost_and_explains_j_on_hover(qtbot):
    from lrgui.gui.cost_plot import COST_TIP, CostPlot

    plot = CostPlot()
    qtbot.addWidget(plot)
    axis = plot.getPlotItem().getAxis("left")
    assert axis.labelText == "cost"  # a word a class knows; J is in the tooltip
    assert axis.toolTip() == COST_TIP and "cost J" in COST_TIP and "true class" in COST_TIP


@pytest.mark.parametrize("costs, corner", [
    (lambda x: 1.0 / (1 + x / 50), (1, 0)),  # a falling cost leaves the top right empty
    (lambda x: 0.1 + x / 1000, (0, 0)),  # a rising one (a diverging rate) the top left
])
def test_the_legend_sits_in_an_empty_corner_of_a_narrow_plot(qtbot, costs, corner):
    """The legend goes where the curves leave room: no point (and no line between points) under it."""
    from lrgui.gui.cost_plot import CostPlot
    from lrgui.gui.plot_style import covered_points

    plot = shown(qtbot, CostPlot(), 230, 300)
    x = np.arange(0, 1001, 50)
    for rate in ("lr 0.1", "lr 0.01"):
        curve = plot.new_curve(rate)
        curve.extend([(i, costs(i) * (1.2 if rate == "lr 0.01" else 1.0)) for i in x])
    placer = plot._legend_placer
    qtbot.waitUntil(lambda: placer.corner == corner, timeout=3000)
    qtbot.wait(300)
    view = plot.getPlotItem().getViewBox()
    legend = placer.legend
    box = legend.mapRectToItem(view, legend.boundingRect())
    a, b = view.mapToView(box.topLeft()), view.mapToView(box.bottomRight())
    from PySide6.QtCore import QPointF, QRectF

    rect = QRectF(QPointF(min(a.x(), b.x()), min(a.y(), b.y())), QPointF(max(a.x(), b.x()), max(a.y(), b.y())))
    assert covered_points(rect, [c.item for c in plot.curves]) == 0


def test_a_legend_with_no_empty_corner_goes_under_the_plot_and_covers_no_curve(qtbot):
    """Compared rates fill every corner (a fast rate down the left and along the bottom, a slow one along the
    top): the legend leaves the view for a row under it, entries side by side, and comes back when a corner
    empties."""
    from PySide6.QtCore import QPointF, QRectF

    from lrgui.gui.cost_plot import CostPlot
    from lrgui.gui.plot_style import covered_points

    plot = shown(qtbot, CostPlot(), 500, 330)
    plot.set_presentation(True)
    x = np.arange(0, 2001, 100)
    for rate, costs in (("lr 0.01", 0.1 + np.exp(-x / 150)), ("lr 0.001", 0.4 + 0.7 * np.exp(-x / 800)),
                        ("lr 0.0001", 1.1 - x / 5000), ("lr 0.00001", 1.1 - x / 50000)):
        plot.new_curve(rate).extend(list(zip(x.tolist(), costs.tolist())))
    placer = plot._legend_placer
    qtbot.waitUntil(lambda: placer.outside, timeout=3000)
    qtbot.wait(300)
    view = plot.getPlotItem().getViewBox()
    legend = placer.legend
    assert legend.opacity() == 1.0 and legend.columnCount > 1  # drawn, entries side by side
    box = legend.mapRectToItem(view, legend.boundingRect())
    assert box.top() >= view.boundingRect().bottom()  # under the view, not over it
    a, b = view.mapToView(box.topLeft()), view.mapToView(box.bottomRight())
    rect = QRectF(QPointF(min(a.x(), b.x()), min(a.y(), b.y())), QPointF(max(a.x(), b.x()), max(a.y(), b.y())))
    assert covered_points(rect, [c.item for c in plot.curves]) == 0
    assert legend.mapRectToScene(legend.boundingRect()).bottom() <= plot.getPlotItem().sceneBoundingRect().bottom() + 1
    plot.clear_curves()  # one falling curve leaves the top right empty: the legend returns to it
    for rate in ("lr 0.1", "lr 0.01"):
        plot.new_curve(rate).extend([(i, 1.0 / (1 + i / 50) * (1.2 if rate == "lr 0.01" else 1.0)) for i in x])
    qtbot.waitUntil(lambda: not placer.outside and placer.corner == (1, 0), timeout=3000)
    assert legend.columnCount == 1


@pytest.mark.parametrize("presenting", [False, True])
def test_the_colour_bars_end_labels_are_whole_inside_the_view(qtbot, presenting):
    """The scale ends on round values, whose labels are centred on the bar's ends: they need half a label's room
    above and below the bar, in the normal type and in presentation's."""
    from lrgui.data.dataset import ImageFormat
    from lrgui.gui.weights_view import WeightsView

    view = shown(qtbot, WeightsView(), 400, 300)
    view.set_presentation(presenting)
    view.show_parameters({"coef": np.linspace(-0.2, 0.2, 16)}, ImageFormat(size=4, grayscale=True), ["a", "b"])
    qtbot.wait(50)
    bar = view.colour_bar.getViewBox().sceneBoundingRect()
    half = view.colour_bar.axis.style["tickFont"].pixelSize() / 2
    assert bar.top() - half >= 0 and bar.bottom() + half <= view.graphics.viewport().height()


def shown(qtbot, widget, width: int, height: int):
    """``widget`` on screen at ``width`` × ``height``, closed with the test."""
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
