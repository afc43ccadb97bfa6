"""Every built-in lesson, opened in the window, plays as its notes say: the settings, what Train does, the curves,
the kept run and the Compare box. Lessons on downloaded data get small generated stand-ins in the same formats
(Caltech-101 folders of photos, CIFAR-10's pickled batches, Fashion-MNIST's gzipped IDX files), given through the
lesson's own "where is the data?" question."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw
from PySide6.QtWidgets import QPushButton

from lrgui.data.idx import FASHION_MNIST_FILES
from lrgui.gui.lesson_actions import LessonActions
from lrgui.session.lesson import builtin_lessons
from tests.imagegen import make_class_folders
from tests.test_importers import random_images, write_cifar, write_idx

LESSONS = {name: path for name, _, path in builtin_lessons()}


def open_lesson(qtbot, window, name: str, folder=None):
    """Opens a built-in lesson as a teacher would; a missing folder is answered with ``folder``."""
    asked = []

    def locate(problem):
        asked.append(str(problem))
        return None if folder is None else str(folder)

    lessons = LessonActions(window, locate=locate)
    assert lessons.open_lesson(LESSONS[name])
    if folder is not None:
        assert asked and "was not found" in asked[0]
    notes = lessons.notes.notes_edit.toPlainText()
    assert notes.startswith(lessons.notes.title_edit.text().split(":")[0])
    return lessons, notes


def wait_for_settings(qtbot, window, learning_rate: float, epochs: int):
    tab = window.train_tab
    # the lesson is applied once its data are in: it then shows the Train tab with its settings
    qtbot.waitUntil(lambda: window.data_tab.data is not None and window.tabs.currentWidget() is tab
                    and tab.epochs_spin.value() == epochs and tab.lr_spin.value() == pytest.approx(learning_rate),
                    timeout=30000)
    return tab


def press_train(qtbot, window, timeout=60000):
    button = window.train_tab.findChild(QPushButton, "trainButton")
    qtbot.waitUntil(button.isEnabled, timeout=30000)  # not while the data are still loading
    button.click()
    assert window.train_tab.is_training  # the click started a run (it ends in the event loop, not before)
    qtbot.waitUntil(lambda: window.model is not None and not window.train_tab.is_training, timeout=timeout)
    qtbot.waitUntil(lambda: len(window.state.outcome.runs) > 0, timeout=5000)
    return window.state.outcome


def curve_names(window) -> list[str]:
    return [curve.name for curve in window.train_tab.plots.plot.curves]


def test_shapes_trains_one_logistic_regression_to_the_accuracies_its_notes_name(qtbot, window):
    lessons, notes = open_lesson(qtbot, window, "shapes")
    tab = wait_for_settings(qtbot, window, 0.005, 2000)
    data = window.data_tab.data
    assert sorted(data.train.classes) == ["circle", "square", "triangle"]
    assert (len(data.train), len(data.test)) == (300, 90)  # "300 to train on, 90 held out"
    assert data.train.image_format.size == 64 and not data.train.image_format.grayscale
    assert "300 to train on, 90 held out" in notes and tab.model_kind == "logistic"
    outcome = press_train(qtbot, window)
    assert len(outcome.runs) == 1 and curve_names(window) == ["lr 0.005"]
    costs = window.model.estimator.costs_
    assert costs[0][1] == pytest.approx(np.log(3), abs=1e-4)  # "The cost starts at 1.0986 = ln 3"
    assert costs[-1][1] < costs[0][1] / 2  # fast at first, then slowly
    kept = outcome.kept
    assert kept.train_accuracy == pytest.approx(0.997, abs=0.004)  # "about 99.7 %"
    assert kept.test_accuracy == pytest.approx(0.956, abs=0.012)  # "95.6 % on the held-out ones"
    assert window.train_tab.plots.weights_view.isVisible()  # "the weights view": a picture per class


def test_draw_a_shape_trains_as_shapes_then_the_draw_tab_answers(qtbot, window):
    lessons, notes = open_lesson(qtbot, window, "draw-a-shape")
    wait_for_settings(qtbot, window, 0.005, 2000)
    assert "trained as in the Shapes lesson" in notes
    outcome = press_train(qtbot, window)
    assert len(outcome.runs) == 1 and outcome.kept.train_accuracy > 0.99
    window.tabs.setCurrentWidget(window.draw_tab)
    draw = window.draw_tab
    backdrop = np.asarray(draw.canvas.background())
    assert backdrop.mean() < 80  # "the canvas starts on the pictures' own dark backdrop"
    assert draw.canvas.brush_colour.getRgb()[:3] == (255, 255, 255)  # "with a white brush"
    side = draw.canvas.image().size[0]
    circle = Image.fromarray(backdrop.copy())
    ImageDraw.Draw(circle).ellipse([side * 0.25, side * 0.25, side * 0.75, side * 0.75], fill=(255, 255, 255))
    draw.canvas.set_image(circle)
    draw.refresh()
    assert draw.answer is not None and draw.answer.predicted == "circle"  # "Draw a filled circle in the middle"
    assert "z" in draw.sum_label.text()  # "the map's sum plus the bias is the logit z"


def test_airplanes_vs_motorbikes_finds_motorbikes_beside_airplanes_and_holds_out_a_tenth(qtbot, window, tmp_path):
    categories = tmp_path / "101_ObjectCategories"
    make_class_folders(categories, classes=("red", "blue"), per_class=20, size=40)
    (categories / "red").rename(categories / "airplanes")
    (categories / "blue").rename(categories / "Motorbikes")
    lessons, notes = open_lesson(qtbot, window, "airplanes-vs-motorbikes", folder=categories / "airplanes")
    tab = wait_for_settings(qtbot, window, 0.005, 2000)
    data = window.data_tab.data
    assert sorted(data.train.classes) == ["Motorbikes", "airplanes"]
    assert (len(data.train), len(data.test)) == (36, 4)  # 10 % of each class held out
    assert data.train.image_format.size == 64 and not data.train.image_format.grayscale
    assert tab.model_kind == "logistic"
    outcome = press_train(qtbot, window)
    assert len(outcome.runs) == 1 and curve_names(window) == ["lr 0.005"]
    assert outcome.kept.train_accuracy == 1.0
    titles = window.train_tab.plots.weights_view.panel_titles()
    assert titles == ["for 'airplanes'"]  # "The weights picture of 'airplanes'"


def cifar_stand_in(folder):
    """CIFAR-10's python batches, small: 40 training pictures (4 per class) in two batches and 20 test pictures."""
    labels = np.arange(40) % 10
    images = random_images(40, 32, seed=7)
    images[labels == 2, :16] = 255  # birds are bright above, so a line can find them
    test_labels = np.arange(20) % 10
    test = random_images(20, 32, seed=8)
    test[test_labels == 2, :16] = 255
    return write_cifar(folder, train=[(images[:20], labels[:20].tolist()), (images[20:], labels[20:].tolist())],
                       test=(test, test_labels.tolist()))


