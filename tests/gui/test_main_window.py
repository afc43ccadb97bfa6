"""The desktop app, driven as a user drives it: drop folders, train, stop, continue, predict."""

from __future__ import annotations

import gc
import time

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QListView, QListWidget, QProgressBar, QPushButton, QSpinBox, QDoubleSpinBox, QTabWidget, QWidget
import pyqtgraph as pg

from lrgui.data import load_model
from tests.gui.conftest import TickGaps, drop_paths
from tests.imagegen import make_class_folders


def find(window, cls, name):
    widget = window.findChild(cls, name)
    assert widget is not None, f"no {cls.__name__} named {name!r}"
    return widget


def load_folders(qtbot, window, folders):
    assert drop_paths(find(window, QWidget, "dataTab"), folders)
    train_button = find(window, QPushButton, "trainButton")
    qtbot.waitUntil(train_button.isEnabled, timeout=20000)


def plot_points(window):
    plot = find(window, pg.PlotWidget, "costPlot")
    items = plot.getPlotItem().listDataItems()
    assert items, "the cost plot has no data item"
    x, y = items[-1].getData()
    return [] if x is None else list(zip(x.tolist(), y.tolist()))


def test_window_starts_empty_without_dialogs(window):
    assert window.objectName() == "mainWindow"
    for cls, name in [
        (QTabWidget, "tabs"), (QWidget, "dataTab"), (QPushButton, "addClassButton"), (QSpinBox, "imageSizeSpin"),
        (QProgressBar, "loadProgress"), (QWidget, "trainTab"), (QDoubleSpinBox, "learningRateSpin"),
        (QSpinBox, "epochsSpin"), (QPushButton, "trainButton"), (QPushButton, "stopButton"),
        (QProgressBar, "trainProgress"), (pg.PlotWidget, "costPlot"), (QLabel, "accuracyLabel"),
        (QWidget, "predictTab"), (QListView, "predictionList"),
    ]:
        find(window, cls, name)
    assert not find(window, QPushButton, "trainButton").isEnabled()
    assert find(window, QDoubleSpinBox, "learningRateSpin").value() == pytest.approx(0.005)
    assert find(window, QSpinBox, "epochsSpin").value() == 2000
    assert find(window, QSpinBox, "imageSizeSpin").value() == 64
    assert find(window, QListView, "predictionList").model().rowCount() == 0
    assert window.model is None and window.data_tab.data is None
    assert QApplication.activeModalWidget() is None


def test_controls_cannot_express_invalid_values(window):
    lr = find(window, QDoubleSpinBox, "learningRateSpin")
    lr.setValue(0)
    assert lr.value() == pytest.approx(0.000001)
    lr.setValue(0.000001)
    assert lr.text() == "0.000001"
    epochs = find(window, QSpinBox, "epochsSpin")
    epochs.setValue(0)
    assert epochs.value() == 1
    epochs.setValue(1_000_000)
    assert epochs.value() == 1_000_000
    size = find(window, QSpinBox, "imageSizeSpin")
    size.setValue(1)
    assert size.value() == 4


