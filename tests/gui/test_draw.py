"""The Draw tab, driven with the mouse: live answers during a stroke, what would flip it, and drawings as data."""

from __future__ import annotations

import math

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QPushButton, QToolButton

from lrgui.core import LogisticRegression, NeuralNetwork
from lrgui.core.preprocessing import PixelScaler, Standardizer
from lrgui.data import ImageFormat, TrainedModel
from lrgui.data.images import image_to_row
from lrgui.gui.draw_canvas import RESOLUTION
from tests.gui.test_main_window import load_folders
from tests.imagegen import make_class_folders


def at(canvas, x: float, y: float):
    """A canvas picture position as the widget point a mouse event needs."""
    return canvas.to_widget(QPointF(x, y)).toPoint()


def paint_disc(qtbot, canvas, centre=(128, 128), radius=56, during=None):
    """One drag: a spiral from the centre out to ``radius`` (a filled disc with a 20 px brush)."""
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=at(canvas, *centre))
    turns, steps = 4, 48
    for i in range(1, steps + 1):
        angle = 2 * math.pi * turns * i / steps
        r = radius * i / steps
        qtbot.mouseMove(canvas, at(canvas, centre[0] + r * math.cos(angle), centre[1] + r * math.sin(angle)))
        qtbot.wait(12)
    if during is not None:
        during()
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=at(canvas, centre[0] + radius, centre[1]))


def logit_of(model: TrainedModel, image: Image.Image) -> tuple[int, float, float]:
    """(predicted index, w·x + b of that class, its bias) in float64, from the public image → row → features path."""
    x = model.features(image_to_row(image, model.image_format)[None, :])[0].astype(np.float64)
    coef = np.asarray(model.estimator.coef_, dtype=np.float64)
    intercept = np.asarray(model.estimator.intercept_, dtype=np.float64)
    c = int(np.argmax(model.estimator.predict_proba(x[None, :].astype(np.float32))[0]))
    return c, float(x @ coef[:, c] + intercept[c]), float(intercept[c])


def test_a_disc_drawn_on_the_shapes_model_updates_the_answer_during_the_drag(qtbot, window, monkeypatch):
    window.open_sample("shapes")
    train_button = window.findChild(QPushButton, "trainButton")
    qtbot.waitUntil(train_button.isEnabled, timeout=60000)
    window.train_tab.start_training()
    qtbot.waitUntil(lambda: window.model is not None and not window.train_tab.is_training, timeout=60000)
    window.tabs.setCurrentWidget(window.draw_tab)
    tab = window.draw_tab
    canvas = window.findChild(type(tab.canvas), "drawCanvas")
    assert canvas is tab.canvas and canvas.width() >= 320 and canvas.height() >= 320
    # the empty canvas is the training pictures' dark backdrop, the brush light
    assert max(canvas.image().getpixel((0, 0))) < 90 and canvas.brush_colour.lightness() > 200

    verdicts, maps = [], []
    real_text, real_map = tab.verdict.setText, tab.contributions.set_answer
    monkeypatch.setattr(tab.verdict, "setText", lambda text: (verdicts.append(text), real_text(text)))
    monkeypatch.setattr(tab.contributions, "set_answer", lambda answer: (maps.append(answer), real_map(answer)))
    during = {}
    paint_disc(qtbot, canvas, during=lambda: during.update(verdicts=len(verdicts), maps=len(maps)))
    assert during["verdicts"] >= 3 and during["maps"] >= 3, during  # before the button was released

    model = window.state.model
    image = canvas.image()
    assert image.size == (RESOLUTION, RESOLUTION) and image.mode == "RGB"
    c, z, bias = logit_of(model, image)
    shown = window.findChild(type(tab.contributions), "drawContributions").current_map()
    assert shown.shape == (64, 64) and shown.dtype == np.float64
    assert shown.sum() + bias == pytest.approx(z, rel=1e-9)
    proba = model.estimator.predict_proba(model.features(image_to_row(image, model.image_format)[None, :]))[0]
    np.testing.assert_array_equal(tab.bars.values(), proba)
    assert model.classes[c] == "circle"
    assert "circle" in window.findChild(type(tab.verdict), "drawVerdict").text()
    assert f"z_circle {z:+.4g}" in tab.sum_label.text()