def test_bird_or_not_trains_the_three_rates_on_train_and_keeps_the_lowest_test_cost(qtbot, window, tmp_path):
    folder = cifar_stand_in(tmp_path / "cifar-10-batches-py")
    lessons, notes = open_lesson(qtbot, window, "bird-or-not", folder=folder)
    tab = wait_for_settings(qtbot, window, 0.01, 2000)
    data = window.data_tab.data
    assert "bird" in data.train.classes and len(data.train.classes) == 2
    assert data.train.image_format.size == 32
    # "every bird and an equal-size sample of the other nine classes"
    counts = data.train.counts()
    assert counts["bird"] == 4 and sum(counts.values()) == 8
    assert tab.rates_edit.text() == "0.01, 0.001, 0.0001"
    assert "1. Train: the three cost curves appear" in notes
    outcome = press_train(qtbot, window)
    assert [run.learning_rate for run in outcome.runs] == [0.01, 0.001, 0.0001]
    assert curve_names(window) == ["lr 0.01", "lr 0.001", "lr 0.0001"]
    plots = window.train_tab.plots
    assert all(curve.test is not None for curve in plots.plot.curves)  # "Watch the test curves too"
    assert plots.comparison_table.rowCount() == 3 and not plots.comparison_table.isHidden()
    finals = [run.final_test_cost for run in outcome.runs]
    assert outcome.kept is outcome.runs[int(np.argmin(finals))]  # judged by the test cost
    assert [run.final_cost for run in outcome.runs] == sorted(run.final_cost for run in outcome.runs)  # largest fastest
    # the picture and the probability are for the named class
    assert plots.weights_view.panel_titles() == ["for 'bird'"]
    # "Type 1000 as the learning rate and train again": one run at that rate
    tab.lr_spin.setValue(1000)
    outcome = press_train(qtbot, window)
    assert [run.learning_rate for run in outcome.runs] == [1000] and curve_names(window) == ["lr 1000"]
    plots.step_slice_check.setChecked(True)  # "Tick 'Step slice': the step slice appears under the curves"
    assert plots.step_slice_view.isVisible()