def test_drop_train_and_predict(qtbot, window, image_folders, tmp_path):
    load_folders(qtbot, window, [image_folders])
    progress = find(window, QProgressBar, "loadProgress")
    assert progress.value() == progress.maximum() == 48
    assert [e.name for e in window.data_tab.entries] == ["blue", "red"]

    find(window, QSpinBox, "epochsSpin").setValue(500)
    qtbot.mouseClick(find(window, QPushButton, "trainButton"), pg.QtCore.Qt.MouseButton.LeftButton)
    # the model arrives with the run's result, the run's end (Train enabled again) in the next turn
    qtbot.waitUntil(lambda: window.model is not None and not window.train_tab.is_training, timeout=30000)
    costs = window.model.estimator.costs_
    assert [i for i, _ in costs] == [0, 100, 200, 300, 400, 500]  # the last point is the model's own cost
    assert plot_points(window) == [(float(i), pytest.approx(c)) for i, c in costs]
    accuracy = find(window, QLabel, "accuracyLabel").text()
    assert "Train accuracy" in accuracy and "%" in accuracy and "Test accuracy" in accuracy
    assert find(window, QPushButton, "trainButton").isEnabled()

    images = sorted((image_folders / "red").glob("*"))[:3] + sorted((image_folders / "blue").glob("*"))[:3]
    assert drop_paths(find(window, QWidget, "predictTab"), images)
    predictions = find(window, QListView, "predictionList").model()
    qtbot.waitUntil(lambda: predictions.rowCount() == 6, timeout=20000)
    texts = [predictions.index(i, 0).data() for i in range(6)]
    assert all("red" in t for t in texts[:3]) and all("blue" in t for t in texts[3:])
    assert window.predict_tab.gallery.count() == 6

    csv_path = tmp_path / "predictions.csv"
    window.predict_tab.export_csv(csv_path)
    lines = csv_path.read_text().splitlines()
    assert lines[0] == "path,label,probability" and len(lines) == 7


def test_plot_streams_while_training_and_stop_keeps_weights(qtbot, window, image_folders):
    load_folders(qtbot, window, [image_folders])
    find(window, QSpinBox, "epochsSpin").setValue(1_000_000)
    find(window, QPushButton, "trainButton").click()
    stop = find(window, QPushButton, "stopButton")
    assert stop.isEnabled() and not find(window, QPushButton, "trainButton").isEnabled()
    qtbot.waitUntil(lambda: len(plot_points(window)) >= 3, timeout=30000)
    progress = find(window, QProgressBar, "trainProgress")
    assert 0 < progress.value() < 1_000_000
    started = time.monotonic()
    stop.click()
    qtbot.waitUntil(lambda: window.model is not None and not window.train_tab.is_training, timeout=5000)
    assert time.monotonic() - started < 3
    reached = window.model.estimator.n_iter_
    assert 0 < reached < 1_000_000
    assert find(window, QPushButton, "trainButton").isEnabled()

    # Continue trains further from the weights reached, and the curve keeps growing.
    points_before = len(plot_points(window))
    find(window, QSpinBox, "epochsSpin").setValue(300)
    continue_button = find(window, QPushButton, "continueButton")
    assert continue_button.isEnabled()
    continue_button.click()
    qtbot.waitUntil(lambda: not window.train_tab.is_training and window.model.estimator.n_iter_ == reached + 300,
                    timeout=20000)
    assert len(plot_points(window)) > points_before


def test_a_second_training_is_refused_while_one_runs(qtbot, window, image_folders, no_leaked_threads):
    load_folders(qtbot, window, [image_folders])
    find(window, QSpinBox, "epochsSpin").setValue(1_000_000)
    window.train_tab.start_training()
    window.train_tab.start_training()
    window.train_tab.continue_training()
    assert sum(job.name == "training" for job in no_leaked_threads) == 1
    window.train_tab.stop_training()
    qtbot.waitUntil(lambda: not window.train_tab.is_training, timeout=5000)


def test_ui_stays_responsive_while_training(qtbot, window, tmp_path):
    folders = make_class_folders(tmp_path / "big", classes=("red", "blue"), per_class=150, size=64)
    load_folders(qtbot, window, [folders])
    find(window, QSpinBox, "epochsSpin").setValue(1_000_000)
    # the garbage of the tests before this one is collected first: a full collection of it in the middle
    # would measure the interpreter, not lrgui's UI thread
    gc.collect()
    ticks = TickGaps()
    window.train_tab.start_training()
    ticks.start()
    qtbot.wait(1500)
    ticks.stop()
    window.train_tab.stop_training()
    qtbot.waitUntil(lambda: not window.train_tab.is_training, timeout=5000)
    assert len(ticks.gaps) > 20
    assert ticks.worst < 0.1, f"the UI thread was blocked for {ticks.worst * 1000:.0f} ms"