def trained_on_generated_pictures(folder, image_format=ImageFormat(32, False), epochs=400,
                                  learning_rate=0.05) -> tuple[TrainedModel, object]:
    from lrgui.session.sources import DataRequest, load

    make_class_folders(folder, classes=("red", "blue"), per_class=30, size=48)
    loaded = load(DataRequest("folders", paths=(str(folder),), image_format=image_format, test_fraction=0))
    train = loaded.data.train
    scaler = PixelScaler()
    estimator = LogisticRegression(learning_rate=learning_rate, epochs=epochs).fit(scaler.transform(train.X), train.y)
    return TrainedModel(estimator, scaler, image_format), loaded


def photo_like(seed: int = 3, side: int = 300) -> Image.Image:
    """A photo-like picture: a lit, textured backdrop, a red blob with soft edges, camera noise."""
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:side, 0:side] / side
    backdrop = 110 + 40 * x[..., None] * np.array([1.0, 0.8, 0.6]) + 15 * np.sin(9 * y)[..., None]
    blob = np.exp(-(((x - 0.45) ** 2 + (y - 0.55) ** 2) / 0.04))[..., None]
    pixels = backdrop * (1 - blob) + np.array([205, 45, 40]) * blob + rng.normal(0, 9, (side, side, 3))
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "RGB")


def test_painting_the_flip_pixels_over_a_photo_changes_the_verdict(qtbot, window, tmp_path):
    model, _ = trained_on_generated_pictures(tmp_path / "pictures")
    window.state.set_model(model, unsaved=True)
    window.tabs.setCurrentWidget(window.draw_tab)
    tab = window.draw_tab
    canvas = tab.canvas
    canvas.set_image(photo_like())
    tab.refresh()
    assert tab.answer.predicted == "red"
    tab.set_colour((40, 60, 200))  # the blue pictures' colour
    tab.flip_button.click()
    plan = tab.flip
    assert plan.target == "blue" and plan.enough and canvas.has_marks()
    assert "blue" in tab.flip_label.text()
    size = model.image_format.size
    block = RESOLUTION / size
    tab.size_spin.setValue(math.ceil(block * 1.5))
    for i, j in zip(*np.nonzero(plan.pixels)):
        centre = ((j + 0.5) * block, (i + 0.5) * block)
        qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=at(canvas, *centre))
        qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=at(canvas, *centre))
    tab.refresh()
    assert tab.answer.predicted == "blue"
    assert "Flipped" in tab.flip_label.text()
    tab.clear_button.click()  # a new drawing: the marks made for the old one go
    assert tab.flip is None and not canvas.has_marks() and not tab.flip_button.isChecked()


def test_add_to_class_writes_a_new_png_that_the_data_tab_loads(qtbot, window, tmp_path):
    data = tmp_path / "data"
    make_class_folders(data, classes=("red", "blue"), per_class=12)
    (data / "red" / "drawing-0001.png").write_bytes((data / "red" / "img_001.png").read_bytes())
    before = (data / "red" / "drawing-0001.png").read_bytes()
    load_folders(qtbot, window, [data])
    train = window.state.data.train
    scaler = PixelScaler()
    estimator = LogisticRegression(learning_rate=0.05, epochs=50).fit(scaler.transform(train.X), train.y)
    window.state.set_model(TrainedModel(estimator, scaler, train.image_format), unsaved=True)
    tab = window.draw_tab
    paint_disc(qtbot, tab.canvas, radius=30)
    folders = dict(tab.class_folders())
    assert folders == {"red": data / "red", "blue": data / "blue"}
    written = tab.add_to_class(folders["red"])
    assert written == data / "red" / "drawing-0002.png"
    assert (data / "red" / "drawing-0001.png").read_bytes() == before  # never replaced
    assert tab.add_to_class(folders["red"]) == data / "red" / "drawing-0003.png"
    new_class = tab.add_to_class(data / "green")  # a new folder for a new class
    assert new_class == data / "green" / "drawing-0001.png"
    assert not [p for p in (data / "red").iterdir() if p.name.startswith(".")]  # no temporary file left

    window.data_tab.start_loading()
    qtbot.waitUntil(lambda: window.state.data is not None and str(written) in set(
        (window.state.data.train.paths or []) + (window.state.data.test.paths or [] if window.state.data.test else [])),
        timeout=20000)
    loaded = window.state.data
    rows = {p: x for dataset in (loaded.train, loaded.test) if dataset is not None
            for p, x in zip(dataset.paths, dataset.X)}
    np.testing.assert_array_equal(rows[str(written)], image_to_row(tab.canvas.image(), train.image_format))