def fashion_stand_in(folder):
    """Fashion-MNIST's four gzipped IDX files, small: 60 training and 20 test pictures of the 10 classes."""
    folder.mkdir()
    for split, count, seed in (("train", 60, 11), ("test", 20, 12)):
        labels = (np.arange(count) % 10).astype(np.uint8)
        images = random_images(count, 28, seed=seed, channels=1).reshape(count, 28, 28)
        images[:, :, :3] = (labels[:, None, None] * 25).astype(np.uint8)  # a stripe that tells the classes apart
        images_name, labels_name = FASHION_MNIST_FILES[split]
        write_idx(folder / images_name, images, compress=True)
        write_idx(folder / labels_name, labels, compress=True)
    return folder


def test_fashion_trains_two_networks_side_by_side_standardised_and_not(qtbot, window, tmp_path):
    folder = fashion_stand_in(tmp_path / "fashion-mnist")
    lessons, notes = open_lesson(qtbot, window, "fashion-hidden-layer", folder=folder)
    tab = wait_for_settings(qtbot, window, 0.3, 300)
    data = window.data_tab.data
    assert len(data.train.classes) == 10 and (len(data.train), len(data.test)) == (60, 20)
    draft = window.state.draft
    assert (draft.model, draft.hidden, draft.activation, draft.batches, draft.standardize) == (
        "mlp", 50, "sigmoid", 25, True)
    assert tab.rates_edit.text() == "0.3"  # the lesson's one rate, not three networks at rates it does not use
    assert "1. Train (about a minute per run): the two cost curves side by side." in notes
    outcome = press_train(qtbot, window, timeout=120000)
    assert [(run.settings.standardize, run.learning_rate) for run in outcome.runs] == [(True, 0.3), (False, 0.3)]
    assert curve_names(window) == ["lr 0.3, standardised", "lr 0.3, pixels ÷ 255"]
    table = window.train_tab.plots.comparison_table
    assert [table.item(row, 0).text() for row in range(table.rowCount())] == ["0.3, standardised",
                                                                             "0.3, pixels ÷ 255"]
    assert outcome.kept in outcome.runs and outcome.reason


def test_gates_xor_a_line_stays_at_half_the_network_solves_it(qtbot, window):
    from tests.gui.test_playground import choose, train_both

    lessons, notes = open_lesson(qtbot, window, "gates")
    tab = window.playground_tab
    assert window.tabs.currentWidget() is tab and tab.toy_name == "xor"  # "the lesson opens on it"
    assert tab.right.fields["hidden"].value() == 4  # "The network with 4 hidden units"
    assert tab.right.hidden_lines_check.isChecked()
    train_both(qtbot, tab)
    assert "50" in tab.left.accuracy_label.text() and "100" in tab.right.accuracy_label.text()
    left = tab.left_view
    corners = [float(p) for p in left.probability_grid().ravel()]
    assert max(corners) - min(corners) < 0.01  # every corner (and every point) gets probability 0.5
    assert tab.left.landscape is not None and tab.left.landscape.isVisible()  # step 6: the landscape beside it
    for name in ("AND", "OR"):
        choose(tab, name)
        train_both(qtbot, tab)
        assert "100" in tab.left.accuracy_label.text() and "100" in tab.right.accuracy_label.text()