def test_close_during_training_stops_the_worker(qtbot, image_folders, no_leaked_threads):
    from lrgui.gui import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    load_folders(qtbot, win, [image_folders])
    win.train_tab.epochs_spin.setValue(1_000_000)
    win.train_tab.start_training()
    qtbot.waitUntil(lambda: len(plot_points(win)) >= 2, timeout=20000)
    started = time.monotonic()
    assert win.close()
    assert time.monotonic() - started < 5
    assert not any(job.is_running() for job in no_leaked_threads)


def test_close_during_loading_stops_the_worker(qtbot, tmp_path, no_leaked_threads):
    from lrgui.gui import MainWindow

    folders = make_class_folders(tmp_path / "many", classes=("red", "blue"), per_class=300)
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert drop_paths(win.data_tab, [folders])
    qtbot.waitUntil(lambda: win.data_tab.is_loading, timeout=5000)
    assert win.close()
    assert not any(job.is_running() for job in no_leaked_threads)



def test_nothing_starts_once_the_window_has_closed(qtbot):
    """A view answering a late event after close gets no lane: one made then would be destroyed running (Qt aborts)."""
    from lrgui.gui.workers import WorkerPool

    pool = WorkerPool()
    ran = []
    job = pool.runner("before").start(lambda report, should_stop: ran.append("before"))
    qtbot.waitUntil(lambda: not job.is_running(), timeout=5000)
    assert pool.shutdown(5000)
    late = pool.runner("late").start(lambda report, should_stop: ran.append("late"), result=ran.append)
    qtbot.wait(100)
    assert ran == ["before"] and late.ignored and not late.is_running() and late.wait(0)
    assert "late" not in pool._lanes

def test_cancel_loading(qtbot, window, tmp_path):
    folders = make_class_folders(tmp_path / "many", classes=("red", "blue"), per_class=300)
    assert drop_paths(window.data_tab, [folders])
    qtbot.waitUntil(lambda: window.data_tab.is_loading, timeout=5000)
    window.data_tab.cancel_button.click()
    qtbot.waitUntil(lambda: not window.data_tab.is_loading, timeout=5000)
    assert window.data_tab.data is None
    assert "cancelled" in window.data_tab.summary.text().lower()
    assert not window.train_tab.train_button.isEnabled()
    window.data_tab.load_button.click()
    qtbot.waitUntil(lambda: window.train_tab.train_button.isEnabled(), timeout=30000)


def test_class_folders_added_one_by_one_and_renamed(qtbot, window, image_folders):
    load_folders(qtbot, window, [image_folders / "red", image_folders / "blue"])
    assert [e.name for e in window.data_tab.entries] == ["red", "blue"]
    row = window.data_tab.rows[0]
    qtbot.waitUntil(lambda: "24 images" in row.count_label.text(), timeout=10000)
    row.name_edit.setText("crimson")
    row.name_edit.editingFinished.emit()
    assert window.data_tab.data.train.classes == ["crimson", "blue"]
    assert set(window.data_tab.data.train.y) == {"crimson", "blue"}


def test_skipped_files_are_listed(qtbot, window, image_folders):
    (image_folders / "red" / "broken.jpg").write_bytes(b"not really a jpeg")
    load_folders(qtbot, window, [image_folders])
    skipped = find(window, QListWidget, "skippedList")
    assert skipped.count() == 1
    assert "broken.jpg" in skipped.item(0).text()