def test_a_network_shows_its_hidden_units_and_a_grayscale_model_grey_brushes(qtbot, window, tmp_path):
    fmt = ImageFormat(28, True)
    rng = np.random.default_rng(0)
    X = rng.integers(0, 256, (60, fmt.n_features)).astype(np.uint8)
    y = np.array([str(d) for d in range(10)] * 6)
    scaler = Standardizer().fit(X)
    network = NeuralNetwork(hidden=50, activation="sigmoid", learning_rate=0.1, epochs=5).fit(scaler.transform(X), y)
    model = TrainedModel(network, scaler, fmt)
    window.state.set_model(model, unsaved=True)
    window.tabs.setCurrentWidget(window.draw_tab)
    tab = window.draw_tab
    assert tab.hidden_units.isVisible() and not tab.colour_button.isVisible()
    greys = [tab.findChild(QToolButton, f"drawSwatch_{i}") for i in range(6)]
    assert all(s is not None for s in greys[:5]) and greys[5] is None  # five grey levels, no colours
    greys[2].click()
    assert tab.canvas.brush_colour.getRgb()[:3] == (128, 128, 128)
    paint_disc(qtbot, tab.canvas, radius=40)
    answer = tab.answer
    W1 = np.asarray(network.coefs_[0], dtype=np.float64)
    b1 = np.asarray(network.intercepts_[0], dtype=np.float64)
    x = model.features(image_to_row(tab.canvas.image(), fmt)[None, :])[0].astype(np.float64)
    np.testing.assert_allclose(tab.hidden_units.activations(), 1 / (1 + np.exp(-(x @ W1 + b1))), rtol=1e-12)
    assert len(tab.hidden_units.strongest()) == 4
    np.testing.assert_array_equal(tab.bars.values(), network.predict_proba(model.features(answer.row[None, :]))[0])
    assert tab.contributions.current_map().shape == (28, 28)
    assert "not linear" in tab.sum_label.toolTip()


def test_eraser_paints_the_background_back_and_clear_and_undo_work(qtbot, window, tmp_path):
    model, loaded = trained_on_generated_pictures(tmp_path / "pictures", epochs=30)
    window.state.set_data(loaded)
    window.state.set_model(model, unsaved=True)
    window.tabs.setCurrentWidget(window.draw_tab)
    tab = window.draw_tab
    combo = tab.background_combo
    combo.setCurrentIndex(combo.findData("mean"))
    tab.apply_background()
    background = np.asarray(tab.canvas.background())
    np.testing.assert_array_equal(np.asarray(tab.canvas.image()), background)
    assert background.std() > 0  # the mean picture, not a plain colour
    paint_disc(qtbot, tab.canvas, radius=20)
    assert not np.array_equal(np.asarray(tab.canvas.image()), background)
    tab.eraser_button.click()
    assert tab.canvas.erasing and not tab.brush_button.isChecked()
    tab.size_spin.setValue(96)
    paint_disc(qtbot, tab.canvas, radius=40)
    np.testing.assert_array_equal(np.asarray(tab.canvas.image()), background)
    tab.undo_button.click()
    assert not np.array_equal(np.asarray(tab.canvas.image()), background)
    tab.clear_button.click()
    np.testing.assert_array_equal(np.asarray(tab.canvas.image()), background)
    assert tab.canvas.undo()


def test_without_a_model_the_canvas_waits_and_says_why(window):
    tab = window.draw_tab
    assert not tab.canvas.isEnabled() and not tab.flip_button.isEnabled()
    assert "No model yet" in tab.verdict.text()
    assert tab.contributions.current_map() is None