def test_save_and_open_model(qtbot, window, image_folders, tmp_path):
    load_folders(qtbot, window, [image_folders])
    window.train_tab.epochs_spin.setValue(200)
    window.train_tab.start_training()
    qtbot.waitUntil(lambda: window.model is not None and not window.train_tab.is_training, timeout=20000)
    assert window.unsaved and window.save_model_action.isEnabled()
    path = tmp_path / "m.lrgui.h5"
    assert window.save_model(path)
    assert not window.unsaved
    assert load_model(path).classes == window.model.classes

    from lrgui.gui import MainWindow

    other = MainWindow()
    qtbot.addWidget(other)
    assert other.open_model(path)
    assert other.predict_tab.open_button.isEnabled()
    assert drop_paths(other.predict_tab, [image_folders / "red"])
    qtbot.waitUntil(lambda: other.predict_tab.list.count() == 24, timeout=20000)
    other.close()


def test_corrupt_model_file_shows_a_message_and_keeps_the_app_usable(qtbot, window, tmp_path):
    bad = tmp_path / "bad.lrgui.h5"
    bad.write_bytes(b"\x89HDF\r\n\x1a\n" + b"\0" * 100)
    assert not window.open_model(bad)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=3000)
    box = QApplication.activeModalWidget()
    assert "bad.lrgui.h5" in box.text()
    box.close()
    assert window.model is None
    assert window.open_model_action.isEnabled()


def test_cost_plot_export(qtbot, window, image_folders, tmp_path):
    load_folders(qtbot, window, [image_folders])
    window.train_tab.epochs_spin.setValue(300)
    window.train_tab.start_training()
    qtbot.waitUntil(lambda: window.model is not None and not window.train_tab.is_training, timeout=20000)
    csv_path = tmp_path / "cost.csv"
    window.train_tab.plot.export_csv(csv_path)
    rows = csv_path.read_text().splitlines()
    assert rows[0] == "run,iteration,cost" and len(rows) == 5
    png = tmp_path / "cost.png"
    window.train_tab.plot.export_png(png)
    assert png.stat().st_size > 1000


def test_paste_an_image(qtbot, window, image_folders):
    from PySide6.QtGui import QImage

    load_folders(qtbot, window, [image_folders])
    window.train_tab.epochs_spin.setValue(300)
    window.train_tab.start_training()
    qtbot.waitUntil(lambda: window.model is not None and not window.train_tab.is_training, timeout=20000)
    image = QImage(str(sorted((image_folders / "red").glob("*.png"))[0]))
    QApplication.clipboard().setImage(image)
    window.predict_tab.paste()
    qtbot.waitUntil(lambda: window.predict_tab.list.count() == 1, timeout=10000)
    assert "red" in window.predict_tab.list.model().index(0, 0).data()


def test_settings_are_remembered_only_when_asked(qtbot, isolated_qsettings):
    from lrgui.gui import MainWindow

    first = MainWindow(remember_settings=True)
    qtbot.addWidget(first)
    first.train_tab.lr_spin.setValue(0.02)
    first.train_tab.epochs_spin.setValue(1234)
    first.data_tab.size_spin.setValue(32)
    first.close()
    second = MainWindow(remember_settings=True)
    qtbot.addWidget(second)
    # the photos' image size is remembered; training settings come from the estimator, a preset or a model
    assert second.train_tab.lr_spin.value() == pytest.approx(0.005)
    assert second.train_tab.epochs_spin.value() == 2000
    assert second.data_tab.size_spin.value() == 32
    second.close()
    plain = MainWindow()
    qtbot.addWidget(plain)
    assert plain.train_tab.lr_spin.value() == pytest.approx(0.005)
    plain.close()


def test_clear_the_image_cache(qtbot, window, image_folders):
    from lrgui.data.cache import ImageCache

    load_folders(qtbot, window, [image_folders])
    qtbot.waitUntil(lambda: not window.data_tab.is_loading, timeout=5000)  # the job ends just after the data arrive
    assert ImageCache().size_bytes() > 0
    window.describe_cache()
    assert window.clear_cache_action.isEnabled() and "MB" in window.clear_cache_action.text()
    window.clear_cache_action.trigger()
    assert ImageCache().size_bytes() == 0