def test_the_digits_sample_draws_black_on_white_and_answers_the_same_way(qtbot, window):
    window.open_sample("digits")
    train_button = window.findChild(QPushButton, "trainButton")
    qtbot.waitUntil(train_button.isEnabled, timeout=60000)
    window.train_tab.start_training()
    qtbot.waitUntil(lambda: window.model is not None and not window.train_tab.is_training, timeout=60000)
    window.tabs.setCurrentWidget(window.draw_tab)
    tab = window.draw_tab
    assert tab.canvas.image().getpixel((0, 0)) == (255, 255, 255)  # the scans' white paper
    assert tab.canvas.brush_colour.getRgb()[:3] == (0, 0, 0) and tab.size_spin.value() >= RESOLUTION // 8
    # a "1": one vertical stroke down the middle
    qtbot.mousePress(tab.canvas, Qt.MouseButton.LeftButton, pos=at(tab.canvas, 128, 30))
    for y in range(40, 230, 10):
        qtbot.mouseMove(tab.canvas, at(tab.canvas, 128, y))
        qtbot.wait(5)
    qtbot.mouseRelease(tab.canvas, Qt.MouseButton.LeftButton, pos=at(tab.canvas, 128, 230))
    model = window.state.model
    c, z, bias = logit_of(model, tab.canvas.image())
    assert tab.contributions.current_map().shape == (8, 8)
    assert tab.contributions.current_map().sum() + bias == pytest.approx(z, rel=1e-9)
    assert tab.answer.predicted == model.classes[c] == "1"


def test_presentation_hides_the_secondary_controls_and_gives_them_back(qtbot, window, tmp_path):
    model, loaded = trained_on_generated_pictures(tmp_path / "pictures", epochs=30)
    window.state.set_model(model, unsaved=True)
    window.tabs.setCurrentWidget(window.draw_tab)
    tab = window.draw_tab
    secondary = (tab.redo_button, tab.background_combo, tab.open_button, tab.colour_button)
    assert all(w.isVisible() for w in secondary)
    window.set_presentation(True)
    qtbot.wait(200)
    assert not any(w.isVisible() for w in secondary)
    assert tab.canvas.isVisible() and tab.flip_button.isVisible() and tab.add_button.isVisible()
    window.set_presentation(False)
    qtbot.waitUntil(lambda: all(w.isVisible() for w in secondary), timeout=2000)


def test_with_the_eraser_the_flip_plan_erases(qtbot, window, tmp_path):
    model, loaded = trained_on_generated_pictures(tmp_path / "pictures", epochs=100)
    window.state.set_data(loaded)
    window.state.set_model(model, unsaved=True)
    tab = window.draw_tab
    tab.canvas.set_image(photo_like())
    tab.refresh()
    tab.flip_button.click()
    assert "Paint the" in tab.flip_label.text() or "colour" in tab.flip_label.text()
    tab.eraser_button.click()  # a new plan, for painting the background back
    assert tab.flip is not None and tab.canvas.has_marks()
    assert tab.flip_label.text().startswith(("Erase the", "Even all", "No pixel erased"))
    tab.flip_button.click()
    assert tab.flip is None and not tab.canvas.has_marks()


@pytest.mark.perf
def test_a_stroke_on_the_fashion_sized_network_never_keeps_the_ui_thread_long(qtbot, window):
    from tests.gui.conftest import TickGaps

    fmt = ImageFormat(28, True)
    rng = np.random.default_rng(1)
    X = rng.integers(0, 256, (200, fmt.n_features)).astype(np.uint8)
    scaler = Standardizer().fit(X)
    network = NeuralNetwork(hidden=50, activation="sigmoid", learning_rate=0.3, epochs=3, batches=25)
    network.fit(scaler.transform(X), np.array([str(d) for d in range(10)] * 20))
    window.state.set_model(TrainedModel(network, scaler, fmt), unsaved=True)
    window.tabs.setCurrentWidget(window.draw_tab)
    tab = window.draw_tab
    ticks = TickGaps()
    ticks.start()
    paint_disc(qtbot, tab.canvas, radius=80)
    ticks.stop()
    assert tab.update_count >= 3
    assert ticks.worst < 0.1, f"the UI thread was kept for {ticks.worst * 1000:.0f} ms during a stroke"


def test_a_model_trained_again_on_the_same_pictures_answers_about_the_drawing_kept(qtbot, window, tmp_path):
    first, loaded = trained_on_generated_pictures(tmp_path / "pictures", epochs=20)
    window.state.set_data(loaded)
    window.state.set_model(first, unsaved=True)
    tab = window.draw_tab
    paint_disc(qtbot, tab.canvas, radius=30)
    drawn = np.asarray(tab.canvas.image())
    second, _ = trained_on_generated_pictures(tmp_path / "again", epochs=60)
    window.state.set_model(second, unsaved=True)
    np.testing.assert_array_equal(np.asarray(tab.canvas.image()), drawn)
    np.testing.assert_array_equal(tab.bars.values(), second.estimator.predict_proba(
        second.features(image_to_row(tab.canvas.image(), second.image_format)[None, :]))[0])
    assert tab.canvas.can_undo()
    other, _ = trained_on_generated_pictures(tmp_path / "grey", ImageFormat(32, True), 5, 0.001)  # other pictures
    window.state.set_model(other, unsaved=True)
    assert not tab.canvas.can_undo() and not np.array_equal(np.asarray(tab.canvas.image()), drawn)


def test_a_photo_dropped_or_pasted_becomes_the_canvas_and_a_broken_file_is_one_message(qtbot, window, tmp_path):
    from PySide6.QtWidgets import QApplication, QMessageBox

    from lrgui.gui.thumbnails import pil_to_qimage
    from tests.gui.conftest import drop_paths

    model, _ = trained_on_generated_pictures(tmp_path / "pictures", epochs=20)
    window.state.set_model(model, unsaved=True)
    window.tabs.setCurrentWidget(window.draw_tab)
    tab = window.draw_tab
    photo = photo_like(side=120)
    photo.save(tmp_path / "photo.png")
    assert drop_paths(tab, [tmp_path / "photo.png"])
    expected = np.asarray(photo.resize((RESOLUTION, RESOLUTION), Image.Resampling.LANCZOS))
    np.testing.assert_array_equal(np.asarray(tab.canvas.image()), expected)
    assert tab.canvas.undo()  # back to the empty canvas

    QApplication.clipboard().setImage(pil_to_qimage(photo))
    tab.paste()
    np.testing.assert_array_equal(np.asarray(tab.canvas.image()), expected)

    (tmp_path / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n not really")
    before = np.asarray(tab.canvas.image())
    assert not tab.open_image(tmp_path / "broken.png")
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()))
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert box.text().startswith("broken.png cannot be used:") and box.text().endswith(".")
    box.close()
    np.testing.assert_array_equal(np.asarray(tab.canvas.image()), before)


def test_a_picture_of_the_results_gallery_is_drawn_over_on_the_draw_tab(qtbot, window, image_folders):
    from lrgui.data.images import image_to_row, open_image
    from tests.gui.test_main_window import load_folders

    load_folders(qtbot, window, [image_folders])
    window.train_tab.epochs_spin.setValue(30)
    window.train_tab.start_training()
    qtbot.waitUntil(lambda: window.model is not None and not window.train_tab.is_training, timeout=60000)
    results = window.results_tab
    window.tabs.setCurrentWidget(results)
    qtbot.waitUntil(lambda: results.evaluation is not None, timeout=20000)
    results.show_mistakes() if results.evaluation.mistakes() else results.show_cell(0, 0)
    assert not results.draw_button.isEnabled()  # nothing chosen yet
    results.gallery.item(0).setSelected(True)
    assert results.draw_button.isEnabled()
    row = results.gallery.selected_rows()[0]
    path = results.evaluation.judgement(row).path
    results.draw_button.click()
    # an intention through the state: the Draw tab shows the picture, and the window turns to it
    assert window.tabs.currentWidget() is window.draw_tab
    fmt = window.model.image_format
    drawn = image_to_row(window.draw_tab.canvas.image(), fmt)
    # the canvas holds the photo at its own resolution: back at the model's size, the same picture to resampling
    assert np.abs(drawn.astype(int) - image_to_row(open_image(path), fmt).astype(int)).mean() < 2
